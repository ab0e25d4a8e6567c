#!/usr/bin/env bash
# Compute workloads in the sandbox against native, measured in the same run.
#
# Kernels (bench/runtime/workloads/*.c, each prints a checksum): built with
# halite-cc -O2 (run with `halite run`) and gcc -O2 -static (native). They
# keep the C library out of their timed work (their own sort, allocator and
# string functions), so that musl in the sandbox against glibc natively
# does not count:
#   sha256   SHA-256 of 8 MiB, 12 times: 32-bit ALU, loads
#   nbody    5 M steps of the 5-body problem: double math, sqrt
#   qsort    quicksort of 2 M ints, twice, comparing through a function
#            pointer: an indirect call per comparison
#   hashtab  string-keyed open-addressing hash table: byte loads, cache misses
#   matmul   300x300 double matrix multiply, 60 times: vectorised loops
#   fib      recursive fib(32), 50 times: calls and returns
# Third-party programs, when `make check-third-party` has built them under
# BUILD/third_party/work (halite-cc builds of tests/third_party/build.sh):
# each is also built natively here from the same sources with the same
# flags, into OUT/tp (once; again when the sandboxed build is newer), with
# the musl-gcc of bench/suite/native-musl.sh (the sandbox's C library, same
# source and configuration, allocator included, compiled with gcc), else
# gcc with glibc (the table says so: then the C library differs too).
# Static in both cases. One missing or failing program is skipped, with the
# reason.
#   zlib     minigzip -6 of an 8 MiB generated text (stdin to stdout)
#   bzip2    bzip2 -c of the same text
#   lua      lua - running bench/runtime/workloads/bench.lua
#   sqlite   speedtest1 --memdb --size 20 (output compared without timings)
# Every program runs RUNS times (default 5) natively and in the sandbox,
# all interleaved round robin by one spawnbench (each round runs every
# command once, starting one further along each round). The stdout of every
# run must be identical to the first native run's (a mismatch is an error:
# exit 1). Reported per workload: median wall time native and sandboxed,
# their ratio, and the ratio of median CPU times (user + sys, less
# sensitive to a loaded machine); then the geometric mean of the ratios.
# The last line is
#   workloads: geomean sandbox/native X.XXx over the N kernels (goal <= 1.05x)
# No assertions on times.
#
# Environment: RUNS (5), THIRD_PARTY (1; 0 skips them), WORKLOADS (the
# kernels to run, default all), and those of bench/runtime/lib.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/runtime/lib.sh
RUNS=${RUNS:-5}
THIRD_PARTY=${THIRD_PARTY:-1}
WORKLOADS=${WORKLOADS:-sha256 nbody qsort hashtab matmul fib}

need_tools workloads
W=$OUT/workloads
mkdir -p "$W"
res=$W/out
rm -rf "$res"

