/* The instruction rewrites (docs/abi.md, sections 4 and 5):
 *
 *   memory operand      -> %gs:DISP(%eBASE,%eINDEX,S)   (R4.1; rip and small
 *                          %rsp forms stay, R4.2/R4.3)
 *   write to %rsp       -> 32-bit write to %esp; add %r14, %rsp   (R6.3)
 *   ret                 -> pop %r11; add $B-1, %r11d; and $-B, %r11d;
 *                          add %r14, %r11; jmp *%r11   (R7, rounding up)
 *   call/jmp *%rX       -> [add $B-1, %eX;] and $-B, %eX; add %r14, %rX;
 *                          call/jmp *%rX   (R7; the add unless --round-down)
 *   call/jmp *MEM       -> mov MEM', %r11, then the %r11 form
 *   call (any)          -> the rest of its bundle padding that never runs:
 *                          the return lands on the next bundle start
 *   string instruction  -> pointers rebased on %r14 first (R9)
 *   syscall, %fs:       -> runtime calls 0 and 1 (section 5)
 *
 * Anything that cannot be made safe is reported, never emitted. */
#include "rewrite.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "expr.h"
#include "mnemonic.h"

/* Runtime-call table (docs/abi.md section 5). */
#define RTCALL_TABLE 0x10000
#define RTCALL_ENTRIES 64
#define RTCALL_SYSCALL 0
#define RTCALL_THREAD_POINTER 1
/* R4.3: the largest %rsp displacement that may stay unprefixed. */
#define RSP_DISP_MAX 32767

/* Rewriting one instruction. */
struct rw {
	struct emitter *e;
	struct insn *in;
	int line;
	struct buf pre; /* lines to emit right before the instruction */
	int r11;        /* %r11 already carries an address the instruction needs */
};

static int fail(struct insn *in, int line, const char *why)
{
	diag_unsupported(line, in->text, "%s", why);
	return -1;
}

static void flush_pre(struct rw *w)
{
	if (w->pre.len)
		buf_add(w->e->out, w->pre.p, w->pre.len);
	buf_clear(&w->pre);
}

static const struct reg *gpr(unsigned num, unsigned width)
{
	const char *n = reg_gpr_name(num, width);
	return reg_lookup(n, strlen(n));
}

static int is_gpr64(const struct operand *op)
{
	return op->kind == OP_REG && op->reg->cls == RC_GPR && op->reg->width == 64;
}

static int disp_value(const struct operand *op, int64_t *v)
{
	if (!*op->disp) {
		*v = 0;
		return 1;
	}
	return expr_eval(op->disp, v);
}

/* `*D(%r14)` with D an entry of the runtime-call table (R7). */
static int is_runtime_call(const struct operand *op)
{
	int64_t d;
	return op->kind == OP_MEM && !op->seg && op->base && op->base->cls == RC_GPR &&
	       op->base->num == R_R14 && op->base->width == 64 && !op->index &&
	       disp_value(op, &d) && d >= RTCALL_TABLE && d < RTCALL_TABLE + 8 * RTCALL_ENTRIES &&
	       d % 8 == 0;
}

/* A %gs: operand whose displacement carries a relocation specifier
 * (x@tpoff, x@dtpoff): with 32-bit addressing gas wants an unsigned field,
 * but these relocations are signed. The address goes through %r11 then:
 * leaq DISP(%rB,%rI,S), %r11 and the operand becomes %gs:(%r11d). */
static int via_r11(struct rw *w, struct operand *op, const char **why)
{
	for (int i = 0; i < w->in->nops; i++) {
		if (&w->in->ops[i] != op && operand_uses_gpr(&w->in->ops[i], R_R11)) {
			*why = "uses %r11, which the rewrite needs as a scratch register";
			return -1;
		}
	}
	if (w->r11 && !operand_uses_gpr(op, R_R11)) {
		*why = "needs %r11 for two addresses";
		return -1;
	}
	buf_printf(&w->pre, "\tleaq %s", op->disp);
	if (op->base && op->base->num == R_R14 && !op->index) {
		/* the no-register placeholder: the displacement alone */
	} else if (op->base || op->index) {
		buf_putc(&w->pre, '(');
		if (op->base)
			buf_printf(&w->pre, "%%%s", reg_gpr_name(op->base->num, 64));
		if (op->index) {
			buf_printf(&w->pre, ",%%%s", reg_gpr_name(op->index->num, 64));
			if (*op->scale)
				buf_printf(&w->pre, ",%s", op->scale);
		}
		buf_putc(&w->pre, ')');
	}
	buf_puts(&w->pre, ", %r11\n");
	op->disp[0] = 0;
	op->index = NULL;
	op->scale[0] = 0;
	op->base = gpr(R_R11, 32);
	w->r11 = 1;
	return 0;
}

