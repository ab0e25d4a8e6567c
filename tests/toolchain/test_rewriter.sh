#!/usr/bin/env bash
# Tests of halite-rewrite. Prints "ok NAME" or "not ok NAME" per case.
#  1. unit cases: small inputs with the expected output lines (in order),
#     each output assembled and validated;
#  2. error cases: exit status 1 and "FILE:LINE: unsupported instruction";
#  3. the C modules of tests/modules compiled with gcc at -O0/-O2/-O3/-Os
#     and -O3 -march=native -mno-avx512f, rewritten, assembled, and every
#     code section validated by `halite validate --raw`; plus the code-size
#     growth against plain gcc objects ("# size" lines).
# Binaries: HALITE_REWRITE_SAN_BIN (or build/tests/halite-rewrite-san, or
# build/bin/halite-rewrite) and HALITE_VALIDATE_BIN (build/bin/halite).
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
RW=${HALITE_REWRITE_SAN_BIN:-$top/build/tests/halite-rewrite-san}
[ -x "$RW" ] || RW=$top/build/bin/halite-rewrite
H=${HALITE_VALIDATE_BIN:-$top/build/bin/halite}
for b in "$RW" "$H"; do
	if [ ! -x "$b" ]; then
		echo "not ok setup: $b not built"
		exit 1
	fi
done
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

T=$(mktemp -d "${TMPDIR:-/tmp}/halite-rw.XXXXXX")
trap 'rm -rf "$T"' EXIT

ok() { echo "ok $1"; }
nok() { echo "not ok $1${2:+: $2}"; }

# The sandbox toolchain flags (docs/abi.md section 7), without -static-pie.
GCC_FLAGS="-fPIE -ffixed-r14 -ffixed-r11 -mno-tls-direct-seg-refs -fcf-protection=none
	-fno-asynchronous-unwind-tables"

# run ARGS...: runs the rewriter; sets rc, out, err. A sanitizer report
# fails the case "sanitizer-clean".
run() {
	"$RW" "$@" >"$T/out" 2>"$T/err"
	rc=$?
	out=$(cat "$T/out")
	err=$(cat "$T/err")
	if [ "$rc" -ge 128 ] || grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' "$T/err"; then
		nok "sanitizer-clean($*)" "rc=$rc $(head -c 1500 "$T/err")"
	fi
}

# normalize: one statement per line, whitespace squeezed, no space after
# commas, generated labels (.Lhv_N) shown as @L.
normalize() {
	sed -E 's/[[:space:]]+/ /g; s/^ //; s/ $//; s/, /,/g; s/\.Lhv_[0-9]+/@L/g' | grep -v '^$'
}

# validate_obj NAME OBJ [BUNDLE]: validates every executable section of
# OBJ; prints nothing, returns non-zero and sets vmsg on failure.
validate_obj() {
	local obj=$2 bundle=${3:-32} s n=0
	vmsg=""
	for s in $(readelf -SW "$obj" | awk '/\] / { sub(/.*\] /, ""); if ($7 ~ /X/) print $1 }'); do
		objcopy -O binary -j "$s" "$obj" "$T/sec.bin" || { vmsg="objcopy $s failed"; return 1; }
		[ -s "$T/sec.bin" ] || continue
		n=$((n + 1))
		if ! "$H" validate --raw --addr 0x20000 --bundle "$bundle" "$T/sec.bin" >"$T/v.out" 2>&1; then
			vmsg="$s: $(head -c 800 "$T/v.out")"
			return 1
		fi
	done
	[ "$n" -gt 0 ] || { vmsg="no code section"; return 1; }
	return 0
}

# expect NAME INPUT LINE...: the output contains the LINEs (normalized) in
# this order, and assembles and validates. The rewriter gets the options in
# the array opts (and absent too).
opts=()
expect() {
	local name=$1 input=$2
	shift 2
	printf '%s\n' "$input" >"$T/in.s"
	run "${opts[@]}" -o "$T/rw.s" "$T/in.s"
	if [ "$rc" -ne 0 ]; then
		nok "$name" "rc=$rc: $err"
		return
	fi
	normalize <"$T/rw.s" >"$T/norm"
	local want at=0 found line_no
	for want in "$@"; do
		found=0
		line_no=0
		while IFS= read -r line; do
			line_no=$((line_no + 1))
			[ "$line_no" -le "$at" ] && continue
			if [ "$line" = "$want" ]; then
				at=$line_no
				found=1
				break
			fi
		done <"$T/norm"
		if [ "$found" -eq 0 ]; then
			nok "$name" "missing (in order) '$want' in: $(tr '\n' '|' <"$T/norm" | head -c 1500)"
			return
		fi
	done
	if ! as --64 "$T/rw.s" -o "$T/rw.o" 2>"$T/as.err"; then
		nok "$name" "as: $(head -c 800 "$T/as.err")"
		return
	fi
	if ! validate_obj "$name" "$T/rw.o"; then
		nok "$name" "validate: $vmsg"
		return
	fi
	ok "$name"
}

# absent NAME INPUT LINE: the normalized output does not contain LINE.
absent() {
	printf '%s\n' "$2" >"$T/in.s"
	run "${opts[@]}" "$T/in.s"
	if [ "$rc" -eq 0 ] && ! printf '%s\n' "$out" | normalize | grep -qxF -- "$3"; then
		ok "$1"
	else
		nok "$1" "rc=$rc; found '$3'"
	fi
}

