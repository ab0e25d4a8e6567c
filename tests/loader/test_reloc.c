/* The dynamic-section reader (src/loader/reloc.c) on a real module built
 * by halite-cc, mutated: its program headers, PT_DYNAMIC entries and
 * relocation table are untrusted bytes the trusted runtime reads before
 * the module runs. Each mutated image is copied into a buffer of exactly
 * its size and the reader runs under ASan and UBSan: a read outside the
 * image, or undefined behaviour, ends the test. Whatever the reader
 * accepts must hold its contract: every relocation it reports was read
 * from the table in the file.
 *
 *   test_reloc MODULE.elf      (a static-PIE module with relocations) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader/elf.h"
#include "check.h"

static uint64_t rd64(const uint8_t *p)
{
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

static void wr(uint8_t *p, uint64_t v, unsigned width)
{
	for (unsigned i = 0; i < width; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

/* What the callback saw: how many relocations, and (when check is set)
 * whether each came from a 24-byte entry of the file, its where and
 * addend fields. */
struct seen {
	const uint8_t *image;
	size_t size;
	int check;
	unsigned count, foreign;
};

static int record(void *ctx, uint64_t where, uint64_t addend)
{
	struct seen *s = ctx;
	s->count++;
	/* The pair must appear in the image as an entry's first and third
	 * words: the table is in the file, nothing else can produce it. */
	int found = !s->check;
	for (size_t k = 0; !found && k + 24 <= s->size; k++)
		found = rd64(s->image + k) == where && rd64(s->image + k + 16) == addend;
	s->foreign += !found;
	return next() % 16 ? 0 : -1; /* refuse now and then, as the runtime may */
}

/* The file ranges of the dynamic section and the relocation table. */
struct ranges {
	uint64_t dyn_off, dyn_size, rela_off, rela_size, phoff, dyn_ph;
	unsigned phnum;
};

static int find_ranges(const uint8_t *img, size_t size, struct ranges *r)
{
	struct hl_elf e;
	struct hl_elf_error err;
	if (hl_elf_parse(&e, img, size, &err))
		return -1;
	memset(r, 0, sizeof *r);
	r->phoff = rd64(img + 32);
	r->phnum = (unsigned)img[56] | (unsigned)img[57] << 8;
	for (unsigned i = 0; i < r->phnum; i++) {
		const uint8_t *ph = img + r->phoff + 56ull * i;
		if ((ph[0] | ph[1] << 8 | ph[2] << 16 | (uint32_t)ph[3] << 24) == 2) {
			r->dyn_ph = r->phoff + 56ull * i;
			r->dyn_off = rd64(ph + 8);
			r->dyn_size = rd64(ph + 32);
		}
	}
	uint64_t rela = 0;
	for (uint64_t k = 0; k + 16 <= r->dyn_size; k += 16) {
		uint64_t tag = rd64(img + r->dyn_off + k), val = rd64(img + r->dyn_off + k + 8);
		if (tag == 7)
			rela = val;
		else if (tag == 8)
			r->rela_size = val;
	}
	for (unsigned i = 0; i < e.nsegs; i++)
		if (rela >= e.seg[i].vaddr && rela - e.seg[i].vaddr < e.seg[i].filesz)
			r->rela_off = e.seg[i].offset + (rela - e.seg[i].vaddr);
	return r->dyn_size && r->rela_off && r->rela_size ? 0 : -1;
}

