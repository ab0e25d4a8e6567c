/* Build-time generator: reads the whitelist (insns/ *.def, see
 * insns/FORMAT.md) and writes the decoder's tables as C to stdout.
 *
 * What it derives from each operand string: whether the instruction has a
 * ModRM byte, its immediate kind, which operand fields name general
 * registers and which of them are written, memory/register-only forms, and
 * whether VEX.vvvv is used. It refuses inconsistent entries (two entries of
 * one opcode that disagree about ModRM) so that the decoder can decide the
 * instruction length before it knows which entry matches. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validator/decode.h"

struct raw {
	int enc, map, pfx, opcode, reg, rm, mod, w, l;
	const char *mn, *ops;
	int feature, deny;
	unsigned flags;
	const char *file;
	int line;
};

/* Spellings used in the .def files. */
#define L HV_ENC_LEGACY
#define V HV_ENC_VEX
#define NP HV_PFX_NP
#define P66 HV_PFX_66
#define PF3 HV_PFX_F3
#define PF2 HV_PFX_F2
#define X (-1)
#define ANY 0
#define MEM 1
#define REG 2
#define WX 0
#define W0 1
#define W1 2
#define LX 0
#define L0 1
#define L1 2
#define BASE HV_FEAT_BASE
#define SSE3 HV_FEAT_SSE3
#define SSSE3 HV_FEAT_SSSE3
#define SSE41 HV_FEAT_SSE41
#define SSE42 HV_FEAT_SSE42
#define POPCNT HV_FEAT_POPCNT
#define LZCNT HV_FEAT_LZCNT
#define BMI1 HV_FEAT_BMI1
#define BMI2 HV_FEAT_BMI2
#define AVX HV_FEAT_AVX
#define AVX2 HV_FEAT_AVX2
#define FMA HV_FEAT_FMA
#define F16C HV_FEAT_F16C
#define AES HV_FEAT_AES
#define PCLMUL HV_FEAT_PCLMUL
#define SHA HV_FEAT_SHA
#define MOVBE HV_FEAT_MOVBE
#define ADX HV_FEAT_ADX
#define RDRAND HV_FEAT_RDRAND
#define RDSEED HV_FEAT_RDSEED
#define RDTSCP HV_FEAT_RDTSCP
#define CX16 HV_FEAT_CX16
#define CLFLUSHOPT HV_FEAT_CLFLUSHOPT
#define CLWB HV_FEAT_CLWB
#define XSAVE HV_FEAT_XSAVE
#define VAES HV_FEAT_VAES
#define VPCLMUL HV_FEAT_VPCLMUL
#define LAHF64 HV_FEAT_LAHF64
#define PREFETCHW HV_FEAT_PREFETCHW
#define CLFLUSH HV_DENY_CLFLUSH
#define RDTSC HV_DENY_RDTSC
#define NONTEMPORAL HV_DENY_NONTEMPORAL
#define CPUID HV_DENY_CPUID
#define PREFETCH HV_DENY_PREFETCH
#define X87 HV_DENY_X87
#define X_SYSCALL HV_X_SYSCALL
#define X_PRIV HV_X_PRIV
#define X_SEGMENT HV_X_SEGMENT
#define X_FAR HV_X_FAR
#define X_RET HV_X_RET
#define X_STACKFRAME HV_X_STACKFRAME
#define X_ABSMEM HV_X_ABSMEM
#define X_PKRU HV_X_PKRU
#define X_TRAP HV_X_TRAP
#define X_TSX HV_X_TSX
#define X_XSTATE HV_X_XSTATE
/* Flags written in the .def files; NW and W2 are consumed here. */
#define NW (1u << 30)
#define W2 (1u << 31)
#define OSZ HV_F_OSZ
#define LOCK HV_F_LOCK
#define REP HV_F_REP
#define REPNE HV_F_REPNE
#define NOMEM HV_F_NOMEM
#define CALL HV_F_CALL
#define INDIRECT HV_F_INDIRECT
#define STACK HV_F_STACK
#define STRING HV_F_STRING
#define D64 HV_F_D64
#define MODRM HV_F_MODRM

#define I(enc, map, pfx, opc, reg, rm, mod, w, l, mn, ops, feat, deny, fl) \
	{enc, map, pfx, opc, reg, rm, mod, w, l, mn, ops, feat, deny, fl, __FILE__, __LINE__},

/* RDRAND is both a feature and a deny class; the deny column uses this. */
#define DENY_RDRAND HV_DENY_RDRAND

static const struct raw raws[] = {
#include "insns/gp.def"
#if __has_include("insns/x87.def")
#include "insns/x87.def"
#endif
#if __has_include("insns/sse.def")
#include "insns/sse.def"
#endif
#if __has_include("insns/vex.def")
#include "insns/vex.def"
#endif
};