# not_aligned NAME INPUT LABEL: LABEL is not preceded by a bundle alignment.
not_aligned() {
	printf '%s\n' "$2" >"$T/in.s"
	run "$T/in.s"
	if [ "$rc" -eq 0 ] && printf '%s\n' "$out" | normalize | grep -qxF -- "$3" &&
		! printf '%s\n' "$out" | normalize | grep -B1 -xF -- "$3" | grep -qxF '.p2align 5'; then
		ok "$1"
	else
		nok "$1" "rc=$rc; $3 aligned or missing"
	fi
}

# reject NAME INPUT LINE PATTERN: exit status 1, "in.s:LINE: unsupported
# instruction '...': ..." matching PATTERN, and no output file.
reject() {
	local name=$1 input=$2 line=$3 pat=$4
	printf '%s\n' "$input" >"$T/in.s"
	rm -f "$T/rej.s"
	run -o "$T/rej.s" "$T/in.s"
	if [ "$rc" -ne 1 ]; then
		nok "$name" "rc=$rc (want 1) err=$err"
	elif ! printf '%s\n' "$err" | grep -qE "^$T/in\.s:$line: unsupported instruction '.*': .*$pat"; then
		nok "$name" "stderr: $err"
	elif [ -e "$T/rej.s" ]; then
		nok "$name" "output written despite the error"
	else
		ok "$name"
	fi
}

F='	.text
	.globl	f
	.type	f, @function
f:'

# --- memory operands (R4) ---------------------------------------------------
expect mem-base-index "$F
	movl 8(%rax,%rbx,4), %ecx" "movl %gs:8(%eax,%ebx,4),%ecx"
expect mem-r9 "$F
	movq (%r9), %rax" "movq %gs:(%r9d),%rax"
expect mem-index-only "$F
	movq sym(,%rax,8), %rdx" "movq %gs:sym(,%eax,8),%rdx"
expect mem-rip-kept "$F
	movq foo(%rip), %rax
	movl .LC0+8(%rip), %eax" "movq foo(%rip),%rax" "movl .LC0+8(%rip),%eax"
expect mem-rsp-small-kept "$F
	movq 8(%rsp), %rax
	movq %rax, -32767(%rsp)
	movq 32767(%rsp), %rax" "movq 8(%rsp),%rax" "movq %rax,-32767(%rsp)" "movq 32767(%rsp),%rax"
expect mem-rsp-large "$F
	movq 40000(%rsp), %rax
	movq %rax, -32768(%rsp)" "movq %gs:40000(%esp),%rax" "movq %rax,%gs:-32768(%esp)"
expect mem-rsp-index "$F
	movl (%rsp,%rax,4), %eax" "movl %gs:(%esp,%eax,4),%eax"
expect mem-rsp-symbolic "$F
	movl x(%rsp), %eax" "movl %gs:x(%esp),%eax"
expect mem-lea-nop-kept "$F
	leaq 8(%rax,%rbx,4), %rcx
	nopw 0(%rax,%rax,1)
	nopl 0x0(%rax)" "leaq 8(%rax,%rbx,4),%rcx" "nopw 0(%rax,%rax,1)" "nopl 0x0(%rax)"
expect mem-nomem-segments "$F
	nopw %es:8(%r15)
	nopl %gs:-8(%r13)
	nopw %cs:0(%rax,%rax,1)
	leaq %fs:8(%rax), %rcx" "nopw 8(%r15)" "nopl -8(%r13)" "nopw %cs:0(%rax,%rax,1)" "leaq 8(%rax),%rcx"
expect mem-prefetch "$F
	prefetcht0 64(%rdi)
	prefetchw (%rsi)" "prefetcht0 %gs:64(%edi)" "prefetchw %gs:(%esi)"
expect mem-absolute "$F
	movl foo, %eax
	movl %ecx, bar+4" "movl %gs:foo(%r14d),%eax" "movl %ecx,%gs:bar+4(%r14d)"
expect mem-ds-dropped "$F
	movl %ds:(%rax), %eax
	movl %ss:8(%rbp), %eax" "movl %gs:(%eax),%eax" "movl %gs:8(%ebp),%eax"
expect mem-paren-disp "$F
	movl (8+16)(%rax), %eax
	movl -(4*2)(%rbp), %eax" "movl %gs:(8+16)(%eax),%eax" "movl %gs:-(4*2)(%ebp),%eax"
expect mem-tpoff-via-r11 "$F
	movl x@tpoff(%rax), %eax" "leaq x@tpoff(%rax),%r11" "movl %gs:(%r11d),%eax"
expect mem-gs-kept "$F
	movl %gs:(%eax), %ecx
	addr32 movl (%ecx), %edx" "movl %gs:(%eax),%ecx" "movl %gs:(%ecx),%edx"
expect mem-32bit-regs "$F
	movl (%eax,%ebx,2), %ecx" "movl %gs:(%eax,%ebx,2),%ecx"
expect mem-lock "$F
	lock addl \$1, (%rax)
	lock cmpxchgq %rcx, 8(%rdx)" "lock addl \$1,%gs:(%eax)" "lock cmpxchgq %rcx,%gs:8(%edx)"
expect mem-push-pop "$F
	pushq 8(%rax)
	popq (%rbx)
	pushq 16(%rsp)" "pushq %gs:8(%eax)" "popq %gs:(%ebx)" "pushq 16(%rsp)"
