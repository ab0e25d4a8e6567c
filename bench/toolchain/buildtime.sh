#!/usr/bin/env bash
# Compile time of halite-cc against plain gcc, measured in the same run.
#
# Times `gcc -O2 -c` and `halite-cc -O2 -c` over the same sources, one file
# at a time (single job): tests/modules/*.c, zlib's *.c when
# build/third_party/src has a zlib tree, and SQLite's amalgamation sqlite3.c
# when one is available (see below). The two compilers alternate, run by run
# (which one goes first alternates too), RUNS times each (default 7, at least
# 5); the median wall time of a whole pass is reported (and the median CPU
# time, user + sys of the compiler processes, which a loaded machine
# disturbs less). The last line, from wall time, is
# `buildtime: halite-cc/gcc = X.XXx (goal <= 1.3x)`. No assertions on times.
#
# SQLite: uses BENCH_SRC/sqlite3.c (or BENCH_SRC/*/sqlite3.c) when present.
# Otherwise, if BENCH_SRC holds Debian's sqlite3 source package (fetched with
# `apt-get source --download-only sqlite3` when FETCH=1), takes sqlite3.c
# from its orig tarball if the tarball has one. Debian's bookworm package
# (3.40.1) ships the canonical source tree, not the amalgamation (that would
# need configure + tclsh + `make sqlite3.c`), so SQLite is then skipped and
# the script says so.
#
# Environment: BUILD (build), BENCH_SRC (BUILD/bench-src), HALITE_CC
# (BUILD/bin/halite-cc), GCC (gcc), RUNS (7), FETCH (0).
set -euo pipefail
cd "$(dirname "$0")/../.."

BUILD=${BUILD:-build}
BENCH_SRC=${BENCH_SRC:-$BUILD/bench-src}
HALITE_CC=${HALITE_CC:-$BUILD/bin/halite-cc}
GCC=${GCC:-gcc}
RUNS=${RUNS:-7}
FETCH=${FETCH:-0}
[ "$RUNS" -ge 5 ] || RUNS=5

[ -x "$HALITE_CC" ] || { echo "buildtime: $HALITE_CC not built (make)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

srcs=(tests/modules/*.c)
desc="${#srcs[@]} files from tests/modules"
zdir=$(find "$BUILD/third_party/src" -maxdepth 2 -name zlib.h -printf '%h\n' 2>/dev/null | head -n1 || true)
if [ -n "$zdir" ]; then
	zsrcs=("$zdir"/*.c)
	srcs+=("${zsrcs[@]}")
	desc+=", ${#zsrcs[@]} from $zdir"
else
	desc+=", zlib not found under $BUILD/third_party/src"
fi

# SQLite amalgamation.
sqlite=
sqlite_note=
find_sqlite() {
	find "$BENCH_SRC" -maxdepth 2 -name sqlite3.c -print 2>/dev/null | head -n1 || true
}
sqlite=$(find_sqlite)
if [ -z "$sqlite" ]; then
	if [ "$FETCH" = 1 ] && ! ls "$BENCH_SRC"/sqlite3_*.orig.tar.* >/dev/null 2>&1; then
		mkdir -p "$BENCH_SRC"
		(cd "$BENCH_SRC" && timeout 300 apt-get source --download-only sqlite3 >/dev/null 2>&1) || true
	fi
	tarball=$(ls "$BENCH_SRC"/sqlite3_*.orig.tar.* 2>/dev/null | grep -v -- -www | head -n1 || true)
	if [ -z "$tarball" ]; then
		sqlite_note="SQLite skipped: no sqlite3.c and no Debian sqlite3 source package in $BENCH_SRC (FETCH=1 fetches it)"
	else
		member=$(tar tf "$tarball" | grep -E '(^|/)sqlite3\.c$' | head -n1 || true)
		if [ -z "$member" ]; then
			sqlite_note="SQLite skipped: Debian package $(basename "$tarball") has no ready sqlite3.c amalgamation"
		else
			dir=$(dirname "$member")
			tar xf "$tarball" -C "$BENCH_SRC" "$member" "$dir/sqlite3.h" 2>/dev/null ||
				tar xf "$tarball" -C "$BENCH_SRC" "$member"
			sqlite=$BENCH_SRC/$member
		fi
	fi
fi
if [ -n "$sqlite" ]; then
	# Only keep it if both compilers accept it.
	if "$GCC" -O2 -c "$sqlite" -o "$tmp/s.o" 2>/dev/null &&
		"$HALITE_CC" -O2 -c "$sqlite" -o "$tmp/s.o" 2>/dev/null; then
		srcs+=("$sqlite")
		desc+=", $sqlite"
	else
		sqlite_note="SQLite skipped: $sqlite does not compile with both compilers"
	fi
fi

# Check every source once with both compilers (and warm the caches).
ok=()
for f in "${srcs[@]}"; do
	if "$GCC" -O2 -c "$f" -o "$tmp/x.o" 2>/dev/null && "$HALITE_CC" -O2 -c "$f" -o "$tmp/x.o" 2>/dev/null; then
		ok+=("$f")
	else
		echo "buildtime: skipping $f (a compiler fails on it)"
	fi
done

# One pass: compile every source, one at a time, with compiler $1. Prints
# "wall_us cpu_us" (cpu = user + sys of the compiler processes).
pass() {
	local cc=$1 i=0 t
	t=$({ TIMEFORMAT='%3R %3U %3S'; time {
		for f in "${ok[@]}"; do
			i=$((i + 1))
			"$cc" -O2 -c "$f" -o "$tmp/$i.o" 2>/dev/null
		done
	}; } 2>&1)
	awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%d %d\n", a[1] * 1e6, (a[2] + a[3]) * 1e6 }'
}

g_wall=() h_wall=() g_cpu=() h_cpu=()
run() { # $1 = g or h
	local w c
	if [ "$1" = g ]; then read -r w c < <(pass "$GCC"); g_wall+=("$w") g_cpu+=("$c")
	else read -r w c < <(pass "$HALITE_CC"); h_wall+=("$w") h_cpu+=("$c"); fi
}
for r in $(seq 1 "$RUNS"); do
	if [ $((r % 2)) = 1 ]; then run g; run h; else run h; run g; fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "buildtime: ${#ok[@]} sources ($desc), -O2 -c, single job, $RUNS interleaved runs each"
[ -z "$sqlite_note" ] || echo "$sqlite_note"
row() { # name, times...
	local name=$1; shift
	awk -v n="$name" -v m="$(median "$@")" -v s="$*" 'BEGIN {
		printf "%-20s median %8.1f ms   runs (ms):", n, m / 1000
		k = split(s, a, " "); for (i = 1; i <= k; i++) printf " %.0f", a[i] / 1000; print "" }'
}
row "gcc wall" "${g_wall[@]}"
row "halite-cc wall" "${h_wall[@]}"
row "gcc cpu (usr+sys)" "${g_cpu[@]}"
row "halite-cc cpu" "${h_cpu[@]}"
gw=$(median "${g_wall[@]}") hw=$(median "${h_wall[@]}")
gc=$(median "${g_cpu[@]}") hc=$(median "${h_cpu[@]}")
awk -v gw="$gw" -v hw="$hw" -v gc="$gc" -v hc="$hc" 'BEGIN {
	printf "cpu-time ratio halite-cc/gcc = %.2fx (less sensitive to machine load than wall time)\n", hc / gc
	printf "buildtime: halite-cc/gcc = %.2fx (goal <= 1.3x)\n", hw / gw
}'
