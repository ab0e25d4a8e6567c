/* ELF64 reader for halite modules: see elf.h. All reads go through rd16/
 * rd32/rd64 on ranges checked with in_range(), which cannot overflow. */
#include "loader/elf.h"

#include "validator/validator.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define EHDR_SIZE 64u
#define PHDR_SIZE 56u
#define SHDR_SIZE 64u
#define SYM_SIZE 24u

#define ET_EXEC 2
#define ET_DYN 3
#define EM_X86_64 62
#define PT_LOAD 1
#define PT_INTERP 3
#define PN_XNUM 0xffffu
#define SHT_SYMTAB 2
#define SHT_STRTAB 3
#define STT_SECTION 3
#define STT_FILE 4
#define STT_TLS 6
#define STT_FUNC 2

static uint16_t rd16(const uint8_t *p)
{
	return (uint16_t)(p[0] | (unsigned)p[1] << 8);
}

static uint32_t rd32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static uint64_t rd64(const uint8_t *p)
{
	return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32;
}

/* Whether [off, off + len) lies inside [0, size). */
static int in_range(uint64_t off, uint64_t len, uint64_t size)
{
	return off <= size && len <= size - off;
}

__attribute__((format(printf, 3, 4))) static int
fail(struct hl_elf_error *err, uint64_t off, const char *fmt, ...)
{
	if (!err)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	err->offset = off;
	return -1;
}

static const char *perm(uint32_t f, char buf[4])
{
	buf[0] = f & HL_SEG_R ? 'r' : '-';
	buf[1] = f & HL_SEG_W ? 'w' : '-';
	buf[2] = f & HL_SEG_X ? 'x' : '-';
	buf[3] = 0;
	return buf;
}

/* Whether the PT_INTERP bytes [off, off + filesz) are a NUL-terminated
 * path whose last component is exactly "halite-interp": 0 or -1. */
static int interp_ok(const uint8_t *img, size_t size, uint64_t off, uint64_t filesz)
{
	static const char name[] = "halite-interp";
	if (filesz < 2 || filesz > 4096 || !in_range(off, filesz, size))
		return -1;
	const char *s = (const char *)img + off;
	size_t len = (size_t)filesz - 1;
	if (s[len] != 0 || memchr(s, 0, len))
		return -1;
	const char *base = s;
	for (size_t i = 0; i < len; i++)
		if (s[i] == '/')
			base = s + i + 1;
	return strcmp(base, name) == 0 ? 0 : -1;
}

/* Checks the symbol table, if any; leaves nsyms == 0 when anything about it
 * is wrong. */
static void find_symtab(struct hl_elf *e)
{
	const uint8_t *img = e->image;
	uint64_t shoff = rd64(img + 40);
	unsigned shentsize = rd16(img + 58), shnum = rd16(img + 60);

	e->syms = NULL;
	e->nsyms = 0;
	e->strtab = NULL;
	e->strsz = 0;
	if (shoff == 0 || shnum == 0 || shentsize != SHDR_SIZE)
		return;
	if (!in_range(shoff, (uint64_t)shnum * SHDR_SIZE, e->size))
		return;
	for (unsigned i = 0; i < shnum; i++) {
		const uint8_t *sh = img + shoff + (uint64_t)i * SHDR_SIZE;
		if (rd32(sh + 4) != SHT_SYMTAB)
			continue;
		uint64_t off = rd64(sh + 24), size = rd64(sh + 32);
		uint32_t link = rd32(sh + 40);
		if (rd64(sh + 56) != SYM_SIZE || !in_range(off, size, e->size) ||
		    link >= shnum)
			return;
		const uint8_t *st = img + shoff + (uint64_t)link * SHDR_SIZE;
		uint64_t stroff = rd64(st + 24), strsz = rd64(st + 32);
		if (rd32(st + 4) != SHT_STRTAB || strsz == 0 ||
		    !in_range(stroff, strsz, e->size))
			return;
		e->syms = img + off;
		e->nsyms = (size_t)(size / SYM_SIZE);
		e->strtab = (const char *)img + stroff;
		e->strsz = (size_t)strsz;
		return;
	}
}

int hl_elf_parse(struct hl_elf *e, const void *image, size_t size,
		 struct hl_elf_error *err)
{
	static const uint8_t magic[4] = {0x7f, 'E', 'L', 'F'};
	const uint8_t *img = image;
	char pa[4], pb[4];

