/* Unit tests of the file grant table (src/runtime/grants.c): lexical
 * normalization, longest-prefix matching, opening beneath grants (and the
 * escapes that must fail), read-only grants, the parent-directory helper and
 * the parsing of --dir specifications. Builds a tree under /tmp:
 *
 *   T/rw/hello.txt              "hello"          granted as /data
 *   T/rw/sub/inner.txt
 *   T/rw/sub/up -> ../hello.txt                  (stays inside: allowed)
 *   T/rw/rootlink -> /
 *   T/rw/abslink -> T/rw/hello.txt               (absolute: refused)
 *   T/rw/climb -> ../../etc                      (climbs out: refused)
 *   T/rw/climb2 -> ../secret.txt                 (climbs out: refused)
 *   T/ro/f.txt, T/ro/d/                          granted as /ro, read-only
 *   T/database/db.txt                            granted as /database
 *   T/secret.txt, T/file                         not granted */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/grants.h"

static int failures;

__attribute__((format(printf, 3, 4))) static void report(const char *name, int ok, const char *fmt,
							 ...)
{
	if (ok) {
		printf("ok %s\n", name);
		return;
	}
	failures++;
	printf("not ok %s: ", name);
	va_list ap;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

/* ---- the temporary tree ---- */

static char T[64]; /* the tree's root on the host */

static void pathf(char *out, size_t outsz, const char *rel)
{
	int n = snprintf(out, outsz, "%s/%s", T, rel);
	if (n < 0 || (size_t)n >= outsz) {
		fprintf(stderr, "path too long: %s\n", rel);
		exit(2);
	}
}

static void must(int ok, const char *what)
{
	if (!ok) {
		perror(what);
		exit(2);
	}
}

static void mkfile(const char *rel, const char *text)
{
	char p[PATH_MAX];
	pathf(p, sizeof p, rel);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	must(fd >= 0, p);
	size_t len = strlen(text);
	must(write(fd, text, len) == (ssize_t)len, p);
	close(fd);
}

static void mkdir_rel(const char *rel)
{
	char p[PATH_MAX];
	pathf(p, sizeof p, rel);
	must(mkdir(p, 0755) == 0, p);
}

static void symlink_rel(const char *target, const char *rel)
{
	char p[PATH_MAX];
	pathf(p, sizeof p, rel);
	must(symlink(target, p) == 0, p);
}

static int host_exists(const char *rel)
{
	char p[PATH_MAX];
	struct stat st;
	pathf(p, sizeof p, rel);
	return lstat(p, &st) == 0;
}

static void make_tree(void)
{
	char p[PATH_MAX];
	snprintf(T, sizeof T, "/tmp/halite-grants-XXXXXX");
	must(mkdtemp(T) != NULL, "mkdtemp");
	mkdir_rel("rw");
	mkdir_rel("rw/sub");
	mkdir_rel("ro");
	mkdir_rel("ro/d");
	mkdir_rel("database");
	mkfile("rw/hello.txt", "hello");
	mkfile("rw/sub/inner.txt", "inner");
	mkfile("ro/f.txt", "readonly");
	mkfile("database/db.txt", "db");
	mkfile("secret.txt", "secret");
	mkfile("file", "not a directory");
	symlink_rel("../hello.txt", "rw/sub/up");
	symlink_rel("/", "rw/rootlink");
	pathf(p, sizeof p, "rw/hello.txt");
	symlink_rel(p, "rw/abslink");
	symlink_rel("../../etc", "rw/climb");
	symlink_rel("../secret.txt", "rw/climb2");
}

static int rm_entry(const char *p, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)type;
	(void)ftw;
	return remove(p);
}

