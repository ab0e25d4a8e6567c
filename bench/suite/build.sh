#!/usr/bin/env bash
# Builds the benchmark suite's programs four ways (bench/suite/run.sh runs
# them):
#
#   native   musl-gcc -O2 -static: gcc 12 with the C library the sandbox's
#            modules link, musl 1.2.3 from the same source with the same
#            configure options (its allocator among them), built with gcc by
#            bench/suite/native-musl.sh into BUILD/bench/native-musl
#   halite   halite-cc -O2, run by `halite run`
#   wasm     clang-14 --target=wasm32-wasi -O2 with Debian's wasi-libc: the
#            .wasm that V8 (node, bench/suite/run-wasi.mjs) runs
#   wasm2c   that .wasm through wasm2c (Debian's wabt), then gcc -O2 with
#            wasm2c's runtime and bench/suite/wasi/wasi.c: the way Firefox's
#            RLBox runs library code
#
# Programs, from Debian's source packages, unmodified (the same sources and
# options for every variant, except the wasm32-wasi porting layer below):
#   minigzip    zlib 1.2.13 (the library and test/minigzip.c)
#   bzip2       bzip2 1.0.8 (the library and the bzip2 program)
#   lua         Lua 5.4.4 (the interpreter; upstream's tarball, as
#               tests/third_party/build.sh builds it)
#   speedtest1  SQLite 3.40.1 (the amalgamation and test/speedtest1.c)
#   xz          xz-utils 5.4.1 (liblzma and xz, each variant configured by
#               its own configure: --disable-threads and no extra tools)
#
# Sources: what tests/third_party/build.sh fetched (BUILD/third_party/src,
# the SQLite amalgamation in BUILD/bench-src; that script is run for SQLite
# when the amalgamation is missing), else `apt-get source` into
# BUILD/bench/suite/src (xz-utils always comes from there).
#
# wasm32-wasi porting layer (bench/suite/wasi/): compat.c and include/
# (setjmp/longjmp for Lua: setjmp returns 0 and longjmp aborts, so Lua errors
# end the program; no-op signal masks for xz; stubs of fchmod, fchown,
# system, tmpfile, alarm, geteuid, pipe, none on a timed path), sqlite-os.c
# (SQLite's OS layer for WASI: -DSQLITE_OS_OTHER=1 and a VFS that opens no
# file, enough for an in-memory database), wasi-libc's emulation libraries
# (signal, process clocks, getpid, mman); Lua without LUA_USE_LINUX (no
# popen, mkstemp, dlopen in WASI). SQLite is built with SQLITE_TEMP_STORE=2
# in every variant (temporary tables in memory).
#
# Each program of each variant is rebuilt when missing or older than its
# inputs; a failed build leaves BUILD/bench/suite/status/PROG.VARIANT saying
# why ("n/a: ..."), which the table shows. Logs: BUILD/bench/suite/log/.
#
# usage: build.sh [PROG...]    (default: all)
# Environment: BUILD (build), JOBS (nproc), VARIANTS (the variants to build,
# default "native halite wasm"; wasm brings wasm2c: bench-validator builds
# only the halite modules it validates, with none of the suite's extra
# packages).
set -uo pipefail
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
S=$B/bench/suite
SUITE=$top/bench/suite
TP=$B/third_party
HCC=$B/bin/halite-cc
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
read -r -a variants <<<"${VARIANTS:-native halite wasm}"
with_wasm=0
for v in "${variants[@]}"; do
	case $v in
	native | halite) ;;
	wasm) with_wasm=1 ;;
	*) echo "bench-suite: error: unknown variant $v (VARIANTS: native, halite, wasm)" >&2; exit 1 ;;
	esac
done
mkdir -p "$S"/{src,native,halite,wasm,wasm2c,status,log,obj}

say() { printf 'bench-suite: %s\n' "$*" >&2; }

[ -x "$HCC" ] || { say "error: $HCC not built (make)"; exit 1; }
[ -x "$B/bin/halite" ] || { say "error: $B/bin/halite not built (make)"; exit 1; }

# The native C library: built once (about 40 s on 2 cores).
NMUSL=
if [[ " ${variants[*]} " == *" native "* ]]; then
	NMUSL=$(BUILD=$B JOBS=$jobs bash "$SUITE/native-musl.sh") ||
		{ say "error: cannot build the native musl (bench/suite/native-musl.sh)"; exit 1; }
