/* A module that faults during its start-up, before halite_serve()
 * (tests/embed/test_embed.c). */
#include "halite_guest.h"

int main(void)
{
	volatile int *p = 0;
	*p = 1;
	halite_serve();
}
