/* I/O on the sandbox's own descriptors. Buffers go to the host kernel as
 * host addresses inside the slot (hl_range), so an unmapped page is the
 * kernel's EFAULT, not a fault of the runtime. Small structures that the
 * runtime itself reads (iovecs, pollfds, flock) are copied in first. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <termios.h>
#include <unistd.h>

#include "runtime/sandbox.h"
#include "runtime/syscall.h"

#define IOV_MAX_GUEST 1024

/* Runs op on the host descriptor of sandbox fd a0, holding a reference. */
#define WITH_FILE(t, fd, f)                                       \
	struct hl_file *f = hl_fd_get(&(t)->sb->fds, (int)(fd)); \
	if (!f)                                                   \
		return -EBADF;

HL_SYS(read)
{
	void *buf = hl_range(t->sb, a[1], a[2]);
	if (!buf)
		return -EFAULT;
	WITH_FILE(t, a[0], f);
	int64_t r = hl_ret(read(f->hostfd, buf, a[2]));
	hl_file_put(f);
	return r;
}

HL_SYS(write)
{
	void *buf = hl_range(t->sb, a[1], a[2]);
	if (!buf)
		return -EFAULT;
	WITH_FILE(t, a[0], f);
	int64_t r = hl_ret(write(f->hostfd, buf, a[2]));
	hl_file_put(f);
	return r;
}

HL_SYS(pread64)
{
	void *buf = hl_range(t->sb, a[1], a[2]);
	if (!buf)
		return -EFAULT;
	WITH_FILE(t, a[0], f);
	int64_t r = hl_ret(pread(f->hostfd, buf, a[2], (off_t)a[3]));
	hl_file_put(f);
	return r;
}

HL_SYS(pwrite64)
{
	void *buf = hl_range(t->sb, a[1], a[2]);
	if (!buf)
		return -EFAULT;
	WITH_FILE(t, a[0], f);
	int64_t r = hl_ret(pwrite(f->hostfd, buf, a[2], (off_t)a[3]));
	hl_file_put(f);
	return r;
}

/* Copies a sandbox iovec array in and turns it into host iovecs. */
static int64_t get_iov(const struct hl_sandbox *sb, uint64_t ptr, uint64_t n, struct iovec **out)
{
	if (n > IOV_MAX_GUEST)
		return -EINVAL;
	struct iovec *v = calloc(n ? n : 1, sizeof *v);
	if (!v)
		return -ENOMEM;
	if (hl_copy_in(sb, v, ptr, n * sizeof *v)) {
		free(v);
		return -EFAULT;
	}
	for (uint64_t i = 0; i < n; i++) {
		uint64_t p = (uint64_t)(uintptr_t)v[i].iov_base;
		v[i].iov_base = hl_range(sb, p, v[i].iov_len);
		if (!v[i].iov_base && v[i].iov_len) {
			free(v);
			return -EFAULT;
		}
	}
	*out = v;
	return 0;
}

static int64_t vector_io(struct hl_thread *t, const uint64_t a[6], int write_, int positional)
{
	struct iovec *v;
	int64_t r = get_iov(t->sb, a[1], a[2], &v);
	if (r)
		return r;
	struct hl_file *f = hl_fd_get(&t->sb->fds, (int)a[0]);
	if (!f) {
		free(v);
		return -EBADF;
	}
	int n = (int)a[2];
	if (positional)
		r = hl_ret(write_ ? pwritev(f->hostfd, v, n, (off_t)a[3])
			       : preadv(f->hostfd, v, n, (off_t)a[3]));
	else
		r = hl_ret(write_ ? writev(f->hostfd, v, n) : readv(f->hostfd, v, n));
	hl_file_put(f);
	free(v);
	return r;
}

HL_SYS(readv) { return vector_io(t, a, 0, 0); }
HL_SYS(writev) { return vector_io(t, a, 1, 0); }
HL_SYS(preadv) { return vector_io(t, a, 0, 1); }
HL_SYS(pwritev) { return vector_io(t, a, 1, 1); }

HL_SYS(lseek)
{
	WITH_FILE(t, a[0], f);
	int64_t r = hl_ret(lseek(f->hostfd, (off_t)a[1], (int)a[2]));
	hl_file_put(f);
	return r;
}

HL_SYS(close)
{
	return hl_fd_close(&t->sb->fds, (int)a[0]);
}

HL_SYS(dup)
{
	WITH_FILE(t, a[0], f);
	return hl_fd_install(&t->sb->fds, f, 0, 0);
}

static int64_t dup_to(struct hl_thread *t, int oldfd, int newfd, int cloexec)
{
	if (newfd < 0 || newfd >= HL_FD_MAX)
		return -EBADF;
	WITH_FILE(t, oldfd, f);
	return hl_fd_install_at(&t->sb->fds, f, newfd, cloexec);
}

