#!/usr/bin/env bash
# Builds third-party C code, unmodified, with halite-cc and checks that all
# of its code obeys the sandbox rules.
#
# usage: build.sh NAME...        (NAME: zlib, bzip2, lua5.4, sqlite3)
#
#   build/third_party/src/           Debian source packages (apt-get source
#                                    NAME; fetched once, kept as a cache)
#   build/third_party/work/NAME/     a fresh copy of the source, built there
#   build/third_party/NAME/build.log the build's output
#   build/third_party/NAME/outputs   the executables ("exe PATH") and objects
#                                    ("obj PATH") produced, for re-validation
#                                    by test_third_party.sh
#   build/third_party/NAME/report.txt objects, executables, violations, time
#   build/third_party/native/NAME/   the same programs built natively (plain
#                                    gcc -O2, from another copy of the same
#                                    source; log: NAME/native.log), for
#                                    run_third_party.sh to compare the
#                                    sandboxed programs' output with
#
# A source package already downloaded into BUILD/bench-src (NAME_*.dsc and
# its tarballs, as bench/toolchain/buildtime.sh keeps SQLite's) is unpacked
# from there with dpkg-source instead of being fetched again.
#
# Every executable produced must pass `halite validate` with no violation,
# and the executable sections of every object must validate
# (toolchain/libc/check-objects.sh). BUILD (default: build) names the build
# directory. Exit status: 0 if every package built and validated, 1 if not.
set -uo pipefail
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES

top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
CC="$B/bin/halite-cc"
H="$B/bin/halite"
CHECK="$top/toolchain/libc/check-objects.sh"
export HALITE="$H"
TP="$B/third_party"
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

say() { printf 'third-party: %s\n' "$*"; }

[ -x "$CC" ] || { say "error: $CC not built (make)"; exit 1; }
[ -x "$H" ] || { say "error: $H not built (make)"; exit 1; }
[ -f "$B/sysroot/lib/libc.a" ] || { say "error: no sysroot (make libc)"; exit 1; }

# Source directory of a fetched package: the one its .dsc unpacked into.
srcdir() {
	local d
	for d in "$TP/src/$1"-[0-9]*/; do
		[ -d "$d" ] && { echo "${d%/}"; return 0; }
	done
	return 1
}

fetch() {
	local name=$1
	srcdir "$name" >/dev/null && return 0
	mkdir -p "$TP/src"
	local dsc
	dsc=$(ls "$B/bench-src/${name}"_*.dsc 2>/dev/null | head -1)
	if [ -n "$dsc" ]; then
		say "$name: unpacking $dsc"
		# The .dsc and every file it lists (its Files: section).
		local f
		cp "$dsc" "$TP/src/"
		for f in $(awk '/^Files:/ { on = 1; next } /^[^ ]/ { on = 0 } on { print $3 }' "$dsc"); do
			cp "$B/bench-src/$f" "$TP/src/" || return 1
		done
		(cd "$TP/src" && dpkg-source --no-check -x "$(basename "$dsc")" 2>&1) &&
			srcdir "$name" >/dev/null && return 0
		say "$name: dpkg-source failed; apt-get source instead"
	fi
	say "$name: apt-get source $name"
	get() { (cd "$TP/src" && apt-get source -qq "$name" 2>&1 | grep -v '^W: Download is performed unsandboxed'); }
	if ! get || ! srcdir "$name" >/dev/null; then
		say "$name: apt-get source failed; apt-get update, then again"
		local sudo=()
		[ "$(id -u)" -ne 0 ] && sudo=(sudo)
		"${sudo[@]}" apt-get update -qq || return 1
		get || return 1
	fi
	srcdir "$name" >/dev/null
}

# ---- per-package builds: run in the copy, output to the log ----
# Each prints the executables it is expected to produce, one a line, after
# the build (relative to the copy); a missing one is a build failure.
build_zlib() {
	# zlib's configure is its own, not autoconf: it takes CC from the
	# environment and has no --host.
	CC="$CC" ./configure --static &&
		make -j"$jobs" CC="$CC" AR=ar RANLIB=ranlib libz.a example minigzip
}
expect_zlib() { echo libz.a example minigzip; }

build_bzip2() {
	# The Makefile's `all` also runs the tests, which need to run the
	# programs: build only the library and the programs. Debian's Makefile
	# links bzip2 against libbz2.so (-L. -lbz2), which needs -shared;
	# `-o libbz2.so` takes it as up to date, so -lbz2 finds libbz2.a (the
	# link is static). Its -fPIC objects (*.sho) are built and checked.
	make -j"$jobs" CC="$CC" AR=ar RANLIB=ranlib -o libbz2.so \
		libbz2.a bzip2 bzip2recover \
		blocksort.sho huffman.sho crctable.sho randtable.sho compress.sho \
		decompress.sho bzlib.sho
}
expect_bzip2() { echo libbz2.a bzip2 bzip2recover; }

