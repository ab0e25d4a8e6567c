/* The validator's fast path (fast.c) and the selector tables it decodes
 * with, written by the table generator (gen_tables.c).
 *
 * Part of the trusted core. The fast path may only accept what the full
 * path (decode.c, validate.c, rules_halite.c) accepts, with the same
 * instruction starts and the same branch targets; on anything it does not
 * handle it gives the bundle back to the full path, which is the reference.
 *
 * Selector tables. hv_fast_sel[map][opcode][ps][w] describes a legacy
 * (non-VEX) instruction given its opcode map, opcode byte, prefix state
 * (HV_FAST_PS_*) and REX.W:
 *   0                        the fast path does not handle it;
 *   HV_FAST_MODRM            (a bit) it has a ModRM byte;
 *   HV_FAST_DIRECT | d       whatever its ModRM byte and REX.B, it is
 *                            described by hv_fast_desc[d];
 *   otherwise (index t)      hv_fast_sub[t][sel] - 1 is the description for
 *                            selector sel (0: the fast path does not handle
 *                            it), sel = ModRM.reg | (ModRM.mod == 3) << 3
 *                            for ModRM forms, the opcode register (low three
 *                            opcode bits | REX.B << 3) otherwise.
 * The generator fills them by running the decoder's matcher (match.h) over
 * every input each selector value stands for, and derives each description
 * from the whitelist entry chosen. Entries the fast path never accepts
 * (forbidden, string, or with an immediate kind it does not read) get no
 * description. */
#ifndef HALITE_FAST_H
#define HALITE_FAST_H

#include "rules.h"

#define HV_FAST_MODRM 0x8000u
#define HV_FAST_DIRECT 0x4000u
#define HV_FAST_INDEX 0x3fffu
#define HV_FAST_MAXSUB 4096

/* Prefix states the selector distinguishes (66 together with f2 or f3 is
 * left to the full path). */
enum { HV_FAST_PS_NONE = 0, HV_FAST_PS_66 = 1, HV_FAST_PS_F3 = 2, HV_FAST_PS_F2 = 3 };

/* What the checks need to know about an instruction, beyond its bytes. */
struct hv_fast_desc {
	uint16_t flags;	 /* HV_FD_* */
	uint8_t imm;	 /* immediate bytes, for this prefix state and W */
	uint8_t feature; /* HV_FEAT_* */
	uint8_t deny;	 /* HV_DENY_* class a policy may deny (0: none) */
};

#define HV_FD_BRANCH (1u << 0)	 /* HV_F_BRANCH: relative jump or call */
#define HV_FD_CALL (1u << 1)	 /* HV_F_CALL */
#define HV_FD_INDIRECT (1u << 2) /* HV_F_INDIRECT */
#define HV_FD_NOMEM (1u << 3)	 /* HV_F_NOMEM */
#define HV_FD_BYTEREG (1u << 4)	 /* HV_F_BYTEREG */
#define HV_FD_WREG (1u << 5)	 /* writes the general register ModRM.reg */
#define HV_FD_WRM (1u << 6)	 /* writes the general register ModRM.rm (mod = 3) */
#define HV_FD_WOPREG (1u << 7)	 /* writes the opcode register */
#define HV_FD_ESP32 (1u << 8)	 /* a 32-bit write rules_halite's is_esp_write32 accepts */
#define HV_FD_AND64 (1u << 9)	 /* `and $imm, r/m64` (81 /4, 83 /4 with REX.W) */
#define HV_FD_MASK32 (1u << 10)	 /* `and $imm8, r/m32` (83 /4) */
#define HV_FD_ADD01 (1u << 11)	 /* `add r64, r/m64` (REX.W 01 /r) */
#define HV_FD_ADD03 (1u << 12)	 /* `add r/m64, r64` (REX.W 03 /r) */

extern const unsigned short hv_fast_sel[4][256][4][2];
extern const struct hv_fast_desc hv_fast_desc[];
extern const unsigned short hv_fast_sub[][16];

/* Validates the whole bundle at code offset start (start + bundle size <=
 * len) under the halite profile. Returns 1 if every instruction in it is
 * valid, after recording its instruction starts and branch targets exactly
 * as the full path would; returns 0, having changed nothing, if the full
 * path must validate the bundle (it may be valid or not). */
int hv_fast_bundle(struct hv_ctx *c, size_t start);

#endif