HL_SYS(dup2)
{
	if (a[0] == a[1]) {
		struct hl_file *f = hl_fd_get(&t->sb->fds, (int)a[0]);
		if (!f)
			return -EBADF;
		hl_file_put(f);
		return (int)a[1];
	}
	return dup_to(t, (int)a[0], (int)a[1], 0);
}

HL_SYS(dup3)
{
	if (a[0] == a[1])
		return -EINVAL;
	if (a[2] & ~(uint64_t)O_CLOEXEC)
		return -EINVAL;
	return dup_to(t, (int)a[0], (int)a[1], (a[2] & O_CLOEXEC) != 0);
}

HL_SYS(fcntl)
{
	struct hl_sandbox *sb = t->sb;
	int fd = (int)a[0], cmd = (int)a[1];
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC: {
		if ((int64_t)a[2] < 0 || a[2] >= HL_FD_MAX)
			return -EINVAL;
		WITH_FILE(t, fd, f);
		return hl_fd_install(&sb->fds, f, (int)a[2], cmd == F_DUPFD_CLOEXEC);
	}
	case F_GETFD: {
		int r = hl_fd_get_cloexec(&sb->fds, fd);
		return r < 0 ? r : (r ? FD_CLOEXEC : 0);
	}
	case F_SETFD:
		return hl_fd_set_cloexec(&sb->fds, fd, (a[2] & FD_CLOEXEC) != 0);
	case F_GETFL:
	case F_SETFL: {
		WITH_FILE(t, fd, f);
		int64_t r = cmd == F_GETFL
				    ? hl_ret(fcntl(f->hostfd, F_GETFL))
				    : hl_ret(fcntl(f->hostfd, F_SETFL, (int)(a[2] & (O_APPEND | O_NONBLOCK))));
		hl_file_put(f);
		return r;
	}
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
	case F_OFD_GETLK:
	case F_OFD_SETLK:
	case F_OFD_SETLKW: {
		struct flock fl;
		if (hl_copy_in(sb, &fl, a[2], sizeof fl))
			return -EFAULT;
		WITH_FILE(t, fd, f);
		int64_t r = hl_ret(fcntl(f->hostfd, cmd, &fl));
		hl_file_put(f);
		if (r == 0 && (cmd == F_GETLK || cmd == F_OFD_GETLK))
			r = hl_copy_out(sb, a[2], &fl, sizeof fl);
		return r;
	}
	default:
		return -EINVAL;
	}
}

HL_SYS(fstat)
{
	struct stat st;
	WITH_FILE(t, a[0], f);
	int64_t r = hl_ret(fstat(f->hostfd, &st));
	hl_file_put(f);
	return r ? r : hl_copy_out(t->sb, a[1], &st, sizeof st);
}

/* Only the two terminal queries musl's isatty and friends make. */
HL_SYS(ioctl)
{
	unsigned long req = (unsigned long)a[1];
	WITH_FILE(t, a[0], f);
	int64_t r;
	if (req == TCGETS) {
		struct termios tio;
		r = hl_ret(ioctl(f->hostfd, TCGETS, &tio));
		if (!r)
			r = hl_copy_out(t->sb, a[2], &tio, sizeof tio);
	} else if (req == TIOCGWINSZ) {
		struct winsize ws;
		r = hl_ret(ioctl(f->hostfd, TIOCGWINSZ, &ws));
		if (!r)
			r = hl_copy_out(t->sb, a[2], &ws, sizeof ws);
	} else {
		r = -ENOTTY;
	}
	hl_file_put(f);
	return r;
}

/* poll and ppoll: sandbox descriptors are swapped for host ones (a bad
 * one is POLLNVAL, as the kernel reports it) for the duration. */
static int64_t do_poll(struct hl_thread *t, uint64_t ptr, uint64_t n, int timeout_ms,
		       const struct timespec *ts, int use_ts)
{
	if (n > HL_FD_MAX)
		return -EINVAL;
	struct pollfd *p = calloc(n ? n : 1, sizeof *p);
	struct hl_file **files = calloc(n ? n : 1, sizeof *files);
	int64_t r = p && files ? 0 : -ENOMEM;
	if (!r && hl_copy_in(t->sb, p, ptr, n * sizeof *p))
		r = -EFAULT;
	for (uint64_t i = 0; !r && i < n; i++) {
		if (p[i].fd < 0)
			continue;
		files[i] = hl_fd_get(&t->sb->fds, p[i].fd);
		p[i].fd = files[i] ? files[i]->hostfd : -1;
	}
	if (!r) {
		r = use_ts ? hl_ret(ppoll(p, n, ts, NULL)) : hl_ret(poll(p, n, timeout_ms));
		/* Descriptors the sandbox named but does not have: POLLNVAL.
		 * The results go into a fresh copy of the sandbox's array, so
		 * its fd fields are its own again. */
		int bad = 0;
		struct pollfd *g = calloc(n ? n : 1, sizeof *g);
		if (g && !hl_copy_in(t->sb, g, ptr, n * sizeof *g)) {
			for (uint64_t i = 0; i < n; i++) {
				g[i].revents = p[i].revents;
				if (g[i].fd >= 0 && !files[i]) {
					g[i].revents = POLLNVAL;
					bad++;
				}
			}
			if (r >= 0)
				r += bad;
			if (hl_copy_out(t->sb, ptr, g, n * sizeof *g))
				r = -EFAULT;
		} else if (r >= 0) {
			r = g ? -EFAULT : -ENOMEM;
		}
		free(g);
	}
	for (uint64_t i = 0; files && i < n; i++)
		hl_file_put(files[i]);
	free(files);
	free(p);
	return r;
}

