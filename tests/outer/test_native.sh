#!/usr/bin/env bash
# Tests of `halite run --native` (src/outer/native*.c): unmodified Linux
# programs under the outer sandbox alone. Ordinary programs (/bin/echo,
# /bin/sh, python3) must work; attacks from an ordinary C program
# (tests/outer/native_attacks.c, built with plain gcc) must each be
# stopped while the host is unaffected. Where it is harmless, a control
# runs the same attack without halite and sees it work, so each case can
# fail. Prints "ok NAME" / "not ok NAME: detail".
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
H="$B/bin/halite"
M="$B/tests/outer"
A="$M/native-attacks"
mkdir -p "$M"
tmp=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
	rm -rf "$tmp"
}
trap cleanup EXIT

ok() { echo "ok $1"; }
nok() { echo "not ok $1${2:+: $2}"; }
check() { if [ "$2" -eq 0 ]; then ok "$1"; else nok "$1" "${3:-}"; fi; }

[ -x "$H" ] || { echo "not ok setup: $H not built (make)"; exit 1; }
if [ ! -x "$A" ] || [ "$top/tests/outer/native_attacks.c" -nt "$A" ]; then
	gcc -O2 -Wall -Wextra -Werror -o "$A" "$top/tests/outer/native_attacks.c" ||
		{ echo "not ok setup: cannot build $A"; exit 1; }
fi

WARN='halite run: --native: no inner sandbox; only the outer sandbox confines'
# native [HALITE-OPTIONS...] -- PROGRAM ARGS: runs under --native with the
# attack program's directory granted read-only at /t.
native() {
	local opts=()
	while [ "$1" != -- ]; do opts+=("$1"); shift; done
	shift
	"$H" run --native --dir "$M:/t:ro" "${opts[@]}" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	st=$?
	out=$(cat "$tmp/out")
	err=$(grep -v "^$WARN" "$tmp/err")
}
# attack NAME [HALITE-OPTIONS...] -- ATTACK ARGS: the attack program.
attack() {
	local opts=()
	while [ "$1" != -- ]; do opts+=("$1"); shift; done
	shift
	native "${opts[@]}" -- /t/native-attacks "$@"
}
# control ATTACK ARGS: the same attack without halite.
control() {
	"$A" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	st=$?
	out=$(cat "$tmp/out")
	err=$(cat "$tmp/err")
}
# refused NAME ATTACK...: the call fails with EPERM (the seccomp policy).
refused() {
	local name=$1
	shift
	attack -- "$@"
	grep -q 'failed: errno 1$' <<<"$out" && ! grep -q succeeded <<<"$out"
	check "$name: refused (EPERM)" $? "status $st: $out $err"
}

# --- ordinary programs
native -- /bin/echo hello
[ "$st" = 0 ] && [ "$out" = hello ] && [ "$(grep -c "^$WARN /bin/echo\$" "$tmp/err")" = 1 ] &&
	[ "$(wc -l <"$tmp/err")" = 1 ]
check "/bin/echo runs, and the missing inner sandbox is said once on stderr" $? "status $st: $out / $(cat "$tmp/err")"
native -- /bin/sh -c 'echo $((6 * 7)) | cat; exit 7'
[ "$st" = 7 ] && [ "$out" = 42 ]
check "/bin/sh -c with a pipeline; the exit status is passed on" $? "status $st: $out $err"
native -- /usr/bin/python3 -c 'print(1)'
[ "$st" = 0 ] && [ "$out" = 1 ]
check "/usr/bin/python3 -c 'print(1)' (dynamic, many libraries)" $? "status $st: $out $err"
native -- echo found
[ "$st" = 0 ] && [ "$out" = found ]
check "a program without '/' is looked up in PATH inside the sandbox" $? "status $st: $out $err"
native -- /nonexistent/prog
[ "$st" = 127 ] && grep -q 'No such file' <<<"$err"
check "a missing program: status 127 with a message" $? "status $st: $err"

