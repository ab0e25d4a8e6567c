/* The *at forms, AT_EMPTY_PATH, descriptors of the guest root and other
 * corners of the file-system calls, for tests/runtime/test_fs.sh. Expects
 * the grants of test_fs.sh (/data rw with hello.txt, link_ok -> hello.txt,
 * link_abs -> an absolute host path; /ro read-only with ro.txt; /tmp/x).
 * Prints "NAME: RESULT" per check, RESULT being "ok", a value, or
 * "ERR ENAME". */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static const char *ename(int e)
{
	switch (e) {
#define E(x)                                                                                       \
	case x: return #x;
		E(EPERM)
		E(ENOENT) E(EBADF) E(EACCES) E(EFAULT) E(EBUSY) E(EEXIST) E(EXDEV) E(ENOTDIR)
		    E(EISDIR) E(EINVAL) E(EROFS) E(ERANGE) E(ENOSYS) E(ELOOP)
#undef E
			default : return "E?";
	}
}

/* Raw system calls: the result or -errno, whatever libc would do. */
static long sys(long nr, long a, long b, long c, long d, long e)
{
	long r = syscall(nr, a, b, c, d, e);
	return r < 0 ? -errno : r;
}

static void res(const char *name, long r)
{
	if (r < 0)
		printf("%s: ERR %s\n", name, ename((int)-r));
	else
		printf("%s: ok\n", name);
}

static const char *type(unsigned mode)
{
	return S_ISDIR(mode) ? "dir" : S_ISREG(mode) ? "reg" : S_ISLNK(mode) ? "lnk" : "other";
}

struct d64 {
	uint64_t ino;
	int64_t off;
	unsigned short reclen;
	unsigned char type;
	char name[];
};

