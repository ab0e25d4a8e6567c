/* The file-system calls: paths of the sandbox resolved beneath its grants
 * (grants.h), never by the host's own path lookup.
 *
 * Every path argument is copied in, made absolute against the guest cwd or
 * the guest path of the directory descriptor it is relative to, and
 * normalized lexically (struct gpath). Then:
 *
 *  - calls that follow a symlink in the last component open the path with
 *    hl_grants_open(O_PATH) (symlinks resolved beneath the grant) and act on
 *    that descriptor ("" with AT_EMPTY_PATH);
 *  - calls that do not follow it open the parent with hl_grants_open_parent
 *    and use the *at call on (parent, name).
 *
 * Nothing above the grants exists, except the directories that lead to them:
 * "/" (always) and, for a grant /a/b/c, "/a" and "/a/b" when they are not
 * granted themselves. These "virtual directories" are read-only, list the
 * next components of the grants below them, and an open descriptor of one is
 * backed by an empty sealed memfd whose file offset is the getdents64
 * position.
 *
 * Hardening beyond Linux semantics (the runtime may run as root, the sandbox
 * is hostile): set-user-ID and set-group-ID bits are cleared from every mode
 * the sandbox gives (open, mkdir, chmod); chown may not change an owner or a
 * group (only a no-op succeeds); fchmod, fchown, futimens and linkat with
 * AT_EMPTY_PATH refuse descriptors that were not opened beneath a grant
 * (standard streams, pipes). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "runtime/grants.h"
#include "runtime/sandbox.h"
#include "runtime/syscall.h"

#ifndef SYS_fchmodat2
#define SYS_fchmodat2 452
#endif

/* Mode bits the sandbox may set: no set-user-ID, no set-group-ID. */
#define MODE_BITS (07777 & ~(S_ISUID | S_ISGID))
#define VDIR_MODE (S_IFDIR | 0555)
#define VDIR_BLKSIZE 4096
#define TMPFS_MAGIC_ 0x01021994
#define GETDENTS_MAX 65536

/* ---- guest paths ---- */

/* A path argument of the sandbox, absolute and normalized. */
struct gpath {
	char norm[PATH_MAX];	/* normalized absolute guest path */
	char arg[PATH_MAX + 1]; /* norm, plus a '/' when the sandbox's path ended in
				   '/', "." or "..": for the grants functions (with
				   cwd NULL), which then require a directory */
};

/* Copies in the path at ptr and makes it absolute: relative to the guest cwd
 * (dirfd AT_FDCWD) or to the guest path of the directory dirfd. With
 * empty_ok (AT_EMPTY_PATH) an empty or NULL path names dirfd itself:
 * returns 1 then (for AT_FDCWD, the path is the cwd). Returns 0, 1 or
 * -errno. */
static int get_path(struct hl_sandbox *sb, int dirfd, uint64_t ptr, int empty_ok, struct gpath *p)
{
	char raw[PATH_MAX], base[PATH_MAX];
	long n = 0;
	raw[0] = '\0';
	if (!empty_ok || (uint32_t)ptr != 0) {
		n = hl_copy_str_in(sb, raw, ptr, sizeof raw);
		if (n < 0)
			return (int)n;
	}
	if (n == 0) {
		if (!empty_ok)
			return -ENOENT;
		if (dirfd != AT_FDCWD) {
			struct hl_file *f = hl_fd_get(&sb->fds, dirfd);
			if (!f)
				return -EBADF;
			hl_file_put(f);
			return 1;
		}
		strcpy(raw, ".");
	}
	int r = 0;
	if (raw[0] == '/') {
		strcpy(base, "/");
	} else if (dirfd == AT_FDCWD) {
		pthread_mutex_lock(&sb->lock);
		snprintf(base, sizeof base, "%s", sb->cwd);
		pthread_mutex_unlock(&sb->lock);
	} else {
		struct hl_file *f = hl_fd_get(&sb->fds, dirfd);
		if (!f)
			return -EBADF;
		if (!f->is_dir || !f->path)
			r = -ENOTDIR;
		else if ((size_t)snprintf(base, sizeof base, "%s", f->path) >= sizeof base)
			r = -ENAMETOOLONG;
		hl_file_put(f);
		if (r)
			return r;
	}
	r = hl_path_normalize(base, raw, p->norm, sizeof p->norm);
	if (r < 0)
		return r;
	const char *last = strrchr(raw, '/');
	last = last ? last + 1 : raw;
	int must_dir = !*last || !strcmp(last, ".") || !strcmp(last, "..");
	size_t len = strlen(p->norm);
	memcpy(p->arg, p->norm, len + 1);
	if (must_dir && len > 1) {
		p->arg[len] = '/';
		p->arg[len + 1] = '\0';
	}
	return 0;
}

/* What a normalized guest path names. */
enum where {
	W_NONE,	  /* nothing: outside every grant */
	W_GRANT,  /* something beneath a grant */
	W_ROOT,	  /* a granted directory itself */
	W_VIRTUAL /* "/" or a directory on the way to a grant */
};

static int is_virtual(const struct hl_grants *g, const char *norm)
{
	if (!strcmp(norm, "/"))
		return 1;
	size_t len = strlen(norm);
	for (size_t i = 0; g && i < g->n; i++)
		if (!strncmp(g->v[i].guest, norm, len) && g->v[i].guest[len] == '/')
			return 1;
	return 0;
}

/* Sets *ro (if not NULL) when the path is beneath a read-only grant. */
static enum where classify(const struct hl_grants *g, const char *norm, int *ro)
{
	const char *rel;
	const struct hl_grant *gr = hl_grants_find(g, norm, &rel);
	if (ro)
		*ro = gr && gr->readonly;
	if (gr)
		return strcmp(rel, ".") ? W_GRANT : W_ROOT;
	return is_virtual(g, norm) ? W_VIRTUAL : W_NONE;
}

