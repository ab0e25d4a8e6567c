/* A module without x87 code and without an instruction that reads or
 * writes MXCSR (test_embed.c, test_x87_free, test_mxcsr_free): its calls
 * leave the host's x87 unit alone and run with the host's MXCSR, and its
 * dynamic code may bring neither in. Nothing here or in what it links may
 * use long double or <fenv.h>. */
#include <unistd.h>

#include "jit_code.h"

HALITE_EXPORT long twice(long x)
{
	return 2 * x;
}

HALITE_EXPORT long crash(long *p)
{
	return *p;
}

HALITE_EXPORT double divd(double a, double b)
{
	return a / b;
}

HALITE_EXPORT void quit(long status)
{
	_exit((int)status);
}

/* Calls the host's callback 0 with x. */
HALITE_EXPORT long call_host(long x)
{
	return halite_callback(0, x);
}

int main(void)
{
	halite_serve();
}
