/* Prints its arguments and selected environment variables; exits with
 * the status given as the first argument (default 0). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv)
{
	printf("hello from the sandbox: argc=%d\n", argc);
	for (int i = 1; i < argc; i++)
		printf("argv[%d]=%s\n", i, argv[i]);
	int n = 0;
	for (char **e = environ; *e; e++)
		n++;
	printf("environ: %d\n", n);
	const char *v = getenv("HALITE_TEST");
	printf("HALITE_TEST=%s\n", v ? v : "(unset)");
	return argc > 1 ? atoi(argv[1]) : 0;
}