fi
NCC=("$NMUSL" -static)
# shellcheck source=toolchain/libc/musl-config.sh
. "$top/toolchain/libc/musl-config.sh"
# shellcheck source=bench/suite/lua-build.sh
. "$SUITE/lua-build.sh"
[ -n "$NMUSL" ] &&
	echo "musl-gcc -O2 -static (gcc $(gcc -dumpversion), musl $musl_version with $musl_malloc as in the sandbox)" >"$S/native.cc"
WCC=(clang-14 --target=wasm32-wasi)
WDEFS=(-D_WASI_EMULATED_SIGNAL -D_WASI_EMULATED_PROCESS_CLOCKS -D_WASI_EMULATED_GETPID
	-D_WASI_EMULATED_MMAN -I"$SUITE/wasi/include")
WLIBS=(-L"$S/obj" -lbenchcompat -lwasi-emulated-signal -lwasi-emulated-process-clocks
	-lwasi-emulated-getpid -lwasi-emulated-mman)
W2C_RT=/usr/share/wabt/wasm2c

# ---- sources ----
# srcdir PKG: the unpacked Debian source of PKG (fetched when missing).
srcdir() {
	local d
	for d in "$TP/src/$1"-[0-9]*/ "$S/src/$1"-[0-9]*/; do
		[ -d "$d" ] && { echo "${d%/}"; return 0; }
	done
	say "apt-get source $1 (once)"
	(cd "$S/src" && apt-get source -qq "$1" 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2)
	for d in "$S/src/$1"-[0-9]*/; do
		[ -d "$d" ] && { echo "${d%/}"; return 0; }
	done
	return 1
}

# lua_src: upstream's tarball of Lua 5.4 (in Debian's source package),
# unpacked; Debian's patches make luaconf.h include a multiarch header of
# its build.
lua_src() {
	local d=$S/src/lua-orig
	if [ ! -f "$d/src/lua.c" ]; then
		srcdir lua5.4 >/dev/null || return 1
		local tgz
		tgz=$(ls "$TP/src"/lua5.4_*.orig.tar.gz "$S/src"/lua5.4_*.orig.tar.gz 2>/dev/null | head -1)
		[ -n "$tgz" ] || return 1
		rm -rf "$d" && mkdir -p "$d" && tar -xzf "$tgz" -C "$d" --strip-components=1 || return 1
	fi
	echo "$d"
}

# sqlite_src: a directory with sqlite3.c, sqlite3.h and speedtest1.c.
sqlite_src() {
	local d=$S/src/sqlite
	if [ ! -f "$d/speedtest1.c" ]; then
		local a=$B/bench-src
		if [ ! -f "$a/sqlite3.c" ]; then
			say "no SQLite amalgamation: tests/third_party/build.sh sqlite3 (once)"
			BUILD=$B bash tests/third_party/build.sh sqlite3 >"$S/log/sqlite-amalgamation.log" 2>&1
		fi
		[ -f "$a/sqlite3.c" ] || return 1
		local t
		t=$(srcdir sqlite3) || return 1
		mkdir -p "$d" && cp "$a/sqlite3.c" "$a/sqlite3.h" "$t/test/speedtest1.c" "$d/" || return 1
	fi
	echo "$d"
}

# ---- one program, one variant ----
# mark PROG VARIANT STATUS
mark() { echo "$3" >"$S/status/$1.$2"; }

