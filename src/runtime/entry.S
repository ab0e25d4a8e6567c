/* Entry into and exit from sandboxed code, and the runtime-call entry
 * points the read-only table at sandbox address 0x10000 holds
 * (docs/abi.md, section 5; runtime calls 2 and 3: docs/embedding.md).
 *
 * Invariants:
 * - The runtime never touches the sandbox stack: a runtime call arrives
 *   with the sandbox's %rsp, which is saved and replaced by the host stack
 *   recorded by hl_enter. The red zone below the sandbox %rsp survives.
 * - The current thread is found through host thread-local words (%fs: is
 *   the host's thread pointer; sandbox code can never use %fs). A runtime
 *   call arrives with only %r11 free, so the table does not point here
 *   but at stubs made at run time (stubs.c) from the templates at the end
 *   of this file: they address the words as %fs:OFFSET, OFFSET patched in
 *   once per process, then jump to the bodies below with %r11 = thread.
 *   Everything else here reaches the words through the GOT (initial-exec
 *   model), so the same code links into an executable and into
 *   libhalite.so (no text relocation).
 * - A continuation address comes from the sandbox and is masked to a
 *   bundle start in the slot before any jump to it.
 * - Runtime call 0 preserves every register but %rax, and the flags; the
 *   whole vector state is saved with XSAVE because the runtime's own code
 *   (and the C library it calls) may use any vector register. */
#include "runtime/thread_layout.h"

/* The thread-local words. Initial-exec: an offset from %fs fixed when the
 * library is loaded, the same in every thread (stubs.c reads it once). */
	.section .tdata,"awT",@progbits
	.align 8
	/* Three words at the offsets TLS_* of thread_layout.h from
	 * hl_tls_thread, so that src/embed/call.S reaches them all from one
	 * GOT entry. */
	.globl hl_tls_thread
	.type hl_tls_thread,@object
	.size hl_tls_thread,8
hl_tls_thread:		/* the sandbox thread this host thread runs, or 0 */
	.quad 0
	.globl hl_tls_gs_base
	.type hl_tls_gs_base,@object
	.size hl_tls_gs_base,8
hl_tls_gs_base:		/* this host thread's %gs base as last set (thread.c) */
	.quad HL_GS_BASE_UNKNOWN
	.globl hl_embed_tls_tid
	.type hl_embed_tls_tid,@object
	.size hl_embed_tls_tid,4
hl_embed_tls_tid:	/* its kernel tid once it has called an instance (embed.c) */
	.long 0
	.long 0

	.section .tbss,"awT",@nobits
	.align 8
	.globl hl_tls_scratch
	.type hl_tls_scratch,@object
	.size hl_tls_scratch,8
hl_tls_scratch:		/* a stub's spill of one sandbox register */
	.zero 8
	.globl hl_tls_link
	.type hl_tls_link,@object
	.size hl_tls_link,8
hl_tls_link:		/* runtime call 1's continuation */
	.zero 8

	.section .rodata
	.align 4
hl_mxcsr_default:
	.long 0x1f80
hl_fpucw_default:
	.short 0x37f

	.text

/* Stores the sandbox's general registers into the thread in %r11 and
 * switches to its host stack. Entry (from a stub, stubs.c): %r11 = thread,
 * the sandbox's %rax and continuation already in T_REGS+R_RAX,
 * T_REGS+R_R11 and T_REGS+R_RIP, %rax free, the rest the sandbox's.
 * Exit: %rax clobbered, flags untouched. */
.macro SAVE_GPRS
	movq %rbx, T_REGS+R_RBX(%r11)
	movq %rcx, T_REGS+R_RCX(%r11)
	movq %rdx, T_REGS+R_RDX(%r11)
	movq %rsi, T_REGS+R_RSI(%r11)
	movq %rdi, T_REGS+R_RDI(%r11)
	movq %rbp, T_REGS+R_RBP(%r11)
	movq %rsp, T_REGS+R_RSP(%r11)
	movq %r8, T_REGS+R_R8(%r11)
	movq %r9, T_REGS+R_R9(%r11)
	movq %r10, T_REGS+R_R10(%r11)
	movq %r12, T_REGS+R_R12(%r11)
	movq %r13, T_REGS+R_R13(%r11)
	movq %r14, T_REGS+R_R14(%r11)
	movq %r15, T_REGS+R_R15(%r11)
	movq T_HOST_RSP(%r11), %rsp
.endm

/* Loads the sandbox's general registers from the thread in %r11 (%r14
 * from T_BASE, never from the saved value) and jumps to T_REGS+R_RIP,
 * which the caller has masked. Only moves: the flags are left as set. */
