/* halite_call (include/halite.h): its common case in assembly, everything
 * else in C (embed.c, hl_embed_call_slow).
 *
 * The common case is the biased host thread (owner.c) calling an instance
 * with no time limit, not from a callback of any sandbox, with arguments
 * that all go in registers (at most six integers and eight doubles):
 * about a third of the instructions of the C path, which is what an empty
 * call costs on a CPU that runs this code at four instructions a cycle
 * (docs/embedding.md, "Costs"). Integer arguments alone are passed to
 * hl_call_fast as they are; with doubles, .Lcheck_mixed sorts them first.
 *
 * Invariants:
 * - Until the bias is taken (bias_inside = 1), nothing is written and
 *   %rdi, %rsi, %rdx, %rcx and %r8 still hold the caller's arguments, so
 *   any check that fails jumps to the C path as if it had been called.
 * - The bias is taken as embed_own does it: the store, then the loads of
 *   slow (EMBED_SLOW_REVOKING) and bias, in that order, with nothing
 *   between that could reorder them for the compiler; a revoking thread's
 *   membarrier orders them for the CPU.
 * - Few branches: this CPU runs two a cycle at most, and a path that
 *   tested each condition on its own (13 branches before the bias, not 7)
 *   measured 0.3 ns slower. So conditions that must all hold are tested
 *   in one comparison where they can be (slow and owner, one 8-byte
 *   word; the %gs base and the thread-local thread, xor and or; the
 *   function's range and alignment, a rotation).
 * - hl_call_fast (entry.S) enters with the frame of hl_call_enter, so a
 *   fault, a stop or a callback leaves the same way; it returns 0 after a
 *   yield, 1 after any other way out (t->end, or the instance is dead),
 *   -EFAULT if the module's stack cannot take the return address. */
#include "embed/embed_layout.h"
#include "runtime/thread_layout.h"

/* Takes the bias: as embed_own does, the store, then the loads of
 * slow and bias, else the C path. %eax: this thread's tid. Leaves t
 * in %r9, marked running (t->end, which the runtime's system calls
 * check), and inst, ret and t
 * pushed for .Lback: they are kept across the crossing, which restores
 * only the callee-saved registers; three words keep %rsp % 16 == 8 at
 * hl_call_fast. */
.macro TAKE_BIAS
	movl $1, I_BIAS_INSIDE(%rdi)
	cmpl $0, I_SLOW(%rdi) /* EMBED_SLOW_REVOKING, or any other reason */
	jne .Lundo
	cmpl I_BIAS(%rdi), %eax
	jne .Lundo
	movq I_T(%rdi), %r9
	movl $T_END_RUNNING, T_END(%r9)
	pushq %rdi
	pushq %r8
	pushq %r9
.endm

/* Calls hl_call_fast (entry.S, its convention) with t in %r9, fn in %rsi,
 * the integer arguments at %rdx (a halite_value array's stride), %ecx
 * of them, %r10d doubles in t->call_xmm. */
.macro CROSS
	movq I_CALL_SLOT(%rdi), %r8
	movq I_RET_BUNDLE(%rdi), %rax
	movq %r9, %rdi
	call hl_call_fast
.endm

	.text
	.globl halite_call
	.type halite_call,@function
	.p2align 5
/* int halite_call(halite_instance *inst, halite_fn fn,
 *                 const halite_value *args, unsigned nargs, halite_value *ret) */
halite_call:
	testq %rdi, %rdi
	je .Lslow
	movq hl_tls_thread@gottpoff(%rip), %r9
	movl %fs:TLS_TID(%r9), %eax
	cmpl I_BIAS(%rdi), %eax
	jne .Lslow /* another thread's, or none (EMBED_NO_BIAS) */
	cmpl $0, I_BIAS_INSIDE(%rdi)
	jne .Lslow /* a call from a callback of this instance */
	/* slow and owner: starting, a time limit, dead, stopping, revoking;
	 * or a thread entered by the C path */
	cmpq $0, I_SLOW(%rdi)
	jne .Lslow
	movq %fs:TLS_GS_BASE(%r9), %r10
	xorq I_BASE(%rdi), %r10
	orq %fs:TLS_THREAD(%r9), %r10
	jne .Lslow /* the C path sets the %gs base; or inside a callback of any sandbox */
	/* fn in the first code segment and at a bundle start, in one
	 * comparison: fn - code_lo rotated right by log2(HL_BUNDLE) is below
	 * code_bundles only if it is a whole number of bundles (else its low
	 * bits rotate to the top) and fn is not below code_lo (else the
	 * difference wrapped round). */
	movq %rsi, %r10
	subq I_CODE_LO(%rdi), %r10
	rorq $5, %r10
	cmpq I_CODE_BUNDLES(%rdi), %r10
	jae .Lslow
	testl %ecx, %ecx
	jne .Lcheck_args
