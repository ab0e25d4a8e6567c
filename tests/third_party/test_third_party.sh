#!/usr/bin/env bash
# Re-validates what tests/third_party/build.sh built: for each package with
# a build/third_party/NAME/outputs list, every executable listed must pass
# `halite validate` and every object's executable sections must validate
# (toolchain/libc/check-objects.sh). Prints "ok NAME" or "not ok NAME: WHY"
# per package; if no package was built, one "ok third_party # skipped: not
# built" (the fetch and build are `make check-third-party`, not `make test`).
# BUILD (default: build) names the build directory.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
H="$B/bin/halite"
CHECK="$top/toolchain/libc/check-objects.sh"
export HALITE="$H"
TP="$B/third_party"

failed=0 ran=0
for name in zlib bzip2 lua5.4 sqlite3; do
	list="$TP/$name/outputs"
	[ -s "$list" ] || continue
	ran=$((ran + 1))
	why="" exes=() objs=()
	while read -r kind f; do
		if [ ! -f "$f" ]; then
			why="$f missing (rebuild: make check-third-party)"
			break
		fi
		case $kind in
		exe) exes+=("$f") ;;
		obj) objs+=("$f") ;;
		esac
	done <"$list"
	if [ -z "$why" ] && [ ${#exes[@]} -eq 0 ]; then
		why="no executable was built"
	fi
	if [ -z "$why" ]; then
		for f in "${exes[@]}"; do
			if ! out=$("$H" validate -q --max-errors 1 "$f" 2>&1); then
				why="halite validate: $(printf '%s' "$out" | head -1)"
				break
			fi
		done
	fi
	if [ -z "$why" ] && [ ${#objs[@]} -gt 0 ]; then
		if ! out=$("$CHECK" -q "${objs[@]}" 2>&1); then
			why=$(printf '%s' "$out" | head -1)
		fi
	fi
	if [ -z "$why" ]; then
		echo "ok $name (${#exes[@]} executables, ${#objs[@]} objects)"
	else
		echo "not ok $name: $why"
		failed=1
	fi
done
if [ $ran -eq 0 ]; then
	echo "ok third_party # skipped: not built (make check-third-party)"
fi
exit $failed
