#!/usr/bin/env bash
# Tests of `halite validate`, run against the ASan/UBSan build. Prints
# "ok NAME" or "not ok NAME" per case. Run from the repository top, or set
# HALITE_SAN_BIN to the binary.
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
H=${HALITE_SAN_BIN:-$top/build/tests/halite-san}
if [ ! -x "$H" ]; then
	echo "not ok setup: $H not built (make $H)"
	exit 1
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

T=$(mktemp -d "${TMPDIR:-/tmp}/halite-test.XXXXXX")
trap 'rm -rf "$T"' EXIT

failed=0
ok() { echo "ok $1"; }
nok() {
	echo "not ok $1${2:+: $2}"
	failed=$((failed + 1))
}

# run ARGS...: runs halite, sets $rc, $out (stdout) and $err (stderr).
# Any sanitizer report or death by signal fails the case "sanitizer-...".
run() {
	"$H" "$@" >"$T/out" 2>"$T/err"
	rc=$?
	out=$(cat "$T/out")
	err=$(cat "$T/err")
	if [ "$rc" -ge 128 ] || grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' "$T/err"; then
		nok "sanitizer-clean($*)" "rc=$rc $(head -c 2000 "$T/err")"
	fi
}

# check NAME CONDITION...: "ok NAME" if the command succeeds; on failure
# shows the last halite run.
check() {
	local name=$1
	shift
	if "$@"; then
		ok "$name"
	else
		nok "$name" "rc=$rc stdout=[$(printf %s "$out" | head -c 600)] stderr=[$(printf %s "$err" | head -c 600)]"
	fi
}

has() { printf '%s' "$1" | grep -qE -- "$2"; }
json_ok() { printf '%s' "$1" | python3 -c 'import json,sys; json.load(sys.stdin)' 2>/dev/null; }

# One violation line: FILE:0xOFFSET: <hex bytes>  <disassembly>: <rule text>
LINE_RE='^[^ ]+:0x[0-9a-f]+: [0-9a-f]{2}( [0-9a-f]{2})*( \.\.\.)?  [^ ].*: [^ ].*$'
lines_ok() {
	[ -n "$1" ] && ! printf '%s\n' "$1" | grep -qvE "$LINE_RE"
}

# ---- raw code ----
printf '\x90\x31\xc0\xf4\x66\x90\xeb\x00\x90' >"$T/valid.bin"
run validate --raw "$T/valid.bin"
check raw_valid_exit0 test "$rc" -eq 0
check raw_valid_no_stdout test -z "$out"
check raw_valid_summary has "$err" "valid.bin: valid, 9 bytes of code"

run validate -q --raw "$T/valid.bin"
check quiet_valid_silent test "$rc" -eq 0 -a -z "$out" -a -z "$err"

printf '\x90\x90\x0f\x05\xf4' >"$T/syscall.bin"
run validate --raw "$T/syscall.bin"
check syscall_exit2 test "$rc" -eq 2
check syscall_line has "$out" "^$T/syscall.bin:0x2: 0f 05  syscall: "
check syscall_line_format lines_ok "$out"
check syscall_summary has "$err" "syscall.bin: 1 violation in 5 bytes of code"

printf '\x90\xc3' >"$T/ret.bin"
run validate --raw "$T/ret.bin"
check ret_exit2 test "$rc" -eq 2
check ret_line has "$out" ":0x1: c3  ret: "

printf '\xff\xe0' >"$T/jmp.bin"
run validate --raw "$T/jmp.bin"
check jmp_rax_exit2 test "$rc" -eq 2
check jmp_rax_line has "$out" ':0x0: ff e0  jmp \*%rax: '
check jmp_rax_line_format lines_ok "$out"

# A masked, rebased indirect jump (and $-32,%eax; add %r14,%rax; jmp *%rax)
# passes the indirect-branch rule.
printf '\x83\xe0\xe0\x4c\x01\xf0\xff\xe0' >"$T/masked.bin"
run validate --raw "$T/masked.bin"
check masked_jmp_not_indirect_violation bash -c '! grep -q "indirect branch" "$0"' "$T/out"

