#!/usr/bin/env bash
# Differential test: the halite decoder (through build/tools/hv-dump) against
# GNU objdump.
#
# Usage: tests/diff/diff_objdump.sh [--full] [-v] [ELF...]
#
#  1. Whitelist test sources tests/validator/insns/*.s: each is assembled,
#     its raw .text extracted and disassembled with objdump (linear sweep).
#     Every instruction objdump lists must be known to hv_decode (HV_D_OK)
#     with the same length. Case "objdump-insns NAME.s".
#  2. Real code: the .text of large binaries (the arguments, or a default
#     list; --full adds more), disassembled the same way. Wherever hv_decode
#     says OK at an offset objdump lists, the lengths must agree, and
#     objdump must not call it "(bad)". Case "objdump-real NAME".
# Mnemonic differences (objdump's AT&T mnemonic, prefixes and size suffix
# removed, against hv_opnames) are printed as information only.
#
# hv-dump is found through $HV_DUMP_BIN (set by tests/diff/diff.mk), else
# build/tools/hv-dump. Output follows tests/run.sh: "ok NAME" / "not ok NAME".
set -u

root=$(cd "$(dirname "$0")/../.." && pwd)
hv_dump=${HV_DUMP_BIN:-$root/build/tools/hv-dump}
full=0
verbose=0
files=()
for a in "$@"; do
	case $a in
	--full) full=1 ;;
	-v) verbose=1 ;;
	-*) echo "usage: $0 [--full] [-v] [ELF...]" >&2; exit 2 ;;
	*) files+=("$a") ;;
	esac
done

if [ ! -x "$hv_dump" ]; then
	echo "not ok objdump-setup: $hv_dump not built (make $hv_dump)"
	exit 1
fi
for t in as objcopy objdump; do
	if ! command -v "$t" >/dev/null; then
		echo "not ok objdump-setup: $t not installed"
		exit 1
	fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

# objdump's linear sweep of a raw code file, one instruction per line:
# OFFSET<TAB>LENGTH<TAB>BYTES<TAB>TEXT
# Two display conventions of objdump are undone, so that each line is one
# instruction as the CPU (and Zydis) sees it:
#  - objdump treats fwait (9b) as a prefix of a following x87 instruction
#    ("9b df e0  fstsw %ax"); architecturally 9b is a one-byte instruction.
#    Such lines are split into "9b fwait" and the rest.
#  - a prefix the next instruction does not use is printed on a line of its
#    own ("46  rex.RX", "67 42  addr32 rex.X"); architecturally it belongs to
#    the next instruction. Such lines are joined to the next line.
# The number of lines changed is printed to the file named by $2.
objdump_list() {
	objdump -D -b binary -m i386:x86-64 --insn-width=15 "$1" |
		awk -F'\t' -v statfile="$2" '
		function hex2dec(h,   i, d, c) {
			d = 0; h = tolower(h)
			for (i = 1; i <= length(h); i++) {
				c = index("0123456789abcdef", substr(h, i, 1))
				d = d * 16 + c - 1
			}
			return d
		}
		function emit(off, n, b, text) {
			if (pend) {
				off = poff; n += pn; b = pb " " b; text = ptext " " text
				pend = 0; joined++
			}
			printf "%x\t%d\t%s\t%s\n", off, n, b, text
		}
		/^ *[0-9a-f]+:\t/ {
			o = $1; sub(/^ */, "", o); sub(/:$/, "", o)
			off = hex2dec(o)
			b = $2; sub(/ +$/, "", b)
			n = split(b, x, " ")
			text = $3; for (i = 4; i <= NF; i++) text = text " " $i
			gsub(/  +/, " ", text); sub(/ +$/, "", text)
			if (x[1] == "9b" && n > 1 || x[1] == "9b" && text != "fwait") {
				emit(off, 1, "9b", "fwait")
				split_fwait++
				if (n == 1)
					next
				off++; n--; b = substr(b, 4)
				split(b, x, " ")
				if (text ~ /^rex(\.[WRXB]+)? /)
					sub(/^rex(\.[WRXB]+)? /, "", text)
			}
			allpfx = 1
			for (i = 1; i <= n; i++)
				if (x[i] !~ /^(4[0-9a-f]|66|67|26|2e|36|3e|64|65|f0|f2|f3)$/)
					allpfx = 0
			if (allpfx && text ~ /^((rex(\.[WRXB]+)?|data16|addr32|cs|ds|es|ss|fs|gs|lock|repz|repnz|rep) ?)+$/) {
				if (pend) { pn += n; pb = pb " " b; ptext = ptext " " text }
				else { pend = 1; poff = off; pn = n; pb = b; ptext = text }
				next
			}
			emit(off, n, b, text)
		}
		END {
			if (pend) printf "%x\t%d\t%s\t%s\n", poff, pn, pb, ptext
			printf "%d %d\n", split_fwait, joined > statfile
		}'
}

