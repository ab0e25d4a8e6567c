/* Inline assembly with memory operands ("m" and "+m" constraints), a
 * locked read-modify-write, an explicit string instruction, and asm with a
 * local label. The rewriter sees it as ordinary text. */
#include <stddef.h>

int load_m(const int *p)
{
	int v;
	__asm__("movl %1, %0" : "=r"(v) : "m"(*p));
	return v;
}

void store_m(int *p, int v)
{
	__asm__("movl %1, %0" : "=m"(*p) : "r"(v));
}

void atomic_inc(int *p)
{
	__asm__ __volatile__("lock incl %0" : "+m"(*p));
}

long xchg_m(long *p, long v)
{
	__asm__ __volatile__("xchgq %0, %1" : "+r"(v), "+m"(*p));
	return v;
}

void *copy_bytes(void *dst, const void *src, size_t n)
{
	void *ret = dst;
	__asm__ __volatile__("rep movsb" : "+D"(dst), "+S"(src), "+c"(n) : : "memory");
	return ret;
}

void fill_bytes(void *dst, int c, size_t n)
{
	__asm__ __volatile__("rep stosb" : "+D"(dst), "+c"(n) : "a"(c) : "memory");
}

int count_down(int n)
{
	int r = 0;
	__asm__("1:\n\t"
		"addl $2, %0\n\t"
		"decl %1\n\t"
		"jnz 1b"
		: "+r"(r), "+r"(n));
	return r;
}

int indexed(const int *base, long i)
{
	int v;
	__asm__("movl (%1,%2,4), %0" : "=r"(v) : "r"(base), "r"(i));
	return v;
}

unsigned long rdtsc_like(unsigned long *lo_out)
{
	unsigned long x = 5;
	__asm__("addq %1, %0" : "+r"(x) : "m"(*lo_out));
	return x;
}