args=()   # spawnbench commands
names=()  # workload names, in order
declare -A kind
add() { # NAME KIND STDIN NATIVE_CMD... -- SANDBOX_CMD...
	local name=$1 k=$2 in=$3
	shift 3
	local nat=() sb=()
	while [ "$1" != -- ]; do nat+=("$1"); shift; done
	shift
	sb=("$@")
	[ ${#args[@]} -eq 0 ] || args+=(::)
	args+=("$name.native" "<$in" "${nat[@]}" :: "$name.sandbox" "<$in" "$HALITE" run "${sb[@]}")
	names+=("$name")
	kind[$name]=$k
}

for w in $WORKLOADS; do
	src=bench/runtime/workloads/$w.c
	[ -f "$src" ] || { echo "workloads: no $src" >&2; exit 1; }
	"$HALITE_CC" -O2 "$src" -o "$W/$w.elf" -lm
	"$GCC" -O2 -static "$src" -o "$W/$w.native" -lm
	add "$w" kernel /dev/null "$W/$w.native" -- "$W/$w.elf"
done

# ---- third-party programs ----
TPW=$BUILD/third_party/work
TPO=$OUT/tp
tp_notes=()
if NCC=$(BUILD=$BUILD bash bench/suite/native-musl.sh); then
	ncc_note="native: musl-gcc -static (bench/suite/native-musl.sh: the sandbox's musl and allocator, built with gcc)"
else
	NCC=$GCC
	ncc_note="native: gcc -static with glibc (bench/suite/native-musl.sh failed); the C library differs"
fi

# native_build NAME OUTPUT SANDBOXED CMD...: builds OUTPUT with CMD unless it
# is newer than SANDBOXED and the native C library; fails (with a note)
# when the build does.
native_build() {
	local name=$1 out=$2 sandboxed=$3
	shift 3
	[ -x "$out" ] && [ "$out" -nt "$sandboxed" ] && ! [ "${NCC%/bin/musl-gcc}/lib/libc.a" -nt "$out" ] &&
		return 0
	mkdir -p "$(dirname "$out")"
	echo "workloads: building native $name with $NCC (once)" >&2
	if ! "$@" -o "$out" >"$TPO/$name.build.log" 2>&1; then
		tp_notes+=("$name skipped: native build failed (see $TPO/$name.build.log)")
		rm -f "$out"
		return 1
	fi
}

# tp_input: an 8 MiB generated text (deterministic), kept.
tp_input() {
	local f=$TPO/input-8M.txt
	if [ ! -s "$f" ]; then
		mkdir -p "$TPO"
		awk 'BEGIN {
			srand(7)
			n = split("the of and to in is that for it as with was on be by at this from or an are not " \
				"sandbox runtime module validator bundle segment register memory thread signal " \
				"compile link load store branch return call mask address page table entry value", w, " ")
			len = 0
			while (len < 8388608) {
				line = ""
				k = 6 + int(rand() * 10)
				for (i = 0; i < k; i++) line = line w[1 + int(rand() * n)] (rand() < 0.1 ? ", " : " ")
				line = line int(rand() * 100000) "."
				print line
				len += length(line) + 1
			}
		}' >"$f.tmp" && mv "$f.tmp" "$f"
	fi
	echo "$f"
}

if [ "$THIRD_PARTY" = 1 ]; then
	mkdir -p "$TPO"
	if [ ! -d "$TPW" ]; then
		tp_notes+=("third-party programs skipped: $TPW not found (make check-third-party builds them)")
	else
		# zlib: minigzip (test/minigzip.c + the library), -O3 as its configure chose.
		d=$TPW/zlib
		if [ -x "$d/minigzip" ] && [ -f "$d/test/minigzip.c" ]; then
			zsrc=()
			for f in adler32 crc32 deflate infback inffast inflate inftrees trees zutil \
				compress uncompr gzclose gzlib gzread gzwrite; do zsrc+=("$d/$f.c"); done
			if native_build zlib "$TPO/minigzip" "$d/minigzip" "$NCC" -static -O3 \
				-D_LARGEFILE64_SOURCE=1 -DHAVE_HIDDEN -I"$d" "${zsrc[@]}" "$d/test/minigzip.c"; then
				add zlib third-party "$(tp_input)" "$TPO/minigzip" -6 -- "$d/minigzip" -6
			fi
		else
			tp_notes+=("zlib skipped: no $d/minigzip")
		fi
		# bzip2: the bzip2 program, flags of its Makefile.
		d=$TPW/bzip2
		if [ -x "$d/bzip2" ] && [ -f "$d/bzip2.c" ]; then
			bsrc=()
			for f in blocksort huffman crctable randtable compress decompress bzlib bzip2; do
				bsrc+=("$d/$f.c")
			done
			if native_build bzip2 "$TPO/bzip2" "$d/bzip2" "$NCC" -static -Wall -Winline -O2 -g \
				-D_FILE_OFFSET_BITS=64 "${bsrc[@]}"; then
				add bzip2 third-party "$(tp_input)" "$TPO/bzip2" -c -- "$d/bzip2" -c
			fi
		else
			tp_notes+=("bzip2 skipped: no $d/bzip2")
		fi
		# Lua 5.4: the lua interpreter (upstream Makefile's flags, `linux` target).
		d=$TPW/lua5.4/src
		if [ -x "$d/lua" ] && [ -f "$d/lua.c" ]; then
			lsrc=()
			for f in "$d"/*.c; do
				case "$(basename "$f")" in luac.c) ;; *) lsrc+=("$f") ;; esac
			done
			if native_build lua "$TPO/lua" "$d/lua" "$NCC" -static -std=gnu99 -O2 \
				-DLUA_COMPAT_5_3 -DLUA_USE_LINUX "${lsrc[@]}" -Wl,-E -lm -ldl; then
				add lua third-party bench/runtime/workloads/bench.lua "$TPO/lua" - -- "$d/lua" -
			fi
		else
			tp_notes+=("lua skipped: no $d/lua")
		fi
		# SQLite: speedtest1 on an in-memory database.
		d=$TPW/sqlite3/halite
		if [ -x "$d/speedtest1" ] && [ -f "$d/speedtest1.c" ] && [ -f "$d/sqlite3.c" ]; then
			if native_build sqlite "$TPO/speedtest1" "$d/speedtest1" "$NCC" -static -O2 \
				-DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION -I"$d" \
				"$d/speedtest1.c" "$d/sqlite3.c" -lm; then
				add sqlite third-party /dev/null "$TPO/speedtest1" --memdb --size 20 -- \
					"$d/speedtest1" --memdb --size 20
			fi
		else
			tp_notes+=("sqlite skipped: no $d/speedtest1")
		fi
	fi
fi

"$SPAWNBENCH" -n "$RUNS" -w 0 -O "$res" -- "${args[@]}" >"$W/times.txt"

# Outputs: every run of a workload, native or sandboxed, must print what
# the first native run printed (speedtest1: timings taken out).
norm() {
	if [ "$1" = sqlite ]; then sed -E 's/[0-9]+\.[0-9]+s$//' "$2"; else cat "$2"; fi
}
bad=0
for n in "${names[@]}"; do
	ref=$(norm "$n" "$res/$n.native.0" | cksum)
	for r in $(seq 0 $((RUNS - 1))); do
		for v in native sandbox; do
			if [ "$(norm "$n" "$res/$n.$v.$r" | cksum)" != "$ref" ]; then
				echo "workloads: ERROR: $n: the output of $v run $r differs from native run 0 ($res/$n.$v.$r)" >&2
				bad=1
			fi
		done
	done
done

echo "workloads: wall time of whole programs, native (gcc -O2 -static) against sandboxed"
echo "  (halite-cc -O2, 'halite run'); $RUNS runs of each, all interleaved round robin; medians;"
echo "  outputs (checksums) of every run compared with native's"
[ ${#tp_notes[@]} -eq 0 ] || printf '  %s\n' "${tp_notes[@]}"
if printf '%s\n' "${kind[@]}" | grep -q third-party; then echo "  third-party $ncc_note"; fi
printf '%-9s %-12s %11s %11s %8s %8s  %s\n' workload kind "native ms" "sandbox ms" wall cpu checksum
kr=() ar=() kc=()
for n in "${names[@]}"; do
	read -r nw nc < <(awk -v l="$n.native" '$1 == l { print $3, $7 }' "$W/times.txt")
	read -r sw sc < <(awk -v l="$n.sandbox" '$1 == l { print $3, $7 }' "$W/times.txt")
	rw=$(ratio "$sw" "$nw") rc=$(ratio "$sc" "$nc")
	case $n in
	zlib | bzip2) sum="cksum $(cksum <"$res/$n.native.0" | cut -d' ' -f1) (of the compressed bytes)" ;;
	sqlite) sum="cksum $(norm "$n" "$res/$n.native.0" | cksum | cut -d' ' -f1) (of the report, timings removed)" ;;
	*) sum=$(head -c 200 "$res/$n.native.0" | tr '\n' ' ' | cut -c1-64) ;;
	esac
	awk -v n="$n" -v k="${kind[$n]}" -v nw="$nw" -v sw="$sw" -v rw="$rw" -v rc="$rc" -v s="$sum" \
		'BEGIN { printf "%-9s %-12s %11.1f %11.1f %7sx %7sx  %s\n", n, k, nw / 1000, sw / 1000, rw, rc, s }'
	ar+=("$rw")
	if [ "${kind[$n]}" = kernel ]; then kr+=("$rw") kc+=("$rc"); fi
done
nk=${#kr[@]} na=${#ar[@]}
if [ "$na" -gt "$nk" ]; then
	echo "geomean of wall ratios, all $na programs (kernels and third-party): $(ratio "$(geomean "${ar[@]}")" 1)x"
fi
[ "$nk" -eq 0 ] || echo "geomean of cpu ratios, $nk kernels: $(ratio "$(geomean "${kc[@]}")" 1)x"
[ "$bad" -eq 0 ] || { echo "workloads: ERROR: outputs differ between native and sandboxed runs (above)"; exit 1; }
[ "$nk" -eq 0 ] || echo "workloads: geomean sandbox/native $(ratio "$(geomean "${kr[@]}")" 1)x over the $nk kernels (goal <= 1.05x)"