/* Opens a path following a final symlink, beneath its grant. */
static int open_follow(const struct hl_sandbox *sb, const struct gpath *p, int flags)
{
	return hl_grants_open(sb->cfg.grants, NULL, p->arg, flags, 0);
}

/* Opens the parent directory of a path; *name points into buf (PATH_MAX). */
static int open_parent(const struct hl_sandbox *sb, const struct gpath *p, int write, char *buf,
		       const char **name)
{
	return hl_grants_open_parent(sb->cfg.grants, NULL, p->arg, write, buf, PATH_MAX, name);
}

/* Whether f is an open virtual directory. */
static int file_virtual(const struct hl_sandbox *sb, const struct hl_file *f)
{
	return f->is_dir && f->path && classify(sb->cfg.grants, f->path, NULL) == W_VIRTUAL;
}

static unsigned guest_umask(struct hl_sandbox *sb)
{
	pthread_mutex_lock(&sb->lock);
	unsigned u = sb->umask;
	pthread_mutex_unlock(&sb->lock);
	return u & 0777;
}

/* ---- virtual directories ---- */

struct vname {
	const char *s;
	size_t len;
};

/* The names in the virtual directory dir (the next component of every
 * grant below it, each once). out (room for g->n names) may be NULL.
 * Returns how many. */
static size_t virt_children(const struct hl_grants *g, const char *dir, struct vname *out)
{
	size_t n = 0, dlen = strcmp(dir, "/") ? strlen(dir) : 0;
	for (size_t i = 0; g && i < g->n; i++) {
		const char *gs = g->v[i].guest;
		if (strncmp(gs, dir, dlen) || gs[dlen] != '/' || !gs[dlen + 1])
			continue;
		const char *c = gs + dlen + 1;
		size_t clen = strcspn(c, "/");
		int dup = 0;
		for (size_t j = 0; j < i && !dup; j++) {
			const char *hs = g->v[j].guest;
			if (!strncmp(hs, dir, dlen) && hs[dlen] == '/' &&
			    !strncmp(hs + dlen + 1, c, clen) &&
			    (hs[dlen + 1 + clen] == '/' || !hs[dlen + 1 + clen]))
				dup = 1;
		}
		if (dup)
			continue;
		if (out)
			out[n] = (struct vname){c, clen};
		n++;
	}
	return n;
}

static uint64_t fnv(uint64_t h, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
	return h;
}

#define FNV_INIT 0xcbf29ce484222325ull

static uint64_t ino_fix(uint64_t h)
{
	return h > 2 ? h : h + 3; /* 2 is "/" */
}

static uint64_t virt_ino(const char *path)
{
	if (!strcmp(path, "/"))
		return 2;
	return ino_fix(fnv(FNV_INIT, path, strlen(path)));
}

static void virt_stat(const struct hl_grants *g, const char *dir, struct stat *st)
{
	memset(st, 0, sizeof *st);
	st->st_ino = virt_ino(dir);
	st->st_mode = VDIR_MODE;
	st->st_nlink = 2 + virt_children(g, dir, NULL);
	st->st_blksize = VDIR_BLKSIZE;
}

static void virt_statx(const struct hl_grants *g, const char *dir, struct statx *stx)
{
	memset(stx, 0, sizeof *stx);
	stx->stx_mask = STATX_BASIC_STATS;
	stx->stx_blksize = VDIR_BLKSIZE;
	stx->stx_nlink = (uint32_t)(2 + virt_children(g, dir, NULL));
	stx->stx_mode = VDIR_MODE;
	stx->stx_ino = virt_ino(dir);
}

static void virt_statfs(struct statfs *sf)
{
	memset(sf, 0, sizeof *sf);
	sf->f_type = TMPFS_MAGIC_;
	sf->f_bsize = VDIR_BLKSIZE;
	sf->f_frsize = VDIR_BLKSIZE;
	sf->f_namelen = NAME_MAX;
	sf->f_flags = ST_RDONLY;
}

