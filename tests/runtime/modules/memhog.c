/* Allocates and touches 1 MiB blocks until malloc fails or LIMIT MiB
 * (argument, default 256) are reached; prints how many it got. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	int limit = argc > 1 ? atoi(argv[1]) : 256;
	int n = 0;
	while (n < limit) {
		char *p = malloc(1 << 20);
		if (!p)
			break;
		memset(p, n, 1 << 20);
		n++;
	}
	printf("allocated %d MiB\n", n);
	return 0;
}
