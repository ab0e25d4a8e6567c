# shellcheck shell=bash
# Shared by the runtime benchmarks (bench/runtime/*.sh); sourced, not run.
#
# Environment: BUILD (build), HALITE (BUILD/bin/halite), HALITE_CC
# (BUILD/bin/halite-cc), GCC (gcc), SPAWNBENCH (BUILD/bench/spawnbench,
# built here from bench/runtime/spawnbench.c when missing or stale).
# Work files go to OUT (BUILD/bench/runtime), which is kept: the modules
# and native programs can be rerun by hand.

BUILD=${BUILD:-build}
HALITE=${HALITE:-$BUILD/bin/halite}
HALITE_CC=${HALITE_CC:-$BUILD/bin/halite-cc}
GCC=${GCC:-gcc}
SPAWNBENCH=${SPAWNBENCH:-$BUILD/bench/spawnbench}
OUT=${OUT:-$BUILD/bench/runtime}

# need_tools NAME: fails unless halite and halite-cc are built.
need_tools() {
	local t
	for t in "$HALITE" "$HALITE_CC"; do
		[ -x "$t" ] || { echo "$1: $t not built (make)" >&2; exit 1; }
	done
	if [ ! -x "$SPAWNBENCH" ] || [ bench/runtime/spawnbench.c -nt "$SPAWNBENCH" ]; then
		mkdir -p "$(dirname "$SPAWNBENCH")"
		"$GCC" -std=c17 -O2 -Wall -Wextra -D_GNU_SOURCE bench/runtime/spawnbench.c -lm \
			-o "$SPAWNBENCH" || { echo "$1: cannot build spawnbench" >&2; exit 1; }
	fi
	mkdir -p "$OUT"
}

# median NUMBERS...: the median (mean of the two middle ones if even).
median() {
	printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 }
		END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.6g\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# geomean NUMBERS...: their geometric mean.
geomean() {
	printf '%s\n' "$@" | awk '{ s += log($1); n++ } END { printf "%.4f\n", n ? exp(s / n) : 0 }'
}

# ratio A B: A / B to 2 decimals (n/a when B is 0).
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f\n", a / b; else print "n/a" }'
}
