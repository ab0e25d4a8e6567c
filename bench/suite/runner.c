/* runner: wall and CPU time of whole processes, several commands
 * interleaved, with a hash of each run's standard output.
 *
 * usage: runner [-n RUNS] [-C DIR] [-e ERRLOG] [-k DIR]
 *               -- LABEL [<FILE] [%t] CMD [ARGS...] [:: LABEL [<FILE] [%t] CMD [ARGS...]]...
 *
 * Runs each command RUNS times (default 5), round robin: round r runs every
 * command once, starting with command r % K, so that none is always first.
 * Each run is one posix_spawn + wait4 in DIR (-C; default the current
 * directory), timed with CLOCK_MONOTONIC from just before the spawn to just
 * after the wait; the child's CPU time (user + sys, from wait4, its waited
 * descendants included) is recorded too. stdin is FILE ("<FILE" after the
 * label; default /dev/null), stderr goes to ERRLOG (-e, appended; default
 * inherited), and stdout is a pipe that the runner reads as it comes and
 * hashes (64-bit, 8 bytes a step), so that outputs of hundreds of MB are
 * checked without being stored. "%t" after the label drops timings at the
 * ends of lines before hashing: a run of " 0.123s" or "0.123s" at the end of
 * a line (SQLite's speedtest1). With -k DIR, the output of each command's
 * first run is kept in DIR/LABEL.out when it is at most 1 MiB.
 *
 * Prints one line per run, tab-separated, in the order run:
 *     LABEL RUN WALL_SECONDS CPU_SECONDS STATUS OUTPUT_BYTES OUTPUT_HASH
 * STATUS is the exit status, or 128 + N after signal N. A run that fails is
 * reported like the others (the caller decides); the runner's own errors
 * exit 2. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

struct cmd {
	const char *label, *in;
	int strip;
	char **argv;
};

struct hash {
	uint64_t h, bytes;
	unsigned char tail[8]; /* bytes not yet folded in */
	size_t ntail;
};

static void hash_init(struct hash *s)
{
	memset(s, 0, sizeof *s);
	s->h = 0x9e3779b97f4a7c15u;
}

static void fold(struct hash *s, uint64_t w)
{
	s->h = (s->h ^ w) * 0xff51afd7ed558ccdu;
	s->h ^= s->h >> 29;
}

static void hash_add(struct hash *s, const unsigned char *p, size_t n)
{
	s->bytes += n;
	while (n > 0 && s->ntail > 0 && s->ntail < 8) {
		s->tail[s->ntail++] = *p++;
		n--;
		if (s->ntail == 8) {
			uint64_t w;
			memcpy(&w, s->tail, 8);
			fold(s, w);
			s->ntail = 0;
		}
	}
	for (; n >= 8; p += 8, n -= 8) {
		uint64_t w;
		memcpy(&w, p, 8);
		fold(s, w);
	}
	memcpy(s->tail + s->ntail, p, n);
	s->ntail += n;
}

static uint64_t hash_end(struct hash *s)
{
	uint64_t w = 0;
	memcpy(&w, s->tail, s->ntail);
	fold(s, w ^ (s->bytes << 8));
	fold(s, s->bytes);
	return s->h;
}

/* Line filter for %t: holds the current line, drops a trailing timing. */
struct lines {
	char buf[4096];
	size_t n;
};

static size_t strip_timing(const char *l, size_t n)
{
	size_t e = n;
	if (e == 0 || l[e - 1] != 's')
		return n;
	e--;
	size_t digits = 0, dot = 0;
	while (e > 0 && ((l[e - 1] >= '0' && l[e - 1] <= '9') || l[e - 1] == '.')) {
		if (l[e - 1] == '.')
			dot++;
		else
			digits++;
		e--;
	}
	if (digits == 0 || dot != 1)
		return n;
	while (e > 0 && l[e - 1] == ' ')
		e--;
	return e;
}

static void lines_add(struct lines *L, struct hash *s, const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (p[i] == '\n' || L->n == sizeof L->buf) {
			hash_add(s, (const unsigned char *)L->buf, strip_timing(L->buf, L->n));
			if (p[i] == '\n')
				hash_add(s, (const unsigned char *)"\n", 1);
			L->n = 0;
			if (p[i] == '\n')
				continue;
		}
		L->buf[L->n++] = (char)p[i];
	}
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *what)
{
	fprintf(stderr, "runner: %s: %s\n", what, strerror(errno));
	exit(2);
}