/* Puts an accessed memory operand into an allowed form (R4). Sets *segue
 * if the result is a %gs: form (gas then adds the addr32 prefix). */
static int sandbox_mem(struct rw *w, struct operand *op, int *segue, const char **why)
{
	if (op->kind == OP_EXPR)
		op->kind = OP_MEM; /* a bare expression is an absolute address */
	int gs = 0;
	if (op->seg) {
		switch (op->seg->num) {
		case SEG_FS:
			*why = "only %fs:DISP with no registers is supported";
			return -1;
		case SEG_GS:
			gs = 1;
			break;
		default: /* es, cs, ss, ds: base 0 in 64-bit mode, so dropping them is exact */
			op->seg = NULL;
			break;
		}
	}
	if (op->base && op->base->cls == RC_RIP) {
		if (op->base->width != 64) {
			*why = "%eip-relative addressing is not allowed";
			return -1;
		}
		if (gs) {
			*why = "%gs: with %rip-relative addressing would leave the sandbox";
			return -1;
		}
		return 0;
	}
	int64_t d;
	if (!gs && op->base && op->base->cls == RC_GPR && op->base->num == R_RSP &&
	    op->base->width == 64 && !op->index && disp_value(op, &d) && d >= -RSP_DISP_MAX &&
	    d <= RSP_DISP_MAX)
		return 0;
	if (op->index && op->index->cls == RC_RIZ) {
		op->index = NULL;
		op->scale[0] = 0;
	}
	const struct reg **r[2] = {&op->base, &op->index};
	for (int k = 0; k < 2; k++) {
		const struct reg *x = *r[k];
		if (!x)
			continue;
		if (x->cls != RC_GPR) {
			*why = k ? "vector index (VSIB) addressing cannot be sandboxed"
				 : "unsupported base register";
			return -1;
		}
		if (x->width != 64 && x->width != 32) {
			*why = "16-bit addressing is not allowed";
			return -1;
		}
		*r[k] = gpr(x->num, 32);
	}
	/* No registers: address the displacement through %r14d, which is 0
	 * (the base is 4 GiB-aligned). Without a register gas would drop
	 * addr32 or pick the moffs form of mov, which R2 forbids. */
	if (!op->base && !op->index)
		op->base = gpr(R_R14, 32);
	op->seg = reg_lookup("gs", 2);
	*segue = 1;
	if (strchr(op->disp, '@'))
		return via_r11(w, op, why);
	return 0;
}

/* Prefix words a branch may carry that mean nothing in the sandbox. */
static void drop_branch_prefixes(struct insn *in)
{
	insn_drop_prefix(in, "notrack");
	insn_drop_prefix(in, "bnd");
}

static int only_pseudo_prefixes(const struct insn *in)
{
	for (int i = 0; i < in->npfx; i++)
		if (in->pfx[i][0] != '{')
			return 0;
	return 1;
}

/* and $-B, %eX; add %r14, %rX; jmp/call *%rX. Returns its length. */
static unsigned masked_branch_len(unsigned x)
{
	return (x < 8 ? 3 : 4) + 3 + (x < 8 ? 2 : 3);
}

/* Rounding up (add B-1, then the mask) takes a return address, which may
 * lie anywhere in its call's bundle, to the next bundle start, where the
 * code after the call resumes; a bundle start stays where it is. The add
 * stays out of the locked group: only the pseudo-instruction must share a
 * bundle (R7), and a smaller group needs less padding. */
