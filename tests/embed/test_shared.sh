#!/usr/bin/env bash
# libhalite.so and halite.pc as a user gets them from `make install`
# (tests/embed/embed.mk stages one in BUILD/tests/embed/stage): no text
# relocation, only the halite_* API exported, and hosts built with
# `pkg-config --cflags --libs halite` against the shared library (and
# against libhalite.a) run the embedding tests and the zlib example.
# Prints "ok NAME" or "not ok NAME: why". BUILD (default: build) names the
# build directory.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
stage="$B/tests/embed/stage"
mods="$B/tests/embed/modules"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ ! -f "$stage/.installed" ]; then
	echo "not ok shared library: no staged install in $stage (make test makes it)"
	exit 1
fi
so="$stage/lib/libhalite.so.0"
export PKG_CONFIG_PATH="$stage/lib/pkgconfig"

dyn=$(readelf -d "$so" 2>&1)
if grep -q TEXTREL <<<"$dyn"; then
	echo "not ok libhalite.so has no text relocation: $(grep TEXTREL <<<"$dyn")"
else
	echo "ok libhalite.so has no text relocation"
fi
if grep -q 'Library soname: \[libhalite.so.0\]' <<<"$dyn" &&
	[ "$(readlink "$stage/lib/libhalite.so")" = libhalite.so.0 ]; then
	echo "ok libhalite.so: soname libhalite.so.0, installed with the libhalite.so link"
else
	echo "not ok libhalite.so: soname or link: $(grep SONAME <<<"$dyn"), $(ls -l "$stage/lib")"
fi
other=$(nm -D --defined-only "$so" | awk '$2 != "A" && $3 !~ /^halite_/ {print $3}')
if [ -z "$other" ]; then
	echo "ok libhalite.so exports only halite_*"
else
	echo "not ok libhalite.so exports only halite_*: also $(echo $other | head -c 300)"
fi

flags=$(echo $(pkg-config --cflags --libs halite 2>&1))
if [ "$flags" = "-I$stage/include -L$stage/lib -lhalite" ]; then
	echo "ok pkg-config --cflags --libs halite: $flags"
else
	echo "not ok pkg-config --cflags --libs halite: $flags"
fi

# Runs a test program and passes its lines on, each case's name prefixed.
run_cases() {
	local what=$1
	shift
	local out rc
	out=$("$@" 2>&1)
	rc=$?
	sed -n "s/^\(not \)\{0,1\}ok /&$what: /p" <<<"$out"
	if [ $rc -ne 0 ] && ! grep -q '^not ok' <<<"$out"; then
		echo "not ok $what: exit status $rc: $(tail -3 <<<"$out")"
	fi
}

# The test program uses fesetround itself: -lm for it.
if gcc -std=c17 -O2 -Wall -Wextra -Werror -D_GNU_SOURCE "$top/tests/embed/test_embed.c" \
	$(pkg-config --cflags --libs halite) -Wl,-rpath,"$stage/lib" -lm \
	-o "$work/test_embed_so" 2>"$work/cc.log"; then
	if ldd "$work/test_embed_so" | grep -q "libhalite.so.0 => $so"; then
		echo "ok a host linked with pkg-config's flags loads the installed libhalite.so"
	else
		echo "not ok a host linked with pkg-config's flags loads the installed libhalite.so: $(ldd "$work/test_embed_so" | grep halite)"
	fi
	run_cases "shared" "$work/test_embed_so" "$mods"
else
	echo "not ok build test_embed against libhalite.so: $(head -5 "$work/cc.log")"
fi

# Static: the same flags with libhalite.a (pkg-config --static adds the
# private libraries).
if gcc -std=c17 -O2 -Wall -Wextra -Werror -D_GNU_SOURCE "$top/tests/embed/test_embed.c" \
	$(pkg-config --cflags halite) -Wl,-Bstatic $(pkg-config --libs halite) -Wl,-Bdynamic \
	$(pkg-config --static --libs-only-l halite | sed 's/-lhalite //') -lm \
	-o "$work/test_embed_a" 2>"$work/cc.log"; then
	if ldd "$work/test_embed_a" | grep -q libhalite; then
		echo "not ok static host: linked with libhalite.so"
	else
		run_cases "static" "$work/test_embed_a" "$mods"
	fi
else
	echo "not ok build test_embed against libhalite.a: $(head -5 "$work/cc.log")"
fi

# The zlib example (examples/embed/), when it was built.
zmod="$B/examples/embed/zlib.elf"
if [ -f "$zmod" ]; then
	if gcc -std=c17 -O2 -Wall -Wextra -Werror -D_GNU_SOURCE "$top/examples/embed/zlib_host.c" \
		$(pkg-config --cflags --libs halite) -Wl,-rpath,"$stage/lib" \
		-o "$work/zlib_host" 2>"$work/cc.log"; then
		out=$("$work/zlib_host" "$zmod" 2>&1)
		if grep -q 'round trip OK' <<<"$out"; then
			echo "ok zlib example against libhalite.so: a megabyte round-trips"
		else
			echo "not ok zlib example against libhalite.so: $out"
		fi
		lmod="$B/examples/embed/lua.elf"
		if [ -f "$lmod" ]; then
			out=$("$work/zlib_host" "$zmod" --lua "$lmod" 2>&1)
			if [ $? = 0 ] && grep -q '^document parsed OK$' <<<"$out"; then
				echo "ok document example against libhalite.so: zlib and Lua sandboxed"
			else
				echo "not ok document example against libhalite.so: $out"
			fi
		fi
	else
		echo "not ok build the zlib example against libhalite.so: $(head -5 "$work/cc.log")"
	fi
else
	echo "ok zlib example against libhalite.so: skipped, not built (no zlib source)"
fi
