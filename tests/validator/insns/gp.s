# Differential decoder test: every allowed entry of
# src/validator/insns/gp.def (entries whose deny column is an X_... reason
# are left out). A comment names the entry each group of lines is for:
# mnemonic, mandatory prefix, map, opcode, /digit, operands. Operands are
# covered in their sizes (8/16/32/64 bits, 66 where the entry has OSZ),
# register and memory forms (plain base, base+index*scale+disp32,
# RIP-relative, disp(%rsp), %rbp/%r13 bases, no base, REX registers),
# byte registers with and without REX (%sil, %ah), imm8 against imm32
# forms, lock, rep/repe/repne, and rel8/rel32 branches (near and far
# labels, .fill nops in between). {store}/{load} pick the direction of
# register-register ALU and mov encodings. The last group puts segment
# and address-size prefixes on some of these (a decoding test only: the
# rules decide whether they are allowed).
	.text
# add (NP 00 Eb,Gb)
	{store} add %cl,%dl
	{store} add %ah,%bh
	{store} add %sil,%dil
	{store} add %r8b,%r15b
	{store} add %al,%r9b
	add %al,(%rax)
	add %ah,0x12345678(%rbx,%rcx,4)
	add %sil,0x100(%rip)
	add %r10b,-0x789abc(%r12,%r13,8)
	add %dl,(%r13)
	add %bh,0x40(%rsp)
	lock add %al,(%rdi)
	lock add %r11b,0x40(%rsp)
# add (NP 01 Ev,Gv)
	{store} add %cx,%dx
	{store} add %ecx,%edx
	{store} add %rcx,%rdx
	{store} add %r8,%r15
	{store} add %r9d,%eax
	{store} add %ax,%r10w
	add %ax,0x12345678(%rbx,%rcx,4)
	add %ecx,0x100(%rip)
	add %rdx,-0x789abc(%r12,%r13,8)
	add %r11,(%r13)
	add %r8w,0x40(%rsp)
	add %esi,-0x8(%rbp)
	add %rdi,(%rsp)
	add %r14d,0x7f(%r8,%r9,2)
	lock add %eax,(%rdi)
	lock add %r12,0x12345678(%rbx,%rcx,4)
	lock add %bx,0x100(%rip)
# add (NP 02 Gb,Eb)
	{load} add %cl,%dl
	{load} add %ah,%bh
	{load} add %sil,%r12b
	add 0x100(%rip),%al
	add 0x12345678(%rbx,%rcx,4),%ch
	add (%r13),%dil
	add 0x40(%rsp),%r13b
	add -0x8(%rbp),%bl
# add (NP 03 Gv,Ev)
	{load} add %cx,%dx
	{load} add %ecx,%edx
	{load} add %rcx,%rdx
	{load} add %r8,%r15
	add -0x789abc(%r12,%r13,8),%ax
	add (%r13),%ecx
	add 0x40(%rsp),%rdx
	add -0x8(%rbp),%r11
	add (%rsp),%r8w
	add 0x7f(%r8,%r9,2),%r14d
	add 0x7ffffff0(%r15,%rax,8),%rbp
# add (NP 04 AL,Ib)
	add $0x12,%al
	add $-0x80,%al
	add $0xff,%al
# add (NP 05 rAX,Iz)
	add $0x1234,%ax
	add $0x12345678,%eax
	add $0x12345678,%rax
	add $-0x80000000,%rax
	add $0x80,%eax
# or (NP 08 Eb,Gb)
	{store} or %cl,%dl
	{store} or %ah,%bh
	{store} or %sil,%dil
	{store} or %r8b,%r15b
	{store} or %al,%r9b
	or %al,0x12345678(%rbx,%rcx,4)
	or %ah,0x100(%rip)
	or %sil,-0x789abc(%r12,%r13,8)
	or %r10b,(%r13)
	or %dl,0x40(%rsp)
	or %bh,-0x8(%rbp)
	lock or %al,(%rdi)
	lock or %r11b,0x40(%rsp)
# or (NP 09 Ev,Gv)
	{store} or %cx,%dx
	{store} or %ecx,%edx
	{store} or %rcx,%rdx
	{store} or %r8,%r15
	{store} or %r9d,%eax
	{store} or %ax,%r10w
	or %ax,0x100(%rip)
	or %ecx,-0x789abc(%r12,%r13,8)
	or %rdx,(%r13)
	or %r11,0x40(%rsp)
	or %r8w,-0x8(%rbp)
	or %esi,(%rsp)
	or %rdi,0x7f(%r8,%r9,2)
	or %r14d,0x7ffffff0(%r15,%rax,8)
	lock or %eax,(%rdi)
	lock or %r12,0x12345678(%rbx,%rcx,4)
	lock or %bx,0x100(%rip)
# or (NP 0a Gb,Eb)
	{load} or %cl,%dl
	{load} or %ah,%bh
	{load} or %sil,%r12b
	or -0x789abc(%r12,%r13,8),%al
	or 0x12345678(%rbx,%rcx,4),%ch
	or 0x40(%rsp),%dil
	or -0x8(%rbp),%r13b
	or (%rsp),%bl
# or (NP 0b Gv,Ev)
	{load} or %cx,%dx
	{load} or %ecx,%edx
	{load} or %rcx,%rdx
	{load} or %r8,%r15
	or (%r13),%ax
	or 0x40(%rsp),%ecx
	or -0x8(%rbp),%rdx
	or (%rsp),%r11
	or 0x7f(%r8,%r9,2),%r8w
	or 0x7ffffff0(%r15,%rax,8),%r14d
	or 0x1000(,%rdx,8),%rbp
# or (NP 0c AL,Ib)
	or $0x12,%al
	or $-0x80,%al
	or $0xff,%al
# or (NP 0d rAX,Iz)
	or $0x1234,%ax
	or $0x12345678,%eax
	or $0x12345678,%rax
	or $-0x80000000,%rax
	or $0x80,%eax
# adc (NP 10 Eb,Gb)
	{store} adc %cl,%dl
	{store} adc %ah,%bh
	{store} adc %sil,%dil
	{store} adc %r8b,%r15b
	{store} adc %al,%r9b
	adc %al,0x100(%rip)
	adc %ah,0x12345678(%rbx,%rcx,4)
	adc %sil,(%r13)
	adc %r10b,0x40(%rsp)
	adc %dl,-0x8(%rbp)
	adc %bh,(%rsp)
	lock adc %al,(%rdi)
	lock adc %r11b,0x40(%rsp)
# adc (NP 11 Ev,Gv)
	{store} adc %cx,%dx
	{store} adc %ecx,%edx
	{store} adc %rcx,%rdx
	{store} adc %r8,%r15
	{store} adc %r9d,%eax
	{store} adc %ax,%r10w
	adc %ax,-0x789abc(%r12,%r13,8)
	adc %ecx,(%r13)
	adc %rdx,0x40(%rsp)
	adc %r11,-0x8(%rbp)
	adc %r8w,(%rsp)
	adc %esi,0x7f(%r8,%r9,2)
	adc %rdi,0x7ffffff0(%r15,%rax,8)
	adc %r14d,0x1000(,%rdx,8)
	lock adc %eax,(%rdi)
	lock adc %r12,0x12345678(%rbx,%rcx,4)
	lock adc %bx,0x100(%rip)
# adc (NP 12 Gb,Eb)
	{load} adc %cl,%dl
	{load} adc %ah,%bh
	{load} adc %sil,%r12b
	adc (%r13),%al
	adc 0x40(%rsp),%ch
	adc -0x8(%rbp),%dil
	adc (%rsp),%r13b
	adc 0x7f(%r8,%r9,2),%bl
# adc (NP 13 Gv,Ev)
	{load} adc %cx,%dx
	{load} adc %ecx,%edx
	{load} adc %rcx,%rdx
	{load} adc %r8,%r15
	adc 0x40(%rsp),%ax
	adc -0x8(%rbp),%ecx
	adc (%rsp),%rdx
	adc 0x7f(%r8,%r9,2),%r11
	adc 0x7ffffff0(%r15,%rax,8),%r8w
	adc 0x1000(,%rdx,8),%r14d
	adc (%r12),%rbp
# adc (NP 14 AL,Ib)
	adc $0x12,%al
	adc $-0x80,%al
	adc $0xff,%al
# adc (NP 15 rAX,Iz)
	adc $0x1234,%ax
	adc $0x12345678,%eax
	adc $0x12345678,%rax
	adc $-0x80000000,%rax
	adc $0x80,%eax
# sbb (NP 18 Eb,Gb)
	{store} sbb %cl,%dl
	{store} sbb %ah,%bh
	{store} sbb %sil,%dil
	{store} sbb %r8b,%r15b
	{store} sbb %al,%r9b
	sbb %al,-0x789abc(%r12,%r13,8)
	sbb %ah,0x12345678(%rbx,%rcx,4)
	sbb %sil,0x40(%rsp)
	sbb %r10b,-0x8(%rbp)
	sbb %dl,(%rsp)
	sbb %bh,0x12345678(%rbx,%rcx,4)
	lock sbb %al,(%rdi)
	lock sbb %r11b,0x40(%rsp)
# sbb (NP 19 Ev,Gv)
	{store} sbb %cx,%dx
	{store} sbb %ecx,%edx
	{store} sbb %rcx,%rdx
	{store} sbb %r8,%r15
	{store} sbb %r9d,%eax
	{store} sbb %ax,%r10w
	sbb %ax,(%r13)
	sbb %ecx,0x40(%rsp)
	sbb %rdx,-0x8(%rbp)
	sbb %r11,(%rsp)
	sbb %r8w,0x7f(%r8,%r9,2)
	sbb %esi,0x7ffffff0(%r15,%rax,8)
	sbb %rdi,0x1000(,%rdx,8)
	sbb %r14d,(%r12)
	lock sbb %eax,(%rdi)
	lock sbb %r12,0x12345678(%rbx,%rcx,4)
	lock sbb %bx,0x100(%rip)
# sbb (NP 1a Gb,Eb)
	{load} sbb %cl,%dl
	{load} sbb %ah,%bh
	{load} sbb %sil,%r12b
	sbb 0x40(%rsp),%al
	sbb -0x8(%rbp),%ch
	sbb (%rsp),%dil
	sbb 0x7f(%r8,%r9,2),%r13b
	sbb 0x7ffffff0(%r15,%rax,8),%bl
# sbb (NP 1b Gv,Ev)
	{load} sbb %cx,%dx
	{load} sbb %ecx,%edx
	{load} sbb %rcx,%rdx
	{load} sbb %r8,%r15
	sbb -0x8(%rbp),%ax
	sbb (%rsp),%ecx
	sbb 0x7f(%r8,%r9,2),%rdx
	sbb 0x7ffffff0(%r15,%rax,8),%r11
	sbb 0x1000(,%rdx,8),%r8w
	sbb (%r12),%r14d
	sbb (%r13,%r12,1),%rbp
# sbb (NP 1c AL,Ib)
	sbb $0x12,%al
	sbb $-0x80,%al
	sbb $0xff,%al
# sbb (NP 1d rAX,Iz)
	sbb $0x1234,%ax
	sbb $0x12345678,%eax
	sbb $0x12345678,%rax
	sbb $-0x80000000,%rax
	sbb $0x80,%eax
# and (NP 20 Eb,Gb)
	{store} and %cl,%dl
	{store} and %ah,%bh
	{store} and %sil,%dil
	{store} and %r8b,%r15b
	{store} and %al,%r9b
	and %al,(%r13)
	and %ah,0x40(%rsp)
	and %sil,-0x8(%rbp)
	and %r10b,(%rsp)
	and %dl,0x7f(%r8,%r9,2)
	and %bh,0x12345678(%rbx,%rcx,4)
	lock and %al,(%rdi)
	lock and %r11b,0x40(%rsp)
# and (NP 21 Ev,Gv)
	{store} and %cx,%dx
	{store} and %ecx,%edx
	{store} and %rcx,%rdx
	{store} and %r8,%r15
	{store} and %r9d,%eax
	{store} and %ax,%r10w
	and %ax,0x40(%rsp)
	and %ecx,-0x8(%rbp)
	and %rdx,(%rsp)
	and %r11,0x7f(%r8,%r9,2)
	and %r8w,0x7ffffff0(%r15,%rax,8)
	and %esi,0x1000(,%rdx,8)
	and %rdi,(%r12)
	and %r14d,(%r13,%r12,1)
	lock and %eax,(%rdi)
	lock and %r12,0x12345678(%rbx,%rcx,4)
	lock and %bx,0x100(%rip)
# and (NP 22 Gb,Eb)
	{load} and %cl,%dl
	{load} and %ah,%bh
	{load} and %sil,%r12b
	and -0x8(%rbp),%al
	and (%rsp),%ch
	and 0x7f(%r8,%r9,2),%dil
	and 0x7ffffff0(%r15,%rax,8),%r13b
	and 0x1000(,%rdx,8),%bl
