/* Sandbox threads: each runs on its own host thread, entered through
 * hl_enter (entry.S) and left when it exits, faults or is stopped. */
#include <asm/prctl.h>
#include <cpuid.h>
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <stddef.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "runtime/sandbox.h"

_Static_assert(offsetof(struct hl_thread, host_rsp) == T_HOST_RSP, "layout");
_Static_assert(offsetof(struct hl_thread, base) == T_BASE, "layout");
_Static_assert(offsetof(struct hl_thread, tp) == T_TP, "layout");
_Static_assert(offsetof(struct hl_thread, xsave) == T_XSAVE, "layout");
_Static_assert(offsetof(struct hl_thread, regs) == T_REGS, "layout");
_Static_assert(offsetof(struct hl_thread, call_xmm) == T_CALL_XMM, "layout");
_Static_assert(offsetof(struct hl_thread, ret_xmm0) == T_RET_XMM0, "layout");
_Static_assert(offsetof(struct hl_thread, host_mxcsr) == T_HOST_MXCSR, "layout");
_Static_assert(offsetof(struct hl_thread, host_fpucw) == T_HOST_FPUCW, "layout");
_Static_assert(offsetof(struct hl_thread, call_nxmm) == T_CALL_NXMM, "layout");
_Static_assert(offsetof(struct hl_thread, sb_mxcsr) == T_SB_MXCSR, "layout");
_Static_assert(offsetof(struct hl_thread, sb_fpucw) == T_SB_FPUCW, "layout");
_Static_assert(offsetof(struct hl_thread, x87_free) == T_X87_FREE, "layout");
_Static_assert(offsetof(struct hl_thread, mxcsr_free) == T_MXCSR_FREE, "layout");
_Static_assert(offsetof(struct hl_thread, end) == T_END, "layout");
_Static_assert(HL_T_YIELD == T_END_YIELD && HL_T_RUNNING == T_END_RUNNING &&
		   sizeof(enum hl_thread_end) == 4,
	       "layout");
_Static_assert(offsetof(struct hl_regs, r11) == R_R11, "layout");
_Static_assert(offsetof(struct hl_regs, rip) == R_RIP, "layout");
_Static_assert(offsetof(struct hl_regs, rflags) == R_RFLAGS, "layout");

#ifndef HWCAP2_FSGSBASE
#define HWCAP2_FSGSBASE (1 << 1)
#endif

/* Bytes of the XSAVE area for the components in HL_XSAVE_MASK that the OS
 * enabled (CPUID leaf 0xd, sub-leaf 0, EBX). */
static size_t xsave_size(void)
{
	unsigned a, b, c, d;
	if (!__get_cpuid_count(0xd, 0, &a, &b, &c, &d) || b < 576)
		return 4096;
	return b;
}

static size_t xsave_bytes; /* xsave_size(), set by cpu_init */

/* hl_xsave_init saved the control words a new thread starts with, but also
 * whatever the host's vector registers held: clear them, so that no host
 * data reaches the sandbox. Standard format: x87 registers at 32..159, XMM
 * registers at 160..415, XSTATE_BV at 512. The AVX and AVX-512 components
 * are marked initial (zero): XRSTOR loads them as zeros. */
static void xsave_clear_regs(uint8_t *x)
{
	memset(x + 32, 0, 416 - 32);
	uint64_t bv;
	memcpy(&bv, x + 512, 8);
	bv &= 3; /* x87, SSE */
	memcpy(x + 512, &bv, 8);
}

unsigned char hl_cpu_avx;

/* Looked up once (CPUID is slow, and very slow in a virtual machine): the
 * XSAVE area's size, and AVX: the CPU has it and the kernel saves its
 * state (XCR0 bits 1, 2). */
static void cpu_init(void)
{
	xsave_bytes = xsave_size();
	unsigned a, b, c, d;
	if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 27)) || !(c & (1u << 28)))
		return;
	unsigned lo, hi;
	__asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
	hl_cpu_avx = (lo & 6) == 6;
}

void hl_cpu_probe(void)
{
	static pthread_once_t cpu_once = PTHREAD_ONCE_INIT;
	pthread_once(&cpu_once, cpu_init);
}