/* A descriptor for an open virtual directory: an empty sealed memfd. */
static int virt_open(int flags)
{
	if ((flags & O_CREAT) && (flags & O_EXCL))
		return -EEXIST;
	if ((flags & O_ACCMODE) != O_RDONLY || (flags & O_CREAT) ||
	    (flags & O_TMPFILE) == O_TMPFILE)
		return -EISDIR;
	int fd = memfd_create("halite-dir", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (fd < 0)
		return -errno;
	if (fcntl(fd, F_ADD_SEALS, F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE)) {
		int e = errno;
		close(fd);
		return -e;
	}
	return fd;
}

/* struct linux_dirent64 */
struct dirent64_ {
	uint64_t d_ino;
	int64_t d_off;
	uint16_t d_reclen;
	uint8_t d_type;
	char d_name[];
};

/* getdents64 on a virtual directory: ".", "..", then the children; the
 * memfd's offset is the index of the next entry. */
static int64_t virt_getdents(struct hl_sandbox *sb, struct hl_file *f, uint64_t buf, unsigned count)
{
	const struct hl_grants *g = sb->cfg.grants;
	const char *dir = f->path;
	size_t nchild = virt_children(g, dir, NULL);
	struct vname *names = calloc(nchild ? nchild : 1, sizeof *names);
	size_t cap = count < GETDENTS_MAX ? count : GETDENTS_MAX;
	char *out = malloc(cap ? cap : 1);
	if (!names || !out) {
		free(names);
		free(out);
		return -ENOMEM;
	}
	virt_children(g, dir, names);

	/* The parent, for the inode number of "..". */
	char parent[PATH_MAX];
	snprintf(parent, sizeof parent, "%s", dir);
	char *slash = strrchr(parent, '/');
	if (slash && slash != parent)
		*slash = '\0';
	else
		strcpy(parent, "/");
	uint64_t dir_h = fnv(FNV_INIT, dir, strlen(dir));
	if (strcmp(dir, "/"))
		dir_h = fnv(dir_h, "/", 1);

	int64_t r = 0;
	off_t pos = lseek(f->hostfd, 0, SEEK_CUR);
	if (pos < 0)
		r = -errno;
	size_t o = 0;
	uint64_t k = pos < 0 ? 0 : (uint64_t)pos;
	for (; !r && k < 2 + nchild; k++) {
		const char *name;
		size_t len;
		uint64_t ino;
		if (k == 0) {
			name = ".";
			len = 1;
			ino = virt_ino(dir);
		} else if (k == 1) {
			name = "..";
			len = 2;
			ino = virt_ino(parent);
		} else {
			name = names[k - 2].s;
			len = names[k - 2].len;
			ino = ino_fix(fnv(dir_h, name, len));
		}
		size_t reclen = (offsetof(struct dirent64_, d_name) + len + 1 + 7) & ~(size_t)7;
		if (o + reclen > cap) {
			if (o == 0)
				r = -EINVAL;
			break;
		}
		struct dirent64_ *d = (struct dirent64_ *)(void *)(out + o);
		memset(d, 0, reclen);
		d->d_ino = ino;
		d->d_off = (int64_t)(k + 1);
		d->d_reclen = (uint16_t)reclen;
		d->d_type = DT_DIR;
		memcpy(d->d_name, name, len);
		o += reclen;
	}
	if (!r && o) {
		r = hl_copy_out(sb, buf, out, o);
		if (!r) {
			if (lseek(f->hostfd, (off_t)k, SEEK_SET) < 0)
				r = -errno;
			else
				r = (int64_t)o;
		}
	}
	free(names);
	free(out);
	return r;
}

/* ---- open ---- */

static int64_t do_open(struct hl_thread *t, int dirfd, uint64_t path, int flags, unsigned mode)
{
	struct hl_sandbox *sb = t->sb;
	struct gpath p;
	int r = get_path(sb, dirfd, path, 0, &p);
	if (r < 0)
		return r;
	int ro;
	enum where w = classify(sb->cfg.grants, p.norm, &ro);
	int fd;
	if (w == W_NONE)
		return -ENOENT;
	if (w == W_VIRTUAL) {
		fd = virt_open(flags);
	} else {
		mode &= MODE_BITS & ~guest_umask(sb);
		fd = hl_grants_open(sb->cfg.grants, NULL, p.arg, flags, (int)mode);
	}
	if (fd < 0)
		return fd;
	struct stat st;
	int is_dir = w == W_VIRTUAL || (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode));
	struct hl_file *f = hl_file_new(fd, p.norm, is_dir);
	if (!f)
		return -ENOMEM;
	f->readonly_grant = ro || w == W_VIRTUAL;
	return hl_fd_install(&sb->fds, f, 0, (flags & O_CLOEXEC) != 0);
}

HL_SYS(open)
{
	return do_open(t, AT_FDCWD, a[0], (int)a[1], (unsigned)a[2]);
}

HL_SYS(openat)
{
	return do_open(t, (int)a[0], a[1], (int)a[2], (unsigned)a[3]);
}

HL_SYS(creat)
{
	return do_open(t, AT_FDCWD, a[0], O_CREAT | O_WRONLY | O_TRUNC, (unsigned)a[1]);
}

/* ---- stat ---- */

/* stat of a path or of descriptor dirfd (AT_EMPTY_PATH). */
static int64_t stat_at(struct hl_thread *t, int dirfd, uint64_t path, int flags, struct stat *st)
{
	struct hl_sandbox *sb = t->sb;
	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | AT_NO_AUTOMOUNT))
		return -EINVAL;
	struct gpath p;
	int r = get_path(sb, dirfd, path, flags & AT_EMPTY_PATH, &p);
	if (r < 0)
		return r;
	if (r == 1) {
		struct hl_file *f = hl_fd_get(&sb->fds, dirfd);
		if (!f)
			return -EBADF;
		int64_t x = 0;
		if (file_virtual(sb, f))
			virt_stat(sb->cfg.grants, f->path, st);
		else
			x = hl_ret(fstat(f->hostfd, st));
		hl_file_put(f);
		return x;
	}
	enum where w = classify(sb->cfg.grants, p.norm, NULL);
	if (w == W_NONE)
		return -ENOENT;
	if (w == W_VIRTUAL) {
		virt_stat(sb->cfg.grants, p.norm, st);
		return 0;
	}
	int64_t x;
	if (flags & AT_SYMLINK_NOFOLLOW) {
		char buf[PATH_MAX];
		const char *name;
		int pfd = open_parent(sb, &p, 0, buf, &name);
		if (pfd < 0)
			return pfd;
		x = hl_ret(fstatat(pfd, name, st, AT_SYMLINK_NOFOLLOW));
		close(pfd);
	} else {
		int fd = open_follow(sb, &p, O_PATH);
		if (fd < 0)
			return fd;
		x = hl_ret(fstat(fd, st));
		close(fd);
	}
	return x;
}

static int64_t stat_out(struct hl_thread *t, int dirfd, uint64_t path, int flags, uint64_t out)
{
	struct stat st;
	int64_t r = stat_at(t, dirfd, path, flags, &st);
	return r ? r : hl_copy_out(t->sb, out, &st, sizeof st);
}

