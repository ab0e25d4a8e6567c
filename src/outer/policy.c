/* The outer sandbox's system-call policy for `halite run`: the whole
 * policy in one table. The most frequent calls come first (the filter
 * tests the rules in order). Everything else is refused: socket, connect,
 * execve, fork, ptrace, kill, mount, unshare, setns, init_module, open by
 * path (only openat2 beneath a granted directory's descriptor is used), ...
 *
 * Argument checks are what a filter can see: register values. Memory may
 * become executable only inside the slot, where the runtime validated it;
 * new threads only with the flags of pthread_create; signals only to the
 * process itself; ioctl only for the two terminal queries. */
#include <asm/prctl.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <termios.h>

#include "outer/policy.h"

#ifndef F_ADD_SEALS
#define F_ADD_SEALS 1033
#define F_GET_SEALS 1034
#endif

/* What glibc's pthread_create passes to clone (after clone3 is refused
 * with ENOSYS, it falls back to clone). */
#define THREAD_FLAGS                                                                      \
	(CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM | \
	 CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID)

const struct hl_policy_rule hl_policy[] = {
	ALLOW(futex, "sandbox futexes, host locks"),
	ALLOW(read, "sandbox read on its own descriptors"),
	ALLOW(write, "sandbox write; diagnostics"),
	ALLOW(clock_gettime, "sandbox clocks"),
	CHECK(mmap, "sandbox memory; executable only in the slot, at a fixed address",
	      EXEC_FIXED(2, 0, 3)),
	CHECK(mprotect, "W^X changes; executable only in the slot", EXEC(2, 0)),
	ALLOW(munmap, "host allocations"),
	ALLOW(madvise, "sandbox madvise, thread stacks"),
	ALLOW(brk, "host heap"),
	ALLOW(readv, "sandbox I/O"),
	ALLOW(writev, "sandbox I/O"),
	ALLOW(pread64, "sandbox I/O"),
	ALLOW(pwrite64, "sandbox I/O"),
	ALLOW(preadv, "sandbox I/O"),
	ALLOW(pwritev, "sandbox I/O"),
	ALLOW(lseek, "sandbox I/O"),
	ALLOW(close, "descriptors"),
	ALLOW(fstat, "sandbox fstat"),
	ALLOW(newfstatat, "stat beneath grants (AT_EMPTY_PATH, parent descriptors)"),
	ALLOW(statx, "stat beneath grants"),
	ALLOW(openat2, "opens beneath grants (RESOLVE_BENEATH)"),
	ALLOW(getdents64, "directory listing"),
	ALLOW(mkdirat, "files beneath grants"),
	ALLOW(unlinkat, "files beneath grants"),
	ALLOW(renameat, "files beneath grants"),
	ALLOW(renameat2, "files beneath grants"),
	ALLOW(linkat, "files beneath grants"),
	ALLOW(symlinkat, "files beneath grants"),
	ALLOW(readlinkat, "files beneath grants"),
	ALLOW(fchmod, "files beneath grants"),
	ALLOW(fchmodat, "files beneath grants"),
	ALLOW(fchmodat2, "files beneath grants"),
	ALLOW(fchown, "files beneath grants"),
	ALLOW(fchownat, "files beneath grants"),
	ALLOW(utimensat, "files beneath grants"),
	ALLOW(faccessat, "files beneath grants"),
	ALLOW(faccessat2, "files beneath grants"),
	ALLOW(ftruncate, "sandbox ftruncate"),
	ALLOW(fallocate, "sandbox fallocate"),
	ALLOW(fsync, "sandbox fsync"),
	ALLOW(fdatasync, "sandbox fdatasync"),
	ALLOW(flock, "sandbox flock"),
	ALLOW(fadvise64, "sandbox fadvise"),
	ALLOW(fstatfs, "sandbox statfs"),
	ALLOW(memfd_create, "the synthesized directories above grants"),
	ALLOW(pipe2, "sandbox pipes"),
	ALLOW(dup, "sandbox descriptors"),
	ALLOW(dup2, "sandbox descriptors"),
	ALLOW(dup3, "sandbox descriptors"),
	CHECK(fcntl, "descriptor flags, locks, seals",
	      IN32(1, 15, F_DUPFD, F_GETFD, F_SETFD, F_GETFL, F_SETFL, F_GETLK, F_SETLK, F_SETLKW,
		   F_DUPFD_CLOEXEC, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW, F_ADD_SEALS, F_GET_SEALS,
		   F_GETPIPE_SZ)),
	ALLOW(sendfile, "sandbox sendfile"),
	ALLOW(poll, "sandbox poll"),
	ALLOW(ppoll, "sandbox poll"),
	CHECK(ioctl, "terminal queries only", IN32(1, 2, TCGETS, TIOCGWINSZ)),
	ALLOW(mremap, "host realloc (cannot add PROT_EXEC)"),
	ALLOW(msync, "checks of the slot reservation"),
	ALLOW(set_robust_list, "host threads"),
	ALLOW(rseq, "host threads"),
	CHECK(rt_sigaction, "the runtime's handlers; never SIGSYS's", NE32(0, SIGSYS)),
	ALLOW(rt_sigprocmask, "host threads"),
	ALLOW(rt_sigreturn, "signal handlers"),
	ALLOW(sigaltstack, "signal handlers on their own stack"),
	ALLOW(gettid, "thread ids"),
	ALLOW(getpid, "process id"),
	CHECK(tgkill, "stop signals to the process's own threads", EQ_PID(0)),
	ALLOW(exit, "thread exit"),
	ALLOW(exit_group, "process exit"),
	CHECK(clone, "threads only", EQ(0, THREAD_FLAGS)),
	FAIL(clone3, ENOSYS, "glibc falls back to clone, whose flags a filter can check"),
	ALLOW(clock_getres, "sandbox clocks"),
	ALLOW(clock_nanosleep, "sandbox sleep"),
	ALLOW(nanosleep, "sandbox sleep"),
	ALLOW(gettimeofday, "sandbox clocks"),
	ALLOW(time, "sandbox clocks"),
	ALLOW(getrandom, "sandbox getrandom"),
	ALLOW(sched_yield, "sandbox sched_yield"),
	ALLOW(sched_getaffinity, "sandbox CPU count"),
	CHECK(prlimit64, "reading limits only", EQ(2, 0)),
	ALLOW(getrusage, "sandbox getrusage"),
	ALLOW(sysinfo, "sandbox sysinfo"),
	ALLOW(uname, "host uname"),
	CHECK(arch_prctl, "the %gs base without FSGSBASE", EQ(0, ARCH_SET_GS)),
	ALLOW(restart_syscall, "interrupted sleeps"),
};

const unsigned hl_policy_len = sizeof hl_policy / sizeof hl_policy[0];
