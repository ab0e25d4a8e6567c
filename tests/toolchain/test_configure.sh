#!/usr/bin/env bash
# Modules run directly, and autotools with CC=halite-cc (docs/runtime.md,
# "Running modules directly"). Prints "ok NAME" or "not ok NAME" per case.
# Run from anywhere; BUILD (default: build) names the build directory.
#
#  - a module linked by halite-cc names BUILD/bin/halite-interp in its
#    PT_INTERP; `./prog ARGS` runs it in a sandbox: arguments, exit status,
#    environment, standard input, the working directory (granted read-write,
#    and the guest's cwd), HALITE_RUN_FLAGS, a fault (139), nothing of the
#    host outside the cwd;
#  - a configure-like check: compile, run, and read back a value written to
#    conftest.val in the cwd (as AC_COMPUTE_INT does), without --host;
#  - GNU hello, Debian's source package (apt-get source, cached in
#    BUILD/third_party/src; skipped if it cannot be fetched), unmodified:
#    CC=halite-cc ./configure && make && make check, ./hello through the
#    sandbox, and `halite validate ./hello`. About 20 s.
set -u
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES HALITE_RUN_FLAGS CFLAGS CPPFLAGS LDFLAGS LIBS

top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
CC="$B/bin/halite-cc"
H="$B/bin/halite"
INTERP="$B/bin/halite-interp"
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

failed=0
ok() { echo "ok $1${2:+ # $2}"; }
nok() {
	echo "not ok $1${2:+: $2}"
	failed=$((failed + 1))
}
# check NAME 'SHELL CONDITION': ok if it holds (evaluated here); $detail
# says why not.
check() {
	if eval "$2"; then ok "$1"; else nok "$1" "${detail:-}"; fi
	detail=
}
detail=

for f in "$CC" "$H" "$INTERP"; do
	if [ ! -x "$f" ]; then
		echo "not ok setup: $f not built (make)"
		exit 1
	fi
done
if [ ! -f "$B/sysroot/lib/libc.a" ]; then
	echo "ok setup # skip no sysroot (make libc)"
	exit 0
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/halite-configure-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
T=$(cd "$T" && pwd -P)

# run NAME CMD...: runs a command in a subshell; sets rc, out, err.
run() {
	"$@" >"$T/out" 2>"$T/err" </dev/null
	rc=$?
	out=$(cat "$T/out")
	err=$(cat "$T/err")
}
show() { printf 'rc=%s out=[%s] stderr=[%s]' "$rc" "$(printf '%s' "$out" | head -c 400)" "$(printf '%s' "$err" | head -c 600)"; }

# ---- a module run directly ----
mkdir -p "$T/w/sub" "$T/bin" "$T/data"
cat >"$T/prog.c" <<'EOF'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *m = argc > 1 ? argv[1] : "";
	if (!strcmp(m, "args")) {
		for (int i = 0; i < argc; i++)
			printf("[%s]\n", argv[i]);
		return argc;
	}
	if (!strcmp(m, "exit") && argc > 2)
		return atoi(argv[2]);
	if (!strcmp(m, "env") && argc > 2) {
		const char *v = getenv(argv[2]);
		printf("%s\n", v ? v : "(unset)");
		return v ? 0 : 1;
	}
	if (!strcmp(m, "cwd")) {
		char buf[4096];
		if (!getcwd(buf, sizeof buf))
			return 1;
		printf("%s\n", buf);
		return 0;
	}
	if (!strcmp(m, "write") && argc > 3) {
		FILE *f = fopen(argv[2], "w");
		if (!f)
			return 1;
		fprintf(f, "%s\n", argv[3]);
		return fclose(f) != 0;
	}
	if ((!strcmp(m, "read") && argc > 2) || !strcmp(m, "cat")) {
		FILE *f = argc > 2 ? fopen(argv[2], "r") : stdin;
		if (!f) {
			perror(argv[2]);
			return 1;
		}
		int c;
		while ((c = getc(f)) != EOF)
			putchar(c);
		return 0;
	}
	if (!strcmp(m, "fault"))
		*(volatile int *)(long)argc = 1; /* address 2: the bottom guard */
	return 100;
}
EOF
run "$CC" -O2 "$T/prog.c" -o "$T/w/prog"
if [ $rc -ne 0 ]; then
	nok "compile a module with halite-cc" "$(show)"
	exit 1
fi
ok "compile a module with halite-cc"
want_interp="$(cd "$B/bin" && pwd -P)/halite-interp"
got_interp=$(readelf -lW "$T/w/prog" | sed -n 's/.*Requesting program interpreter: \(.*\)]$/\1/p')
detail="PT_INTERP [$got_interp], want [$want_interp]"
check "PT_INTERP names BUILD/bin/halite-interp" '[ "$got_interp" = "$want_interp" ]'
detail=$("$H" validate "$T/w/prog" 2>&1)
check "the module validates" '"$H" validate -q "$T/w/prog"'

