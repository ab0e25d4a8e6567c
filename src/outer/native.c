/* `halite run --native`: an unmodified Linux program under the outer
 * sandbox alone, as bubblewrap or minijail would run it (docs/outer.md).
 *
 * Three processes:
 *   supervisor  the calling process. It makes the pids cgroup (the
 *               process cap), enters the new user, mount, network, IPC,
 *               UTS and PID namespaces (namespaces.c), forks, moves the
 *               child into the cgroup and lets it go on. It stays outside
 *               the sandbox's mount namespace and root: it waits, enforces
 *               --timeout, forwards termination signals, answers the
 *               seccomp user notifications of --trace-denied (notify.c),
 *               removes the cgroup and reports how the program ended.
 *   init        PID 1 of the new PID namespace. It builds the root
 *               (native_root.c), sets the limits, drops every capability,
 *               enters Landlock and the native seccomp filter, becomes
 *               non-dumpable (the program cannot read its memory or
 *               environment: it holds the host's), forks the program,
 *               forwards signals to it and passes its wait status on. When
 *               it exits, the kernel kills whatever is left in the
 *               namespace; when the supervisor dies, init is killed.
 *   program     init's child, PID 2: exec'd with only stdin, stdout and
 *               stderr open and the given environment. It inherits every
 *               layer. Not PID 1, so its signals behave as usual.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/seccomp.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "outer/native.h"
#include "outer/outer.h"
#include "outer/policy.h"

#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
#ifndef SECBIT_NOROOT
#define SECBIT_NOROOT (1 << 0)
#define SECBIT_NOROOT_LOCKED (1 << 1)
#define SECBIT_NO_SETUID_FIXUP (1 << 2)
#define SECBIT_NO_SETUID_FIXUP_LOCKED (1 << 3)
#define SECBIT_KEEP_CAPS_LOCKED (1 << 5)
#define SECBIT_NO_CAP_AMBIENT_RAISE (1 << 6)
#define SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED (1 << 7)
#endif

/* The program's wait status carries this bit when its CPU time reached
 * --cpu-time (the kernel's SIGKILL a second after SIGXCPU). */
#define CPU_EXCEEDED 0x10000
/* /tmp's size without --memory. */
#define TMP_DEFAULT (256ull << 20)

static const int forwarded[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2};
#define NFORWARDED (sizeof forwarded / sizeof forwarded[0])

/* ---- init and the program (inside) ---- */

static volatile pid_t program_pid;

static void init_forward(int sig)
{
	if (program_pid > 0)
		kill(program_pid, sig);
}

static int native_limits(const struct hl_native *n, int capped, char *err, size_t errsz)
{
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)) {
		snprintf(err, errsz, "cannot set no_new_privs: %s", strerror(errno));
		return -1;
	}
	if (hl_outer_rlimit(RLIMIT_CORE, 0, 0, "RLIMIT_CORE", err, errsz) ||
	    hl_outer_rlimit(RLIMIT_NOFILE, 1024, 4096, "RLIMIT_NOFILE", err, errsz))
		return -1;
	if (n->max_file_size && hl_outer_rlimit(RLIMIT_FSIZE, n->max_file_size, n->max_file_size,
						"RLIMIT_FSIZE", err, errsz))
		return -1;
	if (n->cpu_time > 0) {
		rlim_t s = (rlim_t)ceil(n->cpu_time);
		/* SIGXCPU at the limit, SIGKILL a second later. */
		if (hl_outer_rlimit(RLIMIT_CPU, s, s + 1, "RLIMIT_CPU", err, errsz))
			return -1;
	}
	if (n->memory && hl_outer_rlimit(RLIMIT_AS, n->memory, n->memory, "RLIMIT_AS", err, errsz))
		return -1;
	if (n->stack &&
	    hl_outer_rlimit(RLIMIT_STACK, n->stack, n->stack, "RLIMIT_STACK", err, errsz))
		return -1;
	/* Without the cgroup (not root: checked by the supervisor). The
	 * count is per user in the user namespace (Linux 5.14+): the
	 * supervisor, init and the program's tasks. */
	if (!capped && hl_outer_rlimit(RLIMIT_NPROC, n->max_tasks + 2, n->max_tasks + 2,
				       "RLIMIT_NPROC", err, errsz))
		return -1;
	return 0;
}

/* No capabilities, in the user namespace either, now or after execve
 * (even as uid 0: SECBIT_NOROOT, an empty bounding set). */
