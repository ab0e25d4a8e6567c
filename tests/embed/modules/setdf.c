/* An attack on the host's string functions (test_embed.c,
 * test_refused_modules): a function that returns with the direction flag
 * set, which the System V ABI says is clear at every call and return,
 * would make the host's next rep movs or rep stos run backwards, below its
 * buffer. The ways out of sandbox code do not clear it; the validator
 * refuses std, so this module must not load. */
#include "halite_guest.h"

HALITE_EXPORT void set_df(void)
{
	__asm__ volatile("std");
}

int main(void)
{
	halite_serve();
}
