#!/usr/bin/env bash
# Tests of the file-system calls (src/runtime/sys_fs.c) and the file grants
# (--dir): tests/runtime/fs/fsops.c, compiled with halite-cc, runs sequences
# of operations under `halite run` and prints one line per operation; the
# output and the host's files are checked. Prints "ok NAME" or
# "not ok NAME" per case. BUILD (default: build) names the build directory.
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
CC="$B/bin/halite-cc"
H=${HALITE:-$B/bin/halite}
M="$B/tests/runtime/fs"
mkdir -p "$M"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/halite-fs-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok $1"; }
nok() { echo "not ok $1${2:+: $2}"; }
# check NAME STATUS [DETAIL]
check() { if [ "$2" -eq 0 ]; then ok "$1"; else nok "$1" "${3:-}"; fi; }

for f in "$CC" "$H"; do
	[ -x "$f" ] || { echo "not ok setup: $f not built (make)"; exit 1; }
done
# Compiles tests/runtime/fs/NAME.c once per source change.
build() {
	local src="$top/tests/runtime/fs/$1.c" out="$M/$1.elf"
	if [ ! -e "$out" ] || [ "$src" -nt "$out" ] || [ "$CC" -nt "$out" ]; then
		"$CC" -O2 -o "$out" "$src" || { echo "not ok setup: build $1"; exit 1; }
	fi
}
build fsops
build fsat
F="$M/fsops.elf"

# A fresh host tree for each case:
#   $T/rw  granted as /data      $T/ro  granted as /ro (read-only)
#   $T/x   granted as /tmp/x     $T/secret.txt  beside them, never visible
T="$tmp/t"
setup() {
	chmod -R u+w "$T" 2>/dev/null
	rm -rf "$T"
	mkdir -p "$T/rw/sub" "$T/ro" "$T/x"
	printf 'hello from host' >"$T/rw/hello.txt"
	printf 'inner' >"$T/rw/sub/inner.txt"
	printf 'read only' >"$T/ro/ro.txt"
	chmod 644 "$T/rw/hello.txt" "$T/ro/ro.txt"
	printf 'secret' >"$T/secret.txt"
	chmod 600 "$T/secret.txt"
	ln -s / "$T/rw/link_root"
	ln -s "$T/secret.txt" "$T/rw/link_abs"
	ln -s ../secret.txt "$T/rw/link_up"
	ln -s hello.txt "$T/rw/link_ok"
	ln -s sub "$T/rw/link_dir"
}

# fs OPS...: runs fsops with the three grants; sets $out (lines joined
# with '|'), $err and $st. FS_MODULE overrides the module.
fs() {
	"$H" run --dir "$T/rw:/data" --dir "$T/ro:/ro:ro" --dir "$T/x:/tmp/x" "${FS_MODULE:-$F}" \
		"$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	st=$?
	out=$(tr '\n' '|' <"$tmp/out")
	out=${out%|}
	err=$(cat "$tmp/err")
}

# expect NAME WANT OPS...: runs the operations on a fresh tree; WANT is the
# expected output, lines joined with '|'. The tree is left for more checks.
expect() {
	local name=$1 want=$2
	shift 2
	setup
	fs "$@"
	if [ "$st" = 0 ] && [ "$out" = "$want" ]; then
		ok "$name"
		return 0
	fi
	nok "$name" "status $st; got '$out'; want '$want'${err:+; stderr: $err}"
	return 1
}

# --- reading and writing
expect "read a granted file" "hello from host|read only" \
	read /data/hello.txt read /ro/ro.txt
expect "write a file in a rw grant and read it back" "ok|new text|ok|new text more" \
	write /data/new.txt "new text" read /data/new.txt \
	append /data/new.txt " more" read /data/new.txt &&
	check "the written file is on the host" \
		"$([ "$(cat "$T/rw/new.txt")" = "new text more" ]; echo $?)"
