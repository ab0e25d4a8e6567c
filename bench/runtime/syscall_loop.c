/* Cost of one call into the runtime, timed by the program itself.
 *
 * usage: syscall_loop MODE N
 *   getpid  N calls of syscall(SYS_getpid): a real system call natively
 *           (glibc's syscall() does not cache), an emulated one in the
 *           sandbox (runtime call 0: save state, dispatch, restore)
 *   write0  N calls of syscall(SYS_write, 1, buf, 0): a system call the
 *           sandbox forwards to the host kernel (write of 0 bytes to
 *           stdout): runtime call 0, the fd table, then the real write
 *           (and the outer sandbox's seccomp filter, when it is on)
 *   self    N calls of pthread_self(): reads the thread pointer, %fs:0
 *           natively, runtime call 1 in the sandbox (musl's
 *           pthread_self is `mov %fs:0`, which halite-cc rewrites)
 *   call    N calls of an empty function: the cost of the call itself
 *           (the other two loops pay it too), for reference
 * Every call goes through a volatile function pointer, so that the
 * compiler can neither hoist it (glibc declares pthread_self const) nor
 * inline it, and all three loops pay the same indirect call.
 * Prints "MODE N NS_PER_CALL CHECKSUM". The time is from clock_gettime
 * (CLOCK_MONOTONIC) before and after the loop: in the sandbox that is
 * itself an emulated system call, two of them per N calls. */
#define _GNU_SOURCE /* syscall() */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static uintptr_t do_getpid(void)
{
	return (uintptr_t)syscall(SYS_getpid);
}

static uintptr_t do_write0(void)
{
	static const char buf[1];
	return (uintptr_t)syscall(SYS_write, 1, buf, 0);
}

static uintptr_t do_self(void)
{
	return (uintptr_t)pthread_self();
}

__attribute__((noinline)) static uintptr_t do_nothing(void)
{
	__asm__ volatile("");
	return 1;
}

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: syscall_loop getpid|write0|self|call N\n");
		return 2;
	}
	uintptr_t (*volatile fn)(void);
	if (!strcmp(argv[1], "getpid"))
		fn = do_getpid;
	else if (!strcmp(argv[1], "write0"))
		fn = do_write0;
	else if (!strcmp(argv[1], "self"))
		fn = do_self;
	else if (!strcmp(argv[1], "call"))
		fn = do_nothing;
	else {
		fprintf(stderr, "syscall_loop: unknown mode %s\n", argv[1]);
		return 2;
	}
	long n = atol(argv[2]);
	if (n <= 0)
		return 2;
	uintptr_t sum = 0;
	double t0 = now_ns();
	for (long i = 0; i < n; i++)
		sum += fn();
	double t1 = now_ns();
	/* The checksum only keeps the calls alive; pids and thread pointers
	 * differ between runs. */
	printf("%s %ld %.2f %lu\n", argv[1], n, (t1 - t0) / (double)n,
	       (unsigned long)(sum & 0xffff));
	return 0;
}