export HALITE_TEST_SECRET=s3cr3t-$$
native --env FOO=bar -- /bin/sh -c 'echo "$FOO/${HALITE_TEST_SECRET:-unset}"'
[ "$out" = bar/unset ]
check "--env sets variables; the host's environment is not passed" $? "$out $err"
native --env-inherit -- /bin/sh -c 'echo "$HALITE_TEST_SECRET"'
[ "$out" = "$HALITE_TEST_SECRET" ]
check "--env-inherit passes it" $? "$out $err"

mkdir -p "$tmp/rw" "$tmp/ro" "$tmp/grant"
echo data >"$tmp/ro/file"
native --dir "$tmp/rw:/work" --dir "$tmp/ro:/data:ro" --cwd /work -- \
	/bin/sh -c 'pwd; cat /data/file; echo made >here; echo x >/data/new || echo ro-refused'
[ "$st" = 0 ] && [ "$out" = "$(printf '/work\ndata\nro-refused')" ] && [ "$(cat "$tmp/rw/here")" = made ] &&
	[ ! -e "$tmp/ro/new" ] && grep -q 'Read-only file system' <<<"$err"
check "grants are mounted at their guest paths, :ro read-only; --cwd" $? "status $st: $out $err"
mkdir -p "$tmp/rw/c"
native --dir "$tmp/ro:/tmp/in-tmp:ro" --dir "$tmp/rw:/a/b" --dir "$tmp/ro:/a/b/c:ro" -- \
	/bin/sh -c 'cat /tmp/in-tmp/file /a/b/c/file; echo y >/a/b/c/no || echo nested-ro'
[ "$st" = 0 ] && [ "$out" = "$(printf 'data\ndata\nnested-ro')" ] && [ -d "$tmp/rw/c" ] && [ ! -e "$tmp/ro/no" ]
check "grants beneath /tmp and inside another grant (its directory must exist there)" $? "status $st: $out $err"
native --dir "$tmp/ro:/usr/halite-nonexistent" -- /bin/true
[ "$st" = 125 ] && grep -q 'mount points are made only where nothing is mounted' <<<"$err" && [ ! -e /usr/halite-nonexistent ]
check "no mount point is ever made in a host directory" $? "status $st: $err"
native -- /bin/sh -c 'echo private >/tmp/halite-native-$$ && cat /tmp/halite-native-$$'
[ "$out" = private ] && ! ls /tmp/halite-native-* >/dev/null 2>&1
check "/tmp is a private writable tmpfs" $? "$out $err"
native -- /bin/sh -c 'ls /; echo; cat /proc/self/mountinfo'
roots=$(printf '%s\n' "$out" | sed '/^$/q' | tr '\n' ' ')
want=$(for d in bin dev etc lib lib32 lib64 libx32 proc sbin t tmp usr; do
	case $d in dev | etc | proc | t | tmp) echo "$d" ;; *) [ -e "/$d" ] && echo "$d" ;; esac
done | tr '\n' ' ')
[ "$roots" = "$want " ]
r1=$?
grep -qE ' / / ro,.* - tmpfs ' <<<"$out" && grep -qE ' /usr ro,nosuid,nodev' <<<"$out" &&
	grep -qE ' /proc ro,nosuid,nodev,noexec.* - proc ' <<<"$out" && grep -qE ' /tmp rw,nosuid,nodev,noexec' <<<"$out"
check "the root holds only the system directories, /etc's few files, /dev, /proc, /tmp and the grants" \
	$((r1 | $?)) "$out $err"

# --- the layers, seen from outside
"$H" run --native /bin/sleep 3 2>/dev/null &
runner=$!
prog=
for _ in $(seq 50); do
	sleep 0.1
	init=$(pgrep -P "$runner" | head -1)
	[ -n "$init" ] && prog=$(pgrep -P "$init" | head -1)
	[ -n "$prog" ] && grep -q '^Seccomp:	2' "/proc/$prog/status" 2>/dev/null && break
