/* File-system operations for tests/runtime/test_fs.sh, run in the sandbox.
 *
 * usage: fsops.elf OP ARGS... [OP ARGS...]...
 *
 * Runs each operation in turn and prints one line per operation: its result,
 * or "ERR ENAME" (the errno's name). Exit status 0, or 2 for a usage error.
 *
 *   read PATH            the file's contents (up to 4 KiB, newlines kept)
 *   write PATH TEXT      creates or truncates PATH, writes TEXT: "ok"
 *   append PATH TEXT     appends TEXT (O_APPEND, no O_CREAT): "ok"
 *   creat PATH           creat(PATH, 0644): "ok"
 *   mkdir PATH           mkdir(PATH, 0755): "ok"
 *   rmdir PATH / unlink PATH: "ok"
 *   rename A B / link A B / symlink TARGET PATH: "ok"
 *   readlink PATH        the link's target
 *   ls PATH              the names in the directory (sorted, no . and ..),
 *                        space-separated
 *   stat PATH / lstat PATH  "TYPE mode=OOO size=N" (TYPE dir reg lnk other)
 *   statx PATH           as stat, through the statx system call
 *   fstatat DIR REL      newfstatat relative to an opened directory DIR
 *   access PATH MODE     access with MODE among r w x f: "ok"
 *   chmod PATH OCTAL     "ok"
 *   chown PATH UID GID   "ok" (-1 leaves an id unchanged)
 *   truncate PATH LEN    "ok"
 *   touch PATH SECONDS   utimensat: atime and mtime to SECONDS: "ok"
 *   cd PATH              chdir: "ok"
 *   fcd PATH             open(O_DIRECTORY) then fchdir: "ok"
 *   cwd                  getcwd's result
 *   openat DIR REL       opens DIR, reads REL relative to it (as read)
 *   mkdirat DIR REL      opens DIR, mkdirat relative to it: "ok"
 *   ofstat PATH          open(O_RDONLY) then fstat (as stat)
 *   fchmod PATH OCTAL    open(O_RDONLY) then fchmod: "ok"
 *   ftruncate PATH LEN   open(O_RDWR, or O_RDONLY if refused) then ftruncate: "ok"
 *   statfs PATH          "ok ro" or "ok rw" (ST_RDONLY)
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

static const char *ename(int e)
{
	switch (e) {
#define E(x)                                                                                       \
	case x: return #x;
		E(EPERM)
		E(ENOENT) E(EIO) E(EBADF) E(EACCES) E(EFAULT) E(EBUSY) E(EEXIST) E(EXDEV) E(ENOTDIR)
		    E(EISDIR) E(EINVAL) E(EMFILE) E(ENOSPC) E(EROFS) E(EMLINK) E(ERANGE)
			E(ENAMETOOLONG) E(ENOSYS) E(ENOTEMPTY) E(ELOOP)
#undef E
			    default : return "E?";
	}
}

static void fail(void)
{
	printf("ERR %s\n", ename(errno));
}

static void done(int r)
{
	if (r < 0)
		fail();
	else
		puts("ok");
}

static void cat_fd(int fd)
{
	char buf[4096];
	ssize_t n = read(fd, buf, sizeof buf - 1);
	if (n < 0) {
		fail();
		return;
	}
	buf[n] = '\0';
	size_t len = (size_t)n;
	while (len && buf[len - 1] == '\n')
		buf[--len] = '\0';
	puts(buf);
}

static void show_mode(unsigned mode, long long size)
{
	const char *type = S_ISDIR(mode)   ? "dir"
			   : S_ISREG(mode) ? "reg"
			   : S_ISLNK(mode) ? "lnk"
					   : "other";
	printf("%s mode=%03o size=%lld\n", type, mode & 07777, size);
}

static void show_stat(int r, const struct stat *st)
{
	if (r < 0)
		fail();
	else
		show_mode(st->st_mode, (long long)st->st_size);
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void ls(const char *path)
{
	DIR *d = opendir(path);
	if (!d) {
		fail();
		return;
	}
	char *names[256];
	size_t n = 0;
	struct dirent *e;
	errno = 0;
	while ((e = readdir(d)) && n < 256) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		names[n++] = strdup(e->d_name);
	}
	int err = errno;
	closedir(d);
	if (err) {
		errno = err;
		fail();
		return;
	}
	qsort(names, n, sizeof *names, cmp);
	for (size_t i = 0; i < n; i++) {
		printf("%s%s", i ? " " : "", names[i]);
		free(names[i]);
	}
	printf(n ? "\n" : "(empty)\n");
}

static void write_file(const char *path, const char *text, int flags)
{
	int fd = open(path, flags, 0644);
	if (fd < 0) {
		fail();
		return;
	}
	ssize_t w = write(fd, text, strlen(text));
	int e = errno;
	close(fd);
	errno = e;
	done(w == (ssize_t)strlen(text) ? 0 : -1);
}

static int access_mode(const char *s)
{
	int m = 0;
	for (; *s; s++)
		m |= *s == 'r' ? R_OK : *s == 'w' ? W_OK : *s == 'x' ? X_OK : F_OK;
	return m;
}

/* Arguments each operation takes. */
static const struct {
	const char *name;
	int nargs;
} ops[] = {
    {"read", 1},   {"write", 2},    {"append", 2}, {"creat", 1},   {"mkdir", 1},     {"rmdir", 1},
    {"unlink", 1}, {"rename", 2},   {"link", 2},   {"symlink", 2}, {"readlink", 1},  {"ls", 1},
    {"stat", 1},   {"lstat", 1},    {"statx", 1},  {"fstatat", 2}, {"access", 2},    {"chmod", 2},
    {"chown", 3},  {"truncate", 2}, {"touch", 2},  {"cd", 1},	   {"fcd", 1},	     {"cwd", 0},
    {"openat", 2}, {"mkdirat", 2},  {"ofstat", 1}, {"fchmod", 2},  {"ftruncate", 2}, {"statfs", 1},
};

