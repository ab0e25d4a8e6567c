/* The example `make run` runs in a sandbox: ordinary C, compiled with
 * halite-cc. It prints a greeting and its arguments, computes a little,
 * and shows that the host's files are out of reach unless granted. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

static unsigned long fib(unsigned n)
{
	return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

int main(int argc, char **argv)
{
	printf("hello from a halite sandbox (%d argument%s)\n", argc - 1, argc == 2 ? "" : "s");
	for (int i = 1; i < argc; i++)
		printf("  argv[%d] = %s\n", i, argv[i]);
	printf("fib(30) = %lu\n", fib(30));
	FILE *f = fopen("/etc/passwd", "r");
	printf("fopen(\"/etc/passwd\"): %s\n", f ? "opened (it was granted)" : strerror(errno));
	return 0;
}
