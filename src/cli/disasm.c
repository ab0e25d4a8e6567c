/* AT&T-syntax formatter for struct hv_insn: see disasm.h.
 *
 * The operand string of the matched entry (hv_opnames[op].operands, Intel
 * order, notation of src/validator/insns/FORMAT.md) says what each operand
 * is; this file turns each code into text and prints them in reverse. */
#include "cli/disasm.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const gpr64[16] = {
	"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
	"r8",  "r9",  "r10", "r11", "r12", "r13", "r14", "r15"};
static const char *const gpr32[16] = {
	"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
	"r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"};
static const char *const gpr16[16] = {
	"ax",  "cx",  "dx",   "bx",   "sp",   "bp",   "si",   "di",
	"r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"};
static const char *const gpr8rex[16] = {
	"al",  "cl",  "dl",   "bl",   "spl",  "bpl",  "sil",  "dil",
	"r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"};
static const char *const gpr8[8] = {"al", "cl", "dl", "bl",
				    "ah", "ch", "dh", "bh"};
static const char *const segname[8] = {"es", "cs", "ss", "ds", "fs", "gs"};

const char *disasm_gpr_name(unsigned reg, unsigned bits, int rex)
{
	if (reg > 15)
		return NULL;
	switch (bits) {
	case 64: return gpr64[reg];
	case 32: return gpr32[reg];
	case 16: return gpr16[reg];
	case 8: return rex || reg >= 8 ? gpr8rex[reg] : gpr8[reg];
	default: return NULL;
	}
}

/* Append-only text buffer that counts what did not fit. */
struct out {
	char *buf;
	size_t size, len;
};

__attribute__((format(printf, 2, 3))) static void put(struct out *o,
						      const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	size_t room = o->len < o->size ? o->size - o->len : 0;
	int n = vsnprintf(room ? o->buf + o->len : NULL, room, fmt, ap);
	va_end(ap);
	if (n > 0)
		o->len += (size_t)n;
}

size_t disasm_hex(char *buf, size_t size, const uint8_t *p, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	size_t len = 0;
	if (size)
		buf[0] = 0;
	for (size_t i = 0; i < n; i++) {
		size_t w = i ? 3 : 2;
		/* Only whole bytes are written. */
		if (len + w < size) {
			char *d = buf + len;
			if (i)
				*d++ = ' ';
			d[0] = digits[p[i] >> 4];
			d[1] = digits[p[i] & 15];
			d[2] = 0;
		} else if (size) {
			size = len + 1; /* stop writing */
		}
		len += w;
	}
	return len;
}

/* Operand kinds of the FORMAT.md notation. */
enum okind {
	K_E, K_R, K_G, K_B, K_Z, K_M, K_V, K_W, K_U, K_H, K_L, K_I, K_I1, K_J,
	K_AL, K_CL, K_DX, K_RAX, K_ST0, K_STI, K_O, K_BAD
};

struct opnd {
	enum okind k;
	char sz; /* size letter: b w d q v y z o x t, or 0 */
	char code[8];
};

static struct opnd parse_code(const char *s, size_t n)
{
	struct opnd o = {K_BAD, 0, {0}};
	if (n >= sizeof o.code)
		n = sizeof o.code - 1;
	memcpy(o.code, s, n);
	o.code[n] = 0;
	static const struct {
		const char *name;
		enum okind k;
	} fixed[] = {{"AL", K_AL}, {"CL", K_CL},   {"DX", K_DX},  {"rAX", K_RAX},
		     {"ST0", K_ST0}, {"STi", K_STI}, {"I1", K_I1}, {"M", K_M},   {"O", K_O}};
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		if (!strcmp(o.code, fixed[i].name)) {
			o.k = fixed[i].k;
			return o;
		}
	if (n != 2)
		return o;
	static const char letters[] = "ERGBZMVWUHLIJ";
	static const enum okind kinds[] = {K_E, K_R, K_G, K_B, K_Z, K_M, K_V,
					   K_W, K_U, K_H, K_L, K_I, K_J};
	const char *k = strchr(letters, o.code[0]);
	if (!k || !o.code[0])
		return o;
	o.k = kinds[k - letters];
	o.sz = o.code[1];
	return o;
}

