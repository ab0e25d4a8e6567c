#!/usr/bin/env bash
# What the sandbox's code rules cost, measured with builds that are
# NOT SAFE and exist for this measurement only: the patches in
# bench/suite/unsafe/ are applied to a throwaway worktree of the committed
# tree under BUILD/bench/unsafe/, whose validator accepts anything
# (no-validate.patch). Nothing here is ever built into the tree's own
# binaries. Four variants of Lua, built like the suite's halite Lua:
#
#   plain-ret   returns are plain `ret` (no masked `pop; and; add; jmp`):
#               what the masked return costs, the return-stack buffer
#               included
#   no-padding  no bundles: no padding before calls, no padding for
#               instructions that would cross a bundle end, no locked
#               groups; returns keep their four instructions with a mask
#               that keeps every bit (return addresses are not aligned)
#   bundle16    16-byte bundles instead of 32 (the rewriter's --bundle
#               16, the runtime's masks to match): which size is faster
#   prefix-pad  the suite's halite Lua with its padding no-ops absorbed
#               into redundant prefixes of the instructions before them
#               (unsafe/prefix-pad.py, after linking): what executing the
#               padding costs, the code and its layout otherwise the same;
#               run by plain-ret's `halite run`, whose runtime is the tree's
#
# Each is run by its own worktree's `halite run` (the runtime is the same
# code), interleaved with native and the suite's halite Lua on the
# allocation- and call-heavy scripts; medians of RUNS (7) of CPU time.
#
# usage: bench/suite/unsafe.sh   (after `make bench-suite`; ~15 min when
# the worktrees are built, which happens again only when the sources they
# build or the patches change). Environment: BUILD, RUNS.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-$top/build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
S=$B/bench/suite
U=$B/bench/unsafe
RUNS=${RUNS:-7}
RUNDIR=$S/run
RUNNER=$S/runner
say() { echo "unsafe: $*" >&2; }
[ -x "$RUNNER" ] && [ -x "$S/halite/lua" ] && [ -f "$RUNDIR/strings.lua" ] ||
	{ say "run \`make bench-suite\` first"; exit 1; }
head=$(git -C "$top" rev-parse HEAD)
# What a worktree's build depends on: the committed sources and build files
# and the patches. A commit that changes none of them (docs, benchmarks)
# reuses the worktrees.
key() {
	{
		git -C "$top" rev-parse HEAD:src HEAD:toolchain HEAD:Makefile HEAD:scripts
		cat "$top/bench/suite/unsafe/no-validate.patch" "$top/bench/suite/unsafe/$1.patch"
	} | sha256sum | cut -c1-16
}

# shellcheck source=bench/suite/lua-build.sh
. "$top/bench/suite/lua-build.sh"

# Each variant NAME is no-validate.patch and NAME.patch.
variants=(plain-ret no-padding bundle16)
lua_files "$S/src/lua-orig"

# variant NAME: U/NAME (a worktree of HEAD with its patches, its toolchain
# and C library built) and U/NAME.lua.
variant() {
	local name=$1 wt=$U/$1 p k
	k=$(key "$name")
	if [ ! -f "$wt/.built-$k" ]; then
		say "$name: building a worktree of ${head:0:10} with no-validate.patch and $name.patch (log: ${wt#"$top"/}.log)"
		rm -rf "$wt"
		git -C "$top" worktree prune
		mkdir -p "$U"
		git -C "$top" worktree add -f --detach "$wt" HEAD >/dev/null
		for p in no-validate "$name"; do git -C "$wt" apply "$top/bench/suite/unsafe/$p.patch"; done
		# The musl source and the dependency check are this tree's.
		mkdir -p "$wt/build"
		cp -a "$B/src" "$wt/build/"
		cp "$B/.deps-ok" "$wt/build/"
		make -C "$wt" -j"$(nproc)" libc >"$wt.log" 2>&1 || { say "$name: build failed"; exit 1; }
		touch "$wt/.built-$k"
	fi
	"$wt/build/bin/halite-cc" -O2 "${LUA_DEFS[@]}" "${LUA_FILES[@]}" -o "$U/$name.lua" -lm
}
for v in "${variants[@]}"; do variant "$v"; done
python3 "$top/bench/suite/unsafe/prefix-pad.py" "$S/halite/lua" "$U/prefix-pad.lua"

# shellcheck source=bench/suite/times.sh
. "$top/bench/suite/times.sh"
echo "CPU seconds, medians of $RUNS interleaved runs (ratio to native)"
printf '  %-26s %8s' script native
printf ' %16s' halite "${variants[@]}" prefix-pad
echo
for w in "strings.lua 12" "binary-trees.lua 14" "fib.lua 35"; do
	t=$U/times.tsv
	read -ra a <<<"$w"
	# Each variant run by its own worktree's halite.
	cmd=(native "$S/native/lua" "${a[@]}"
		:: halite "$B/bin/halite" run --dir "$RUNDIR" --cwd "$RUNDIR" "$S/halite/lua" "${a[@]}")
	for v in "${variants[@]}"; do
		cmd+=(:: "$v" "$U/$v/build/bin/halite" run --dir "$RUNDIR" --cwd "$RUNDIR" "$U/$v.lua" "${a[@]}")
	done
	cmd+=(:: prefix-pad "$U/plain-ret/build/bin/halite" run --dir "$RUNDIR" --cwd "$RUNDIR"
		"$U/prefix-pad.lua" "${a[@]}")
	"$RUNNER" -n "$RUNS" -C "$RUNDIR" -- "${cmd[@]}" >"$t"
	check_same "$t" || exit 1
	n=$(med native "$t" 4)
	printf '  %-26s %8s' "$w" "$n"
	for l in halite "${variants[@]}" prefix-pad; do
		m=$(med "$l" "$t" 4)
		printf ' %7s (%5.3fx)' "$m" "$(awk -v m="$m" -v n="$n" 'BEGIN { print m / n }')"
	done
	echo
done
