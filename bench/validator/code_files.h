/* Executable code of ELF files, for the validator benchmark: the executable
 * PT_LOAD segments of an executable or module, the SHF_EXECINSTR sections
 * of a relocatable object, and the objects inside an ar archive. */
#ifndef HALITE_BENCH_CODE_FILES_H
#define HALITE_BENCH_CODE_FILES_H

#include <stddef.h>
#include <stdint.h>

struct code_piece {
	const uint8_t *code;
	size_t len;
	uint64_t vaddr; /* where it runs (sections of objects: 0x20000) */
};

/* Appends the pieces of file path to *pieces (grown with realloc; *n
 * counts them). The bytes stay valid until exit. Returns 0, or -1 with a
 * message on stderr. */
int code_files_load(const char *path, struct code_piece **pieces, size_t *n);

#endif
