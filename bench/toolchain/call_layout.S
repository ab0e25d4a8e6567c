/* The call layouts of bench/toolchain/call_layout.c, as loops of 64 call
 * sites, each in a 32-byte bundle of its own with 20 bytes of work (four
 * 5-byte no-ops) before the call. The callees do 12 bytes of work and
 * return the sandbox's way (pop, [add,] and, add the base, jmp), with %r14
 * = 0 as in a sandbox at base 0. Built natively: nothing here runs in a
 * sandbox, the point is the processor's front end.
 *
 *   loop_nacl    the call ends its bundle (a 7-byte no-op pads it there),
 *                the return rounds down: Native Client's layout, and
 *                halite's until docs/abi.md R3 changed
 *   loop_halite  the call follows the work, the rest of the bundle is
 *                padding that never runs, the return rounds up: halite-cc's
 *                layout
 *   loop_native  the same call site, a plain ret
 */
	.text

	.p2align 5
callee_down:
	.nops 12, 4
	popq %r11
	andl $-32, %r11d
	addq %r14, %r11
	jmp *%r11

	.p2align 5
callee_up:
	.nops 12, 4
	popq %r11
	addl $31, %r11d
	andl $-32, %r11d
	addq %r14, %r11
	jmp *%r11

	.p2align 5
callee_ret:
	.nops 12, 4
	ret

.macro SITE_NACL
	.p2align 5
	.nops 20, 5
	.nops 7, 7
	call callee_down
.endm

.macro SITE_HALITE
	.p2align 5
	.nops 20, 5
	call callee_up
	.p2align 5
.endm

.macro SITE_NATIVE
	.p2align 5
	.nops 20, 5
	call callee_ret
	.p2align 5
.endm

/* void NAME(long rounds): rounds x 64 calls. */
.macro LOOP name, site
	.globl \name
	.type \name,@function
	.p2align 5
\name:
	pushq %r14
	xorl %r14d, %r14d
	movq %rdi, %rcx
1:
	.rept 64
	\site
	.endr
	.p2align 5
	decq %rcx
	jne 1b
	popq %r14
	ret
	.size \name, .-\name
.endm

	LOOP loop_nacl, SITE_NACL
	LOOP loop_halite, SITE_HALITE
	LOOP loop_native, SITE_NATIVE

	.section .note.GNU-stack,"",@progbits