expect "creat, truncate and ftruncate in a rw grant" "ok|ok|hel|ok|he" \
	creat /data/c.txt truncate /data/hello.txt 3 read /data/hello.txt \
	ftruncate /data/hello.txt 2 read /data/hello.txt &&
	check "truncation is on the host" \
		"$([ -f "$T/rw/c.txt" ] && [ "$(cat "$T/rw/hello.txt")" = he ]; echo $?)"

# --- directories
expect "mkdir, readdir, rename, unlink, rmdir round trip" \
	"ok|ok|f|ok|g|ok|ok|ERR ENOENT|hello.txt link_abs link_dir link_ok link_root link_up sub" \
	mkdir /data/d write /data/d/f one ls /data/d rename /data/d/f /data/d/g ls /data/d \
	unlink /data/d/g rmdir /data/d ls /data/d ls /data &&
	check "round trip leaves nothing on the host" "$([ ! -e "$T/rw/d" ]; echo $?)"
setup
fs mkdir /data/d2 write /data/d2/f x rename /data/d2 /data/d3
check "mkdir and rename are on the host" \
	"$([ "$out" = "ok|ok|ok" ] && [ -d "$T/rw/d3" ] && [ "$(cat "$T/rw/d3/f")" = x ] &&
		[ ! -e "$T/rw/d2" ]; echo $?)" "$out"
expect "rmdir of a non-empty directory, mkdir of an existing one" \
	"ERR ENOTEMPTY|ERR EEXIST|ERR EEXIST|ERR EBUSY" \
	rmdir /data/sub mkdir /data/sub mkdir /data rmdir /data
expect "openat and mkdirat relative to a directory descriptor" "inner|ERR ENOENT|ok" \
	openat /data sub/inner.txt openat /data ../secret.txt mkdirat /data/sub newdir &&
	check "mkdirat is on the host" "$([ -d "$T/rw/sub/newdir" ]; echo $?)"

# --- what is not granted does not exist
expect "paths outside every grant do not exist" \
	"ERR ENOENT|ERR ENOENT|ERR ENOENT|ERR ENOENT|ERR ENOENT" \
	read /etc/passwd stat /etc read /secret.txt read /tmp/secret.txt write /outside.txt x
expect "../ does not climb out of a grant (cwd inside it)" \
	"ok|inner|ERR ENOENT|ERR ENOENT|ERR ENOENT|ERR ENOENT" \
	cd /data/sub read inner.txt read ../../secret.txt read ../../../../etc/passwd \
	read /data/../secret.txt rename /data/hello.txt ../../moved.txt &&
	check "the escaping rename moved nothing" \
		"$([ -f "$T/rw/hello.txt" ] && [ ! -e "$T/moved.txt" ]; echo $?)"
expect "a symlink to / inside a grant is not followed out" \
	"ERR EACCES|ERR EACCES|ERR EACCES" \
	read /data/link_root/etc/passwd ls /data/link_root stat /data/link_root/etc
expect "symlinks to an absolute host path or climbing out are refused" \
	"ERR EACCES|ERR EACCES|ERR EACCES|ERR EACCES|ERR EACCES" \
	read /data/link_abs read /data/link_up stat /data/link_abs chmod /data/link_abs 666 \
	truncate /data/link_abs 0 &&
	check "the host file behind the symlink is untouched" \
		"$([ "$(cat "$T/secret.txt")" = secret ] &&
			[ "$(stat -c %a "$T/secret.txt")" = 600 ]; echo $?)"
expect "a symlink made by the module is stored verbatim, not followed out" \
	"ok|ERR EACCES|/etc/passwd|ok|hello from host" \
	symlink /etc/passwd /data/evil read /data/evil readlink /data/evil \
	symlink hello.txt /data/good read /data/good &&
	check "the symlink on the host has the module's target" \
		"$([ "$(readlink "$T/rw/evil")" = /etc/passwd ]; echo $?)"

