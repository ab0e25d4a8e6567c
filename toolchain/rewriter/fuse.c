/* Compare-and-branch pairs. x86 cores decode `cmp/test/and/add/sub/inc/dec`
 * followed by a `jcc` as a single macro-fused operation, but only when the
 * two are adjacent. In bundle mode gas sizes every relaxable jump at its
 * longest (6 bytes for a jcc) when it decides whether the jump would cross
 * a bundle boundary, so a jcc that ends up short is often preceded by
 * padding that lands between it and its compare: the pair is no longer
 * fused and the padding nop executes on every iteration of the loop. The
 * driver bundle-locks the pair instead, so that the padding (as much of it
 * as before, or the compare's length more) goes before the compare.
 *
 * Only pairs whose first instruction the rewrite emits as one instruction
 * (no runtime call, no %rsp write with its own locked sequence, no
 * relocated %gs: operand that needs %r11) are paired; anything else keeps
 * the ordinary one-instruction-at-a-time emission. Correctness does not
 * depend on this file: the validator checks the result either way. */
#include "fuse.h"

#include <string.h>

#include "mnemonic.h"
#include "regs.h"

/* A flag-setting instruction that may fuse with a following jcc. */
static int is_flag_setter(const char *m)
{
	static const char *const names[] = {"cmp", "test", "and", "add", "sub", "inc", "dec"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (mn_is(m, names[i], "bwlq"))
			return 1;
	return 0;
}

/* An operand the rewrite leaves as one instruction: a register other than
 * %rsp (writes to it become locked sequences), an immediate, or a memory
 * reference without a segment override or a relocation specifier. */
static int plain_operand(const struct operand *op)
{
	switch (op->kind) {
	case OP_REG:
		return op->reg->cls != RC_GPR || op->reg->num != R_RSP;
	case OP_IMM:
		return strchr(op->disp, '@') == NULL;
	case OP_MEM:
		return !op->seg && !op->star && strchr(op->disp, '@') == NULL;
	case OP_EXPR:
		return 0;
	}
	return 0;
}

static int is_jcc(const struct insn *in)
{
	const char *m = in->mnem;
	struct mn_info mi;
	mn_classify(m, &mi);
	return mi.kind == MK_JCC && m[0] == 'j' && strcmp(m, "jrcxz") != 0 &&
	       strcmp(m, "jecxz") != 0 && in->nops == 1 && in->ops[0].kind == OP_EXPR &&
	       !in->ops[0].star;
}

int fuse_pair(const struct insn *a, const struct insn *b)
{
	if (!a || !b || !a->mnem || !b->mnem || a->npfx || !is_flag_setter(a->mnem) ||
	    a->nops < 1 || a->nops > 2 || !is_jcc(b))
		return 0;
	for (int i = 0; i < a->nops; i++)
		if (!plain_operand(&a->ops[i]))
			return 0;
	return 1;
}