static void emit_masked_branch_rounding(struct emitter *e, unsigned x, int call, int round_up)
{
	if (round_up)
		emit_line(e, "addl $%u, %%%s", e->bundle - 1, reg_gpr_name(x, 32));
	if (call)
		emit_call_start(e, masked_branch_len(x));
	emit_lock(e);
	emit_line(e, "andl $-%u, %%%s", e->bundle, reg_gpr_name(x, 32));
	emit_line(e, "addq %%r14, %%%s", reg_gpr_name(x, 64));
	emit_line(e, "%s *%%%s", call ? "call" : "jmp", reg_gpr_name(x, 64));
	emit_unlock(e);
	if (call)
		emit_align(e);
}

/* Masked jumps and calls of the input round up unless --round-down. */
static void emit_masked_branch(struct emitter *e, unsigned x, int call)
{
	emit_masked_branch_rounding(e, x, call, !e->round_down);
}

/* Emits a branch that needs no rewriting. A call of LEN bytes is followed
 * by padding to the next bundle start, where its return lands. */
static void emit_branch_unchanged(struct emitter *e, struct insn *in, int call, unsigned len)
{
	if (call) {
		emit_call_start(e, len);
		emit_lock(e);
		insn_print(e->out, in);
		emit_unlock(e);
		emit_align(e);
	} else {
		insn_print(e->out, in);
	}
}

static int do_branch(struct rw *w, int call)
{
	struct emitter *e = w->e;
	struct insn *in = w->in;
	drop_branch_prefixes(in);
	if (!only_pseudo_prefixes(in))
		return fail(in, w->line, "prefixes on a jump or call are not supported");
	if (in->nops != 1)
		return fail(in, w->line, "expected one operand");
	struct operand *op = &in->ops[0];
	if (!op->star && op->kind == OP_EXPR) {
		/* Direct: the validator checks the target (R8). */
		emit_branch_unchanged(e, in, call, 5); /* e8 rel32 */
		return 0;
	}
	if (op->kind == OP_REG) {
		if (op->reg->cls != RC_GPR || op->reg->width != 64)
			return fail(in, w->line, "indirect branch through a register that is not 64-bit");
		if (op->reg->num == R_RSP || op->reg->num == R_R14)
			return fail(in, w->line, "indirect branch through %rsp or %r14");
		emit_masked_branch(e, op->reg->num, call);
		return 0;
	}
	if (op->kind == OP_IMM)
		return fail(in, w->line, "immediate branch target");
	if (is_runtime_call(op)) {
		emit_branch_unchanged(e, in, call, 7); /* 41 ff 96 disp32 */
		return 0;
	}
	/* Through memory: load the target into %r11, then the register form. */
	const char *why = NULL;
	int segue = 0;
	op->star = 0;
	if (sandbox_mem(w, op, &segue, &why) < 0)
		return fail(in, w->line, why);
	flush_pre(w);
	struct buf t;
	buf_init(&t);
	operand_print(&t, op);
	emit_line(e, "movq %s, %%r11", t.p);
	buf_free(&t);
	emit_masked_branch(e, R_R11, call);
	return 0;
}

static int do_ret(struct rw *w)
{
	struct emitter *e = w->e;
	struct insn *in = w->in;
	static const char *const ok[] = {"rep", "repz", "repe", "bnd", "notrack"};
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
		insn_drop_prefix(in, ok[i]);
	if (in->npfx)
		return fail(in, w->line, "unsupported prefix on ret");
	if (in->nops > 1 || (in->nops == 1 && in->ops[0].kind != OP_IMM))
		return fail(in, w->line, "ret takes at most an immediate");
	emit_line(e, "popq %%r11");
	if (in->nops == 1) {
		emit_lock(e);
		emit_line(e, "addl $%s, %%esp", in->ops[0].disp);
		emit_line(e, "addq %%r14, %%rsp");
		emit_unlock(e);
	}
	/* Always rounding up, --round-down or not: the return address may
	 * lie anywhere in its call's bundle (emit_call_start). */
	emit_masked_branch_rounding(e, R_R11, 0, 1);
	return 0;
}

