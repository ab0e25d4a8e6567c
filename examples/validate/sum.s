# A hand-written module that obeys docs/abi.md: sums an array of 32-bit
# integers held in the sandbox, then makes an exit system call through the
# runtime-call table. (The toolchain will produce code like this from C.)
	.text
	.globl _start
	.p2align 5
_start:
	lea	data(%rip), %rsi	# RIP-relative: checked against the sandbox
	mov	$8, %ecx
	xor	%eax, %eax
	.p2align 5
1:	add	%gs:(%esi), %eax	# Segue: %gs base + 32-bit address
	add	$4, %esi
	dec	%ecx
	jnz	1b
	mov	%eax, %edi		# exit status = sum
	mov	$231, %eax		# exit_group
	lea	2f(%rip), %r11		# link register for the runtime call
	jmp	*0x10000(%r14)		# runtime-call table entry 0: system call
	.p2align 5
2:	hlt
	.data
data:	.long 1, 2, 3, 4, 5, 6, 7, 8
