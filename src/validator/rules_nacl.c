/* The nacl profile: Native Client's published x86-64 sandbox rules, as
 * written out (with sources and the reason each is enough) in
 * docs/nacl-profile.md.
 *
 * The model: %r15 holds the sandbox base (4 GiB-aligned) and is never
 * written; %rsp and %rbp always hold an address in [r15, r15 + 4 GiB);
 * 40 GiB of unmapped guard lie on each side of that window. A memory
 * operand is then safe when its base is %r15, %rsp, %rbp or %rip and its
 * index, if any, is below 4 GiB: the furthest it reaches is
 * 4 GiB + 8 * 4 GiB + 2 GiB (disp32) = 38 GiB above the base, or 2 GiB
 * below it, both inside the guards.
 *
 * A register is "restricted" for the instruction right after a
 * zero-extending 32-bit write to it, in the same bundle: its value is then
 * below 4 GiB. The consumer of a restricted register loses its jump-target
 * bit, so the only way to reach it is by falling through the producer.
 *
 * The shared loop (validate.c) has already checked the whitelist, prefixes
 * against the entry, denials, CPU features and bundle crossing, marked
 * every instruction start as a jump target, and recorded direct branch
 * targets; it checks those against the jump-target bits after every
 * bundle has passed through here. */
#include "validator/rules.h"

#define NOREG HV_REG_NONE

static int legacy(const struct hv_insn *in, unsigned map, unsigned opcode)
{
	return in->enc == HV_ENC_LEGACY && in->map == map && in->opcode == opcode;
}

static int regform(const struct hv_insn *in)
{
	return in->has_modrm && in->mod == 3;
}

/* 64-bit "op %src,%dst" between registers for the ALU/mov pairs whose
 * opcode to_rm writes ModRM.rm and to_rm + 2 writes ModRM.reg
 * (add 01/03, mov 89/8b). */
static int rr64(const struct hv_insn *in, unsigned to_rm, unsigned src, unsigned dst)
{
	if (in->enc != HV_ENC_LEGACY || in->map != 0 || !regform(in) || !in->w || in->p66)
		return 0;
	if (in->opcode == to_rm)
		return in->reg == src && in->rm == dst;
	if (in->opcode == to_rm + 2)
		return in->reg == dst && in->rm == src;
	return 0;
}

/* mov %eXX,%eXX (32-bit, so it zero-extends rXX). */
static int mov32_self(const struct hv_insn *in, unsigned r)
{
	return (legacy(in, 0, 0x89) || legacy(in, 0, 0x8b)) && regform(in) && !in->w &&
	       !in->p66 && in->reg == r && in->rm == r;
}

/* lea (%base,%index,1),%dst with no displacement. */
static int lea_sum(const struct hv_insn *in, unsigned base, unsigned index, unsigned dst)
{
	return legacy(in, 0, 0x8d) && in->is_mem && in->w && !in->p66 && !in->p67 &&
	       in->base == base && in->index == index && in->scale == 0 && in->disp == 0 &&
	       in->reg == dst;
}

/* and $imm8,%reg (83 /4, register form): returns the register. */
static unsigned and_imm(const struct hv_insn *in, int64_t *imm)
{
	if (!legacy(in, 0, 0x83) || !regform(in) || (in->reg & 7) != 4 || in->p66)
		return NOREG;
	*imm = in->imm;
	return in->rm;
}

/* The register this instruction leaves holding a value below 4 GiB, or
 * NOREG. Its only explicit register write must be 32 bits wide, which
 * zero-extends into the full register; left out, because they can leave
 * the destination unwritten (so its upper half intact) on some inputs:
 * cmovcc, cmpxchg, bsf/bsr (zero source), lar/lsl, and shifts/rotates
 * whose count may be zero. */
static unsigned zero_extended(const struct hv_insn *in)
{
	uint8_t w[3];
	uint8_t o = in->opcode;

	if (hv_gpr_writes(in, w) != 1 || hv_dest_size(in) != 32)
		return NOREG;
	if (in->enc == HV_ENC_LEGACY && in->map == 1 &&
	    ((o & 0xf0) == 0x40 || o == 0xb0 || o == 0xb1 || o == 0x02 || o == 0x03 ||
	     ((o == 0xbc || o == 0xbd) && in->rep != 0xf3) || o == 0xa4 || o == 0xa5 ||
	     o == 0xac || o == 0xad))
		return NOREG;
	if (in->enc == HV_ENC_LEGACY && in->map == 0 &&
	    (o == 0xd2 || o == 0xd3 || ((o == 0xc0 || o == 0xc1) && (in->imm & 31) == 0)))
		return NOREG;
	return w[0];
}

