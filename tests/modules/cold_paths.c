/* Hot/cold splitting (.text.unlikely, .text.startup), noreturn calls at the
 * end of a function, and static functions reached only directly. */
#include <stddef.h>

__attribute__((noreturn)) void fatal(const char *msg);
__attribute__((cold, noinline)) static int slow_path(int x)
{
	return x * 3 + 1;
}

int checked_div(int a, int b)
{
	if (__builtin_expect(b == 0, 0))
		fatal("division by zero");
	return a / b;
}

int maybe_slow(int x)
{
	if (__builtin_expect(x < 0, 0))
		return slow_path(-x);
	return x + 1;
}

int main(int argc, char **argv)
{
	(void)argv;
	return checked_div(100, argc) + maybe_slow(argc - 5);
}

void abort_if(int c)
{
	if (c)
		__builtin_trap();
}
