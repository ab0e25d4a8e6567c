/* See code_files.h. Only what the benchmark needs: little-endian ELF64,
 * the System V ar format; anything else is refused with a message. */
#include "code_files.h"

#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int add(struct code_piece **pieces, size_t *n, const uint8_t *code, size_t len,
	       uint64_t vaddr)
{
	struct code_piece *p = realloc(*pieces, (*n + 1) * sizeof **pieces);
	if (!p)
		return -1;
	*pieces = p;
	p[*n] = (struct code_piece){code, len, vaddr};
	(*n)++;
	return 0;
}

/* An ELF image b[0..size): executable segments, or executable sections of
 * a relocatable object. */
static int from_elf(const char *name, const uint8_t *b, size_t size, struct code_piece **pieces,
		    size_t *n)
{
	const Elf64_Ehdr *eh = (const void *)b;
	if (size < sizeof *eh || memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
	    eh->e_ident[EI_CLASS] != ELFCLASS64) {
		fprintf(stderr, "bench_validator: %s: not a 64-bit ELF file\n", name);
		return -1;
	}
	if (eh->e_type == ET_REL) {
		if (eh->e_shoff > size || (size - eh->e_shoff) / sizeof(Elf64_Shdr) < eh->e_shnum)
			goto bad;
		const Elf64_Shdr *sh = (const void *)(b + eh->e_shoff);
		for (unsigned i = 0; i < eh->e_shnum; i++) {
			if (sh[i].sh_type != SHT_PROGBITS || !(sh[i].sh_flags & SHF_EXECINSTR) ||
			    !sh[i].sh_size)
				continue;
			if (sh[i].sh_offset > size || sh[i].sh_size > size - sh[i].sh_offset)
				goto bad;
			if (add(pieces, n, b + sh[i].sh_offset, sh[i].sh_size, 0x20000))
				return -1;
		}
		return 0;
	}
	if (eh->e_phoff > size || (size - eh->e_phoff) / sizeof(Elf64_Phdr) < eh->e_phnum)
		goto bad;
	const Elf64_Phdr *ph = (const void *)(b + eh->e_phoff);
	for (unsigned i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type != PT_LOAD || !(ph[i].p_flags & PF_X))
			continue;
		if (ph[i].p_offset > size || ph[i].p_filesz > size - ph[i].p_offset)
			goto bad;
		if (add(pieces, n, b + ph[i].p_offset, ph[i].p_filesz, ph[i].p_vaddr))
			return -1;
	}
	return 0;
bad:
	fprintf(stderr, "bench_validator: %s: truncated ELF file\n", name);
	return -1;
}

/* An ar archive: every member but the symbol and name tables. */
static int from_ar(const char *name, const uint8_t *b, size_t size, struct code_piece **pieces,
		   size_t *n)
{
	size_t off = 8;
	while (off + 60 <= size) {
		const char *h = (const char *)b + off;
		char sz[11];
		memcpy(sz, h + 48, 10);
		sz[10] = 0;
		size_t len = strtoul(sz, NULL, 10);
		off += 60;
		if (len > size - off) {
			fprintf(stderr, "bench_validator: %s: truncated archive\n", name);
			return -1;
		}
		if (h[0] != '/' && from_elf(name, b + off, len, pieces, n))
			return -1;
		off += len + (len & 1);
	}
	return 0;
}

int code_files_load(const char *path, struct code_piece **pieces, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return -1;
	}
	uint8_t *b = NULL;
	size_t size = 0, cap = 0, got;
	do {
		if (size == cap) {
			cap = cap ? 2 * cap : 1 << 20;
			uint8_t *nb = realloc(b, cap);
			if (!nb) {
				fclose(f);
				free(b);
				return -1;
			}
			b = nb;
		}
		got = fread(b + size, 1, cap - size, f);
		size += got;
	} while (got);
	fclose(f);
	/* b is never freed: the pieces point into it. */
	if (size >= 8 && !memcmp(b, "!<arch>\n", 8))
		return from_ar(path, b, size, pieces, n);
	return from_elf(path, b, size, pieces, n);
}
