#!/usr/bin/env bash
# The embedding example (examples/embed/): the host compresses and
# decompresses with zlib in a sandbox, a generated buffer and a file; and,
# when Lua's source is there too, reads a compressed document with zlib
# and Lua sandboxed, and stops two hostile ones.
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

lua="$B/examples/embed/lua.elf"
if [ ! -f "$lua" ]; then
	if ls "$B"/third_party/src/lua5.4_*.orig.tar.gz >/dev/null 2>&1; then
		echo "not ok document example: lua.elf not built (make)"
		exit 1
	fi
	echo "ok document example: skipped, no Lua source in $B/third_party/src"
	exit 0
fi
out=$("$host" "$mod" --lua "$lua" 2>&1)
st=$?
doc() {
	if grep -q "$2" <<<"$out"; then echo "ok $1"; else echo "not ok $1: $out"; fi
}
doc "document example: zlib decompresses, Lua parses, both sandboxed" '^document parsed OK$'
doc "document example: the parsed fields reach the host" '^size.w=210$'
doc "document example: a document that loops is stopped by the time limit" \
	'^runaway document stopped$'
doc "document example: a document that reaches for the host is refused" '^document refused$'
if [ "$st" = 0 ]; then echo "ok document example: exit status 0"; else echo "not ok document example: exit status $st"; fi
