/* Call time limits and halite_interrupt: one watchdog thread per process,
 * started the first time an instance gets a time limit or an interrupt.
 *
 * A call with a time limit stores its deadline in inst->deadline (an
 * atomic, no lock) and wakes the watchdog only if the watchdog would sleep
 * past it; the steady state of repeated calls costs a clock read and two
 * atomic operations. The watchdog sleeps until the earliest deadline of
 * the instances on its list. A deadline is claimed by exactly one side
 * with a compare-and-swap: the call when it returns in time (deadline ->
 * 0), or the watchdog (deadline -> EMBED_DEADLINE_FIRED), which then stops
 * the instance.
 *
 * Stopping uses the runtime's stop signal (src/runtime/fault.c): the
 * sandbox is marked stopping, and the host thread inside the instance is
 * sent the signal while it runs the module. In sandbox code the handler
 * makes hl_enter return; in the runtime a blocking system call returns
 * EINTR and the dispatcher leaves; a host callback is not signalled: the
 * dispatcher sees the request when it returns.
 * One signal can arrive just before the thread enters the sandbox, so the
 * watchdog resends it every 2 ms until the call has left. */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "embed/embed.h"

#define RESEND_NS (2u * 1000u * 1000u)

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond;
static pthread_t thread;
static int started;
static struct halite_instance *list;
/* When the watchdog wakes next (CLOCK_MONOTONIC ns); 0 while it scans;
 * UINT64_MAX when it waits for work. */
static _Atomic uint64_t next_wake = UINT64_MAX;

uint64_t embed_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Only while the thread runs the module: in a host callback the call
 * ends when the callback returns (and a signal would make the host's
 * blocking system calls fail with EINTR). */
static void signal_owner(struct halite_instance *inst)
{
	int tid = embed_inside(inst);
	if (tid && atomic_load(&inst->running))
		syscall(SYS_tgkill, getpid(), tid, hl_stop_signal());
}

void embed_request_stop(struct halite_instance *inst, int reason)
{
	int none = 0;
	atomic_compare_exchange_strong(&inst->stop_req, &none, reason);
	atomic_store(&inst->sb->stopping, 1);
	atomic_fetch_or(&inst->slow, EMBED_SLOW_STOP);
	signal_owner(inst);
}

static void *watchdog(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&lock);
	for (;;) {
		atomic_store(&next_wake, 0);
		uint64_t now = embed_now_ns(), next = UINT64_MAX;
		for (struct halite_instance *i = list; i; i = i->wd_next) {
			uint64_t d = atomic_load(&i->deadline);
			if (d > EMBED_DEADLINE_FIRED && d <= now &&
			    atomic_compare_exchange_strong(&i->deadline, &d, EMBED_DEADLINE_FIRED))
				embed_request_stop(i, HALITE_ERR_TIMEOUT);
			else if (d > EMBED_DEADLINE_FIRED && d < next)
				next = d;
			/* Until the call has seen the request. */
			if (atomic_load(&i->stop_req) && !embed_dead(i) && embed_inside(i)) {
				signal_owner(i);
				if (now + RESEND_NS < next)
					next = now + RESEND_NS;
			}
		}
		atomic_store(&next_wake, next);
		if (next == UINT64_MAX) {
			pthread_cond_wait(&cond, &lock);
		} else {
			struct timespec ts = {.tv_sec = (time_t)(next / 1000000000u),
					      .tv_nsec = (long)(next % 1000000000u)};
			pthread_cond_timedwait(&cond, &lock, &ts);
		}
	}
	return NULL;
}

/* Called with lock held. */
static int start(void)
{
	if (started)
		return 0;
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&cond, &ca);
	pthread_condattr_destroy(&ca);
	/* The watchdog must not take the stop signal itself, nor any other
	 * signal the host handles on its own threads. */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64u * 1024u);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	int r = pthread_create(&thread, &attr, watchdog, NULL);
	pthread_attr_destroy(&attr);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (r) {
		pthread_cond_destroy(&cond);
		return HALITE_ERR_NOMEM;
	}
	started = 1;
	return 0;
}

int embed_watch(struct halite_instance *inst)
{
	pthread_mutex_lock(&lock);
	int r = start();
	if (!r && !inst->listed) {
		inst->wd_prev = NULL;
		inst->wd_next = list;
		if (list)
			list->wd_prev = inst;
		list = inst;
		inst->listed = 1;
	}
	pthread_mutex_unlock(&lock);
	return r;
}

void embed_unwatch(struct halite_instance *inst)
{
	pthread_mutex_lock(&lock);
	if (inst->listed) {
		if (inst->wd_prev)
			inst->wd_prev->wd_next = inst->wd_next;
		else
			list = inst->wd_next;
		if (inst->wd_next)
			inst->wd_next->wd_prev = inst->wd_prev;
		inst->listed = 0;
	}
	pthread_mutex_unlock(&lock);
}

void embed_deadline_set(uint64_t deadline)
{
	/* 0: the watchdog is scanning and may have missed the deadline. */
	uint64_t w = atomic_load(&next_wake);
	if (w == 0 || deadline < w)
		embed_wake_watchdog();
}

void embed_wake_watchdog(void)
{
	pthread_mutex_lock(&lock);
	if (started)
		pthread_cond_signal(&cond);
	pthread_mutex_unlock(&lock);
}