	memset(e, 0, sizeof *e);
	if (err) {
		err->offset = 0;
		err->msg[0] = 0;
	}
	if (!img && size)
		return fail(err, 0, "no image");
	if (size < 4 || memcmp(img, magic, 4) != 0) {
		if (size < 4 && size > 0 && memcmp(img, magic, size) == 0)
			return fail(err, 0,
				    "truncated ELF header: the file has %zu bytes, "
				    "the header needs %u",
				    size, EHDR_SIZE);
		return fail(err, 0, "not an ELF file (no \\177ELF magic at offset 0)");
	}
	if (size < EHDR_SIZE)
		return fail(err, size,
			    "truncated ELF header: the file has %zu bytes, the header "
			    "needs %u",
			    size, EHDR_SIZE);
	if (img[4] != 2)
		return fail(err, 4,
			    img[4] == 1 ? "32-bit ELF (ELFCLASS32): halite modules "
					  "are ELF64"
					: "bad ELF class byte (not ELFCLASS64)");
	if (img[5] != 1)
		return fail(err, 5,
			    img[5] == 2 ? "big-endian ELF (ELFDATA2MSB): halite "
					  "modules are little-endian"
					: "bad ELF data-encoding byte (not ELFDATA2LSB)");
	if (img[6] != 1)
		return fail(err, 6, "bad ELF identification version %u (expected 1)",
			    img[6]);
	unsigned type = rd16(img + 16), machine = rd16(img + 18);
	if (machine != EM_X86_64)
		return fail(err, 18, "ELF machine %u is not x86-64 (EM_X86_64 = 62)",
			    machine);
	if (type != ET_EXEC && type != ET_DYN)
		return fail(err, 16,
			    "ELF type %u is not an executable (ET_EXEC or ET_DYN)%s",
			    type,
			    type == 1 ? ": this is a relocatable object, link it first"
			    : type == 4 ? ": this is a core file"
					: "");
	if (rd32(img + 20) != 1)
		return fail(err, 20, "bad ELF version %u (expected 1)", rd32(img + 20));

	uint64_t entry = rd64(img + 24), phoff = rd64(img + 32);
	unsigned phentsize = rd16(img + 54), phnum = rd16(img + 56);
	if (phnum == PN_XNUM)
		return fail(err, 56,
			    "extended program-header numbering (e_phnum = 0xffff) is "
			    "not supported");
	if (phnum == 0)
		return fail(err, 56, "no program headers: nothing to load");
	if (phentsize != PHDR_SIZE)
		return fail(err, 54,
			    "program header entry size %u (ELF64 needs %u)", phentsize,
			    PHDR_SIZE);
	if (!in_range(phoff, (uint64_t)phnum * PHDR_SIZE, size))
		return fail(err, 32,
			    "program header table at offset 0x%llx (%u entries of %u "
			    "bytes) lies outside the file (%zu bytes)",
			    (unsigned long long)phoff, phnum, PHDR_SIZE, size);

	e->image = img;
	e->size = size;
	e->type = (uint16_t)type;
	e->entry = entry;

