# Reading the runner's output (bench/suite/runner.c: LABEL RUN WALL CPU
# STATUS BYTES HASH, tab-separated), for the scripts that source this file
# (analyze.sh, unsafe.sh).

med() { # LABEL FILE [COLUMN]: the median of LABEL's runs in FILE (column 3, wall seconds; 4: CPU)
	awk -F'\t' -v l="$1" -v c="${3:-3}" '$1 == l { a[++n] = $c } END {
		for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
		printf "%.4f", n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }' "$2"
}

check_same() { # FILE: every run of every label printed the same bytes
	awk -F'\t' '{ if ($5 != 0) bad = bad " " $1 "(exit " $5 ")"; h[$7] = 1 }
		END { n = 0; for (k in h) n++; if (n != 1 || bad != "") { print "  WARNING: outputs differ or runs failed:" bad; exit 1 } }' "$1"
}