static int do_string(struct rw *w, unsigned str)
{
	struct emitter *e = w->e;
	struct insn *in = w->in;
	for (int i = 0; i < in->npfx; i++) {
		const char *p = in->pfx[i];
		if (strncmp(p, "rep", 3) != 0 && strcmp(p, "data16") != 0 &&
		    strncmp(p, "rex", 3) != 0 && p[0] != '{')
			return fail(in, w->line,
				    "string instructions take no segment or address-size prefix (R9)");
	}
	for (int i = 0; i < in->nops; i++) {
		const struct operand *op = &in->ops[i];
		if (op->kind == OP_REG && op->reg->cls == RC_GPR && op->reg->num == R_RAX &&
		    !op->reg->high)
			continue;
		int64_t d;
		if (op->kind == OP_MEM && op->base && op->base->cls == RC_GPR &&
		    op->base->width == 64 && !op->index && disp_value(op, &d) && d == 0) {
			unsigned b = op->base->num;
			if (b == R_RSI && (!op->seg || op->seg->num == SEG_DS))
				continue;
			if (b == R_RDI && (!op->seg || op->seg->num == SEG_ES))
				continue;
		}
		return fail(in, w->line,
			    "string instruction operands must be (%rsi) and (%rdi) without overrides");
	}
	emit_lock(e);
	if (str & MN_STR_SI) {
		emit_line(e, "movl %%esi, %%esi");
		emit_line(e, "leaq (%%r14,%%rsi,1), %%rsi");
	}
	if (str & MN_STR_DI) {
		emit_line(e, "movl %%edi, %%edi");
		emit_line(e, "leaq (%%r14,%%rdi,1), %%rdi");
	}
	insn_print(e->out, in);
	emit_unlock(e);
	return 0;
}

/* An instruction that writes %rsp (operand WI), its memory operands already
 * sandboxed. Only the R6 forms are produced: `and $-N, %rsp`, or a 32-bit
 * add/sub/mov/lea to %esp followed in the same bundle by `add %r14, %rsp`. */
static int do_rsp_write(struct rw *w, int wi)
{
	struct emitter *e = w->e;
	struct insn *in = w->in;
	const char *m = in->mnem;
	const struct operand *dst = &in->ops[wi];
	unsigned wd = dst->reg->width;
	if (!only_pseudo_prefixes(in))
		return fail(in, w->line, "prefixes on a write to %rsp are not supported");
	if (in->nops != 2 || wi != 1 || dst->reg->high)
		return fail(in, w->line, "unsupported write to %rsp");
	const struct operand *src = &in->ops[0];
	int64_t v;
	if (wd == 64 && mn_is(m, "and", "q") && src->kind == OP_IMM && expr_eval(src->disp, &v) &&
	    v < 0 && v >= INT32_MIN) {
		insn_print(e->out, in); /* R6.2: clears low bits only */
		return 0;
	}
	if (wd != 64 && wd != 32)
		return fail(in, w->line, "unsupported write to %sp or %spl");
	const char *suffix = wd == 64 ? "q" : "l", *op32;
	if (mn_is(m, "add", suffix))
		op32 = "addl";
	else if (mn_is(m, "sub", suffix))
		op32 = "subl";
	else if (mn_is(m, "mov", suffix))
		op32 = "movl";
	else if (mn_is(m, "lea", suffix))
		op32 = "leal";
	else
		return fail(in, w->line,
			    "unsupported write to %rsp (only add, sub, mov, lea and `and $-N`)");
	if (strcmp(op32, "leal") == 0 && src->kind != OP_MEM)
		return fail(in, w->line, "lea needs a memory operand");
	struct buf t;
	buf_init(&t);
	switch (src->kind) {
	case OP_IMM:
		if (strcmp(op32, "movl") == 0) {
			buf_free(&t);
			return fail(in, w->line, "moving an immediate into %rsp is not supported");
		}
		operand_print(&t, src);
		break;
	case OP_REG:
		if (src->reg->cls != RC_GPR || src->reg->width != wd) {
			buf_free(&t);
			return fail(in, w->line, "unsupported source register for a write to %rsp");
		}
		buf_printf(&t, "%%%s", reg_gpr_name(src->reg->num, 32));
		break;
	case OP_MEM: /* already sandboxed by do_plain (lea: not accessed) */
	case OP_EXPR:
		operand_print(&t, src);
		break;
	}
	flush_pre(w);
	emit_lock(e);
	emit_line(e, "%s %s, %%esp", op32, t.p);
	emit_line(e, "addq %%r14, %%rsp");
	emit_unlock(e);
	buf_free(&t);
	return 0;
}

