/* The module of bench/embed/bench_embed.c: functions whose cost is the
 * crossing itself. */
#include "halite_guest.h"

HALITE_EXPORT void empty(void)
{
}

HALITE_EXPORT long add(long a, long b)
{
	return a + b;
}

HALITE_EXPORT double muld(double a, double b)
{
	return a * b;
}

/* n callbacks into the host (index 0, "l(l)"), each returning its
 * argument plus one. */
HALITE_EXPORT long callbacks(long n)
{
	long x = 0;
	for (long i = 0; i < n; i++)
		x = halite_callback(0, x);
	return x;
}

int main(void)
{
	halite_serve();
}
