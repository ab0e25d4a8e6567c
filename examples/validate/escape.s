# An attack module: each line tries to leave the sandbox. `halite validate`
# must reject every one of them, naming the offset and the rule broken.
	.text
	.globl _start
	.p2align 5
_start:
	mov	$60, %eax
	syscall				# a raw system call
	mov	(%rdi), %rax		# an unsandboxed 64-bit address
	mov	%rax, %rsp		# an arbitrary stack pointer
	xor	%r14d, %r14d		# clobbering the base register
	jmp	*%rax			# an unmasked indirect jump
	.p2align 5
	jmp	3f+1			# into the middle of an instruction...
3:	mov	$0x9090050f, %eax	# ...whose immediate hides 0f 05 (syscall)
	ret				# an unchecked return