done
status=$(cat "/proc/$prog/status" 2>/dev/null)
grep -q '^Seccomp:	2' <<<"$status" && grep -q '^NoNewPrivs:	1' <<<"$status" &&
	grep -q '^CapEff:	0000000000000000' <<<"$status" && grep -q '^CapBnd:	0000000000000000' <<<"$status" &&
	grep -qE '^NSpid:	[0-9]+	2$' <<<"$status"
check "the program: Seccomp 2, NoNewPrivs 1, no capabilities, PID 2 in its namespace" $? "$status"
same=0
for ns in user mnt net pid ipc uts; do
	[ "$(readlink "/proc/$prog/ns/$ns")" = "$(readlink "/proc/self/ns/$ns")" ] && same=1
done
check "it is in its own user, mount, network, PID, IPC and UTS namespaces" $same
[ -d "/proc/$runner/root$top" ] && [ ! -e "/proc/$prog/root$top" ] && [ -d "/proc/$prog/root/proc" ] &&
	[ "$(readlink "/proc/$runner/ns/mnt")" != "$(readlink "/proc/$prog/ns/mnt")" ]
check "the supervisor stays outside the sandbox's root and mount namespace" $? \
	"$(ls "/proc/$runner/root" 2>&1 | tr '\n' ' ') / $(ls "/proc/$prog/root" 2>&1 | tr '\n' ' ')"
wait "$runner"
check "the program ends normally under all layers" $?
"$H" run --native /bin/sleep 30 2>"$tmp/err" &
runner=$!
sleep 0.5
kill -TERM "$runner"
wait "$runner"
st=$?
[ "$st" = 143 ] && grep -q 'killed by signal 15' "$tmp/err"
check "SIGTERM to halite reaches the program (status 143, reported)" $? "status $st: $(cat "$tmp/err")"

# --- the network: a server listening on the host's loopback
port=$((20000 + RANDOM % 20000))
python3 -c "
import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', $port)); s.listen(4); open('$tmp/listening', 'w').close()
while True:
    c, _ = s.accept(); open('$tmp/connected', 'a').write('yes\n'); c.close()
" &
pids+=($!)
for _ in $(seq 100); do [ -e "$tmp/listening" ] && break; sleep 0.1; done
[ -e "$tmp/listening" ]
check "setup: a server listens on the host's 127.0.0.1:$port" $?
attack -- connect "$port"
grep -q '^socket failed: errno 1$' <<<"$out" && [ ! -e "$tmp/connected" ]
check "connect to a server on the host's loopback: the AF_INET socket is refused" $? "$out $err"
attack --allow-syscall socket -- connect "$port"
grep -q '^socket succeeded' <<<"$out" && grep -q '^connect failed' <<<"$out" && [ ! -e "$tmp/connected" ]
check "with --allow-syscall socket the connection still fails (Landlock, no network)" $? "$out $err"
control connect "$port"
sleep 0.2
grep -q '^connect succeeded' <<<"$out" && [ -e "$tmp/connected" ]
check "control: natively the connection is made" $? "$out $err"

# --- files
attack -- open /etc/shadow
grep -q '^open failed' <<<"$out"
check "open /etc/shadow: not there" $? "$out $err"
control open /etc/shadow
if [ "$(id -u)" = 0 ]; then
	grep -q '^open succeeded' <<<"$out"
	check "control: natively (root) it opens" $? "$out $err"