.macro LOAD_GPRS_AND_JUMP
	movq T_REGS+R_RAX(%r11), %rax
	movq T_REGS+R_RBX(%r11), %rbx
	movq T_REGS+R_RCX(%r11), %rcx
	movq T_REGS+R_RDX(%r11), %rdx
	movq T_REGS+R_RSI(%r11), %rsi
	movq T_REGS+R_RDI(%r11), %rdi
	movq T_REGS+R_RBP(%r11), %rbp
	movq T_REGS+R_R8(%r11), %r8
	movq T_REGS+R_R9(%r11), %r9
	movq T_REGS+R_R10(%r11), %r10
	movq T_REGS+R_R12(%r11), %r12
	movq T_REGS+R_R13(%r11), %r13
	movq T_BASE(%r11), %r14
	movq T_REGS+R_R15(%r11), %r15
	movq T_REGS+R_RSP(%r11), %rsp
	movq T_REGS+R_RIP(%r11), %r11
	jmp *%r11
.endm

/* The host's callee-saved registers, pushed by the ways in, and the
 * frame they make popped by the ways out (hl_leave, the yield stub) from
 * its 8 bytes of padding on, where the host stack pointer saved in
 * T_HOST_RSP points. */
.macro PUSH_HOST_SAVED
	pushq %rbp
	pushq %rbx
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
.endm

.macro POP_HOST_SAVED
	addq $8, %rsp
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbx
	popq %rbp
.endm

/* Saves the sandbox's registers into the thread in %r11 (a stub's entry
 * state, SAVE_GPRS) and switches to its host stack. Exit: %rbx = thread,
 * on the host stack, DF clear, vector state saved, and the x87 and SSE
 * control words reset to the defaults (every exception masked), so that
 * no floating-point operation of the runtime can trap on the sandbox's
 * settings. The x87 exception flags are cleared before that: fldcw waits,
 * and one the sandbox's control word unmasks would trap on it, in the
 * runtime (XSAVE kept them, so such an exception traps again at the
 * sandbox's next x87 instruction, as it would have without the call).
 * The x87 register stack is left as the sandbox left it (fninit would
 * cost 25 ns per call): the runtime's code uses no x87 instructions, and
 * the way back to a host (hl_leave) empties it. */
.macro SAVE_SANDBOX
	SAVE_GPRS
	pushfq
	popq T_REGS+R_RFLAGS(%r11)
	cld /* clear already (std is refused, R2): kept where it costs nothing that counts */
	movq %r11, %rbx
	movq T_XSAVE(%rbx), %rdi
	movl $HL_XSAVE_MASK, %eax
	xorl %edx, %edx
	xsaveopt64 (%rdi)
	CLEAR_X87_FLAGS
	fldcw hl_fpucw_default(%rip)
	ldmxcsr hl_mxcsr_default(%rip)
.endm

/* Clears the vector registers listed by number with the zeroing idiom op:
 * vpxor (VEX: the upper halves too) or pxor. */
.macro ZERO_XMM op, regs:vararg
	.irp r, \regs
	.ifc \op, vpxor
	vpxor %xmm\r, %xmm\r, %xmm\r
	.else
	pxor %xmm\r, %xmm\r
	.endif
	.endr
.endm

/* Clears the x87 exception flags if any is set (fnstsw is cheap, fnclex
 * is not): the status word is the caller's to lose (System V ABI), and
 * the flags would tell one side of a call about the other's arithmetic.
 * The SSE ones are in MXCSR, handled with its control bits. Clobbers
 * %ax. */
.macro CLEAR_X87_FLAGS
	fnstsw %ax
	testb $0x3f, %al
	jne .Lfnclex\@
.Lfnclex_done\@:
	.pushsection .text.unlikely,"ax",@progbits
.Lfnclex\@:
	fnclex
	jmp .Lfnclex_done\@
	.popsection
.endm

/* Stores the module's x87 control word at cw and sets ZF if it and the
 * host's (T_HOST_FPUCW of the thread in t) both mask every exception:
 * then no exception flag can trap, so none needs reading (fnstsw costs
 * 5 ns on AMD Zen 5, fnstcw 0.6 ns). Clobbers %eax. No branch, so that
 * the stub templates can use it. */
.macro X87_ALL_MASKED cw, t
	fnstcw \cw
	movzwl \cw, %eax
	andw T_HOST_FPUCW(\t), %ax
	notl %eax
	testb $0x3f, %al
.endm

/* Tags every x87 register empty: ffree of st(0) to st(7) reaches all
 * eight whatever TOP is (1 ns a call; emms measured 1.5 ns). Run with no
 * exception flag set: ffree waits for a pending exception. No branch, so
 * that the stub templates can use it. */
.macro EMPTY_X87_STACK
	.irp i, 0, 1, 2, 3, 4, 5, 6, 7
	ffree %st(\i)
	.endr
.endm

/* The first half of both ways into a call (hl_call_enter, hl_call_fast),
 * with t in %rdi, the host's registers but the callee-saved ones dead:
 * the host's callee-saved registers pushed and its stack pointer saved
 * (the frame POP_HOST_SAVED unwinds), t made this host thread's sandbox
 * thread, the host's MXCSR saved and the default loaded (neither for a
 * module that can neither read nor write MXCSR, t->mxcsr_free: it runs
 * with the host's, as a library function would), the host's x87 control
 * word saved and the default loaded where it differs, the x87 exception
 * flags cleared (neither x87 step for a module without x87 code,
 * t->x87_free: it can neither see nor use the x87 unit; the control word
 * is saved all the same, for the way out that resets it: runtime call
 * 0), and xmm0-15 cleared: VEX-encoded zeroing idioms when the CPU
 * has AVX, which clear the whole register (ymm, and zmm0-15 with
 * AVX-512) at rename (vzeroall costs more). The direction flag is clear
 * at a call (System V ABI). The rare cases run out of line, so that the
 * common one runs straight through (each taken branch costs). MXCSR is
 * stored, never read back here, and loaded unconditionally, in and out:
 * on AMD Zen 5 stmxcsr alone takes 4 ns, and a load of what it just
 * stored 2 ns more, while ldmxcsr costs 0.3 ns (docs/embedding.md,
 * "Costs"). Clobbers %rax. */
