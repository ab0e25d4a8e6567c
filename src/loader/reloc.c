/* Dynamic-section reading for static-PIE modules: the program-header
 * address musl wants in AT_PHDR and the R_X86_64_RELATIVE relocations the
 * loader applies (docs/abi.md, section 6). Like elf.c, every read is
 * bounds-checked against the file image. */
#include "loader/elf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define PT_DYNAMIC 2
#define DT_NULL 0
#define DT_RELA 7
#define DT_RELASZ 8
#define DT_RELAENT 9
#define DT_REL 17
#define DT_JMPREL 23
#define DT_RELR 36
#define R_X86_64_NONE 0
#define R_X86_64_RELATIVE 8

static uint64_t rd64(const uint8_t *p)
{
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

static unsigned rd16(const uint8_t *p) { return (unsigned)p[0] | (unsigned)p[1] << 8; }
static uint32_t rd32(const uint8_t *p) { return (uint32_t)rd16(p) | (uint32_t)rd16(p + 2) << 16; }

static int in_range(uint64_t off, uint64_t len, uint64_t size)
{
	return off <= size && len <= size - off;
}

static int fail(struct hl_elf_error *err, uint64_t off, const char *fmt, ...)
{
	va_list ap;
	err->offset = off;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return -1;
}

/* File offset of the bytes at sandbox address [va, va+len) inside one
 * segment's file-backed part, or -1. */
static int64_t va_to_off(const struct hl_elf *e, uint64_t va, uint64_t len)
{
	for (unsigned i = 0; i < e->nsegs; i++) {
		const struct hl_segment *s = &e->seg[i];
		if (va >= s->vaddr && va - s->vaddr <= s->filesz && len <= s->filesz - (va - s->vaddr))
			return (int64_t)(s->offset + (va - s->vaddr));
	}
	return -1;
}

uint64_t hl_elf_phdr_addr(const struct hl_elf *e)
{
	uint64_t phoff = rd64(e->image + 32);
	unsigned phnum = rd16(e->image + 56);
	uint64_t len = (uint64_t)phnum * 56;
	for (unsigned i = 0; i < e->nsegs; i++) {
		const struct hl_segment *s = &e->seg[i];
		if (phoff >= s->offset && phoff - s->offset <= s->filesz &&
		    len <= s->filesz - (phoff - s->offset))
			return s->vaddr + (phoff - s->offset);
	}
	return 0;
}

int hl_elf_relocs(const struct hl_elf *e, hl_reloc_fn fn, void *ctx, struct hl_elf_error *err)
{
	uint64_t phoff = rd64(e->image + 32);
	unsigned phnum = rd16(e->image + 56);
	const uint8_t *dyn = NULL;
	uint64_t dynsz = 0, dynoff = 0;
	for (unsigned i = 0; i < phnum; i++) {
		uint64_t off = phoff + (uint64_t)i * 56;
		if (!in_range(off, 56, e->size))
			return fail(err, off, "program header %u lies outside the file", i);
		const uint8_t *ph = e->image + off;
		if (rd32(ph) != PT_DYNAMIC)
			continue;
		dynoff = rd64(ph + 8);
		dynsz = rd64(ph + 32);
		if (!in_range(dynoff, dynsz, e->size))
			return fail(err, off, "the dynamic section lies outside the file");
		dyn = e->image + dynoff;
	}
	if (!dyn)
		return 0; /* not relocatable (ET_EXEC, or a PIE without relocations) */
	uint64_t rela = 0, relasz = 0, relaent = 24;
	int have_rela = 0;
	for (uint64_t k = 0; k + 16 <= dynsz; k += 16) {
		uint64_t tag = rd64(dyn + k), val = rd64(dyn + k + 8);
		if (tag == DT_NULL)
			break;
		if (tag == DT_RELA)
			rela = val, have_rela = 1;
		else if (tag == DT_RELASZ)
			relasz = val;
		else if (tag == DT_RELAENT)
			relaent = val;
		else if (tag == DT_REL || tag == DT_JMPREL || tag == DT_RELR)
			return fail(err, dynoff + k,
				    "dynamic tag %llu: only RELA relocations are supported; link with halite-cc",
				    (unsigned long long)tag);
	}
	if (!have_rela || relasz == 0)
		return 0;
	if (relaent != 24)
		return fail(err, dynoff, "DT_RELAENT is %llu, expected 24", (unsigned long long)relaent);
	int64_t off = va_to_off(e, rela, relasz);
	if (off < 0 || relasz % 24)
		return fail(err, dynoff, "the relocation table (address 0x%llx, %llu bytes) is not in the file",
			    (unsigned long long)rela, (unsigned long long)relasz);
	for (uint64_t k = 0; k < relasz; k += 24) {
		const uint8_t *r = e->image + off + k;
		uint64_t where = rd64(r), info = rd64(r + 8), addend = rd64(r + 16);
		uint32_t type = (uint32_t)info;
		if (type == R_X86_64_NONE)
			continue;
		if (type != R_X86_64_RELATIVE)
			return fail(err, (uint64_t)off + k,
				    "relocation type %u at 0x%llx: only R_X86_64_RELATIVE is supported",
				    type, (unsigned long long)where);
		if (fn(ctx, where, addend) < 0)
			return fail(err, (uint64_t)off + k,
				    "relocation at 0x%llx does not lie in a writable segment",
				    (unsigned long long)where);
	}
	return 0;
}
