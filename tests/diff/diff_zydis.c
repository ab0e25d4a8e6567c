/* Differential test: the halite decoder (hv_decode) against Zydis 4.
 *
 * Usage: diff_zydis [-q] [-r SCALE] [ELF...]
 *   With no ELF argument a built-in list of large system binaries is used
 *   (missing ones are skipped). -r scales the random streams (default 1;
 *   0 skips them). -q prints less detail per failure class.
 *
 * (a) Real code. The .text of each ELF64 file is walked linearly with Zydis
 *     (64-bit mode); at each instruction Zydis decodes, hv_decode is run on
 *     the same bytes. Where hv_decode says HV_D_OK:
 *       - length: the lengths must agree (also with Zydis in AMD-branch mode,
 *         since halite runs on AMD CPUs and 66-prefixed branches differ);
 *       - fields: ModRM, memory operand (base, index, scale, displacement,
 *         fs/gs segment), immediate size and value, general registers
 *         written through operand fields (hv_gpr_writes), implicit %rsp
 *         changes (HV_F_STACK), control-flow flags (HV_F_BRANCH, HV_F_CALL,
 *         HV_F_INDIRECT) and string instructions must match Zydis.
 *     Coverage is counted: the share of instructions hv_decode knows and the
 *     30 most frequent Zydis mnemonics it does not know.
 * (b) Random bytes from a fixed-seed PRNG in several flavours (uniform,
 *     prefix-heavy, 0F maps, VEX). At every offset where hv_decode says OK:
 *     Zydis must decode with the same length; hv_decode given only the
 *     first L-1, L-2, ... 0 bytes must say HV_D_TRUNCATED (and never read
 *     past the buffer: the bytes sit at the end of a heap block, so ASan
 *     catches over-reads); the fields must match as in (a).
 *
 * Output follows tests/run.sh: one line "ok NAME" or "not ok NAME: ..." per
 * case; everything else starts with "#". Each disagreement is grouped into
 * a class (check, Zydis mnemonic, hv mnemonic) printed with its count and
 * up to three examples (offset, bytes, Zydis AT&T text, what differs). */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <Zydis/Zydis.h>

#include "../tools/zydis_gpr.h"

#include "validator/decode.h"
#include "validator/rules.h" /* hv_gpr_writes */

/* ------------------------------------------------------------------ */
/* Utilities                                                            */

static int quiet;

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p) {
		fprintf(stderr, "diff_zydis: out of memory\n");
		exit(1);
	}
	return p;
}

#include "../tools/splitmix64.h"