/* One mutation of img (size bytes), aimed at the parts reloc.c reads. */
static void mutate(uint8_t *img, size_t size, const struct ranges *r)
{
	static const uint64_t interesting[] = {
	    0,		 1,	     7,		8,	    9,
	    16,		 17,	     23,	24,	    36,
	    0xff,	 0x1000,     0x20000,	0x7fffffff, 0x80000000u,
	    0xffffffffu, 1ull << 32, INT64_MAX, UINT64_MAX, UINT64_MAX - 23};
	uint64_t pick = next() % 7;
	uint64_t at;
	switch (pick) {
	case 0: /* a dynamic entry's tag or value */
		at = r->dyn_off + 8 * (next() % (r->dyn_size / 8));
		wr(img + at, interesting[next() % (sizeof interesting / sizeof interesting[0])], 8);
		return;
	case 1: /* a relocation's offset, info or addend */
		at = r->rela_off + 8 * (next() % (r->rela_size / 8));
		wr(img + at, interesting[next() % (sizeof interesting / sizeof interesting[0])], 8);
		return;
	case 2: /* a field of any program header */
		at = r->phoff + 8 * (next() % (7ull * r->phnum));
		wr(img + at, interesting[next() % (sizeof interesting / sizeof interesting[0])],
		   4u << (next() % 2));
		return;
	case 3: /* PT_DYNAMIC's type, offset or size, or a value near them */
		at = r->dyn_ph + (uint64_t[]){0, 8, 32}[next() % 3];
		if (next() % 2)
			wr(img + at,
			   interesting[next() % (sizeof interesting / sizeof interesting[0])],
			   at == r->dyn_ph ? 4 : 8);
		else
			wr(img + at, rd64(img + at) + (next() % 64) - 32, at == r->dyn_ph ? 4 : 8);
		return;
	case 4: /* a random byte in the dynamic section or the table */
		at = next() % 2 ? r->dyn_off + next() % r->dyn_size
				: r->rela_off + next() % r->rela_size;
		img[at] = (uint8_t)next();
		return;
	case 5: /* a bit of the ELF header */
		img[next() % 64] ^= (uint8_t)(1u << (next() % 8));
		return;
	default: /* a random byte anywhere */ img[next() % size] = (uint8_t)next(); return;
	}
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: test_reloc MODULE.elf\n");
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	static uint8_t base[1 << 20];
	size_t size = f ? fread(base, 1, sizeof base, f) : 0;
	if (f)
		fclose(f);
	struct ranges r;
	CHECK("the module parses and has a relocation table",
	      size > 0 && size < sizeof base && find_ranges(base, size, &r) == 0);
	if (failures)
		return 1;
	uint8_t *img = malloc(size);
	size_t parsed = 0, accepted = 0, relocs = 0, foreign = 0;
	const int rounds = 20000;
	for (int round = 0; round < rounds && img; round++) {
		memcpy(img, base, size);
		int n = 1 + (int)(next() % 4);
		for (int m = 0; m < n; m++)
			mutate(img, size, &r);
		/* A copy of exactly the image's size (sometimes truncated), so
		 * that ASan catches a read past its end. */
		size_t len = next() % 16 ? size : (size_t)(next() % size);
		uint8_t *copy = malloc(len ? len : 1);
		if (!copy)
			break;
		memcpy(copy, img, len);
		struct hl_elf e;
		struct hl_elf_error err;
		if (hl_elf_parse(&e, copy, len, &err) == 0) {
			parsed++;
			/* The search is slow: one round in 64. */
			struct seen s = {copy, len, round % 64 == 0, 0, 0};
			if (hl_elf_relocs(&e, record, &s, &err) == 0)
				accepted++;
			else if (!err.msg[0])
				foreign++; /* a refusal must say why */
			relocs += s.count;
			foreign += s.foreign;
			uint64_t v, sz;
			(void)hl_elf_phdr_addr(&e);
			(void)hl_elf_lookup(&e, "main", &v, &sz);
		}
		free(copy);
	}
	free(img);
	printf("# %d rounds: %zu parsed, %zu with their relocations accepted, %zu relocations "
	       "reported\n",
	       rounds, parsed, accepted, relocs);
	CHECK("every reported relocation comes from the file, every refusal says why",
	      foreign == 0);
	CHECK("the mutations reach both outcomes", accepted > 100 && parsed - accepted > 100);
	return failures != 0;
}
