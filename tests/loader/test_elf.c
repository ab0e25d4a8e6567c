/* Unit tests of the ELF reader (src/loader/elf.c) on crafted images, and a
 * mutation loop that must never crash (run under ASan/UBSan: every image is
 * copied into a buffer of exactly its size so an over-read is caught). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader/elf.h"
#include "check.h"

/* ---- building images ---- */

static void w16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

static void w32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static void w64(uint8_t *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

#define IMG_SIZE 0x3000
#define PHOFF 64
#define PH(i) (PHOFF + 56 * (i))
#define CODE_OFF 0x1000
#define DATA_OFF 0x2000
#define SHOFF 0x2400
#define SYMOFF 0x2200
#define STROFF 0x2300
#define CODE_VADDR 0x21000
#define DATA_VADDR 0x30000

static const char strtab[] = "\0_start\0helper\0label\0data_obj\0";
/* offsets in strtab */
#define N_START 1
#define N_HELPER 8
#define N_LABEL 15
#define N_DATA 21

static void put_phdr(uint8_t *img, int i, uint32_t type, uint32_t flags,
		     uint64_t off, uint64_t vaddr, uint64_t filesz, uint64_t memsz)
{
	uint8_t *p = img + PH(i);
	w32(p, type);
	w32(p + 4, flags);
	w64(p + 8, off);
	w64(p + 16, vaddr);
	w64(p + 24, vaddr);
	w64(p + 32, filesz);
	w64(p + 40, memsz);
	w64(p + 48, 0x1000);
}

static void put_sym(uint8_t *img, int i, uint32_t name, uint8_t type,
		    uint16_t shndx, uint64_t value, uint64_t size)
{
	uint8_t *p = img + SYMOFF + 24 * i;
	w32(p, name);
	p[4] = (uint8_t)(1 << 4 | type); /* STB_GLOBAL */
	p[5] = 0;
	w16(p + 6, shndx);
	w64(p + 8, value);
	w64(p + 16, size);
}

static void put_shdr(uint8_t *img, int i, uint32_t type, uint64_t off,
		     uint64_t size, uint32_t link, uint64_t entsize)
{
	uint8_t *p = img + SHOFF + 64 * i;
	w32(p + 4, type);
	w64(p + 24, off);
	w64(p + 32, size);
	w32(p + 40, link);
	w64(p + 56, entsize);
}

/* A valid module: a code segment (r-x) at 0x20000 and a data segment
 * (rw-, with zero fill) at 0x30000, and a symbol table. */
static void make_valid(uint8_t *img)
{
	memset(img, 0, IMG_SIZE);
	memcpy(img, "\177ELF", 4);
	img[4] = 2; /* ELFCLASS64 */
	img[5] = 1; /* little-endian */
	img[6] = 1;
	w16(img + 16, 2);  /* ET_EXEC */
	w16(img + 18, 62); /* x86-64 */
	w32(img + 20, 1);
	w64(img + 24, CODE_VADDR); /* entry */
	w64(img + 32, PHOFF);
	w64(img + 40, SHOFF);
	w16(img + 52, 64);
	w16(img + 54, 56);
	w16(img + 56, 3);
	w16(img + 58, 64);
	w16(img + 60, 4);
	put_phdr(img, 0, 1, 5, CODE_OFF, CODE_VADDR, 0x40, 0x40);
	put_phdr(img, 1, 1, 6, DATA_OFF, DATA_VADDR, 0x10, 0x100);
	put_phdr(img, 2, 0x6474e551 /* PT_GNU_STACK */, 6, 0, 0, 0, 0);
	memset(img + CODE_OFF, 0x90, 0x40);
	/* sections: 0 null, 1 .text, 2 .symtab, 3 .strtab */
	put_shdr(img, 1, 1, CODE_OFF, 0x40, 0, 0);
	put_shdr(img, 2, 2, SYMOFF, 24 * 6, 3, 24);
	put_shdr(img, 3, 3, STROFF, sizeof strtab, 0, 0);
	memcpy(img + STROFF, strtab, sizeof strtab);
	put_sym(img, 0, 0, 0, 0, 0, 0);                                  /* null */
	put_sym(img, 1, N_START, 2, 1, CODE_VADDR, 0x20);                /* func */
	put_sym(img, 2, N_HELPER, 2, 1, CODE_VADDR + 0x20, 0x10);        /* func */
	put_sym(img, 3, N_LABEL, 0, 1, CODE_VADDR + 0x30, 0);            /* notype */
	put_sym(img, 4, N_DATA, 1, 2, DATA_VADDR, 0x10);                 /* object */
	put_sym(img, 5, N_START, 3 /* section */, 1, CODE_VADDR + 0x38, 0);
}

/* A valid module whose program header 2 is a PT_INTERP naming path (at
 * file offset 0x200): extra = 0 gives the NUL-terminated string, -1 leaves
 * out the NUL, 1 adds a NUL and a byte inside. Returns 1. */
static int put_interp(uint8_t *img, const char *path, int extra)
{
	size_t n = strlen(path), size = n + 1;
	make_valid(img);
	if (extra > 0) {
		memcpy(img + 0x200, "x", 2); /* "x\0PATH\0" */
		memcpy(img + 0x202, path, n + 1);
		size = n + 3;
	} else {
		memcpy(img + 0x200, path, n + 1);
		if (extra < 0)
			size = n; /* the last byte is the path's last character */
	}
	put_phdr(img, 2, 3 /* PT_INTERP */, 4, 0x200, 0x20200, size, size);
	return 1;
}

/* Parses a copy of img[0..size) in a buffer of exactly that size. */
static int parse_copy(const uint8_t *img, size_t size, struct hl_elf *e,
		      struct hl_elf_error *err, uint8_t **keep)
{
	uint8_t *copy = malloc(size ? size : 1);
	if (!copy) {
		perror("malloc");
		exit(1);
	}
	if (size)
		memcpy(copy, img, size);
	int r = hl_elf_parse(e, copy, size, err);
	if (keep)
		*keep = copy;
	else
		free(copy);
	return r;
}

static int rejects(const uint8_t *img, size_t size, const char *needle,
		   struct hl_elf_error *err)
{
	struct hl_elf e;
	if (parse_copy(img, size, &e, err, NULL) == 0)
		return 0;
	if (needle && !strstr(err->msg, needle)) {
		printf("# message '%s' lacks '%s'\n", err->msg, needle);
		return 0;
	}
	return 1;
}

static void test_valid(void)
{
	static uint8_t img[IMG_SIZE];
	struct hl_elf e;
	struct hl_elf_error err;
	uint8_t *copy;
	make_valid(img);
	int r = parse_copy(img, IMG_SIZE, &e, &err, &copy);
	if (r != 0)
		printf("# %s at 0x%llx\n", err.msg, (unsigned long long)err.offset);
	CHECK("valid_parses", r == 0);
	if (r != 0) {
		free(copy);
		return;
	}
	CHECK("valid_entry", e.entry == CODE_VADDR);
	CHECK("valid_nsegs", e.nsegs == 2);
	CHECK("valid_code_seg", e.seg[0].vaddr == CODE_VADDR && e.seg[0].memsz == 0x40 &&
					e.seg[0].filesz == 0x40 &&
					e.seg[0].flags == (HL_SEG_R | HL_SEG_X) &&
					e.seg[0].data == copy + CODE_OFF &&
					e.seg[0].offset == CODE_OFF);
	CHECK("valid_data_seg", e.seg[1].vaddr == DATA_VADDR && e.seg[1].memsz == 0x100 &&
					e.seg[1].filesz == 0x10 &&
					e.seg[1].flags == (HL_SEG_R | HL_SEG_W));
	CHECK("valid_symtab", e.nsyms == 6);

	uint64_t off = 99;
	const char *s = hl_elf_symbolize(&e, CODE_VADDR + 5, &off);
	CHECK("sym_start", s && !strcmp(s, "_start") && off == 5);
	s = hl_elf_symbolize(&e, CODE_VADDR + 0x24, &off);
	CHECK("sym_helper", s && !strcmp(s, "helper") && off == 4);
	s = hl_elf_symbolize(&e, CODE_VADDR + 0x3a, &off);
	CHECK("sym_label_nearest", s && !strcmp(s, "label") && off == 0xa);
	s = hl_elf_symbolize(&e, DATA_VADDR + 0x50, &off);
	CHECK("sym_data_nearest", s && !strcmp(s, "data_obj") && off == 0x50);
	s = hl_elf_symbolize(&e, 0x1000, &off);
	CHECK("sym_outside_segments", s == NULL);
	char buf[64];
	hl_elf_format_addr(&e, CODE_VADDR + 0x21, buf, sizeof buf);
	CHECK("format_sym", !strcmp(buf, "helper+0x1"));
	hl_elf_format_addr(&e, CODE_VADDR, buf, sizeof buf);
	CHECK("format_sym_exact", !strcmp(buf, "_start"));
	hl_elf_format_addr(&e, 0x1234, buf, sizeof buf);
	CHECK("format_nosym", !strcmp(buf, "0x1234"));
	hl_elf_format_addr(&e, CODE_VADDR + 0x21, buf, 4);
	CHECK("format_truncated", !strcmp(buf, "hel"));
	free(copy);

	/* ET_DYN and an image of just the needed size. */
	w16(img + 16, 3);
	CHECK("valid_et_dyn", parse_copy(img, IMG_SIZE, &e, &err, NULL) == 0);
	/* Without section headers: no symbols, still valid. */
	make_valid(img);
	w64(img + 40, 0);
	w16(img + 60, 0);
	r = parse_copy(img, IMG_SIZE, &e, &err, NULL);
	CHECK("valid_no_sections", r == 0 && e.nsyms == 0 &&
					   hl_elf_symbolize(&e, CODE_VADDR, &off) == NULL);
	/* A segment ending exactly at the top guard is fine; into it is not,
	 * and neither is one below the module area (docs/abi.md, section 2). */
	make_valid(img);
	put_phdr(img, 1, 1, 6, DATA_OFF, 0xfffeff00u, 0x10, 0x100);
	CHECK("valid_segment_ends_at_guard", parse_copy(img, IMG_SIZE, &e, &err, NULL) == 0);
	make_valid(img);
	put_phdr(img, 1, 1, 6, DATA_OFF, 0xffffff00u, 0x10, 0x100);
	CHECK("segment_in_top_guard", rejects(img, IMG_SIZE, "module area", &err));
	make_valid(img);
	put_phdr(img, 1, 1, 6, DATA_OFF, 0x10000u, 0x10, 0x100);
	CHECK("segment_over_rtcall_table", rejects(img, IMG_SIZE, "module area", &err));
	/* Program headers given out of address order are sorted. */
	make_valid(img);
	put_phdr(img, 0, 1, 6, DATA_OFF, DATA_VADDR, 0x10, 0x100);
	put_phdr(img, 1, 1, 5, CODE_OFF, CODE_VADDR, 0x40, 0x40);
	r = parse_copy(img, IMG_SIZE, &e, &err, NULL);
	CHECK("valid_sorted", r == 0 && e.nsegs == 2 && e.seg[0].vaddr == CODE_VADDR &&
				      e.seg[0].phindex == 1);
}

static void test_header(void)
{
	static uint8_t img[IMG_SIZE];
	struct hl_elf_error err;
	int all = 1;

	make_valid(img);
	for (size_t n = 0; n < 64; n++)
		if (!rejects(img, n, NULL, &err))
			all = 0;
	CHECK("truncated_header_all_sizes", all);
	CHECK("truncated_header_message", rejects(img, 40, "truncated ELF header", &err));
	CHECK("empty_not_elf", rejects(img, 0, "not an ELF", &err));
	CHECK("short_magic_prefix", rejects(img, 3, "truncated", &err));

	uint8_t junk[100];
	for (int i = 0; i < 100; i++)
		junk[i] = (uint8_t)(i * 37 + 11);
	CHECK("garbage_not_elf", rejects(junk, sizeof junk, "not an ELF", &err) &&
					 err.offset == 0);

	make_valid(img);
	img[4] = 1;
	CHECK("elf32_rejected", rejects(img, IMG_SIZE, "32-bit", &err) && err.offset == 4);
	make_valid(img);
	img[5] = 2;
	CHECK("big_endian_rejected", rejects(img, IMG_SIZE, "big-endian", &err) &&
					     err.offset == 5);
	make_valid(img);
	w16(img + 18, 3); /* EM_386 */
	CHECK("machine_rejected", rejects(img, IMG_SIZE, "not x86-64", &err) &&
					  err.offset == 18);
	make_valid(img);
	w16(img + 16, 1); /* ET_REL */
	CHECK("et_rel_rejected", rejects(img, IMG_SIZE, "relocatable", &err) &&
					 err.offset == 16);
	make_valid(img);
	w16(img + 16, 4); /* ET_CORE */
	CHECK("et_core_rejected", rejects(img, IMG_SIZE, "ET_EXEC", &err));
	make_valid(img);
	w32(img + 20, 7);
	CHECK("version_rejected", rejects(img, IMG_SIZE, "version", &err));
}

static void test_phdrs(void)
{
	static uint8_t img[IMG_SIZE];
	struct hl_elf_error err;
	char name[64];

	make_valid(img);
	w64(img + 32, IMG_SIZE - 100);
	CHECK("phoff_out_of_range", rejects(img, IMG_SIZE, "outside the file", &err) &&
					    err.offset == 32);
	make_valid(img);
	w64(img + 32, UINT64_MAX - 20);
	CHECK("phoff_overflow", rejects(img, IMG_SIZE, "outside the file", &err));
	make_valid(img);
	w16(img + 56, 0xfffe);
	CHECK("phnum_huge", rejects(img, IMG_SIZE, "outside the file", &err));
	make_valid(img);
	w16(img + 56, 0xffff);
	CHECK("phnum_xnum", rejects(img, IMG_SIZE, "extended", &err));
	make_valid(img);
	w16(img + 54, 0xffff);
	w16(img + 56, 0xfffe);
	CHECK("phnum_times_phentsize", rejects(img, IMG_SIZE, "entry size", &err) &&
					       err.offset == 54);
	make_valid(img);
	w16(img + 56, 0);
	CHECK("no_phdrs", rejects(img, IMG_SIZE, "no program headers", &err));
	/* Table ends exactly at end of file: fine; one byte short: rejected. */
	make_valid(img);
	CHECK("phdr_table_truncated", rejects(img, PH(3) - 1, "outside the file", &err));

	make_valid(img);
	put_phdr(img, 1, 1, 6, UINT64_MAX - 4, DATA_VADDR, 0x10, 0x100);
	CHECK("seg_offset_overflow", rejects(img, IMG_SIZE, "outside the file", &err) &&
					     err.offset == PH(1) + 8);
	make_valid(img);
	put_phdr(img, 1, 1, 6, DATA_OFF, DATA_VADDR, IMG_SIZE, IMG_SIZE);
	CHECK("seg_filesz_beyond_file", rejects(img, IMG_SIZE, "outside the file", &err));
	make_valid(img);
	put_phdr(img, 1, 1, 6, DATA_OFF, DATA_VADDR, 0x200, 0x100);
	CHECK("filesz_gt_memsz", rejects(img, IMG_SIZE, "larger than memsz", &err));

	make_valid(img);
	put_phdr(img, 1, 1, 6, DATA_OFF, UINT64_MAX - 0x10, 0x10, 0x100);
	CHECK("vaddr_memsz_overflow", rejects(img, IMG_SIZE, "4 GiB", &err) &&
					      err.offset == PH(1) + 16);
	make_valid(img);
	put_phdr(img, 1, 1, 6, DATA_OFF, 0x10, 0x10, UINT64_MAX);
	CHECK("memsz_huge", rejects(img, IMG_SIZE, "4 GiB", &err));
	make_valid(img);
	put_phdr(img, 1, 1, 6, DATA_OFF, 0xffffff00u, 0x10, 0x101);
	CHECK("segment_beyond_4g", rejects(img, IMG_SIZE, "4 GiB", &err));
	make_valid(img);
	put_phdr(img, 1, 1, 6, DATA_OFF, 1ull << 32, 0x10, 0x10);
	CHECK("segment_at_4g", rejects(img, IMG_SIZE, "4 GiB", &err));

	make_valid(img);
	put_phdr(img, 1, 1, 7, DATA_OFF, DATA_VADDR, 0x10, 0x10);
	CHECK("wx_rejected", rejects(img, IMG_SIZE, "writable and executable", &err) &&
				     err.offset == PH(1) + 4);
	make_valid(img);
	put_phdr(img, 0, 1, 3, CODE_OFF, CODE_VADDR, 0x40, 0x40); /* wx, no r */
	CHECK("wx_no_r_rejected", rejects(img, IMG_SIZE, "writable and executable", &err));

	make_valid(img);
	put_phdr(img, 1, 1, 6, DATA_OFF, CODE_VADDR + 0x20, 0x10, 0x100);
	CHECK("overlap_rejected", rejects(img, IMG_SIZE, "overlap", &err) &&
					  err.offset == PH(1) + 16);
	make_valid(img);
	put_phdr(img, 1, 1, 4, DATA_OFF, CODE_VADDR - 0x10, 0x10, 0x11);
	CHECK("overlap_below_rejected", rejects(img, IMG_SIZE, "overlap", &err));
	make_valid(img);
	put_phdr(img, 1, 1, 4, DATA_OFF, CODE_VADDR, 0x10, 0x10); /* same start */
	CHECK("overlap_same_start", rejects(img, IMG_SIZE, "overlap", &err));
	make_valid(img);
	put_phdr(img, 1, 1, 6, DATA_OFF, CODE_VADDR + 0x100, 0x10, 0x100);
	CHECK("page_shared_with_data", rejects(img, IMG_SIZE, "shares", &err));
	make_valid(img);
	put_phdr(img, 1, 1, 4, DATA_OFF, CODE_VADDR + 0x800, 0x10, 0x100);
	CHECK("page_shared_with_rodata", rejects(img, IMG_SIZE, "shares", &err));
	make_valid(img);
	put_phdr(img, 1, 1, 5, DATA_OFF, CODE_VADDR + 0x100, 0x10, 0x10);
	{
		struct hl_elf e;
		CHECK("page_shared_code_code_ok",
		      parse_copy(img, IMG_SIZE, &e, &err, NULL) == 0 && e.nsegs == 2);
	}

	make_valid(img);
	put_phdr(img, 2, 3 /* PT_INTERP */, 4, 0x200, 0, 0x10, 0x10);
	CHECK("interp_rejected", rejects(img, IMG_SIZE, "PT_INTERP", &err) &&
					 err.offset == PH(2));
	/* Only halite-interp (docs/abi.md section 6), whatever its directory. */
	{
		struct hl_elf e;
		CHECK("interp_halite_accepted",
		      put_interp(img, "/opt/halite/bin/halite-interp", 0) &&
			  parse_copy(img, IMG_SIZE, &e, &err, NULL) == 0 && e.nsegs == 2 &&
			  e.entry == CODE_VADDR);
		CHECK("interp_halite_no_dir_accepted",
		      put_interp(img, "halite-interp", 0) &&
			  parse_copy(img, IMG_SIZE, &e, &err, NULL) == 0);
	}
	CHECK("interp_ld_so_rejected", put_interp(img, "/lib64/ld-linux-x86-64.so.2", 0) &&
					   rejects(img, IMG_SIZE, "dynamically linked", &err) &&
					   err.offset == PH(2));
	CHECK("interp_suffix_rejected", put_interp(img, "/usr/bin/halite-interp2", 0) &&
					    rejects(img, IMG_SIZE, "PT_INTERP", &err));
	CHECK("interp_prefix_rejected", put_interp(img, "/usr/bin/not-halite-interp", 0) &&
					    rejects(img, IMG_SIZE, "PT_INTERP", &err));
	CHECK("interp_dir_named_halite_interp_rejected",
	      put_interp(img, "/halite-interp/ld.so", 0) &&
		  rejects(img, IMG_SIZE, "PT_INTERP", &err));
	CHECK("interp_unterminated_rejected", put_interp(img, "/bin/halite-interp", -1) &&
						  rejects(img, IMG_SIZE, "PT_INTERP", &err));
	CHECK("interp_inner_nul_rejected", put_interp(img, "/bin/halite-interp", 1) &&
					       rejects(img, IMG_SIZE, "PT_INTERP", &err));
	put_interp(img, "/bin/halite-interp", 0);
	w64(img + PH(2) + 8, IMG_SIZE - 4);
	CHECK("interp_outside_file_rejected", rejects(img, IMG_SIZE, "PT_INTERP", &err));
	put_interp(img, "/bin/halite-interp", 0);
	w16(img + 56, 4);
	put_phdr(img, 3, 3, 4, 0x200, 0, sizeof "/bin/halite-interp", sizeof "/bin/halite-interp");
	CHECK("interp_twice_rejected",
	      rejects(img, IMG_SIZE, "second PT_INTERP", &err) && err.offset == PH(3));
	make_valid(img);
	w64(img + 24, DATA_VADDR);
	CHECK("entry_not_code", rejects(img, IMG_SIZE, "entry point", &err) &&
					err.offset == 24);
	make_valid(img);
	w64(img + 24, CODE_VADDR + 0x40);
	CHECK("entry_past_code", rejects(img, IMG_SIZE, "entry point", &err));
	make_valid(img);
	put_phdr(img, 0, 1, 5, CODE_OFF, CODE_VADDR, 0x40, 0x80);
	CHECK("code_zero_fill", rejects(img, IMG_SIZE, "zero fill", &err));
	make_valid(img);
	put_phdr(img, 0, 1, 4, CODE_OFF, CODE_VADDR, 0x40, 0x40);
	CHECK("no_code_segment", rejects(img, IMG_SIZE, "entry point", &err));
	make_valid(img);
	put_phdr(img, 0, 4, 5, CODE_OFF, CODE_VADDR, 0x40, 0x40);
	put_phdr(img, 1, 4, 6, DATA_OFF, DATA_VADDR, 0x10, 0x100);
	CHECK("no_load_segment", rejects(img, IMG_SIZE, "no loadable", &err));

	/* Too many segments. */
	{
		static uint8_t big[0x4000];
		make_valid(big);
		unsigned n = HL_ELF_MAX_SEGMENTS + 1;
		w64(big + 32, 0x2800);
		w16(big + 56, (uint16_t)n);
		for (unsigned i = 0; i < n; i++) {
			uint8_t *p = big + 0x2800 + 56 * i;
			w32(p, 1);
			w32(p + 4, i == 0 ? 5 : 4);
			w64(p + 8, CODE_OFF);
			w64(p + 16, CODE_VADDR + 0x10000ull * i);
			w64(p + 32, 0x40);
			w64(p + 40, 0x40);
		}
		CHECK("too_many_segments", rejects(big, sizeof big, "more than", &err));
		w16(big + 56, (uint16_t)(n - 1));
		struct hl_elf e;
		CHECK("max_segments_ok", parse_copy(big, sizeof big, &e, &err, NULL) == 0 &&
						 e.nsegs == HL_ELF_MAX_SEGMENTS);
	}
	snprintf(name, sizeof name, "message_has_header_index");
	make_valid(img);
	put_phdr(img, 1, 1, 7, DATA_OFF, DATA_VADDR, 0x10, 0x10);
	CHECK(name, rejects(img, IMG_SIZE, "program header 1", &err));
}

static void test_symtab(void)
{
	static uint8_t img[IMG_SIZE];
	struct hl_elf e;
	struct hl_elf_error err;
	uint64_t off;

	make_valid(img);
	w32(img + SHOFF + 64 * 2 + 40, 99); /* sh_link out of range */
	CHECK("symtab_bad_link", parse_copy(img, IMG_SIZE, &e, &err, NULL) == 0 &&
					 e.nsyms == 0);
	make_valid(img);
	w64(img + SHOFF + 64 * 3 + 24, IMG_SIZE - 4); /* strtab past the end */
	CHECK("strtab_out_of_range", parse_copy(img, IMG_SIZE, &e, &err, NULL) == 0 &&
					     e.nsyms == 0);
	make_valid(img);
	w64(img + SHOFF + 64 * 2 + 56, 16); /* bad entsize */
	CHECK("symtab_bad_entsize", parse_copy(img, IMG_SIZE, &e, &err, NULL) == 0 &&
					    e.nsyms == 0);
	make_valid(img);
	w64(img + SHOFF + 64 * 2 + 32, UINT64_MAX - 3); /* size overflow */
	CHECK("symtab_size_overflow", parse_copy(img, IMG_SIZE, &e, &err, NULL) == 0 &&
					      e.nsyms == 0);
	make_valid(img);
	w64(img + 40, UINT64_MAX - 63); /* e_shoff overflow */
	CHECK("shoff_overflow", parse_copy(img, IMG_SIZE, &e, &err, NULL) == 0 &&
					e.nsyms == 0);
	make_valid(img);
	w32(img + SHOFF + 64 * 3 + 4, 1); /* link is not a string table */
	CHECK("symtab_link_not_strtab", parse_copy(img, IMG_SIZE, &e, &err, NULL) == 0 &&
						e.nsyms == 0);

	/* A name running off the end of the string table is skipped. */
	uint8_t *copy;
	make_valid(img);
	w64(img + SHOFF + 64 * 3 + 32, 10); /* strtab cut inside "helper" */
	int r = parse_copy(img, IMG_SIZE, &e, &err, &copy);
	const char *s = r == 0 ? hl_elf_symbolize(&e, CODE_VADDR + 0x24, &off) : NULL;
	CHECK("sym_name_unterminated", r == 0 && s && !strcmp(s, "_start") && off == 0x24);
	free(copy);
	/* Name offset beyond the string table: skipped. */
	make_valid(img);
	w32(img + SYMOFF + 24 * 2, 0x7fffffff);
	r = parse_copy(img, IMG_SIZE, &e, &err, &copy);
	s = r == 0 ? hl_elf_symbolize(&e, CODE_VADDR + 0x24, &off) : NULL;
	CHECK("sym_name_out_of_range", r == 0 && s && !strcmp(s, "_start"));
	free(copy);
}

/* ---- mutation loop ---- */

static void test_mutations(void)
{
	static uint8_t base[IMG_SIZE], img[IMG_SIZE];
	static const uint64_t interesting[] = {
		0, 1, 0x7f, 0x80, 0xff, 0xffff, 0x10000, 0x7fffffff, 0x80000000u,
		0xffffffffu, 1ull << 32, (1ull << 32) + 1, IMG_SIZE, IMG_SIZE - 1,
		IMG_SIZE + 1, INT64_MAX, UINT64_MAX, UINT64_MAX - 1, UINT64_MAX - 55,
		CODE_VADDR, DATA_VADDR};
	/* Offsets of interesting fields: header, program and section headers. */
	static const unsigned fields[] = {
		16, 18, 24, 32, 40, 54, 56, 58, 60, 62, PH(0), PH(0) + 4, PH(0) + 8,
		PH(0) + 16, PH(0) + 32, PH(0) + 40, PH(1), PH(1) + 4, PH(1) + 8,
		PH(1) + 16, PH(1) + 32, PH(1) + 40, PH(2), SHOFF + 64 * 2 + 24,
		SHOFF + 64 * 2 + 32, SHOFF + 64 * 2 + 40, SHOFF + 64 * 3 + 24,
		SHOFF + 64 * 3 + 32, SYMOFF + 24 + 8, SYMOFF + 24 + 16, SYMOFF + 24};
	size_t parsed = 0, rejected = 0, bad = 0;
	const int rounds = 5000;

	make_valid(base);
	for (int round = 0; round < rounds; round++) {
		memcpy(img, base, IMG_SIZE);
		int nmut = 1 + (int)(next() % 6);
		for (int m = 0; m < nmut; m++) {
			uint64_t r = next();
			switch (r % 4) {
			case 0: /* random byte in the headers */
				img[next() % 0x200] = (uint8_t)next();
				break;
			case 1: /* random byte anywhere */
				img[next() % IMG_SIZE] = (uint8_t)next();
				break;
			case 2: { /* interesting value in a field, 2/4/8 bytes */
				unsigned f = fields[next() % (sizeof fields / sizeof fields[0])];
				uint64_t v = interesting[next() % (sizeof interesting /
								   sizeof interesting[0])];
				unsigned w = 2u << (next() % 3);
				for (unsigned i = 0; i < w && f + i < IMG_SIZE; i++)
					img[f + i] = (uint8_t)(v >> (8 * i));
				break;
			}
			default: /* bit flip in the headers */
				img[next() % 0x200] ^= (uint8_t)(1u << (next() % 8));
				break;
			}
		}
		size_t size = IMG_SIZE;
		if (next() % 8 == 0)
			size = (size_t)(next() % IMG_SIZE);

		struct hl_elf e;
		struct hl_elf_error err;
		uint8_t *copy;
		if (parse_copy(img, size, &e, &err, &copy) != 0) {
			rejected++;
			if (!err.msg[0])
				bad++;
			free(copy);
			continue;
		}
		parsed++;
		/* Invariants of an accepted module. */
		for (unsigned i = 0; i < e.nsegs; i++) {
			const struct hl_segment *sg = &e.seg[i];
			if (sg->offset > size || sg->filesz > size - sg->offset ||
			    sg->data != copy + sg->offset || sg->filesz > sg->memsz ||
			    sg->vaddr + sg->memsz > (1ull << 32) ||
			    ((sg->flags & HL_SEG_W) && (sg->flags & HL_SEG_X)) ||
			    (i + 1 < e.nsegs && sg->vaddr + sg->memsz > e.seg[i + 1].vaddr))
				bad++;
			volatile uint8_t sum = 0;
			for (uint64_t k = 0; k < sg->filesz; k++)
				sum ^= sg->data[k];
			(void)sum;
		}
		for (int k = 0; k < 8; k++) {
			uint64_t a = k < 4 && e.nsegs ? e.seg[next() % e.nsegs].vaddr + next() % 0x80
						      : next() % (1ull << 33);
			uint64_t off;
			const char *s = hl_elf_symbolize(&e, a, &off);
			if (s && strlen(s) > size)
				bad++;
			char buf[48];
			hl_elf_format_addr(&e, a, buf, sizeof buf);
		}
		free(copy);
	}
	printf("# mutations: %d rounds, %zu parsed, %zu rejected\n", rounds, parsed,
	       rejected);
	CHECK("mutations_no_crash_invariants_hold", bad == 0);
	CHECK("mutations_exercised_both_paths", parsed > 50 && rejected > 50);
}

int main(void)
{
	test_valid();
	test_header();
	test_phdrs();
	test_symtab();
	test_mutations();
	return failures ? 1 : 0;
}
