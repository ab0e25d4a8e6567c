/* Pointer arguments the runtime must refuse or confine. Prints one line
 * per check: "NAME ok" when the result is the expected one. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static void check(const char *name, long r, int want_errno)
{
	int e = r < 0 ? errno : 0;
	printf("%s %s (r=%ld errno=%d)\n", name, e == want_errno ? "ok" : "FAILED", r, e);
}

int main(void)
{
	static char msg[] = "confined\n";
	/* The bottom guard: never mapped. */
	check("guard", syscall(SYS_write, 1, (void *)0x1000, 10), EFAULT);
	/* A range running off the top of the slot. */
	check("top", syscall(SYS_write, 1, (void *)0xfffffff0, 0x100), EFAULT);
	/* A huge length. */
	check("huge", syscall(SYS_read, 0, msg, (size_t)1 << 40), EFAULT);
	/* The runtime-call table is read-only: reading into it fails. */
	int fds[2];
	if (pipe(fds) || write(fds[1], "12345678", 8) != 8)
		return 3;
	check("table", syscall(SYS_read, fds[0], (void *)0x10000, 8), EFAULT);
	/* High bits of a pointer are ignored: this writes msg itself. */
	uintptr_t p = (uintptr_t)msg ^ ((uintptr_t)0x5a5a << 32);
	check("highbits", syscall(SYS_write, 1, (void *)p, strlen(msg)) == (long)strlen(msg) ? 0 : -1, 0);
	/* A path string running into unmapped memory. */
	check("badpath", syscall(SYS_open, (char *)0x2000, 0), EFAULT);
	/* An unknown system call. */
	check("enosys", syscall(1000), ENOSYS);
	/* Processes cannot be created. */
	check("fork", syscall(SYS_fork), ENOSYS);
	/* Only the sandbox itself can be signalled. */
	check("kill", syscall(SYS_kill, 1, 0), ESRCH);
	/* Where the slot is (pointers are the host's addresses). */
	printf("base %s\n", (uintptr_t)msg >> 32 ? "high" : "zero");
	return 0;
}