/* %fs: operands address the thread's TLS. Supported: `mov %fs:0, %REG`
 * (the thread pointer itself: runtime call 1) and any other `%fs:DISP`
 * without registers, which becomes %gs:DISP(%r11d) after the call.
 * Returns 1 if the instruction was completely emitted, 0 to continue with
 * the rewritten operand, -1 on error. */
static int do_fs(struct rw *w, int fs, int kind)
{
	struct emitter *e = w->e;
	struct insn *in = w->in;
	struct operand *op = &in->ops[fs];
	for (int i = 0; i < in->nops; i++)
		if (i != fs && in->ops[i].kind == OP_MEM && in->ops[i].seg &&
		    in->ops[i].seg->num == SEG_FS)
			return fail(in, w->line, "more than one %fs: operand");
	if (op->base || op->index)
		return fail(in, w->line,
			    "%fs: with registers is not supported (compile with -mno-tls-direct-seg-refs)");
	if (kind != MK_PLAIN)
		return fail(in, w->line, "%fs: is only supported on ordinary loads and stores");
	int64_t d;
	if (mn_is(in->mnem, "mov", "q") && fs == 0 && in->nops == 2 && is_gpr64(&in->ops[1]) &&
	    disp_value(op, &d) && d == 0 && only_pseudo_prefixes(in)) {
		unsigned r = in->ops[1].reg->num;
		if (r == R_R14 || r == R_RSP)
			return fail(in, w->line, "loading the thread pointer into %r14 or %rsp");
		emit_runtime_call(e, RTCALL_THREAD_POINTER);
		if (r != R_R11)
			emit_line(e, "movq %%r11, %%%s", reg_gpr_name(r, 64));
		return 1;
	}
	for (int i = 0; i < in->nops; i++)
		if (operand_uses_gpr(&in->ops[i], R_R11))
			return fail(in, w->line,
				    "uses %r11, which the thread-pointer runtime call returns in");
	emit_runtime_call(e, RTCALL_THREAD_POINTER);
	op->seg = reg_lookup("gs", 2);
	op->base = gpr(R_R11, 32);
	w->r11 = 1;
	return 0;
}

static int do_plain(struct rw *w, int kind)
{
	struct insn *in = w->in;
	int changed = 0, segue = 0;
	const char *why = NULL;

	if (mn_is(in->mnem, "movabs", "bwlq")) {
		for (int i = 0; i < in->nops; i++)
			if (in->ops[i].kind == OP_MEM || in->ops[i].kind == OP_EXPR)
				return fail(in, w->line, "movabs with a 64-bit absolute address (R2)");
	}
	for (int i = 0; i < in->nops; i++) {
		struct operand *op = &in->ops[i];
		if (op->star)
			return fail(in, w->line, "'*' operand on an instruction that is not a jump or call");
		/* lea and nop do not access memory, so a segment override only
		 * costs a prefix byte, which R1 allows on no-ops as %cs/%ds only. */
		if (kind == MK_NOMEM && op->kind == OP_MEM && op->seg &&
		    (mn_is(in->mnem, "lea", "wlq") || (op->seg->num != SEG_CS && op->seg->num != SEG_DS))) {
			op->seg = NULL;
			if (!op->base && !op->index)
				op->kind = OP_EXPR;
			changed = 1;
		}
		if (op->kind == OP_MEM && op->seg && op->seg->num == SEG_FS) {
			int r = do_fs(w, i, kind);
			if (r)
				return r < 0 ? -1 : 0;
			changed = 1;
		}
	}
	if (kind != MK_NOMEM) {
		for (int i = 0; i < in->nops; i++) {
			struct operand *op = &in->ops[i];
			if (op->kind != OP_MEM && op->kind != OP_EXPR)
				continue;
			int sg = 0;
			if (sandbox_mem(w, op, &sg, &why) < 0)
				return fail(in, w->line, why);
			segue |= sg;
			changed = 1;
		}
	}
	/* Prefixes. */
	for (int i = 0; i < in->npfx; i++) {
		const char *p = in->pfx[i];
		if (strcmp(p, "addr32") == 0) {
			if (!segue)
				return fail(in, w->line,
					    "addr32 is only allowed on a %gs: memory operand (R1)");
			insn_drop_prefix(in, "addr32"); /* gas adds it for 32-bit registers */
			changed = 1;
			i--;
		} else if (strcmp(p, "addr16") == 0 || strcmp(p, "cs") == 0 || strcmp(p, "ds") == 0 ||
			   strcmp(p, "es") == 0 || strcmp(p, "fs") == 0 || strcmp(p, "gs") == 0 ||
			   strcmp(p, "ss") == 0 || strcmp(p, "notrack") == 0 || strcmp(p, "bnd") == 0) {
			return fail(in, w->line, "unsupported prefix");
		}
	}
	/* Register writes: %r14 never (R5), %rsp only in the R6 forms. */
	unsigned wr = mn_written(in->mnem, in->nops);
	for (int i = 0; i < in->nops; i++) {
		struct operand *op = &in->ops[i];
		if (!(wr & (1u << i)) || op->kind != OP_REG || op->reg->cls != RC_GPR || op->reg->high)
			continue;
		/* A restore of callee-saved %r14 from memory (musl's longjmp:
		 * `mov 32(%rdi),%r14`). Under docs/abi.md %r14 always holds the
		 * base, which is the value that was saved, so the restore is a
		 * no-op: keep the load, with its faults, but into %r11. */
		if (op->reg->num == R_R14 && op->reg->width == 64 && i == 1 && in->nops == 2 &&
		    in->ops[0].kind == OP_MEM && mn_is(in->mnem, "mov", "q") && !w->r11) {
			op->reg = gpr(R_R11, 64);
			free(op->disp);
			op->disp = xstrdup("%r11");
			changed = 1;
			continue;
		}
		if (op->reg->num == R_R14)
			return fail(in, w->line,
				    "writes %r14, the sandbox base (R5); code that saves and restores "
				    "callee-saved registers (longjmp, context switches) must leave "
				    "%r14 alone");
		if (op->reg->num == R_R11 && w->r11)
			return fail(in, w->line, "writes %r11, which the rewrite needs as a scratch register");
		if (op->reg->num == R_RSP)
			return do_rsp_write(w, i);
	}
	flush_pre(w);
	if (changed)
		insn_print(w->e->out, in);
	else
		emit_line(w->e, "%s", in->text);
	return 0;
}