	unsigned interps = 0;
	for (unsigned i = 0; i < phnum; i++) {
		uint64_t ph_at = phoff + (uint64_t)i * PHDR_SIZE;
		const uint8_t *ph = img + ph_at;
		uint32_t ptype = rd32(ph), flags = rd32(ph + 4);
		uint64_t off = rd64(ph + 8), vaddr = rd64(ph + 16);
		uint64_t filesz = rd64(ph + 32), memsz = rd64(ph + 40);

		if (ptype == PT_INTERP) {
			/* docs/abi.md section 6: only halite-interp, which runs
			 * the module with `halite run` when it is run directly;
			 * the runtime ignores it. */
			if (interp_ok(img, size, off, filesz) < 0)
				return fail(err, ph_at,
					    "program header %u: PT_INTERP: the module is "
					    "dynamically linked; halite modules must be static",
					    i);
			if (interps++)
				return fail(err, ph_at, "program header %u: a second PT_INTERP", i);
			continue;
		}
		if (ptype != PT_LOAD)
			continue;
		if (!in_range(off, filesz, size))
			return fail(err, ph_at + 8,
				    "program header %u: segment file bytes 0x%llx..0x%llx "
				    "lie outside the file (%zu bytes)",
				    i, (unsigned long long)off,
				    (unsigned long long)(off + filesz), size);
		if (filesz > memsz)
			return fail(err, ph_at + 32,
				    "program header %u: filesz 0x%llx is larger than "
				    "memsz 0x%llx",
				    i, (unsigned long long)filesz,
				    (unsigned long long)memsz);
		if (!in_range(vaddr, memsz, HV_SANDBOX_SIZE))
			return fail(err, ph_at + 16,
				    "program header %u: segment 0x%llx + 0x%llx bytes "
				    "exceeds the 4 GiB sandbox address space",
				    i, (unsigned long long)vaddr,
				    (unsigned long long)memsz);
		/* docs/abi.md, section 6: the image lives between the
		 * runtime-call table and the top guard. */
		if (memsz && (vaddr < HL_MODULE_MIN ||
			      !in_range(vaddr, memsz, HL_MODULE_END)))
			return fail(err, ph_at + 16,
				    "program header %u: segment 0x%llx + 0x%llx bytes "
				    "is outside the module area 0x%x..0x%llx "
				    "(link with -Ttext-segment=0x20000)",
				    i, (unsigned long long)vaddr,
				    (unsigned long long)memsz, HL_MODULE_MIN,
				    (unsigned long long)HL_MODULE_END);
		if ((flags & HL_SEG_W) && (flags & HL_SEG_X))
			return fail(err, ph_at + 4,
				    "program header %u: segment at 0x%llx is both "
				    "writable and executable (W^X)",
				    i, (unsigned long long)vaddr);
		if ((flags & HL_SEG_X) && memsz != filesz)
			return fail(err, ph_at + 40,
				    "program header %u: executable segment at 0x%llx has "
				    "0x%llx bytes of zero fill (memsz > filesz); all code "
				    "must be in the file",
				    i, (unsigned long long)vaddr,
				    (unsigned long long)(memsz - filesz));
		if (memsz == 0)
			continue;
		if (e->nsegs == HL_ELF_MAX_SEGMENTS)
			return fail(err, ph_at,
				    "program header %u: more than %d loadable segments", i,
				    HL_ELF_MAX_SEGMENTS);
		struct hl_segment *s = &e->seg[e->nsegs++];
		s->vaddr = vaddr;
		s->memsz = memsz;
		s->offset = off;
		s->filesz = filesz;
		s->data = img + off;
		s->flags = flags & (HL_SEG_R | HL_SEG_W | HL_SEG_X);
		s->phindex = i;
	}
	if (e->nsegs == 0)
		return fail(err, 32, "no loadable (PT_LOAD) segment with memsz > 0");

	/* Sort by address (few segments: insertion sort). */
	for (unsigned i = 1; i < e->nsegs; i++) {
		struct hl_segment t = e->seg[i];
		unsigned j = i;
		for (; j > 0 && e->seg[j - 1].vaddr > t.vaddr; j--)
			e->seg[j] = e->seg[j - 1];
		e->seg[j] = t;
	}
	for (unsigned i = 0; i < e->nsegs; i++) {
		const struct hl_segment *a = &e->seg[i];
		uint64_t a_end = a->vaddr + a->memsz; /* <= 2^32: checked */
		if (i + 1 < e->nsegs && a_end > e->seg[i + 1].vaddr) {
			const struct hl_segment *b = &e->seg[i + 1];
			unsigned later = a->phindex > b->phindex ? a->phindex : b->phindex;
			return fail(err, phoff + (uint64_t)later * PHDR_SIZE + 16,
				    "program headers %u and %u: segments 0x%llx..0x%llx "
				    "and 0x%llx..0x%llx overlap",
				    a->phindex, b->phindex, (unsigned long long)a->vaddr,
				    (unsigned long long)a_end, (unsigned long long)b->vaddr,
				    (unsigned long long)(b->vaddr + b->memsz));
		}
		/* Every byte of an executable page is executable: code pages must
		 * not hold bytes of a segment that is not code (they would run
		 * unvalidated, or be writable). */
		for (unsigned j = i + 1; j < e->nsegs; j++) {
			const struct hl_segment *b = &e->seg[j];
			if (!((a->flags ^ b->flags) & HL_SEG_X))
				continue;
			if ((a_end - 1) / HL_ELF_PAGE >= b->vaddr / HL_ELF_PAGE) {
				unsigned later =
					a->phindex > b->phindex ? a->phindex : b->phindex;
				return fail(err, phoff + (uint64_t)later * PHDR_SIZE + 16,
					    "program headers %u (%s) and %u (%s): an "
					    "executable segment shares a %u-byte page with a "
					    "non-executable one (0x%llx..0x%llx, "
					    "0x%llx..0x%llx)",
					    a->phindex, perm(a->flags, pa), b->phindex,
					    perm(b->flags, pb), HL_ELF_PAGE,
					    (unsigned long long)a->vaddr,
					    (unsigned long long)a_end,
					    (unsigned long long)b->vaddr,
					    (unsigned long long)(b->vaddr + b->memsz));
			}
		}
	}
	int entry_ok = 0;
	for (unsigned i = 0; i < e->nsegs; i++) {
		const struct hl_segment *s = &e->seg[i];
		if ((s->flags & HL_SEG_X) && entry >= s->vaddr &&
		    entry - s->vaddr < s->memsz)
			entry_ok = 1;
	}
	if (!entry_ok)
		return fail(err, 24,
			    "entry point 0x%llx is not inside an executable segment",
			    (unsigned long long)entry);
	find_symtab(e);
	return 0;
}