fi
sleep 30 &
sleeper=$!
pids+=("$sleeper")
attack -- open /proc/1/environ
grep -q '^open failed: errno 13$' <<<"$out" && ! grep -q "$HALITE_TEST_SECRET" <<<"$out"
check "/proc/1/environ (init, which holds halite's environment): refused" $? "$out $err"
native -- /bin/sh -c 'cat /proc/1/cmdline | tr "\0" " "; echo; cat /proc/[0-9]*/environ 2>/dev/null | tr "\0" "\n"; ls -d /proc/[0-9]* | wc -l'
grep -q "^$H run --native" <<<"$out" && ! grep -q "$HALITE_TEST_SECRET" <<<"$out" && [ "$(tail -1 <<<"$out")" -le 5 ]
check "/proc is the sandbox's: PID 1 is its init, no host process, the host environment unreachable" $? "$out $err"
attack -- open "/proc/$sleeper/environ"
grep -q '^open failed' <<<"$out"
check "a host process's /proc entry (by host pid) is not there" $? "$out $err"
control open "/proc/$sleeper/environ"
grep -q "$HALITE_TEST_SECRET" <<<"$out"
check "control: natively a process's environment is readable" $? "$out $err"
echo secret >"$tmp/beside.txt"
attack --dir "$tmp/grant:/g" -- open /g/../beside.txt
r1=$(grep -c '^open failed' <<<"$out")
attack --dir "$tmp/grant:/g" -- open "$tmp/beside.txt"
[ "$r1" = 1 ] && grep -q '^open failed' <<<"$out"
check "a file beside a granted directory: not there" $? "$out $err"
control open "$tmp/beside.txt"
grep -q '^open succeeded' <<<"$out"
check "control: natively it opens" $? "$out $err"
native -- /bin/sh -c 'echo h >/proc/sys/kernel/hostname; hostname'
[ "$st" = 0 ] && [ "$out" = halite ] && grep -q 'cannot create /proc/sys/kernel/hostname' <<<"$err"
check "writing /proc/sys (even its own host name): refused (read-only procfs, Landlock)" $? "status $st: $out $err"

# --- programs
cp /bin/true "$tmp/rw/mytrue"
cp /bin/true "$tmp/ro/mytrue"
native --dir "$tmp/rw:/w" -- /w/mytrue
[ "$st" = 126 ] && grep -q 'Permission denied' <<<"$err"
check "execve of a program in a writable grant: refused (noexec, Landlock)" $? "status $st: $err"
native -- /bin/sh -c 'cp /bin/true /tmp/t && /tmp/t'
[ "$st" = 126 ]
check "execve of a program written to /tmp: refused" $? "status $st: $err"
native --dir "$tmp/ro:/r:ro" -- /r/mytrue
check "execve of a program in a read-only grant: allowed (decided: docs/outer.md)" "$st" "$err"
"$tmp/rw/mytrue"
check "control: natively the writable copy runs" $?

# --- processes
attack -- ptrace "$sleeper"
grep -q '^ptrace failed: errno 1$' <<<"$out"
check "ptrace of a host process: refused (EPERM)" $? "$out $err"
attack --allow-syscall ptrace -- ptrace "$sleeper"
grep -q '^ptrace failed: errno 3$' <<<"$out"
check "with --allow-syscall ptrace: no such process (the PID namespace)" $? "$out $err"
control ptrace "$sleeper"
grep -q '^ptrace succeeded' <<<"$out"
check "control: natively the attach works" $? "$out $err"
attack -- kill "$sleeper"
kill -0 "$sleeper" 2>/dev/null && grep -q '^kill failed' <<<"$out"
check "kill of a host process by pid: no such process" $? "$out $err"
native -- /bin/sh -c '/t/native-attacks kill-all; echo after'
kill -0 "$sleeper" 2>/dev/null && kill -0 "$$"
check "kill(-1, SIGKILL): nothing outside the sandbox is hit (a sleeper survives)" $? "$out $err"
start=$(date +%s)
native -- /bin/sh -c 'sleep 20 & exec /t/native-attacks kill-all'
grep -q '^kill succeeded' <<<"$out" && kill -0 "$sleeper" 2>/dev/null && [ $(($(date +%s) - start)) -lt 10 ]
check "control: the same kill(-1) does kill the sandbox's own processes" $? "$out $err"

