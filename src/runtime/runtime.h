/* libhalite's runtime API: load a module, make sandboxes from it, run
 * them. One process may hold many sandboxes; nothing here is global per
 * sandbox. The `halite run` command is a thin client of this header.
 *
 * Lifecycle:
 *   hl_module_load()    read, parse and validate a module file
 *   hl_sandbox_create() reserve a slot and map the module into it
 *   hl_sandbox_run()    run its main thread to the end (blocks)
 *   hl_sandbox_destroy(), hl_module_free() */
#ifndef HALITE_RUNTIME_H
#define HALITE_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#include "loader/elf.h"
#include "validator/validator.h"

struct hl_warm_slot;

struct hl_module {
	char *path;        /* as given, for messages */
	uint8_t *image;    /* the whole file */
	size_t size;
	struct hl_elf elf; /* points into image */
	uint64_t phdr;     /* sandbox address of the program headers (AT_PHDR), 0 if unmapped */
	uint64_t image_end;/* sandbox address just past the highest segment */
	/* Embedded sandboxes (hl_config.embed) map the image from a sealed
	 * memfd built on first use (image.c): 0 not yet, 1 image_fd, -1
	 * could not (they copy it then, as the others do). image_prot: each
	 * page's protection from 0x10000 on; image_bundle: the sandbox
	 * address of the return bundle. */
	int image_state;
	int image_fd;
	uint8_t *image_prot;
	uint64_t image_bundle;
	/* The file's bytes of its writable pages, [rw_lo, rw_hi) in sandbox
	 * addresses, kept when they span at most HL_IMAGE_RW_MAX (else
	 * NULL): warm.c puts them back in a reused slot (hl_image_rw). */
	uint8_t *image_rw;
	uint64_t rw_lo, rw_hi;
	/* No x87 instruction in its code (hl_module_check_fp, which embedded
	 * modules run): its sandboxes cannot touch the x87 unit, so a call
	 * leaves it alone, and their dynamic code may not bring x87 in. */
	int x87_free;
	/* No ldmxcsr or stmxcsr (VEX forms too) in its code: its sandboxes
	 * can neither read nor write MXCSR, so a call runs the module with
	 * the host's, as a library function runs (docs/embedding.md), and
	 * their dynamic code may not bring either in. */
	int mxcsr_free;
	/* Warm slots of its embedded sandboxes (warm.c, under its lock). */
	struct hl_warm_slot *warm; /* HL_WARM_MAX entries, or NULL */
	unsigned nwarm, warm_pending;
};

/* Why a module could not be loaded. kind says which exit status fits:
 * HL_LOAD_INVALID (the module breaks the sandbox rules: 126) or
 * HL_LOAD_ERROR (unreadable, malformed: 126 too, but no diagnostics). */
enum hl_load_kind { HL_LOAD_OK = 0, HL_LOAD_ERROR, HL_LOAD_INVALID };

struct hl_load_error {
	enum hl_load_kind kind;
	char msg[300];
};

/* Reads and checks a module: ELF structure, and every executable segment
 * validated under policy (NULL: hv_policy_default). */
struct hl_module *hl_module_load(const char *path, const struct hv_policy *policy,
				 struct hl_load_error *err);
void hl_module_free(struct hl_module *m);
/* Sets m->x87_free and m->mxcsr_free: whether its code holds no x87
 * instruction, and none that reads or writes MXCSR (validated again with
 * both classes denied). Before any sandbox of it is made. */
void hl_module_check_fp(struct hl_module *m);

struct hl_config {
	uint64_t memory_limit;   /* bytes of sandbox memory; 0 = no limit but the slot */
	uint64_t stack_size;     /* main thread stack (default 8 MiB) */
	unsigned max_threads;    /* 0 = default (64) */
	double timeout;          /* seconds of wall time, 0 = none */
	int trace;               /* print every system call on trace_fd */
	int trace_fd;
	const struct hl_grants *grants; /* directories visible to the module, may be NULL */
	const char *cwd;         /* guest working directory, inside a grant; NULL = "/" */
	int stdio[3];            /* host descriptors for 0, 1, 2 (duplicated); -1 = closed */
	int embed;               /* runtime calls 2 and 3 and the return bundle, for the
				    embedding API (include/halite.h); 0: reserved */
	int any_base;            /* never the slot at address 0 (create.c); embedded
				    sandboxes never take it */
	/* -1, or a descriptor (the caller's) the first clone reads one
	 * byte from before it makes a thread: 'y', threads may be made;
	 * anything else, none (the outer sandbox's task cap,
	 * src/outer/namespaces.c). */
	int thread_gate;
};

void hl_config_default(struct hl_config *c);

/* How a sandbox ended. */
enum hl_end {
	HL_END_EXIT = 1,   /* exit/exit_group: code */
	HL_END_FAULT,      /* a fault in sandbox code: signal, fault */
	HL_END_KILLED,     /* killed by itself (abort, kill): signal */
	HL_END_TIMEOUT,    /* --timeout expired */
	HL_END_ERROR       /* the runtime could not continue: msg */
};

#define HL_BACKTRACE_MAX 16

struct hl_fault {
	int signal;
	int code;          /* si_code */
	uint64_t addr;     /* faulting data address (host), or 0 */
	uint64_t rip;      /* sandbox address of the instruction */
	uint64_t rsp;      /* sandbox address */
	uint8_t insn[16];  /* bytes at rip */
	unsigned insn_len; /* how many could be read */
	unsigned nframes;  /* return addresses found on the stack (sandbox addresses) */
	uint64_t frames[HL_BACKTRACE_MAX];
	int stack_overflow;/* the address was in a stack guard */
};

struct hl_result {
	enum hl_end end;
	int code;          /* exit code, or signal number */
	struct hl_fault fault;
	char msg[256];
};

struct hl_sandbox;

/* Reserves a slot and maps the module. Returns NULL with a message. */
struct hl_sandbox *hl_sandbox_create(const struct hl_module *m, const struct hl_config *cfg,
				     char *err, size_t errsz);

/* Runs the module's main thread with argv and envp (NULL-terminated) on
 * the calling thread, and waits for every sandbox thread to end. */
void hl_sandbox_run(struct hl_sandbox *sb, char *const argv[], char *const envp[],
		    struct hl_result *res);

void hl_sandbox_destroy(struct hl_sandbox *sb);

/* Host address of sandbox address 0. */
uint64_t hl_sandbox_base(const struct hl_sandbox *sb);

/* The exit status `halite run` reports for a result: the module's code,
 * 128 + signal, 124 for a timeout, 125 for a runtime error. */
int hl_result_status(const struct hl_result *r);

#endif
