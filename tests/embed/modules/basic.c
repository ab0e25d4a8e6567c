/* The module of tests/embed/test_embed.c: exported functions with
 * integer, pointer and double arguments and results, state kept between
 * calls, faults, runaway loops, bad pointers, exits, and callbacks into
 * the host (recursive ones too). */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "halite_guest.h"
#include "jit_code.h" /* dynamic_code() */

static long counter;
static char *greeting;

HALITE_EXPORT void empty(void)
{
}

HALITE_EXPORT int add(int a, int b)
{
	return a + b;
}

HALITE_EXPORT long add6(long a, long b, long c, long d, long e, long f)
{
	return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f;
}

HALITE_EXPORT double muld(double a, double b)
{
	return a * b;
}

/* Integers and doubles interleaved: a in rdi, x in xmm0, b in rsi, y in
 * xmm1, ... */
HALITE_EXPORT double mix(long a, double x, long b, double y)
{
	return (double)a * x + (double)b * y;
}

HALITE_EXPORT double sum8(double a, double b, double c, double d, double e, double f, double g,
			  double h)
{
	return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h;
}

/* Every argument register: six integers and eight doubles, interleaved,
 * each weighted by its place so that a swap shows. */
HALITE_EXPORT double all14(long a, double x1, long b, double x2, long c, double x3, long d,
			   double x4, long e, double x5, long f, double x6, double x7, double x8)
{
	return (double)(a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f) +
	       (7 * x1 + 8 * x2 + 9 * x3 + 10 * x4 + 11 * x5 + 12 * x6 + 13 * x7 + 14 * x8);
}

HALITE_EXPORT long bump(long by)
{
	counter += by;
	return counter;
}

/* Pointers: the module's own memory, and the host's copies into it. */
HALITE_EXPORT size_t length(const char *s)
{
	return strlen(s);
}

HALITE_EXPORT char *hello(void)
{
	return greeting;
}

HALITE_EXPORT void upcase(char *s)
{
	for (; *s; s++)
		if (*s >= 'a' && *s <= 'z')
			*s = (char)(*s - 'a' + 'A');
}

/* A pointer outside the sandbox (another slot's upper half), a pointer
 * into its bottom guard, and one running past the end of the slot. */
HALITE_EXPORT uintptr_t outside(int which)
{
	uintptr_t self = (uintptr_t)&counter;
	switch (which) {
	case 0: return self + (1ull << 32);
	case 1: return (self & ~0xffffffffull) + 16;
	default: return (self & ~0xffffffffull) + 0xfffffff0u;
	}
}

/* Faults. */
HALITE_EXPORT int crash(int *p)
{
	return *p;
}

HALITE_EXPORT int divide(int a, int b)
{
	return a / b;
}

static int deep(int n)
{
	volatile char buf[4096];
	buf[0] = (char)n;
	if (n > (1 << 30))
		return 0; /* never: the stack ends first */
	return deep(n + 1) + buf[0];
}

HALITE_EXPORT int overflow(void)
{
	return deep(0);
}

/* Runaway code: a loop with no system call, and one that sleeps. */
HALITE_EXPORT void spin(void)
{
	for (volatile unsigned long i = 0;; i++)
		;
}

HALITE_EXPORT void doze(void)
{
	for (;;) {
		struct timespec ts = {1, 0};
		nanosleep(&ts, NULL);
	}
}

HALITE_EXPORT void leave(int code)
{
	exit(code);
}

HALITE_EXPORT void kill_self(void)
{
	abort();
}

HALITE_EXPORT int print(const char *s)
{
	return printf("%s\n", s) < 0 ? -1 : fflush(stdout);
}

/* Callbacks: index 0 is "d(ld)" (host: a * x + 1), index 1 is "l(l)"
 * (host: calls back into rec), 2 is "v()" (host: interrupts or
 * destroys). */
HALITE_EXPORT double call_host(long a, double x)
{
	return halite_callback_d(0, a, x);
}

/* Runtime call 3 keeps no vector state (src/runtime/entry.S): what the
 * module may count on across a callback is its control words, and what
 * the host's code left in the vector registers must not reach it.
 * rounding_kept() sets the rounding mode (MXCSR and x87), calls back,
 * and says whether it is still set; vector_leftover(p) calls back (the
 * host fills xmm0-15 with p) and counts xmm1-15 that still hold p. */
#include <fenv.h>