/* Second half of the %rsp/%rbp pseudo-instructions: add %r15,%rsp (or
 * lea (%rsp,%r15,1),%rsp) after a 32-bit write to %esp; add %r15,%rbp
 * after a 32-bit write to %ebp. */
static int restores(const struct hv_insn *in, unsigned r)
{
	if (r == HV_RSP)
		return rr64(in, 0x01, HV_R15, HV_RSP) || lea_sum(in, HV_RSP, HV_R15, HV_RSP);
	return rr64(in, 0x01, HV_R15, HV_RBP);
}

/* Whether instruction i of the bundle starts where instruction i-1 ends. */
static int follows(const struct hv_bundle *b, unsigned i)
{
	return i > 0 && b->off[i - 1] + b->in[i - 1].len == b->off[i];
}

/* The two instructions before i are mov %eR,%eR; lea (%r15,%rR,1),%rR. */
static int sandboxed_before(const struct hv_bundle *b, unsigned i, unsigned r)
{
	return i >= 2 && follows(b, i) && follows(b, i - 1) && mov32_self(&b->in[i - 2], r) &&
	       lea_sum(&b->in[i - 1], HV_R15, r, r);
}

/* Implicit rsi/rdi use of a string instruction (or maskmov, which stores
 * at %rdi): bit 0 rsi, bit 1 rdi. */
static unsigned string_regs(const struct hv_insn *in)
{
	if (in->map == 1 && in->opcode == 0xf7)
		return 2;
	switch (in->opcode & 0xfe) {
	case 0xa4: case 0xa6: return 3; /* movs, cmps */
	case 0xac: return 1;            /* lods */
	default: return 2;              /* stos, scas */
	}
}

/* Checks the string instruction at i and clears the targets inside its
 * sandboxing sequence. */
static void check_string(struct hv_ctx *c, const struct hv_bundle *b, unsigned i)
{
	unsigned need = string_regs(&b->in[i]), k = i;

	if ((need & 2) && sandboxed_before(b, k, HV_RDI))
		k -= 2, need &= ~2u;
	if ((need & 1) && !(need & 2) && sandboxed_before(b, k, HV_RSI))
		k -= 2, need &= ~1u;
	if (need) {
		hv_violation(c, b->off[i], b->in[i].len, HV_RULE_STRING, 0);
		return;
	}
	for (unsigned j = k + 1; j <= i; j++)
		hv_clear_target(c, b->off[j]);
}

/* Checks the indirect jump or call at i: it must end nacljmp/naclcall
 * (and $-32,%eXX; add %r15,%rXX; jmp/call *%rXX) within this bundle. */
static void check_indirect(struct hv_ctx *c, const struct hv_bundle *b, unsigned i)
{
	const struct hv_insn *in = &b->in[i];
	int64_t mask = 0;

	if (regform(in) && !in->p66 && i >= 2 && follows(b, i) && follows(b, i - 1) &&
	    and_imm(&b->in[i - 2], &mask) == in->rm && !b->in[i - 2].w &&
	    mask == -(int64_t)c->policy->bundle_size && rr64(&b->in[i - 1], 0x01, HV_R15, in->rm)) {
		hv_clear_target(c, b->off[i - 1]);
		hv_clear_target(c, b->off[i]);
		return;
	}
	hv_violation(c, b->off[i], in->len, HV_RULE_INDIRECT, 0);
}

/* Checks the memory operand of instruction i against the register the
 * previous instruction restricted (rr). */
static void check_memory(struct hv_ctx *c, const struct hv_bundle *b, unsigned i, unsigned rr)
{
	const struct hv_insn *in = &b->in[i];
	int base_ok = in->base == HV_R15 || in->base == HV_RSP || in->base == HV_RBP ||
		      in->base == HV_REG_RIP;
	uint32_t fl = hv_insn_op(in)->flags;

	if (!base_ok || (fl & HV_F_VSIB) || (in->index != NOREG && in->index != rr))
		hv_violation(c, b->off[i], in->len, HV_RULE_MEMORY, 0);
	else if (in->index != NOREG)
		hv_clear_target(c, b->off[i]);
}

