/* The runtime-call stubs (stubs.h). A runtime call arrives with only %r11
 * free, so its first instructions must address the host's thread-local
 * words as %fs:OFFSET with OFFSET an immediate. The words use the
 * initial-exec TLS model: OFFSET is the same in every thread, but in
 * libhalite.so it is only known once the library is loaded. Rather than
 * patch the library's text (a text relocation: writable code), the entry
 * code exists as templates in read-only data (entry.S, "Templates"), and
 * this file copies them into a page of their own once per process, writes
 * the offsets and the bodies' addresses into the sites the templates list,
 * and makes the page read-execute before any table points at it: the page
 * is never writable and executable at once, and never writable again. It
 * lies outside every slot, like all runtime code (fault.c tells sandbox
 * code from runtime code by the slot). */
#include "runtime/stubs.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "runtime/sandbox.h"

/* The sites of entry.S: the 4 bytes (disp32) or 8 bytes (imm64) before
 * `end`, an offset from hl_stub_templates. */
struct site {
	uint32_t end, kind;
};
enum { SITE_THREAD = 1, SITE_SCRATCH, SITE_LINK, SITE_TARGET };

extern const unsigned char hl_stub_templates[], hl_stub_prologue[], hl_stub_prologue_end[],
    hl_stub_tp_bmi2[], hl_stub_tp_bmi2_end[], hl_stub_tp[], hl_stub_tp_end[], hl_stub_yield_avx[],
    hl_stub_yield_avx_end[], hl_stub_yield[], hl_stub_yield_end[], hl_stub_yield_avx_x87_free[],
    hl_stub_yield_avx_x87_free_end[], hl_stub_yield_x87_free[], hl_stub_yield_x87_free_end[];
extern const struct site hl_stub_sites[], hl_stub_sites_end[];
extern char hl_rtcall_syscall_body[], hl_rtcall_callback_body[], hl_rtcall_reserved_body[];
/* Only in test builds (entry.S with HL_TEST_RAW_SYSCALL); hidden, so it is
 * never looked up outside the library. */
extern char hl_rtcall_raw_body[] __attribute__((weak, visibility("hidden")));
extern __thread uint64_t hl_tls_scratch __attribute__((tls_model("initial-exec")));
extern __thread uint64_t hl_tls_link __attribute__((tls_model("initial-exec")));

#define SLOT 192 /* bytes per stub in the page, a multiple of the bundle (7 stubs) */

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int error;
static uint64_t stubs[HL_RT_N];

/* The word's offset from the thread pointer, as a disp32. */
static int tls_disp(const void *word, int32_t *disp)
{
	intptr_t d = (intptr_t)word - (intptr_t)__builtin_thread_pointer();
	if (d < INT32_MIN || d > INT32_MAX)
		return -1;
	*disp = (int32_t)d;
	return 0;
}

/* Copies the template [t, t_end) to dst and patches its sites. */
static int place(uint8_t *dst, const unsigned char *t, const unsigned char *t_end,
		 const int32_t disp[SITE_TARGET], uint64_t target)
{
	size_t lo = (size_t)(t - hl_stub_templates), hi = (size_t)(t_end - hl_stub_templates);
	if (hi - lo > SLOT)
		return -1;
	memcpy(dst, t, hi - lo);
	for (const struct site *s = hl_stub_sites; s < hl_stub_sites_end; s++) {
		if (s->end <= lo || s->end > hi)
			continue;
		uint8_t *at = dst + (s->end - lo);
		if (s->kind == SITE_TARGET)
			memcpy(at - 8, &target, 8);
		else if (s->kind >= SITE_THREAD && s->kind < SITE_TARGET)
			memcpy(at - 4, &disp[s->kind], 4);
		else
			return -1;
	}
	return 0;
}

static int bmi2(void)
{
	__builtin_cpu_init(); /* may run before libgcc's constructor did */
	return __builtin_cpu_supports("bmi2");
}

static void make(void)
{
	int32_t disp[SITE_TARGET] = {0};
	if (tls_disp(&hl_tls_thread, &disp[SITE_THREAD]) ||
	    tls_disp(&hl_tls_scratch, &disp[SITE_SCRATCH]) ||
	    tls_disp(&hl_tls_link, &disp[SITE_LINK])) {
		error = -ERANGE;
		return;
	}
	uint8_t *page =
	    mmap(NULL, HL_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED) {
		error = -errno;
		return;
	}
	memset(page, 0xcc, HL_PAGE); /* int3 between the stubs */
	static const struct {
		enum hl_rtcall kind;
		const char *body;
	} bodies[] = {{HL_RT_SYSCALL, hl_rtcall_syscall_body},
		      {HL_RT_CALLBACK, hl_rtcall_callback_body},
		      {HL_RT_RESERVED, hl_rtcall_reserved_body},
		      {HL_RT_RAW, hl_rtcall_raw_body}};
	uint64_t addr[HL_RT_N] = {0};
	int bad = 0;
	unsigned n = 0;
	for (unsigned i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
		if (!bodies[i].body)
			continue;
		uint8_t *at = page + SLOT * n++;
		bad |= place(at, hl_stub_prologue, hl_stub_prologue_end, disp,
			     (uint64_t)(uintptr_t)bodies[i].body);
		addr[bodies[i].kind] = (uint64_t)(uintptr_t)at;
	}
	uint8_t *at = page + SLOT * n;
	hl_cpu_probe();
	bad |= bmi2() ? place(at, hl_stub_tp_bmi2, hl_stub_tp_bmi2_end, disp, 0)
		      : place(at, hl_stub_tp, hl_stub_tp_end, disp, 0);
	addr[HL_RT_TP] = (uint64_t)(uintptr_t)at;
	at += SLOT;
	bad |= hl_cpu_avx ? place(at, hl_stub_yield_avx, hl_stub_yield_avx_end, disp, 0)
			  : place(at, hl_stub_yield, hl_stub_yield_end, disp, 0);
	addr[HL_RT_YIELD] = (uint64_t)(uintptr_t)at;
	at += SLOT;
	bad |= hl_cpu_avx
		   ? place(at, hl_stub_yield_avx_x87_free, hl_stub_yield_avx_x87_free_end, disp, 0)
		   : place(at, hl_stub_yield_x87_free, hl_stub_yield_x87_free_end, disp, 0);
	addr[HL_RT_YIELD_X87_FREE] = (uint64_t)(uintptr_t)at;
	if (bad || mprotect(page, HL_PAGE, PROT_READ | PROT_EXEC)) {
		error = bad ? -EINVAL : -errno;
		munmap(page, HL_PAGE);
		return;
	}
	memcpy(stubs, addr, sizeof stubs);
}

int hl_rtcall_stubs(uint64_t addr[HL_RT_N])
{
	pthread_once(&once, make);
	if (!error)
		memcpy(addr, stubs, sizeof stubs);
	return error;
}
