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
#include "validator/fast.h"
#include "validator/match.h"

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
#define MXCSR HV_DENY_MXCSR
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
#define X_X87ENV HV_X_X87ENV
#define X_STD HV_X_STD
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

/* The fast path's selector tables (fast.h). For each legacy map, opcode,
 * prefix state and REX.W, and each selector value, evaluates the decoder's
 * own matcher over every ModRM input that selector value stands for, and
 * records the entry chosen: only if all of them choose the same entry
 * (otherwise the fast path leaves the instruction to the full decoder). */
static int first_match(int first, int count, const struct hv_insn *in)
{
	for (int k = 0; k < count; k++)
		if (hv_op_matches(&outs[first + k].op, in))
			return first + k;
	return -1;
}

/* The entry for selector value s, or -1 if none or if it depends on more
 * than s. */
static int select_entry(int map, int opcode, int ps, int w, int s, int first, int count, int has_modrm)
{
	struct hv_insn in = {0};
	int chosen = -2;

	in.enc = HV_ENC_LEGACY;
	in.map = (uint8_t)map;
	in.opcode = (uint8_t)opcode;
	in.p66 = ps == HV_FAST_PS_66;
	in.rep = ps == HV_FAST_PS_F3 ? 0xf3 : ps == HV_FAST_PS_F2 ? 0xf2 : 0;
	in.w = (uint8_t)w;
	if (!has_modrm) {
		in.rm = (uint8_t)s;
		return first_match(first, count, &in);
	}
	if (s >= 8 && s < HV_FAST_SEL_REG)
		return -1; /* not a ModRM selector */
	/* Memory forms: ModRM.reg = s, any mod but 3 and rm. Register forms:
	 * reg and rm from s, any REX.R and REX.B. */
	const int regform = s >= HV_FAST_SEL_REG, reg3 = regform ? (s - HV_FAST_SEL_REG) >> 3 : s;
	for (int rexr = 0; rexr < 2; rexr++) {
		for (int mod = 0; mod < 4; mod++) {
			if ((mod == 3) != regform)
				continue;
			for (int rm = 0; rm < 16; rm++) {
				if (regform && (rm & 7) != ((s - HV_FAST_SEL_REG) & 7))
					continue;
				in.reg = (uint8_t)(reg3 | rexr << 3);
				in.mod = (uint8_t)mod;
				in.is_mem = mod != 3;
				in.rm = (uint8_t)rm;
				int k = first_match(first, count, &in);
				if (chosen == -2)
					chosen = k;
				else if (chosen != k)
					return -1;
			}
		}
	}
	return chosen;
}

/* The fast path's description of entry k for this map, opcode, prefix
 * state, W and selector; 0 if the fast path leaves it to the full path. */
static int describe(int k, int map, int opcode, int ps, int w, int s, int hm, struct hv_fast_desc *d)
{
	if (k < 0)
		return 0;
	const struct hv_op *e = &outs[k].op;
	uint32_t f = e->flags;
	if ((f & (HV_F_FORBIDDEN | HV_F_STRING | HV_F_VVVV_GPR | HV_F_VVVV | HV_F_IS4 | HV_F_VSIB)) ||
	    e->deny >= HV_DENY_CONFIGURABLE_END || e->enc != HV_ENC_LEGACY)
		return 0;
	/* imm_bytes (decode.c): 66 selects 16-bit operands unless REX.W. */
	int osz16 = e->pfx != HV_PFX_66 && ps == HV_FAST_PS_66 && !w;
	switch (e->imm) {
	case HV_IMM_NONE: d->imm = 0; break;
	case HV_IMM_B:
	case HV_IMM_REL8: d->imm = 1; break;
	case HV_IMM_W: d->imm = 2; break;
	case HV_IMM_Z: d->imm = osz16 ? 2 : 4; break;
	case HV_IMM_V: d->imm = w ? 8 : osz16 ? 2 : 4; break;
	case HV_IMM_REL32: d->imm = 4; break;
	default: return 0;
	}
	d->feature = e->feature;
	d->deny = e->deny;
	unsigned fl = 0;
	fl |= f & HV_F_BRANCH ? HV_FD_BRANCH : 0;
	fl |= f & HV_F_CALL ? HV_FD_CALL : 0;
	fl |= f & HV_F_INDIRECT ? HV_FD_INDIRECT : 0;
	fl |= f & HV_F_NOMEM ? HV_FD_NOMEM : 0;
	fl |= f & HV_F_BYTEREG ? HV_FD_BYTEREG : 0;
	fl |= f & HV_F_LOCK ? HV_FD_LOCK : 0;
	fl |= (f & HV_F_REG_GPR) && (f & HV_F_REG_WR) ? HV_FD_WREG : 0;
	fl |= (f & HV_F_RM_GPR) && (f & HV_F_RM_WR) ? HV_FD_WRM : 0;
	fl |= (f & HV_F_OPREG_GPR) && (f & HV_F_OPREG_WR) ? HV_FD_WOPREG : 0;
	/* is_esp_write32 (rules_halite.c), for one that writes %rsp: no 66,
	 * no REX.W, a 32-bit destination, mov/lea/add/sub forms. */
	int grp = !hm ? -1 : s >= HV_FAST_SEL_REG ? ((s - HV_FAST_SEL_REG) >> 3) & 7 : s & 7;
	if (map == 0 && !w && ps != HV_FAST_PS_66 && hv_op_dest_size(e, w, osz16) == 32 &&
	    (opcode == 0x89 || opcode == 0x8b || opcode == 0x8d || opcode == 0x01 || opcode == 0x03 ||
	     opcode == 0x29 || opcode == 0x2b ||
	     ((opcode == 0x81 || opcode == 0x83) && (grp == 0 || grp == 5))))
		fl |= HV_FD_ESP32;
	if (map == 0 && (opcode == 0x81 || opcode == 0x83) && w && grp == 4)
		fl |= HV_FD_AND64;
	if (map == 0 && opcode == 0x83 && !w && grp == 4)
		fl |= HV_FD_MASK32;
	if (map == 0 && opcode == 0x01 && w)
		fl |= HV_FD_ADD01;
	if (map == 0 && opcode == 0x03 && w)
		fl |= HV_FD_ADD03;
	d->flags = (uint16_t)fl;
	return 1;
}