# Memory operands print with the address-size prefix's 32-bit registers.
printf '\x65\x67\x8b\x44\x8b\x10\x8b\x03' >"$T/mem.bin"
run validate --raw "$T/mem.bin"
check disasm_gs_addr32 bash -c 'grep -q "mov %gs:0x10(%ebx,%ecx,4),%eax" "$0" || ! grep -q ":0x0:" "$0"' "$T/out"
check disasm_plain_mem has "$out" 'mov \(%rbx\),%eax'

printf '\x0f\xff\xff\xff\xd6\x62\x8f\xc7\xf1\x06' >"$T/garbage.bin"
run validate --raw "$T/garbage.bin"
check garbage_exit2 test "$rc" -eq 2
check garbage_unknown has "$out" '\(unknown\)'
check garbage_line_format lines_ok "$out"

: >"$T/empty.bin"
run validate --raw "$T/empty.bin"
check empty_raw_valid test "$rc" -eq 0
check empty_raw_summary has "$err" "0 bytes of code"

printf '\x90\xb8\x01\x00' >"$T/trunc.bin"
run validate --raw "$T/trunc.bin"
check truncated_exit2 test "$rc" -eq 2
check truncated_line has "$out" ':0x1: b8 01 00  \(unknown\): '
check truncated_line_format lines_ok "$out"

run validate --raw --json "$T/trunc.bin"
check truncated_json json_ok "$out"
check truncated_json_rule has "$out" '"rule": "truncated"'

# ---- options and usage ----
printf '\x0f\x31' >"$T/rdtsc.bin"
run validate --raw "$T/rdtsc.bin"
rdtsc_rc=$rc
run validate --raw --deny rdtsc "$T/rdtsc.bin"
check deny_rdtsc test "$rc" -eq 2 -a "$rdtsc_rc" -eq 0
check deny_rdtsc_line has "$out" ':0x0: 0f 31  rdtsc: .*rdtsc'
run validate --raw --deny rdtsc,clflush,x87,mxcsr "$T/valid.bin"
check deny_list test "$rc" -eq 0
run validate --raw --deny bogus "$T/valid.bin"
check deny_unknown_exit1 test "$rc" -eq 1
check deny_unknown_message has "$err" "bogus"
run validate --raw --deny-feature avx2,bmi2 "$T/valid.bin"
check deny_feature test "$rc" -eq 0
run validate --raw --deny-feature bogus "$T/valid.bin"
check deny_feature_unknown test "$rc" -eq 1
# vpaddd %ymm0,%ymm0,%ymm0 needs AVX2.
printf '\xc5\xfd\xfe\xc0' >"$T/avx2.bin"
run validate --raw --deny-feature avx2 "$T/avx2.bin"
check deny_feature_avx2 test "$rc" -eq 2
check deny_feature_avx2_line has "$out" 'vpaddd %ymm0,%ymm0,%ymm0: .*avx2'

run validate --raw --policy nacl "$T/valid.bin"
check policy_nacl test "$rc" -eq 0
run validate --raw --policy nacl --bundle 16 "$T/valid.bin"
check policy_nacl_bundle16_usage test "$rc" -eq 1
run validate --raw --policy bogus "$T/valid.bin"
check policy_unknown test "$rc" -eq 1
run validate --raw --bundle 16 --addr 0x20010 "$T/valid.bin"
check bundle16_addr test "$rc" -eq 0
run validate --raw --bundle 8 "$T/valid.bin"
check bundle_bad test "$rc" -eq 1
run validate --raw --addr 0x20010 "$T/valid.bin"
check addr_misaligned test "$rc" -eq 1 -a -z "$out"
check addr_misaligned_message has "$err" "bundle"
run validate --raw --addr 0x100000000 "$T/valid.bin"
check addr_beyond_4g test "$rc" -eq 1
run validate --raw --addr 0xffffffe0 "$T/syscall.bin"
check addr_top_fits test "$rc" -eq 2
run validate --raw --addr 0xffffffe0 "$T/garbage.bin" "$T/valid.bin"
check addr_top_overflow test "$rc" -eq 2
run validate --raw --addr zz "$T/valid.bin"
check addr_garbage test "$rc" -eq 1
run validate --addr 0x20000 "$T/valid.bin"
check addr_without_raw test "$rc" -eq 1
run validate --bogus-option "$T/valid.bin"
check unknown_option test "$rc" -eq 1 -a -n "$err"
run validate --raw --max-errors
check option_missing_value test "$rc" -eq 1
run validate
check no_files test "$rc" -eq 1
check no_files_message has "$err" "no file"
run validate --help
check help_exit0 test "$rc" -eq 0
check help_text has "$out" "usage: halite validate"
run
check no_command test "$rc" -eq 1
check no_command_usage has "$err" "usage: halite"
run frobnicate
check unknown_command test "$rc" -eq 1
check unknown_command_message has "$err" "unknown command 'frobnicate'"
check unknown_command_usage has "$err" "validate"
run --help
check main_help test "$rc" -eq 0

