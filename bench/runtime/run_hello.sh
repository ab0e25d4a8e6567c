#!/usr/bin/env bash
# Start-up cost: `halite run hello.elf` end to end against a native static
# hello, measured in the same run.
#
# bench/runtime/hello.c (one write, then exit) is built with halite-cc -O2
# (the module) and gcc -O2 -static (the baseline). spawnbench runs, RUNS
# times each (default 200), interleaved round robin, each run one
# posix_spawn + wait4 with stdout to /dev/null:
#   native      the static hello: the floor (fork/exec/exit of a process)
#   host        `halite --help`: the halite process alone (exec, dynamic
#               linking, C library start-up), no module
#   validate    `halite validate -q hello.elf`: host + read + validate
#   halite-run  `halite run hello.elf`: host + read + validate + map +
#               outer sandbox + sandbox create + run + teardown
#   no-outer    `halite run --no-outer-sandbox hello.elf`, when halite has
#               that option: the same without the outer sandbox (namespaces,
#               Landlock, seccomp), to tell its cost apart
# Those runs follow each other within milliseconds, which keeps the
# kernel's cgroup lock fast: the move of a process into its pids cgroup
# (docs/outer.md) waits for an RCU grace period only when no move came
# shortly before. So COLD_RUNS more runs (default 9) of native, halite-run
# and no-outer, interleaved, each after a pause of COLD_PAUSE seconds
# (0.2), show what one `halite run` on its own costs.
# It prints median, p90 and min wall time and median CPU time (user + sys)
# of each, a breakdown from the differences of the medians, and last
# `run-hello: halite run X ms, native Y ms, ratio Z.ZZx (goal: halite run
# <= 2 ms end to end)`. No assertions on times.
#
# Environment: RUNS (200), WARMUP (5), and those of bench/runtime/lib.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/runtime/lib.sh
RUNS=${RUNS:-200}
WARMUP=${WARMUP:-5}
COLD_RUNS=${COLD_RUNS:-9}
COLD_PAUSE=${COLD_PAUSE:-0.2}

need_tools run-hello
"$HALITE_CC" -O2 bench/runtime/hello.c -o "$OUT/hello.elf"
"$GCC" -O2 -static bench/runtime/hello.c -o "$OUT/hello.native"
"$HALITE" validate -q "$OUT/hello.elf"
[ "$("$HALITE" run "$OUT/hello.elf")" = "hello, world" ] ||
	{ echo "run-hello: halite run $OUT/hello.elf does not print its greeting" >&2; exit 1; }

cmds=(native "$OUT/hello.native" ::
	host "$HALITE" --help ::
	validate "$HALITE" validate -q "$OUT/hello.elf" ::
	halite-run "$HALITE" run "$OUT/hello.elf")
outer=0
if "$HALITE" run --help 2>&1 | grep -q -- --no-outer-sandbox; then
	outer=1
	cmds+=(:: no-outer "$HALITE" run --no-outer-sandbox "$OUT/hello.elf")
fi
res=$("$SPAWNBENCH" -n "$RUNS" -w "$WARMUP" -- "${cmds[@]}")

echo "run-hello: wall time of one whole process, posix_spawn to wait4, stdout to /dev/null;"
echo "  $RUNS runs of each, interleaved round robin ($WARMUP warm-up runs each, untimed)"
echo "  native      hello.c built with gcc -O2 -static: the floor (spawn + exec + exit)"
echo "  host        'halite --help': the halite process alone (exec, ld.so, libc start-up)"
echo "  validate    'halite validate -q hello.elf': host + read + validate the module"
echo "  halite-run  'halite run hello.elf' (module: hello.c built with halite-cc -O2)"
[ "$outer" = 0 ] || echo "  no-outer    'halite run --no-outer-sandbox hello.elf': without the outer sandbox"
printf '%-12s %10s %9s %9s %9s %10s\n' command "median ms" "p90 ms" "min ms" "cpu ms" "/native"
nat=$(awk '$1 == "native" { print $3 }' <<<"$res")
awk -v nat="$nat" '{
	printf "%-12s %10.3f %9.3f %9.3f %9.3f %9.2fx\n", $1, $3 / 1000, $4 / 1000, $5 / 1000, $7 / 1000, $3 / nat
}' <<<"$res"
awk '{ m[$1] = $3 / 1000; p[$1] = $4 / 1000 } END {
	printf "breakdown (differences of medians, ms): process start of halite %.3f (native floor %.3f),\n", m["host"], m["native"]
	if ("no-outer" in m) {
		printf "  read + validate hello.elf %.3f, map + sandbox create + run + teardown %.3f,\n",
			m["validate"] - m["host"], m["no-outer"] - m["validate"]
		printf "  outer sandbox (namespaces, Landlock, seccomp; set-up and teardown) %.3f\n",
			m["halite-run"] - m["no-outer"]
	} else
		printf "  read + validate hello.elf %.3f, map + sandbox create + run + teardown %.3f\n",
			m["validate"] - m["host"], m["halite-run"] - m["validate"]
	printf "run-hello: halite run %.3f ms (p90 %.3f), native %.3f ms, ratio %.2fx (goal: halite run <= 2 ms end to end)\n",
		m["halite-run"], p["halite-run"], m["native"], m["halite-run"] / m["native"]
}' <<<"$res"

# Cold: each run alone, after a pause (see the top of this file).
cold_cmds=(native "$OUT/hello.native" :: halite-run "$HALITE" run "$OUT/hello.elf")
[ "$outer" = 0 ] || cold_cmds+=(:: no-outer "$HALITE" run --no-outer-sandbox "$OUT/hello.elf")
cold=$("$SPAWNBENCH" -n "$COLD_RUNS" -w 0 -p "$COLD_PAUSE" -- "${cold_cmds[@]}")
awk -v runs="$COLD_RUNS" -v pause="$COLD_PAUSE" '{ m[$1] = $3 / 1000 } END {
	printf "run-hello cold (%d runs each, each after a %s s pause; medians): halite run %.3f ms, native %.3f ms", runs, pause, m["halite-run"], m["native"]
	if ("no-outer" in m)
		printf ", without the outer sandbox %.3f ms", m["no-outer"]
	printf "\n"
}' <<<"$cold"
