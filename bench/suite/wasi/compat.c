/* Functions the workloads call that wasi-libc does not have, for their
 * wasm32-wasi builds (linked into every one; the linker takes only what is
 * used). None is on a timed path: ownership and modes of files (bzip2 and xz
 * copy them to their output files), setjmp/longjmp (include/setjmp.h),
 * system(), tmpfile(), the signal masks and handlers of include/signal.h
 * (WASI delivers no signals), alarm() (xz's progress timer: never on with
 * output to a pipe), geteuid() and pipe() (xz's self-pipe, written only from
 * a signal handler and polled only when a read or write would block: here
 * two descriptors of the working directory stand in for it), and fcntl():
 * wasi-libc's, except that it refuses to turn O_NONBLOCK on (but on pipe()'s
 * stand-ins; xz makes its
 * stdin and stdout non-blocking so as to poll them together with that
 * self-pipe, which WASI cannot do: so xz uses them blocking, as it does when
 * fcntl fails). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>
#include <wasi/api.h>

int fchmod(int fd, mode_t mode);
int fchown(int fd, uid_t uid, gid_t gid);
int system(const char *cmd);
FILE *tmpfile(void);
unsigned alarm(unsigned s);
uid_t geteuid(void);
int pipe(int fd[2]);
int fcntl(int fd, int cmd, ...);
_Noreturn void longjmp(long *b, int v);

int fchmod(int fd, mode_t mode)
{
	(void)fd, (void)mode;
	return 0;
}

int fchown(int fd, uid_t uid, gid_t gid)
{
	(void)fd, (void)uid, (void)gid;
	return 0;
}

int system(const char *cmd)
{
	if (!cmd)
		return 0; /* no shell */
	errno = ENOSYS;
	return -1;
}

unsigned alarm(unsigned s)
{
	(void)s;
	return 0;
}

uid_t geteuid(void)
{
	return 1000; /* not root: xz does not warn that it could not chown */
}

int pipe(int fd[2])
{
	fd[0] = open(".", O_RDONLY | O_DIRECTORY);
	if (fd[0] < 0)
		return -1;
	fd[1] = open(".", O_RDONLY | O_DIRECTORY);
	if (fd[1] < 0) {
		close(fd[0]);
		return -1;
	}
	return 0;
}

int fcntl(int fd, int cmd, ...)
{
	__wasi_fdstat_t st;
	__wasi_errno_t e;
	switch (cmd) {
	case F_GETFD:
		return FD_CLOEXEC;
	case F_SETFD:
		return 0;
	case F_GETFL: {
		e = __wasi_fd_fdstat_get(fd, &st);
		if (e)
			return errno = e, -1;
		int fl = st.fs_flags;
		if (st.fs_rights_base & (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_READDIR))
			fl |= st.fs_rights_base & __WASI_RIGHTS_FD_WRITE ? O_RDWR : O_RDONLY;
		else if (st.fs_rights_base & __WASI_RIGHTS_FD_WRITE)
			fl |= O_WRONLY;
		else
			fl |= O_SEARCH;
		return fl;
	}
	case F_SETFL: {
		va_list ap;
		va_start(ap, cmd);
		int fl = va_arg(ap, int);
		va_end(ap);
		e = __wasi_fd_fdstat_get(fd, &st);
		if (e)
			return errno = e, -1;
		if ((fl & O_NONBLOCK) && !(st.fs_flags & __WASI_FDFLAGS_NONBLOCK) &&
		    st.fs_filetype != __WASI_FILETYPE_DIRECTORY) /* pipe()'s stand-ins: as asked */
			return errno = ENOTSUP, -1;
		e = __wasi_fd_fdstat_set_flags(fd, (__wasi_fdflags_t)(fl & 0xfff));
		if (e)
			return errno = e, -1;
		return 0;
	}
	default:
		errno = EINVAL;
		return -1;
	}
}

FILE *tmpfile(void)
{
	errno = ENOSYS;
	return NULL;
}

/* No signal is ever delivered: the masks stay empty. */
int sigemptyset(sigset_t *s)
{
	*s = 0;
	return 0;
}

int sigfillset(sigset_t *s)
{
	*s = 0;
	return 0;
}

int sigaddset(sigset_t *s, int sig)
{
	(void)s, (void)sig;
	return 0;
}

int sigdelset(sigset_t *s, int sig)
{
	(void)s, (void)sig;
	return 0;
}

int sigismember(const sigset_t *s, int sig)
{
	(void)s, (void)sig;
	return 0;
}

int sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
	(void)how, (void)set;
	if (old)
		sigemptyset(old);
	return 0;
}

int sigaction(int sig, const struct sigaction *sa, struct sigaction *old)
{
	(void)sig, (void)sa;
	if (old) {
		old->sa_handler = SIG_DFL;
		sigemptyset(&old->sa_mask);
		old->sa_flags = 0;
	}
	return 0;
}

_Noreturn void longjmp(long *b, int v)
{
	(void)b, (void)v;
	fputs("longjmp: not available in this wasm32-wasi build (an error was raised)\n", stderr);
	abort();
}