.Ltake:
	TAKE_BIAS
	xorl %r10d, %r10d /* no doubles */
	CROSS
.Lback:
	popq %r9
	popq %r8
	popq %rdi
	movq hl_tls_thread@gottpoff(%rip), %rcx
	movq $0, %fs:(%rcx)
	movl I_SLOW(%rdi), %ecx
	orl %eax, %ecx
	jne .Lend /* not a yield; or a callback ended or destroyed it, or it was asked to stop */
	testq %r8, %r8
	je 2f
	cmpl $V_DOUBLE, (%r8)
	je 1f
	movq T_REGS+R_RAX(%r9), %rcx
	movq %rcx, V_PAYLOAD(%r8)
2:	movl $0, I_BIAS_INSIDE(%rdi)
	xorl %eax, %eax
	ret
1:	movq T_RET_XMM0(%r9), %rcx
	movq %rcx, V_PAYLOAD(%r8)
	jmp 2b

/* The types of the arguments, before anything is written: all
 * HALITE_INT (0), at most CALL_MAX_INTS, go on above; with doubles, at
 * most CALL_MAX_DOUBLES, to .Lcheck_mixed; anything else to the C path,
 * which names the error. The integer-only case has a loop of its own:
 * one loop that also counts the doubles made add(long, long) 1 ns
 * slower. */
.Lcheck_args:
	testq %rdx, %rdx
	je .Lslow /* HALITE_ERR_INVAL */
	cmpl $CALL_MAX_INTS+CALL_MAX_DOUBLES, %ecx
	ja .Lslow
	cmpl $CALL_MAX_INTS, %ecx
	ja .Lcheck_mixed
	movq %rdx, %r9
	movl %ecx, %r10d
1:	cmpl $0, (%r9)
	jne .Lcheck_mixed
	addq $V_SIZE, %r9
	decl %r10d
	jne 1b
	jmp .Ltake
.Lcheck_mixed:
	movq %rdx, %r9
	movl %ecx, %r10d
	xorl %r11d, %r11d /* the doubles */
1:	cmpl $V_DOUBLE, (%r9)
	ja .Lslow
	jne 2f
	incl %r11d
2:	addq $V_SIZE, %r9
	decl %r10d
	jne 1b
	cmpl $CALL_MAX_DOUBLES, %r11d
	ja .Lslow
	movl %ecx, %r10d
	subl %r11d, %r10d
	cmpl $CALL_MAX_INTS, %r10d
	ja .Lslow
	TAKE_BIAS
	/* The doubles to t->call_xmm, the integers to a halite_value array
	 * of their own on this stack (hl_call_fast's form), in their order. */
	subq $CALL_MAX_INTS*V_SIZE, %rsp
	movq %rdx, %r10
	xorl %eax, %eax /* the integers so far, times V_SIZE */
	xorl %r11d, %r11d /* the doubles so far */
3:	movq V_PAYLOAD(%r10), %rdx
	cmpl $0, (%r10)
	jne 4f
	movq %rdx, V_PAYLOAD(%rsp,%rax)
	addl $V_SIZE, %eax
	jmp 5f
4:	movq %rdx, T_CALL_XMM(%r9,%r11,8)
	incl %r11d
5:	addq $V_SIZE, %r10
	decl %ecx
	jne 3b
	shrl $4, %eax /* log2(V_SIZE) */
	movl %eax, %ecx
	movl %r11d, %r10d
	movq %rsp, %rdx
	CROSS
	addq $CALL_MAX_INTS*V_SIZE, %rsp
	jmp .Lback

.Lundo:
	movl $0, I_BIAS_INSIDE(%rdi)
.Lslow:
	jmp hl_embed_call_slow

/* hl_embed_call_end(inst, r, ret): the C path's way out. */
.Lend:
	movl %eax, %esi
	movq %r8, %rdx
	jmp hl_embed_call_end
	.size halite_call, .-halite_call

	.section .note.GNU-stack,"",@progbits
