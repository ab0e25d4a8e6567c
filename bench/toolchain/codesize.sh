#!/usr/bin/env bash
# Code size of halite-cc output against plain gcc, measured in the same run.
#
# Compiles every tests/modules/*.c (and zlib's *.c when build/third_party/src
# has a zlib tree) with `gcc -c` and `halite-cc -c` at -O2 and -O3, sums the
# executable sections (`size -A`, sections named .text*) and prints, per
# level: gcc bytes, halite bytes, their ratio, the geomean of the per-file
# ratios, and how much of the growth is nop padding (bytes of nop
# instructions in `objdump -d`, for both compilers; the rest of the growth is
# the rewriter's extra instructions: masks, %gs prefixes, call/return
# sequences). The last line is `codesize: halite/gcc = X.XXx (-O2)`.
# No assertions: this measures, it does not judge.
#
# Environment: BUILD (build), HALITE_CC (BUILD/bin/halite-cc), GCC (gcc),
# LEVELS ("-O2 -O3").
set -euo pipefail
cd "$(dirname "$0")/../.."

BUILD=${BUILD:-build}
HALITE_CC=${HALITE_CC:-$BUILD/bin/halite-cc}
GCC=${GCC:-gcc}
LEVELS=${LEVELS:--O2 -O3}

[ -x "$HALITE_CC" ] || { echo "codesize: $HALITE_CC not built (make)" >&2; exit 1; }

srcs=(tests/modules/*.c)
nmod=${#srcs[@]}
zlib_note="not found under $BUILD/third_party/src"
zdir=$(find "$BUILD/third_party/src" -maxdepth 2 -name zlib.h -printf '%h\n' 2>/dev/null | head -n1 || true)
if [ -n "$zdir" ]; then
	zsrcs=("$zdir"/*.c)
	srcs+=("${zsrcs[@]}")
	zlib_note="${#zsrcs[@]} files from $zdir"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Bytes in sections named .text* of object $1.
text_bytes() {
	size -A "$1" | awk '$1 ~ /^\.text/ { s += $2 } END { print s + 0 }'
}
# Bytes of nop instructions (any length, with prefixes) in object $1.
nop_bytes() {
	objdump -d --insn-width=16 "$1" | awk -F'\t' '
		NF >= 3 && $3 ~ /^((data16|cs|ds|rex[.a-zA-Z]*) +)*(nop|xchg +%ax,%ax)/ {
			n = split($2, b, " "); s += n
		}
		END { print s + 0 }'
}

echo "codesize: $nmod files from tests/modules, zlib: $zlib_note"
printf '%-5s %12s %12s %7s %8s %10s %10s %9s %9s %6s\n' \
	level gcc_bytes halite_bytes ratio geomean gcc_nop halite_nop growth nop_grow pad%
o2_ratio=
skipped=()
for lvl in $LEVELS; do
	g_tot=0 h_tot=0 g_nop=0 h_nop=0 logsum=0 n=0
	i=0
	for f in "${srcs[@]}"; do
		i=$((i + 1))
		go=$tmp/$i.gcc.o ho=$tmp/$i.hal.o
		if ! "$GCC" "$lvl" -c "$f" -o "$go" 2>"$tmp/err" ||
			! "$HALITE_CC" "$lvl" -c "$f" -o "$ho" 2>>"$tmp/err"; then
			skipped+=("$f ($lvl)")
			continue
		fi
		gb=$(text_bytes "$go") hb=$(text_bytes "$ho")
		gn=$(nop_bytes "$go") hn=$(nop_bytes "$ho")
		g_tot=$((g_tot + gb)) h_tot=$((h_tot + hb))
		g_nop=$((g_nop + gn)) h_nop=$((h_nop + hn))
		if [ "$gb" -gt 0 ] && [ "$hb" -gt 0 ]; then
			logsum=$(awk -v s="$logsum" -v g="$gb" -v h="$hb" 'BEGIN { printf "%.12f", s + log(h / g) }')
			n=$((n + 1))
		fi
	done
	growth=$((h_tot - g_tot)) nopgrow=$((h_nop - g_nop))
	read -r ratio geo pad < <(awk -v g="$g_tot" -v h="$h_tot" -v l="$logsum" -v n="$n" \
		-v gr="$growth" -v ng="$nopgrow" 'BEGIN {
			printf "%.2f %.2f %.0f\n", (g ? h / g : 0), (n ? exp(l / n) : 0), (gr ? 100 * ng / gr : 0) }')
	printf '%-5s %12d %12d %6sx %7sx %10d %10d %9d %9d %5s%%\n' \
		"$lvl" "$g_tot" "$h_tot" "$ratio" "$geo" "$g_nop" "$h_nop" "$growth" "$nopgrow" "$pad"
	[ "$lvl" = -O2 ] && o2_ratio=$ratio
done
if [ ${#skipped[@]} -gt 0 ]; then
	echo "skipped (a compiler failed): ${skipped[*]}"
fi
echo "(ratio = total .text* bytes; geomean = of per-file ratios; growth = halite - gcc bytes;"
echo " nop_grow = growth in nop bytes (bundle/alignment padding); pad% = its share of the growth)"
[ -n "$o2_ratio" ] || o2_ratio=n/a
echo "codesize: halite/gcc = ${o2_ratio}x (-O2)"
