#!/usr/bin/env bash
# Tests of halite-cc's post-link nop merging (toolchain/cc/nopfill.c).
# Prints "ok NAME" or "not ok NAME" per case. Run from anywhere; BUILD
# (default: build) names the build directory.
#
#  - the nop forms the pass writes are on the validator's whitelist;
#  - a hand-written module: runs are cut at a branch target, at a symbol and
#    at a bundle boundary, and merged elsewhere;
#  - tests/modules (all, with run/driver.c and run/start.c, at -O2, -Os and
#    -O3 -march=native) and the bench kernels (bench/runtime/workloads),
#    linked with the pass (default) and without it (-mno-halite-nopfill):
#    both validate; same size, and only bytes of the code segment differ;
#    objdump (an independent decoder) sees the same instructions at the same
#    addresses once nops are set aside; no run of >= 2 single-byte nops is
#    left except where cut at a target or a bundle boundary (counted with
#    objdump and with the pass's own --stats); and `halite run` prints the
#    same and exits the same;
#  - HALITE_NOPFILL=0 and -mno-halite-nopfill turn it off, -mhalite-nopfill
#    back on; -v reports it; -### does not run it;
#  - a module that does not validate is left as ld wrote it; a result that
#    does not validate (a fault injected on purpose) is never written.
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
CC="$B/bin/halite-cc"
H="$B/bin/halite"
NF="$B/tools/halite-nopfill"
OBJ="$top/tests/toolchain/nopfill_objdump.py"

failed=0
ok() { echo "ok $1${2:+ # $2}"; }
nok() {
	echo "not ok $1${2:+: $2}"
	failed=$((failed + 1))
}

for f in "$CC" "$H" "$NF"; do
	if [ ! -x "$f" ]; then
		echo "not ok setup: $f not built (make)"
		exit 1
	fi
done

T=$(mktemp -d "${TMPDIR:-/tmp}/halite-nopfill-test.XXXXXX")
trap 'rm -rf "$T"' EXIT