static const char *basename_of(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

static void hexbytes(char *out, size_t cap, const uint8_t *p, size_t n)
{
	size_t o = 0;
	out[0] = 0;
	for (size_t i = 0; i < n && o + 4 < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, "%s%02x", i ? " " : "", p[i]);
}

static const char *hv_status_name(enum hv_dstatus s)
{
	switch (s) {
	case HV_D_OK:
		return "ok";
	case HV_D_TRUNCATED:
		return "truncated";
	case HV_D_UNKNOWN:
		return "unknown";
	case HV_D_PREFIX:
		return "prefix";
	case HV_D_TOOLONG:
		return "toolong";
	}
	return "bad-status";
}

static int is_forbidden(const struct hv_insn *in)
{
	return in->op < hv_nops && (hv_ops[in->op].flags & HV_F_FORBIDDEN);
}

static const char *hv_mnem(const struct hv_insn *in)
{
	if (in->op >= hv_nops)
		return "(op out of range)";
	const char *m = hv_opnames[in->op].mnemonic;
	return m && *m ? m : "(noname)";
}

/* ------------------------------------------------------------------ */
/* Zydis                                                                */

static ZydisDecoder zdec, zdec_amd;
static ZydisFormatter zfmt;

static void zydis_init(void)
{
	if (ZYAN_FAILED(ZydisDecoderInit(&zdec, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64)) ||
	    ZYAN_FAILED(ZydisDecoderInit(&zdec_amd, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64)) ||
	    ZYAN_FAILED(ZydisDecoderEnableMode(&zdec_amd, ZYDIS_DECODER_MODE_AMD_BRANCHES, ZYAN_TRUE)) ||
	    ZYAN_FAILED(ZydisFormatterInit(&zfmt, ZYDIS_FORMATTER_STYLE_ATT))) {
		fprintf(stderr, "diff_zydis: Zydis initialisation failed\n");
		exit(1);
	}
}

/* AT&T text of the instruction at p, or "(zydis: invalid)". */
static void zydis_text(const uint8_t *p, size_t n, uint64_t addr, char *out, size_t cap)
{
	ZydisDecodedInstruction zi;
	ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
	if (ZYAN_FAILED(ZydisDecoderDecodeFull(&zdec, p, n, &zi, ops)) ||
	    ZYAN_FAILED(ZydisFormatterFormatInstruction(&zfmt, &zi, ops, zi.operand_count_visible,
							out, cap, addr, NULL)))
		snprintf(out, cap, "(zydis: invalid)");
}


static int is_high8(ZydisRegister r)
{
	return r == ZYDIS_REGISTER_AH || r == ZYDIS_REGISTER_CH || r == ZYDIS_REGISTER_DH ||
	       r == ZYDIS_REGISTER_BH;
}

/* ------------------------------------------------------------------ */
/* Disagreement classes                                                 */

#define MAX_CLASSES 1024
#define MAX_EX 3

struct example {
	uint64_t off;
	uint8_t bytes[16];
	uint8_t n;
	char text[96];
	char detail[160];
};

struct fclass {
	char key[128];
	unsigned long count;
	unsigned nex;
	struct example ex[MAX_EX];
};

struct report {
	char name[200];
	const char *where; /* file name for examples, or stream name */
	struct fclass *cls;
	unsigned ncls;
	unsigned long total;
	unsigned long dropped; /* disagreements not classified (table full) */
};

static void report_init(struct report *r, const char *name, const char *where)
{
	memset(r, 0, sizeof *r);
	snprintf(r->name, sizeof r->name, "%s", name);
	r->where = where;
	r->cls = calloc(MAX_CLASSES, sizeof *r->cls);
	if (!r->cls) {
		fprintf(stderr, "diff_zydis: out of memory\n");
		exit(1);
	}
}

static uint32_t hash_str(const char *s)
{
	uint32_t h = 2166136261u;
	while (*s)
		h = (h ^ (uint8_t)*s++) * 16777619u;
	return h;
}

/* Records one disagreement. key names the class; detail (printf format)
 * says what differs. p/n are the instruction bytes at offset off. */
static void report_add(struct report *r, const char *key, uint64_t off, const uint8_t *p, size_t n,
		       const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static void report_add(struct report *r, const char *key, uint64_t off, const uint8_t *p, size_t n,
		       const char *fmt, ...)
{
	r->total++;
	uint32_t h = hash_str(key) % MAX_CLASSES;
	struct fclass *c = NULL;
	for (unsigned i = 0; i < MAX_CLASSES; i++) {
		struct fclass *e = &r->cls[(h + i) % MAX_CLASSES];
		if (e->count == 0) {
			snprintf(e->key, sizeof e->key, "%s", key);
			r->ncls++;
			c = e;
			break;
		}
		if (strcmp(e->key, key) == 0) {
			c = e;
			break;
		}
	}
	if (!c) {
		r->dropped++;
		return;
	}
	c->count++;
	if (c->nex >= MAX_EX)
		return;
	struct example *x = &c->ex[c->nex++];
	x->off = off;
	x->n = (uint8_t)(n > 15 ? 15 : n);
	memcpy(x->bytes, p, x->n);
	zydis_text(p, n, off, x->text, sizeof x->text);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(x->detail, sizeof x->detail, fmt, ap);
	va_end(ap);
}

static int cmp_class(const void *a, const void *b)
{
	const struct fclass *x = *(const struct fclass *const *)a, *y = *(const struct fclass *const *)b;
	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	return strcmp(x->key, y->key);
}

/* Prints the case line and the classes; returns 1 if the case failed. */
static int report_finish(struct report *r, const char *okinfo)
{
	if (r->total == 0) {
		printf("ok %s%s%s\n", r->name, okinfo && *okinfo ? " # " : "", okinfo ? okinfo : "");
		free(r->cls);
		return 0;
	}
	struct fclass **v = xmalloc(r->ncls * sizeof *v);
	unsigned n = 0;
	for (unsigned i = 0; i < MAX_CLASSES; i++)
		if (r->cls[i].count)
			v[n++] = &r->cls[i];
	qsort(v, n, sizeof *v, cmp_class);
	printf("not ok %s: %lu disagreements in %u classes; biggest: %s (%lu)\n", r->name, r->total,
	       r->ncls + (r->dropped ? 1 : 0), n ? v[0]->key : "?", n ? v[0]->count : 0ul);
	unsigned shown = quiet ? 10 : 60;
	for (unsigned i = 0; i < n && i < shown; i++) {
		printf("#   [%lu x] %s\n", v[i]->count, v[i]->key);
		for (unsigned j = 0; j < v[i]->nex; j++) {
			struct example *x = &v[i]->ex[j];
			char hb[64];
			hexbytes(hb, sizeof hb, x->bytes, x->n);
			printf("#       %s+0x%" PRIx64 ": %-32s | zydis: %s | %s\n", r->where, x->off, hb,
			       x->text, x->detail);
			if (quiet)
				break;
		}
	}
	if (n > shown)
		printf("#   ... %u more classes\n", n - shown);
	if (r->dropped)
		printf("#   ... %lu disagreements not classified (class table full)\n", r->dropped);
	free(v);
	free(r->cls);
	return 1;
}

/* ------------------------------------------------------------------ */
/* Field comparison                                                     */

static int zreg_to_hv_base(ZydisRegister r)
{
	if (r == ZYDIS_REGISTER_NONE)
		return HV_REG_NONE;
	if (r == ZYDIS_REGISTER_RIP || r == ZYDIS_REGISTER_EIP)
		return HV_REG_RIP;
	int g = gpr_num(r);
	if (g >= 0)
		return g;
	int id = ZydisRegisterGetId(r); /* vector index (VSIB) */
	return id >= 0 ? id : -2;
}

/* Compares the decoded fields. zi/ops: Zydis (full decode); hi: hv_decode.
 * Adds disagreements to rep (check name prefixed to the class key). */
static void compare_fields(struct report *rep, uint64_t off, const uint8_t *p, size_t n,
			   const ZydisDecodedInstruction *zi, const ZydisDecodedOperand *ops,
			   const struct hv_insn *hi)
{
	const struct hv_op *op = hv_insn_op(hi);
	const char *zm = ZydisMnemonicGetString(zi->mnemonic);
	const char *hm = hv_mnem(hi);
	char key[128];
#define DISAGREE(check, ...)                                                           \
	do {                                                                           \
		snprintf(key, sizeof key, "%-14s zydis:%s hv:%s", check, zm, hm);      \
		report_add(rep, key, off, p, n, __VA_ARGS__);                          \
	} while (0)

	/* Forbidden entries are rejected whatever their fields say. */
	if (op->flags & HV_F_FORBIDDEN)
		return;

	/* ModRM */
	int zmodrm = (zi->attributes & ZYDIS_ATTRIB_HAS_MODRM) != 0;
	if (zmodrm != (hi->has_modrm != 0)) {
		DISAGREE("modrm", "has_modrm zydis=%d hv=%d", zmodrm, hi->has_modrm);
		return;
	}
	if (zmodrm) {
		if (hi->mod != zi->raw.modrm.mod || (hi->reg & 7) != zi->raw.modrm.reg ||
		    (hi->mod == 3 && (hi->rm & 7) != zi->raw.modrm.rm))
			DISAGREE("modrm", "mod/reg/rm zydis=%u/%u/%u hv=%u/%u/%u", zi->raw.modrm.mod,
				 zi->raw.modrm.reg, zi->raw.modrm.rm, hi->mod, hi->reg, hi->rm);
		if ((hi->is_mem != 0) != (zi->raw.modrm.mod != 3))
			DISAGREE("modrm", "is_mem=%d with mod=%u", hi->is_mem, zi->raw.modrm.mod);
	}

	/* The explicit memory operand (ModRM form). */
	const ZydisDecodedOperand *mem = NULL;
	for (unsigned i = 0; i < zi->operand_count; i++)
		if (ops[i].type == ZYDIS_OPERAND_TYPE_MEMORY &&
		    ops[i].encoding == ZYDIS_OPERAND_ENCODING_MODRM_RM)
			mem = &ops[i];
	if (zmodrm && hi->is_mem && mem) {
		int zb = zreg_to_hv_base(mem->mem.base), zx = zreg_to_hv_base(mem->mem.index);
		/* Zydis 4.0 bug (zyantific/zydis#592, fixed after 4.0): with a 67
		 * prefix and REX.B, SIB base 101 with mod 00 is decoded as
		 * %r13d instead of "no base, disp32". The raw fields are right;
		 * apply the SDM rule to them. */
		if ((zi->attributes & ZYDIS_ATTRIB_HAS_SIB) && zi->raw.modrm.mod == 0 &&
		    (zi->raw.sib.base & 7) == 5)
			zb = HV_REG_NONE;
		if (zb != hi->base || zx != hi->index)
			DISAGREE("mem-regs", "base/index zydis=%d/%d hv=%u/%u", zb, zx, hi->base,
				 hi->index);
		else if (zx != HV_REG_NONE && mem->mem.scale != (1u << hi->scale))
			DISAGREE("mem-scale", "scale zydis=%u hv=%u", mem->mem.scale, 1u << hi->scale);
		int64_t zd = zi->raw.disp.size ? zi->raw.disp.value : 0;
		if (zd != (int64_t)hi->disp || zi->raw.disp.size / 8 != hi->disp_size)
			DISAGREE("mem-disp", "disp zydis=%" PRId64 "(%u bytes) hv=%" PRId32 "(%u bytes)",
				 zd, zi->raw.disp.size / 8, hi->disp, hi->disp_size);
		/* In 64-bit mode only fs and gs change the address. */
		int zseg = mem->mem.segment == ZYDIS_REGISTER_FS   ? 0x64
			   : mem->mem.segment == ZYDIS_REGISTER_GS ? 0x65
								   : 0;
		int hseg = hi->seg == 0x64 || hi->seg == 0x65 ? hi->seg : 0;
		if (zseg != hseg && mem->mem.type != ZYDIS_MEMOP_TYPE_AGEN)
			DISAGREE("mem-segment", "segment zydis=%s hv prefix=%02x",
				 ZydisRegisterGetString(mem->mem.segment), hi->seg);
	} else if (zmodrm && hi->is_mem && !mem && zi->raw.modrm.mod != 3) {
		/* Zydis has no ModRM memory operand but mod != 3: fine only for
		 * instructions whose ModRM memory operand Zydis models otherwise. */
		int any = 0;
		for (unsigned i = 0; i < zi->operand_count; i++)
			any |= ops[i].type == ZYDIS_OPERAND_TYPE_MEMORY;
		if (!any)
			DISAGREE("mem-regs", "hv has a memory operand, zydis none");
	}

	/* lock */
	int zlock = (zi->attributes & ZYDIS_ATTRIB_HAS_LOCK) != 0;
	if (zlock != (hi->lock != 0))
		DISAGREE("lock", "lock zydis=%d hv=%d", zlock, hi->lock);

	/* Immediates. hv counts the 8-byte address of moffs forms (a0-a3) as an
	 * immediate; Zydis as a displacement. */
	unsigned zimm = (zi->raw.imm[0].size + zi->raw.imm[1].size) / 8;
	if (!zmodrm)
		zimm += zi->raw.disp.size / 8;
	if (zimm != hi->imm_size)
		DISAGREE("imm", "immediate bytes zydis=%u hv=%u", zimm, hi->imm_size);
	else if (zimm && zi->raw.imm[1].size == 0 && zimm <= 8) {
		uint64_t mask = zimm == 8 ? ~0ull : (1ull << (8 * zimm)) - 1;
		uint64_t zv = zi->raw.imm[0].size ? zi->raw.imm[0].value.u : (uint64_t)zi->raw.disp.value;
		if ((zv & mask) != ((uint64_t)hi->imm & mask))
			DISAGREE("imm", "immediate zydis=%#" PRIx64 " hv=%#" PRIx64,
				 zv & mask, (uint64_t)hi->imm & mask);
	}

	/* Control flow. */
	int zrel = zi->raw.imm[0].is_relative;
	int zcall = zi->meta.category == ZYDIS_CATEGORY_CALL;
	int zbranch = zi->meta.branch_type != ZYDIS_BRANCH_TYPE_NONE;
	int zind = zbranch && !zrel;
	if (zrel != ((op->flags & HV_F_BRANCH) != 0))
		DISAGREE("flow-branch", "relative branch zydis=%d hv HV_F_BRANCH=%d", zrel,
			 (op->flags & HV_F_BRANCH) != 0);
	if (zcall != ((op->flags & HV_F_CALL) != 0))
		DISAGREE("flow-call", "call zydis=%d hv HV_F_CALL=%d", zcall, (op->flags & HV_F_CALL) != 0);
	/* Indirect branches through ModRM. */
	if (zind != ((op->flags & HV_F_INDIRECT) != 0))
		DISAGREE("flow-indirect", "indirect branch zydis=%d hv HV_F_INDIRECT=%d", zind,
			 (op->flags & HV_F_INDIRECT) != 0);
	int zstr = zi->meta.category == ZYDIS_CATEGORY_STRINGOP;
	if (zstr != ((op->flags & HV_F_STRING) != 0))
		DISAGREE("string", "string op zydis=%d hv HV_F_STRING=%d", zstr, (op->flags & HV_F_STRING) != 0);

	/* General registers written. */
	uint32_t zw = 0, zallow = 0, zrsp_implicit = 0;
	for (unsigned i = 0; i < zi->operand_count; i++) {
		const ZydisDecodedOperand *o = &ops[i];
		if (o->type != ZYDIS_OPERAND_TYPE_REGISTER || !(o->actions & ZYDIS_OPERAND_ACTION_MASK_WRITE))
			continue;
		int g = gpr_num(o->reg.value);
		if (g < 0)
			continue;
		switch (o->encoding) {
		case ZYDIS_OPERAND_ENCODING_MODRM_REG:
		case ZYDIS_OPERAND_ENCODING_MODRM_RM:
		case ZYDIS_OPERAND_ENCODING_OPCODE:
		case ZYDIS_OPERAND_ENCODING_NDSNDD:
			if (is_high8(o->reg.value))
				zallow |= 1u << g;
			else
				zw |= 1u << g;
			break;
		default:
			if (o->visibility != ZYDIS_OPERAND_VISIBILITY_EXPLICIT && g == HV_RSP)
				zrsp_implicit = 1;
			break;
		}
	}
	uint8_t out[3] = {HV_REG_NONE, HV_REG_NONE, HV_REG_NONE};
	unsigned nw = hv_gpr_writes(hi, out);
	uint32_t hw = 0;
	for (unsigned i = 0; i < nw && i < 3; i++)
		if (out[i] < 16)
			hw |= 1u << out[i];
	if (zw & ~hw)
		DISAGREE("gpr-write-miss", "zydis writes %#x through operand fields, hv_gpr_writes %#x "
					   "(hv misses a written register)",
			 zw, hw);
	else if (hw & ~(zw | zallow))
		DISAGREE("gpr-write-extra", "zydis writes %#x through operand fields, hv_gpr_writes %#x "
					    "(hv reports a register not written)",
			 zw, hw);
	/* Implicit %rsp change (push, pop, call; enter/leave are forbidden). */
	if (zrsp_implicit != ((op->flags & HV_F_STACK) != 0))
		DISAGREE("stack", "implicit rsp write zydis=%u hv HV_F_STACK=%d", zrsp_implicit,
			 (op->flags & HV_F_STACK) != 0);
#undef DISAGREE
}

/* ------------------------------------------------------------------ */
/* ELF                                                                  */

static uint64_t rd64(const uint8_t *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}
static uint32_t rd32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}
static uint16_t rd16(const uint8_t *p)
{
	uint16_t v;
	memcpy(&v, p, 2);
	return v;
}

static uint8_t *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0) {
		fclose(f);
		return NULL;
	}
	long sz = ftell(f);
	if (sz < 0 || fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return NULL;
	}
	uint8_t *b = xmalloc((size_t)sz);
	if (fread(b, 1, (size_t)sz, f) != (size_t)sz) {
		free(b);
		fclose(f);
		return NULL;
	}
	fclose(f);
	*len = (size_t)sz;
	return b;
}

