/* Costs of the embedding API (docs/embedding.md), each beside its native
 * counterpart measured in the same run:
 *
 *   call       host -> sandbox -> host: halite_call of an empty function,
 *              of add(long, long) and of muld(double, double), against an
 *              indirect call of the same native function; and the empty
 *              call against the floor of any crossing into native
 *              sandboxed code (floor.S: the register isolation alone)
 *   callback   sandbox -> host -> sandbox: halite_callback from a loop in
 *              the module, against the same loop natively through a
 *              function pointer
 *   create     halite_instance_create (reserve a slot, map the module,
 *              run musl's start-up to halite_serve) and _destroy, against
 *              fork + _exit + waitpid (a process per sandbox): one after
 *              the other (each instance takes the warm slot the last one
 *              left, src/runtime/warm.c), and 300 alive at once (fresh
 *              slots)
 *   instances  as many instances of the module as one process can hold
 *              (up to MAX): how many, why it stopped, and what each costs
 *              in mappings, resident memory (RSS, and PSS: shared pages
 *              divided among their users), page tables, and time
 *
 * Every measurement but the last runs RUNS times (default 11), native and
 * sandbox interleaved; the medians are printed with every run. No
 * assertion on times.
 *
 *   bench_embed MODULE [RUNS] [MAX]     (MODULE: bench_module.elf) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "halite.h"
#include "../../tests/tools/proc_self.h"

#include "../bench_time.h"
#define MAXRUNS 101

static double median(const double *v, int n)
{
	double s[MAXRUNS];
	memcpy(s, v, sizeof *v * (size_t)n);
	qsort(s, (size_t)n, sizeof *s, bench_cmp_double);
	return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

static void row(const char *name, const char *unit, const double *nat, const double *sb, int runs,
		const char *note)
{
	double mn = nat ? median(nat, runs) : 0, ms = median(sb, runs);
	if (nat)
		printf("%-22s %10.2f %10.2f  %-4s ratio %6.2fx", name, mn, ms, unit, ms / mn);
	else
		printf("%-22s %10s %10.2f  %-4s %13s", name, "-", ms, unit, "");
	printf("  runs:");
	for (int i = 0; i < runs; i++)
		printf(" %.1f", sb[i]);
	printf("%s%s\n", note ? "  " : "", note ? note : "");
}

/* ---- native counterparts ---- */

__attribute__((noinline)) static void n_empty(void)
{
	__asm__ volatile("");
}

__attribute__((noinline)) static long n_add(long a, long b)
{
	__asm__ volatile("");
	return a + b;
}

__attribute__((noinline)) static double n_muld(double a, double b)
{
	__asm__ volatile("");
	return a * b;
}

__attribute__((noinline)) static long n_plus1(long x)
{
	__asm__ volatile("");
	return x + 1;
}

__attribute__((noinline)) static long n_callbacks(long n, long (*volatile f)(long))
{
	long x = 0;
	for (long i = 0; i < n; i++)
		x = f(x);
	return x;
}

static void (*volatile p_empty)(void) = n_empty;
static long (*volatile p_add)(long, long) = n_add;
static double (*volatile p_muld)(double, double) = n_muld;

static int cb_plus1(halite_instance *in, void *ctx, const halite_value *a, unsigned n,
		    halite_value *r)
{
	(void)in;
	(void)ctx;
	(void)n;
	r->i = a[0].i + 1;
	return 0;
}

static halite_instance *in;
static halite_fn f_empty, f_add, f_muld, f_callbacks;

/* floor.S */
void bench_floor_call(void *stack_top, uint64_t callee);
void bench_floor_empty(void);
static _Alignas(16) char floor_stack[4096];

