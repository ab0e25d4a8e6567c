/* Native mode's root: a minimal file system for an unmodified program, as
 * bubblewrap would build it (native.h lists what it holds).
 *
 * The caller is in a new user namespace; it enters a mount namespace of
 * its own (the supervisor, which shares the first one, keeps the host's
 * view) and, as bubblewrap does, works in two steps: it mounts a scratch
 * tmpfs on /tmp and pivots into it, so that the host's root (with its own
 * /tmp) is at /oldroot; it mounts the sandbox's root, a second tmpfs, at
 * /newroot and bind-mounts into it, from /oldroot, what the program may
 * see; it makes those mounts read-only, nosuid and nodev (mount_setattr,
 * for each mount beneath too: flags the host locked stay, mount_setattr
 * only adds), mounts a procfs for the sandbox's PID namespace and a /tmp,
 * pivots into /newroot, detaches everything else, and makes the root
 * tmpfs read-only.
 *
 * Grants are bound by the host path their descriptor had when the
 * supervisor started (a descriptor's mount belongs to the host's mount
 * namespace, and the kernel does not bind a mount of another namespace),
 * and the bound directory must be the descriptor's (same device and
 * inode), or the path was swapped meanwhile. Their mount points are made
 * only on the root tmpfs, never in a host directory (a grant inside
 * another grant needs its directory to exist there). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "outer/native.h"
#include "runtime/grants.h"

/* The scratch tmpfs (mounted on the host's /tmp in the private mount
 * namespace, then the root until the second pivot), and, in it, the host's
 * old root and the sandbox's new root. */
#define SCRATCH "/tmp"
#define OLDROOT "/oldroot"
#define NEWROOT "/newroot"

#ifndef SYS_mount_setattr
#define SYS_mount_setattr 442
#endif
#define ATTR_RDONLY 0x1
#define ATTR_NOSUID 0x2
#define ATTR_NODEV 0x4
#define ATTR_NOEXEC 0x8
#ifndef AT_RECURSIVE
#define AT_RECURSIVE 0x8000
#endif

struct hl_mount_attr {
	uint64_t attr_set, attr_clr, propagation, userns_fd;
};

static int fail(char *err, size_t errsz, const char *what, const char *path)
{
	snprintf(err, errsz, "%s %s: %s", what, path, strerror(errno));
	return -1;
}

/* Adds mount flags to the mount at path and every mount beneath it. */
static int set_attr(const char *path, uint64_t set, char *err, size_t errsz)
{
	struct hl_mount_attr a = {.attr_set = set};
	if (syscall(SYS_mount_setattr, AT_FDCWD, path, AT_RECURSIVE, &a, sizeof a) == 0)
		return 0;
	/* mount_setattr is Linux 5.12, older than Landlock (5.13), which the
	 * outer sandbox needs anyway. */
	return fail(err, errsz, "cannot restrict the mount", path);
}

/* Creates an empty file (a mount point for a file or device). */
static int touch(const char *path, char *err, size_t errsz)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
	if (fd < 0)
		return fail(err, errsz, "cannot create", path);
	close(fd);
	return 0;
}

/* Binds host path path (a file or directory; a symbolic link is copied as
 * a link) at the same path in the new root, with flags set added. A
 * missing path is skipped. */
static int bind_host(const char *path, uint64_t set, char *err, size_t errsz)
{
	char src[PATH_MAX], dst[PATH_MAX];
	struct stat st;
	snprintf(src, sizeof src, OLDROOT "%s", path);
	snprintf(dst, sizeof dst, NEWROOT "%s", path);
	if (lstat(src, &st))
		return 0;
	if (S_ISLNK(st.st_mode)) {
		char target[PATH_MAX];
		ssize_t n = readlink(src, target, sizeof target - 1);
		if (n < 0)
			return fail(err, errsz, "cannot read the link", path);
		target[n] = 0;
		if (symlink(target, dst))
			return fail(err, errsz, "cannot create the link", path);
		return 0;
	}
	if (S_ISDIR(st.st_mode)) {
		if (mkdir(dst, 0755) && errno != EEXIST)
			return fail(err, errsz, "cannot create", dst);
	} else if (touch(dst, err, errsz)) {
		return -1;
	}
	if (mount(src, dst, NULL, MS_BIND | MS_REC, NULL))
		return fail(err, errsz, "cannot bind-mount", path);
	return set_attr(dst, set, err, errsz);
}

/* Creates the directories of guest path gpath; an existing component may
 * be anywhere, but a missing one is made only on the sandbox's own tmpfs
 * (dev: the root's device, tmp: /tmp's), never in a host directory, and
 * none may be a symbolic link. */
