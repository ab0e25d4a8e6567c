#!/usr/bin/env bash
# Tests of `halite run` (src/runtime, src/cli/run.c): modules from
# tests/runtime/modules/*.c, compiled with halite-cc, run in the sandbox.
# Prints "ok NAME" or "not ok NAME" per case. BUILD (default: build) names
# the build directory.
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
CC="$B/bin/halite-cc"
H="$B/bin/halite"
M="$B/tests/runtime/modules"
mkdir -p "$M"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok $1"; }
nok() { echo "not ok $1${2:+: $2}"; }
# check NAME CONDITION-STATUS [DETAIL]
check() { if [ "$2" -eq 0 ]; then ok "$1"; else nok "$1" "${3:-}"; fi; }

for f in "$CC" "$H"; do
	[ -x "$f" ] || { echo "not ok setup: $f not built (make)"; exit 1; }
done

# Compiles a module once per source change.
build() {
	local src="$top/tests/runtime/modules/$1.c" out="$M/$1.elf"
	if [ ! -e "$out" ] || [ "$src" -nt "$out" ] || [ "$CC" -nt "$out" ]; then
		"$CC" -O2 -pthread -o "$out" "$src" || { nok "build $1"; return 1; }
	fi
}
for m in hello faults spin pointers threads hello_raw jit memhog jumps fenv sigact; do build "$m"; done

# run NAME ARGS...: runs halite run, sets $out, $err, $st.
run() {
	"$H" run "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	st=$?
	out=$(cat "$tmp/out")
	err=$(cat "$tmp/err")
}

# --- start, arguments, environment, exit status
run "$M/hello.elf" 7 two
[ "$st" = 7 ] && grep -q '^argv\[2\]=two$' "$tmp/out" && grep -q '^environ: 0$' "$tmp/out"
check "hello: exit status, arguments, empty environment" $? "status $st; $out"
run "$M/hello.elf"
check "hello: exit status 0" "$([ "$st" = 0 ]; echo $?)"
run --env HALITE_TEST=yes --env A=1 "$M/hello.elf"
grep -q '^HALITE_TEST=yes$' "$tmp/out" && grep -q '^environ: 2$' "$tmp/out"
check "--env sets variables" $? "$out"
HALITE_TEST=inherited run --env-inherit "$M/hello.elf"
grep -q '^HALITE_TEST=inherited$' "$tmp/out"
check "--env-inherit passes the host environment" $? "$out"
HALITE_TEST=inherited run --env-inherit --env HALITE_TEST=over "$M/hello.elf"
grep -q '^HALITE_TEST=over$' "$tmp/out"
check "--env overrides --env-inherit" $? "$out"
run "$M/hello.elf" 300
check "exit status is taken modulo 256" "$([ "$st" = 44 ]; echo $?)" "status $st"
echo "piped input" | "$H" run "$M/hello.elf" >/dev/null 2>&1
check "stdin from a pipe does not disturb the run" $?

# --- refusals and halite's own errors
printf '\x0f\x05' >"$tmp/raw"
run "$tmp/raw"
[ "$st" = 126 ] && grep -q 'not a halite module' "$tmp/err"
check "non-ELF file refused with 126" $? "status $st: $err"
run "$tmp/does-not-exist"
[ "$st" = 126 ] && grep -q 'cannot read the module' "$tmp/err"
check "missing module refused with 126" $? "status $st: $err"
# An escape attempt: a raw syscall instruction the toolchain did not write
# (emitted as data bytes, which the rewriter leaves alone). Refused by the
# validator; nothing runs.
cat >"$tmp/evil.s" <<'EOF'
	.text
	.globl _start
_start:
	movl $60, %eax
	.byte 0x0f, 0x05
EOF
if "$CC" -nostdlib -o "$tmp/evil.elf" "$tmp/evil.s" 2>"$tmp/cc-err"; then
	run "$tmp/evil.elf"
	[ "$st" = 126 ] && grep -q 'syscall' "$tmp/err" && grep -q 'breaks the sandbox rules' "$tmp/err"
	check "invalid module refused with the validator's diagnostics (126)" $? "status $st: $err"
else
	nok "invalid module refused" "could not build the test module: $(cat "$tmp/cc-err")"
