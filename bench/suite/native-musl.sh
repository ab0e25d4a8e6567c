#!/usr/bin/env bash
# The benchmark suite's native C library: musl from the same Debian source
# as halite's sysroot (BUILD/src/musl-VERSION, which `make libc` fetches),
# configured with the same options (toolchain/libc/musl-config.sh: the
# allocator among them, added by toolchain/libc/add-dlmalloc.sh) but
# compiled with the host's gcc, and installed with
# musl's own gcc wrapper into BUILD/bench/native-musl:
#
#   BUILD/bench/native-musl/bin/musl-gcc    gcc with musl's specs file
#   BUILD/bench/native-musl/{include,lib}   musl's headers, libc.a, crt
#   BUILD/bench/native-musl/obj             the out-of-tree build (build.log)
#
# so that the native variants link the C library the modules link, not
# Debian's musl-dev (mallocng, -O2 hardened flags). Built once, and again
# when musl-config.sh, this script or gcc changes. Prints the wrapper's path.
#
# usage: native-musl.sh     Environment: BUILD (build), JOBS (nproc).
set -euo pipefail
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES
top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
# shellcheck source=toolchain/libc/musl-config.sh
. "$top/toolchain/libc/musl-config.sh"
src=$B/src/musl-$musl_version
prefix=$B/bench/native-musl
obj=$prefix/obj

fail() {
	printf 'native-musl: error: %s\n' "$*" >&2
	exit 1
}

[ -f "$src/VERSION" ] || fail "no musl source in $src (make libc fetches it)"
bash "$top/toolchain/libc/add-dlmalloc.sh" "$src" "$B" >&2 || fail "cannot add dlmalloc to $src"
stamp=$({
	cat "$top/toolchain/libc/musl-config.sh" "$top/toolchain/libc/add-dlmalloc.sh" \
		"$top/toolchain/libc/dlmalloc/glue.c" "$0"
	gcc --version
	echo "${MUSL_CFLAGS:-}"
} | sha256sum | cut -c1-16)
if [ "$(cat "$prefix/.stamp" 2>/dev/null)" != "$stamp" ] || [ ! -x "$prefix/bin/musl-gcc" ]; then
	printf 'native-musl: building musl %s with gcc (%s) into %s\n' "$musl_version" \
		"${musl_configure_flags[*]}" "${prefix#"$top"/}" >&2
	rm -rf "$prefix"
	mkdir -p "$obj"
	(cd "$obj" && CC=gcc CFLAGS="${MUSL_CFLAGS:-}" "$src/configure" --prefix="$prefix" \
		"${musl_configure_flags[@]}" --enable-wrapper=gcc >configure.log 2>&1) ||
		fail "configure failed: $(tail -3 "$obj/configure.log")"
	printf '%s\n' "$musl_config_mak" >>"$obj/config.mak"
	make -C "$obj" -j"$jobs" install >"$obj/build.log" 2>&1 ||
		fail "build failed: $(tail -3 "$obj/build.log")"
	echo "$stamp" >"$prefix/.stamp"
fi
echo "$prefix/bin/musl-gcc"