# Compares an objdump list with hv-dump at the same offsets.
#   $1 case name, $2 raw code file, $3 mode: strict (every objdump
#   instruction must be known) or okonly (lengths must agree where hv knows).
compare() {
	local name=$1 bin=$2 mode=$3
	objdump_list "$bin" "$tmp/stat" >"$tmp/list"
	local nsplit njoin
	read -r nsplit njoin <"$tmp/stat"
	cut -f1 "$tmp/list" | "$hv_dump" -o "$bin" >"$tmp/hv" 2>"$tmp/hv.err"
	local rc=$?
	if [ $rc -ne 0 ] || [ "$(wc -l <"$tmp/list")" != "$(wc -l <"$tmp/hv")" ]; then
		echo "not ok $name: hv-dump failed (status $rc)"
		sed 's/^/#   /' "$tmp/hv.err" | head -20
		return 1
	fi
	paste "$tmp/list" "$tmp/hv" | awk -F'\t' -v name="$name" -v mode="$mode" -v verbose="$verbose" \
		-v nsplit="$nsplit" -v njoin="$njoin" '
	function strip(m,   w, n, i, r) {
		# drop prefix words objdump prints before the mnemonic
		n = split(m, w, " ")
		for (i = 1; i <= n; i++)
			if (w[i] !~ /^(lock|rep|repz|repe|repnz|repne|data16|data32|addr32|rex(\.[WRXB]+)?|cs|ds|es|ss|fs|gs|notrack|bnd|xacquire|xrelease|\{vex\}|\{vex3\}|\{evex\})$/)
				break
		r = i <= n ? w[i] : m
		return r
	}
	function same(o, m,   s) {
		# objdump mnemonic o names hv mnemonic m (suffixes and aliases)
		if (o == m || o == m "b" || o == m "w" || o == m "l" || o == m "q")
			return 1
		if (m ~ /^f/ && (o == m "s" || o == m "t" || o == m "ll") || m ~ /^v/ && (o == m "x" || o == m "y"))
			return 1
		if (o == "movabs" && m == "mov")
			return 1
		# compare predicates: cmpnlesd = cmpsd $6, vcmpltps = vcmpps $1
		if (o ~ /^v?cmp[a-z_]+(ss|sd|ps|pd)$/ && m ~ /^v?cmp(ss|sd|ps|pd)$/ &&
		    substr(o, 1, 1) == substr(m, 1, 1) && substr(o, length(o) - 1) == substr(m, length(m) - 1))
			return 1
		return 0
	}
	function add(cls, ex) {
		cnt[cls]++
		if (nex[cls] < 3) { nex[cls]++; exs[cls, nex[cls]] = ex }
		nbad++
	}
	{
		total++
		split($5, h, " ")
		ex = sprintf("0x%s: %-30s | objdump: %s | hv: %s", $1, $3, $4, $5)
		om = strip($4)
		if (h[2] == "?") {
			unknown++
			if (mode == "strict")
				add("unknown to hv_decode: " om, ex)
			else if (verbose)
				ucnt[om]++
			next
		}
		known++
		if ($4 ~ /^\(bad\)/) { add("objdump says (bad), hv: " h[3], ex); next }
		if (h[2] != $2) { add("length objdump:" om " hv:" h[3], ex); next }
		# mnemonic comparison: information only
		if (same(om, h[3]))
			next
		{
			mk = "objdump:" om " hv:" h[3]
			if (!(mk in mcnt)) { mex[mk] = ex; morder[++nm] = mk }
			mcnt[mk]++
		}
	}
	END {
		info = sprintf("%d instructions, %d known to hv_decode", total, known)
		if (nsplit || njoin)
			info = info sprintf("; objdump lines normalised: %d fwait split, %d lone prefixes joined", nsplit, njoin)
		if (nbad == 0)
			printf "ok %s # %s\n", name, info
		else {
			printf "not ok %s: %d disagreements (%s)\n", name, nbad, info
			# classes by count
			nc = 0
			for (c in cnt) cls[++nc] = c
			for (i = 1; i <= nc; i++) for (j = i + 1; j <= nc; j++)
				if (cnt[cls[j]] > cnt[cls[i]]) { t = cls[i]; cls[i] = cls[j]; cls[j] = t }
			for (i = 1; i <= nc && i <= 60; i++) {
				printf "#   [%d x] %s\n", cnt[cls[i]], cls[i]
				for (k = 1; k <= nex[cls[i]]; k++) printf "#       %s\n", exs[cls[i], k]
			}
			if (nc > 60) printf "#   ... %d more classes\n", nc - 60
		}
		if (nm) {
			for (i = 1; i <= nm; i++) for (j = i + 1; j <= nm; j++)
				if (mcnt[morder[j]] > mcnt[morder[i]]) { t = morder[i]; morder[i] = morder[j]; morder[j] = t }
			printf "# %s: mnemonic differs (information, not a failure): %d kinds\n", name, nm
			for (i = 1; i <= nm && i <= (verbose ? 1000 : 15); i++)
				printf "#   [%d x] %s   e.g. %s\n", mcnt[morder[i]], morder[i], mex[morder[i]]
		}
		if (verbose && unknown) {
			printf "# %s: %d instructions unknown to hv_decode\n", name, unknown
		}
		exit nbad ? 1 : 0
	}'
}

