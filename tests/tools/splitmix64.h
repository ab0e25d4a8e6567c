/* splitmix64: a small, fast PRNG for reproducible test streams. Seed by
 * assigning rng_state. One copy per translation unit (static). */
#ifndef HALITE_TEST_SPLITMIX64_H
#define HALITE_TEST_SPLITMIX64_H

#include <stdint.h>

static uint64_t rng_state;

static inline uint64_t rng(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static inline unsigned rnd(unsigned n)
{
	return (unsigned)(rng() % n);
}

#endif