build_lua5.4() {
	# Debian's patches make src/Makefile build with libtool, and a C++
	# copy of every object, which halite-cc refuses; upstream's Makefile
	# is in the orig tarball of the same source package. So the copy is
	# the orig tarball, unpacked, unmodified (see prepare_lua5.4).
	make -C src -j"$jobs" CC="$CC -std=gnu99" AR="ar rcu" RANLIB=ranlib \
		SYSCFLAGS="-DLUA_USE_LINUX" SYSLIBS="-Wl,-E" a lua
}
expect_lua5.4() { echo src/liblua.a src/lua; }

build_sqlite3() {
	# Debian ships SQLite's canonical source tree, not the amalgamation:
	# generate sqlite3.c (and shell.c, the CLI) natively, with the tree's
	# own configure + make (host gcc; needs tclsh), in native/, an
	# out-of-tree build removed afterwards so that its host tools (lemon,
	# mkkeywordhash, ...) are not taken for outputs. Then build the
	# amalgamation, the sqlite3 CLI and test/speedtest1.c with halite-cc in
	# halite/. The amalgamation is copied to BUILD/bench-src/sqlite3.c,
	# where bench/toolchain/buildtime.sh takes it.
	command -v tclsh >/dev/null || { echo "sqlite3: tclsh not found (Debian package tcl)"; return 1; }
	local defs="-DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION"
	mkdir -p native halite &&
		(cd native && CC=gcc CFLAGS=-O0 ../configure --disable-tcl \
			--disable-readline --disable-editline --disable-load-extension \
			--disable-threadsafe &&
			make -j"$jobs" sqlite3.c shell.c) &&
		cp native/sqlite3.c native/sqlite3.h native/sqlite3ext.h \
			native/shell.c halite/ &&
		rm -rf native &&
		cp test/speedtest1.c halite/ &&
		(cd halite &&
			echo "== halite-cc: sqlite3.o shell.o speedtest1.o" &&
			printf '%s\n' sqlite3 shell speedtest1 | xargs -P"$jobs" -I{} \
				"$CC" -O2 $defs -I. -c {}.c -o {}.o &&
			"$CC" -O2 -o sqlite3 shell.o sqlite3.o -lm &&
			"$CC" -O2 -o speedtest1 speedtest1.o sqlite3.o -lm) &&
		mkdir -p "$B/bench-src" &&
		cp halite/sqlite3.c halite/sqlite3.h "$B/bench-src/"
}
expect_sqlite3() { echo halite/sqlite3.c halite/sqlite3 halite/speedtest1; }

# ---- native builds: the same programs with plain gcc, for comparison ----
# Each runs in its own copy of the source (BUILD/third_party/native/NAME;
# outside the halite copy, whose every ELF file and object is validated) and
# echoes the executables it must produce.
native_zlib() {
	CC=gcc CFLAGS=-O2 ./configure --static &&
		make -j"$jobs" example minigzip
}
native_expect_zlib() { echo example minigzip; }

native_bzip2() {
	# The Makefile's own CFLAGS (-O2 ...); see build_bzip2.
	make -j"$jobs" CC=gcc -o libbz2.so libbz2.a bzip2
}
native_expect_bzip2() { echo bzip2; }

native_lua5.4() {
	make -C src -j"$jobs" CC="gcc -std=gnu99" SYSCFLAGS="-DLUA_USE_LINUX" \
		SYSLIBS="-Wl,-E -ldl" a lua
}
native_expect_lua5.4() { echo src/lua; }

native_sqlite3() {
	# The amalgamation generated for the halite build, same options.
	local h="$TP/work/sqlite3/halite" defs="-DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION"
	[ -f "$h/sqlite3.c" ] || { echo "sqlite3: no amalgamation in $h"; return 1; }
	cp "$h/sqlite3.c" "$h/sqlite3.h" "$h/sqlite3ext.h" "$h/shell.c" "$h/speedtest1.c" . &&
		printf '%s\n' sqlite3 shell speedtest1 | xargs -P"$jobs" -I{} \
			gcc -O2 $defs -I. -c {}.c -o {}.o &&
		gcc -O2 -o sqlite3 shell.o sqlite3.o -lm &&
		gcc -O2 -o speedtest1 speedtest1.o sqlite3.o -lm
}
native_expect_sqlite3() { echo sqlite3 speedtest1; }

# Builds NAME natively; prints the result ("ok (TIME)" or "FAILED ...").
native() {
	local name=$1 prep=$2
	local dir="$TP/native/$name" log="$TP/$name/native.log"
	rm -rf "$dir"
	mkdir -p "$dir"
	if ! "$prep" "$name" "$dir" >"$log" 2>&1; then
		echo "FAILED (could not copy the source)"
		return 1
	fi
	local t0 t1 f
	t0=$(date +%s.%N)
	if ! (cd "$dir" && "native_$name") >>"$log" 2>&1; then
		echo "FAILED (see $log)"
		return 1
	fi
	t1=$(date +%s.%N)
	for f in $("native_expect_$name"); do
		[ -x "$dir/$f" ] || { echo "FAILED ($f not produced; see $log)"; return 1; }
	done
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "ok (%.1fs)\n", b - a }'
}