/* Finds .text in an ELF64 little-endian x86-64 image. Every offset is
 * bounds-checked. Returns 0 and sets the offset, size and address of .text,
 * or -1 with the reason in why. */
static int elf_text(const uint8_t *f, size_t n, uint64_t *off, uint64_t *size, uint64_t *addr,
		    const char **why)
{
	if (n < 64 || memcmp(f, "\177ELF", 4) != 0)
		return *why = "not an ELF file", -1;
	if (f[4] != 2 || f[5] != 1)
		return *why = "not ELF64 little-endian", -1;
	if (rd16(f + 18) != 62)
		return *why = "not x86-64", -1;
	uint64_t shoff = rd64(f + 40);
	uint16_t shentsize = rd16(f + 58);
	uint64_t shnum = rd16(f + 60);
	uint64_t shstrndx = rd16(f + 62);
	if (shoff == 0)
		return *why = "no section headers", -1;
	if (shentsize < 64)
		return *why = "bad e_shentsize", -1;
	if (shoff > n || n - shoff < shentsize)
		return *why = "section headers outside the file", -1;
	const uint8_t *sh0 = f + shoff;
	if (shnum == 0)
		shnum = rd64(sh0 + 32); /* extended numbering: sh_size of section 0 */
	if (shstrndx == 0xffff)
		shstrndx = rd32(sh0 + 40); /* sh_link of section 0 */
	if (shnum > (n - shoff) / shentsize)
		return *why = "section headers outside the file", -1;
	if (shstrndx >= shnum)
		return *why = "bad e_shstrndx", -1;
	const uint8_t *ss = sh0 + shstrndx * shentsize;
	uint64_t stroff = rd64(ss + 24), strsize = rd64(ss + 32);
	if (stroff > n || strsize > n - stroff)
		return *why = "section names outside the file", -1;
	for (uint64_t i = 0; i < shnum; i++) {
		const uint8_t *sh = sh0 + i * shentsize;
		uint32_t name = rd32(sh), type = rd32(sh + 4);
		uint64_t so = rd64(sh + 24), sz = rd64(sh + 32);
		if (name >= strsize)
			continue;
		const char *nm = (const char *)f + stroff + name;
		size_t maxlen = strsize - name;
		if (strnlen(nm, maxlen) != 5 || memcmp(nm, ".text", 5) != 0)
			continue;
		if (type == 8 /* SHT_NOBITS */)
			return *why = ".text has no bytes", -1;
		if (so > n || sz > n - so)
			return *why = ".text outside the file", -1;
		*off = so;
		*size = sz;
		*addr = rd64(sh + 16);
		return 0;
	}
	return *why = "no .text section", -1;
}

