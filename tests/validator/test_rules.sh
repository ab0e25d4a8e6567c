#!/usr/bin/env bash
# Rule tests for the halite profile (docs/abi.md, section 4): each case is
# assembled with GNU as at the start of a bundle and validated at sandbox
# address 0x20000. "valid" cases must produce no violation; the others must
# report the named rule.
set -u
cd "$(dirname "$0")/../.." || exit 1
check=${HV_CHECK:-build/tests/hv-check}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# t NAME EXPECT [checker options] <<< assembly
t() {
	local name=$1 expect=$2
	shift 2
	{ echo ".text"; echo ".p2align 5"; cat; } >"$tmp/c.s"
	if ! as --64 -o "$tmp/c.o" "$tmp/c.s" 2>"$tmp/as.err"; then
		echo "not ok $name: does not assemble: $(head -1 "$tmp/as.err")"
		return
	fi
	objcopy -O binary -j .text "$tmp/c.o" "$tmp/c.bin"
	"$check" "$@" "$tmp/c.bin" >"$tmp/out" 2>&1
	if [ "$expect" = valid ]; then
		if grep -q '^0 violations$' "$tmp/out"; then echo "ok $name"; else
			echo "not ok $name: expected valid, got: $(grep -v violations "$tmp/out" | tr '\n' ' ')"; fi
	else
		if grep -q " $expect\$" "$tmp/out"; then echo "ok $name"; else
			echo "not ok $name: expected $expect, got: $(tr '\n' ' ' <"$tmp/out")"; fi
	fi
}

# R1: whitelist and prefixes
t unknown-3dnow unknown <<< '.byte 0x0f,0x0f,0xc0,0x9e'
t unknown-evex unknown <<< 'vpaddd %zmm1, %zmm2, %zmm3'
t fs-prefix prefix <<< 'mov %fs:0, %rax'
t es-prefix prefix <<< '.byte 0x26; nop'
t gs-without-memory prefix <<< '.byte 0x65; add %eax, %ecx'
t addr32-without-memory prefix <<< '.byte 0x67; add %eax, %ecx'
t lock-register-form prefix <<< '.byte 0xf0; add %eax, %ecx'
t lock-memory valid <<< 'lock addl $1, %gs:(%eax)'
t rex-then-prefix prefix <<< '.byte 0x48, 0x66, 0x01, 0xc0'
t double-segment prefix <<< '.byte 0x65, 0x65, 0x67, 0x8b, 0x00'
t nop-padding valid <<< '.byte 0x66,0x66,0x2e,0x0f,0x1f,0x84,0,0,0,0,0'
t truncated truncated <<< '.byte 0xb8, 1, 2'
# REX.W overrides 66: the immediate stays 4 bytes. Decoding it as 2 would
# expose the hidden syscall (0f 05) as the next instruction.
t rexw-beats-66-imm valid <<< '.byte 0x66, 0x48, 0x35, 0x90, 0x90, 0x0f, 0x05; hlt'
t rexw-beats-66-c7 valid <<< '.byte 0x66, 0x48, 0xc7, 0xc0, 0x90, 0x90, 0x0f, 0x05; hlt'
t feature-denied feature -f avx2 <<< 'vpaddd %ymm1, %ymm2, %ymm3'
t avx2-allowed valid <<< 'vpaddd %ymm1, %ymm2, %ymm3'
t vex-aes-needs-avx feature -f avx <<< 'vaesenc %xmm1, %xmm2, %xmm3'
t bmi-without-avx valid -f avx <<< 'andn %eax, %ebx, %ecx'

