#!/usr/bin/env bash
# Validates the code of relocatable objects (.o) made by halite-cc: each
# executable section with bytes is extracted (objcopy -O binary -j SECTION)
# and checked with `halite validate --raw --addr 0x20000`. An object's
# unresolved calls and RIP-relative references hold zero displacements, so
# they point at the next instruction, which is a valid target.
#
# usage: check-objects.sh [-q] OBJECT...
# Prints one line per object: "valid OBJ", or for the first violation
# "invalid OBJ: SECTION+0xOFFSET: `DISASSEMBLY`: RULE" (-q: only the invalid
# ones). Exit status 0 if all are valid,
# 2 if some are not, 1 on a usage or tool error.
# HALITE names the validator (default: build/bin/halite of this tree).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
H=${HALITE:-$top/build/bin/halite}
quiet=0
if [ "${1:-}" = -q ]; then
	quiet=1
	shift
fi
if [ ! -x "$H" ]; then
	echo "check-objects: validator $H not built" >&2
	exit 1
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/halite-check.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT

status=0
for obj in "$@"; do
	# Executable sections with bytes: name and size from readelf.
	secs=$(readelf -SW "$obj" 2>/dev/null | sed -n 's/^ *\[ *[0-9]*\] *//p' |
		awk '$2 == "PROGBITS" && $7 ~ /X/ && $5 !~ /^0+$/ { print $1 }')
	if ! readelf -h "$obj" >/dev/null 2>&1; then
		echo "invalid $obj: not an ELF object"
		status=2
		continue
	fi
	bad=
	for s in $secs; do
		if ! objcopy -O binary -j "$s" "$obj" "$T/code.bin" 2>"$T/err"; then
			bad="$s: objcopy failed: $(head -1 "$T/err")"
			break
		fi
		"$H" validate --raw --addr 0x20000 --max-errors 1 --json "$T/code.bin" >"$T/out" 2>"$T/err"
		rc=$?
		if [ $rc -eq 2 ]; then
			# The first violation: offset, disassembly and rule text.
			bad=$(sed -nE 's/.*"offset": ([0-9]+), [^}]*"disassembly": "([^"]*)", [^}]*"message": "([^"]*)".*/\1\t\2\t\3/p' "$T/out")
			off=$(printf '%s' "$bad" | cut -f1)
			dis=$(printf '%s' "$bad" | cut -f2)
			msg=$(printf '%s' "$bad" | cut -f3)
			bad=$(printf '%s+0x%x: `%s`: %s' "$s" "${off:-0}" "$dis" "$msg")
			break
		elif [ $rc -ne 0 ]; then
			bad="$s: validator failed: $(head -1 "$T/err")"
			break
		fi
	done
	if [ -n "$bad" ]; then
		echo "invalid $obj: $bad"
		status=2
	elif [ $quiet -eq 0 ]; then
		echo "valid $obj"
	fi
done
exit $status