# and (NP 23 Gv,Ev)
	{load} and %cx,%dx
	{load} and %ecx,%edx
	{load} and %rcx,%rdx
	{load} and %r8,%r15
	and (%rsp),%ax
	and 0x7f(%r8,%r9,2),%ecx
	and 0x7ffffff0(%r15,%rax,8),%rdx
	and 0x1000(,%rdx,8),%r11
	and (%r12),%r8w
	and (%r13,%r12,1),%r14d
	and 0x10(%rsp,%r12,2),%rbp
# and (NP 24 AL,Ib)
	and $0x12,%al
	and $-0x80,%al
	and $0xff,%al
# and (NP 25 rAX,Iz)
	and $0x1234,%ax
	and $0x12345678,%eax
	and $0x12345678,%rax
	and $-0x80000000,%rax
	and $0x80,%eax
# sub (NP 28 Eb,Gb)
	{store} sub %cl,%dl
	{store} sub %ah,%bh
	{store} sub %sil,%dil
	{store} sub %r8b,%r15b
	{store} sub %al,%r9b
	sub %al,0x40(%rsp)
	sub %ah,-0x8(%rbp)
	sub %sil,(%rsp)
	sub %r10b,0x7f(%r8,%r9,2)
	sub %dl,0x7ffffff0(%r15,%rax,8)
	sub %bh,0x1000(,%rdx,8)
	lock sub %al,(%rdi)
	lock sub %r11b,0x40(%rsp)
# sub (NP 29 Ev,Gv)
	{store} sub %cx,%dx
	{store} sub %ecx,%edx
	{store} sub %rcx,%rdx
	{store} sub %r8,%r15
	{store} sub %r9d,%eax
	{store} sub %ax,%r10w
	sub %ax,-0x8(%rbp)
	sub %ecx,(%rsp)
	sub %rdx,0x7f(%r8,%r9,2)
	sub %r11,0x7ffffff0(%r15,%rax,8)
	sub %r8w,0x1000(,%rdx,8)
	sub %esi,(%r12)
	sub %rdi,(%r13,%r12,1)
	sub %r14d,0x10(%rsp,%r12,2)
	lock sub %eax,(%rdi)
	lock sub %r12,0x12345678(%rbx,%rcx,4)
	lock sub %bx,0x100(%rip)
# sub (NP 2a Gb,Eb)
	{load} sub %cl,%dl
	{load} sub %ah,%bh
	{load} sub %sil,%r12b
	sub (%rsp),%al
	sub 0x12345678(%rbx,%rcx,4),%ch
	sub 0x7ffffff0(%r15,%rax,8),%dil
	sub 0x1000(,%rdx,8),%r13b
	sub (%r12),%bl
# sub (NP 2b Gv,Ev)
	{load} sub %cx,%dx
	{load} sub %ecx,%edx
	{load} sub %rcx,%rdx
	{load} sub %r8,%r15
	sub 0x7f(%r8,%r9,2),%ax
	sub 0x7ffffff0(%r15,%rax,8),%ecx
	sub 0x1000(,%rdx,8),%rdx
	sub (%r12),%r11
	sub (%r13,%r12,1),%r8w
	sub 0x10(%rsp,%r12,2),%r14d
	sub 0x1000,%rbp
# sub (NP 2c AL,Ib)
	sub $0x12,%al
	sub $-0x80,%al
	sub $0xff,%al
# sub (NP 2d rAX,Iz)
	sub $0x1234,%ax
	sub $0x12345678,%eax
	sub $0x12345678,%rax
	sub $-0x80000000,%rax
	sub $0x80,%eax
# xor (NP 30 Eb,Gb)
	{store} xor %cl,%dl
	{store} xor %ah,%bh
	{store} xor %sil,%dil
	{store} xor %r8b,%r15b
	{store} xor %al,%r9b
	xor %al,-0x8(%rbp)
	xor %ah,(%rsp)
	xor %sil,0x7f(%r8,%r9,2)
	xor %r10b,0x7ffffff0(%r15,%rax,8)
	xor %dl,0x1000(,%rdx,8)
	xor %bh,0x12345678(%rbx,%rcx,4)
	lock xor %al,(%rdi)
	lock xor %r11b,0x40(%rsp)
# xor (NP 31 Ev,Gv)
	{store} xor %cx,%dx
	{store} xor %ecx,%edx
	{store} xor %rcx,%rdx
	{store} xor %r8,%r15
	{store} xor %r9d,%eax
	{store} xor %ax,%r10w
	xor %ax,(%rsp)
	xor %ecx,0x7f(%r8,%r9,2)
	xor %rdx,0x7ffffff0(%r15,%rax,8)
	xor %r11,0x1000(,%rdx,8)
	xor %r8w,(%r12)
	xor %esi,(%r13,%r12,1)
	xor %rdi,0x10(%rsp,%r12,2)
	xor %r14d,0x1000
	lock xor %eax,(%rdi)
	lock xor %r12,0x12345678(%rbx,%rcx,4)
	lock xor %bx,0x100(%rip)
# xor (NP 32 Gb,Eb)
	{load} xor %cl,%dl
	{load} xor %ah,%bh
	{load} xor %sil,%r12b
	xor 0x7f(%r8,%r9,2),%al
	xor 0x12345678(%rbx,%rcx,4),%ch
	xor 0x1000(,%rdx,8),%dil
	xor (%r12),%r13b
	xor (%r13,%r12,1),%bl
# xor (NP 33 Gv,Ev)
	{load} xor %cx,%dx
	{load} xor %ecx,%edx
	{load} xor %rcx,%rdx
	{load} xor %r8,%r15
	xor 0x7ffffff0(%r15,%rax,8),%ax
	xor 0x1000(,%rdx,8),%ecx
	xor (%r12),%rdx
	xor (%r13,%r12,1),%r11
	xor 0x10(%rsp,%r12,2),%r8w
	xor 0x1000,%r14d
	xor (%rax),%rbp
# xor (NP 34 AL,Ib)
	xor $0x12,%al
	xor $-0x80,%al
	xor $0xff,%al
# xor (NP 35 rAX,Iz)
	xor $0x1234,%ax
	xor $0x12345678,%eax
	xor $0x12345678,%rax
	xor $-0x80000000,%rax
	xor $0x80,%eax
# cmp (NP 38 Eb,Gb)
	{store} cmp %cl,%dl
	{store} cmp %ah,%bh
	{store} cmp %sil,%dil
	{store} cmp %r8b,%r15b
	{store} cmp %al,%r9b
	cmp %al,(%rsp)
	cmp %ah,0x12345678(%rbx,%rcx,4)
	cmp %sil,0x7ffffff0(%r15,%rax,8)
	cmp %r10b,0x1000(,%rdx,8)
	cmp %dl,(%r12)
	cmp %bh,0x12345678(%rbx,%rcx,4)
# cmp (NP 39 Ev,Gv)
	{store} cmp %cx,%dx
	{store} cmp %ecx,%edx
	{store} cmp %rcx,%rdx
	{store} cmp %r8,%r15
	{store} cmp %r9d,%eax
	{store} cmp %ax,%r10w
	cmp %ax,0x7f(%r8,%r9,2)
	cmp %ecx,0x7ffffff0(%r15,%rax,8)
	cmp %rdx,0x1000(,%rdx,8)
	cmp %r11,(%r12)
	cmp %r8w,(%r13,%r12,1)
	cmp %esi,0x10(%rsp,%r12,2)
	cmp %rdi,0x1000
	cmp %r14d,(%rax)
# cmp (NP 3a Gb,Eb)
	{load} cmp %cl,%dl
	{load} cmp %ah,%bh
	{load} cmp %sil,%r12b
	cmp 0x7ffffff0(%r15,%rax,8),%al
	cmp 0x1000(,%rdx,8),%ch
	cmp (%r12),%dil
	cmp (%r13,%r12,1),%r13b
	cmp 0x10(%rsp,%r12,2),%bl
# cmp (NP 3b Gv,Ev)
	{load} cmp %cx,%dx
	{load} cmp %ecx,%edx
	{load} cmp %rcx,%rdx
	{load} cmp %r8,%r15
	cmp 0x1000(,%rdx,8),%ax
	cmp (%r12),%ecx
	cmp (%r13,%r12,1),%rdx
	cmp 0x10(%rsp,%r12,2),%r11
	cmp 0x1000,%r8w
	cmp (%rax),%r14d
	cmp 0x12345678(%rbx,%rcx,4),%rbp
# cmp (NP 3c AL,Ib)
	cmp $0x12,%al
	cmp $-0x80,%al
	cmp $0xff,%al
# cmp (NP 3d rAX,Iz)
	cmp $0x1234,%ax
	cmp $0x12345678,%eax
	cmp $0x12345678,%rax
	cmp $-0x80000000,%rax
	cmp $0x80,%eax
# group 1: ALU with an immediate
# add (NP 80/0 Eb,Ib)
	add $0x12,%bl
	add $0x12,%ah
	add $-1,%sil
	add $0x7f,%r9b
	addb $0x12,(%rax)
	addb $0x12,0x12345678(%rbx,%rcx,4)
	addb $0x12,0x100(%rip)
	addb $0x12,-0x789abc(%r12,%r13,8)
	addb $0x12,(%r13)
	lock addb $1,(%rdi)
	lock addb $0x80,0x40(%rsp)
# add (NP 81/0 Ev,Iz)
	add $0x1234,%bx
	add $0x12345678,%ecx
	add $-0x12345678,%r11
	add $0x80,%r8d
	add $-0x81,%rsp
	add $0x1234,%r15w
	addw $0x1234,0x100(%rip)
	addl $0x12345678,-0x789abc(%r12,%r13,8)
	addq $-0x7fffffff,(%r13)
	addl $0x12345678,0x40(%rsp)
	addq $-0x7fffffff,-0x8(%rbp)
	addw $0x1234,(%rsp)
	lock addl $0x100000,(%rbx)
	lock addq $0x1000,0x40(%rsp)
	lock addw $0x1000,(%r8)
# add (NP 83/0 Ev,Ib)
	add $0x12,%bx
	add $-1,%ecx
	add $0x7f,%r12
	add $1,%rax
	add $-0x80,%r9w
	add $8,%rsp
	add $1,%eax
	addw $-0x80,(%r13)
	addl $-0x80,0x40(%rsp)
	addq $-0x80,-0x8(%rbp)
	addl $-0x80,(%rsp)
	addq $-0x80,0x7f(%r8,%r9,2)
	addw $-0x80,0x7ffffff0(%r15,%rax,8)
	lock addq $1,(%rdi)
	lock addl $-1,0x12345678(%rbx,%rcx,4)
	lock addw $1,0x100(%rip)
# or (NP 80/1 Eb,Ib)
	or $0x12,%bl
	or $0x12,%ah
	or $-1,%sil
	or $0x7f,%r9b
	orb $0x12,0x12345678(%rbx,%rcx,4)
	orb $0x12,0x100(%rip)
	orb $0x12,-0x789abc(%r12,%r13,8)
	orb $0x12,(%r13)
	orb $0x12,0x40(%rsp)
	lock orb $1,(%rdi)
	lock orb $0x80,0x40(%rsp)
# or (NP 81/1 Ev,Iz)
	or $0x1234,%bx
	or $0x12345678,%ecx
	or $-0x12345678,%r11
	or $0x80,%r8d
	or $-0x81,%rsp
	or $0x1234,%r15w
	orw $0x1234,-0x789abc(%r12,%r13,8)
	orl $0x12345678,(%r13)
	orq $-0x7fffffff,0x40(%rsp)
	orl $0x12345678,-0x8(%rbp)
	orq $-0x7fffffff,(%rsp)
	orw $0x1234,0x7f(%r8,%r9,2)
	lock orl $0x100000,(%rbx)
	lock orq $0x1000,0x40(%rsp)
	lock orw $0x1000,(%r8)
# or (NP 83/1 Ev,Ib)
	or $0x12,%bx
	or $-1,%ecx
	or $0x7f,%r12
	or $1,%rax
	or $-0x80,%r9w
	or $8,%rsp
	or $1,%eax
	orw $-0x80,0x40(%rsp)
	orl $-0x80,-0x8(%rbp)
	orq $-0x80,(%rsp)
	orl $-0x80,0x7f(%r8,%r9,2)
	orq $-0x80,0x7ffffff0(%r15,%rax,8)
	orw $-0x80,0x1000(,%rdx,8)
	lock orq $1,(%rdi)
	lock orl $-1,0x12345678(%rbx,%rcx,4)
	lock orw $1,0x100(%rip)
# adc (NP 80/2 Eb,Ib)
	adc $0x12,%bl
	adc $0x12,%ah
	adc $-1,%sil
	adc $0x7f,%r9b
	adcb $0x12,0x100(%rip)
	adcb $0x12,-0x789abc(%r12,%r13,8)
	adcb $0x12,(%r13)
	adcb $0x12,0x40(%rsp)
	adcb $0x12,-0x8(%rbp)
	lock adcb $1,(%rdi)
	lock adcb $0x80,0x40(%rsp)
