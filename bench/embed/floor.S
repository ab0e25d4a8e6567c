/* The floor of a crossing into native sandboxed code and back, for
 * bench_embed.c to print beside halite_call: the register isolation that
 * any such crossing needs and nothing else. In:
 *   the host's six callee-saved registers pushed and its %rsp kept;
 *   xmm0-15 cleared (VEX zeroing, as entry.S does with AVX);
 *   every general register cleared, %r14 set to a base;
 *   the return address stored on the callee's stack, %rsp switched to it,
 *   and an indirect jump to the callee.
 * The callee returns as sandboxed code does (pop, round up to a bundle,
 * add the base, jump: docs/abi.md R7), straight to a label here, which
 * takes back the host's %rsp and registers and returns. Not in it: what
 * halite_call does besides (its checks, the bias, the thread-local
 * thread, the control words, the runtime call's table and stub, the
 * result). Needs AVX.
 *
 * void bench_floor_call(void *stack_top, uint64_t callee) */
	.text
	.globl bench_floor_call
	.type bench_floor_call,@function
	.p2align 5
bench_floor_call:
	pushq %rbp
	pushq %rbx
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	movq %rsp, host_rsp(%rip)
	.irp i, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
	vpxor %xmm\i, %xmm\i, %xmm\i
	.endr
	leaq .Lback(%rip), %rax
	movq %rax, -8(%rdi)
	leaq -8(%rdi), %rsp
	movq %rax, %r14
	shrq $32, %r14
	shlq $32, %r14 /* the base: the high half of .Lback's address */
	movq %rsi, %r11
	xorl %eax, %eax
	xorl %ebx, %ebx
	xorl %ecx, %ecx
	xorl %edx, %edx
	xorl %esi, %esi
	xorl %edi, %edi
	xorl %ebp, %ebp
	xorl %r8d, %r8d
	xorl %r9d, %r9d
	xorl %r10d, %r10d
	xorl %r12d, %r12d
	xorl %r13d, %r13d
	xorl %r15d, %r15d
	jmp *%r11
	.p2align 5 /* a bundle start, where the callee's return lands */
.Lback:
	movq host_rsp(%rip), %rsp
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbx
	popq %rbp
	ret
	.size bench_floor_call, .-bench_floor_call

/* An empty function as the sandbox's code returns. */
	.globl bench_floor_empty
	.type bench_floor_empty,@function
	.p2align 5
bench_floor_empty:
	popq %r11
	addl $31, %r11d
	andl $-32, %r11d
	addq %r14, %r11
	jmp *%r11
	.size bench_floor_empty, .-bench_floor_empty

	.bss
	.p2align 3
host_rsp:
	.quad 0

	.section .note.GNU-stack,"",@progbits