/* ------------------------------------------------------------------ */
/* Coverage                                                             */

struct mstat {
	unsigned long unknown;         /* Zydis decodes, hv_decode does not */
	unsigned long by_status[5];    /* hv status counts */
	char example_file[64];
	uint64_t example_off;
	uint8_t example[15];
	uint8_t example_n;
};

static struct mstat mstats[ZYDIS_MNEMONIC_MAX_VALUE + 1];
static unsigned long isa_unknown[ZYDIS_ISA_SET_MAX_VALUE + 1];
static unsigned long cov_total, cov_known;

struct filecov {
	char name[64];
	unsigned long total, known, zbad;
};

static struct filecov fcov[64];
static unsigned nfcov;

static int cmp_mnem(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
	if (mstats[x].unknown != mstats[y].unknown)
		return mstats[x].unknown < mstats[y].unknown ? 1 : -1;
	return x < y ? -1 : x > y;
}

static int cmp_isa(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
	if (isa_unknown[x] != isa_unknown[y])
		return isa_unknown[x] < isa_unknown[y] ? 1 : -1;
	return x < y ? -1 : x > y;
}

static void print_coverage(void)
{
	if (cov_total == 0) {
		printf("# coverage: no real code was decoded\n");
		return;
	}
	printf("#\n# COVERAGE: hv_decode knows %lu of %lu instructions (%.2f%%) of the real binaries\n",
	       cov_known, cov_total, 100.0 * (double)cov_known / (double)cov_total);
	for (unsigned i = 0; i < nfcov; i++)
		printf("#   %-28s %9lu instructions  %6.2f%% known\n", fcov[i].name, fcov[i].total,
		       fcov[i].total ? 100.0 * (double)fcov[i].known / (double)fcov[i].total : 0.0);

	unsigned idx[ZYDIS_MNEMONIC_MAX_VALUE + 1], n = 0;
	for (unsigned m = 0; m <= ZYDIS_MNEMONIC_MAX_VALUE; m++)
		if (mstats[m].unknown)
			idx[n++] = m;
	qsort(idx, n, sizeof idx[0], cmp_mnem);
	printf("#\n# MISSING: the 30 most frequent instructions hv_decode does not know (of %u mnemonics)\n", n);
	printf("#   %2s  %-14s %9s %7s  %-22s  %-40s %s\n", "#", "mnemonic", "count", "share",
	       "hv status", "example bytes", "example (Zydis AT&T)");
	for (unsigned i = 0; i < n && i < 30; i++) {
		struct mstat *s = &mstats[idx[i]];
		char st[48] = "", hb[64], txt[96];
		/* statuses, most frequent first: e.g. "unknown" or "prefix 60% unknown" */
		unsigned best = 0;
		for (unsigned k = 1; k < 5; k++)
			if (s->by_status[k] > s->by_status[best])
				best = k;
		if (s->by_status[best] == s->unknown)
			snprintf(st, sizeof st, "%s", hv_status_name((enum hv_dstatus)best));
		else
			snprintf(st, sizeof st, "%s %lu%% +other", hv_status_name((enum hv_dstatus)best),
				 100 * s->by_status[best] / s->unknown);
		hexbytes(hb, sizeof hb, s->example, s->example_n);
		zydis_text(s->example, s->example_n, s->example_off, txt, sizeof txt);
		printf("#   %2u  %-14s %9lu %6.2f%%  %-22s  %-40s %s   (%s+0x%" PRIx64 ")\n", i + 1,
		       ZydisMnemonicGetString((ZydisMnemonic)idx[i]), s->unknown,
		       100.0 * (double)s->unknown / (double)cov_total, st, hb, txt, s->example_file,
		       s->example_off);
	}

	unsigned iv[ZYDIS_ISA_SET_MAX_VALUE + 1], ni = 0;
	for (unsigned k = 0; k <= ZYDIS_ISA_SET_MAX_VALUE; k++)
		if (isa_unknown[k])
			iv[ni++] = k;
	qsort(iv, ni, sizeof iv[0], cmp_isa);
	printf("#\n# MISSING by Zydis ISA set:");
	for (unsigned i = 0; i < ni && i < 16; i++)
		printf("%s %s %lu", i ? "," : "", ZydisISASetGetString((ZydisISASet)iv[i]), isa_unknown[iv[i]]);
	printf("\n#\n");
}

