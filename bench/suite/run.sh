#!/usr/bin/env bash
# The benchmark suite: halite against native code and WebAssembly (wasm2c as
# RLBox runs it, and V8), side by side, on programs from Debian's source
# packages (bench/suite/build.sh builds them; see there for how).
#
# Workloads (sizes chosen for 0.5-5 s natively on a 2-core Debian 12 VM):
#   zlib-compress     minigzip -6 of a 32 MiB text (SQLite's amalgamation,
#                     then generated words and numbers)
#   zlib-decompress   minigzip -d of that text three times over (96 MiB out)
#   bzip2-compress    bzip2 -c of the first 16 MiB of the text
#   bzip2-decompress  bzip2 -dc of the whole text
#   xz-compress       xz -6 of the first 2 MiB (a 94 MiB encoder)
#   xz-decompress     xz -dc of the whole text
#   sqlite            speedtest1 --memdb --size 40 (its timings dropped from
#                     the output before comparing)
#   lua-fib, lua-binary-trees, lua-n-body, lua-spectral-norm, lua-strings
#                     Lua 5.4 running bench/suite/lua/*.lua
# Every program reads stdin and writes stdout (the compressed or
# decompressed bytes, or what the script prints), in a work directory that
# holds the inputs and the Lua scripts.
#
# Variants (each a whole process, start-up included):
#   native   BUILD/bench/suite/native/PROG
#   halite   halite run --dir RUNDIR --cwd RUNDIR BUILD/bench/suite/halite/PROG
#            (the outer sandbox on, as by default)
#   wasm2c   BUILD/bench/suite/wasm2c/PROG (wasm2c + gcc -O2, bench/suite/wasi)
#   v8       node --no-warnings --no-turbo-fast-api-calls bench/suite/run-wasi.mjs
#            BUILD/bench/suite/wasm/PROG.wasm (why the flag: run-wasi.mjs)
# All variants of a workload run interleaved, RUNS rounds (default 5), each
# round starting one variant further on (bench/suite/runner.c). The output
# of every run is hashed and must match the first native run's: a mismatch,
# or a run that fails, is an error (exit 1, "ERROR" in the table). A variant
# that could not be built is "n/a" in the table, with the reason below it.
#
# Reported per workload: the median wall time natively, and each variant's
# median over native's, then the same for CPU time (user + sys, from wait4:
# less sensitive to other load on the machine, but it counts V8's background
# compiler threads); the last row is the geometric mean of each column's
# ratios (over the workloads where the variant ran). Written to
# RESULTS/suite-DATE.csv and RESULTS/suite-latest.csv (RESULTS: bench/results),
# drawn by gnuplot into RESULTS/suite-latest.png, and printed as a Markdown
# table (also RESULTS/suite-latest.md). No assertions on times.
#
# QUICK=1 (make bench-quick): small inputs, one round, no chart; the CSV goes
# to BUILD/bench/suite/results/suite-quick.csv unless RESULTS is set. Only
# checks that everything runs and agrees.
#
# Environment: BUILD (build), RUNS (5; QUICK: 1), QUICK (0), RESULTS,
# WORKLOADS (names to run, default all), HALITE_FLAGS (extra `halite run`
# options, e.g. --no-outer-sandbox).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
S=$B/bench/suite
SUITE=$top/bench/suite
QUICK=${QUICK:-0}
if [ "$QUICK" = 1 ]; then
	RUNS=${RUNS:-1}
	RESULTS=${RESULTS:-$S/results}
	RUNDIR=$S/run-quick
else
	RUNS=${RUNS:-5}
	RESULTS=${RESULTS:-$top/bench/results}
	RUNDIR=$S/run
