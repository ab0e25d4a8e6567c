/* Validator throughput: MB/s over real and generated code, beside the fast
 * path alone (src/validator/fast.c, the automaton off), the full path alone
 * (both off) and a plain memory scan of the same bytes, all measured in the
 * same run.
 *
 *   bench_validator [-r RUNS] FILE...   real code: the executable segments
 *       of modules, the executable sections of objects, and the objects in
 *       ar archives (e.g. halite's libc.a), each validated where it runs;
 *   bench_validator [MiB] [RUNS]        a generated corpus: bundles filled
 *       with a mix of instruction shapes compiled code has (register ALU,
 *       Segue loads and stores, stack accesses, RIP-relative loads, AVX,
 *       direct branches, masked indirect branches, runtime calls, calls at
 *       bundle ends), padded with nops.
 * Either must validate with zero violations, or the benchmark fails. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "code_files.h"
#include "validator/rules.h"
#include "validator/validator.h"

#include "../bench_time.h"
static uint64_t rng = 0x9e3779b97f4a7c15ull;
static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

/* A general register other than rsp (4) and r14 (14). */
static unsigned gpr(void)
{
	unsigned r;
	do
		r = rnd(16);
	while (r == 4 || r == 14);
	return r;
}

/* Emits one instruction shape at p (room bytes left in the bundle);
 * returns its length, or 0 if it does not fit. */
static unsigned emit(uint8_t *p, unsigned room, size_t pos, size_t len)
{
	uint8_t b[16];
	unsigned n = 0, a = gpr(), c = gpr();
	uint8_t rex = 0x40 | (a >= 8 ? 4 : 0) | (c >= 8 ? 1 : 0);
	switch (rnd(12)) {
	case 0: /* add/sub/xor/cmp %rC, %rA */
		b[n++] = rex | 8;
		b[n++] = (uint8_t)(0x01 + 8 * rnd(8));
		b[n++] = (uint8_t)(0xc0 | (a & 7) << 3 | (c & 7));
		break;
	case 1: /* mov %gs:disp8(%eC), %eA */
		b[n++] = 0x65, b[n++] = 0x67;
		if (rex != 0x40)
			b[n++] = rex;
		b[n++] = 0x8b;
		if ((c & 7) == 4) {
			b[n++] = (uint8_t)(0x44 | (a & 7) << 3);
			b[n++] = 0x24;
		} else
			b[n++] = (uint8_t)(0x40 | (a & 7) << 3 | (c & 7));
		b[n++] = (uint8_t)rnd(256);
		break;
	case 2: /* mov %rA, %gs:disp32(%eC,%eA,8) */
		b[n++] = 0x65, b[n++] = 0x67, b[n++] = (uint8_t)(rex | 8 | (a >= 8 ? 2 : 0));
		b[n++] = 0x89;
		b[n++] = (uint8_t)(0x84 | (a & 7) << 3);
		b[n++] = (uint8_t)(0xc0 | (a & 7) << 3 | (c & 7));
		for (int i = 0; i < 4; i++)
			b[n++] = (uint8_t)rnd(256);
		break;
	case 3: /* mov disp8(%rsp), %rA */
		b[n++] = (uint8_t)(0x48 | (a >= 8 ? 4 : 0)), b[n++] = 0x8b;
		b[n++] = (uint8_t)(0x44 | (a & 7) << 3), b[n++] = 0x24,
		b[n++] = (uint8_t)(rnd(16) * 8);
		break;
	case 4: /* mov $imm32, %eA */
		if (a >= 8)
			b[n++] = 0x41;
		b[n++] = (uint8_t)(0xb8 + (a & 7));
		for (int i = 0; i < 4; i++)
			b[n++] = (uint8_t)rnd(256);
		break;
	case 5: /* lea 8(%rA,%rC,4), %rA */
		b[n++] = (uint8_t)(0x48 | (a >= 8 ? 4 : 0) | (c >= 8 ? 2 : 0) | (a >= 8 ? 1 : 0));
		b[n++] = 0x8d, b[n++] = (uint8_t)(0x44 | (a & 7) << 3);
		b[n++] = (uint8_t)(0x80 | (c & 7) << 3 | (a & 7)), b[n++] = 8;
		break;
	case 6: /* vaddps %ymm, %ymm, %ymm (2-byte VEX) */
		b[n++] = 0xc5, b[n++] = (uint8_t)(0x84 | ((rnd(8) << 3) ^ 0x78)), b[n++] = 0x58;
		b[n++] = (uint8_t)(0xc0 | rnd(64));
		break;
	case 7: /* jne back to the start of the code (rel32) */
		b[n++] = 0x0f, b[n++] = 0x85;
		{
			int64_t rel = -(int64_t)(pos + 6);
			for (int i = 0; i < 4; i++)
				b[n++] = (uint8_t)(rel >> (8 * i));
		}
		break;
	case 8: /* masked indirect jump through %rA */
		if (a >= 8)
			b[n++] = 0x41;
		b[n++] = 0x83, b[n++] = (uint8_t)(0xe0 | (a & 7)), b[n++] = 0xe0;
		b[n++] = (uint8_t)(0x4c | (a >= 8 ? 1 : 0)), b[n++] = 0x01,
		b[n++] = (uint8_t)(0xf0 | (a & 7));
		if (a >= 8)
			b[n++] = 0x41;
		b[n++] = 0xff, b[n++] = (uint8_t)(0xe0 | (a & 7));
		break;
	case 9: /* call rel32 to the start, at the bundle end */
		if (room < 5 || room > 12)
			return 0;
		while (room - n > 5)
			b[n++] = 0x90;
		b[n++] = 0xe8;
		{
			int64_t rel = -(int64_t)(pos + n + 4);
			for (int i = 0; i < 4; i++)
				b[n++] = (uint8_t)(rel >> (8 * i));
		}
		break;
	case 10: /* movsd %gs:(%eC), %xmm */
		b[n++] = 0x65, b[n++] = 0x67, b[n++] = 0xf2;
		if (c >= 8)
			b[n++] = 0x41;
		b[n++] = 0x0f, b[n++] = 0x10,
		b[n++] =
		    (uint8_t)(((c & 7) == 4 || (c & 7) == 5 ? 0x40 : 0) | rnd(8) << 3 | (c & 7));
		if ((c & 7) == 4)
			b[n++] = 0x24;
		if ((c & 7) == 4 || (c & 7) == 5)
			b[n++] = 0;
		break;
	default: /* runtime call: lea 0(%rip), %r11; jmp *0x10000(%r14) */
		b[n++] = 0x4c, b[n++] = 0x8d, b[n++] = 0x1d, b[n++] = 0, b[n++] = 0, b[n++] = 0,
		b[n++] = 0;
		b[n++] = 0x41, b[n++] = 0xff, b[n++] = 0xa6, b[n++] = 0, b[n++] = 0, b[n++] = 1,
		b[n++] = 0;
		break;
	}
	(void)len;
	if (n > room)
		return 0;
	memcpy(p, b, n);
	return n;
}