static int drop_capabilities(char *err, size_t errsz)
{
	for (int c = 0; c < 64; c++)
		if (prctl(PR_CAPBSET_DROP, c, 0, 0, 0) && errno == EINVAL)
			break;
	if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) && errno != EINVAL) {
		snprintf(err, errsz, "cannot clear the ambient capabilities: %s", strerror(errno));
		return -1;
	}
	if (prctl(PR_SET_SECUREBITS,
		  SECBIT_NOROOT | SECBIT_NOROOT_LOCKED | SECBIT_NO_SETUID_FIXUP |
		      SECBIT_NO_SETUID_FIXUP_LOCKED | SECBIT_KEEP_CAPS_LOCKED |
		      SECBIT_NO_CAP_AMBIENT_RAISE | SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED,
		  0, 0, 0)) {
		snprintf(err, errsz, "cannot set the secure bits: %s", strerror(errno));
		return -1;
	}
	struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct d[2];
	memset(d, 0, sizeof d);
	if (syscall(SYS_capset, &h, d)) {
		snprintf(err, errsz, "cannot drop the capabilities: %s", strerror(errno));
		return -1;
	}
	return 0;
}

static const char *env_get(char *const *envp, const char *name)
{
	size_t l = strlen(name);
	for (; envp && *envp; envp++)
		if (!strncmp(*envp, name, l) && (*envp)[l] == '=')
			return *envp + l + 1;
	return NULL;
}

/* execve, looking PROGRAM up in the sandbox's PATH if it has no '/'.
 * Returns only on failure, with errno. */
static void exec_program(char *const *argv, char *const *envp)
{
	const char *file = argv[0];
	if (strchr(file, '/')) {
		execve(file, argv, envp);
		return;
	}
	const char *path = env_get(envp, "PATH");
	if (!path)
		path = "/usr/local/bin:/usr/bin:/bin";
	int saw_eacces = 0;
	errno = ENOENT;
	while (*path) {
		size_t l = strcspn(path, ":");
		char full[4096];
		if (l && (size_t)snprintf(full, sizeof full, "%.*s/%s", (int)l, path, file) <
			     sizeof full) {
			execve(full, argv, envp);
			if (errno == EACCES)
				saw_eacces = 1;
			else if (errno != ENOENT && errno != ENOTDIR)
				return;
		}
		path += l + (path[l] == ':');
	}
	errno = saw_eacces ? EACCES : ENOENT;
}

static void __attribute__((noreturn)) run_program(const struct hl_native *n, const char *prog)
{
	struct sigaction dfl;
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	for (size_t i = 0; i < NFORWARDED; i++)
		sigaction(forwarded[i], &dfl, NULL);
	/* Writes past --max-file-size fail with EFBIG rather than a signal
	 * (an ignored signal stays ignored across execve). */
	if (n->max_file_size)
		signal(SIGXFSZ, SIG_IGN);
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	/* Only stdin, stdout and stderr reach the program. */
	syscall(SYS_close_range, 3u, ~0u, 0u);
	exec_program(n->argv, n->envp);
	int e = errno;
	const char *hint = "";
	if (e == ENOENT)
		hint = " (it is looked up inside the sandbox: the system directories, /tmp and the "
		       "--dir grants at their guest paths)";
	else if (e == EACCES)
		hint = " (programs run only from the system directories and read-only grants: a "
		       "writable --dir or /tmp is not executable; grant the directory with :ro)";
	fprintf(stderr, "%s: %s: %s%s\n", prog, n->argv[0], strerror(e), hint);
	_exit(e == ENOENT ? 127 : 126);
}

/* Init: builds the root and applies the layers while the supervisor moves
 * it into the pids cgroup (capped: it will), which waits for an RCU grace
 * period of the kernel (10-30 ms); only the program's fork waits for the
 * supervisor's go, so that every process of the program starts inside the
 * cgroup (a move takes one process, not its children). */
