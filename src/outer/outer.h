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
 *                 refused call
 *
 * Native mode (`halite run --native`: an unmodified Linux program under
 * the outer sandbox alone; native.h lists its parts):
 *   native.c         the supervisor, the sandbox's init, exec
 *   native_root.c    the new root: system directories, /dev, /proc, /tmp
 *                    and the grants, bind-mounted at their guest paths
 *   native_policy.c  the broader system-call table for native programs
 *   native_cgroup.c  the process cap (a pids cgroup)
 *   notify.c         --trace-denied: refused calls reported by the
 *                    supervisor from seccomp user notifications */
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

/* Enters the outer sandbox, in two halves so that the caller makes the
 * sandbox in the child, between them (sparing the parent the slot and the
 * child its copy-on-write faults).
 *
 * hl_outer_begin: the task cap, the namespaces and the fork. Must be
 * called while the process is single threaded, after everything that
 * needs the host file system (grants opened, module read). The parent
 * stays outside as a supervisor, waits for the child and exits with its
 * status (it never returns); the child returns 0, with *thread_gate a
 * descriptor to read one byte from before it makes the first module
 * thread ('y' once the task cap holds the process, anything else: make
 * none), or -1 when there is nothing to wait for (struct hl_config).
 *
 * hl_outer_finish, in the child: the root, the limits, Landlock and
 * seccomp (which needs exec_lo). Both return -1 with a message in err on
 * failure (the caller stops). */
int hl_outer_begin(const struct hl_outer *o, int *thread_gate, char *err, size_t errsz);
int hl_outer_finish(const struct hl_outer *o, char *err, size_t errsz);

/* Writes text to file (relative to dirfd, or AT_FDCWD) in one write, as
 * kernel control files want it. 0, or -1 with errno. */
int hl_outer_write_file(int dirfd, const char *file, const char *text);

/* Parts, used by hl_outer_begin and hl_outer_finish. */
int hl_outer_namespaces(char *err, size_t errsz);
struct hl_pids_cgroup;
/* Forks; returns 0 in the child. cg: a pids cgroup to move the child into
 * (removed when it ends), or NULL; *thread_gate as for hl_outer_begin. */
int hl_outer_supervise(const struct hl_outer *o, struct hl_pids_cgroup *cg, int *thread_gate);
int hl_outer_mounts(char *err, size_t errsz);
int hl_outer_limits(const struct hl_outer *o, char *err, size_t errsz);
int hl_outer_landlock(const struct hl_grants *g, char *err, size_t errsz);
int hl_outer_seccomp(const struct hl_outer *o, char *err, size_t errsz);

/* The name of host system call nr ("syscall_NNN" if unknown). */
const char *hl_syscall_name(long nr, char *buf, size_t size);
/* The number of the host system call called name, or -1. */
int hl_syscall_number(const char *name);

/* `halite run --native`: runs an unmodified Linux program confined by the
 * outer sandbox alone (there is no inner sandbox): namespaces, a minimal
 * root with the system directories read-only and the grants at their guest
 * paths, limits and a process cap, Landlock, and the native seccomp
 * policy. See docs/outer.md. */
struct hl_native {
	const struct hl_grants *grants; /* bind-mounted at their guest paths */
	char *const *argv;		/* PROGRAM and its arguments (PROGRAM is looked
					 * up inside the sandbox, in PATH if it has no
					 * '/') */
	char *const *envp;		/* the program's whole environment */
	const char *cwd;		/* guest working directory; NULL = "/" */
	uint64_t memory;		/* --memory: RLIMIT_AS per process, 0 = none */
	uint64_t stack;			/* --stack: RLIMIT_STACK, 0 = unchanged */
	double cpu_time;		/* --cpu-time: RLIMIT_CPU per process, 0 = none */
	double timeout;			/* --timeout: wall seconds, 0 = none */
	uint64_t max_file_size;		/* --max-file-size, 0 = none */
	unsigned max_tasks;		/* the process cap: processes and threads */
	int trace_denied;		/* report refused calls (user notifications) */
	const int *allow;		/* --allow-syscall: numbers, -1 terminated */
	const char *prog;		/* for messages: "halite run" */
};

/* Runs n->argv under the native sandbox and returns halite's exit status:
 * the program's, 128 + N after signal N, 124 after the timeout, 127 if it
 * was not found, 126 if it could not be executed, 125 if the sandbox could
 * not be set up (with a message on stderr). The supervising parent stays
 * outside, so this returns in the calling process. */
int hl_native_run(const struct hl_native *n);

#endif
