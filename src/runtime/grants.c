/* Capability-style file grants: the grant table and resolving guest paths
 * beneath grants (see grants.h). */
#include "runtime/grants.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/openat2.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/syscall.h>
#include <unistd.h>

/* The kernel's O_LARGEFILE (glibc defines it as 0 on x86-64, the guest's libc
 * may pass the kernel value). */
#define HL_O_LARGEFILE 0100000
/* The flags open(2) knows (the kernel's VALID_OPEN_FLAGS); it ignores the
 * others, openat2 would fail with EINVAL. Not O_DIRECT, which is dropped:
 * a device transfer into pinned sandbox pages can land after the runtime
 * validated them for execution (I2). Not FASYNC: no signals reach the
 * sandbox. */
#define HL_OPEN_FLAGS                                                                              \
	(O_ACCMODE | O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_APPEND | O_NONBLOCK | O_DSYNC |     \
	 HL_O_LARGEFILE | O_DIRECTORY | O_NOFOLLOW | O_NOATIME | O_CLOEXEC |   \
	 O_SYNC | O_PATH | O_TMPFILE)
/* The flags open(2) keeps with O_PATH (the kernel's O_PATH_FLAGS). */
#define HL_PATH_FLAGS (O_DIRECTORY | O_NOFOLLOW | O_PATH | O_CLOEXEC)
/* O_TMPFILE without the O_DIRECTORY it includes. */
#define HL_TMPFILE_BIT (O_TMPFILE & ~O_DIRECTORY)
#define HL_RESOLVE (RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS)
/* Retries of openat2 when a concurrent rename or mount made it give up. */
#define HL_EAGAIN_RETRIES 16

/* ---- lexical normalization ---- */

/* Appends component c[0..clen) to the normalized path out (length *len). */
static int push(char *out, size_t outsz, size_t *len, const char *c, size_t clen)
{
	size_t sep = *len > 1 ? 1 : 0;
	if (clen > NAME_MAX)
		return -ENAMETOOLONG;
	if (*len + sep + clen >= outsz)
		return -ENAMETOOLONG;
	if (sep)
		out[(*len)++] = '/';
	memcpy(out + *len, c, clen);
	*len += clen;
	out[*len] = '\0';
	return 0;
}

/* Removes the last component of the normalized path out ("/" stays). */
static void pop(char *out, size_t *len)
{
	if (*len <= 1)
		return;
	while (*len > 1 && out[*len - 1] != '/')
		(*len)--;
	if (*len > 1)
		(*len)--; /* the separator, unless it is the root */
	out[*len] = '\0';
}

/* Applies the components of s[0..slen) to out. */
static int walk(const char *s, size_t slen, char *out, size_t outsz, size_t *len)
{
	size_t i = 0;
	while (i < slen) {
		while (i < slen && s[i] == '/')
			i++;
		size_t start = i;
		while (i < slen && s[i] != '/')
			i++;
		size_t clen = i - start;
		if (clen == 0 || (clen == 1 && s[start] == '.'))
			continue;
		if (clen == 2 && s[start] == '.' && s[start + 1] == '.') {
			pop(out, len);
			continue;
		}
		int r = push(out, outsz, len, s + start, clen);
		if (r < 0)
			return r;
	}
	return 0;
}

/* hl_path_normalize, and sets *must_dir when the path ends in '/', "." or
 * "..": then the kernel requires its target to be a directory. */
static int normalize(const char *cwd, const char *path, char *out, size_t outsz, int *must_dir)
{
	if (!out || outsz < 2)
		return -EINVAL;
	out[0] = '\0';
	if (!path || !path[0])
		return -ENOENT;
	size_t plen = strnlen(path, PATH_MAX);
	if (plen >= PATH_MAX)
		return -ENAMETOOLONG;
	size_t len = 1;
	out[0] = '/';
	out[1] = '\0';
	if (path[0] != '/') {
		if (!cwd)
			cwd = "/";
		if (cwd[0] != '/')
			return -EINVAL;
		size_t clen = strnlen(cwd, PATH_MAX);
		if (clen >= PATH_MAX)
			return -ENAMETOOLONG;
		int r = walk(cwd, clen, out, outsz, &len);
		if (r < 0)
			return r;
	}
	int r = walk(path, plen, out, outsz, &len);
	if (r < 0)
		return r;
	if (must_dir) {
		const char *last = strrchr(path, '/');
		last = last ? last + 1 : path;
		*must_dir = !*last || !strcmp(last, ".") || !strcmp(last, "..");
	}
	return 0;
}

