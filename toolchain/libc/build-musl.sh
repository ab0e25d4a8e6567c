#!/usr/bin/env bash
# Builds the halite sysroot: musl 1.2.3 from Debian's source package,
# unmodified (configuration and build flags only, and an allocator
# directory added: dlmalloc, add-dlmalloc.sh), compiled with halite-cc, so
# that every C file and every x86_64 .s file goes through the rewriter.
# One object is built from halite's source instead, by a rule of
# musl-overrides.mk: fenv.o (fenv-x86_64.s; musl's uses x87 instructions
# the validator refuses).
# The configure options (the allocator among them) are in musl-config.sh,
# shared with the benchmark suite's native musl (bench/suite/native-musl.sh).
#
# usage: build-musl.sh [BUILD_DIR]      (run by `make libc`; default: build)
#
#   BUILD/src/musl-1.2.3/   source (apt-get source musl; kept as a cache)
#   BUILD/musl/             out-of-tree build; build.log, report.txt, and
#                           failed-asm/: the assembly the rewriter rejected
#   BUILD/sysroot/include   musl's headers (installed first: they need no
#                           compiler, and halite-cc uses them from then on)
#   BUILD/sysroot/lib       crt1.o crti.o crtn.o rcrt1.o Scrt1.o libc.a and
#                           musl's empty libm.a libpthread.a ..., once
#                           everything compiles
#
# Until the rewriter handles all of musl the build is run with make -k and
# report.txt records how far it got: objects compiled, failed (with the
# first message of each, the rewriter's FILE:LINE among them) and, for
# those compiled, whether their code passes `halite validate`.
# Exit status: 0 if every object compiled and validated; 1 otherwise.
# The whole script is one function, read before it runs: editing the file
# during a build cannot derail the running copy.
main() {
set -uo pipefail
# Run from make: musl's make gets its own -j, not the caller's jobserver
# or flags (--no-builtin-rules and the like).
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES

top=$(cd "$(dirname "$0")/../.." && pwd)
here="$top/toolchain/libc"
build=${1:-build}
mkdir -p "$build"
build=$(cd "$build" && pwd)
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
# shellcheck source=toolchain/libc/musl-config.sh
. "$here/musl-config.sh"
src="$build/src/musl-$musl_version"
obj="$build/musl"
sysroot="$build/sysroot"
cc="$build/bin/halite-cc"
rewrite="$build/bin/halite-rewrite"
export HALITE="$build/bin/halite" # the validator, for check-objects.sh

say() { printf 'build-musl: %s\n' "$*"; }
fail() {
	printf 'build-musl: error: %s\n' "$*" >&2
	exit 1
}

[ -x "$cc" ] || fail "$cc not built (make $cc)"
[ -x "${HALITE_REWRITE:-$rewrite}" ] || fail "${HALITE_REWRITE:-$rewrite} not built: the rewriter (toolchain/rewriter) is needed to compile musl"

# ---- source: Debian's musl source package, fetched once ----
if [ ! -f "$src/VERSION" ]; then
	say "fetching Debian's musl source package into $build/src"
	mkdir -p "$build/src"
	fetch() { (cd "$build/src" && apt-get source -qq "$@" 2>&1 | grep -v '^W: Download is performed unsandboxed'); }
	# Debian 12 ships 1.2.3-1; pin it where the archive has it.
	fetch "musl=$musl_version-1" || fetch musl || {
		say "apt-get source failed; refreshing the package lists"
		if [ "$(id -u)" -eq 0 ]; then apt-get update -qq; else sudo apt-get update -qq; fi
		fetch musl
	} || fail "apt-get source musl failed (are deb-src entries enabled? scripts/deps.sh does that)"
	[ -f "$src/VERSION" ] || fail "apt-get source musl did not produce $src (got: $(ls "$build/src"))"
fi
[ "$(cat "$src/VERSION")" = "$musl_version" ] || fail "$src is musl $(cat "$src/VERSION"), expected $musl_version"
# The allocator directory musl-config.sh selects (dlmalloc, fetched once).
bash "$here/add-dlmalloc.sh" "$src" "$build" || fail "cannot add dlmalloc to $src"

# ---- configure (again when the toolchain changed) ----
# The objects depend on the driver and the rewriter, which musl's Makefile
# does not know about: start afresh when either (or this script) changes.
stamp=$(cat "$cc" "${HALITE_REWRITE:-$rewrite}" "$0" "$here/musl-list.mk" "$here/musl-overrides.mk" "$here/musl-config.sh" \
	"$here/add-dlmalloc.sh" "$here/dlmalloc/glue.c" | sha256sum | cut -c1-16)
if [ ! -f "$obj/config.mak" ] || [ "$(cat "$obj/.toolchain" 2>/dev/null)" != "$stamp" ]; then
	rm -rf "$obj"
	mkdir -p "$obj"
	say "configuring musl $musl_version with CC=$cc (log: $obj/configure.log)"
	# musl-config.sh's options (no shared library: modules are static),
	# and no musl-gcc wrapper.
	(cd "$obj" && CC="$cc" AR=ar RANLIB=ranlib CFLAGS="${MUSL_CFLAGS:-}" \
		"$src/configure" --prefix="$sysroot" "${musl_configure_flags[@]}" --disable-wrapper \
		>configure.log 2>&1) || fail "configure failed: $(tail -3 "$obj/configure.log")"
	printf '%s\n' "$musl_config_mak" >>"$obj/config.mak"
	echo "$stamp" >"$obj/.toolchain"
fi

# The module linker script lives in the sysroot (make also puts it there).
mkdir -p "$sysroot/lib"
cp "$here/halite.ld" "$sysroot/lib/halite.ld"

say "installing musl's headers into $sysroot/include"
make -s -C "$obj" install-headers >"$obj/headers.log" 2>&1 ||
	fail "make install-headers failed: $(tail -3 "$obj/headers.log")"

# ---- build, going on after failures ----
say "building musl with $jobs jobs (log: $obj/build.log)"
rm -rf "$obj/failed-asm"
HALITE_CC_KEEP_FAILED="$obj/failed-asm" make -C "$obj" -f Makefile -f "$here/musl-overrides.mk" \
	-k -j"$jobs" -Otarget all >"$obj/build.log" 2>&1
make_rc=$?

# ---- report ----
mapfile -t expected < <(make -s -C "$obj" -f Makefile -f "$here/musl-list.mk" halite-list-objs)
[ "${#expected[@]}" -gt 0 ] || fail "could not list musl's objects"
built=() missing=()
for o in "${expected[@]}"; do
	if [ -f "$obj/$o" ]; then built+=("$o"); else missing+=("$o"); fi
done

# First message of each failed object, from the synchronized log: a
# recipe's command line (".. -c -o obj/X ..") is followed by its output.
awk '
	/ -c -o obj\// {
		for (i = 1; i < NF; i++) if ($i == "-o") cur = $(i + 1)
		next
	}
	/^make(\[[0-9]+\])?: / { next }
	cur != "" && !(cur in first) && NF { gsub(/\t/, " "); first[cur] = $0 }
	END { for (t in first) print t "\t" first[t] }