/* The name of symbol i if it is usable for addresses, else NULL. */
static const char *sym_name(const struct hl_elf *e, const uint8_t *sym)
{
	uint32_t name = rd32(sym);
	unsigned type = sym[4] & 0xf;
	if (type == STT_SECTION || type == STT_FILE || type == STT_TLS)
		return NULL;
	if (rd16(sym + 6) == 0 /* SHN_UNDEF */ || name == 0 || name >= e->strsz)
		return NULL;
	const char *s = e->strtab + name;
	if (!memchr(s, 0, e->strsz - name) || !*s)
		return NULL;
	return s;
}

const char *hl_elf_symbolize(const struct hl_elf *e, uint64_t addr,
			     uint64_t *offset)
{
	const struct hl_segment *seg = NULL;
	for (unsigned i = 0; i < e->nsegs; i++)
		if (addr >= e->seg[i].vaddr && addr - e->seg[i].vaddr < e->seg[i].memsz)
			seg = &e->seg[i];
	if (!seg || !e->syms)
		return NULL;

	/* The innermost sized symbol that contains addr; failing that, the
	 * nearest symbol at or below addr in the same segment. At equal
	 * addresses a function wins over other symbols. */
	const char *in_name = NULL, *near_name = NULL;
	uint64_t in_val = 0, near_val = 0;
	int near_func = 0;
	for (size_t i = 0; i < e->nsyms; i++) {
		const uint8_t *sym = e->syms + i * SYM_SIZE;
		uint64_t val = rd64(sym + 8), sz = rd64(sym + 16);
		if (val > addr || val < seg->vaddr)
			continue;
		const char *name = sym_name(e, sym);
		if (!name)
			continue;
		int func = (sym[4] & 0xf) == STT_FUNC;
		if (sz != 0 && addr - val < sz && (!in_name || val > in_val)) {
			in_name = name;
			in_val = val;
		}
		if (!near_name || val > near_val || (val == near_val && func && !near_func)) {
			near_name = name;
			near_val = val;
			near_func = func;
		}
	}
	if (in_name) {
		near_name = in_name;
		near_val = in_val;
	}
	if (near_name && offset)
		*offset = addr - near_val;
	return near_name;
}

int hl_elf_lookup(const struct hl_elf *e, const char *name, uint64_t *value, uint64_t *size)
{
	int found_local = 0;
	for (size_t i = 0; i < e->nsyms; i++) {
		const uint8_t *sym = e->syms + i * SYM_SIZE;
		const char *s = sym_name(e, sym);
		if (!s || (sym[4] & 0xf) != STT_FUNC || strcmp(s, name))
			continue;
		unsigned bind = sym[4] >> 4;
		if (bind != 1 /* STB_GLOBAL */ && bind != 2 /* STB_WEAK */) {
			found_local = 1;
			continue;
		}
		*value = rd64(sym + 8);
		*size = rd64(sym + 16);
		return 0;
	}
	return found_local ? -2 : -1;
}

char *hl_elf_format_addr(const struct hl_elf *e, uint64_t addr, char *buf,
			 size_t size)
{
	uint64_t off = 0;
	const char *name = e ? hl_elf_symbolize(e, addr, &off) : NULL;
	if (!size)
		return buf;
	if (name && off)
		snprintf(buf, size, "%s+0x%llx", name, (unsigned long long)off);
	else if (name)
		snprintf(buf, size, "%s", name);
	else
		snprintf(buf, size, "0x%llx", (unsigned long long)addr);
	return buf;
}