/* ------------------------------------------------------------------ */
/* (a) real binaries                                                    */

static int check_elf(const char *path, int *failed)
{
	size_t flen = 0;
	uint8_t *file = read_file(path, &flen);
	if (!file) {
		printf("# skip %s: %s\n", path, strerror(errno));
		return 0;
	}
	uint64_t toff = 0, tsize = 0, taddr = 0;
	const char *why = NULL;
	if (elf_text(file, flen, &toff, &tsize, &taddr, &why) != 0) {
		printf("not ok elf %s: %s\n", path, why);
		free(file);
		*failed = 1;
		return 1;
	}
	/* An exactly sized copy of .text: ASan sees reads past its end. */
	uint8_t *text = xmalloc(tsize);
	memcpy(text, file + toff, tsize);
	free(file);

	const char *base = basename_of(path);
	char name[256];
	struct report rlen, rforb, rfld;
	snprintf(name, sizeof name, "length %s", path);
	report_init(&rlen, name, base);
	snprintf(name, sizeof name, "length-forbidden %s", path);
	report_init(&rforb, name, base);
	snprintf(name, sizeof name, "fields %s", path);
	report_init(&rfld, name, base);

	struct filecov *fc = nfcov < 64 ? &fcov[nfcov++] : NULL;
	unsigned long total = 0, known = 0, zbad = 0;
	uint64_t off = 0;
	while (off < tsize) {
		const uint8_t *p = text + off;
		size_t n = tsize - off;
		ZydisDecoderContext ctx;
		ZydisDecodedInstruction zi;
		if (ZYAN_FAILED(ZydisDecoderDecodeInstruction(&zdec, &ctx, p, n, &zi))) {
			zbad++;
			off++;
			continue;
		}
		total++;
		struct hv_insn hi;
		memset(&hi, 0, sizeof hi);
		enum hv_dstatus s = hv_decode(p, n, &hi);
		if (s == HV_D_OK) {
			known++;
			char key[128];
			struct report *lr = is_forbidden(&hi) ? &rforb : &rlen;
			ZydisDecodedInstruction za;
			int amd_ok = ZYAN_SUCCESS(ZydisDecoderDecodeInstruction(&zdec_amd, NULL, p, n, &za));
			if (hi.len != zi.length) {
				snprintf(key, sizeof key, "zydis:%s hv:%s",
					 ZydisMnemonicGetString(zi.mnemonic), hv_mnem(&hi));
				report_add(lr, key, taddr + off, p, n, "length zydis=%u hv=%u", zi.length,
					   hi.len);
			} else if (!amd_ok || za.length != hi.len) {
				snprintf(key, sizeof key, "amd-branches zydis:%s hv:%s",
					 ZydisMnemonicGetString(zi.mnemonic), hv_mnem(&hi));
				report_add(lr, key, taddr + off, p, n,
					   "length zydis(AMD branches)=%u hv=%u (intel %u)",
					   amd_ok ? za.length : 0, hi.len, zi.length);
			} else {
				ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
				if (ZYAN_SUCCESS(ZydisDecoderDecodeOperands(&zdec, &ctx, &zi, ops,
									     zi.operand_count)))
					compare_fields(&rfld, taddr + off, p, n, &zi, ops, &hi);
			}
		} else {
			struct mstat *m = &mstats[zi.mnemonic];
			if (m->unknown++ == 0) {
				snprintf(m->example_file, sizeof m->example_file, "%s", base);
				m->example_off = taddr + off;
				m->example_n = zi.length;
				memcpy(m->example, p, zi.length);
			}
			if ((unsigned)s < 5)
				m->by_status[s]++;
			if (zi.meta.isa_set <= ZYDIS_ISA_SET_MAX_VALUE)
				isa_unknown[zi.meta.isa_set]++;
		}
		off += zi.length;
	}
	free(text);
	cov_total += total;
	cov_known += known;
	if (fc) {
		snprintf(fc->name, sizeof fc->name, "%s", base);
		fc->total = total;
		fc->known = known;
		fc->zbad = zbad;
	}
	char info[128];
	snprintf(info, sizeof info, "%lu instructions, %lu known to hv_decode, %lu bytes Zydis skipped",
		 total, known, zbad);
	*failed |= report_finish(&rlen, info);
	*failed |= report_finish(&rforb, NULL);
	*failed |= report_finish(&rfld, NULL);
	return 1;
}