# R2: forbidden
t syscall forbidden <<< 'syscall'
t sysenter forbidden <<< 'sysenter'
t int80 forbidden <<< 'int $0x80'
t int3 forbidden <<< 'int3'
t ret forbidden <<< 'ret'
t rep-ret forbidden <<< 'rep ret'
t ret-imm forbidden <<< 'ret $8'
t lret forbidden <<< 'lret'
t iret forbidden <<< 'iretq'
t far-jmp forbidden <<< 'ljmp *%gs:(%eax)'
t far-call forbidden <<< 'lcall *%gs:(%eax)'
t movabs-load forbidden <<< 'movabs 0x1234567812345678, %rax'
t movabs-store forbidden <<< 'movabs %al, 0x1234567812345678'
t mov-to-ds forbidden <<< 'mov %eax, %ds'
t mov-to-gs forbidden <<< 'mov %eax, %gs'
t pop-fs forbidden <<< 'pop %fs'
t lgs forbidden <<< 'lgs %gs:(%eax), %eax'
t wrfsbase forbidden <<< 'wrfsbase %rax'
t wrgsbase forbidden <<< 'wrgsbase %rax'
t rdgsbase forbidden <<< 'rdgsbase %rax'
t swapgs forbidden <<< 'swapgs'
t wrpkru forbidden <<< 'wrpkru'
t in-port forbidden <<< 'in $0x60, %al'
t out-dx forbidden <<< 'out %al, %dx'
t cli forbidden <<< 'cli'
t wrmsr forbidden <<< 'wrmsr'
# Control and debug registers are not on the whitelist at all (REX.R forms
# such as cr10 do not exist, which the table cannot express).
t mov-cr3 unknown <<< 'mov %rax, %cr3'
t mov-dr7 unknown <<< 'mov %dr7, %rax'
t lgdt forbidden <<< 'lgdt %gs:(%eax)'
t enter forbidden <<< 'enter $16, $0'
t leave forbidden <<< 'leave'
t popf forbidden <<< 'popfq'
t xbegin forbidden <<< '1: xbegin 1b'
t xsave forbidden <<< 'xsave %gs:(%eax)'
# The x87 environment: fnstenv shows the host's last x87 instruction
# address, fldenv can retag the registers the host left and so read them.
t fldenv forbidden <<< 'fldenv %gs:(%eax)'
t fnstenv forbidden <<< 'fnstenv %gs:(%eax)'
t fstenv forbidden <<< 'fstenv %gs:(%eax)'
t fnstcw-allowed valid <<< 'fnstcw %gs:(%eax)'
t fldcw-allowed valid <<< 'fldcw %gs:(%eax)'
# The direction flag stays clear in sandbox code, so no way out of it
# needs cld.
t std forbidden <<< 'std'
t cld-allowed valid <<< 'cld'
t hlt-allowed valid <<< 'hlt'
t ud2-allowed valid <<< 'ud2'

# R3: bundles
t straddle bundle <<< '.fill 30, 1, 0x90; mov $1, %eax'
t fits-exactly valid <<< '.fill 27, 1, 0x90; mov $1, %eax'
t straddle-16 bundle -b 16 <<< '.fill 14, 1, 0x90; mov $1, %eax'
# A call may end anywhere in its bundle: the masked return (R7) rounds its
# return address up to the next bundle start, past the padding after it.
t call-mid-bundle valid <<< 'call f; nop; .p2align 5; f: hlt'
t call-mid-bundle-16 valid -b 16 <<< 'call f; nop; .p2align 4; f: hlt'
t indirect-call-mid-bundle valid <<< 'and $-32, %eax; add %r14, %rax; call *%rax; nop; hlt'
t call-at-end valid <<< '.fill 27, 1, 0x90; call f; f: hlt'

# R4: memory
t segue-load valid <<< 'mov %gs:8(%eax,%ebx,4), %ecx'
t segue-store valid <<< 'mov %rcx, %gs:-8(%r8d)'
t segue-avx valid <<< 'vmovdqu %gs:(%esi), %ymm0'
t segue-no-base valid <<< 'mov %gs:0x1000(,%eax,8), %rcx'
t plain-load memory <<< 'mov (%rax), %rcx'
t plain-store memory <<< 'mov %rcx, 8(%rbx,%rdx,2)'
t addr32-only memory <<< 'mov (%eax), %ecx'
t gs-64bit-address memory <<< 'mov %gs:(%rax), %ecx'
t fs-load prefix <<< 'mov %fs:(%eax), %ecx'
t rip-relative valid <<< 'mov 1f(%rip), %eax; 1: hlt'
t rip-relative-out riprel -a 0xf0000000 <<< 'mov 0x7ffffff0(%rip), %eax'
t rip-relative-below riprel <<< 'mov -0x7ffffff0(%rip), %eax'
t rsp-disp8 valid <<< 'mov 8(%rsp), %rax; mov %rax, -16(%rsp)'
t rsp-disp32-small valid <<< 'mov 32000(%rsp), %rax'
t rsp-disp32-large memory <<< 'mov 0x100000(%rsp), %rax'
t rsp-index memory <<< 'mov (%rsp,%rax,1), %rax'
t rbp-base memory <<< 'mov -8(%rbp), %rax'
t lea-any valid <<< 'lea 0x12345(%rax,%rbx,8), %rcx'
t nop-any-address valid <<< 'nopw 0x0(%rax,%rax,1)'
t push-memory memory <<< 'push (%rax)'
t pop-memory-segue valid <<< 'pop %gs:(%eax)'
t x87-memory memory <<< 'fldl (%rax)'
t x87-segue valid <<< 'fldl %gs:(%eax)'
t cmpxchg16b-plain memory <<< 'lock cmpxchg16b (%rdi)'
t cmpxchg16b-segue valid <<< 'lock cmpxchg16b %gs:(%edi)'
t prefetch-plain memory <<< 'prefetcht0 (%rax)'