# Many violations: --max-errors limits what is shown, lowest offsets first.
python3 -c 'import sys; sys.stdout.buffer.write(b"\x0f\x05" * 300)' >"$T/many.bin"
run validate --raw --max-errors 5 "$T/many.bin"
check max_errors_exit2 test "$rc" -eq 2
check max_errors_shown test "$(printf '%s\n' "$out" | grep -c syscall)" -eq 5
check max_errors_first has "$(printf '%s\n' "$out" | head -1)" ':0x0: 0f 05'
check max_errors_sorted bash -c 'printf "%s\n" "$0" | sed "s/^[^:]*:\(0x[0-9a-f]*\):.*/\1/" | python3 -c "import sys; v=[int(l,16) for l in sys.stdin]; sys.exit(v!=sorted(v))"' "$out"
check max_errors_summary has "$err" "300 violations in 600 bytes of code \(5 shown"
run validate --raw "$T/many.bin"
check max_errors_default test "$(printf '%s\n' "$out" | grep -c syscall)" -eq 100
run validate --raw --max-errors 0 "$T/many.bin"
check max_errors_unlimited test "$(printf '%s\n' "$out" | grep -c syscall)" -eq 300
run validate --raw --max-errors 0 --json "$T/many.bin"
check max_errors_unlimited_json json_ok "$out"
run validate --raw --max-errors -1 "$T/many.bin"
check max_errors_negative test "$rc" -eq 1

# ---- files ----
run validate --raw "$T/does-not-exist.bin"
check missing_exit1 test "$rc" -eq 1
check missing_message has "$err" "does-not-exist.bin: cannot open: No such file"
run validate "$T/does-not-exist"
check missing_module_exit1 test "$rc" -eq 1
mkdir "$T/dir"
run validate "$T/dir"
check directory_exit1 test "$rc" -eq 1
check directory_message has "$err" "dir: is a directory"
run validate --raw "$T/dir"
check directory_raw_exit1 test "$rc" -eq 1
truncate -s 1025M "$T/huge.bin"
run validate --raw "$T/huge.bin"
check huge_exit1 test "$rc" -eq 1
check huge_message has "$err" "huge.bin: .*at most"
rm -f "$T/huge.bin"
run validate --raw "$T/valid.bin" "$T/does-not-exist.bin" "$T/syscall.bin"
check io_error_wins test "$rc" -eq 1
check continues_after_error has "$out" "syscall.bin:0x2:"
run validate --raw "$T/valid.bin" "$T/syscall.bin"
check one_invalid_exit2 test "$rc" -eq 2
if [ "$(id -u)" -ne 0 ]; then
	printf '\x90' >"$T/noperm.bin"
	chmod 000 "$T/noperm.bin"
	run validate --raw "$T/noperm.bin"
	check unreadable_exit1 test "$rc" -eq 1
fi
# Standard input as a pipe (not a regular file).
run validate --raw /dev/stdin <"$T/syscall.bin"
"$H" validate --raw /dev/stdin <"$T/syscall.bin" >"$T/out" 2>"$T/err"
rc=$?
check pipe_input test "$rc" -eq 2

# ---- ELF modules ----
cat >"$T/mod.s" <<'EOF'
	.text
	.globl _start
