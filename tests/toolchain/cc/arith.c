/* halite-cc test input: ordinary C that exercises the rewriter's cases:
 * loads and stores through pointers, a switch with a jump table, calls
 * through function pointers, struct copies, recursion, varargs, a
 * thread-local variable and a large stack frame. Compiled with -c (no
 * libc needed). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

struct big {
	long v[40];
};

_Thread_local int tls_counter;
static int table[64];
int (*volatile hook)(int);

static int twice(int x) { return 2 * x; }
static int thrice(int x) { return 3 * x; }

int apply(int (*f)(int), int x) { return f(x) + tls_counter++; }

int classify(int c)
{
	switch (c) {
	case 0: return 11;
	case 1: return 23;
	case 2: return 37;
	case 3: return 41;
	case 4: return 53;
	case 5: return 67;
	case 6: return 79;
	case 7: return 83;
	default: return -1;
	}
}

long sum(const int *p, size_t n)
{
	long s = 0;
	for (size_t i = 0; i < n; i++)
		s += p[i] * (long)table[i & 63];
	return s;
}

void fill(int *p, size_t n, int v)
{
	for (size_t i = 0; i < n; i++)
		p[i] = v + (int)i;
}

struct big copy_big(const struct big *b)
{
	struct big r = *b;
	r.v[3]++;
	return r;
}

unsigned fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

long vsum(int n, ...)
{
	va_list ap;
	long s = 0;
	va_start(ap, n);
	for (int i = 0; i < n; i++)
		s += va_arg(ap, long);
	va_end(ap);
	return s;
}

long frame(int k)
{
	volatile char buf[70000];
	for (int i = 0; i < (int)sizeof buf; i += 4096)
		buf[i] = (char)(k + i);
	return buf[k & 1023];
}

uint64_t mix(uint64_t a, uint64_t b)
{
	int (*f)(int) = (a & 1) ? twice : thrice;
	if (hook)
		f = hook;
	return apply(f, (int)a) ^ (b * 0x9e3779b97f4a7c15ull) ^ (uint64_t)classify((int)(b & 7));
}