cd "$T/w" || exit 1
run ./prog args a 'b c' ''
detail=$(show)
want=$(printf '[%s]\n' ./prog args a 'b c' '')
check "./prog ARGS: argv[0] is the path run, arguments intact" '[ "$out" = "$want" ]'
detail=$(show)
check "./prog ARGS: exit status passes through (argc = 5)" '[ $rc -eq 5 ]'
for n in 0 7 255; do
	run ./prog exit $n
	detail=$(show)
	check "exit status $n passes through" '[ $rc -eq $n ]'
done
run env HALITE_TEST_VAR='x y' ./prog env HALITE_TEST_VAR
detail=$(show)
check "the module sees the environment" '[ $rc -eq 0 ] && [ "$out" = "x y" ]'
out=$(echo "from stdin" | ./prog cat 2>&1)
detail="out=[$out]"
check "standard input and output pass through" '[ "$out" = "from stdin" ]'
run ./prog cwd
detail=$(show)
check "the guest's working directory is the cwd" '[ $rc -eq 0 ] && [ "$out" = "$T/w" ]'
run ./prog write conftest.val 42
detail="$(show) file=[$(cat conftest.val 2>&1)]"
check "the module writes a file in the cwd (read-write grant)" '[ $rc -eq 0 ] && [ "$(cat conftest.val 2>/dev/null)" = 42 ]'
run ./prog read conftest.val
detail=$(show)
check "the module reads a file in the cwd by a relative path" '[ $rc -eq 0 ] && [ "$out" = 42 ]'
cd sub || exit 1
run ../prog args
detail=$(show)
want=$(printf '[%s]\n' ../prog args)
check "../prog from a subdirectory" '[ $rc -eq 2 ] && [ "$out" = "$want" ]'
run ../prog cwd
detail=$(show)
check "... whose cwd is the subdirectory" '[ "$out" = "$T/w/sub" ]'
run ../prog read ../conftest.val
detail=$(show)
check "... which cannot see the parent directory" '[ $rc -ne 0 ]'
cd "$T/w" || exit 1
cp prog "$T/bin/prog-in-path"
run env PATH="$T/bin:$PATH" prog-in-path exit 3
detail=$(show)
check "a module found in PATH runs" '[ $rc -eq 3 ]'
printf '#!%s args\n' "$T/w/prog" >script
chmod +x script
run ./script x
want=$(printf '[%s]\n' "$T/w/prog" args ./script x)
detail=$(show)
check "a module as the interpreter of a #! script" '[ $rc -eq 4 ] && [ "$out" = "$want" ]'
echo "secret" >"$T/data/x"
run ./prog read /etc/hostname
detail=$(show)
check "nothing of the host outside the cwd is visible (/etc/hostname)" '[ $rc -ne 0 ]'
run ./prog read /data/x
detail=$(show)
check "without HALITE_RUN_FLAGS, /data is not granted" '[ $rc -ne 0 ]'
run env HALITE_RUN_FLAGS="--dir $T/data:/data:ro  --memory 256M" ./prog read /data/x
detail=$(show)
check "HALITE_RUN_FLAGS (--dir HOST:/data:ro --memory 256M) reach halite run" '[ $rc -eq 0 ] && [ "$out" = secret ]'
run env HALITE_RUN_FLAGS="--dir $T/data:/data:ro" ./prog write /data/y 1
detail=$(show)
check "... and the grant is read-only" '[ $rc -ne 0 ] && [ ! -e "$T/data/y" ]'
run env HALITE_RUN_FLAGS="--trace" ./prog exit 0
detail=$(show)
check "HALITE_RUN_FLAGS=--trace: system calls go through the sandbox" '[ $rc -eq 0 ] && printf "%s" "$err" | grep -q "exit_group(0)"'
run env HALITE_RUN_FLAGS="--no-such-option" ./prog exit 0
detail=$(show)
check "a bad HALITE_RUN_FLAGS is halite run's error (125)" '[ $rc -eq 125 ]'
run ./prog fault
detail=$(show)
check "a module that faults exits 139 with a report" '[ $rc -eq 139 ] && printf "%s" "$err" | grep -q SIGSEGV'
run "$INTERP"
detail=$(show)
check "halite-interp run by itself explains itself (exit status 2)" '[ $rc -eq 2 ] && printf "%s" "$err" | grep -q "ELF interpreter"'

# halite run --cwd: inside a grant, existing; "/" by default.
run "$H" run --dir "$T/w" --cwd "$T/w/sub" ./prog cwd
detail=$(show)
check "halite run --cwd DIR inside a grant" '[ $rc -eq 0 ] && [ "$out" = "$T/w/sub" ]'
run "$H" run --dir "$T/w" ./prog cwd
detail=$(show)
check "halite run without --cwd: /" '[ $rc -eq 0 ] && [ "$out" = / ]'
run "$H" run --dir "$T/w" --cwd "$T/data" ./prog cwd
detail=$(show)
check "halite run --cwd outside every grant is refused (125)" '[ $rc -eq 125 ] && printf "%s" "$err" | grep -q "not inside a granted directory"'
run "$H" run --dir "$T/w" --cwd "$T/w/nope" ./prog cwd
detail=$(show)
check "halite run --cwd of a missing directory is refused (125)" '[ $rc -eq 125 ] && printf "%s" "$err" | grep -q "No such file"'