static void run(const char *op, char **v)
{
	struct stat st;
	errno = 0;
	if (!strcmp(op, "read")) {
		int fd = open(v[0], O_RDONLY);
		if (fd < 0) {
			fail();
			return;
		}
		cat_fd(fd);
		close(fd);
	} else if (!strcmp(op, "write")) {
		write_file(v[0], v[1], O_WRONLY | O_CREAT | O_TRUNC);
	} else if (!strcmp(op, "append")) {
		write_file(v[0], v[1], O_WRONLY | O_APPEND);
	} else if (!strcmp(op, "creat")) {
		int fd = creat(v[0], 0644);
		if (fd >= 0)
			close(fd);
		done(fd);
	} else if (!strcmp(op, "mkdir")) {
		done(mkdir(v[0], 0755));
	} else if (!strcmp(op, "rmdir")) {
		done(rmdir(v[0]));
	} else if (!strcmp(op, "unlink")) {
		done(unlink(v[0]));
	} else if (!strcmp(op, "rename")) {
		done(rename(v[0], v[1]));
	} else if (!strcmp(op, "link")) {
		done(link(v[0], v[1]));
	} else if (!strcmp(op, "symlink")) {
		done(symlink(v[0], v[1]));
	} else if (!strcmp(op, "readlink")) {
		char buf[4096];
		ssize_t n = readlink(v[0], buf, sizeof buf - 1);
		if (n < 0) {
			fail();
			return;
		}
		buf[n] = '\0';
		puts(buf);
	} else if (!strcmp(op, "ls")) {
		ls(v[0]);
	} else if (!strcmp(op, "stat")) {
		show_stat(stat(v[0], &st), &st);
	} else if (!strcmp(op, "lstat")) {
		show_stat(lstat(v[0], &st), &st);
	} else if (!strcmp(op, "statx")) {
		/* struct statx: mode at 28, size at 40 (linux/stat.h). */
		unsigned char stx[256];
		long r = syscall(SYS_statx, AT_FDCWD, v[0], 0, 0x7ffu, stx);
		if (r < 0) {
			fail();
			return;
		}
		unsigned short mode;
		unsigned long long size;
		memcpy(&mode, stx + 28, sizeof mode);
		memcpy(&size, stx + 40, sizeof size);
		show_mode(mode, (long long)size);
	} else if (!strcmp(op, "fstatat")) {
		int dfd = open(v[0], O_RDONLY | O_DIRECTORY);
		if (dfd < 0) {
			fail();
			return;
		}
		show_stat(fstatat(dfd, v[1], &st, AT_SYMLINK_NOFOLLOW), &st);
		close(dfd);
	} else if (!strcmp(op, "access")) {
		done(access(v[0], access_mode(v[1])));
	} else if (!strcmp(op, "chmod")) {
		done(chmod(v[0], (mode_t)strtoul(v[1], NULL, 8)));
	} else if (!strcmp(op, "chown")) {
		done(chown(v[0], (uid_t)atoi(v[1]), (gid_t)atoi(v[2])));
	} else if (!strcmp(op, "truncate")) {
		done(truncate(v[0], atoll(v[1])));
	} else if (!strcmp(op, "touch")) {
		struct timespec ts[2] = {{atoll(v[1]), 0}, {atoll(v[1]), 0}};
		done(utimensat(AT_FDCWD, v[0], ts, 0));
	} else if (!strcmp(op, "cd")) {
		done(chdir(v[0]));
	} else if (!strcmp(op, "fcd")) {
		int fd = open(v[0], O_RDONLY | O_DIRECTORY);
		if (fd < 0) {
			fail();
			return;
		}
		int r = fchdir(fd);
		int e = errno;
		close(fd);
		errno = e;
		done(r);
	} else if (!strcmp(op, "cwd")) {
		char buf[4096];
		if (!getcwd(buf, sizeof buf))
			fail();
		else
			puts(buf);
	} else if (!strcmp(op, "openat") || !strcmp(op, "mkdirat")) {
		int dfd = open(v[0], O_RDONLY | O_DIRECTORY);
		if (dfd < 0) {
			fail();
			return;
		}
		if (op[0] == 'm') {
			done(mkdirat(dfd, v[1], 0755));
		} else {
			int fd = openat(dfd, v[1], O_RDONLY);
			if (fd < 0) {
				fail();
			} else {
				cat_fd(fd);
				close(fd);
			}
		}
		close(dfd);
	} else if (!strcmp(op, "ofstat") || !strcmp(op, "fchmod") || !strcmp(op, "ftruncate")) {
		int fd = op[1] == 't' ? open(v[0], O_RDWR) : -1;
		if (fd < 0)
			fd = open(v[0], O_RDONLY);
		if (fd < 0) {
			fail();
			return;
		}
		if (op[1] == 'f')
			show_stat(fstat(fd, &st), &st);
		else if (op[1] == 'c')
			done(fchmod(fd, (mode_t)strtoul(v[1], NULL, 8)));
		else
			done(ftruncate(fd, atoll(v[1])));
		close(fd);
	} else if (!strcmp(op, "statfs")) {
		struct statvfs sv;
		if (statvfs(v[0], &sv) < 0)
			fail();
		else
			printf("ok %s\n", (sv.f_flag & ST_RDONLY) ? "ro" : "rw");
	}
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (int i = 1; i < argc;) {
		int nargs = -1;
		for (size_t k = 0; k < sizeof ops / sizeof *ops; k++)
			if (!strcmp(ops[k].name, argv[i]))
				nargs = ops[k].nargs;
		if (nargs < 0 || i + nargs >= argc) {
			fprintf(stderr, "fsops: bad operation at %s\n", argv[i]);
			return 2;
		}
		run(argv[i], argv + i + 1);
		i += 1 + nargs;
	}
	return 0;
}
