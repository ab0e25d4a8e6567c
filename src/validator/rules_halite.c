/* The halite profile's rules (docs/abi.md, "Rules"). One function per rule;
 * each comment says why the allowed forms are enough.
 *
 * Registers: %r14 holds the sandbox base and is never written; %gs's base
 * is the sandbox base (set by the runtime, unchangeable from the sandbox);
 * %rsp always points into the sandbox at instruction boundaries reachable
 * by a jump. */
#include "rules.h"

#define R14 HV_R14
#define RSP HV_RSP

static int is_reg_form(const struct hv_insn *in, uint8_t map, uint8_t opcode)
{
	return in->enc == HV_ENC_LEGACY && in->map == map && in->opcode == opcode && !in->is_mem &&
	       !in->p66 && !in->p67 && !in->seg && !in->rep && !in->lock;
}

/* `add %r14, %rX` (64-bit), in either encoding (01 /r or 03 /r). */
static int is_add_base(const struct hv_insn *in, unsigned x)
{
	if (!in->w)
		return 0;
	if (is_reg_form(in, 0, 0x01) && in->reg == R14 && in->rm == x)
		return 1;
	return is_reg_form(in, 0, 0x03) && in->reg == x && in->rm == R14;
}

/* `and $-bundle, %eX` (32-bit: the upper half of %rX becomes zero). */
static int is_mask32(const struct hv_insn *in, unsigned x, unsigned bs)
{
	return is_reg_form(in, 0, 0x83) && !in->w && (in->reg & 7) == 4 && in->rm == x &&
	       in->imm == -(int64_t)bs;
}

/* `mov %eX, %eX` (zero-extends %rX), 89 /r or 8b /r. */
static int is_zext(const struct hv_insn *in, unsigned x)
{
	return (is_reg_form(in, 0, 0x89) || is_reg_form(in, 0, 0x8b)) && !in->w && in->reg == x &&
	       in->rm == x;
}

/* `lea (%r14,%rX,1), %rX`. */
static int is_lea_base(const struct hv_insn *in, unsigned x)
{
	return in->enc == HV_ENC_LEGACY && in->map == 0 && in->opcode == 0x8d && in->is_mem &&
	       in->w && !in->p66 && !in->p67 && !in->seg && in->reg == x && in->base == R14 &&
	       in->index == x && in->scale == 0 && in->disp == 0;
}

/* Memory operands. Allowed:
 * - %gs: with addr32: the address is gs.base + (32-bit sum), always inside
 *   [base, base + 4 GiB + operand size); the top guard covers the overhang.
 * - RIP-relative without prefixes whose target lies in [0, 4 GiB): the
 *   code's own address is known, so the target is too.
 * - (%rsp) with no index and |disp| <= HV_RSP_DISP_MAX: %rsp is inside the
 *   sandbox, so the access is within the guards at either end. */
static void check_memory(struct hv_ctx *c, const struct hv_insn *in, size_t off)
{
	if (in->seg == 0x65 && in->p67)
		return;
	if (in->seg || in->p67)
		goto bad;
	if (in->base == HV_REG_RIP) {
		int64_t t = (int64_t)(c->vaddr + off + in->len) + in->disp;
		if (t < 0 || (uint64_t)t >= HV_SANDBOX_SIZE)
			hv_violation(c, off, in->len, HV_RULE_RIPREL, 0);
		return;
	}
	if (in->base == RSP && in->index == HV_REG_NONE && in->disp >= -HV_RSP_DISP_MAX &&
	    in->disp <= HV_RSP_DISP_MAX)
		return;
bad:
	hv_violation(c, off, in->len, HV_RULE_MEMORY, 0);
}

/* A 32-bit write to %esp that the next instruction rebases. */
static int is_esp_write32(const struct hv_insn *in)
{
	static const uint8_t ok[] = {0x89, 0x8b, 0x8d, 0x01, 0x03, 0x29, 0x2b, 0x81, 0x83};
	if (in->enc != HV_ENC_LEGACY || in->map != 0 || in->w || in->p66 || in->seg == 0x64)
		return 0;
	if (hv_dest_size(in) != 32 || !hv_writes_gpr(in, RSP))
		return 0;
	for (unsigned i = 0; i < sizeof ok; i++) {
		if (in->opcode != ok[i])
			continue;
		if (in->opcode == 0x81 || in->opcode == 0x83)
			return (in->reg & 7) == 0 || (in->reg & 7) == 5; /* add, sub */
		return 1;
	}
	return 0;
}

/* Writes to %rsp. Allowed:
 * - implicit push/pop/call: move %rsp by 8 and touch the memory there; a
 *   guard page stops the first step out of the sandbox;
 * - `and $-N, %rsp` (sign-extended negative immediate): clears low bits
 *   only, so %rsp stays in the same 4 GiB slot;
 * - a 32-bit write to %esp (mov, lea, add, sub) followed in the same
 *   bundle by `add %r14, %rsp`: %rsp = base + 32-bit value. Nothing may
 *   jump between the two, so no code sees the intermediate value.
 * Returns the number of following instructions consumed. */