# newer OUT INPUT...: true when OUT exists and is newer than every INPUT,
# this script, and the variant's toolchain: halite-cc and the sysroot's C
# library (halite), the native C library (native), the porting layer (wasm).
newer() {
	local out=$1 f
	shift
	[ -e "$out" ] || return 1
	for f in "$@" "$SUITE/build.sh"; do [ "$f" -nt "$out" ] && return 1; done
	case $out in
	*.wasm) [ "$S/obj/libbenchcompat.a" -nt "$out" ] && return 1 ;;
	"$S"/halite/*) [ "$HCC" -nt "$out" ] || [ "$B/sysroot/lib/libc.a" -nt "$out" ] && return 1 ;;
	"$S"/native/*) [ "${NMUSL%/bin/musl-gcc}/lib/libc.a" -nt "$out" ] && return 1 ;;
	esac
	return 0
}

# cc_prog VARIANT OUT ARGS...: compiles and links ARGS (flags and sources)
# with the variant's compiler at -O2.
cc_prog() {
	local v=$1 out=$2
	shift 2
	case $v in
	native) "${NCC[@]}" -O2 "$@" -o "$out" -lm ;;
	halite) "$HCC" -O2 "$@" -o "$out" -lm ;;
	wasm) "${WCC[@]}" -O2 "${WDEFS[@]}" "$@" -o "$out" "${WLIBS[@]}" ;;
	esac
}

# w2c PROG: BUILD/bench/suite/wasm2c/PROG from wasm/PROG.wasm.
w2c() {
	local p=$1 d=$S/wasm2c/$1.d
	local in=$S/wasm/$p.wasm out=$S/wasm2c/$p
	newer "$out" "$in" "$SUITE/wasi/wasi.c" && return 0
	mkdir -p "$d" &&
		wasm2c -n app "$in" -o "$d/module.c" &&
		gcc -O2 -w -I"$W2C_RT" -c "$d/module.c" -o "$d/module.o" &&
		gcc -O2 -w -c "$W2C_RT/wasm-rt-impl.c" -o "$d/wasm-rt-impl.o" &&
		gcc -std=c17 -O2 -Wall -Wextra -Werror -D_GNU_SOURCE -DWASI_MODULE_H='"module.h"' \
			-I"$W2C_RT" -I"$d" -c "$SUITE/wasi/wasi.c" -o "$d/wasi.o" &&
		gcc -O2 "$d/wasi.o" "$d/module.o" "$d/wasm-rt-impl.o" -lm -o "$out"
}

# build PROG VARIANT: runs build_PROG VARIANT with its log, records status.
build() {
	local p=$1 v=$2 log=$S/log/$1.$2.log
	local out
	case $v in
	wasm) out=$S/wasm/$p.wasm ;;
	*) out=$S/$v/$p ;;
	esac
	if [ "$v" = wasm2c ]; then
		if [ ! -f "$S/wasm/$p.wasm" ]; then
			mark "$p" wasm2c "n/a: no wasm build ($(cat "$S/status/$p.wasm" 2>/dev/null))"
			return 1
		fi
		if w2c "$p" >"$log" 2>&1; then mark "$p" wasm2c ok; return 0; fi
		mark "$p" wasm2c "n/a: wasm2c build failed (see ${log#"$top"/})"
		return 1
	fi
	if "build_$p" "$v" "$out" >"$log" 2>&1 && [ -s "$out" ]; then
		mark "$p" "$v" ok
		return 0
	fi
	rm -f "$out"
	mark "$p" "$v" "n/a: build failed (see ${log#"$top"/}: $(grep -m1 -E 'error|undefined' "$log" | cut -c1-120))"
	return 1
}

# ---- the programs ----
build_minigzip() {
	local v=$1 out=$2 z f src=()
	z=$(srcdir zlib) || return 1
	for f in adler32 crc32 deflate infback inffast inflate inftrees trees zutil compress uncompr \
		gzclose gzlib gzread gzwrite; do src+=("$z/$f.c"); done
	src+=("$z/test/minigzip.c")
	newer "$out" "${src[@]}" && return 0
	# What zlib's configure finds on Linux (zconf.h then includes unistd.h:
	# without it, lseek is called undeclared, which wasm does not forgive).
	local defs=(-D_LARGEFILE64_SOURCE=1 -DHAVE_HIDDEN -DZ_HAVE_UNISTD_H)
	cc_prog "$v" "$out" "${defs[@]}" -I"$z" "${src[@]}"
}

build_bzip2() {
	local v=$1 out=$2 d f src=()
	d=$(srcdir bzip2) || return 1
	for f in blocksort huffman crctable randtable compress decompress bzlib bzip2; do
		src+=("$d/$f.c")
	done
	newer "$out" "${src[@]}" && return 0
	cc_prog "$v" "$out" -D_FILE_OFFSET_BITS=64 "${src[@]}"
}

build_lua() {
	local v=$1 out=$2 d
	d=$(lua_src) || return 1
	lua_files "$d"
	newer "$out" "${LUA_FILES[@]}" && return 0
	local defs=("${LUA_DEFS[@]}")
	[ "$v" = wasm ] && defs=("${LUA_DEFS_WASM[@]}")
	cc_prog "$v" "$out" "${defs[@]}" "${LUA_FILES[@]}"
}

build_speedtest1() {
	local v=$1 out=$2 d
	d=$(sqlite_src) || return 1
	local src=("$d/sqlite3.c" "$d/speedtest1.c")
	newer "$out" "${src[@]}" && return 0
	local defs=(-DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_TEMP_STORE=2 -I"$d")
	[ "$v" = wasm ] && { defs+=(-DSQLITE_OS_OTHER=1); src+=("$SUITE/wasi/sqlite-os.c"); }
	cc_prog "$v" "$out" "${defs[@]}" "${src[@]}"
}

build_xz() {
	local v=$1 out=$2 x
	x=$(srcdir xz-utils) || return 1
	local bd=$S/obj/xz-$v
	newer "$out" "$x/configure" && return 0
	local cc cflags ldflags="" libs="" host=()
	case $v in
	native) cc="${NCC[*]}" cflags=-O2 ldflags=-static ;;
	halite) cc=$HCC cflags=-O2 ;;
	wasm)
		cc=clang-14 cflags="--target=wasm32-wasi -O2 ${WDEFS[*]}" ldflags="--target=wasm32-wasi"
		libs="${WLIBS[*]}" host=(--host=wasm32-unknown-wasi AR=llvm-ar-14 RANLIB=llvm-ranlib-14)
		;;
	esac
	rm -rf "$bd" && mkdir -p "$bd" &&
		(cd "$bd" && CC=$cc CFLAGS=$cflags LDFLAGS=$ldflags LIBS=$libs "$x/configure" "${host[@]}" \
			--disable-threads --disable-shared --enable-static --disable-nls --disable-xzdec \
			--disable-lzmadec --disable-lzmainfo --disable-lzma-links --disable-scripts \
			--disable-doc && make -j"$jobs") &&
		cp "$bd/src/xz/xz" "$out"
}

PROGS=(minigzip bzip2 lua speedtest1 xz)
[ $# -gt 0 ] && PROGS=("$@")

# The wasm32-wasi porting layer, as a library.
if [ "$with_wasm" = 1 ] && ! newer "$S/obj/libbenchcompat.a" "$SUITE/wasi/compat.c" "$SUITE/wasi/include/signal.h" \
	"$SUITE/wasi/include/setjmp.h"; then
	"${WCC[@]}" -O2 -Wall -Wextra -Werror "${WDEFS[@]}" -c "$SUITE/wasi/compat.c" -o "$S/obj/compat.o" &&
		rm -f "$S/obj/libbenchcompat.a" &&
		llvm-ar-14 rcs "$S/obj/libbenchcompat.a" "$S/obj/compat.o" ||
		{ say "error: cannot build bench/suite/wasi/compat.c for wasm32-wasi"; exit 1; }
fi

# Sources first (fetches are not run in parallel).
for p in "${PROGS[@]}"; do
	case $p in
	minigzip) srcdir zlib >/dev/null ;;
	bzip2) srcdir bzip2 >/dev/null ;;
	lua) lua_src >/dev/null ;;
	speedtest1) sqlite_src >/dev/null ;;
	xz) srcdir xz-utils >/dev/null ;;
	*) say "error: unknown program $p"; exit 1 ;;
	esac || say "$p: no source (see above)"
done

# Every (program, variant) a job, JOBS at a time; a wasm2c build after the
# program's wasm build.
checked=("${variants[@]}")
[ "$with_wasm" = 1 ] && checked+=(wasm2c)
say "building ${PROGS[*]} (${checked[*]}; logs in ${S#"$top"/}/log)"
t0=$(date +%s)
running=0
for p in "${PROGS[@]}"; do
	for v in "${variants[@]}"; do
		if [ "$v" = wasm ]; then
			(build "$p" wasm; build "$p" wasm2c) &
		else
			build "$p" "$v" &
		fi
		running=$((running + 1))
		if [ "$running" -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
	done
done
wait
rc=0
for p in "${PROGS[@]}"; do
	for v in "${checked[@]}"; do
		st=$(cat "$S/status/$p.$v" 2>/dev/null || echo "n/a: not built")
		[ "$st" = ok ] || { say "$p $v: $st"; rc=1; }
	done
done
say "built in $(($(date +%s) - t0)) s"
exit $rc
