#!/usr/bin/env bash
# Runs the libFuzzer validator target. Usage:
#   run_fuzz.sh FUZZER CORPUS_DIR ARTIFACT_DIR SECONDS [JOBS] [extra libFuzzer flags...]
# With JOBS > 1, libFuzzer's fork mode runs that many processes. Prints
# the executions and the corpus size at the end; exits non-zero if the
# fuzzer found a crash (the input is saved in ARTIFACT_DIR).
set -u
fuzzer=$1 corpus=$2 artifacts=$3 seconds=$4 jobs=${5:-1}
shift 4
[ $# -gt 0 ] && shift
mkdir -p "$corpus" "$artifacts"
log=$artifacts/fuzz-$(date +%Y%m%d-%H%M%S)-$$.log
before=$(find "$corpus" -type f | wc -l)
args=(-max_total_time="$seconds" -print_final_stats=1 -max_len=4097 -use_value_profile=1
	-artifact_prefix="$artifacts/" -timeout=20)
[ "$jobs" -gt 1 ] && args+=(-fork="$jobs" -ignore_crashes=0)
marker=$(mktemp)
dict=$(dirname "$0")/validator.dict
[ -r "$dict" ] && args+=(-dict="$dict")
echo "fuzz: $fuzzer for ${seconds}s on $corpus ($before files), log $log"
start=$(date +%s)
"$fuzzer" "${args[@]}" "$@" "$corpus" >"$log" 2>&1 &
pid=$!
# progress: one line a minute
while kill -0 $pid 2>/dev/null; do
	sleep 60 &
	wait $! 2>/dev/null
	kill -0 $pid 2>/dev/null && grep -E '^#[0-9]+' "$log" | tail -1 | sed 's/^/fuzz: /'
done
wait $pid
rc=$?
end=$(date +%s)
after=$(find "$corpus" -type f | wc -l)
execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s += $2} END {print s + 0}')
if [ "$execs" -eq 0 ]; then
	# fork mode prints no final stats: take the last status line
	execs=$(grep -E '^#[0-9]+' "$log" | tail -1 | sed 's/^#\([0-9]*\).*/\1/')
fi
echo "fuzz: status $rc after $((end - start))s"
echo "fuzz: executions: ${execs:-0} ($(( ${execs:-0} / ( end - start > 0 ? end - start : 1 ) ))/s)"
echo "fuzz: corpus: $after files ($((after - before)) new) in $corpus"
grep -E 'ORACLE VIOLATION|ERROR: AddressSanitizer|runtime error|SUMMARY' "$log" | head -5 | sed 's/^/fuzz: /'
grep -E '^fuzz_validator:' "$log" | sed 's/^/fuzz: /'
find "$artifacts" -newer "$marker" -type f -name '*-*' ! -name 'fuzz-*.log' | sed 's/^/fuzz: new artifact /'
rm -f "$marker"
exit $rc
