/* The outer sandbox: a second wall around the whole `halite run` process,
 * built from the kernel's own mechanisms, so that even an attacker who
 * owned the runtime could not reach the network, other processes, or
 * files that were not granted (docs/outer.md).
 *
 *   namespaces.c  user, PID, network, mount (an empty read-only root),
 *                 IPC and UTS namespaces; the supervising parent
 *   landlock.c    file access limited to the granted directories
 *   limits.c      rlimits, no_new_privs, the kernel-side memory limit
 *   policy.c      the system-call policy: one declarative table
 *   seccomp.c     the BPF program made from it, and the report of a
 *                 refused call */
#ifndef HALITE_OUTER_H
#define HALITE_OUTER_H

#include <stddef.h>
#include <stdint.h>

struct hl_grants;

struct hl_outer {
	const struct hl_grants *grants; /* directories the process may reach */
	uint64_t memory;         /* --memory: bytes of module memory, 0 = none */
	double cpu_time;         /* --cpu-time seconds, 0 = none */
	uint64_t max_file_size;  /* --max-file-size bytes, 0 = none */
	unsigned max_threads;    /* sandbox threads (for the process cap) */
	/* Inner mode: the only host range where memory may become
	 * executable (the slot). [exec_lo, exec_lo + 4 GiB). */
	uint64_t exec_lo;
	const char *prog;        /* for messages: "halite run" */
	/* Test hook (tests only): extra system calls to allow, by number,
	 * terminated by -1; NULL otherwise. */
	const int *allow_extra;
};

/* Enters the outer sandbox. Must be called while the process is single
 * threaded, after everything that needs the host file system (grants
 * opened, module read). Forks: the parent stays outside as a supervisor,
 * waits for the child and exits with its status (it never returns); the
 * child returns 0 inside every layer. On failure returns -1 with a message
 * in err (nothing was changed that matters: the caller stops). */
int hl_outer_enter(const struct hl_outer *o, char *err, size_t errsz);

/* Parts, used by hl_outer_enter (and by tests). */
int hl_outer_namespaces(char *err, size_t errsz);
int hl_outer_supervise(const struct hl_outer *o); /* returns 0 in the child */
int hl_outer_mounts(char *err, size_t errsz);
int hl_outer_limits(const struct hl_outer *o, char *err, size_t errsz);
int hl_outer_landlock(const struct hl_grants *g, char *err, size_t errsz);
int hl_outer_seccomp(const struct hl_outer *o, char *err, size_t errsz);

/* The name of host system call nr ("syscall_NNN" if unknown). */
const char *hl_syscall_name(long nr, char *buf, size_t size);

#endif
