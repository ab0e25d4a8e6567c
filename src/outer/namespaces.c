/* Namespaces and the supervising parent.
 *
 * The process enters new user, mount, network, IPC and UTS namespaces,
 * and forks into a new PID namespace: the child (PID 1 there) goes on to
 * run the sandbox; the parent stays behind, waits for it, and exits with
 * its status. The child's root becomes an empty read-only tmpfs: the
 * runtime reaches granted directories only through the descriptors it
 * opened before, which survive the change of root. The new network
 * namespace has nothing but a loopback interface that is down. */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "outer/native.h"
#include "outer/outer.h"

int hl_outer_namespaces(char *err, size_t errsz)
{
	uid_t uid = getuid();
	gid_t gid = getgid();
	if (unshare(CLONE_NEWUSER)) {
		snprintf(err, errsz,
			 "cannot create a user namespace: %s (are unprivileged user namespaces "
			 "disabled? see docs/outer.md)",
			 strerror(errno));
		return -1;
	}
	char map[64];
	/* The same ids inside as outside: files keep their owners. */
	snprintf(map, sizeof map, "%u %u 1\n", (unsigned)uid, (unsigned)uid);
	if (hl_outer_write_file(AT_FDCWD, "/proc/self/setgroups", "deny") && errno != ENOENT) {
		snprintf(err, errsz, "cannot write /proc/self/setgroups: %s", strerror(errno));
		return -1;
	}
	if (hl_outer_write_file(AT_FDCWD, "/proc/self/uid_map", map)) {
		snprintf(err, errsz, "cannot write the uid map: %s", strerror(errno));
		return -1;
	}
	snprintf(map, sizeof map, "%u %u 1\n", (unsigned)gid, (unsigned)gid);
	if (hl_outer_write_file(AT_FDCWD, "/proc/self/gid_map", map)) {
		snprintf(err, errsz, "cannot write the gid map: %s", strerror(errno));
		return -1;
	}
	if (unshare(CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWPID)) {
		snprintf(err, errsz, "cannot create namespaces: %s", strerror(errno));
		return -1;
	}
	return 0;
}

static pid_t child_pid;
static volatile sig_atomic_t end_signal;

/* The signals that end the sandbox when sent to `halite run`. The child is
 * PID 1 of its namespace and installs no handler for them, and the kernel
 * drops such a signal sent to a namespace's init: passed on, it would be
 * lost, and `timeout` or ^C would leave the program running. So the
 * supervisor ends the sandbox itself (SIGKILL to the child ends every
 * process of the namespace) and then dies of the same signal, as the
 * program would have by default. */
static const int end_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

static void on_end_signal(int sig)
{
	int saved = errno; /* the wait loop reads it after EINTR */
	if (!end_signal)
		end_signal = sig;
	if (child_pid > 0)
		kill(child_pid, SIGKILL);
	errno = saved;
}

/* Job control: ^Z (SIGTSTP), and SIGTTIN and SIGTTOU for a background
 * job that touches the terminal, would stop the supervisor alone (the
 * child, as its namespace's init, drops them too), leaving the program
 * running behind a shell that says it stopped. So the supervisor stops
 * the child with SIGSTOP, which the kernel delivers to an init from an
 * ancestor namespace, then itself; SIGCONT (fg, bg, kill -CONT) resumes
 * the supervisor and is passed on. */
static const int job_signals[] = {SIGTSTP, SIGTTIN, SIGTTOU};

static void on_job_stop(int sig)
{
	(void)sig;
	int saved = errno;
	if (child_pid > 0)
		kill(child_pid, SIGSTOP);
	raise(SIGSTOP);
	errno = saved;
}

static void on_continue(int sig)
{
	(void)sig;
	int saved = errno;
	if (child_pid > 0)
		kill(child_pid, SIGCONT);
	errno = saved;
}

/* Installs handler for each of n signals, except those ignored on entry
 * (nohup's SIGHUP, a background job's SIGINT and SIGQUIT), which stay
 * ignored; each blocks the others of its set while it runs. */
static void handle_signals(const int *sigs, size_t n, void (*handler)(int))
{
	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < n; i++)
		sigaddset(&sa.sa_mask, sigs[i]);
	for (size_t i = 0; i < n; i++) {
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
}

/* Dies of sig, the signal that ended the sandbox. */
static void die_of(int sig)
{
	signal(sig, SIG_DFL);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	exit(128 + sig);
}

/* Test builds only (tests/outer/, build/tests/halite-rawsys):
 * HALITE_TEST_CAP_MOVE=fail makes the move into the pids cgroup fail,
 * =delay waits 3 s before it, to show what the sandbox does meanwhile. */
int hl_pids_cgroup_move(struct hl_pids_cgroup *cg, pid_t pid)
{
#ifdef HL_TEST_RAW_SYSCALL
	const char *hook = getenv("HALITE_TEST_CAP_MOVE");
	if (hook && !strcmp(hook, "fail")) {
		errno = EIO;
		return -1;
	}
	if (hook && !strcmp(hook, "delay"))
		sleep(3);
#endif
	int r;
	while ((r = hl_pids_cgroup_add(cg, pid)) && errno == EINTR)
		;
	return r;
}