expect mem-x87 "$F
	fldt 16(%rax)
	fstpl (%rdi)
	fadd %st(1), %st" "fldt %gs:16(%eax)" "fstpl %gs:(%edi)" "fadd %st(1),%st"
expect mem-vector "$F
	vmovdqu (%rsi,%rcx), %ymm0
	movaps %xmm1, 16(%rdi)
	movsd %xmm0, 8(%rax)
	cmpsd \$1, (%rax), %xmm0" "vmovdqu %gs:(%esi,%ecx),%ymm0" "movaps %xmm1,%gs:16(%edi)" \
	"movsd %xmm0,%gs:8(%eax)" "cmpsd \$1,%gs:(%eax),%xmm0"
expect mem-cmpxchg16b "$F
	lock cmpxchg16b (%rdi)
	xchgq %rax, (%rdx)" "lock cmpxchg16b %gs:(%edi)" "xchgq %rax,%gs:(%edx)"
expect mem-r14-base "$F
	movq 8(%r14,%rax,8), %rcx" "movq %gs:8(%r14d,%eax,8),%rcx"

# --- thread pointer and system calls (section 5) ----------------------------
expect fs-zero "$F
	movq %fs:0, %rax" "leaq @L(%rip),%r11" "jmp *0x10008(%r14)" ".p2align 5" "@L:" "movq %r11,%rax"
absent fs-zero-r11 "$F
	movq %fs:0, %r11" "movq %r11,%r11"
expect fs-disp "$F
	movq %fs:40, %rax
	subq %fs:40, %rdx" "jmp *0x10008(%r14)" "@L:" "movq %gs:40(%r11d),%rax" \
	"jmp *0x10008(%r14)" "@L:" "subq %gs:40(%r11d),%rdx"
expect fs-tpoff "$F
	movl %fs:x@tpoff, %eax" "jmp *0x10008(%r14)" "@L:" "leaq x@tpoff(%r11),%r11" "movl %gs:(%r11d),%eax"
expect syscall "$F
	movl \$60, %eax
	syscall
	ret" "leaq @L(%rip),%r11" "jmp *0x10000(%r14)" ".p2align 5" "@L:" "popq %r11" ".bundle_lock"
expect tls-gd "$F
	data16	leaq	ext@tlsgd(%rip), %rdi
	.value	0x6666
	rex64
	call	__tls_get_addr@PLT
	movl	(%rax), %eax" "jmp *0x10008(%r14)" "@L:" "movq ext@gottpoff(%rip),%rax" \
	"addq %r11,%rax" "movl %gs:(%eax),%eax"
absent tls-gd-no-call "$F
	data16	leaq	ext@tlsgd(%rip), %rdi
	.value	0x6666
	rex64
	call	__tls_get_addr@PLT" "call __tls_get_addr@PLT"
expect tls-ld "$F
	leaq	x@tlsld(%rip), %rdi
	call	*__tls_get_addr@GOTPCREL(%rip)
	movl	x@dtpoff(%rax), %eax" "jmp *0x10008(%r14)" "@L:" "movq %r11,%rax" \
	"leaq x@dtpoff(%rax),%r11" "movl %gs:(%r11d),%eax"

# --- %rsp (R6) ----------------------------------------------------------------
expect rsp-sub-imm "$F
	subq \$24, %rsp" ".bundle_lock" "subl \$24,%esp" "addq %r14,%rsp" ".bundle_unlock"
expect rsp-add-imm "$F
	addq \$-128, %rsp" "addl \$-128,%esp" "addq %r14,%rsp"
expect rsp-sub-reg "$F
	subq %rax, %rsp" "subl %eax,%esp" "addq %r14,%rsp"
expect rsp-mov-rbp "$F
	movq %rbp, %rsp" "movl %ebp,%esp" "addq %r14,%rsp"
expect rsp-lea "$F
	leaq -16(%rbp), %rsp" "leal -16(%rbp),%esp" "addq %r14,%rsp"
expect rsp-mov-mem "$F
	movq 8(%rax), %rsp" "movl %gs:8(%eax),%esp" "addq %r14,%rsp"
expect rsp-esp32 "$F
	movl %eax, %esp" "movl %eax,%esp" "addq %r14,%rsp"
expect rsp-and "$F
	andq \$-32, %rsp" "andq \$-32,%rsp"
expect rsp-leave "$F
	leave" ".bundle_lock" "movl %ebp,%esp" "addq %r14,%rsp" ".bundle_unlock" "popq %rbp"
expect rsp-push-pop "$F
	pushq %rsp
	pushq %rbp
	popq %rbp" "pushq %rsp" "pushq %rbp" "popq %rbp"

# --- returns, calls, jumps (R3, R7) ------------------------------------------
# Returns round up (add 31, then the mask): a call may end anywhere in its
# bundle, and the code after it starts the next one.
expect ret "$F
	ret" "popq %r11" "addl \$31,%r11d" ".bundle_lock" "andl \$-32,%r11d" "addq %r14,%r11" \
	"jmp *%r11" ".bundle_unlock"
expect ret-rep "$F
	rep ret
	repz ret" "popq %r11" "jmp *%r11" "popq %r11" "jmp *%r11"
expect ret-imm "$F
	ret \$16" "popq %r11" "addl \$16,%esp" "addq %r14,%rsp" "addl \$31,%r11d" "andl \$-32,%r11d" \
	"jmp *%r11"
