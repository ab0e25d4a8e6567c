/* System calls written as inline `syscall` (what musl's syscall_arch.h
 * does): each becomes runtime call 0. */
#include <stddef.h>

static long syscall3(long n, long a, long b, long c)
{
	long r;
	__asm__ __volatile__("syscall"
			     : "=a"(r)
			     : "a"(n), "D"(a), "S"(b), "d"(c)
			     : "rcx", "r11", "memory");
	return r;
}

long sys_write(int fd, const void *buf, size_t n)
{
	return syscall3(1, fd, (long)buf, (long)n);
}

long sys_getuid(void)
{
	return syscall3(102, 0, 0, 0);
}

long sys_bad(void)
{
	return syscall3(-1L, 0, 0, 0); /* -ENOSYS */
}

int write_all(int fd, const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	while (n) {
		long w = sys_write(fd, s, n);
		if (w <= 0)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}