.macro ENTER_FROM_HOST
	PUSH_HOST_SAVED
	subq $8, %rsp /* the alignment of calls from the runtime; the yield stub's scratch */
	movq %rsp, T_HOST_RSP(%rdi)
	SET_TLS_THREAD
	cmpl $0, T_MXCSR_FREE(%rdi)
	je .Lmxcsr\@
.Lmxcsr_done\@:
	fnstcw T_HOST_FPUCW(%rdi)
	cmpl $0, T_X87_FREE(%rdi)
	jne .Lx87_done\@
	cmpw $0x37f, T_HOST_FPUCW(%rdi)
	jne .Lfpucw\@
.Lfpucw_done\@:
	CLEAR_X87_FLAGS
.Lx87_done\@:
	cmpb $0, hl_cpu_avx(%rip)
	je .Lsse\@
	ZERO_XMM vpxor, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
.Lxmm_done\@:
	.pushsection .text.unlikely,"ax",@progbits
.Lmxcsr\@:
	stmxcsr T_HOST_MXCSR(%rdi)
	ldmxcsr hl_mxcsr_default(%rip)
	jmp .Lmxcsr_done\@
.Lfpucw\@:
	fldcw hl_fpucw_default(%rip)
	jmp .Lfpucw_done\@
.Lsse\@:
	ZERO_XMM pxor, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
	jmp .Lxmm_done\@
	.popsection
.endm

/* The general registers that carry no argument, cleared (the host's
 * callee-saved ones hold host pointers); the flags end constant. */
.macro CLEAR_NONARG_GPRS
	xorl %ebx, %ebx
	xorl %ebp, %ebp
	xorl %r10d, %r10d
	xorl %r12d, %r12d
	xorl %r13d, %r13d
	xorl %r15d, %r15d
.endm

/* The double arguments of a call: the first %eax (1 to 8) of
 * t->call_xmm (t in %rdi) into xmm0-7, the others left as they are
 * (cleared), then a jump to done. */
.macro LOAD_XMM_ARGS done
	.irp i, 0, 1, 2, 3, 4, 5, 6, 7
	movq T_CALL_XMM+8*\i(%rdi), %xmm\i
	.if \i < 7
	cmpl $\i+2, %eax
	jb \done
	.endif
	.endr
	jmp \done
.endm

/* Records t (in %rdi) as this host thread's sandbox thread. Clobbers %rax. */
.macro SET_TLS_THREAD
	movq hl_tls_thread@gottpoff(%rip), %rax
	movq %rdi, %fs:(%rax)
.endm

/* void hl_enter(struct hl_thread *t)
 * Runs the sandbox thread t on this host thread, from t->regs, until it
 * exits, faults or is stopped; the reason is left in t. Preserves the
 * host's callee-saved registers. */
	.globl hl_enter
	.type hl_enter,@function
	.p2align 4
hl_enter:
	PUSH_HOST_SAVED
	subq $8, %rsp /* 16-byte alignment for the calls made from here */
	movq %rsp, T_HOST_RSP(%rdi)
	SET_TLS_THREAD
	movq %rdi, %rbx
	jmp hl_resume
	.size hl_enter, .-hl_enter

/* Runtime call 0: system call (docs/abi.md, section 5). Reached through
 * a stub (stubs.c): %r11 = thread. */
	.globl hl_rtcall_syscall_body
	.type hl_rtcall_syscall_body,@function
	.p2align 4
hl_rtcall_syscall_body:
	SAVE_SANDBOX
	movq %rbx, %rdi
	call hl_syscall_entry
	testl %eax, %eax
	jnz .Lleave_saved
	/* fall through */

/* Resumes the sandbox thread in %rbx from its saved registers. The
 * continuation in T_REGS+R_RIP has been masked by the C side. */
hl_resume:
	movq T_XSAVE(%rbx), %rdi
	movl $HL_XSAVE_MASK, %eax
	xorl %edx, %edx
	xrstor64 (%rdi)
	pushq T_REGS+R_RFLAGS(%rbx)
	popfq
	/* From here on only moves, which leave the flags alone. */
	movq %rbx, %r11
	LOAD_GPRS_AND_JUMP
	.size hl_rtcall_syscall_body, .-hl_rtcall_syscall_body

/* The thread ends in a runtime call that saved it with SAVE_SANDBOX (a
 * system call, a reserved one). A module that can neither read nor write
 * MXCSR (t->mxcsr_free) ran with the host's, which the way in did not
 * save: it is in the XSAVE image, at byte 24 (XSAVEOPT always stores
 * MXCSR), since SAVE_SANDBOX loaded the default. */