# A call stays where it is, with one no-op first only if it would end
# exactly at the bundle end (a 5-byte call at offset 27); the code after it
# starts the next bundle.
expect call-direct "$F
	call foo@PLT" ".nops ((((. - @L) & 31) == 27) & 1)" ".bundle_lock" "call foo@PLT" \
	".bundle_unlock" ".p2align 5"
absent call-direct-no-pad-before "$F
	call foo@PLT" ".nops (-(. - @L + 5)) & 31"
expect call-reg "$F
	call *%rax" "addl \$31,%eax" ".nops ((((. - @L) & 31) == 24) & 1)" ".bundle_lock" \
	"andl \$-32,%eax" "addq %r14,%rax" "call *%rax" ".bundle_unlock" ".p2align 5"
expect call-reg-r8 "$F
	call *%r8" "addl \$31,%r8d" ".nops ((((. - @L) & 31) == 22) & 1)" "andl \$-32,%r8d" \
	"addq %r14,%r8" "call *%r8"
expect call-mem "$F
	call *8(%rax)" "movq %gs:8(%eax),%r11" "addl \$31,%r11d" ".bundle_lock" "andl \$-32,%r11d" \
	"addq %r14,%r11" "call *%r11"
expect call-got "$F
	call *foo@GOTPCREL(%rip)" "movq foo@GOTPCREL(%rip),%r11" "call *%r11"
expect call-runtime "$F
	call *0x10008(%r14)
	jmp *0x10000(%r14)" ".nops ((((. - @L) & 31) == 25) & 1)" "call *0x10008(%r14)" ".p2align 5" \
	"jmp *0x10000(%r14)"
expect call-many "$F
	call a
	call *%rbx
	call b
	call *(%rsp)
	movl \$1, %eax
	call c" "call a" "call *%rbx" "call b" "movq (%rsp),%r11" "call *%r11" "call c"
expect jmp-reg "$F
	jmp *%rdx" "addl \$31,%edx" ".bundle_lock" "andl \$-32,%edx" "addq %r14,%rdx" "jmp *%rdx" \
	".bundle_unlock"
# --round-down (halite-cc's, for gcc's output): indirect jumps and calls go
# to functions and labels, which are bundle starts; returns still round up.
opts=(--round-down)
expect jmp-reg-round-down "$F
	jmp *%rdx" ".bundle_lock" "andl \$-32,%edx" "addq %r14,%rdx" "jmp *%rdx" ".bundle_unlock"
absent jmp-reg-round-down-no-add "$F
	jmp *%rdx" "addl \$31,%edx"
expect call-reg-round-down "$F
	call *%rax" ".nops ((((. - @L) & 31) == 24) & 1)" ".bundle_lock" "andl \$-32,%eax" \
	"addq %r14,%rax" "call *%rax" ".bundle_unlock" ".p2align 5"
expect ret-round-down "$F
	ret" "popq %r11" "addl \$31,%r11d" "andl \$-32,%r11d" "jmp *%r11"
opts=()
expect jmp-notrack "$F
	notrack jmp *%rax" "andl \$-32,%eax" "jmp *%rax"
expect jmp-table-abs "$F
	jmp *.L4(,%rax,8)
.L4:" "movq %gs:.L4(,%eax,8),%r11" "andl \$-32,%r11d" "jmp *%r11"
expect jmp-direct-kept "$F
	jmp .L2
	jne .L2
.L2:	jmp foo@PLT" "jmp .L2" "jne .L2" "jmp foo@PLT"
# Compare-and-branch pairs stay adjacent (macro-fusion): one locked group.
expect fuse-cmp-jcc "$F
.L2:	cmpl %eax, %ebx
	jne .L2" ".bundle_lock" "cmpl %eax,%ebx" "jne .L2" ".bundle_unlock"
expect fuse-mem-jcc "$F
.L2:	cmpb %al, 8(%rdi)
	jae .L2
	subl \$1, %esi
	je .L2" ".bundle_lock" "cmpb %al,%gs:8(%edi)" "jae .L2" ".bundle_unlock" \
	".bundle_lock" "subl \$1,%esi" "je .L2" ".bundle_unlock"
absent fuse-not-across-label "$F
	testl %eax, %eax
.L2:	jne .L2" ".bundle_lock"
# A %rsp write keeps its own locked pair and is not paired with the jcc.
printf '%s\n' "$F
	subq \$8, %rsp
	jne .L2
.L2:	nop" >"$T/in.s"
run "$T/in.s"
if [ "$rc" -eq 0 ] && [ "$(printf '%s\n' "$out" | normalize | grep -cxF .bundle_lock)" = 1 ]; then
	ok fuse-not-rsp
else
	nok fuse-not-rsp "rc=$rc; $(printf '%s\n' "$out" | normalize | tr '\n' ';')"
fi
absent fuse-not-jrcxz "$F
	testl %eax, %eax
	jrcxz .L2
.L2:	nop" ".bundle_lock"

# --- string instructions (R9) ------------------------------------------------
expect str-movsq "$F
	rep movsq" ".bundle_lock" "movl %esi,%esi" "leaq (%r14,%rsi,1),%rsi" "movl %edi,%edi" \
	"leaq (%r14,%rdi,1),%rdi" "rep movsq" ".bundle_unlock"
expect str-stos "$F
	rep stosb" "movl %edi,%edi" "leaq (%r14,%rdi,1),%rdi" "rep stosb"
absent str-stos-no-rsi "$F
	rep stosq" "movl %esi,%esi"
expect str-lods "$F
	lodsb" "movl %esi,%esi" "leaq (%r14,%rsi,1),%rsi" "lodsb"
