/* A small WASI (wasi_snapshot_preview1) host for modules translated by
 * wasm2c (wabt 1.0.32), with main(): the way Firefox's RLBox runs wasm2c
 * code, minus RLBox's own glue. Only what the benchmark workloads need:
 * arguments, an empty environment, stdin/stdout/stderr, clocks, files
 * beneath the working directory (preopened as "."), random bytes, exit.
 *
 * Built per workload: gcc -O2 -DWASI_MODULE_H='"module.h"' with the module's
 * wasm2c output and wasm2c's runtime (wasm-rt-impl.c): linear memory is
 * wasm2c's 4 GiB reservation with guard pages (WASM_RT_MEMCHECK_SIGNAL_HANDLER,
 * its default on 64-bit Linux), as RLBox uses it. The module's header is
 * included so that every import defined here is checked against the
 * prototype wasm2c declared for it.
 *
 * usage: PROGRAM [ARGS...]   (argv[0] is passed to the module as is)
 * Exit status: the module's; 128 + 6 after a trap (reported on stderr). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "wasm-rt-impl.h"
#include WASI_MODULE_H

struct Z_wasi_snapshot_preview1_instance_t {
	wasm_rt_memory_t *mem;
	int argc;
	char **argv;
};

/* WASI errno values (preview1). */
enum {
	W_SUCCESS = 0, W_2BIG = 1, W_ACCES = 2, W_AGAIN = 6, W_BADF = 8, W_BUSY = 10,
	W_EXIST = 20, W_FAULT = 21, W_FBIG = 22, W_INTR = 27, W_INVAL = 28, W_IO = 29,
	W_ISDIR = 31, W_LOOP = 32, W_MFILE = 33, W_NAMETOOLONG = 37, W_NOENT = 44,
	W_NOMEM = 48, W_NOSPC = 51, W_NOSYS = 52, W_NOTDIR = 54, W_NOTEMPTY = 55,
	W_NOTTY = 59, W_PERM = 63, W_PIPE = 64, W_RANGE = 68, W_ROFS = 69, W_SPIPE = 70,
};

static u32 werr(int e)
{
	switch (e) {
	case 0: return W_SUCCESS;
	case E2BIG: return W_2BIG;
	case EACCES: return W_ACCES;
	case EAGAIN: return W_AGAIN;
	case EBADF: return W_BADF;
	case EBUSY: return W_BUSY;
	case EEXIST: return W_EXIST;
	case EFAULT: return W_FAULT;
	case EFBIG: return W_FBIG;
	case EINTR: return W_INTR;
	case EINVAL: return W_INVAL;
	case EIO: return W_IO;
	case EISDIR: return W_ISDIR;
	case ELOOP: return W_LOOP;
	case EMFILE: return W_MFILE;
	case ENAMETOOLONG: return W_NAMETOOLONG;
	case ENOENT: return W_NOENT;
	case ENOMEM: return W_NOMEM;
	case ENOSPC: return W_NOSPC;
	case ENOTDIR: return W_NOTDIR;
	case ENOTEMPTY: return W_NOTEMPTY;
	case ENOTTY: return W_NOTTY;
	case EPERM: return W_PERM;
	case EPIPE: return W_PIPE;
	case ERANGE: return W_RANGE;
	case EROFS: return W_ROFS;
	case ESPIPE: return W_SPIPE;
	default: return W_IO;
	}
}

/* The host address of [p, p + n) in linear memory, or NULL when it does not
 * lie inside the memory. */
static void *at(struct Z_wasi_snapshot_preview1_instance_t *w, u32 p, u64 n)
{
	if ((u64)p + n > w->mem->size)
		return NULL;
	return w->mem->data + p;
}

#define PTR(var, p, n)                                                                             \
	void *var = at(w, (p), (n));                                                               \
	if (!var)                                                                                  \
		return W_FAULT
