/* libFuzzer target for the module reader: the ELF reader (src/loader/
 * elf.c) and the dynamic-section reader (reloc.c), which the trusted
 * runtime runs on untrusted module files before anything is validated or
 * mapped. libFuzzer hands over a buffer of exactly the input's size, so
 * ASan catches any read past the file; UBSan any undefined behaviour. On
 * an accepted file every query the runtime makes runs too: relocations,
 * lookup, AT_PHDR, and the symbolization of fault reports. A refusal
 * without a message aborts (users must be told what is wrong).
 *
 * Built by tests/fuzz/fuzz.mk as build/tests/fuzz_loader (clang);
 * `make fuzz-loader` runs it on module files (tests/loader/test_elf.c and
 * test_reloc.c are the mutation tests `make test` runs). */
#include <stdint.h>
#include <stdlib.h>

#include "loader/elf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int count(void *ctx, uint64_t where, uint64_t addend)
{
	(void)where;
	(void)addend;
	return ++*(unsigned *)ctx % 7 ? 0 : -1; /* refuse now and then, as the runtime may */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hl_elf e;
	struct hl_elf_error err = {0};
	if (hl_elf_parse(&e, data, size, &err)) {
		if (!err.msg[0])
			abort();
		return 0;
	}
	unsigned n = 0;
	err.msg[0] = 0;
	if (hl_elf_relocs(&e, count, &n, &err) && !err.msg[0])
		abort();
	uint64_t value, sz, off;
	(void)hl_elf_lookup(&e, "main", &value, &sz);
	(void)hl_elf_lookup(&e, "malloc", &value, &sz);
	(void)hl_elf_phdr_addr(&e);
	char buf[64];
	for (unsigned i = 0; i < e.nsegs; i++) {
		(void)hl_elf_symbolize(&e, e.seg[i].vaddr + e.seg[i].memsz / 2, &off);
		(void)hl_elf_format_addr(&e, e.seg[i].vaddr + 5, buf, sizeof buf);
	}
	(void)hl_elf_format_addr(&e, e.entry, buf, sizeof buf);
	return 0;
}
