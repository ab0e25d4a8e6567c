/* The smallest embeddable module: nothing allocated before halite_serve(),
 * so an instance has only the mappings the runtime makes
 * (tests/embed/test_embed_leak.c counts them). */
#include "halite_guest.h"

HALITE_EXPORT long twice(long x)
{
	return 2 * x;
}

int main(void)
{
	halite_serve();
}
