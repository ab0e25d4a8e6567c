/* halite-cc test input: the hello module, linked against the sysroot's
 * musl (crt1.o, libc.a). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	char *buf = malloc(64);
	if (!buf)
		return 1;
	strcpy(buf, "hello from the sandbox");
	printf("%s (%d argument%s)\n", buf, argc - 1, argc == 2 ? "" : "s");
	free(buf);
	return argv[0] ? 0 : 1;
}
