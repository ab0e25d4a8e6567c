/* halite-rewrite: turns GNU as AT&T assembly (gcc -S output, hand-written
 * .s, preprocessed .S) into assembly that obeys the sandbox rules of
 * docs/abi.md. Untrusted: the validator checks the result.
 *
 *   halite-rewrite [-o OUT.s] [--bundle 32|16] [--round-down] IN.s
 *                                                       ("-": stdin/stdout)
 *
 * Exit status 0 on success; 1 after reporting, as FILE:LINE: ..., anything
 * it cannot make safe (no output is written then). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyze.h"
#include "buf.h"
#include "diag.h"
#include "driver.h"
#include "sections.h"
#include "source.h"

static void usage(FILE *f)
{
	fputs("usage: halite-rewrite [-o OUT.s] [--bundle 32|16] [--round-down] IN.s\n"
	      "\n"
	      "Rewrites GNU as AT&T assembly into the halite sandbox form (docs/abi.md).\n"
	      "IN.s or OUT.s may be '-' for standard input or output (the default output).\n"
	      "\n"
	      "options:\n"
	      "  -o FILE        write the result to FILE\n"
	      "  --bundle N     bundle size: 32 (default) or 16\n"
	      "  --round-down   every indirect jump and call of the input goes to a\n"
	      "                 function or a label (compiler output): mask their\n"
	      "                 targets down, one instruction shorter. Without it they\n"
	      "                 round up, as returns always do, so that a jump to a\n"
	      "                 return address (longjmp) lands after its call\n"
	      "  -h, --help     show this help\n",
	      f);
}

static int read_all(FILE *f, struct buf *b)
{
	char tmp[65536];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_add(b, tmp, n);
	return ferror(f) ? -1 : 0;
}

/* The value of --bundle: 32 or 16 into *bundle, else a message and -1. */
static int parse_bundle(const char *v, unsigned *bundle)
{
	if (strcmp(v, "32") == 0)
		*bundle = 32;
	else if (strcmp(v, "16") == 0)
		*bundle = 16;
	else {
		fprintf(stderr, "halite-rewrite: bundle size must be 16 or 32\n");
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *in_name = NULL, *out_name = "-";
	unsigned bundle = 32;
	int round_down = 0;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "-o") == 0 && i + 1 < argc) {
			out_name = argv[++i];
		} else if (strncmp(a, "-o", 2) == 0 && a[2]) {
			out_name = a + 2;
		} else if (strcmp(a, "--bundle") == 0 && i + 1 < argc) {
			if (parse_bundle(argv[++i], &bundle) < 0)
				return 1;
		} else if (strncmp(a, "--bundle=", 9) == 0) {
			if (parse_bundle(a + 9, &bundle) < 0)
				return 1;
		} else if (strcmp(a, "--round-down") == 0) {
			round_down = 1;
		} else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			usage(stdout);
			return 0;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "halite-rewrite: unknown option '%s'\n", a);
			usage(stderr);
			return 1;
		} else if (!in_name) {
			in_name = a;
		} else {
			fprintf(stderr, "halite-rewrite: more than one input file\n");
			return 1;
		}
	}
	if (!in_name) {
		usage(stderr);
		return 1;
	}

	struct buf src;
	buf_init(&src);
	FILE *in = strcmp(in_name, "-") == 0 ? stdin : fopen(in_name, "r");
	if (!in) {
		fprintf(stderr, "halite-rewrite: %s: %s\n", in_name, strerror(errno));
		return 1;
	}
	if (read_all(in, &src) < 0) {
		fprintf(stderr, "halite-rewrite: %s: read error\n", in_name);
		return 1;
	}
	if (in != stdin)
		fclose(in);
	diag_set_file(strcmp(in_name, "-") == 0 ? "<stdin>" : in_name);

	struct program prog;
	struct sections secs;
	struct buf out;
	buf_init(&out);
	program_read(src.p ? src.p : "", src.len, &prog);
	sections_init(&secs);
	long next_label = analyze(&prog, &secs);
	if (!diag_errors())
		drive(&prog, &secs, next_label, bundle, round_down, &out);
	program_free(&prog);
	sections_free(&secs);
	buf_free(&src);

	int to_stdout = strcmp(out_name, "-") == 0;
	if (diag_errors()) {
		if (!to_stdout)
			unlink(out_name); /* never leave a stale result behind */
		buf_free(&out);
		return 1;
	}
	FILE *f = to_stdout ? stdout : fopen(out_name, "w");
	if (!f) {
		fprintf(stderr, "halite-rewrite: %s: %s\n", out_name, strerror(errno));
		buf_free(&out);
		return 1;
	}
	int bad = out.len && fwrite(out.p, 1, out.len, f) != out.len;
	bad |= to_stdout ? fflush(f) != 0 : fclose(f) != 0;
	buf_free(&out);
	if (bad) {
		fprintf(stderr, "halite-rewrite: %s: write error\n", out_name);
		if (!to_stdout)
			unlink(out_name);
		return 1;
	}
	return 0;
}
