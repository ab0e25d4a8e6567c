/* Signals: faults of sandbox code end that sandbox (never the host), a
 * fault inside the runtime's fault-tolerant copy becomes -EFAULT, and the
 * stop signal pulls a thread out of sandbox code when its sandbox ends.
 *
 * Handlers run on a per-thread alternate stack (I3): the sandbox's %rsp
 * may point anywhere in its slot, or be mid-way through a rsp rebase. A
 * signal is attributed to sandbox code exactly when the interrupted %rip
 * lies inside the slot of the thread's current sandbox: runtime code never
 * lives inside a slot. */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

#include "runtime/sandbox.h"

#define ALTSTACK_SIZE (64u * 1024u)

static const int fault_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP};

int hl_stop_signal(void)
{
	return SIGRTMIN + 3;
}

/* The thread whose sandbox code was interrupted, or NULL. */
static struct hl_thread *sandbox_thread(const ucontext_t *uc)
{
	struct hl_thread *t = hl_tls_thread;
	uint64_t rip = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
	if (t && rip - t->base < HV_SANDBOX_SIZE)
		return t;
	return NULL;
}

/* Makes the interrupted thread continue at hl_signal_exit, which returns
 * from its hl_enter. */
static void leave_sandbox(ucontext_t *uc, struct hl_thread *t)
{
	uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)hl_signal_exit;
	uc->uc_mcontext.gregs[REG_RBX] = (greg_t)(uintptr_t)t;
	uc->uc_mcontext.gregs[REG_RSP] = (greg_t)t->host_rsp;
}

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	uint64_t rip = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
	if (rip >= (uint64_t)(uintptr_t)hl_copy_fault_begin &&
	    rip < (uint64_t)(uintptr_t)hl_copy_fault_end) {
		uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)hl_copy_fault_fixup;
		return;
	}
	struct hl_thread *t = sandbox_thread(uc);
	if (!t) {
		/* A fault in the runtime or the host program: not ours to
		 * hide. Return with the default action, so the instruction
		 * faults again and the process dies as it would have. */
		signal(sig, SIG_DFL);
		return;
	}
	struct hl_fault *f = &t->fault;
	memset(f, 0, sizeof *f);
	f->signal = sig;
	f->code = si->si_code;
	f->addr = (uint64_t)(uintptr_t)si->si_addr;
	f->rip = (uint32_t)rip;
	f->rsp = (uint64_t)uc->uc_mcontext.gregs[REG_RSP];
	/* hlt, and other privileged instructions, arrive as SIGSEGV with a
	 * general-protection fault and no address. */
	t->end = HL_T_FAULT;
	leave_sandbox(uc, t);
}

static void on_stop(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)si;
	struct hl_thread *t = sandbox_thread(ctx);
	/* Only a stopping sandbox is left: a late signal (sent just before
	 * its call ended) must not stop whatever this host thread entered
	 * since (the embedding API runs many sandboxes on one thread). */
	if (t && atomic_load(&t->sb->stopping)) {
		t->end = HL_T_STOPPED;
		leave_sandbox(ctx, t);
	}
	/* Otherwise the thread is in the runtime: a blocking host call
	 * returns EINTR (no SA_RESTART), and the dispatcher sees that the
	 * sandbox is stopping. */
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int init_error;

static void install(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof fault_signals / sizeof fault_signals[0]; i++)
		if (sigaction(fault_signals[i], &sa, NULL))
			init_error = errno;
	sa.sa_sigaction = on_stop;
	if (sigaction(hl_stop_signal(), &sa, NULL))
		init_error = errno;
}

int hl_signals_init(void)
{
	pthread_once(&once, install);
	return init_error ? -init_error : 0;
}

int hl_altstack_enter(void **mem)
{
	*mem = NULL;
	stack_t old;
	if (sigaltstack(NULL, &old) == 0 && !(old.ss_flags & SS_DISABLE) &&
	    old.ss_size >= ALTSTACK_SIZE)
		return 0; /* the host thread has one already */
	void *p = mmap(NULL, ALTSTACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1,
		       0);
	if (p == MAP_FAILED)
		return -1;
	stack_t ss = {.ss_sp = p, .ss_size = ALTSTACK_SIZE, .ss_flags = 0};
	if (sigaltstack(&ss, NULL)) {
		munmap(p, ALTSTACK_SIZE);
		return -1;
	}
	*mem = p;
	return 0;
}

void hl_altstack_leave(void *mem)
{
	if (!mem)
		return;
	stack_t ss = {.ss_flags = SS_DISABLE};
	sigaltstack(&ss, NULL);
	munmap(mem, ALTSTACK_SIZE);
}