# R5: %r14
t write-r14 reserved <<< 'mov $1, %r14'
t write-r14d reserved <<< 'mov $1, %r14d'
t write-r14w reserved <<< 'mov $1, %r14w'
t write-r14b reserved <<< 'mov $1, %r14b'
t pop-r14 reserved <<< 'pop %r14'
t xchg-r14 reserved <<< 'xchg %r14, %rax'
t xchg-r14-other-side reserved <<< 'xchg %rax, %r14'
t xadd-r14 reserved <<< 'xadd %rax, %r14'
t cmov-r14 reserved <<< 'cmove %rax, %r14'
t lea-r14 reserved <<< 'lea 8(%rax), %r14'
t movq-xmm-to-r14 reserved <<< 'movq %xmm0, %r14'
t inc-r14 reserved <<< 'inc %r14'
t bmi-blsr-r14 reserved <<< 'blsr %rax, %r14'
t mulx-high-r14 reserved <<< 'mulx %rax, %r14, %rcx'
t read-r14 valid <<< 'mov %r14, %rax; cmp %r14, %rax; push %r14'
t setcc-r14b reserved <<< 'sete %r14b'
t ah-is-not-rsp valid <<< 'mov %al, %ah; sete %ah'

# R6: %rsp
t mov-to-rsp rsp <<< 'mov %rax, %rsp'
t add-rsp-64 rsp <<< 'add $8, %rsp'
t sub-rsp-64 rsp <<< 'sub %rax, %rsp'
t lea-rsp-64 rsp <<< 'lea 8(%rsp), %rsp'
t pop-rsp rsp <<< 'pop %rsp'
t xchg-rsp rsp <<< 'xchg %rax, %rsp'
t write-spl rsp <<< 'mov $1, %spl'
t write-esp-alone rsp <<< 'mov %eax, %esp'
t esp-pair valid <<< 'mov %eax, %esp; add %r14, %rsp'
t esp-sub-pair valid <<< 'sub $40, %esp; add %r14, %rsp'
t esp-lea-pair valid <<< 'lea 16(%rsp), %esp; add %r14, %rsp'
t esp-pair-split rsp <<< '.fill 29, 1, 0x90; mov %eax, %esp; add %r14, %rsp'
t esp-pair-gap rsp <<< 'mov %eax, %esp; nop; add %r14, %rsp'
t and-rsp valid <<< 'and $-32, %rsp'
t and-rsp-positive rsp <<< 'and $0x7fffffff, %rsp'
t push-pop-call valid <<< 'push %rax; pop %rax; push $1; pop %rcx'
t jump-into-esp-pair target <<< 'jmp 1f; .p2align 5; mov %eax, %esp; 1: add %r14, %rsp'

