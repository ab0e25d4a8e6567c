/* Tests of the embedding API (include/halite.h): a host calls functions of
 * sandboxed modules (tests/embed/modules/, built with halite-cc and
 * libhalite-guest.a). Prints "ok NAME" or "not ok NAME: why" per case.
 *
 *   test_embed MODULE_DIR   (holds basic.elf, noserve.elf, startfault.elf) */
#include <errno.h>
#include <fenv.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "halite.h"

static int failures;
static const char *dir;

__attribute__((format(printf, 3, 4))) static void check(const char *name, int cond, const char *fmt,
							...)
{
	if (cond) {
		printf("ok %s\n", name);
		return;
	}
	printf("not ok %s: ", name);
	va_list ap;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	failures++;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static halite_module *load(const char *name)
{
	char path[4096], err[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	halite_module *m = halite_module_load(path, err, sizeof err);
	if (!m) {
		printf("not ok load %s: %s\n", name, err);
		exit(1);
	}
	return m;
}

static halite_module *basic;

static halite_fn fn(const char *name)
{
	halite_fn f = 0;
	char err[512];
	if (halite_lookup(basic, name, &f, err, sizeof err)) {
		printf("not ok lookup %s: %s\n", name, err);
		exit(1);
	}
	return f;
}

static halite_instance *make_of(halite_module *m)
{
	char err[512];
	struct halite_config cfg;
	halite_config_default(&cfg);
	cfg.stdio[1] = cfg.stdio[2] = -1; /* keep the log quiet */
	halite_instance *in = halite_instance_create(m, &cfg, err, sizeof err);
	if (!in) {
		printf("not ok create: %s\n", err);
		exit(1);
	}
	return in;
}

static halite_instance *make(void)
{
	return make_of(basic);
}

/* Calls name with integer arguments; returns the status, result in *r. */
static int calli(halite_instance *in, const char *name, uint64_t *r, int n, ...)
{
	halite_value a[6], ret = halite_int(0);
	va_list ap;
	va_start(ap, n);
	for (int i = 0; i < n; i++)
		a[i] = halite_int(va_arg(ap, uint64_t));
	va_end(ap);
	int s = halite_call(in, fn(name), a, (unsigned)n, &ret);
	if (r)
		*r = ret.i;
	return s;
}

static void test_lookup(void)
{
	halite_fn f;
	char err[512];
	check("lookup finds an exported function",
	      halite_lookup(basic, "add", &f, err, sizeof err) == HALITE_OK && (f & 31) == 0 &&
		  f >= 0x20000,
	      "%s", err);
	int s = halite_lookup(basic, "no_such_function", &f, err, sizeof err);
	check("lookup: a missing function is NOTFOUND", s == HALITE_ERR_NOTFOUND, "%d %s", s, err);
	s = halite_lookup(basic, "deep", &f, err, sizeof err);
	check("lookup: a static function is refused",
	      s == HALITE_ERR_INVAL && strstr(err, "static"), "%d %s", s, err);
	s = halite_lookup(basic, "greeting", &f, err, sizeof err);
	check("lookup: data is not a function", s != HALITE_OK, "%d %s", s, err);
}

/* Every function given no module or no instance (NULL) returns an error
 * or does nothing; run under ASan and UBSan, which catch a NULL passed
 * on to the C library. */
static void test_null_handles(void)
{
	char err[512] = "";
	halite_fn f = 0;
	struct halite_fault fault;
	halite_module *m = halite_module_load(NULL, err, sizeof err);
	check("module_load(NULL) fails and says why", !m && err[0], "%s", err);
	check("module_load without room for the error",
	      !halite_module_load(NULL, NULL, 8) && !halite_module_load("/nonexistent", NULL, 8),
	      "loaded");
	halite_module_free(NULL);
	halite_config_default(NULL);
	halite_instance_destroy(NULL);
	halite_free(NULL, 0);
	int bad = halite_lookup(NULL, "add", &f, err, sizeof err) != HALITE_ERR_INVAL;
	bad |= halite_lookup(basic, NULL, &f, err, sizeof err) != HALITE_ERR_INVAL;
	bad |= halite_lookup(basic, "add", NULL, err, sizeof err) != HALITE_ERR_INVAL;
	bad |= halite_instance_create(NULL, NULL, NULL, 8) != NULL;
	bad |= halite_call(NULL, 0x20000, NULL, 0, NULL) != HALITE_ERR_INVAL;
	bad |= halite_call_timeout(NULL, 1) != HALITE_ERR_INVAL;
	bad |= halite_interrupt(NULL) != HALITE_ERR_INVAL;
	bad |= halite_alive(NULL) != 0;
	bad |= halite_last_error(NULL) == NULL;
	bad |= halite_last_fault(NULL, &fault) == HALITE_OK;
	bad |= halite_register_callback(NULL, 0, "x", "v()", NULL, NULL) != HALITE_ERR_INVAL;
	bad |= halite_ptr(NULL, 0x20000, 1) != NULL || halite_ptr_rw(NULL, 0x20000, 1) != NULL;
	bad |= halite_str(NULL, 0x20000, 8) != NULL;
	bad |= halite_copy_in(NULL, 0x20000, "x", 1) == HALITE_OK;
	bad |= halite_copy_out(NULL, err, 0x20000, 1) == HALITE_OK;
	bad |= halite_malloc(NULL, 1) != 0 || halite_base(NULL) != 0;
	check("every function refuses a NULL module or instance", !bad, "a function accepted NULL");
}

static void test_args(void)
{
	halite_instance *in = make();
	uint64_t r = 0;
	int s = calli(in, "add", &r, 2, (uint64_t)2, (uint64_t)40);
	check("int arguments and result", s == HALITE_OK && r == 42, "status %d result %llu", s,
	      (unsigned long long)r);
	s = calli(in, "add", &r, 2, (uint64_t)-5, (uint64_t)3);
	check("negative int result (sign-extend the low 32 bits)", s == HALITE_OK && (int)r == -2,
	      "status %d result %d", s, (int)r);
	s = calli(in, "add6", &r, 6, (uint64_t)1, (uint64_t)2, (uint64_t)3, (uint64_t)4,
		  (uint64_t)5, (uint64_t)6);
	check("six integer arguments in rdi..r9", s == HALITE_OK && r == 91,
	      "status %d result %llu", s, (unsigned long long)r);

	halite_value d[8], ret = {.type = HALITE_DOUBLE};
	d[0] = halite_double(1.5);
	d[1] = halite_double(-4.25);
	s = halite_call(in, fn("muld"), d, 2, &ret);
	check("double arguments and result", s == HALITE_OK && ret.d == -6.375,
	      "status %d result %g", s, ret.d);
	halite_value mix[4] = {halite_int(3), halite_double(0.5), halite_int(10),
			       halite_double(0.25)};
	ret.type = HALITE_DOUBLE;
	s = halite_call(in, fn("mix"), mix, 4, &ret);
	check("interleaved int and double arguments", s == HALITE_OK && ret.d == 4.0,
	      "status %d result %g", s, ret.d);
	for (int i = 0; i < 8; i++)
		d[i] = halite_double(i + 1);
	ret.type = HALITE_DOUBLE;
	s = halite_call(in, fn("sum8"), d, 8, &ret);
	check("eight double arguments in xmm0-7", s == HALITE_OK && ret.d == 204.0,
	      "status %d result %g", s, ret.d);

	halite_value seven[7];
	for (int i = 0; i < 7; i++)
		seven[i] = halite_int(1);
	s = halite_call(in, fn("add6"), seven, 7, &ret);
	check("a seventh integer argument is refused, the instance lives",
	      s == HALITE_ERR_INVAL && halite_alive(in), "status %d", s);
	s = halite_call(in, 0x20001, NULL, 0, NULL);
	check("an unaligned function address is refused", s == HALITE_ERR_INVAL, "status %d", s);
	/* call.S tests the range and the alignment in one comparison: these
	 * are bundle-aligned addresses below the code (the difference wraps
	 * round), past it, beyond the slot and beyond 32 bits. */
	const halite_fn outside[] = {0,
				     0x20000 - 32,
				     fn("add") + 0x4000000,
				     0xffffffe0,
				     0x100000000,
				     0x20000 + ((uint64_t)1 << 59),
				     (halite_fn)-32};
	for (size_t i = 0; i < sizeof outside / sizeof outside[0]; i++) {
		s = halite_call(in, outside[i], NULL, 0, NULL);
		char name[96];
		snprintf(name, sizeof name,
			 "a function address outside the code is refused (0x%llx)",
			 (unsigned long long)outside[i]);
		check(name, s == HALITE_ERR_INVAL && halite_alive(in), "status %d", s);
	}
	s = halite_call(in, fn("add"), NULL, 2, &ret);
	check("arguments at NULL are refused", s == HALITE_ERR_INVAL && halite_alive(in),
	      "status %d", s);

	s = calli(in, "bump", &r, 1, (uint64_t)5);
	uint64_t r2 = 0;
	int s2 = calli(in, "bump", &r2, 1, (uint64_t)1);
	check("module state persists between calls", s == 0 && s2 == 0 && r == 105 && r2 == 106,
	      "%llu %llu", (unsigned long long)r, (unsigned long long)r2);

	/* The host's floating-point environment survives a call. */
	fesetround(FE_UPWARD);
	s = calli(in, "add", &r, 2, (uint64_t)1, (uint64_t)2);
	int mode = fegetround();
	fesetround(FE_TONEAREST);
	check("the host's rounding mode survives a call", s == 0 && mode == FE_UPWARD, "mode %d",
	      mode);
	halite_instance_destroy(in);
}

static void test_memory(void)
{
	halite_instance *in = make();
	uint64_t p = 0;
	int s = calli(in, "hello", &p, 0);
	const char *str = s == 0 ? halite_str(in, p, 256) : NULL;
	check("a pointer to the module's data, checked with halite_str",
	      str && !strcmp(str, "hello from the sandbox"), "status %d", s);
	check("halite_str refuses a string longer than max", s == 0 && !halite_str(in, p, 5), "%s",
	      "failed");

	halite_sptr buf = halite_malloc(in, 64);
	check("halite_malloc returns memory in the slot", buf && halite_ptr_rw(in, buf, 64), "%s",
	      halite_last_error(in));
	s = halite_copy_in(in, buf, "abcdef", 7);
	uint64_t len = 0;
	int s2 = calli(in, "length", &len, 1, buf);
	check("copy in, then the module reads it", s == 0 && s2 == 0 && len == 6, "%d %d %llu", s,
	      s2, (unsigned long long)len);
	calli(in, "upcase", NULL, 1, buf);
	char back[8] = {0};
	s = halite_copy_out(in, back, buf, 7);
	check("the module writes, copy out", s == 0 && !strcmp(back, "ABCDEF"), "%d '%s'", s, back);
	char *direct = halite_ptr_rw(in, buf, 7);
	check("halite_ptr gives the same bytes", direct && !strcmp(direct, "ABCDEF"), "%s",
	      "failed");
	halite_free(in, buf);

	for (int which = 0; which < 3; which++) {
		uint64_t bad = 0;
		s = calli(in, "outside", &bad, 1, (uint64_t)which);
		char name[128];
		snprintf(name, sizeof name, "a pointer %s is refused by halite_ptr",
			 which == 0   ? "into another slot"
			 : which == 1 ? "into the bottom guard"
				      : "running past the slot");
		check(name,
		      s == 0 && !halite_ptr(in, bad, which == 2 ? 64 : 1) &&
			  !halite_str(in, bad, 64),
		      "status %d ptr 0x%llx", s, (unsigned long long)bad);
	}
	char tmp[16];
	check("copy out of the guard fails without a crash",
	      halite_copy_out(in, tmp, halite_base(in) + 16, 8) == HALITE_ERR_RANGE, "%s",
	      "failed");
	check("a null pointer is refused", !halite_ptr(in, 0, 1) && !halite_str(in, 0, 8), "%s",
	      "failed");
	check("a host pointer is refused", !halite_ptr(in, (uint64_t)(uintptr_t)tmp, 1), "%s",
	      "failed");
	uint64_t hp = 0;
	calli(in, "hello", &hp, 0);
	check("the same offset in another slot is refused",
	      !halite_ptr(in, hp + (1ull << 32), 1) && !halite_ptr(in, hp - (1ull << 32), 1), "%s",
	      "failed");
	halite_instance_destroy(in);
}

static void test_faults(void)
{
	halite_instance *in = make();
	uint64_t r;
	int s = calli(in, "crash", &r, 1, (uint64_t)0);
	struct halite_fault f;
	int fs = halite_last_fault(in, &f);
	check("a fault during a call is reported", s == HALITE_ERR_FAULT, "status %d", s);
	check("the fault is located: signal, address, function",
	      fs == 0 && f.signal == SIGSEGV && f.addr == 0 && strstr(f.where, "crash"),
	      "%d sig %d addr 0x%llx where %s", fs, f.signal, (unsigned long long)f.addr, f.where);
	check("the message names the function", strstr(halite_last_error(in), "crash") != NULL,
	      "%s", halite_last_error(in));
	s = calli(in, "add", &r, 2, (uint64_t)1, (uint64_t)1);
	check("a faulted instance is dead", s == HALITE_ERR_DEAD && !halite_alive(in), "status %d",
	      s);
	halite_instance_destroy(in);

	in = make();
	s = calli(in, "add", &r, 2, (uint64_t)1, (uint64_t)1);
	check("the next instance works", s == 0 && r == 2, "status %d", s);
	s = calli(in, "divide", &r, 2, (uint64_t)1, (uint64_t)0);
	check("division by zero is SIGFPE",
	      s == HALITE_ERR_FAULT && halite_last_fault(in, &f) == 0 && f.signal == SIGFPE,
	      "status %d sig %d", s, f.signal);
	halite_instance_destroy(in);

	in = make();
	s = calli(in, "overflow", &r, 0);
	check("a stack overflow is reported as one",
	      s == HALITE_ERR_FAULT && halite_last_fault(in, &f) == 0 && f.stack_overflow,
	      "status %d: %s", s, halite_last_error(in));
	halite_instance_destroy(in);

	in = make();
	s = calli(in, "leave", &r, 1, (uint64_t)7);
	check("exit during a call", s == HALITE_ERR_EXIT && strstr(halite_last_error(in), "7"),
	      "status %d: %s", s, halite_last_error(in));
	halite_instance_destroy(in);
	in = make();
	s = calli(in, "kill_self", &r, 0);
	check("abort during a call", s == HALITE_ERR_EXIT && strstr(halite_last_error(in), "ABRT"),
	      "status %d: %s", s, halite_last_error(in));
	halite_instance_destroy(in);

	char err[512];
	halite_module *m = load("noserve.elf");
	halite_instance *bad = halite_instance_create(m, NULL, err, sizeof err);
	check("a module that never calls halite_serve() is refused",
	      !bad && strstr(err, "halite_serve") && strstr(err, "3"), "%s", err);
	halite_module_free(m);
	m = load("startfault.elf");
	bad = halite_instance_create(m, NULL, err, sizeof err);
	check("a fault during start-up is refused", !bad && strstr(err, "SIGSEGV"), "%s", err);
	halite_module_free(m);
}

static void test_timeout(void)
{
	halite_instance *in = make();
	halite_call_timeout(in, 0.2);
	uint64_t r;
	int s = calli(in, "add", &r, 2, (uint64_t)1, (uint64_t)2);
	check("a call within its time limit", s == 0 && r == 3, "status %d", s);
	double t0 = now();
	s = calli(in, "spin", &r, 0);
	double t = now() - t0;
	check("a runaway loop ends at its time limit", s == HALITE_ERR_TIMEOUT && t > 0.15 && t < 3,
	      "status %d after %.3f s", s, t);
	check("a timed-out instance is dead",
	      calli(in, "add", &r, 2, 1ull, 1ull) == HALITE_ERR_DEAD, "%s", "failed");
	halite_instance_destroy(in);

	in = make();
	halite_call_timeout(in, 0.2);
	t0 = now();
	s = calli(in, "doze", &r, 0);
	t = now() - t0;
	check("a call blocked in a system call ends at its time limit",
	      s == HALITE_ERR_TIMEOUT && t > 0.15 && t < 3, "status %d after %.3f s", s, t);
	halite_instance_destroy(in);

	in = make();
	s = calli(in, "add", &r, 2, (uint64_t)20, (uint64_t)22);
	check("an instance made after a timeout works", s == 0 && r == 42, "status %d", s);
	halite_instance_destroy(in);
}

struct spinner {
	halite_instance *in;
	const char *fn;
	int status;
	double seconds;
	volatile int started;
};

static void *spin_thread(void *arg)
{
	struct spinner *sp = arg;
	double t0 = now();
	sp->started = 1;
	sp->status = calli(sp->in, sp->fn, NULL, 0);
	sp->seconds = now() - t0;
	return NULL;
}

static int sleep_result = -2;
static volatile int in_sleep;

/* A host callback that sleeps: an interrupt must not cut it short. */
static int cb_sleep(halite_instance *in, void *ctx, const halite_value *a, unsigned n,
		    halite_value *ret)
{
	(void)in;
	(void)ctx;
	(void)a;
	(void)n;
	(void)ret;
	struct timespec ts = {0, 300 * 1000 * 1000};
	in_sleep = 1;
	sleep_result = nanosleep(&ts, NULL);
	return 0;
}

static void test_interrupt_callback(void)
{
	struct spinner sp = {.in = make(), .fn = "call_then_spin"};
	halite_register_callback(sp.in, 2, NULL, "v()", cb_sleep, NULL);
	pthread_t th;
	pthread_create(&th, NULL, spin_thread, &sp);
	while (!in_sleep)
		usleep(1000);
	usleep(50 * 1000);
	halite_interrupt(sp.in);
	pthread_join(th, NULL);
	check("halite_interrupt during a host callback: the callback is not disturbed",
	      sleep_result == 0, "nanosleep returned %d", sleep_result);
	check("... and the call ends when the callback returns",
	      sp.status == HALITE_ERR_INTERRUPTED && sp.seconds > 0.25 && sp.seconds < 2,
	      "status %d after %.3f s", sp.status, sp.seconds);
	halite_instance_destroy(sp.in);
}

static void test_interrupt(void)
{
	for (int i = 0; i < 2; i++) {
		struct spinner sp = {.in = make(), .fn = i ? "doze" : "spin"};
		pthread_t th;
		pthread_create(&th, NULL, spin_thread, &sp);
		while (!sp.started)
			usleep(1000);
		usleep(100 * 1000);
		if (i == 0) {
			/* Another thread inside: busy. */
			uint64_t r;
			int s = calli(sp.in, "add", &r, 2, 1ull, 1ull);
			check("a second host thread gets BUSY", s == HALITE_ERR_BUSY, "status %d",
			      s);
		}
		double t0 = now();
		halite_interrupt(sp.in);
		pthread_join(th, NULL);
		double t = now() - t0;
		check(i ? "halite_interrupt from another thread stops a sleeping call"
			: "halite_interrupt from another thread stops a runaway loop",
		      sp.status == HALITE_ERR_INTERRUPTED && t < 1, "status %d after %.3f s",
		      sp.status, t);
		check(i ? "an interrupted instance is dead (sleeping)"
			: "an interrupted instance is dead",
		      calli(sp.in, "add", NULL, 2, 1ull, 1ull) == HALITE_ERR_DEAD, "%s", "failed");
		halite_instance_destroy(sp.in);
	}
	halite_instance *in = make();
	uint64_t r;
	int s = calli(in, "add", &r, 2, 2ull, 2ull);
	check("the host and other instances carry on after interrupts", s == 0 && r == 4,
	      "status %d", s);
	halite_instance_destroy(in);
}

/* A thread that calls add once (the instance becomes biased to it, owner.c)
 * and then runs fn, which the biased fast path enters. */
static void *add_then_spin(void *arg)
{
	struct spinner *sp = arg;
	uint64_t r = 0;
	if (calli(sp->in, "add", &r, 2, 1ull, 2ull) || r != 3) {
		sp->status = -100;
		sp->started = 1;
		return NULL;
	}
	return spin_thread(sp);
}

static void *add_once(void *arg)
{
	struct spinner *sp = arg;
	uint64_t r = 0;
	sp->status = calli(sp->in, "add", &r, 2, 20ull, 22ull);
	if (!sp->status && r != 42)
		sp->status = -100;
	return NULL;
}

/* The fast path of a thread that makes call after call, and the hand-over
 * to another thread (src/embed/owner.c). */
static void test_owner(void)
{
	struct spinner sp = {.in = make(), .fn = "spin"};
	uint64_t r;
	calli(sp.in, "add", &r, 2, 1ull, 1ull); /* biased to this thread */
	pthread_t th;
	pthread_create(&th, NULL, add_then_spin, &sp);
	while (!sp.started)
		usleep(1000);
	usleep(50 * 1000);
	int s = calli(sp.in, "add", &r, 2, 1ull, 1ull);
	check("a second thread gets BUSY while the biased thread is inside", s == HALITE_ERR_BUSY,
	      "status %d (thread: %d)", s, sp.status);
	halite_interrupt(sp.in);
	pthread_join(th, NULL);
	check("... which is interrupted as usual", sp.status == HALITE_ERR_INTERRUPTED, "status %d",
	      sp.status);
	halite_instance_destroy(sp.in);

	halite_instance *in = make();
	int ok = 1;
	for (int round = 0; round < 20 && ok; round++) {
		struct spinner other = {.in = in};
		pthread_create(&th, NULL, add_once, &other);
		pthread_join(th, NULL);
		for (int i = 0; i < 3 && ok; i++)
			ok =
			    other.status == 0 && calli(in, "add", &r, 2, 2ull, 3ull) == 0 && r == 5;
	}
	check("an instance moves between host threads call after call", ok, "%s", "a call failed");
	halite_instance_destroy(in);
}

/* ---- callbacks ---- */

static halite_fn rec_fn;
static int max_depth, cur_depth;

static int cb_scale(halite_instance *in, void *ctx, const halite_value *a, unsigned n,
		    halite_value *ret)
{
	(void)in;
	(void)ctx;
	if (n != 2 || a[0].type != HALITE_INT || a[1].type != HALITE_DOUBLE)
		return -1;
	ret->d = (double)(int64_t)a[0].i * a[1].d + 1;
	return 0;
}

/* callback 1: rec(n) in the module called us with n: call rec(n) again. */
static int cb_rec(halite_instance *in, void *ctx, const halite_value *a, unsigned n,
		  halite_value *ret)
{
	(void)ctx;
	(void)n;
	cur_depth++;
	if (cur_depth > max_depth)
		max_depth = cur_depth;
	halite_value arg = halite_int(a[0].i), r = halite_int(0);
	int s = halite_call(in, rec_fn, &arg, 1, &r);
	cur_depth--;
	if (s)
		return s;
	ret->i = r.i;
	return 0;
}

static int cb_interrupt(halite_instance *in, void *ctx, const halite_value *a, unsigned n,
			halite_value *ret)
{
	(void)ctx;
	(void)a;
	(void)n;
	(void)ret;
	halite_interrupt(in);
	return 0;
}

static int cb_destroy(halite_instance *in, void *ctx, const halite_value *a, unsigned n,
		      halite_value *ret)
{
	(void)ctx;
	(void)a;
	(void)n;
	(void)ret;
	halite_instance_destroy(in);
	return 0;
}

static int cb_fail(halite_instance *in, void *ctx, const halite_value *a, unsigned n,
		   halite_value *ret)
{
	(void)in;
	(void)ctx;
	(void)a;
	(void)n;
	(void)ret;
	return 5;
}

/* Host code that leaves a value in every vector register and the
 * rounding mode changed (restored by the runtime for the module). */
static int cb_dirty(halite_instance *in, void *ctx, const halite_value *a, unsigned n,
		    halite_value *r)
{
	(void)in;
	(void)ctx;
	(void)n;
	uint64_t p = a[0].i;
	fesetround(FE_DOWNWARD);
	__asm__ volatile("movq %0, %%xmm0\n\tmovq %0, %%xmm1\n\tmovq %0, %%xmm2\n\t"
			 "movq %0, %%xmm3\n\tmovq %0, %%xmm4\n\tmovq %0, %%xmm5\n\t"
			 "movq %0, %%xmm6\n\tmovq %0, %%xmm7\n\tmovq %0, %%xmm8\n\t"
			 "movq %0, %%xmm9\n\tmovq %0, %%xmm10\n\tmovq %0, %%xmm11\n\t"
			 "movq %0, %%xmm12\n\tmovq %0, %%xmm13\n\tmovq %0, %%xmm14\n\t"
			 "movq %0, %%xmm15"
			 :
			 : "r"(p)
			 : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8",
			   "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
	fesetround(FE_TONEAREST);
	r->i = 0;
	return 0;
}

/* halite_call with p in every general register the call does not take
 * arguments in (the callee-saved ones restored after) and in xmm0-15, as
 * a host's code may leave its values there. */
int plant_call(halite_instance *in, halite_fn f, const halite_value *args, unsigned nargs,
	       halite_value *ret, uint64_t p);
#define PLANT_XMM(x) "	movq %r9, %xmm" #x "\n"
__asm__(
    ".text\n"
    ".globl plant_call\n"
    ".type plant_call,@function\n"
    "plant_call:\n"
    "	pushq %rbx\n	pushq %rbp\n	pushq %r12\n	pushq %r13\n	pushq %r14\n	pushq "
    "%r15\n"
    "	movq %r9, %rbx\n	movq %r9, %rbp\n	movq %r9, %r12\n	movq %r9, %r13\n"
    "	movq %r9, %r14\n	movq %r9, %r15\n	movq %r9, %r10\n	movq %r9, %r11\n"
    "	movq %r9, %rax\n" PLANT_XMM(0) PLANT_XMM(1) PLANT_XMM(2) PLANT_XMM(3) PLANT_XMM(4)
	PLANT_XMM(5) PLANT_XMM(6) PLANT_XMM(7) PLANT_XMM(8) PLANT_XMM(9) PLANT_XMM(10) PLANT_XMM(11)
	    PLANT_XMM(12) PLANT_XMM(13) PLANT_XMM(14)
		PLANT_XMM(15) "	subq $8, %rsp\n	call halite_call@PLT\n	addq $8, %rsp\n"
			      "	popq %r15\n	popq %r14\n	popq %r13\n	popq %r12\n	"
			      "popq %rbp\n	popq %rbx\n"
			      "	ret\n"
			      ".size plant_call, .-plant_call\n");

/* Arguments of every kind and count, on both ways in: call.S's (the
 * biased thread) and the C path's (taken because a time limit is set),
 * which must agree on what is refused. */
static void test_args_paths(void)
{
	halite_instance *in = make();
	char name[160];
	calli(in, "empty", NULL, 0); /* the C path: gives this thread the bias */
	for (int path = 0; path < 2; path++) {
		const char *way = path ? "(the C path)" : "(the common case)";
		if (path)
			halite_call_timeout(in, 1000);
		halite_value a[16], ret = {.type = HALITE_DOUBLE};
		for (int i = 0, k = 0; i < 14; i++)
			a[i] =
			    i < 11 && i % 2 == 0 ? halite_int(++k) : halite_double(0.5 * (i + 1));
		/* 1+4+9+16+25+36 = 91, and 7*1 + 8*2 + ... + 14*7 with x_k = the
		 * double at a[2k-1] (k <= 5), then a[11], a[12], a[13]. */
		double want = 91;
		for (int i = 0, w = 7; i < 14; i++)
			if (a[i].type == HALITE_DOUBLE)
				want += w++ * a[i].d;
		int s = halite_call(in, fn("all14"), a, 14, &ret);
		snprintf(name, sizeof name,
			 "six integer and eight double arguments, interleaved %s", way);
		check(name, s == HALITE_OK && ret.d == want, "status %d, %g, want %g", s, ret.d,
		      want);
		a[14] = halite_double(1);
		s = halite_call(in, fn("all14"), a, 15, &ret);
		snprintf(name, sizeof name, "a ninth double argument is refused %s", way);
		check(name, s == HALITE_ERR_INVAL && halite_alive(in), "status %d", s);
		for (int i = 0; i < 7; i++)
			a[i] = halite_int(1);
		a[7] = halite_double(1);
		s = halite_call(in, fn("all14"), a, 8, &ret);
		snprintf(name, sizeof name,
			 "a seventh integer argument beside a double is refused %s", way);
		check(name, s == HALITE_ERR_INVAL && halite_alive(in), "status %d", s);
		a[0] = halite_double(1);
		a[1].type = (enum halite_type)7;
		s = halite_call(in, fn("all14"), a, 2, &ret);
		snprintf(name, sizeof name, "an argument of no known type is refused %s", way);
		check(name, s == HALITE_ERR_INVAL && halite_alive(in), "status %d", s);
	}
	halite_instance_destroy(in);
}

/* MXCSR, set and read by the tests. */
static void mxcsr_set(unsigned v)
{
	__asm__ volatile("ldmxcsr %0" ::"m"(v));
}

static unsigned mxcsr_get(void)
{
	unsigned v;
	__asm__ volatile("stmxcsr %0" : "=m"(v));
	return v;
}

/* What a call brings into the module besides its arguments, on both ways
 * in: call.S's (the biased thread, integer arguments) and the C path's
 * (taken here because a time limit is set). */
static void test_entry_state(void)
{
	halite_instance *in = make();
	const uint64_t p = 0x5ec2e7c0ffee9876;
	char name[160];
	/* The first call takes the C path: it gives this thread the bias. */
	calli(in, "empty", NULL, 0);
	for (int path = 0; path < 2; path++) {
		const char *way = path ? "(the C path)" : "(the common case)";
		if (path)
			halite_call_timeout(in, 100);
		halite_value a[2] = {halite_int(p), halite_int(p)}, ret = halite_int(~0ull);
		int s = plant_call(in, fn("entry_regs"), a, 1, &ret, p);
		snprintf(name, sizeof name,
			 "every register but the arguments is zero when a call enters %s", way);
		check(name, s == 0 && ret.i == 0, "status %d, %llu registers", s,
		      (unsigned long long)ret.i);
		/* A double argument shows as xmm0 and %al = 1, and no other vector
		 * register, though the last call (eight doubles) filled xmm0-7. */
		halite_value d[8];
		for (int i = 0; i < 8; i++)
			d[i] = halite_double(i + 1);
		ret.type = HALITE_DOUBLE;
		halite_call(in, fn("sum8"), d, 8, &ret);
		halite_value ad[2] = {halite_int(p), halite_double(3.0)};
		ret = halite_int(~0ull);
		s = plant_call(in, fn("entry_regs"), ad, 2, &ret, p);
		snprintf(name, sizeof name,
			 "a double argument brings xmm0 and %%al, no other register %s", way);
		check(name, s == 0 && ret.i == 2, "status %d, %llu registers", s,
		      (unsigned long long)ret.i);
		/* Control: a second argument shows. */
		s = plant_call(in, fn("entry_regs"), a, 2, &ret, p);
		snprintf(name, sizeof name, "control: the module sees its second argument %s", way);
		check(name, s == 0 && ret.i == 1, "status %d, %llu registers", s,
		      (unsigned long long)ret.i);
		feraiseexcept(FE_INEXACT | FE_OVERFLOW | FE_DIVBYZERO);
		uint64_t r = ~0ull;
		s = calli(in, "fp_flags", &r, 0);
		feclearexcept(FE_ALL_EXCEPT);
		snprintf(name, sizeof name,
			 "the host's floating-point exception flags do not reach the module %s",
			 way);
		check(name, s == 0 && r == 0, "status %d, flags 0x%llx", s, (unsigned long long)r);
		/* The flags IE, ZE and PE set, with the default control bits
		 * and rounding down: the module runs with 0x1f80, and the
		 * host gets back its MXCSR whole. */
		static const unsigned host_mxcsr[] = {0x1fa5, 0x3fa5};
		for (int k = 0; k < 2; k++) {
			unsigned after = 0;
			mxcsr_set(host_mxcsr[k]);
			s = calli(in, "fp_flags", &r, 0);
			after = mxcsr_get();
			fesetround(FE_TONEAREST);
			feclearexcept(FE_ALL_EXCEPT);
			snprintf(name, sizeof name, "the host's MXCSR %#x comes back whole %s",
				 host_mxcsr[k], way);
			check(name, s == 0 && r == 0 && after == host_mxcsr[k],
			      "status %d, module's flags 0x%llx, MXCSR %#x", s,
			      (unsigned long long)r, after);
		}
		fesetround(FE_UPWARD);
		s = calli(in, "leave_rounding_down", NULL, 0);
		int mode = fegetround();
		fesetround(FE_TONEAREST);
		snprintf(name, sizeof name,
			 "the host's rounding mode comes back from a module that changed it %s",
			 way);
		check(name, s == 0 && mode == FE_UPWARD, "status %d, mode %d", s, mode);
	}
	halite_instance_destroy(in);
}

/* Runtime call 3 without an XSAVE image (src/runtime/entry.S). */
static void test_callback_state(void)
{
	halite_instance *in = make();
	halite_register_callback(in, 5, NULL, "l(l)", cb_dirty, NULL);
	uint64_t r = 0;
	int s = calli(in, "rounding_kept", &r, 1, (uint64_t)5);
	check("the module's rounding mode (MXCSR and x87) survives a callback", s == 0 && r == 1,
	      "status %d, %llu", s, (unsigned long long)r);
	const uint64_t p = 0x5ec2e7c0ffee4321;
	s = calli(in, "vector_leftover", &r, 2, (uint64_t)5, p);
	check("nothing the host's code left in xmm1-15 reaches the module after a callback",
	      s == 0 && r == 0, "status %d, %llu registers", s, (unsigned long long)r);
	halite_instance_destroy(in);
}

/* ---- The x87 unit after a module (src/runtime/entry.S: the yield stub,
 * runtime call 3): nothing a module leaves there may trap in, or change
 * the results of, the host's code. ---- */

/* The host's x87 unit as its code finds it: 0 if a long double division
 * comes out right and every register is tagged empty; 1 if the result is
 * wrong, 2 if a register is full (fnstenv's tag word). */
__attribute__((noinline)) static uint16_t x87_tags(void)
{
	/* A function of its own: the ABI has the x87 stack empty at a call,
	 * so none of the caller's values is there. */
	struct {
		uint16_t cw, r1, sw, r2, tw, r3;
		uint32_t rest[4];
	} env;
	/* fnstenv masks every exception: the control word goes back. */
	__asm__ volatile("fnstenv %0\n\tfldcw %0" : "+m"(env));
	return env.tw;
}

static int host_x87_state(void)
{
	uint16_t tags = x87_tags();
	volatile long double q = 1.0L;
	q /= 4;
	return (q == 0.25L ? 0 : 1) | (tags == 0xffff ? 0 : 2);
}

static int cb_x87(halite_instance *in, void *ctx, const halite_value *a, unsigned n,
		  halite_value *r)
{
	(void)in, (void)ctx, (void)a, (void)n;
	r->i = (uint64_t)host_x87_state();
	return 0;
}

/* One case of test_x87, in a child process (a trap there would end this
 * program): the module function name called with argument arg, the host's
 * x87 control word cw set around the call, after one call by the C path
 * (which biases the instance to this thread) and, if timed, with a time
 * limit (the C path again). Exit status: 0 if the call returned want and
 * the host's x87 unit is then as it should be; 4 if the call failed; else
 * host_x87_state(). */
static int x87_case(const char *name, long arg, uint16_t cw, int timed, uint64_t want)
{
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		halite_instance *in = make();
		halite_register_callback(in, 7, NULL, "l()", cb_x87, NULL);
		calli(in, "empty", NULL, 0);
		if (timed)
			halite_call_timeout(in, 1000);
		uint16_t host_cw;
		__asm__ volatile("fnstcw %0\n\tfldcw %1" : "=m"(host_cw) : "m"(cw));
		uint64_t r = ~0ull;
		int s = calli(in, name, &r, 1, (uint64_t)arg);
		int state = host_x87_state();
		__asm__ volatile("fldcw %0" ::"m"(host_cw));
		_exit(s != 0 || r != want ? 4 : state);
	}
	int st = 0;
	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static void test_x87(void)
{
	const uint16_t dfl = 0x37f, inexact_unmasked = 0x37f & ~0x20;
	char name[160];
	for (int timed = 0; timed < 2; timed++) {
		const char *way = timed ? "(the C path)" : "(the common case)";
		int st = x87_case("x87_dirty", -1, dfl, timed, 0);
		snprintf(name, sizeof name,
			 "a pending x87 exception and a full x87 stack left by a module neither "
			 "trap nor change the host's arithmetic %s",
			 way);
		check(
		    name, st == 0,
		    "status %d (136: SIGFPE; 1: a wrong result, 2: registers full, 3: both; 4: the "
		    "call failed)",
		    st);
		st = x87_case("ldiv3", 10, inexact_unmasked, timed, 3);
		snprintf(name, sizeof name,
			 "a module's inexact long double division does not trap in a host that "
			 "unmasks the x87 precision exception %s",
			 way);
		check(name, st == 0, "status %d (136: SIGFPE; 4: the call failed)", st);
	}
	int st = x87_case("x87_dirty", 7, dfl, 0, 0);
	check("a callback finds the host's x87 unit as it should be after a module left it dirty",
	      st == 0,
	      "status %d (136: SIGFPE; 4: the callback saw a wrong result or full registers)", st);
}

/* An attack module the validator must refuse: it does not load, and the
 * error counts violations. */
static void check_refused(const char *file, const char *name)
{
	char path[4096], err[512] = "";
	snprintf(path, sizeof path, "%s/%s", dir, file);
	halite_module *m = halite_module_load(path, err, sizeof err);
	check(name, !m && strstr(err, "violation"), "%s", m ? "it loaded" : err);
	halite_module_free(m);
}

/* The x87 environment would show the host's last x87 instruction address
 * and its long double values (modules/x87env.c): the validator refuses
 * fnstenv and fldenv. A module that sets the direction flag
 * (modules/setdf.c): the ways out of sandbox code do not clear it, since
 * the validator refuses std. */
static void test_refused_modules(void)
{
	check_refused("x87env.elf",
		      "a module that reads the x87 environment (fnstenv, fldenv) does not load");
	check_refused("setdf.elf", "a module that sets the direction flag (std) does not load");
}

/* A module without x87 code (hl_module.x87_free): calls leave the x87
 * unit alone, which must still leave the host's as it was, faults too;
 * dynamic code may not bring x87 in, where a module with x87 code may. */
static void test_x87_free(void)
{
	halite_module *m = load("nox87.elf");
	halite_instance *in = make_of(m);
	halite_fn twice = 0, crash = 0, dyn = 0;
	char err[512];
	int s = halite_lookup(m, "twice", &twice, err, sizeof err) |
		halite_lookup(m, "crash", &crash, err, sizeof err) |
		halite_lookup(m, "dynamic_code", &dyn, err, sizeof err);
	check("lookups in a module without x87 code", s == 0, "%s", err);
	halite_value a = halite_int(21), r = halite_int(0);
	for (int i = 0; i < 2; i++) /* the first call takes the C path */
		s = halite_call(in, twice, &a, 1, &r);
	check("a module without x87 code runs", s == 0 && r.i == 42, "status %d, %llu", s,
	      (unsigned long long)r.i);

	fesetround(FE_UPWARD);
	s = halite_call(in, twice, &a, 1, &r);
	int after_call = fegetround();
	halite_value bad = halite_int(8);
	/* An x87 exception flag (masked) the host has set. */
	unsigned short sw = 0;
	__asm__ volatile("fld1\n\tfldz\n\tfdivrp\n\tfstp %%st(0)" ::: "st");
	int fault = halite_call(in, crash, &bad, 1, &r);
	int after_fault = fegetround();
	unsigned short cw;
	__asm__ volatile("fnstcw %0\n\tfnstsw %1" : "=m"(cw), "=m"(sw));
	__asm__ volatile("fnclex");
	fesetround(FE_TONEAREST);
	check("the host's rounding mode survives a call into a module without x87 code",
	      s == 0 && after_call == FE_UPWARD, "status %d, mode %d", s, after_call);
	check("... and a fault in it, the x87 control word too",
	      fault == HALITE_ERR_FAULT && after_fault == FE_UPWARD && (cw & 0xc00) == 0x800,
	      "status %d, mode %d, x87 control word %#x", fault, after_fault, cw);
	check("... and the host's x87 exception flags", (sw & 0x3f) == 0x04, "x87 status word %#x",
	      sw);
	halite_instance_destroy(in);

	in = make_of(m);
	a = halite_int(0);
	s = halite_call(in, dyn, &a, 1, &r);
	check("its dynamic code runs", s == 0 && r.i == 42, "status %d, %lld", s, (long long)r.i);
	a = halite_int(1);
	s = halite_call(in, dyn, &a, 1, &r);
	check("... but not dynamic code with an x87 instruction",
	      s == 0 && (long long)r.i == -EACCES, "status %d, %lld", s, (long long)r.i);
	halite_instance_destroy(in);
	halite_module_free(m);

	in = make();
	uint64_t v = 0;
	s = calli(in, "dynamic_code", &v, 1, (uint64_t)1);
	check("control: a module with x87 code may add more", s == 0 && v == 42, "status %d, %lld",
	      s, (long long)v);
	halite_instance_destroy(in);
}

/* A host callback that returns the MXCSR it runs with. */
static int cb_mxcsr(halite_instance *in, void *ctx, const halite_value *a, unsigned n,
		    halite_value *r)
{
	(void)in;
	(void)ctx;
	(void)a;
	(void)n;
	r->i = mxcsr_get();
	return 0;
}

/* A module that can neither read nor write MXCSR (nox87.c) runs with the
 * host's, as a library function does, on both ways in; one that can
 * (basic.c) starts each call with the default (test_entry_state). */
static void test_mxcsr_free(void)
{
	halite_module *m = load("nox87.elf");
	halite_instance *in = make_of(m);
	halite_fn divd = 0, call_host = 0, dyn = 0, crash = 0;
	char err[512], name[128];
	int s = halite_lookup(m, "divd", &divd, err, sizeof err) |
		halite_lookup(m, "call_host", &call_host, err, sizeof err) |
		halite_lookup(m, "crash", &crash, err, sizeof err) |
		halite_lookup(m, "dynamic_code", &dyn, err, sizeof err) |
		halite_register_callback(in, 0, NULL, "l(l)", cb_mxcsr, NULL);
	check("lookups in a module without MXCSR access", s == 0, "%s", err);
	volatile double one = 1, three = 3;
	fesetround(FE_UPWARD);
	double up = one / three;
	fesetround(FE_TONEAREST);
	double nearest = one / three;
	halite_value a[2] = {halite_double(1), halite_double(3)}, r = {.type = HALITE_DOUBLE};
	s = halite_call(in, divd, a, 2, &r); /* the first call takes the C path */
	for (int path = 0; path < 2; path++) {
		const char *way = path ? "(the C path)" : "(the common case)";
		if (path)
			halite_call_timeout(in, 1000);
		/* Rounding up, the flag ZE set. */
		mxcsr_set(0x5f84);
		r.type = HALITE_DOUBLE;
		s = halite_call(in, divd, a, 2, &r);
		unsigned after = mxcsr_get();
		mxcsr_set(0x1f80);
		snprintf(name, sizeof name,
			 "a module without MXCSR access rounds as the host does %s", way);
		check(name, s == 0 && r.d == up && up != nearest, "status %d, %a (up %a)", s, r.d,
		      up);
		snprintf(name, sizeof name,
			 "... and the host keeps its MXCSR, its inexact result's flag added %s",
			 way);
		check(name, after == 0x5fa4, "MXCSR %#x", after);
		mxcsr_set(0x5f80);
		halite_value i = halite_int(1);
		r = halite_int(0);
		s = halite_call(in, call_host, &i, 1, &r);
		mxcsr_set(0x1f80);
		snprintf(name, sizeof name, "its callbacks run with the host's MXCSR %s", way);
		check(name, s == 0 && (r.i & ~0x3full) == 0x5f80, "status %d, MXCSR %#llx", s,
		      (unsigned long long)r.i);
	}
	mxcsr_set(0x5f84);
	halite_value bad = halite_int(8);
	s = halite_call(in, crash, &bad, 1, &r);
	unsigned after = mxcsr_get();
	mxcsr_set(0x1f80);
	check("the host keeps its MXCSR after a fault in such a module",
	      s == HALITE_ERR_FAULT && after == 0x5f84, "status %d, MXCSR %#x", s, after);
	halite_instance_destroy(in);
	in = make_of(m);
	halite_fn quit = 0;
	halite_lookup(m, "quit", &quit, err, sizeof err);
	mxcsr_set(0x5f84);
	halite_value status = halite_int(3);
	s = halite_call(in, quit, &status, 1, &r);
	after = mxcsr_get();
	mxcsr_set(0x1f80);
	check("... and after it exits in a system call", s == HALITE_ERR_EXIT && after == 0x5f84,
	      "status %d, MXCSR %#x", s, after);
	halite_instance_destroy(in);
	/* The host unmasks division by zero (ZM, bit 9): the module's 1/0
	 * traps, in the module. */
	in = make_of(m);
	mxcsr_set(0x1d80);
	a[1] = halite_double(0);
	r.type = HALITE_DOUBLE;
	s = halite_call(in, divd, a, 2, &r);
	after = mxcsr_get();
	mxcsr_set(0x1f80);
	check("a host that unmasks an exception makes such a module's arithmetic fault",
	      s == HALITE_ERR_FAULT && !halite_alive(in) && (after & ~0x3fu) == 0x1d80,
	      "status %d, MXCSR %#x", s, after);
	halite_instance_destroy(in);

	in = make_of(m);
	halite_value k = halite_int(2);
	r = halite_int(0);
	s = halite_call(in, dyn, &k, 1, &r);
	check("its dynamic code may not read MXCSR", s == 0 && (long long)r.i == -EACCES,
	      "status %d, %lld", s, (long long)r.i);
	halite_instance_destroy(in);
	halite_module_free(m);

	in = make();
	uint64_t v = 0;
	s = calli(in, "dynamic_code", &v, 1, (uint64_t)2);
	check("control: a module with MXCSR access may add more", s == 0 && v == 42,
	      "status %d, %lld", s, (long long)v);
	halite_instance_destroy(in);
}

static void test_callbacks(void)
{
	halite_instance *in = make();
	rec_fn = fn("rec");
	check("register callbacks",
	      halite_register_callback(in, 0, "scale", "d(ld)", cb_scale, NULL) == 0 &&
		  halite_register_callback(in, 1, "rec", "l(l)", cb_rec, NULL) == 0,
	      "%s", halite_last_error(in));
	check("a bad signature is refused",
	      halite_register_callback(in, 2, NULL, "d(x)", cb_scale, NULL) == HALITE_ERR_INVAL &&
		  halite_register_callback(in, 2, NULL, "i(llllll)", cb_scale, NULL) ==
		      HALITE_ERR_INVAL,
	      "%s", "failed");
	halite_value a[2] = {halite_int(3), halite_double(1.5)}, ret = {.type = HALITE_DOUBLE};
	int s = halite_call(in, fn("call_host"), a, 2, &ret);
	check("a callback with int and double arguments and a double result",
	      s == 0 && ret.d == 5.5, "status %d result %g: %s", s, ret.d, halite_last_error(in));

	uint64_t r = 0;
	max_depth = 0;
	s = calli(in, "rec", &r, 1, (uint64_t)10);
	check("host -> sandbox -> host -> sandbox ... to depth 10",
	      s == 0 && r == 55 && max_depth == 10, "status %d result %llu depth %d: %s", s,
	      (unsigned long long)r, max_depth, halite_last_error(in));
	s = calli(in, "add", &r, 2, (uint64_t)1, (uint64_t)2);
	check("the instance is intact after nested calls", s == 0 && r == 3, "status %d", s);
	halite_value d2[2] = {halite_double(2), halite_double(3)};
	ret.type = HALITE_DOUBLE;
	s = halite_call(in, fn("muld"), d2, 2, &ret);
	check("double calls after nested calls", s == 0 && ret.d == 6, "%d %g", s, ret.d);

	halite_sptr name = halite_malloc(in, 16);
	halite_copy_in(in, name, "rec", 4);
	s = calli(in, "find", &r, 1, name);
	check("the module finds a callback by name", s == 0 && r == 1, "%d %lld", s, (long long)r);
	halite_copy_in(in, name, "nope", 5);
	s = calli(in, "find", &r, 1, name);
	check("an unknown name is -1", s == 0 && (int64_t)r == -1, "%d %lld", s, (long long)r);

	s = calli(in, "call_index", &r, 1, (uint64_t)77);
	check("an unregistered callback ends the call",
	      s == HALITE_ERR_CALLBACK && !halite_alive(in), "status %d: %s", s,
	      halite_last_error(in));
	halite_instance_destroy(in);

	in = make();
	halite_register_callback(in, 3, NULL, "l(ll)", cb_fail, NULL);
	s = calli(in, "call_index", &r, 1, (uint64_t)3);
	check("a failing host callback ends the call", s == HALITE_ERR_CALLBACK, "status %d", s);
	halite_instance_destroy(in);

	in = make();
	halite_register_callback(in, 2, NULL, "v()", cb_interrupt, NULL);
	s = calli(in, "call_then_spin", &r, 0);
	check("halite_interrupt from a callback stops the call", s == HALITE_ERR_INTERRUPTED,
	      "status %d", s);
	halite_instance_destroy(in);

	in = make();
	halite_register_callback(in, 2, NULL, "v()", cb_destroy, NULL);
	s = calli(in, "call_then_spin", &r, 0);
	check("an instance destroyed by its own callback ends the call", s == HALITE_ERR_DEAD,
	      "status %d", s);
	/* (freed by halite_call; ASan reports a use after free or a leak) */
}

/* ---- concurrency ---- */

struct worker {
	halite_instance *in;
	long calls, bad;
};

static void *work(void *arg)
{
	struct worker *w = arg;
	halite_fn add = fn("add"), muld = fn("muld");
	for (long i = 0; i < w->calls; i++) {
		halite_value a[2] = {halite_int((uint64_t)i), halite_int(7)}, r = halite_int(0);
		if (halite_call(w->in, add, a, 2, &r) || (int)r.i != (int)i + 7)
			w->bad++;
		halite_value d[2] = {halite_double((double)i), halite_double(0.5)};
		r.type = HALITE_DOUBLE;
		if (halite_call(w->in, muld, d, 2, &r) || r.d != (double)i * 0.5)
			w->bad++;
	}
	return NULL;
}

static void test_threads(void)
{
	struct worker w[2] = {{.in = make(), .calls = 100000}, {.in = make(), .calls = 100000}};
	pthread_t th[2];
	for (int i = 0; i < 2; i++)
		pthread_create(&th[i], NULL, work, &w[i]);
	for (int i = 0; i < 2; i++)
		pthread_join(th[i], NULL);
	check("two host threads call two instances concurrently", w[0].bad == 0 && w[1].bad == 0,
	      "%ld and %ld bad results", w[0].bad, w[1].bad);
	/* The instances move to the main thread. */
	uint64_t r;
	int s = calli(w[0].in, "add", &r, 2, 1ull, 2ull);
	check("an instance can be called from another thread later", s == 0 && r == 3, "%d", s);
	for (int i = 0; i < 2; i++)
		halite_instance_destroy(w[i].in);
}

/* Warm slots (src/runtime/warm.c): a destroyed instance's slot is reused
 * by the next instance of the module, and nothing it wrote survives. */
static void test_warm(void)
{
	/* A module of its own, whose list of warm slots starts empty. */
	halite_module *m = load("basic.elf");
	const uint64_t p = 0x5ec2e7c0ffee1234;
	halite_instance *a = make_of(m);
	uint64_t base = halite_base(a), r = 0, block = 0;
	int s = calli(a, "residue", &r, 1, p);
	int s2 = calli(a, "residue_block", &block, 0);
	int s3 = calli(a, "leftover", &r, 1, p);
	check("control: leftover() finds residue() in the same instance",
	      s == 0 && s2 == 0 && s3 == 0 && r >= 2 + 1024, "status %d %d %d, %llu found", s, s2,
	      s3, (unsigned long long)r);
	halite_instance_destroy(a);

	/* The large block was mmap'd: unmapped for the next instance. */
	halite_instance *b = make_of(m);
	check("the next instance of the module takes the emptied slot", halite_base(b) == base,
	      "0x%llx, then 0x%llx", (unsigned long long)base, (unsigned long long)halite_base(b));
	s = calli(b, "peek", &r, 1, block);
	check("what the last instance mapped is not mapped in the next",
	      s == HALITE_ERR_FAULT, "status %d, read 0x%llx", s, (unsigned long long)r);
	halite_instance_destroy(b);

	halite_instance *c = make_of(m);
	s = calli(c, "leftover", &r, 1, p);
	check("nothing of the last instance in its data, bss, stack, heap or mmap blocks",
	      s == 0 && r == 0, "status %d, %llu found", s, (unsigned long long)r);
	s = calli(c, "protect_stack_low", &r, 0);
	check("the module changes an initial mapping", s == 0 && r == 0, "status %d, %d", s, (int)r);
	halite_instance_destroy(c);

	/* That slot was not kept warm: the next instance's stack is whole. */
	halite_instance *d = make_of(m);
	s = calli(d, "touch_stack_low", &r, 0);
	check("a slot whose initial mappings changed is not reused as it is",
	      s == 0 && r == 1 && halite_alive(d), "status %d: %s", s, halite_last_error(d));
	s = calli(d, "protect_headers", &r, 0);
	check("the module makes its headers inaccessible", s == 0 && r == 0, "status %d, %d", s,
	      (int)r);
	halite_instance_destroy(d);
	halite_instance *e = make_of(m); /* exits if its start-up faults */
	check("a slot whose mapping changed protection is not reused as it is", halite_alive(e),
	      "%s", halite_last_error(e));
	halite_instance_destroy(e);
	halite_module_free(m);

	/* Writable pages the module keeps no copy of: discarded. */
	m = load("bigdata.elf");
	halite_fn residue = 0, leftover = 0;
	char err[512];
	halite_lookup(m, "residue", &residue, err, sizeof err);
	halite_lookup(m, "leftover", &leftover, err, sizeof err);
	halite_value tag = halite_int(p), ret = halite_int(0);
	a = make_of(m);
	base = halite_base(a);
	s = halite_call(a, residue, &tag, 1, &ret);
	s2 = halite_call(a, leftover, &tag, 1, &ret);
	check("control: leftover() finds residue() in the same instance of bigdata",
	      s == 0 && s2 == 0 && ret.i == 102, "status %d %d, %llu", s, s2,
	      (unsigned long long)ret.i);
	halite_instance_destroy(a);
	b = make_of(m);
	s = halite_call(b, leftover, &tag, 1, &ret);
	check("nothing of the last instance in 96 KiB of data, its file's bytes back",
	      halite_base(b) == base && s == 0 && ret.i == 0, "status %d, %llu", s,
	      (unsigned long long)ret.i);
	halite_instance_destroy(b);
	halite_module_free(m);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		printf("not ok usage: test_embed MODULE_DIR\n");
		return 1;
	}
	dir = argv[1];
	basic = load("basic.elf");
	test_lookup();
	test_null_handles();
	test_args();
	test_args_paths();
	test_x87();
	test_x87_free();
	test_mxcsr_free();
	test_refused_modules();
	test_memory();
	test_faults();
	test_timeout();
	test_interrupt();
	test_interrupt_callback();
	test_owner();
	test_callbacks();
	test_callback_state();
	test_entry_state();
	test_threads();
	test_warm();
	halite_module_free(basic);
	return failures != 0;
}