expect str-scas "$F
	repnz scasb" "movl %edi,%edi" "repnz scasb"
expect str-cmps "$F
	repz cmpsb" "movl %esi,%esi" "movl %edi,%edi" "repz cmpsb"
expect str-split-prefix "$F
	rep; movsb" "movl %esi,%esi" "rep movsb"
expect str-operands "$F
	movsl %ds:(%rsi), %es:(%rdi)
	stos %al, %es:(%rdi)" "leaq (%r14,%rdi,1),%rdi" "movsl %ds:(%rsi),%es:(%rdi)" "stos %al,%es:(%rdi)"
expect str-movsx-not-string "$F
	movslq (%rax), %rdx
	movsbl %al, %eax" "movslq %gs:(%eax),%rdx" "movsbl %al,%eax"

# --- labels that can be indirect-branch targets -------------------------------
expect label-function "$F
	ret
	.globl g
	.type g, @function
g:	ret" ".p2align 5" "f:" ".p2align 5" "g:"
expect label-jump-table "$F
	leaq .L4(%rip), %rdx
	movslq (%rdx,%rax,4), %rax
	addq %rdx, %rax
	jmp *%rax
	.section .rodata
.L4:	.long .L5-.L4
	.long .L6-.L4
	.text
.L5:	movl \$1, %eax
.L6:	ret" ".p2align 5" ".L5:" ".p2align 5" ".L6:"
expect label-computed-goto "$F
	leaq .L3(%rip), %rax
	jmp *%rax
	nop
.L3:	ret" "jmp *%rax" "nop" ".p2align 5" ".L3:"
not_aligned label-branch-only "$F
	jne .L7
	nop
.L7:	ret" ".L7:"
expect label-numeric "$F
	leaq 1f(%rip), %rax
	jmp *%rax
1:	nop
1:	leaq 1b(%rip), %rcx" ".p2align 5" "1:" "nop" "1:"
expect label-data-ref "$F
	ret
.Lx:	ret
	.section .data.rel.local,\"aw\"
	.quad .Lx" ".p2align 5" ".Lx:"
expect label-global "	.text
	.globl h
h:	ret" ".p2align 5" "h:"
not_aligned label-static-function "$F
	call helper
	ret
	.type helper, @function
helper:	ret" "helper:"
expect label-static-function-pointer "$F
	leaq helper(%rip), %rax
	ret
	.type helper, @function
helper:	ret" ".p2align 5" "helper:"
expect label-set-alias "$F
	ret
	.set alias, helper
helper:	ret" ".p2align 5" "helper:"

# --- sections, syntax, options ----------------------------------------------
expect section-cold "$F
	jne .L9
	ret
	.section .text.unlikely,\"ax\",@progbits
.L9:	call abort@PLT
	.text" ".section .text.unlikely,\"ax\",@progbits" "@L:" ".p2align 5" \
	".nops ((((. - @L) & 31) == 27) & 1)" "call abort@PLT"
expect section-pushpop "$F
	.pushsection .text.hot,\"ax\",@progbits
	call x
	.popsection
	call y" ".pushsection .text.hot,\"ax\",@progbits" "@L:" "call x" ".popsection" "call y"
expect syntax-separators "$F
	movl (%rax), %eax ; movl (%rbx), %ebx # a comment; movl (%rcx), %ecx
	/* C comment (%rdx) */ movl (%rsi), %esi" "movl %gs:(%eax),%eax" "movl %gs:(%ebx),%ebx" \
	"movl %gs:(%esi),%esi"
absent syntax-comment-dropped "$F
	nop # movl (%rcx), %ecx" "movl %gs:(%ecx),%ecx"
expect syntax-string-directive "$F
	ret
	.section .rodata
	.string \"a;b#c (%rax)\"" ".string \"a;b#c (%rax)\""
expect syntax-uppercase "$F
	MOVL 4(%RAX), %ECX" "movl %gs:4(%eax),%ECX"
expect syntax-directives-kept "	.file \"x.c\"
	.file 1 \"x.c\"
$F
	.cfi_startproc
	.loc 1 2 3
	ret
	.cfi_endproc
	.size f, .-f" ".file \"x.c\"" ".cfi_startproc" ".loc 1 2 3" ".cfi_endproc" ".size f,.-f"
expect syntax-bundle-mode-first "$F
	.bundle_align_mode 5
	ret" ".bundle_align_mode 5"

printf '%s\n' "$F" "	call *%rax" "	ret" >"$T/b16.s"
run --bundle 16 -o "$T/b16.out.s" "$T/b16.s"
if [ "$rc" -eq 0 ] && grep -q 'bundle_align_mode 4' "$T/b16.out.s" &&
	grep -q 'andl \$-16, %r11d' "$T/b16.out.s" && grep -qF '& 15' "$T/b16.out.s" &&
	as --64 "$T/b16.out.s" -o "$T/b16.o" && validate_obj b16 "$T/b16.o" 16; then
	ok bundle-16
else
	nok bundle-16 "rc=$rc $err $vmsg"
fi

run -o "$T/a.s" "$T/b16.s"
"$RW" - <"$T/b16.s" >"$T/b.s" 2>/dev/null
if [ "$rc" -eq 0 ] && cmp -s "$T/a.s" "$T/b.s"; then ok stdin-stdout; else nok stdin-stdout; fi