#define NRAW (sizeof raws / sizeof raws[0])
#define MAXOPS 8192

struct out {
	struct hv_op op;
	const char *mn, *ops;
	int order;
};

static struct out outs[MAXOPS];
static int nout;

static void die(const struct raw *r, const char *msg)
{
	fprintf(stderr, "%s:%d: %s (\"%s\" \"%s\")\n", r->file, r->line, msg, r->mn, r->ops);
	exit(1);
}

/* Derives flags, immediate kind and constraints from the operand string. */
static void derive(const struct raw *r, struct hv_op *op, int *expand)
{
	char buf[128];
	int idx = 0, has_ib = 0, has_iw = 0;
	unsigned f = r->flags & ~(NW | W2);
	int mod = r->mod;

	*expand = 0;
	if (strlen(r->ops) >= sizeof buf)
		die(r, "operand string too long");
	strcpy(buf, r->ops);
	op->imm = HV_IMM_NONE;
	if (buf[0] && buf[1] && strchr("EGRZB", buf[0]) && strchr("bwdqvy", buf[1]))
		op->dsize = (uint8_t)buf[1];
	for (char *t = strtok(buf, ","); t; t = strtok(NULL, ","), idx++) {
		int wr = !(r->flags & NW) && (idx == 0 || (idx == 1 && (r->flags & W2)));
		char k = t[0], sz = t[1];
		if (!strcmp(t, "AL") || !strcmp(t, "CL") || !strcmp(t, "DX") || !strcmp(t, "rAX") ||
		    !strcmp(t, "ST0") || !strcmp(t, "I1"))
			continue;
		if (!strcmp(t, "STi")) {
			f |= HV_F_MODRM;
			if (mod == MEM)
				die(r, "STi with a memory-only form");
			mod = REG;
			continue;
		}
		switch (k) {
		case 'E':
		case 'R':
			f |= HV_F_MODRM | HV_F_RM_GPR | (wr ? HV_F_RM_WR : 0);
			if (k == 'R')
				mod = REG;
			if (wr && sz == 'b')
				f |= HV_F_BYTEREG;
			break;
		case 'G':
			f |= HV_F_MODRM | HV_F_REG_GPR | (wr ? HV_F_REG_WR : 0);
			if (wr && sz == 'b')
				f |= HV_F_BYTEREG;
			break;
		case 'B':
			if (r->enc != V)
				die(r, "B operand outside VEX");
			f |= HV_F_VVVV | HV_F_VVVV_GPR | (wr ? HV_F_VVVV_WR : 0);
			break;
		case 'Z':
			f |= HV_F_OPREG_GPR | (wr ? HV_F_OPREG_WR : 0);
			if (wr && sz == 'b')
				f |= HV_F_BYTEREG;
			if ((r->opcode & 7) != 0)
				die(r, "Z operand needs the base opcode (low 3 bits 0)");
			*expand = 1;
			break;
		case 'M':
			f |= HV_F_MODRM;
			if (mod == REG)
				die(r, "memory operand in a register-only form");
			mod = MEM;
			break;
		case 'V':
		case 'W':
			f |= HV_F_MODRM;
			break;
		case 'U':
			f |= HV_F_MODRM;
			mod = REG;
			break;
		case 'H':
			if (r->enc != V)
				die(r, "H operand outside VEX");
			f |= HV_F_VVVV;
			break;
		case 'L':
			f |= HV_F_IS4;
			has_ib = 1;
			break;
		case 'I':
			if (sz == 'b')
				has_ib = 1;
			else if (sz == 'w')
				has_iw = 1;
			else if (sz == 'z')
				op->imm = HV_IMM_Z;
			else if (sz == 'v')
				op->imm = HV_IMM_V;
			else
				die(r, "unknown immediate code");
			break;
		case 'J':
			f |= HV_F_BRANCH;
			op->imm = sz == 'b' ? HV_IMM_REL8 : HV_IMM_REL32;
			if (sz != 'b' && sz != 'z')
				die(r, "unknown branch code");
			break;
		case 'O':
			op->imm = HV_IMM_MOFFS;
			break;
		default:
			die(r, "unknown operand code");
		}
	}
	if (has_ib && has_iw)
		op->imm = HV_IMM_WB;
	else if (has_ib)
		op->imm = op->imm == HV_IMM_NONE ? HV_IMM_B : 255;
	else if (has_iw)
		op->imm = op->imm == HV_IMM_NONE ? HV_IMM_W : 255;
	if (op->imm == 255)
		die(r, "two immediates");
	if (r->reg != X || (r->rm != X && mod == REG) || mod != ANY)
		f |= HV_F_MODRM;
	if (r->rm != X && !(f & HV_F_MODRM) && (f & HV_F_OPREG_GPR))
		die(r, "rm constraint on an opcode-register entry");
	if ((f & HV_F_LOCK) && !(f & HV_F_MODRM))
		die(r, "LOCK without a ModRM operand");
	op->mod = (uint8_t)mod;
	/* The *_WR flags are only ever set on general-register operands. */
	if (f & (HV_F_REG_WR | HV_F_RM_WR | HV_F_VVVV_WR | HV_F_OPREG_WR))
		f |= HV_F_WRGPR;
	op->flags = f;
}