int hl_outer_supervise(const struct hl_outer *o, struct hl_pids_cgroup *cg, int *thread_gate)
{
	/* The child runs on while the supervisor moves it into the pids
	 * cgroup, which takes one RCU grace period of the kernel (10-30 ms
	 * here, as long as the rest of the start-up and more). Nothing
	 * escapes the cap meanwhile:
	 * - the move takes the whole thread group, every thread made
	 *   before it included, and a clone either completes before the move
	 *   or starts after it, inside (the kernel serializes the two);
	 * - new processes are never made: the runtime makes none, and
	 *   the seccomp filter refuses them (threads only, policy.c);
	 * - the runtime makes no module thread until the supervisor has
	 *   written 'y' to the gate (thread_gate, read by the clone of
	 *   sys_thread.c), so the cap counts every one of them. Only a
	 *   compromised runtime could make threads before the move, which
	 *   then brings them in over the cap, where no further clone succeeds.
	 * If the move fails, the supervisor kills the child and exits 125. */
	int gate[2] = {-1, -1};
	*thread_gate = -1;
	/* A socket, not a pipe: the child may be gone by the time the
	 * supervisor writes, and send's MSG_NOSIGNAL spares it SIGPIPE. */
	if (cg && socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, gate)) {
		fprintf(stderr, "%s: outer sandbox: socketpair: %s\n", o->prog, strerror(errno));
		exit(125);
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "%s: outer sandbox: cannot fork: %s\n", o->prog, strerror(errno));
		exit(125);
	}
	if (pid == 0) {
		/* If the supervisor dies, so does the sandbox. */
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (cg) {
			close(gate[1]);
			*thread_gate = gate[0];
		}
		return 0;
	}
	child_pid = pid;
	int cont = SIGCONT;
	handle_signals(end_signals, sizeof end_signals / sizeof end_signals[0], on_end_signal);
	handle_signals(job_signals, sizeof job_signals / sizeof job_signals[0], on_job_stop);
	handle_signals(&cont, 1, on_continue);
	int cap_failed = 0;
	if (cg) {
		close(gate[0]);
		/* ESRCH: the child has ended already; nothing to cap. */
		cap_failed = hl_pids_cgroup_move(cg, pid) && errno != ESRCH;
		if (cap_failed) {
			fprintf(stderr,
				"%s: outer sandbox: cannot move the process into its pids "
				"cgroup: %s\n",
				o->prog, strerror(errno));
			kill(pid, SIGKILL);
		}
		ssize_t w = send(gate[1], cap_failed ? "n" : "y", 1, MSG_NOSIGNAL);
		(void)w;
		close(gate[1]);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			fprintf(stderr, "%s: outer sandbox: waitpid: %s\n", o->prog, strerror(errno));
			exit(125);
		}
	if (cg)
		hl_pids_cgroup_remove(cg);
	if (cap_failed)
		exit(125);
	if (end_signal && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
		die_of(end_signal);
	if (WIFEXITED(status))
		exit(WEXITSTATUS(status));
	int sig = WTERMSIG(status);
	if (sig == SIGXCPU || (sig == SIGKILL && o->cpu_time > 0))
		fprintf(stderr, "%s: outer sandbox: CPU time limit of %g s exceeded\n", o->prog,
			o->cpu_time);
	else if (sig == SIGSYS)
		fprintf(stderr, "%s: outer sandbox: stopped by the system-call filter\n", o->prog);
	else
		fprintf(stderr, "%s: outer sandbox: the process was killed by signal %d (%s)\n",
			o->prog, sig, strsignal(sig));
	exit(128 + sig);
}

int hl_outer_mounts(char *err, size_t errsz)
{
	const char *root = "/tmp";
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)) {
		snprintf(err, errsz, "cannot make the mounts private: %s", strerror(errno));
		return -1;
	}
	if (mount("halite-root", root, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=64k,mode=0555")) {
		snprintf(err, errsz, "cannot mount the new root: %s", strerror(errno));
		return -1;
	}
	if (mkdir("/tmp/.old", 0700) && errno != EEXIST) {
		/* The tmpfs is mode 0555 but we are its owner: mkdir works
		 * for the owner only with write permission; give it. */
		chmod(root, 0755);
		if (mkdir("/tmp/.old", 0700)) {
			snprintf(err, errsz, "cannot prepare the new root: %s", strerror(errno));
			return -1;
		}
	}
	if (syscall(SYS_pivot_root, root, "/tmp/.old")) {
		snprintf(err, errsz, "cannot change the root: %s", strerror(errno));
		return -1;
	}
	if (chdir("/") || umount2("/.old", MNT_DETACH) || rmdir("/.old")) {
		snprintf(err, errsz, "cannot detach the old root: %s", strerror(errno));
		return -1;
	}
	if (mount(NULL, "/", NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL)) {
		snprintf(err, errsz, "cannot make the new root read-only: %s", strerror(errno));
		return -1;
	}
	if (sethostname("halite", 6)) {
		snprintf(err, errsz, "cannot set the host name: %s", strerror(errno));
		return -1;
	}
	return 0;
}