.Lleave_saved:
	cmpl $0, T_MXCSR_FREE(%rbx)
	je hl_leave
	movq T_XSAVE(%rbx), %rax
	ldmxcsr 24(%rax)
	/* fall through */

/* Leaves the sandbox for good on this host thread: back to hl_enter's
 * caller. Entry: %rbx = thread, on its host stack, no unmasked x87
 * exception pending (SAVE_SANDBOX and hl_signal_exit clear the flags,
 * runtime call 3 when an exception is unmasked; a module without x87 code
 * leaves the host's x87 unit as it was). The x87 stack is emptied for
 * the host's code (the yield stub says why). */
hl_leave:
	movq T_HOST_RSP(%rbx), %rsp
	EMPTY_X87_STACK
	POP_HOST_SAVED
	movl $1, %eax /* hl_call_fast: not a yield */
	ret

/* Runtime calls 2..63 are reserved: the thread stops with an error. */
	.globl hl_rtcall_reserved_body
	.type hl_rtcall_reserved_body,@function
	.p2align 4
hl_rtcall_reserved_body:
	SAVE_SANDBOX
	movq %rbx, %rdi
	call hl_rtcall_reserved_entry
	jmp .Lleave_saved
	.size hl_rtcall_reserved_body, .-hl_rtcall_reserved_body

/* The embedding API (docs/embedding.md). A host call into an embedded
 * sandbox enters with hl_call_enter, or hl_call_fast for the common case
 * (src/embed/call.S), and comes back through runtime call 2 (its return
 * address is the return bundle, which makes runtime call 2; its stub,
 * hl_stub_yield, returns from either).
 * Neither touches the XSAVE image: a function call owes its caller no
 * vector register, so the sandbox's vector state is not kept between
 * calls, and the host's never reaches the sandbox:
 * - xmm0-15 are cleared, with VEX encodings when the CPU has AVX, which
 *   clear ymm0-15 and zmm0-15 whole; zmm16-31 and the opmask registers
 *   are only reachable with AVX-512 instructions, which the validator
 *   refuses (docs/abi.md R1);
 * - at a call the x87 stack is empty (System V ABI): its registers are
 *   tagged empty and cannot be read, nor tagged valid again (fldenv,
 *   frstor, fxrstor, xrstor and MMX are refused), and the address of the
 *   host's last x87 instruction cannot be read (fnstenv, fnsave, fxsave
 *   and xsave are refused);
 * - the general registers that carry no argument are zeroed (the host's
 *   callee-saved ones hold host values, pointers among them), and the
 *   flags are set to a constant (xor) rather than restored.
 * Nor are the module's general registers kept between calls: runtime
 * call 2 saves only %rax (the result) and %rsp (after the start-up, the
 * stack of halite_serve()); a thread stopped in runtime call 3 keeps all
 * of them, in t->regs, which a nested call saves and restores.
 * Each call starts with the default control words (MXCSR 0x1f80, x87
 * 0x37f), as a new thread does; the host's are saved in t and restored on
 * the way out. Runtime calls 0 and 3 made during a call save and restore
 * the whole vector state as always.
 *
 * void hl_call_enter(struct hl_thread *t): the frame is hl_enter's, so a
 * fault or the stop signal leaves through hl_signal_exit and hl_leave as
 * for any sandbox thread. */
	.globl hl_call_enter
	.type hl_call_enter,@function
	.p2align 4
hl_call_enter:
	ENTER_FROM_HOST
	movl T_CALL_NXMM(%rdi), %eax
	testl %eax, %eax
	jne 6f
5:	movq %rdi, %r11
	CLEAR_NONARG_GPRS /* then only moves */
	movq T_REGS+R_RAX(%r11), %rax
	movq T_REGS+R_RCX(%r11), %rcx
	movq T_REGS+R_RDX(%r11), %rdx
	movq T_REGS+R_RSI(%r11), %rsi
	movq T_REGS+R_RDI(%r11), %rdi
	movq T_REGS+R_R8(%r11), %r8
	movq T_REGS+R_R9(%r11), %r9
	movq T_BASE(%r11), %r14
	movq T_REGS+R_RSP(%r11), %rsp
	movq T_REGS+R_RIP(%r11), %r11
	jmp *%r11
6:	LOAD_XMM_ARGS 5b
	.size hl_call_enter, .-hl_call_enter

