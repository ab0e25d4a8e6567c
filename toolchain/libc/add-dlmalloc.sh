#!/usr/bin/env bash
# Adds dlmalloc to a musl source tree as an allocator directory, the one
# toolchain/libc/musl-config.sh configures (--with-malloc=dlmalloc):
#
#   MUSL_SRC/src/malloc/dlmalloc/glue.c        toolchain/libc/dlmalloc/glue.c
#   MUSL_SRC/src/malloc/dlmalloc/dlmalloc.inc  dlmalloc 2.8.6's malloc.c
#
# dlmalloc comes from Debian's wasi-libc source package (dlmalloc/src/
# malloc.c, public domain), fetched once into BUILD/src. Nothing of musl's
# own source is changed. Run by build-musl.sh (halite's sysroot) and
# bench/suite/native-musl.sh (the benchmarks' native musl); copies only
# what differs, so that musl's make rebuilds only what changed.
#
# usage: add-dlmalloc.sh MUSL_SRC BUILD
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: add-dlmalloc.sh MUSL_SRC BUILD" >&2; exit 2; }
src=$1 build=$2
here=$(cd "$(dirname "$0")" && pwd)

fail() {
	printf 'add-dlmalloc: error: %s\n' "$*" >&2
	exit 1
}

dl=""
for d in "$build"/src/wasi-libc-*/dlmalloc/src; do
	[ -f "$d/malloc.c" ] && dl=$d
done
if [ -z "$dl" ]; then
	printf 'add-dlmalloc: fetching Debian'\''s wasi-libc source package (dlmalloc) into %s\n' "$build/src" >&2
	mkdir -p "$build/src"
	(cd "$build/src" && apt-get source -qq wasi-libc 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2) ||
		fail "apt-get source wasi-libc failed (are deb-src entries enabled? scripts/deps.sh does that)"
	for d in "$build"/src/wasi-libc-*/dlmalloc/src; do
		[ -f "$d/malloc.c" ] && dl=$d
	done
	[ -n "$dl" ] || fail "no dlmalloc/src/malloc.c in $build/src/wasi-libc-*"
fi
grep -q 'Version 2.8.6' "$dl/malloc.c" || fail "$dl/malloc.c is not dlmalloc 2.8.6"

dst=$src/src/malloc/dlmalloc
mkdir -p "$dst"
cmp -s "$here/dlmalloc/glue.c" "$dst/glue.c" || cp "$here/dlmalloc/glue.c" "$dst/glue.c"
cmp -s "$dl/malloc.c" "$dst/dlmalloc.inc" || cp "$dl/malloc.c" "$dst/dlmalloc.inc"
