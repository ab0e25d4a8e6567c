#!/usr/bin/env bash
# Where halite loses time against native, measured by cheap variants of the
# suite's programs (bench/suite/build.sh must have built them; run.sh's
# full-size inputs must exist, i.e. `make bench-suite` ran once):
#
#  1. start-up: `lua fib.lua 1` (a whole run that does almost nothing),
#     native, halite run (outer sandbox on, the default), halite run
#     --no-outer-sandbox, wasm2c and V8: RUNS*4 interleaved runs, medians.
#  2. code: static instruction mix of each program, native against halite
#     (objdump): instructions, bytes of .text, single- and multi-byte nops
#     (bundle padding), %gs-prefixed memory operands (the sandboxed loads
#     and stores), rets (none in halite code: returns are masked indirect
#     jumps), indirect branches (masked in halite code), direct calls (each followed by
#     padding up to the bundle end: R3's return addresses).
#  3. nop merging: when halite-cc has HALITE_NOPFILL (post-link merging of
#     padding nops), lua and minigzip built with HALITE_NOPFILL=0 against the
#     default, on lua-fib, lua-binary-trees and zlib-compress.
#  4. system calls: how many each workload makes in the sandbox
#     (halite run --trace), the part of halite's cost that scales with them.
#  5. the C library: Lua built natively against the baseline musl (the
#     sandbox's configuration: dlmalloc, C memcpy), Debian's musl-dev
#     (mallocng, musl's x86_64 memcpy) and glibc, and wasm2c (wasi-libc:
#     dlmalloc), on the allocation-heavy scripts.
#  7. load latency: a dependent load natively, in wasm2c's form (base
#     register + index) and in halite's (%gs: with addr32), measured by
#     bench/suite/load-latency.c.
#  (6: instructions executed are not measured: valgrind cannot run `halite
#  run`; see the output.)
#
# Output: bench/results/suite-analysis-latest.txt (also printed). Environment: BUILD,
# RUNS (5).
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
S=$B/bench/suite
SUITE=$top/bench/suite
RUNS=${RUNS:-5}
RUNDIR=$S/run
H=$B/bin/halite
RUNNER=$S/runner
out=$top/bench/results/suite-analysis-latest.txt
mkdir -p "$(dirname "$out")"
[ -x "$RUNNER" ] && [ -f "$RUNDIR/text.in" ] || { echo "analyze: run \`make bench-suite\` first" >&2; exit 1; }
exec > >(tee "$out")

# shellcheck source=bench/suite/times.sh
. "$SUITE/times.sh"

echo "== 1. start-up: lua fib.lua 1 (median of $((RUNS * 4)) interleaved runs, ms)"
t=$S/analysis-startup.tsv
"$RUNNER" -n $((RUNS * 4)) -C "$RUNDIR" -- \
	native "$S/native/lua" fib.lua 1 :: \
	halite "$H" run --dir "$RUNDIR" --cwd "$RUNDIR" "$S/halite/lua" fib.lua 1 :: \
	halite-no-outer "$H" run --no-outer-sandbox --dir "$RUNDIR" --cwd "$RUNDIR" "$S/halite/lua" fib.lua 1 :: \
	wasm2c "$S/wasm2c/lua" fib.lua 1 :: \
	v8 node --no-warnings --no-turbo-fast-api-calls "$SUITE/run-wasi.mjs" "$S/wasm/lua.wasm" fib.lua 1 >"$t"
check_same "$t"
for l in native halite halite-no-outer wasm2c v8; do
	printf '  %-16s %8.2f ms\n' "$l" "$(awk -v s="$(med "$l" "$t")" 'BEGIN { print s * 1000 }')"
done

echo
echo "== 2. static code, native (gcc -O2) against halite (halite-cc -O2), whole executables"
printf '  %-11s %-7s %9s %10s %9s %9s %9s %6s %8s %8s\n' program variant insns text_bytes nops nop_bytes gs_mem rets indirect calls
for p in lua minigzip bzip2 xz speedtest1; do
	for v in native halite; do
		f=$S/$v/$p
		[ -x "$f" ] || continue
		objdump -d --no-show-raw-insn -M att "$f" 2>/dev/null | awk -v p="$p" -v v="$v" -v f="$f" '
			/^ *[0-9a-f]+:\t/ {
				n++
				split($0, a, "\t"); ins = a[2]
				if (ins ~ /^(nop|xchg +%ax,%ax|data16|cs nopw)/ || ins ~ /^nop/) nops++
				if (ins ~ /%gs:/) gs++
				if (ins ~ /^(jmp|call)[a-z]* +\*/) ind++
				if (ins ~ /^ret/) rets++
				if (ins ~ /^call[a-z]* +[0-9a-f]+ </) calls++
			}
			END {
				cmd = "size -A " f " | awk '\''$1 == \".text\" { print $2 }'\''"
				cmd | getline tb; close(cmd)
				cmd = "objdump -d " f " | awk -F\"\\t\" '\''$3 ~ /^nop|^xchg +%ax,%ax|^data16|^cs nopw/ { gsub(/ +$/, \"\", $2); nb += split($2, x, \" \") } END { print nb + 0 }'\''"
				cmd | getline nb; close(cmd)
				printf "  %-11s %-7s %9d %10d %9d %9d %9d %6d %8d %8d\n", p, v, n, tb, nops, nb, gs, rets, ind, calls
			}'
	done
