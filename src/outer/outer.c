/* Entering the outer sandbox, layer by layer. The order matters:
 * the process cap first (the cgroup file system is still reachable),
 * namespaces (a user namespace needs a single-threaded process), then the
 * fork into the new PID namespace, the new root, the limits, Landlock,
 * and seccomp last (the filter refuses the calls the earlier steps make). */
#include <stdio.h>
#include <sys/resource.h>

#include "outer/native.h"
#include "outer/outer.h"

/* Tasks beyond the sandbox's threads: the runtime's watchdog and reaper,
 * and some spare. */
#define SPARE_TASKS 16

int hl_outer_begin(const struct hl_outer *o, int *thread_gate, char *err, size_t errsz)
{
	/* The kernel's cap on tasks (threads count): a pids cgroup when one
	 * can be made (as root), else RLIMIT_NPROC (which binds everyone but
	 * root). The runtime's own --max-threads is the first cap; this one
	 * holds even for a compromised runtime. */
	struct hl_pids_cgroup cg;
	char cgerr[256];
	unsigned tasks = o->max_threads + SPARE_TASKS;
	int capped = hl_pids_cgroup_create(&cg, tasks, cgerr, sizeof cgerr) == 0;
	*thread_gate = -1;
	if (hl_outer_namespaces(err, errsz)) {
		if (capped)
			hl_pids_cgroup_remove(&cg);
		return -1;
	}
	hl_outer_supervise(o, capped ? &cg : NULL, thread_gate); /* only the child returns */
	if (!capped && hl_outer_rlimit(RLIMIT_NPROC, tasks, tasks, "RLIMIT_NPROC", err, errsz))
		return -1;
	return 0;
}

int hl_outer_finish(const struct hl_outer *o, char *err, size_t errsz)
{
	if (hl_outer_mounts(err, errsz) || hl_outer_limits(o, err, errsz) ||
	    hl_outer_landlock(o->grants, err, errsz) || hl_outer_seccomp(o, err, errsz))
		return -1;
	return 0;
}
