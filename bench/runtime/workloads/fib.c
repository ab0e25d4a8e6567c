/* Naive recursive Fibonacci, fib(32) REPS times: almost nothing but calls
 * and returns (the sandbox's return is pop + mask + indirect jump, and its
 * call sites are padded to bundle ends). Prints the sum. */
#include <stdio.h>

#define REPS 50

__attribute__((noinline)) static unsigned long fib(unsigned n)
{
	return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

int main(void)
{
	volatile unsigned n = 32; /* not a constant the compiler can fold */
	unsigned long sum = 0;
	for (int r = 0; r < REPS; r++)
		sum += fib(n);
	printf("fib(%u) x %d: %lu\n", n, REPS, sum);
	return 0;
}