int hl_path_normalize(const char *cwd, const char *path, char *out, size_t outsz)
{
	return normalize(cwd, path, out, outsz, NULL);
}

/* ---- the table ---- */

__attribute__((format(printf, 4, 5))) static int fail(char *err, size_t errsz, const char *spec,
						      const char *fmt, ...)
{
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (err && errsz) {
		if (spec && spec[0])
			snprintf(err, errsz, "--dir %s: %s", spec, msg);
		else
			snprintf(err, errsz, "--dir: %s", msg);
	}
	return -1;
}

static const char *errstr(int e, char *buf, size_t bufsz)
{
	return strerror_r(e, buf, bufsz); /* the GNU one (_GNU_SOURCE) */
}

/* Whether fd lies on a procfs: /proc/PID/mem writes through page
 * protections, so a module that reached it could rewrite its validated code
 * or the runtime itself. Nothing on a procfs is ever opened for a module,
 * even beneath a grant that contains a /proc mount. */
static int on_procfs(int fd)
{
	struct statfs sfs;
	return fstatfs(fd, &sfs) == 0 && sfs.f_type == PROC_SUPER_MAGIC;
}

int hl_grants_add(struct hl_grants *g, const char *spec, char *err, size_t errsz)
{
	char ebuf[128];
	char guest[PATH_MAX];
	if (err && errsz)
		err[0] = '\0';
	if (!g || !spec || !spec[0])
		return fail(err, errsz, NULL, "empty specification, expected HOST[:GUEST][:ro]");
	char *s = strdup(spec);
	if (!s)
		return fail(err, errsz, spec, "out of memory");

	int readonly = 0;
	size_t len = strlen(s);
	if (len >= 3 && !strcmp(s + len - 3, ":ro")) {
		readonly = 1;
		s[len - 3] = '\0';
	}
	char *host = s, *gspec = NULL, *colon = strrchr(s, ':');
	if (colon) {
		*colon = '\0';
		gspec = colon + 1;
	}
	int ret = -1, fd = -1;
	if (!host[0]) {
		fail(err, errsz, spec, "empty host path");
		goto out;
	}
	if (gspec) {
		if (gspec[0] != '/') {
			fail(err, errsz, spec, "guest path must be absolute");
			goto out;
		}
		int r = hl_path_normalize("/", gspec, guest, sizeof guest);
		if (r < 0) {
			fail(err, errsz, spec, "guest path: %s", errstr(-r, ebuf, sizeof ebuf));
			goto out;
		}
	}
	fd = open(host, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		fail(err, errsz, spec, "%s", errstr(errno, ebuf, sizeof ebuf));
		goto out;
	}
	if (on_procfs(fd)) {
		fail(err, errsz, spec,
		     "a procfs cannot be granted (its /proc/PID/mem would let the module rewrite "
		     "its own code)");
		goto out;
	}
	if (!gspec) {
		char *rp = realpath(host, NULL);
		if (!rp) {
			fail(err, errsz, spec, "%s", errstr(errno, ebuf, sizeof ebuf));
			goto out;
		}
		int r = hl_path_normalize("/", rp, guest, sizeof guest);
		free(rp);
		if (r < 0) {
			fail(err, errsz, spec, "guest path: %s", errstr(-r, ebuf, sizeof ebuf));
			goto out;
		}
	}
	for (size_t i = 0; i < g->n; i++) {
		if (!strcmp(g->v[i].guest, guest)) {
			fail(err, errsz, spec, "guest path %s is already granted", guest);
			goto out;
		}
	}
	if (g->n >= SIZE_MAX / sizeof *g->v - 1) {
		fail(err, errsz, spec, "too many grants");
		goto out;
	}
	char *gdup = strdup(guest);
	struct hl_grant *v = gdup ? realloc(g->v, (g->n + 1) * sizeof *v) : NULL;
	if (!v) {
		free(gdup);
		fail(err, errsz, spec, "out of memory");
		goto out;
	}
	g->v = v;
	g->v[g->n++] = (struct hl_grant){.guest = gdup, .dirfd = fd, .readonly = readonly};
	fd = -1;
	ret = 0;
out:
	if (fd >= 0)
		close(fd);
	free(s);
	return ret;
}

void hl_grants_free(struct hl_grants *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->n; i++) {
		free(g->v[i].guest);
		if (g->v[i].dirfd >= 0)
			close(g->v[i].dirfd);
	}
	free(g->v);
	g->v = NULL;
	g->n = 0;
}

/* ---- resolution ---- */