fi
run --memory nonsense "$M/hello.elf"
check "bad --memory is a usage error (125)" "$([ "$st" = 125 ] && grep -q -- '--memory' "$tmp/err"; echo $?)" "$st $err"
run --dir /does/not/exist "$M/hello.elf"
check "bad --dir is a usage error (125)" "$([ "$st" = 125 ] && grep -q 'does/not/exist' "$tmp/err"; echo $?)" "$st $err"
run --dir /proc "$M/hello.elf"
check "--dir /proc is refused (125): /proc/self/mem would reach past W^X" "$([ "$st" = 125 ] && grep -q 'procfs' "$tmp/err"; echo $?)" "$st $err"
run
check "no module is a usage error (125)" "$([ "$st" = 125 ]; echo $?)"
"$H" run --help | grep -q -- '--dir HOST'
check "run --help" $?

# --- faults end the sandbox with 128+signal and a report
fault() { # NAME SIGNAL-STATUS PATTERN...
	local name=$1 want=$2
	shift 2
	run "$M/faults.elf" "$name"
	local good=0
	[ "$st" = "$want" ] || good=1
	for p in "$@"; do grep -q -- "$p" "$tmp/err" || good=1; done
	check "fault $name: status $want and report" $good "status $st: $err"
}
fault segv 139 'SIGSEGV' 'fault address: 0x40' 'deref' 'instruction: ' 'backtrace' 'main'
fault hlt 139 'SIGSEGV' 'hlt'
fault ud2 132 'SIGILL' 'ud2'
fault div 136 'SIGFPE' 'div'
fault stack 139 'stack overflow' 'recurse'
fault abort 134 'SIGABRT'
fault under 139 'SIGSEGV' 'main'
fault x87 136 'after the system call' 'SIGFPE: inexact floating-point result' 'fwait'
run --no-zero-base "$M/faults.elf" under
check "fault under with --no-zero-base: status 139" "$([ "$st" = 139 ]; echo $?)" "status $st: $err"
run "$M/faults.elf" rtcall
check "a reserved runtime-call entry ends the sandbox (125)" \
	"$([ "$st" = 125 ] && grep -q 'reserved runtime-call' "$tmp/err"; echo $?)" "status $st: $err"

# --- musl's <fenv.h> as halite's libc builds it (toolchain/libc/fenv-x86_64.s)
run "$M/fenv.elf"
[ "$st" = 0 ] && [ "$out" = "fenv: 0 failed" ]
check "fenv.h: rounding modes, flags of both units, environments" $? "status $st: $out $err"

# --- rt_sigaction: recorded and reported back
run "$M/sigact.elf"
[ "$st" = 0 ] && [ "$out" = "sigaction: ok" ]
check "sigaction: defaults, a handler read back, SIGKILL refused" $? "status $st: $out $err"

# --- time limit
start=$(date +%s%N)
run --timeout 0.5 "$M/spin.elf"
ms=$((($(date +%s%N) - start) / 1000000))
[ "$st" = 124 ] && grep -q 'timed out' "$tmp/err" && [ "$ms" -lt 5000 ]
check "--timeout stops an infinite loop (124)" $? "status $st after ${ms} ms: $err"
run --timeout 0.5 "$M/threads.elf" 4 1
check "--timeout does not disturb a module that ends in time" "$([ "$st" = 0 ]; echo $?)" "status $st: $err"

# --- pointer arguments
run "$M/pointers.elf"
n_ok=$(grep -c ' ok ' "$tmp/out")
[ "$st" = 0 ] && ! grep -q FAILED "$tmp/out" && [ "$n_ok" -ge 9 ] && grep -q '^confined$' "$tmp/out"
check "pointer arguments outside the sandbox are refused or confined" $? "status $st: $out $err"
grep -q '^base zero$' "$tmp/out"
check "the sandbox is at address 0 (create.c: the low 4 GiB are free)" $? "$out"
run --no-zero-base "$M/pointers.elf"
[ "$st" = 0 ] && ! grep -q FAILED "$tmp/out" && grep -q '^base high$' "$tmp/out"
check "--no-zero-base: elsewhere, and the same pointer checks pass" $? "status $st: $out $err"