static void remove_tree(void)
{
	if (T[0])
		nftw(T, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* ---- helpers ---- */

static struct hl_grants G; /* /data (rw), /ro (ro), /database (rw) */

static void add_or_die(struct hl_grants *g, const char *spec)
{
	char err[256];
	if (hl_grants_add(g, spec, err, sizeof err) != 0) {
		fprintf(stderr, "hl_grants_add(%s): %s\n", spec, err);
		exit(2);
	}
}

/* Reads up to outsz - 1 bytes of fd into out; closes fd. */
static void read_all(int fd, char *out, size_t outsz)
{
	ssize_t n = read(fd, out, outsz - 1);
	out[n > 0 ? n : 0] = '\0';
	close(fd);
}

static int same_file(int fd1, int fd2)
{
	struct stat a, b;
	if (fstat(fd1, &a) != 0 || fstat(fd2, &b) != 0)
		return 0;
	return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* ---- normalization ---- */

static void norm_case(const char *name, const char *cwd, const char *path, const char *want)
{
	char out[PATH_MAX];
	int r = hl_path_normalize(cwd, path, out, sizeof out);
	report(name, r == 0 && !strcmp(out, want), "normalize(%s, %s) = %d \"%s\", want \"%s\"",
	       cwd ? cwd : "NULL", path, r, r == 0 ? out : "", want);
}

static void test_normalize(void)
{
	norm_case("norm_dot", "/a/b", ".", "/a/b");
	norm_case("norm_dotdot", "/a/b", "..", "/a");
	norm_case("norm_dotdot_at_root", "/", "..", "/");
	norm_case("norm_double_slash", "/", "//", "/");
	norm_case("norm_slashes", "/", "//x///y", "/x/y");
	norm_case("norm_climb_relative", "/", "a/../..", "/");
	norm_case("norm_climb_from_cwd", "/data/sub", "../../../etc/passwd", "/etc/passwd");
	norm_case("norm_climb_absolute", "/a", "/../../x/./y/..", "/x");
	norm_case("norm_trailing_slash", "/", "/a/b/", "/a/b");
	norm_case("norm_trailing_dot", "/", "/a/b/.", "/a/b");
	norm_case("norm_relative_cwd", "/home/u", "docs/./f", "/home/u/docs/f");
	norm_case("norm_absolute_ignores_cwd", "/home/u", "/etc", "/etc");
	norm_case("norm_null_cwd", NULL, "x", "/x");
	norm_case("norm_dot_names", "/", "/.a/..b/...", "/.a/..b/...");
	norm_case("norm_cwd_not_normalized", "/a//b/../c/", "d", "/a/c/d");

	char out[PATH_MAX];
	int r = hl_path_normalize("/a", "", out, sizeof out);
	report("norm_empty_enoent", r == -ENOENT, "got %d", r);
	r = hl_path_normalize("a", "b", out, sizeof out);
	report("norm_relative_cwd_einval", r == -EINVAL, "got %d", r);

	/* A path of PATH_MAX - 1 bytes is accepted, one of PATH_MAX is not. */
	static char longp[PATH_MAX + 1];
	for (size_t i = 0; i < PATH_MAX - 1; i++)
		longp[i] = i % 2 ? 'a' : '/';
	longp[PATH_MAX - 2] = 'b'; /* "/a/a/.../ab", no trailing '/' */
	longp[PATH_MAX - 1] = '\0';
	r = hl_path_normalize("/", longp, out, sizeof out);
	report("norm_path_max_minus_1_ok", r == 0 && !strcmp(out, longp), "got %d", r);
	longp[PATH_MAX - 1] = 'a';
	longp[PATH_MAX] = '\0';
	r = hl_path_normalize("/", longp, out, sizeof out);
	report("norm_path_max_too_long", r == -ENAMETOOLONG, "got %d", r);

	/* A join longer than out, from a long cwd and a short relative path. */
	static char longcwd[PATH_MAX];
	size_t cl = 0;
	while (cl + 2 < PATH_MAX) { /* "/c/c/.../c", PATH_MAX - 2 bytes */
		longcwd[cl++] = '/';
		longcwd[cl++] = 'c';
	}
	longcwd[cl] = '\0';
	r = hl_path_normalize(longcwd, "x", out, sizeof out);
	report("norm_long_join", r == -ENAMETOOLONG, "got %d", r);
	r = hl_path_normalize(longcwd, "../x", out, sizeof out);
	report("norm_long_join_dotdot_fits",
	       r == 0 && strlen(out) == cl && !strcmp(out + cl - 2, "/x"), "got %d", r);

	/* A component longer than NAME_MAX. */
	char comp[NAME_MAX + 3];
	comp[0] = '/';
	memset(comp + 1, 'n', NAME_MAX + 1);
	comp[NAME_MAX + 2] = '\0';
	r = hl_path_normalize("/", comp, out, sizeof out);
	report("norm_name_max", r == -ENAMETOOLONG, "got %d", r);

	/* A small out of exactly its size (ASan catches an overflow). */
	char *small = malloc(4);
	must(small != NULL, "malloc");
	r = hl_path_normalize("/", "/abcdef", small, 4);
	int r2 = hl_path_normalize("/", "/ab", small, 4);
	report("norm_small_out", r == -ENAMETOOLONG && r2 == 0 && !strcmp(small, "/ab"),
	       "got %d, %d", r, r2);
	free(small);
}

/* ---- longest-prefix matching (no file system access) ---- */

static void find_case(const char *name, const struct hl_grants *g, const char *gpath,
		      const char *want_guest, const char *want_rel)
{
	const char *rel = NULL;
	const struct hl_grant *gr = hl_grants_find(g, gpath, &rel);
	int ok;
	if (!want_guest)
		ok = gr == NULL;
	else
		ok = gr && !strcmp(gr->guest, want_guest) && rel && !strcmp(rel, want_rel);
	report(name, ok, "find(%s) = %s \"%s\", want %s \"%s\"", gpath, gr ? gr->guest : "NULL",
	       gr && rel ? rel : "", want_guest ? want_guest : "NULL", want_rel ? want_rel : "");
}

static void test_find(void)
{
	char s_data[] = "/data", s_database[] = "/database", s_sub[] = "/data/sub", s_root[] = "/";
	/* Shorter prefixes after longer ones and before, to show order does
	 * not matter. */
	struct hl_grant v[] = {
	    {s_sub, -1, 0},
	    {s_data, -1, 0},
	    {s_database, -1, 1},
	};
	struct hl_grants g = {v, 3};
	find_case("find_data_file", &g, "/data/x", "/data", "x");
	find_case("find_data_deep", &g, "/data/x/y", "/data", "x/y");
	find_case("find_data_root", &g, "/data", "/data", ".");
	find_case("find_database_not_data", &g, "/database/y", "/database", "y");
	find_case("find_database_root", &g, "/database", "/database", ".");
	find_case("find_longest_prefix", &g, "/data/sub/z", "/data/sub", "z");
	find_case("find_subx_not_sub", &g, "/data/subx", "/data", "subx");
	find_case("find_datax_none", &g, "/datax", NULL, NULL);
	find_case("find_dat_none", &g, "/dat", NULL, NULL);
	find_case("find_root_none", &g, "/", NULL, NULL);
	find_case("find_relative_none", &g, "data/x", NULL, NULL);

	struct hl_grant v2[] = {
	    {s_root, -1, 0},
	    {s_data, -1, 0},
	};
	struct hl_grants g2 = {v2, 2};
	find_case("find_root_grant", &g2, "/etc/passwd", "/", "etc/passwd");
	find_case("find_root_grant_root", &g2, "/", "/", ".");
	find_case("find_root_grant_longer", &g2, "/data/x", "/data", "x");
	find_case("find_root_grant_database", &g2, "/database", "/", "database");

	struct hl_grants empty = {0};
	find_case("find_empty_table", &empty, "/x", NULL, NULL);
}

/* ---- opening beneath grants ---- */

static void open_err_case(const char *name, const char *cwd, const char *path, int flags, int want)
{
	int fd = hl_grants_open(&G, cwd, path, flags, 0644);
	if (fd >= 0)
		close(fd);
	report(name, fd == want, "open(%s) = %d, want %d", path, fd, want);
}

static void open_read_case(const char *name, const char *cwd, const char *path, const char *want)
{
	char buf[64];
	int fd = hl_grants_open(&G, cwd, path, O_RDONLY, 0);
	if (fd < 0) {
		report(name, 0, "open(%s) = %d", path, fd);
		return;
	}
	int cloexec = fcntl(fd, F_GETFD) & FD_CLOEXEC;
	read_all(fd, buf, sizeof buf);
	report(name, !strcmp(buf, want) && cloexec, "read \"%s\", want \"%s\", cloexec %d", buf,
	       want, cloexec);
}

static void test_open(void)
{
	open_read_case("open_file", "/", "/data/hello.txt", "hello");
	open_read_case("open_relative_to_cwd", "/data/sub", "../hello.txt", "hello");
	open_read_case("open_dotdot_inside", "/", "/data/sub/../sub/inner.txt", "inner");
	open_read_case("open_symlink_inside", "/", "/data/sub/up", "hello");
	open_read_case("open_database", "/data", "../database/db.txt", "db");
	int fd = hl_grants_open(&G, "/", "/data/hello.txt", O_RDONLY, 0777);
	if (fd >= 0)
		close(fd);
	report("open_mode_without_creat_ok", fd >= 0, "got %d", fd);

	/* As open(2): unknown flag bits are ignored (openat2 would refuse
	 * them), and so are the kernel's O_LARGEFILE and file type bits in
	 * mode. */
	fd = hl_grants_open(&G, "/", "/data/hello.txt", O_RDONLY | 0x40000000 | 0100000, 0);
	if (fd >= 0)
		close(fd);
	report("open_unknown_flags_ignored", fd >= 0, "got %d", fd);
	fd = hl_grants_open(&G, "/", "/data/hello.txt", O_RDONLY | O_CREAT, S_IFREG | 0644);
	if (fd >= 0)
		close(fd);
	report("open_creat_mode_type_bits_ignored", fd >= 0, "got %d", fd);

	open_err_case("open_outside_grants", "/", "/etc/passwd", O_RDONLY, -ENOENT);
	open_err_case("open_root_not_granted", "/", "/", O_RDONLY | O_DIRECTORY, -ENOENT);
	open_err_case("open_missing", "/", "/data/missing", O_RDONLY, -ENOENT);
	open_err_case("open_dotdot_from_grant", "/data", "../secret.txt", O_RDONLY, -ENOENT);
	open_err_case("open_dotdot_from_cwd_deep", "/data/sub", "../../../../../etc/passwd",
		      O_RDONLY, -ENOENT);
	open_err_case("open_symlink_to_root", "/", "/data/rootlink/etc/passwd", O_RDONLY, -EACCES);
	open_err_case("open_symlink_to_root_itself", "/", "/data/rootlink", O_RDONLY | O_DIRECTORY,
		      -EACCES);
	open_err_case("open_symlink_to_root_relative", "/data", "rootlink/etc/passwd", O_RDONLY,
		      -EACCES);
	open_err_case("open_symlink_absolute_inside", "/", "/data/abslink", O_RDONLY, -EACCES);
	open_err_case("open_symlink_climb_etc", "/", "/data/climb/passwd", O_RDONLY, -EACCES);
	open_err_case("open_symlink_climb_secret", "/", "/data/climb2", O_RDONLY, -EACCES);
	open_err_case("open_symlink_climb_o_path", "/", "/data/climb2", O_PATH, -EACCES);
	open_err_case("open_trailing_slash_file", "/", "/data/hello.txt/", O_RDONLY, -ENOTDIR);
	open_err_case("open_trailing_dot_file", "/", "/data/hello.txt/.", O_RDONLY, -ENOTDIR);
	open_err_case("open_nofollow_symlink", "/", "/data/sub/up", O_RDONLY | O_NOFOLLOW, -ELOOP);

	fd = hl_grants_open(&G, "/", "/data/sub/", O_RDONLY | O_DIRECTORY, 0);
	int ok = fd >= 0;
	if (fd >= 0)
		close(fd);
	report("open_dir_trailing_slash", ok, "got %d", fd);

	fd = hl_grants_open(&G, "/data/sub", "..", O_RDONLY | O_DIRECTORY, 0);
	ok = fd >= 0 && same_file(fd, G.v[0].dirfd);
	if (fd >= 0)
		close(fd);
	report("open_grant_root_via_dotdot", ok, "got %d", fd);

	/* O_PATH on the symlink itself (no follow) is inside the grant. */
	fd = hl_grants_open(&G, "/", "/data/rootlink", O_PATH | O_NOFOLLOW, 0);
	struct stat st;
	ok = fd >= 0 && fstatat(fd, "", &st, AT_EMPTY_PATH) == 0 && S_ISLNK(st.st_mode);
	if (fd >= 0)
		close(fd);
	report("open_symlink_o_path_nofollow", ok, "got %d", fd);

	/* Creating a file in a writable grant. */
	fd = hl_grants_open(&G, "/data", "new.txt", O_WRONLY | O_CREAT | O_EXCL, 0600);
	ok = fd >= 0 && write(fd, "new", 3) == 3;
	if (fd >= 0)
		close(fd);
	char p[PATH_MAX];
	pathf(p, sizeof p, "rw/new.txt");
	ok = ok && stat(p, &st) == 0 && st.st_size == 3 && (st.st_mode & 0777) == 0600;
	report("open_create_rw", ok, "got %d", fd);

	/* Creating through a symlink that climbs out must not create outside. */
	open_err_case("open_create_through_climb", "/", "/data/climb2",
		      O_WRONLY | O_CREAT | O_TRUNC, -EACCES);
	char buf[64];
	pathf(p, sizeof p, "secret.txt");
	fd = open(p, O_RDONLY | O_CLOEXEC);
	must(fd >= 0, p);
	read_all(fd, buf, sizeof buf);
	report("open_create_through_climb_untouched", !strcmp(buf, "secret"), "secret is \"%s\"",
	       buf);
}

static void test_readonly(void)
{
	open_read_case("ro_read", "/", "/ro/f.txt", "readonly");
	open_read_case("ro_read_relative", "/ro/d", "../f.txt", "readonly");
	open_err_case("ro_wronly", "/", "/ro/f.txt", O_WRONLY, -EROFS);
	open_err_case("ro_rdwr", "/", "/ro/f.txt", O_RDWR, -EROFS);
	open_err_case("ro_trunc", "/", "/ro/f.txt", O_RDONLY | O_TRUNC, -EROFS);
	open_err_case("ro_append", "/", "/ro/f.txt", O_RDONLY | O_APPEND, -EROFS);
	open_err_case("ro_creat", "/", "/ro/new.txt", O_RDONLY | O_CREAT, -EROFS);
	open_err_case("ro_tmpfile", "/", "/ro/d", O_TMPFILE | O_RDWR, -EROFS);
	report("ro_creat_no_file", !host_exists("ro/new.txt"), "ro/new.txt was created");

	open_read_case("ro_content_unchanged", "/", "/ro/f.txt", "readonly");
	/* O_PATH drops the access mode, as open(2) does: not a write. */
	int fd = hl_grants_open(&G, "/", "/ro/f.txt", O_PATH | O_WRONLY, 0);
	if (fd >= 0)
		close(fd);
	report("ro_o_path_ok", fd >= 0, "got %d", fd);
}

/* ---- the parent-directory helper ---- */

static void test_open_parent(void)
{
	char buf[PATH_MAX];
	const char *name = NULL;
	struct stat st;
	int fd, ok;

	fd = hl_grants_open_parent(&G, "/", "/data/newdir", 1, buf, sizeof buf, &name);
	ok = fd >= 0 && !strcmp(name, "newdir") && same_file(fd, G.v[0].dirfd) &&
	     mkdirat(fd, name, 0755) == 0;
	if (fd >= 0)
		close(fd);
	report("parent_mkdir_rw", ok && host_exists("rw/newdir"), "fd %d", fd);

	fd = hl_grants_open_parent(&G, "/data", "new.txt", 1, buf, sizeof buf, &name);
	ok = fd >= 0 && !strcmp(name, "new.txt") && unlinkat(fd, name, 0) == 0;
	if (fd >= 0)
		close(fd);
	report("parent_unlink_rw", ok && !host_exists("rw/new.txt"), "fd %d", fd);

	fd = hl_grants_open_parent(&G, "/data/sub", "../newdir/", 1, buf, sizeof buf, &name);
	ok = fd >= 0 && !strcmp(name, "newdir") && unlinkat(fd, name, AT_REMOVEDIR) == 0;
	if (fd >= 0)
		close(fd);
	report("parent_rmdir_trailing_slash", ok && !host_exists("rw/newdir"), "fd %d", fd);

	fd = hl_grants_open_parent(&G, "/", "/data/sub/inner.txt", 0, buf, sizeof buf, &name);
	char p[PATH_MAX];
	pathf(p, sizeof p, "rw/sub");
	int sub = open(p, O_PATH | O_DIRECTORY | O_CLOEXEC);
	must(sub >= 0, p);
	ok = fd >= 0 && !strcmp(name, "inner.txt") && same_file(fd, sub);
	close(sub);
	if (fd >= 0)
		close(fd);
	report("parent_nested", ok, "fd %d", fd);

	fd = hl_grants_open_parent(&G, "/", "/ro/newdir", 1, buf, sizeof buf, &name);
	if (fd >= 0)
		close(fd);
	report("parent_ro_mkdir_erofs", fd == -EROFS && !host_exists("ro/newdir"), "got %d", fd);

	fd = hl_grants_open_parent(&G, "/ro", "f.txt", 1, buf, sizeof buf, &name);
	if (fd >= 0)
		close(fd);
	report("parent_ro_unlink_erofs", fd == -EROFS && host_exists("ro/f.txt"), "got %d", fd);

	fd = hl_grants_open_parent(&G, "/", "/ro/f.txt", 0, buf, sizeof buf, &name);
	ok = fd >= 0 && !strcmp(name, "f.txt") &&
	     fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode);
	if (fd >= 0)
		close(fd);
	report("parent_ro_stat_ok", ok, "fd %d", fd);

	fd = hl_grants_open_parent(&G, "/", "/data", 1, buf, sizeof buf, &name);
	if (fd >= 0)
		close(fd);
	report("parent_grant_root_ebusy", fd == -EBUSY, "got %d", fd);
	fd = hl_grants_open_parent(&G, "/data", ".", 1, buf, sizeof buf, &name);
	if (fd >= 0)
		close(fd);
	report("parent_grant_root_dot_ebusy", fd == -EBUSY, "got %d", fd);
	fd = hl_grants_open_parent(&G, "/", "/data/sub/..", 1, buf, sizeof buf, &name);
	if (fd >= 0)
		close(fd);
	report("parent_grant_root_dotdot_ebusy", fd == -EBUSY, "got %d", fd);

	fd = hl_grants_open_parent(&G, "/", "/data", 0, buf, sizeof buf, &name);
	ok = fd >= 0 && !strcmp(name, ".") && fd != G.v[0].dirfd && same_file(fd, G.v[0].dirfd) &&
	     (fcntl(fd, F_GETFD) & FD_CLOEXEC) &&
	     fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
	if (fd >= 0)
		close(fd);
	report("parent_grant_root_nonmodify", ok, "fd %d", fd);

	fd = hl_grants_open_parent(&G, "/", "/data/rootlink/etc", 0, buf, sizeof buf, &name);
	if (fd >= 0)
		close(fd);
	report("parent_through_symlink_root", fd == -EACCES, "got %d", fd);
	fd = hl_grants_open_parent(&G, "/", "/data/climb/passwd", 1, buf, sizeof buf, &name);
	if (fd >= 0)
		close(fd);
	report("parent_through_symlink_climb", fd == -EACCES, "got %d", fd);

	/* The last component is not followed: the symlink itself is named. */
	fd = hl_grants_open_parent(&G, "/", "/data/rootlink", 0, buf, sizeof buf, &name);
	ok = fd >= 0 && !strcmp(name, "rootlink") &&
	     fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
	if (fd >= 0)
		close(fd);
	report("parent_symlink_last", ok, "fd %d", fd);

	fd = hl_grants_open_parent(&G, "/", "/data/hello.txt/", 1, buf, sizeof buf, &name);
	if (fd >= 0)
		close(fd);
	report("parent_trailing_slash_file", fd == -ENOTDIR && host_exists("rw/hello.txt"),
	       "got %d", fd);

	fd = hl_grants_open_parent(&G, "/", "/nope/x", 0, buf, sizeof buf, &name);
	if (fd >= 0)
		close(fd);
	report("parent_outside", fd == -ENOENT, "got %d", fd);
	fd = hl_grants_open_parent(&G, "/", "/data/missing/x", 1, buf, sizeof buf, &name);
	if (fd >= 0)
		close(fd);
	report("parent_missing_dir", fd == -ENOENT, "got %d", fd);
	fd = hl_grants_open_parent(&G, "/", "", 0, buf, sizeof buf, &name);
	report("parent_empty", fd == -ENOENT, "got %d", fd);
}

/* ---- --dir specifications ---- */

static void spec_err_case(const char *name, const char *spec, const char *want)
{
	struct hl_grants g = {0};
	char err[256];
	memset(err, 'x', sizeof err);
	int r = hl_grants_add(&g, spec, err, sizeof err);
	int ok = r == -1 && g.n == 0 && g.v == NULL && memchr(err, '\0', sizeof err) &&
		 (want ? !strcmp(err, want) : err[0] != '\0');
	report(name, ok, "add(%s) = %d \"%.*s\"", spec, r, (int)sizeof err - 1, err);
	hl_grants_free(&g);
}

static void test_spec(void)
{
	char spec[PATH_MAX + 64], want[PATH_MAX + 128], err[256];
	struct hl_grants g = {0};
	int r;

	spec_err_case("spec_nonexistent", "/nonexistent-halite-dir",
		      "--dir /nonexistent-halite-dir: No such file or directory");
	spec_err_case("spec_relative_guest", "a:b", "--dir a:b: guest path must be absolute");
	spec_err_case("spec_relative_guest_ro", "/tmp:b:ro",
		      "--dir /tmp:b:ro: guest path must be absolute");
	spec_err_case("spec_empty_guest", "/tmp:", "--dir /tmp:: guest path must be absolute");
	snprintf(spec, sizeof spec, "%s/file", T);
	snprintf(want, sizeof want, "--dir %s: Not a directory", spec);
	spec_err_case("spec_file_not_dir", spec, want);
	spec_err_case("spec_empty", "", NULL);
	spec_err_case("spec_empty_host", ":/x", "--dir :/x: empty host path");
	spec_err_case("spec_only_ro", ":ro", "--dir :ro: empty host path");

	static char longspec[2 * PATH_MAX];
	memset(longspec, 'a', sizeof longspec - 1);
	longspec[0] = '/';
	longspec[sizeof longspec - 1] = '\0';
	spec_err_case("spec_long_host", longspec, NULL);
	snprintf(longspec, sizeof longspec, "/tmp:/");
	memset(longspec + 6, 'g', sizeof longspec - 7);
	spec_err_case("spec_long_guest", longspec, NULL);

	/* A message truncated to a small buffer is NUL-terminated. */
	char *small = malloc(8);
	must(small != NULL, "malloc");
	r = hl_grants_add(&g, "a:b", small, 8);
	report("spec_err_truncated", r == -1 && !strcmp(small, "--dir a"), "got %d", r);
	free(small);
	r = hl_grants_add(&g, "a:b", NULL, 0);
	report("spec_err_null", r == -1 && g.n == 0, "got %d", r);

	/* GUEST defaults to realpath(HOST); a relative HOST is relative to the
	 * cwd; ":ro" is read-only; GUEST is normalized. */
	char rp[PATH_MAX], host[PATH_MAX];
	pathf(host, sizeof host, "rw/sub/..");
	must(realpath(host, rp) != NULL, "realpath");
	r = hl_grants_add(&g, host, err, sizeof err);
	report("spec_default_guest",
	       r == 0 && g.n == 1 && !strcmp(g.v[0].guest, rp) && !g.v[0].readonly,
	       "got %d \"%s\", want \"%s\"", r, r == 0 ? g.v[0].guest : err, rp);
	must(chdir(T) == 0, "chdir");
	r = hl_grants_add(&g, "ro:/x//y/../z/:ro", err, sizeof err);
	int ok = r == 0 && g.n == 2 && !strcmp(g.v[1].guest, "/x/z") && g.v[1].readonly;
	if (ok) {
		int fl = fcntl(g.v[1].dirfd, F_GETFL);
		int fdfl = fcntl(g.v[1].dirfd, F_GETFD);
		ok = fl >= 0 && (fl & O_PATH) && (fdfl & FD_CLOEXEC);
		int fd = hl_grants_open(&g, "/x/z", "f.txt", O_RDONLY, 0);
		char buf[64] = "";
		if (fd >= 0)
			read_all(fd, buf, sizeof buf);
		ok = ok && !strcmp(buf, "readonly");
	}
	report("spec_relative_host_ro_normalized", ok, "got %d \"%s\"", r,
	       r == 0 ? g.v[g.n - 1].guest : err);
	r = hl_grants_add(&g, "database:/", err, sizeof err);
	report("spec_root_guest", r == 0 && g.n == 3 && !strcmp(g.v[2].guest, "/"), "got %d %s", r,
	       err);
	must(chdir("/") == 0, "chdir");

	r = hl_grants_add(&g, "/tmp:/x/z", err, sizeof err);
	report("spec_duplicate_guest", r == -1 && g.n == 3 && strstr(err, "already granted"),
	       "got %d \"%s\"", r, err);
	r = hl_grants_add(&g, "/tmp:/x/z/..//z", err, sizeof err);
	report("spec_duplicate_guest_normalized", r == -1 && g.n == 3, "got %d \"%s\"", r, err);
	r = hl_grants_add(&g, "/tmp:/x", err, sizeof err);
	report("spec_nested_guest_ok", r == 0 && g.n == 4, "got %d \"%s\"", r, err);

	/* With a "/" grant, a path outside the other grants resolves in it. */
	int fd = hl_grants_open(&g, "/", "/db.txt", O_RDONLY, 0);
	char buf[64] = "";
	if (fd >= 0)
		read_all(fd, buf, sizeof buf);
	report("spec_root_grant_open", !strcmp(buf, "db"), "got %d \"%s\"", fd, buf);

	hl_grants_free(&g);
	report("free_empties", g.n == 0 && g.v == NULL, "n %zu", g.n);
	hl_grants_free(&g); /* twice is harmless */
}

/* procfs: never granted, and nothing on it opened even beneath a grant
 * that contains a /proc mount (/proc/PID/mem writes through page
 * protections); magic links (/proc/self/root...) are refused too. */
static void test_procfs(void)
{
	struct hl_grants g = {0};
	char err[256];
	report("procfs_grant_refused", hl_grants_add(&g, "/proc:/proc:ro", err, sizeof err) != 0 &&
					       strstr(err, "procfs") != NULL,
	       "%s", err);
	if (hl_grants_add(&g, "/:/host:ro", err, sizeof err) != 0) {
		report("procfs_root_grant", 0, "%s", err);
		return;
	}
	int fd = hl_grants_open(&g, "/", "/host/proc/self/mem", O_RDONLY, 0);
	if (fd >= 0)
		close(fd);
	report("procfs_mem_beneath_grant_refused", fd == -EACCES, "got %d", fd);
	fd = hl_grants_open(&g, "/", "/host/proc/self/status", O_RDONLY, 0);
	if (fd >= 0)
		close(fd);
	report("procfs_any_file_refused", fd == -EACCES, "got %d", fd);
	fd = hl_grants_open(&g, "/", "/host/proc/self/root/etc/passwd", O_RDONLY, 0);
	if (fd >= 0)
		close(fd);
	report("magiclink_root_refused", fd == -ELOOP || fd == -EACCES, "got %d", fd);
	fd = hl_grants_open(&g, "/", "/host/etc/hostname", O_RDONLY, 0);
	if (fd >= 0)
		close(fd);
	report("other_files_of_the_grant_open", fd >= 0, "got %d", fd);
	hl_grants_free(&g);
}

int main(void)
{
	/* The lowest free fd, to check at the end that nothing leaked. */
	int fd0 = open("/dev/null", O_RDONLY | O_CLOEXEC);
	must(fd0 >= 0, "/dev/null");
	close(fd0);

	make_tree();
	char spec[PATH_MAX + 16];
	snprintf(spec, sizeof spec, "%s/rw:/data", T);
	add_or_die(&G, spec);
	snprintf(spec, sizeof spec, "%s/ro:/ro:ro", T);
	add_or_die(&G, spec);
	snprintf(spec, sizeof spec, "%s/database:/database", T);
	add_or_die(&G, spec);

	test_normalize();
	test_find();
	test_open();
	test_readonly();
	test_open_parent();
	test_spec();
	test_procfs();
	hl_grants_free(&G);

	int fd1 = open("/dev/null", O_RDONLY | O_CLOEXEC);
	report("no_fd_leak", fd1 == fd0, "lowest free fd %d, was %d", fd1, fd0);
	if (fd1 >= 0)
		close(fd1);

	remove_tree();
	report("tree_removed", access(T, F_OK) != 0, "%s remains", T);
	return failures ? 1 : 0;
}
