/* Process-level system calls: exit, identity, limits, the thread pointer,
 * and signals within the sandbox. A sandbox sees itself as a process with
 * its own pid; it can signal only itself. Signal handlers are recorded but
 * not invoked: a signal whose default action ends a process ends the
 * sandbox, the others are ignored. */
#include <asm/prctl.h>
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>

#include "runtime/sandbox.h"
#include "runtime/syscall.h"

#define GUEST_UID 1000

HL_SYS(exit)
{
	(void)a;
	t->end = HL_T_EXIT;
	return 0;
}

HL_SYS(exit_group)
{
	struct hl_result r = {.end = HL_END_EXIT, .code = (int)(a[0] & 0xff)};
	hl_sandbox_end(t->sb, &r);
	t->end = HL_T_GROUP;
	return 0;
}

HL_SYS(getpid)
{
	(void)a;
	return t->sb->pid;
}

HL_SYS(getppid)
{
	(void)t;
	(void)a;
	return 1;
}

HL_SYS(gettid)
{
	(void)a;
	return t->tid;
}

HL_SYS(getuid)
{
	(void)t;
	(void)a;
	return GUEST_UID;
}

HL_SYS(getgid)
{
	(void)t;
	(void)a;
	return GUEST_UID;
}

HL_SYS(getpgid)
{
	if (a[0] && (int)a[0] != t->sb->pid)
		return -ESRCH;
	return t->sb->pid;
}

HL_SYS(getsid)
{
	return hl_sys_getpgid(t, a);
}

HL_SYS(setsid)
{
	(void)t;
	(void)a;
	return -EPERM;
}

HL_SYS(umask)
{
	struct hl_sandbox *sb = t->sb;
	pthread_mutex_lock(&sb->lock);
	unsigned old = sb->umask;
	sb->umask = (unsigned)a[0] & 0777;
	pthread_mutex_unlock(&sb->lock);
	return old;
}

HL_SYS(uname)
{
	struct utsname u;
	memset(&u, 0, sizeof u);
	strcpy(u.sysname, "Linux");
	strcpy(u.nodename, "halite");
	strcpy(u.release, "6.1.0-halite");
	strcpy(u.version, "#1 SMP halite sandbox");
	strcpy(u.machine, "x86_64");
	strcpy(u.domainname, "(none)");
	return hl_copy_out(t->sb, a[0], &u, sizeof u);
}

/* The limits a sandbox sees (none can be raised). */
static int limit_of(const struct hl_sandbox *sb, unsigned res, struct rlimit *rl)
{
	rl->rlim_cur = rl->rlim_max = RLIM_INFINITY;
	switch (res) {
	case RLIMIT_STACK:
		rl->rlim_cur = rl->rlim_max = sb->cfg.stack_size;
		break;
	case RLIMIT_NOFILE:
		rl->rlim_cur = rl->rlim_max = HL_FD_MAX;
		break;
	case RLIMIT_NPROC:
		rl->rlim_cur = rl->rlim_max = sb->cfg.max_threads;
		break;
	case RLIMIT_AS:
	case RLIMIT_DATA:
		if (sb->cfg.memory_limit)
			rl->rlim_cur = rl->rlim_max = sb->cfg.memory_limit;
		break;
	case RLIMIT_CORE:
		rl->rlim_cur = rl->rlim_max = 0;
		break;
	default:
		if (res >= RLIM_NLIMITS)
			return -EINVAL;
	}
	return 0;
}

HL_SYS(prlimit64)
{
	struct hl_sandbox *sb = t->sb;
	if (a[0] && (int)a[0] != sb->pid)
		return -ESRCH;
	struct rlimit rl;
	int r = limit_of(sb, (unsigned)a[1], &rl);
	if (r)
		return r;
	if (a[2]) {
		struct rlimit want;
		if (hl_copy_in(sb, &want, a[2], sizeof want))
			return -EFAULT;
		if (want.rlim_cur > rl.rlim_max || want.rlim_max > rl.rlim_max)
			return -EPERM;
		/* Lowering is accepted but not recorded. */
	}
	return a[3] ? hl_copy_out(sb, a[3], &rl, sizeof rl) : 0;
}

HL_SYS(getrlimit)
{
	const uint64_t b[6] = {0, a[0], 0, a[1], 0, 0};
	return hl_sys_prlimit64(t, b);
}

HL_SYS(arch_prctl)
{
	switch (a[0]) {
	case ARCH_SET_FS:
		t->tp = a[1];
		return 0;
	case ARCH_GET_FS:
		return hl_copy_out(t->sb, a[1], &t->tp, 8);
	default:
		return -EINVAL;
	}
}

HL_SYS(set_tid_address)
{
	t->clear_child_tid = a[0];
	return t->tid;
}

HL_SYS(set_robust_list)
{
	(void)t;
	return a[1] == 24 ? 0 : -EINVAL;
}

/* Signals whose default action is to ignore them. */
static int ignored_by_default(int sig)
{
	return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT;
}