static int is_gpr_kind(enum okind k)
{
	return k == K_E || k == K_R || k == K_G || k == K_B || k == K_Z;
}

/* Whether 66 acts as an operand-size prefix (not as a mandatory one). */
static int osize16(const struct hv_insn *in)
{
	const struct hv_op *op = hv_insn_op(in);
	return in->enc == HV_ENC_LEGACY && op->pfx != HV_PFX_66 && in->p66;
}

/* Width in bits of a general-register (or GP memory) operand of size sz. */
static unsigned gpr_bits(const struct hv_insn *in, enum okind k, char sz)
{
	const struct hv_op *op = hv_insn_op(in);
	switch (sz) {
	case 'b': return 8;
	case 'w': return 16;
	case 'd': return 32;
	case 'q': return k == K_Z && osize16(in) ? 16 : 64;
	case 'y': return in->w ? 64 : 32;
	case 'v':
	case 'z':
		if (in->w)
			return 64;
		if (osize16(in))
			return 16;
		return op->flags & HV_F_D64 ? 64 : 32;
	default: return 0;
	}
}

/* Operand size of the instruction: that of its first general-register
 * operand, else the default operand size. */
static unsigned op_bits(const struct hv_insn *in, const struct opnd *ops,
			unsigned n)
{
	for (unsigned i = 0; i < n; i++) {
		if (is_gpr_kind(ops[i].k) && ops[i].sz)
			return gpr_bits(in, ops[i].k, ops[i].sz);
		if (ops[i].k == K_RAX)
			return gpr_bits(in, K_RAX, 'v');
		if (ops[i].k == K_AL)
			return 8;
	}
	return gpr_bits(in, K_BAD, 'v');
}

static const char *vec_prefix(const struct hv_insn *in, char sz)
{
	if (sz == 'y' || (sz == 'x' && in->l))
		return "ymm";
	return "xmm";
}

static void put_hex_signed(struct out *o, int64_t v)
{
	if (v < 0)
		put(o, "-0x%llx", (unsigned long long)(-(uint64_t)v));
	else
		put(o, "0x%llx", (unsigned long long)v);
}

static const uint8_t segbytes[6] = {0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65};

/* "%fs:"-style segment override of a memory operand, if any. */
static void put_seg(struct out *o, const struct hv_insn *in)
{
	for (unsigned i = 0; i < 6; i++)
		if (in->seg && in->seg == segbytes[i])
			put(o, "%%%s:", segname[i]);
}

static void put_mem(struct out *o, const struct hv_insn *in, uint64_t vaddr,
		    uint64_t *riptarget, int *has_rip)
{
	const char *const *names = in->p67 ? gpr32 : gpr64;
	put_seg(o, in);
	if (in->base == HV_REG_RIP) {
		put_hex_signed(o, in->disp);
		put(o, in->p67 ? "(%%eip)" : "(%%rip)");
		uint64_t t = vaddr + in->len + (uint64_t)(int64_t)in->disp;
		*riptarget = in->p67 ? (uint32_t)t : t;
		*has_rip = 1;
		return;
	}
	if (in->base == HV_REG_NONE && in->index == HV_REG_NONE) {
		/* Absolute: disp32, sign-extended (zero-extended under 67). */
		uint64_t a = in->p67 ? (uint32_t)in->disp
				     : (uint64_t)(int64_t)in->disp;
		put(o, "0x%llx", (unsigned long long)a);
		return;
	}
	if (in->disp_size || in->disp)
		put_hex_signed(o, in->disp);
	put(o, "(");
	if (in->base < 16)
		put(o, "%%%s", names[in->base]);
	if (in->index < 16) {
		if (hv_insn_op(in)->flags & HV_F_VSIB) {
			/* Gathers with 32-bit indices and 64-bit elements index
			 * with an xmm register even at L1. */
			const char *mn = hv_opnames[in->op].mnemonic;
			int narrow = mn && (strstr(mn, "gatherdpd") || strstr(mn, "gatherdq"));
			put(o, ",%%%s%u", in->l && !narrow ? "ymm" : "xmm", in->index);
		} else {
			put(o, ",%%%s", names[in->index]);
		}
		put(o, ",%u", 1u << (in->scale & 3));
	}
	put(o, ")");
}