/* Whether IN calls __tls_get_addr (directly, or through the GOT with
 * -fno-plt). */
static int calls_tls_get_addr(const struct insn *in)
{
	if (!mn_is(in->mnem, "call", "q") || in->nops != 1)
		return 0;
	const struct operand *op = &in->ops[0];
	const char *n = "__tls_get_addr";
	size_t l = strlen(n);
	if (strncmp(op->disp, n, l) != 0 || (op->disp[l] && op->disp[l] != '@'))
		return 0;
	return (op->kind == OP_EXPR && !op->star) ||
	       (op->kind == OP_MEM && op->star && op->base && op->base->cls == RC_RIP);
}

static int has_reloc(const struct insn *in, const char *spec)
{
	size_t l = strlen(spec);
	for (int i = 0; i < in->nops; i++)
		for (const char *p = strchr(in->ops[i].disp, '@'); p; p = strchr(p + 1, '@'))
			if (strncasecmp(p + 1, spec, l) == 0)
				return 1;
	return 0;
}

/* General- and local-dynamic TLS (-fPIC):
 *   [data16] leaq x@tlsgd(%rip), %rdi; [.value 0x6666; rex64] call __tls_get_addr
 * returns &x in %rax. The linker would relax it for a static link into
 * %fs: accesses the sandbox forbids, so it becomes the initial-exec form
 * with the thread pointer from runtime call 1:
 *   GD: %r11 = tp; movq x@gottpoff(%rip), %rax; addq %r11, %rax
 *   LD: %r11 = tp; movq %r11, %rax   (the linker resolves x@dtpoff as the
 *       offset from the thread pointer in an executable)
 * The call itself is then dropped. Returns 1 if IN was handled. */
