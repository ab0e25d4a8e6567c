/* How fast a byte-level automaton can walk real code on this machine: a
 * probe for the validator's design (bench/README.md, "The validator"),
 * not a validator. The fast path (src/validator/fast.c) branches on each
 * instruction's shape, and callgrind's model counts 3.7 mispredicted
 * branches per instruction on real code; an automaton generated from the
 * whitelist, one table lookup per byte, has no such branches, but each
 * lookup depends on the last, so one walk runs at the latency of a load.
 * Bundles start instructions, so walks of different bundles are
 * independent, and several can run side by side.
 *
 * The automaton here is random (states x 256 transitions, nine in ten to
 * 16 hot states, a quarter marked as ending an instruction), so the
 * answers say
 * what the mechanism costs with a table of that size, not whether real
 * rules fit in it. Each variant records the instruction ends it sees,
 * without a branch, as a validator would.
 *
 *   dfa_probe [-r RUNS] FILE...   (ELF modules, objects or archives) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "code_files.h"

#define BUNDLE 32
#define MAXRUNS 31


static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* [state * 256 + byte]: the next state's row (its state times 256), so
 * that a step is one load and one add; end[] has the same index: 1 where
 * the byte ends an instruction (a load beside the chain, not on it). */
static uint32_t *table;
static uint8_t *end;
static unsigned nstates;

static void make_table(unsigned n, uint64_t seed)
{
	free(table);
	free(end);
	table = malloc((size_t)n * 256 * sizeof *table);
	end = malloc((size_t)n * 256);
	if (!table || !end) {
		perror("malloc");
		exit(1);
	}
	nstates = n;
	for (size_t i = 0; i < (size_t)n * 256; i++) {
		seed = seed * 6364136223846793005u + 1442695040888963407u;
		/* Nine transitions in ten to one of 16 hot states (the start of
		 * an instruction, after a REX byte, after a ModRM byte...), as
		 * in a decoder, whose walks keep to a few rows. */
		uint64_t r = seed >> 33;
		unsigned next = (unsigned)(r % 10 < 9 ? (r / 10) % (n < 16 ? n : 16) : (r / 10) % n);
		table[i] = next * 256;
		end[i] = (seed >> 20) % 4 == 0;
	}
}

/* One step of walk s over byte c: e[i] says whether the byte ended an
 * instruction (a byte per position: no shift by a variable count, which
 * costs three operations without BMI2; 32 of them are one AVX2
 * movemask away from a bitmap). */
#define STEP(s, e, c, i)                                                                           \
	do {                                                                                       \
		size_t x_ = (s) + (c);                                                             \
		(e)[i] = end[x_];                                                                  \
		(s) = table[x_];                                                                   \
	} while (0)

/* Bundles one walk at a time, two, and four side by side (bundles start
 * instructions, so their walks are independent); ends gets a byte per
 * code byte. Return a checksum, so that nothing is optimised away. */
static uint64_t walk1(const uint8_t *code, size_t nb, uint8_t *ends)
{
	uint64_t sum = 0;
	for (size_t b = 0; b < nb; b++) {
		const uint8_t *c = code + b * BUNDLE;
		uint8_t *e = ends + b * BUNDLE;
		size_t s = 0;
		for (int i = 0; i < BUNDLE; i++)
			STEP(s, e, c[i], i);
		sum += s;
	}
	return sum;
}

static uint64_t walk2(const uint8_t *code, size_t nb, uint8_t *ends)
{
	uint64_t sum = 0;
	size_t b = 0;
	for (; b + 2 <= nb; b += 2) {
		const uint8_t *c0 = code + b * BUNDLE, *c1 = c0 + BUNDLE;
		uint8_t *e0 = ends + b * BUNDLE, *e1 = e0 + BUNDLE;
		size_t s0 = 0, s1 = 0;
		for (int i = 0; i < BUNDLE; i++) {
			STEP(s0, e0, c0[i], i);
			STEP(s1, e1, c1[i], i);
		}
		sum += s0 + s1;
	}
	return sum + (b < nb ? walk1(code + b * BUNDLE, nb - b, ends + b * BUNDLE) : 0);
}

static uint64_t walk4(const uint8_t *code, size_t nb, uint8_t *ends)
{
	uint64_t sum = 0;
	size_t b = 0;
	for (; b + 4 <= nb; b += 4) {
		const uint8_t *c0 = code + b * BUNDLE, *c1 = c0 + BUNDLE, *c2 = c1 + BUNDLE,
			      *c3 = c2 + BUNDLE;
		uint8_t *e0 = ends + b * BUNDLE, *e1 = e0 + BUNDLE, *e2 = e1 + BUNDLE,
			*e3 = e2 + BUNDLE;
		size_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
		for (int i = 0; i < BUNDLE; i++) {
			STEP(s0, e0, c0[i], i);
			STEP(s1, e1, c1[i], i);
			STEP(s2, e2, c2[i], i);
			STEP(s3, e3, c3[i], i);
		}
		sum += s0 + s1 + s2 + s3;
	}
	return sum + (b < nb ? walk1(code + b * BUNDLE, nb - b, ends + b * BUNDLE) : 0);
}

int main(int argc, char **argv)
{
	int runs = 9, first = 1;
	if (argc > 2 && !strcmp(argv[1], "-r")) {
		runs = atoi(argv[2]);
		first = 3;
	}
	if (runs < 1 || runs > MAXRUNS || first >= argc) {
		fprintf(stderr, "usage: dfa_probe [-r RUNS] FILE...\n");
		return 2;
	}
	struct code_piece *p = NULL;
	size_t n = 0;
	for (int i = first; i < argc; i++)
		if (code_files_load(argv[i], &p, &n))
			return 1;
	size_t len = 0;
	for (size_t i = 0; i < n; i++)
		len += p[i].len;
	size_t nb = (len + BUNDLE - 1) / BUNDLE;
	uint8_t *code = calloc(nb, BUNDLE);
	uint8_t *ends = calloc(nb, BUNDLE);
	if (!code || !ends) {
		perror("calloc");
		return 1;
	}
	for (size_t i = 0, at = 0; i < n; i++, at += p[i - 1].len)
		memcpy(code + at, p[i].code, p[i].len);

	printf("dfa_probe: %zu KiB of code from %zu piece(s); medians of %d runs\n", len >> 10, n,
	       runs);
	printf("  %-26s %12s %12s %12s\n", "states (table size)", "1 walk", "2 walks",
	       "4 walks");
	static const unsigned sizes[] = {64, 256, 1024, 4096};
	uint64_t (*const walks[])(const uint8_t *, size_t, uint8_t *) = {walk1, walk2, walk4};
	uint64_t sink = 0;
	for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
		make_table(sizes[s], 0x9e3779b97f4a7c15u + s);
		char label[64];
		snprintf(label, sizeof label, "%u (%u KiB)", nstates, nstates * 5 / 4);
		printf("  %-26s", label);
		for (int w = 0; w < 3; w++) {
			double t[MAXRUNS];
			for (int r = 0; r < runs; r++) {
				double t0 = now();
				sink += walks[w](code, nb, ends);
				t[r] = now() - t0;
			}
			qsort(t, (size_t)runs, sizeof *t, cmp_double);
			printf(" %7.0f MB/s", (double)len / t[runs / 2] / 1e6);
		}
		printf("\n");
	}
	printf("  (checksum %llu)\n", (unsigned long long)(sink & 0xffff));
	return 0;
}