/* Lists a directory descriptor with getdents64 and a buffer of size bytes. */
static void list(const char *name, int fd, unsigned size)
{
	char buf[4096] __attribute__((aligned(8)));
	printf("%s:", name);
	for (;;) {
		long n = sys(SYS_getdents64, fd, (long)buf, size, 0, 0);
		if (n < 0) {
			printf(" ERR %s", ename((int)-n));
			break;
		}
		if (n == 0)
			break;
		for (long o = 0; o < n;) {
			struct d64 *d = (struct d64 *)(buf + o);
			printf(" %s%s", d->name, d->type == 4 /* DT_DIR */ ? "/" : "");
			o += d->reclen;
		}
	}
	printf("\n");
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	struct stat st;
	char buf[256];
	long r;

	/* AT_EMPTY_PATH on descriptors. */
	int fd = open("/data/hello.txt", O_RDONLY);
	r = sys(SYS_newfstatat, fd, (long)"", (long)&st, AT_EMPTY_PATH, 0);
	printf("fstatat empty: %s\n", r < 0 ? ename((int)-r) : type(st.st_mode));
	res("futimens rw", sys(SYS_utimensat, fd, 0, 0, 0, 0));
	close(fd);
	fd = open("/ro/ro.txt", O_RDONLY);
	res("futimens ro", sys(SYS_utimensat, fd, 0, 0, 0, 0));
	res("fchown ro", sys(SYS_fchown, fd, -1, -1, 0, 0));
	res("linkat empty from ro",
	    sys(SYS_linkat, fd, (long)"", AT_FDCWD, (long)"/data/l1", AT_EMPTY_PATH));
	close(fd);
	res("linkat empty from stdout",
	    sys(SYS_linkat, 1, (long)"", AT_FDCWD, (long)"/data/l2", AT_EMPTY_PATH));
	res("fchmod stdout", sys(SYS_fchmod, 1, 0777, 0, 0, 0));
	res("futimens stdout", sys(SYS_utimensat, 1, 0, 0, 0, 0));

	/* O_TMPFILE made visible with linkat(AT_EMPTY_PATH). */
	fd = open("/data", O_TMPFILE | O_RDWR, 0600);
	if (fd < 0) {
		printf("tmpfile: ERR %s\n", ename(errno));
	} else {
		if (write(fd, "tmp", 3) != 3)
			printf("tmpfile write failed\n");
		res("tmpfile linkat",
		    sys(SYS_linkat, fd, (long)"", AT_FDCWD, (long)"/data/tmpf", AT_EMPTY_PATH));
		close(fd);
	}

	/* linkat with AT_SYMLINK_FOLLOW links the target, beneath the grant only. */
	res("linkat follow", sys(SYS_linkat, AT_FDCWD, (long)"/data/link_ok", AT_FDCWD,
				 (long)"/data/hard", AT_SYMLINK_FOLLOW));
	r = lstat("/data/hard", &st);
	printf("linkat follow target: %s\n", r < 0 ? ename(errno) : type(st.st_mode));
	res("linkat follow out", sys(SYS_linkat, AT_FDCWD, (long)"/data/link_abs", AT_FDCWD,
				     (long)"/data/hard2", AT_SYMLINK_FOLLOW));
	res("linkat nofollow",
	    sys(SYS_linkat, AT_FDCWD, (long)"/data/link_abs", AT_FDCWD, (long)"/data/hard3", 0));
	r = lstat("/data/hard3", &st);
	printf("linkat nofollow target: %s\n", r < 0 ? ename(errno) : type(st.st_mode));
	res("linkat bad flags",
	    sys(SYS_linkat, AT_FDCWD, (long)"/data/hello.txt", AT_FDCWD, (long)"/data/h4", 0x8000));

	/* renameat2, unlinkat, faccessat2, readlinkat. */
	res("renameat2 noreplace", sys(SYS_renameat2, AT_FDCWD, (long)"/data/hard", AT_FDCWD,
				       (long)"/data/hello.txt", 1 /* RENAME_NOREPLACE */));
	res("renameat2 exchange", sys(SYS_renameat2, AT_FDCWD, (long)"/data/hard", AT_FDCWD,
				      (long)"/data/tmpf", 2 /* RENAME_EXCHANGE */));
	res("unlinkat bad flags", sys(SYS_unlinkat, AT_FDCWD, (long)"/data/hard", 1, 0, 0));
	res("faccessat2 nofollow",
	    sys(SYS_faccessat2, AT_FDCWD, (long)"/data/link_abs", F_OK, AT_SYMLINK_NOFOLLOW, 0));
	res("faccessat2 follow", sys(SYS_faccessat2, AT_FDCWD, (long)"/data/link_abs", F_OK, 0, 0));
	fd = open("/data/link_ok", O_PATH | O_NOFOLLOW);
	r = sys(SYS_readlinkat, fd, (long)"", (long)buf, sizeof buf, 0);
	if (r >= 0)
		printf("readlinkat empty: %.*s\n", (int)r, buf);
	else
		res("readlinkat empty", r);
	close(fd);
	r = sys(SYS_readlink, (long)"/data/link_ok", (long)buf, 4, 0, 0);
	printf("readlink short: %ld %.4s\n", r, buf);

	/* Directory descriptors: relative lookups, ENOTDIR, EBADF. */
	int dfd = open("/data", O_RDONLY | O_DIRECTORY);
	fd = open("/data/hello.txt", O_RDONLY);
	res("openat dir", sys(SYS_openat, dfd, (long)"hello.txt", O_RDONLY, 0, 0) >= 0 ? 0 : -1);
	res("openat file dirfd", sys(SYS_openat, fd, (long)"x", O_RDONLY, 0, 0));
	res("openat bad dirfd", sys(SYS_openat, 999, (long)"x", O_RDONLY, 0, 0));
	res("openat bad dirfd absolute",
	    sys(SYS_openat, 999, (long)"/data/hello.txt", O_RDONLY, 0, 0) >= 0 ? 0 : -1);
	res("fchdir file", sys(SYS_fchdir, fd, 0, 0, 0, 0));
	close(fd);
	close(dfd);

	/* The guest root as a descriptor. */
	int root = open("/", O_RDONLY | O_DIRECTORY);
	list("getdents /", root, sizeof buf);
	lseek(root, 0, SEEK_SET);
	list("getdents / small", root, 24);
	lseek(root, 0, SEEK_SET);
	list("getdents / tiny", root, 8);
	struct {
		uint32_t mask, blksize;
		uint64_t attributes;
		uint32_t nlink, uid, gid;
		uint16_t mode;
		uint8_t rest[256 - 30];
	} stx;
	r = sys(SYS_statx, root, (long)"", AT_EMPTY_PATH, 0x7ff, (long)&stx);
	printf("statx / fd: %s %o nlink=%u\n", r < 0 ? ename((int)-r) : type(stx.mode),
	       stx.mode & 07777, stx.nlink);
	r = sys(SYS_openat, root, (long)"data/hello.txt", O_RDONLY, 0, 0);
	res("openat / relative", r >= 0 ? 0 : r);
	res("fchmod /", sys(SYS_fchmod, root, 0777, 0, 0, 0));
	res("fchdir /tmp", sys(SYS_fchdir, open("/tmp", O_RDONLY | O_DIRECTORY), 0, 0, 0, 0));
	printf("cwd: %s\n", getcwd(buf, sizeof buf) ? buf : ename(errno));
	res("fchdir /", sys(SYS_fchdir, root, 0, 0, 0, 0));
	printf("cwd: %s\n", getcwd(buf, sizeof buf) ? buf : ename(errno));
	close(root);
	res("open / write", sys(SYS_open, (long)"/", O_WRONLY, 0, 0, 0));
	res("open / excl", sys(SYS_open, (long)"/", O_CREAT | O_EXCL | O_RDONLY, 0600, 0, 0));
	res("unlink /tmp", sys(SYS_unlink, (long)"/tmp", 0, 0, 0, 0));
	res("rename /tmp", sys(SYS_rename, (long)"/tmp", (long)"/data/t", 0, 0, 0));
	res("rename grant root", sys(SYS_rename, (long)"/data", (long)"/data2", 0, 0, 0));

	/* getcwd with a short buffer; the returned length includes the NUL. */
	chdir("/data");
	res("getcwd short", sys(SYS_getcwd, (long)buf, 5, 0, 0, 0));
	printf("getcwd length: %ld\n", sys(SYS_getcwd, (long)buf, sizeof buf, 0, 0, 0));

	/* The guest's umask applies to new files and directories. */
	umask(077);
	mkdir("/data/um", 0777);
	stat("/data/um", &st);
	printf("umask mkdir: %o\n", st.st_mode & 07777);

	/* Bad pointers are EFAULT, never a crash. */
	res("stat bad path", sys(SYS_stat, 0x10, (long)&st, 0, 0, 0));
	res("stat bad buffer", sys(SYS_stat, (long)"/data/hello.txt", 0x10, 0, 0, 0));
	res("getdents bad buffer",
	    sys(SYS_getdents64, open("/data", O_RDONLY | O_DIRECTORY), 0x10, 4096, 0, 0));
	return 0;
}