# adc (NP 81/2 Ev,Iz)
	adc $0x1234,%bx
	adc $0x12345678,%ecx
	adc $-0x12345678,%r11
	adc $0x80,%r8d
	adc $-0x81,%rsp
	adc $0x1234,%r15w
	adcw $0x1234,(%r13)
	adcl $0x12345678,0x40(%rsp)
	adcq $-0x7fffffff,-0x8(%rbp)
	adcl $0x12345678,(%rsp)
	adcq $-0x7fffffff,0x7f(%r8,%r9,2)
	adcw $0x1234,0x7ffffff0(%r15,%rax,8)
	lock adcl $0x100000,(%rbx)
	lock adcq $0x1000,0x40(%rsp)
	lock adcw $0x1000,(%r8)
# adc (NP 83/2 Ev,Ib)
	adc $0x12,%bx
	adc $-1,%ecx
	adc $0x7f,%r12
	adc $1,%rax
	adc $-0x80,%r9w
	adc $8,%rsp
	adc $1,%eax
	adcw $-0x80,-0x8(%rbp)
	adcl $-0x80,(%rsp)
	adcq $-0x80,0x7f(%r8,%r9,2)
	adcl $-0x80,0x7ffffff0(%r15,%rax,8)
	adcq $-0x80,0x1000(,%rdx,8)
	adcw $-0x80,(%r12)
	lock adcq $1,(%rdi)
	lock adcl $-1,0x12345678(%rbx,%rcx,4)
	lock adcw $1,0x100(%rip)
# sbb (NP 80/3 Eb,Ib)
	sbb $0x12,%bl
	sbb $0x12,%ah
	sbb $-1,%sil
	sbb $0x7f,%r9b
	sbbb $0x12,-0x789abc(%r12,%r13,8)
	sbbb $0x12,(%r13)
	sbbb $0x12,0x40(%rsp)
	sbbb $0x12,-0x8(%rbp)
	sbbb $0x12,(%rsp)
	lock sbbb $1,(%rdi)
	lock sbbb $0x80,0x40(%rsp)
# sbb (NP 81/3 Ev,Iz)
	sbb $0x1234,%bx
	sbb $0x12345678,%ecx
	sbb $-0x12345678,%r11
	sbb $0x80,%r8d
	sbb $-0x81,%rsp
	sbb $0x1234,%r15w
	sbbw $0x1234,0x40(%rsp)
	sbbl $0x12345678,-0x8(%rbp)
	sbbq $-0x7fffffff,(%rsp)
	sbbl $0x12345678,0x7f(%r8,%r9,2)
	sbbq $-0x7fffffff,0x7ffffff0(%r15,%rax,8)
	sbbw $0x1234,0x1000(,%rdx,8)
	lock sbbl $0x100000,(%rbx)
	lock sbbq $0x1000,0x40(%rsp)
	lock sbbw $0x1000,(%r8)
# sbb (NP 83/3 Ev,Ib)
	sbb $0x12,%bx
	sbb $-1,%ecx
	sbb $0x7f,%r12
	sbb $1,%rax
	sbb $-0x80,%r9w
	sbb $8,%rsp
	sbb $1,%eax
	sbbw $-0x80,(%rsp)
	sbbl $-0x80,0x7f(%r8,%r9,2)
	sbbq $-0x80,0x7ffffff0(%r15,%rax,8)
	sbbl $-0x80,0x1000(,%rdx,8)
	sbbq $-0x80,(%r12)
	sbbw $-0x80,(%r13,%r12,1)
	lock sbbq $1,(%rdi)
	lock sbbl $-1,0x12345678(%rbx,%rcx,4)
	lock sbbw $1,0x100(%rip)
# and (NP 80/4 Eb,Ib)
	and $0x12,%bl
	and $0x12,%ah
	and $-1,%sil
	and $0x7f,%r9b
	andb $0x12,(%r13)
	andb $0x12,0x40(%rsp)
	andb $0x12,-0x8(%rbp)
	andb $0x12,(%rsp)
	andb $0x12,0x7f(%r8,%r9,2)
	lock andb $1,(%rdi)
	lock andb $0x80,0x40(%rsp)
# and (NP 81/4 Ev,Iz)
	and $0x1234,%bx
	and $0x12345678,%ecx
	and $-0x12345678,%r11
	and $0x80,%r8d
	and $-0x81,%rsp
	and $0x1234,%r15w
	andw $0x1234,-0x8(%rbp)
	andl $0x12345678,(%rsp)
	andq $-0x7fffffff,0x7f(%r8,%r9,2)
	andl $0x12345678,0x7ffffff0(%r15,%rax,8)
	andq $-0x7fffffff,0x1000(,%rdx,8)
	andw $0x1234,(%r12)
	lock andl $0x100000,(%rbx)
	lock andq $0x1000,0x40(%rsp)
	lock andw $0x1000,(%r8)
# and (NP 83/4 Ev,Ib)
	and $0x12,%bx
	and $-1,%ecx
	and $0x7f,%r12
	and $1,%rax
	and $-0x80,%r9w
	and $8,%rsp
	and $1,%eax
	andw $-0x80,0x7f(%r8,%r9,2)
	andl $-0x80,0x7ffffff0(%r15,%rax,8)
	andq $-0x80,0x1000(,%rdx,8)
	andl $-0x80,(%r12)
	andq $-0x80,(%r13,%r12,1)
	andw $-0x80,0x10(%rsp,%r12,2)
	lock andq $1,(%rdi)
	lock andl $-1,0x12345678(%rbx,%rcx,4)
	lock andw $1,0x100(%rip)
# sub (NP 80/5 Eb,Ib)
	sub $0x12,%bl
	sub $0x12,%ah
	sub $-1,%sil
	sub $0x7f,%r9b
	subb $0x12,0x40(%rsp)
	subb $0x12,-0x8(%rbp)
	subb $0x12,(%rsp)
	subb $0x12,0x7f(%r8,%r9,2)
	subb $0x12,0x7ffffff0(%r15,%rax,8)
	lock subb $1,(%rdi)
	lock subb $0x80,0x40(%rsp)
# sub (NP 81/5 Ev,Iz)
	sub $0x1234,%bx
	sub $0x12345678,%ecx
	sub $-0x12345678,%r11
	sub $0x80,%r8d
	sub $-0x81,%rsp
	sub $0x1234,%r15w
	subw $0x1234,(%rsp)
	subl $0x12345678,0x7f(%r8,%r9,2)
	subq $-0x7fffffff,0x7ffffff0(%r15,%rax,8)
	subl $0x12345678,0x1000(,%rdx,8)
	subq $-0x7fffffff,(%r12)
	subw $0x1234,(%r13,%r12,1)
	lock subl $0x100000,(%rbx)
	lock subq $0x1000,0x40(%rsp)
	lock subw $0x1000,(%r8)
# sub (NP 83/5 Ev,Ib)
	sub $0x12,%bx
	sub $-1,%ecx
	sub $0x7f,%r12
	sub $1,%rax
	sub $-0x80,%r9w
	sub $8,%rsp
	sub $1,%eax
	subw $-0x80,0x7ffffff0(%r15,%rax,8)
	subl $-0x80,0x1000(,%rdx,8)
	subq $-0x80,(%r12)
	subl $-0x80,(%r13,%r12,1)
	subq $-0x80,0x10(%rsp,%r12,2)
	subw $-0x80,0x1000
	lock subq $1,(%rdi)
	lock subl $-1,0x12345678(%rbx,%rcx,4)
	lock subw $1,0x100(%rip)
# xor (NP 80/6 Eb,Ib)
	xor $0x12,%bl
	xor $0x12,%ah
	xor $-1,%sil
	xor $0x7f,%r9b
	xorb $0x12,-0x8(%rbp)
	xorb $0x12,(%rsp)
	xorb $0x12,0x7f(%r8,%r9,2)
	xorb $0x12,0x7ffffff0(%r15,%rax,8)
	xorb $0x12,0x1000(,%rdx,8)
	lock xorb $1,(%rdi)
	lock xorb $0x80,0x40(%rsp)
# xor (NP 81/6 Ev,Iz)
	xor $0x1234,%bx
	xor $0x12345678,%ecx
	xor $-0x12345678,%r11
	xor $0x80,%r8d
	xor $-0x81,%rsp
	xor $0x1234,%r15w
	xorw $0x1234,0x7f(%r8,%r9,2)
	xorl $0x12345678,0x7ffffff0(%r15,%rax,8)
	xorq $-0x7fffffff,0x1000(,%rdx,8)
	xorl $0x12345678,(%r12)
	xorq $-0x7fffffff,(%r13,%r12,1)
	xorw $0x1234,0x10(%rsp,%r12,2)
	lock xorl $0x100000,(%rbx)
	lock xorq $0x1000,0x40(%rsp)
	lock xorw $0x1000,(%r8)
# xor (NP 83/6 Ev,Ib)
	xor $0x12,%bx
	xor $-1,%ecx
	xor $0x7f,%r12
	xor $1,%rax
	xor $-0x80,%r9w
	xor $8,%rsp
	xor $1,%eax
	xorw $-0x80,0x1000(,%rdx,8)
	xorl $-0x80,(%r12)
	xorq $-0x80,(%r13,%r12,1)
	xorl $-0x80,0x10(%rsp,%r12,2)
	xorq $-0x80,0x1000
	xorw $-0x80,(%rax)
	lock xorq $1,(%rdi)
	lock xorl $-1,0x12345678(%rbx,%rcx,4)
	lock xorw $1,0x100(%rip)
# cmp (NP 80/7 Eb,Ib)
	cmp $0x12,%bl
	cmp $0x12,%ah
	cmp $-1,%sil
	cmp $0x7f,%r9b
	cmpb $0x12,(%rsp)
	cmpb $0x12,0x7f(%r8,%r9,2)
	cmpb $0x12,0x7ffffff0(%r15,%rax,8)
	cmpb $0x12,0x1000(,%rdx,8)
	cmpb $0x12,(%r12)
# cmp (NP 81/7 Ev,Iz)
	cmp $0x1234,%bx
	cmp $0x12345678,%ecx
	cmp $-0x12345678,%r11
	cmp $0x80,%r8d
	cmp $-0x81,%rsp
	cmp $0x1234,%r15w
	cmpw $0x1234,0x7ffffff0(%r15,%rax,8)
	cmpl $0x12345678,0x1000(,%rdx,8)
	cmpq $-0x7fffffff,(%r12)
	cmpl $0x12345678,(%r13,%r12,1)
	cmpq $-0x7fffffff,0x10(%rsp,%r12,2)
	cmpw $0x1234,0x1000
# cmp (NP 83/7 Ev,Ib)
	cmp $0x12,%bx
	cmp $-1,%ecx
	cmp $0x7f,%r12
	cmp $1,%rax
	cmp $-0x80,%r9w
	cmp $8,%rsp
	cmp $1,%eax
	cmpw $-0x80,(%r12)
	cmpl $-0x80,(%r13,%r12,1)
	cmpq $-0x80,0x10(%rsp,%r12,2)
	cmpl $-0x80,0x1000
	cmpq $-0x80,(%rax)
	cmpw $-0x80,0x12345678(%rbx,%rcx,4)
# group 2: shifts and rotates
# rol (NP c0/0 Eb,Ib)
	rol $3,%al
	rol $7,%ah
	rol $3,%sil
	rol $3,%r9b
	rolb $5,(%rax)
	rolb $5,0x12345678(%rbx,%rcx,4)
	rolb $5,0x100(%rip)
# rol (NP c1/0 Ev,Ib)
	rol $3,%ax
	rol $0x1f,%ecx
	rol $0x3f,%r12
	rol $2,%r8d
	rol $4,%rsp
	rolw $5,-0x789abc(%r12,%r13,8)
	roll $5,(%r13)
	rolq $5,0x40(%rsp)
# rol (NP d0/0 Eb,1)
	rol %al
	rol %bh
	rol %dil
	rol $1,%r14b
	rolb -0x8(%rbp)
	rolb (%rsp)
# rol (NP d1/0 Ev,1)
	rol %ax
	rol %ecx
	rol %r13
	rol $1,%r10d
	rol %rdx
	rolw 0x7f(%r8,%r9,2)
	roll 0x7ffffff0(%r15,%rax,8)
	rolq 0x1000(,%rdx,8)
# rol (NP d2/0 Eb,CL)
	rol %cl,%dl
	rol %cl,%ah
	rol %cl,%sil
	rol %cl,%r15b
	rolb %cl,0x12345678(%rbx,%rcx,4)
	rolb %cl,0x100(%rip)
# rol (NP d3/0 Ev,CL)
	rol %cl,%ax
	rol %cl,%edx
	rol %cl,%rbx
	rol %cl,%r11
	rol %cl,%r9w
	rolw %cl,0x40(%rsp)
	roll %cl,-0x8(%rbp)
	rolq %cl,(%rsp)
# ror (NP c0/1 Eb,Ib)
	ror $3,%al
	ror $7,%ah
	ror $3,%sil
	ror $3,%r9b
	rorb $5,0x12345678(%rbx,%rcx,4)
	rorb $5,0x100(%rip)
	rorb $5,-0x789abc(%r12,%r13,8)
# ror (NP c1/1 Ev,Ib)
	ror $3,%ax
	ror $0x1f,%ecx
	ror $0x3f,%r12
	ror $2,%r8d
	ror $4,%rsp
	rorw $5,(%r13)
	rorl $5,0x40(%rsp)
	rorq $5,-0x8(%rbp)
