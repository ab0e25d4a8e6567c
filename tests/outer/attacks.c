/* Attacks on the outer sandbox by a module that has a raw host system-call
 * hook (runtime call 63 of the test build build/tests/halite-rawsys): what
 * an attacker who owned the runtime could try. Each prints its outcome:
 *   "ATTACK failed: errno N"  the kernel refused it
 *   "ATTACK succeeded: ..."   it got through (the test fails)
 * or is stopped by the seccomp filter before printing (exit status 159).
 *
 *   attacks NAME [ARG]   (NAME below; ARG: a port, a path, a size) */
#include <errno.h>
#include <fcntl.h>
#define CLONE_NEWUSER 0x10000000
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>

/* A raw host system call: runtime call 63 (test builds only). */
static long raw(long nr, long a, long b, long c, long d, long e, long f)
{
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;
	__asm__ volatile("lea 1f(%%rip), %%r11\n\t"
			 "jmp *0x101f8(%%r14)\n\t"
			 ".p2align 5\n"
			 "1:"
			 : "+a"(nr)
			 : "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
			 : "r11", "rcx", "memory", "cc");
	return nr;
}

static int report(const char *what, long r)
{
	if (r < 0) {
		printf("%s failed: errno %ld\n", what, -r);
		return 0;
	}
	printf("%s succeeded: %ld\n", what, r);
	return 1;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	const char *w = argv[1], *arg = argc > 2 ? argv[2] : "";
	setvbuf(stdout, NULL, _IONBF, 0);
	if (!strcmp(w, "probe")) /* the hook works: a harmless call */
		return report("getpid", raw(SYS_getpid, 0, 0, 0, 0, 0, 0)) ? 0 : 1;
	if (!strcmp(w, "connect")) {
		long s = raw(SYS_socket, 2 /* AF_INET */, 1 /* SOCK_STREAM */, 0, 0, 0, 0);
		if (s < 0)
			return report("socket", s);
		unsigned port = (unsigned)atoi(arg);
		unsigned char sa[16] = {2, 0, (unsigned char)(port >> 8), (unsigned char)port, 127, 0, 0, 1};
		return report("connect", raw(SYS_connect, s, (long)sa, sizeof sa, 0, 0, 0));
	}
	if (!strcmp(w, "open")) /* open a host path directly */
		return report("open", raw(SYS_openat, AT_FDCWD, (long)arg, O_RDONLY, 0, 0, 0));
	if (!strcmp(w, "openat2")) { /* the call the runtime may make */
		struct {
			unsigned long long flags, mode, resolve;
		} how = {O_RDONLY, 0, 0};
		return report("openat2", raw(SYS_openat2, AT_FDCWD, (long)arg, (long)&how, sizeof how, 0, 0));
	}
	if (!strcmp(w, "beside")) { /* "../NAME" from each descriptor */
		struct {
			unsigned long long flags, mode, resolve;
		} how = {O_RDONLY, 0, 0};
		int got = 0;
		for (int fd = 3; fd < 64; fd++) {
			char path[300];
			snprintf(path, sizeof path, "../%s", arg);
			long r = raw(SYS_openat2, fd, (long)path, (long)&how, sizeof how, 0, 0);
			if (r >= 0) {
				printf("beside succeeded through descriptor %d\n", fd);
				got = 1;
			}
		}
		if (!got)
			printf("beside failed: errno 13\n");
		return got;
	}
	if (!strcmp(w, "ptrace"))
		return report("ptrace", raw(SYS_ptrace, 16 /* PTRACE_ATTACH */, atoi(arg), 0, 0, 0, 0));
	if (!strcmp(w, "execve")) {
		char *av[] = {"/bin/sh", "-c", "echo pwned", NULL};
		return report("execve", raw(SYS_execve, (long)"/bin/sh", (long)av, 0, 0, 0, 0));
	}
	if (!strcmp(w, "fork"))
		return report("fork", raw(SYS_fork, 0, 0, 0, 0, 0, 0));
	if (!strcmp(w, "clone-process"))
		return report("clone", raw(SYS_clone, SIGCHLD, 0, 0, 0, 0, 0));
	if (!strcmp(w, "kill-all"))
		return report("kill", raw(SYS_kill, -1, SIGKILL, 0, 0, 0, 0));
	if (!strcmp(w, "tgkill-other"))
		return report("tgkill", raw(SYS_tgkill, atoi(arg), atoi(arg), SIGKILL, 0, 0, 0));
	if (!strcmp(w, "mount"))
		return report("mount", raw(SYS_mount, (long)"none", (long)"/", (long)"tmpfs", 0, 0, 0));
	if (!strcmp(w, "init_module"))
		return report("init_module", raw(SYS_init_module, 0, 0, (long)"", 0, 0, 0));
	if (!strcmp(w, "socket"))
		return report("socket", raw(SYS_socket, 1 /* AF_UNIX */, 1, 0, 0, 0, 0));
	if (!strcmp(w, "unshare"))
		return report("unshare", raw(SYS_unshare, CLONE_NEWUSER, 0, 0, 0, 0, 0));
	if (!strcmp(w, "setns"))
		return report("setns", raw(SYS_setns, 0, 0, 0, 0, 0, 0));
	if (!strcmp(w, "mmap-exec")) /* executable memory outside the slot */
		return report("mmap", raw(SYS_mmap, 0, 4096, PROT_READ | PROT_EXEC,
					  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	if (!strcmp(w, "mmap-exec-hint")) { /* a hint in the slot, where the module's code is */
		long base = (long)&raw & ~0xffffffffL;
		return report("mmap", raw(SYS_mmap, base + 0x20000, 4096, PROT_READ | PROT_EXEC,
					  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	}
	if (!strcmp(w, "mprotect-exec-past-slot")) { /* from inside the slot to beyond it */
		long base = (long)&raw & ~0xffffffffL;
		return report("mprotect", raw(SYS_mprotect, base + 0xfffff000L, 0x2000, PROT_READ | PROT_EXEC,
					      0, 0, 0));
	}
	if (!strcmp(w, "memory")) { /* host memory outside the slot, past --memory */
		long mib = atol(arg);
		long p = raw(SYS_mmap, 0, mib << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		return report("mmap", p);
	}
	if (!strcmp(w, "sigsys")) /* take the SIGSYS handler away first */
		return report("rt_sigaction", raw(SYS_rt_sigaction, SIGSYS, 0, 0, 8, 0, 0));
	if (!strcmp(w, "spin"))
		for (volatile unsigned long i = 0;; i++)
			;
	if (!strcmp(w, "write-file")) { /* SIZE bytes to ARG3 (a granted path) */
		FILE *f = fopen(argv[3], "w");
		if (!f)
			return report("fopen", -errno);
		long n = atol(arg), done = 0;
		static char buf[65536];
		while (done < n) {
			size_t k = (size_t)(n - done < (long)sizeof buf ? n - done : (long)sizeof buf);
			size_t w2 = fwrite(buf, 1, k, f);
			done += (long)w2;
			if (w2 < k)
				break;
		}
		int e = fflush(f) ? errno : 0;
		fclose(f);
		if (done < n || e) {
			printf("write failed: errno %d after %ld bytes\n", e ? e : errno, done);
			return 0;
		}
		printf("write succeeded: %ld\n", done);
		return 1;
	}
	return 2;
}
