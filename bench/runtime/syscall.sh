#!/usr/bin/env bash
# Cost of a call into the runtime: an emulated system call and the
# thread-pointer runtime call, in the sandbox against native, measured in
# the same run.
#
# bench/runtime/syscall_loop.c is built with halite-cc -O2 (the module) and
# gcc -O2 -static (native), and run in these modes, each one loop of calls
# through a volatile function pointer, timed by the program itself with
# clock_gettime around the loop:
#   getpid  syscall(SYS_getpid), GETPID_N calls (default 1,000,000): a real
#           system call natively, runtime call 0 (emulated, no host system
#           call) in the sandbox
#   write0  syscall(SYS_write, 1, buf, 0), GETPID_N calls: a system call
#           the sandbox forwards to the host (through the outer sandbox's
#           seccomp filter when that is on); also run with
#           --no-outer-sandbox (row write0/no-outer) when halite has it
#   self    pthread_self(), SELF_N calls (default 10,000,000): %fs:0
#           natively, runtime call 1 in the sandbox (not a system call)
#   call    an empty function, SELF_N calls: the indirect call alone, which
#           the loops above pay too (reference only)
# All programs run RUNS times each (default 7), interleaved round robin by
# spawnbench; the median ns per call of each is reported, with the ratio
# sandbox/native. Last lines:
#   getpid: sandbox X ns, native Y ns, ratio Z.ZZx (goal <= 2x)
#   pthread_self: sandbox X ns, native Y ns, ratio Z.ZZx (no goal)
# No assertions on times.
#
# Environment: RUNS (7), GETPID_N, SELF_N, and those of bench/runtime/lib.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/runtime/lib.sh
RUNS=${RUNS:-7}
GETPID_N=${GETPID_N:-1000000}
SELF_N=${SELF_N:-10000000}

need_tools syscall
"$HALITE_CC" -O2 bench/runtime/syscall_loop.c -o "$OUT/syscall_loop.elf"
"$GCC" -O2 -static bench/runtime/syscall_loop.c -o "$OUT/syscall_loop.native"
res=$OUT/syscall.out
rm -rf "$res"

# Rows: NAME MODE N [halite run options]
rows=("getpid getpid $GETPID_N" "write0 write0 $GETPID_N")
if "$HALITE" run --help 2>&1 | grep -q -- --no-outer-sandbox; then
	rows+=("write0/no-outer write0 $GETPID_N --no-outer-sandbox")
fi
rows+=("self self $SELF_N" "call call $SELF_N")
cmds=()
for row in "${rows[@]}"; do
	read -r name mode n opts <<<"$row"
	l=${name//\//.}
	[ ${#cmds[@]} -eq 0 ] || cmds+=(::)
	[ "$name" != "$mode" ] || cmds+=("$l.native" "$OUT/syscall_loop.native" "$mode" "$n" ::)
	# shellcheck disable=SC2206 # opts: zero or more words
	cmds+=("$l.sandbox" "$HALITE" run $opts "$OUT/syscall_loop.elf" "$mode" "$n")
done
"$SPAWNBENCH" -n "$RUNS" -w 1 -O "$res" -- "${cmds[@]}" >/dev/null

# ns_per_call LABEL: the values the RUNS runs of LABEL printed.
ns_per_call() {
	local r
	for r in $(seq 0 $((RUNS - 1))); do
		awk '{ print $3 }' "$res/$1.$r"
	done
}

echo "syscall: ns per call, timed inside the program (clock_gettime around the loop);"
echo "  native = gcc -O2 -static, sandbox = halite-cc -O2 under 'halite run';"
echo "  $RUNS runs of each, interleaved round robin; medians"
printf '%-16s %9s %10s %11s %8s   %s\n' loop calls "native ns" "sandbox ns" ratio "sandbox runs (ns)"
declare -A med
for row in "${rows[@]}"; do
	read -r name mode n opts <<<"$row"
	l=${name//\//.}
	mapfile -t nv < <(ns_per_call "$mode.native")
	mapfile -t sv < <(ns_per_call "$l.sandbox")
	med[$name.n]=$(median "${nv[@]}")
	med[$name.s]=$(median "${sv[@]}")
	printf '%-16s %9d %10.2f %11.2f %7sx   %s\n' "$name" "$n" "${med[$name.n]}" "${med[$name.s]}" \
		"$(ratio "${med[$name.s]}" "${med[$name.n]}")" "${sv[*]}"
done
awk -v s="${med[self.s]}" -v n="${med[self.n]}" -v cs="${med[call.s]}" -v cn="${med[call.n]}" 'BEGIN {
	printf "self - call: sandbox %.2f ns (runtime call 1, and the call to musl'"'"'s out-of-line pthread_self), native %.2f ns (%%fs:0 load)\n", s - cs, n - cn }'
if [ -n "${med[write0/no-outer.s]:-}" ]; then
	awk -v a="${med[write0.s]}" -v b="${med[write0/no-outer.s]}" 'BEGIN {
		printf "outer sandbox on a forwarded system call (write0 - write0/no-outer): %.2f ns\n", a - b }'
fi
echo "getpid: sandbox ${med[getpid.s]} ns, native ${med[getpid.n]} ns, ratio $(ratio "${med[getpid.s]}" "${med[getpid.n]}")x (goal <= 2x)"
echo "write0: sandbox ${med[write0.s]} ns, native ${med[write0.n]} ns, ratio $(ratio "${med[write0.s]}" "${med[write0.n]}")x (no goal: a forwarded system call)"
echo "pthread_self: sandbox ${med[self.s]} ns, native ${med[self.n]} ns, ratio $(ratio "${med[self.s]}" "${med[self.n]}")x (no goal: runtime call 1, not a system call)"