# ror (NP d0/1 Eb,1)
	ror %al
	ror %bh
	ror %dil
	ror $1,%r14b
	rorb (%rsp)
	rorb 0x7f(%r8,%r9,2)
# ror (NP d1/1 Ev,1)
	ror %ax
	ror %ecx
	ror %r13
	ror $1,%r10d
	ror %rdx
	rorw 0x7ffffff0(%r15,%rax,8)
	rorl 0x1000(,%rdx,8)
	rorq (%r12)
# ror (NP d2/1 Eb,CL)
	ror %cl,%dl
	ror %cl,%ah
	ror %cl,%sil
	ror %cl,%r15b
	rorb %cl,0x100(%rip)
	rorb %cl,-0x789abc(%r12,%r13,8)
# ror (NP d3/1 Ev,CL)
	ror %cl,%ax
	ror %cl,%edx
	ror %cl,%rbx
	ror %cl,%r11
	ror %cl,%r9w
	rorw %cl,-0x8(%rbp)
	rorl %cl,(%rsp)
	rorq %cl,0x7f(%r8,%r9,2)
# rcl (NP c0/2 Eb,Ib)
	rcl $3,%al
	rcl $7,%ah
	rcl $3,%sil
	rcl $3,%r9b
	rclb $5,0x100(%rip)
	rclb $5,-0x789abc(%r12,%r13,8)
	rclb $5,(%r13)
# rcl (NP c1/2 Ev,Ib)
	rcl $3,%ax
	rcl $0x1f,%ecx
	rcl $0x3f,%r12
	rcl $2,%r8d
	rcl $4,%rsp
	rclw $5,0x40(%rsp)
	rcll $5,-0x8(%rbp)
	rclq $5,(%rsp)
# rcl (NP d0/2 Eb,1)
	rcl %al
	rcl %bh
	rcl %dil
	rcl $1,%r14b
	rclb 0x7f(%r8,%r9,2)
	rclb 0x7ffffff0(%r15,%rax,8)
# rcl (NP d1/2 Ev,1)
	rcl %ax
	rcl %ecx
	rcl %r13
	rcl $1,%r10d
	rcl %rdx
	rclw 0x1000(,%rdx,8)
	rcll (%r12)
	rclq (%r13,%r12,1)
# rcl (NP d2/2 Eb,CL)
	rcl %cl,%dl
	rcl %cl,%ah
	rcl %cl,%sil
	rcl %cl,%r15b
	rclb %cl,-0x789abc(%r12,%r13,8)
	rclb %cl,(%r13)
# rcl (NP d3/2 Ev,CL)
	rcl %cl,%ax
	rcl %cl,%edx
	rcl %cl,%rbx
	rcl %cl,%r11
	rcl %cl,%r9w
	rclw %cl,(%rsp)
	rcll %cl,0x7f(%r8,%r9,2)
	rclq %cl,0x7ffffff0(%r15,%rax,8)
# rcr (NP c0/3 Eb,Ib)
	rcr $3,%al
	rcr $7,%ah
	rcr $3,%sil
	rcr $3,%r9b
	rcrb $5,-0x789abc(%r12,%r13,8)
	rcrb $5,(%r13)
	rcrb $5,0x40(%rsp)
# rcr (NP c1/3 Ev,Ib)
	rcr $3,%ax
	rcr $0x1f,%ecx
	rcr $0x3f,%r12
	rcr $2,%r8d
	rcr $4,%rsp
	rcrw $5,-0x8(%rbp)
	rcrl $5,(%rsp)
	rcrq $5,0x7f(%r8,%r9,2)
# rcr (NP d0/3 Eb,1)
	rcr %al
	rcr %bh
	rcr %dil
	rcr $1,%r14b
	rcrb 0x7ffffff0(%r15,%rax,8)
	rcrb 0x1000(,%rdx,8)
# rcr (NP d1/3 Ev,1)
	rcr %ax
	rcr %ecx
	rcr %r13
	rcr $1,%r10d
	rcr %rdx
	rcrw (%r12)
	rcrl (%r13,%r12,1)
	rcrq 0x10(%rsp,%r12,2)
# rcr (NP d2/3 Eb,CL)
	rcr %cl,%dl
	rcr %cl,%ah
	rcr %cl,%sil
	rcr %cl,%r15b
	rcrb %cl,(%r13)
	rcrb %cl,0x40(%rsp)
# rcr (NP d3/3 Ev,CL)
	rcr %cl,%ax
	rcr %cl,%edx
	rcr %cl,%rbx
	rcr %cl,%r11
	rcr %cl,%r9w
	rcrw %cl,0x7f(%r8,%r9,2)
	rcrl %cl,0x7ffffff0(%r15,%rax,8)
	rcrq %cl,0x1000(,%rdx,8)
# shl (NP c0/4 Eb,Ib)
	shl $3,%al
	shl $7,%ah
	shl $3,%sil
	shl $3,%r9b
	shlb $5,(%r13)
	shlb $5,0x40(%rsp)
	shlb $5,-0x8(%rbp)
# shl (NP c1/4 Ev,Ib)
	shl $3,%ax
	shl $0x1f,%ecx
	shl $0x3f,%r12
	shl $2,%r8d
	shl $4,%rsp
	shlw $5,(%rsp)
	shll $5,0x7f(%r8,%r9,2)
	shlq $5,0x7ffffff0(%r15,%rax,8)
# shl (NP d0/4 Eb,1)
	shl %al
	shl %bh
	shl %dil
	shl $1,%r14b
	shlb 0x1000(,%rdx,8)
	shlb (%r12)
# shl (NP d1/4 Ev,1)
	shl %ax
	shl %ecx
	shl %r13
	shl $1,%r10d
	shl %rdx
	shlw (%r13,%r12,1)
	shll 0x10(%rsp,%r12,2)
	shlq 0x1000
# shl (NP d2/4 Eb,CL)
	shl %cl,%dl
	shl %cl,%ah
	shl %cl,%sil
	shl %cl,%r15b
	shlb %cl,0x40(%rsp)
	shlb %cl,-0x8(%rbp)
# shl (NP d3/4 Ev,CL)
	shl %cl,%ax
	shl %cl,%edx
	shl %cl,%rbx
	shl %cl,%r11
	shl %cl,%r9w
	shlw %cl,0x7ffffff0(%r15,%rax,8)
	shll %cl,0x1000(,%rdx,8)
	shlq %cl,(%r12)
# shr (NP c0/5 Eb,Ib)
	shr $3,%al
	shr $7,%ah
	shr $3,%sil
	shr $3,%r9b
	shrb $5,0x40(%rsp)
	shrb $5,-0x8(%rbp)
	shrb $5,(%rsp)
# shr (NP c1/5 Ev,Ib)
	shr $3,%ax
	shr $0x1f,%ecx
	shr $0x3f,%r12
	shr $2,%r8d
	shr $4,%rsp
	shrw $5,0x7f(%r8,%r9,2)
	shrl $5,0x7ffffff0(%r15,%rax,8)
	shrq $5,0x1000(,%rdx,8)
# shr (NP d0/5 Eb,1)
	shr %al
	shr %bh
	shr %dil
	shr $1,%r14b
	shrb (%r12)
	shrb (%r13,%r12,1)
# shr (NP d1/5 Ev,1)
	shr %ax
	shr %ecx
	shr %r13
	shr $1,%r10d
	shr %rdx
	shrw 0x10(%rsp,%r12,2)
	shrl 0x1000
	shrq (%rax)
# shr (NP d2/5 Eb,CL)
	shr %cl,%dl
	shr %cl,%ah
	shr %cl,%sil
	shr %cl,%r15b
	shrb %cl,-0x8(%rbp)
	shrb %cl,(%rsp)
# shr (NP d3/5 Ev,CL)
	shr %cl,%ax
	shr %cl,%edx
	shr %cl,%rbx
	shr %cl,%r11
	shr %cl,%r9w
	shrw %cl,0x1000(,%rdx,8)
	shrl %cl,(%r12)
	shrq %cl,(%r13,%r12,1)
# sar (NP c0/7 Eb,Ib)
	sar $3,%al
	sar $7,%ah
	sar $3,%sil
	sar $3,%r9b
	sarb $5,-0x8(%rbp)
	sarb $5,(%rsp)
	sarb $5,0x7f(%r8,%r9,2)
# sar (NP c1/7 Ev,Ib)
	sar $3,%ax
	sar $0x1f,%ecx
	sar $0x3f,%r12
	sar $2,%r8d
	sar $4,%rsp
	sarw $5,0x7ffffff0(%r15,%rax,8)
	sarl $5,0x1000(,%rdx,8)
	sarq $5,(%r12)
# sar (NP d0/7 Eb,1)
	sar %al
	sar %bh
	sar %dil
	sar $1,%r14b
	sarb (%r13,%r12,1)
	sarb 0x10(%rsp,%r12,2)
# sar (NP d1/7 Ev,1)
	sar %ax
	sar %ecx
	sar %r13
	sar $1,%r10d
	sar %rdx
	sarw 0x1000
	sarl (%rax)
	sarq 0x12345678(%rbx,%rcx,4)
# sar (NP d2/7 Eb,CL)
	sar %cl,%dl
	sar %cl,%ah
	sar %cl,%sil
	sar %cl,%r15b
	sarb %cl,(%rsp)
	sarb %cl,0x7f(%r8,%r9,2)
# sar (NP d3/7 Ev,CL)
	sar %cl,%ax
	sar %cl,%edx
	sar %cl,%rbx
	sar %cl,%r11
	sar %cl,%r9w
	sarw %cl,(%r12)
	sarl %cl,(%r13,%r12,1)
	sarq %cl,0x10(%rsp,%r12,2)
# sal is gas's other name for shl (same encodings)
	sal $3,%eax
	sal %cl,%rdx
	salb (%rax)
# conditional jumps: Jb (70+cc) to a near label, Jz (0f 80+cc) to a far one,
# forward and backward (.fill puts 200 one-byte nops in between)
jcc_back_far:
	nop
	.fill 200,1,0x90
# jo (NP 70 Jb / NP 0f 80 Jz)
1:
	jo 1b
	jo 2f
	jo jcc_back_far
	jo jcc_fwd_far
2:
# jno (NP 71 Jb / NP 0f 81 Jz)
1:
	jno 1b
	jno 2f
	jno jcc_back_far
	jno jcc_fwd_far
2:
# jb (NP 72 Jb / NP 0f 82 Jz)
1:
	jb 1b
	jb 2f
	jb jcc_back_far
	jb jcc_fwd_far
	jc 2f
	jnae 2f
2:
# jae (NP 73 Jb / NP 0f 83 Jz)
1:
	jae 1b
	jae 2f
	jae jcc_back_far
	jae jcc_fwd_far
	jnb 2f
	jnc 2f
2:
# je (NP 74 Jb / NP 0f 84 Jz)
1:
	je 1b
	je 2f
	je jcc_back_far
	je jcc_fwd_far
	jz 2f
2:
# jne (NP 75 Jb / NP 0f 85 Jz)
1:
	jne 1b
	jne 2f
	jne jcc_back_far
	jne jcc_fwd_far
	jnz 2f
2:
# jbe (NP 76 Jb / NP 0f 86 Jz)
1:
	jbe 1b
	jbe 2f
	jbe jcc_back_far
	jbe jcc_fwd_far
	jna 2f
2:
# ja (NP 77 Jb / NP 0f 87 Jz)
1:
	ja 1b
	ja 2f
	ja jcc_back_far
	ja jcc_fwd_far
	jnbe 2f
2:
# js (NP 78 Jb / NP 0f 88 Jz)
1:
	js 1b
	js 2f
	js jcc_back_far
	js jcc_fwd_far
2:
# jns (NP 79 Jb / NP 0f 89 Jz)
1:
	jns 1b
	jns 2f
	jns jcc_back_far
	jns jcc_fwd_far
2:
# jp (NP 7a Jb / NP 0f 8a Jz)
1:
	jp 1b
	jp 2f
	jp jcc_back_far
	jp jcc_fwd_far
	jpe 2f
2:
# jnp (NP 7b Jb / NP 0f 8b Jz)
1:
	jnp 1b
	jnp 2f
	jnp jcc_back_far
	jnp jcc_fwd_far
	jpo 2f
2:
# jl (NP 7c Jb / NP 0f 8c Jz)
1:
	jl 1b
	jl 2f
	jl jcc_back_far
	jl jcc_fwd_far
	jnge 2f
2:
# jge (NP 7d Jb / NP 0f 8d Jz)
1:
	jge 1b
	jge 2f
	jge jcc_back_far
	jge jcc_fwd_far
	jnl 2f
2:
# jle (NP 7e Jb / NP 0f 8e Jz)
1:
	jle 1b
	jle 2f
	jle jcc_back_far
	jle jcc_fwd_far
	jng 2f
2:
# jg (NP 7f Jb / NP 0f 8f Jz)
1:
	jg 1b
	jg 2f
	jg jcc_back_far
	jg jcc_fwd_far
	jnle 2f
