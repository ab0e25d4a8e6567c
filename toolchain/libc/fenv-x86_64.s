# musl's floating-point environment for x86_64 (the functions of its
# src/fenv/x86_64/fenv.s, with the same names and the same fenv_t), built
# into halite's libc instead of musl's file (musl-overrides.mk). musl's
# uses fnstenv and fldenv, which the validator refuses (docs/abi.md R2):
# fnstenv shows the address of the last x87 instruction, the host's
# after a call, and fldenv can tag the x87 registers the host's code left
# behind valid and so read them. Here the control and status words are
# read and written one by one (fnstcw, fnstsw, fldcw, fnclex).
#
# The exception flags live in two places, the x87 status word and MXCSR,
# both bits 0-5 (FE_INVALID 1 ... FE_INEXACT 0x20). As in musl, raising
# sets them in MXCSR, testing reads both, and clearing one clears it in
# both; an x87 flag can only be cleared with all the others (fnclex), so
# those not asked for move to MXCSR. fesetenv does the same with the flags
# of the environment it loads.
#
# fenv_t (bits/fenv.h, fnstenv's layout then MXCSR): the control word at
# 0, the status word at 4, the tag word at 8, the instruction and data
# pointers at 12-27, MXCSR at 28. fegetenv stores the tags all empty (the
# x87 stack is empty at a call) and the pointers as zero.

	.text

# int feclearexcept(int excepts)
	.globl feclearexcept
	.type feclearexcept,@function
feclearexcept:
	pushq %rax                      # a slot for MXCSR
	stmxcsr (%rsp)
	fnstsw %ax
	andl $0x3f, %eax
	je 1f
	fnclex
	orl %eax, (%rsp)                # the x87 flags, now in MXCSR
1:	andl $0x3f, %edi
	notl %edi
	andl %edi, (%rsp)
	ldmxcsr (%rsp)
	popq %rax
	xorl %eax, %eax
	ret
	.size feclearexcept, .-feclearexcept

# int feraiseexcept(int excepts)
	.globl feraiseexcept
	.type feraiseexcept,@function
feraiseexcept:
	pushq %rax
	stmxcsr (%rsp)
	andl $0x3f, %edi
	orl %edi, (%rsp)
	ldmxcsr (%rsp)
	popq %rax
	xorl %eax, %eax
	ret
	.size feraiseexcept, .-feraiseexcept

# int fetestexcept(int excepts)
	.globl fetestexcept
	.type fetestexcept,@function
fetestexcept:
	pushq %rax
	stmxcsr (%rsp)
	fnstsw %ax
	orl (%rsp), %eax
	andl $0x3f, %edi
	andl %edi, %eax
	popq %rcx
	ret
	.size fetestexcept, .-fetestexcept

# int __fesetround(int mode): mode is FE_TONEAREST 0, FE_DOWNWARD 0x400,
# FE_UPWARD 0x800 or FE_TOWARDZERO 0xc00 (fesetround checks it), the
# x87 control word's rounding bits 10-11; MXCSR's are bits 13-14.
	.globl __fesetround
	.hidden __fesetround
	.type __fesetround,@function
__fesetround:
	pushq %rax
	fnstcw (%rsp)
	andw $0xf3ff, (%rsp)
	orw %di, (%rsp)
	fldcw (%rsp)
	stmxcsr (%rsp)
	andl $0xffff9fff, (%rsp)
	shll $3, %edi
	orl %edi, (%rsp)
	ldmxcsr (%rsp)
	popq %rax
	xorl %eax, %eax
	ret
	.size __fesetround, .-__fesetround

# int fegetround(void): from MXCSR, in the x87 form of the modes.
	.globl fegetround
	.type fegetround,@function
fegetround:
	pushq %rax
	stmxcsr (%rsp)
	popq %rax
	shrl $3, %eax
	andl $0xc00, %eax
	ret
	.size fegetround, .-fegetround

# int fegetenv(fenv_t *env)
	.globl fegetenv
	.type fegetenv,@function
fegetenv:
	movl $0, (%rdi)
	fnstcw (%rdi)
	movl $0, 4(%rdi)
	fnstsw 4(%rdi)
	movl $0xffff, 8(%rdi)
	movq $0, 12(%rdi)
	movq $0, 20(%rdi)
	stmxcsr 28(%rdi)
	xorl %eax, %eax
	ret
	.size fegetenv, .-fegetenv

# int fesetenv(const fenv_t *env): env may be FE_DFL_ENV, (fenv_t *)-1:
# x87 control word 0x37f, MXCSR 0x1f80, no flags. The x87 flags are
# cleared first: fldcw would make one the new control word unmasks
# pending.
	.globl fesetenv
	.type fesetenv,@function
fesetenv:
	fnclex
	pushq %rax
	cmpq $-1, %rdi
	je 1f
	fldcw (%rdi)
	movzwl 4(%rdi), %eax
	andl $0x3f, %eax
	orl 28(%rdi), %eax
	movl %eax, (%rsp)
	ldmxcsr (%rsp)
	popq %rax
	xorl %eax, %eax
	ret
1:	movl $0x37f, (%rsp)
	fldcw (%rsp)
	movl $0x1f80, (%rsp)
	ldmxcsr (%rsp)
	popq %rax
	xorl %eax, %eax
	ret
	.size fesetenv, .-fesetenv

	.section .note.GNU-stack,"",@progbits