# 1. The whitelist test sources.
shopt -s nullglob
srcs=("$root"/tests/validator/insns/*.s)
if [ ${#srcs[@]} -eq 0 ]; then
	echo "# no tests/validator/insns/*.s yet"
fi
for s in "${srcs[@]}"; do
	b=$(basename "$s" .s)
	if ! as --64 -o "$tmp/$b.o" "$s" 2>"$tmp/as.err"; then
		echo "not ok objdump-insns $b.s: does not assemble"
		sed 's/^/#   /' "$tmp/as.err" | head -20
		failed=1
		continue
	fi
	objcopy -O binary --only-section=.text "$tmp/$b.o" "$tmp/$b.bin"
	if [ ! -s "$tmp/$b.bin" ]; then
		echo "not ok objdump-insns $b.s: empty .text"
		failed=1
		continue
	fi
	compare "objdump-insns $b.s" "$tmp/$b.bin" strict || failed=1
done

# 2. Real binaries.
if [ ${#files[@]} -eq 0 ]; then
	files=(/usr/lib/x86_64-linux-gnu/libc.so.6
		/usr/lib/x86_64-linux-gnu/libm.so.6
		/usr/lib/x86_64-linux-gnu/libcrypto.so.3)
	if [ $full -eq 1 ]; then
		files+=(/usr/lib/x86_64-linux-gnu/libstdc++.so.6 /usr/bin/gdb /usr/bin/python3.11 /usr/bin/bash /usr/bin/perl
			/usr/lib/gcc/x86_64-linux-gnu/12/cc1
			/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1)
	fi
fi
nreal=0
for f in "${files[@]}"; do
	if [ ! -r "$f" ]; then
		echo "# skip $f: not present"
		continue
	fi
	b=$(basename "$f")
	if ! objcopy -O binary --only-section=.text "$f" "$tmp/real.bin" 2>"$tmp/oc.err" ||
		[ ! -s "$tmp/real.bin" ]; then
		echo "not ok objdump-real $b: cannot extract .text"
		failed=1
		continue
	fi
	nreal=$((nreal + 1))
	compare "objdump-real $b" "$tmp/real.bin" okonly || failed=1
	rm -f "$tmp/real.bin"
done
[ $nreal -eq 0 ] && echo "# no real binaries found"

exit $failed