fi
case "$RESULTS" in /*) ;; *) RESULTS="$top/$RESULTS" ;; esac
HALITE_FLAGS=${HALITE_FLAGS:-}
VARIANTS=(native halite wasm2c v8)
mkdir -p "$RUNDIR" "$RESULTS" "$S/out"

say() { printf 'bench-suite: %s\n' "$*" >&2; }

# The runner.
RUNNER=$S/runner
if [ ! -x "$RUNNER" ] || [ "$SUITE/runner.c" -nt "$RUNNER" ]; then
	gcc -std=c17 -O2 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
		-D_GNU_SOURCE "$SUITE/runner.c" -o "$RUNNER"
fi

# ---- inputs (made once per work directory, by the native programs) ----
N=$S/native
gen_words() { # BYTES: deterministic lines of words and numbers
	awk -v size="$1" 'BEGIN {
		srand(7)
		n = split("the of and to in is that for it as with was on be by at this from or an are not " \
			"sandbox runtime module validator bundle segment register memory thread signal " \
			"compile link load store branch return call mask address page table entry value", w, " ")
		len = 0
		while (len < size) {
			line = ""
			k = 6 + int(rand() * 10)
			for (i = 0; i < k; i++) line = line w[1 + int(rand() * n)] (rand() < 0.1 ? ", " : " ")
			line = line int(rand() * 100000) "."
			print line
			len += length(line) + 1
		}
	}'
}
# make_input FILE CMD...: FILE from CMD's stdout unless it exists.
make_input() {
	local f=$RUNDIR/$1
	shift
	[ -s "$f" ] && return 0
	"$@" >"$f.tmp" && mv "$f.tmp" "$f"
}
if [ "$QUICK" = 1 ]; then MIB=4; else MIB=32; fi
amalg=$S/src/sqlite/sqlite3.c
[ -f "$amalg" ] || { say "error: $amalg missing (bench/suite/build.sh)"; exit 1; }
for p in minigzip bzip2 xz; do
	[ -x "$N/$p" ] || { say "error: $N/$p not built (bench/suite/build.sh)"; exit 1; }
done
say "inputs in ${RUNDIR#"$top"/} (once)"
if [ ! -s "$RUNDIR/text.in" ]; then
	{ cat "$amalg"; gen_words $((MIB << 20)); } >"$RUNDIR/text.tmp"
	head -c $((MIB << 20)) "$RUNDIR/text.tmp" >"$RUNDIR/text.in"
	rm -f "$RUNDIR/text.tmp"
fi
make_input text16.in head -c $((MIB << 19)) "$RUNDIR/text.in"
make_input text2.in head -c $((MIB << 16)) "$RUNDIR/text.in"
make_input text.gz bash -c "cat '$RUNDIR/text.in' '$RUNDIR/text.in' '$RUNDIR/text.in' | '$N/minigzip' -6"
make_input text.bz2 "$N/bzip2" -c <"$RUNDIR/text.in"
make_input text.xz "$N/xz" -c -6 <"$RUNDIR/text.in"
cp "$SUITE"/lua/*.lua "$RUNDIR/"

# ---- workloads: NAME PROG STDIN ARGS (full) | ARGS (quick) ----
WL=(
	"zlib-compress|minigzip|text.in|-6|-6"
	"zlib-decompress|minigzip|text.gz|-d|-d"
	"bzip2-compress|bzip2|text16.in|-c|-c"
	"bzip2-decompress|bzip2|text.bz2|-dc|-dc"
	"xz-compress|xz|text2.in|-c -6|-c -6"
	"xz-decompress|xz|text.xz|-dc|-dc"
	"sqlite|speedtest1||--memdb --size 40|--memdb --size 4"
	"lua-fib|lua||fib.lua 35|fib.lua 24"
	"lua-binary-trees|lua||binary-trees.lua 14|binary-trees.lua 8"
	"lua-n-body|lua||n-body.lua 500000|n-body.lua 20000"
	"lua-spectral-norm|lua||spectral-norm.lua 700|spectral-norm.lua 100"
	"lua-strings|lua||strings.lua 12|strings.lua 1"
)
want=" ${WORKLOADS:-} "

# Node before 20 (Debian 12's own nodejs is 18) needs a flag for `wasi`.
NODE_FLAGS="--no-warnings --no-turbo-fast-api-calls"
if command -v node >/dev/null && [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
	NODE_FLAGS+=" --experimental-wasi-unstable-preview1"
fi
cmd_of() { # VARIANT PROG: the command (words) for the variant
	case $1 in
	native) echo "$S/native/$2" ;;
	halite) echo "$B/bin/halite run $HALITE_FLAGS --dir $RUNDIR --cwd $RUNDIR $S/halite/$2" ;;
	wasm2c) echo "$S/wasm2c/$2" ;;
	v8) echo "node $NODE_FLAGS $SUITE/run-wasi.mjs $S/wasm/$2.wasm" ;;
	esac
}
status_of() { # VARIANT PROG: ok, or why not
	local f
	case $1 in
	v8) f=$S/status/$2.wasm ;;
	*) f=$S/status/$2.$1 ;;
	esac
	if [ "$1" = v8 ] && ! command -v node >/dev/null; then echo "n/a: node not installed"; return; fi
	cat "$f" 2>/dev/null || echo "n/a: not built (bench/suite/build.sh)"
}

times=$S/times-$( [ "$QUICK" = 1 ] && echo quick || echo full).tsv
: >"$times"
errlog=$S/stderr.log
: >"$errlog"
notes=()
names=()
t0=$(date +%s)
for w in "${WL[@]}"; do
	IFS='|' read -r name prog stdin full quick <<<"$w"
	[ "$want" = "  " ] || [[ "$want" == *" $name "* ]] || continue
	names+=("$name")
	args=$full
	[ "$QUICK" = 1 ] && args=$quick
	strip=()
	[ "$prog" = speedtest1 ] && strip=(%t)
	in=()
	[ -n "$stdin" ] && in=("<$RUNDIR/$stdin")
	spec=()
	for v in "${VARIANTS[@]}"; do
		st=$(status_of "$v" "$prog")
		if [ "$st" != ok ]; then
			notes+=("$name $v: $st")
			continue
		fi
		[ ${#spec[@]} -eq 0 ] || spec+=(::)
		read -ra cmd <<<"$(cmd_of "$v" "$prog") $args"
		spec+=("$name.$v" "${in[@]}" "${strip[@]}" "${cmd[@]}")
	done
	[ ${#spec[@]} -gt 0 ] || continue
	say "$name: $RUNS round(s) of $(grep -o "$name\.[a-z0-9]*" <<<"${spec[*]}" | sed "s/^$name\.//" | tr '\n' ' ')"
	echo "== $name" >>"$errlog"
	"$RUNNER" -n "$RUNS" -C "$RUNDIR" -e "$errlog" -k "$S/out" -- "${spec[@]}" >>"$times"
done
elapsed=$(($(date +%s) - t0))

# ---- the table ----
nat=$(cat "$S/native.cc" 2>/dev/null || echo "?")
date_s=$(date +%Y-%m-%d)
csv=$RESULTS/suite-$date_s.csv
[ "$QUICK" = 1 ] && csv=$RESULTS/suite-quick.csv
bad=0
awk -F'\t' -v names="${names[*]}" -v runs="$RUNS" -v csv="$csv" -v nat="$nat" '
function median(l,   n, i, j, t, a) {
	n = split(l, a, " ")
	for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{
	split($1, p, "."); w = p[1]; v = p[2]
	wall[w, v] = wall[w, v] " " $3
	cpu[w, v] = cpu[w, v] " " $4
	if ($5 != 0) fail[w, v] = fail[w, v] sprintf(" run %d exited %d;", $2, $5)
	if (v == "native" && $2 == 0 && !((w) in ref)) { ref[w] = $7; refbytes[w] = $6 }
	out[w, v, $2] = $7
	seen[w, v] = 1
}
END {
	nv = split("halite wasm2c v8", V, " ")
	nw = split(names, W, " ")
	print "workload,native_s,halite_x,wasm2c_x,v8_x,halite_s,wasm2c_s,v8_s,native_cpu_s,halite_cpu_x,wasm2c_cpu_x,v8_cpu_x,runs,output_bytes" > csv
	for (i = 1; i <= nw; i++) {
		w = W[i]
		if (!seen[w, "native"]) { print w ",n/a,n/a,n/a,n/a,,,,,n/a,n/a,n/a," runs "," > csv; continue }
		nm = median(wall[w, "native"]); nc = median(cpu[w, "native"])
		line = sprintf("%s,%.3f", w, nm); secs = ""; cpus = ""
		for (k = 1; k <= nv; k++) {
			v = V[k]
			if (!seen[w, v]) { line = line ",n/a"; secs = secs ","; cpus = cpus ",n/a"; continue }
			err = fail[w, v] != "" || fail[w, "native"] != ""
			for (r = 0; r < runs; r++) if (out[w, v, r] != ref[w] || out[w, "native", r] != ref[w]) err = 1
			if (err) { line = line ",ERROR"; secs = secs ","; cpus = cpus ",ERROR"; print "ERROR " w " " v > "/dev/stderr"; continue }
			m = median(wall[w, v]); c = median(cpu[w, v])
			line = line sprintf(",%.3f", m / nm); secs = secs sprintf(",%.3f", m)
			cpus = cpus sprintf(",%.3f", c / nc)
			gs[v] += log(m / nm); gn[v]++
			cs[v] += log(c / nc)
		}
		print line secs sprintf(",%.3f", nc) cpus sprintf(",%d,%d", runs, refbytes[w]) > csv
	}
	line = "geomean,"; cl = ""
	for (k = 1; k <= nv; k++) {
		line = line (gn[V[k]] ? sprintf(",%.3f", exp(gs[V[k]] / gn[V[k]])) : ",n/a")
		cl = cl (gn[V[k]] ? sprintf(",%.3f", exp(cs[V[k]] / gn[V[k]])) : ",n/a")
	}
	print line ",,,," cl "," runs "," > csv
}' "$times" 2>"$S/errors.txt" || true
if [ -s "$S/errors.txt" ]; then
	bad=1
	while read -r _ w v; do
		say "ERROR: $w $v: a run failed or its output differs from native run 0 (stderr: ${errlog#"$top"/}; first outputs: ${S#"$top"/}/out/)"
	done <"$S/errors.txt"
fi

# Markdown, from the CSV.
md() {
	echo "| workload | native (s) | halite | wasm2c | V8 | | halite CPU | wasm2c CPU | V8 CPU |"
	echo "|---|---:|---:|---:|---:|---|---:|---:|---:|"
	awk -F, 'function x(v) { return v ~ /^[0-9.]+$/ ? sprintf("%.2fx", v) : v }
	NR > 1 {
		if ($1 == "geomean")
			printf "| **geomean** | | **%s** | **%s** | **%s** | | **%s** | **%s** | **%s** |\n", x($3), x($4), x($5), x($10), x($11), x($12)
		else
			printf "| %s | %s | %s | %s | %s | | %s | %s | %s |\n", $1, $2 ~ /^[0-9.]+$/ ? sprintf("%.2f", $2) : $2, x($3), x($4), x($5), x($10), x($11), x($12)
	}' "$csv"
}
echo
echo "bench-suite: wall time, median of $RUNS interleaved run(s), as a ratio to native's (lower is"
echo "  better); then the same for CPU time (user + sys of the process and its threads)"
echo "  native: $nat; halite: halite-cc -O2, halite run${HALITE_FLAGS:+ $HALITE_FLAGS};"
echo "  wasm2c: clang-14 wasm32-wasi -O2, wasm2c $(wasm2c --version 2>/dev/null), gcc -O2; V8: node $(node --version 2>/dev/null)"
md | tee "$S/table.md"
for n in "${notes[@]}"; do echo "  $n"; done
echo "bench-suite: CSV ${csv#"$top"/} ($elapsed s of runs)"

if [ "$QUICK" != 1 ]; then
	cp "$csv" "$RESULTS/suite-latest.csv"
	{
		md
		echo
		echo "Median wall time of $RUNS interleaved runs on $(nproc) cores ($(uname -m), $date_s); native: $nat."
		for n in "${notes[@]}"; do echo "- $n"; done
	} >"$RESULTS/suite-latest.md"
	if command -v gnuplot >/dev/null; then
		dat=$S/chart.dat
		awk -F, 'NR > 1 { for (i = 3; i <= 5; i++) if ($i !~ /^[0-9.]+$/) $i = "NaN"; print $1, $3, $4, $5 }' "$csv" >"$dat"
		gnuplot <<EOF || say "gnuplot failed: no chart"
set terminal pngcairo size 1200,560 font "sans,10"
set output "$RESULTS/suite-latest.png"
set title "halite vs WebAssembly: wall time relative to native (lower is better; $date_s, median of $RUNS)"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set ylabel "time / native time"
set yrange [0:*]
set grid ytics
set xtics rotate by -35 left
set key top left
set datafile missing "NaN"
set arrow from graph 0, first 1 to graph 1, first 1 nohead dt 2 lw 1.5 lc rgb "black"
plot "$dat" using 2:xtic(1) title "halite" lc rgb "#1f77b4", \
     "" using 3 title "wasm2c (RLBox-style)" lc rgb "#ff7f0e", \
     "" using 4 title "V8 (node $(node --version 2>/dev/null))" lc rgb "#2ca02c"
EOF
		[ -s "$RESULTS/suite-latest.png" ] && echo "bench-suite: chart ${RESULTS#"$top"/}/suite-latest.png"
	else
		say "gnuplot not installed (bench/suite/deps.sh): no chart"
	fi
fi
[ "$bad" -eq 0 ] || { say "ERROR: failed runs or outputs that differ from native (above)"; exit 1; }