run --bundle 24 "$T/b16.s"
if [ "$rc" -eq 1 ]; then ok bad-bundle-option; else nok bad-bundle-option "rc=$rc"; fi
run "$T/does-not-exist.s"
if [ "$rc" -eq 1 ] && [ -n "$err" ]; then ok missing-input; else nok missing-input "rc=$rc"; fi

# --- errors -------------------------------------------------------------------
reject err-r14-mov "$F
	movq %rax, %r14" 5 "r14"
reject err-r14-32 "$F
	nop
	movl \$0, %r14d" 6 "r14"
reject err-r14-8 "$F
	movb %al, %r14b" 5 "r14"
# A restore of %r14 from memory (musl's longjmp) keeps its load, into %r11;
# any other load form into %r14 is still refused.
expect r14-restore-is-noop-load "$F
	movq 32(%rdi), %r14" "movq %gs:32(%edi),%r11"
absent r14-restore-no-r14-write "$F
	movq 32(%rdi), %r14" "movq %gs:32(%edi),%r14"
reject err-r14-load-32 "$F
	movl 32(%rdi), %r14d" 5 "r14"
reject err-r14-add-mem "$F
	addq 32(%rdi), %r14" 5 "r14"
reject err-r14-add "$F
	addq \$1, %r14" 5 "r14"
reject err-r14-pop "$F
	popq %r14" 5 "r14"
reject err-r14-xchg "$F
	xchgq %r14, %rax" 5 "r14"
reject err-r14-lea "$F
	leaq 8(%rax), %r14" 5 "r14"
reject err-r14-vec "$F
	vmovq %xmm0, %r14" 5 "r14"
reject err-int "$F
	int \$0x80" 5 "kernel"
reject err-int3 "$F
	int3" 5 "kernel"
reject err-sysenter "$F
	sysenter" 5 "kernel"
reject err-ljmp "$F
	ljmp *(%rax)" 5 "far"
reject err-lcall "$F
	lcall \$1, \$2" 5 "far"
reject err-lret "$F
	lret" 5 "far"
reject err-enter "$F
	enter \$16, \$0" 5 "enter"
reject err-pushf "$F
	pushfq" 5 "pushf"
reject err-popf "$F
	popfq" 5 "popf"
reject err-movabs-mem "$F
	movabs foo, %eax" 5 "movabs"
reject err-xlat "$F
	xlatb" 5 "implicit memory"
reject err-gather "$F
	vpgatherdd %ymm2, (%rax,%ymm1,4), %ymm0" 5 "gather"
reject err-maskmov "$F
	maskmovdqu %xmm1, %xmm0" 5 "implicit memory"
reject err-seg-load "$F
	movw %ax, %ds" 5 "segment"
reject err-seg-read "$F
	movw %fs, %ax" 5 "segment"
reject err-wrfsbase "$F
	wrfsbase %rax" 5 "segment"
reject err-fs-reg "$F
	movl %fs:(%rax), %eax" 5 "fs"
reject err-fs-prefix-word "$F
	fs movl (%rax), %eax" 5 "prefix"
reject err-rsp-pop "$F
	popq %rsp" 5 "rsp"
reject err-rsp-xchg "$F
	xchgq %rax, %rsp" 5 "rsp"
reject err-rsp-imm "$F
	movq \$4096, %rsp" 5 "rsp"
reject err-rsp-or "$F
	orq \$1, %rsp" 5 "rsp"
reject err-rsp-and-pos "$F
	andq \$15, %rsp" 5 "rsp"
reject err-rsp-16 "$F
	movw %ax, %sp" 5 "sp"
reject err-call-r14 "$F
	call *%r14" 5 "r14"
reject err-jmp-rsp "$F
	jmp *%rsp" 5 "rsp"
reject err-call-32 "$F
	call *%eax" 5 "64-bit"
reject err-io "$F
	inb %dx, %al" 5 "privileged"
reject err-rdpkru "$F
	rdpkru" 5 "protection keys"
reject err-xbegin "$F
	xbegin .L1
.L1:" 5 "transactional"
reject err-xsave "$F
	xsave (%rax)" 5 "xsave"
reject err-string-bad-op "$F
	movsb (%rax), (%rbx)" 5 "string"
reject err-string-addr32 "$F
	addr32 rep movsb" 5 "string"
reject err-eip "$F
	movl foo(%eip), %eax" 5 "eip"
reject err-gs-rip "$F
	movl %gs:foo(%rip), %eax" 5 "rip"
reject err-addr16 "$F
	movl (%bx), %eax" 5 "16-bit"
reject err-tls-sequence-broken "$F
	leaq x@tlsgd(%rip), %rdi
	movq %rax, %rbx" 6 "__tls_get_addr"
expect tls-plain-call "$F
	movq %rsp, %rdi
	call __tls_get_addr@PLT" "call __tls_get_addr@PLT"
expect longjmp-r14-restore "$F
	mov 32(%rdi),%r14" "mov %gs:32(%edi),%r11"
reject err-tlsdesc "$F
	leaq x@TLSDESC(%rip), %rax" 5 "descriptor"
reject err-star-plain "$F
	movl *(%rax), %eax" 5 "'\\*'"