# --- read-only grants
expect "writes in a :ro grant are EROFS" \
	"ERR EROFS|ERR EROFS|ERR EROFS|ERR EROFS|ERR EROFS|ERR EROFS|ERR EROFS|ERR EROFS|ERR EROFS|ERR EROFS|ERR EROFS|ERR EROFS|ERR EROFS" \
	write /ro/new.txt x append /ro/ro.txt x creat /ro/c.txt unlink /ro/ro.txt \
	mkdir /ro/d chmod /ro/ro.txt 600 rename /ro/ro.txt /ro/r2.txt symlink x /ro/l \
	truncate /ro/ro.txt 0 touch /ro/ro.txt 1000 fchmod /ro/ro.txt 600 \
	ftruncate /ro/ro.txt 0 rename /ro/ro.txt /data/moved.txt &&
	check "the :ro grant is unchanged on the host" \
		"$([ "$(ls "$T/ro")" = ro.txt ] && [ "$(cat "$T/ro/ro.txt")" = "read only" ] &&
			[ "$(stat -c %a "$T/ro/ro.txt")" = 644 ] && [ ! -e "$T/rw/moved.txt" ]; echo $?)"
expect "reading in a :ro grant works" "read only|ro.txt|reg mode=644 size=9|ok|ERR EROFS|ok ro|ok rw" \
	read /ro/ro.txt ls /ro stat /ro/ro.txt access /ro/ro.txt r access /ro/ro.txt w \
	statfs /ro statfs /data
expect "no hard link from a :ro grant into a rw one" "ERR EROFS|ok|hello from host" \
	link /ro/ro.txt /data/hl link /data/hello.txt /data/hl2 read /data/hl2 &&
	check "only the rw link exists on the host" \
		"$([ ! -e "$T/rw/hl" ] && [ "$(stat -c %h "$T/rw/hello.txt")" = 2 ]; echo $?)"

# --- working directory
expect "getcwd and chdir" \
	"/|ok|/data|ok|/data/sub|ok|/data|ok|/|ERR ENOTDIR|ERR ENOENT|ERR EACCES|/|ok|/data/sub|ok|hello from host" \
	cwd cd /data cwd cd sub cwd cd .. cwd cd / cwd cd /data/hello.txt cd /nope \
	cd /data/link_root cwd fcd /data/sub cwd cd .. read hello.txt
expect "chdir through a symlink inside the grant" "ok|/data/link_dir|inner" \
	cd /data/link_dir cwd read inner.txt

# --- stat
expect "stat and lstat on a symlink" \
	"reg mode=644 size=15|lnk mode=777 size=9|hello.txt|ERR EACCES|lnk mode=777 size=13|lnk mode=777 size=9|reg mode=644 size=15" \
	stat /data/link_ok lstat /data/link_ok readlink /data/link_ok stat /data/link_up \
	lstat /data/link_up fstatat /data link_ok statx /data/link_ok
expect "lstat of a symlink to an absolute host path" \
	"lnk mode=777 size=$(printf '%s' "$T/secret.txt" | wc -c)|$T/secret.txt" \
	lstat /data/link_abs readlink /data/link_abs
expect "open then fstat" "reg mode=644 size=15" ofstat /data/hello.txt
expect "chmod clears set-user-ID, chown cannot give files away" \
	"ok|reg mode=600 size=15|ok|reg mode=755 size=15|ok|ERR EPERM|ok" \
	chmod /data/hello.txt 600 stat /data/hello.txt chmod /data/hello.txt 4755 \
	stat /data/hello.txt chown /data/hello.txt -1 -1 chown /data/hello.txt 12345 -1 \
	fchmod /data/hello.txt 640 &&
	check "modes on the host" "$([ "$(stat -c %a "$T/rw/hello.txt")" = 640 ]; echo $?)"
expect "utimensat sets the times" "ok" touch /data/hello.txt 1000000000 &&
	check "mtime on the host" "$([ "$(stat -c %Y "$T/rw/hello.txt")" = 1000000000 ]; echo $?)"
expect "access" "ok|ok|ERR ENOENT|ok|ERR EACCES" \
	access /data/hello.txt rw access /data/sub x access /data/nope f access / r \
	access /data/link_abs f

