#!/usr/bin/env bash
# Tests of the outer sandbox (src/outer/). Attacks come from a module with
# a raw host system-call hook (build/tests/halite-rawsys, a test build of
# halite): each must be stopped with a clear message while the host is
# unaffected; run without the outer sandbox, the same attack gets through
# (so each case can fail). Prints "ok NAME" / "not ok NAME: detail".
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
CC="$B/bin/halite-cc"
H="$B/bin/halite"
RAW="$B/tests/halite-rawsys"
M="$B/tests/outer"
mkdir -p "$M"
tmp=$(mktemp -d)
listener=
cleanup() {
	[ -n "$listener" ] && kill "$listener" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT

ok() { echo "ok $1"; }
nok() { echo "not ok $1${2:+: $2}"; }
check() { if [ "$2" -eq 0 ]; then ok "$1"; else nok "$1" "${3:-}"; fi; }

for f in "$CC" "$H" "$RAW"; do
	[ -x "$f" ] || { echo "not ok setup: $f not built (make)"; exit 1; }
done
if [ ! -e "$M/attacks.elf" ] || [ "$top/tests/outer/attacks.c" -nt "$M/attacks.elf" ] || [ "$CC" -nt "$M/attacks.elf" ]; then
	"$CC" -O2 -o "$M/attacks.elf" "$top/tests/outer/attacks.c" || { nok "build attacks"; exit 1; }
fi
if [ ! -e "$M/thread.elf" ] || [ "$CC" -nt "$M/thread.elf" ]; then
	cat >"$tmp/thread.c" <<'EOF'
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static void *nap(void *arg) { (void)arg; sleep(1); return NULL; }
int main(void)
{
	pthread_t t;
	int r = pthread_create(&t, NULL, nap, NULL);
	if (r) { printf("pthread_create failed: %d\n", r); return 1; }
	pthread_join(t, NULL);
	puts("thread made");
	return 0;
}
EOF
	"$CC" -O2 -pthread -o "$M/thread.elf" "$tmp/thread.c" || { nok "build thread"; exit 1; }
fi
if [ ! -e "$M/sleep.elf" ] || [ "$CC" -nt "$M/sleep.elf" ]; then
	printf '#include <unistd.h>\nint main(void){ sleep(3); return 0; }\n' >"$tmp/sleep.c"
	"$CC" -O2 -o "$M/sleep.elf" "$tmp/sleep.c" || { nok "build sleep"; exit 1; }
fi

# attack NAME [HALITE-OPTIONS...] -- ATTACK ARGS: runs through the hook.
attack() {
	local opts=()
	while [ "$1" != -- ]; do opts+=("$1"); shift; done
	shift
	"$RAW" run "${opts[@]}" "$M/attacks.elf" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	st=$?
	out=$(cat "$tmp/out")
	err=$(cat "$tmp/err")
}

# stopped NAME SYSCALL ATTACK...: the filter stops it, naming the call;
# without the outer sandbox the call is made (it does not print "stopped").
stopped() {
	local name=$1 call=$2
	shift 2
	attack -- "$@"
	[ "$st" = 159 ] && grep -q "refused system call $call(" "$tmp/err" && ! grep -q succeeded "$tmp/out"
	check "$name: stopped by seccomp with a report" $? "status $st: $out $err"
}

attack -- probe
check "the raw hook works, and the process is PID 1 of its own namespace" \
	"$([ "$st" = 0 ] && grep -q '^getpid succeeded: 1$' "$tmp/out"; echo $?)" "status $st: $out $err"
attack --no-outer-sandbox -- open /etc/hostname
check "control: without the outer sandbox the hook opens host files" \
	"$([ "$st" = 1 ] && grep -q 'open succeeded' "$tmp/out"; echo $?)" "status $st: $out $err"

# --- the network: a server listening on the host's loopback
port=$((20000 + RANDOM % 20000))
python3 -c "
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', $port)); s.listen(1); open('$tmp/listening', 'w').write('yes')
c, _ = s.accept(); open('$tmp/connected', 'w').write('yes')
" &
listener=$!
for _ in $(seq 100); do [ -e "$tmp/listening" ] && break; sleep 0.05; done
attack -- connect "$port"
[ "$st" = 159 ] && grep -q 'refused system call socket(' "$tmp/err" && [ ! -e "$tmp/connected" ]
check "connect to a server on the host's loopback: stopped" $? "status $st: $out $err"
attack --no-outer-sandbox -- connect "$port"
for _ in $(seq 40); do [ -e "$tmp/connected" ] && break; sleep 0.05; done
[ -e "$tmp/connected" ]
check "control: without the outer sandbox the connection is made" $? "status $st: $out $err"

# --- files
stopped "open /etc/shadow" openat open /etc/shadow
stopped "open /proc/1/environ" openat open /proc/1/environ
attack -- openat2 /etc/shadow
[ "$st" = 0 ] && grep -q 'openat2 failed' "$tmp/out"
check "openat2 /etc/shadow (the call the runtime may make): fails, the root is empty" $? "$out $err"
attack -- openat2 /proc/1/environ
[ "$st" = 0 ] && grep -q 'openat2 failed' "$tmp/out"
check "openat2 /proc/1/environ: fails" $? "$out $err"
mkdir -p "$tmp/grant"
echo secret >"$tmp/beside.txt"
attack --dir "$tmp/grant:/g" -- beside beside.txt
[ "$st" = 0 ] && grep -q '^beside failed' "$tmp/out"
check "a file beside a granted directory: refused by Landlock" $? "$out $err"
attack --no-outer-sandbox --dir "$tmp/grant:/g" -- beside beside.txt
grep -q '^beside succeeded' "$tmp/out"
check "control: without the outer sandbox it is reachable" $? "$out $err"

# --- processes and the kernel
stopped "ptrace of another process" ptrace ptrace 1
stopped "execve" execve execve
stopped "fork bomb (fork)" fork fork
stopped "fork bomb (clone of a process)" clone clone-process
stopped "kill(-1, SIGKILL)" kill kill-all
stopped "signal to another process" tgkill tgkill-other $$
stopped "mount" mount mount
stopped "loading a kernel module" init_module init_module
stopped "creating a socket" socket socket
stopped "unshare" unshare unshare
stopped "setns" setns setns
stopped "executable memory outside the slot" mmap mmap-exec
stopped "executable memory at a hint inside the slot (the kernel maps it elsewhere)" mmap mmap-exec-hint
attack --no-zero-base -- mmap-exec
[ "$st" = 159 ] && grep -q "refused system call mmap(" "$tmp/err" && ! grep -q succeeded "$tmp/out"
check "executable memory outside the slot, slot not at 0: stopped by seccomp" $? "status $st: $out $err"
stopped "mprotect(PROT_EXEC) reaching past the slot" mprotect mprotect-exec-past-slot
stopped "taking the SIGSYS handler away" rt_sigaction sigsys

# --- limits
attack --dir "$tmp/grant:/g" --max-file-size 1M -- write-file 3000000 /g/big
[ "$st" = 0 ] && grep -q 'write failed: errno 27' "$tmp/out" && [ "$(stat -c %s "$tmp/grant/big")" -le 1048576 ]
check "writing past --max-file-size fails with EFBIG" $? "$out $err"
attack --memory 64M -- memory 512
[ "$st" = 0 ] && grep -q 'mmap failed: errno 12' "$tmp/out"
check "host memory past --memory: refused by the kernel (RLIMIT_DATA)" $? "$out $err"
attack -- memory 512
check "control: without --memory the same allocation succeeds" \
	"$(grep -q 'mmap succeeded' "$tmp/out"; echo $?)" "$out $err"
start=$(date +%s)
attack --cpu-time 1 -- spin
took=$(($(date +%s) - start))
{ [ "$st" = 152 ] || [ "$st" = 137 ]; } && grep -q 'CPU time limit of 1 s exceeded' "$tmp/err" && [ "$took" -lt 10 ]
check "spinning past --cpu-time stops the process" $? "status $st after ${took}s: $err"

# sandboxed_child RUNNER: sets child to the pid of RUNNER's child once
# it runs under the system-call filter (up to 5 s; empty if never seen).
sandboxed_child() {
	child=
	for _ in $(seq 50); do
		sleep 0.1
		child=$(pgrep -P "$1" | head -1)
		[ -n "$child" ] && grep -q '^Seccomp:	2' "/proc/$child/status" 2>/dev/null && return
	done
}

# --- signals to `halite run`: its child is PID 1 of a namespace, which
# the kernel shields from signals it has no handler for, so the supervisor
# must end the sandbox itself. A background job of this script starts with
# SIGINT and SIGQUIT ignored: env --default-signal undoes that.
# stop_by SIG [launcher...]: spins, is sent SIG, must end of it within 10 s
# and leave no process behind.
stop_by() {
	local sig=$1 num
	shift
	num=$(kill -l "$sig")
	"$@" "$H" run "$M/attacks.elf" spin >"$tmp/out" 2>"$tmp/err" </dev/null &
	local runner=$! child i
	sandboxed_child "$runner"
	kill "-$sig" "$runner"
	for i in $(seq 100); do
		kill -0 "$runner" 2>/dev/null || break
		sleep 0.1
	done
	if [ "$i" = 100 ]; then
		kill -KILL "$runner" "$child" 2>/dev/null
		wait "$runner" 2>/dev/null
		nok "SIG$sig to halite run ends the sandbox" "still running 10 s later"
		return
	fi
	wait "$runner" 2>/dev/null # no "Hangup" from bash
	st=$?
	[ "$st" = $((128 + num)) ] && [ -n "$child" ] && ! kill -0 "$child" 2>/dev/null
	check "SIG$sig to halite run ends the sandbox and halite run dies of it" $? \
		"status $st (expected $((128 + num))), child ${child:-never seen}: $(cat "$tmp/err")"
}
stop_by TERM
stop_by HUP
stop_by INT env --default-signal=INT
# ^Z: SIGTSTP stops the sandbox with halite run (the namespace's init
# drops it too), SIGCONT resumes both.
state() { awk '{print $3}' "/proc/$1/stat" 2>/dev/null; }
"$H" run "$M/attacks.elf" spin >/dev/null 2>&1 </dev/null &
runner=$!
sandboxed_child "$runner"
kill -TSTP "$runner"
for _ in $(seq 50); do
	[ "$(state "$child")" = T ] && [ "$(state "$runner")" = T ] && break
	sleep 0.1
done
stopped_states="$(state "$runner") $(state "$child")"
kill -CONT "$runner"
for _ in $(seq 50); do
	[ "$(state "$child")" = R ] && break
	sleep 0.1
done
resumed_states="$(state "$runner") $(state "$child")"
kill -TERM "$runner"
wait "$runner"
[ "$stopped_states" = "T T" ] && [ "${resumed_states#* }" = R ]
check "SIGTSTP stops the spinning sandbox with halite run, SIGCONT resumes it" $? \
	"after TSTP: halite run, sandbox: $stopped_states; after CONT: $resumed_states"
# nohup's way: a signal ignored when halite run starts stays ignored.
(
	trap '' HUP
	exec "$H" run "$M/sleep.elf"
) &
runner=$!
sleep 0.5
kill -HUP "$runner"
wait "$runner"
st=$?
check "SIGHUP ignored on entry (nohup) stays ignored: the module runs to its end" $st "status $st"

# --- unprivileged: the same layers through a user namespace
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
	chmod 755 "$tmp" && mkdir -p "$tmp/nobody" && chmod 777 "$tmp/nobody"
	setpriv --reuid=65534 --regid=65534 --clear-groups "$RAW" run --dir "$tmp/nobody:/n" \
		"$M/attacks.elf" probe >"$tmp/out" 2>"$tmp/err"
	st=$?
	[ "$st" = 0 ] && grep -q '^getpid succeeded: 1$' "$tmp/out"
	check "unprivileged (uid 65534): the outer sandbox is set up through a user namespace" $? \
		"status $st: $(cat "$tmp/out" "$tmp/err")"
	setpriv --reuid=65534 --regid=65534 --clear-groups "$RAW" run "$M/attacks.elf" socket \
		>"$tmp/out" 2>"$tmp/err"
	st=$?
	[ "$st" = 159 ] && grep -q 'refused system call socket(' "$tmp/err"
	check "unprivileged: attacks are stopped the same way" $? "status $st: $(cat "$tmp/err")"
else
	ok "unprivileged runs # skip not root or no setpriv"
fi

# --- the layers, seen from outside
"$H" run "$M/sleep.elf" &
runner=$!
sandboxed_child "$runner"
status=$(cat "/proc/$child/status" 2>/dev/null)
grep -q '^Seccomp:	2' <<<"$status" && grep -q '^NoNewPrivs:	1' <<<"$status" &&
	grep -qE '^NSpid:	[0-9]+	1$' <<<"$status"
check "the sandboxed process: Seccomp 2, NoNewPrivs 1, PID 1 in its namespace" $? "$status"
same=0
for ns in user mnt net pid ipc uts; do
	[ "$(readlink "/proc/$child/ns/$ns")" = "$(readlink "/proc/self/ns/$ns")" ] && same=1
done
check "the sandboxed process is in its own user, mount, network, PID, IPC and UTS namespaces" $same
# in_cap_cgroup PID: PID is in a pids cgroup halite-N that has a pids.max.
in_cap_cgroup() {
	grep -qE ':pids:.*/halite-[0-9]+$' "/proc/$1/cgroup" &&
		[ -n "$(cat /sys/fs/cgroup/pids/*/halite-*/pids.max /sys/fs/cgroup/pids/halite-*/pids.max 2>/dev/null)" ]
}
if [ "$(id -u)" = 0 ] && grep -q ':pids:' /proc/self/cgroup; then
	# The supervisor moves the child in while it runs: give it 2 s.
	for _ in $(seq 20); do in_cap_cgroup "$child" && break; sleep 0.1; done
	in_cap_cgroup "$child"
	check "its tasks are capped by a pids cgroup" $? "$(cat "/proc/$child/cgroup" 2>/dev/null)"
else
	ok "pids cgroup cap # skip not root or no pids controller (RLIMIT_NPROC instead)"
fi

root=$(awk '$5 == "/" {print $0}' "/proc/$child/mountinfo" 2>/dev/null)
grep -q ' ro,' <<<"$root" && grep -q 'tmpfs' <<<"$root" && [ "$(wc -l <"/proc/$child/mountinfo")" = 1 ]
check "its root is one empty read-only tmpfs" $? "$(cat "/proc/$child/mountinfo" 2>/dev/null)"
wait "$runner"
check "the module ends normally under all layers" $?

# --- the task cap's gate: the module runs while the supervisor moves the
# process into the pids cgroup, but makes no thread until the move is done.
# The test build's HALITE_TEST_CAP_MOVE=delay holds the move back 3 s.
if [ "$(id -u)" = 0 ] && grep -q ':pids:' /proc/self/cgroup; then
	HALITE_TEST_CAP_MOVE=delay "$RAW" run "$M/thread.elf" >"$tmp/gate-out" 2>"$tmp/gate-err" &
	gated=$!
	sandboxed_child "$gated"
	tasks=$(ls "/proc/$child/task" 2>/dev/null | wc -l)
	state=$(grep '^State:' "/proc/$child/status" 2>/dev/null)
	! in_cap_cgroup "$child" && [ "$tasks" = 1 ] && ! grep -q zombie <<<"$state"
	check "before the move into the pids cgroup, the module's first thread waits" $? \
		"tasks $tasks, $state, $(grep pids "/proc/$child/cgroup" 2>/dev/null)"
	wait "$gated"
	st=$?
	[ "$st" = 0 ] && grep -q '^thread made$' "$tmp/gate-out"
	check "after the move the thread is made and the module ends" $? \
		"status $st: $(cat "$tmp/gate-out" "$tmp/gate-err")"
	HALITE_TEST_CAP_MOVE=fail "$RAW" run "$M/thread.elf" >"$tmp/gate-out" 2>"$tmp/gate-err"
	st=$?
	[ "$st" = 125 ] && grep -q 'cannot move the process into its pids cgroup' "$tmp/gate-err" &&
		! grep -q 'thread made' "$tmp/gate-out"
	check "a failed move into the pids cgroup stops the sandbox (status 125)" $? \
		"status $st: $(cat "$tmp/gate-out" "$tmp/gate-err")"
	# --native: init sets up while it is moved, but forks the program only
	# after the move (a move takes one process, not its children).
	HALITE_TEST_CAP_MOVE=delay "$RAW" run --native /bin/sh -c 'grep :pids: /proc/self/cgroup' \
		>"$tmp/gate-out" 2>"$tmp/gate-err"
	st=$?
	[ "$st" = 0 ] && grep -qE ':pids:.*/halite-[0-9]+$' "$tmp/gate-out"
	check "--native: the program starts inside the pids cgroup, after the move" $? \
		"status $st: $(cat "$tmp/gate-out" "$tmp/gate-err")"
else
	ok "the task cap's gate # skip not root or no pids controller"
fi
exit 0
