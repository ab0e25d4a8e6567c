/* Native mode's process cap: a pids cgroup.
 *
 * A child cgroup "halite-PID" is made beside the caller's own, in the
 * cgroup v1 "pids" hierarchy or, failing that, in cgroup v2 when the
 * caller's cgroup delegates the pids controller (pids.max appears in the
 * child). pids.max counts tasks: processes and threads. The supervisor
 * moves the sandbox's init into it before init runs anything; everything
 * the program starts stays inside (the program cannot move itself: it has
 * no cgroup file system). The cgroup is removed when the sandbox is gone.
 * Everything is opened before the supervisor enters its namespaces. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "outer/native.h"

/* The mount point of the cgroup hierarchy (v1 with controller ctl, or v2
 * when ctl is NULL) whose root is a prefix of path, joined with the rest of
 * path into out. Returns 0 or -1. */
static int hierarchy_dir(const char *ctl, const char *path, char *out, size_t outsz)
{
	FILE *f = fopen("/proc/self/mountinfo", "re");
	if (!f)
		return -1;
	char line[4096];
	int found = -1;
	while (found < 0 && fgets(line, sizeof line, f)) {
		/* id parent major:minor root mountpoint opts [tags] - fstype src superopts */
		char root[1024], mnt[1024];
		if (sscanf(line, "%*s %*s %*s %1023s %1023s", root, mnt) != 2)
			continue;
		char *dash = strstr(line, " - ");
		if (!dash)
			continue;
		char fstype[64], src[256], opts[1024] = "";
		if (sscanf(dash + 3, "%63s %255s %1023s", fstype, src, opts) < 2)
			continue;
		if (ctl) {
			if (strcmp(fstype, "cgroup"))
				continue;
			int has = 0;
			for (char *save, *o = strtok_r(opts, ",", &save); o;
			     o = strtok_r(NULL, ",", &save))
				has |= !strcmp(o, ctl);
			if (!has)
				continue;
		} else if (strcmp(fstype, "cgroup2")) {
			continue;
		}
		size_t rl = strcmp(root, "/") ? strlen(root) : 0;
		if (strncmp(path, root, rl) || (path[rl] && path[rl] != '/'))
			continue;
		if ((size_t)snprintf(out, outsz, "%s%s", mnt, path + rl) < outsz)
			found = 0;
	}
	fclose(f);
	return found;
}

/* The caller's cgroup directory: v1 pids first, then v2. */
static int own_cgroup_dirs(char *v1, char *v2, size_t size)
{
	FILE *f = fopen("/proc/self/cgroup", "re");
	if (!f)
		return -1;
	char line[4096];
	v1[0] = v2[0] = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		/* id:controllers:path */
		char *c1 = strchr(line, ':');
		char *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
		if (!c2)
			continue;
		*c2 = 0;
		const char *ctls = c1 + 1, *path = c2 + 1;
		if (!*ctls) {
			if (hierarchy_dir(NULL, path, v2, size))
				v2[0] = 0;
			continue;
		}
		char list[256];
		snprintf(list, sizeof list, "%s", ctls);
		for (char *save, *o = strtok_r(list, ",", &save); o; o = strtok_r(NULL, ",", &save))
			if (!strcmp(o, "pids") && hierarchy_dir("pids", path, v1, size))
				v1[0] = 0;
	}
	fclose(f);
	return 0;
}

/* Makes the cgroup in directory dir. */
static int make_in(struct hl_pids_cgroup *cg, const char *dir, unsigned max, char *err,
		   size_t errsz)
{
	int parent = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (parent < 0) {
		snprintf(err, errsz, "%s: %s", dir, strerror(errno));
		return -1;
	}
	snprintf(cg->name, sizeof cg->name, "halite-%ld", (long)getpid());
	if (mkdirat(parent, cg->name, 0755)) {
		snprintf(err, errsz, "cannot create a cgroup in %s: %s", dir, strerror(errno));
		close(parent);
		return -1;
	}
	int fd = openat(parent, cg->name, O_PATH | O_DIRECTORY | O_CLOEXEC);
	char num[32];
	snprintf(num, sizeof num, "%u", max);
	if (fd < 0 || hl_outer_write_file(fd, "pids.max", num)) {
		snprintf(err, errsz, "cannot set pids.max in %s/%s: %s", dir, cg->name,
			 strerror(errno));
		goto fail;
	}
	cg->procs = openat(fd, "cgroup.procs", O_WRONLY | O_CLOEXEC);
	if (cg->procs < 0) {
		snprintf(err, errsz, "cannot open %s/%s/cgroup.procs: %s", dir, cg->name,
			 strerror(errno));
		goto fail;
	}
	close(fd);
	cg->parent = parent;
	return 0;
fail:
	if (fd >= 0)
		close(fd);
	unlinkat(parent, cg->name, AT_REMOVEDIR);
	close(parent);
	return -1;
}

int hl_pids_cgroup_create(struct hl_pids_cgroup *cg, unsigned max, char *err, size_t errsz)
{
	char v1[4096], v2[4096], e1[256] = "";
	cg->parent = cg->procs = -1;
	cg->name[0] = 0;
	if (own_cgroup_dirs(v1, v2, sizeof v1)) {
		snprintf(err, errsz, "cannot read /proc/self/cgroup: %s", strerror(errno));
		return -1;
	}
	if (v1[0] && make_in(cg, v1, max, e1, sizeof e1) == 0)
		return 0;
	if (v2[0] && make_in(cg, v2, max, err, errsz) == 0)
		return 0;
	if (!v1[0] && !v2[0])
		snprintf(err, errsz, "no cgroup file system with the pids controller");
	else if (!v2[0])
		snprintf(err, errsz, "%s", e1);
	else if (e1[0]) {
		size_t l = strlen(err);
		snprintf(err + l, errsz - l, "; %s", e1);
	}
	return -1;
}

int hl_pids_cgroup_add(struct hl_pids_cgroup *cg, pid_t pid)
{
	char num[32];
	snprintf(num, sizeof num, "%ld", (long)pid);
	ssize_t n = write(cg->procs, num, strlen(num));
	return n == (ssize_t)strlen(num) ? 0 : -1;
}

void hl_pids_cgroup_remove(struct hl_pids_cgroup *cg)
{
	if (cg->parent < 0)
		return;
	close(cg->procs);
	/* Exiting tasks may linger for a moment (their accounting ends after
	 * the wait that reaped them): retry briefly and often, up to 2 s. */
	for (int i = 0; i < 20000; i++) {
		if (!unlinkat(cg->parent, cg->name, AT_REMOVEDIR) || errno != EBUSY)
			break;
		nanosleep(&(struct timespec){0, 100000}, NULL);
	}
	close(cg->parent);
	cg->parent = cg->procs = -1;
}
