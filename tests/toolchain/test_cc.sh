#!/usr/bin/env bash
# Tests of halite-cc (toolchain/cc) and the module layout (toolchain/libc).
# Prints "ok NAME" or "not ok NAME" per case. Run from anywhere; BUILD
# (default: build) names the build directory.
#
#  - every tests/modules/*.c and tests/toolchain/cc/*.c compiles with -c at
#    -O2 (the ones here also at -O0 and -Os), and the code of each object
#    validates (toolchain/libc/check-objects.sh: each executable section,
#    `halite validate --raw --addr 0x20000`);
#  - .s and .S inputs, -S, -E, -M/-MM/-MD, -v, @file, exit status of the
#    failing step, no temporary files left behind;
#  - flags that would break the sandbox rules are refused with a message;
#  - a module linked with -nostdlib has the layout of docs/abi.md and
#    validates with `halite validate MODULE`;
#  - with the sysroot (make libc), a linked hello module validates.
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
CC="$B/bin/halite-cc"
H="$B/bin/halite"
RW=${HALITE_REWRITE:-$B/bin/halite-rewrite}
CHECK="$top/toolchain/libc/check-objects.sh"
export HALITE="$H"

failed=0
ok() { echo "ok $1${2:+ # $2}"; }
nok() {
	echo "not ok $1${2:+: $2}"
	failed=$((failed + 1))
}

for f in "$CC" "$H"; do
	if [ ! -x "$f" ]; then
		echo "not ok setup: $f not built (make)"
		exit 1
	fi
done
if [ ! -x "$RW" ]; then
	echo "not ok setup: the rewriter $RW is not built (toolchain/rewriter)"
	exit 1
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/halite-cc-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
# halite-cc's own temporary directories go here, to check they are removed.
mkdir -p "$T/tmp"
export TMPDIR="$T/tmp"
tmp_clean() { [ -z "$(ls -A "$T/tmp")" ]; }

# hcc ARGS...: runs halite-cc; sets rc, out, err.
hcc() {
	"$CC" "$@" >"$T/out" 2>"$T/err"
	rc=$?
	out=$(cat "$T/out")
	err=$(cat "$T/err")
}
show() { printf 'rc=%s stderr=[%s]' "$rc" "$(printf '%s' "$err" | head -c 800)"; }