static void report(void *ctx, const struct hv_violation *v)
{
	const uint8_t *code = ctx;
	fprintf(stderr, "bench corpus violation at 0x%llx: %s (", (unsigned long long)v->offset,
		hv_rule_text(v->rule, v->detail));
	for (unsigned i = 0; i < 8; i++)
		fprintf(stderr, " %02x", code[v->offset + i]);
	fprintf(stderr, " )\n");
}

/* Times validating every piece once with the paths given (HV_PATH_*, 0:
 * the full path only), or scanning its bytes (-1); seconds. */
static double pass(const struct code_piece *pc, size_t n, void *scratch, int paths,
		   size_t *violations)
{
	struct hv_policy pol;
	hv_policy_default(&pol);
	uint64_t s = 0;
	size_t v = 0;
	double t0 = bench_now();
	for (size_t i = 0; i < n; i++) {
		if (paths >= 0) {
			v += hv_validate_path(pc[i].code, pc[i].len, pc[i].vaddr, &pol, scratch,
					      NULL, NULL, (unsigned)paths);
			continue;
		}
		size_t k = 0;
		for (; k + 8 <= pc[i].len; k += 8) {
			uint64_t w;
			memcpy(&w, pc[i].code + k, 8);
			s += w ^ (w >> 7);
		}
		for (; k < pc[i].len; k++)
			s += pc[i].code[k];
	}
	double t = bench_now() - t0;
	*violations = v + (s == 42);
	return t;
}