done

echo
if grep -qa HALITE_NOPFILL "$B/bin/halite-cc"; then
	echo "== 3. nop merging (halite-cc's HALITE_NOPFILL): median of $RUNS interleaved runs, seconds"
	d=$S/halite-nopfill0
	mkdir -p "$d"
	for p in lua minigzip; do
		if [ ! -x "$d/$p" ] || [ "$S/halite/$p" -nt "$d/$p" ]; then
			# The same build as bench/suite/build.sh's halite variant, nopfill off.
			src=()
			case $p in
			lua)
				for f in "$S"/src/lua-orig/src/*.c; do
					case $(basename "$f") in luac.c) ;; *) src+=("$f") ;; esac
				done
				flags=(-std=gnu99 -DLUA_COMPAT_5_3 -DLUA_USE_LINUX)
				;;
			minigzip)
				z=$(ls -d "$B"/third_party/src/zlib-[0-9]*/ "$S"/src/zlib-[0-9]*/ 2>/dev/null | head -1)
				for f in adler32 crc32 deflate infback inffast inflate inftrees trees zutil compress \
					uncompr gzclose gzlib gzread gzwrite; do src+=("$z/$f.c"); done
				src+=("$z/test/minigzip.c")
				flags=(-D_LARGEFILE64_SOURCE=1 -DHAVE_HIDDEN -DZ_HAVE_UNISTD_H -I"$z")
				;;
			esac
			HALITE_NOPFILL=0 "$B/bin/halite-cc" -O2 "${flags[@]}" "${src[@]}" -o "$d/$p" -lm ||
				echo "  (build of $p with HALITE_NOPFILL=0 failed)"
		fi
	done
	t=$S/analysis-nopfill.tsv
	: >"$t"
	hr=("$H" run --dir "$RUNDIR" --cwd "$RUNDIR")
	"$RUNNER" -n "$RUNS" -C "$RUNDIR" -- fib.native "$S/native/lua" fib.lua 35 :: \
		fib.halite "${hr[@]}" "$S/halite/lua" fib.lua 35 :: fib.nopfill0 "${hr[@]}" "$d/lua" fib.lua 35 >>"$t"
	"$RUNNER" -n "$RUNS" -C "$RUNDIR" -- bt.native "$S/native/lua" binary-trees.lua 14 :: \
		bt.halite "${hr[@]}" "$S/halite/lua" binary-trees.lua 14 :: bt.nopfill0 "${hr[@]}" "$d/lua" binary-trees.lua 14 >>"$t"
	"$RUNNER" -n "$RUNS" -C "$RUNDIR" -- zc.native "<$RUNDIR/text.in" "$S/native/minigzip" -6 :: \
		zc.halite "<$RUNDIR/text.in" "${hr[@]}" "$S/halite/minigzip" -6 :: \
		zc.nopfill0 "<$RUNDIR/text.in" "${hr[@]}" "$d/minigzip" -6 >>"$t"
	printf '  %-18s %9s %9s %9s %10s %10s\n' workload native halite nopfill=0 halite/nat nopfill0/nat
	for w in fib:lua-fib bt:lua-binary-trees zc:zlib-compress; do
		k=${w%%:*} n=${w#*:}
		a=$(med "$k.native" "$t") b=$(med "$k.halite" "$t") c=$(med "$k.nopfill0" "$t")
		awk -v n="$n" -v a="$a" -v b="$b" -v c="$c" 'BEGIN { printf "  %-18s %9.3f %9.3f %9.3f %9.3fx %9.3fx\n", n, a, b, c, b / a, c / a }'
	done
else
	echo "== 3. nop merging: halite-cc has no HALITE_NOPFILL (skipped)"
fi

echo
echo "== 4. system calls the workloads make in the sandbox (halite run --trace, one run each)"
printf '  %-18s %8s %8s %8s %8s  %s\n' workload calls read+w mem other "(seconds at 1 us each)"
while IFS='|' read -r name p in args; do
	# shellcheck disable=SC2086
	(cd "$RUNDIR" && "$H" run --no-outer-sandbox --trace --dir "$RUNDIR" --cwd "$RUNDIR" \
		"$S/halite/$p" $args <"$in" 2>"$S/trace-$name.txt" >/dev/null) || true
	awk -v n="$name" '/^\[[0-9]+\] [a-z_0-9]+\(/ {
			c++; sub(/^\[[0-9]+\] /, ""); sub(/\(.*/, "")
			if ($0 ~ /^(read|write|readv|writev|pread64|pwrite64)$/) rw++
			else if ($0 ~ /^(mmap|munmap|mremap|brk|mprotect|madvise)$/) m++
			else o++
		}
		END { printf "  %-18s %8d %8d %8d %8d  %.4f\n", n, c, rw, m, o, c / 1e6 }' "$S/trace-$name.txt"
done <<EOF
zlib-compress|minigzip|$RUNDIR/text.in|-6
zlib-decompress|minigzip|$RUNDIR/text.gz|-d
bzip2-compress|bzip2|$RUNDIR/text16.in|-c
xz-compress|xz|$RUNDIR/text2.in|-c -6
sqlite|speedtest1|/dev/null|--memdb --size 40
lua-binary-trees|lua|/dev/null|binary-trees.lua 14
lua-strings|lua|/dev/null|strings.lua 12
EOF

echo
echo "== 5. the C library: Lua natively with the baseline musl (the sandbox's: dlmalloc, C memcpy),"
echo "   Debian's musl-dev (mallocng, x86_64 rep-movs memcpy) and glibc (gcc -O2 -static, same"
echo "   sources and options); wasi-libc (wasm2c) allocates with dlmalloc (median of $RUNS, s)"
lua_src=()
for f in "$S"/src/lua-orig/src/*.c; do
	case $(basename "$f") in luac.c) ;; *) lua_src+=("$f") ;; esac
done
# libc_lua OUT CC...: Lua built natively with CC, unless already built.
libc_lua() {
	local o=$1
	shift
	[ -x "$o" ] && [ "$o" -nt "$S/native/lua" ] && return 0
	"$@" -O2 -static -std=gnu99 -DLUA_COMPAT_5_3 -DLUA_USE_LINUX "${lua_src[@]}" -o "$o" -lm \
		>"$o.log" 2>&1 || { echo "  (build failed: $o.log)"; rm -f "$o"; }
}
g=$S/analysis-glibc-lua m=$S/analysis-musldev-lua
libc_lua "$g" gcc
if command -v musl-gcc >/dev/null; then libc_lua "$m" musl-gcc; fi
t=$S/analysis-libc.tsv
: >"$t"
printf '  %-18s %9s %9s %9s %9s %11s %11s\n' workload musl musl-dev glibc wasm2c musl-dev/musl glibc/musl
for w in "binary-trees.lua 14" "strings.lua 12" "fib.lua 35"; do
	k=${w%%.*}
	spec=("$k.musl" "$S/native/lua" $w :: "$k.wasm2c" "$S/wasm2c/lua" $w)
	[ -x "$m" ] && spec+=(:: "$k.musldev" "$m" $w)
	[ -x "$g" ] && spec+=(:: "$k.glibc" "$g" $w)
	"$RUNNER" -n "$RUNS" -C "$RUNDIR" -- "${spec[@]}" >>"$t"
	a=$(med "$k.musl" "$t") b=$(med "$k.musldev" "$t") c=$(med "$k.glibc" "$t") d=$(med "$k.wasm2c" "$t")
	awk -v n="lua-$k" -v a="$a" -v b="$b" -v c="$c" -v d="$d" 'BEGIN {
		printf "  %-18s %9.3f %9.3f %9.3f %9.3f %10.2fx %10.2fx\n", n, a, b, c, d, b / a, c / a }'
done

echo
echo "== 6. instructions executed: not measured. valgrind 3.19 (Debian 12) cannot run"
echo "   \`halite run\`: it knows neither openat2 (the file grants) nor xsaveopt (the"
echo "   runtime-call path)."

echo
echo "== 7. load latency: one dependent load (a pointer chase in L1), natively in the three"
echo "   addressing forms (bench/suite/load-latency.c; median of 5 rounds, thread CPU time)"
ll=$S/load-latency
if [ ! -x "$ll" ] || [ "$SUITE/load-latency.c" -nt "$ll" ]; then
	gcc -std=c17 -O2 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
		-D_GNU_SOURCE "$SUITE/load-latency.c" -o "$ll"
fi
"$ll"
