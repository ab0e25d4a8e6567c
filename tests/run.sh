#!/usr/bin/env bash
# Runs each test program given as an argument. A program reports one line
# per case: "ok NAME" or "not ok NAME". A program that exits non-zero without
# reporting a failure counts as one failed case. Ends with "N passed, N failed".
set -u
passed=0 failed=0
# One directory per run, so concurrent runs never read each other's logs.
log_dir=${TEST_LOG_DIR:-build/test-logs/run-$$}
mkdir -p "$log_dir"
for prog in "$@"; do
	name=$(basename "$prog")
	log="$log_dir/$name.log"
	"$prog" >"$log" 2>&1 </dev/null
	rc=$?
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^not ok ' "$log")
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
		echo "not ok $name: exited with status $rc" >>"$log"
	fi
	if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
		f=1
		echo "not ok $name: ran no case" >>"$log"
	fi
	passed=$((passed + p))
	failed=$((failed + f))
	if [ "$f" -ne 0 ]; then
		echo "FAIL $name ($p passed, $f failed); log: $log"
		grep '^not ok ' "$log" | head -20 | sed 's/^/  /'
	else
		echo "pass $name ($p cases)"
	fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