/* Checks the general registers instruction i writes. Returns the
 * register it restricts for the next instruction (NOREG if none). */
static unsigned check_writes(struct hv_ctx *c, const struct hv_bundle *b, unsigned i)
{
	const struct hv_insn *in = &b->in[i];
	uint8_t w[3];
	unsigned n = hv_gpr_writes(in, w);
	unsigned zx = zero_extended(in);
	int64_t imm = 0;

	for (unsigned k = 0; k < n; k++) {
		/* %r15 is the base of every sandboxed address. */
		if (w[k] == HV_R15)
			hv_violation(c, b->off[i], in->len, HV_RULE_RESERVED, 0);
		/* %rsp stays in the window: copied from %rbp, aligned down by
		 * at most 128 (r15 is 4 GiB-aligned, so the result stays above
		 * it), or written as 32 bits and rebased by the next
		 * instruction (checked by the caller). */
		else if (w[k] == HV_RSP && !rr64(in, 0x89, HV_RBP, HV_RSP) &&
			 !(and_imm(in, &imm) == HV_RSP && in->w && imm < 0) &&
			 zx != HV_RSP)
			hv_violation(c, b->off[i], in->len, HV_RULE_RSP, 0);
		/* %rbp likewise: copied from %rsp, or 32 bits then rebased. */
		else if (w[k] == HV_RBP && !rr64(in, 0x89, HV_RSP, HV_RBP) && zx != HV_RBP)
			hv_violation(c, b->off[i], in->len, HV_RULE_RBP, 0);
	}
	return zx;
}

void hv_rules_nacl(struct hv_ctx *c, const struct hv_bundle *b)
{
	unsigned rr = NOREG; /* restricted by the previous instruction */

	for (unsigned i = 0; i < b->n; i++) {
		const struct hv_insn *in = &b->in[i];
		size_t off = b->off[i];
		uint32_t fl = hv_insn_op(in)->flags;
		unsigned prev = follows(b, i) ? rr : NOREG;

		/* A pending %esp/%ebp write must be rebased by this very
		 * instruction, which then is part of the pair. */
		if (rr == HV_RSP || rr == HV_RBP) {
			if (prev == rr && restores(in, rr)) {
				hv_clear_target(c, off);
				rr = NOREG;
				if (in->seg)
					hv_violation(c, off, in->len, HV_RULE_PREFIX, 0);
				continue;
			}
			hv_violation(c, b->off[i - 1], b->in[i - 1].len,
				     rr == HV_RSP ? HV_RULE_RSP : HV_RULE_RBP, 0);
			prev = NOREG;
		}

		/* addr32 makes an address absolute in the host's low 4 GiB;
		 * %fs/%gs carry host bases; others are no-ops: refuse all. A
		 * 16-bit branch would truncate %rip. */
		if (in->p67 || in->seg ||
		    (in->p66 && (fl & (HV_F_BRANCH | HV_F_CALL | HV_F_INDIRECT))))
			hv_violation(c, off, in->len, HV_RULE_PREFIX, 0);

		if (in->is_mem && !(fl & HV_F_NOMEM) && !(fl & HV_F_INDIRECT))
			check_memory(c, b, i, prev);
		if ((fl & HV_F_STRING) || (in->map == 1 && in->opcode == 0xf7))
			check_string(c, b, i);
		if (fl & HV_F_INDIRECT)
			check_indirect(c, b, i);
		/* A call pushes its end as the return address; returns go
		 * through nacljmp, which can only land on a bundle start. */
		if ((fl & HV_F_CALL) && (off + in->len) % c->policy->bundle_size != 0)
			hv_violation(c, off, in->len, HV_RULE_CALL_ALIGN, 0);
		rr = check_writes(c, b, i);
	}
	/* %rsp/%rbp may not leave a bundle outside the window. */
	if ((rr == HV_RSP || rr == HV_RBP) && b->n > 0)
		hv_violation(c, b->off[b->n - 1], b->in[b->n - 1].len,
			     rr == HV_RSP ? HV_RULE_RSP : HV_RULE_RBP, 0);
}
