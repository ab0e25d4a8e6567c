/* Through the library: one process, several sandboxes. A sandbox that
 * faults, loops past its timeout or exits is reported as such, and the
 * host and the other sandboxes carry on.
 *
 *   test_two_sandboxes MODULE_DIR   (holds faults.elf, hello.elf, spin.elf) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

static int failures;

static void check(const char *name, int cond, const char *detail)
{
	printf("%s %s%s%s\n", cond ? "ok" : "not ok", name, cond ? "" : ": ", cond ? "" : detail);
	failures += !cond;
}

static struct hl_module *load(const char *dir, const char *name)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	struct hl_load_error err;
	struct hl_module *m = hl_module_load(path, NULL, &err);
	if (!m) {
		printf("not ok load %s: %s\n", name, err.msg);
		exit(1);
	}
	return m;
}

struct job {
	const struct hl_module *m;
	struct hl_config cfg;
	char *argv[4];
	struct hl_result res;
	int created;
	uint64_t base;
};

static void *run_job(void *arg)
{
	struct job *j = arg;
	char err[256];
	char *envp[] = {NULL};
	struct hl_sandbox *sb = hl_sandbox_create(j->m, &j->cfg, err, sizeof err);
	if (!sb)
		return NULL;
	j->created = 1;
	j->base = hl_sandbox_base(sb);
	hl_sandbox_run(sb, j->argv, envp, &j->res);
	hl_sandbox_destroy(sb);
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		printf("not ok usage: test_two_sandboxes MODULE_DIR\n");
		return 1;
	}
	struct hl_module *faults = load(argv[1], "faults.elf");
	struct hl_module *hello = load(argv[1], "hello.elf");
	struct hl_module *spin = load(argv[1], "spin.elf");

	/* One after the other on the same host thread. */
	struct job a = {.m = faults, .argv = {"faults", "segv", NULL}};
	struct job b = {.m = hello, .argv = {"hello", "5", NULL}};
	hl_config_default(&a.cfg);
	hl_config_default(&b.cfg);
	a.cfg.stdio[1] = a.cfg.stdio[2] = -1; /* keep the test log quiet */
	b.cfg.stdio[1] = -1;
	run_job(&a);
	check("first sandbox faults", a.created && a.res.end == HL_END_FAULT && a.res.code == 11,
	      "expected a SIGSEGV fault");
	check("fault is located in the module", a.res.fault.rip >= 0x20000 && a.res.fault.nframes > 0,
	      "no rip or backtrace");
	run_job(&b);
	check("the host survives and a second sandbox runs after it",
	      b.created && b.res.end == HL_END_EXIT && b.res.code == 5, "hello did not exit 5");

	/* The slot at address 0 (create.c): taken when the low 4 GiB are free,
	 * as in this process (no sanitizer shadow there), unless any_base.
	 * A thread inherits the %gs base of the thread that made it: here
	 * that of a sandbox run and destroyed on this thread, at another
	 * base; the new thread must still set its own, 0, or the module's
	 * first access faults in the freed slot. */
	struct job far = {.m = hello, .argv = {"hello", "3", NULL}};
	hl_config_default(&far.cfg);
	far.cfg.stdio[1] = -1;
	far.cfg.any_base = 1;
	run_job(&far);
	check("any_base: the sandbox is not at address 0",
	      far.created && far.base != 0 && far.res.end == HL_END_EXIT && far.res.code == 3,
	      "at 0, or hello did not exit 3");
	struct job low = {.m = hello, .argv = {"hello", "4", NULL}};
	hl_config_default(&low.cfg);
	low.cfg.stdio[1] = -1;
	pthread_t lt;
	pthread_create(&lt, NULL, run_job, &low);
	pthread_join(lt, NULL);
	check("a sandbox takes the slot at address 0 when it is free", low.created && low.base == 0,
	      "not at 0");
	check("a new host thread sets its %gs base though it inherited another slot's",
	      low.res.end == HL_END_EXIT && low.res.code == 4, "hello did not exit 4");

	/* At the same time, on different host threads: a fault, a timeout
	 * and a normal exit. */
	struct job jobs[3] = {
		{.m = faults, .argv = {"faults", "div", NULL}},
		{.m = spin, .argv = {"spin", NULL}},
		{.m = hello, .argv = {"hello", "9", NULL}},
	};
	pthread_t th[3];
	for (int i = 0; i < 3; i++) {
		hl_config_default(&jobs[i].cfg);
		jobs[i].cfg.stdio[1] = jobs[i].cfg.stdio[2] = -1;
	}
	jobs[1].cfg.timeout = 0.3;
	for (int i = 0; i < 3; i++)
		pthread_create(&th[i], NULL, run_job, &jobs[i]);
	for (int i = 0; i < 3; i++)
		pthread_join(th[i], NULL);
	check("concurrent: the faulting sandbox ends with SIGFPE",
	      jobs[0].res.end == HL_END_FAULT && jobs[0].res.code == 8, "no SIGFPE");
	check("concurrent: the looping sandbox is stopped by its timeout",
	      jobs[1].res.end == HL_END_TIMEOUT, "no timeout");
	check("concurrent: the third sandbox exits normally",
	      jobs[2].res.end == HL_END_EXIT && jobs[2].res.code == 9, "hello did not exit 9");

	/* Many sandboxes from one module, one after another: slots are
	 * released. */
	int good = 1;
	for (int i = 0; i < 50 && good; i++) {
		struct job j = {.m = hello, .argv = {"hello", "1", NULL}};
		hl_config_default(&j.cfg);
		j.cfg.stdio[1] = -1;
		run_job(&j);
		good = j.created && j.res.end == HL_END_EXIT && j.res.code == 1;
	}
	check("50 sandboxes in sequence from one loaded module", good, "a run failed");

	hl_module_free(faults);
	hl_module_free(hello);
	hl_module_free(spin);
	return failures != 0;
}
