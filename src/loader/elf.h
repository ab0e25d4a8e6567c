/* ELF64 reader for halite modules.
 *
 * Reads a module image that is already in memory (untrusted bytes) and
 * yields its loadable segments, its entry point and, when present, its
 * symbol table. It never writes to the image, never allocates, and never
 * reads outside [image, image + size): every offset and size in the file is
 * checked with overflow-safe arithmetic before use.
 *
 * A halite module is a static x86-64 ELF64 little-endian executable
 * (ET_EXEC, or ET_DYN for static PIE). Its only allowed PT_INTERP names
 * halite-interp (any directory: the last path component must be exactly
 * "halite-interp"), which runs the module in a sandbox when the module is
 * run directly; it is ignored here. Its segment
 * addresses are sandbox addresses (offsets from the sandbox base): every
 * PT_LOAD segment must lie below 4 GiB, segments must not overlap, no
 * segment may be both writable and executable, an executable segment must
 * not share a page with a writable one, an executable segment must be
 * entirely backed by the file (memsz == filesz: no zero fill that would be
 * executed), and the entry point must lie in an executable segment.
 *
 * The parsed struct points into the image: keep the image alive and
 * unchanged as long as the struct is used. */
#ifndef HALITE_LOADER_ELF_H
#define HALITE_LOADER_ELF_H

#include <stddef.h>
#include <stdint.h>

/* Where a module's segments may lie (docs/abi.md, section 2). */
#define HL_MODULE_MIN 0x20000u
#define HL_MODULE_END (HV_SANDBOX_SIZE - HV_GUARD_SIZE)

/* Segment permission bits (the ELF p_flags values). */
#define HL_SEG_X 1u
#define HL_SEG_W 2u
#define HL_SEG_R 4u

/* Page size used for the page-sharing check of executable segments. */
#define HL_ELF_PAGE 4096u

/* At most this many PT_LOAD segments with memsz > 0. */
#define HL_ELF_MAX_SEGMENTS 16

struct hl_segment {
	uint64_t vaddr;      /* sandbox address of the first byte */
	uint64_t memsz;      /* bytes in memory (> 0) */
	uint64_t offset;     /* file offset of the first file byte */
	uint64_t filesz;     /* bytes taken from the file (<= memsz) */
	const uint8_t *data; /* image + offset: filesz bytes */
	uint32_t flags;      /* HL_SEG_R | HL_SEG_W | HL_SEG_X */
	unsigned phindex;    /* index of its program header */
};

struct hl_elf {
	const uint8_t *image;
	size_t size;
	uint16_t type;   /* ET_EXEC (2) or ET_DYN (3) */
	uint64_t entry;  /* sandbox address of the entry point */
	unsigned nsegs;  /* segments, sorted by vaddr */
	struct hl_segment seg[HL_ELF_MAX_SEGMENTS];
	/* Symbol table (.symtab), checked; nsyms == 0 if absent or malformed
	 * (symbols only serve diagnostics: a bad table is ignored, not fatal). */
	const uint8_t *syms; /* nsyms entries of 24 bytes */
	size_t nsyms;
	const char *strtab;  /* strsz bytes */
	size_t strsz;
};

/* Why a module was rejected. */
struct hl_elf_error {
	uint64_t offset; /* file offset of the offending field or header */
	char msg[200];   /* what is wrong, e.g. "segment 2 is writable and executable" */
};

/* Parses image[0..size). Returns 0 and fills *e, or -1 and fills *err. */
int hl_elf_parse(struct hl_elf *e, const void *image, size_t size,
		 struct hl_elf_error *err);

/* The symbol containing addr (or the nearest symbol below it when sizes
 * are unknown). Returns its name (NUL-terminated, inside the image) and sets
 * *offset = addr - symbol value; returns NULL if no symbol fits. */
const char *hl_elf_symbolize(const struct hl_elf *e, uint64_t addr,
			     uint64_t *offset);

/* The defined function symbol called name with global or weak binding
 * (an exported function). Returns 0 and sets *value (its sandbox address)
 * and *size; -1 if there is none, -2 if only a local (static) one. */
int hl_elf_lookup(const struct hl_elf *e, const char *name, uint64_t *value, uint64_t *size);

/* Writes "name+0x1f" (or "0x401234" when no symbol fits) into buf, always
 * NUL-terminated. Returns buf. */
char *hl_elf_format_addr(const struct hl_elf *e, uint64_t addr, char *buf,
			 size_t size);

/* Sandbox address of the program headers when a loaded segment holds
 * them (for AT_PHDR), else 0. e must come from hl_elf_parse. */
uint64_t hl_elf_phdr_addr(const struct hl_elf *e);

/* Called for each R_X86_64_RELATIVE relocation: the 8 bytes at sandbox
 * address where get the value base + addend. Returns 0, or -1 to refuse. */
typedef int (*hl_reloc_fn)(void *ctx, uint64_t where, uint64_t addend);

/* Walks the relocations of PT_DYNAMIC (if any). Returns 0, or -1 with
 * *err for a malformed table, a relocation type other than RELATIVE, or a
 * refusal by fn. Reads only the file image (reloc.c). */
int hl_elf_relocs(const struct hl_elf *e, hl_reloc_fn fn, void *ctx, struct hl_elf_error *err);

#endif
