/* The system calls a sandbox may make: one declarative table
 * (syscall_table.c) of Linux x86-64 numbers, names, handlers and argument
 * kinds. The dispatcher (syscall.c) calls the handler, and with --trace
 * prints each call the way strace does. A number without a handler
 * returns -ENOSYS. Handlers live in one file per family (sys_*.c). */
#ifndef HALITE_RUNTIME_SYSCALL_H
#define HALITE_RUNTIME_SYSCALL_H

#include <errno.h>
#include <stdint.h>

struct hl_thread;

/* Arguments as the sandbox passed them (rdi rsi rdx r10 r8 r9). Returns
 * the result or -errno. */
typedef int64_t (*hl_sys_fn)(struct hl_thread *t, const uint64_t a[6]);

/* How --trace prints an argument or a result. */
enum hl_arg {
	A_NONE = 0, /* no more arguments */
	A_INT,      /* signed decimal */
	A_UINT,     /* unsigned decimal (sizes, counts) */
	A_HEX,      /* flags, masks, modes */
	A_OCT,      /* permission modes */
	A_FD,       /* a descriptor (decimal; AT_FDCWD by name) */
	A_PTR,      /* a sandbox pointer, printed as its sandbox address */
	A_STR       /* a sandbox pointer to a NUL-terminated string, printed quoted */
};

#define HL_SYSCALL_MAX 512

struct hl_syscall {
	const char *name;
	hl_sys_fn fn;
	unsigned char args[6]; /* enum hl_arg */
	unsigned char ret;     /* enum hl_arg for the result (A_INT if 0) */
};

extern const struct hl_syscall hl_syscalls[HL_SYSCALL_MAX];

/* A host call's result as a handler returns it: the value, or -errno. */
static inline int64_t hl_ret(long r)
{
	return r < 0 ? -errno : r;
}

/* Handlers, by family. */
#define HL_SYS(name) int64_t hl_sys_##name(struct hl_thread *t, const uint64_t a[6])

/* sys_proc.c */
HL_SYS(exit); HL_SYS(exit_group); HL_SYS(getpid); HL_SYS(getppid); HL_SYS(gettid);
HL_SYS(getuid); HL_SYS(getgid); HL_SYS(uname); HL_SYS(prlimit64); HL_SYS(getrlimit);
HL_SYS(arch_prctl); HL_SYS(set_tid_address); HL_SYS(kill); HL_SYS(tkill); HL_SYS(tgkill);
HL_SYS(rt_sigaction); HL_SYS(rt_sigprocmask); HL_SYS(sigaltstack); HL_SYS(getpgid);
HL_SYS(setsid); HL_SYS(getsid); HL_SYS(umask); HL_SYS(sched_getaffinity);
HL_SYS(set_robust_list); HL_SYS(getrusage); HL_SYS(sysinfo); HL_SYS(prctl);
/* sys_io.c */
HL_SYS(read); HL_SYS(write); HL_SYS(readv); HL_SYS(writev); HL_SYS(pread64); HL_SYS(pwrite64);
HL_SYS(preadv); HL_SYS(pwritev); HL_SYS(lseek); HL_SYS(close); HL_SYS(dup); HL_SYS(dup2);
HL_SYS(dup3); HL_SYS(fcntl); HL_SYS(fstat); HL_SYS(ioctl); HL_SYS(poll); HL_SYS(ppoll);
HL_SYS(pipe); HL_SYS(pipe2); HL_SYS(fsync); HL_SYS(fdatasync); HL_SYS(ftruncate);
HL_SYS(sendfile); HL_SYS(fadvise64); HL_SYS(fallocate); HL_SYS(flock);
/* sys_fs.c */
HL_SYS(open); HL_SYS(openat); HL_SYS(stat); HL_SYS(lstat); HL_SYS(newfstatat); HL_SYS(statx);
HL_SYS(access); HL_SYS(faccessat); HL_SYS(faccessat2); HL_SYS(mkdir); HL_SYS(mkdirat);
HL_SYS(rmdir); HL_SYS(unlink); HL_SYS(unlinkat); HL_SYS(rename); HL_SYS(renameat);
HL_SYS(renameat2); HL_SYS(readlink); HL_SYS(readlinkat); HL_SYS(symlink); HL_SYS(symlinkat);
HL_SYS(link); HL_SYS(linkat); HL_SYS(chmod); HL_SYS(fchmod); HL_SYS(fchmodat); HL_SYS(chown);
HL_SYS(fchown); HL_SYS(lchown); HL_SYS(fchownat); HL_SYS(truncate); HL_SYS(getcwd);
HL_SYS(chdir); HL_SYS(fchdir); HL_SYS(getdents64); HL_SYS(utimensat); HL_SYS(statfs);
HL_SYS(fstatfs); HL_SYS(creat);
/* sys_mem.c */
HL_SYS(mmap); HL_SYS(munmap); HL_SYS(mprotect); HL_SYS(mremap); HL_SYS(brk); HL_SYS(madvise);
/* sys_thread.c */
HL_SYS(clone); HL_SYS(futex); HL_SYS(sched_yield);
/* sys_time.c */
HL_SYS(clock_gettime); HL_SYS(clock_getres); HL_SYS(gettimeofday); HL_SYS(time);
HL_SYS(nanosleep); HL_SYS(clock_nanosleep); HL_SYS(getrandom);

#endif