HALITE_EXPORT long rounding_kept(long index)
{
	fesetround(FE_UPWARD);
	halite_callback(index, 1L);
	unsigned mxcsr;
	unsigned short cw;
	__asm__ volatile("stmxcsr %0\n\tfnstcw %1" : "=m"(mxcsr), "=m"(cw));
	fesetround(FE_TONEAREST);
	return ((mxcsr >> 13) & 3) == 2 && ((cw >> 10) & 3) == 2;
}

HALITE_EXPORT long vector_leftover(long index, long p)
{
	uint64_t x[15];
	halite_callback(index, p);
	__asm__ volatile("movq %%xmm1, 0(%0)\n\tmovq %%xmm2, 8(%0)\n\tmovq %%xmm3, 16(%0)\n\t"
			 "movq %%xmm4, 24(%0)\n\tmovq %%xmm5, 32(%0)\n\tmovq %%xmm6, 40(%0)\n\t"
			 "movq %%xmm7, 48(%0)\n\tmovq %%xmm8, 56(%0)\n\tmovq %%xmm9, 64(%0)\n\t"
			 "movq %%xmm10, 72(%0)\n\tmovq %%xmm11, 80(%0)\n\tmovq %%xmm12, 88(%0)\n\t"
			 "movq %%xmm13, 96(%0)\n\tmovq %%xmm14, 104(%0)\n\tmovq %%xmm15, 112(%0)"
			 :
			 : "r"(x)
			 : "memory");
	long n = 0;
	for (int i = 0; i < 15; i++)
		n += x[i] == (uint64_t)p;
	return n;
}

/* Host -> rec(n) -> callback 1 (n) -> host -> rec(n - 1) -> ... */
HALITE_EXPORT long rec(long n)
{
	if (n <= 0)
		return 0;
	volatile long mine = n * 1000; /* must survive the nested calls */
	long below = halite_callback(1, n - 1);
	return below + mine / 1000;
}

HALITE_EXPORT long find(const char *name)
{
	return halite_callback_find(name);
}

HALITE_EXPORT long call_index(long index)
{
	return halite_callback(index, 1L, 2L);
}

HALITE_EXPORT void call_then_spin(void)
{
	halite_callback(2);
	for (;;)
		;
}

/* What one instance leaves, which the next instance of the module must
 * not see (warm slots, src/runtime/warm.c): residue(p) writes p into its
 * data and bss, a stack frame, a heap block (brk) and a large block
 * (mmap), without freeing them (residue_block: the large one's address);
 * leftover(p) counts p in the same places of its own instance. */
static long tagged = 7, zeroed;
enum { FRAME = 2048, SMALL = 16384, LARGE = 1 << 20 };

__attribute__((noinline)) static long frame_fill(long p)
{
	volatile long a[FRAME];
	for (int i = 0; i < FRAME; i++)
		a[i] = p;
	return a[FRAME / 2];
}

__attribute__((noinline)) static long frame_count(long p)
{
	volatile long a[FRAME], *q = a; /* read unwritten: the old frame's bytes, if any */
	__asm__("" : "+r"(q));	     /* (which the compiler is not told) */
	long n = 0;
	for (int i = 0; i < FRAME; i++)
		n += q[i] == p;
	return n;
}

static long *last_block; /* residue()'s large block */

static long block_count(size_t size, long p, int fill)
{
	long *b = malloc(size), n = 0;
	if (!b)
		return -1000000;
	last_block = b;
	for (size_t i = 0; i < size / sizeof *b; i++) {
		n += b[i] == p;
		if (fill)
			b[i] = p;
	}
	return n; /* not freed */
}

HALITE_EXPORT long residue(long p)
{
	tagged = zeroed = p;
	block_count(SMALL, p, 1);
	block_count(LARGE, p, 1);
	return frame_fill(p);
}

HALITE_EXPORT long *residue_block(void)
{
	return last_block;
}

HALITE_EXPORT long peek(const long *p)
{
	return *(const volatile long *)p;
}

HALITE_EXPORT long leftover(long p)
{
	return (tagged != 7) + (zeroed != 0) + frame_count(p) + block_count(SMALL, p, 0) +
	       block_count(LARGE, p, 0);
}

/* Changes the protection of the lowest page of the stack; touch_stack_low
 * writes it. A slot whose initial mappings changed is not kept warm. */
static volatile char *stack_low(void)
{
	char here;
	uintptr_t top = ((uintptr_t)&here | 0xffffffff) - 0xffff; /* base + 4 GiB - 64 KiB */
	return (volatile char *)(top - (8u << 20));
}