/* mov to or from a segment register (8c, 8e): the table lists only the
 * general operand; the segment register is ModRM.reg. */
static int is_sreg_mov(const struct hv_insn *in)
{
	return in->enc == HV_ENC_LEGACY && in->map == 0 &&
	       (in->opcode == 0x8c || in->opcode == 0x8e);
}

static void put_sreg(struct out *o, const struct hv_insn *in)
{
	unsigned r = in->reg & 7;
	if (r < 6)
		put(o, "%%%s", segname[r]);
	else
		put(o, "%%sreg%u", r);
}

static char bits_suffix(unsigned bits)
{
	switch (bits) {
	case 8: return 'b';
	case 16: return 'w';
	case 32: return 'l';
	case 64: return 'q';
	default: return 0;
	}
}

static int has_kind(const struct opnd *ops, unsigned n, enum okind k)
{
	for (unsigned i = 0; i < n; i++)
		if (ops[i].k == k)
			return 1;
	return 0;
}

/* Whether the x87 instruction has an implicit %st operand that AT&T
 * syntax leaves out: the memory forms (fadds (%rax), flds 8(%rsp)). */
static int x87_mem_form(const struct hv_insn *in, const struct opnd *ops,
			unsigned n)
{
	return hv_insn_op(in)->deny == HV_DENY_X87 && in->is_mem &&
	       has_kind(ops, n, K_ST0);
}

/* AT&T mnemonic suffix (up to 2 letters) for what the operands do not
 * tell: a memory operand of unknown size ("addl $1,(%rax)"), the source
 * size of movzb/movsw-style extensions, x87 memory operand types. */
static void size_suffix(const struct hv_insn *in, const struct opnd *ops,
			unsigned n, const char *mn, char suf[3])
{
	const struct hv_op *op = hv_insn_op(in);
	suf[0] = suf[1] = suf[2] = 0;

	/* String instructions of 16/32/64 bits: the size is in the suffix. */
	if (n == 0 && (op->flags & HV_F_STRING)) {
		static const char *const sized[] = {"movs", "stos", "lods", "scas",
						    "cmps", "ins",  "outs"};
		for (size_t i = 0; i < sizeof sized / sizeof sized[0]; i++)
			if (!strcmp(mn, sized[i]))
				suf[0] = bits_suffix(gpr_bits(in, K_BAD, 'v'));
		return;
	}
	/* Extensions: the mnemonic names the source; add the destination. */
	if (n == 2 && ops[0].k == K_G &&
	    (!strcmp(mn, "movzb") || !strcmp(mn, "movzw") || !strcmp(mn, "movsb") ||
	     !strcmp(mn, "movsw"))) {
		suf[0] = bits_suffix(gpr_bits(in, K_G, ops[0].sz));
		return;
	}
	if (!in->is_mem && strcmp(mn, "crc32"))
		return;
	/* x87 memory operands: s/l/t for reals, s/l/ll for integers. */
	if (x87_mem_form(in, ops, n)) {
		if (!strncmp(mn, "fb", 2)) /* fbld, fbstp: packed BCD */
			return;
		int integer = mn[0] == 'f' && mn[1] == 'i';
		for (unsigned i = 0; i < n; i++) {
			if (ops[i].k != K_M)
				continue;
			switch (ops[i].sz) {
			case 'w': suf[0] = integer ? 's' : 0; break;
			case 'd': suf[0] = integer ? 'l' : 's'; break;
			case 'q': suf[0] = 'l'; suf[1] = integer ? 'l' : 0; break;
			case 't': suf[0] = integer ? 0 : 't'; break;
			default: break;
			}
		}
		return;
	}
	if (strchr(mn, '/')) /* a table entry that covers several */
		return;
	/* Packed double to dword/single: x or y tells the memory size. */
	if (!strcmp(mn, "vcvtpd2dq") || !strcmp(mn, "vcvttpd2dq") ||
	    !strcmp(mn, "vcvtpd2ps")) {
		suf[0] = in->l ? 'y' : 'x';
		return;
	}
	if (in->enc != HV_ENC_LEGACY && strncmp(mn, "vcvtsi2", 7))
		return;
	/* Source size for crc32 and the integer-to-float conversions. */
	if (!strcmp(mn, "crc32") || !strncmp(mn, "cvtsi2", 6) ||
	    !strncmp(mn, "vcvtsi2", 7)) {
		for (unsigned i = 0; i < n; i++)
			if (ops[i].k == K_E)
				suf[0] = bits_suffix(gpr_bits(in, K_E, ops[i].sz));
		if (strcmp(mn, "crc32") && !in->is_mem)
			suf[0] = 0;
		return;
	}
	if (op->deny == HV_DENY_X87)
		return;
	char memsz = 0;
	for (unsigned i = 0; i < n; i++) {
		switch (ops[i].k) {
		case K_E:
			memsz = ops[i].sz;
			break;
		case K_R: case K_G: case K_B: case K_Z: case K_V: case K_U:
		case K_H: case K_L: case K_AL: case K_RAX: case K_ST0: case K_STI:
		case K_W:
			return;
		default:
			break;
		}
	}
	if (!memsz || !strncmp(mn, "set", 3) || is_sreg_mov(in))
		return;
	unsigned bits = gpr_bits(in, K_E, memsz);
	if ((op->flags & HV_F_D64) && bits == 64)
		return;
	suf[0] = bits_suffix(bits);
}

