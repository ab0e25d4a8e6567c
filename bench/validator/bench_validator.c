/* Validator throughput: MB/s over a large corpus of conforming code, beside
 * a plain memory scan of the same bytes measured in the same run.
 *
 * Until the toolchain produces real rewritten programs, the corpus is
 * generated: bundles filled with a mix of instruction shapes compiled code
 * has (register ALU, Segue loads and stores, stack accesses, RIP-relative
 * loads, AVX, direct branches, masked indirect branches, runtime calls,
 * calls at bundle ends), padded with nops. The corpus must validate with
 * zero violations, or the benchmark fails. Usage: bench_validator [MiB] [runs] */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "validator/validator.h"

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
		if (rex != 0x40) b[n++] = rex;
		b[n++] = 0x8b;
		if ((c & 7) == 4) { b[n++] = (uint8_t)(0x44 | (a & 7) << 3); b[n++] = 0x24; }
		else b[n++] = (uint8_t)(0x40 | (a & 7) << 3 | (c & 7));
		b[n++] = (uint8_t)rnd(256);
		break;
	case 2: /* mov %rA, %gs:disp32(%eC,%eA,8) */
		b[n++] = 0x65, b[n++] = 0x67, b[n++] = (uint8_t)(rex | 8 | (a >= 8 ? 2 : 0));
		b[n++] = 0x89;
		b[n++] = (uint8_t)(0x84 | (a & 7) << 3);
		b[n++] = (uint8_t)(0xc0 | (a & 7) << 3 | (c & 7));
		for (int i = 0; i < 4; i++) b[n++] = (uint8_t)rnd(256);
		break;
	case 3: /* mov disp8(%rsp), %rA */
		b[n++] = (uint8_t)(0x48 | (a >= 8 ? 4 : 0)), b[n++] = 0x8b;
		b[n++] = (uint8_t)(0x44 | (a & 7) << 3), b[n++] = 0x24, b[n++] = (uint8_t)(rnd(16) * 8);
		break;
	case 4: /* mov $imm32, %eA */
		if (a >= 8) b[n++] = 0x41;
		b[n++] = (uint8_t)(0xb8 + (a & 7));
		for (int i = 0; i < 4; i++) b[n++] = (uint8_t)rnd(256);
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
			for (int i = 0; i < 4; i++) b[n++] = (uint8_t)(rel >> (8 * i));
		}
		break;
	case 8: /* masked indirect jump through %rA */
		if (a >= 8) b[n++] = 0x41;
		b[n++] = 0x83, b[n++] = (uint8_t)(0xe0 | (a & 7)), b[n++] = 0xe0;
		b[n++] = (uint8_t)(0x4c | (a >= 8 ? 1 : 0)), b[n++] = 0x01, b[n++] = (uint8_t)(0xf0 | (a & 7));
		if (a >= 8) b[n++] = 0x41;
		b[n++] = 0xff, b[n++] = (uint8_t)(0xe0 | (a & 7));
		break;
	case 9: /* call rel32 to the start, at the bundle end */
		if (room < 5 || room > 12) return 0;
		while (room - n > 5) b[n++] = 0x90;
		b[n++] = 0xe8;
		{
			int64_t rel = -(int64_t)(pos + n + 4);
			for (int i = 0; i < 4; i++) b[n++] = (uint8_t)(rel >> (8 * i));
		}
		break;
	case 10: /* movsd %gs:(%eC), %xmm */
		b[n++] = 0x65, b[n++] = 0x67, b[n++] = 0xf2;
		if (c >= 8) b[n++] = 0x41;
		b[n++] = 0x0f, b[n++] = 0x10, b[n++] = (uint8_t)(((c & 7) == 4 || (c & 7) == 5 ? 0x40 : 0) | rnd(8) << 3 | (c & 7));
		if ((c & 7) == 4) b[n++] = 0x24;
		if ((c & 7) == 4 || (c & 7) == 5) b[n++] = 0;
		break;
	default: /* runtime call: lea 0(%rip), %r11; jmp *0x10000(%r14) */
		b[n++] = 0x4c, b[n++] = 0x8d, b[n++] = 0x1d, b[n++] = 0, b[n++] = 0, b[n++] = 0, b[n++] = 0;
		b[n++] = 0x41, b[n++] = 0xff, b[n++] = 0xa6, b[n++] = 0, b[n++] = 0, b[n++] = 1, b[n++] = 0;
		break;
	}
	(void)len;
	if (n > room)
		return 0;
	memcpy(p, b, n);
	return n;
}

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
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

int main(int argc, char **argv)
{
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

	double tv[64], ts[64];
	volatile uint64_t sink = 0;
	if (runs > 64) runs = 64;
	for (int r = 0; r < runs; r++) {
		double t0 = now();
		size_t v = hv_validate(code, len, 0x20000, &pol, scratch, NULL, NULL);
		double t1 = now();
		uint64_t s = 0;
		for (size_t i = 0; i < len; i += 8) {
			uint64_t w;
			memcpy(&w, code + i, 8);
			s += w ^ (w >> 7);
		}
		double t2 = now();
		sink += s + v;
		tv[r] = t1 - t0;
		ts[r] = t2 - t1;
	}
	qsort(tv, (size_t)runs, sizeof tv[0], cmp_d);
	qsort(ts, (size_t)runs, sizeof ts[0], cmp_d);
	double mbv = (double)len / tv[runs / 2] / 1e6, mbs = (double)len / ts[runs / 2] / 1e6;
	printf("validator: %zu MiB generated conforming code, %.2f bytes/instruction, %d runs (median)\n",
	       mib, (double)len / (double)ninsn, runs);
	printf("validator   %8.0f MB/s   (goal >= 1000 MB/s; NaCl paper 30 MB/s)\n", mbv);
	printf("memory scan %8.0f MB/s   ratio validator/scan = %.3f\n", mbs, mbv / mbs);
	return sink == 42 ? 2 : 0;
}