static void __attribute__((noreturn))
run_init(const struct hl_native *n, char *const *hosts, int sock, const char *prog, int capped)
{
	char err[512];
	char tag;
	int go, fd;
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	unsigned long long tmp = n->memory ? n->memory : TMP_DEFAULT;
	if (hl_native_root(n->grants, hosts, n->cwd, tmp, err, sizeof err))
		goto fail;
	if (sethostname("halite", 6)) {
		snprintf(err, sizeof err, "cannot set the host name: %s", strerror(errno));
		goto fail;
	}
	if (native_limits(n, capped, err, sizeof err) || drop_capabilities(err, sizeof err) ||
	    hl_outer_landlock_native(n->grants, err, sizeof err))
		goto fail;
	uint32_t refuse = n->trace_denied ? SECCOMP_RET_USER_NOTIF : SECCOMP_RET_ERRNO | EPERM;
	unsigned flags = n->trace_denied ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0;
	int listener = hl_seccomp_install(hl_native_policy, hl_native_policy_len, n->allow, 1,
					  refuse, flags, 0, err, sizeof err);
	if (listener < 0)
		goto fail;
	if (n->trace_denied) {
		if (hl_msg_send(sock, HL_MSG_LISTENER, 0, listener)) {
			snprintf(err, sizeof err, "cannot pass the seccomp listener on: %s",
				 strerror(errno));
			goto fail;
		}
		close(listener);
	}
	/* Init holds the host's environment and command line: the program
	 * may not read them (/proc/1/environ, /proc/1/mem). */
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
	if (hl_msg_recv(sock, &tag, &go, &fd) != 1 || tag != HL_MSG_GO)
		_exit(125);

	sigset_t fwd, old;
	sigemptyset(&fwd);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = init_forward;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < NFORWARDED; i++) {
		sigaddset(&fwd, forwarded[i]);
		sigaction(forwarded[i], &sa, NULL);
	}
	sigprocmask(SIG_BLOCK, &fwd, &old);
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		snprintf(err, sizeof err, "cannot start the program: %s", strerror(errno));
		goto fail;
	}
	if (pid == 0) {
		close(sock);
		run_program(n, prog);
	}
	program_pid = pid;
	sigprocmask(SIG_SETMASK, &old, NULL);
	for (;;) {
		int st;
		struct rusage ru;
		pid_t w = wait4(-1, &st, 0, &ru);
		if (w == pid) {
			double used =
			    (double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec +
			    ((double)ru.ru_utime.tv_usec + (double)ru.ru_stime.tv_usec) / 1e6;
			int value = st;
			if (WIFSIGNALED(st) && n->cpu_time > 0 &&
			    (WTERMSIG(st) == SIGXCPU ||
			     (WTERMSIG(st) == SIGKILL && used >= floor(n->cpu_time))))
				value |= CPU_EXCEEDED;
			hl_msg_send(sock, HL_MSG_STATUS, value, -1);
			_exit(WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
		}
		if (w < 0 && errno != EINTR)
			_exit(125);
	}
fail:
	fprintf(stderr, "%s: outer sandbox: %s\n", prog, err);
	_exit(125);
}

/* ---- the supervisor (outside) ---- */

static volatile pid_t init_pid;

/* Signals sent to halite (kill) are passed on; those the terminal sends
 * to the whole process group reach the program directly. */
static void supervisor_forward(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	if (init_pid > 0 && si->si_code != SI_KERNEL)
		kill(init_pid, sig);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int report(const struct hl_native *n, const char *prog, int value)
{
	int st = value & 0xffff;
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	if (!WIFSIGNALED(st))
		return 125;
	int sig = WTERMSIG(st);
	if (value & CPU_EXCEEDED)
		fprintf(stderr, "%s: %s: CPU time limit of %g s exceeded\n", prog, n->argv[0],
			n->cpu_time);
	else if (sig != SIGPIPE && sig != SIGINT)
		fprintf(stderr, "%s: %s: killed by signal %d (%s)\n", prog, n->argv[0], sig,
			strsignal(sig));
	return 128 + sig;
}

int hl_native_run(const struct hl_native *n)
{
	const char *prog = n->prog ? n->prog : "halite run";
	char err[512];
	int sv[2] = {-1, -1};
	fprintf(stderr, "%s: --native: no inner sandbox; only the outer sandbox confines %s\n",
		prog, n->argv[0]);
	char **hosts = hl_native_host_paths(n->grants, err, sizeof err);
	if (!hosts) {
		fprintf(stderr, "%s: %s\n", prog, err);
		return 125;
	}
	/* The process cap: a pids cgroup (init and the program's tasks),
	 * else RLIMIT_NPROC, which does not bind root. */
	struct hl_pids_cgroup cg;
	int capped = hl_pids_cgroup_create(&cg, n->max_tasks + 1, err, sizeof err) == 0;
	if (!capped && (getuid() == 0 || geteuid() == 0)) {
		fprintf(stderr,
			"%s: --native: cannot cap the number of processes: %s (RLIMIT_NPROC does "
			"not bind root; --native needs a writable pids cgroup)\n",
			prog, err);
		hl_native_free_paths(hosts);
		return 125;
	}
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv)) {
		fprintf(stderr, "%s: --native: socketpair: %s\n", prog, strerror(errno));
		goto fail;
	}
	if (hl_outer_namespaces(err, sizeof err)) {
		fprintf(stderr, "%s: outer sandbox: %s\n", prog, err);
		goto fail;
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "%s: outer sandbox: cannot fork: %s\n", prog, strerror(errno));
		goto fail;
	}
	if (pid == 0) {
		close(sv[0]);
		run_init(n, hosts, sv[1], prog, capped);
	}
	hl_native_free_paths(hosts);
	close(sv[1]);
	int sock = sv[0];
	init_pid = pid;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = supervisor_forward;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < NFORWARDED; i++)
		sigaction(forwarded[i], &sa, NULL);

	/* ESRCH: init has ended already (its set-up failed; it says why). */
	if (capped && hl_pids_cgroup_move(&cg, pid) && errno != ESRCH) {
		fprintf(stderr, "%s: --native: cannot move the sandbox into its pids cgroup: %s\n",
			prog, strerror(errno));
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		hl_pids_cgroup_remove(&cg);
		return 125;
	}
	hl_msg_send(sock, HL_MSG_GO, capped, -1);

	int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
	double deadline = n->timeout > 0 ? now() + n->timeout : 0;
	int listener = -1, status = 0, value = -1, timed_out = 0, sock_open = 1;
	for (;;) {
		struct pollfd p[3];
		int np = 0, ip = -1, is = -1, il = -1;
		if (pidfd >= 0) {
			ip = np;
			p[np++] = (struct pollfd){pidfd, POLLIN, 0};
		}
		if (sock_open) {
			is = np;
			p[np++] = (struct pollfd){sock, POLLIN, 0};
		}
		if (listener >= 0) {
			il = np;
			p[np++] = (struct pollfd){listener, POLLIN, 0};
		}
		int ms = -1;
		if (deadline && !timed_out) {
			double left = deadline - now();
			ms = left <= 0 ? 0 : (int)ceil(left * 1000);
		}
		if (pidfd < 0 && (ms < 0 || ms > 50))
			ms = 50; /* no pidfd (Linux < 5.3): check for the child's exit */
		int r = poll(p, (nfds_t)np, ms);
		if (r < 0 && errno != EINTR) {
			fprintf(stderr, "%s: --native: poll: %s\n", prog, strerror(errno));
			kill(pid, SIGKILL);
		}
		if (deadline && !timed_out && now() >= deadline) {
			timed_out = 1;
			kill(pid, SIGKILL);
		}
		/* (revents stay 0 after a timeout or EINTR) */
		if (is >= 0 && p[is].revents) {
			char tag;
			int v, fd;
			int got = hl_msg_recv(sock, &tag, &v, &fd);
			if (got <= 0)
				sock_open = 0;
			else if (tag == HL_MSG_LISTENER && fd >= 0 && listener < 0)
				listener = fd;
			else if (tag == HL_MSG_STATUS)
				value = v;
			if (got > 0 && fd >= 0 && fd != listener)
				close(fd);
		}
		if (il >= 0 && p[il].revents) {
			if ((p[il].revents & POLLIN) && hl_notify_handle(listener, prog) == 0)
				continue;
			if (p[il].revents & (POLLHUP | POLLERR | POLLNVAL)) {
				close(listener);
				listener = -1;
			}
		}
		if (pidfd < 0 || (ip >= 0 && p[ip].revents)) {
			pid_t w = waitpid(pid, &status, pidfd < 0 ? WNOHANG : 0);
			if (w == pid || (w < 0 && errno != EINTR))
				break;
		}
	}
	init_pid = 0;
	/* init sent the program's status just before it exited. */
	while (sock_open) {
		char tag;
		int v, fd;
		int got = hl_msg_recv(sock, &tag, &v, &fd);
		if (got <= 0)
			break;
		if (tag == HL_MSG_STATUS)
			value = v;
		if (fd >= 0)
			close(fd);
	}
	close(sock);
	if (listener >= 0)
		close(listener);
	if (pidfd >= 0)
		close(pidfd);
	hl_pids_cgroup_remove(&cg);
	if (timed_out) {
		fprintf(stderr, "%s: %s: timed out after %g s\n", prog, n->argv[0], n->timeout);
		return 124;
	}
	return report(n, prog, value >= 0 ? value : status);
fail:
	for (int i = 0; i < 2; i++)
		if (sv[i] >= 0)
			close(sv[i]);
	hl_native_free_paths(hosts);
	hl_pids_cgroup_remove(&cg);
	return 125;
}