static int run_files(int runs, char **files, int nfiles)
{
	struct code_piece *pc = NULL;
	size_t n = 0, total = 0, maxlen = 0, ninsn = 0, bad = 0;
	for (int i = 0; i < nfiles; i++)
		if (code_files_load(files[i], &pc, &n))
			return 1;
	for (size_t i = 0; i < n; i++) {
		total += pc[i].len;
		if (pc[i].len > maxlen)
			maxlen = pc[i].len;
	}
	if (!total) {
		fprintf(stderr, "bench_validator: no executable code in the files given\n");
		return 1;
	}
	void *scratch = malloc(hv_scratch_size(maxlen));
	struct hv_policy pol;
	hv_policy_default(&pol);
	for (size_t i = 0; i < n; i++) {
		size_t v =
		    hv_validate(pc[i].code, pc[i].len, pc[i].vaddr, &pol, scratch, NULL, NULL);
		bad += v;
		for (size_t k = 0; k < pc[i].len; k++)
			ninsn += (size_t)hv_is_jump_target(scratch, pc[i].len, k);
	}
	if (bad) {
		fprintf(stderr, "bench_validator: the code given has %zu violations\n", bad);
		return 1;
	}
	/* Repeat each pass over at least 64 MiB, so that a sample is long
	 * enough to time. */
	size_t reps = total >= (64u << 20) ? 1 : (64u << 20) / total;
	/* Interleaved: all paths (hv_validate), the fast path alone, the
	 * full path alone, a memory scan. */
	static const int modes[] = {HV_PATH_ALL, HV_PATH_FAST, 0, -1};
	double t[4][64];
	if (runs > 64)
		runs = 64;
	for (int r = 0; r < runs; r++) {
		for (int m = 0; m < 4; m++) {
			size_t v;
			t[m][r] = 0;
			for (size_t k = 0; k < reps; k++)
				t[m][r] += pass(pc, n, scratch, modes[m], &v);
		}
	}
	double mb[4];
	for (int m = 0; m < 4; m++) {
		qsort(t[m], (size_t)runs, sizeof t[m][0], bench_cmp_double);
		mb[m] = (double)total * (double)reps / t[m][runs / 2] / 1e6;
	}
	printf("validator: real code, %zu pieces from %d file(s), %zu KiB, %.2f bytes/instruction, "
	       "%d runs "
	       "(median)\n",
	       n, nfiles, total >> 10, (double)total / (double)ninsn, runs);
	printf("validator   %8.0f MB/s   (goal >= 1000 MB/s; NaCl paper 30 MB/s)\n", mb[0]);
	printf("fast path   %8.0f MB/s   validator / fast path alone = %.2fx\n", mb[1],
	       mb[0] / mb[1]);
	printf("full path   %8.0f MB/s   validator / full path alone = %.2fx\n", mb[2],
	       mb[0] / mb[2]);
	printf("memory scan %8.0f MB/s   ratio validator/scan = %.3f\n", mb[3], mb[0] / mb[3]);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc > 1 && (!strcmp(argv[1], "-r") || (argv[1][0] < '0' || argv[1][0] > '9'))) {
		int runs = 7, first = 1;
		if (!strcmp(argv[1], "-r") && argc > 3) {
			runs = atoi(argv[2]);
			first = 3;
		}
		if (runs < 1)
			runs = 1;
		return run_files(runs, argv + first, argc - first);
	}
	size_t mib = argc > 1 ? (size_t)atoi(argv[1]) : 64;
	int runs = argc > 2 ? atoi(argv[2]) : 7;
	size_t len = mib << 20;
	uint8_t *code = malloc(len);
	struct hv_policy pol;
	hv_policy_default(&pol);

	for (size_t pos = 0; pos < len; pos += 32) {
		unsigned used = 0;
		for (int tries = 0; tries < 6 && used < 32; tries++)
			used += emit(code + pos + used, 32 - used, pos + used, len);
		memset(code + pos + used, 0x90, 32 - used);
	}
	void *scratch = malloc(hv_scratch_size(len));
	if (hv_validate(code, len, 0x20000, &pol, scratch, report, code) != 0) {
		fprintf(stderr, "bench_validator: generated corpus does not validate\n");
		return 1;
	}
	size_t ninsn = 0;
	for (size_t i = 0; i < len; i++)
		ninsn += (size_t)hv_is_jump_target(scratch, len, i);

	double tv[64], ts[64], tf[64];
	volatile uint64_t sink = 0;
	if (runs > 64)
		runs = 64;
	for (int r = 0; r < runs; r++) {
		double t0 = bench_now();
		size_t v = hv_validate(code, len, 0x20000, &pol, scratch, NULL, NULL);
		double t1 = bench_now();
		uint64_t s = 0;
		for (size_t i = 0; i < len; i += 8) {
			uint64_t w;
			memcpy(&w, code + i, 8);
			s += w ^ (w >> 7);
		}
		double t2 = bench_now();
		v += hv_validate_path(code, len, 0x20000, &pol, scratch, NULL, NULL, 0);
		double t3 = bench_now();
		sink += s + v;
		tv[r] = t1 - t0;
		ts[r] = t2 - t1;
		tf[r] = t3 - t2;
	}
	qsort(tv, (size_t)runs, sizeof tv[0], bench_cmp_double);
	qsort(ts, (size_t)runs, sizeof ts[0], bench_cmp_double);
	qsort(tf, (size_t)runs, sizeof tf[0], bench_cmp_double);
	double mbv = (double)len / tv[runs / 2] / 1e6, mbs = (double)len / ts[runs / 2] / 1e6;
	double mbf = (double)len / tf[runs / 2] / 1e6;
	printf("validator: %zu MiB generated conforming code, %.2f bytes/instruction, %d runs "
	       "(median)\n",
	       mib, (double)len / (double)ninsn, runs);
	printf("validator   %8.0f MB/s   (goal >= 1000 MB/s; NaCl paper 30 MB/s)\n", mbv);
	printf("full path   %8.0f MB/s   validator / full path alone = %.2fx\n", mbf, mbv / mbf);
	printf("memory scan %8.0f MB/s   ratio validator/scan = %.3f\n", mbs, mbv / mbs);
	return sink == 42 ? 2 : 0;
}