# --- the guest root
expect "/ lists the first components of the grants" \
	"data ro tmp|x|dir mode=555 size=0|dir mode=555 size=0|dir mode=555 size=0|ok|data ro tmp|ERR EEXIST|ERR EBUSY" \
	ls / ls /tmp stat / stat /tmp statx / cd /tmp/.. ls . mkdir /tmp rmdir /
expect "the grant of a nested guest path is reachable through /tmp" "ok|ok|x|ok" \
	cd /tmp write x/f.txt x read x/f.txt cd x/../../data &&
	check "the file is on the host" "$([ "$(cat "$T/x/f.txt")" = x ]; echo $?)"
setup
"$H" run "$F" read /data/hello.txt ls / cwd stat / >"$tmp/out" 2>&1 </dev/null
st=$?
out=$(tr '\n' '|' <"$tmp/out")
check "no grants: nothing but an empty /" \
	"$([ "$st" = 0 ] && [ "$out" = "ERR ENOENT|(empty)|/|dir mode=555 size=0|" ]; echo $?)" \
	"status $st: $out"

# --- *at forms, AT_EMPTY_PATH, descriptors of the guest root, bad pointers
# (tests/runtime/fs/fsat.c): one line per check, compared with this list.
cat >"$tmp/fsat.want" <<'EOF'
fstatat empty: reg
futimens rw: ok
futimens ro: ERR EROFS
fchown ro: ERR EROFS
linkat empty from ro: ERR EROFS
linkat empty from stdout: ERR ENOENT
fchmod stdout: ERR EPERM
futimens stdout: ERR EPERM
tmpfile linkat: ok
linkat follow: ok
linkat follow target: reg
linkat follow out: ERR EACCES
linkat nofollow: ok
linkat nofollow target: lnk
linkat bad flags: ERR EINVAL
renameat2 noreplace: ERR EEXIST
renameat2 exchange: ok
unlinkat bad flags: ERR EINVAL
faccessat2 nofollow: ok
faccessat2 follow: ERR EACCES
readlinkat empty: hello.txt
readlink short: 4 hell
openat dir: ok
openat file dirfd: ERR ENOTDIR
openat bad dirfd: ERR EBADF
openat bad dirfd absolute: ok
fchdir file: ERR ENOTDIR
getdents /: ./ ../ data/ ro/ tmp/
getdents / small: ./ ../ data/ ro/ tmp/
getdents / tiny: ERR EINVAL
statx / fd: dir 555 nlink=5
openat / relative: ok
fchmod /: ERR EROFS
fchdir /tmp: ok
cwd: /tmp
fchdir /: ok
cwd: /
open / write: ERR EISDIR
open / excl: ERR EEXIST
unlink /tmp: ERR EISDIR
rename /tmp: ERR EBUSY
rename grant root: ERR EBUSY
getcwd short: ERR ERANGE
getcwd length: 6
umask mkdir: 700
stat bad path: ERR EFAULT
stat bad buffer: ERR EFAULT
getdents bad buffer: ERR EFAULT
EOF
setup
FS_MODULE="$M/fsat.elf" fs
d=$(diff "$tmp/fsat.want" "$tmp/out" | tr '\n' '|')
check "*at calls, AT_EMPTY_PATH, root descriptors, bad pointers (fsat)" \
	"$([ "$st" = 0 ] && [ -z "$d" ]; echo $?)" "status $st; diff: $d${err:+; stderr: $err}"
check "fsat: links and renames on the host" \
	"$([ "$(cat "$T/rw/tmpf")" = "hello from host" ] && [ "$(cat "$T/rw/hard")" = tmp ] &&
		[ "$(stat -c %h "$T/rw/hello.txt")" = 2 ] && [ -L "$T/rw/hard3" ] &&
		[ ! -e "$T/rw/hard2" ] && [ ! -e "$T/rw/l1" ] && [ ! -e "$T/rw/l2" ]; echo $?)"