static int tls_dynamic(struct rw *w, int *ret)
{
	struct insn *in = w->in;
	struct emitter *e = w->e;
	*ret = 0;
	if (has_reloc(in, "tlsdesc") || has_reloc(in, "tlscall")) {
		*ret = fail(in, w->line, "TLS descriptors are not supported (use -mtls-dialect=gnu)");
		return 1;
	}
	if (e->tls_pending) {
		if (!calls_tls_get_addr(in)) {
			*ret = fail(in, w->line, "expected the call to __tls_get_addr of the TLS sequence");
			return 1;
		}
		e->tls_pending = 0;
		return 1;
	}
	/* Any other call to __tls_get_addr is an ordinary call (musl's
	 * dl_iterate_phdr makes one). */
	int gd = has_reloc(in, "tlsgd"), ld = has_reloc(in, "tlsld");
	if (!gd && !ld)
		return 0;
	const struct operand *src = &in->ops[0];
	if (!mn_is(in->mnem, "lea", "q") || in->nops != 2 || src->kind != OP_MEM ||
	    !src->base || src->base->cls != RC_RIP || !is_gpr64(&in->ops[1]) ||
	    in->ops[1].reg->num != R_RDI) {
		*ret = fail(in, w->line, "unexpected form of a dynamic TLS access");
		return 1;
	}
	emit_runtime_call(e, RTCALL_THREAD_POINTER);
	if (gd) {
		size_t l = (size_t)(strchr(src->disp, '@') - src->disp);
		emit_line(e, "movq %.*s@gottpoff(%%rip), %%rax", (int)l, src->disp);
		emit_line(e, "addq %%r11, %%rax");
	} else {
		emit_line(e, "movq %%r11, %%rax");
	}
	e->tls_pending = w->line;
	return 1;
}

static int dispatch(struct rw *w)
{
	struct insn *in = w->in;
	struct mn_info mi;
	int ret;

	if (tls_dynamic(w, &ret))
		return ret;
	mn_classify(in->mnem, &mi);

	for (int i = 0; i < in->nops; i++) {
		const struct operand *op = &in->ops[i];
		if (op->kind == OP_REG && op->reg->cls == RC_SEG)
			return fail(in, w->line, "segment registers belong to the runtime (R2)");
		if (op->kind == OP_REG && op->reg->cls == RC_RIP)
			return fail(in, w->line, "%rip is not a register operand");
	}
	/* movs/cmps with a register operand are not string instructions
	 * (movsd and cmpsd are also SSE instructions). */
	if (mi.kind == MK_STRING && mi.str == (MN_STR_SI | MN_STR_DI)) {
		for (int i = 0; i < in->nops; i++)
			if (in->ops[i].kind != OP_MEM)
				mi.kind = MK_PLAIN;
	}
	switch (mi.kind) {
	case MK_FORBIDDEN:
		return fail(in, w->line, mi.why);
	case MK_SYSCALL:
		if (in->nops || in->npfx)
			return fail(in, w->line, "syscall takes no operands or prefixes");
		emit_runtime_call(w->e, RTCALL_SYSCALL);
		return 0;
	case MK_RET:
		return do_ret(w);
	case MK_LEAVE:
		if (in->nops || !only_pseudo_prefixes(in))
			return fail(in, w->line, "leave takes no operands or prefixes");
		emit_lock(w->e);
		emit_line(w->e, "movl %%ebp, %%esp");
		emit_line(w->e, "addq %%r14, %%rsp");
		emit_unlock(w->e);
		emit_line(w->e, "popq %%rbp");
		return 0;
	case MK_CALL:
	case MK_JMP:
		return do_branch(w, mi.kind == MK_CALL);
	case MK_JCC:
		drop_branch_prefixes(in);
		for (int i = 0; i < in->npfx; i++)
			if (strcmp(in->pfx[i], "cs") != 0 && strcmp(in->pfx[i], "ds") != 0 &&
			    in->pfx[i][0] != '{')
				return fail(in, w->line, "unsupported prefix on a conditional branch");
		if (in->nops != 1 || in->ops[0].kind != OP_EXPR || in->ops[0].star)
			return fail(in, w->line, "conditional branches take a direct target only");
		insn_print(w->e->out, in);
		return 0;
	case MK_STRING:
		return do_string(w, mi.str);
	case MK_PLAIN:
	case MK_NOMEM:
		break;
	}
	return do_plain(w, mi.kind);
}

int rewrite_insn(struct emitter *e, struct insn *in, int line)
{
	struct rw w = {e, in, line, {NULL, 0, 0}, 0};
	int r = dispatch(&w);
	buf_free(&w.pre);
	return r;
}
