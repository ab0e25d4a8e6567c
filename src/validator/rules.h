/* Internal interface between the shared validation loop (validate.c) and
 * the rule layer of each profile (rules_halite.c, rules_nacl.c).
 *
 * The loop decodes one bundle at a time. It has already checked, for each
 * instruction: that it is on the whitelist, its prefixes, that it is not
 * forbidden or denied, its CPU feature, and that it does not cross the
 * bundle end. It has marked every instruction start as a valid jump target
 * and recorded every direct branch target. The profile then checks the
 * bundle's instructions against its own rules and clears the target bit of
 * instructions inside a pseudo-instruction (a sequence that must run whole).
 */
#ifndef HALITE_RULES_H
#define HALITE_RULES_H

#include "validator.h"

#define HV_MAX_BUNDLE 32

struct hv_ctx {
	const uint8_t *code;
	size_t len;
	uint64_t vaddr; /* sandbox address of code[0] */
	const struct hv_policy *policy;
	uint64_t *valid;   /* bit per byte: instruction start, jump allowed */
	uint64_t *targets; /* bit per byte: some direct branch lands here */
	hv_report_fn report;
	void *report_ctx;
	size_t violations;
};

/* One bundle's worth of decoded instructions. */
struct hv_bundle {
	size_t start; /* offset of the bundle in code */
	unsigned n;   /* instructions decoded in it */
	uint32_t off[HV_MAX_BUNDLE]; /* offset of each instruction in code */
	struct hv_insn in[HV_MAX_BUNDLE];
};

void hv_violation(struct hv_ctx *c, size_t off, unsigned len, enum hv_rule r,
		  unsigned detail);
void hv_clear_target(struct hv_ctx *c, size_t off);

/* hv_validate, with the paths in `paths` tried first on each bundle where
 * they apply: the automaton (dfa.c), then the fast path (fast.c); the full
 * path takes what they give back. paths = 0 is the full path alone, the
 * reference, for tests. */
#define HV_PATH_FAST 1
#define HV_PATH_DFA 2
#define HV_PATH_ALL (HV_PATH_FAST | HV_PATH_DFA)
size_t hv_validate_path(const uint8_t *code, size_t len, uint64_t vaddr,
			const struct hv_policy *policy, void *scratch, hv_report_fn report,
			void *ctx, unsigned paths);

/* Profile rule layers: check one bundle. */
void hv_rules_halite(struct hv_ctx *c, const struct hv_bundle *b);
void hv_rules_nacl(struct hv_ctx *c, const struct hv_bundle *b);

/* Helpers shared by the rule layers. */

/* General registers the instruction writes through explicit operands
 * (ModRM.reg, ModRM.rm, VEX.vvvv, opcode register). Returns how many were
 * stored in out (at most 3). 8-bit writes to AH..BH (no REX) are not
 * reported as writes to rsp/rbp/rsi/rdi. */
unsigned hv_gpr_writes(const struct hv_insn *in, uint8_t out[3]);

/* Whether the instruction writes general register r (any width). */
int hv_writes_gpr(const struct hv_insn *in, unsigned r);

/* Operand size in bits of a GP instruction's written register operand:
 * 8, 16, 32 or 64. */
unsigned hv_dest_size(const struct hv_insn *in);

#endif
