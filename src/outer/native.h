/* Parts of `halite run --native` (outer.h has the entry point,
 * hl_native_run; docs/outer.md describes the mode). Internal to
 * src/outer/. */
#ifndef HALITE_OUTER_NATIVE_H
#define HALITE_OUTER_NATIVE_H

#include <stddef.h>
#include <sys/resource.h>
#include <sys/types.h>

#include "outer/outer.h"

/* native_root.c: in a new mount namespace (the caller's own: the
 * supervisor keeps the host's), builds the sandbox's root on a tmpfs,
 * switches to it (pivot_root), makes it read-only and changes to the guest
 * working directory cwd (NULL = "/"). hosts[i] is the host path of
 * g->v[i]'s directory (hl_native_host_paths):
 *   /usr, /bin, /sbin, /lib, /lib32, /lib64, /libx32  the host's, read-only
 *                (bind mounts, nosuid, nodev; symbolic links stay links)
 *   /etc         ld.so.cache, ld.so.conf, ld.so.conf.d, localtime and
 *                alternatives only, read-only
 *   /dev         null, zero, full, random, urandom (bind mounts of the
 *                host's devices), fd, stdin, stdout, stderr (links)
 *   /proc        a new procfs of the sandbox's PID namespace, read-only
 *   /tmp         a private tmpfs of tmp_size bytes, noexec
 *   grants       at their guest paths: read-only ones ro, nosuid, nodev;
 *                writable ones nosuid, nodev, noexec
 * Returns 0, or -1 with a message in err. */
int hl_native_root(const struct hl_grants *g, char *const *hosts, const char *cwd,
		   unsigned long long tmp_size, char *err, size_t errsz);

/* The host path of each grant's directory, from its descriptor, while the
 * caller is still in the host's mount namespace; NULL-terminated, free with
 * hl_native_free_paths. Returns NULL with a message in err. */
char **hl_native_host_paths(const struct hl_grants *g, char *err, size_t errsz);
void hl_native_free_paths(char **paths);

/* limits.c: setrlimit(res, {cur, max}), both clamped to the current hard
 * limit. Returns 0, or -1 with a message naming the limit. */
int hl_outer_rlimit(int res, rlim_t cur, rlim_t max, const char *name, char *err, size_t errsz);

/* landlock.c: the native mode's Landlock rules, on the new root: read and
 * execute in the system directories, read the /etc files and /proc, read
 * and write the /dev devices, read-write /tmp; grants read and execute
 * when read-only, read-write (no execute) otherwise; no TCP; signals and
 * abstract UNIX sockets scoped to the sandbox. */
int hl_outer_landlock_native(const struct hl_grants *g, char *err, size_t errsz);

/* native_cgroup.c: the process cap. A pids cgroup beside the caller's
 * (cgroup v1 "pids" hierarchy, or cgroup v2 with the pids controller
 * delegated) with pids.max = max. */
struct hl_pids_cgroup {
	int parent;    /* directory of the caller's cgroup (O_PATH), -1 if none */
	int procs;     /* the new cgroup's cgroup.procs, open for writing */
	char name[64]; /* the new cgroup's name in parent */
};
/* Creates the cgroup. Returns 0, or -1 with the reason in err (cg is then
 * empty: parent == -1). */
int hl_pids_cgroup_create(struct hl_pids_cgroup *cg, unsigned max, char *err, size_t errsz);
/* Moves process pid (a host pid) into it. Returns 0 or -1 (errno). */
int hl_pids_cgroup_add(struct hl_pids_cgroup *cg, pid_t pid);
/* hl_pids_cgroup_add, again after EINTR, with the test builds' hook
 * (namespaces.c). */
int hl_pids_cgroup_move(struct hl_pids_cgroup *cg, pid_t pid);
/* Removes the cgroup (waiting a little for exiting tasks). */
void hl_pids_cgroup_remove(struct hl_pids_cgroup *cg);

/* notify.c: messages between the sandbox's init and the supervisor over a
 * SOCK_SEQPACKET socket pair: a tag, an integer and, for HL_MSG_LISTENER,
 * a descriptor (SCM_RIGHTS). */
enum {
	HL_MSG_GO = 'g',       /* supervisor -> init: value 1 = in the pids
				* cgroup, 0 = use RLIMIT_NPROC */
	HL_MSG_LISTENER = 'l', /* init -> supervisor: the seccomp listener */
	HL_MSG_STATUS = 's',   /* init -> supervisor: the program's wait status */
	HL_MSG_PID = 'p'       /* init -> supervisor: the program's pid (in
				* the sandbox's namespace) */
};
int hl_msg_send(int sock, char tag, int value, int fd);
/* Returns 1 with a message (*fd = -1 unless one came), 0 at end of
 * stream, -1 on error. */
int hl_msg_recv(int sock, char *tag, int *value, int *fd);

/* notify.c: --trace-denied. Receives one notification from the seccomp
 * listener, prints "PROG: refused NAME(args) by pid N" on stderr and
 * answers EPERM. Returns 0, or -1 if the listener is gone. */
int hl_notify_handle(int listener, const char *prog);

#endif
