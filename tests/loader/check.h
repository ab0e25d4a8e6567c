/* What the loader's tests share: the TAP-style check and a deterministic
 * random sequence for their mutation loops. */
#ifndef HALITE_TESTS_LOADER_CHECK_H
#define HALITE_TESTS_LOADER_CHECK_H

#include <stdint.h>
#include <stdio.h>

static int failures;

#define CHECK(name, cond)                                                                          \
	do {                                                                                       \
		if (cond)                                                                          \
			printf("ok %s\n", name);                                                   \
		else {                                                                             \
			printf("not ok %s (%s:%d: %s)\n", name, __FILE__, __LINE__, #cond);        \
			failures++;                                                                \
		}                                                                                  \
	} while (0)

/* xorshift64: the same sequence on every run, so a failure repeats. */
static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

#endif