# ---- compile and validate C files ----
srcs=()
for f in "$top"/tests/modules/*.c "$top"/tests/toolchain/cc/*.c; do
	[ -f "$f" ] && srcs+=("$f")
done
[ "${#srcs[@]}" -gt 0 ] || nok "sources" "no C files in tests/modules or tests/toolchain/cc"
for f in "${srcs[@]}"; do
	rel=${f#"$top"/}
	levels="-O2"
	case "$rel" in tests/toolchain/cc/*) levels="-O2 -O0 -Os" ;; esac
	case "$rel" in tests/toolchain/cc/gather.c) levels="-O3:-march=native" ;; esac
	for O in $levels; do
		o="$T/obj.o"
		rm -f "$o"
		hcc ${O//:/ } -c "$f" -o "$o"
		if [ $rc -ne 0 ] || [ ! -s "$o" ]; then
			nok "compile $O $rel" "$(show)"
			continue
		fi
		ok "compile $O $rel"
		if v=$(bash "$CHECK" "$o" 2>&1); then
			ok "validate $O $rel"
		else
			nok "validate $O $rel" "$v"
		fi
	done
done
tmp_clean && ok "temporary files removed after success" || nok "temporary files removed after success" "$(ls -R "$T/tmp" | head)"

# ---- other inputs and outputs ----
cat >"$T/f.s" <<'EOF'
	.text
	.globl	f
	.type	f, @function
f:
	movl	(%rdi), %eax
	addl	4(%rdi), %eax
	ret
	.size	f, .-f
	.section	.note.GNU-stack,"",@progbits
EOF
hcc -c "$T/f.s" -o "$T/fs.o"
if [ $rc -eq 0 ] && bash "$CHECK" "$T/fs.o" >/dev/null; then ok ".s input is rewritten"; else nok ".s input is rewritten" "$(show) $(bash "$CHECK" "$T/fs.o" 2>&1)"; fi

cat >"$T/g.S" <<'EOF'
#define LOAD(off) movl off(%rdi), %eax
	.text
	.globl	g
	.type	g, @function
g:
	LOAD(8)
	ret
	.size	g, .-g
	.section	.note.GNU-stack,"",@progbits
EOF
hcc -c "$T/g.S" -o "$T/gS.o"
if [ $rc -eq 0 ] && bash "$CHECK" "$T/gS.o" >/dev/null; then ok ".S input is preprocessed and rewritten"; else nok ".S input is preprocessed and rewritten" "$(show)"; fi
# Hand-written assembly may jump to a return address: its masked jumps
# round up, so the rewriter gets no --round-down (docs/abi.md R7).
hcc -v -c "$T/g.S" -o "$T/gS.o"
if [ $rc -eq 0 ] && printf '%s' "$err" | grep -q 'halite-rewrite -o ' &&
	! printf '%s' "$err" | grep -q -- '--round-down'; then
	ok ".S input: masked jumps round up"
else
	nok ".S input: masked jumps round up" "$(show)"
fi

# -c without -o writes BASENAME.o in the current directory.
(cd "$T" && "$CC" -c "$top/tests/toolchain/cc/strings.c" 2>"$T/err")
[ -s "$T/strings.o" ] && ok "-c without -o" || nok "-c without -o" "$(cat "$T/err")"

# Standard input with -x.
printf 'int five(void) { return 5; }\n' | "$CC" -x c -c - -o "$T/stdin.o" 2>"$T/err"
[ -s "$T/stdin.o" ] && bash "$CHECK" "$T/stdin.o" >/dev/null && ok "-x c - (standard input)" || nok "-x c - (standard input)" "$(cat "$T/err")"
"$CC" -x assembler -c - -o "$T/stdin-s.o" <"$T/f.s" 2>"$T/err"
[ -s "$T/stdin-s.o" ] && bash "$CHECK" "$T/stdin-s.o" >/dev/null && ok "-x assembler - (standard input)" || nok "-x assembler - (standard input)" "$(cat "$T/err")"

# -S gives the rewritten assembly, which assembles to valid code.
hcc -O2 -S "$top/tests/toolchain/cc/arith.c" -o "$T/arith.s"
if [ $rc -eq 0 ] && grep -q '%r14' "$T/arith.s" && as --64 -o "$T/arith-S.o" "$T/arith.s" &&
	bash "$CHECK" "$T/arith-S.o" >/dev/null; then
	ok "-S writes rewritten assembly"
else
	nok "-S writes rewritten assembly" "$(show)"
fi

# Several sources with -c; a syntax error stops with gcc's exit status.
(cd "$T" && "$CC" -c "$top/tests/toolchain/cc/arith.c" "$top/tests/toolchain/cc/start.c" 2>"$T/err")
[ -s "$T/arith.o" ] && [ -s "$T/start.o" ] && ok "-c with several inputs" || nok "-c with several inputs" "$(cat "$T/err")"
hcc -c "$T/f.s" "$T/g.S" -o "$T/x.o"
[ $rc -ne 0 ] && printf '%s' "$err" | grep -q 'multiple files' && ok "-o with -c and several inputs is an error" || nok "-o with -c and several inputs is an error" "$(show)"

printf 'int f(void) { return x; }\n' >"$T/bad.c"
hcc -c "$T/bad.c" -o "$T/bad.o"
if [ $rc -eq 1 ] && printf '%s' "$err" | grep -q "bad.c:1:.*error" && [ ! -e "$T/bad.o" ]; then
	ok "a compile error exits with the compiler's status"
else
	nok "a compile error exits with the compiler's status" "$(show)"
fi
tmp_clean && ok "temporary files removed after failure" || nok "temporary files removed after failure" "$(ls -R "$T/tmp" | head)"

# -v prints each step; C input goes to the rewriter with --round-down (its
# indirect jumps only reach bundle starts), assembly without (docs/abi.md R7).
hcc -v -O2 -c "$top/tests/toolchain/cc/strings.c" -o "$T/v.o"
if [ $rc -eq 0 ] && printf '%s' "$err" | grep -q '^gcc -S .*-ffixed-r14 -ffixed-r11' &&
	printf '%s' "$err" | grep -q 'halite-rewrite --round-down -o ' &&
	printf '%s' "$err" | grep -q '^as --64'; then
	ok "-v prints gcc -S, halite-rewrite and as"
else
	nok "-v prints gcc -S, halite-rewrite and as" "$(show)"
fi
# The ABI flags come after the user's, so they win.
if printf '%s' "$err" | grep -qE -- '-O2 .*-fPIE -ffixed-r14 -ffixed-r11 -mno-tls-direct-seg-refs -fcf-protection=none -mno-avx512f'; then
	ok "ABI flags of docs/abi.md section 7, after the user's"
else
	nok "ABI flags of docs/abi.md section 7, after the user's" "$(show)"
fi

# @file response files.
printf -- '-O2 -c\n"%s"\n-o "%s"\n' "$top/tests/toolchain/cc/strings.c" "$T/resp.o" >"$T/args.rsp"
hcc "@$T/args.rsp"
[ $rc -eq 0 ] && [ -s "$T/resp.o" ] && ok "@file arguments" || nok "@file arguments" "$(show)"

# ---- preprocessing and dependencies ----
cat >"$T/pp.c" <<'EOF'
#include "pp.h"
int v = VALUE;
#ifdef __halite__
int halite = 1;
#endif
#ifdef __PIE__
int pie = 1;
#endif
#ifdef __AVX512F__
int avx512 = 1;
#endif
EOF
printf '#define VALUE (6 * 7)\n' >"$T/pp.h"
hcc -E -march=skylake-avx512 "$T/pp.c"
if [ $rc -eq 0 ] && printf '%s' "$out" | grep -q 'int v = (6 \* 7);' &&
	printf '%s' "$out" | grep -q 'int halite = 1;' && printf '%s' "$out" | grep -q 'int pie = 1;' &&
	! printf '%s' "$out" | grep -q avx512; then
	ok "-E preprocesses with __halite__, __PIE__ and without AVX-512"
else
	nok "-E preprocesses with __halite__, __PIE__ and without AVX-512" "$(show) out=[$(printf '%s' "$out" | tail -5)]"
fi
hcc -E "$T/pp.c" -o "$T/pp.i"
[ $rc -eq 0 ] && grep -q 'int v = (6 \* 7);' "$T/pp.i" && ok "-E -o FILE" || nok "-E -o FILE" "$(show)"
hcc -c "$T/pp.i" -o "$T/ppi.o"
[ $rc -eq 0 ] && bash "$CHECK" "$T/ppi.o" >/dev/null && ok ".i input compiles" || nok ".i input compiles" "$(show)"

hcc -M "$T/pp.c"
if [ $rc -eq 0 ] && printf '%s' "$out" | grep -q '^pp.o:' && printf '%s' "$out" | grep -q 'pp.h'; then
	ok "-M lists the dependencies"
else
	nok "-M lists the dependencies" "$(show) out=[$out]"
fi
hcc -MM -MT custom.o "$T/pp.c"
[ $rc -eq 0 ] && printf '%s' "$out" | grep -q '^custom.o:.*pp.h' && ok "-MM -MT" || nok "-MM -MT" "$(show) out=[$out]"

mkdir -p "$T/dep"
hcc -MMD -MP -c "$T/pp.c" -o "$T/dep/pp.o"
if [ $rc -eq 0 ] && [ -f "$T/dep/pp.d" ] && grep -q "^$T/dep/pp.o: " "$T/dep/pp.d" &&
	grep -q "^$T/pp.h:" "$T/dep/pp.d"; then
	ok "-MMD -MP: OUT.d names the object"
else
	nok "-MMD -MP: OUT.d names the object" "$(show) d=[$(cat "$T/dep/pp.d" 2>/dev/null)]"
fi
hcc -MD -MF "$T/custom.d" -c "$T/pp.c" -o "$T/pp2.o"
[ $rc -eq 0 ] && grep -q "^$T/pp2.o:" "$T/custom.d" && ok "-MD -MF FILE" || nok "-MD -MF FILE" "$(show)"
(cd "$T" && "$CC" -MD -c pp.c 2>"$T/err")
grep -q '^pp.o:' "$T/pp.d" 2>/dev/null && ok "-MD -c without -o writes BASENAME.d" || nok "-MD -c without -o writes BASENAME.d" "$(cat "$T/err")"

# ---- refused and accepted flags ----
refused=(-mavx512f -mavx512bw -mavx512vl -fno-PIE -fno-pie -fno-PIC -fno-pic -mcmodel=large
	-mcmodel=kernel -m32 -mx32 -fcall-used-r14 -fcall-saved-r11 -mtls-direct-seg-refs
	-fsplit-stack -flto -fsanitize=address -mindirect-branch=thunk -mfunction-return=thunk)
for flag in "${refused[@]}"; do
	rm -f "$T/r.o"
	hcc "$flag" -c "$top/tests/toolchain/cc/strings.c" -o "$T/r.o"
	if [ $rc -ne 0 ] && printf '%s' "$err" | grep -qF -- "$flag is not allowed: " && [ ! -e "$T/r.o" ]; then
		ok "refuses $flag"
	else
		nok "refuses $flag" "$(show)"
	fi
done
for flag in -shared -no-pie; do
	hcc "$flag" "$T/fs.o" -o "$T/r.out"
	if [ $rc -ne 0 ] && printf '%s' "$err" | grep -qF -- "$flag is not allowed: " && [ ! -e "$T/r.out" ]; then
		ok "refuses $flag"
	else
		nok "refuses $flag" "$(show)"
	fi
done
accepted=(-ffixed-r14 -ffixed-r11 -mred-zone -mno-red-zone -fPIC -fpic -mcmodel=small
	-fstack-protector-strong -march=x86-64-v3 -fcf-protection=full -g -pthread -std=gnu11)
for flag in "${accepted[@]}"; do
	rm -f "$T/a.o"
	hcc "$flag" -O2 -c "$top/tests/toolchain/cc/arith.c" -o "$T/a.o"
	if [ $rc -eq 0 ] && v=$(bash "$CHECK" "$T/a.o" 2>&1); then
		ok "accepts $flag (valid code)"
	else
		nok "accepts $flag (valid code)" "$(show) ${v:-}"
	fi
done

# ---- queries ----
hcc -dumpmachine
[ $rc -eq 0 ] && [ "$out" = x86_64-linux-musl ] && ok "-dumpmachine" || nok "-dumpmachine" "$(show) out=[$out]"
hcc -print-sysroot
[ $rc -eq 0 ] && [ "$out" = "$(cd "$B" && pwd -P)/sysroot" ] && ok "-print-sysroot (build tree)" || nok "-print-sysroot (build tree)" "$(show) out=[$out]"
hcc -v
[ $rc -eq 0 ] && printf '%s' "$err" | grep -q 'gcc version' && ok "-v alone reports gcc's version" || nok "-v alone reports gcc's version" "$(show)"

# ---- installed layout: PREFIX/bin and PREFIX/lib/halite ----
mkdir -p "$T/inst/bin" "$T/inst/lib/halite/lib"
cp "$CC" "$T/inst/bin/"
cp "$RW" "$T/inst/bin/halite-rewrite"
cp "$top/toolchain/libc/halite.ld" "$T/inst/lib/halite/lib/"
HALITE_REWRITE= "$T/inst/bin/halite-cc" -v -c "$top/tests/toolchain/cc/strings.c" -o "$T/inst.o" 2>"$T/err"
rc=$?
err=$(cat "$T/err")
if [ $rc -eq 0 ] && printf '%s' "$err" | grep -q "sysroot $T/inst/lib/halite, rewriter $T/inst/bin/halite-rewrite" &&
	bash "$CHECK" "$T/inst.o" >/dev/null; then
	ok "installed driver finds PREFIX/lib/halite and the rewriter beside it"
else
	nok "installed driver finds PREFIX/lib/halite and the rewriter beside it" "$(show)"
fi
# Modules name the halite-interp beside the driver that linked them.
HALITE_REWRITE= "$T/inst/bin/halite-cc" -nostdlib "$top/tests/toolchain/cc/start.c" -o "$T/inst-start" 2>"$T/err"
rc=$?
err=$(cat "$T/err")
want="$(cd "$T/inst/bin" && pwd -P)/halite-interp"
got=$(readelf -lW "$T/inst-start" 2>/dev/null | sed -n 's/.*Requesting program interpreter: \(.*\)]$/\1/p')
if [ $rc -eq 0 ] && [ "$got" = "$want" ]; then
	ok "installed driver: PT_INTERP is PREFIX/bin/halite-interp"
else
	nok "installed driver: PT_INTERP is PREFIX/bin/halite-interp" "$(show) got=[$got] want=[$want]"
fi

# ---- linking: module layout (docs/abi.md sections 2 and 6) ----
# layout_ok MODULE: static PIE, loadable segments in [0x20000, 0xFFFF0000),
# none writable and executable, code page-aligned, entry in the code; a
# PT_INTERP naming the halite-interp beside halite-cc, inside the read-only
# headers segment; no DT_NEEDED, no PLT, only R_X86_64_RELATIVE relocations.
INTERP="$(cd "$B/bin" && pwd -P)/halite-interp"
layout_ok() {
	local m=$1
	readelf -hW "$m" | grep -q 'Type:.*DYN' || { echo "not ET_DYN"; return 1; }
	local interp interp_va
	interp=$(readelf -lW "$m" | sed -n 's/.*Requesting program interpreter: \(.*\)]$/\1/p')
	[ "$interp" = "$INTERP" ] || { echo "PT_INTERP is [$interp], not $INTERP"; return 1; }
	interp_va=$(readelf -lW "$m" | awk '$1 == "INTERP" { print $3 }')
	readelf -dW "$m" | grep -q NEEDED && { echo "has DT_NEEDED"; return 1; }
	readelf -rW "$m" | grep 'R_X86_64_' | grep -v R_X86_64_RELATIVE && { echo "relocations other than RELATIVE"; return 1; }
	readelf -SW "$m" | grep -qE '\] \.(i?plt|plt\.got|plt\.sec) ' && { echo "has a PLT"; return 1; }
	local typ off va pa fsz msz flags code=0 bad=0 interp_in=
	while read -r typ off va pa fsz msz flags; do
		[ "$typ" = LOAD ] || continue
		flags=${flags% 0x*}
		if ((interp_va >= va && interp_va < va + fsz)); then interp_in=${flags// /}; fi
		if ((va < 0x20000 || va + msz > 0xFFFF0000)); then echo "segment $va outside the module area"; bad=1; fi
		case "$flags" in *W*E*) echo "segment $va is writable and executable"; bad=1 ;; esac
		case "$flags" in *E*)
			code=1
			if ((va % 4096)); then echo "code segment $va not page-aligned"; bad=1; fi ;;
		esac
	done < <(readelf -lW "$m")
	[ $code -eq 1 ] || { echo "no code segment"; bad=1; }
	[ "$interp_in" = R ] || { echo "PT_INTERP not in a read-only loaded segment ($interp_in)"; bad=1; }
	return $bad
}
hcc -O2 -nostdlib -static "$top/tests/toolchain/cc/start.c" -o "$T/start"
if [ $rc -eq 0 ] && [ -s "$T/start" ]; then
	ok "link -nostdlib"
	if l=$(layout_ok "$T/start"); then ok "module layout (-nostdlib)"; else nok "module layout (-nostdlib)" "$l"; fi
	if readelf -rW "$T/start" | grep -q R_X86_64_RELATIVE; then ok "pointers in data get R_X86_64_RELATIVE relocations"; else nok "pointers in data get R_X86_64_RELATIVE relocations" "$(readelf -rW "$T/start")"; fi
	if v=$("$H" validate "$T/start" 2>&1); then ok "linked -nostdlib module validates"; else nok "linked -nostdlib module validates" "$v"; fi
else
	nok "link -nostdlib" "$(show)"
fi
# Separate compile and link; -Wl, and -Xlinker reach ld.
hcc -O2 -c "$top/tests/toolchain/cc/start.c" -o "$T/start.o"
hcc -nostdlib "$T/start.o" -Wl,--build-id=sha1 -Xlinker -Map="$T/start.map" -o "$T/start2"
if [ $rc -eq 0 ] && [ -s "$T/start.map" ] && readelf -nW "$T/start2" | grep -q 'Build ID' && "$H" validate -q "$T/start2"; then
	ok "link objects with -Wl, and -Xlinker"
else
	nok "link objects with -Wl, and -Xlinker" "$(show)"
fi
tmp_clean && ok "temporary files removed after linking" || nok "temporary files removed after linking" "$(ls -R "$T/tmp" | head)"

# ---- with the sysroot: hello world against musl ----
SYS="$B/sysroot"
if [ -f "$SYS/lib/libc.a" ] && [ -f "$SYS/include/stdio.h" ]; then
	hcc -O2 "$top/tests/toolchain/cc/hello.c" -o "$T/hello"
	if [ $rc -eq 0 ]; then
		ok "link hello against the sysroot"
		if l=$(layout_ok "$T/hello"); then ok "hello module layout"; else nok "hello module layout" "$l"; fi
		if v=$("$H" validate "$T/hello" 2>&1); then ok "hello module validates"; else nok "hello module validates" "$(printf '%s' "$v" | head -20)"; fi
	else
		nok "link hello against the sysroot" "$(show)"
	fi
	# gcc's run-time calls resolve in halite-rt, not in the host's libgcc.
	hcc -O2 "$top/tests/toolchain/cc/runtime.c" -o "$T/runtime" -Wl,-Map="$T/runtime.map"
	if [ $rc -eq 0 ] && grep -q 'libhalite-rt.a(complex.o)' "$T/runtime.map" &&
		! grep -q 'libgcc' "$T/runtime.map" && v=$("$H" validate "$T/runtime" 2>&1); then
		ok "run-time routines come from halite-rt (module validates)"
	else
		nok "run-time routines come from halite-rt (module validates)" "$(show) ${v:-}"
	fi
	hcc -O2 "$top/tests/toolchain/cc/hello.c" -lm -lpthread -o "$T/hello-lm"
	[ $rc -eq 0 ] && ok "-lm -lpthread resolve in the sysroot" || nok "-lm -lpthread resolve in the sysroot" "$(show)"
	hcc -E "$top/tests/toolchain/cc/hello.c"
	if [ $rc -eq 0 ] && printf '%s' "$out" | grep -q "$(cd "$SYS" && pwd -P)/include/stdio.h"; then
		ok "headers come from the sysroot"
	else
		nok "headers come from the sysroot" "$(show)"
	fi
else
	ok "link hello against the sysroot" "SKIP: no sysroot yet (make libc)"
fi

echo "# $failed failed"
exit 0
