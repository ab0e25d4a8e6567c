/* Destroying an instance returns every resource: creates, uses and
 * destroys N instances of basic.elf (some fault, some have a time limit
 * and callbacks, every other one has stdio) and compares the process's
 * mappings (/proc/self/maps lines) and descriptors (/proc/self/fd) before
 * and after. Memory: LeakSanitizer checks at exit (the test is linked
 * with the sanitized runtime, quarantine off), and the RSS must not grow
 * by more than 1 MiB + 64 KiB per 1,000 iterations.
 *
 *   test_embed_leak MODULE_DIR N */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "halite.h"
#include "../tools/proc_self.h"

/* ASan keeps freed memory in quarantine (256 MiB by default), which would
 * look like growth here; this test is about what the runtime leaks. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "quarantine_size_mb=0";
}

static int cb(halite_instance *in, void *ctx, const halite_value *a, unsigned n, halite_value *r)
{
	(void)in;
	(void)ctx;
	(void)a;
	(void)n;
	r->d = 1;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		printf("not ok usage: test_embed_leak MODULE_DIR N\n");
		return 1;
	}
	long n = atol(argv[2]);
	char path[4096], err[512];
	snprintf(path, sizeof path, "%s/basic.elf", argv[1]);
	halite_module *m = halite_module_load(path, err, sizeof err);
	halite_fn add, crash, call_host;
	if (!m || halite_lookup(m, "add", &add, err, sizeof err) ||
	    halite_lookup(m, "crash", &crash, err, sizeof err) ||
	    halite_lookup(m, "call_host", &call_host, err, sizeof err)) {
		printf("not ok setup: %s\n", err);
		return 1;
	}
	struct halite_config quiet, loud;
	halite_config_default(&quiet);
	quiet.stdio[1] = quiet.stdio[2] = -1;
	halite_config_default(&loud);

	/* Some rounds first: what the first use sets up once (signal stack,
	 * watchdog thread, the allocator's regions, ASan's included) is not
	 * a leak. The mappings may then shrink (the allocator returns some),
	 * never grow. */
	const long warm = 100;
	long before_maps = 0, before_fds = 0, before_rss = 0, bad = 0;
	struct timespec t0, t1;
	for (long i = -warm; i < n; i++) {
		if (i == -1) {
			/* The counters' own buffers, allocated once. */
			proc_lines("/proc/self/maps");
			proc_fds();
			proc_field("/proc/self/status", "VmRSS:");
		}
		if (i == 0) {
			before_maps = proc_lines("/proc/self/maps");
			before_fds = proc_fds();
			before_rss = proc_field("/proc/self/status", "VmRSS:");
			clock_gettime(CLOCK_MONOTONIC, &t0);
		}
		halite_instance *in =
		    halite_instance_create(m, i % 2 ? &quiet : &loud, err, sizeof err);
		if (!in) {
			printf("not ok create %ld: %s\n", i, err);
			return 1;
		}
		halite_value a[2] = {halite_int((uint64_t)i), halite_int(1)}, r = halite_int(0);
		if (halite_call(in, add, a, 2, &r) || (int)r.i != (int)i + 1)
			bad++;
		if ((i + warm) % 10 == 3) {
			halite_value z = halite_int(0);
			if (halite_call(in, crash, &z, 1, NULL) != HALITE_ERR_FAULT)
				bad++;
		}
		if ((i + warm) % 10 == 5) {
			halite_call_timeout(in, 10);
			halite_register_callback(in, 0, "scale", "d(ld)", cb, NULL);
			halite_value b[2] = {halite_int(1), halite_double(2)};
			r.type = HALITE_DOUBLE;
			if (halite_call(in, call_host, b, 2, &r) || r.d != 1)
				bad++;
		}
		halite_instance_destroy(in);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	long maps = proc_lines("/proc/self/maps"), fds = proc_fds(),
	     rss = proc_field("/proc/self/status", "VmRSS:");
	double us = ((double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec)) /
		    1e3 / (double)(n ? n : 1);
	printf("# %ld instances: %.1f us per create+call+destroy; maps %ld -> %ld, fds %ld -> %ld, "
	       "RSS %ld -> %ld KiB\n",
	       n, us, before_maps, maps, before_fds, fds, before_rss, rss);
	printf("%s every instance worked (%ld bad results)\n", bad ? "not ok" : "ok", bad);
	printf("%s no mapping left behind after %ld instances (%ld -> %ld)\n",
	       maps <= before_maps ? "ok" : "not ok", n, before_maps, maps);
	printf("%s no descriptor left behind (%ld -> %ld)\n", fds == before_fds ? "ok" : "not ok",
	       before_fds, fds);
	long allowed = 1024 + 64 * (n / 1000);
	printf("%s RSS grows by at most %ld KiB (%+ld KiB)\n",
	       rss - before_rss <= allowed ? "ok" : "not ok", allowed, rss - before_rss);

	/* Mappings per live instance (docs/embedding.md, "Instances"): 6 for
	 * a module that allocates nothing in its start-up (the slot's share
	 * of PROT_NONE, the image's 3, the stack), a few more per 16 slots
	 * reserved. vm.max_map_count divided by this is how many fit. */
	snprintf(path, sizeof path, "%s/minimal.elf", argv[1]);
	halite_module *small = halite_module_load(path, err, sizeof err);
	enum { LIVE = 64 };
	halite_instance *live[LIVE];
	long maps0 = proc_lines("/proc/self/maps"), made = 0;
	for (; small && made < LIVE; made++)
		if (!(live[made] = halite_instance_create(small, &quiet, err, sizeof err)))
			break;
	double per = (double)(proc_lines("/proc/self/maps") - maps0) / (double)LIVE;
	for (long i = 0; i < made; i++)
		halite_instance_destroy(live[i]);
	printf("%s %d live instances of a minimal module take 6 mappings each, and a few per "
	       "16 slots (%.2f)%s%s\n",
	       made == LIVE && per <= 6.25 ? "ok" : "not ok", LIVE, per, made < LIVE ? ": " : "",
	       made < LIVE ? err : "");
	halite_module_free(small);
	halite_module_free(m);
	return 0;
}