size_t disasm_format(char *buf, size_t size, const struct hv_insn *in,
		     uint64_t vaddr)
{
	struct out o = {buf, size, 0};
	if (size)
		buf[0] = 0;
	if (in->op >= hv_nops) {
		put(&o, "(bad entry %u)", in->op);
		return o.len;
	}
	const struct hv_op *op = hv_insn_op(in);
	const struct hv_opname *nm = &hv_opnames[in->op];
	const char *mn = nm->mnemonic ? nm->mnemonic : "?";
	const char *s = nm->operands ? nm->operands : "";

	struct opnd ops[6];
	unsigned n = 0;
	while (*s && n < 6) {
		const char *c = strchr(s, ',');
		size_t len = c ? (size_t)(c - s) : strlen(s);
		while (len && *s == ' ')
			s++, len--;
		ops[n++] = parse_code(s, len);
		s += len;
		if (*s == ',')
			s++;
	}
	unsigned bits = op_bits(in, ops, n);

	/* Prefixes. */
	if (in->lock)
		put(&o, "lock ");
	if (in->rep == 0xf3 && (op->flags & HV_F_REP) && op->pfx != HV_PFX_F3)
		put(&o, strncmp(mn, "cmps", 4) && strncmp(mn, "scas", 4) ? "rep "
									  : "repz ");
	if (in->rep == 0xf2 && (op->flags & HV_F_REPNE) && op->pfx != HV_PFX_F2)
		put(&o, "repnz ");
	if (in->seg && !in->is_mem && !has_kind(ops, n, K_O)) {
		for (unsigned i = 0; i < 6; i++)
			if (in->seg == segbytes[i])
				put(&o, "%s ", segname[i]);
	}
	/* One table entry covers the 16-bit form of these. */
	if (osize16(in) && !strcmp(mn, "cwtl"))
		mn = "cbtw";
	else if (osize16(in) && !strcmp(mn, "cltd"))
		mn = "cwtd";
	put(&o, "%s", mn);
	char suf[3];
	size_suffix(in, ops, n, mn, suf);
	put(&o, "%s", suf);
	int hide_st0 = x87_mem_form(in, ops, n);

	uint64_t riptarget = 0;
	int has_rip = 0;
	int first = 1;
	/* AT&T reverses the operands, except enter's two immediates. */
	int keep_order = op->imm == HV_IMM_WB;
	if (is_sreg_mov(in) && in->opcode == 0x8c) {
		put(&o, " ");
		put_sreg(&o, in);
		first = 0;
	}
	for (unsigned j = 0; j < n; j++) {
		unsigned i = keep_order ? j : n - 1 - j;
		const struct opnd *p = &ops[i];
		if (p->k == K_ST0 && hide_st0)
			continue;
		put(&o, first ? " " : ",");
		first = 0;
		switch (p->k) {
		case K_E:
		case K_R:
		case K_G:
		case K_B:
		case K_Z: {
			if ((p->k == K_E || p->k == K_R) && (op->flags & HV_F_INDIRECT))
				put(&o, "*");
			if (p->k == K_E && in->is_mem) {
				put_mem(&o, in, vaddr, &riptarget, &has_rip);
				break;
			}
			unsigned r = p->k == K_G   ? in->reg
				     : p->k == K_B ? in->vvvv
						   : in->rm;
			const char *name = disasm_gpr_name(r & 15, gpr_bits(in, p->k, p->sz),
							   in->rex != 0);
			put(&o, "%%%s", name ? name : "?");
			break;
		}
		case K_M:
			if (!strcmp(mn, "lcall") || !strcmp(mn, "ljmp"))
				put(&o, "*");
			put_mem(&o, in, vaddr, &riptarget, &has_rip);
			break;
		case K_W:
			if (in->is_mem) {
				put_mem(&o, in, vaddr, &riptarget, &has_rip);
				break;
			}
			/* fall through */
		case K_U:
			put(&o, "%%%s%u", vec_prefix(in, p->sz), in->rm & 15);
			break;
		case K_V:
			put(&o, "%%%s%u", vec_prefix(in, p->sz), in->reg & 15);
			break;
		case K_H:
			put(&o, "%%%s%u", vec_prefix(in, p->sz), in->vvvv & 15);
			break;
		case K_L:
			put(&o, "%%%s%u", vec_prefix(in, p->sz),
			    (unsigned)((uint8_t)in->imm >> 4));
			break;
		case K_I: {
			unsigned ib = 8;
			if (p->sz == 'b') {
				/* Sign-extended to the operand size: push, imul,
				 * group-1 arithmetic. */
				if (in->enc == HV_ENC_LEGACY && in->map == 0 &&
				    (in->opcode == 0x6a || in->opcode == 0x6b ||
				     in->opcode == 0x83))
					ib = bits;
			} else if (p->sz == 'w') {
				ib = 16;
			} else {
				ib = bits;
			}
			uint64_t v = (uint64_t)in->imm;
			if (op->imm == HV_IMM_WB) /* enter Iw,Ib: imm = iw << 8 | ib */
				v = p->sz == 'w' ? v >> 8 : v;
			if (ib < 64)
				v &= (1ull << ib) - 1;
			put(&o, "$0x%llx", (unsigned long long)v);
			break;
		}
		case K_I1:
			put(&o, "$1");
			break;
		case K_J:
			put(&o, "0x%llx",
			    (unsigned long long)(vaddr + in->len + (uint64_t)in->imm));
			break;
		case K_AL:
			put(&o, "%%al");
			break;
		case K_CL:
			put(&o, "%%cl");
			break;
		case K_DX:
			put(&o, "(%%dx)");
			break;
		case K_RAX: {
			unsigned rb = bits;
			if (rb == 64 && (!strcmp(mn, "in") || !strcmp(mn, "out")))
				rb = 32; /* no 64-bit port I/O */
			const char *name = disasm_gpr_name(0, rb, 0);
			put(&o, "%%%s", name ? name : "?");
			break;
		}
		case K_ST0:
			put(&o, "%%st");
			break;
		case K_O: {
			/* moffs: an absolute address (4 bytes under 67). */
			uint64_t a = (uint64_t)in->imm;
			if (in->p67)
				a &= 0xffffffffu;
			put_seg(&o, in);
			put(&o, "0x%llx", (unsigned long long)a);
			break;
		}
		case K_STI:
			put(&o, "%%st(%u)", in->rm & 7);
			break;
		case K_BAD:
			put(&o, "?%s", p->code);
			break;
		}
	}
	if (is_sreg_mov(in) && in->opcode == 0x8e) {
		put(&o, first ? " " : ",");
		put_sreg(&o, in);
	}
	if (has_rip)
		put(&o, "  # 0x%llx", (unsigned long long)riptarget);
	return o.len;
}