# Another interpreter is refused by the loader (src/loader/elf.c): the
# module's PT_INTERP string edited to end in "halite-interX".
cp prog prog-other
off=$(readelf -lW prog | awk '$1 == "INTERP" { print $2 }')
len=$(readelf -lW prog | awk '$1 == "INTERP" { print $5 }')
printf 'X' | dd of=prog-other bs=1 seek=$((off + len - 2)) conv=notrunc 2>/dev/null
run "$H" validate prog-other
detail=$(show)
check "a module naming another interpreter is refused (halite validate)" '[ $rc -eq 2 ] && printf "%s" "$out$err" | grep -q "PT_INTERP"'
run "$H" run prog-other
detail=$(show)
check "... and by halite run (126)" '[ $rc -eq 126 ]'

# ---- a configure-like check: AC_RUN_IFELSE and AC_COMPUTE_INT ----
mkdir -p "$T/conf"
cd "$T/conf" || exit 1
cat >conftest.c <<'EOF'
#include <stdio.h>
int main(void)
{
	FILE *f = fopen("conftest.val", "w");
	if (!f)
		return 1;
	fprintf(f, "%ld\n", (long)(sizeof(long) * 8 + sizeof(char)));
	return ferror(f) || fclose(f) != 0;
}
EOF
run "$CC" -O2 -o conftest conftest.c
detail=$(show)
check "configure-like: compile conftest" '[ $rc -eq 0 ]'
run ./conftest
detail="$(show) conftest.val=[$(cat conftest.val 2>&1)]"
check "configure-like: ./conftest runs (not cross compiling) and writes conftest.val" '[ $rc -eq 0 ] && [ "$(cat conftest.val 2>/dev/null)" = 65 ]'
printf 'int main(void) { return 1; }\n' >conftest2.c
"$CC" -o conftest2 conftest2.c >/dev/null 2>&1
./conftest2 >/dev/null 2>&1
rc=$?
detail="rc=$rc"
check "configure-like: a failing test program's status reaches the script" '[ $rc -eq 1 ]'

# ---- GNU hello from Debian's source package ----
SRC="$B/third_party/src"
hello_src() {
	local d
	for d in "$SRC"/hello-[0-9]*/; do
		[ -f "$d/configure" ] && { echo "${d%/}"; return 0; }
	done
	return 1
}
if ! hello_src >/dev/null; then
	mkdir -p "$SRC"
	(cd "$SRC" && timeout 120 apt-get source -qq hello >"$T/fetch.log" 2>&1)
fi
if ! hs=$(hello_src); then
	ok "GNU hello: configure, make, make check" "skip: apt-get source hello failed ($(grep -m1 -E '^(E|W):' "$T/fetch.log" 2>/dev/null))"
else
	cp -a "$hs" "$T/hello"
	cd "$T/hello" || exit 1
	start=$(date +%s)
	CC="$CC" ./configure >"$T/configure.log" 2>&1
	rc=$?
	detail="rc=$rc; $(tail -5 "$T/configure.log" | tr '\n' ' '); $(grep -B2 -A10 'error' config.log 2>/dev/null | tail -15 | tr '\n' ' ')"
	check "GNU hello: CC=halite-cc ./configure (no --host)" '[ $rc -eq 0 ]'
	detail=$(grep 'cross compiling' "$T/configure.log")
	check "GNU hello: configure runs its test programs (not cross compiling)" 'grep -q "whether we are cross compiling... no" "$T/configure.log"'
	make -j"$jobs" >"$T/make.log" 2>&1
	rc=$?
	detail="rc=$rc; $(tail -15 "$T/make.log" | tr '\n' ' ')"
	check "GNU hello: make" '[ $rc -eq 0 ]'
	make check >"$T/check.log" 2>&1
	rc=$?
	detail="rc=$rc; $(grep -E '^(FAIL|ERROR|# )' "$T/check.log" | tr '\n' ' ')"
	check "GNU hello: make check" '[ $rc -eq 0 ] && grep -q "^# FAIL: *0" "$T/check.log"'
	run ./hello
	detail=$(show)
	check "GNU hello: ./hello prints Hello, world!" '[ $rc -eq 0 ] && [ "$out" = "Hello, world!" ]'
	run env HALITE_RUN_FLAGS=--trace ./hello --greeting=sandboxed
	detail=$(show)
	check "GNU hello: ./hello runs in the sandbox (--trace)" '[ $rc -eq 0 ] && [ "$out" = sandboxed ] && printf "%s" "$err" | grep -q "exit_group(0)"'
	detail=$("$H" validate ./hello 2>&1 | head -5)
	check "GNU hello: halite validate ./hello" '"$H" validate -q ./hello'
	echo "# GNU hello: configure, make and make check in $(($(date +%s) - start)) s"
fi

echo "# $failed failed"
[ $failed -eq 0 ]