# Makes the copy to build in: the unpacked Debian source (patches applied).
prepare_default() { cp -a "$(srcdir "$1")/." "$2/"; }
prepare_lua5.4() {
	local tgz
	tgz=$(ls "$TP/src"/lua5.4_*.orig.tar.gz 2>/dev/null | head -1)
	[ -n "$tgz" ] || return 1
	tar -xzf "$tgz" -C "$2" --strip-components=1
}

run() {
	local name=$1
	local work="$TP/work/$name" out="$TP/$name"
	local log="$out/build.log" report="$out/report.txt"
	rm -rf "$work" "$out"
	mkdir -p "$work" "$out"
	if ! fetch "$name" >"$log" 2>&1; then
		say "$name: fetch failed (see $log)"
		cat "$log"
		return 1
	fi
	local prep=prepare_default
	declare -F "prepare_$name" >/dev/null && prep="prepare_$name"
	"$prep" "$name" "$work" >>"$log" 2>&1 || { say "$name: could not copy the source"; return 1; }

	say "$name: building in $work"
	local t0 t1 brc
	t0=$(date +%s.%N)
	(cd "$work" && "build_$name") >>"$log" 2>&1
	brc=$?
	t1=$(date +%s.%N)
	local secs
	secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')

	local status=0 findings=""
	if [ $brc -ne 0 ]; then
		status=1
		findings+="build failed (status $brc); last lines of $log:"$'\n'
		findings+="$(grep -E 'error|Error|rewrite' "$log" | head -20)"$'\n'
	fi
	local f
	for f in $("expect_$name"); do
		if [ ! -e "$work/$f" ]; then
			status=1
			findings+="expected output $f not produced"$'\n'
		fi
	done

	# Outputs: every ELF executable (by content, not name) and every object.
	local exes=() objs=()
	while IFS= read -r f; do
		case "$(readelf -h "$f" 2>/dev/null | sed -n 's/^ *Type: *\([A-Z]*\).*/\1/p')" in
		DYN | EXEC) exes+=("$f") ;;
		esac
	done < <(find "$work" -type f -perm -u+x | sort)
	while IFS= read -r f; do objs+=("$f"); done < <(find "$work" -type f \( -name '*.o' -o -name '*.sho' -o -name '*.lo' \) | sort)
	: >"$out/outputs"
	for f in "${exes[@]}"; do echo "exe $f" >>"$out/outputs"; done
	for f in "${objs[@]}"; do echo "obj $f" >>"$out/outputs"; done

	# Executables: halite validate, all violations counted.
	local viol=0 n c
	for f in "${exes[@]}"; do
		c=$("$H" validate --json --max-errors 0 "$f" 2>/dev/null |
			sed -nE 's/.*"violation_count": ([0-9]+).*/\1/p')
		if [ -z "$c" ]; then
			status=1
			findings+="halite validate $f: $("$H" validate "$f" 2>&1 | head -1)"$'\n'
			continue
		fi
		if [ "$c" -ne 0 ]; then
			status=1
			findings+="halite validate ${f#"$work"/}: $c violations, first:"$'\n'
			findings+="$("$H" validate --max-errors 3 "$f" 2>&1 | head -3)"$'\n'
		fi
		viol=$((viol + c))
	done
	# Objects: check-objects.sh (the first violation of each invalid one).
	local bad_objs=0
	if [ ${#objs[@]} -gt 0 ]; then
		local co
		co=$("$CHECK" -q "${objs[@]}")
		n=$?
		if [ $n -ne 0 ]; then
			status=1
			bad_objs=$(printf '%s\n' "$co" | grep -c '^invalid ')
			findings+="$co"$'\n'
		fi
	fi

	# The native build, for run_third_party.sh; a failure fails the package.
	local native_result
	native_result=$(native "$name" "$prep")
	if [ $? -ne 0 ]; then
		status=1
		findings+="native build $native_result"$'\n'
	fi

	{
		echo "package: $name ($(basename "$(srcdir "$name")"))"
		echo "objects compiled: ${#objs[@]}"
		echo "objects with invalid code: $bad_objs"
		echo "executables: ${#exes[@]} ($(for f in "${exes[@]}"; do printf '%s ' "${f#"$work"/}"; done | sed 's/ $//'))"
		echo "violations in executables: $viol"
		echo "build time: ${secs}s"
		echo "native build: $native_result"
		if [ $status -eq 0 ]; then
			echo "result: ok"
		else
			echo "result: FAILED"
			printf '%s' "$findings"
		fi
	} >"$report"
	sed "s/^/third-party: $name: /" "$report"
	return $status
}

[ $# -gt 0 ] || { echo "usage: $0 NAME..." >&2; exit 1; }
rc=0
for name in "$@"; do
	if ! declare -F "build_$name" >/dev/null; then
		say "$name: unknown package (known: zlib bzip2 lua5.4 sqlite3)"
		rc=1
		continue
	fi
	run "$name" || rc=1
done
exit $rc