/* Runtime call 3 (embedded sandboxes only): call a host function.
 * hl_callback_entry runs it on the host stack, below this thread's
 * hl_enter frame; it may enter the sandbox again (a nested hl_enter on the
 * same thread), and restores t before it returns 0 (resume) or 1
 * (leave).
 *
 * No XSAVE image, as for a call (hl_call_enter): to the module this is a
 * function call (halite_callback, src/embed/guest/), after which the
 * System V ABI lets it expect nothing of its vector registers, only of
 * its control words (MXCSR's and the x87's control bits). So the double
 * arguments xmm0-7 are copied to t->call_xmm, the control words to
 * t->sb_mxcsr and t->sb_fpucw, the x87 state made safe for the host's
 * code as in the yield stub (flags cleared, stack emptied: an ABI-abiding
 * module has nothing there at a call; a module without x87 code cannot
 * have changed either), and on the way back the control words are
 * loaded again, xmm0 is the result (t->ret_xmm0) and xmm1-15 are cleared,
 * with VEX encodings when the CPU has AVX (which clear ymm0-15 and
 * zmm0-15 whole): nothing the host's code left in them reaches the
 * module (the x87 registers, tagged empty by the host's code as the ABI
 * requires, cannot be read: fldenv, fnsave, fxsave and xsave are refused,
 * R2). The MXCSR steps are skipped for a module that cannot read or
 * write it (t->mxcsr_free: the host's callback runs with the MXCSR the
 * call started with, the host's), and the x87 steps for one without x87
 * code (t->x87_free: the x87 unit is the host's throughout); the module's
 * x87 flags are read only if an exception is unmasked, as in the yield
 * stub. Nor are the module's flags kept, which no function call keeps
 * (System V ABI; DF is clear, std being refused): on the way back they
 * are set to a constant, so that nothing of the host's code shows in
 * them (pushfq and popfq cost 5 ns on AMD Zen 5, 2 ns of a callback). */
	.globl hl_rtcall_callback_body
	.type hl_rtcall_callback_body,@function
	.p2align 4
hl_rtcall_callback_body:
	SAVE_GPRS
	movq %r11, %rbx /* DF is clear: std is refused (R2) */
	movq %xmm0, T_CALL_XMM+0(%rbx)
	movq %xmm1, T_CALL_XMM+8(%rbx)
	movq %xmm2, T_CALL_XMM+16(%rbx)
	movq %xmm3, T_CALL_XMM+24(%rbx)
	movq %xmm4, T_CALL_XMM+32(%rbx)
	movq %xmm5, T_CALL_XMM+40(%rbx)
	movq %xmm6, T_CALL_XMM+48(%rbx)
	movq %xmm7, T_CALL_XMM+56(%rbx)
	cmpl $0, T_MXCSR_FREE(%rbx)
	jne 3f
	stmxcsr T_SB_MXCSR(%rbx)
	ldmxcsr hl_mxcsr_default(%rip)
3:	cmpl $0, T_X87_FREE(%rbx)
	jne 4f
	X87_ALL_MASKED T_SB_FPUCW(%rbx), %rbx
	je 5f
	CLEAR_X87_FLAGS
5:	EMPTY_X87_STACK
	fldcw hl_fpucw_default(%rip)
4:	movq %rbx, %rdi
	call hl_callback_entry
	testl %eax, %eax
	jnz hl_leave
	cmpl $0, T_MXCSR_FREE(%rbx)
	jne 3f
	ldmxcsr T_SB_MXCSR(%rbx)
3:	cmpl $0, T_X87_FREE(%rbx)
	jne 4f
	fldcw T_SB_FPUCW(%rbx)
	CLEAR_X87_FLAGS
4:	cmpb $0, hl_cpu_avx(%rip)
	je 1f
	vmovq T_RET_XMM0(%rbx), %xmm0
	ZERO_XMM vpxor, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
	jmp 2f
1:	movq T_RET_XMM0(%rbx), %xmm0
	ZERO_XMM pxor, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
2:	movq %rbx, %r11
	xorl %eax, %eax /* the flags: constant, as after any call (the module's are not kept) */
	LOAD_GPRS_AND_JUMP
	.size hl_rtcall_callback_body, .-hl_rtcall_callback_body

#ifdef HL_TEST_RAW_SYSCALL
/* Test builds only (tests/outer/): runtime call 63 makes the system call
 * in %rax directly on the host, as an attacker who owned the runtime
 * could. Never compiled into an installed binary. */
	.globl hl_rtcall_raw_body
	.type hl_rtcall_raw_body,@function
	.p2align 4
hl_rtcall_raw_body:
	SAVE_SANDBOX
	movq %rbx, %rdi
	call hl_raw_syscall_entry
	testl %eax, %eax
	jnz .Lleave_saved
	jmp hl_resume
	.size hl_rtcall_raw_body, .-hl_rtcall_raw_body
#endif

/* Where a signal handler sends a sandbox thread that must stop (a fault,
 * or the sandbox is being stopped): it sets %rip here and %rbx to the
 * thread. The kernel restored the sandbox's vector state on the way out of
 * the handler; reset what the host's C code relies on: the x87 unit and
 * MXCSR, each unless the module could not change it (t->x87_free,
 * t->mxcsr_free: it is still the host's). */
	.globl hl_signal_exit
	.type hl_signal_exit,@function
	.p2align 4
hl_signal_exit:
	cld
	cmpl $0, T_X87_FREE(%rbx)
	jne 1f
	fninit
1:	cmpl $0, T_MXCSR_FREE(%rbx)
	jne hl_leave
	ldmxcsr hl_mxcsr_default(%rip)
	jmp hl_leave
	.size hl_signal_exit, .-hl_signal_exit