HL_SYS(stat)
{
	return stat_out(t, AT_FDCWD, a[0], 0, a[1]);
}

HL_SYS(lstat)
{
	return stat_out(t, AT_FDCWD, a[0], AT_SYMLINK_NOFOLLOW, a[1]);
}

HL_SYS(newfstatat)
{
	return stat_out(t, (int)a[0], a[1], (int)a[3], a[2]);
}

HL_SYS(statx)
{
	struct hl_sandbox *sb = t->sb;
	int dirfd = (int)a[0], flags = (int)a[2];
	unsigned mask = (unsigned)a[3];
	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | AT_NO_AUTOMOUNT | AT_STATX_SYNC_TYPE))
		return -EINVAL;
	if ((flags & AT_STATX_SYNC_TYPE) == AT_STATX_SYNC_TYPE)
		return -EINVAL;
	if (mask & STATX__RESERVED)
		return -EINVAL;
	int sync = flags & (AT_STATX_SYNC_TYPE | AT_NO_AUTOMOUNT);
	struct statx stx;
	struct gpath p;
	int64_t r = get_path(sb, dirfd, a[1], flags & AT_EMPTY_PATH, &p);
	if (r < 0)
		return r;
	if (r == 1) {
		struct hl_file *f = hl_fd_get(&sb->fds, dirfd);
		if (!f)
			return -EBADF;
		r = 0;
		if (file_virtual(sb, f))
			virt_statx(sb->cfg.grants, f->path, &stx);
		else
			r = hl_ret(statx(f->hostfd, "", AT_EMPTY_PATH | sync, mask, &stx));
		hl_file_put(f);
	} else {
		enum where w = classify(sb->cfg.grants, p.norm, NULL);
		if (w == W_NONE)
			return -ENOENT;
		if (w == W_VIRTUAL) {
			virt_statx(sb->cfg.grants, p.norm, &stx);
			r = 0;
		} else if (flags & AT_SYMLINK_NOFOLLOW) {
			char buf[PATH_MAX];
			const char *name;
			int pfd = open_parent(sb, &p, 0, buf, &name);
			if (pfd < 0)
				return pfd;
			r = hl_ret(statx(pfd, name, AT_SYMLINK_NOFOLLOW | sync, mask, &stx));
			close(pfd);
		} else {
			int fd = open_follow(sb, &p, O_PATH);
			if (fd < 0)
				return fd;
			r = hl_ret(statx(fd, "", AT_EMPTY_PATH | sync, mask, &stx));
			close(fd);
		}
	}
	return r ? r : hl_copy_out(sb, a[4], &stx, sizeof stx);
}

/* ---- access ---- */

static int64_t access_at(struct hl_thread *t, int dirfd, uint64_t path, int mode, int flags)
{
	struct hl_sandbox *sb = t->sb;
	if (mode & ~(R_OK | W_OK | X_OK))
		return -EINVAL;
	if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	int eacc = flags & AT_EACCESS;
	struct gpath p;
	int64_t r = get_path(sb, dirfd, path, flags & AT_EMPTY_PATH, &p);
	if (r < 0)
		return r;
	if (r == 1) {
		struct hl_file *f = hl_fd_get(&sb->fds, dirfd);
		if (!f)
			return -EBADF;
		if (file_virtual(sb, f))
			r = (mode & W_OK) ? -EROFS : 0;
		else if ((mode & W_OK) && f->readonly_grant)
			r = -EROFS;
		else
			r = hl_ret(syscall(SYS_faccessat2, f->hostfd, "", mode, AT_EMPTY_PATH | eacc));
		hl_file_put(f);
		return r;
	}
	int ro;
	enum where w = classify(sb->cfg.grants, p.norm, &ro);
	if (w == W_NONE)
		return -ENOENT;
	if (w == W_VIRTUAL)
		return (mode & W_OK) ? -EROFS : 0;
	if ((flags & AT_SYMLINK_NOFOLLOW) && w == W_GRANT) {
		char buf[PATH_MAX];
		const char *name;
		int pfd = open_parent(sb, &p, 0, buf, &name);
		if (pfd < 0)
			return pfd;
		r = hl_ret(
		    syscall(SYS_faccessat2, pfd, name, mode & ~W_OK, AT_SYMLINK_NOFOLLOW | eacc));
		if (!r && (mode & W_OK))
			r = ro ? -EROFS
			       : hl_ret(syscall(SYS_faccessat2, pfd, name, mode,
					     AT_SYMLINK_NOFOLLOW | eacc));
		close(pfd);
		return r;
	}
	int fd = open_follow(sb, &p, O_PATH);
	if (fd < 0)
		return fd;
	r = hl_ret(syscall(SYS_faccessat2, fd, "", mode & ~W_OK, AT_EMPTY_PATH | eacc));
	if (!r && (mode & W_OK))
		r = ro ? -EROFS : hl_ret(syscall(SYS_faccessat2, fd, "", mode, AT_EMPTY_PATH | eacc));
	close(fd);
	return r;
}

HL_SYS(access)
{
	return access_at(t, AT_FDCWD, a[0], (int)a[1], 0);
}

HL_SYS(faccessat)
{
	return access_at(t, (int)a[0], a[1], (int)a[2], 0);
}

HL_SYS(faccessat2)
{
	return access_at(t, (int)a[0], a[1], (int)a[2], (int)a[3]);
}

/* ---- creating and removing names ---- */