static struct hv_fast_desc descs[HV_FAST_INDEX + 1];
static int ndesc;

static int intern_desc(const struct hv_fast_desc *d)
{
	for (int i = 0; i < ndesc; i++)
		if (descs[i].flags == d->flags && descs[i].imm == d->imm &&
		    descs[i].feature == d->feature && descs[i].deny == d->deny)
			return i;
	if (ndesc > (int)HV_FAST_INDEX) {
		fprintf(stderr, "too many fast-path descriptions\n");
		exit(1);
	}
	descs[ndesc] = *d;
	return ndesc++;
}

static unsigned short subs[HV_FAST_MAXSUB][HV_FAST_NSEL];
static int nsub = 1; /* subtable 0: every selector falls back */

static int intern_sub(const unsigned short sub[HV_FAST_NSEL])
{
	for (int i = 1; i < nsub; i++)
		if (!memcmp(subs[i], sub, sizeof subs[i]))
			return i;
	if (nsub >= HV_FAST_MAXSUB) {
		fprintf(stderr, "too many fast-path subtables\n");
		exit(1);
	}
	memcpy(subs[nsub], sub, sizeof subs[nsub]);
	return nsub++;
}

static void emit_fast_tables(int first[2][4][256], int count[2][4][256], int modrm[2][4][256])
{
	static unsigned short sel[4][256][4][2];

	for (int m = 0; m < 4; m++) {
		for (int o = 0; o < 256; o++) {
			int n = count[HV_ENC_LEGACY][m][o], f = first[HV_ENC_LEGACY][m][o];
			int hm = modrm[HV_ENC_LEGACY][m][o];
			for (int ps = 0; ps < 4 && n; ps++) {
				for (int w = 0; w < 2; w++) {
					unsigned short sub[HV_FAST_NSEL];
					int all = -2, any = 0;
					for (int s = 0; s < HV_FAST_NSEL; s++) {
						struct hv_fast_desc d = {0};
						int k = select_entry(m, o, ps, w, s, f, n, hm);
						int id = describe(k, m, o, ps, w, s, hm, &d) ? intern_desc(&d) : -1;
						sub[s] = (unsigned short)(id + 1);
						any |= id >= 0;
						/* Selectors that cannot occur: without
						 * ModRM all but the opcode register
						 * (+REX.B); with it, 8..15. */
						if (!hm ? s >= 16 || (s & 7) != (o & 7)
							: s >= 8 && s < HV_FAST_SEL_REG)
							continue;
						all = all == -2 || all == id ? id : -1;
					}
					if (!any)
						continue;
					unsigned short v = hm ? HV_FAST_MODRM : 0;
					if (all >= 0)
						v |= HV_FAST_DIRECT | (unsigned short)all;
					else
						v |= (unsigned short)intern_sub(sub);
					sel[m][o][ps][w] = v;
				}
			}
		}
	}
	printf("\n/* fast path (fast.h): selector per legacy map, opcode, prefix state, W */\n");
	printf("const unsigned short hv_fast_sel[4][256][4][2] = {\n");
	for (int m = 0; m < 4; m++) {
		printf("\t{\n");
		for (int o = 0; o < 256; o++)
			printf("\t\t{{%u, %u}, {%u, %u}, {%u, %u}, {%u, %u}},\n", sel[m][o][0][0],
			       sel[m][o][0][1], sel[m][o][1][0], sel[m][o][1][1], sel[m][o][2][0],
			       sel[m][o][2][1], sel[m][o][3][0], sel[m][o][3][1]);
		printf("\t},\n");
	}
	printf("};\n\n/* description + 1 per selector value, 0: fall back */\n");
	printf("const unsigned short hv_fast_sub[%d][%d] = {\n", nsub, HV_FAST_NSEL);
	for (int i = 0; i < nsub; i++) {
		printf("\t{");
		for (int s = 0; s < HV_FAST_NSEL; s++)
			printf("%s%u", s ? ", " : "", subs[i][s]);
		printf("},\n");
	}
	printf("};\n\nconst struct hv_fast_desc hv_fast_desc[%d] = {\n", ndesc ? ndesc : 1);
	for (int i = 0; i < ndesc; i++)
		printf("\t{0x%04x, %u, %u, %u},\n", descs[i].flags, descs[i].imm, descs[i].feature,
		       descs[i].deny);
	printf("};\n");
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
	printf("#include \"validator/decode.h\"\n#include \"validator/fast.h\"\n\n");
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
	emit_fast_tables(first, count, modrm);
	return 0;
}