2:
jcc_fwd_near:
# branch-hint prefixes (3e/2e) as gas writes them for ,pt / ,pn
	jne,pt jcc_fwd_near
	je,pn jcc_fwd_near
	jle,pt jcc_fwd_far
	.fill 200,1,0x90
jcc_fwd_far:
# cmovcc (NP 0f 40+cc Gv,Ev)
# cmovo (NP 0f 40 Gv,Ev)
	cmovo %ax,%bx
	cmovo %ecx,%edx
	cmovo %rsi,%rdi
	cmovo %r8,%r15
	cmovo %r9d,%eax
	cmovo (%rax),%r10w
	cmovo 0x12345678(%rbx,%rcx,4),%ebx
	cmovo 0x100(%rip),%r12
	cmovo -0x789abc(%r12,%r13,8),%rax
# cmovno (NP 0f 41 Gv,Ev)
	cmovno %ax,%bx
	cmovno %ecx,%edx
	cmovno %rsi,%rdi
	cmovno %r8,%r15
	cmovno %r9d,%eax
	cmovno 0x12345678(%rbx,%rcx,4),%r10w
	cmovno 0x100(%rip),%ebx
	cmovno -0x789abc(%r12,%r13,8),%r12
	cmovno (%r13),%rax
# cmovb (NP 0f 42 Gv,Ev)
	cmovb %ax,%bx
	cmovb %ecx,%edx
	cmovb %rsi,%rdi
	cmovb %r8,%r15
	cmovb %r9d,%eax
	cmovb 0x100(%rip),%r10w
	cmovb -0x789abc(%r12,%r13,8),%ebx
	cmovb (%r13),%r12
	cmovb 0x40(%rsp),%rax
	cmovc %eax,%ecx
	cmovnae %eax,%ecx
# cmovae (NP 0f 43 Gv,Ev)
	cmovae %ax,%bx
	cmovae %ecx,%edx
	cmovae %rsi,%rdi
	cmovae %r8,%r15
	cmovae %r9d,%eax
	cmovae -0x789abc(%r12,%r13,8),%r10w
	cmovae (%r13),%ebx
	cmovae 0x40(%rsp),%r12
	cmovae -0x8(%rbp),%rax
	cmovnb %eax,%ecx
	cmovnc %eax,%ecx
# cmove (NP 0f 44 Gv,Ev)
	cmove %ax,%bx
	cmove %ecx,%edx
	cmove %rsi,%rdi
	cmove %r8,%r15
	cmove %r9d,%eax
	cmove (%r13),%r10w
	cmove 0x40(%rsp),%ebx
	cmove -0x8(%rbp),%r12
	cmove (%rsp),%rax
	cmovz %eax,%ecx
# cmovne (NP 0f 45 Gv,Ev)
	cmovne %ax,%bx
	cmovne %ecx,%edx
	cmovne %rsi,%rdi
	cmovne %r8,%r15
	cmovne %r9d,%eax
	cmovne 0x40(%rsp),%r10w
	cmovne -0x8(%rbp),%ebx
	cmovne (%rsp),%r12
	cmovne 0x7f(%r8,%r9,2),%rax
	cmovnz %eax,%ecx
# cmovbe (NP 0f 46 Gv,Ev)
	cmovbe %ax,%bx
	cmovbe %ecx,%edx
	cmovbe %rsi,%rdi
	cmovbe %r8,%r15
	cmovbe %r9d,%eax
	cmovbe -0x8(%rbp),%r10w
	cmovbe (%rsp),%ebx
	cmovbe 0x7f(%r8,%r9,2),%r12
	cmovbe 0x7ffffff0(%r15,%rax,8),%rax
	cmovna %eax,%ecx
# cmova (NP 0f 47 Gv,Ev)
	cmova %ax,%bx
	cmova %ecx,%edx
	cmova %rsi,%rdi
	cmova %r8,%r15
	cmova %r9d,%eax
	cmova (%rsp),%r10w
	cmova 0x7f(%r8,%r9,2),%ebx
	cmova 0x7ffffff0(%r15,%rax,8),%r12
	cmova 0x1000(,%rdx,8),%rax
	cmovnbe %eax,%ecx
# cmovs (NP 0f 48 Gv,Ev)
	cmovs %ax,%bx
	cmovs %ecx,%edx
	cmovs %rsi,%rdi
	cmovs %r8,%r15
	cmovs %r9d,%eax
	cmovs 0x7f(%r8,%r9,2),%r10w
	cmovs 0x7ffffff0(%r15,%rax,8),%ebx
	cmovs 0x1000(,%rdx,8),%r12
	cmovs (%r12),%rax
# cmovns (NP 0f 49 Gv,Ev)
	cmovns %ax,%bx
	cmovns %ecx,%edx
	cmovns %rsi,%rdi
	cmovns %r8,%r15
	cmovns %r9d,%eax
	cmovns 0x7ffffff0(%r15,%rax,8),%r10w
	cmovns 0x1000(,%rdx,8),%ebx
	cmovns (%r12),%r12
	cmovns (%r13,%r12,1),%rax
# cmovp (NP 0f 4a Gv,Ev)
	cmovp %ax,%bx
	cmovp %ecx,%edx
	cmovp %rsi,%rdi
	cmovp %r8,%r15
	cmovp %r9d,%eax
	cmovp 0x1000(,%rdx,8),%r10w
	cmovp (%r12),%ebx
	cmovp (%r13,%r12,1),%r12
	cmovp 0x10(%rsp,%r12,2),%rax
	cmovpe %eax,%ecx
# cmovnp (NP 0f 4b Gv,Ev)
	cmovnp %ax,%bx
	cmovnp %ecx,%edx
	cmovnp %rsi,%rdi
	cmovnp %r8,%r15
	cmovnp %r9d,%eax
	cmovnp (%r12),%r10w
	cmovnp (%r13,%r12,1),%ebx
	cmovnp 0x10(%rsp,%r12,2),%r12
	cmovnp 0x1000,%rax
	cmovpo %eax,%ecx
# cmovl (NP 0f 4c Gv,Ev)
	cmovl %ax,%bx
	cmovl %ecx,%edx
	cmovl %rsi,%rdi
	cmovl %r8,%r15
	cmovl %r9d,%eax
	cmovl (%r13,%r12,1),%r10w
	cmovl 0x10(%rsp,%r12,2),%ebx
	cmovl 0x1000,%r12
	cmovl (%rax),%rax
	cmovnge %eax,%ecx
# cmovge (NP 0f 4d Gv,Ev)
	cmovge %ax,%bx
	cmovge %ecx,%edx
	cmovge %rsi,%rdi
	cmovge %r8,%r15
	cmovge %r9d,%eax
	cmovge 0x10(%rsp,%r12,2),%r10w
	cmovge 0x1000,%ebx
	cmovge (%rax),%r12
	cmovge 0x12345678(%rbx,%rcx,4),%rax
	cmovnl %eax,%ecx
# cmovle (NP 0f 4e Gv,Ev)
	cmovle %ax,%bx
	cmovle %ecx,%edx
	cmovle %rsi,%rdi
	cmovle %r8,%r15
	cmovle %r9d,%eax
	cmovle 0x1000,%r10w
	cmovle (%rax),%ebx
	cmovle 0x12345678(%rbx,%rcx,4),%r12
	cmovle 0x100(%rip),%rax
	cmovng %eax,%ecx
# cmovg (NP 0f 4f Gv,Ev)
	cmovg %ax,%bx
	cmovg %ecx,%edx
	cmovg %rsi,%rdi
	cmovg %r8,%r15
	cmovg %r9d,%eax
	cmovg (%rax),%r10w
	cmovg 0x12345678(%rbx,%rcx,4),%ebx
	cmovg 0x100(%rip),%r12
	cmovg -0x789abc(%r12,%r13,8),%rax
	cmovnle %eax,%ecx
# setcc (NP 0f 90+cc /0 Eb)
# seto (NP 0f 90/0 Eb)
	seto %al
	seto %ah
	seto %sil
	seto %r8b
	seto %r15b
	seto (%rax)
	seto 0x12345678(%rbx,%rcx,4)
	seto 0x100(%rip)
# setno (NP 0f 91/0 Eb)
	setno %al
	setno %ah
	setno %sil
	setno %r8b
	setno %r15b
	setno 0x12345678(%rbx,%rcx,4)
	setno 0x100(%rip)
	setno -0x789abc(%r12,%r13,8)
# setb (NP 0f 92/0 Eb)
	setb %al
	setb %ah
	setb %sil
	setb %r8b
	setb %r15b
	setb 0x100(%rip)
	setb -0x789abc(%r12,%r13,8)
	setb (%r13)
	setc %dl
	setnae %dl
# setae (NP 0f 93/0 Eb)
	setae %al
	setae %ah
	setae %sil
	setae %r8b
	setae %r15b
	setae -0x789abc(%r12,%r13,8)
	setae (%r13)
	setae 0x40(%rsp)
	setnb %dl
	setnc %dl
# sete (NP 0f 94/0 Eb)
	sete %al
	sete %ah
	sete %sil
	sete %r8b
	sete %r15b
	sete (%r13)
	sete 0x40(%rsp)
	sete -0x8(%rbp)
	setz %dl
# setne (NP 0f 95/0 Eb)
	setne %al
	setne %ah
	setne %sil
	setne %r8b
	setne %r15b
	setne 0x40(%rsp)
	setne -0x8(%rbp)
	setne (%rsp)
	setnz %dl
# setbe (NP 0f 96/0 Eb)
	setbe %al
	setbe %ah
	setbe %sil
	setbe %r8b
	setbe %r15b
	setbe -0x8(%rbp)
	setbe (%rsp)
	setbe 0x7f(%r8,%r9,2)
	setna %dl
# seta (NP 0f 97/0 Eb)
	seta %al
	seta %ah
	seta %sil
	seta %r8b
	seta %r15b
	seta (%rsp)
	seta 0x7f(%r8,%r9,2)
	seta 0x7ffffff0(%r15,%rax,8)
	setnbe %dl
# sets (NP 0f 98/0 Eb)
	sets %al
	sets %ah
	sets %sil
	sets %r8b
	sets %r15b
	sets 0x7f(%r8,%r9,2)
	sets 0x7ffffff0(%r15,%rax,8)
	sets 0x1000(,%rdx,8)
# setns (NP 0f 99/0 Eb)
	setns %al
	setns %ah
	setns %sil
	setns %r8b
	setns %r15b
	setns 0x7ffffff0(%r15,%rax,8)
	setns 0x1000(,%rdx,8)
	setns (%r12)
# setp (NP 0f 9a/0 Eb)
	setp %al
	setp %ah
	setp %sil
	setp %r8b
	setp %r15b
	setp 0x1000(,%rdx,8)
	setp (%r12)
	setp (%r13,%r12,1)
	setpe %dl
# setnp (NP 0f 9b/0 Eb)
	setnp %al
	setnp %ah
	setnp %sil
	setnp %r8b
	setnp %r15b
	setnp (%r12)
	setnp (%r13,%r12,1)
	setnp 0x10(%rsp,%r12,2)
	setpo %dl
# setl (NP 0f 9c/0 Eb)
	setl %al
	setl %ah
	setl %sil
	setl %r8b
	setl %r15b
	setl (%r13,%r12,1)
	setl 0x10(%rsp,%r12,2)
	setl 0x1000
	setnge %dl
# setge (NP 0f 9d/0 Eb)
	setge %al
	setge %ah
	setge %sil
	setge %r8b
	setge %r15b
	setge 0x10(%rsp,%r12,2)
	setge 0x1000
	setge (%rax)
	setnl %dl
# setle (NP 0f 9e/0 Eb)
	setle %al
	setle %ah
	setle %sil
	setle %r8b
	setle %r15b
	setle 0x1000
	setle (%rax)
	setle 0x12345678(%rbx,%rcx,4)
	setng %dl
# setg (NP 0f 9f/0 Eb)
	setg %al
	setg %ah
	setg %sil
	setg %r8b
	setg %r15b
	setg (%rax)
	setg 0x12345678(%rbx,%rcx,4)
	setg 0x100(%rip)
	setnle %dl
# moves
# mov (NP 88 Eb,Gb)
	{store} mov %cl,%dl
	{store} mov %ah,%bh
	{store} mov %sil,%dil
	{store} mov %r8b,%al
	{store} mov %al,%r15b
	{store} mov %bpl,%spl
	mov %al,(%rax)
	mov %ah,0x12345678(%rbx,%rcx,4)
	mov %sil,0x100(%rip)
	mov %r10b,-0x789abc(%r12,%r13,8)
	mov %dl,(%r13)
	mov %bh,0x40(%rsp)
	mov %r15b,-0x8(%rbp)