HL_SYS(mkdirat)
{
	struct hl_sandbox *sb = t->sb;
	struct gpath p;
	int r = get_path(sb, (int)a[0], a[1], 0, &p);
	if (r < 0)
		return r;
	enum where w = classify(sb->cfg.grants, p.norm, NULL);
	if (w == W_NONE)
		return -ENOENT;
	if (w == W_ROOT || w == W_VIRTUAL)
		return -EEXIST;
	char buf[PATH_MAX];
	const char *name;
	int pfd = open_parent(sb, &p, 1, buf, &name);
	if (pfd < 0)
		return pfd;
	unsigned mode = (unsigned)a[2] & MODE_BITS & ~guest_umask(sb);
	int64_t x = hl_ret(mkdirat(pfd, name, mode));
	close(pfd);
	return x;
}

HL_SYS(mkdir)
{
	const uint64_t b[6] = {(uint64_t)(int64_t)AT_FDCWD, a[0], a[1], 0, 0, 0};
	return hl_sys_mkdirat(t, b);
}

static int64_t unlink_at(struct hl_thread *t, int dirfd, uint64_t path, int flags)
{
	struct hl_sandbox *sb = t->sb;
	if (flags & ~AT_REMOVEDIR)
		return -EINVAL;
	struct gpath p;
	int r = get_path(sb, dirfd, path, 0, &p);
	if (r < 0)
		return r;
	enum where w = classify(sb->cfg.grants, p.norm, NULL);
	if (w == W_NONE)
		return -ENOENT;
	if (w == W_ROOT || w == W_VIRTUAL)
		return (flags & AT_REMOVEDIR) ? -EBUSY : -EISDIR;
	char buf[PATH_MAX];
	const char *name;
	int pfd = open_parent(sb, &p, 1, buf, &name);
	if (pfd < 0)
		return pfd;
	int64_t x = hl_ret(unlinkat(pfd, name, flags));
	close(pfd);
	return x;
}

HL_SYS(unlink)
{
	return unlink_at(t, AT_FDCWD, a[0], 0);
}

HL_SYS(rmdir)
{
	return unlink_at(t, AT_FDCWD, a[0], AT_REMOVEDIR);
}

HL_SYS(unlinkat)
{
	return unlink_at(t, (int)a[0], a[1], (int)a[2]);
}

static int64_t rename_at(struct hl_thread *t, int olddir, uint64_t oldp, int newdir, uint64_t newp,
			 unsigned flags)
{
	struct hl_sandbox *sb = t->sb;
	if (flags & ~(unsigned)(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT))
		return -EINVAL;
	struct gpath po, pn;
	int r = get_path(sb, olddir, oldp, 0, &po);
	if (r < 0)
		return r;
	r = get_path(sb, newdir, newp, 0, &pn);
	if (r < 0)
		return r;
	enum where wo = classify(sb->cfg.grants, po.norm, NULL);
	enum where wn = classify(sb->cfg.grants, pn.norm, NULL);
	if (wo == W_NONE)
		return -ENOENT;
	if (wo != W_GRANT)
		return -EBUSY;
	if (wn == W_NONE)
		return -ENOENT;
	if (wn != W_GRANT)
		return -EBUSY;
	char bo[PATH_MAX], bn[PATH_MAX];
	const char *no, *nn;
	int fo = open_parent(sb, &po, 1, bo, &no);
	if (fo < 0)
		return fo;
	int fn = open_parent(sb, &pn, 1, bn, &nn);
	if (fn < 0) {
		close(fo);
		return fn;
	}
	int64_t x = hl_ret(renameat2(fo, no, fn, nn, flags));
	close(fo);
	close(fn);
	return x;
}

HL_SYS(rename)
{
	return rename_at(t, AT_FDCWD, a[0], AT_FDCWD, a[1], 0);
}

HL_SYS(renameat)
{
	return rename_at(t, (int)a[0], a[1], (int)a[2], a[3], 0);
}

HL_SYS(renameat2)
{
	return rename_at(t, (int)a[0], a[1], (int)a[2], a[3], (unsigned)a[4]);
}

/* linkat. A second name for a file is a write to its grant too: a file of a
 * read-only grant is never linked anywhere. */