reject err-bad-operand "$F
	movl (%rax, %eax" 5 ""
reject err-prefix-alone "$F
	lock" 5 "prefix without"

printf '%s\n' "$F" "	movq %rax, %r14" "	int3" "	ret" >"$T/multi.s"
run -o "$T/multi.out" "$T/multi.s"
if [ "$rc" -eq 1 ] && [ "$(printf '%s\n' "$err" | grep -c 'unsupported instruction')" -eq 2 ] &&
	[ ! -e "$T/multi.out" ]; then
	ok err-reports-all
else
	nok err-reports-all "rc=$rc $err"
fi
# directive errors: NAME, input, expected message
directive_error() {
	printf '%s\n' "$2" >"$T/in.s"
	run "$T/in.s"
	if [ "$rc" -eq 1 ] && printf '%s' "$err" | grep -qE "^$T/in\.s:[0-9]+: .*$3"; then
		ok "$1"
	else
		nok "$1" "rc=$rc $err"
	fi
}
directive_error err-macro "$F
	.macro twice x
	addl \\x, %eax
	.endm" "macros"
directive_error err-include "$F
	.include \"other.s\"" "include"
directive_error err-rept-label "$F
	.rept 2
	syscall
	.endr" "rept"
expect rept-ok "$F
	.rept 3
	movl (%rax), %ecx
	.endr" ".rept 3" "movl %gs:(%eax),%ecx" ".endr"

printf '%s\n' "	.intel_syntax noprefix" "	mov eax, 1" >"$T/intel.s"
run "$T/intel.s"
if [ "$rc" -eq 1 ] && printf '%s' "$err" | grep -q 'intel_syntax'; then
	ok err-intel-syntax
else
	nok err-intel-syntax "rc=$rc $err"
fi

# --- C modules -----------------------------------------------------------------
size_sum() { # total size of the executable (.text*) sections of an object
	size -A "$1" | awk '$1 ~ /^\.text/ { s += $2 } END { print s + 0 }'
}

modules=("$top"/tests/modules/*.c)
combos=0 valid=0 plain_total=0 rw_total=0
configs=("O0:-O0" "O2:-O2" "O3:-O3" "Os:-Os" "native:-O3 -march=native -mno-avx512f")
for c in "${modules[@]}"; do
	m=$(basename "$c" .c)
	for cfg in "${configs[@]}"; do
		tag=${cfg%%:*}
		flags=${cfg#*:}
		name="module-$m-$tag"
		combos=$((combos + 1))
		# shellcheck disable=SC2086
		if ! gcc -S $GCC_FLAGS $flags "$c" -o "$T/m.s" 2>"$T/gcc.err"; then
			nok "$name" "gcc: $(head -c 500 "$T/gcc.err")"
			continue
		fi
		run -o "$T/m.rw.s" "$T/m.s"
		if [ "$rc" -ne 0 ]; then
			nok "$name" "rewrite: $(printf '%s' "$err" | head -c 800)"
			continue
		fi
		if ! as --64 "$T/m.rw.s" -o "$T/m.rw.o" 2>"$T/as.err"; then
			nok "$name" "as: $(head -c 800 "$T/as.err")"
			continue
		fi
		if ! validate_obj "$name" "$T/m.rw.o"; then
			nok "$name" "validate: $vmsg"
			continue
		fi
		as --64 "$T/m.s" -o "$T/m.o"
		p=$(size_sum "$T/m.o")
		r=$(size_sum "$T/m.rw.o")
		plain_total=$((plain_total + p))
		rw_total=$((rw_total + r))
		echo "# size $m $tag: gcc $p, rewritten $r"
		valid=$((valid + 1))
		ok "$name"
	done
	# The same module at 16-byte bundles.
	name="module-$m-O2-bundle16"
	# shellcheck disable=SC2086
	if gcc -S $GCC_FLAGS -O2 "$c" -o "$T/m.s" 2>/dev/null && run --bundle 16 -o "$T/m16.s" "$T/m.s" &&
		[ "$rc" -eq 0 ] && as --64 "$T/m16.s" -o "$T/m16.o" 2>/dev/null &&
		validate_obj "$name" "$T/m16.o" 16; then
		ok "$name"
	else
		nok "$name" "rc=$rc $err $vmsg"
	fi
done
# --- running rewritten code --------------------------------------------------
# tests/modules/run: the modules and a driver, rewritten, linked -no-pie
# and run natively as a sandbox at base 0 (see run/start.c), must print
# exactly what the plain gcc build prints.
run_modules() {
	local tag=$1 flags=$2 c b objs=() nobjs=()
	for c in "${modules[@]}" "$top/tests/modules/run/driver.c"; do
		b=$(basename "$c" .c)
		# shellcheck disable=SC2086
		gcc -c $flags -w "$c" -o "$T/n_$b.o" 2>"$T/gcc.err" || { rmsg="gcc $b"; return 1; }
		# shellcheck disable=SC2086
		gcc -S $GCC_FLAGS $flags "$c" -o "$T/s_$b.s" 2>"$T/gcc.err" || { rmsg="gcc -S $b"; return 1; }
		"$RW" -o "$T/s_$b.rw.s" "$T/s_$b.s" 2>"$T/rw.err" || { rmsg="rewrite $b: $(head -c 300 "$T/rw.err")"; return 1; }
		as --64 "$T/s_$b.rw.s" -o "$T/s_$b.o" 2>"$T/as.err" || { rmsg="as $b"; return 1; }
		objs+=("$T/s_$b.o")
		nobjs+=("$T/n_$b.o")
	done
	objcopy --redefine-sym main=cold_main "$T/n_cold_paths.o"
	objcopy --redefine-sym main=cold_main "$T/s_cold_paths.o"
	# shellcheck disable=SC2086
	gcc -no-pie $flags "$top/tests/modules/run/start.c" "${nobjs[@]}" -o "$T/native" &&
		gcc -no-pie -DSANDBOX $flags "$top/tests/modules/run/start.c" "${objs[@]}" -o "$T/sandboxed" ||
		{ rmsg="link"; return 1; }
	"$T/native" >"$T/native.out" 2>&1 || { rmsg="native run failed"; return 1; }
	"$T/sandboxed" >"$T/sandboxed.out" 2>&1
	local src=$?
	if [ "$src" -eq 77 ]; then
		rmsg=skip
		return 1
	fi
	[ "$src" -eq 0 ] || { rmsg="sandboxed run failed ($src): $(tail -c 300 "$T/sandboxed.out")"; return 1; }
	if ! cmp -s "$T/native.out" "$T/sandboxed.out"; then
		rmsg="outputs differ: $(diff "$T/native.out" "$T/sandboxed.out" | head -c 600)"
		return 1
	fi
	[ "$(wc -l <"$T/native.out")" -gt 50 ] || { rmsg="too little output"; return 1; }
}
if [ "$(uname -m)" = x86_64 ]; then
	for cfg in "${configs[@]}"; do
		rmsg=""
		if run_modules "${cfg%%:*}" "${cfg#*:}"; then
			ok "run-${cfg%%:*}"
		elif [ "$rmsg" = skip ]; then
			ok "run-${cfg%%:*} # SKIP: cannot map the runtime-call table at 0x10000 (vm.mmap_min_addr)"
		else
			nok "run-${cfg%%:*}" "$rmsg"
		fi
	done
fi

# --- linked modules with musl ---------------------------------------------------
# With a complete sysroot (make libc), the same modules built with halite-cc
# are linked against the rewritten musl, validated as whole modules, and run
# by run/hvrun.c (a test loader: the module at base 0, system calls made
# natively); the output must equal the plain gcc/glibc build's.
HCC=${HALITE_CC_BIN:-$top/build/bin/halite-cc}
sysroot_lib=$(dirname "$HCC")/../sysroot/lib
if [ "$(uname -m)" != x86_64 ] || [ ! -x "$HCC" ] || [ ! -f "$sysroot_lib/libc.a" ] ||
	[ ! -f "$sysroot_lib/libhalite-rt.a" ]; then
	ok "musl-run # SKIP: no halite-cc or no complete sysroot (make libc)"
elif ! gcc -O2 -no-pie "$top/tests/modules/run/hvrun.c" -o "$T/hvrun" 2>"$T/gcc.err"; then
	nok musl-run "building hvrun: $(head -c 300 "$T/gcc.err")"
else
	for cfg in "${configs[@]}"; do
		tag=${cfg%%:*}
		flags=${cfg#*:}
		rm -f "$T"/h_*.o
		msg=""
		for c in "${modules[@]}" "$top/tests/modules/run/driver.c" "$top/tests/modules/run/start.c"; do
			b=$(basename "$c" .c)
			# shellcheck disable=SC2086
			"$HCC" $flags -w -c "$c" -o "$T/h_$b.o" 2>"$T/hcc.err" ||
				{ msg="halite-cc $b: $(head -c 300 "$T/hcc.err")"; break; }
		done
		if [ -z "$msg" ]; then
			objcopy --redefine-sym main=cold_main "$T/h_cold_paths.o"
			# shellcheck disable=SC2086
			if ! "$HCC" $flags "$T"/h_*.o -o "$T/mods" 2>"$T/hcc.err"; then
				msg="link: $(head -c 300 "$T/hcc.err")"
			elif ! "$H" validate "$T/mods" >"$T/v.out" 2>&1; then
				msg="validate: $(head -c 600 "$T/v.out")"
			else
				# shellcheck disable=SC2086
				gcc $flags -w -no-pie -c "$top/tests/modules/cold_paths.c" -o "$T/ref_cp.o" &&
					objcopy --redefine-sym main=cold_main "$T/ref_cp.o" &&
					gcc $flags -w -no-pie $(printf '%s\n' "${modules[@]}" | grep -v /cold_paths.c) \
						"$top/tests/modules/run/driver.c" "$top/tests/modules/run/start.c" \
						"$T/ref_cp.o" -o "$T/ref" && "$T/ref" >"$T/ref.out" 2>&1 ||
					msg="reference build failed"
				if [ -z "$msg" ]; then
					"$T/hvrun" "$T/mods" >"$T/mods.out" 2>&1
					case $? in
					0) ;;
					77) msg=skip ;;
					*) msg="run failed: $(tail -c 300 "$T/mods.out")" ;;
					esac
				fi
				if [ -z "$msg" ] && ! cmp -s "$T/ref.out" "$T/mods.out"; then
					msg="outputs differ: $(diff "$T/ref.out" "$T/mods.out" | head -c 600)"
				fi
			fi
		fi
		if [ -z "$msg" ]; then
			ok "musl-run-$tag"
		elif [ "$msg" = skip ]; then
			ok "musl-run-$tag # SKIP: cannot map page 0x10000 (vm.mmap_min_addr)"
		else
			nok "musl-run-$tag" "$msg"
		fi
	done
fi

if [ "$plain_total" -gt 0 ]; then
	echo "# modules: $valid of $combos module x level combinations validate"
	awk -v p="$plain_total" -v r="$rw_total" \
		'BEGIN { printf "# code size: gcc %d bytes, rewritten %d bytes (%+.1f%%)\n", p, r, (r - p) * 100 / p }'
fi
exit 0
