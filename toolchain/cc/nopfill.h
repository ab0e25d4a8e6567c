/* nopfill: a post-link pass of halite-cc that merges runs of single-byte
 * nops (0x90, GNU as's bundle padding) into multi-byte nops of the same
 * total length, in a module's executable segments. See nopfill.c. */
#ifndef HALITE_NOPFILL_H
#define HALITE_NOPFILL_H

#include <stddef.h>

/* nopfill_file flags */
#define NOPFILL_DRY_RUN 1u	/* plan and count only; the file is not written */
#define NOPFILL_INJECT_FAULT 2u /* test hook: break the result (must be reverted) */

struct nopfill_stats {
	unsigned bundle;     /* bundle size the module validates with (32, 16); 0: none */
	size_t segments;     /* executable segments */
	size_t code_bytes;   /* their file bytes */
	size_t targets;	     /* distinct branch targets and symbols inside the code */
	size_t nop1;	     /* single-byte nops in the code before the pass */
	size_t runs;	     /* pieces of >= 2 single-byte nops merged */
	size_t run_bytes;    /* bytes in those pieces */
	size_t splits;	     /* runs cut at a bundle boundary or a target */
	size_t nops_written; /* multi-byte nops that replaced the pieces */
};

enum nopfill_status {
	NOPFILL_OK = 0,	    /* rewritten (or nothing to merge), still valid */
	NOPFILL_SKIPPED,    /* not an ELF64 x86-64 executable or not a regular file */
	NOPFILL_INVALID,    /* does not validate as linked: left as it is */
	NOPFILL_REVERTED,   /* the result did not validate: the original is kept */
	NOPFILL_ERROR,	    /* read or format error (msg says which): unchanged */
	NOPFILL_WRITE_ERROR /* writing failed: the file may be damaged */
};

/* Rewrites the module at path in place. msg (msglen bytes) receives the
 * reason for any status but NOPFILL_OK. */
enum nopfill_status nopfill_file(const char *path, unsigned flags, struct nopfill_stats *st,
				 char *msg, size_t msglen);

#endif
