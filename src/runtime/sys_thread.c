/* Threads: clone (threads only: no fork), futex, sched_yield. Each sandbox
 * thread runs on its own host thread; futexes are the host kernel's, on
 * the words' host addresses inside the slot. */
#include <errno.h>
#include <linux/futex.h>
#include <sched.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "runtime/sandbox.h"
#include "runtime/syscall.h"

/* What musl's pthread_create passes; other clones (fork, vfork) are not
 * supported. */
#define CLONE_REQUIRED \
	(CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM)
#define CLONE_OPTIONAL \
	(CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID | CLONE_CHILD_SETTID | CLONE_DETACHED)

#define HOST_STACK (256u * 1024u)

static void *child_main(void *arg)
{
	struct hl_thread *t = arg;
	hl_thread_run(t);
	hl_thread_free(t);
	return NULL;
}

/* Whether threads may be made (struct hl_config, thread_gate). The first
 * clone reads the gate, which may wait for the outer sandbox to finish
 * putting the process under its task cap. No lock: only the sandbox's
 * one thread can make the first clone, and every later one comes after
 * it (from that thread or from one it made). */
static int thread_gate_open(struct hl_sandbox *sb)
{
	if (sb->cfg.thread_gate < 0 || sb->thread_gate > 0)
		return 1;
	if (sb->thread_gate == 0) {
		char c = 0;
		ssize_t n;
		while ((n = read(sb->cfg.thread_gate, &c, 1)) < 0 && errno == EINTR)
			;
		sb->thread_gate = n == 1 && c == 'y' ? 1 : -1;
	}
	return sb->thread_gate > 0;
}

HL_SYS(clone)
{
	struct hl_sandbox *sb = t->sb;
	uint64_t flags = a[0];
	if ((flags & CLONE_REQUIRED) != CLONE_REQUIRED)
		return -ENOSYS; /* a new process: not in a sandbox */
	if (flags & ~(uint64_t)(CLONE_REQUIRED | CLONE_OPTIONAL))
		return -EINVAL;
	if (!a[1])
		return -EINVAL; /* a thread needs its own stack */
	if (!thread_gate_open(sb))
		return -EAGAIN;
	struct hl_thread *c = hl_thread_new(sb);
	if (!c)
		return -EAGAIN;
	/* The child continues where the parent does, with the same
	 * registers and vector state, but %rax = 0 and its own stack. */
	c->regs = t->regs;
	c->regs.rax = 0;
	c->regs.rsp = t->base + (uint32_t)a[1];
	c->regs.rip = t->base + ((uint32_t)t->regs.rip & ~(uint32_t)(HL_BUNDLE - 1));
	memcpy((void *)(uintptr_t)c->xsave, (void *)(uintptr_t)t->xsave, c->xsave_size);
	c->tp = flags & CLONE_SETTLS ? a[4] : t->tp;
	c->clear_child_tid = flags & CLONE_CHILD_CLEARTID ? a[3] : 0;

	pthread_mutex_lock(&sb->lock);
	if (sb->nthreads >= sb->cfg.max_threads || atomic_load(&sb->stopping)) {
		pthread_mutex_unlock(&sb->lock);
		hl_thread_free(c);
		return -EAGAIN;
	}
	c->tid = sb->next_tid++;
	pthread_mutex_unlock(&sb->lock);

	uint32_t tid = (uint32_t)c->tid;
	if ((flags & CLONE_PARENT_SETTID) && hl_copy_out(sb, a[2], &tid, 4)) {
		hl_thread_free(c);
		return -EFAULT;
	}
	if ((flags & CLONE_CHILD_SETTID) && hl_copy_out(sb, a[3], &tid, 4)) {
		hl_thread_free(c);
		return -EFAULT;
	}

	pthread_mutex_lock(&sb->lock);
	c->next = sb->threads;
	sb->threads = c;
	sb->nthreads++;
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, HOST_STACK);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	int r = pthread_create(&c->host, &attr, child_main, c);
	pthread_attr_destroy(&attr);
	if (r) {
		sb->threads = c->next;
		sb->nthreads--;
		pthread_mutex_unlock(&sb->lock);
		hl_thread_free(c);
		return -EAGAIN;
	}
	pthread_mutex_unlock(&sb->lock);
	return tid;
}

/* A futex word: 4-byte aligned, inside the slot. */
static uint32_t *futex_word(const struct hl_sandbox *sb, uint64_t ptr)
{
	if (ptr & 3)
		return NULL;
	return hl_range(sb, ptr, 4);
}

HL_SYS(futex)
{
	struct hl_sandbox *sb = t->sb;
	int op = (int)a[1];
	int cmd = op & FUTEX_CMD_MASK;
	if (op & ~(FUTEX_CMD_MASK | FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME))
		return -ENOSYS;
	uint32_t *uaddr = futex_word(sb, a[0]);
	if (!uaddr)
		return -EINVAL;
	struct timespec ts, *tsp = NULL;
	uint32_t *uaddr2 = NULL;
	uint64_t val2 = 0;
	switch (cmd) {
	case FUTEX_WAIT:
	case FUTEX_WAIT_BITSET:
		if (a[3]) {
			if (hl_copy_in(sb, &ts, a[3], sizeof ts))
				return -EFAULT;
			tsp = &ts;
		}
		break;
	case FUTEX_WAKE:
	case FUTEX_WAKE_BITSET:
		break;
	case FUTEX_REQUEUE:
	case FUTEX_CMP_REQUEUE:
	case FUTEX_WAKE_OP:
		uaddr2 = futex_word(sb, a[4]);
		if (!uaddr2)
			return -EINVAL;
		val2 = a[3]; /* a count, passed in the timeout argument */
		break;
	default:
		return -ENOSYS;
	}
	return hl_ret(syscall(SYS_futex, uaddr, op, (uint32_t)a[2],
			      tsp ? (void *)tsp : (void *)(uintptr_t)val2, uaddr2, (uint32_t)a[5]));
}

HL_SYS(sched_yield)
{
	(void)t;
	(void)a;
	sched_yield();
	return 0;
}