/* int hl_xsave_init(void *area): fills area with the initial vector state
 * (as after execve: MXCSR 0x1f80, x87 initialised, all registers zero). */
	.globl hl_xsave_init
	.type hl_xsave_init,@function
	.p2align 4
hl_xsave_init:
	subq $8, %rsp
	fnstcw (%rsp)
	stmxcsr 4(%rsp)
	fninit
	ldmxcsr hl_mxcsr_default(%rip)
	movl $HL_XSAVE_MASK, %eax
	xorl %edx, %edx
	xsave64 (%rdi)
	fldcw (%rsp)
	ldmxcsr 4(%rsp)
	addq $8, %rsp
	xorl %eax, %eax
	ret
	.size hl_xsave_init, .-hl_xsave_init

/* Copies between host memory and sandbox memory that may be unmapped. A
 * fault between hl_copy_fault_begin and hl_copy_fault_end is turned by the
 * signal handler into a jump to hl_copy_fault_fixup, which returns -EFAULT.
 *
 * long hl_try_copy(void *dst, const void *src, size_t n): 0 or -EFAULT. */
	.globl hl_try_copy
	.type hl_try_copy,@function
	.globl hl_copy_fault_begin
	.globl hl_copy_fault_end
	.globl hl_copy_fault_fixup
	.p2align 4
hl_copy_fault_begin:
hl_try_copy:
	movq %rdx, %rcx
	rep movsb
	xorl %eax, %eax
	ret
	.size hl_try_copy, .-hl_try_copy

/* long hl_try_strcpy(char *dst, const char *src, size_t cap): copies a
 * NUL-terminated string of at most cap bytes including the NUL. Returns
 * its length, cap if no NUL came within cap bytes (dst then holds cap
 * bytes, unterminated), or -EFAULT. */
	.globl hl_try_strcpy
	.type hl_try_strcpy,@function
hl_try_strcpy:
	xorl %eax, %eax
1:	cmpq %rdx, %rax
	je 2f
	movzbl (%rsi,%rax), %ecx
	movb %cl, (%rdi,%rax)
	testb %cl, %cl
	je 2f
	incq %rax
	jmp 1b
2:	ret
	.size hl_try_strcpy, .-hl_try_strcpy
/* long hl_try_store64(uint64_t *dst, uint64_t v): 0 or -EFAULT. */
	.globl hl_try_store64
	.type hl_try_store64,@function
hl_try_store64:
	movq %rsi, (%rdi)
	xorl %eax, %eax
	ret
	.size hl_try_store64, .-hl_try_store64

/* hl_call_fast: the common case of a call (src/embed/call.S, its only
 * caller), with a register convention of its own:
 *   %rdi  t              %rsi  fn, the function's sandbox address
 *   %rdx  args: the integer arguments, the i-th at 16 * i + 8 (a
 *         halite_value's payload)
 *   %ecx  how many (at most 6)
 *   %r8   sp, the host address of the module's stack slot for the
 *         return address
 *   %rax  ret_bundle, the host address the function returns to
 *   %r10d how many double arguments, in t->call_xmm (at most 8)
 * Stores ret_bundle at sp (the module's stack: -EFAULT if it is not
 * writable), then enters as hl_call_enter does. Returns 0 after a yield
 * (the result in t->regs.rax and t->ret_xmm0), 1 if the thread left
 * otherwise (t->end says why). */
	.globl hl_call_fast
	.hidden hl_call_fast
	.type hl_call_fast,@function
hl_call_fast:
	movq %rax, (%r8)
hl_copy_fault_end:
	ENTER_FROM_HOST
	movq T_BASE(%rdi), %r14
	leaq (%r14,%rsi), %r11
	movq %r8, %rsp
	movl %r10d, %eax /* the count of vector arguments, as for a variadic function */
	testl %eax, %eax
	jne 20f
21:	movq %rdx, %r10
	movl %ecx, %ebx
	xorl %edi, %edi
	xorl %esi, %esi
	xorl %edx, %edx
	xorl %ecx, %ecx
	xorl %r8d, %r8d
	xorl %r9d, %r9d
	testl %ebx, %ebx
	jne 10f
5:	CLEAR_NONARG_GPRS
	jmp *%r11
20:	LOAD_XMM_ARGS 21b
/* The integer arguments: the first %ebx of args. */
.macro FAST_ARG i, reg
	movq 16*\i+8(%r10), %\reg
	.if \i < 5
	cmpl $\i+2, %ebx
	jb 5b
	.endif
.endm
10:	FAST_ARG 0, rdi
	FAST_ARG 1, rsi
	FAST_ARG 2, rdx
	FAST_ARG 3, rcx
	FAST_ARG 4, r8
	FAST_ARG 5, r9
	jmp 5b
	.size hl_call_fast, .-hl_call_fast

hl_copy_fault_fixup:
	movq $-14, %rax
	ret

