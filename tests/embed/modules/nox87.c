/* A module without x87 code (test_embed.c, test_x87_free): its calls
 * leave the host's x87 unit alone, and its dynamic code may not bring
 * x87 in. Nothing here or in what it links may use long double. */
#include "jit_code.h"

HALITE_EXPORT long twice(long x)
{
	return 2 * x;
}

HALITE_EXPORT long crash(long *p)
{
	return *p;
}

int main(void)
{
	halite_serve();
}
