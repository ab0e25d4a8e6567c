/* What the benchmark programs share: the monotonic clock in seconds, and
 * the comparison that sorts run times for their medians. Header only, so
 * that each benchmark stays one program built by its own rule. */
#ifndef HALITE_BENCH_TIME_H
#define HALITE_BENCH_TIME_H

#include <time.h>

static inline double bench_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* qsort's comparison for doubles, ascending. */
static inline int bench_cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

#endif