# mov (NP 89 Ev,Gv)
	{store} mov %cx,%dx
	{store} mov %ecx,%edx
	{store} mov %rcx,%rdx
	{store} mov %r8,%r15
	{store} mov %r9d,%eax
	{store} mov %ax,%r10w
	{store} mov %rsp,%rbp
	{store} mov %rbp,%rsp
	mov %ax,(%rax)
	mov %ecx,0x12345678(%rbx,%rcx,4)
	mov %rdx,0x100(%rip)
	mov %r11,-0x789abc(%r12,%r13,8)
	mov %r8w,(%r13)
	mov %esi,0x40(%rsp)
	mov %rdi,-0x8(%rbp)
	mov %r14d,(%rsp)
	mov %rax,0x7f(%r8,%r9,2)
	mov %ebx,0x7ffffff0(%r15,%rax,8)
	mov %r9,0x1000(,%rdx,8)
	mov %bp,(%r12)
# mov (NP 8a Gb,Eb)
	{load} mov %cl,%dl
	{load} mov %ah,%bh
	{load} mov %sil,%r12b
	mov -0x789abc(%r12,%r13,8),%al
	mov 0x12345678(%rbx,%rcx,4),%ch
	mov 0x40(%rsp),%dil
	mov -0x8(%rbp),%r13b
	mov (%rsp),%bl
	mov 0x7f(%r8,%r9,2),%spl
	mov 0x7ffffff0(%r15,%rax,8),%r8b
# mov (NP 8b Gv,Ev)
	{load} mov %cx,%dx
	{load} mov %ecx,%edx
	{load} mov %rcx,%rdx
	{load} mov %r8,%r15
	mov 0x40(%rsp),%ax
	mov -0x8(%rbp),%ecx
	mov (%rsp),%rdx
	mov 0x7f(%r8,%r9,2),%r11
	mov 0x7ffffff0(%r15,%rax,8),%r8w
	mov 0x1000(,%rdx,8),%r14d
	mov (%r12),%rbp
	mov (%r13,%r12,1),%rsp
	mov 0x10(%rsp,%r12,2),%eax
	mov 0x1000,%r15
	mov (%rax),%si
	mov 0x12345678(%rbx,%rcx,4),%r12
# mov (NP c6/0 Eb,Ib (gas uses b0+r for registers))
	movb $0x12,0x12345678(%rbx,%rcx,4)
	movb $0x12,0x100(%rip)
	movb $0x12,-0x789abc(%r12,%r13,8)
	movb $0x12,(%r13)
	movb $0x12,0x40(%rsp)
	movb $0x12,-0x8(%rbp)
	movb $-1,(%rdi)
# mov (NP c7/0 Ev,Iz)
	movq $-1,%rax
	movq $0x12345678,%r12
	movq $-0x80000000,%rsp
	movq $0,%rdx
	movw $0x1234,0x100(%rip)
	movl $0x12345678,-0x789abc(%r12,%r13,8)
	movq $-0x12345678,(%r13)
	movw $0x1234,0x40(%rsp)
	movl $0x12345678,-0x8(%rbp)
	movq $-0x12345678,(%rsp)
	movl $0x12345678,0x7f(%r8,%r9,2)
	movq $-0x12345678,0x7ffffff0(%r15,%rax,8)
	movl $0,(%rax)
	movq $1,0x40(%rsp)
# mov (NP b0+r Zb,Ib)
	mov $0x12,%al
	mov $0x12,%cl
	mov $0x12,%ah
	mov $0x12,%bh
	mov $0x12,%spl
	mov $0x12,%sil
	mov $0x12,%dil
	mov $0x12,%r8b
	mov $0x12,%r15b
# mov / movabs (NP b8+r Zv,Iv: imm16 with 66, imm32, imm64 with REX.W)
	mov $0x1234,%ax
	mov $0x1234,%r9w
	mov $0x12345678,%eax
	mov $0x12345678,%r9d
	mov $-1,%esi
	mov $0,%ebp
	mov $0x80000000,%r15d
	movabs $0x123456789abcdef0,%rax
	movabs $0x123456789abcdef0,%r15
	movabs $-1,%rcx
	movabs $0x8000000000000000,%r8
	movabs $0xffffffff,%rdx
# movslq (NP 63 Gv,Ed)
	movslq %eax,%rax
	movslq %r8d,%rcx
	movslq %ecx,%r15
	movslq 0x12345678(%rbx,%rcx,4),%rax
	movslq 0x100(%rip),%r8
	movslq -0x789abc(%r12,%r13,8),%rdx
	movslq (%r13),%rsp
	movslq 0x40(%rsp),%r13
	movsxd %eax,%eax
	movsxd (%rax),%r9d
# movzb (NP 0f b6 Gv,Eb)
	movzbw %cl,%ax
	movzbw %sil,%ax
	movzbw %r8b,%r9w
	movzbw (%rax),%ax
	movzbw 0x12345678(%rbx,%rcx,4),%r9w
	movzbw 0x100(%rip),%ax
	movzbl %cl,%eax
	movzbl %sil,%eax
	movzbl %r8b,%r10d
	movzbl -0x789abc(%r12,%r13,8),%eax
	movzbl (%r13),%r10d
	movzbl 0x40(%rsp),%eax
	movzbq %cl,%rax
	movzbq %sil,%rax
	movzbq %r8b,%r11
	movzbq -0x8(%rbp),%rax
	movzbq (%rsp),%r11
	movzbq 0x7f(%r8,%r9,2),%rax
# movzw (NP 0f b7 Gv,Ew)
	movzwl %cx,%eax
	movzwl %r8w,%r10d
	movzwl %si,%eax
	movzwl -0x789abc(%r12,%r13,8),%eax
	movzwl (%r13),%r10d
	movzwl 0x40(%rsp),%eax
	movzwq %cx,%rax
	movzwq %r8w,%r11
	movzwq %si,%rax
	movzwq -0x8(%rbp),%rax
	movzwq (%rsp),%r11
	movzwq 0x7f(%r8,%r9,2),%rax
# movsb (NP 0f be Gv,Eb)
	movsbw %cl,%ax
	movsbw %sil,%ax
	movsbw %r8b,%r9w
	movsbw (%rax),%ax
	movsbw 0x12345678(%rbx,%rcx,4),%r9w
	movsbw 0x100(%rip),%ax
	movsbl %cl,%eax
	movsbl %sil,%eax
	movsbl %r8b,%r10d
	movsbl -0x789abc(%r12,%r13,8),%eax
	movsbl (%r13),%r10d
	movsbl 0x40(%rsp),%eax
	movsbq %cl,%rax
	movsbq %sil,%rax
	movsbq %r8b,%r11
	movsbq -0x8(%rbp),%rax
	movsbq (%rsp),%r11
	movsbq 0x7f(%r8,%r9,2),%rax
# movsw (NP 0f bf Gv,Ew)
	movswl %cx,%eax
	movswl %r8w,%r10d
	movswl %si,%eax
	movswl -0x789abc(%r12,%r13,8),%eax
	movswl (%r13),%r10d
	movswl 0x40(%rsp),%eax
	movswq %cx,%rax
	movswq %r8w,%r11
	movswq %si,%rax
	movswq -0x8(%rbp),%rax
	movswq (%rsp),%r11
	movswq 0x7f(%r8,%r9,2),%rax
# lea (NP 8d Gv,M)
	lea (%rax),%rax
	lea 0x8(%rax,%rbx,4),%ecx
	lea 0x100(%rip),%rdi
	lea 0x40(%rsp),%r12
	lea 0x1(%rax),%ax
	lea -0x789abc(%r12,%r13,8),%r15
	lea 0x0(,%rax,8),%rdx
	lea (%rax,%rax,2),%rax
	lea -0x1(%rdi,%rsi,1),%eax
	lea (%r13),%r14
	lea (%rsp),%rbp
	lea 0x7ffffff0(%r15,%rax,8),%rsp
	lea 0x1000,%rax
	lea 0x10(%eax,%ebx,2),%ecx
# movbe (NP 0f 38 f0 Gv,Mv / f1 Mv,Gv)
	movbe (%rax),%eax
	movbe 0x12345678(%rbx,%rcx,4),%ax
	movbe 0x100(%rip),%r8
	movbe -0x789abc(%r12,%r13,8),%ecx
	movbe (%r13),%r9w
	movbe 0x40(%rsp),%rdx
	movbe %eax,-0x8(%rbp)
	movbe %ax,(%rsp)
	movbe %r8,0x7f(%r8,%r9,2)
	movbe %r15d,0x7ffffff0(%r15,%rax,8)
	movbe %r9w,0x1000(,%rdx,8)
	movbe %rsp,(%r12)
# exchange and atomics
# xchg (NP 86 Eb,Gb)
	xchg %al,%bl
	xchg %ah,%al
	xchg %sil,%dil
	xchg %r8b,%cl
	xchg %al,(%rax)
	xchg %ah,0x12345678(%rbx,%rcx,4)
	xchg %sil,0x100(%rip)
	xchg %r10b,-0x789abc(%r12,%r13,8)
	xchg %dl,(%r13)
	lock xchg %al,(%rbx)
	lock xchg %r9b,0x40(%rsp)
# xchg (NP 87 Ev,Gv (gas uses 90+r when one operand is rax, except eax,eax))
	xchg %ebx,%ecx
	xchg %rbx,%rdx
	xchg %cx,%dx
	xchg %r8,%r15
	xchg %eax,%eax
	xchg %ax,(%r13)
	xchg %ecx,0x40(%rsp)
	xchg %rdx,-0x8(%rbp)
	xchg %r11,(%rsp)
	xchg %r8w,0x7f(%r8,%r9,2)
	xchg %rsi,0x7ffffff0(%r15,%rax,8)
	lock xchg %rax,(%rdi)
	lock xchg %ecx,0x12345678(%rbx,%rcx,4)
# nop (NP 90 with register 0 (66 90 is xchg %ax,%ax, 48 90 xchg %rax,%rax))
	nop
	xchg %ax,%ax
	xchg %rax,%rax
	data16 nop
# xchg (NP 90+r Zv,rAX)
	xchg %ebx,%eax
	xchg %rax,%rcx
	xchg %ax,%dx
	xchg %r8,%rax
	xchg %eax,%r8d
	xchg %r15,%rax
	xchg %ax,%r12w
	xchg %esp,%eax
# cmpxchg (NP 0f b0 Eb,Gb)
	cmpxchg %cl,%dl
	cmpxchg %ah,%bl
	cmpxchg %sil,%r8b
	cmpxchg %cl,0x12345678(%rbx,%rcx,4)
	cmpxchg %r9b,0x100(%rip)
	cmpxchg %bh,0x12345678(%rbx,%rcx,4)
	lock cmpxchg %cl,(%rdx)
	lock cmpxchg %dil,0x40(%rsp)
# cmpxchg (NP 0f b1 Ev,Gv)
	cmpxchg %ebx,%ecx
	cmpxchg %rbx,%r12
	cmpxchg %ax,%dx
	cmpxchg %ax,-0x789abc(%r12,%r13,8)
	cmpxchg %ecx,(%r13)
	cmpxchg %rdx,0x40(%rsp)
	cmpxchg %r11,-0x8(%rbp)
	lock cmpxchg %rcx,(%rdi)
	lock cmpxchg %r8d,0x100(%rip)
	lock cmpxchg %si,(%r13)
# xadd (NP 0f c0 Eb,Gb)
	xadd %al,%bl
	xadd %ah,%ch
	xadd %r10b,%sil
	xadd %al,0x40(%rsp)
	xadd %r9b,-0x8(%rbp)
	lock xadd %al,(%rsi)
	lock xadd %r15b,0x12345678(%rbx,%rcx,4)
# xadd (NP 0f c1 Ev,Gv)
	xadd %eax,%ebx
	xadd %rax,%r9
	xadd %ax,%cx
	xadd %ax,(%rsp)
	xadd %ecx,0x7f(%r8,%r9,2)
	xadd %rdx,0x7ffffff0(%r15,%rax,8)
	xadd %r11,0x1000(,%rdx,8)
	lock xadd %eax,(%rdi)
	lock xadd %rcx,0x40(%rsp)
	lock xadd %r8w,0x100(%rip)
# cmpxchg8b (NP 0f c7/1 W0 Mq)
	cmpxchg8b (%rax)
	cmpxchg8b 0x12345678(%rbx,%rcx,4)
	cmpxchg8b 0x100(%rip)
	cmpxchg8b -0x789abc(%r12,%r13,8)
	cmpxchg8b (%r13)
	lock cmpxchg8b (%rdi)
	lock cmpxchg8b 0x40(%rsp)
# cmpxchg16b (NP 0f c7/1 W1 Mo)
	cmpxchg16b 0x40(%rsp)
	cmpxchg16b -0x8(%rbp)
	cmpxchg16b (%rsp)
	cmpxchg16b 0x7f(%r8,%r9,2)
	cmpxchg16b 0x7ffffff0(%r15,%rax,8)
	lock cmpxchg16b (%rdi)
	lock cmpxchg16b 0x12345678(%rbx,%rcx,4)
# test, group 3, inc/dec, imul
# test (NP 84 Eb,Gb)
	test %al,%al
	test %ah,%bl
	test %sil,%sil
	test %r8b,%r15b
	test %al,(%rax)
	test %ch,0x12345678(%rbx,%rcx,4)
	test %dil,0x100(%rip)
	test %r13b,-0x789abc(%r12,%r13,8)