HL_SYS(poll)
{
	return do_poll(t, a[0], a[1], (int)a[2], NULL, 0);
}

HL_SYS(ppoll)
{
	struct timespec ts;
	if (a[2] && hl_copy_in(t->sb, &ts, a[2], sizeof ts))
		return -EFAULT;
	return do_poll(t, a[0], a[1], 0, a[2] ? &ts : NULL, 1);
}

static int64_t make_pipe(struct hl_thread *t, uint64_t ptr, uint64_t flags)
{
	if (flags & ~(uint64_t)(O_CLOEXEC | O_NONBLOCK))
		return -EINVAL;
	int fds[2];
	if (pipe2(fds, O_CLOEXEC | (int)(flags & O_NONBLOCK)))
		return -errno;
	struct hl_file *r = hl_file_new(fds[0], NULL, 0);
	struct hl_file *w = hl_file_new(fds[1], NULL, 0);
	if (!r || !w) {
		hl_file_put(r);
		hl_file_put(w);
		return -ENOMEM;
	}
	int cloexec = (flags & O_CLOEXEC) != 0;
	int gr = hl_fd_install(&t->sb->fds, r, 0, cloexec);
	if (gr < 0) {
		hl_file_put(w);
		return gr;
	}
	int gw = hl_fd_install(&t->sb->fds, w, 0, cloexec);
	if (gw < 0) {
		hl_fd_close(&t->sb->fds, gr);
		return gw;
	}
	int out[2] = {gr, gw};
	if (hl_copy_out(t->sb, ptr, out, sizeof out)) {
		hl_fd_close(&t->sb->fds, gr);
		hl_fd_close(&t->sb->fds, gw);
		return -EFAULT;
	}
	return 0;
}

HL_SYS(pipe) { return make_pipe(t, a[0], 0); }
HL_SYS(pipe2) { return make_pipe(t, a[0], a[1]); }

/* Calls that act on one descriptor with plain integer arguments. */
#define SIMPLE_FD_CALL(name, expr, ro_refused)            \
	HL_SYS(name)                                      \
	{                                                 \
		WITH_FILE(t, a[0], f);                    \
		int64_t r;                                \
		if ((ro_refused) && f->readonly_grant)    \
			r = -EROFS;                       \
		else                                      \
			r = hl_ret(expr);                    \
		hl_file_put(f);                           \
		return r;                                 \
	}

SIMPLE_FD_CALL(fsync, fsync(f->hostfd), 0)
SIMPLE_FD_CALL(fdatasync, fdatasync(f->hostfd), 0)
SIMPLE_FD_CALL(ftruncate, ftruncate(f->hostfd, (off_t)a[1]), 1)
SIMPLE_FD_CALL(fallocate, fallocate(f->hostfd, (int)a[1], (off_t)a[2], (off_t)a[3]), 1)
SIMPLE_FD_CALL(flock, flock(f->hostfd, (int)a[1]), 0)

HL_SYS(fadvise64)
{
	WITH_FILE(t, a[0], f);
	int64_t r = -posix_fadvise(f->hostfd, (off_t)a[1], (off_t)a[2], (int)a[3]);
	hl_file_put(f);
	return r;
}

HL_SYS(sendfile)
{
	off_t off = 0;
	if (a[2] && hl_copy_in(t->sb, &off, a[2], sizeof off))
		return -EFAULT;
	struct hl_file *out = hl_fd_get(&t->sb->fds, (int)a[0]);
	struct hl_file *in = hl_fd_get(&t->sb->fds, (int)a[1]);
	int64_t r = -EBADF;
	if (out && in)
		r = hl_ret(sendfile(out->hostfd, in->hostfd, a[2] ? &off : NULL, a[3]));
	hl_file_put(out);
	hl_file_put(in);
	if (r >= 0 && a[2] && hl_copy_out(t->sb, a[2], &off, sizeof off))
		return -EFAULT;
	return r;
}