static unsigned check_rsp(struct hv_ctx *c, const struct hv_bundle *b, unsigned i)
{
	const struct hv_insn *in = &b->in[i];
	size_t off = b->off[i];

	if ((is_reg_form(in, 0, 0x83) || is_reg_form(in, 0, 0x81)) && in->w && (in->reg & 7) == 4 &&
	    in->rm == RSP && in->imm < 0)
		return 0;
	if (is_esp_write32(in) && i + 1 < b->n && b->off[i + 1] == off + in->len &&
	    is_add_base(&b->in[i + 1], RSP)) {
		hv_clear_target(c, b->off[i + 1]);
		return 1;
	}
	hv_violation(c, off, in->len, HV_RULE_RSP, 0);
	return 0;
}

/* Indirect jumps and calls. Allowed:
 * - `and $-B, %eX; add %r14, %rX; jmp/call *%rX` in one bundle: the
 *   target is base + a bundle-aligned 32-bit offset, i.e. a bundle start
 *   inside the sandbox, and every bundle start is validated code or not
 *   executable;
 * - `jmp/call *D(%r14)` with D inside the runtime-call table: the table is
 *   read-only and filled by the runtime with its entry points. */
static void check_indirect(struct hv_ctx *c, const struct hv_bundle *b, unsigned i)
{
	const struct hv_insn *in = &b->in[i];
	size_t off = b->off[i];
	unsigned bs = c->policy->bundle_size;

	if (in->is_mem) {
		int32_t lo = HV_RTCALL_TABLE_OFFSET, hi = lo + 8 * HV_RTCALL_MAX;
		if (in->base == R14 && in->index == HV_REG_NONE && !in->seg && !in->p67 &&
		    in->disp >= lo && in->disp < hi && in->disp % 8 == 0)
			return;
		hv_violation(c, off, in->len, HV_RULE_RTCALL, 0);
		return;
	}
	unsigned x = in->rm;
	if (x != RSP && x != R14 && i >= 2 && b->off[i - 1] + b->in[i - 1].len == off &&
	    b->off[i - 2] + b->in[i - 2].len == b->off[i - 1] && is_add_base(&b->in[i - 1], x) &&
	    is_mask32(&b->in[i - 2], x, bs)) {
		hv_clear_target(c, b->off[i - 1]);
		hv_clear_target(c, off);
		return;
	}
	hv_violation(c, off, in->len, HV_RULE_INDIRECT, 0);
}

/* String instructions use %rsi/%rdi with the ds/es segments, whose base is
 * 0, and cannot take addr32+gs for the destination. Allowed: each pointer
 * they use is rebased in the same bundle right before:
 * `mov %eX,%eX; lea (%r14,%rX,1),%rX` for X in {rsi, rdi} as needed. Each
 * step moves the pointer by at most 8 bytes and touches memory, so a
 * repeated instruction stops at a guard page. */
static void check_string(struct hv_ctx *c, const struct hv_bundle *b, unsigned i)
{
	const struct hv_insn *in = &b->in[i];
	uint8_t op = in->opcode;
	int need_si = op == 0xa4 || op == 0xa5 || op == 0xa6 || op == 0xa7 || op == 0xac || op == 0xad;
	int need_di = !(op == 0xac || op == 0xad);
	unsigned k = i;

	while ((need_si || need_di) && k >= 2) {
		const struct hv_insn *lea = &b->in[k - 1], *mov = &b->in[k - 2];
		if (b->off[k - 1] + lea->len != b->off[k] || b->off[k - 2] + mov->len != b->off[k - 1])
			break;
		if (need_si && is_zext(mov, HV_RSI) && is_lea_base(lea, HV_RSI))
			need_si = 0;
		else if (need_di && is_zext(mov, HV_RDI) && is_lea_base(lea, HV_RDI))
			need_di = 0;
		else
			break;
		k -= 2;
	}
	if (need_si || need_di) {
		hv_violation(c, b->off[i], in->len, HV_RULE_STRING, 0);
		return;
	}
	for (unsigned j = k + 1; j <= i; j++)
		hv_clear_target(c, b->off[j]);
}

void hv_rules_halite(struct hv_ctx *c, const struct hv_bundle *b)
{
	/* A call may end anywhere in its bundle: its return address is data
	 * on the module's stack, which the masked return (R7) bounds like any
	 * other target. */
	for (unsigned i = 0; i < b->n; i++) {
		const struct hv_insn *in = &b->in[i];
		const struct hv_op *e = hv_insn_op(in);
		size_t off = b->off[i];

		if (e->flags & HV_F_INDIRECT)
			check_indirect(c, b, i);
		else if (in->is_mem && !(e->flags & HV_F_NOMEM))
			check_memory(c, in, off);
		if (e->flags & HV_F_STRING)
			check_string(c, b, i);
		if (!(e->flags & HV_F_WRGPR))
			continue;
		uint8_t w[3];
		unsigned nw = hv_gpr_writes(in, w), rsp = 0;
		for (unsigned k = 0; k < nw; k++) {
			if (w[k] == R14)
				hv_violation(c, off, in->len, HV_RULE_RESERVED, R14);
			rsp |= w[k] == RSP;
		}
		if (rsp)
			i += check_rsp(c, b, i);
	}
}