static int64_t link_at(struct hl_thread *t, int olddir, uint64_t oldp, int newdir, uint64_t newp,
		       int flags)
{
	struct hl_sandbox *sb = t->sb;
	if (flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	struct gpath po, pn;
	int r = get_path(sb, olddir, oldp, flags & AT_EMPTY_PATH, &po);
	if (r < 0)
		return r;
	int old_is_fd = r == 1;
	r = get_path(sb, newdir, newp, 0, &pn);
	if (r < 0)
		return r;

	/* The source: a descriptor (fo, name "") or a parent and a name. */
	int fo, oflags = 0;
	const char *no = "";
	char bo[PATH_MAX];
	if (old_is_fd) {
		struct hl_file *f = hl_fd_get(&sb->fds, olddir);
		if (!f)
			return -EBADF;
		if (!f->path || file_virtual(sb, f))
			fo = -ENOENT;
		else if (f->is_dir)
			fo = -EPERM;
		else if (f->readonly_grant)
			fo = -EROFS;
		else if ((fo = fcntl(f->hostfd, F_DUPFD_CLOEXEC, 0)) < 0)
			fo = -errno;
		hl_file_put(f);
		oflags = AT_EMPTY_PATH;
	} else {
		int ro;
		enum where w = classify(sb->cfg.grants, po.norm, &ro);
		if (w == W_NONE)
			return -ENOENT;
		if (w != W_GRANT)
			return -EPERM; /* a directory */
		if (flags & AT_SYMLINK_FOLLOW) {
			fo = open_follow(sb, &po, O_PATH);
			if (fo >= 0 && ro) {
				close(fo);
				fo = -EROFS;
			}
			oflags = AT_EMPTY_PATH;
		} else {
			fo = open_parent(sb, &po, 1, bo, &no);
		}
	}
	if (fo < 0)
		return fo;

	enum where wn = classify(sb->cfg.grants, pn.norm, NULL);
	int64_t x;
	if (wn == W_NONE) {
		x = -ENOENT;
	} else if (wn != W_GRANT) {
		x = -EEXIST;
	} else {
		char bn[PATH_MAX];
		const char *nn;
		int fn = open_parent(sb, &pn, 1, bn, &nn);
		if (fn < 0) {
			x = fn;
		} else {
			x = hl_ret(linkat(fo, no, fn, nn, oflags));
			close(fn);
		}
	}
	close(fo);
	return x;
}

HL_SYS(link)
{
	return link_at(t, AT_FDCWD, a[0], AT_FDCWD, a[1], 0);
}

HL_SYS(linkat)
{
	return link_at(t, (int)a[0], a[1], (int)a[2], a[3], (int)a[4]);
}

static int64_t symlink_at(struct hl_thread *t, uint64_t target, int newdir, uint64_t newp)
{
	struct hl_sandbox *sb = t->sb;
	char tgt[PATH_MAX];
	long n = hl_copy_str_in(sb, tgt, target, sizeof tgt);
	if (n < 0)
		return n;
	if (n == 0)
		return -ENOENT;
	struct gpath p;
	int r = get_path(sb, newdir, newp, 0, &p);
	if (r < 0)
		return r;
	enum where w = classify(sb->cfg.grants, p.norm, NULL);
	if (w == W_NONE)
		return -ENOENT;
	if (w != W_GRANT)
		return -EEXIST;
	char buf[PATH_MAX];
	const char *name;
	int pfd = open_parent(sb, &p, 1, buf, &name);
	if (pfd < 0)
		return pfd;
	int64_t x = hl_ret(symlinkat(tgt, pfd, name));
	close(pfd);
	return x;
}

HL_SYS(symlink)
{
	return symlink_at(t, a[0], AT_FDCWD, a[1]);
}

HL_SYS(symlinkat)
{
	return symlink_at(t, a[0], (int)a[1], a[2]);
}

static int64_t readlink_at(struct hl_thread *t, int dirfd, uint64_t path, uint64_t out, int size,
			   int empty_ok)
{
	struct hl_sandbox *sb = t->sb;
	if (size <= 0)
		return -EINVAL;
	struct gpath p;
	int64_t r = get_path(sb, dirfd, path, empty_ok, &p);
	if (r < 0)
		return r;
	char tgt[PATH_MAX];
	if (r == 1) {
		struct hl_file *f = hl_fd_get(&sb->fds, dirfd);
		if (!f)
			return -EBADF;
		if (!f->path || file_virtual(sb, f))
			r = -EINVAL;
		else
			r = hl_ret(readlinkat(f->hostfd, "", tgt, sizeof tgt));
		hl_file_put(f);
	} else {
		enum where w = classify(sb->cfg.grants, p.norm, NULL);
		if (w == W_NONE)
			return -ENOENT;
		if (w == W_VIRTUAL)
			return -EINVAL;
		char buf[PATH_MAX];
		const char *name;
		int pfd = open_parent(sb, &p, 0, buf, &name);
		if (pfd < 0)
			return pfd;
		r = hl_ret(readlinkat(pfd, name, tgt, sizeof tgt));
		close(pfd);
	}
	if (r < 0)
		return r;
	if (r > size)
		r = size;
	int c = hl_copy_out(sb, out, tgt, (size_t)r);
	return c ? c : r;
}

HL_SYS(readlink)
{
	return readlink_at(t, AT_FDCWD, a[0], a[1], (int)a[2], 0);
}

HL_SYS(readlinkat)
{
	/* Linux: an empty path reads the link dirfd names (an O_PATH descriptor
	 * of a symlink), as with AT_EMPTY_PATH. */
	return readlink_at(t, (int)a[0], a[1], a[2], (int)a[3], (int)a[0] != AT_FDCWD);
}

/* ---- changing attributes ---- */

/* For a call that follows symlinks and modifies the file: opens the path
 * (O_PATH) and checks its grant is writable. Virtual directories: -EROFS. */
static int open_follow_write(const struct hl_sandbox *sb, const struct gpath *p)
{
	int ro;
	enum where w = classify(sb->cfg.grants, p->norm, &ro);
	if (w == W_NONE)
		return -ENOENT;
	if (w == W_VIRTUAL)
		return -EROFS;
	int fd = open_follow(sb, p, O_PATH);
	if (fd >= 0 && ro) {
		close(fd);
		return -EROFS;
	}
	return fd;
}

/* A descriptor of the sandbox that a metadata call may modify: opened
 * beneath a writable grant. Returns the file (with a reference) or NULL with
 * *err set. */
static struct hl_file *writable_file(struct hl_sandbox *sb, int fd, int *err)
{
	struct hl_file *f = hl_fd_get(&sb->fds, fd);
	*err = -EBADF;
	if (!f)
		return NULL;
	if (file_virtual(sb, f))
		*err = -EROFS;
	else if (!f->path)
		*err = -EPERM; /* standard streams, pipes: not the sandbox's files */
	else if (f->readonly_grant)
		*err = -EROFS;
	else
		return f;
	hl_file_put(f);
	return NULL;
}

static int64_t chmod_fd(int fd, unsigned mode)
{
	long r = syscall(SYS_fchmodat2, fd, "", mode, AT_EMPTY_PATH);
	return hl_ret(r);
}

HL_SYS(fchmodat)
{
	struct hl_sandbox *sb = t->sb;
	struct gpath p;
	int r = get_path(sb, (int)a[0], a[1], 0, &p);
	if (r < 0)
		return r;
	int fd = open_follow_write(sb, &p);
	if (fd < 0)
		return fd;
	unsigned mode = (unsigned)a[2] & MODE_BITS;
	int64_t x = chmod_fd(fd, mode);
	close(fd);
	if (x == -ENOSYS || x == -EINVAL || x == -EOPNOTSUPP) {
		/* No fchmodat2 with AT_EMPTY_PATH: a real descriptor. */
		fd = open_follow(sb, &p, O_RDONLY | O_NONBLOCK | O_NOCTTY);
		if (fd < 0)
			return fd;
		x = hl_ret(fchmod(fd, mode));
		close(fd);
	}
	return x;
}

HL_SYS(chmod)
{
	const uint64_t b[6] = {(uint64_t)(int64_t)AT_FDCWD, a[0], a[1], 0, 0, 0};
	return hl_sys_fchmodat(t, b);
}

HL_SYS(fchmod)
{
	int err;
	struct hl_file *f = writable_file(t->sb, (int)a[0], &err);
	if (!f)
		return err;
	int64_t r = hl_ret(fchmod(f->hostfd, (unsigned)a[1] & MODE_BITS));
	hl_file_put(f);
	return r;
}

/* chown: only a call that changes nothing succeeds (the sandbox is an
 * unprivileged user, whatever the runtime runs as). */
static int64_t chown_do(int fd, const char *name, int atflags, uint64_t uid, uint64_t gid)
{
	struct stat st;
	if (fstatat(fd, name, &st, atflags))
		return -errno;
	if (((uint32_t)uid != (uint32_t)-1 && (uint32_t)uid != st.st_uid) ||
	    ((uint32_t)gid != (uint32_t)-1 && (uint32_t)gid != st.st_gid))
		return -EPERM;
	return hl_ret(fchownat(fd, name, (uid_t)-1, (gid_t)-1, atflags));
}

HL_SYS(fchownat)
{
	struct hl_sandbox *sb = t->sb;
	int dirfd = (int)a[0], flags = (int)a[4];
	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	struct gpath p;
	int r = get_path(sb, dirfd, a[1], flags & AT_EMPTY_PATH, &p);
	if (r < 0)
		return r;
	if (r == 1) {
		int err;
		struct hl_file *f = writable_file(sb, dirfd, &err);
		if (!f)
			return err;
		int64_t x = chown_do(f->hostfd, "", AT_EMPTY_PATH, a[2], a[3]);
		hl_file_put(f);
		return x;
	}
	int ro;
	enum where w = classify(sb->cfg.grants, p.norm, &ro);
	int64_t x;
	if ((flags & AT_SYMLINK_NOFOLLOW) && w == W_GRANT) {
		char buf[PATH_MAX];
		const char *name;
		int pfd = open_parent(sb, &p, 1, buf, &name);
		if (pfd < 0)
			return pfd;
		x = chown_do(pfd, name, AT_SYMLINK_NOFOLLOW, a[2], a[3]);
		close(pfd);
	} else {
		int fd = open_follow_write(sb, &p);
		if (fd < 0)
			return fd;
		x = chown_do(fd, "", AT_EMPTY_PATH, a[2], a[3]);
		close(fd);
	}
	return x;
}

HL_SYS(chown)
{
	const uint64_t b[6] = {(uint64_t)(int64_t)AT_FDCWD, a[0], a[1], a[2], 0, 0};
	return hl_sys_fchownat(t, b);
}

HL_SYS(lchown)
{
	const uint64_t b[6] = {(uint64_t)(int64_t)AT_FDCWD, a[0], a[1], a[2],
			       AT_SYMLINK_NOFOLLOW,	    0};
	return hl_sys_fchownat(t, b);
}

HL_SYS(fchown)
{
	int err;
	struct hl_file *f = writable_file(t->sb, (int)a[0], &err);
	if (!f)
		return err;
	int64_t r = chown_do(f->hostfd, "", AT_EMPTY_PATH, a[1], a[2]);
	hl_file_put(f);
	return r;
}

HL_SYS(utimensat)
{
	struct hl_sandbox *sb = t->sb;
	int dirfd = (int)a[0], flags = (int)a[3];
	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	struct timespec ts[2];
	if (a[2] && hl_copy_in(sb, ts, a[2], sizeof ts))
		return -EFAULT;
	const struct timespec *tp = a[2] ? ts : NULL;
	struct gpath p;
	int r;
	if ((uint32_t)a[1] == 0) {
		/* futimens: a NULL path names dirfd. */
		if (dirfd == AT_FDCWD)
			return -EFAULT;
		r = 1;
	} else {
		r = get_path(sb, dirfd, a[1], flags & AT_EMPTY_PATH, &p);
		if (r < 0)
			return r;
	}
	int64_t x;
	if (r == 1) {
		int err;
		struct hl_file *f = writable_file(sb, dirfd, &err);
		if (!f)
			return err;
		x = hl_ret(syscall(SYS_utimensat, f->hostfd, "", tp, AT_EMPTY_PATH));
		hl_file_put(f);
		return x;
	}
	enum where w = classify(sb->cfg.grants, p.norm, NULL);
	if ((flags & AT_SYMLINK_NOFOLLOW) && w == W_GRANT) {
		char buf[PATH_MAX];
		const char *name;
		int pfd = open_parent(sb, &p, 1, buf, &name);
		if (pfd < 0)
			return pfd;
		x = hl_ret(syscall(SYS_utimensat, pfd, name, tp, AT_SYMLINK_NOFOLLOW));
		close(pfd);
	} else {
		int fd = open_follow_write(sb, &p);
		if (fd < 0)
			return fd;
		x = hl_ret(syscall(SYS_utimensat, fd, "", tp, AT_EMPTY_PATH));
		close(fd);
	}
	return x;
}

HL_SYS(truncate)
{
	struct hl_sandbox *sb = t->sb;
	struct gpath p;
	int r = get_path(sb, AT_FDCWD, a[0], 0, &p);
	if (r < 0)
		return r;
	if (classify(sb->cfg.grants, p.norm, NULL) == W_VIRTUAL)
		return -EISDIR;
	/* Existence first (ENOENT before EROFS, as Linux reports them). */
	int fd = open_follow_write(sb, &p);
	if (fd < 0)
		return fd;
	close(fd);
	fd = open_follow(sb, &p, O_WRONLY | O_NONBLOCK | O_NOCTTY);
	if (fd < 0)
		return fd;
	int64_t x = hl_ret(ftruncate(fd, (off_t)a[1]));
	close(fd);
	return x;
}

/* ---- the working directory ---- */

HL_SYS(getcwd)
{
	struct hl_sandbox *sb = t->sb;
	char cwd[PATH_MAX];
	pthread_mutex_lock(&sb->lock);
	snprintf(cwd, sizeof cwd, "%s", sb->cwd);
	pthread_mutex_unlock(&sb->lock);
	size_t len = strlen(cwd) + 1;
	if (a[1] < len)
		return -ERANGE;
	int r = hl_copy_out(sb, a[0], cwd, len);
	return r ? r : (int64_t)len;
}

/* 0, or -ENOMEM (the working directory stays as it was). */
static int set_cwd(struct hl_sandbox *sb, const char *path)
{
	char *c = strdup(path);
	if (!c)
		return -ENOMEM;
	pthread_mutex_lock(&sb->lock);
	char *old = sb->cwd;
	sb->cwd = c;
	pthread_mutex_unlock(&sb->lock);
	free(old);
	return 0;
}

HL_SYS(chdir)
{
	struct hl_sandbox *sb = t->sb;
	struct gpath p;
	int r = get_path(sb, AT_FDCWD, a[0], 0, &p);
	if (r < 0)
		return r;
	enum where w = classify(sb->cfg.grants, p.norm, NULL);
	if (w == W_NONE)
		return -ENOENT;
	if (w != W_VIRTUAL) {
		int fd = open_follow(sb, &p, O_PATH | O_DIRECTORY);
		if (fd < 0)
			return fd;
		int64_t x = hl_ret(syscall(SYS_faccessat2, fd, "", X_OK, AT_EMPTY_PATH | AT_EACCESS));
		close(fd);
		if (x)
			return x;
	}
	return set_cwd(sb, p.norm);
}

HL_SYS(fchdir)
{
	struct hl_sandbox *sb = t->sb;
	struct hl_file *f = hl_fd_get(&sb->fds, (int)a[0]);
	if (!f)
		return -EBADF;
	int64_t x = 0;
	if (!f->is_dir || !f->path)
		x = -ENOTDIR;
	else if (!file_virtual(sb, f))
		x = hl_ret(syscall(SYS_faccessat2, f->hostfd, "", X_OK, AT_EMPTY_PATH | AT_EACCESS));
	if (!x)
		x = set_cwd(sb, f->path);
	hl_file_put(f);
	return x;
}

/* ---- directories and file systems ---- */

HL_SYS(getdents64)
{
	struct hl_sandbox *sb = t->sb;
	unsigned count = (unsigned)a[2];
	struct hl_file *f = hl_fd_get(&sb->fds, (int)a[0]);
	if (!f)
		return -EBADF;
	int64_t r;
	if (file_virtual(sb, f)) {
		r = virt_getdents(sb, f, a[1], count);
	} else {
		void *buf = hl_range(sb, a[1], count);
		r = buf ? hl_ret(syscall(SYS_getdents64, f->hostfd, buf, count)) : -EFAULT;
	}
	hl_file_put(f);
	return r;
}

HL_SYS(statfs)
{
	struct hl_sandbox *sb = t->sb;
	struct gpath p;
	int r = get_path(sb, AT_FDCWD, a[0], 0, &p);
	if (r < 0)
		return r;
	int ro;
	enum where w = classify(sb->cfg.grants, p.norm, &ro);
	struct statfs sf;
	if (w == W_NONE)
		return -ENOENT;
	if (w == W_VIRTUAL) {
		virt_statfs(&sf);
	} else {
		int fd = open_follow(sb, &p, O_PATH);
		if (fd < 0)
			return fd;
		int64_t x = hl_ret(fstatfs(fd, &sf));
		close(fd);
		if (x)
			return x;
		if (ro)
			sf.f_flags |= ST_RDONLY;
	}
	return hl_copy_out(sb, a[1], &sf, sizeof sf);
}

HL_SYS(fstatfs)
{
	struct hl_sandbox *sb = t->sb;
	struct hl_file *f = hl_fd_get(&sb->fds, (int)a[0]);
	if (!f)
		return -EBADF;
	struct statfs sf;
	int64_t x = 0;
	if (file_virtual(sb, f)) {
		virt_statfs(&sf);
	} else {
		x = hl_ret(fstatfs(f->hostfd, &sf));
		if (!x && f->readonly_grant)
			sf.f_flags |= ST_RDONLY;
	}
	hl_file_put(f);
	return x ? x : hl_copy_out(sb, a[1], &sf, sizeof sf);
}