/* ------------------------------------------------------------------ */
/* (b) random streams                                                   */

static const uint8_t legacy_prefixes[] = {0x66, 0x67, 0xf0, 0xf2, 0xf3, 0x2e, 0x3e,
					  0x26, 0x36, 0x64, 0x65};

/* Fills buf[0..n) with random bytes of the given flavour. */
static void gen_stream(uint8_t *buf, size_t n, int flavour)
{
	size_t i = 0;
	if (flavour == 0) {
		while (i < n) {
			uint64_t r = rng();
			for (int k = 0; k < 8 && i < n; k++, r >>= 8)
				buf[i++] = (uint8_t)r;
		}
		return;
	}
	while (i < n) {
		uint8_t t[24];
		size_t k = 0;
		/* prefixes */
		unsigned np = flavour == 1 ? rnd(5) : rnd(3) == 0 ? 1 : 0;
		for (unsigned j = 0; j < np; j++)
			t[k++] = legacy_prefixes[rnd(sizeof legacy_prefixes)];
		if (flavour == 1 && rnd(2))
			t[k++] = (uint8_t)(0x40 | rnd(16)); /* REX */
		switch (flavour) {
		case 1: /* prefix-heavy, any map */
			if (rnd(3) == 0) {
				t[k++] = 0x0f;
				unsigned m = rnd(4);
				if (m == 0)
					t[k++] = 0x38;
				else if (m == 1)
					t[k++] = 0x3a;
			}
			break;
		case 2: /* 0F maps */
			if (rnd(2))
				t[k++] = (uint8_t)(0x40 | rnd(16));
			t[k++] = 0x0f;
			switch (rnd(3)) {
			case 0:
				t[k++] = 0x38;
				break;
			case 1:
				t[k++] = 0x3a;
				break;
			default:
				break;
			}
			break;
		case 3: /* VEX: vvvv = 1111 (unused) half of the time, L = 0 mostly */
		{
			unsigned vvvv = rnd(2) ? 15 : rnd(16), l = rnd(4) == 0, pp = rnd(4);
			if (rnd(3) == 0) {
				t[k++] = 0xc5;
				t[k++] = (uint8_t)((rnd(2) << 7) | (vvvv << 3) | (l << 2) | pp);
			} else {
				t[k++] = 0xc4;
				unsigned mmmmm = rnd(8) == 0 ? rnd(32) : 1 + rnd(3);
				t[k++] = (uint8_t)((rnd(8) << 5) | mmmmm);
				t[k++] = (uint8_t)((rnd(2) << 7) | (vvvv << 3) | (l << 2) | pp);
			}
			break;
		}
		case 4: /* table-directed: the encoding of a random whitelist entry */
		{
			const struct hv_op *e = &hv_ops[rnd(hv_nops)];
			static const uint8_t mp[4] = {0, 0x66, 0xf3, 0xf2};
			unsigned w = e->w == 2 ? 1 : e->w == 1 ? 0 : rnd(2);
			unsigned l = e->l == 2 ? 1 : e->l == 1 ? 0 : rnd(2);
			if (e->enc == HV_ENC_VEX) {
				unsigned vvvv = rnd(2) ? 15 : rnd(16);
				if (e->map == 1 && w == 0 && rnd(2)) {
					t[k++] = 0xc5;
					t[k++] = (uint8_t)((rnd(2) << 7) | (vvvv << 3) | (l << 2) | e->pfx);
				} else {
					t[k++] = 0xc4;
					t[k++] = (uint8_t)((rnd(8) << 5) | e->map);
					t[k++] = (uint8_t)((w << 7) | (vvvv << 3) | (l << 2) | e->pfx);
				}
			} else {
				if (rnd(4) == 0)
					t[k++] = legacy_prefixes[rnd(sizeof legacy_prefixes)];
				if (e->pfx)
					t[k++] = mp[e->pfx & 3];
				if (w || rnd(2))
					t[k++] = (uint8_t)(0x40 | (w << 3) | rnd(8));
				if (e->map >= 1)
					t[k++] = 0x0f;
				if (e->map == 2)
					t[k++] = 0x38;
				if (e->map == 3)
					t[k++] = 0x3a;
			}
			uint8_t opc = e->opcode;
			if (!(e->flags & HV_F_MODRM) && e->rm >= 0)
				opc = (uint8_t)((opc & ~7) | (e->rm & 7));
			t[k++] = opc;
			if (e->flags & HV_F_MODRM) {
				unsigned mod = e->mod == 1 ? rnd(3) : e->mod == 2 ? 3 : rnd(4);
				unsigned reg = e->reg >= 0 ? (unsigned)e->reg : rnd(8);
				unsigned rm = mod == 3 && e->rm >= 0 ? (unsigned)e->rm : rnd(8);
				t[k++] = (uint8_t)((mod << 6) | (reg << 3) | rm);
			}
			break;
		}
		}
		if (flavour == 4) {
			/* SIB, displacement, immediate: random */
			for (unsigned j = 0; j < 6; j++)
				t[k++] = (uint8_t)rng();
			for (size_t j = 0; j < k && i < n; j++)
				buf[i++] = t[j];
			continue;
		}
		/* opcode, ModRM, SIB, displacement/immediate */
		unsigned tail = 1 + rnd(10);
		for (unsigned j = 0; j < tail; j++)
			t[k++] = (uint8_t)rng();
		for (size_t j = 0; j < k && i < n; j++)
			buf[i++] = t[j];
	}
}