static int make_mount_point(const char *gpath, dev_t dev, dev_t tmp, char *err, size_t errsz)
{
	char path[PATH_MAX];
	if ((size_t)snprintf(path, sizeof path, NEWROOT "%s", gpath) >= sizeof path) {
		errno = ENAMETOOLONG;
		return fail(err, errsz, "cannot mount a grant at", gpath);
	}
	size_t base = strlen(NEWROOT);
	for (char *p = path + base + 1;; p++) {
		if (*p != '/' && *p)
			continue;
		char c = *p;
		*p = 0;
		struct stat st;
		if (lstat(path, &st) == 0) {
			if (S_ISLNK(st.st_mode)) {
				snprintf(err, errsz,
					 "cannot mount a grant at %s: %s is a symbolic link", gpath,
					 path + base);
				return -1;
			}
			if (!S_ISDIR(st.st_mode)) {
				snprintf(err, errsz,
					 "cannot mount a grant at %s: %s is not a directory", gpath,
					 path + base);
				return -1;
			}
		} else {
			char *slash = strrchr(path, '/');
			struct stat pst;
			*slash = 0;
			int on_tmpfs =
			    stat(path, &pst) == 0 && (pst.st_dev == dev || pst.st_dev == tmp);
			*slash = '/';
			if (!on_tmpfs) {
				snprintf(err, errsz,
					 "cannot mount a grant at %s: %s does not exist in the "
					 "directory "
					 "above it (mount points are made only where nothing is "
					 "mounted)",
					 gpath, path + base);
				return -1;
			}
			if (mkdir(path, 0755))
				return fail(err, errsz, "cannot create", path + base);
		}
		*p = c;
		if (!c)
			return 0;
	}
}

static int cmp_guest(const void *a, const void *b)
{
	const struct hl_grant *const *x = a, *const *y = b;
	return strcmp((*x)->guest, (*y)->guest);
}

/* The grants at their guest paths, parents before children. */
static int mount_grants(const struct hl_grants *g, char *const *hosts, char *err, size_t errsz)
{
	if (!g || !g->n)
		return 0;
	const struct hl_grant **order = calloc(g->n, sizeof *order);
	if (!order) {
		snprintf(err, errsz, "out of memory");
		return -1;
	}
	for (size_t i = 0; i < g->n; i++)
		order[i] = &g->v[i];
	qsort(order, g->n, sizeof *order, cmp_guest);
	struct stat root, tmp;
	int r = stat(NEWROOT, &root) || stat(NEWROOT "/tmp", &tmp)
		    ? fail(err, errsz, "cannot stat", NEWROOT)
		    : 0;
	for (size_t i = 0; !r && i < g->n; i++) {
		const struct hl_grant *gr = order[i];
		const char *host = hosts[gr - g->v]; /* hosts[] goes with g->v[] */
		char src[PATH_MAX], dst[PATH_MAX];
		struct stat want, got;
		if (!strcmp(gr->guest, "/")) {
			snprintf(err, errsz,
				 "--native: a directory cannot be granted at / (the root holds the "
				 "system directories); give it another guest path");
			r = -1;
			break;
		}
		snprintf(src, sizeof src, OLDROOT "%s", host);
		snprintf(dst, sizeof dst, NEWROOT "%s", gr->guest);
		uint64_t set =
		    ATTR_NOSUID | ATTR_NODEV | (gr->readonly ? ATTR_RDONLY : ATTR_NOEXEC);
		if (make_mount_point(gr->guest, root.st_dev, tmp.st_dev, err, errsz))
			r = -1;
		else if (mount(src, dst, NULL, MS_BIND | MS_REC, NULL))
			r = fail(err, errsz, "cannot bind-mount the grant at", gr->guest);
		else if (fstat(gr->dirfd, &want) || stat(dst, &got) || want.st_dev != got.st_dev ||
			 want.st_ino != got.st_ino) {
			snprintf(err, errsz,
				 "--dir %s: the directory changed while the sandbox started", host);
			r = -1;
		} else {
			r = set_attr(dst, set, err, errsz);
		}
	}
	free(order);
	return r;
}

static const char *const system_dirs[] = {"/usr",   "/bin",   "/sbin",	"/lib",
					  "/lib32", "/lib64", "/libx32"};
static const char *const etc_files[] = {"/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d",
					"/etc/localtime", "/etc/alternatives"};
static const char *const devices[] = {"/dev/null", "/dev/zero", "/dev/full", "/dev/random",
				      "/dev/urandom"};

char **hl_native_host_paths(const struct hl_grants *g, char *err, size_t errsz)
{
	size_t n = g ? g->n : 0;
	char **paths = calloc(n + 1, sizeof *paths);
	if (!paths) {
		snprintf(err, errsz, "out of memory");
		return NULL;
	}
	for (size_t i = 0; i < n; i++) {
		char link[64], buf[PATH_MAX];
		snprintf(link, sizeof link, "/proc/self/fd/%d", g->v[i].dirfd);
		ssize_t l = readlink(link, buf, sizeof buf - 1);
		if (l <= 0 || buf[0] != '/' || (size_t)l >= sizeof buf - 1) {
			snprintf(err, errsz,
				 "--dir for %s: cannot find the directory's host path: %s",
				 g->v[i].guest, l < 0 ? strerror(errno) : "not a path");
			hl_native_free_paths(paths);
			return NULL;
		}
		buf[l] = 0;
		if (!(paths[i] = strdup(buf))) {
			snprintf(err, errsz, "out of memory");
			hl_native_free_paths(paths);
			return NULL;
		}
	}
	return paths;
}

