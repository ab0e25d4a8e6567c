/* Resource limits the kernel enforces on the whole process, whatever the
 * runtime does: no core dumps, capped descriptors, file size, CPU time and
 * memory, and no_new_privs (nothing the process runs can gain privileges;
 * also what Landlock and seccomp require of an unprivileged process).
 *
 * Memory: a sandbox reserves 4 GiB of address space, so RLIMIT_AS cannot
 * express a memory limit. The kernel-side limit is RLIMIT_DATA, which
 * counts private writable mappings and not PROT_NONE reservations:
 * the module's memory plus a fixed allowance for the runtime (host threads'
 * stacks, its heap). A cgroup v2 memory limit would be stronger (it counts
 * page cache and kernel memory too) but needs a delegated cgroup; see
 * docs/outer.md. */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include "outer/native.h"
#include "outer/outer.h"
#include "runtime/fdtable.h"

/* What the runtime itself may map besides the module's memory: per host
 * thread a 256 KiB stack, a 64 KiB signal stack and its XSAVE area, plus
 * the runtime's heap. */
#define RUNTIME_ALLOWANCE (64ull << 20)
#define PER_THREAD (1ull << 20)

/* Sets a limit, never above the current hard limit (only lowering needs no
 * privilege). */
int hl_outer_rlimit(int res, rlim_t cur, rlim_t max, const char *name, char *err, size_t errsz)
{
	struct rlimit rl = {cur, max};
	struct rlimit old;
	if (getrlimit(res, &old) == 0 && old.rlim_max != RLIM_INFINITY && max > old.rlim_max) {
		rl.rlim_max = old.rlim_max;
		if (rl.rlim_cur > rl.rlim_max)
			rl.rlim_cur = rl.rlim_max;
	}
	if (setrlimit(res, &rl)) {
		snprintf(err, errsz, "cannot set %s: %s", name, strerror(errno));
		return -1;
	}
	return 0;
}

int hl_outer_limits(const struct hl_outer *o, char *err, size_t errsz)
{
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)) {
		snprintf(err, errsz, "cannot set no_new_privs: %s", strerror(errno));
		return -1;
	}
	if (hl_outer_rlimit(RLIMIT_CORE, 0, 0, "RLIMIT_CORE", err, errsz))
		return -1;
	/* The module's descriptors, the grants and stdio, and some spare. */
	rlim_t files = HL_FD_MAX + 256;
	if (hl_outer_rlimit(RLIMIT_NOFILE, files, files, "RLIMIT_NOFILE", err, errsz))
		return -1;
	if (o->max_file_size) {
		/* Writes past it fail with EFBIG instead of a signal. */
		signal(SIGXFSZ, SIG_IGN);
		if (hl_outer_rlimit(RLIMIT_FSIZE, o->max_file_size, o->max_file_size,
				    "RLIMIT_FSIZE", err, errsz))
			return -1;
	}
	if (o->cpu_time > 0) {
		rlim_t s = (rlim_t)ceil(o->cpu_time);
		/* SIGXCPU at the limit, SIGKILL a second later. */
		if (hl_outer_rlimit(RLIMIT_CPU, s, s + 1, "RLIMIT_CPU", err, errsz))
			return -1;
	}
	if (o->memory) {
		rlim_t data = o->memory + RUNTIME_ALLOWANCE + (rlim_t)o->max_threads * PER_THREAD;
		if (hl_outer_rlimit(RLIMIT_DATA, data, data, "RLIMIT_DATA", err, errsz))
			return -1;
	}
	return 0;
}