#define PUT32(p, v)                                                                                \
	do {                                                                                       \
		u32 v_ = (u32)(v);                                                                 \
		PTR(q_, (p), 4);                                                                   \
		memcpy(q_, &v_, 4);                                                                \
	} while (0)
#define PUT64(p, v)                                                                                \
	do {                                                                                       \
		u64 v_ = (u64)(v);                                                                 \
		PTR(q_, (p), 8);                                                                   \
		memcpy(q_, &v_, 8);                                                                \
	} while (0)

/* Guest descriptors are host descriptors; the preopened directory "." is
 * guest descriptor 3, which is host descriptor PREOPEN (the working
 * directory, opened at start-up and moved there). */
enum { PREOPEN = 3 };

/* ---- arguments, environment ---- */

u32 Z_wasi_snapshot_preview1Z_args_sizes_get(struct Z_wasi_snapshot_preview1_instance_t *w,
					     u32 argc_p, u32 size_p)
{
	u64 size = 0;
	for (int i = 0; i < w->argc; i++)
		size += strlen(w->argv[i]) + 1;
	PUT32(argc_p, w->argc);
	PUT32(size_p, size);
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_args_get(struct Z_wasi_snapshot_preview1_instance_t *w, u32 argv_p,
				       u32 buf_p)
{
	for (int i = 0; i < w->argc; i++) {
		size_t n = strlen(w->argv[i]) + 1;
		PTR(d, buf_p, n);
		memcpy(d, w->argv[i], n);
		PUT32(argv_p + 4 * (u32)i, buf_p);
		buf_p += (u32)n;
	}
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_environ_sizes_get(struct Z_wasi_snapshot_preview1_instance_t *w,
						u32 count_p, u32 size_p)
{
	PUT32(count_p, 0);
	PUT32(size_p, 0);
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_environ_get(struct Z_wasi_snapshot_preview1_instance_t *w, u32 env_p,
					  u32 buf_p)
{
	(void)w, (void)env_p, (void)buf_p;
	return 0;
}

/* ---- clocks, random, exit ---- */

static clockid_t host_clock(u32 id)
{
	switch (id) {
	case 0: return CLOCK_REALTIME;
	case 1: return CLOCK_MONOTONIC;
	case 2: return CLOCK_PROCESS_CPUTIME_ID;
	case 3: return CLOCK_THREAD_CPUTIME_ID;
	default: return (clockid_t)-1;
	}
}

u32 Z_wasi_snapshot_preview1Z_clock_time_get(struct Z_wasi_snapshot_preview1_instance_t *w, u32 id,
					     u64 precision, u32 out_p)
{
	struct timespec ts;
	(void)precision;
	if (host_clock(id) == (clockid_t)-1)
		return W_INVAL;
	if (clock_gettime(host_clock(id), &ts) != 0)
		return werr(errno);
	PUT64(out_p, (u64)ts.tv_sec * 1000000000u + (u64)ts.tv_nsec);
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_clock_res_get(struct Z_wasi_snapshot_preview1_instance_t *w, u32 id,
					    u32 out_p)
{
	struct timespec ts;
	if (host_clock(id) == (clockid_t)-1)
		return W_INVAL;
	if (clock_getres(host_clock(id), &ts) != 0)
		return werr(errno);
	PUT64(out_p, (u64)ts.tv_sec * 1000000000u + (u64)ts.tv_nsec);
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_random_get(struct Z_wasi_snapshot_preview1_instance_t *w, u32 buf_p,
					 u32 len)
{
	PTR(b, buf_p, len);
	for (u32 done = 0; done < len;) {
		ssize_t n = getrandom((char *)b + done, len - done, 0);
		if (n < 0)
			return werr(errno);
		done += (u32)n;
	}
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_sched_yield(struct Z_wasi_snapshot_preview1_instance_t *w)
{
	(void)w;
	return 0;
}

void Z_wasi_snapshot_preview1Z_proc_exit(struct Z_wasi_snapshot_preview1_instance_t *w, u32 code)
{
	(void)w;
	exit((int)code);
}

/* ---- descriptors ---- */

/* Reads the guest's iovec array (8 bytes each: u32 buf, u32 len) into host
 * iovecs; at most 64 are taken (a short transfer, as the kernel's limit). */
static u32 iovecs(struct Z_wasi_snapshot_preview1_instance_t *w, u32 iov_p, u32 n,
		  struct iovec *iov, int *cnt)
{
	if (n > 64)
		n = 64;
	PTR(v, iov_p, 8 * (u64)n);
	for (u32 i = 0; i < n; i++) {
		u32 b, l;
		memcpy(&b, (char *)v + 8 * i, 4);
		memcpy(&l, (char *)v + 8 * i + 4, 4);
		PTR(h, b, l);
		iov[i].iov_base = h;
		iov[i].iov_len = l;
	}
	*cnt = (int)n;
	return 0;
}

/* fd_read, fd_write, fd_pread and fd_pwrite: one vectored transfer through
 * the guest's iovecs; the count goes to out_p. */
enum vio { VIO_READ, VIO_WRITE, VIO_PREAD, VIO_PWRITE };

static u32 vector_io(struct Z_wasi_snapshot_preview1_instance_t *w, enum vio op, u32 fd, u32 iov_p,
		     u32 n, u64 off, u32 out_p)
{
	struct iovec iov[64];
	int cnt;
	u32 e = iovecs(w, iov_p, n, iov, &cnt);
	if (e)
		return e;
	ssize_t r;
	switch (op) {
	case VIO_READ: r = readv((int)fd, iov, cnt); break;
	case VIO_WRITE: r = writev((int)fd, iov, cnt); break;
	case VIO_PREAD: r = preadv((int)fd, iov, cnt, (off_t)off); break;
	default: r = pwritev((int)fd, iov, cnt, (off_t)off); break;
	}
	if (r < 0)
		return werr(errno);
	PUT32(out_p, r);
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_fd_write(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd,
				       u32 iov_p, u32 n, u32 out_p)
{
	return vector_io(w, VIO_WRITE, fd, iov_p, n, 0, out_p);
}

u32 Z_wasi_snapshot_preview1Z_fd_read(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd,
				      u32 iov_p, u32 n, u32 out_p)
{
	return vector_io(w, VIO_READ, fd, iov_p, n, 0, out_p);
}

u32 Z_wasi_snapshot_preview1Z_fd_pwrite(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd,
					u32 iov_p, u32 n, u64 off, u32 out_p)
{
	return vector_io(w, VIO_PWRITE, fd, iov_p, n, off, out_p);
}

u32 Z_wasi_snapshot_preview1Z_fd_pread(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd,
				       u32 iov_p, u32 n, u64 off, u32 out_p)
{
	return vector_io(w, VIO_PREAD, fd, iov_p, n, off, out_p);
}

u32 Z_wasi_snapshot_preview1Z_fd_seek(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd,
				      u64 off, u32 whence, u32 out_p)
{
	if (whence > 2)
		return W_INVAL;
	off_t r = lseek((int)fd, (off_t)off, (int)whence); /* SET, CUR, END: as Linux */
	if (r < 0)
		return werr(errno);
	PUT64(out_p, r);
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_fd_tell(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd,
				      u32 out_p)
{
	off_t r = lseek((int)fd, 0, SEEK_CUR);
	if (r < 0)
		return werr(errno);
	PUT64(out_p, r);
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_fd_close(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd)
{
	(void)w;
	if (fd == PREOPEN)
		return W_BADF; /* the root of the guest's files stays */
	return close((int)fd) ? werr(errno) : 0;
}

u32 Z_wasi_snapshot_preview1Z_fd_renumber(struct Z_wasi_snapshot_preview1_instance_t *w, u32 from,
					   u32 to)
{
	(void)w;
	if (from == PREOPEN || to == PREOPEN)
		return W_BADF;
	if (dup2((int)from, (int)to) < 0)
		return werr(errno);
	close((int)from);
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_fd_sync(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd)
{
	(void)w;
	return fsync((int)fd) ? werr(errno) : 0;
}

u32 Z_wasi_snapshot_preview1Z_fd_datasync(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd)
{
	(void)w;
	return fdatasync((int)fd) ? werr(errno) : 0;
}

static u8 filetype(mode_t m)
{
	if (S_ISREG(m))
		return 4;
	if (S_ISDIR(m))
		return 3;
	if (S_ISCHR(m))
		return 2;
	if (S_ISBLK(m))
		return 1;
	if (S_ISSOCK(m))
		return 6;
	if (S_ISLNK(m))
		return 7;
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_fd_fdstat_get(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd,
					    u32 out_p)
{
	struct stat st;
	if (fstat((int)fd, &st) != 0)
		return werr(errno);
	int fl = fcntl((int)fd, F_GETFL);
	if (fl < 0)
		return werr(errno);
	u8 buf[24] = {0};
	u16 flags = (fl & O_APPEND ? 1 : 0) | (fl & O_NONBLOCK ? 4 : 0);
	u64 rights = ~(u64)0;
	buf[0] = filetype(st.st_mode);
	if (S_ISCHR(st.st_mode) && isatty((int)fd))
		rights &= ~((u64)1 << 2 | (u64)1 << 5); /* no FD_SEEK, FD_TELL: a tty */
	memcpy(buf + 2, &flags, 2);
	memcpy(buf + 8, &rights, 8);
	memcpy(buf + 16, &rights, 8);
	PTR(d, out_p, 24);
	memcpy(d, buf, 24);
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_fd_fdstat_set_flags(struct Z_wasi_snapshot_preview1_instance_t *w,
						  u32 fd, u32 flags)
{
	(void)w;
	int fl = fcntl((int)fd, F_GETFL);
	if (fl < 0)
		return werr(errno);
	fl &= ~(O_APPEND | O_NONBLOCK);
	fl |= (flags & 1 ? O_APPEND : 0) | (flags & 4 ? O_NONBLOCK : 0);
	return fcntl((int)fd, F_SETFL, fl) ? werr(errno) : 0;
}

static u32 put_filestat(struct Z_wasi_snapshot_preview1_instance_t *w, u32 out_p,
			const struct stat *st)
{
	u8 buf[64] = {0};
	u64 v;
	v = st->st_dev, memcpy(buf + 0, &v, 8);
	v = st->st_ino, memcpy(buf + 8, &v, 8);
	buf[16] = filetype(st->st_mode);
	v = st->st_nlink, memcpy(buf + 24, &v, 8);
	v = (u64)st->st_size, memcpy(buf + 32, &v, 8);
	v = (u64)st->st_atim.tv_sec * 1000000000u + (u64)st->st_atim.tv_nsec, memcpy(buf + 40, &v, 8);
	v = (u64)st->st_mtim.tv_sec * 1000000000u + (u64)st->st_mtim.tv_nsec, memcpy(buf + 48, &v, 8);
	v = (u64)st->st_ctim.tv_sec * 1000000000u + (u64)st->st_ctim.tv_nsec, memcpy(buf + 56, &v, 8);
	PTR(d, out_p, 64);
	memcpy(d, buf, 64);
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_fd_filestat_get(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd,
					      u32 out_p)
{
	struct stat st;
	if (fstat((int)fd, &st) != 0)
		return werr(errno);
	return put_filestat(w, out_p, &st);
}

u32 Z_wasi_snapshot_preview1Z_fd_filestat_set_size(struct Z_wasi_snapshot_preview1_instance_t *w,
						   u32 fd, u64 size)
{
	(void)w;
	return ftruncate((int)fd, (off_t)size) ? werr(errno) : 0;
}

u32 Z_wasi_snapshot_preview1Z_fd_prestat_get(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd,
					     u32 out_p)
{
	if (fd != PREOPEN)
		return W_BADF;
	PUT32(out_p, 0); /* tag 0: a directory */
	PUT32(out_p + 4, 1); /* the length of "." */
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_fd_prestat_dir_name(struct Z_wasi_snapshot_preview1_instance_t *w,
						  u32 fd, u32 buf_p, u32 len)
{
	if (fd != PREOPEN)
		return W_BADF;
	if (len < 1)
		return W_NAMETOOLONG;
	PTR(d, buf_p, 1);
	memcpy(d, ".", 1);
	return 0;
}

/* ---- paths, beneath a directory descriptor ---- */

/* Copies the guest path [p, p + n) into buf; refuses absolute paths and ".."
 * components (resolution stays beneath the directory). */
static u32 path(struct Z_wasi_snapshot_preview1_instance_t *w, u32 p, u32 n, char *buf,
		size_t size)
{
	if (n >= size)
		return W_NAMETOOLONG;
	PTR(s, p, n);
	memcpy(buf, s, n);
	buf[n] = 0;
	if (memchr(buf, 0, n) || buf[0] == '/')
		return W_PERM;
	for (const char *c = buf; *c;) {
		size_t l = strcspn(c, "/");
		if (l == 2 && c[0] == '.' && c[1] == '.')
			return W_PERM;
		c += l;
		c += *c == '/';
	}
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_path_open(struct Z_wasi_snapshot_preview1_instance_t *w, u32 dirfd,
					u32 dirflags, u32 path_p, u32 path_n, u32 oflags,
					u64 rights, u64 rights_inh, u32 fdflags, u32 fd_p)
{
	char p[4096];
	u32 e = path(w, path_p, path_n, p, sizeof p);
	if (e)
		return e;
	(void)rights_inh;
	int fl = O_CLOEXEC;
	int rd = (rights & ((u64)1 << 1 | (u64)1 << 14)) != 0; /* FD_READ, FD_READDIR */
	int wr = (rights & ((u64)1 << 6 | (u64)1 << 4 | (u64)1 << 22)) != 0; /* FD_WRITE, DATASYNC, SET_SIZE */
	fl |= rd && wr ? O_RDWR : wr ? O_WRONLY : O_RDONLY;
	if (oflags & 1)
		fl |= O_CREAT;
	if (oflags & 2)
		fl |= O_DIRECTORY;
	if (oflags & 4)
		fl |= O_EXCL;
	if (oflags & 8)
		fl |= O_TRUNC;
	if (fdflags & 1)
		fl |= O_APPEND;
	if (fdflags & 4)
		fl |= O_NONBLOCK;
	if (!(dirflags & 1))
		fl |= O_NOFOLLOW;
	int fd = openat((int)dirfd, p, fl, 0666);
	if (fd < 0 && errno == EISDIR && (fl & O_ACCMODE) != O_RDONLY)
		fd = openat((int)dirfd, p, (fl & ~O_ACCMODE) | O_RDONLY, 0666);
	if (fd < 0)
		return werr(errno);
	PUT32(fd_p, fd);
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_path_filestat_get(struct Z_wasi_snapshot_preview1_instance_t *w,
						u32 dirfd, u32 flags, u32 path_p, u32 path_n,
						u32 out_p)
{
	char p[4096];
	struct stat st;
	u32 e = path(w, path_p, path_n, p, sizeof p);
	if (e)
		return e;
	if (fstatat((int)dirfd, p, &st, flags & 1 ? 0 : AT_SYMLINK_NOFOLLOW) != 0)
		return werr(errno);
	return put_filestat(w, out_p, &st);
}

u32 Z_wasi_snapshot_preview1Z_path_unlink_file(struct Z_wasi_snapshot_preview1_instance_t *w,
					       u32 dirfd, u32 path_p, u32 path_n)
{
	char p[4096];
	u32 e = path(w, path_p, path_n, p, sizeof p);
	if (e)
		return e;
	return unlinkat((int)dirfd, p, 0) ? werr(errno) : 0;
}

u32 Z_wasi_snapshot_preview1Z_path_remove_directory(struct Z_wasi_snapshot_preview1_instance_t *w,
						    u32 dirfd, u32 path_p, u32 path_n)
{
	char p[4096];
	u32 e = path(w, path_p, path_n, p, sizeof p);
	if (e)
		return e;
	return unlinkat((int)dirfd, p, AT_REMOVEDIR) ? werr(errno) : 0;
}

u32 Z_wasi_snapshot_preview1Z_path_create_directory(struct Z_wasi_snapshot_preview1_instance_t *w,
						    u32 dirfd, u32 path_p, u32 path_n)
{
	char p[4096];
	u32 e = path(w, path_p, path_n, p, sizeof p);
	if (e)
		return e;
	return mkdirat((int)dirfd, p, 0777) ? werr(errno) : 0;
}

u32 Z_wasi_snapshot_preview1Z_path_rename(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd1,
					  u32 p1, u32 n1, u32 fd2, u32 p2, u32 n2)
{
	char a[4096], b[4096];
	u32 e = path(w, p1, n1, a, sizeof a);
	if (!e)
		e = path(w, p2, n2, b, sizeof b);
	if (e)
		return e;
	return renameat((int)fd1, a, (int)fd2, b) ? werr(errno) : 0;
}

/* Calls the workloads make but do not need: refused. */
u32 Z_wasi_snapshot_preview1Z_fd_filestat_set_times(struct Z_wasi_snapshot_preview1_instance_t *w,
						    u32 fd, u64 a, u64 m, u32 flags)
{
	(void)w, (void)fd, (void)a, (void)m, (void)flags;
	return W_NOSYS;
}

u32 Z_wasi_snapshot_preview1Z_path_filestat_set_times(struct Z_wasi_snapshot_preview1_instance_t *w,
						      u32 fd, u32 lf, u32 p, u32 n, u64 a, u64 m,
						      u32 flags)
{
	(void)w, (void)fd, (void)lf, (void)p, (void)n, (void)a, (void)m, (void)flags;
	return W_NOSYS;
}

u32 Z_wasi_snapshot_preview1Z_poll_oneoff(struct Z_wasi_snapshot_preview1_instance_t *w, u32 in,
					  u32 out, u32 n, u32 nev_p)
{
	(void)w, (void)in, (void)out, (void)n, (void)nev_p;
	return W_NOSYS;
}

u32 Z_wasi_snapshot_preview1Z_fd_readdir(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd,
					 u32 buf, u32 len, u64 cookie, u32 out_p)
{
	(void)w, (void)fd, (void)buf, (void)len, (void)cookie, (void)out_p;
	return W_NOSYS;
}

u32 Z_wasi_snapshot_preview1Z_fd_advise(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd,
					u64 off, u64 len, u32 advice)
{
	(void)w, (void)fd, (void)off, (void)len, (void)advice;
	return 0;
}

/* ---- start-up ---- */

int main(int argc, char **argv)
{
	static struct Z_wasi_snapshot_preview1_instance_t wasi;
	static Z_app_instance_t app;

	/* The working directory as guest descriptor 3 ("."): first move
	 * whatever holds 3 out of the way (nothing, normally). */
	int dfd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0) {
		perror("wasi: .");
		return 125;
	}
	if (dfd != PREOPEN) {
		if (dup3(dfd, PREOPEN, O_CLOEXEC) < 0) {
			perror("wasi: dup3");
			return 125;
		}
		close(dfd);
	}
	wasi.argc = argc;
	wasi.argv = argv;

	wasm_rt_init();
	Z_app_init_module();
	Z_app_instantiate(&app, &wasi);
	wasi.mem = Z_appZ_memory(&app);
	int trap = wasm_rt_impl_try();
	if (trap) {
		fflush(stdout);
		fprintf(stderr, "wasi: trap: %s\n", wasm_rt_strerror((wasm_rt_trap_t)trap));
		return 128 + 6;
	}
	Z_appZ__start(&app);
	return 0;
}