struct hl_thread *hl_thread_new(struct hl_sandbox *sb)
{
	hl_cpu_probe();
	struct hl_thread *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->host_mxcsr = 0x1f80;
	t->host_fpucw = 0x37f;
	size_t size = xsave_bytes;
	t->xsave_mem = calloc(1, size + 64);
	if (!t->xsave_mem) {
		free(t);
		return NULL;
	}
	t->xsave_size = size;
	t->xsave = ((uint64_t)(uintptr_t)t->xsave_mem + 63) & ~(uint64_t)63;
	hl_xsave_init((void *)(uintptr_t)t->xsave);
	xsave_clear_regs((uint8_t *)(uintptr_t)t->xsave);
	t->sb = sb;
	t->base = (uint64_t)(uintptr_t)sb->base;
	t->regs.r14 = t->base;
	t->regs.rflags = 0x202; /* IF, and the reserved bit 1 */
	return t;
}

void hl_thread_free(struct hl_thread *t)
{
	if (t) {
		free(t->xsave_mem);
		free(t);
	}
}

/* hl_tls_gs_base is defined in entry.S, next to hl_tls_thread. No slot
 * base is odd: a new thread, whose %gs base the kernel copied from the
 * thread that made it, always writes its own. */

void hl_set_gs_base_slow(uint64_t base)
{
	/* FSGSBASE looked up once. */
	hl_tls_gs_base = base;
	static atomic_int fsgsbase = -1;
	int have = atomic_load_explicit(&fsgsbase, memory_order_relaxed);
	if (have < 0) {
		have = (getauxval(AT_HWCAP2) & HWCAP2_FSGSBASE) != 0;
		atomic_store_explicit(&fsgsbase, have, memory_order_relaxed);
	}
	if (have)
		__asm__ volatile("wrgsbase %0" ::"r"(base) : "memory");
	else
		syscall(SYS_arch_prctl, ARCH_SET_GS, base);
}

/* CLONE_CHILD_CLEARTID: zero the word and wake a joiner. The sandbox may
 * wait with a private or a shared futex: wake both kinds. */
static void clear_child_tid(struct hl_thread *t)
{
	uint64_t ptr = t->clear_child_tid;
	uint32_t zero = 0;
	if (!ptr || (ptr & 3) || hl_copy_out(t->sb, ptr, &zero, 4))
		return;
	void *addr = hl_host(t->sb, ptr);
	syscall(SYS_futex, addr, FUTEX_WAKE, INT_MAX, NULL, NULL, 0);
	syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
}

/* Best-effort stack scan for return addresses: a word that points into
 * the code just after a call instruction (direct, or the register form
 * of R7). halite-cc leaves calls anywhere in their bundle (the return
 * rounds up), so the address need not be a bundle start. */
static void backtrace_scan(struct hl_thread *t)
{
	struct hl_fault *f = &t->fault;
	const struct hl_elf *e = &t->sb->mod->elf;
	f->frames[f->nframes++] = f->rip;
	uint64_t sp = f->rsp & ~7ull;
	for (unsigned i = 0; i < 8192 && f->nframes < HL_BACKTRACE_MAX; i++, sp += 8) {
		uint64_t w;
		if (hl_copy_in(t->sb, &w, sp, 8))
			break;
		uint64_t a = (uint32_t)w;
		if (w - t->base >= HV_SANDBOX_SIZE || a < 8)
			continue;
		int in_code = 0;
		for (unsigned s = 0; s < e->nsegs; s++)
			if ((e->seg[s].flags & HL_SEG_X) && a > e->seg[s].vaddr &&
			    a <= e->seg[s].vaddr + e->seg[s].memsz)
				in_code = 1;
		uint8_t b[5];
		if (!in_code || hl_copy_in(t->sb, b, a - 5, 5))
			continue;
		int call = b[0] == 0xe8 || (b[3] == 0xff && (b[4] & 0xf8) == 0xd0) ||
			   (b[2] == 0x41 && b[3] == 0xff && (b[4] & 0xf8) == 0xd0);
		if (call)
			f->frames[f->nframes++] = a;
	}
}

/* After a fault: what a report needs, read now that we are back in
 * ordinary host context (reads of sandbox memory may fault safely). */
void hl_describe_fault(struct hl_thread *t)
{
	struct hl_fault *f = &t->fault;
	f->insn_len = 0;
	for (unsigned n = sizeof f->insn; n > 0; n--)
		if (!hl_copy_in(t->sb, f->insn, f->rip, n)) {
			f->insn_len = n;
			break;
		}
	uint64_t a = f->addr - t->base;
	if (f->signal == SIGSEGV && f->addr >= t->base && a < HV_SANDBOX_SIZE &&
	    a + 65536 >= (uint32_t)f->rsp && a < (uint32_t)f->rsp + 64 &&
	    !hl_mem_is_mapped(t->sb, a & ~(uint64_t)(HL_PAGE - 1), HL_PAGE, 0))
		f->stack_overflow = 1;
	backtrace_scan(t);
}