attack --max-threads 32 -- forks 100
n=$(sed -n 's/^forked \([0-9]*\) of 100.*/\1/p' <<<"$out")
[ -n "$n" ] && [ "$n" -lt 32 ]
check "100 forks under --max-threads 32: fewer than 32 succeed" $? "$out $err"
control forks 100
grep -q '^forked 100 of 100' <<<"$out"
check "control: natively all 100 succeed" $? "$out $err"
start=$(date +%s)
"$H" run --native --dir "$M:/t:ro" --max-threads 32 --timeout 4 /t/native-attacks forkbomb \
	>/dev/null 2>"$tmp/bomb" &
bomb=$!
cg=/sys/fs/cgroup/pids/halite-$bomb
peak=0 seen=0
while kill -0 "$bomb" 2>/dev/null; do
	if [ -e "$cg/pids.current" ]; then
		cur=$(cat "$cg/pids.current" 2>/dev/null || echo 0)
		seen=1
	else # no pids cgroup (not root): count the sandbox's processes
		cur=$(pgrep -c -f 'native-attacks forkbomb')
	fi
	[ "${cur:-0}" -gt "$peak" ] && peak=$cur
	sleep 0.2
done
wait "$bomb"
bst=$?
took=$(($(date +%s) - start))
left=$(pgrep -f 'native-attacks forkbomb' | wc -l)
[ "$bst" = 124 ] && [ "$peak" -le 34 ] && [ "$peak" -ge 20 ] && [ "$took" -lt 15 ] && [ "$left" = 0 ] && /bin/true
check "fork bomb: capped (peak $peak tasks), stopped by --timeout, nothing left, the host keeps running" $? \
	"status $bst after ${took}s, peak $peak, $left left: $(cat "$tmp/bomb")"
if [ "$seen" = 1 ]; then
	[ ! -e "$cg" ]
	check "its pids cgroup is removed" $? "$cg"
fi

# --- the kernel
refused "mount" mount /tmp
control mount "$tmp/nonexistent/dir"
grep -q 'mount failed: errno 2$' <<<"$out"
check "control: natively mount reaches the kernel (ENOENT for a missing directory)" $? "$out $err"
refused "loading a kernel module" init_module
control init_module
! grep -q 'errno 1$' <<<"$out"
check "control: natively init_module reaches the kernel (not EPERM)" $? "$out $err"
refused "creating an AF_INET socket" socket-inet
refused "creating a netlink socket" socket-netlink
attack -- socket-unix
grep -q '^socket succeeded' <<<"$out"
check "AF_UNIX sockets are allowed" $? "$out $err"
control socket-inet
grep -q '^socket succeeded' <<<"$out"
check "control: natively the AF_INET socket is made" $? "$out $err"
refused "unshare" unshare
control unshare
grep -q '^unshare succeeded' <<<"$out"
check "control: natively unshare works" $? "$out $err"
refused "setns" setns
control setns
grep -q '^setns succeeded' <<<"$out"
check "control: natively setns works" $? "$out $err"
refused "clone with CLONE_NEWUSER" clone-newuser
control clone-newuser
grep -q '^clone succeeded' <<<"$out"
check "control: natively it works" $? "$out $err"
refused "ioctl TIOCSTI (typing into the terminal)" tiocsti
control tiocsti
grep -q '^ioctl failed: errno 25$' <<<"$out"
check "control: natively TIOCSTI reaches the kernel (ENOTTY on /dev/null)" $? "$out $err"
for call in 321:bpf 298:perf_event_open 250:keyctl 323:userfaultfd 425:io_uring_setup 246:kexec_load 169:reboot; do
	refused "${call#*:}" syscall "${call%%:*}"
done

