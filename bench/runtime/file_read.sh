#!/usr/bin/env bash
# The cost of a file read through both layers: the same read loop
# (bench/runtime/file_read.c) natively, in the sandbox without the outer
# sandbox, and in the sandbox with it (the default), on a 16 MiB file in a
# granted directory (page cache, so the system call dominates small reads).
# Chunk sizes 64 B, 4 KiB and 1 MiB; RUNS (5) interleaved runs of each;
# medians of ns per read and MB/s, and the ratios to native. No assertions.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/runtime/lib.sh
RUNS=${RUNS:-5}

need_tools file-read
"$HALITE_CC" -O2 bench/runtime/file_read.c -o "$OUT/file_read.elf"
"$GCC" -O2 bench/runtime/file_read.c -o "$OUT/file_read.native"
data="$OUT/file_read.data"
mkdir -p "$data"
head -c $((16 << 20)) /dev/urandom >"$data/f"

echo "file read: native vs halite run --no-outer-sandbox vs halite run (both layers);"
echo "medians of $RUNS interleaved runs, ns per read (MB/s)"
printf '%-8s %16s %22s %22s %9s %9s\n' chunk native inner-only both-layers inner/nat both/nat
for chunk in 64 4096 1048576; do
	n=() i=() b=()
	for _ in $(seq "$RUNS"); do
		n+=("$("$OUT/file_read.native" "$data/f" "$chunk")")
		i+=("$("$HALITE" run --no-outer-sandbox --dir "$data:/d:ro" "$OUT/file_read.elf" /d/f "$chunk")")
		b+=("$("$HALITE" run --dir "$data:/d:ro" "$OUT/file_read.elf" /d/f "$chunk")")
	done
	col() { printf '%s\n' "${@:2}" | awk -v c="$1" '{print $c}'; }
	nn=$(median $(col 1 "${n[@]}")) in=$(median $(col 1 "${i[@]}")) bn=$(median $(col 1 "${b[@]}"))
	nm=$(median $(col 2 "${n[@]}")) im=$(median $(col 2 "${i[@]}")) bm=$(median $(col 2 "${b[@]}"))
	printf '%-8s %9s (%5s) %15s (%5s) %15s (%5s) %8sx %8sx\n' "$chunk" "$nn" "$nm" "$in" "$im" \
		"$bn" "$bm" "$(ratio "$in" "$nn")" "$(ratio "$bn" "$nn")"
	[ "$chunk" = 4096 ] && summary="file-read 4 KiB: both layers $bn ns, inner only $in ns, native $nn ns, ratio $(ratio "$bn" "$nn")x (outer sandbox: $(ratio "$bn" "$in")x of inner only)"
done
echo "$summary"