void hl_thread_run(struct hl_thread *t)
{
	struct hl_sandbox *sb = t->sb;
	void *alt = NULL;
	t->host_tid = (int)syscall(SYS_gettid);
	if (hl_altstack_enter(&alt) < 0) {
		t->end = HL_T_STOPPED;
		struct hl_result r = {.end = HL_END_ERROR};
		snprintf(r.msg, sizeof r.msg, "cannot set up a signal stack");
		hl_sandbox_end(sb, &r);
	} else if (!atomic_load(&sb->stopping)) {
		hl_set_gs_base(t->base);
		hl_enter(t);
	} else {
		t->end = HL_T_STOPPED;
	}
	hl_altstack_leave(alt);

	struct hl_result r = {0};
	switch (t->end) {
	case HL_T_FAULT:
		hl_describe_fault(t);
		r.end = HL_END_FAULT;
		r.code = t->fault.signal;
		r.fault = t->fault;
		hl_sandbox_end(sb, &r);
		break;
	case HL_T_RESERVED:
	case HL_T_YIELD: /* runtime call 2 from a thread the host does not serve */
		r.end = HL_END_ERROR;
		snprintf(r.msg, sizeof r.msg,
			 "the module called a reserved runtime-call entry (from sandbox address 0x%llx)",
			 (unsigned long long)(uint32_t)t->regs.rip);
		hl_sandbox_end(sb, &r);
		break;
	case HL_T_EXIT:
		clear_child_tid(t);
		break;
	default:
		break;
	}

	pthread_mutex_lock(&sb->lock);
	for (struct hl_thread **p = &sb->threads; *p; p = &(*p)->next)
		if (*p == t) {
			*p = t->next;
			break;
		}
	sb->nthreads--;
	/* Linux: a process whose last thread calls exit() ends with that
	 * thread's code. */
	if (sb->nthreads == 0 && !sb->have_result && t->end == HL_T_EXIT) {
		sb->have_result = 1;
		sb->result.end = HL_END_EXIT;
		sb->result.code = (int)(t->regs.rdi & 0xff);
	}
	pthread_cond_broadcast(&sb->idle);
	pthread_mutex_unlock(&sb->lock);
}

/* Once a sandbox is stopping, signals its threads every 20 ms until none
 * is left: a thread in the runtime may miss one signal (it arrives just
 * before the thread blocks in the host kernel), never all of them. */
static void *reaper(void *arg)
{
	struct hl_sandbox *sb = arg;
	pthread_mutex_lock(&sb->lock);
	while (sb->nthreads > 0) {
		hl_signal_threads(sb);
		struct timespec ts = hl_deadline(CLOCK_REALTIME, 0.020);
		pthread_cond_timedwait(&sb->idle, &sb->lock, &ts);
	}
	pthread_mutex_unlock(&sb->lock);
	return NULL;
}

void hl_sandbox_end(struct hl_sandbox *sb, const struct hl_result *res)
{
	pthread_mutex_lock(&sb->lock);
	if (!sb->have_result) {
		sb->have_result = 1;
		sb->result = *res;
	}
	atomic_store(&sb->stopping, 1);
	/* Nobody to pull out when the caller is the sandbox's last thread. */
	int alone = sb->nthreads == 1 && hl_tls_thread && hl_tls_thread->sb == sb;
	if (!sb->have_reaper && !alone)
		sb->have_reaper = pthread_create(&sb->reaper, NULL, reaper, sb) == 0;
	pthread_cond_broadcast(&sb->idle);
	pthread_mutex_unlock(&sb->lock);
}

/* Sends the stop signal to every thread of sb but the caller's. Called
 * with sb->lock held. */
void hl_signal_threads(struct hl_sandbox *sb)
{
	int self = (int)syscall(SYS_gettid);
	for (struct hl_thread *t = sb->threads; t; t = t->next)
		if (t->host_tid && t->host_tid != self)
			syscall(SYS_tgkill, getpid(), t->host_tid, hl_stop_signal());
}

void hl_rtcall_reserved_entry(struct hl_thread *t)
{
	t->end = HL_T_RESERVED;
}

/* The continuation of a runtime call came from the sandbox: a bundle
 * start in the slot (docs/abi.md R7). */
static void mask_continuation(struct hl_thread *t)
{
	t->regs.rip = t->base + ((uint32_t)t->regs.rip & ~(uint32_t)(HL_BUNDLE - 1));
}

int hl_callback_entry(struct hl_thread *t)
{
	mask_continuation(t);
	if (!t->sb->callback) {
		t->end = HL_T_RESERVED;
		return 1;
	}
	return t->sb->callback(t);
}