const struct hl_grant *hl_grants_find(const struct hl_grants *g, const char *gpath,
				      const char **rel)
{
	const struct hl_grant *best = NULL;
	size_t bestlen = 0;
	if (!g || !gpath || gpath[0] != '/')
		return NULL;
	for (size_t i = 0; i < g->n; i++) {
		const char *gs = g->v[i].guest;
		size_t gl = strlen(gs);
		int match;
		if (gl == 1) /* "/" */
			match = 1;
		else
			match = !strncmp(gpath, gs, gl) && (gpath[gl] == '\0' || gpath[gl] == '/');
		if (match && (!best || gl > bestlen)) {
			best = &g->v[i];
			bestlen = gl;
		}
	}
	if (best && rel) {
		const char *r = gpath + bestlen;
		if (*r == '/')
			r++;
		*rel = *r ? r : ".";
	}
	return best;
}

/* openat2 beneath dirfd; an escape (EXDEV) is -EACCES. */
static int open_beneath(int dirfd, const char *rel, int flags, int mode)
{
	struct open_how how;
	memset(&how, 0, sizeof how);
	how.flags = (uint64_t)(unsigned)(flags | O_CLOEXEC);
	how.mode = (uint64_t)(unsigned)mode;
	how.resolve = HL_RESOLVE;
	for (int i = 0; i < HL_EAGAIN_RETRIES; i++) {
		long r = syscall(SYS_openat2, dirfd, rel, &how, sizeof how);
		if (r >= 0 && on_procfs((int)r)) {
			close((int)r);
			return -EACCES;
		}
		if (r >= 0)
			return (int)r;
		if (errno == EAGAIN)
			continue;
		return errno == EXDEV ? -EACCES : -errno;
	}
	return -EAGAIN;
}

int hl_grants_open(const struct hl_grants *g, const char *cwd, const char *path, int flags,
		   int mode)
{
	char buf[PATH_MAX + 1]; /* + 1: room for a '/' after the normalized path */
	int must_dir;
	int r = normalize(cwd, path, buf, PATH_MAX, &must_dir);
	if (r < 0)
		return r;
	const char *rel;
	const struct hl_grant *gr = hl_grants_find(g, buf, &rel);
	if (!gr)
		return -ENOENT;

	/* What open(2) does with its arguments before opening. */
	flags &= HL_OPEN_FLAGS;
	if (flags & O_PATH)
		flags &= HL_PATH_FLAGS;
	if (flags & (O_CREAT | HL_TMPFILE_BIT))
		mode &= 07777;
	else
		mode = 0;

	int write = (flags & O_ACCMODE) != O_RDONLY ||
		    (flags & (O_CREAT | O_TRUNC | O_APPEND | HL_TMPFILE_BIT));
	if (write && gr->readonly)
		return -EROFS;
	if (must_dir && strcmp(rel, ".")) {
		/* rel ends the string in buf, which has room for one more byte. */
		size_t end = (size_t)(rel - buf) + strlen(rel);
		buf[end] = '/';
		buf[end + 1] = '\0';
	}
	return open_beneath(gr->dirfd, rel, flags, mode);
}

int hl_grants_open_parent(const struct hl_grants *g, const char *cwd, const char *path, int write,
			  char *buf, size_t bufsz, const char **name)
{
	int must_dir;
	if (!name)
		return -EINVAL;
	int r = normalize(cwd, path, buf, bufsz, &must_dir);
	if (r < 0)
		return r;
	const char *rel;
	const struct hl_grant *gr = hl_grants_find(g, buf, &rel);
	if (!gr)
		return -ENOENT;
	if (write && gr->readonly)
		return -EROFS;
	if (!strcmp(rel, ".")) {
		if (write)
			return -EBUSY;
		int fd = fcntl(gr->dirfd, F_DUPFD_CLOEXEC, 0);
		if (fd < 0)
			return -errno;
		memcpy(buf, ".", 2); /* bufsz >= 2 (checked by normalize) */
		*name = buf;
		return fd;
	}
	/* rel points into buf: split it there into parent and name. */
	char *rest = buf + (rel - buf);
	char *slash = strrchr(rest, '/');
	const char *parent = ".", *last = rest;
	if (slash) {
		*slash = '\0';
		parent = rest;
		last = slash + 1;
	}
	int fd = open_beneath(gr->dirfd, parent, O_PATH | O_DIRECTORY, 0);
	if (fd < 0)
		return fd;
	if (must_dir) {
		struct stat st;
		if (fstatat(fd, last, &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISDIR(st.st_mode)) {
			close(fd);
			return -ENOTDIR;
		}
	}
	*name = last;
	return fd;
}