' "$obj/build.log" | sort >"$obj/messages.tsv"
# The part of a message that names the reason: without the temporary
# directory, the file:line:column and "error:" prefixes.
reason() {
	sed -E -e 's#/tmp/halite-cc\.[A-Za-z0-9]+/[0-9]+/##g' \
		-e 's#^([^ :]+:)+[0-9]+:([0-9]+:)? *##' -e 's#^(error|Error|fatal error): *##'
}
: >"$obj/failed.txt"
for o in "${missing[@]}"; do
	m=$(awk -F'\t' -v t="$o" '$1 == t { print $2; exit }' "$obj/messages.tsv")
	printf '%s\t%s\n' "$o" "${m:-not built (a prerequisite failed)}" >>"$obj/failed.txt"
done

say "validating the code of the $(( ${#built[@]} )) compiled objects"
(cd "$obj" && printf '%s\n' "${built[@]}" |
	xargs -r -n 40 -P "$jobs" bash "$here/check-objects.sh" -q) | sort >"$obj/invalid.txt"
n_invalid=$(wc -l <"$obj/invalid.txt")
n_valid=$(( ${#built[@]} - n_invalid ))

# count OBJ... KIND: how many of the objects come from C (c) or assembly (s).
count() {
	local kind=${!#} n=0 o b
	for o in "${@:1:$#-1}"; do
		b=${o#obj/}
		b=${b%.*}
		if [ -f "$src/$b.s" ] || [ -f "$src/$b.S" ]; then
			[ "$kind" = s ] && n=$((n + 1))
		else
			[ "$kind" = c ] && n=$((n + 1))
		fi
	done
	echo $n
}
{
	echo "musl $musl_version built with halite-cc ($(date -u '+%Y-%m-%d %H:%M UTC'))"
	echo "objects: ${#expected[@]} expected, ${#built[@]} compiled, ${#missing[@]} failed"
	echo "validation of the compiled objects: $n_valid valid, $n_invalid invalid"
	echo "make exit status: $make_rc"
	echo "by source: C $(count "${built[@]}" c) compiled, $(count "${missing[@]}" c) failed;" \
		"assembly $(count "${built[@]}" s) compiled, $(count "${missing[@]}" s) failed"
	if [ "${#missing[@]}" -gt 0 ]; then
		echo
		echo "compile failures by reason (count, first message with its location removed):"
		cut -f2 "$obj/failed.txt" | reason | sort | uniq -c | sort -rn | head -40
		echo
		echo "failed objects (object, first message):"
		cat "$obj/failed.txt"
		if [ -d "$obj/failed-asm" ]; then
			echo
			echo "the assembly the rewriter rejected (FILE:LINE above refer to it): $obj/failed-asm/"
		fi
	fi
	if [ "$n_invalid" -gt 0 ]; then
		echo
		echo "validation failures by rule (count):"
		sed -E 's/.*`: //' "$obj/invalid.txt" | sort | uniq -c | sort -rn
		echo
		echo "invalid objects (object: section+offset: first violation):"
		sed 's/^invalid //' "$obj/invalid.txt"
	fi
} >"$obj/report.txt"
head -5 "$obj/report.txt" | sed 's/^/build-musl: /'

if [ -f "$obj/lib/libc.a" ] && [ "${#missing[@]}" -eq 0 ]; then
	# musl's make only reindexes an archive it rewrote; an index left
	# incomplete by an interrupted or concurrent earlier build would
	# stay. Reindexing is cheap and makes the archive whole again.
	ranlib "$obj/lib/libc.a"
	say "installing libc.a and the start files into $sysroot/lib"
	make -s -C "$obj" -f Makefile -f "$here/musl-overrides.mk" install-libs >"$obj/install.log" 2>&1 ||
		fail "make install-libs failed: $(tail -3 "$obj/install.log")"
fi
if [ "${#missing[@]}" -ne 0 ] || [ "$n_invalid" -ne 0 ] || [ "$make_rc" -ne 0 ]; then
	say "incomplete: see $obj/report.txt"
	exit 1
fi
say "sysroot complete: $sysroot"
}
main "$@"