/* A 16-byte heap block; code is placed at its end so ASan catches any read
 * beyond the length passed to hv_decode. */
static uint8_t *tailbuf;

static enum hv_dstatus decode_exact(const uint8_t *p, size_t n, struct hv_insn *in)
{
	memcpy(tailbuf + 16 - n, p, n);
	memset(in, 0, sizeof *in);
	return hv_decode(tailbuf + 16 - n, n, in);
}

/* Whitelist entries hv_decode matched in the random streams. */
static uint8_t *entry_hit;

static int check_random(const char *fname, int flavour, size_t nbytes)
{
	uint8_t *buf = xmalloc(nbytes);
	gen_stream(buf, nbytes, flavour);
	char name[96];
	struct report rlen, rforb, rtr, rfld;
	snprintf(name, sizeof name, "random-length %s", fname);
	report_init(&rlen, name, fname);
	snprintf(name, sizeof name, "random-length-forbidden %s", fname);
	report_init(&rforb, name, fname);
	snprintf(name, sizeof name, "random-truncation %s", fname);
	report_init(&rtr, name, fname);
	snprintf(name, sizeof name, "random-fields %s", fname);
	report_init(&rfld, name, fname);

	unsigned long okcount = 0, zonly = 0, vexok = 0;
	char key[128];
	for (size_t off = 0; off < nbytes; off++) {
		const uint8_t *p = buf + off;
		size_t n = nbytes - off < 15 ? nbytes - off : 15;
		struct hv_insn hi;
		enum hv_dstatus s = decode_exact(p, n, &hi);
		ZydisDecoderContext ctx;
		ZydisDecodedInstruction zi;
		int zok = ZYAN_SUCCESS(ZydisDecoderDecodeInstruction(&zdec, &ctx, p, n, &zi));
		if (s != HV_D_OK) {
			zonly += zok;
			continue;
		}
		okcount++;
		vexok += hi.enc == HV_ENC_VEX;
		if (hi.op < hv_nops)
			entry_hit[hi.op] = 1;
		const char *hm = hv_mnem(&hi);
		struct report *lr = &rlen;
		if (hi.len == 0 || hi.len > n) {
			snprintf(key, sizeof key, "bad-length hv:%s", hm);
			report_add(&rlen, key, off, p, n, "hv length %u with %zu bytes given", hi.len, n);
			continue;
		}
		if (is_forbidden(&hi))
			lr = &rforb;
		if (!zok) {
			snprintf(key, sizeof key, "zydis-invalid hv:%s", hm);
			report_add(lr, key, off, p, hi.len, "zydis cannot decode; hv len %u", hi.len);
			continue;
		}
		ZydisDecodedInstruction za;
		int amd_ok = ZYAN_SUCCESS(ZydisDecoderDecodeInstruction(&zdec_amd, NULL, p, n, &za));
		if (zi.length != hi.len) {
			snprintf(key, sizeof key, "zydis:%s hv:%s", ZydisMnemonicGetString(zi.mnemonic), hm);
			report_add(lr, key, off, p, n, "length zydis=%u hv=%u", zi.length, hi.len);
			continue;
		}
		if (!amd_ok || za.length != hi.len) {
			snprintf(key, sizeof key, "amd-branches zydis:%s hv:%s",
				 ZydisMnemonicGetString(zi.mnemonic), hm);
			report_add(lr, key, off, p, n, "length zydis(AMD branches)=%u hv=%u",
				   amd_ok ? za.length : 0, hi.len);
			continue;
		}
		/* Truncation: every strict prefix of the instruction. */
		unsigned len = hi.len;
		uint16_t hop = hi.op;
		for (unsigned k = 0; k < len; k++) {
			struct hv_insn t;
			enum hv_dstatus ts = decode_exact(p, k, &t);
			if (ts != HV_D_TRUNCATED) {
				snprintf(key, sizeof key, "%s-on-truncated hv:%s", hv_status_name(ts), hm);
				report_add(&rtr, key, off, p, len,
					   "hv_decode of the first %u of %u bytes says %s (len %u), not truncated",
					   k, len, hv_status_name(ts), ts == HV_D_OK ? t.len : 0);
				break;
			}
		}
		/* Exactly len bytes: same result. */
		struct hv_insn e;
		enum hv_dstatus es = decode_exact(p, len, &e);
		if (es != HV_D_OK || e.len != len || e.op != hop) {
			snprintf(key, sizeof key, "exact-length hv:%s", hm);
			report_add(&rtr, key, off, p, len, "with exactly %u bytes: %s len %u", len,
				   hv_status_name(es), e.len);
		}
		ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
		if (ZYAN_SUCCESS(ZydisDecoderDecodeOperands(&zdec, &ctx, &zi, ops, zi.operand_count)))
			compare_fields(&rfld, off, p, n, &zi, ops, &hi);
	}
	char info[160];
	snprintf(info, sizeof info, "%zu offsets, hv_decode OK at %lu (VEX %lu), Zydis only at %lu",
		 nbytes, okcount, vexok, zonly);
	int f = report_finish(&rlen, info);
	f |= report_finish(&rforb, NULL);
	f |= report_finish(&rtr, NULL);
	f |= report_finish(&rfld, NULL);
	free(buf);
	return f;
}