# --- threads
run "$M/threads.elf" 16 4
[ "$st" = 0 ] && grep -q '^counter=128000 total=127936480 tls_main=-1$' "$tmp/out"
check "pthreads stress: 16 threads x 4 rounds, mutex, condvar, TLS" $? "status $st: $out $err"
# The pthreads module at every optimisation level: validates, runs, and
# gives the same result.
for O in -O0 -O3 -Os; do
	"$CC" $O -pthread -o "$M/threads$O.elf" "$top/tests/runtime/modules/threads.c" 2>"$tmp/cc-err" &&
		"$H" validate -q "$M/threads$O.elf" && run "$M/threads$O.elf" 8 2
	[ "$st" = 0 ] && grep -q '^counter=32000 total=31984056 tls_main=-1$' "$tmp/out"
	check "pthreads module built at $O validates and runs" $? "status $st: $out $err $(cat "$tmp/cc-err")"
done
run --max-threads 4 "$M/threads.elf" bomb 10
[ "$st" = 0 ] && grep -q '^created 3 of 10 threads$' "$tmp/out"
check "--max-threads: a thread bomb past the limit fails to create threads" $? "status $st: $out $err"
run "$M/threads.elf" bomb 100
check "without --max-threads, the default limit (64 threads) holds" "$([ "$st" = 0 ] && grep -q '^created 63 of 100 threads$' "$tmp/out"; echo $?)" "$out $err"

# --- calls and returns (docs/abi.md R3, R7)
run "$M/jumps.elf"
[ "$st" = 0 ] && [ "$(grep -c ' ok$' "$tmp/out")" = 7 ] && grep -q '^all ok$' "$tmp/out" # six checks, then "all ok"
check "setjmp/longjmp, sigsetjmp and returns resume after their call" $? "status $st: $out $err"
# The layout: calls stay where they are (most end inside their bundle, the
# rest of which is padding), and none ends exactly at a 32-byte boundary,
# which on Intel CPUs with the JCC-erratum microcode keeps the bundle out
# of the decoded-instruction cache (bench/README.md, section 9).
objdump -d --no-show-raw-insn "$M/jumps.elf" | awk '
	function hex(s, i, n) { n = 0; for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return n }
	/^ *[0-9a-f]+:\t/ { if (pend) { h = $1; sub(/:$/, "", h); if (hex(h) % 32 == 0) atend++; else inside++ } pend = 0 }
	/^ *[0-9a-f]+:\tcall / { pend = 1 }
	END { print inside + 0, atend + 0 }' >"$tmp/calls"
read -r inside atend <"$tmp/calls"
[ "$inside" -gt 50 ] && [ "$atend" = 0 ]
check "calls end inside their bundle, none at a 32-byte boundary" $? "$inside inside, $atend at a bundle end"

# --- memory
run "$M/jit.elf"
[ "$st" = 0 ] && [ "$(grep -c ' ok$' "$tmp/out")" = 9 ]
check "dynamic code: validated before it runs; invalid code, W+X and the table refused" $? "status $st: $out $err"
run --memory 64M "$M/memhog.elf" 1000
n=$(sed -n 's/^allocated \([0-9]*\) MiB$/\1/p' "$tmp/out")
[ "$st" = 0 ] && [ -n "$n" ] && [ "$n" -ge 40 ] && [ "$n" -lt 64 ]
check "--memory 64M: allocation past the limit fails with ENOMEM, no crash" $? "status $st: $out $err"
run "$M/memhog.elf" 300
check "without --memory, 300 MiB can be allocated" "$([ "$st" = 0 ] && grep -q '^allocated 300 MiB$' "$tmp/out"; echo $?)" "$out"
run --memory 1M "$M/hello.elf"
check "--memory smaller than the module is refused (125)" "$([ "$st" = 125 ] && grep -q 'memory' "$tmp/err"; echo $?)" "$st $err"

# --- trace
run --trace "$M/hello.elf" 0 x
grep -q '^\[2\] writev(1, 0x[0-9a-f]*, 2) = [0-9]*$' "$tmp/err" && grep -q '^\[2\] exit_group(0) = 0$' "$tmp/err"
check "--trace prints system calls like strace" $? "$err"
grep -q 'ENOTTY' "$tmp/err"
check "--trace names errors" $? "$err"

exit 0