/* Delivers sig to the sandbox itself. */
static int64_t signal_self(struct hl_thread *t, int sig)
{
	if (sig < 0 || sig > 64)
		return -EINVAL;
	if (sig == 0 || ignored_by_default(sig) || sig == SIGSTOP || sig == SIGTSTP ||
	    sig == SIGTTIN || sig == SIGTTOU)
		return 0;
	struct hl_result r = {.end = HL_END_KILLED, .code = sig};
	snprintf(r.msg, sizeof r.msg, "killed by SIG%s (sent by the module to itself)",
		 sigabbrev_np(sig) ? sigabbrev_np(sig) : "?");
	hl_sandbox_end(t->sb, &r);
	t->end = HL_T_GROUP;
	return 0;
}

HL_SYS(kill)
{
	int pid = (int)a[0];
	if (pid != t->sb->pid && pid != 0 && pid != -1 && pid != -t->sb->pid)
		return -ESRCH;
	return signal_self(t, (int)a[1]);
}

/* Whether tid names a live thread of the sandbox. */
static int own_tid(struct hl_sandbox *sb, int tid)
{
	pthread_mutex_lock(&sb->lock);
	int found = 0;
	for (struct hl_thread *x = sb->threads; x; x = x->next)
		found |= x->tid == tid;
	pthread_mutex_unlock(&sb->lock);
	return found;
}

HL_SYS(tkill)
{
	if (!own_tid(t->sb, (int)a[0]))
		return -ESRCH;
	return signal_self(t, (int)a[1]);
}

HL_SYS(tgkill)
{
	if ((int)a[0] != t->sb->pid || !own_tid(t->sb, (int)a[1]))
		return -ESRCH;
	return signal_self(t, (int)a[2]);
}

HL_SYS(rt_sigaction)
{
	struct hl_sandbox *sb = t->sb;
	int sig = (int)a[0];
	if (sig < 1 || sig > 64 || a[3] != 8)
		return -EINVAL;
	uint64_t act[4];
	if (a[1]) {
		if (sig == SIGKILL || sig == SIGSTOP)
			return -EINVAL;
		if (hl_copy_in(sb, act, a[1], sizeof act))
			return -EFAULT;
	}
	pthread_mutex_lock(&sb->lock);
	uint64_t old[4];
	memcpy(old, sb->sigact[sig], sizeof old);
	if (a[1])
		memcpy(sb->sigact[sig], act, sizeof act);
	pthread_mutex_unlock(&sb->lock);
	return a[2] ? hl_copy_out(sb, a[2], old, sizeof old) : 0;
}

HL_SYS(rt_sigprocmask)
{
	if (a[3] != 8)
		return -EINVAL;
	uint64_t set = 0, old = t->sigmask;
	if (a[1] && hl_copy_in(t->sb, &set, a[1], 8))
		return -EFAULT;
	if (a[1]) {
		switch (a[0]) {
		case SIG_BLOCK:
			t->sigmask |= set;
			break;
		case SIG_UNBLOCK:
			t->sigmask &= ~set;
			break;
		case SIG_SETMASK:
			t->sigmask = set;
			break;
		default:
			return -EINVAL;
		}
	}
	return a[2] ? hl_copy_out(t->sb, a[2], &old, 8) : 0;
}

HL_SYS(sigaltstack)
{
	stack_t none = {.ss_flags = SS_DISABLE};
	return a[1] ? hl_copy_out(t->sb, a[1], &none, sizeof none) : 0;
}

HL_SYS(sched_getaffinity)
{
	if (a[0] && (int)a[0] != t->sb->pid && !own_tid(t->sb, (int)a[0]))
		return -ESRCH;
	cpu_set_t set;
	CPU_ZERO(&set);
	if (sched_getaffinity(0, sizeof set, &set))
		return -errno;
	size_t n = a[1] < sizeof set ? (size_t)a[1] : sizeof set;
	if (n < 8 || (n & 7))
		return -EINVAL;
	int r = hl_copy_out(t->sb, a[2], &set, n);
	return r ? r : (int64_t)n;
}

HL_SYS(getrusage)
{
	struct rusage ru;
	memset(&ru, 0, sizeof ru);
	int who = (int)a[0];
	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN && who != RUSAGE_THREAD)
		return -EINVAL;
	if (who == RUSAGE_THREAD)
		getrusage(RUSAGE_THREAD, &ru);
	return hl_copy_out(t->sb, a[1], &ru, sizeof ru);
}

HL_SYS(sysinfo)
{
	struct sysinfo si;
	if (sysinfo(&si))
		return -errno;
	struct hl_sandbox *sb = t->sb;
	uint64_t total = sb->cfg.memory_limit ? sb->cfg.memory_limit : HV_SANDBOX_SIZE;
	pthread_mutex_lock(&sb->lock);
	uint64_t used = sb->mem.committed;
	pthread_mutex_unlock(&sb->lock);
	struct sysinfo out;
	memset(&out, 0, sizeof out);
	out.uptime = si.uptime;
	memcpy(out.loads, si.loads, sizeof out.loads);
	out.totalram = total;
	out.freeram = used < total ? total - used : 0;
	out.procs = (unsigned short)sb->nthreads;
	out.mem_unit = 1;
	return hl_copy_out(sb, a[0], &out, sizeof out);
}

HL_SYS(prctl)
{
	switch (a[0]) {
	case PR_SET_NAME:
		return 0;
	case PR_GET_NAME:
		return hl_copy_out(t->sb, a[1], "halite\0\0\0\0\0\0\0\0\0", 16);
	default:
		return -EINVAL;
	}
}
