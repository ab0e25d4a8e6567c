/* Running a sandbox: the Linux initial stack (argc, argv, envp, auxv) at
 * the top of the main stack, the main thread on the caller's host thread,
 * the --timeout watchdog, and waiting for every thread to end. */
#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "runtime/sandbox.h"

#define TOP (HV_SANDBOX_SIZE - HV_GUARD_SIZE)

/* Writes the initial stack below TOP. Returns the sandbox address of argc,
 * or 0 if the strings do not fit in a quarter of the stack. */
uint64_t hl_build_stack(struct hl_sandbox *sb, char *const argv[], char *const envp[])
{
	uint64_t limit = TOP - sb->cfg.stack_size / 4;
	uint64_t at = TOP - 16;
	size_t argc = 0, envc = 0;
	while (argv && argv[argc])
		argc++;
	while (envp && envp[envc])
		envc++;
	uint64_t *ptrs = calloc(argc + envc + 1, sizeof *ptrs);
	if (!ptrs)
		return 0;
	uint64_t base = (uint64_t)(uintptr_t)sb->base;
	for (size_t i = 0; i < argc + envc; i++) {
		const char *s = i < argc ? argv[i] : envp[i - argc];
		size_t len = strlen(s) + 1;
		if (len > at - limit) {
			free(ptrs);
			return 0;
		}
		at -= len;
		memcpy(sb->base + at, s, len);
		ptrs[i] = base + at;
	}
	at -= 16;
	uint64_t random = at;
	if (getrandom(sb->base + random, 16, 0) != 16)
		memset(sb->base + random, 0x5a, 16);
	at -= 16;
	uint64_t platform = at;
	memcpy(sb->base + platform, "x86_64", 7);

	const struct hl_module *m = sb->mod;
	uint64_t aux[][2] = {
		{AT_PHDR, m->phdr ? base + m->phdr : 0},
		{AT_PHENT, 56},
		{AT_PHNUM, m->phdr ? (uint64_t)(m->image[56] | m->image[57] << 8) : 0},
		{AT_PAGESZ, HL_PAGE},
		{AT_BASE, 0},
		{AT_FLAGS, 0},
		{AT_ENTRY, base + sb->entry},
		{AT_UID, 1000},
		{AT_EUID, 1000},
		{AT_GID, 1000},
		{AT_EGID, 1000},
		{AT_SECURE, 0},
		{AT_RANDOM, base + random},
		{AT_PLATFORM, base + platform},
		{AT_NULL, 0},
	};
	size_t words = 1 + argc + 1 + envc + 1 + 2 * (sizeof aux / sizeof aux[0]);
	at = (at - words * 8) & ~(uint64_t)15;
	if (at < limit) {
		free(ptrs);
		return 0;
	}
	uint64_t *p = (uint64_t *)(sb->base + at);
	*p++ = argc;
	for (size_t i = 0; i < argc; i++)
		*p++ = ptrs[i];
	*p++ = 0;
	for (size_t i = 0; i < envc; i++)
		*p++ = ptrs[argc + i];
	*p++ = 0;
	memcpy(p, aux, sizeof aux);
	free(ptrs);
	return at;
}

static void *watchdog(void *arg)
{
	struct hl_sandbox *sb = arg;
	struct timespec end = hl_deadline(CLOCK_MONOTONIC, sb->cfg.timeout);
	pthread_mutex_lock(&sb->timer_lock);
	int r = 0;
	while (!sb->timer_quit && r != ETIMEDOUT)
		r = pthread_cond_timedwait(&sb->timer_cond, &sb->timer_lock, &end);
	int expired = !sb->timer_quit;
	pthread_mutex_unlock(&sb->timer_lock);
	if (expired) {
		struct hl_result res = {.end = HL_END_TIMEOUT};
		snprintf(res.msg, sizeof res.msg, "timed out after %g s", sb->cfg.timeout);
		hl_sandbox_end(sb, &res);
	}
	return NULL;
}

static void start_watchdog(struct hl_sandbox *sb)
{
	if (sb->cfg.timeout <= 0)
		return;
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_destroy(&sb->timer_cond);
	pthread_cond_init(&sb->timer_cond, &ca);
	pthread_condattr_destroy(&ca);
	sb->have_timer = pthread_create(&sb->timer, NULL, watchdog, sb) == 0;
}

static void stop_watchdog(struct hl_sandbox *sb)
{
	if (!sb->have_timer)
		return;
	pthread_mutex_lock(&sb->timer_lock);
	sb->timer_quit = 1;
	pthread_cond_signal(&sb->timer_cond);
	pthread_mutex_unlock(&sb->timer_lock);
	pthread_join(sb->timer, NULL);
	sb->have_timer = 0;
}

/* Waits until no sandbox thread is left (the reaper, if the sandbox is
 * stopping, pulls them out). */
static void wait_threads(struct hl_sandbox *sb)
{
	pthread_mutex_lock(&sb->lock);
	while (sb->nthreads > 0)
		pthread_cond_wait(&sb->idle, &sb->lock);
	int reaper = sb->have_reaper;
	pthread_mutex_unlock(&sb->lock);
	if (reaper)
		pthread_join(sb->reaper, NULL);
}

void hl_sandbox_run(struct hl_sandbox *sb, char *const argv[], char *const envp[],
		    struct hl_result *res)
{
	memset(res, 0, sizeof *res);
	int r = hl_signals_init();
	uint64_t sp = r ? 0 : hl_build_stack(sb, argv, envp);
	struct hl_thread *t = sp ? hl_thread_new(sb) : NULL;
	if (!t) {
		res->end = HL_END_ERROR;
		snprintf(res->msg, sizeof res->msg, "%s",
			 r ? "cannot install signal handlers"
			   : !sp ? "the arguments and environment do not fit on the stack"
				 : "out of memory");
		return;
	}
	t->regs.rsp = t->base + sp;
	t->regs.rip = t->base + sb->entry;
	pthread_mutex_lock(&sb->lock);
	t->tid = sb->next_tid++;
	t->next = sb->threads;
	sb->threads = t;
	sb->nthreads++;
	pthread_mutex_unlock(&sb->lock);

	start_watchdog(sb);
	hl_thread_run(t);
	/* The main thread is gone; if it left with exit_group or a fault the
	 * sandbox is stopping. Otherwise other threads may still run. */
	wait_threads(sb);
	stop_watchdog(sb);
	hl_thread_free(t);
	*res = sb->result;
	if (!sb->have_result) {
		res->end = HL_END_EXIT;
		res->code = 0;
	}
}

int hl_result_status(const struct hl_result *r)
{
	switch (r->end) {
	case HL_END_EXIT:
		return r->code & 0xff;
	case HL_END_FAULT:
	case HL_END_KILLED:
		return 128 + r->code;
	case HL_END_TIMEOUT:
		return 124;
	default:
		return 125;
	}
}
