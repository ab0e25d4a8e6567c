/* Attacks on `halite run --native`: an ordinary Linux program (built with
 * plain gcc) that tries what a hostile native program would. Run through
 * `halite run --native`, each must fail; run directly (the test's controls,
 * only where that is harmless), each shows the call works natively. Each
 * prints its outcome:
 *   "ATTACK failed: errno N"   refused
 *   "ATTACK succeeded: ..."    it got through
 *
 *   native-attacks NAME [ARGS]   (NAME below) */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

static int report(const char *what, long r)
{
	if (r < 0) {
		printf("%s failed: errno %d\n", what, errno);
		return 0;
	}
	printf("%s succeeded: %ld\n", what, r);
	return 1;
}

/* Forks up to n children that wait to be killed; reports how many it got. */
static int forks(int n)
{
	pid_t *kids = calloc((size_t)n, sizeof *kids);
	int got = 0, err = 0;
	for (int i = 0; i < n; i++) {
		pid_t p = fork();
		if (p == 0) {
			sleep(30);
			_exit(0);
		}
		if (p < 0) {
			err = errno;
			break;
		}
		kids[got++] = p;
	}
	for (int i = 0; i < got; i++)
		kill(kids[i], SIGKILL);
	for (int i = 0; i < got; i++)
		waitpid(kids[i], NULL, 0);
	printf("forked %d of %d%s%s\n", got, n, err ? ": " : "", err ? strerror(err) : "");
	return got == n;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	const char *w = argv[1], *arg = argc > 2 ? argv[2] : "";
	setvbuf(stdout, NULL, _IONBF, 0);
	if (!strcmp(w, "connect")) { /* a server on the host's loopback */
		int s = socket(AF_INET, SOCK_STREAM, 0);
		if (!report("socket", s))
			return 0;
		struct sockaddr_in sa = {.sin_family = AF_INET,
					 .sin_port = htons((uint16_t)atoi(arg))};
		sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		return report("connect", connect(s, (struct sockaddr *)&sa, sizeof sa));
	}
	if (!strcmp(w, "socket-inet"))
		return report("socket", socket(AF_INET, SOCK_STREAM, 0));
	if (!strcmp(w, "socket-netlink"))
		return report("socket", socket(AF_NETLINK, SOCK_RAW, 0));
	if (!strcmp(w, "socket-unix"))
		return report("socket", socket(AF_UNIX, SOCK_STREAM, 0));
	if (!strcmp(w, "open")) { /* open and read a host path */
		int fd = open(arg, O_RDONLY);
		if (!report("open", fd))
			return 0;
		char buf[4096];
		ssize_t n = read(fd, buf, sizeof buf - 1);
		if (n < 0)
			return report("read", n);
		for (ssize_t i = 0; i < n; i++)
			if (buf[i] == 0)
				buf[i] = '\n';
		buf[n] = 0;
		printf("read %zd bytes\n%s\n", n, buf);
		return 1;
	}
	if (!strcmp(w, "write")) /* create a file */
		return report("write", open(arg, O_WRONLY | O_CREAT | O_TRUNC, 0644));
	if (!strcmp(w, "ptrace")) { /* attach to a process by pid, then let go */
		long r = ptrace(PTRACE_SEIZE, atoi(arg), 0, 0);
		if (r == 0)
			ptrace(PTRACE_DETACH, atoi(arg), 0, 0);
		return report("ptrace", r);
	}
	if (!strcmp(w, "exec")) { /* exec ARGS... */
		execv(arg, argv + 2);
		return report("execve", -1);
	}
	if (!strcmp(w, "forks"))
		return forks(atoi(arg));
	if (!strcmp(w, "forkbomb"))
		for (;;)
			fork();
	if (!strcmp(w, "kill-all"))
		return report("kill", kill(-1, SIGKILL));
	if (!strcmp(w, "kill"))
		return report("kill", kill(atoi(arg), SIGKILL));
	if (!strcmp(w, "mount")) /* mount a tmpfs on ARG */
		return report("mount", mount("none", arg, "tmpfs", 0, NULL));
	if (!strcmp(w, "init_module"))
		return report("init_module", syscall(SYS_init_module, "", 0L, ""));
	if (!strcmp(w, "unshare"))
		return report("unshare", unshare(CLONE_NEWUSER));
	if (!strcmp(w, "setns")) {
		int fd = open("/proc/self/ns/uts", O_RDONLY);
		return report("setns", setns(fd, 0));
	}
	if (!strcmp(w, "clone-newuser")) { /* a child in a new user namespace */
		long p = syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, 0L, 0L, 0L, 0L);
		if (p == 0)
			_exit(0);
		if (p > 0)
			waitpid((pid_t)p, NULL, 0);
		return report("clone", p);
	}
	if (!strcmp(w, "tiocsti")) { /* type into the terminal on stdin */
		char c = '#';
		return report("ioctl", ioctl(0, TIOCSTI, &c));
	}
	if (!strcmp(w, "syscall")) /* a raw call by number, all arguments 0 */
		return report("syscall", syscall(atol(arg), 0L, 0L, 0L, 0L, 0L, 0L));
	if (!strcmp(w, "memory")) { /* ARG MiB, touched */
		size_t n = (size_t)atol(arg) << 20;
		char *p = malloc(n);
		if (!p)
			return report("malloc", -1);
		memset(p, 1, n);
		return report("malloc", (long)(n >> 20));
	}
	if (!strcmp(w, "spin"))
		for (volatile unsigned long i = 0;; i++)
			;
	if (!strcmp(w, "write-file")) { /* SIZE bytes to ARG3 */
		FILE *f = fopen(argv[3], "w");
		if (!f)
			return report("fopen", -1);
		long n = atol(arg), done = 0;
		static char buf[65536];
		while (done < n) {
			size_t k =
			    (size_t)(n - done < (long)sizeof buf ? n - done : (long)sizeof buf);
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
