/* bench_module.c with x87 code in it, as a module that links printf has
 * (its floating-point conversions use long double): its calls take the
 * x87 steps that a module without x87 code skips (docs/embedding.md,
 * "Floating-point state"). Run by `make bench-embed` after the other. */
#include "bench_module.c"

HALITE_EXPORT long third(long a)
{
	volatile long double x = a;
	return (long)(x / 3);
}
