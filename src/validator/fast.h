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
 *                            it): for a ModRM form, ModRM.reg if it has a
 *                            memory operand, else HV_FAST_SEL_REG + the low
 *                            six bits of ModRM (reg and rm: x87 register
 *                            forms such as fld1 differ by rm alone); the
 *                            opcode register (low three opcode bits |
 *                            REX.B << 3) otherwise.
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
#define HV_FD_LOCK (1u << 13)	 /* HV_F_LOCK: lock allowed on the memory form */

/* The checks an instruction needs beyond decoding, bookkeeping, and the
 * feature: any of these flags, a memory operand, a legacy prefix. */
#define HV_FD_NEEDS_RULES                                                                          \
	(HV_FD_BRANCH | HV_FD_INDIRECT | HV_FD_CALL | HV_FD_WREG | HV_FD_WRM | HV_FD_WOPREG |      \
	 HV_FD_MASK32 | HV_FD_ADD01 | HV_FD_ADD03)

#define HV_FAST_SEL_REG 16			/* first register-form selector */
#define HV_FAST_NSEL (HV_FAST_SEL_REG + 64) /* selector values */

extern const unsigned short hv_fast_sel[4][256][4][2];
extern const struct hv_fast_desc hv_fast_desc[];
extern const unsigned short hv_fast_sub[][HV_FAST_NSEL];

/* The operands of an instruction as the fast path sees them: for a ModRM
 * form what ModRM and SIB name, else the opcode register. One copy, used
 * by the fast path and by the automaton's generator (gen_dfa.c), so that
 * the two read bytes alike. */
struct hv_fast_operands {
	unsigned mod;	/* 3 if no memory operand */
	unsigned reg;	/* ModRM.reg with REX.R */
	unsigned rm;	/* ModRM.rm with REX.B, or the opcode register */
	unsigned sel;	/* the selector of hv_fast_sub */
	unsigned base;	/* memory base: 0..15, HV_REG_NONE or HV_REG_RIP */
	unsigned index; /* memory index: 0..15 or HV_REG_NONE (the scale is not
			   kept: no accepted form has an index but Segue's) */
	unsigned dsz;	/* displacement bytes */
};

/* Whether ModRM byte modrm is followed by a SIB byte. */
static inline int hv_fast_has_sib(unsigned modrm)
{
	return (modrm >> 6) != 3 && (modrm & 7) == 4;
}

/* The operands of a ModRM form (modrm, then sib if hv_fast_has_sib) under
 * REX byte rex (0 if none). */
static inline void hv_fast_modrm(unsigned rex, unsigned modrm, unsigned sib,
				 struct hv_fast_operands *o)
{
	const unsigned rm3 = modrm & 7;
	o->mod = modrm >> 6;
	o->reg = ((modrm >> 3) & 7) | (rex & 4) << 1;
	o->rm = rm3 | (rex & 1) << 3;
	o->sel = o->mod == 3 ? HV_FAST_SEL_REG + (modrm & 0x3f) : (modrm >> 3) & 7;
	o->base = o->index = HV_REG_NONE;
	o->dsz = o->mod == 1 ? 1 : o->mod == 2 ? 4 : 0;
	if (o->mod == 3)
		return;
	if (rm3 == 4) {
		o->index = ((sib >> 3) & 7) | (rex & 2) << 2;
		if (o->index == HV_RSP)
			o->index = HV_REG_NONE;
		if ((sib & 7) == 5 && o->mod == 0)
			o->dsz = 4; /* no base */
		else
			o->base = (sib & 7) | (rex & 1) << 3;
	} else if (rm3 == 5 && o->mod == 0) {
		o->base = HV_REG_RIP;
		o->dsz = 4;
	} else {
		o->base = o->rm;
	}
}

/* The operands of an opcode-register form (no ModRM). */
static inline void hv_fast_opreg(unsigned rex, unsigned opcode, struct hv_fast_operands *o)
{
	o->mod = 3;
	o->reg = 0;
	o->rm = o->sel = (opcode & 7) | (rex & 1) << 3;
	o->base = o->index = HV_REG_NONE;
	o->dsz = 0;
}

/* The general registers (bit per register) an instruction with
 * description flags fl writes through its operands o (hv_gpr_writes):
 * without REX, byte registers 4..7 are ah, ch, dh, bh, parts of 0..3. */
static inline unsigned hv_fast_written(unsigned fl, unsigned rex, const struct hv_fast_operands *o)
{
	const int high8 = (fl & HV_FD_BYTEREG) && !rex;
	const unsigned reg = high8 && o->reg >= 4 && o->reg < 8 ? o->reg - 4 : o->reg;
	const unsigned rm = high8 && o->rm >= 4 && o->rm < 8 ? o->rm - 4 : o->rm;
	unsigned written = 0;
	if (fl & HV_FD_WREG)
		written |= 1u << reg;
	if ((fl & HV_FD_WRM) && o->mod == 3)
		written |= 1u << rm;
	if (fl & HV_FD_WOPREG)
		written |= 1u << rm;
	return written;
}

/* The description selector entry v gives for selector sel, plus one; 0
 * if the fast path leaves that instruction to the full path. */
static inline unsigned hv_fast_desc_id(unsigned v, unsigned sel)
{
	return v & HV_FAST_DIRECT ? (v & HV_FAST_INDEX) + 1 : hv_fast_sub[v & HV_FAST_INDEX][sel];
}

/* The operands (*o) and the description, plus one (0: left to the full
 * path), of the instruction with selector entry v (not 0), REX rex and
 * opcode byte opcode: a ModRM form if v says so, from modrm and sib (the
 * latter used only if hv_fast_has_sib(modrm)), else an opcode-register
 * form. */
static inline unsigned hv_fast_operands(unsigned v, unsigned rex, unsigned opcode, unsigned modrm,
					unsigned sib, struct hv_fast_operands *o)
{
	if (v & HV_FAST_MODRM)
		hv_fast_modrm(rex, modrm, sib, o);
	else
		hv_fast_opreg(rex, opcode, o);
	return hv_fast_desc_id(v, o->sel);
}

/* Validates the whole bundle at code offset start (start + bundle size <=
 * len) under the halite profile. Returns 1 if every instruction in it is
 * valid, after recording its instruction starts and branch targets exactly
 * as the full path would; returns 0, having changed nothing, if the full
 * path must validate the bundle (it may be valid or not). */
int hv_fast_bundle(struct hv_ctx *c, size_t start);

#endif