# R7: indirect branches and runtime calls
t jmp-reg-unmasked indirect <<< 'jmp *%rax'
t call-reg-unmasked indirect <<< '.fill 30, 1, 0x90; call *%rax'
t jmp-masked valid <<< 'and $-32, %eax; add %r14, %rax; jmp *%rax'
t jmp-masked-r8 valid <<< 'and $-32, %r8d; add %r14, %r8; jmp *%r8'
t jmp-masked-add-03 valid <<< 'and $-32, %ecx; .byte 0x49, 0x03, 0xce; jmp *%rcx'
t call-masked valid <<< '.fill 24, 1, 0x90; and $-32, %eax; add %r14, %rax; call *%rax'
t mask-wrong-register indirect <<< 'and $-32, %ecx; add %r14, %rax; jmp *%rax'
t mask-16-with-32-bundles indirect <<< 'and $-16, %eax; add %r14, %rax; jmp *%rax'
t mask-16-bundles valid -b 16 <<< 'and $-16, %eax; add %r14, %rax; jmp *%rax'
t mask-64bit-and indirect <<< 'and $-32, %rax; add %r14, %rax; jmp *%rax'
t mask-split-across-bundles indirect <<< '.fill 26, 1, 0x90; and $-32, %eax; add %r14, %rax; jmp *%rax'
t mask-gap indirect <<< 'and $-32, %eax; nop; add %r14, %rax; jmp *%rax'
t jump-into-mask target <<< 'jmp 1f; .p2align 5; and $-32, %eax; 1: add %r14, %rax; jmp *%rax'
t jump-to-masked-jmp target <<< 'jmp 1f; .p2align 5; and $-32, %eax; add %r14, %rax; 1: jmp *%rax'
t jmp-memory rtcall <<< 'jmp *%gs:(%eax)'
t jmp-memory-plain rtcall <<< 'jmp *(%rax)'
t jmp-rip-memory rtcall <<< 'jmp *1f(%rip); 1: hlt'
t runtime-call-jmp valid <<< 'lea 1f(%rip), %r11; jmp *0x10000(%r14); .p2align 5; 1: hlt'
t runtime-call-call valid <<< '.fill 25, 1, 0x90; call *0x10008(%r14)'
t runtime-call-outside-table rtcall <<< 'jmp *0x10200(%r14)'
t runtime-call-misaligned rtcall <<< 'jmp *0x10004(%r14)'
t runtime-call-index rtcall <<< 'jmp *0x10000(%r14,%rax,8)'
t runtime-call-other-base rtcall <<< 'jmp *0x10000(%r13)'

# R8: direct branches
t hidden-syscall target <<< 'jmp 1f+1; .p2align 5; 1: mov $0x9090050f, %eax'
t jump-into-instruction target <<< 'jmp 1f+2; 1: mov $0x12345678, %eax'
t jump-outside-aligned valid <<< 'jmp .+0x1020'
t jump-outside-unaligned target <<< 'jmp .+0x1003'
t jump-below-sandbox target -a 0x20000 <<< 'jmp .-0x30000'
t backward-loop valid <<< '1: dec %ecx; jnz 1b; hlt'
t jcc-hint valid <<< '.byte 0x3e; jz 1f; 1: hlt'

# R9: string instructions
t rep-stos-bare string <<< 'rep stosq'
t rep-stos-sandboxed valid <<< 'mov %edi, %edi; lea (%r14,%rdi,1), %rdi; rep stosq'
t rep-movs-sandboxed valid <<< 'mov %esi, %esi; lea (%r14,%rsi,1), %rsi; mov %edi, %edi; lea (%r14,%rdi,1), %rdi; rep movsb'
t rep-movs-only-rdi string <<< 'mov %edi, %edi; lea (%r14,%rdi,1), %rdi; rep movsb'
t lods-sandboxed valid <<< 'mov %esi, %esi; lea (%r14,%rsi,1), %rsi; lodsb'
t string-addr32 prefix <<< 'mov %edi, %edi; lea (%r14,%rdi,1), %rdi; addr32 rep stosb'
t string-split string <<< '.fill 25, 1, 0x90; mov %edi, %edi; lea (%r14,%rdi,1), %rdi; rep stosq'
t jump-past-string-guard target <<< 'jmp 1f; .p2align 5; mov %edi, %edi; lea (%r14,%rdi,1), %rdi; 1: rep stosq'

# R10: policy deny classes
t rdtsc-default valid <<< 'rdtsc'
t rdtsc-denied denied -d rdtsc <<< 'rdtsc'
t clflush-denied denied -d clflush <<< 'clflush %gs:(%eax)'
t movnti-denied denied -d nontemporal <<< 'movnti %eax, %gs:(%ecx)'
t cpuid-denied denied -d cpuid <<< 'cpuid'
# mxcsr: what an embedded module without MXCSR access may not hold
t stmxcsr-default valid <<< 'stmxcsr -4(%rsp)'
t ldmxcsr-denied denied -d mxcsr <<< 'ldmxcsr -4(%rsp)'
t stmxcsr-denied denied -d mxcsr <<< 'stmxcsr -4(%rsp)'
t vldmxcsr-denied denied -d mxcsr <<< 'vldmxcsr -4(%rsp)'
t vstmxcsr-denied denied -d mxcsr <<< 'vstmxcsr -4(%rsp)'
t mxcsr-deny-leaves-sse valid -d mxcsr <<< 'addsd %xmm1, %xmm0'

# Range and geometry
t bad-bundle-size range -b 8 <<< 'nop'
t unaligned-address range -a 0x20004 <<< 'nop'
t beyond-4g range -a 0x100000000 <<< 'nop'
