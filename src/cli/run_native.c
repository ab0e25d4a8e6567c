/* `halite run --native PROGRAM [ARGS]`: an unmodified Linux program under
 * the outer sandbox alone (src/outer/native.c, docs/outer.md). The options
 * are halite run's; those that belong to the inner sandbox are refused. */
#include <stdio.h>
#include <stdlib.h>

#include "cli/run_native.h"
#include "outer/outer.h"

enum { EXIT_HALITE = 125 };

/* Without --max-threads: the cap on the program's processes and threads. */
#define NATIVE_MAX_TASKS 256

int cli_run_native(const struct cli_native *c)
{
	if (c->no_outer) {
		fprintf(stderr,
			"halite run: --native runs under the outer sandbox only; it cannot be "
			"turned off (--no-outer-sandbox)\n");
		return EXIT_HALITE;
	}
	if (c->trace) {
		fprintf(stderr, "halite run: --trace needs the inner sandbox; with --native, "
				"--trace-denied reports refused system calls\n");
		return EXIT_HALITE;
	}
	int *allow = calloc(c->nallow + 1, sizeof *allow);
	if (!allow) {
		fprintf(stderr, "halite run: out of memory\n");
		return EXIT_HALITE;
	}
	for (size_t i = 0; i < c->nallow; i++) {
		const char *name = c->allow[i];
		char *end;
		long nr = strtol(name, &end, 10);
		if (*end || end == name)
			nr = hl_syscall_number(name);
		else if (nr < 0 || nr > 1023)
			nr = -1;
		if (nr < 0) {
			fprintf(stderr,
				"halite run: --allow-syscall %s: not an x86-64 system call\n",
				name);
			free(allow);
			return EXIT_HALITE;
		}
		allow[i] = (int)nr;
	}
	allow[c->nallow] = -1;
	struct hl_native n = {
	    .grants = c->grants,
	    .argv = c->argv,
	    .envp = c->envp,
	    .cwd = c->cwd,
	    .memory = c->memory,
	    .stack = c->stack,
	    .cpu_time = c->cpu_time,
	    .timeout = c->timeout,
	    .max_file_size = c->max_file_size,
	    .max_tasks = c->max_tasks ? c->max_tasks : NATIVE_MAX_TASKS,
	    .trace_denied = c->trace_denied,
	    .allow = allow,
	    .prog = "halite run",
	};
	int status = hl_native_run(&n);
	free(allow);
	return status;
}