static int cmp_out(const void *a, const void *b)
{
	const struct out *x = a, *y = b;
	int kx = (x->op.enc << 10) | (x->op.map << 8) | x->op.opcode;
	int ky = (y->op.enc << 10) | (y->op.map << 8) | y->op.opcode;
	if (kx != ky)
		return kx - ky;
	return x->order - y->order;
}

static void emit_str(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			putchar('\\');
		putchar(*s);
	}
	putchar('"');
}

int main(void)
{
	static int first[2][4][256], count[2][4][256], modrm[2][4][256];

	for (size_t i = 0; i < NRAW; i++) {
		const struct raw *r = &raws[i];
		struct hv_op op = {0};
		int expand;
		if (r->enc < 0 || r->enc > 1 || r->map < 0 || r->map > 3 || (r->enc == V && r->map == 0))
			die(r, "bad encoding or map");
		if (r->reg < -1 || r->reg > 7 || r->rm < -1 || r->rm > 15 || r->opcode < 0 || r->opcode > 255)
			die(r, "field out of range");
		op.enc = (uint8_t)r->enc;
		op.map = (uint8_t)r->map;
		op.pfx = (uint8_t)r->pfx;
		op.reg = (int8_t)r->reg;
		op.rm = (int8_t)r->rm;
		op.w = (uint8_t)r->w;
		op.l = (uint8_t)r->l;
		op.feature = (uint8_t)r->feature;
		op.deny = (uint8_t)r->deny;
		derive(r, &op, &expand);
		if (op.deny >= HV_X_SYSCALL)
			op.flags |= HV_F_FORBIDDEN;
		for (int k = 0; k < (expand ? 8 : 1); k++) {
			if (nout >= MAXOPS)
				die(r, "too many entries");
			outs[nout].op = op;
			outs[nout].op.opcode = (uint8_t)(r->opcode + k);
			outs[nout].mn = r->mn;
			outs[nout].ops = r->ops;
			outs[nout].order = nout;
			nout++;
		}
	}
	qsort(outs, (size_t)nout, sizeof outs[0], cmp_out);
	for (int i = 0; i < nout; i++) {
		const struct hv_op *o = &outs[i].op;
		int m = !!(o->flags & HV_F_MODRM);
		if (count[o->enc][o->map][o->opcode]++ == 0) {
			first[o->enc][o->map][o->opcode] = i;
			modrm[o->enc][o->map][o->opcode] = m;
		} else if (modrm[o->enc][o->map][o->opcode] != m) {
			fprintf(stderr, "entries for %s map %d opcode 0x%02x disagree about ModRM (%s)\n",
				o->enc ? "VEX" : "legacy", o->map, o->opcode, outs[i].mn);
			return 1;
		}
	}

	printf("/* Generated by src/validator/gen_tables.c from src/validator/insns/ *.def. */\n");
	printf("#include \"validator/decode.h\"\n\n");
	printf("const unsigned hv_nops = %d;\n\n", nout);
	printf("const struct hv_op hv_ops[] = {\n");
	for (int i = 0; i < nout; i++) {
		const struct hv_op *o = &outs[i].op;
		printf("\t{%u, %u, 0x%02x, %u, %d, %d, %u, %u, %u, %u, %u, %u, %u, 0x%08xu},\n", o->enc, o->map,
		       o->opcode, o->pfx, o->reg, o->rm, o->mod, o->w, o->l, o->imm, o->feature, o->deny,
		       o->dsize, o->flags);
	}
	printf("};\n\nconst struct hv_opname hv_opnames[] = {\n");
	for (int i = 0; i < nout; i++) {
		printf("\t{");
		emit_str(outs[i].mn);
		printf(", ");
		emit_str(outs[i].ops);
		printf("},\n");
	}
	printf("};\n\n/* first entry and count per encoding, map and opcode */\n");
	printf("const unsigned short hv_index[2][4][256][2] = {\n");
	for (int e = 0; e < 2; e++) {
		printf("\t{\n");
		for (int m = 0; m < 4; m++) {
			printf("\t\t{");
			for (int c = 0; c < 256; c++)
				printf("%s{%d, %d}", c ? ", " : "", count[e][m][c] ? first[e][m][c] : 0,
				       count[e][m][c]);
			printf("},\n");
		}
		printf("\t},\n");
	}
	printf("};\n");
	return 0;
}