_start:
	nop
	xor %eax,%eax
	jmp 1f
1:	hlt
	jmp _start
EOF
cat >"$T/bad.s" <<'EOF'
	.text
	.globl _start
_start:
	nop
	syscall
	hlt
EOF
if as "$T/mod.s" -o "$T/mod.o" && ld -static "$T/mod.o" -o "$T/mod" &&
	as "$T/bad.s" -o "$T/bad.o" && ld -static "$T/bad.o" -o "$T/badmod"; then
	ok build_modules
else
	nok build_modules "as/ld failed"
fi

run validate "$T/mod"
check elf_valid_exit0 test "$rc" -eq 0
check elf_valid_summary has "$err" "mod: valid, 8 bytes of code"
run validate -q "$T/mod"
check elf_valid_quiet test "$rc" -eq 0 -a -z "$out$err"
run validate --json "$T/mod"
check elf_valid_json json_ok "$out"
check elf_valid_json_valid has "$out" '"valid": true'

# The syscall sits at file offset 0x1001 (the .text segment starts at 0x1000).
text_off=$(python3 - "$T/badmod" <<'EOF'
import struct, sys
d = open(sys.argv[1], 'rb').read()
phoff, = struct.unpack_from('<Q', d, 32)
phnum, = struct.unpack_from('<H', d, 56)
for i in range(phnum):
    t, f, off = struct.unpack_from('<IIQ', d, phoff + 56 * i)
    if t == 1 and f & 1:
        print(hex(off + 1))
EOF
)
run validate "$T/badmod"
check elf_syscall_exit2 test "$rc" -eq 2
check elf_syscall_offset has "$out" "^$T/badmod:$text_off: 0f 05  syscall: "
check elf_syscall_line_format lines_ok "$out"
run validate --json "$T/badmod"
check elf_syscall_json json_ok "$out"
check elf_syscall_json_fields bash -c 'printf "%s" "$0" | python3 -c "
import json, sys
o = json.load(sys.stdin)
v = o[\"violations\"][0]
assert o[\"valid\"] is False and o[\"violation_count\"] == 1
assert v[\"offset\"] == int(sys.argv[1], 16) and v[\"vaddr\"] == 0x401001
assert v[\"bytes\"] == \"0f 05\" and v[\"disassembly\"] == \"syscall\"
assert v[\"rule\"] == \"forbidden\" and isinstance(v[\"detail\"], int)
assert v[\"symbol\"] == \"_start+0x1\"
" "$1"' "$out" "$text_off"

# Patch program headers of the valid module: python3 patch.py IN OUT FIELD VALUE
# sets FIELD (flags|vaddr|memsz) of the executable PT_LOAD.
cat >"$T/patch.py" <<'EOF'
import struct, sys
src, dst, field, value = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4], 0)
d = bytearray(open(src, 'rb').read())
phoff, = struct.unpack_from('<Q', d, 32)
phnum, = struct.unpack_from('<H', d, 56)
for i in range(phnum):
    at = phoff + 56 * i
    t, f = struct.unpack_from('<II', d, at)
    if t == 1 and f & 1:
        if field == 'flags':
            struct.pack_into('<I', d, at + 4, value)
        elif field == 'vaddr':
            struct.pack_into('<Q', d, at + 16, value)
        elif field == 'memsz':
            struct.pack_into('<Q', d, at + 32, value)
            struct.pack_into('<Q', d, at + 40, value)
open(dst, 'wb').write(d)
EOF
python3 "$T/patch.py" "$T/mod" "$T/wx" flags 7
run validate "$T/wx"
check elf_wx_exit2 test "$rc" -eq 2
check elf_wx_message has "$out" "wx:0x[0-9a-f]+: invalid ELF module: .*writable and executable"
python3 "$T/patch.py" "$T/mod" "$T/beyond" vaddr 0xfffffffc
run validate "$T/beyond"
check elf_beyond_4g_exit2 test "$rc" -eq 2
check elf_beyond_4g_message has "$out" "beyond:0x[0-9a-f]+: invalid ELF module: .*4 GiB"
python3 "$T/patch.py" "$T/mod" "$T/huge_vaddr" vaddr 0xfffffffffffff000
run validate "$T/huge_vaddr"
check elf_vaddr_overflow test "$rc" -eq 2
run validate --json "$T/wx"
check elf_error_json json_ok "$out"
check elf_error_json_fields has "$out" '"valid": false, "error": \{"offset": [0-9]+, "message": '

printf 'this is not an ELF file\n' >"$T/text"
run validate "$T/text"
check not_elf_exit2 test "$rc" -eq 2
check not_elf_message has "$out" "text:0x0: invalid ELF module: not an ELF"
head -c 40 "$T/mod" >"$T/trunc_elf"
run validate "$T/trunc_elf"
check elf_truncated_header_exit2 test "$rc" -eq 2
check elf_truncated_header_message has "$out" "truncated ELF header"
head -c 100 "$T/mod" >"$T/trunc_ph"
run validate "$T/trunc_ph"
check elf_truncated_phdrs_exit2 test "$rc" -eq 2
run validate "$T/empty.bin"
check elf_empty_exit2 test "$rc" -eq 2
run validate "$T/mod.o"
check elf_relocatable_exit2 test "$rc" -eq 2
check elf_relocatable_message has "$out" "relocatable"
run validate "$T/mod" "$T/badmod" "$T/text"
check elf_multiple_exit2 test "$rc" -eq 2

# ---- JSON over several files, and escaping ----
run validate --raw --json "$T/valid.bin" "$T/syscall.bin" "$T/does-not-exist.bin"
check json_lines_each_parse bash -c 'printf "%s\n" "$0" | python3 -c "
import json, sys
objs = [json.loads(l) for l in sys.stdin if l.strip()]
assert len(objs) == 3, len(objs)
assert objs[0][\"valid\"] and not objs[1][\"valid\"] and \"error\" in objs[2]
"' "$out"
weird="$T/we\"ird\\na"$'\n'"me"$'\t'$'\xff'"x.bin"
cp "$T/syscall.bin" "$weird"
run validate --raw --json "$weird"
check json_escaping json_ok "$out"
check json_escaping_roundtrip bash -c 'printf "%s" "$0" | python3 -c "
import json, sys
o = json.load(sys.stdin)
assert o[\"file\"].endswith(\"we\\\"ird\\\\na\\nme\\t\\ufffdx.bin\"), repr(o[\"file\"])
"' "$out"

# ---- robustness: random bytes and mutated modules never crash ----
python3 - "$T" <<'EOF'
import random, sys, os
t = sys.argv[1]
r = random.Random(1234)
for i in range(12):
    n = r.choice([1, 7, 31, 32, 33, 100, 1000, 5000])
    open(os.path.join(t, 'rnd%d.bin' % i), 'wb').write(bytes(r.getrandbits(8) for _ in range(n)))
base = open(os.path.join(t, 'mod'), 'rb').read()
for i in range(80):
    d = bytearray(base)
    for _ in range(r.randint(1, 8)):
        if r.random() < 0.7:
            k = r.randrange(0, 0xb0)  # headers
        else:
            k = r.randrange(len(d))
        d[k] = r.getrandbits(8)
    if r.random() < 0.1:
        d = d[:r.randrange(len(d))]
    open(os.path.join(t, 'mut%d' % i), 'wb').write(d)
EOF
bad=0
for f in "$T"/rnd*.bin; do
	run validate --raw "$f"
	[ "$rc" -eq 0 ] || [ "$rc" -eq 2 ] || bad=$((bad + 1))
	[ "$rc" -eq 2 ] && ! lines_ok "$out" && bad=$((bad + 1))
	run validate --raw --json --max-errors 0 "$f"
	json_ok "$out" || bad=$((bad + 1))
done
check random_bytes_never_crash test "$bad" -eq 0
bad=0
for f in "$T"/mut*; do
	run validate --json "$f"
	{ [ "$rc" -eq 0 ] || [ "$rc" -eq 2 ]; } || bad=$((bad + 1))
	json_ok "$out" || bad=$((bad + 1))
done
check mutated_modules_never_crash test "$bad" -eq 0

[ "$failed" -eq 0 ]
