#!/usr/bin/env bash
# Seeds the validator fuzz corpus. Usage: seed_corpus.sh OUTDIR
#
# Each corpus file is one control byte (see tests/fuzz/fuzz_validator.c:
# bit 0 bundle size 16, bits 1-2 sandbox address, bit 3 also the NaCl
# profile) followed by code. Seeds:
#  - the .text of every assembled test source under tests/validator/
#    (tests/validator/insns/*.s and any other *.s), cut into pieces of at
#    most 4 KiB at 32-byte boundaries, each with bundle size 32 and 16;
#  - the one-line assembly cases of tests/validator/*.sh (rule tests);
#  - pieces of real code: the .text of a few system binaries, at
#    deterministic offsets, 32 to 1024 bytes long.
# Only files named seed-* are written; what libFuzzer added stays.
set -u
out=${1:?usage: seed_corpus.sh OUTDIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rm -f "$out"/seed-*

# put NAME CTRL FILE OFFSET LENGTH: writes one seed
put() {
	local name=$1 ctrl=$2 file=$3 off=$4 len=$5
	{
		printf "\\x$(printf %02x "$ctrl")"
		tail -c +$((off + 1)) "$file" | head -c "$len"
	} >"$out/seed-$name"
}

nseed=0
while IFS= read -r s; do
	rel=${s#"$root"/tests/validator/}
	name=$(printf %s "${rel%.s}" | tr '/' '_')
	if ! as --64 -o "$tmp/x.o" "$s" 2>/dev/null; then
		echo "seed: $rel does not assemble; skipped" >&2
		continue
	fi
	objcopy -O binary --only-section=.text "$tmp/x.o" "$tmp/x.bin" 2>/dev/null || continue
	size=$(stat -c %s "$tmp/x.bin")
	[ "$size" -gt 0 ] || continue
	piece=0
	for ((off = 0; off < size; off += 4096)); do
		put "$name-$piece-b32" 0 "$tmp/x.bin" $off 4096
		put "$name-$piece-b16" 1 "$tmp/x.bin" $off 4096
		piece=$((piece + 1))
		nseed=$((nseed + 2))
	done
done < <(find "$root/tests/validator" -name '*.s' 2>/dev/null | sort)

# The one-line cases of the rule tests (tests/validator/*.sh lines
# "t NAME EXPECT ... <<< 'assembly'"): valid code and near misses, at the
# start of a 32-byte bundle at 0x20000 as those tests validate them.
ncase=0
for sh in "$root"/tests/validator/*.sh; do
	[ -r "$sh" ] || continue
	sed -n "s/^t \([^ ]*\) [^<]*<<< '\(.*\)'\$/\1\t\2/p" "$sh" >"$tmp/cases"
	while IFS=$'\t' read -r cname asm; do
		printf '.text\n.p2align 5\n%s\n' "$asm" >"$tmp/c.s"
		as --64 -o "$tmp/c.o" "$tmp/c.s" 2>/dev/null || continue
		objcopy -O binary --only-section=.text "$tmp/c.o" "$tmp/c.bin" 2>/dev/null || continue
		size=$(stat -c %s "$tmp/c.bin")
		[ "$size" -gt 0 ] || continue
		put "case-$(basename "$sh" .sh)-$cname" 0 "$tmp/c.bin" 0 "$size"
		ncase=$((ncase + 1))
	done <"$tmp/cases"
done
nseed=$((nseed + ncase))

# Real code: deterministic pseudo-random pieces.
seed=12345
for f in /usr/lib/x86_64-linux-gnu/libc.so.6 /usr/lib/x86_64-linux-gnu/libm.so.6 \
	/usr/lib/x86_64-linux-gnu/libcrypto.so.3 /usr/bin/bash; do
	[ -r "$f" ] || continue
	objcopy -O binary --only-section=.text "$f" "$tmp/t.bin" 2>/dev/null || continue
	size=$(stat -c %s "$tmp/t.bin")
	[ "$size" -gt 2048 ] || continue
	b=$(basename "$f")
	for ((i = 0; i < 64; i++)); do
		seed=$(((seed * 1103515245 + 12345) % 2147483648))
		off=$(((seed % (size - 1024)) & ~31))
		len=$((32 << (seed % 6)))
		ctrl=$(((seed >> 8) & 15))
		put "real-$b-$i" $ctrl "$tmp/t.bin" $off $len
		nseed=$((nseed + 1))
	done
done
echo "seed: $nseed seed files in $out"