# test (NP 85 Ev,Gv)
	test %eax,%eax
	test %rdx,%rdx
	test %ax,%cx
	test %r9,%r10
	test %r12d,%esp
	test %ax,(%r13)
	test %ecx,0x40(%rsp)
	test %rdx,-0x8(%rbp)
	test %r11,(%rsp)
	test %r8w,0x7f(%r8,%r9,2)
# test (NP a8 AL,Ib)
	test $0x12,%al
	test $0x80,%al
# test (NP a9 rAX,Iz)
	test $0x1234,%ax
	test $0x12345678,%eax
	test $0x12345678,%rax
	test $-1,%rax
# test (NP f6/0 Eb,Ib)
	test $0x12,%bl
	test $1,%ah
	test $0x80,%sil
	test $4,%r11b
	testb $0x12,0x100(%rip)
	testb $0x12,-0x789abc(%r12,%r13,8)
	testb $0x12,(%r13)
	testb $0x12,0x40(%rsp)
	testb $0x12,-0x8(%rbp)
# test (NP f7/0 Ev,Iz)
	test $0x1234,%bx
	test $1,%ecx
	test $0x12345678,%r8
	test $0x1000,%r9w
	test $-8,%rsp
	testw $0x1234,(%rsp)
	testl $0x12345678,0x7f(%r8,%r9,2)
	testq $-0x12345678,0x7ffffff0(%r15,%rax,8)
	testl $0x12345678,0x1000(,%rdx,8)
	testq $-0x12345678,(%r12)
# not (NP f6/2 Eb)
	not %cl
	not %ah
	not %sil
	not %r9b
	notb 0x100(%rip)
	notb -0x789abc(%r12,%r13,8)
	notb (%r13)
	lock notb (%rax)
	lock notb 0x40(%rsp)
# not (NP f7/2 Ev)
	not %cx
	not %ecx
	not %rcx
	not %r12
	not %r13d
	not %r14w
	notw 0x40(%rsp)
	notl -0x8(%rbp)
	notq (%rsp)
	notl 0x7f(%r8,%r9,2)
	notq 0x7ffffff0(%r15,%rax,8)
	lock notl (%rax)
	lock notq 0x12345678(%rbx,%rcx,4)
	lock notw (%r8)
# neg (NP f6/3 Eb)
	neg %cl
	neg %ah
	neg %sil
	neg %r9b
	negb -0x789abc(%r12,%r13,8)
	negb (%r13)
	negb 0x40(%rsp)
	lock negb (%rax)
	lock negb 0x40(%rsp)
# neg (NP f7/3 Ev)
	neg %cx
	neg %ecx
	neg %rcx
	neg %r12
	neg %r13d
	neg %r14w
	negw -0x8(%rbp)
	negl (%rsp)
	negq 0x7f(%r8,%r9,2)
	negl 0x7ffffff0(%r15,%rax,8)
	negq 0x1000(,%rdx,8)
	lock negl (%rax)
	lock negq 0x12345678(%rbx,%rcx,4)
	lock negw (%r8)
# mul (NP f6/4 Eb)
	mul %cl
	mul %ah
	mul %sil
	mul %r9b
	mulb (%r13)
	mulb 0x40(%rsp)
	mulb -0x8(%rbp)
# mul (NP f7/4 Ev)
	mul %cx
	mul %ecx
	mul %rcx
	mul %r12
	mul %r13d
	mul %r14w
	mulw (%rsp)
	mull 0x7f(%r8,%r9,2)
	mulq 0x7ffffff0(%r15,%rax,8)
	mull 0x1000(,%rdx,8)
	mulq (%r12)
# imul (NP f6/5 Eb)
	imul %cl
	imul %ah
	imul %sil
	imul %r9b
	imulb 0x40(%rsp)
	imulb -0x8(%rbp)
	imulb (%rsp)
# imul (NP f7/5 Ev)
	imul %cx
	imul %ecx
	imul %rcx
	imul %r12
	imul %r13d
	imul %r14w
	imulw 0x7f(%r8,%r9,2)
	imull 0x7ffffff0(%r15,%rax,8)
	imulq 0x1000(,%rdx,8)
	imull (%r12)
	imulq (%r13,%r12,1)
# div (NP f6/6 Eb)
	div %cl
	div %ah
	div %sil
	div %r9b
	divb -0x8(%rbp)
	divb (%rsp)
	divb 0x7f(%r8,%r9,2)
# div (NP f7/6 Ev)
	div %cx
	div %ecx
	div %rcx
	div %r12
	div %r13d
	div %r14w
	divw 0x7ffffff0(%r15,%rax,8)
	divl 0x1000(,%rdx,8)
	divq (%r12)
	divl (%r13,%r12,1)
	divq 0x10(%rsp,%r12,2)
# idiv (NP f6/7 Eb)
	idiv %cl
	idiv %ah
	idiv %sil
	idiv %r9b
	idivb (%rsp)
	idivb 0x7f(%r8,%r9,2)
	idivb 0x7ffffff0(%r15,%rax,8)
# idiv (NP f7/7 Ev)
	idiv %cx
	idiv %ecx
	idiv %rcx
	idiv %r12
	idiv %r13d
	idiv %r14w
	idivw 0x1000(,%rdx,8)
	idivl (%r12)
	idivq (%r13,%r12,1)
	idivl 0x10(%rsp,%r12,2)
	idivq 0x1000
# inc (NP fe/0 Eb)
	inc %al
	inc %bh
	inc %dil
	inc %r10b
	incb (%rax)
	incb 0x12345678(%rbx,%rcx,4)
	incb 0x100(%rip)
	lock incb (%rdi)
	lock incb 0x100(%rip)
# inc (NP ff/0 Ev)
	inc %ax
	inc %eax
	inc %rax
	inc %r8
	inc %r15d
	inc %r9w
	incw (%r13)
	incl 0x40(%rsp)
	incq -0x8(%rbp)
	incl (%rsp)
	incq 0x7f(%r8,%r9,2)
	lock incl (%rdi)
	lock incq 0x40(%rsp)
	lock incw -0x789abc(%r12,%r13,8)
# dec (NP fe/1 Eb)
	dec %al
	dec %bh
	dec %dil
	dec %r10b
	decb 0x12345678(%rbx,%rcx,4)
	decb 0x100(%rip)
	decb -0x789abc(%r12,%r13,8)
	lock decb (%rdi)
	lock decb 0x100(%rip)
# dec (NP ff/1 Ev)
	dec %ax
	dec %eax
	dec %rax
	dec %r8
	dec %r15d
	dec %r9w
	decw 0x40(%rsp)
	decl -0x8(%rbp)
	decq (%rsp)
	decl 0x7f(%r8,%r9,2)
	decq 0x7ffffff0(%r15,%rax,8)
	lock decl (%rdi)
	lock decq 0x40(%rsp)
	lock decw -0x789abc(%r12,%r13,8)
# imul (NP 69 Gv,Ev,Iz)
	imul $0x1234,%ax,%bx
	imul $0x12345678,%ecx,%edx
	imul $-0x12345678,%r8,%r9
	imul $0x1000,%r10w,%r11w
	imul $0x12345678,0x12345678(%rbx,%rcx,4),%eax
	imul $0x12345678,0x100(%rip),%r8
	imul $0x1234,-0x789abc(%r12,%r13,8),%cx
	imul $0x12345678,(%r13),%rsp
# imul (NP 6b Gv,Ev,Ib)
	imul $3,%ax,%bx
	imul $3,%eax,%eax
	imul $-5,%r8,%r15
	imul $0x7f,%r12d,%esi
	imul $-0x80,0x40(%rsp),%eax
	imul $-0x80,-0x8(%rbp),%r8
	imul $-0x80,(%rsp),%cx
	imul $-0x80,0x7f(%r8,%r9,2),%rdx
# imul (NP 0f af Gv,Ev)
	imul %ebx,%eax
	imul %rcx,%rdx
	imul %r8w,%r9w
	imul %r15,%rax
	imul 0x7f(%r8,%r9,2),%eax
	imul 0x7ffffff0(%r15,%rax,8),%r8
	imul 0x1000(,%rdx,8),%cx
	imul (%r12),%rdx
	imul (%r13,%r12,1),%r14d
# sign extension of rax into rax/rdx: 98/99 with REX.W, without, with 66
	cltq
	cwtl
	cbtw
	cqto
	cltd
	cwtd
	cdqe
	cwde
	cbw
	cqo
	cdq
	cwd
# bit instructions
# bt (NP 0f a3 Ev,Gv)
	bt %ax,%bx
	bt %ecx,%edx
	bt %rsi,%rdi
	bt %r8,%r15
	bt %r9d,%eax
	bt %ax,(%rsp)
	bt %ecx,0x7f(%r8,%r9,2)
	bt %rdx,0x7ffffff0(%r15,%rax,8)
	bt %r11,0x1000(,%rdx,8)
# bts (NP 0f ab Ev,Gv)
	bts %ax,%bx
	bts %ecx,%edx
	bts %rsi,%rdi
	bts %r8,%r15
	bts %r9d,%eax
	bts %ax,-0x789abc(%r12,%r13,8)
	bts %ecx,(%r13)
	bts %rdx,0x40(%rsp)
	bts %r11,-0x8(%rbp)
	lock bts %eax,(%rdi)
	lock bts %rcx,0x40(%rsp)
	lock bts %r8w,0x100(%rip)
# btr (NP 0f b3 Ev,Gv)
	btr %ax,%bx
	btr %ecx,%edx
	btr %rsi,%rdi
	btr %r8,%r15
	btr %r9d,%eax
	btr %ax,(%r12)
	btr %ecx,(%r13,%r12,1)
	btr %rdx,0x10(%rsp,%r12,2)
	btr %r11,0x1000
	lock btr %eax,(%rdi)
	lock btr %rcx,0x40(%rsp)
	lock btr %r8w,0x100(%rip)
# btc (NP 0f bb Ev,Gv)
	btc %ax,%bx
	btc %ecx,%edx
	btc %rsi,%rdi
	btc %r8,%r15
	btc %r9d,%eax
	btc %ax,(%rsp)
	btc %ecx,0x7f(%r8,%r9,2)
	btc %rdx,0x7ffffff0(%r15,%rax,8)
	btc %r11,0x1000(,%rdx,8)
	lock btc %eax,(%rdi)
	lock btc %rcx,0x40(%rsp)
	lock btc %r8w,0x100(%rip)
# bt (NP 0f ba/4 Ev,Ib)
	bt $3,%ax
	bt $0x1f,%ecx
	bt $0x3f,%rdx
	bt $7,%r8
	bt $1,%r13d
	btw $5,(%r13)
	btl $5,0x40(%rsp)
	btq $5,-0x8(%rbp)
# bts (NP 0f ba/5 Ev,Ib)
	bts $3,%ax
	bts $0x1f,%ecx
	bts $0x3f,%rdx
	bts $7,%r8
	bts $1,%r13d
	btsw $5,0x40(%rsp)
	btsl $5,-0x8(%rbp)
	btsq $5,(%rsp)
	lock btsl $5,(%rdi)
	lock btsq $0x3f,0x40(%rsp)
	lock btsw $1,(%r9)
# btr (NP 0f ba/6 Ev,Ib)
	btr $3,%ax
	btr $0x1f,%ecx
	btr $0x3f,%rdx
	btr $7,%r8
	btr $1,%r13d
	btrw $5,-0x8(%rbp)
	btrl $5,(%rsp)
	btrq $5,0x7f(%r8,%r9,2)
	lock btrl $5,(%rdi)
	lock btrq $0x3f,0x40(%rsp)
	lock btrw $1,(%r9)
# btc (NP 0f ba/7 Ev,Ib)
	btc $3,%ax
	btc $0x1f,%ecx
	btc $0x3f,%rdx
	btc $7,%r8
	btc $1,%r13d
	btcw $5,(%rsp)
	btcl $5,0x7f(%r8,%r9,2)
	btcq $5,0x7ffffff0(%r15,%rax,8)
	lock btcl $5,(%rdi)
	lock btcq $0x3f,0x40(%rsp)
	lock btcw $1,(%r9)
# shld (NP 0f a4 Ev,Gv,Ib)
	shld $3,%ax,%bx
	shld $5,%ecx,%edx
	shld $0x3f,%rsi,%rdi
	shld $1,%r8,%r15
	shld $7,%ax,0x100(%rip)
	shld $7,%ecx,-0x789abc(%r12,%r13,8)
	shld $7,%r11,(%r13)
# shld (NP 0f a5 Ev,Gv,CL)
	shld %cl,%ax,%bx
	shld %cl,%ecx,%edx
	shld %cl,%rsi,%rdi
	shld %cl,%r8,%r15
	shld %ecx,%edx
	shld %cl,%ax,0x40(%rsp)
	shld %cl,%ecx,-0x8(%rbp)
	shld %cl,%r11,(%rsp)
# shrd (NP 0f ac Ev,Gv,Ib)
	shrd $3,%ax,%bx
	shrd $5,%ecx,%edx
	shrd $0x3f,%rsi,%rdi
	shrd $1,%r8,%r15
	shrd $7,%ax,0x100(%rip)
	shrd $7,%ecx,-0x789abc(%r12,%r13,8)
	shrd $7,%r11,(%r13)