/* ---- Templates of the runtime-call stubs (stubs.c) ----
 *
 * A runtime call arrives from sandbox code with every register the
 * sandbox's but %r11 (the continuation), so the first instructions must
 * find the thread-local words without a register: %fs:OFFSET, with
 * OFFSET an immediate. In a shared library OFFSET is only known once the
 * library is loaded (initial-exec TLS), and patching the library's own
 * text would be a text relocation. So these are templates, in read-only
 * data, never executed here: stubs.c copies them once per process into a
 * page of its own, patches each site listed in hl_stub_sites (SITE) with
 * this process's offsets, and makes the page read-execute (never writable
 * again). They use no RIP-relative operand and no direct branch, so a copy
 * runs anywhere. The placeholders are 0x7ffffff0 (disp32) and 0 (imm64).
 *
 * They trust nothing of the sandbox's: the thread comes from the host's
 * TLS, the continuation is stored as data (masked before any use, R7),
 * and the sandbox's %rsp is never dereferenced. */
#define HL_SITE_THREAD 1  /* disp32: hl_tls_thread */
#define HL_SITE_SCRATCH 2 /* disp32: hl_tls_scratch */
#define HL_SITE_LINK 3    /* disp32: hl_tls_link */
#define HL_SITE_TARGET 4  /* imm64: the body's address */

	.section .rodata.hl_stub_sites,"a"
	.p2align 2
	.globl hl_stub_sites
	.hidden hl_stub_sites
hl_stub_sites:		/* struct { uint32_t end, kind; }: the site ends there */

/* Records a site ending at the current location of the templates. */
.macro SITE kind
9991:
	.pushsection .rodata.hl_stub_sites,"a"
	.long 9991b - hl_stub_templates, \kind
	.popsection
.endm

	.section .rodata.hl_stubs,"a"
	.p2align 5
	.globl hl_stub_templates
	.hidden hl_stub_templates
hl_stub_templates:

/* Entries 0, 3 and the reserved ones: save %rax and the continuation
 * in the thread and jump to the body (SITE TARGET) with %r11 = thread. */
	.globl hl_stub_prologue
	.hidden hl_stub_prologue
hl_stub_prologue:
	movq %r11, %fs:0x7ffffff0
	SITE HL_SITE_SCRATCH
	movq %fs:0x7ffffff0, %r11
	SITE HL_SITE_THREAD
	movq %rax, T_REGS+R_RAX(%r11)
	movq %fs:0x7ffffff0, %rax
	SITE HL_SITE_SCRATCH
	movq %rax, T_REGS+R_R11(%r11)
	movq %rax, T_REGS+R_RIP(%r11)
	jmp *1f(%rip)
1:	.quad 0
	SITE HL_SITE_TARGET
	.globl hl_stub_prologue_end
	.hidden hl_stub_prologue_end
hl_stub_prologue_end:

/* Runtime call 1: thread pointer in %r11 (docs/abi.md, section 5).
 * Preserves every other register and the flags. Two versions; the table
 * gets the first when the CPU has BMI2.
 *
 * With BMI2 no instruction touches the flags: the continuation is masked
 * by rotations (rorx) and 32-bit moves, rebased with lea. Only %rax is
 * borrowed, on the host stack. */
	.p2align 5
	.globl hl_stub_tp_bmi2
	.hidden hl_stub_tp_bmi2
hl_stub_tp_bmi2:
	movq %rsp, %fs:0x7ffffff0
	SITE HL_SITE_SCRATCH
	movq %fs:0x7ffffff0, %rsp
	SITE HL_SITE_THREAD
	movq T_HOST_RSP(%rsp), %rsp
	pushq %rax
	movl %r11d, %r11d       /* bits 32..63 cleared */
	rorx $5, %r11, %r11     /* bits 0..4 rotate to 59..63 */
	movl %r11d, %r11d       /* ...and are cleared */
	rorx $59, %r11, %r11    /* back into place: low 32 bits & -HL_BUNDLE */
	movq %fs:0x7ffffff0, %rax
	SITE HL_SITE_THREAD
	movq T_BASE(%rax), %rax
	leaq (%rax,%r11), %r11
	movq %r11, %fs:0x7ffffff0
	SITE HL_SITE_LINK
	movq %fs:0x7ffffff0, %rax
	SITE HL_SITE_THREAD
	movq T_TP(%rax), %r11
	popq %rax
	movq %fs:0x7ffffff0, %rsp
	SITE HL_SITE_SCRATCH
	jmp *%fs:0x7ffffff0
	SITE HL_SITE_LINK
	.globl hl_stub_tp_bmi2_end
	.hidden hl_stub_tp_bmi2_end
hl_stub_tp_bmi2_end:

/* Without BMI2: the flags are saved on the host stack around the mask. */
	.p2align 5
	.globl hl_stub_tp
	.hidden hl_stub_tp
hl_stub_tp:
	movq %rsp, %fs:0x7ffffff0
	SITE HL_SITE_SCRATCH
	movq %fs:0x7ffffff0, %rsp
	SITE HL_SITE_THREAD
	movq T_HOST_RSP(%rsp), %rsp
	pushfq
	pushq %rax
	movq %fs:0x7ffffff0, %rax
	SITE HL_SITE_THREAD
	andl $-HL_BUNDLE, %r11d /* 32-bit op: also clears bits 32..63 */
	addq T_BASE(%rax), %r11
	movq %r11, %fs:0x7ffffff0
	SITE HL_SITE_LINK
	movq T_TP(%rax), %r11
	popq %rax
	popfq
	movq %fs:0x7ffffff0, %rsp
	SITE HL_SITE_SCRATCH
	jmp *%fs:0x7ffffff0
	SITE HL_SITE_LINK
	.globl hl_stub_tp_end
	.hidden hl_stub_tp_end