# field NAME LINE: the value of NAME=VALUE in a --stats or count line.
field() { printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"; }

# ---- the nop forms ----
forms=(6690 0f1f00 0f1f4000 0f1f440000 660f1f440000 0f1f8000000000 0f1f840000000000
	660f1f840000000000)
bad=""
for h in "${forms[@]}"; do
	printf '%s' "$h" | xxd -r -p >"$T/nop.bin"
	"$H" validate -q --raw "$T/nop.bin" >/dev/null 2>&1 || bad="$bad $h"
done
[ -z "$bad" ] && ok "multi-byte nop forms validate" || nok "multi-byte nop forms validate" "$bad"

# ---- cuts at a target, a symbol and a bundle boundary ----
cat >"$T/cuts.s" <<'EOF'
	.text
	.globl	_start
	.type	_start, @function
_start:
	jmp	1f
	.p2align 5
	nop
	nop
	nop
1:	nop
	nop
	nop
local_sym:
	nop
	nop
	nop
	jmp	2f
	.p2align 5
	.rept 36
	nop
	.endr
2:	hlt
	.size	_start, .-_start
	.section	.note.GNU-stack,"",@progbits
EOF
if "$CC" -nostdlib -mno-halite-nopfill "$T/cuts.s" -o "$T/cuts0" 2>"$T/err" &&
	"$CC" -nostdlib "$T/cuts.s" -o "$T/cuts" 2>>"$T/err"; then
	s=$("$NF" --stats "$T/cuts0")
	c0=$(python3 "$OBJ" count "$T/cuts0")
	c1=$(python3 "$OBJ" count "$T/cuts")
	t1=$(nm "$T/cuts" | awk '$3 == "local_sym" { print $1 }')
	d=$(objdump -d -w "$T/cuts")
	# 3 + 3 + 3 nops, and 36 from a bundle start: 32 + 4
	if [ "$(field runs "$s")" = 5 ] && [ "$(field run_bytes "$s")" = 45 ] &&
		[ "$(field splits "$s")" = 3 ] && [ "$(field mergeable "$c0")" = 5 ] &&
		[ "$(field splits "$c0")" = 3 ] && [ "$(field nop1 "$c1")" = 0 ] &&
		printf '%s\n' "$d" | grep -q "^ *${t1#"${t1%%[!0]*}"}:" &&
		"$H" validate -q "$T/cuts" && python3 "$OBJ" same "$T/cuts0" "$T/cuts" >/dev/null; then
		ok "runs cut at a branch target, a symbol and a bundle boundary"
	else
		nok "runs cut at a branch target, a symbol and a bundle boundary" "stats=[$s] before=[$c0] after=[$c1]"
	fi
else
	nok "runs cut at a branch target, a symbol and a bundle boundary" "$(head -c 400 "$T/err")"
fi

# ---- flags ----
printf 'int main(void) { return 0; }\n' >"$T/m.c"
"$CC" -nostdlib -c "$T/m.c" -o "$T/m.o" 2>"$T/err"
"$CC" -nostdlib -mno-halite-nopfill "$T/cuts.s" -o "$T/f-off" 2>>"$T/err"
HALITE_NOPFILL=0 "$CC" -nostdlib "$T/cuts.s" -o "$T/f-env" 2>>"$T/err"
HALITE_NOPFILL=0 "$CC" -nostdlib -mhalite-nopfill "$T/cuts.s" -o "$T/f-on" 2>>"$T/err"
"$CC" -nostdlib -mhalite-nopfill -mno-halite-nopfill "$T/cuts.s" -o "$T/f-last" 2>>"$T/err"
if cmp -s "$T/f-off" "$T/cuts0" && cmp -s "$T/f-env" "$T/cuts0" && cmp -s "$T/f-on" "$T/cuts" &&
	cmp -s "$T/f-last" "$T/cuts0" && ! cmp -s "$T/cuts0" "$T/cuts"; then
	ok "-mno-halite-nopfill, HALITE_NOPFILL=0, -mhalite-nopfill (the last flag wins)"
else
	nok "-mno-halite-nopfill, HALITE_NOPFILL=0, -mhalite-nopfill (the last flag wins)" "$(head -c 400 "$T/err")"
fi
if "$CC" -mno-halite-nopfill -mhalite-nopfill -c "$T/m.c" -o "$T/m2.o" 2>"$T/err" && [ -s "$T/m2.o" ]; then
	ok "the flags are accepted with -c (not passed to gcc)"
else
	nok "the flags are accepted with -c (not passed to gcc)" "$(head -c 400 "$T/err")"
fi
"$CC" -v -nostdlib "$T/cuts.s" -o "$T/f-v" >/dev/null 2>"$T/err"
grep -q '^halite-cc: nopfill .*: 5 runs of single-byte nops (45 bytes) merged into 8 nops; 3 split' "$T/err" &&
	ok "-v reports the merging" || nok "-v reports the merging" "$(grep -i nopfill "$T/err")"
"$CC" -### -nostdlib "$T/cuts.s" -o "$T/f-dry" >/dev/null 2>"$T/err"
[ ! -e "$T/f-dry" ] && grep -q '^ld ' "$T/err" && ! grep -q '^halite-cc: nopfill' "$T/err" && ok "-### runs nothing" || nok "-### runs nothing" "$(cat "$T/err")"
"$CC" -nostdlib "$T/cuts.s" -o /dev/null 2>"$T/err" && [ ! -s "$T/err" ] &&
	ok "-o /dev/null" || nok "-o /dev/null" "$(cat "$T/err")"
"$CC" -c "$T/cuts.s" -o "$T/cuts.o" 2>"$T/err" && "$CC" -nostdlib -r "$T/cuts.o" -o "$T/r.o" 2>>"$T/err" &&
	[ "$(field mergeable "$(python3 "$OBJ" count "$T/r.o")")" = 5 ] &&
	ok "-r output is not touched" || nok "-r output is not touched" "$(cat "$T/err")"

# ---- an invalid module is left alone; a broken result is never written ----
cat >"$T/bad.s" <<'EOF'
	.text
	.globl	_start
_start:
	.bundle_align_mode 5
	movl	$1, %eax
	nop
	nop
	nop
	syscall
	.section	.note.GNU-stack,"",@progbits
EOF
as --64 "$T/bad.s" -o "$T/bad.o" 2>"$T/err"
"$CC" -nostdlib "$T/bad.o" -o "$T/bad" 2>>"$T/err"
"$CC" -nostdlib -mno-halite-nopfill "$T/bad.o" -o "$T/bad0" 2>>"$T/err"
if [ -s "$T/bad" ] && cmp -s "$T/bad" "$T/bad0" && ! "$H" validate -q "$T/bad" >/dev/null 2>&1 &&
	[ "$(field nop1 "$(python3 "$OBJ" count "$T/bad")")" = 3 ]; then
	ok "a module that does not validate is left as linked"
else
	nok "a module that does not validate is left as linked" "$(head -c 400 "$T/err")"
fi
cp "$T/cuts0" "$T/inj"
out=$("$NF" --inject-fault "$T/inj")
rc=$?
if [ $rc -eq 1 ] && printf '%s' "$out" | grep -q ' reverted: merging 5 nop runs gave [0-9]* violation' &&
	cmp -s "$T/inj" "$T/cuts0"; then
	ok "a result that does not validate is not written"
else
	nok "a result that does not validate is not written" "rc=$rc $out"
fi

# ---- real programs ----
# check_pair NAME OFF ON: both validate; same size; differences only inside
# the code segment; same instructions; nothing left to merge.
check_pair() {
	local name=$1 off=$2 on=$3 v msg=""
	if ! v=$("$H" validate "$off" 2>&1) || ! v=$("$H" validate "$on" 2>&1); then
		nok "$name: validates" "$(printf '%s' "$v" | head -c 600)"
		return 1
	fi
	ok "$name: validates (with and without the pass)"
	local so son
	so=$("$NF" --stats "$off")
	son=$("$NF" --stats "$on")
	local c0 c1
	c0=$(python3 "$OBJ" count "$off")
	c1=$(python3 "$OBJ" count "$on")
	# Code segment: file offset and size of the PT_LOAD with E.
	local seg lo hi
	seg=$(readelf -lW "$on" | awk '$1 == "LOAD" && / E / { print $2, $5 }')
	if [ "$(printf '%s\n' "$seg" | wc -l)" != 1 ] || [ -z "$seg" ]; then
		nok "$name: one code segment" "[$seg]"
		return 1
	fi
	lo=$((${seg% *})) hi=$((${seg% *} + ${seg#* }))
	local outside
	outside=$(cmp -l "$off" "$on" | awk -v lo="$lo" -v hi="$hi" '$1 - 1 < lo || $1 - 1 >= hi { n++ } END { print n + 0 }')
	if [ "$(stat -c %s "$off")" != "$(stat -c %s "$on")" ] || [ "$outside" != 0 ]; then
		msg="size or bytes outside the code differ ($outside bytes)"
	elif [ "$(readelf -SW "$off" | md5sum)" != "$(readelf -SW "$on" | md5sum)" ] ||
		[ "$(nm "$off" | md5sum)" != "$(nm "$on" | md5sum)" ]; then
		msg="sections or symbols differ"
	elif ! d=$(python3 "$OBJ" same "$off" "$on"); then
		msg="objdump: $d"
	elif [ "$(field runs "$son")" != 0 ] || [ "$(field mergeable "$c1")" != 0 ]; then
		msg="runs left: stats=[$son] objdump=[$c1]"
	elif [ "$(field runs "$so")" != "$(field mergeable "$c0")" ] ||
		[ "$(field nop1 "$so")" != "$(field nop1 "$c0")" ] ||
		[ "$(field nop1 "$son")" != "$(field nop1 "$c1")" ] ||
		[ $(($(field nop1 "$so") - $(field run_bytes "$so"))) != "$(field nop1 "$c1")" ]; then
		msg="counts disagree: stats=[$so] objdump=[$c0] after: stats=[$son] objdump=[$c1]"
	fi
	if [ -n "$msg" ]; then
		nok "$name: only nops change; none left to merge" "$msg"
		return 1
	fi
	ok "$name: only nops change; none left to merge" "$(field nop1 "$c0") single-byte nops, $(field runs "$so") runs of them merged, $(field nop1 "$c1") lone ones left; runs cut at targets or boundaries: $(field splits "$c0")"
}

# run_pair NAME OFF ON: `halite run` prints the same and exits the same.
run_pair() {
	local name=$1 off=$2 on=$3 r0 r1
	"$H" run "$off" >"$T/run0.out" 2>"$T/run0.err"
	r0=$?
	"$H" run "$on" >"$T/run1.out" 2>"$T/run1.err"
	r1=$?
	if [ "$r0" -eq 0 ] && [ "$r1" -eq 0 ] && cmp -s "$T/run0.out" "$T/run1.out" && [ -s "$T/run0.out" ]; then
		ok "$name: halite run output unchanged"
	else
		nok "$name: halite run output unchanged" "exit $r0/$r1 $(diff "$T/run0.out" "$T/run1.out" | head -c 300) $(head -c 300 "$T/run1.err")"
	fi
}

SYS="$B/sysroot"
if [ ! -f "$SYS/lib/libc.a" ] || [ ! -f "$SYS/lib/libhalite-rt.a" ]; then
	ok "programs # SKIP: no complete sysroot (make libc)"
	echo "# $failed failed"
	exit 0
fi

# tests/modules with their driver, as tests/toolchain/test_rewriter.sh
# links them (main renamed in cold_paths.c).
configs=("O2:-O2" "Os:-Os" "native:-O3 -march=native -mno-avx512f")
for cfg in "${configs[@]}"; do
	tag=${cfg%%:*} flags=${cfg#*:} msg=""
	rm -f "$T"/h_*.o
	for c in "$top"/tests/modules/*.c "$top/tests/modules/run/driver.c" "$top/tests/modules/run/start.c"; do
		b=$(basename "$c" .c)
		# shellcheck disable=SC2086
		"$CC" $flags -w -c "$c" -o "$T/h_$b.o" 2>"$T/err" || { msg="halite-cc $b: $(head -c 300 "$T/err")"; break; }
	done
	if [ -z "$msg" ]; then
		objcopy --redefine-sym main=cold_main "$T/h_cold_paths.o"
		# shellcheck disable=SC2086
		"$CC" $flags -mno-halite-nopfill "$T"/h_*.o -o "$T/mods-off" 2>"$T/err" &&
			"$CC" $flags "$T"/h_*.o -o "$T/mods-on" 2>>"$T/err" || msg="link: $(head -c 300 "$T/err")"
	fi
	if [ -n "$msg" ]; then
		nok "modules-$tag: build" "$msg"
		continue
	fi
	[ -s "$T/err" ] && nok "modules-$tag: no warning from the pass" "$(head -c 300 "$T/err")"
	check_pair "modules-$tag" "$T/mods-off" "$T/mods-on" && run_pair "modules-$tag" "$T/mods-off" "$T/mods-on"
done

# The bench kernels (their outputs are checksums of their work).
for src in "$top"/bench/runtime/workloads/*.c; do
	w=$(basename "$src" .c)
	if ! "$CC" -O2 -mno-halite-nopfill "$src" -o "$T/$w-off" -lm 2>"$T/err" ||
		! "$CC" -O2 "$src" -o "$T/$w-on" -lm 2>>"$T/err" || [ -s "$T/err" ]; then
		nok "bench-$w: build" "$(head -c 300 "$T/err")"
		continue
	fi
	check_pair "bench-$w" "$T/$w-off" "$T/$w-on" && run_pair "bench-$w" "$T/$w-off" "$T/$w-on"
done

echo "# $failed failed"
exit 0
