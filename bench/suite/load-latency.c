/* Latency of a dependent load in the three forms the suite's variants use,
 * natively on this machine (bench/suite/analyze.sh, section 7):
 *
 *   native   movq (%rX), %rX                  a pointer
 *   wasm2c   movl (%rBASE,%rX), %eX            base register + 32-bit index
 *   halite   movl %gs:(%eX), %eX               Segue: %gs base, addr32
 *   halite at base 0                           the same with the %gs base 0, as
 *                                              `halite run` has it (docs/abi.md,
 *                                              "The slot at 0")
 *
 * Each chases a cyclic chain of 512 entries (L1-resident) for ITERS steps:
 * every load's address is the previous load's result, so the time per step
 * is the load-to-use latency (plus the loop, which runs in parallel; CPU
 * time of the thread, so that time spent descheduled does not count). The
 * %gs base is set with arch_prctl to a 4 GiB-aligned region, as the runtime
 * sets it for a sandbox; for the last form it is 0 and the chain lies in
 * the low 4 GiB (skipped if that page cannot be mapped).
 *
 * usage: load-latency [ITERS]   (default 100000000; prints ns per load, the
 * median of 5 rounds, and each form's ratio to the native one) */
#include <asm/prctl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define SLOT (UINT64_C(1) << 32)
#define N 512
#define ROUNDS 5
#define LOW 0x10000000u /* where the chain for %gs base 0 goes */

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static double median(double *v, int n)
{
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && v[j - 1] > v[j]; j--) {
			double t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	return v[n / 2];
}

static double chase_pointer(uint64_t p, long iters)
{
	double t = now();
	for (long i = 0; i < iters; i++)
		__asm__ volatile("movq (%0), %0" : "+r"(p));
	return now() - t;
}

static double chase_index(char *base, uint64_t x, long iters)
{
	double t = now();
	for (long i = 0; i < iters; i++)
		__asm__ volatile("movl (%1,%0), %k0" : "+r"(x) : "r"(base));
	return now() - t;
}

static double chase_segue(uint64_t x, long iters)
{
	double t = now();
	for (long i = 0; i < iters; i++)
		__asm__ volatile("movl %%gs:(%k0), %k0" : "+r"(x));
	return now() - t;
}

int main(int argc, char **argv)
{
	long iters = argc > 1 ? atol(argv[1]) : 100000000;
	if (iters <= 0) {
		fprintf(stderr, "usage: load-latency [ITERS]\n");
		return 2;
	}
	/* A 4 GiB-aligned base inside an 8 GiB reservation. */
	char *r =
	    mmap(NULL, 2 * SLOT, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (r == MAP_FAILED) {
		perror("mmap");
		return 1;
	}
	char *base = (char *)(((uintptr_t)r + SLOT - 1) & ~(uintptr_t)(SLOT - 1));
	if (mprotect(base, 3 * N * sizeof(uint64_t), PROT_READ | PROT_WRITE)) {
		perror("mprotect");
		return 1;
	}
	uint32_t *idx = (uint32_t *)base;			   /* byte offsets from base */
	uint64_t *ptr = (uint64_t *)(base + N * sizeof(uint64_t)); /* addresses */
	for (uint32_t i = 0; i < N; i++) {
		uint32_t next = (i * 97 + 13) % N; /* one cycle: 97 and N coprime */
		idx[i] = next * (uint32_t)sizeof *idx;
		ptr[i] = (uint64_t)(uintptr_t)&ptr[next];
	}
	if (syscall(SYS_arch_prctl, ARCH_SET_GS, (unsigned long)base)) {
		perror("arch_prctl(ARCH_SET_GS)");
		return 1;
	}
	/* The chain again at a low address, for %gs base 0. */
	uint32_t *low = mmap((void *)LOW, N * sizeof(uint32_t), PROT_READ | PROT_WRITE,
			     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (low != (uint32_t *)LOW)
		low = NULL;
	for (uint32_t i = 0; low && i < N; i++)
		low[i] = (uint32_t)LOW + idx[i];
	double tp[ROUNDS], ti[ROUNDS], ts[ROUNDS], tz[ROUNDS];
	for (int k = 0; k < ROUNDS; k++) {
		tp[k] = chase_pointer((uint64_t)(uintptr_t)ptr, iters);
		ti[k] = chase_index(base, 0, iters);
		ts[k] = chase_segue(0, iters);
		if (low && !syscall(SYS_arch_prctl, ARCH_SET_GS, 0UL)) {
			tz[k] = chase_segue(LOW, iters);
			syscall(SYS_arch_prctl, ARCH_SET_GS, (unsigned long)base);
		} else {
			tz[k] = 0;
		}
	}
	double p = median(tp, ROUNDS) / (double)iters * 1e9;
	double i = median(ti, ROUNDS) / (double)iters * 1e9;
	double s = median(ts, ROUNDS) / (double)iters * 1e9;
	printf("  %-40s %6.2f ns  %5.2fx\n", "native   movq (%rX), %rX", p, 1.0);
	printf("  %-40s %6.2f ns  %5.2fx\n", "wasm2c   movl (%rBASE,%rX), %eX", i, i / p);
	printf("  %-40s %6.2f ns  %5.2fx\n", "halite   movl %gs:(%eX), %eX", s, s / p);
	double z = median(tz, ROUNDS) / (double)iters * 1e9;
	if (z > 0)
		printf("  %-40s %6.2f ns  %5.2fx\n", "halite   the same, %gs base 0", z, z / p);
	else
		printf("  %-40s (no page could be mapped at 0x%x)\n",
		       "halite   the same, %gs base 0", LOW);
	return 0;
}
