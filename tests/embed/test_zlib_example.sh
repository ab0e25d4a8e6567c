#!/usr/bin/env bash
# The embedding example (examples/embed/): the host compresses and
# decompresses with zlib in a sandbox, a generated buffer and a file.
# Prints "ok NAME" or "not ok NAME". BUILD (default: build) names the build
# directory. Without zlib's source (tests/third_party/build.sh fetches it)
# the example is not built, and the test says so.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
host="$B/examples/embed/zlib_host"
mod="$B/examples/embed/zlib.elf"
if [ ! -x "$host" ] || [ ! -f "$mod" ]; then
	if ls -d "$B"/third_party/src/zlib-[0-9]*/ >/dev/null 2>&1; then
		echo "not ok zlib example: not built (make)"
		exit 1
	fi
	echo "ok zlib example: skipped, no zlib source in $B/third_party/src"
	exit 0
fi
check() {
	local name=$1
	shift
	local out
	if out=$("$@" 2>&1) && grep -q 'round trip OK' <<<"$out"; then
		echo "ok $name"
	else
		echo "not ok $name: $out"
	fi
}
check "zlib example: a generated megabyte round-trips through sandboxed zlib" "$host" "$mod"
check "zlib example: a file round-trips (the host program itself)" "$host" "$mod" "$host"