void hl_native_free_paths(char **paths)
{
	for (size_t i = 0; paths && paths[i]; i++)
		free(paths[i]);
	free(paths);
}

int hl_native_root(const struct hl_grants *g, char *const *hosts, const char *cwd,
		   unsigned long long tmp_size, char *err, size_t errsz)
{
	if (unshare(CLONE_NEWNS)) {
		snprintf(err, errsz, "cannot create a mount namespace: %s", strerror(errno));
		return -1;
	}
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)) {
		snprintf(err, errsz, "cannot make the mounts private: %s", strerror(errno));
		return -1;
	}
	/* Step 1: the host's root moves to /oldroot of a scratch tmpfs. */
	if (mount("halite-scratch", SCRATCH, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
		  "size=64k,nr_inodes=64,mode=0700"))
		return fail(err, errsz, "cannot mount a scratch tmpfs on", SCRATCH);
	if (mkdir(SCRATCH OLDROOT, 0700) || mkdir(SCRATCH NEWROOT, 0700))
		return fail(err, errsz, "cannot prepare", SCRATCH);
	if (syscall(SYS_pivot_root, SCRATCH, SCRATCH OLDROOT) || chdir("/"))
		return fail(err, errsz, "cannot change the root to", SCRATCH);
	/* Step 2: the sandbox's root, filled from /oldroot. */
	if (mount("halite-root", NEWROOT, "tmpfs", MS_NOSUID | MS_NODEV,
		  "size=1m,nr_inodes=4096,mode=0755"))
		return fail(err, errsz, "cannot mount the new root on", NEWROOT);
	const uint64_t sys = ATTR_RDONLY | ATTR_NOSUID | ATTR_NODEV;
	for (size_t i = 0; i < sizeof system_dirs / sizeof system_dirs[0]; i++)
		if (bind_host(system_dirs[i], sys, err, errsz))
			return -1;
	if (mkdir(NEWROOT "/etc", 0755))
		return fail(err, errsz, "cannot create", NEWROOT "/etc");
	for (size_t i = 0; i < sizeof etc_files / sizeof etc_files[0]; i++)
		if (bind_host(etc_files[i], sys, err, errsz))
			return -1;
	if (mkdir(NEWROOT "/dev", 0755))
		return fail(err, errsz, "cannot create", NEWROOT "/dev");
	for (size_t i = 0; i < sizeof devices / sizeof devices[0]; i++)
		if (bind_host(devices[i], ATTR_RDONLY | ATTR_NOSUID | ATTR_NOEXEC, err, errsz))
			return -1;
	static const char *const links[][2] = {{"/proc/self/fd", NEWROOT "/dev/fd"},
					       {"/proc/self/fd/0", NEWROOT "/dev/stdin"},
					       {"/proc/self/fd/1", NEWROOT "/dev/stdout"},
					       {"/proc/self/fd/2", NEWROOT "/dev/stderr"}};
	for (size_t i = 0; i < sizeof links / sizeof links[0]; i++)
		if (symlink(links[i][0], links[i][1]))
			return fail(err, errsz, "cannot create", links[i][1]);
	if (mkdir(NEWROOT "/proc", 0555))
		return fail(err, errsz, "cannot create", NEWROOT "/proc");
	if (mount("proc", NEWROOT "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY,
		  NULL))
		return fail(err, errsz, "cannot mount a procfs on", "/proc");
	if (mkdir(NEWROOT "/tmp", 01777))
		return fail(err, errsz, "cannot create", NEWROOT "/tmp");
	char opts[96];
	snprintf(opts, sizeof opts, "size=%llu,nr_inodes=16384,mode=1777", tmp_size);
	if (mount("halite-tmp", NEWROOT "/tmp", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, opts))
		return fail(err, errsz, "cannot mount a tmpfs on", "/tmp");
	if (mount_grants(g, hosts, err, errsz))
		return -1;
	/* Step 3: into the new root. pivot_root(".", ".") stacks the scratch
	 * tmpfs, with the host's root beneath it, on top; it is detached. */
	if (chdir(NEWROOT) || syscall(SYS_pivot_root, ".", "."))
		return fail(err, errsz, "cannot change the root to", NEWROOT);
	if (umount2(".", MNT_DETACH) || chdir("/")) {
		snprintf(err, errsz, "cannot detach the old root: %s", strerror(errno));
		return -1;
	}
	if (mount(NULL, "/", NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC,
		  NULL)) {
		snprintf(err, errsz, "cannot make the new root read-only: %s", strerror(errno));
		return -1;
	}
	const char *dir = cwd && *cwd ? cwd : "/";
	if (chdir(dir)) {
		snprintf(err, errsz,
			 "--cwd %s: %s (a guest path: a system directory, /tmp or a grant)", dir,
			 strerror(errno));
		return -1;
	}
	return 0;
}