# shrd (NP 0f ad Ev,Gv,CL)
	shrd %cl,%ax,%bx
	shrd %cl,%ecx,%edx
	shrd %cl,%rsi,%rdi
	shrd %cl,%r8,%r15
	shrd %ecx,%edx
	shrd %cl,%ax,0x40(%rsp)
	shrd %cl,%ecx,-0x8(%rbp)
	shrd %cl,%r11,(%rsp)
# popcnt (F3 0f b8 Gv,Ev)
	popcnt %ax,%bx
	popcnt %ecx,%edx
	popcnt %rsi,%rdi
	popcnt %r8,%r15
	popcnt %r9d,%eax
	popcnt %r10w,%r11w
	popcnt -0x8(%rbp),%eax
	popcnt (%rsp),%r8
	popcnt 0x7f(%r8,%r9,2),%cx
	popcnt 0x7ffffff0(%r15,%rax,8),%rdx
	popcnt 0x1000(,%rdx,8),%r14d
# tzcnt (F3 0f bc Gv,Ev)
	tzcnt %ax,%bx
	tzcnt %ecx,%edx
	tzcnt %rsi,%rdi
	tzcnt %r8,%r15
	tzcnt %r9d,%eax
	tzcnt %r10w,%r11w
	tzcnt 0x40(%rsp),%eax
	tzcnt -0x8(%rbp),%r8
	tzcnt (%rsp),%cx
	tzcnt 0x7f(%r8,%r9,2),%rdx
	tzcnt 0x7ffffff0(%r15,%rax,8),%r14d
# bsf (NP 0f bc Gv,Ev)
	bsf %ax,%bx
	bsf %ecx,%edx
	bsf %rsi,%rdi
	bsf %r8,%r15
	bsf %r9d,%eax
	bsf %r10w,%r11w
	bsf -0x789abc(%r12,%r13,8),%eax
	bsf (%r13),%r8
	bsf 0x40(%rsp),%cx
	bsf -0x8(%rbp),%rdx
	bsf (%rsp),%r14d
# lzcnt (F3 0f bd Gv,Ev)
	lzcnt %ax,%bx
	lzcnt %ecx,%edx
	lzcnt %rsi,%rdi
	lzcnt %r8,%r15
	lzcnt %r9d,%eax
	lzcnt %r10w,%r11w
	lzcnt 0x40(%rsp),%eax
	lzcnt -0x8(%rbp),%r8
	lzcnt (%rsp),%cx
	lzcnt 0x7f(%r8,%r9,2),%rdx
	lzcnt 0x7ffffff0(%r15,%rax,8),%r14d
# bsr (NP 0f bd Gv,Ev)
	bsr %ax,%bx
	bsr %ecx,%edx
	bsr %rsi,%rdi
	bsr %r8,%r15
	bsr %r9d,%eax
	bsr %r10w,%r11w
	bsr -0x789abc(%r12,%r13,8),%eax
	bsr (%r13),%r8
	bsr 0x40(%rsp),%cx
	bsr -0x8(%rbp),%rdx
	bsr (%rsp),%r14d
# rep bsf (f3 0f bc) is how gcc writes tzcnt for generic targets
	rep bsf %eax,%eax
	rep bsf %rdx,%rcx
# bswap (NP 0f c8+r Zv)
	bswap %eax
	bswap %rax
	bswap %ecx
	bswap %rsp
	bswap %r8d
	bswap %r15
	bswap %r12
	bswap %edi
# adcx (66 0f 38 f6 Gy,Ey)
	adcx %eax,%ebx
	adcx %rcx,%rdx
	adcx %r8,%r15
	adcx %r9d,%esi
	adcx 0x12345678(%rbx,%rcx,4),%eax
	adcx 0x100(%rip),%r8
	adcx -0x789abc(%r12,%r13,8),%rdx
	adcx (%r13),%r13d
# adox (F3 0f 38 f6 Gy,Ey)
	adox %eax,%ebx
	adox %rcx,%rdx
	adox %r8,%r15
	adox %r9d,%esi
	adox 0x40(%rsp),%eax
	adox -0x8(%rbp),%r8
	adox (%rsp),%rdx
	adox 0x7f(%r8,%r9,2),%r13d
# flags
	cmc
	clc
	stc
	cld
	sahf
	lahf
# stack: push/pop 50+r/58+r (r8-r15 with REX.B), push imm, ff/6, 8f/0
	push %rax
	push %rcx
	push %rdx
	push %rbx
	push %rsp
	push %rbp
	push %rsi
	push %rdi
	push %r8
	push %r9
	push %r10
	push %r11
	push %r12
	push %r13
	push %r14
	push %r15
	pop %rax
	pop %rcx
	pop %rdx
	pop %rbx
	pop %rbp
	pop %rsi
	pop %rdi
	pop %r8
	pop %r9
	pop %r10
	pop %r11
	pop %r12
	pop %r13
	pop %r14
	pop %r15
	pop %rsp
# push (NP 68 Iz / 6a Ib)
	push $0x12345678
	push $-0x12345678
	push $0x80
	push $0x12
	push $-1
	push $0
# push (NP ff/6 Eq)
	pushq (%rax)
	pushq 0x12345678(%rbx,%rcx,4)
	pushq 0x100(%rip)
	pushq -0x789abc(%r12,%r13,8)
	pushq (%r13)
	pushq 0x40(%rsp)
	pushq -0x8(%rbp)
# pop (NP 8f/0 Eq)
	popq (%rsp)
	popq 0x7f(%r8,%r9,2)
	popq 0x7ffffff0(%r15,%rax,8)
	popq 0x1000(,%rdx,8)
	popq (%r12)
	popq (%r13,%r12,1)
# control transfer
ct_back:
# call (NP e8 Jz)
	call ct_back
	call ct_fwd
	call ct_far
# jmp (NP eb Jb / e9 Jz)
	jmp ct_back
	jmp ct_fwd
	jmp ct_far
	jmp jcc_back_far
# loop/loope/loopne/jrcxz (NP e2/e1/e0/e3 Jb; 67 e3 is jecxz)
	loop ct_back
	loope ct_back
	loopne ct_fwd
	loopz ct_fwd
	loopnz ct_back
	jrcxz ct_fwd
	jecxz ct_back
ct_fwd:
# call (NP ff/2 Eq (indirect))
	call *%rax
	call *%r11
	call *%rsp
	call *(%rax)
	call *0x12345678(%rbx,%rcx,4)
	call *0x100(%rip)
	call *-0x789abc(%r12,%r13,8)
	call *(%r13)
	call *0x40(%rsp)
	call *-0x8(%rbp)
	notrack call *%rdx
	notrack call *(%rax)
# jmp (NP ff/4 Eq (indirect))
	jmp *%rax
	jmp *%r11
	jmp *%rcx
	jmp *0x40(%rsp)
	jmp *-0x8(%rbp)
	jmp *(%rsp)
	jmp *0x7f(%r8,%r9,2)
	jmp *0x7ffffff0(%r15,%rax,8)
	jmp *0x1000(,%rdx,8)
	jmp *(%r12)
	jmp *(%rax,%rcx,8)
	notrack jmp *%rax
	notrack jmp *(%rdx,%rax,8)
	.fill 200,1,0x90
ct_far:
# string instructions, plain, rep/repe/repne, with 66 and REX.W
# movs (NP a4/a5 REP)
	movsb
	movsw
	movsl
	movsq
	rep movsb
	rep movsw
	rep movsl
	rep movsq
	movsb (%rsi),(%rdi)
	movsq (%rsi),(%rdi)
# cmps (NP a6/a7 REP REPNE)
	cmpsb
	cmpsw
	cmpsl
	cmpsq
	repe cmpsb
	repz cmpsw
	repe cmpsl
	repe cmpsq
	repne cmpsb
	repnz cmpsq
	repne cmpsw
# stos (NP aa/ab REP)
	stosb
	stosw
	stosl
	stosq
	rep stosb
	rep stosw
	rep stosl
	rep stosq
	stos %al,(%rdi)
	stos %rax,(%rdi)
# lods (NP ac/ad REP)
	lodsb
	lodsw
	lodsl
	lodsq
	rep lodsb
	rep lodsq
# scas (NP ae/af REP REPNE)
	scasb
	scasw
	scasl
	scasq
	repne scasb
	repnz scasl
	repe scasb
	repz scasq
	repne scasw
# no-ops: 0f 1f/0 in the forms gas emits for alignment, and .p2align padding
# nop (NP 0f 1f/0 Ev)
	nopl (%rax)
	nopl 0x0(%rax)
	nopl 0x0(%rax,%rax,1)
	nopw 0x0(%rax,%rax,1)
	{disp32} nopl 0x0(%rax)
	nopl 0x0(%rax,%rax,1)
	nopw 0x0(%rax,%rax,1)
	{disp32} nopl 0x0(%rax,%rax,1)
	{disp32} nopw 0x0(%rax,%rax,1)
	nopw %cs:0x0(%rax,%rax,1)
	cs nopw 0x0(%rax,%rax,1)
	data16 cs nopl 0x0(%rax,%rax,1)
# gas cannot write repeated 66 prefixes: the 12..15-byte nops of other assemblers (clang)
# as bytes: 66 x1..6, 2e 0f 1f 84 00 00000000
	.byte 0x66,0x2e,0x0f,0x1f,0x84,0x00,0x00,0x00,0x00,0x00
	.byte 0x66,0x66,0x2e,0x0f,0x1f,0x84,0x00,0x00,0x00,0x00,0x00
	.byte 0x66,0x66,0x66,0x2e,0x0f,0x1f,0x84,0x00,0x00,0x00,0x00,0x00
	.byte 0x66,0x66,0x66,0x66,0x2e,0x0f,0x1f,0x84,0x00,0x00,0x00,0x00,0x00
	.byte 0x66,0x66,0x66,0x66,0x66,0x2e,0x0f,0x1f,0x84,0x00,0x00,0x00,0x00,0x00
	.byte 0x66,0x66,0x66,0x66,0x66,0x66,0x2e,0x0f,0x1f,0x84,0x00,0x00,0x00,0x00,0x00
	.byte 0x66,0x66,0x0f,0x1f,0x84,0x00,0x00,0x00,0x00,0x00
	nop %eax
	nopw %ax
	nopq %rax
	nopl %r8d
	nopq (%r12)
	nop
	.nops 1
	nop
	.nops 2
	nop
	.nops 3
	nop
	.nops 4
	nop
	.nops 5
	nop
	.nops 6
	nop
	.nops 7
	nop
	.nops 8
	nop
	.nops 9
	nop
	.nops 10
	nop
	.nops 11
	nop
	.nops 12
	nop
	.nops 13
	nop
	.nops 14
	nop
	.nops 15
	nop
	.nops 16
	nop
	.p2align 4
	nop
	nop
	.p2align 4
	nop
	nop
	nop
	.p2align 4
	nop
	nop
	nop
	nop
	.p2align 4
	nop
	nop
	nop
	nop
	nop
	.p2align 4
	nop
	nop
	nop
	nop
	nop
	nop
	.p2align 4
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	.p2align 4
	nop
	.p2align 5
	nop
	nop
	.p2align 5
	nop
	nop
	nop
	.p2align 5
	nop
	nop
	nop
	nop
	.p2align 5
	nop
	nop
	nop
	nop
	nop
	.p2align 5
	nop
	nop
	nop
	nop
	nop
	nop
	.p2align 5
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	.p2align 5
	nop
	.p2align 6
	nop
	nop
	.p2align 6
	nop
	nop
	nop
	.p2align 6
	nop
	nop
	nop
	nop
	.p2align 6
	nop
	nop
	nop
	nop
	nop
	.p2align 6
	nop
	nop
	nop
	nop
	nop
	nop
	.p2align 6
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	.p2align 6
# endbr64 / endbr32 (F3 0f 1e fa / fb)
	endbr64
	endbr32
# traps and information (policy classes CPUID, RDTSC, DENY_RDRAND)
	hlt
	ud2
	cpuid
	rdtsc
	rdtscp
	xgetbv
# rdrand (NP 0f c7/6 Rv)
	rdrand %ax
	rdrand %eax
	rdrand %rax
	rdrand %r8
	rdrand %r15d
	rdrand %r9w
# rdseed (NP 0f c7/7 Rv)
	rdseed %ax
	rdseed %ecx
	rdseed %rdx
	rdseed %r8
	rdseed %r15d
	rdseed %r9w
# prefix combinations the decoder must size correctly: segment overrides
# (decoded here; whether they are allowed is the rules' business), 67
	mov %fs:0x28,%rax
	sub %fs:0x28,%rdx
	mov %fs:0x0,%rax
	mov %fs:(%rax),%ecx
	mov %gs:0x10,%rcx
	movl $0,%fs:0x10
	add %eax,%ds:(%rbx)
	cmpb $0,%es:(%rdi)
	mov (%eax),%ecx
	mov 0x10(%esp),%eax
	lock addl $1,%fs:(%rax)
