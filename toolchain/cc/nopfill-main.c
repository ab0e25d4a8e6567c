/* halite-nopfill: halite-cc's post-link nop-merging pass (nopfill.c) on its
 * own, for tests and comparisons (built as BUILD/tools/halite-nopfill; not
 * installed).
 *
 *   halite-nopfill [--stats] [--inject-fault] MODULE...
 *
 * Rewrites each module in place, or with --stats only counts what it would
 * do. Prints one line per module:
 *   MODULE: bundle=B code=N targets=T nop1=N runs=R run_bytes=N splits=S nops=K STATUS
 * (nop1: single-byte nops found; runs: pieces of >= 2 of them that are, or
 * would be, merged; STATUS: ok, skipped, invalid, reverted, error or write
 * error, then ": MSG").
 * --inject-fault breaks the merged code on purpose (a test of the check
 * that must then keep the original). Exit status: 0 if every module ended
 * ok, skipped or invalid, 1 otherwise, 2 on a usage error. */
#include <stdio.h>
#include <string.h>

#include "nopfill.h"

int main(int argc, char **argv)
{
	unsigned flags = 0;
	int i = 1, status = 0;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "--stats"))
			flags |= NOPFILL_DRY_RUN;
		else if (!strcmp(argv[i], "--inject-fault"))
			flags |= NOPFILL_INJECT_FAULT;
		else if (!strcmp(argv[i], "--")) {
			i++;
			break;
		} else {
			fprintf(stderr, "halite-nopfill: unknown option %s\n", argv[i]);
			return 2;
		}
	}
	if (i >= argc) {
		fprintf(stderr, "usage: halite-nopfill [--stats] [--inject-fault] MODULE...\n");
		return 2;
	}
	static const char *const names[] = {"ok",	"skipped", "invalid",
					    "reverted", "error",   "write error"};
	for (; i < argc; i++) {
		struct nopfill_stats st;
		char msg[300];
		enum nopfill_status rc = nopfill_file(argv[i], flags, &st, msg, sizeof msg);
		printf("%s: bundle=%u code=%zu targets=%zu nop1=%zu runs=%zu run_bytes=%zu "
		       "splits=%zu nops=%zu %s%s%s\n",
		       argv[i], st.bundle, st.code_bytes, st.targets, st.nop1, st.runs,
		       st.run_bytes, st.splits, st.nops_written, names[rc], *msg ? ": " : "", msg);
		if (rc == NOPFILL_REVERTED || rc == NOPFILL_ERROR || rc == NOPFILL_WRITE_ERROR)
			status = 1;
	}
	return status;
}
