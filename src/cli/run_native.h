/* `halite run --native` (run_native.c): the options run.c parsed, checked
 * for native mode and passed on to the outer sandbox (hl_native_run). */
#ifndef HALITE_CLI_RUN_NATIVE_H
#define HALITE_CLI_RUN_NATIVE_H

#include <stddef.h>
#include <stdint.h>

struct hl_grants;

struct cli_native {
	char **argv;			/* PROGRAM [ARGS...] */
	char **envp;			/* the whole environment */
	const struct hl_grants *grants; /* --dir */
	const char *cwd;		/* --cwd, NULL = "/" */
	uint64_t memory;		/* --memory, 0 = none */
	uint64_t stack;			/* --stack if given, else 0 */
	double cpu_time, timeout;	/* 0 = none */
	uint64_t max_file_size;		/* 0 = none */
	unsigned max_tasks;		/* --max-threads if given, else 0 */
	int trace_denied, trace, no_outer;
	const char **allow; /* --allow-syscall names */
	size_t nallow;
};

/* Runs the program; returns halite's exit status. */
int cli_run_native(const struct cli_native *c);

#endif