# --- limits
attack --dir "$tmp/grant:/g" --max-file-size 1M -- write-file 3000000 /g/big
grep -q 'write failed: errno 27' <<<"$out" && [ "$(stat -c %s "$tmp/grant/big")" -le 1048576 ]
check "writing past --max-file-size fails with EFBIG" $? "$out $err"
attack --dir "$tmp/grant:/g" -- write-file 3000000 /g/big
grep -q 'write succeeded' <<<"$out"
check "control: without it the write succeeds" $? "$out $err"
attack --memory 64M -- memory 512
grep -q 'malloc failed: errno 12' <<<"$out"
check "allocating past --memory fails (RLIMIT_AS)" $? "$out $err"
attack -- memory 512
grep -q 'malloc succeeded' <<<"$out"
check "control: without --memory the same allocation succeeds" $? "$out $err"
start=$(date +%s)
attack --cpu-time 1 -- spin
took=$(($(date +%s) - start))
{ [ "$st" = 152 ] || [ "$st" = 137 ]; } && grep -q 'CPU time limit of 1 s exceeded' <<<"$err" && [ "$took" -lt 10 ]
check "spinning past --cpu-time stops the program" $? "status $st after ${took}s: $err"
start=$(date +%s)
native --timeout 1 -- /bin/sleep 20
took=$(($(date +%s) - start))
[ "$st" = 124 ] && grep -q 'timed out after 1 s' <<<"$err" && [ "$took" -lt 5 ]
check "--timeout stops the program: status 124" $? "status $st after ${took}s: $err"

# --- reports and the policy's options
attack --trace-denied -- socket-inet
grep -q '^socket failed: errno 1$' <<<"$out" &&
	grep -qE '^halite run: refused socket\(0x2, 0x1, 0x0, .*\) by pid 2 \(host pid [0-9]+\)$' <<<"$err"
check "--trace-denied reports the refused call with its arguments; the program gets EPERM" $? "$out $err"
native --trace-denied -- /bin/sh -c '/t/native-attacks unshare; /t/native-attacks mount /tmp; /t/native-attacks syscall 321'
grep -q 'refused unshare(0x10000000' <<<"$err" && grep -q 'refused mount(' <<<"$err" && grep -q 'refused bpf(' <<<"$err" &&
	[ "$(grep -c 'failed: errno 1$' <<<"$out")" = 3 ]
check "--trace-denied names each refused call, from every process" $? "$out $err"
attack -- socket-inet
! grep -q 'refused' <<<"$err"
check "without --trace-denied nothing is reported" $? "$err"
attack --allow-syscall socket -- socket-inet
grep -q '^socket succeeded' <<<"$out"
check "--allow-syscall socket widens the policy" $? "$out $err"
attack --allow-syscall 272 -- unshare
grep -q '^unshare succeeded' <<<"$out"
check "--allow-syscall takes a number too (272: unshare)" $? "$out $err"
"$H" run --native --allow-syscall nosuchcall /bin/true >/dev/null 2>"$tmp/err"
[ $? = 125 ] && grep -q 'not an x86-64 system call' "$tmp/err"
check "--allow-syscall with an unknown name: refused" $? "$(cat "$tmp/err")"
"$H" run --allow-syscall socket "$B/examples/hello" >/dev/null 2>"$tmp/err"
[ $? = 125 ] && grep -q 'needs --native' "$tmp/err"
check "--allow-syscall without --native: refused" $? "$(cat "$tmp/err")"
"$H" run --trace-denied "$B/examples/hello" >/dev/null 2>"$tmp/err"
[ $? = 125 ] && grep -q 'needs --native' "$tmp/err"
check "--trace-denied without --native: refused" $? "$(cat "$tmp/err")"
"$H" run --native --no-outer-sandbox /bin/true >/dev/null 2>"$tmp/err"
[ $? = 125 ]
check "--native with --no-outer-sandbox: refused" $? "$(cat "$tmp/err")"

exit 0
