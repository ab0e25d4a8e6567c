/* What the place of a call in its bundle costs (docs/abi.md R3): the loops
 * of call_layout.S, interleaved, ROUNDS runs each; prints the median time
 * per call of each layout and its ratio to the native call/ret in the same
 * run. On Intel CPUs with the JCC-erratum microcode (Skylake to Cascade
 * Lake), a call that ends on a 32-byte boundary keeps its 32 bytes out of
 * the decoded-instruction cache, so Native Client's layout, where every
 * call ends its bundle, runs its call sites from the legacy decoders.
 *
 * usage: call_layout [ROUNDS]   (default 15) */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "../bench_time.h"
void loop_nacl(long rounds);
void loop_halite(long rounds);
void loop_native(long rounds);

#define SITES 64 /* calls per round, call_layout.S */
#define ROUNDS_PER_RUN 200000L
#define MAX_RUNS 101

int main(int argc, char **argv)
{
	static const struct {
		const char *name;
		void (*loop)(long);
	} layout[] = {
	    {"native call/ret", loop_native},
	    {"halite: call inside its bundle, return rounds up", loop_halite},
	    {"Native Client: call ends its bundle", loop_nacl},
	};
	enum { N = sizeof layout / sizeof layout[0] };
	int runs = argc > 1 ? atoi(argv[1]) : 15;
	if (runs < 1 || runs > MAX_RUNS) {
		fprintf(stderr, "call_layout: ROUNDS must be 1 to %d\n", MAX_RUNS);
		return 2;
	}
	static double ns[N][MAX_RUNS];
	for (int i = 0; i < N; i++)
		layout[i].loop(ROUNDS_PER_RUN / 10); /* warm up */
	for (int r = 0; r < runs; r++)
		for (int i = 0; i < N; i++) {
			double t = bench_now();
			layout[i].loop(ROUNDS_PER_RUN);
			ns[i][r] = (bench_now() - t) * 1e9 / (double)(ROUNDS_PER_RUN * SITES);
		}
	double base = 0;
	printf("ns per call (median of %d interleaved runs), ratio to native:\n", runs);
	for (int i = 0; i < N; i++) {
		qsort(ns[i], (size_t)runs, sizeof(double), bench_cmp_double);
		double m = ns[i][runs / 2];
		if (i == 0)
			base = m;
		printf("  %-50s %6.3f ns  %5.2fx\n", layout[i].name, m, m / base);
	}
	return 0;
}