static void run_once(const struct cmd *c, int run, const char *errlog, const char *keep)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) != 0)
		die("pipe");
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, c->in ? c->in : "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, p[1], 1);
	if (errlog)
		posix_spawn_file_actions_addopen(&fa, 2, errlog, O_WRONLY | O_APPEND | O_CREAT, 0644);

	FILE *kf = NULL;
	size_t kept = 0;
	char kpath[4096];
	if (keep && run == 0) {
		snprintf(kpath, sizeof kpath, "%s/%s.out", keep, c->label);
		kf = fopen(kpath, "w");
		if (!kf)
			die(kpath);
	}

	struct hash s;
	hash_init(&s);
	static struct lines L;
	L.n = 0;
	static unsigned char buf[1 << 16];

	pid_t pid;
	double t0 = now();
	int e = posix_spawnp(&pid, c->argv[0], &fa, NULL, c->argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(p[1]);
	if (e != 0) {
		errno = e;
		die(c->argv[0]);
	}
	for (;;) {
		ssize_t n = read(p[0], buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			die("read");
		if (n == 0)
			break;
		if (c->strip)
			lines_add(&L, &s, buf, (size_t)n);
		else
			hash_add(&s, buf, (size_t)n);
		if (kf && kept <= (1u << 20)) {
			fwrite(buf, 1, (size_t)n, kf);
			kept += (size_t)n;
		}
	}
	close(p[0]);
	int st;
	struct rusage ru;
	while (wait4(pid, &st, 0, &ru) < 0)
		if (errno != EINTR)
			die("wait4");
	double t1 = now();
	if (c->strip && L.n > 0)
		hash_add(&s, (const unsigned char *)L.buf, strip_timing(L.buf, L.n));
	if (kf) {
		fclose(kf);
		if (kept > (1u << 20))
			unlink(kpath);
	}
	double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
		     (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
	int status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	uint64_t bytes = s.bytes;
	printf("%s\t%d\t%.6f\t%.6f\t%d\t%" PRIu64 "\t%016" PRIx64 "\n", c->label, run, t1 - t0, cpu,
	       status, bytes, hash_end(&s));
	fflush(stdout);
}

static void usage(void)
{
	fprintf(stderr, "usage: runner [-n RUNS] [-C DIR] [-e ERRLOG] [-k DIR] -- LABEL [<FILE] [%%t] "
			"CMD [ARGS...] [:: LABEL ...]...\n");
	exit(2);
}

int main(int argc, char **argv)
{
	int runs = 5, opt;
	const char *dir = NULL, *errlog = NULL, *keep = NULL;
	while ((opt = getopt(argc, argv, "n:C:e:k:")) != -1) {
		switch (opt) {
		case 'n': runs = atoi(optarg); break;
		case 'C': dir = optarg; break;
		case 'e': errlog = optarg; break;
		case 'k': keep = optarg; break;
		default: usage();
		}
	}
	if (runs < 1 || optind >= argc)
		usage();

	struct cmd *cmds = calloc((size_t)argc, sizeof *cmds);
	if (!cmds)
		die("calloc");
	int k = 0;
	for (int i = optind; i < argc;) {
		struct cmd *c = &cmds[k++];
		c->label = argv[i++];
		if (i < argc && argv[i][0] == '<')
			c->in = argv[i++] + 1;
		if (i < argc && strcmp(argv[i], "%t") == 0)
			c->strip = 1, i++;
		c->argv = &argv[i];
		while (i < argc && strcmp(argv[i], "::") != 0)
			i++;
		if (&argv[i] == c->argv)
			usage();
		if (i < argc)
			argv[i++] = NULL; /* ends this command's argv */
	}
	if (dir && chdir(dir) != 0)
		die(dir);
	for (int r = 0; r < runs; r++)
		for (int j = 0; j < k; j++)
			run_once(&cmds[(r + j) % k], r, errlog, keep);
	return 0;
}