HALITE_EXPORT int protect_stack_low(void)
{
	return mprotect((void *)stack_low(), 4096, PROT_NONE);
}

/* The module's headers page (read-only, read by musl's start-up) made
 * inaccessible whole: the same range, another protection. */
HALITE_EXPORT int protect_headers(void)
{
	char here;
	return mprotect((void *)(((uintptr_t)&here & ~(uintptr_t)0xffffffff) + 0x20000), 4096,
			PROT_NONE);
}

HALITE_EXPORT int touch_stack_low(void)
{
	*stack_low() = 1;
	return *stack_low();
}

int main(void)
{
	greeting = strdup("hello from the sandbox");
	counter = 100;
	halite_serve();
}

/* What a call brings in besides its arguments: entry_regs(p) counts the
 * registers that are not zero at its entry, but %rdi (its argument),
 * %r11 (its address), %r14 (the base) and %rsp. Every other general
 * register and xmm0-15 must be, whatever the host left in them
 * (test_embed.c, plant_call, fills them all with p); a second argument
 * shows as one. Assembly, so that nothing of the compiler's runs before
 * they are read. %rax (the count of vector arguments, 0) is read first. */
long entry_regs(long p);
#define ENTRY_GPR(r)                                                                               \
	"	testq %" #r ", %" #r "\n	je .Lgpr_" #r "\n	incq %rax\n.Lgpr_" #r ":"  \
											      "\n"
#define ENTRY_XMM(x)                                                                               \
	"	movq %xmm" #x ", %rcx\n	testq %rcx, %rcx\n	je .Lxmm_" #x                      \
	"\n	incq %rax\n.Lxmm_" #x ":\n"
__asm__(".text\n"
	".globl entry_regs\n"
	".type entry_regs,@function\n"
	".p2align 5\n"
	"entry_regs:\n"
	"	movq %rax, %r11\n"
	"	xorl %eax, %eax\n" ENTRY_GPR(r11) ENTRY_GPR(rbx) ENTRY_GPR(rcx) ENTRY_GPR(rdx)
	    ENTRY_GPR(rsi) ENTRY_GPR(rbp) ENTRY_GPR(r8) ENTRY_GPR(r9) ENTRY_GPR(r10) ENTRY_GPR(r12)
		ENTRY_GPR(r13) ENTRY_GPR(r15) ENTRY_XMM(0) ENTRY_XMM(1) ENTRY_XMM(2) ENTRY_XMM(3)
		    ENTRY_XMM(4) ENTRY_XMM(5) ENTRY_XMM(6) ENTRY_XMM(7) ENTRY_XMM(8) ENTRY_XMM(9)
			ENTRY_XMM(10) ENTRY_XMM(11) ENTRY_XMM(12) ENTRY_XMM(13) ENTRY_XMM(14)
			    ENTRY_XMM(15) "	ret\n"
					  ".size entry_regs, .-entry_regs\n");

/* The host's MXCSR status flags at entry (fp_flags), and a function that
 * leaves the rounding mode changed (the host's must come back). */
HALITE_EXPORT long fp_flags(void)
{
	return fetestexcept(FE_ALL_EXCEPT);
}

HALITE_EXPORT void leave_rounding_down(void)
{
	fesetround(FE_DOWNWARD);
}

/* The x87 unit left as no compiled code leaves it: every exception
 * unmasked, an inexact division pending (it fires at the next waiting
 * x87 instruction, which must not be the runtime's or the host's) and all
 * eight registers full (the host's next load would overflow its stack).
 * With index >= 0 it then calls back into the host; it returns the
 * callback's result, or 0. */
HALITE_EXPORT long x87_dirty(long index)
{
	unsigned short unmasked = 0x340;
	long three = 3;
	__asm__ volatile(
	    "fldcw %0\n\tfldpi\n\tfldpi\n\tfldpi\n\tfldpi\n\tfldpi\n\tfldpi\n\tfldpi\n\t"
	    "fildq %1\n\tfdiv %%st(1), %%st" ::"m"(unmasked),
	    "m"(three));
	return index >= 0 ? halite_callback(index) : 0;
}

/* An inexact long double division, as any compiled code makes: it sets
 * the x87 precision flag, which the host's control word may unmask. */
HALITE_EXPORT long ldiv3(long a)
{
	volatile long double x = a;
	x /= 3;
	return (long)x;
}
