/* The validator's automaton (dfa.c) and the tables it walks, written by
 * its generator (gen_dfa.c).
 *
 * Part of the trusted core, with the contract of the fast path (fast.h):
 * it may only accept a bundle the full path accepts, recording the same
 * instruction starts and branch targets; every other bundle goes on to the
 * fast path and then the full path.
 *
 * The automaton reads a 32-byte bundle one byte at a time from its start
 * state: a step is one table lookup, with no branch on the instruction's
 * shape, so several bundles are walked side by side (they are independent:
 * each starts an instruction). Its states remember, between instructions,
 * what the rules need of the instructions before (the first halves of the
 * pseudo-instructions of R6 and R7, a call that must end the bundle) and,
 * inside one, the prefixes, REX, opcode, ModRM and SIB read so far, and
 * then how many displacement and immediate bytes remain, checking the
 * values the rules fix (the %rsp displacement limit, the runtime-call
 * table, a negative mask, the bundle mask). Each transition also yields an
 * output code, an index into hv_dfa_desc: an instruction start on an
 * instruction's first byte, and on its last what is left to check once the
 * address is known (a direct branch's target, a RIP-relative target), the
 * CPU feature it needs, the policy's deny class it is in, and the
 * instruction starts a completed
 * pseudo-instruction takes back. A bundle is accepted if the walk ends in
 * an accepting state (between instructions, nothing pending) and these
 * checks pass.
 *
 * The generator derives the automaton from the fast path's selector tables
 * and restates its checks (fast.c) on symbolic bytes, and adds the string
 * instructions with R9's rebasing pairs (rules_halite.c, check_string);
 * the rest of what the fast path leaves to the full path (VEX above all),
 * the automaton rejects. tests/validator/test_fast.c runs it against the
 * full path. */
#ifndef HALITE_DFA_H
#define HALITE_DFA_H

#include "rules.h"

/* What an output code asks of the transition's byte. The last three
 * fields follow from kind; the generator writes them out so that the
 * walker reads one entry instead of four tables. */
struct hv_dfa_desc {
	uint8_t start;	 /* 1: the byte starts an instruction */
	uint8_t kind;	 /* HV_DK_*: a check on the instruction this byte ends */
	uint8_t clear;	 /* this byte ends a pseudo-instruction: the starts of its
			    last `clear` bytes (this one included) are not
			    jump targets */
	uint8_t feature; /* the instruction this byte ends needs this HV_FEAT_*
			    (0: the baseline) */
	uint8_t deny;	 /* and is in this HV_DENY_* class (0: none) */
	uint8_t checked; /* kind != HV_DK_NONE: a target to check */
	uint8_t branch;	 /* HV_DK_REL8 or HV_DK_REL32: a branch target (only
			    HV_DFA_REL32 and HV_DFA_REL8 are) */
	uint8_t after;	 /* a RIP-relative operand's 32-bit field ends this
			    many bytes before the instruction's end
			    (HV_DK_RIP1..4: 1, 2, 4) */
};

enum {
	HV_DK_NONE = 0,
	HV_DK_REL8,  /* a direct branch; its 1-byte displacement ends here */
	HV_DK_REL32, /* a direct branch; its 4-byte displacement ends here */
	HV_DK_RIP0,  /* RIP-relative operand; its disp32 ends 0, 1, 2 or 4 */
	HV_DK_RIP1,  /* bytes (the immediate) before this byte's end */
	HV_DK_RIP2,
	HV_DK_RIP4
};

/* The bundle size the automaton is generated for, and how many bundles
 * hv_dfa_bundles walks side by side. */
#define HV_DFA_BUNDLE 32
#define HV_DFA_LANES 8

/* Tables: hv_dfa_table[s * 256 + byte] is the transition from state s on
 * byte: the next state times 256 (HV_DFA_NEXT) plus the output code (the
 * low byte), so that one load gives both; hv_dfa_accept[s] says whether a
 * bundle may end in state s. The walk starts at HV_DFA_START * 256. */
#define HV_DFA_START 1
/* The output codes of the last byte of a direct branch's rel32 and of its
 * rel8, and nothing else to check (no start, no feature, no deny class):
 * the codes most bytes that need a check carry, checked on a path of
 * their own. */
#define HV_DFA_REL32 2
#define HV_DFA_REL8 3
#define HV_DFA_NEXT 0xffffff00u
extern const uint32_t hv_dfa_table[];
extern const uint8_t hv_dfa_accept[];
extern const struct hv_dfa_desc hv_dfa_desc[256];
/* Bit per output code: the codes of instructions that need each feature,
 * and that are in each configurable deny class. */
extern const uint64_t hv_dfa_feature_codes[HV_FEAT_COUNT][4];
extern const uint64_t hv_dfa_deny_codes[HV_DENY_CONFIGURABLE_END][4];

/* Whether the automaton applies to this policy: the halite profile,
 * 32-byte bundles, and the baseline feature allowed. */
int hv_dfa_usable(const struct hv_policy *p);

/* Validates the n bundles (1 <= n <= HV_DFA_LANES) at code offsets start
 * (a multiple of 64), start + 32, ..., of which the last may end with the
 * code (its instructions then end where the code does), under the policy
 * whose hv_dfa_refused is refused. Returns a mask with bit k set for each bundle k it
 * accepted and recorded as the full path would; the others are left to
 * the fast and full paths, with no instruction start recorded (the
 * targets of branches walked before a walk stopped may be: the full path
 * records the same when it takes the bundle). */
unsigned hv_dfa_bundles(struct hv_ctx *c, size_t start, unsigned n, const uint64_t refused[4]);

/* The output codes (bit per code) whose instructions policy p refuses:
 * a feature it does not allow, a class it denies. */
void hv_dfa_refused(const struct hv_policy *p, uint64_t refused[4]);

#endif