/* ns per call of each kind, sandbox and native. */
static double call_ns(int kind, int sandbox, long n)
{
	halite_value ai[2] = {halite_int(1), halite_int(2)};
	halite_value ad[2] = {halite_double(1.5), halite_double(2)};
	halite_value r = halite_int(0);
	volatile double sink = 0;
	double t0 = bench_now();
	switch (kind * 2 + sandbox) {
	case 0:
		for (long i = 0; i < n; i++)
			p_empty();
		break;
	case 1:
	case 9: /* the empty call again, beside the floor */
		for (long i = 0; i < n; i++)
			halite_call(in, f_empty, NULL, 0, NULL);
		break;
	case 2:
		for (long i = 0; i < n; i++)
			sink += (double)p_add(i, 2);
		break;
	case 3:
		for (long i = 0; i < n; i++) {
			ai[0].i = (uint64_t)i;
			halite_call(in, f_add, ai, 2, &r);
			sink += (double)r.i;
		}
		break;
	case 4:
		for (long i = 0; i < n; i++)
			sink += p_muld((double)i, 2);
		break;
	case 5:
		r.type = HALITE_DOUBLE;
		for (long i = 0; i < n; i++) {
			ad[0].d = (double)i;
			halite_call(in, f_muld, ad, 2, &r);
			sink += r.d;
		}
		break;
	case 6: sink += (double)n_callbacks(n, n_plus1); break;
	case 7: {
		halite_value a = halite_int((uint64_t)n);
		halite_call(in, f_callbacks, &a, 1, &r);
		if ((long)r.i != n)
			fprintf(stderr, "bench_embed: callbacks returned %lld\n", (long long)r.i);
		break;
	}
	case 8:
		for (long i = 0; i < n; i++)
			bench_floor_call(floor_stack + sizeof floor_stack,
					 (uint64_t)(uintptr_t)bench_floor_empty);
		break;
	}
	(void)sink;
	return (bench_now() - t0) / (double)n * 1e9;
}

