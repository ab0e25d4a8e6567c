/* spawnbench: wall time of whole processes, several commands interleaved.
 *
 * usage: spawnbench [-n RUNS] [-w WARMUP] [-p SECONDS] [-i STDIN] [-O DIR] [-v]
 *                   -- LABEL [<FILE] CMD [ARGS...] [:: LABEL [<FILE] CMD [ARGS...]]...
 *
 * Runs each command RUNS times (after WARMUP untimed runs of each), round
 * robin: round r starts with command r % K, so that none is always first
 * or always last. With -p, each timed run comes after a pause of that
 * many seconds (what a run costs on its own, when the kernel's caches and
 * locks have gone cold). Each run is one posix_spawn + wait4, timed with
 * CLOCK_MONOTONIC from just before the spawn to just after the wait; the
 * child's CPU time (user + sys, from wait4) is recorded too. The child's
 * stdin is FILE when the command has a "<FILE" word after its label, else
 * STDIN (default /dev/null); its stdout /dev/null, or
 * DIR/LABEL.RUN with -O (to compare outputs or read what the program
 * measured itself); stderr is inherited.
 *
 * A run that exits with a status other than 0 (or is killed) is an error:
 * spawnbench says which and exits 1 at once. Otherwise it prints one line
 * per command, times in microseconds:
 *     LABEL RUNS MEDIAN P90 MIN MAX CPU_MEDIAN
 * (P90 by nearest rank). With -v it also prints every sample to stderr. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../bench_time.h"
extern char **environ;

struct cmd {
	const char *label, *in; /* in: its stdin, or NULL for -i's */
	char **argv;
	double *wall, *cpu; /* microseconds, one per timed run */
};

static double now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, bench_cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Nearest-rank percentile of sorted v. */
static double pct(const double *v, int n, double p)
{
	int k = (int)ceil(p / 100 * n);
	if (k < 1)
		k = 1;
	return v[k - 1];
}

/* One run of c; returns 0, or -1 after saying what went wrong. */
static int run_once(const struct cmd *c, const char *in, const char *outdir, int run, double *wall,
		    double *cpu)
{
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, c->in ? c->in : in, O_RDONLY, 0);
	char out[4096];
	if (outdir)
		snprintf(out, sizeof out, "%s/%s.%d", outdir, c->label, run);
	else
		snprintf(out, sizeof out, "/dev/null");
	posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	pid_t pid;
	struct rusage ru;
	int st;
	double t0 = now_us();
	int e = posix_spawn(&pid, c->argv[0], &fa, NULL, c->argv, environ);
	if (e) {
		posix_spawn_file_actions_destroy(&fa);
		fprintf(stderr, "spawnbench: %s: cannot run %s: %s\n", c->label, c->argv[0],
			strerror(e));
		return -1;
	}
	while (wait4(pid, &st, 0, &ru) < 0)
		if (errno != EINTR) {
			perror("spawnbench: wait4");
			return -1;
		}
	double t1 = now_us();
	posix_spawn_file_actions_destroy(&fa);
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		if (WIFEXITED(st))
			fprintf(stderr, "spawnbench: %s: run %d exited with status %d\n", c->label,
				run, WEXITSTATUS(st));
		else
			fprintf(stderr, "spawnbench: %s: run %d killed by signal %d\n", c->label,
				run, WTERMSIG(st));
		return -1;
	}
	*wall = t1 - t0;
	*cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e6 +
	       (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec);
	return 0;
}

static void usage(void)
{
	fprintf(stderr,
		"usage: spawnbench [-n RUNS] [-w WARMUP] [-p SECONDS] [-i STDIN] [-O DIR] [-v]\n"
		"                  -- LABEL [<FILE] CMD [ARGS...] [:: LABEL [<FILE] CMD "
		"[ARGS...]]...\n");
	exit(2);
}

int main(int argc, char **argv)
{
	int runs = 10, warmup = 1, verbose = 0, opt;
	double pause = 0;
	const char *in = "/dev/null", *outdir = NULL;
	while ((opt = getopt(argc, argv, "+n:w:p:i:O:v")) != -1) {
		switch (opt) {
		case 'n': runs = atoi(optarg); break;
		case 'w': warmup = atoi(optarg); break;
		case 'p': pause = atof(optarg); break;
		case 'i': in = optarg; break;
		case 'O': outdir = optarg; break;
		case 'v': verbose = 1; break;
		default: usage();
		}
	}
	if (runs < 1 || warmup < 0 || !(pause >= 0 && pause < 3600) || optind >= argc)
		usage();
	struct timespec pause_ts = {(time_t)pause, (long)((pause - (double)(time_t)pause) * 1e9)};

	/* Split the rest at "::" into commands. */
	struct cmd cmds[32];
	int k = 0;
	for (int i = optind; i < argc;) {
		if (k == 32 || i + 1 >= argc || !strcmp(argv[i], "::"))
			usage();
		cmds[k].label = argv[i++];
		cmds[k].in = NULL;
		if (argv[i][0] == '<')
			cmds[k].in = argv[i++] + 1;
		cmds[k].argv = &argv[i];
		int j = i;
		while (j < argc && strcmp(argv[j], "::"))
			j++;
		if (j == i)
			usage();
		if (j < argc)
			argv[j++] = NULL; /* ends this command's argv */
		cmds[k].wall = calloc((size_t)runs, sizeof(double));
		cmds[k].cpu = calloc((size_t)runs, sizeof(double));
		if (!cmds[k].wall || !cmds[k].cpu)
			return 1;
		k++;
		i = j;
	}
	if (outdir)
		mkdir(outdir, 0755);

	double w, c;
	for (int r = 0; r < warmup; r++)
		for (int i = 0; i < k; i++)
			if (run_once(&cmds[i], in, NULL, -1, &w, &c))
				return 1;
	for (int r = 0; r < runs; r++)
		for (int s = 0; s < k; s++) {
			struct cmd *cm = &cmds[(r + s) % k];
			if (pause > 0)
				nanosleep(&pause_ts, NULL);
			if (run_once(cm, in, outdir, r, &cm->wall[r], &cm->cpu[r]))
				return 1;
			if (verbose)
				fprintf(stderr, "%s %d %.1f %.1f\n", cm->label, r, cm->wall[r],
					cm->cpu[r]);
		}

	for (int i = 0; i < k; i++) {
		struct cmd *cm = &cmds[i];
		double med = median(cm->wall, runs); /* sorts wall */
		printf("%s %d %.1f %.1f %.1f %.1f %.1f\n", cm->label, runs, med,
		       pct(cm->wall, runs, 90), cm->wall[0], cm->wall[runs - 1],
		       median(cm->cpu, runs));
	}
	return 0;
}