hl_stub_tp_end:

/* Runtime call 2 (embedded sandboxes only): yield to the host, a whole
 * stub of its own so that the way back from a call is one indirect jump
 * (the table's) and a return. Entry: %r11 the continuation (never used:
 * the thread is not resumed from here), the rest the module's. The thread
 * stops with %rax and %rsp saved in t (the host reads %rax, or the
 * start-up's %rsp) and xmm0 in t->ret_xmm0; the host's control words come
 * back from t->host_mxcsr and t->host_fpucw (the way in saved them), MXCSR
 * loaded whole, the host's exception flags with it and the module's
 * dropped, unless the module can neither read nor write MXCSR
 * (t->mxcsr_free: it ran with the host's, which stays); and the hl_enter
 * or hl_call_enter frame on the host stack returns with t->end =
 * HL_T_YIELD.
 * The x87 state is made safe for the host's code first, as at every way
 * out (hl_leave, runtime call 3): exception flags cleared if any is set,
 * since fldcw waits and would trap (SIGFPE in the host) on one the
 * module's control word unmasks, and the host's next x87 instruction on
 * one the host's unmasks. When both control words mask every exception
 * no flag can trap, so the flags are read (fnstsw: 5 ns on AMD Zen 5;
 * fnstcw 0.6 ns) only when one does not; otherwise a flag the module set
 * stays, which the System V ABI allows (the status word is the caller's
 * to lose). And every register is tagged empty, since one the
 * module left full would overflow the host's x87 stack. The other
 * registers are not saved: the host sets them afresh for the
 * next call. No cld: sandbox code cannot set the direction flag (std
 * and popf are refused, R2), and cld takes 4 cycles (0.5 ns a call).
 * Two versions; the table gets the first when the CPU has AVX
 * (vzeroupper: the module may leave dirty upper halves, which would slow
 * the host's SSE code). */
.macro YIELD_STUB avx, x87
	movq %fs:0x7ffffff0, %r11
	SITE HL_SITE_THREAD
	movq %rax, T_REGS+R_RAX(%r11)
	movq %rsp, T_REGS+R_RSP(%r11)
	movq T_HOST_RSP(%r11), %rsp
	movq %xmm0, T_RET_XMM0(%r11)
	cmpl $0, T_MXCSR_FREE(%r11)
	je 2f
1:
	.if \x87
	X87_ALL_MASKED (%rsp), %r11
	jne 3f /* an exception unmasked by the module or the host */
4:	EMPTY_X87_STACK
	fldcw T_HOST_FPUCW(%r11)
	.endif
	.if \avx
	vzeroupper
	.endif
	movl $T_END_YIELD, T_END(%r11)
	xorl %eax, %eax /* hl_call_fast: a yield */
	POP_HOST_SAVED
	ret
2:	ldmxcsr T_HOST_MXCSR(%r11)
	jmp 1b
	.if \x87
3:	fnstsw %ax
	testb $0x3f, %al
	je 4b
	fnclex
	jmp 4b
	.endif
.endm

	.p2align 5
	.globl hl_stub_yield_avx
	.hidden hl_stub_yield_avx
hl_stub_yield_avx:
	YIELD_STUB 1, 1
	.globl hl_stub_yield_avx_end
	.hidden hl_stub_yield_avx_end
hl_stub_yield_avx_end:

	.p2align 5
	.globl hl_stub_yield
	.hidden hl_stub_yield
hl_stub_yield:
	YIELD_STUB 0, 1
	.globl hl_stub_yield_end
	.hidden hl_stub_yield_end
hl_stub_yield_end:

/* The same for modules without x87 code (t->x87_free, hl_module.x87_free,
 * whose dynamic code may not bring any in): they can change nothing of
 * the x87 unit, so it is left as the host left it. */
	.p2align 5
	.globl hl_stub_yield_avx_x87_free
	.hidden hl_stub_yield_avx_x87_free
hl_stub_yield_avx_x87_free:
	YIELD_STUB 1, 0
	.globl hl_stub_yield_avx_x87_free_end
	.hidden hl_stub_yield_avx_x87_free_end
hl_stub_yield_avx_x87_free_end:

	.p2align 5
	.globl hl_stub_yield_x87_free
	.hidden hl_stub_yield_x87_free
hl_stub_yield_x87_free:
	YIELD_STUB 0, 0
	.globl hl_stub_yield_x87_free_end
	.hidden hl_stub_yield_x87_free_end
hl_stub_yield_x87_free_end:

	.section .rodata.hl_stub_sites,"a"
	.globl hl_stub_sites_end
	.hidden hl_stub_sites_end
hl_stub_sites_end:

	.section .note.GNU-stack,"",@progbits