static long read_long(const char *path)
{
	FILE *f = fopen(path, "r");
	long v = -1;
	if (f && fscanf(f, "%ld", &v) != 1)
		v = -1;
	if (f)
		fclose(f);
	return v;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: bench_embed MODULE [RUNS] [MAX]\n");
		return 2;
	}
	int runs = argc > 2 ? atoi(argv[2]) : 11;
	long max = argc > 3 ? atol(argv[3]) : 30000;
	if (runs < 1 || runs > MAXRUNS)
		runs = 11;
	char err[512];
	halite_module *m = halite_module_load(argv[1], err, sizeof err);
	if (!m || halite_lookup(m, "empty", &f_empty, err, sizeof err) ||
	    halite_lookup(m, "add", &f_add, err, sizeof err) ||
	    halite_lookup(m, "muld", &f_muld, err, sizeof err) ||
	    halite_lookup(m, "callbacks", &f_callbacks, err, sizeof err)) {
		fprintf(stderr, "bench_embed: %s\n", err);
		return 1;
	}
	struct halite_config cfg;
	halite_config_default(&cfg);
	cfg.stdio[0] = cfg.stdio[1] = cfg.stdio[2] = -1;
	in = halite_instance_create(m, &cfg, err, sizeof err);
	if (!in) {
		fprintf(stderr, "bench_embed: %s\n", err);
		return 1;
	}
	halite_register_callback(in, 0, NULL, "l(l)", cb_plus1, NULL);

	printf("embed: %d runs of each, native and sandbox interleaved; medians (all sandbox runs "
	       "listed)\n",
	       runs);
	printf("%-22s %10s %10s  %-4s\n", "", "native", "sandbox", "unit");
	static const char *names[] = {"call empty()", "call add(long,long)", "call muld(dbl,dbl)",
				      "callback (l(l))", "call empty() / floor"};
	static const long counts[] = {2000000, 2000000, 2000000, 500000, 2000000};
	double med_call = 0, med_cb = 0, nat_call = 0, floor_call = 0;
	/* The floor needs AVX (vpxor) and is measured only with it. */
	int kinds = __builtin_cpu_supports("avx") ? 5 : 4;
	for (int k = 0; k < kinds; k++) {
		double nat[MAXRUNS], sb[MAXRUNS];
		call_ns(k, 0, counts[k] / 10); /* warm up */
		call_ns(k, 1, counts[k] / 10);
		for (int r = 0; r < runs; r++) {
			nat[r] = call_ns(k, 0, counts[k]);
			sb[r] = call_ns(k, 1, counts[k]);
		}
		row(names[k], "ns", nat, sb, runs,
		    k == 0   ? "(goal <= 10 ns)"
		    : k == 3 ? "(sandbox -> host -> sandbox)"
		    : k == 4 ? "(the native column: floor.S, the register isolation alone)"
			     : NULL);
		if (k == 4)
			floor_call = median(nat, runs);
		if (k == 0) {
			med_call = median(sb, runs);
			nat_call = median(nat, runs);
		}
		if (k == 3)
			med_cb = median(sb, runs);
	}
	halite_instance_destroy(in);

	/* Creation: instances made and destroyed one after the other, and a
	 * process forked and reaped for comparison. */
	double cr[MAXRUNS], de[MAXRUNS], fk[MAXRUNS], both[MAXRUNS];
	const int per = 300;
	for (int r = 0; r < runs; r++) {
		double tc = 0, td = 0;
		for (int i = 0; i < per; i++) {
			double t0 = bench_now();
			halite_instance *x = halite_instance_create(m, &cfg, err, sizeof err);
			double t1 = bench_now();
			if (!x) {
				fprintf(stderr, "bench_embed: %s\n", err);
				return 1;
			}
			halite_instance_destroy(x);
			tc += t1 - t0;
			td += bench_now() - t1;
		}
		cr[r] = tc / per * 1e6;
		de[r] = td / per * 1e6;
		both[r] = cr[r] + de[r];
		double t0 = bench_now();
		for (int i = 0; i < per / 10; i++) {
			pid_t p = fork();
			if (p == 0)
				_exit(0);
			waitpid(p, NULL, 0);
		}
		fk[r] = (bench_now() - t0) / (per / 10) * 1e6;
	}
	/* Cold: instances kept alive while more are made, so that all but the
	 * first few (HL_WARM_MAX) get a slot the module has not used yet. */
	double cc[MAXRUNS], cd[MAXRUNS];
	halite_instance *batch[300]; /* per */
	for (int r = 0; r < runs; r++) {
		double t0 = bench_now();
		int made = 0;
		for (; made < per; made++)
			if (!(batch[made] = halite_instance_create(m, &cfg, err, sizeof err)))
				break;
		double t1 = bench_now();
		for (int i = 0; i < made; i++)
			halite_instance_destroy(batch[i]);
		if (made < per) {
			fprintf(stderr, "bench_embed: %s\n", err);
			return 1;
		}
		cc[r] = (t1 - t0) / per * 1e6;
		cd[r] = (bench_now() - t1) / per * 1e6;
	}
	row("instance create", "us", NULL, cr, runs, "(goal <= 20 us; a warm slot)");
	row("instance destroy", "us", NULL, de, runs, "(kept warm)");
	row("create, 300 alive", "us", NULL, cc, runs, "(cold: fresh slots)");
	row("destroy, 300 alive", "us", NULL, cd, runs, "(8 kept warm)");
	row("create+destroy / fork", "us", fk, both, runs, "(native: fork + _exit + waitpid)");

	/* As many instances as fit. */
	halite_instance **all = calloc((size_t)max, sizeof *all);
	long maps0 = proc_lines("/proc/self/maps"),
	     rss0 = proc_field("/proc/self/status", "VmRSS:"),
	     pte0 = proc_field("/proc/self/status", "VmPTE:"),
	     pss0 = proc_field("/proc/self/smaps_rollup", "Pss:");
	long n = 0;
	char why[512] = "the limit given";
	double t0 = bench_now();
	for (; all && n < max; n++)
		if (!(all[n] = halite_instance_create(m, &cfg, why, sizeof why)))
			break;
	double t_make = bench_now() - t0;
	long maps1 = proc_lines("/proc/self/maps"),
	     rss1 = proc_field("/proc/self/status", "VmRSS:"),
	     pte1 = proc_field("/proc/self/status", "VmPTE:"),
	     pss1 = proc_field("/proc/self/smaps_rollup", "Pss:");
	t0 = bench_now();
	for (long i = 0; i < n; i++)
		halite_instance_destroy(all[i]);
	double t_free = bench_now() - t0;
	free(all);
	long mapmax = read_long("/proc/sys/vm/max_map_count");
	double per_maps = n ? (double)(maps1 - maps0) / (double)n : 0;
	printf("instances: %ld at once (stopped by: %s)\n", n, why);
	if (n) {
		printf("  each: %.1f mappings, RSS %.1f KiB, PSS %.1f KiB, page tables %.1f KiB; "
		       "create %.1f us, destroy %.1f us at that scale\n",
		       per_maps, (double)(rss1 - rss0) / (double)n,
		       (double)(pss1 - pss0) / (double)n, (double)(pte1 - pte0) / (double)n,
		       t_make / (double)n * 1e6, t_free / (double)n * 1e6);
		if (mapmax > 0 && per_maps > 0)
			printf(
			    "  vm.max_map_count %ld allows about %.0f instances of %.1f mappings; "
			    "the 128 TiB address space about 32,000 slots of 4 GiB + 128 KiB\n",
			    mapmax, (double)mapmax / per_maps, per_maps);
	}
	printf("call round trip: sandbox %.2f ns, native indirect call %.2f ns (goal <= 10 ns)",
	       med_call, nat_call);
	if (floor_call > 0)
		printf("; the crossing's floor %.2f ns", floor_call);
	printf("\n");
	printf("callback round trip: %.2f ns\n", med_cb);
	printf("instance create: %.2f us, destroy %.2f us (goal <= 20 us)\n", median(cr, runs),
	       median(de, runs));
	printf("instances per process: %ld (goal >= 10,000)\n", n);
	halite_module_free(m);
	return 0;
}