/* ------------------------------------------------------------------ */

static const char *default_files[] = {
	"/usr/lib/x86_64-linux-gnu/libc.so.6",
	"/usr/lib/x86_64-linux-gnu/libm.so.6",
	"/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
	"/usr/lib/x86_64-linux-gnu/libcrypto.so.3",
	"/usr/lib/x86_64-linux-gnu/libz.so.1",
	"/usr/bin/bash",
	"/usr/bin/gdb",
	"/usr/bin/python3.11",
	NULL,
};

int main(int argc, char **argv)
{
	double scale = 1.0;
	int nfiles = 0, failed = 0;
	const char **files = xmalloc((size_t)(argc + 1) * sizeof *files);
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-q") == 0)
			quiet = 1;
		else if (strcmp(argv[i], "-r") == 0 && i + 1 < argc)
			scale = strtod(argv[++i], NULL);
		else if (argv[i][0] == '-') {
			fprintf(stderr, "usage: diff_zydis [-q] [-r SCALE] [ELF...]\n");
			return 2;
		} else
			files[nfiles++] = argv[i];
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	zydis_init();
	tailbuf = xmalloc(16);
	printf("# diff_zydis: hv_decode (%u whitelist entries) against Zydis %d.%d\n", hv_nops,
	       (int)ZYDIS_VERSION_MAJOR(ZydisGetVersion()), (int)ZYDIS_VERSION_MINOR(ZydisGetVersion()));

	int did = 0;
	if (nfiles) {
		for (int i = 0; i < nfiles; i++)
			did += check_elf(files[i], &failed);
	} else {
		for (const char **f = default_files; *f; f++)
			did += check_elf(*f, &failed);
	}
	if (!did)
		printf("# no binaries found; real-code checks skipped\n");
	else
		print_coverage();

	entry_hit = calloc(hv_nops ? hv_nops : 1, 1);
	if (!entry_hit)
		return 1;
	if (scale > 0) {
		static const struct {
			const char *name;
			int flavour;
			size_t bytes;
		} streams[] = {
			{"uniform", 0, 2u << 20},
			{"prefixes", 1, 1u << 20},
			{"0f-maps", 2, 1u << 20},
			{"vex", 3, 1u << 20},
			{"whitelist", 4, 2u << 20},
		};
		for (size_t i = 0; i < sizeof streams / sizeof streams[0]; i++) {
			rng_state = 0x68616c6974650000ull + i; /* fixed seed per stream */
			size_t nb = (size_t)((double)streams[i].bytes * scale);
			failed |= check_random(streams[i].name, streams[i].flavour, nb ? nb : 1);
		}
	}
	if (scale > 0) {
		unsigned hit = 0;
		for (unsigned i = 0; i < hv_nops; i++)
			hit += entry_hit[i];
		printf("# whitelist entries matched by the random streams: %u of %u\n", hit, hv_nops);
		if (hit < hv_nops) {
			printf("# not matched (never compared with Zydis on random bytes):");
			for (unsigned i = 0, shown = 0; i < hv_nops && shown < 40; i++)
				if (!entry_hit[i]) {
					printf(" %s[%u]", hv_opnames[i].mnemonic, i);
					shown++;
				}
			printf("%s\n", hit + 40 < hv_nops ? " ..." : "");
		}
	}
	free(entry_hit);
	free(files);
	free(tailbuf);
	return failed ? 1 : 0;
}
