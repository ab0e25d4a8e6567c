# Differential decoder test: every entry of src/validator/insns/sse.def,
# in register and memory forms (plain base, base+index*scale+disp32,
# RIP-relative, high registers for REX, 32- and 64-bit GPR forms).
# A comment names the entry each group of lines is for: mnemonic,
# mandatory prefix, map, opcode, /digit. {store} selects the store-
# direction opcode for register-register moves; rex.w adds a REX.W the
# instruction ignores or (movq via movd) needs for a memory operand.
	.text
# prefetchw (NP 0f 0d/1)
	prefetchw (%rax)
	prefetchw 0x12345678(%rbx,%rcx,4)
	prefetchw 0x100(%rip)
	prefetchw -0x789abc(%r12,%r13,8)
	prefetchw (%r13)
	prefetchw 0x40(%rsp)
	prefetchw 0x7ffffff0(%r8,%r9,2)
# prefetchnta (NP 0f 18/0)
	prefetchnta (%rax)
	prefetchnta 0x12345678(%rbx,%rcx,4)
	prefetchnta 0x100(%rip)
	prefetchnta -0x789abc(%r12,%r13,8)
	prefetchnta (%r13)
	prefetchnta 0x40(%rsp)
	prefetchnta 0x7ffffff0(%r8,%r9,2)
# prefetcht0 (NP 0f 18/1)
	prefetcht0 (%rax)
	prefetcht0 0x12345678(%rbx,%rcx,4)
	prefetcht0 0x100(%rip)
	prefetcht0 -0x789abc(%r12,%r13,8)
	prefetcht0 (%r13)
	prefetcht0 0x40(%rsp)
	prefetcht0 0x7ffffff0(%r8,%r9,2)
# prefetcht1 (NP 0f 18/2)
	prefetcht1 (%rax)
	prefetcht1 0x12345678(%rbx,%rcx,4)
	prefetcht1 0x100(%rip)
	prefetcht1 -0x789abc(%r12,%r13,8)
	prefetcht1 (%r13)
	prefetcht1 0x40(%rsp)
	prefetcht1 0x7ffffff0(%r8,%r9,2)
# prefetcht2 (NP 0f 18/3)
	prefetcht2 (%rax)
	prefetcht2 0x12345678(%rbx,%rcx,4)
	prefetcht2 0x100(%rip)
	prefetcht2 -0x789abc(%r12,%r13,8)
	prefetcht2 (%r13)
	prefetcht2 0x40(%rsp)
	prefetcht2 0x7ffffff0(%r8,%r9,2)
# movups (NP 0f 10/X)
	movups %xmm2,%xmm1
	movups %xmm15,%xmm9
	movups %xmm12,%xmm3
	movups %xmm0,%xmm10
	movups (%rax),%xmm1
	movups 0x12345678(%rbx,%rcx,4),%xmm1
	movups 0x100(%rip),%xmm1
	movups -0x789abc(%r12,%r13,8),%xmm9
	movups (%r13),%xmm9
	movups 0x40(%rsp),%xmm3
	movups 0x7ffffff0(%r8,%r9,2),%xmm10
# movupd (P66 0f 10/X)
	movupd %xmm2,%xmm1
	movupd %xmm15,%xmm9
	movupd %xmm12,%xmm3
	movupd %xmm0,%xmm10
	movupd (%rax),%xmm1
	movupd 0x12345678(%rbx,%rcx,4),%xmm1
	movupd 0x100(%rip),%xmm1
	movupd -0x789abc(%r12,%r13,8),%xmm9
	movupd (%r13),%xmm9
	movupd 0x40(%rsp),%xmm3
	movupd 0x7ffffff0(%r8,%r9,2),%xmm10
# movss (PF3 0f 10/X)
	movss %xmm2,%xmm1
	movss %xmm15,%xmm9
	movss %xmm12,%xmm3
	movss %xmm0,%xmm10
	movss (%rax),%xmm1
	movss 0x12345678(%rbx,%rcx,4),%xmm1
	movss 0x100(%rip),%xmm1
	movss -0x789abc(%r12,%r13,8),%xmm9
	movss (%r13),%xmm9
	movss 0x40(%rsp),%xmm3
	movss 0x7ffffff0(%r8,%r9,2),%xmm10
# movsd (PF2 0f 10/X)
	movsd %xmm2,%xmm1
	movsd %xmm15,%xmm9
	movsd %xmm12,%xmm3
	movsd %xmm0,%xmm10
	movsd (%rax),%xmm1
	movsd 0x12345678(%rbx,%rcx,4),%xmm1
	movsd 0x100(%rip),%xmm1
	movsd -0x789abc(%r12,%r13,8),%xmm9
	movsd (%r13),%xmm9
	movsd 0x40(%rsp),%xmm3
	movsd 0x7ffffff0(%r8,%r9,2),%xmm10
# movups (NP 0f 11/X)
	{store} movups %xmm1,%xmm2
	{store} movups %xmm9,%xmm15
	{store} movups %xmm3,%xmm12
	{store} movups %xmm10,%xmm0
	movups %xmm1,(%rax)
	movups %xmm1,0x12345678(%rbx,%rcx,4)
	movups %xmm1,0x100(%rip)
	movups %xmm9,-0x789abc(%r12,%r13,8)
	movups %xmm9,(%r13)
	movups %xmm3,0x40(%rsp)
	movups %xmm10,0x7ffffff0(%r8,%r9,2)
# movupd (P66 0f 11/X)
	{store} movupd %xmm1,%xmm2
	{store} movupd %xmm9,%xmm15
	{store} movupd %xmm3,%xmm12
	{store} movupd %xmm10,%xmm0
	movupd %xmm1,(%rax)
	movupd %xmm1,0x12345678(%rbx,%rcx,4)
	movupd %xmm1,0x100(%rip)
	movupd %xmm9,-0x789abc(%r12,%r13,8)
	movupd %xmm9,(%r13)
	movupd %xmm3,0x40(%rsp)
	movupd %xmm10,0x7ffffff0(%r8,%r9,2)
# movss (PF3 0f 11/X)
	{store} movss %xmm1,%xmm2
	{store} movss %xmm9,%xmm15
	{store} movss %xmm3,%xmm12
	{store} movss %xmm10,%xmm0
	movss %xmm1,(%rax)
	movss %xmm1,0x12345678(%rbx,%rcx,4)
	movss %xmm1,0x100(%rip)
	movss %xmm9,-0x789abc(%r12,%r13,8)
	movss %xmm9,(%r13)
	movss %xmm3,0x40(%rsp)
	movss %xmm10,0x7ffffff0(%r8,%r9,2)
# movsd (PF2 0f 11/X)
	{store} movsd %xmm1,%xmm2
	{store} movsd %xmm9,%xmm15
	{store} movsd %xmm3,%xmm12
	{store} movsd %xmm10,%xmm0
	movsd %xmm1,(%rax)
	movsd %xmm1,0x12345678(%rbx,%rcx,4)
	movsd %xmm1,0x100(%rip)
	movsd %xmm9,-0x789abc(%r12,%r13,8)
	movsd %xmm9,(%r13)
	movsd %xmm3,0x40(%rsp)
	movsd %xmm10,0x7ffffff0(%r8,%r9,2)
# movhlps (NP 0f 12/X)
	movhlps %xmm2,%xmm1
	movhlps %xmm15,%xmm9
	movhlps %xmm12,%xmm3
	movhlps %xmm0,%xmm10
# movlps (NP 0f 12/X)
	movlps (%rax),%xmm1
	movlps 0x12345678(%rbx,%rcx,4),%xmm1
	movlps 0x100(%rip),%xmm1
	movlps -0x789abc(%r12,%r13,8),%xmm9
	movlps (%r13),%xmm9
	movlps 0x40(%rsp),%xmm3
	movlps 0x7ffffff0(%r8,%r9,2),%xmm10
# movlpd (P66 0f 12/X)
	movlpd (%rax),%xmm1
	movlpd 0x12345678(%rbx,%rcx,4),%xmm1
	movlpd 0x100(%rip),%xmm1
	movlpd -0x789abc(%r12,%r13,8),%xmm9
	movlpd (%r13),%xmm9
	movlpd 0x40(%rsp),%xmm3
	movlpd 0x7ffffff0(%r8,%r9,2),%xmm10
# movsldup (PF3 0f 12/X)
	movsldup %xmm2,%xmm1
	movsldup %xmm15,%xmm9
	movsldup %xmm12,%xmm3
	movsldup %xmm0,%xmm10
	movsldup (%rax),%xmm1
	movsldup 0x12345678(%rbx,%rcx,4),%xmm1
	movsldup 0x100(%rip),%xmm1
	movsldup -0x789abc(%r12,%r13,8),%xmm9
	movsldup (%r13),%xmm9
	movsldup 0x40(%rsp),%xmm3
	movsldup 0x7ffffff0(%r8,%r9,2),%xmm10
# movddup (PF2 0f 12/X)
	movddup %xmm2,%xmm1
	movddup %xmm15,%xmm9
	movddup %xmm12,%xmm3
	movddup %xmm0,%xmm10
	movddup (%rax),%xmm1
	movddup 0x12345678(%rbx,%rcx,4),%xmm1
	movddup 0x100(%rip),%xmm1
	movddup -0x789abc(%r12,%r13,8),%xmm9
	movddup (%r13),%xmm9
	movddup 0x40(%rsp),%xmm3
	movddup 0x7ffffff0(%r8,%r9,2),%xmm10
# movlps (NP 0f 13/X)
	movlps %xmm1,(%rax)
	movlps %xmm1,0x12345678(%rbx,%rcx,4)
	movlps %xmm1,0x100(%rip)
	movlps %xmm9,-0x789abc(%r12,%r13,8)
	movlps %xmm9,(%r13)
	movlps %xmm3,0x40(%rsp)
	movlps %xmm10,0x7ffffff0(%r8,%r9,2)
# movlpd (P66 0f 13/X)
	movlpd %xmm1,(%rax)
	movlpd %xmm1,0x12345678(%rbx,%rcx,4)
	movlpd %xmm1,0x100(%rip)
	movlpd %xmm9,-0x789abc(%r12,%r13,8)
	movlpd %xmm9,(%r13)
	movlpd %xmm3,0x40(%rsp)
	movlpd %xmm10,0x7ffffff0(%r8,%r9,2)
# unpcklps (NP 0f 14/X)
	unpcklps %xmm2,%xmm1
	unpcklps %xmm15,%xmm9
	unpcklps %xmm12,%xmm3
	unpcklps %xmm0,%xmm10
	unpcklps (%rax),%xmm1
	unpcklps 0x12345678(%rbx,%rcx,4),%xmm1
	unpcklps 0x100(%rip),%xmm1
	unpcklps -0x789abc(%r12,%r13,8),%xmm9
	unpcklps (%r13),%xmm9
	unpcklps 0x40(%rsp),%xmm3
	unpcklps 0x7ffffff0(%r8,%r9,2),%xmm10
# unpcklpd (P66 0f 14/X)
	unpcklpd %xmm2,%xmm1
	unpcklpd %xmm15,%xmm9
	unpcklpd %xmm12,%xmm3
	unpcklpd %xmm0,%xmm10
	unpcklpd (%rax),%xmm1
	unpcklpd 0x12345678(%rbx,%rcx,4),%xmm1
	unpcklpd 0x100(%rip),%xmm1
	unpcklpd -0x789abc(%r12,%r13,8),%xmm9
	unpcklpd (%r13),%xmm9
	unpcklpd 0x40(%rsp),%xmm3
	unpcklpd 0x7ffffff0(%r8,%r9,2),%xmm10
# unpckhps (NP 0f 15/X)
	unpckhps %xmm2,%xmm1
	unpckhps %xmm15,%xmm9
	unpckhps %xmm12,%xmm3
	unpckhps %xmm0,%xmm10
	unpckhps (%rax),%xmm1
	unpckhps 0x12345678(%rbx,%rcx,4),%xmm1
	unpckhps 0x100(%rip),%xmm1
	unpckhps -0x789abc(%r12,%r13,8),%xmm9
	unpckhps (%r13),%xmm9
	unpckhps 0x40(%rsp),%xmm3
	unpckhps 0x7ffffff0(%r8,%r9,2),%xmm10
# unpckhpd (P66 0f 15/X)
	unpckhpd %xmm2,%xmm1
	unpckhpd %xmm15,%xmm9
	unpckhpd %xmm12,%xmm3
	unpckhpd %xmm0,%xmm10
	unpckhpd (%rax),%xmm1
	unpckhpd 0x12345678(%rbx,%rcx,4),%xmm1
	unpckhpd 0x100(%rip),%xmm1
	unpckhpd -0x789abc(%r12,%r13,8),%xmm9
	unpckhpd (%r13),%xmm9
	unpckhpd 0x40(%rsp),%xmm3
	unpckhpd 0x7ffffff0(%r8,%r9,2),%xmm10
# movlhps (NP 0f 16/X)
	movlhps %xmm2,%xmm1
	movlhps %xmm15,%xmm9
	movlhps %xmm12,%xmm3
	movlhps %xmm0,%xmm10
# movhps (NP 0f 16/X)
	movhps (%rax),%xmm1
	movhps 0x12345678(%rbx,%rcx,4),%xmm1
	movhps 0x100(%rip),%xmm1
	movhps -0x789abc(%r12,%r13,8),%xmm9
	movhps (%r13),%xmm9
	movhps 0x40(%rsp),%xmm3
	movhps 0x7ffffff0(%r8,%r9,2),%xmm10
# movhpd (P66 0f 16/X)
	movhpd (%rax),%xmm1
	movhpd 0x12345678(%rbx,%rcx,4),%xmm1
	movhpd 0x100(%rip),%xmm1
	movhpd -0x789abc(%r12,%r13,8),%xmm9
	movhpd (%r13),%xmm9
	movhpd 0x40(%rsp),%xmm3
	movhpd 0x7ffffff0(%r8,%r9,2),%xmm10
# movshdup (PF3 0f 16/X)
	movshdup %xmm2,%xmm1
	movshdup %xmm15,%xmm9
	movshdup %xmm12,%xmm3
	movshdup %xmm0,%xmm10
	movshdup (%rax),%xmm1
	movshdup 0x12345678(%rbx,%rcx,4),%xmm1
	movshdup 0x100(%rip),%xmm1
	movshdup -0x789abc(%r12,%r13,8),%xmm9
	movshdup (%r13),%xmm9
	movshdup 0x40(%rsp),%xmm3
	movshdup 0x7ffffff0(%r8,%r9,2),%xmm10
# movhps (NP 0f 17/X)
	movhps %xmm1,(%rax)
	movhps %xmm1,0x12345678(%rbx,%rcx,4)
	movhps %xmm1,0x100(%rip)
	movhps %xmm9,-0x789abc(%r12,%r13,8)
	movhps %xmm9,(%r13)
	movhps %xmm3,0x40(%rsp)
	movhps %xmm10,0x7ffffff0(%r8,%r9,2)
# movhpd (P66 0f 17/X)
	movhpd %xmm1,(%rax)
	movhpd %xmm1,0x12345678(%rbx,%rcx,4)
	movhpd %xmm1,0x100(%rip)
	movhpd %xmm9,-0x789abc(%r12,%r13,8)
	movhpd %xmm9,(%r13)
	movhpd %xmm3,0x40(%rsp)
	movhpd %xmm10,0x7ffffff0(%r8,%r9,2)
# movaps (NP 0f 28/X)
	movaps %xmm2,%xmm1
	movaps %xmm15,%xmm9
	movaps %xmm12,%xmm3
	movaps %xmm0,%xmm10
	movaps (%rax),%xmm1
	movaps 0x12345678(%rbx,%rcx,4),%xmm1
	movaps 0x100(%rip),%xmm1
	movaps -0x789abc(%r12,%r13,8),%xmm9
	movaps (%r13),%xmm9
	movaps 0x40(%rsp),%xmm3
	movaps 0x7ffffff0(%r8,%r9,2),%xmm10
# movapd (P66 0f 28/X)
	movapd %xmm2,%xmm1
	movapd %xmm15,%xmm9
	movapd %xmm12,%xmm3
	movapd %xmm0,%xmm10
	movapd (%rax),%xmm1
	movapd 0x12345678(%rbx,%rcx,4),%xmm1
	movapd 0x100(%rip),%xmm1
	movapd -0x789abc(%r12,%r13,8),%xmm9
	movapd (%r13),%xmm9
	movapd 0x40(%rsp),%xmm3
	movapd 0x7ffffff0(%r8,%r9,2),%xmm10
# movaps (NP 0f 29/X)
	{store} movaps %xmm1,%xmm2
	{store} movaps %xmm9,%xmm15
	{store} movaps %xmm3,%xmm12
	{store} movaps %xmm10,%xmm0
	movaps %xmm1,(%rax)
	movaps %xmm1,0x12345678(%rbx,%rcx,4)
	movaps %xmm1,0x100(%rip)
	movaps %xmm9,-0x789abc(%r12,%r13,8)
	movaps %xmm9,(%r13)
	movaps %xmm3,0x40(%rsp)
	movaps %xmm10,0x7ffffff0(%r8,%r9,2)
# movapd (P66 0f 29/X)
	{store} movapd %xmm1,%xmm2
	{store} movapd %xmm9,%xmm15
	{store} movapd %xmm3,%xmm12
	{store} movapd %xmm10,%xmm0
	movapd %xmm1,(%rax)
	movapd %xmm1,0x12345678(%rbx,%rcx,4)
	movapd %xmm1,0x100(%rip)
	movapd %xmm9,-0x789abc(%r12,%r13,8)
	movapd %xmm9,(%r13)
	movapd %xmm3,0x40(%rsp)
	movapd %xmm10,0x7ffffff0(%r8,%r9,2)
# cvtsi2ss (PF3 0f 2a/X)
	cvtsi2ss %ecx,%xmm1
	cvtsi2ss %r15d,%xmm9
	cvtsi2ss %r11d,%xmm3
	cvtsi2ss %ebx,%xmm10
	cvtsi2ssl (%rax),%xmm1
	cvtsi2ssl 0x12345678(%rbx,%rcx,4),%xmm1
	cvtsi2ssl 0x100(%rip),%xmm1
	cvtsi2ssl -0x789abc(%r12,%r13,8),%xmm9
	cvtsi2ssl (%r13),%xmm9
	cvtsi2ssl 0x40(%rsp),%xmm3
	cvtsi2ssl 0x7ffffff0(%r8,%r9,2),%xmm10
	cvtsi2ss %rcx,%xmm1
	cvtsi2ss %r15,%xmm9
	cvtsi2ss %r11,%xmm3
	cvtsi2ss %rbx,%xmm10
	cvtsi2ssq (%rax),%xmm1
	cvtsi2ssq 0x12345678(%rbx,%rcx,4),%xmm1
	cvtsi2ssq 0x100(%rip),%xmm1
	cvtsi2ssq -0x789abc(%r12,%r13,8),%xmm9
# cvtsi2sd (PF2 0f 2a/X)
	cvtsi2sd %ecx,%xmm1
	cvtsi2sd %r15d,%xmm9
	cvtsi2sd %r11d,%xmm3
	cvtsi2sd %ebx,%xmm10
	cvtsi2sdl (%rax),%xmm1
	cvtsi2sdl 0x12345678(%rbx,%rcx,4),%xmm1
	cvtsi2sdl 0x100(%rip),%xmm1
	cvtsi2sdl -0x789abc(%r12,%r13,8),%xmm9
	cvtsi2sdl (%r13),%xmm9
	cvtsi2sdl 0x40(%rsp),%xmm3
	cvtsi2sdl 0x7ffffff0(%r8,%r9,2),%xmm10
	cvtsi2sd %rcx,%xmm1
	cvtsi2sd %r15,%xmm9
	cvtsi2sd %r11,%xmm3
	cvtsi2sd %rbx,%xmm10
	cvtsi2sdq (%rax),%xmm1
	cvtsi2sdq 0x12345678(%rbx,%rcx,4),%xmm1
	cvtsi2sdq 0x100(%rip),%xmm1
	cvtsi2sdq -0x789abc(%r12,%r13,8),%xmm9
# movntps (NP 0f 2b/X)
	movntps %xmm1,(%rax)
	movntps %xmm1,0x12345678(%rbx,%rcx,4)
	movntps %xmm1,0x100(%rip)
	movntps %xmm9,-0x789abc(%r12,%r13,8)
	movntps %xmm9,(%r13)
	movntps %xmm3,0x40(%rsp)
	movntps %xmm10,0x7ffffff0(%r8,%r9,2)
# movntpd (P66 0f 2b/X)
	movntpd %xmm1,(%rax)
	movntpd %xmm1,0x12345678(%rbx,%rcx,4)
	movntpd %xmm1,0x100(%rip)
	movntpd %xmm9,-0x789abc(%r12,%r13,8)
	movntpd %xmm9,(%r13)
	movntpd %xmm3,0x40(%rsp)
	movntpd %xmm10,0x7ffffff0(%r8,%r9,2)
# cvttss2si (PF3 0f 2c/X)
	cvttss2si %xmm2,%eax
	cvttss2si %xmm15,%r8d
	cvttss2si %xmm12,%edx
	cvttss2si %xmm0,%r10d
	cvttss2si (%rax),%eax
	cvttss2si 0x12345678(%rbx,%rcx,4),%eax
	cvttss2si 0x100(%rip),%eax
	cvttss2si -0x789abc(%r12,%r13,8),%r8d
	cvttss2si (%r13),%r8d
	cvttss2si 0x40(%rsp),%edx
	cvttss2si 0x7ffffff0(%r8,%r9,2),%r10d
	cvttss2si %xmm2,%rax
	cvttss2si %xmm15,%r8
	cvttss2si %xmm12,%rdx
	cvttss2si %xmm0,%r10
	cvttss2si (%rax),%rax
	cvttss2si 0x12345678(%rbx,%rcx,4),%rax
	cvttss2si 0x100(%rip),%rax
	cvttss2si -0x789abc(%r12,%r13,8),%r8
# cvttsd2si (PF2 0f 2c/X)
	cvttsd2si %xmm2,%eax
	cvttsd2si %xmm15,%r8d
	cvttsd2si %xmm12,%edx
	cvttsd2si %xmm0,%r10d
	cvttsd2si (%rax),%eax
	cvttsd2si 0x12345678(%rbx,%rcx,4),%eax
	cvttsd2si 0x100(%rip),%eax
	cvttsd2si -0x789abc(%r12,%r13,8),%r8d
	cvttsd2si (%r13),%r8d
	cvttsd2si 0x40(%rsp),%edx
	cvttsd2si 0x7ffffff0(%r8,%r9,2),%r10d
	cvttsd2si %xmm2,%rax
	cvttsd2si %xmm15,%r8
	cvttsd2si %xmm12,%rdx
	cvttsd2si %xmm0,%r10
	cvttsd2si (%rax),%rax
	cvttsd2si 0x12345678(%rbx,%rcx,4),%rax
	cvttsd2si 0x100(%rip),%rax
	cvttsd2si -0x789abc(%r12,%r13,8),%r8
# cvtss2si (PF3 0f 2d/X)
	cvtss2si %xmm2,%eax
	cvtss2si %xmm15,%r8d
	cvtss2si %xmm12,%edx
	cvtss2si %xmm0,%r10d
	cvtss2si (%rax),%eax
	cvtss2si 0x12345678(%rbx,%rcx,4),%eax
	cvtss2si 0x100(%rip),%eax
	cvtss2si -0x789abc(%r12,%r13,8),%r8d
	cvtss2si (%r13),%r8d
	cvtss2si 0x40(%rsp),%edx
	cvtss2si 0x7ffffff0(%r8,%r9,2),%r10d
	cvtss2si %xmm2,%rax
	cvtss2si %xmm15,%r8
	cvtss2si %xmm12,%rdx
	cvtss2si %xmm0,%r10
	cvtss2si (%rax),%rax
	cvtss2si 0x12345678(%rbx,%rcx,4),%rax
	cvtss2si 0x100(%rip),%rax
	cvtss2si -0x789abc(%r12,%r13,8),%r8
# cvtsd2si (PF2 0f 2d/X)
	cvtsd2si %xmm2,%eax
	cvtsd2si %xmm15,%r8d
	cvtsd2si %xmm12,%edx
	cvtsd2si %xmm0,%r10d
	cvtsd2si (%rax),%eax
	cvtsd2si 0x12345678(%rbx,%rcx,4),%eax
	cvtsd2si 0x100(%rip),%eax
	cvtsd2si -0x789abc(%r12,%r13,8),%r8d
	cvtsd2si (%r13),%r8d
	cvtsd2si 0x40(%rsp),%edx
	cvtsd2si 0x7ffffff0(%r8,%r9,2),%r10d
	cvtsd2si %xmm2,%rax
	cvtsd2si %xmm15,%r8
	cvtsd2si %xmm12,%rdx
	cvtsd2si %xmm0,%r10
	cvtsd2si (%rax),%rax
	cvtsd2si 0x12345678(%rbx,%rcx,4),%rax
	cvtsd2si 0x100(%rip),%rax
	cvtsd2si -0x789abc(%r12,%r13,8),%r8
# ucomiss (NP 0f 2e/X)
	ucomiss %xmm2,%xmm1
	ucomiss %xmm15,%xmm9
	ucomiss %xmm12,%xmm3
	ucomiss %xmm0,%xmm10
	ucomiss (%rax),%xmm1
	ucomiss 0x12345678(%rbx,%rcx,4),%xmm1
	ucomiss 0x100(%rip),%xmm1
	ucomiss -0x789abc(%r12,%r13,8),%xmm9
	ucomiss (%r13),%xmm9
	ucomiss 0x40(%rsp),%xmm3
	ucomiss 0x7ffffff0(%r8,%r9,2),%xmm10
# ucomisd (P66 0f 2e/X)
	ucomisd %xmm2,%xmm1
	ucomisd %xmm15,%xmm9
	ucomisd %xmm12,%xmm3
	ucomisd %xmm0,%xmm10
	ucomisd (%rax),%xmm1
	ucomisd 0x12345678(%rbx,%rcx,4),%xmm1
	ucomisd 0x100(%rip),%xmm1
	ucomisd -0x789abc(%r12,%r13,8),%xmm9
	ucomisd (%r13),%xmm9
	ucomisd 0x40(%rsp),%xmm3
	ucomisd 0x7ffffff0(%r8,%r9,2),%xmm10
# comiss (NP 0f 2f/X)
	comiss %xmm2,%xmm1
	comiss %xmm15,%xmm9
	comiss %xmm12,%xmm3
	comiss %xmm0,%xmm10
	comiss (%rax),%xmm1
	comiss 0x12345678(%rbx,%rcx,4),%xmm1
	comiss 0x100(%rip),%xmm1
	comiss -0x789abc(%r12,%r13,8),%xmm9
	comiss (%r13),%xmm9
	comiss 0x40(%rsp),%xmm3
	comiss 0x7ffffff0(%r8,%r9,2),%xmm10
# comisd (P66 0f 2f/X)
	comisd %xmm2,%xmm1
	comisd %xmm15,%xmm9
	comisd %xmm12,%xmm3
	comisd %xmm0,%xmm10
	comisd (%rax),%xmm1
	comisd 0x12345678(%rbx,%rcx,4),%xmm1
	comisd 0x100(%rip),%xmm1
	comisd -0x789abc(%r12,%r13,8),%xmm9
	comisd (%r13),%xmm9
	comisd 0x40(%rsp),%xmm3
	comisd 0x7ffffff0(%r8,%r9,2),%xmm10
# movmskps (NP 0f 50/X)
	movmskps %xmm2,%eax
	movmskps %xmm15,%r8d
	movmskps %xmm12,%edx
	movmskps %xmm0,%r10d
	movmskps %xmm2,%rax
	movmskps %xmm15,%r8
	rex.w movmskps %xmm2,%eax
	rex.w movmskps %xmm15,%r8d
# movmskpd (P66 0f 50/X)
	movmskpd %xmm2,%eax
	movmskpd %xmm15,%r8d
	movmskpd %xmm12,%edx
	movmskpd %xmm0,%r10d
	movmskpd %xmm2,%rax
	movmskpd %xmm15,%r8
	rex.w movmskpd %xmm2,%eax
	rex.w movmskpd %xmm15,%r8d
# sqrtps (NP 0f 51/X)
	sqrtps %xmm2,%xmm1
	sqrtps %xmm15,%xmm9
	sqrtps %xmm12,%xmm3
	sqrtps %xmm0,%xmm10
	sqrtps (%rax),%xmm1
	sqrtps 0x12345678(%rbx,%rcx,4),%xmm1
	sqrtps 0x100(%rip),%xmm1
	sqrtps -0x789abc(%r12,%r13,8),%xmm9
	sqrtps (%r13),%xmm9
	sqrtps 0x40(%rsp),%xmm3
	sqrtps 0x7ffffff0(%r8,%r9,2),%xmm10
# sqrtpd (P66 0f 51/X)
	sqrtpd %xmm2,%xmm1
	sqrtpd %xmm15,%xmm9
	sqrtpd %xmm12,%xmm3
	sqrtpd %xmm0,%xmm10
	sqrtpd (%rax),%xmm1
	sqrtpd 0x12345678(%rbx,%rcx,4),%xmm1
	sqrtpd 0x100(%rip),%xmm1
	sqrtpd -0x789abc(%r12,%r13,8),%xmm9
	sqrtpd (%r13),%xmm9
	sqrtpd 0x40(%rsp),%xmm3
	sqrtpd 0x7ffffff0(%r8,%r9,2),%xmm10
# sqrtss (PF3 0f 51/X)
	sqrtss %xmm2,%xmm1
	sqrtss %xmm15,%xmm9
	sqrtss %xmm12,%xmm3
	sqrtss %xmm0,%xmm10
	sqrtss (%rax),%xmm1
	sqrtss 0x12345678(%rbx,%rcx,4),%xmm1
	sqrtss 0x100(%rip),%xmm1
	sqrtss -0x789abc(%r12,%r13,8),%xmm9
	sqrtss (%r13),%xmm9
	sqrtss 0x40(%rsp),%xmm3
	sqrtss 0x7ffffff0(%r8,%r9,2),%xmm10
# sqrtsd (PF2 0f 51/X)
	sqrtsd %xmm2,%xmm1
	sqrtsd %xmm15,%xmm9
	sqrtsd %xmm12,%xmm3
	sqrtsd %xmm0,%xmm10
	sqrtsd (%rax),%xmm1
	sqrtsd 0x12345678(%rbx,%rcx,4),%xmm1
	sqrtsd 0x100(%rip),%xmm1
	sqrtsd -0x789abc(%r12,%r13,8),%xmm9
	sqrtsd (%r13),%xmm9
	sqrtsd 0x40(%rsp),%xmm3
	sqrtsd 0x7ffffff0(%r8,%r9,2),%xmm10
# rsqrtps (NP 0f 52/X)
	rsqrtps %xmm2,%xmm1
	rsqrtps %xmm15,%xmm9
	rsqrtps %xmm12,%xmm3
	rsqrtps %xmm0,%xmm10
	rsqrtps (%rax),%xmm1
	rsqrtps 0x12345678(%rbx,%rcx,4),%xmm1
	rsqrtps 0x100(%rip),%xmm1
	rsqrtps -0x789abc(%r12,%r13,8),%xmm9
	rsqrtps (%r13),%xmm9
	rsqrtps 0x40(%rsp),%xmm3
	rsqrtps 0x7ffffff0(%r8,%r9,2),%xmm10
# rsqrtss (PF3 0f 52/X)
	rsqrtss %xmm2,%xmm1
	rsqrtss %xmm15,%xmm9
	rsqrtss %xmm12,%xmm3
	rsqrtss %xmm0,%xmm10
	rsqrtss (%rax),%xmm1
	rsqrtss 0x12345678(%rbx,%rcx,4),%xmm1
	rsqrtss 0x100(%rip),%xmm1
	rsqrtss -0x789abc(%r12,%r13,8),%xmm9
	rsqrtss (%r13),%xmm9
	rsqrtss 0x40(%rsp),%xmm3
	rsqrtss 0x7ffffff0(%r8,%r9,2),%xmm10
# rcpps (NP 0f 53/X)
	rcpps %xmm2,%xmm1
	rcpps %xmm15,%xmm9
	rcpps %xmm12,%xmm3
	rcpps %xmm0,%xmm10
	rcpps (%rax),%xmm1
	rcpps 0x12345678(%rbx,%rcx,4),%xmm1
	rcpps 0x100(%rip),%xmm1
	rcpps -0x789abc(%r12,%r13,8),%xmm9
	rcpps (%r13),%xmm9
	rcpps 0x40(%rsp),%xmm3
	rcpps 0x7ffffff0(%r8,%r9,2),%xmm10
# rcpss (PF3 0f 53/X)
	rcpss %xmm2,%xmm1
	rcpss %xmm15,%xmm9
	rcpss %xmm12,%xmm3
	rcpss %xmm0,%xmm10
	rcpss (%rax),%xmm1
	rcpss 0x12345678(%rbx,%rcx,4),%xmm1
	rcpss 0x100(%rip),%xmm1
	rcpss -0x789abc(%r12,%r13,8),%xmm9
	rcpss (%r13),%xmm9
	rcpss 0x40(%rsp),%xmm3
	rcpss 0x7ffffff0(%r8,%r9,2),%xmm10
# andps (NP 0f 54/X)
	andps %xmm2,%xmm1
	andps %xmm15,%xmm9
	andps %xmm12,%xmm3
	andps %xmm0,%xmm10
	andps (%rax),%xmm1
	andps 0x12345678(%rbx,%rcx,4),%xmm1
	andps 0x100(%rip),%xmm1
	andps -0x789abc(%r12,%r13,8),%xmm9
	andps (%r13),%xmm9
	andps 0x40(%rsp),%xmm3
	andps 0x7ffffff0(%r8,%r9,2),%xmm10
# andpd (P66 0f 54/X)
	andpd %xmm2,%xmm1
	andpd %xmm15,%xmm9
	andpd %xmm12,%xmm3
	andpd %xmm0,%xmm10
	andpd (%rax),%xmm1
	andpd 0x12345678(%rbx,%rcx,4),%xmm1
	andpd 0x100(%rip),%xmm1
	andpd -0x789abc(%r12,%r13,8),%xmm9
	andpd (%r13),%xmm9
	andpd 0x40(%rsp),%xmm3
	andpd 0x7ffffff0(%r8,%r9,2),%xmm10
# andnps (NP 0f 55/X)
	andnps %xmm2,%xmm1
	andnps %xmm15,%xmm9
	andnps %xmm12,%xmm3
	andnps %xmm0,%xmm10
	andnps (%rax),%xmm1
	andnps 0x12345678(%rbx,%rcx,4),%xmm1
	andnps 0x100(%rip),%xmm1
	andnps -0x789abc(%r12,%r13,8),%xmm9
	andnps (%r13),%xmm9
	andnps 0x40(%rsp),%xmm3
	andnps 0x7ffffff0(%r8,%r9,2),%xmm10
# andnpd (P66 0f 55/X)
	andnpd %xmm2,%xmm1
	andnpd %xmm15,%xmm9
	andnpd %xmm12,%xmm3
	andnpd %xmm0,%xmm10
	andnpd (%rax),%xmm1
	andnpd 0x12345678(%rbx,%rcx,4),%xmm1
	andnpd 0x100(%rip),%xmm1
	andnpd -0x789abc(%r12,%r13,8),%xmm9
	andnpd (%r13),%xmm9
	andnpd 0x40(%rsp),%xmm3
	andnpd 0x7ffffff0(%r8,%r9,2),%xmm10
# orps (NP 0f 56/X)
	orps %xmm2,%xmm1
	orps %xmm15,%xmm9
	orps %xmm12,%xmm3
	orps %xmm0,%xmm10
	orps (%rax),%xmm1
	orps 0x12345678(%rbx,%rcx,4),%xmm1
	orps 0x100(%rip),%xmm1
	orps -0x789abc(%r12,%r13,8),%xmm9
	orps (%r13),%xmm9
	orps 0x40(%rsp),%xmm3
	orps 0x7ffffff0(%r8,%r9,2),%xmm10
# orpd (P66 0f 56/X)
	orpd %xmm2,%xmm1
	orpd %xmm15,%xmm9
	orpd %xmm12,%xmm3
	orpd %xmm0,%xmm10
	orpd (%rax),%xmm1
	orpd 0x12345678(%rbx,%rcx,4),%xmm1
	orpd 0x100(%rip),%xmm1
	orpd -0x789abc(%r12,%r13,8),%xmm9
	orpd (%r13),%xmm9
	orpd 0x40(%rsp),%xmm3
	orpd 0x7ffffff0(%r8,%r9,2),%xmm10
# xorps (NP 0f 57/X)
	xorps %xmm2,%xmm1
	xorps %xmm15,%xmm9
	xorps %xmm12,%xmm3
	xorps %xmm0,%xmm10
	xorps (%rax),%xmm1
	xorps 0x12345678(%rbx,%rcx,4),%xmm1
	xorps 0x100(%rip),%xmm1
	xorps -0x789abc(%r12,%r13,8),%xmm9
	xorps (%r13),%xmm9
	xorps 0x40(%rsp),%xmm3
	xorps 0x7ffffff0(%r8,%r9,2),%xmm10
# xorpd (P66 0f 57/X)
	xorpd %xmm2,%xmm1
	xorpd %xmm15,%xmm9
	xorpd %xmm12,%xmm3
	xorpd %xmm0,%xmm10
	xorpd (%rax),%xmm1
	xorpd 0x12345678(%rbx,%rcx,4),%xmm1
	xorpd 0x100(%rip),%xmm1
	xorpd -0x789abc(%r12,%r13,8),%xmm9
	xorpd (%r13),%xmm9
	xorpd 0x40(%rsp),%xmm3
	xorpd 0x7ffffff0(%r8,%r9,2),%xmm10
# addps (NP 0f 58/X)
	addps %xmm2,%xmm1
	addps %xmm15,%xmm9
	addps %xmm12,%xmm3
	addps %xmm0,%xmm10
	addps (%rax),%xmm1
	addps 0x12345678(%rbx,%rcx,4),%xmm1
	addps 0x100(%rip),%xmm1
	addps -0x789abc(%r12,%r13,8),%xmm9
	addps (%r13),%xmm9
	addps 0x40(%rsp),%xmm3
	addps 0x7ffffff0(%r8,%r9,2),%xmm10
# addpd (P66 0f 58/X)
	addpd %xmm2,%xmm1
	addpd %xmm15,%xmm9
	addpd %xmm12,%xmm3
	addpd %xmm0,%xmm10
	addpd (%rax),%xmm1
	addpd 0x12345678(%rbx,%rcx,4),%xmm1
	addpd 0x100(%rip),%xmm1
	addpd -0x789abc(%r12,%r13,8),%xmm9
	addpd (%r13),%xmm9
	addpd 0x40(%rsp),%xmm3
	addpd 0x7ffffff0(%r8,%r9,2),%xmm10
# addss (PF3 0f 58/X)
	addss %xmm2,%xmm1
	addss %xmm15,%xmm9
	addss %xmm12,%xmm3
	addss %xmm0,%xmm10
	addss (%rax),%xmm1
	addss 0x12345678(%rbx,%rcx,4),%xmm1
	addss 0x100(%rip),%xmm1
	addss -0x789abc(%r12,%r13,8),%xmm9
	addss (%r13),%xmm9
	addss 0x40(%rsp),%xmm3
	addss 0x7ffffff0(%r8,%r9,2),%xmm10
# addsd (PF2 0f 58/X)
	addsd %xmm2,%xmm1
	addsd %xmm15,%xmm9
	addsd %xmm12,%xmm3
	addsd %xmm0,%xmm10
	addsd (%rax),%xmm1
	addsd 0x12345678(%rbx,%rcx,4),%xmm1
	addsd 0x100(%rip),%xmm1
	addsd -0x789abc(%r12,%r13,8),%xmm9
	addsd (%r13),%xmm9
	addsd 0x40(%rsp),%xmm3
	addsd 0x7ffffff0(%r8,%r9,2),%xmm10
# mulps (NP 0f 59/X)
	mulps %xmm2,%xmm1
	mulps %xmm15,%xmm9
	mulps %xmm12,%xmm3
	mulps %xmm0,%xmm10
	mulps (%rax),%xmm1
	mulps 0x12345678(%rbx,%rcx,4),%xmm1
	mulps 0x100(%rip),%xmm1
	mulps -0x789abc(%r12,%r13,8),%xmm9
	mulps (%r13),%xmm9
	mulps 0x40(%rsp),%xmm3
	mulps 0x7ffffff0(%r8,%r9,2),%xmm10
# mulpd (P66 0f 59/X)
	mulpd %xmm2,%xmm1
	mulpd %xmm15,%xmm9
	mulpd %xmm12,%xmm3
	mulpd %xmm0,%xmm10
	mulpd (%rax),%xmm1
	mulpd 0x12345678(%rbx,%rcx,4),%xmm1
	mulpd 0x100(%rip),%xmm1
	mulpd -0x789abc(%r12,%r13,8),%xmm9
	mulpd (%r13),%xmm9
	mulpd 0x40(%rsp),%xmm3
	mulpd 0x7ffffff0(%r8,%r9,2),%xmm10
# mulss (PF3 0f 59/X)
	mulss %xmm2,%xmm1
	mulss %xmm15,%xmm9
	mulss %xmm12,%xmm3
	mulss %xmm0,%xmm10
	mulss (%rax),%xmm1
	mulss 0x12345678(%rbx,%rcx,4),%xmm1
	mulss 0x100(%rip),%xmm1
	mulss -0x789abc(%r12,%r13,8),%xmm9
	mulss (%r13),%xmm9
	mulss 0x40(%rsp),%xmm3
	mulss 0x7ffffff0(%r8,%r9,2),%xmm10
# mulsd (PF2 0f 59/X)
	mulsd %xmm2,%xmm1
	mulsd %xmm15,%xmm9
	mulsd %xmm12,%xmm3
	mulsd %xmm0,%xmm10
	mulsd (%rax),%xmm1
	mulsd 0x12345678(%rbx,%rcx,4),%xmm1
	mulsd 0x100(%rip),%xmm1
	mulsd -0x789abc(%r12,%r13,8),%xmm9
	mulsd (%r13),%xmm9
	mulsd 0x40(%rsp),%xmm3
	mulsd 0x7ffffff0(%r8,%r9,2),%xmm10
# cvtps2pd (NP 0f 5a/X)
	cvtps2pd %xmm2,%xmm1
	cvtps2pd %xmm15,%xmm9
	cvtps2pd %xmm12,%xmm3
	cvtps2pd %xmm0,%xmm10
	cvtps2pd (%rax),%xmm1
	cvtps2pd 0x12345678(%rbx,%rcx,4),%xmm1
	cvtps2pd 0x100(%rip),%xmm1
	cvtps2pd -0x789abc(%r12,%r13,8),%xmm9
	cvtps2pd (%r13),%xmm9
	cvtps2pd 0x40(%rsp),%xmm3
	cvtps2pd 0x7ffffff0(%r8,%r9,2),%xmm10
# cvtpd2ps (P66 0f 5a/X)
	cvtpd2ps %xmm2,%xmm1
	cvtpd2ps %xmm15,%xmm9
	cvtpd2ps %xmm12,%xmm3
	cvtpd2ps %xmm0,%xmm10
	cvtpd2ps (%rax),%xmm1
	cvtpd2ps 0x12345678(%rbx,%rcx,4),%xmm1
	cvtpd2ps 0x100(%rip),%xmm1
	cvtpd2ps -0x789abc(%r12,%r13,8),%xmm9
	cvtpd2ps (%r13),%xmm9
	cvtpd2ps 0x40(%rsp),%xmm3
	cvtpd2ps 0x7ffffff0(%r8,%r9,2),%xmm10
# cvtss2sd (PF3 0f 5a/X)
	cvtss2sd %xmm2,%xmm1
	cvtss2sd %xmm15,%xmm9
	cvtss2sd %xmm12,%xmm3
	cvtss2sd %xmm0,%xmm10
	cvtss2sd (%rax),%xmm1
	cvtss2sd 0x12345678(%rbx,%rcx,4),%xmm1
	cvtss2sd 0x100(%rip),%xmm1
	cvtss2sd -0x789abc(%r12,%r13,8),%xmm9
	cvtss2sd (%r13),%xmm9
	cvtss2sd 0x40(%rsp),%xmm3
	cvtss2sd 0x7ffffff0(%r8,%r9,2),%xmm10
# cvtsd2ss (PF2 0f 5a/X)
	cvtsd2ss %xmm2,%xmm1
	cvtsd2ss %xmm15,%xmm9
	cvtsd2ss %xmm12,%xmm3
	cvtsd2ss %xmm0,%xmm10
	cvtsd2ss (%rax),%xmm1
	cvtsd2ss 0x12345678(%rbx,%rcx,4),%xmm1
	cvtsd2ss 0x100(%rip),%xmm1
	cvtsd2ss -0x789abc(%r12,%r13,8),%xmm9
	cvtsd2ss (%r13),%xmm9
	cvtsd2ss 0x40(%rsp),%xmm3
	cvtsd2ss 0x7ffffff0(%r8,%r9,2),%xmm10
# cvtdq2ps (NP 0f 5b/X)
	cvtdq2ps %xmm2,%xmm1
	cvtdq2ps %xmm15,%xmm9
	cvtdq2ps %xmm12,%xmm3
	cvtdq2ps %xmm0,%xmm10
	cvtdq2ps (%rax),%xmm1
	cvtdq2ps 0x12345678(%rbx,%rcx,4),%xmm1
	cvtdq2ps 0x100(%rip),%xmm1
	cvtdq2ps -0x789abc(%r12,%r13,8),%xmm9
	cvtdq2ps (%r13),%xmm9
	cvtdq2ps 0x40(%rsp),%xmm3
	cvtdq2ps 0x7ffffff0(%r8,%r9,2),%xmm10
# cvtps2dq (P66 0f 5b/X)
	cvtps2dq %xmm2,%xmm1
	cvtps2dq %xmm15,%xmm9
	cvtps2dq %xmm12,%xmm3
	cvtps2dq %xmm0,%xmm10
	cvtps2dq (%rax),%xmm1
	cvtps2dq 0x12345678(%rbx,%rcx,4),%xmm1
	cvtps2dq 0x100(%rip),%xmm1
	cvtps2dq -0x789abc(%r12,%r13,8),%xmm9
	cvtps2dq (%r13),%xmm9
	cvtps2dq 0x40(%rsp),%xmm3
	cvtps2dq 0x7ffffff0(%r8,%r9,2),%xmm10
# cvttps2dq (PF3 0f 5b/X)
	cvttps2dq %xmm2,%xmm1
	cvttps2dq %xmm15,%xmm9
	cvttps2dq %xmm12,%xmm3
	cvttps2dq %xmm0,%xmm10
	cvttps2dq (%rax),%xmm1
	cvttps2dq 0x12345678(%rbx,%rcx,4),%xmm1
	cvttps2dq 0x100(%rip),%xmm1
	cvttps2dq -0x789abc(%r12,%r13,8),%xmm9
	cvttps2dq (%r13),%xmm9
	cvttps2dq 0x40(%rsp),%xmm3
	cvttps2dq 0x7ffffff0(%r8,%r9,2),%xmm10
# subps (NP 0f 5c/X)
	subps %xmm2,%xmm1
	subps %xmm15,%xmm9
	subps %xmm12,%xmm3
	subps %xmm0,%xmm10
	subps (%rax),%xmm1
	subps 0x12345678(%rbx,%rcx,4),%xmm1
	subps 0x100(%rip),%xmm1
	subps -0x789abc(%r12,%r13,8),%xmm9
	subps (%r13),%xmm9
	subps 0x40(%rsp),%xmm3
	subps 0x7ffffff0(%r8,%r9,2),%xmm10
# subpd (P66 0f 5c/X)
	subpd %xmm2,%xmm1
	subpd %xmm15,%xmm9
	subpd %xmm12,%xmm3
	subpd %xmm0,%xmm10
	subpd (%rax),%xmm1
	subpd 0x12345678(%rbx,%rcx,4),%xmm1
	subpd 0x100(%rip),%xmm1
	subpd -0x789abc(%r12,%r13,8),%xmm9
	subpd (%r13),%xmm9
	subpd 0x40(%rsp),%xmm3
	subpd 0x7ffffff0(%r8,%r9,2),%xmm10
# subss (PF3 0f 5c/X)
	subss %xmm2,%xmm1
	subss %xmm15,%xmm9
	subss %xmm12,%xmm3
	subss %xmm0,%xmm10
	subss (%rax),%xmm1
	subss 0x12345678(%rbx,%rcx,4),%xmm1
	subss 0x100(%rip),%xmm1
	subss -0x789abc(%r12,%r13,8),%xmm9
	subss (%r13),%xmm9
	subss 0x40(%rsp),%xmm3
	subss 0x7ffffff0(%r8,%r9,2),%xmm10
# subsd (PF2 0f 5c/X)
	subsd %xmm2,%xmm1
	subsd %xmm15,%xmm9
	subsd %xmm12,%xmm3
	subsd %xmm0,%xmm10
	subsd (%rax),%xmm1
	subsd 0x12345678(%rbx,%rcx,4),%xmm1
	subsd 0x100(%rip),%xmm1
	subsd -0x789abc(%r12,%r13,8),%xmm9
	subsd (%r13),%xmm9
	subsd 0x40(%rsp),%xmm3
	subsd 0x7ffffff0(%r8,%r9,2),%xmm10
# minps (NP 0f 5d/X)
	minps %xmm2,%xmm1
	minps %xmm15,%xmm9
	minps %xmm12,%xmm3
	minps %xmm0,%xmm10
	minps (%rax),%xmm1
	minps 0x12345678(%rbx,%rcx,4),%xmm1
	minps 0x100(%rip),%xmm1
	minps -0x789abc(%r12,%r13,8),%xmm9
	minps (%r13),%xmm9
	minps 0x40(%rsp),%xmm3
	minps 0x7ffffff0(%r8,%r9,2),%xmm10
# minpd (P66 0f 5d/X)
	minpd %xmm2,%xmm1
	minpd %xmm15,%xmm9
	minpd %xmm12,%xmm3
	minpd %xmm0,%xmm10
	minpd (%rax),%xmm1
	minpd 0x12345678(%rbx,%rcx,4),%xmm1
	minpd 0x100(%rip),%xmm1
	minpd -0x789abc(%r12,%r13,8),%xmm9
	minpd (%r13),%xmm9
	minpd 0x40(%rsp),%xmm3
	minpd 0x7ffffff0(%r8,%r9,2),%xmm10
# minss (PF3 0f 5d/X)
	minss %xmm2,%xmm1
	minss %xmm15,%xmm9
	minss %xmm12,%xmm3
	minss %xmm0,%xmm10
	minss (%rax),%xmm1
	minss 0x12345678(%rbx,%rcx,4),%xmm1
	minss 0x100(%rip),%xmm1
	minss -0x789abc(%r12,%r13,8),%xmm9
	minss (%r13),%xmm9
	minss 0x40(%rsp),%xmm3
	minss 0x7ffffff0(%r8,%r9,2),%xmm10
# minsd (PF2 0f 5d/X)
	minsd %xmm2,%xmm1
	minsd %xmm15,%xmm9
	minsd %xmm12,%xmm3
	minsd %xmm0,%xmm10
	minsd (%rax),%xmm1
	minsd 0x12345678(%rbx,%rcx,4),%xmm1
	minsd 0x100(%rip),%xmm1
	minsd -0x789abc(%r12,%r13,8),%xmm9
	minsd (%r13),%xmm9
	minsd 0x40(%rsp),%xmm3
	minsd 0x7ffffff0(%r8,%r9,2),%xmm10
# divps (NP 0f 5e/X)
	divps %xmm2,%xmm1
	divps %xmm15,%xmm9
	divps %xmm12,%xmm3
	divps %xmm0,%xmm10
	divps (%rax),%xmm1
	divps 0x12345678(%rbx,%rcx,4),%xmm1
	divps 0x100(%rip),%xmm1
	divps -0x789abc(%r12,%r13,8),%xmm9
	divps (%r13),%xmm9
	divps 0x40(%rsp),%xmm3
	divps 0x7ffffff0(%r8,%r9,2),%xmm10
# divpd (P66 0f 5e/X)
	divpd %xmm2,%xmm1
	divpd %xmm15,%xmm9
	divpd %xmm12,%xmm3
	divpd %xmm0,%xmm10
	divpd (%rax),%xmm1
	divpd 0x12345678(%rbx,%rcx,4),%xmm1
	divpd 0x100(%rip),%xmm1
	divpd -0x789abc(%r12,%r13,8),%xmm9
	divpd (%r13),%xmm9
	divpd 0x40(%rsp),%xmm3
	divpd 0x7ffffff0(%r8,%r9,2),%xmm10
# divss (PF3 0f 5e/X)
	divss %xmm2,%xmm1
	divss %xmm15,%xmm9
	divss %xmm12,%xmm3
	divss %xmm0,%xmm10
	divss (%rax),%xmm1
	divss 0x12345678(%rbx,%rcx,4),%xmm1
	divss 0x100(%rip),%xmm1
	divss -0x789abc(%r12,%r13,8),%xmm9
	divss (%r13),%xmm9
	divss 0x40(%rsp),%xmm3
	divss 0x7ffffff0(%r8,%r9,2),%xmm10
# divsd (PF2 0f 5e/X)
	divsd %xmm2,%xmm1
	divsd %xmm15,%xmm9
	divsd %xmm12,%xmm3
	divsd %xmm0,%xmm10
	divsd (%rax),%xmm1
	divsd 0x12345678(%rbx,%rcx,4),%xmm1
	divsd 0x100(%rip),%xmm1
	divsd -0x789abc(%r12,%r13,8),%xmm9
	divsd (%r13),%xmm9
	divsd 0x40(%rsp),%xmm3
	divsd 0x7ffffff0(%r8,%r9,2),%xmm10
# maxps (NP 0f 5f/X)
	maxps %xmm2,%xmm1
	maxps %xmm15,%xmm9
	maxps %xmm12,%xmm3
	maxps %xmm0,%xmm10
	maxps (%rax),%xmm1
	maxps 0x12345678(%rbx,%rcx,4),%xmm1
	maxps 0x100(%rip),%xmm1
	maxps -0x789abc(%r12,%r13,8),%xmm9
	maxps (%r13),%xmm9
	maxps 0x40(%rsp),%xmm3
	maxps 0x7ffffff0(%r8,%r9,2),%xmm10
# maxpd (P66 0f 5f/X)
	maxpd %xmm2,%xmm1
	maxpd %xmm15,%xmm9
	maxpd %xmm12,%xmm3
	maxpd %xmm0,%xmm10
	maxpd (%rax),%xmm1
	maxpd 0x12345678(%rbx,%rcx,4),%xmm1
	maxpd 0x100(%rip),%xmm1
	maxpd -0x789abc(%r12,%r13,8),%xmm9
	maxpd (%r13),%xmm9
	maxpd 0x40(%rsp),%xmm3
	maxpd 0x7ffffff0(%r8,%r9,2),%xmm10
# maxss (PF3 0f 5f/X)
	maxss %xmm2,%xmm1
	maxss %xmm15,%xmm9
	maxss %xmm12,%xmm3
	maxss %xmm0,%xmm10
	maxss (%rax),%xmm1
	maxss 0x12345678(%rbx,%rcx,4),%xmm1
	maxss 0x100(%rip),%xmm1
	maxss -0x789abc(%r12,%r13,8),%xmm9
	maxss (%r13),%xmm9
	maxss 0x40(%rsp),%xmm3
	maxss 0x7ffffff0(%r8,%r9,2),%xmm10
# maxsd (PF2 0f 5f/X)
	maxsd %xmm2,%xmm1
	maxsd %xmm15,%xmm9
	maxsd %xmm12,%xmm3
	maxsd %xmm0,%xmm10
	maxsd (%rax),%xmm1
	maxsd 0x12345678(%rbx,%rcx,4),%xmm1
	maxsd 0x100(%rip),%xmm1
	maxsd -0x789abc(%r12,%r13,8),%xmm9
	maxsd (%r13),%xmm9
	maxsd 0x40(%rsp),%xmm3
	maxsd 0x7ffffff0(%r8,%r9,2),%xmm10
# punpcklbw (P66 0f 60/X)
	punpcklbw %xmm2,%xmm1
	punpcklbw %xmm15,%xmm9
	punpcklbw %xmm12,%xmm3
	punpcklbw %xmm0,%xmm10
	punpcklbw (%rax),%xmm1
	punpcklbw 0x12345678(%rbx,%rcx,4),%xmm1
	punpcklbw 0x100(%rip),%xmm1
	punpcklbw -0x789abc(%r12,%r13,8),%xmm9
	punpcklbw (%r13),%xmm9
	punpcklbw 0x40(%rsp),%xmm3
	punpcklbw 0x7ffffff0(%r8,%r9,2),%xmm10
# punpcklwd (P66 0f 61/X)
	punpcklwd %xmm2,%xmm1
	punpcklwd %xmm15,%xmm9
	punpcklwd %xmm12,%xmm3
	punpcklwd %xmm0,%xmm10
	punpcklwd (%rax),%xmm1
	punpcklwd 0x12345678(%rbx,%rcx,4),%xmm1
	punpcklwd 0x100(%rip),%xmm1
	punpcklwd -0x789abc(%r12,%r13,8),%xmm9
	punpcklwd (%r13),%xmm9
	punpcklwd 0x40(%rsp),%xmm3
	punpcklwd 0x7ffffff0(%r8,%r9,2),%xmm10
# punpckldq (P66 0f 62/X)
	punpckldq %xmm2,%xmm1
	punpckldq %xmm15,%xmm9
	punpckldq %xmm12,%xmm3
	punpckldq %xmm0,%xmm10
	punpckldq (%rax),%xmm1
	punpckldq 0x12345678(%rbx,%rcx,4),%xmm1
	punpckldq 0x100(%rip),%xmm1
	punpckldq -0x789abc(%r12,%r13,8),%xmm9
	punpckldq (%r13),%xmm9
	punpckldq 0x40(%rsp),%xmm3
	punpckldq 0x7ffffff0(%r8,%r9,2),%xmm10
# packsswb (P66 0f 63/X)
	packsswb %xmm2,%xmm1
	packsswb %xmm15,%xmm9
	packsswb %xmm12,%xmm3
	packsswb %xmm0,%xmm10
	packsswb (%rax),%xmm1
	packsswb 0x12345678(%rbx,%rcx,4),%xmm1
	packsswb 0x100(%rip),%xmm1
	packsswb -0x789abc(%r12,%r13,8),%xmm9
	packsswb (%r13),%xmm9
	packsswb 0x40(%rsp),%xmm3
	packsswb 0x7ffffff0(%r8,%r9,2),%xmm10
# pcmpgtb (P66 0f 64/X)
	pcmpgtb %xmm2,%xmm1
	pcmpgtb %xmm15,%xmm9
	pcmpgtb %xmm12,%xmm3
	pcmpgtb %xmm0,%xmm10
	pcmpgtb (%rax),%xmm1
	pcmpgtb 0x12345678(%rbx,%rcx,4),%xmm1
	pcmpgtb 0x100(%rip),%xmm1
	pcmpgtb -0x789abc(%r12,%r13,8),%xmm9
	pcmpgtb (%r13),%xmm9
	pcmpgtb 0x40(%rsp),%xmm3
	pcmpgtb 0x7ffffff0(%r8,%r9,2),%xmm10
# pcmpgtw (P66 0f 65/X)
	pcmpgtw %xmm2,%xmm1
	pcmpgtw %xmm15,%xmm9
	pcmpgtw %xmm12,%xmm3
	pcmpgtw %xmm0,%xmm10
	pcmpgtw (%rax),%xmm1
	pcmpgtw 0x12345678(%rbx,%rcx,4),%xmm1
	pcmpgtw 0x100(%rip),%xmm1
	pcmpgtw -0x789abc(%r12,%r13,8),%xmm9
	pcmpgtw (%r13),%xmm9
	pcmpgtw 0x40(%rsp),%xmm3
	pcmpgtw 0x7ffffff0(%r8,%r9,2),%xmm10
# pcmpgtd (P66 0f 66/X)
	pcmpgtd %xmm2,%xmm1
	pcmpgtd %xmm15,%xmm9
	pcmpgtd %xmm12,%xmm3
	pcmpgtd %xmm0,%xmm10
	pcmpgtd (%rax),%xmm1
	pcmpgtd 0x12345678(%rbx,%rcx,4),%xmm1
	pcmpgtd 0x100(%rip),%xmm1
	pcmpgtd -0x789abc(%r12,%r13,8),%xmm9
	pcmpgtd (%r13),%xmm9
	pcmpgtd 0x40(%rsp),%xmm3
	pcmpgtd 0x7ffffff0(%r8,%r9,2),%xmm10
# packuswb (P66 0f 67/X)
	packuswb %xmm2,%xmm1
	packuswb %xmm15,%xmm9
	packuswb %xmm12,%xmm3
	packuswb %xmm0,%xmm10
	packuswb (%rax),%xmm1
	packuswb 0x12345678(%rbx,%rcx,4),%xmm1
	packuswb 0x100(%rip),%xmm1
	packuswb -0x789abc(%r12,%r13,8),%xmm9
	packuswb (%r13),%xmm9
	packuswb 0x40(%rsp),%xmm3
	packuswb 0x7ffffff0(%r8,%r9,2),%xmm10
# punpckhbw (P66 0f 68/X)
	punpckhbw %xmm2,%xmm1
	punpckhbw %xmm15,%xmm9
	punpckhbw %xmm12,%xmm3
	punpckhbw %xmm0,%xmm10
	punpckhbw (%rax),%xmm1
	punpckhbw 0x12345678(%rbx,%rcx,4),%xmm1
	punpckhbw 0x100(%rip),%xmm1
	punpckhbw -0x789abc(%r12,%r13,8),%xmm9
	punpckhbw (%r13),%xmm9
	punpckhbw 0x40(%rsp),%xmm3
	punpckhbw 0x7ffffff0(%r8,%r9,2),%xmm10
# punpckhwd (P66 0f 69/X)
	punpckhwd %xmm2,%xmm1
	punpckhwd %xmm15,%xmm9
	punpckhwd %xmm12,%xmm3
	punpckhwd %xmm0,%xmm10
	punpckhwd (%rax),%xmm1
	punpckhwd 0x12345678(%rbx,%rcx,4),%xmm1
	punpckhwd 0x100(%rip),%xmm1
	punpckhwd -0x789abc(%r12,%r13,8),%xmm9
	punpckhwd (%r13),%xmm9
	punpckhwd 0x40(%rsp),%xmm3
	punpckhwd 0x7ffffff0(%r8,%r9,2),%xmm10
# punpckhdq (P66 0f 6a/X)
	punpckhdq %xmm2,%xmm1
	punpckhdq %xmm15,%xmm9
	punpckhdq %xmm12,%xmm3
	punpckhdq %xmm0,%xmm10
	punpckhdq (%rax),%xmm1
	punpckhdq 0x12345678(%rbx,%rcx,4),%xmm1
	punpckhdq 0x100(%rip),%xmm1
	punpckhdq -0x789abc(%r12,%r13,8),%xmm9
	punpckhdq (%r13),%xmm9
	punpckhdq 0x40(%rsp),%xmm3
	punpckhdq 0x7ffffff0(%r8,%r9,2),%xmm10
# packssdw (P66 0f 6b/X)
	packssdw %xmm2,%xmm1
	packssdw %xmm15,%xmm9
	packssdw %xmm12,%xmm3
	packssdw %xmm0,%xmm10
	packssdw (%rax),%xmm1
	packssdw 0x12345678(%rbx,%rcx,4),%xmm1
	packssdw 0x100(%rip),%xmm1
	packssdw -0x789abc(%r12,%r13,8),%xmm9
	packssdw (%r13),%xmm9
	packssdw 0x40(%rsp),%xmm3
	packssdw 0x7ffffff0(%r8,%r9,2),%xmm10
# punpcklqdq (P66 0f 6c/X)
	punpcklqdq %xmm2,%xmm1
	punpcklqdq %xmm15,%xmm9
	punpcklqdq %xmm12,%xmm3
	punpcklqdq %xmm0,%xmm10
	punpcklqdq (%rax),%xmm1
	punpcklqdq 0x12345678(%rbx,%rcx,4),%xmm1
	punpcklqdq 0x100(%rip),%xmm1
	punpcklqdq -0x789abc(%r12,%r13,8),%xmm9
	punpcklqdq (%r13),%xmm9
	punpcklqdq 0x40(%rsp),%xmm3
	punpcklqdq 0x7ffffff0(%r8,%r9,2),%xmm10
# punpckhqdq (P66 0f 6d/X)
	punpckhqdq %xmm2,%xmm1
	punpckhqdq %xmm15,%xmm9
	punpckhqdq %xmm12,%xmm3
	punpckhqdq %xmm0,%xmm10
	punpckhqdq (%rax),%xmm1
	punpckhqdq 0x12345678(%rbx,%rcx,4),%xmm1
	punpckhqdq 0x100(%rip),%xmm1
	punpckhqdq -0x789abc(%r12,%r13,8),%xmm9
	punpckhqdq (%r13),%xmm9
	punpckhqdq 0x40(%rsp),%xmm3
	punpckhqdq 0x7ffffff0(%r8,%r9,2),%xmm10
# movd (P66 0f 6e/X)
	movd %ecx,%xmm1
	movd %r15d,%xmm9
	movd %r11d,%xmm3
	movd %ebx,%xmm10
	movd (%rax),%xmm1
	movd 0x12345678(%rbx,%rcx,4),%xmm1
	movd 0x100(%rip),%xmm1
	movd -0x789abc(%r12,%r13,8),%xmm9
	movd (%r13),%xmm9
	movd 0x40(%rsp),%xmm3
	movd 0x7ffffff0(%r8,%r9,2),%xmm10
# movq (P66 0f 6e/X)
	movq %rcx,%xmm1
	movq %r15,%xmm9
	movq %r11,%xmm3
	movq %rbx,%xmm10
	rex.w movd (%rax),%xmm1
	rex.w movd 0x12345678(%rbx,%rcx,4),%xmm1
	rex.w movd 0x100(%rip),%xmm1
	rex.w movd -0x789abc(%r12,%r13,8),%xmm9
	rex.w movd (%r13),%xmm9
	rex.w movd 0x40(%rsp),%xmm3
	rex.w movd 0x7ffffff0(%r8,%r9,2),%xmm10
# movdqa (P66 0f 6f/X)
	movdqa %xmm2,%xmm1
	movdqa %xmm15,%xmm9
	movdqa %xmm12,%xmm3
	movdqa %xmm0,%xmm10
	movdqa (%rax),%xmm1
	movdqa 0x12345678(%rbx,%rcx,4),%xmm1
	movdqa 0x100(%rip),%xmm1
	movdqa -0x789abc(%r12,%r13,8),%xmm9
	movdqa (%r13),%xmm9
	movdqa 0x40(%rsp),%xmm3
	movdqa 0x7ffffff0(%r8,%r9,2),%xmm10
# movdqu (PF3 0f 6f/X)
	movdqu %xmm2,%xmm1
	movdqu %xmm15,%xmm9
	movdqu %xmm12,%xmm3
	movdqu %xmm0,%xmm10
	movdqu (%rax),%xmm1
	movdqu 0x12345678(%rbx,%rcx,4),%xmm1
	movdqu 0x100(%rip),%xmm1
	movdqu -0x789abc(%r12,%r13,8),%xmm9
	movdqu (%r13),%xmm9
	movdqu 0x40(%rsp),%xmm3
	movdqu 0x7ffffff0(%r8,%r9,2),%xmm10
# pshufd (P66 0f 70/X)
	pshufd $0x1b,%xmm2,%xmm1
	pshufd $0x1b,%xmm15,%xmm9
	pshufd $0x1b,%xmm12,%xmm3
	pshufd $0x1b,%xmm0,%xmm10
	pshufd $0x1b,(%rax),%xmm1
	pshufd $0x1b,0x12345678(%rbx,%rcx,4),%xmm1
	pshufd $0x1b,0x100(%rip),%xmm1
	pshufd $0x1b,-0x789abc(%r12,%r13,8),%xmm9
	pshufd $0x1b,(%r13),%xmm9
	pshufd $0x1b,0x40(%rsp),%xmm3
	pshufd $0x1b,0x7ffffff0(%r8,%r9,2),%xmm10
# pshufhw (PF3 0f 70/X)
	pshufhw $0x1b,%xmm2,%xmm1
	pshufhw $0x1b,%xmm15,%xmm9
	pshufhw $0x1b,%xmm12,%xmm3
	pshufhw $0x1b,%xmm0,%xmm10
	pshufhw $0x1b,(%rax),%xmm1
	pshufhw $0x1b,0x12345678(%rbx,%rcx,4),%xmm1
	pshufhw $0x1b,0x100(%rip),%xmm1
	pshufhw $0x1b,-0x789abc(%r12,%r13,8),%xmm9
	pshufhw $0x1b,(%r13),%xmm9
	pshufhw $0x1b,0x40(%rsp),%xmm3
	pshufhw $0x1b,0x7ffffff0(%r8,%r9,2),%xmm10
# pshuflw (PF2 0f 70/X)
	pshuflw $0x1b,%xmm2,%xmm1
	pshuflw $0x1b,%xmm15,%xmm9
	pshuflw $0x1b,%xmm12,%xmm3
	pshuflw $0x1b,%xmm0,%xmm10
	pshuflw $0x1b,(%rax),%xmm1
	pshuflw $0x1b,0x12345678(%rbx,%rcx,4),%xmm1
	pshuflw $0x1b,0x100(%rip),%xmm1
	pshuflw $0x1b,-0x789abc(%r12,%r13,8),%xmm9
	pshuflw $0x1b,(%r13),%xmm9
	pshuflw $0x1b,0x40(%rsp),%xmm3
	pshuflw $0x1b,0x7ffffff0(%r8,%r9,2),%xmm10
# psrlw (P66 0f 71/2)
	psrlw $0x5,%xmm2
	psrlw $0x5,%xmm15
	psrlw $0x5,%xmm12
	psrlw $0x5,%xmm0
# psraw (P66 0f 71/4)
	psraw $0x5,%xmm2
	psraw $0x5,%xmm15
	psraw $0x5,%xmm12
	psraw $0x5,%xmm0
# psllw (P66 0f 71/6)
	psllw $0x5,%xmm2
	psllw $0x5,%xmm15
	psllw $0x5,%xmm12
	psllw $0x5,%xmm0
# psrld (P66 0f 72/2)
	psrld $0x5,%xmm2
	psrld $0x5,%xmm15
	psrld $0x5,%xmm12
	psrld $0x5,%xmm0
# psrad (P66 0f 72/4)
	psrad $0x5,%xmm2
	psrad $0x5,%xmm15
	psrad $0x5,%xmm12
	psrad $0x5,%xmm0
# pslld (P66 0f 72/6)
	pslld $0x5,%xmm2
	pslld $0x5,%xmm15
	pslld $0x5,%xmm12
	pslld $0x5,%xmm0
# psrlq (P66 0f 73/2)
	psrlq $0x5,%xmm2
	psrlq $0x5,%xmm15
	psrlq $0x5,%xmm12
	psrlq $0x5,%xmm0
# psrldq (P66 0f 73/3)
	psrldq $0x5,%xmm2
	psrldq $0x5,%xmm15
	psrldq $0x5,%xmm12
	psrldq $0x5,%xmm0
# psllq (P66 0f 73/6)
	psllq $0x5,%xmm2
	psllq $0x5,%xmm15
	psllq $0x5,%xmm12
	psllq $0x5,%xmm0
# pslldq (P66 0f 73/7)
	pslldq $0x5,%xmm2
	pslldq $0x5,%xmm15
	pslldq $0x5,%xmm12
	pslldq $0x5,%xmm0
# pcmpeqb (P66 0f 74/X)
	pcmpeqb %xmm2,%xmm1
	pcmpeqb %xmm15,%xmm9
	pcmpeqb %xmm12,%xmm3
	pcmpeqb %xmm0,%xmm10
	pcmpeqb (%rax),%xmm1
	pcmpeqb 0x12345678(%rbx,%rcx,4),%xmm1
	pcmpeqb 0x100(%rip),%xmm1
	pcmpeqb -0x789abc(%r12,%r13,8),%xmm9
	pcmpeqb (%r13),%xmm9
	pcmpeqb 0x40(%rsp),%xmm3
	pcmpeqb 0x7ffffff0(%r8,%r9,2),%xmm10
# pcmpeqw (P66 0f 75/X)
	pcmpeqw %xmm2,%xmm1
	pcmpeqw %xmm15,%xmm9
	pcmpeqw %xmm12,%xmm3
	pcmpeqw %xmm0,%xmm10
	pcmpeqw (%rax),%xmm1
	pcmpeqw 0x12345678(%rbx,%rcx,4),%xmm1
	pcmpeqw 0x100(%rip),%xmm1
	pcmpeqw -0x789abc(%r12,%r13,8),%xmm9
	pcmpeqw (%r13),%xmm9
	pcmpeqw 0x40(%rsp),%xmm3
	pcmpeqw 0x7ffffff0(%r8,%r9,2),%xmm10
# pcmpeqd (P66 0f 76/X)
	pcmpeqd %xmm2,%xmm1
	pcmpeqd %xmm15,%xmm9
	pcmpeqd %xmm12,%xmm3
	pcmpeqd %xmm0,%xmm10
	pcmpeqd (%rax),%xmm1
	pcmpeqd 0x12345678(%rbx,%rcx,4),%xmm1
	pcmpeqd 0x100(%rip),%xmm1
	pcmpeqd -0x789abc(%r12,%r13,8),%xmm9
	pcmpeqd (%r13),%xmm9
	pcmpeqd 0x40(%rsp),%xmm3
	pcmpeqd 0x7ffffff0(%r8,%r9,2),%xmm10
# haddpd (P66 0f 7c/X)
	haddpd %xmm2,%xmm1
	haddpd %xmm15,%xmm9
	haddpd %xmm12,%xmm3
	haddpd %xmm0,%xmm10
	haddpd (%rax),%xmm1
	haddpd 0x12345678(%rbx,%rcx,4),%xmm1
	haddpd 0x100(%rip),%xmm1
	haddpd -0x789abc(%r12,%r13,8),%xmm9
	haddpd (%r13),%xmm9
	haddpd 0x40(%rsp),%xmm3
	haddpd 0x7ffffff0(%r8,%r9,2),%xmm10
# haddps (PF2 0f 7c/X)
	haddps %xmm2,%xmm1
	haddps %xmm15,%xmm9
	haddps %xmm12,%xmm3
	haddps %xmm0,%xmm10
	haddps (%rax),%xmm1
	haddps 0x12345678(%rbx,%rcx,4),%xmm1
	haddps 0x100(%rip),%xmm1
	haddps -0x789abc(%r12,%r13,8),%xmm9
	haddps (%r13),%xmm9
	haddps 0x40(%rsp),%xmm3
	haddps 0x7ffffff0(%r8,%r9,2),%xmm10
# hsubpd (P66 0f 7d/X)
	hsubpd %xmm2,%xmm1
	hsubpd %xmm15,%xmm9
	hsubpd %xmm12,%xmm3
	hsubpd %xmm0,%xmm10
	hsubpd (%rax),%xmm1
	hsubpd 0x12345678(%rbx,%rcx,4),%xmm1
	hsubpd 0x100(%rip),%xmm1
	hsubpd -0x789abc(%r12,%r13,8),%xmm9
	hsubpd (%r13),%xmm9
	hsubpd 0x40(%rsp),%xmm3
	hsubpd 0x7ffffff0(%r8,%r9,2),%xmm10
# hsubps (PF2 0f 7d/X)
	hsubps %xmm2,%xmm1
	hsubps %xmm15,%xmm9
	hsubps %xmm12,%xmm3
	hsubps %xmm0,%xmm10
	hsubps (%rax),%xmm1
	hsubps 0x12345678(%rbx,%rcx,4),%xmm1
	hsubps 0x100(%rip),%xmm1
	hsubps -0x789abc(%r12,%r13,8),%xmm9
	hsubps (%r13),%xmm9
	hsubps 0x40(%rsp),%xmm3
	hsubps 0x7ffffff0(%r8,%r9,2),%xmm10
# movd (P66 0f 7e/X)
	movd %xmm1,%ecx
	movd %xmm9,%r15d
	movd %xmm3,%r11d
	movd %xmm10,%ebx
	movd %xmm1,(%rax)
	movd %xmm1,0x12345678(%rbx,%rcx,4)
	movd %xmm1,0x100(%rip)
	movd %xmm9,-0x789abc(%r12,%r13,8)
	movd %xmm9,(%r13)
	movd %xmm3,0x40(%rsp)
	movd %xmm10,0x7ffffff0(%r8,%r9,2)
# movq (P66 0f 7e/X)
	movq %xmm1,%rcx
	movq %xmm9,%r15
	movq %xmm3,%r11
	movq %xmm10,%rbx
	rex.w movd %xmm1,(%rax)
	rex.w movd %xmm1,0x12345678(%rbx,%rcx,4)
	rex.w movd %xmm1,0x100(%rip)
	rex.w movd %xmm9,-0x789abc(%r12,%r13,8)
	rex.w movd %xmm9,(%r13)
	rex.w movd %xmm3,0x40(%rsp)
	rex.w movd %xmm10,0x7ffffff0(%r8,%r9,2)
# movq (PF3 0f 7e/X)
	movq %xmm2,%xmm1
	movq %xmm15,%xmm9
	movq %xmm12,%xmm3
	movq %xmm0,%xmm10
	movq (%rax),%xmm1
	movq 0x12345678(%rbx,%rcx,4),%xmm1
	movq 0x100(%rip),%xmm1
	movq -0x789abc(%r12,%r13,8),%xmm9
	movq (%r13),%xmm9
	movq 0x40(%rsp),%xmm3
	movq 0x7ffffff0(%r8,%r9,2),%xmm10
# movdqa (P66 0f 7f/X)
	{store} movdqa %xmm1,%xmm2
	{store} movdqa %xmm9,%xmm15
	{store} movdqa %xmm3,%xmm12
	{store} movdqa %xmm10,%xmm0
	movdqa %xmm1,(%rax)
	movdqa %xmm1,0x12345678(%rbx,%rcx,4)
	movdqa %xmm1,0x100(%rip)
	movdqa %xmm9,-0x789abc(%r12,%r13,8)
	movdqa %xmm9,(%r13)
	movdqa %xmm3,0x40(%rsp)
	movdqa %xmm10,0x7ffffff0(%r8,%r9,2)
# movdqu (PF3 0f 7f/X)
	{store} movdqu %xmm1,%xmm2
	{store} movdqu %xmm9,%xmm15
	{store} movdqu %xmm3,%xmm12
	{store} movdqu %xmm10,%xmm0
	movdqu %xmm1,(%rax)
	movdqu %xmm1,0x12345678(%rbx,%rcx,4)
	movdqu %xmm1,0x100(%rip)
	movdqu %xmm9,-0x789abc(%r12,%r13,8)
	movdqu %xmm9,(%r13)
	movdqu %xmm3,0x40(%rsp)
	movdqu %xmm10,0x7ffffff0(%r8,%r9,2)
# ldmxcsr (NP 0f ae/2)
	ldmxcsr (%rax)
	ldmxcsr 0x12345678(%rbx,%rcx,4)
	ldmxcsr 0x100(%rip)
	ldmxcsr -0x789abc(%r12,%r13,8)
	ldmxcsr (%r13)
	ldmxcsr 0x40(%rsp)
	ldmxcsr 0x7ffffff0(%r8,%r9,2)
# stmxcsr (NP 0f ae/3)
	stmxcsr (%rax)
	stmxcsr 0x12345678(%rbx,%rcx,4)
	stmxcsr 0x100(%rip)
	stmxcsr -0x789abc(%r12,%r13,8)
	stmxcsr (%r13)
	stmxcsr 0x40(%rsp)
	stmxcsr 0x7ffffff0(%r8,%r9,2)
# lfence (NP 0f ae/5)
	lfence
# mfence (NP 0f ae/6)
	mfence
# sfence (NP 0f ae/7)
	sfence
# clflush (NP 0f ae/7)
	clflush (%rax)
	clflush 0x12345678(%rbx,%rcx,4)
	clflush 0x100(%rip)
	clflush -0x789abc(%r12,%r13,8)
	clflush (%r13)
	clflush 0x40(%rsp)
	clflush 0x7ffffff0(%r8,%r9,2)
# clflushopt (P66 0f ae/7)
	clflushopt (%rax)
	clflushopt 0x12345678(%rbx,%rcx,4)
	clflushopt 0x100(%rip)
	clflushopt -0x789abc(%r12,%r13,8)
	clflushopt (%r13)
	clflushopt 0x40(%rsp)
	clflushopt 0x7ffffff0(%r8,%r9,2)
# clwb (P66 0f ae/6)
	clwb (%rax)
	clwb 0x12345678(%rbx,%rcx,4)
	clwb 0x100(%rip)
	clwb -0x789abc(%r12,%r13,8)
	clwb (%r13)
	clwb 0x40(%rsp)
	clwb 0x7ffffff0(%r8,%r9,2)
# cmpps (NP 0f c2/X)
	cmpps $0x5,%xmm2,%xmm1
	cmpps $0x5,%xmm15,%xmm9
	cmpps $0x5,%xmm12,%xmm3
	cmpps $0x5,%xmm0,%xmm10
	cmpps $0x5,(%rax),%xmm1
	cmpps $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	cmpps $0x5,0x100(%rip),%xmm1
	cmpps $0x5,-0x789abc(%r12,%r13,8),%xmm9
	cmpps $0x5,(%r13),%xmm9
	cmpps $0x5,0x40(%rsp),%xmm3
	cmpps $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# cmppd (P66 0f c2/X)
	cmppd $0x5,%xmm2,%xmm1
	cmppd $0x5,%xmm15,%xmm9
	cmppd $0x5,%xmm12,%xmm3
	cmppd $0x5,%xmm0,%xmm10
	cmppd $0x5,(%rax),%xmm1
	cmppd $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	cmppd $0x5,0x100(%rip),%xmm1
	cmppd $0x5,-0x789abc(%r12,%r13,8),%xmm9
	cmppd $0x5,(%r13),%xmm9
	cmppd $0x5,0x40(%rsp),%xmm3
	cmppd $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# cmpss (PF3 0f c2/X)
	cmpss $0x5,%xmm2,%xmm1
	cmpss $0x5,%xmm15,%xmm9
	cmpss $0x5,%xmm12,%xmm3
	cmpss $0x5,%xmm0,%xmm10
	cmpss $0x5,(%rax),%xmm1
	cmpss $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	cmpss $0x5,0x100(%rip),%xmm1
	cmpss $0x5,-0x789abc(%r12,%r13,8),%xmm9
	cmpss $0x5,(%r13),%xmm9
	cmpss $0x5,0x40(%rsp),%xmm3
	cmpss $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# cmpsd (PF2 0f c2/X)
	cmpsd $0x5,%xmm2,%xmm1
	cmpsd $0x5,%xmm15,%xmm9
	cmpsd $0x5,%xmm12,%xmm3
	cmpsd $0x5,%xmm0,%xmm10
	cmpsd $0x5,(%rax),%xmm1
	cmpsd $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	cmpsd $0x5,0x100(%rip),%xmm1
	cmpsd $0x5,-0x789abc(%r12,%r13,8),%xmm9
	cmpsd $0x5,(%r13),%xmm9
	cmpsd $0x5,0x40(%rsp),%xmm3
	cmpsd $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# movnti (NP 0f c3/X)
	movnti %eax,(%rax)
	movnti %eax,0x12345678(%rbx,%rcx,4)
	movnti %eax,0x100(%rip)
	movnti %r8d,-0x789abc(%r12,%r13,8)
	movnti %r8d,(%r13)
	movnti %edx,0x40(%rsp)
	movnti %r10d,0x7ffffff0(%r8,%r9,2)
# movnti (NP 0f c3/X)
	movnti %rax,(%rax)
	movnti %rax,0x12345678(%rbx,%rcx,4)
	movnti %rax,0x100(%rip)
	movnti %r8,-0x789abc(%r12,%r13,8)
	movnti %r8,(%r13)
	movnti %rdx,0x40(%rsp)
	movnti %r10,0x7ffffff0(%r8,%r9,2)
# pinsrw (P66 0f c4/X)
	pinsrw $0x5,%ecx,%xmm1
	pinsrw $0x5,%r15d,%xmm9
	pinsrw $0x5,%r11d,%xmm3
	pinsrw $0x5,%ebx,%xmm10
	pinsrw $0x5,%rcx,%xmm1
	pinsrw $0x5,%r15,%xmm9
# pinsrw (P66 0f c4/X)
	pinsrw $0x5,(%rax),%xmm1
	pinsrw $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	pinsrw $0x5,0x100(%rip),%xmm1
	pinsrw $0x5,-0x789abc(%r12,%r13,8),%xmm9
	pinsrw $0x5,(%r13),%xmm9
	pinsrw $0x5,0x40(%rsp),%xmm3
	pinsrw $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# pextrw (P66 0f c5/X)
	pextrw $0x5,%xmm2,%eax
	pextrw $0x5,%xmm15,%r8d
	pextrw $0x5,%xmm12,%edx
	pextrw $0x5,%xmm0,%r10d
	pextrw $0x5,%xmm2,%rax
	pextrw $0x5,%xmm15,%r8
# shufps (NP 0f c6/X)
	shufps $0x1b,%xmm2,%xmm1
	shufps $0x1b,%xmm15,%xmm9
	shufps $0x1b,%xmm12,%xmm3
	shufps $0x1b,%xmm0,%xmm10
	shufps $0x1b,(%rax),%xmm1
	shufps $0x1b,0x12345678(%rbx,%rcx,4),%xmm1
	shufps $0x1b,0x100(%rip),%xmm1
	shufps $0x1b,-0x789abc(%r12,%r13,8),%xmm9
	shufps $0x1b,(%r13),%xmm9
	shufps $0x1b,0x40(%rsp),%xmm3
	shufps $0x1b,0x7ffffff0(%r8,%r9,2),%xmm10
# shufpd (P66 0f c6/X)
	shufpd $0x1b,%xmm2,%xmm1
	shufpd $0x1b,%xmm15,%xmm9
	shufpd $0x1b,%xmm12,%xmm3
	shufpd $0x1b,%xmm0,%xmm10
	shufpd $0x1b,(%rax),%xmm1
	shufpd $0x1b,0x12345678(%rbx,%rcx,4),%xmm1
	shufpd $0x1b,0x100(%rip),%xmm1
	shufpd $0x1b,-0x789abc(%r12,%r13,8),%xmm9
	shufpd $0x1b,(%r13),%xmm9
	shufpd $0x1b,0x40(%rsp),%xmm3
	shufpd $0x1b,0x7ffffff0(%r8,%r9,2),%xmm10
# addsubpd (P66 0f d0/X)
	addsubpd %xmm2,%xmm1
	addsubpd %xmm15,%xmm9
	addsubpd %xmm12,%xmm3
	addsubpd %xmm0,%xmm10
	addsubpd (%rax),%xmm1
	addsubpd 0x12345678(%rbx,%rcx,4),%xmm1
	addsubpd 0x100(%rip),%xmm1
	addsubpd -0x789abc(%r12,%r13,8),%xmm9
	addsubpd (%r13),%xmm9
	addsubpd 0x40(%rsp),%xmm3
	addsubpd 0x7ffffff0(%r8,%r9,2),%xmm10
# addsubps (PF2 0f d0/X)
	addsubps %xmm2,%xmm1
	addsubps %xmm15,%xmm9
	addsubps %xmm12,%xmm3
	addsubps %xmm0,%xmm10
	addsubps (%rax),%xmm1
	addsubps 0x12345678(%rbx,%rcx,4),%xmm1
	addsubps 0x100(%rip),%xmm1
	addsubps -0x789abc(%r12,%r13,8),%xmm9
	addsubps (%r13),%xmm9
	addsubps 0x40(%rsp),%xmm3
	addsubps 0x7ffffff0(%r8,%r9,2),%xmm10
# psrlw (P66 0f d1/X)
	psrlw %xmm2,%xmm1
	psrlw %xmm15,%xmm9
	psrlw %xmm12,%xmm3
	psrlw %xmm0,%xmm10
	psrlw (%rax),%xmm1
	psrlw 0x12345678(%rbx,%rcx,4),%xmm1
	psrlw 0x100(%rip),%xmm1
	psrlw -0x789abc(%r12,%r13,8),%xmm9
	psrlw (%r13),%xmm9
	psrlw 0x40(%rsp),%xmm3
	psrlw 0x7ffffff0(%r8,%r9,2),%xmm10
# psrld (P66 0f d2/X)
	psrld %xmm2,%xmm1
	psrld %xmm15,%xmm9
	psrld %xmm12,%xmm3
	psrld %xmm0,%xmm10
	psrld (%rax),%xmm1
	psrld 0x12345678(%rbx,%rcx,4),%xmm1
	psrld 0x100(%rip),%xmm1
	psrld -0x789abc(%r12,%r13,8),%xmm9
	psrld (%r13),%xmm9
	psrld 0x40(%rsp),%xmm3
	psrld 0x7ffffff0(%r8,%r9,2),%xmm10
# psrlq (P66 0f d3/X)
	psrlq %xmm2,%xmm1
	psrlq %xmm15,%xmm9
	psrlq %xmm12,%xmm3
	psrlq %xmm0,%xmm10
	psrlq (%rax),%xmm1
	psrlq 0x12345678(%rbx,%rcx,4),%xmm1
	psrlq 0x100(%rip),%xmm1
	psrlq -0x789abc(%r12,%r13,8),%xmm9
	psrlq (%r13),%xmm9
	psrlq 0x40(%rsp),%xmm3
	psrlq 0x7ffffff0(%r8,%r9,2),%xmm10
# paddq (P66 0f d4/X)
	paddq %xmm2,%xmm1
	paddq %xmm15,%xmm9
	paddq %xmm12,%xmm3
	paddq %xmm0,%xmm10
	paddq (%rax),%xmm1
	paddq 0x12345678(%rbx,%rcx,4),%xmm1
	paddq 0x100(%rip),%xmm1
	paddq -0x789abc(%r12,%r13,8),%xmm9
	paddq (%r13),%xmm9
	paddq 0x40(%rsp),%xmm3
	paddq 0x7ffffff0(%r8,%r9,2),%xmm10
# pmullw (P66 0f d5/X)
	pmullw %xmm2,%xmm1
	pmullw %xmm15,%xmm9
	pmullw %xmm12,%xmm3
	pmullw %xmm0,%xmm10
	pmullw (%rax),%xmm1
	pmullw 0x12345678(%rbx,%rcx,4),%xmm1
	pmullw 0x100(%rip),%xmm1
	pmullw -0x789abc(%r12,%r13,8),%xmm9
	pmullw (%r13),%xmm9
	pmullw 0x40(%rsp),%xmm3
	pmullw 0x7ffffff0(%r8,%r9,2),%xmm10
# movq (P66 0f d6/X)
	{store} movq %xmm1,%xmm2
	{store} movq %xmm9,%xmm15
	{store} movq %xmm3,%xmm12
	{store} movq %xmm10,%xmm0
	movq %xmm1,(%rax)
	movq %xmm1,0x12345678(%rbx,%rcx,4)
	movq %xmm1,0x100(%rip)
	movq %xmm9,-0x789abc(%r12,%r13,8)
	movq %xmm9,(%r13)
	movq %xmm3,0x40(%rsp)
	movq %xmm10,0x7ffffff0(%r8,%r9,2)
# pmovmskb (P66 0f d7/X)
	pmovmskb %xmm2,%eax
	pmovmskb %xmm15,%r8d
	pmovmskb %xmm12,%edx
	pmovmskb %xmm0,%r10d
	pmovmskb %xmm2,%rax
	pmovmskb %xmm15,%r8
	rex.w pmovmskb %xmm2,%eax
	rex.w pmovmskb %xmm15,%r8d
# psubusb (P66 0f d8/X)
	psubusb %xmm2,%xmm1
	psubusb %xmm15,%xmm9
	psubusb %xmm12,%xmm3
	psubusb %xmm0,%xmm10
	psubusb (%rax),%xmm1
	psubusb 0x12345678(%rbx,%rcx,4),%xmm1
	psubusb 0x100(%rip),%xmm1
	psubusb -0x789abc(%r12,%r13,8),%xmm9
	psubusb (%r13),%xmm9
	psubusb 0x40(%rsp),%xmm3
	psubusb 0x7ffffff0(%r8,%r9,2),%xmm10
# psubusw (P66 0f d9/X)
	psubusw %xmm2,%xmm1
	psubusw %xmm15,%xmm9
	psubusw %xmm12,%xmm3
	psubusw %xmm0,%xmm10
	psubusw (%rax),%xmm1
	psubusw 0x12345678(%rbx,%rcx,4),%xmm1
	psubusw 0x100(%rip),%xmm1
	psubusw -0x789abc(%r12,%r13,8),%xmm9
	psubusw (%r13),%xmm9
	psubusw 0x40(%rsp),%xmm3
	psubusw 0x7ffffff0(%r8,%r9,2),%xmm10
# pminub (P66 0f da/X)
	pminub %xmm2,%xmm1
	pminub %xmm15,%xmm9
	pminub %xmm12,%xmm3
	pminub %xmm0,%xmm10
	pminub (%rax),%xmm1
	pminub 0x12345678(%rbx,%rcx,4),%xmm1
	pminub 0x100(%rip),%xmm1
	pminub -0x789abc(%r12,%r13,8),%xmm9
	pminub (%r13),%xmm9
	pminub 0x40(%rsp),%xmm3
	pminub 0x7ffffff0(%r8,%r9,2),%xmm10
# pand (P66 0f db/X)
	pand %xmm2,%xmm1
	pand %xmm15,%xmm9
	pand %xmm12,%xmm3
	pand %xmm0,%xmm10
	pand (%rax),%xmm1
	pand 0x12345678(%rbx,%rcx,4),%xmm1
	pand 0x100(%rip),%xmm1
	pand -0x789abc(%r12,%r13,8),%xmm9
	pand (%r13),%xmm9
	pand 0x40(%rsp),%xmm3
	pand 0x7ffffff0(%r8,%r9,2),%xmm10
# paddusb (P66 0f dc/X)
	paddusb %xmm2,%xmm1
	paddusb %xmm15,%xmm9
	paddusb %xmm12,%xmm3
	paddusb %xmm0,%xmm10
	paddusb (%rax),%xmm1
	paddusb 0x12345678(%rbx,%rcx,4),%xmm1
	paddusb 0x100(%rip),%xmm1
	paddusb -0x789abc(%r12,%r13,8),%xmm9
	paddusb (%r13),%xmm9
	paddusb 0x40(%rsp),%xmm3
	paddusb 0x7ffffff0(%r8,%r9,2),%xmm10
# paddusw (P66 0f dd/X)
	paddusw %xmm2,%xmm1
	paddusw %xmm15,%xmm9
	paddusw %xmm12,%xmm3
	paddusw %xmm0,%xmm10
	paddusw (%rax),%xmm1
	paddusw 0x12345678(%rbx,%rcx,4),%xmm1
	paddusw 0x100(%rip),%xmm1
	paddusw -0x789abc(%r12,%r13,8),%xmm9
	paddusw (%r13),%xmm9
	paddusw 0x40(%rsp),%xmm3
	paddusw 0x7ffffff0(%r8,%r9,2),%xmm10
# pmaxub (P66 0f de/X)
	pmaxub %xmm2,%xmm1
	pmaxub %xmm15,%xmm9
	pmaxub %xmm12,%xmm3
	pmaxub %xmm0,%xmm10
	pmaxub (%rax),%xmm1
	pmaxub 0x12345678(%rbx,%rcx,4),%xmm1
	pmaxub 0x100(%rip),%xmm1
	pmaxub -0x789abc(%r12,%r13,8),%xmm9
	pmaxub (%r13),%xmm9
	pmaxub 0x40(%rsp),%xmm3
	pmaxub 0x7ffffff0(%r8,%r9,2),%xmm10
# pandn (P66 0f df/X)
	pandn %xmm2,%xmm1
	pandn %xmm15,%xmm9
	pandn %xmm12,%xmm3
	pandn %xmm0,%xmm10
	pandn (%rax),%xmm1
	pandn 0x12345678(%rbx,%rcx,4),%xmm1
	pandn 0x100(%rip),%xmm1
	pandn -0x789abc(%r12,%r13,8),%xmm9
	pandn (%r13),%xmm9
	pandn 0x40(%rsp),%xmm3
	pandn 0x7ffffff0(%r8,%r9,2),%xmm10
# pavgb (P66 0f e0/X)
	pavgb %xmm2,%xmm1
	pavgb %xmm15,%xmm9
	pavgb %xmm12,%xmm3
	pavgb %xmm0,%xmm10
	pavgb (%rax),%xmm1
	pavgb 0x12345678(%rbx,%rcx,4),%xmm1
	pavgb 0x100(%rip),%xmm1
	pavgb -0x789abc(%r12,%r13,8),%xmm9
	pavgb (%r13),%xmm9
	pavgb 0x40(%rsp),%xmm3
	pavgb 0x7ffffff0(%r8,%r9,2),%xmm10
# psraw (P66 0f e1/X)
	psraw %xmm2,%xmm1
	psraw %xmm15,%xmm9
	psraw %xmm12,%xmm3
	psraw %xmm0,%xmm10
	psraw (%rax),%xmm1
	psraw 0x12345678(%rbx,%rcx,4),%xmm1
	psraw 0x100(%rip),%xmm1
	psraw -0x789abc(%r12,%r13,8),%xmm9
	psraw (%r13),%xmm9
	psraw 0x40(%rsp),%xmm3
	psraw 0x7ffffff0(%r8,%r9,2),%xmm10
# psrad (P66 0f e2/X)
	psrad %xmm2,%xmm1
	psrad %xmm15,%xmm9
	psrad %xmm12,%xmm3
	psrad %xmm0,%xmm10
	psrad (%rax),%xmm1
	psrad 0x12345678(%rbx,%rcx,4),%xmm1
	psrad 0x100(%rip),%xmm1
	psrad -0x789abc(%r12,%r13,8),%xmm9
	psrad (%r13),%xmm9
	psrad 0x40(%rsp),%xmm3
	psrad 0x7ffffff0(%r8,%r9,2),%xmm10
# pavgw (P66 0f e3/X)
	pavgw %xmm2,%xmm1
	pavgw %xmm15,%xmm9
	pavgw %xmm12,%xmm3
	pavgw %xmm0,%xmm10
	pavgw (%rax),%xmm1
	pavgw 0x12345678(%rbx,%rcx,4),%xmm1
	pavgw 0x100(%rip),%xmm1
	pavgw -0x789abc(%r12,%r13,8),%xmm9
	pavgw (%r13),%xmm9
	pavgw 0x40(%rsp),%xmm3
	pavgw 0x7ffffff0(%r8,%r9,2),%xmm10
# pmulhuw (P66 0f e4/X)
	pmulhuw %xmm2,%xmm1
	pmulhuw %xmm15,%xmm9
	pmulhuw %xmm12,%xmm3
	pmulhuw %xmm0,%xmm10
	pmulhuw (%rax),%xmm1
	pmulhuw 0x12345678(%rbx,%rcx,4),%xmm1
	pmulhuw 0x100(%rip),%xmm1
	pmulhuw -0x789abc(%r12,%r13,8),%xmm9
	pmulhuw (%r13),%xmm9
	pmulhuw 0x40(%rsp),%xmm3
	pmulhuw 0x7ffffff0(%r8,%r9,2),%xmm10
# pmulhw (P66 0f e5/X)
	pmulhw %xmm2,%xmm1
	pmulhw %xmm15,%xmm9
	pmulhw %xmm12,%xmm3
	pmulhw %xmm0,%xmm10
	pmulhw (%rax),%xmm1
	pmulhw 0x12345678(%rbx,%rcx,4),%xmm1
	pmulhw 0x100(%rip),%xmm1
	pmulhw -0x789abc(%r12,%r13,8),%xmm9
	pmulhw (%r13),%xmm9
	pmulhw 0x40(%rsp),%xmm3
	pmulhw 0x7ffffff0(%r8,%r9,2),%xmm10
# cvttpd2dq (P66 0f e6/X)
	cvttpd2dq %xmm2,%xmm1
	cvttpd2dq %xmm15,%xmm9
	cvttpd2dq %xmm12,%xmm3
	cvttpd2dq %xmm0,%xmm10
	cvttpd2dq (%rax),%xmm1
	cvttpd2dq 0x12345678(%rbx,%rcx,4),%xmm1
	cvttpd2dq 0x100(%rip),%xmm1
	cvttpd2dq -0x789abc(%r12,%r13,8),%xmm9
	cvttpd2dq (%r13),%xmm9
	cvttpd2dq 0x40(%rsp),%xmm3
	cvttpd2dq 0x7ffffff0(%r8,%r9,2),%xmm10
# cvtdq2pd (PF3 0f e6/X)
	cvtdq2pd %xmm2,%xmm1
	cvtdq2pd %xmm15,%xmm9
	cvtdq2pd %xmm12,%xmm3
	cvtdq2pd %xmm0,%xmm10
	cvtdq2pd (%rax),%xmm1
	cvtdq2pd 0x12345678(%rbx,%rcx,4),%xmm1
	cvtdq2pd 0x100(%rip),%xmm1
	cvtdq2pd -0x789abc(%r12,%r13,8),%xmm9
	cvtdq2pd (%r13),%xmm9
	cvtdq2pd 0x40(%rsp),%xmm3
	cvtdq2pd 0x7ffffff0(%r8,%r9,2),%xmm10
# cvtpd2dq (PF2 0f e6/X)
	cvtpd2dq %xmm2,%xmm1
	cvtpd2dq %xmm15,%xmm9
	cvtpd2dq %xmm12,%xmm3
	cvtpd2dq %xmm0,%xmm10
	cvtpd2dq (%rax),%xmm1
	cvtpd2dq 0x12345678(%rbx,%rcx,4),%xmm1
	cvtpd2dq 0x100(%rip),%xmm1
	cvtpd2dq -0x789abc(%r12,%r13,8),%xmm9
	cvtpd2dq (%r13),%xmm9
	cvtpd2dq 0x40(%rsp),%xmm3
	cvtpd2dq 0x7ffffff0(%r8,%r9,2),%xmm10
# movntdq (P66 0f e7/X)
	movntdq %xmm1,(%rax)
	movntdq %xmm1,0x12345678(%rbx,%rcx,4)
	movntdq %xmm1,0x100(%rip)
	movntdq %xmm9,-0x789abc(%r12,%r13,8)
	movntdq %xmm9,(%r13)
	movntdq %xmm3,0x40(%rsp)
	movntdq %xmm10,0x7ffffff0(%r8,%r9,2)
# psubsb (P66 0f e8/X)
	psubsb %xmm2,%xmm1
	psubsb %xmm15,%xmm9
	psubsb %xmm12,%xmm3
	psubsb %xmm0,%xmm10
	psubsb (%rax),%xmm1
	psubsb 0x12345678(%rbx,%rcx,4),%xmm1
	psubsb 0x100(%rip),%xmm1
	psubsb -0x789abc(%r12,%r13,8),%xmm9
	psubsb (%r13),%xmm9
	psubsb 0x40(%rsp),%xmm3
	psubsb 0x7ffffff0(%r8,%r9,2),%xmm10
# psubsw (P66 0f e9/X)
	psubsw %xmm2,%xmm1
	psubsw %xmm15,%xmm9
	psubsw %xmm12,%xmm3
	psubsw %xmm0,%xmm10
	psubsw (%rax),%xmm1
	psubsw 0x12345678(%rbx,%rcx,4),%xmm1
	psubsw 0x100(%rip),%xmm1
	psubsw -0x789abc(%r12,%r13,8),%xmm9
	psubsw (%r13),%xmm9
	psubsw 0x40(%rsp),%xmm3
	psubsw 0x7ffffff0(%r8,%r9,2),%xmm10
# pminsw (P66 0f ea/X)
	pminsw %xmm2,%xmm1
	pminsw %xmm15,%xmm9
	pminsw %xmm12,%xmm3
	pminsw %xmm0,%xmm10
	pminsw (%rax),%xmm1
	pminsw 0x12345678(%rbx,%rcx,4),%xmm1
	pminsw 0x100(%rip),%xmm1
	pminsw -0x789abc(%r12,%r13,8),%xmm9
	pminsw (%r13),%xmm9
	pminsw 0x40(%rsp),%xmm3
	pminsw 0x7ffffff0(%r8,%r9,2),%xmm10
# por (P66 0f eb/X)
	por %xmm2,%xmm1
	por %xmm15,%xmm9
	por %xmm12,%xmm3
	por %xmm0,%xmm10
	por (%rax),%xmm1
	por 0x12345678(%rbx,%rcx,4),%xmm1
	por 0x100(%rip),%xmm1
	por -0x789abc(%r12,%r13,8),%xmm9
	por (%r13),%xmm9
	por 0x40(%rsp),%xmm3
	por 0x7ffffff0(%r8,%r9,2),%xmm10
# paddsb (P66 0f ec/X)
	paddsb %xmm2,%xmm1
	paddsb %xmm15,%xmm9
	paddsb %xmm12,%xmm3
	paddsb %xmm0,%xmm10
	paddsb (%rax),%xmm1
	paddsb 0x12345678(%rbx,%rcx,4),%xmm1
	paddsb 0x100(%rip),%xmm1
	paddsb -0x789abc(%r12,%r13,8),%xmm9
	paddsb (%r13),%xmm9
	paddsb 0x40(%rsp),%xmm3
	paddsb 0x7ffffff0(%r8,%r9,2),%xmm10
# paddsw (P66 0f ed/X)
	paddsw %xmm2,%xmm1
	paddsw %xmm15,%xmm9
	paddsw %xmm12,%xmm3
	paddsw %xmm0,%xmm10
	paddsw (%rax),%xmm1
	paddsw 0x12345678(%rbx,%rcx,4),%xmm1
	paddsw 0x100(%rip),%xmm1
	paddsw -0x789abc(%r12,%r13,8),%xmm9
	paddsw (%r13),%xmm9
	paddsw 0x40(%rsp),%xmm3
	paddsw 0x7ffffff0(%r8,%r9,2),%xmm10
# pmaxsw (P66 0f ee/X)
	pmaxsw %xmm2,%xmm1
	pmaxsw %xmm15,%xmm9
	pmaxsw %xmm12,%xmm3
	pmaxsw %xmm0,%xmm10
	pmaxsw (%rax),%xmm1
	pmaxsw 0x12345678(%rbx,%rcx,4),%xmm1
	pmaxsw 0x100(%rip),%xmm1
	pmaxsw -0x789abc(%r12,%r13,8),%xmm9
	pmaxsw (%r13),%xmm9
	pmaxsw 0x40(%rsp),%xmm3
	pmaxsw 0x7ffffff0(%r8,%r9,2),%xmm10
# pxor (P66 0f ef/X)
	pxor %xmm2,%xmm1
	pxor %xmm15,%xmm9
	pxor %xmm12,%xmm3
	pxor %xmm0,%xmm10
	pxor (%rax),%xmm1
	pxor 0x12345678(%rbx,%rcx,4),%xmm1
	pxor 0x100(%rip),%xmm1
	pxor -0x789abc(%r12,%r13,8),%xmm9
	pxor (%r13),%xmm9
	pxor 0x40(%rsp),%xmm3
	pxor 0x7ffffff0(%r8,%r9,2),%xmm10
# lddqu (PF2 0f f0/X)
	lddqu (%rax),%xmm1
	lddqu 0x12345678(%rbx,%rcx,4),%xmm1
	lddqu 0x100(%rip),%xmm1
	lddqu -0x789abc(%r12,%r13,8),%xmm9
	lddqu (%r13),%xmm9
	lddqu 0x40(%rsp),%xmm3
	lddqu 0x7ffffff0(%r8,%r9,2),%xmm10
# psllw (P66 0f f1/X)
	psllw %xmm2,%xmm1
	psllw %xmm15,%xmm9
	psllw %xmm12,%xmm3
	psllw %xmm0,%xmm10
	psllw (%rax),%xmm1
	psllw 0x12345678(%rbx,%rcx,4),%xmm1
	psllw 0x100(%rip),%xmm1
	psllw -0x789abc(%r12,%r13,8),%xmm9
	psllw (%r13),%xmm9
	psllw 0x40(%rsp),%xmm3
	psllw 0x7ffffff0(%r8,%r9,2),%xmm10
# pslld (P66 0f f2/X)
	pslld %xmm2,%xmm1
	pslld %xmm15,%xmm9
	pslld %xmm12,%xmm3
	pslld %xmm0,%xmm10
	pslld (%rax),%xmm1
	pslld 0x12345678(%rbx,%rcx,4),%xmm1
	pslld 0x100(%rip),%xmm1
	pslld -0x789abc(%r12,%r13,8),%xmm9
	pslld (%r13),%xmm9
	pslld 0x40(%rsp),%xmm3
	pslld 0x7ffffff0(%r8,%r9,2),%xmm10
# psllq (P66 0f f3/X)
	psllq %xmm2,%xmm1
	psllq %xmm15,%xmm9
	psllq %xmm12,%xmm3
	psllq %xmm0,%xmm10
	psllq (%rax),%xmm1
	psllq 0x12345678(%rbx,%rcx,4),%xmm1
	psllq 0x100(%rip),%xmm1
	psllq -0x789abc(%r12,%r13,8),%xmm9
	psllq (%r13),%xmm9
	psllq 0x40(%rsp),%xmm3
	psllq 0x7ffffff0(%r8,%r9,2),%xmm10
# pmuludq (P66 0f f4/X)
	pmuludq %xmm2,%xmm1
	pmuludq %xmm15,%xmm9
	pmuludq %xmm12,%xmm3
	pmuludq %xmm0,%xmm10
	pmuludq (%rax),%xmm1
	pmuludq 0x12345678(%rbx,%rcx,4),%xmm1
	pmuludq 0x100(%rip),%xmm1
	pmuludq -0x789abc(%r12,%r13,8),%xmm9
	pmuludq (%r13),%xmm9
	pmuludq 0x40(%rsp),%xmm3
	pmuludq 0x7ffffff0(%r8,%r9,2),%xmm10
# pmaddwd (P66 0f f5/X)
	pmaddwd %xmm2,%xmm1
	pmaddwd %xmm15,%xmm9
	pmaddwd %xmm12,%xmm3
	pmaddwd %xmm0,%xmm10
	pmaddwd (%rax),%xmm1
	pmaddwd 0x12345678(%rbx,%rcx,4),%xmm1
	pmaddwd 0x100(%rip),%xmm1
	pmaddwd -0x789abc(%r12,%r13,8),%xmm9
	pmaddwd (%r13),%xmm9
	pmaddwd 0x40(%rsp),%xmm3
	pmaddwd 0x7ffffff0(%r8,%r9,2),%xmm10
# psadbw (P66 0f f6/X)
	psadbw %xmm2,%xmm1
	psadbw %xmm15,%xmm9
	psadbw %xmm12,%xmm3
	psadbw %xmm0,%xmm10
	psadbw (%rax),%xmm1
	psadbw 0x12345678(%rbx,%rcx,4),%xmm1
	psadbw 0x100(%rip),%xmm1
	psadbw -0x789abc(%r12,%r13,8),%xmm9
	psadbw (%r13),%xmm9
	psadbw 0x40(%rsp),%xmm3
	psadbw 0x7ffffff0(%r8,%r9,2),%xmm10
# maskmovdqu (P66 0f f7/X)
	maskmovdqu %xmm2,%xmm1
	maskmovdqu %xmm15,%xmm9
	maskmovdqu %xmm12,%xmm3
	maskmovdqu %xmm0,%xmm10
# psubb (P66 0f f8/X)
	psubb %xmm2,%xmm1
	psubb %xmm15,%xmm9
	psubb %xmm12,%xmm3
	psubb %xmm0,%xmm10
	psubb (%rax),%xmm1
	psubb 0x12345678(%rbx,%rcx,4),%xmm1
	psubb 0x100(%rip),%xmm1
	psubb -0x789abc(%r12,%r13,8),%xmm9
	psubb (%r13),%xmm9
	psubb 0x40(%rsp),%xmm3
	psubb 0x7ffffff0(%r8,%r9,2),%xmm10
# psubw (P66 0f f9/X)
	psubw %xmm2,%xmm1
	psubw %xmm15,%xmm9
	psubw %xmm12,%xmm3
	psubw %xmm0,%xmm10
	psubw (%rax),%xmm1
	psubw 0x12345678(%rbx,%rcx,4),%xmm1
	psubw 0x100(%rip),%xmm1
	psubw -0x789abc(%r12,%r13,8),%xmm9
	psubw (%r13),%xmm9
	psubw 0x40(%rsp),%xmm3
	psubw 0x7ffffff0(%r8,%r9,2),%xmm10
# psubd (P66 0f fa/X)
	psubd %xmm2,%xmm1
	psubd %xmm15,%xmm9
	psubd %xmm12,%xmm3
	psubd %xmm0,%xmm10
	psubd (%rax),%xmm1
	psubd 0x12345678(%rbx,%rcx,4),%xmm1
	psubd 0x100(%rip),%xmm1
	psubd -0x789abc(%r12,%r13,8),%xmm9
	psubd (%r13),%xmm9
	psubd 0x40(%rsp),%xmm3
	psubd 0x7ffffff0(%r8,%r9,2),%xmm10
# psubq (P66 0f fb/X)
	psubq %xmm2,%xmm1
	psubq %xmm15,%xmm9
	psubq %xmm12,%xmm3
	psubq %xmm0,%xmm10
	psubq (%rax),%xmm1
	psubq 0x12345678(%rbx,%rcx,4),%xmm1
	psubq 0x100(%rip),%xmm1
	psubq -0x789abc(%r12,%r13,8),%xmm9
	psubq (%r13),%xmm9
	psubq 0x40(%rsp),%xmm3
	psubq 0x7ffffff0(%r8,%r9,2),%xmm10
# paddb (P66 0f fc/X)
	paddb %xmm2,%xmm1
	paddb %xmm15,%xmm9
	paddb %xmm12,%xmm3
	paddb %xmm0,%xmm10
	paddb (%rax),%xmm1
	paddb 0x12345678(%rbx,%rcx,4),%xmm1
	paddb 0x100(%rip),%xmm1
	paddb -0x789abc(%r12,%r13,8),%xmm9
	paddb (%r13),%xmm9
	paddb 0x40(%rsp),%xmm3
	paddb 0x7ffffff0(%r8,%r9,2),%xmm10
# paddw (P66 0f fd/X)
	paddw %xmm2,%xmm1
	paddw %xmm15,%xmm9
	paddw %xmm12,%xmm3
	paddw %xmm0,%xmm10
	paddw (%rax),%xmm1
	paddw 0x12345678(%rbx,%rcx,4),%xmm1
	paddw 0x100(%rip),%xmm1
	paddw -0x789abc(%r12,%r13,8),%xmm9
	paddw (%r13),%xmm9
	paddw 0x40(%rsp),%xmm3
	paddw 0x7ffffff0(%r8,%r9,2),%xmm10
# paddd (P66 0f fe/X)
	paddd %xmm2,%xmm1
	paddd %xmm15,%xmm9
	paddd %xmm12,%xmm3
	paddd %xmm0,%xmm10
	paddd (%rax),%xmm1
	paddd 0x12345678(%rbx,%rcx,4),%xmm1
	paddd 0x100(%rip),%xmm1
	paddd -0x789abc(%r12,%r13,8),%xmm9
	paddd (%r13),%xmm9
	paddd 0x40(%rsp),%xmm3
	paddd 0x7ffffff0(%r8,%r9,2),%xmm10
# pause (PF3 90/X)
	pause
# pshufb (P66 0f38 00/X)
	pshufb %xmm2,%xmm1
	pshufb %xmm15,%xmm9
	pshufb %xmm12,%xmm3
	pshufb %xmm0,%xmm10
	pshufb (%rax),%xmm1
	pshufb 0x12345678(%rbx,%rcx,4),%xmm1
	pshufb 0x100(%rip),%xmm1
	pshufb -0x789abc(%r12,%r13,8),%xmm9
	pshufb (%r13),%xmm9
	pshufb 0x40(%rsp),%xmm3
	pshufb 0x7ffffff0(%r8,%r9,2),%xmm10
# phaddw (P66 0f38 01/X)
	phaddw %xmm2,%xmm1
	phaddw %xmm15,%xmm9
	phaddw %xmm12,%xmm3
	phaddw %xmm0,%xmm10
	phaddw (%rax),%xmm1
	phaddw 0x12345678(%rbx,%rcx,4),%xmm1
	phaddw 0x100(%rip),%xmm1
	phaddw -0x789abc(%r12,%r13,8),%xmm9
	phaddw (%r13),%xmm9
	phaddw 0x40(%rsp),%xmm3
	phaddw 0x7ffffff0(%r8,%r9,2),%xmm10
# phaddd (P66 0f38 02/X)
	phaddd %xmm2,%xmm1
	phaddd %xmm15,%xmm9
	phaddd %xmm12,%xmm3
	phaddd %xmm0,%xmm10
	phaddd (%rax),%xmm1
	phaddd 0x12345678(%rbx,%rcx,4),%xmm1
	phaddd 0x100(%rip),%xmm1
	phaddd -0x789abc(%r12,%r13,8),%xmm9
	phaddd (%r13),%xmm9
	phaddd 0x40(%rsp),%xmm3
	phaddd 0x7ffffff0(%r8,%r9,2),%xmm10
# phaddsw (P66 0f38 03/X)
	phaddsw %xmm2,%xmm1
	phaddsw %xmm15,%xmm9
	phaddsw %xmm12,%xmm3
	phaddsw %xmm0,%xmm10
	phaddsw (%rax),%xmm1
	phaddsw 0x12345678(%rbx,%rcx,4),%xmm1
	phaddsw 0x100(%rip),%xmm1
	phaddsw -0x789abc(%r12,%r13,8),%xmm9
	phaddsw (%r13),%xmm9
	phaddsw 0x40(%rsp),%xmm3
	phaddsw 0x7ffffff0(%r8,%r9,2),%xmm10
# pmaddubsw (P66 0f38 04/X)
	pmaddubsw %xmm2,%xmm1
	pmaddubsw %xmm15,%xmm9
	pmaddubsw %xmm12,%xmm3
	pmaddubsw %xmm0,%xmm10
	pmaddubsw (%rax),%xmm1
	pmaddubsw 0x12345678(%rbx,%rcx,4),%xmm1
	pmaddubsw 0x100(%rip),%xmm1
	pmaddubsw -0x789abc(%r12,%r13,8),%xmm9
	pmaddubsw (%r13),%xmm9
	pmaddubsw 0x40(%rsp),%xmm3
	pmaddubsw 0x7ffffff0(%r8,%r9,2),%xmm10
# phsubw (P66 0f38 05/X)
	phsubw %xmm2,%xmm1
	phsubw %xmm15,%xmm9
	phsubw %xmm12,%xmm3
	phsubw %xmm0,%xmm10
	phsubw (%rax),%xmm1
	phsubw 0x12345678(%rbx,%rcx,4),%xmm1
	phsubw 0x100(%rip),%xmm1
	phsubw -0x789abc(%r12,%r13,8),%xmm9
	phsubw (%r13),%xmm9
	phsubw 0x40(%rsp),%xmm3
	phsubw 0x7ffffff0(%r8,%r9,2),%xmm10
# phsubd (P66 0f38 06/X)
	phsubd %xmm2,%xmm1
	phsubd %xmm15,%xmm9
	phsubd %xmm12,%xmm3
	phsubd %xmm0,%xmm10
	phsubd (%rax),%xmm1
	phsubd 0x12345678(%rbx,%rcx,4),%xmm1
	phsubd 0x100(%rip),%xmm1
	phsubd -0x789abc(%r12,%r13,8),%xmm9
	phsubd (%r13),%xmm9
	phsubd 0x40(%rsp),%xmm3
	phsubd 0x7ffffff0(%r8,%r9,2),%xmm10
# phsubsw (P66 0f38 07/X)
	phsubsw %xmm2,%xmm1
	phsubsw %xmm15,%xmm9
	phsubsw %xmm12,%xmm3
	phsubsw %xmm0,%xmm10
	phsubsw (%rax),%xmm1
	phsubsw 0x12345678(%rbx,%rcx,4),%xmm1
	phsubsw 0x100(%rip),%xmm1
	phsubsw -0x789abc(%r12,%r13,8),%xmm9
	phsubsw (%r13),%xmm9
	phsubsw 0x40(%rsp),%xmm3
	phsubsw 0x7ffffff0(%r8,%r9,2),%xmm10
# psignb (P66 0f38 08/X)
	psignb %xmm2,%xmm1
	psignb %xmm15,%xmm9
	psignb %xmm12,%xmm3
	psignb %xmm0,%xmm10
	psignb (%rax),%xmm1
	psignb 0x12345678(%rbx,%rcx,4),%xmm1
	psignb 0x100(%rip),%xmm1
	psignb -0x789abc(%r12,%r13,8),%xmm9
	psignb (%r13),%xmm9
	psignb 0x40(%rsp),%xmm3
	psignb 0x7ffffff0(%r8,%r9,2),%xmm10
# psignw (P66 0f38 09/X)
	psignw %xmm2,%xmm1
	psignw %xmm15,%xmm9
	psignw %xmm12,%xmm3
	psignw %xmm0,%xmm10
	psignw (%rax),%xmm1
	psignw 0x12345678(%rbx,%rcx,4),%xmm1
	psignw 0x100(%rip),%xmm1
	psignw -0x789abc(%r12,%r13,8),%xmm9
	psignw (%r13),%xmm9
	psignw 0x40(%rsp),%xmm3
	psignw 0x7ffffff0(%r8,%r9,2),%xmm10
# psignd (P66 0f38 0a/X)
	psignd %xmm2,%xmm1
	psignd %xmm15,%xmm9
	psignd %xmm12,%xmm3
	psignd %xmm0,%xmm10
	psignd (%rax),%xmm1
	psignd 0x12345678(%rbx,%rcx,4),%xmm1
	psignd 0x100(%rip),%xmm1
	psignd -0x789abc(%r12,%r13,8),%xmm9
	psignd (%r13),%xmm9
	psignd 0x40(%rsp),%xmm3
	psignd 0x7ffffff0(%r8,%r9,2),%xmm10
# pmulhrsw (P66 0f38 0b/X)
	pmulhrsw %xmm2,%xmm1
	pmulhrsw %xmm15,%xmm9
	pmulhrsw %xmm12,%xmm3
	pmulhrsw %xmm0,%xmm10
	pmulhrsw (%rax),%xmm1
	pmulhrsw 0x12345678(%rbx,%rcx,4),%xmm1
	pmulhrsw 0x100(%rip),%xmm1
	pmulhrsw -0x789abc(%r12,%r13,8),%xmm9
	pmulhrsw (%r13),%xmm9
	pmulhrsw 0x40(%rsp),%xmm3
	pmulhrsw 0x7ffffff0(%r8,%r9,2),%xmm10
# pabsb (P66 0f38 1c/X)
	pabsb %xmm2,%xmm1
	pabsb %xmm15,%xmm9
	pabsb %xmm12,%xmm3
	pabsb %xmm0,%xmm10
	pabsb (%rax),%xmm1
	pabsb 0x12345678(%rbx,%rcx,4),%xmm1
	pabsb 0x100(%rip),%xmm1
	pabsb -0x789abc(%r12,%r13,8),%xmm9
	pabsb (%r13),%xmm9
	pabsb 0x40(%rsp),%xmm3
	pabsb 0x7ffffff0(%r8,%r9,2),%xmm10
# pabsw (P66 0f38 1d/X)
	pabsw %xmm2,%xmm1
	pabsw %xmm15,%xmm9
	pabsw %xmm12,%xmm3
	pabsw %xmm0,%xmm10
	pabsw (%rax),%xmm1
	pabsw 0x12345678(%rbx,%rcx,4),%xmm1
	pabsw 0x100(%rip),%xmm1
	pabsw -0x789abc(%r12,%r13,8),%xmm9
	pabsw (%r13),%xmm9
	pabsw 0x40(%rsp),%xmm3
	pabsw 0x7ffffff0(%r8,%r9,2),%xmm10
# pabsd (P66 0f38 1e/X)
	pabsd %xmm2,%xmm1
	pabsd %xmm15,%xmm9
	pabsd %xmm12,%xmm3
	pabsd %xmm0,%xmm10
	pabsd (%rax),%xmm1
	pabsd 0x12345678(%rbx,%rcx,4),%xmm1
	pabsd 0x100(%rip),%xmm1
	pabsd -0x789abc(%r12,%r13,8),%xmm9
	pabsd (%r13),%xmm9
	pabsd 0x40(%rsp),%xmm3
	pabsd 0x7ffffff0(%r8,%r9,2),%xmm10
# pblendvb (P66 0f38 10/X)
	pblendvb %xmm2,%xmm1
	pblendvb %xmm15,%xmm9
	pblendvb %xmm12,%xmm3
	pblendvb %xmm0,%xmm10
	pblendvb (%rax),%xmm1
	pblendvb 0x12345678(%rbx,%rcx,4),%xmm1
	pblendvb 0x100(%rip),%xmm1
	pblendvb -0x789abc(%r12,%r13,8),%xmm9
	pblendvb (%r13),%xmm9
	pblendvb 0x40(%rsp),%xmm3
	pblendvb 0x7ffffff0(%r8,%r9,2),%xmm10
# blendvps (P66 0f38 14/X)
	blendvps %xmm2,%xmm1
	blendvps %xmm15,%xmm9
	blendvps %xmm12,%xmm3
	blendvps %xmm0,%xmm10
	blendvps (%rax),%xmm1
	blendvps 0x12345678(%rbx,%rcx,4),%xmm1
	blendvps 0x100(%rip),%xmm1
	blendvps -0x789abc(%r12,%r13,8),%xmm9
	blendvps (%r13),%xmm9
	blendvps 0x40(%rsp),%xmm3
	blendvps 0x7ffffff0(%r8,%r9,2),%xmm10
# blendvpd (P66 0f38 15/X)
	blendvpd %xmm2,%xmm1
	blendvpd %xmm15,%xmm9
	blendvpd %xmm12,%xmm3
	blendvpd %xmm0,%xmm10
	blendvpd (%rax),%xmm1
	blendvpd 0x12345678(%rbx,%rcx,4),%xmm1
	blendvpd 0x100(%rip),%xmm1
	blendvpd -0x789abc(%r12,%r13,8),%xmm9
	blendvpd (%r13),%xmm9
	blendvpd 0x40(%rsp),%xmm3
	blendvpd 0x7ffffff0(%r8,%r9,2),%xmm10
# ptest (P66 0f38 17/X)
	ptest %xmm2,%xmm1
	ptest %xmm15,%xmm9
	ptest %xmm12,%xmm3
	ptest %xmm0,%xmm10
	ptest (%rax),%xmm1
	ptest 0x12345678(%rbx,%rcx,4),%xmm1
	ptest 0x100(%rip),%xmm1
	ptest -0x789abc(%r12,%r13,8),%xmm9
	ptest (%r13),%xmm9
	ptest 0x40(%rsp),%xmm3
	ptest 0x7ffffff0(%r8,%r9,2),%xmm10
# pmovsxbw (P66 0f38 20/X)
	pmovsxbw %xmm2,%xmm1
	pmovsxbw %xmm15,%xmm9
	pmovsxbw %xmm12,%xmm3
	pmovsxbw %xmm0,%xmm10
	pmovsxbw (%rax),%xmm1
	pmovsxbw 0x12345678(%rbx,%rcx,4),%xmm1
	pmovsxbw 0x100(%rip),%xmm1
	pmovsxbw -0x789abc(%r12,%r13,8),%xmm9
	pmovsxbw (%r13),%xmm9
	pmovsxbw 0x40(%rsp),%xmm3
	pmovsxbw 0x7ffffff0(%r8,%r9,2),%xmm10
# pmovsxbd (P66 0f38 21/X)
	pmovsxbd %xmm2,%xmm1
	pmovsxbd %xmm15,%xmm9
	pmovsxbd %xmm12,%xmm3
	pmovsxbd %xmm0,%xmm10
	pmovsxbd (%rax),%xmm1
	pmovsxbd 0x12345678(%rbx,%rcx,4),%xmm1
	pmovsxbd 0x100(%rip),%xmm1
	pmovsxbd -0x789abc(%r12,%r13,8),%xmm9
	pmovsxbd (%r13),%xmm9
	pmovsxbd 0x40(%rsp),%xmm3
	pmovsxbd 0x7ffffff0(%r8,%r9,2),%xmm10
# pmovsxbq (P66 0f38 22/X)
	pmovsxbq %xmm2,%xmm1
	pmovsxbq %xmm15,%xmm9
	pmovsxbq %xmm12,%xmm3
	pmovsxbq %xmm0,%xmm10
	pmovsxbq (%rax),%xmm1
	pmovsxbq 0x12345678(%rbx,%rcx,4),%xmm1
	pmovsxbq 0x100(%rip),%xmm1
	pmovsxbq -0x789abc(%r12,%r13,8),%xmm9
	pmovsxbq (%r13),%xmm9
	pmovsxbq 0x40(%rsp),%xmm3
	pmovsxbq 0x7ffffff0(%r8,%r9,2),%xmm10
# pmovsxwd (P66 0f38 23/X)
	pmovsxwd %xmm2,%xmm1
	pmovsxwd %xmm15,%xmm9
	pmovsxwd %xmm12,%xmm3
	pmovsxwd %xmm0,%xmm10
	pmovsxwd (%rax),%xmm1
	pmovsxwd 0x12345678(%rbx,%rcx,4),%xmm1
	pmovsxwd 0x100(%rip),%xmm1
	pmovsxwd -0x789abc(%r12,%r13,8),%xmm9
	pmovsxwd (%r13),%xmm9
	pmovsxwd 0x40(%rsp),%xmm3
	pmovsxwd 0x7ffffff0(%r8,%r9,2),%xmm10
# pmovsxwq (P66 0f38 24/X)
	pmovsxwq %xmm2,%xmm1
	pmovsxwq %xmm15,%xmm9
	pmovsxwq %xmm12,%xmm3
	pmovsxwq %xmm0,%xmm10
	pmovsxwq (%rax),%xmm1
	pmovsxwq 0x12345678(%rbx,%rcx,4),%xmm1
	pmovsxwq 0x100(%rip),%xmm1
	pmovsxwq -0x789abc(%r12,%r13,8),%xmm9
	pmovsxwq (%r13),%xmm9
	pmovsxwq 0x40(%rsp),%xmm3
	pmovsxwq 0x7ffffff0(%r8,%r9,2),%xmm10
# pmovsxdq (P66 0f38 25/X)
	pmovsxdq %xmm2,%xmm1
	pmovsxdq %xmm15,%xmm9
	pmovsxdq %xmm12,%xmm3
	pmovsxdq %xmm0,%xmm10
	pmovsxdq (%rax),%xmm1
	pmovsxdq 0x12345678(%rbx,%rcx,4),%xmm1
	pmovsxdq 0x100(%rip),%xmm1
	pmovsxdq -0x789abc(%r12,%r13,8),%xmm9
	pmovsxdq (%r13),%xmm9
	pmovsxdq 0x40(%rsp),%xmm3
	pmovsxdq 0x7ffffff0(%r8,%r9,2),%xmm10
# pmuldq (P66 0f38 28/X)
	pmuldq %xmm2,%xmm1
	pmuldq %xmm15,%xmm9
	pmuldq %xmm12,%xmm3
	pmuldq %xmm0,%xmm10
	pmuldq (%rax),%xmm1
	pmuldq 0x12345678(%rbx,%rcx,4),%xmm1
	pmuldq 0x100(%rip),%xmm1
	pmuldq -0x789abc(%r12,%r13,8),%xmm9
	pmuldq (%r13),%xmm9
	pmuldq 0x40(%rsp),%xmm3
	pmuldq 0x7ffffff0(%r8,%r9,2),%xmm10
# pcmpeqq (P66 0f38 29/X)
	pcmpeqq %xmm2,%xmm1
	pcmpeqq %xmm15,%xmm9
	pcmpeqq %xmm12,%xmm3
	pcmpeqq %xmm0,%xmm10
	pcmpeqq (%rax),%xmm1
	pcmpeqq 0x12345678(%rbx,%rcx,4),%xmm1
	pcmpeqq 0x100(%rip),%xmm1
	pcmpeqq -0x789abc(%r12,%r13,8),%xmm9
	pcmpeqq (%r13),%xmm9
	pcmpeqq 0x40(%rsp),%xmm3
	pcmpeqq 0x7ffffff0(%r8,%r9,2),%xmm10
# movntdqa (P66 0f38 2a/X)
	movntdqa (%rax),%xmm1
	movntdqa 0x12345678(%rbx,%rcx,4),%xmm1
	movntdqa 0x100(%rip),%xmm1
	movntdqa -0x789abc(%r12,%r13,8),%xmm9
	movntdqa (%r13),%xmm9
	movntdqa 0x40(%rsp),%xmm3
	movntdqa 0x7ffffff0(%r8,%r9,2),%xmm10
# packusdw (P66 0f38 2b/X)
	packusdw %xmm2,%xmm1
	packusdw %xmm15,%xmm9
	packusdw %xmm12,%xmm3
	packusdw %xmm0,%xmm10
	packusdw (%rax),%xmm1
	packusdw 0x12345678(%rbx,%rcx,4),%xmm1
	packusdw 0x100(%rip),%xmm1
	packusdw -0x789abc(%r12,%r13,8),%xmm9
	packusdw (%r13),%xmm9
	packusdw 0x40(%rsp),%xmm3
	packusdw 0x7ffffff0(%r8,%r9,2),%xmm10
# pmovzxbw (P66 0f38 30/X)
	pmovzxbw %xmm2,%xmm1
	pmovzxbw %xmm15,%xmm9
	pmovzxbw %xmm12,%xmm3
	pmovzxbw %xmm0,%xmm10
	pmovzxbw (%rax),%xmm1
	pmovzxbw 0x12345678(%rbx,%rcx,4),%xmm1
	pmovzxbw 0x100(%rip),%xmm1
	pmovzxbw -0x789abc(%r12,%r13,8),%xmm9
	pmovzxbw (%r13),%xmm9
	pmovzxbw 0x40(%rsp),%xmm3
	pmovzxbw 0x7ffffff0(%r8,%r9,2),%xmm10
# pmovzxbd (P66 0f38 31/X)
	pmovzxbd %xmm2,%xmm1
	pmovzxbd %xmm15,%xmm9
	pmovzxbd %xmm12,%xmm3
	pmovzxbd %xmm0,%xmm10
	pmovzxbd (%rax),%xmm1
	pmovzxbd 0x12345678(%rbx,%rcx,4),%xmm1
	pmovzxbd 0x100(%rip),%xmm1
	pmovzxbd -0x789abc(%r12,%r13,8),%xmm9
	pmovzxbd (%r13),%xmm9
	pmovzxbd 0x40(%rsp),%xmm3
	pmovzxbd 0x7ffffff0(%r8,%r9,2),%xmm10
# pmovzxbq (P66 0f38 32/X)
	pmovzxbq %xmm2,%xmm1
	pmovzxbq %xmm15,%xmm9
	pmovzxbq %xmm12,%xmm3
	pmovzxbq %xmm0,%xmm10
	pmovzxbq (%rax),%xmm1
	pmovzxbq 0x12345678(%rbx,%rcx,4),%xmm1
	pmovzxbq 0x100(%rip),%xmm1
	pmovzxbq -0x789abc(%r12,%r13,8),%xmm9
	pmovzxbq (%r13),%xmm9
	pmovzxbq 0x40(%rsp),%xmm3
	pmovzxbq 0x7ffffff0(%r8,%r9,2),%xmm10
# pmovzxwd (P66 0f38 33/X)
	pmovzxwd %xmm2,%xmm1
	pmovzxwd %xmm15,%xmm9
	pmovzxwd %xmm12,%xmm3
	pmovzxwd %xmm0,%xmm10
	pmovzxwd (%rax),%xmm1
	pmovzxwd 0x12345678(%rbx,%rcx,4),%xmm1
	pmovzxwd 0x100(%rip),%xmm1
	pmovzxwd -0x789abc(%r12,%r13,8),%xmm9
	pmovzxwd (%r13),%xmm9
	pmovzxwd 0x40(%rsp),%xmm3
	pmovzxwd 0x7ffffff0(%r8,%r9,2),%xmm10
# pmovzxwq (P66 0f38 34/X)
	pmovzxwq %xmm2,%xmm1
	pmovzxwq %xmm15,%xmm9
	pmovzxwq %xmm12,%xmm3
	pmovzxwq %xmm0,%xmm10
	pmovzxwq (%rax),%xmm1
	pmovzxwq 0x12345678(%rbx,%rcx,4),%xmm1
	pmovzxwq 0x100(%rip),%xmm1
	pmovzxwq -0x789abc(%r12,%r13,8),%xmm9
	pmovzxwq (%r13),%xmm9
	pmovzxwq 0x40(%rsp),%xmm3
	pmovzxwq 0x7ffffff0(%r8,%r9,2),%xmm10
# pmovzxdq (P66 0f38 35/X)
	pmovzxdq %xmm2,%xmm1
	pmovzxdq %xmm15,%xmm9
	pmovzxdq %xmm12,%xmm3
	pmovzxdq %xmm0,%xmm10
	pmovzxdq (%rax),%xmm1
	pmovzxdq 0x12345678(%rbx,%rcx,4),%xmm1
	pmovzxdq 0x100(%rip),%xmm1
	pmovzxdq -0x789abc(%r12,%r13,8),%xmm9
	pmovzxdq (%r13),%xmm9
	pmovzxdq 0x40(%rsp),%xmm3
	pmovzxdq 0x7ffffff0(%r8,%r9,2),%xmm10
# pcmpgtq (P66 0f38 37/X)
	pcmpgtq %xmm2,%xmm1
	pcmpgtq %xmm15,%xmm9
	pcmpgtq %xmm12,%xmm3
	pcmpgtq %xmm0,%xmm10
	pcmpgtq (%rax),%xmm1
	pcmpgtq 0x12345678(%rbx,%rcx,4),%xmm1
	pcmpgtq 0x100(%rip),%xmm1
	pcmpgtq -0x789abc(%r12,%r13,8),%xmm9
	pcmpgtq (%r13),%xmm9
	pcmpgtq 0x40(%rsp),%xmm3
	pcmpgtq 0x7ffffff0(%r8,%r9,2),%xmm10
# pminsb (P66 0f38 38/X)
	pminsb %xmm2,%xmm1
	pminsb %xmm15,%xmm9
	pminsb %xmm12,%xmm3
	pminsb %xmm0,%xmm10
	pminsb (%rax),%xmm1
	pminsb 0x12345678(%rbx,%rcx,4),%xmm1
	pminsb 0x100(%rip),%xmm1
	pminsb -0x789abc(%r12,%r13,8),%xmm9
	pminsb (%r13),%xmm9
	pminsb 0x40(%rsp),%xmm3
	pminsb 0x7ffffff0(%r8,%r9,2),%xmm10
# pminsd (P66 0f38 39/X)
	pminsd %xmm2,%xmm1
	pminsd %xmm15,%xmm9
	pminsd %xmm12,%xmm3
	pminsd %xmm0,%xmm10
	pminsd (%rax),%xmm1
	pminsd 0x12345678(%rbx,%rcx,4),%xmm1
	pminsd 0x100(%rip),%xmm1
	pminsd -0x789abc(%r12,%r13,8),%xmm9
	pminsd (%r13),%xmm9
	pminsd 0x40(%rsp),%xmm3
	pminsd 0x7ffffff0(%r8,%r9,2),%xmm10
# pminuw (P66 0f38 3a/X)
	pminuw %xmm2,%xmm1
	pminuw %xmm15,%xmm9
	pminuw %xmm12,%xmm3
	pminuw %xmm0,%xmm10
	pminuw (%rax),%xmm1
	pminuw 0x12345678(%rbx,%rcx,4),%xmm1
	pminuw 0x100(%rip),%xmm1
	pminuw -0x789abc(%r12,%r13,8),%xmm9
	pminuw (%r13),%xmm9
	pminuw 0x40(%rsp),%xmm3
	pminuw 0x7ffffff0(%r8,%r9,2),%xmm10
# pminud (P66 0f38 3b/X)
	pminud %xmm2,%xmm1
	pminud %xmm15,%xmm9
	pminud %xmm12,%xmm3
	pminud %xmm0,%xmm10
	pminud (%rax),%xmm1
	pminud 0x12345678(%rbx,%rcx,4),%xmm1
	pminud 0x100(%rip),%xmm1
	pminud -0x789abc(%r12,%r13,8),%xmm9
	pminud (%r13),%xmm9
	pminud 0x40(%rsp),%xmm3
	pminud 0x7ffffff0(%r8,%r9,2),%xmm10
# pmaxsb (P66 0f38 3c/X)
	pmaxsb %xmm2,%xmm1
	pmaxsb %xmm15,%xmm9
	pmaxsb %xmm12,%xmm3
	pmaxsb %xmm0,%xmm10
	pmaxsb (%rax),%xmm1
	pmaxsb 0x12345678(%rbx,%rcx,4),%xmm1
	pmaxsb 0x100(%rip),%xmm1
	pmaxsb -0x789abc(%r12,%r13,8),%xmm9
	pmaxsb (%r13),%xmm9
	pmaxsb 0x40(%rsp),%xmm3
	pmaxsb 0x7ffffff0(%r8,%r9,2),%xmm10
# pmaxsd (P66 0f38 3d/X)
	pmaxsd %xmm2,%xmm1
	pmaxsd %xmm15,%xmm9
	pmaxsd %xmm12,%xmm3
	pmaxsd %xmm0,%xmm10
	pmaxsd (%rax),%xmm1
	pmaxsd 0x12345678(%rbx,%rcx,4),%xmm1
	pmaxsd 0x100(%rip),%xmm1
	pmaxsd -0x789abc(%r12,%r13,8),%xmm9
	pmaxsd (%r13),%xmm9
	pmaxsd 0x40(%rsp),%xmm3
	pmaxsd 0x7ffffff0(%r8,%r9,2),%xmm10
# pmaxuw (P66 0f38 3e/X)
	pmaxuw %xmm2,%xmm1
	pmaxuw %xmm15,%xmm9
	pmaxuw %xmm12,%xmm3
	pmaxuw %xmm0,%xmm10
	pmaxuw (%rax),%xmm1
	pmaxuw 0x12345678(%rbx,%rcx,4),%xmm1
	pmaxuw 0x100(%rip),%xmm1
	pmaxuw -0x789abc(%r12,%r13,8),%xmm9
	pmaxuw (%r13),%xmm9
	pmaxuw 0x40(%rsp),%xmm3
	pmaxuw 0x7ffffff0(%r8,%r9,2),%xmm10
# pmaxud (P66 0f38 3f/X)
	pmaxud %xmm2,%xmm1
	pmaxud %xmm15,%xmm9
	pmaxud %xmm12,%xmm3
	pmaxud %xmm0,%xmm10
	pmaxud (%rax),%xmm1
	pmaxud 0x12345678(%rbx,%rcx,4),%xmm1
	pmaxud 0x100(%rip),%xmm1
	pmaxud -0x789abc(%r12,%r13,8),%xmm9
	pmaxud (%r13),%xmm9
	pmaxud 0x40(%rsp),%xmm3
	pmaxud 0x7ffffff0(%r8,%r9,2),%xmm10
# pmulld (P66 0f38 40/X)
	pmulld %xmm2,%xmm1
	pmulld %xmm15,%xmm9
	pmulld %xmm12,%xmm3
	pmulld %xmm0,%xmm10
	pmulld (%rax),%xmm1
	pmulld 0x12345678(%rbx,%rcx,4),%xmm1
	pmulld 0x100(%rip),%xmm1
	pmulld -0x789abc(%r12,%r13,8),%xmm9
	pmulld (%r13),%xmm9
	pmulld 0x40(%rsp),%xmm3
	pmulld 0x7ffffff0(%r8,%r9,2),%xmm10
# phminposuw (P66 0f38 41/X)
	phminposuw %xmm2,%xmm1
	phminposuw %xmm15,%xmm9
	phminposuw %xmm12,%xmm3
	phminposuw %xmm0,%xmm10
	phminposuw (%rax),%xmm1
	phminposuw 0x12345678(%rbx,%rcx,4),%xmm1
	phminposuw 0x100(%rip),%xmm1
	phminposuw -0x789abc(%r12,%r13,8),%xmm9
	phminposuw (%r13),%xmm9
	phminposuw 0x40(%rsp),%xmm3
	phminposuw 0x7ffffff0(%r8,%r9,2),%xmm10
# sha1nexte (NP 0f38 c8/X)
	sha1nexte %xmm2,%xmm1
	sha1nexte %xmm15,%xmm9
	sha1nexte %xmm12,%xmm3
	sha1nexte %xmm0,%xmm10
	sha1nexte (%rax),%xmm1
	sha1nexte 0x12345678(%rbx,%rcx,4),%xmm1
	sha1nexte 0x100(%rip),%xmm1
	sha1nexte -0x789abc(%r12,%r13,8),%xmm9
	sha1nexte (%r13),%xmm9
	sha1nexte 0x40(%rsp),%xmm3
	sha1nexte 0x7ffffff0(%r8,%r9,2),%xmm10
# sha1msg1 (NP 0f38 c9/X)
	sha1msg1 %xmm2,%xmm1
	sha1msg1 %xmm15,%xmm9
	sha1msg1 %xmm12,%xmm3
	sha1msg1 %xmm0,%xmm10
	sha1msg1 (%rax),%xmm1
	sha1msg1 0x12345678(%rbx,%rcx,4),%xmm1
	sha1msg1 0x100(%rip),%xmm1
	sha1msg1 -0x789abc(%r12,%r13,8),%xmm9
	sha1msg1 (%r13),%xmm9
	sha1msg1 0x40(%rsp),%xmm3
	sha1msg1 0x7ffffff0(%r8,%r9,2),%xmm10
# sha1msg2 (NP 0f38 ca/X)
	sha1msg2 %xmm2,%xmm1
	sha1msg2 %xmm15,%xmm9
	sha1msg2 %xmm12,%xmm3
	sha1msg2 %xmm0,%xmm10
	sha1msg2 (%rax),%xmm1
	sha1msg2 0x12345678(%rbx,%rcx,4),%xmm1
	sha1msg2 0x100(%rip),%xmm1
	sha1msg2 -0x789abc(%r12,%r13,8),%xmm9
	sha1msg2 (%r13),%xmm9
	sha1msg2 0x40(%rsp),%xmm3
	sha1msg2 0x7ffffff0(%r8,%r9,2),%xmm10
# sha256rnds2 (NP 0f38 cb/X)
	sha256rnds2 %xmm2,%xmm1
	sha256rnds2 %xmm15,%xmm9
	sha256rnds2 %xmm12,%xmm3
	sha256rnds2 %xmm0,%xmm10
	sha256rnds2 (%rax),%xmm1
	sha256rnds2 0x12345678(%rbx,%rcx,4),%xmm1
	sha256rnds2 0x100(%rip),%xmm1
	sha256rnds2 -0x789abc(%r12,%r13,8),%xmm9
	sha256rnds2 (%r13),%xmm9
	sha256rnds2 0x40(%rsp),%xmm3
	sha256rnds2 0x7ffffff0(%r8,%r9,2),%xmm10
# sha256msg1 (NP 0f38 cc/X)
	sha256msg1 %xmm2,%xmm1
	sha256msg1 %xmm15,%xmm9
	sha256msg1 %xmm12,%xmm3
	sha256msg1 %xmm0,%xmm10
	sha256msg1 (%rax),%xmm1
	sha256msg1 0x12345678(%rbx,%rcx,4),%xmm1
	sha256msg1 0x100(%rip),%xmm1
	sha256msg1 -0x789abc(%r12,%r13,8),%xmm9
	sha256msg1 (%r13),%xmm9
	sha256msg1 0x40(%rsp),%xmm3
	sha256msg1 0x7ffffff0(%r8,%r9,2),%xmm10
# sha256msg2 (NP 0f38 cd/X)
	sha256msg2 %xmm2,%xmm1
	sha256msg2 %xmm15,%xmm9
	sha256msg2 %xmm12,%xmm3
	sha256msg2 %xmm0,%xmm10
	sha256msg2 (%rax),%xmm1
	sha256msg2 0x12345678(%rbx,%rcx,4),%xmm1
	sha256msg2 0x100(%rip),%xmm1
	sha256msg2 -0x789abc(%r12,%r13,8),%xmm9
	sha256msg2 (%r13),%xmm9
	sha256msg2 0x40(%rsp),%xmm3
	sha256msg2 0x7ffffff0(%r8,%r9,2),%xmm10
# aesimc (P66 0f38 db/X)
	aesimc %xmm2,%xmm1
	aesimc %xmm15,%xmm9
	aesimc %xmm12,%xmm3
	aesimc %xmm0,%xmm10
	aesimc (%rax),%xmm1
	aesimc 0x12345678(%rbx,%rcx,4),%xmm1
	aesimc 0x100(%rip),%xmm1
	aesimc -0x789abc(%r12,%r13,8),%xmm9
	aesimc (%r13),%xmm9
	aesimc 0x40(%rsp),%xmm3
	aesimc 0x7ffffff0(%r8,%r9,2),%xmm10
# aesenc (P66 0f38 dc/X)
	aesenc %xmm2,%xmm1
	aesenc %xmm15,%xmm9
	aesenc %xmm12,%xmm3
	aesenc %xmm0,%xmm10
	aesenc (%rax),%xmm1
	aesenc 0x12345678(%rbx,%rcx,4),%xmm1
	aesenc 0x100(%rip),%xmm1
	aesenc -0x789abc(%r12,%r13,8),%xmm9
	aesenc (%r13),%xmm9
	aesenc 0x40(%rsp),%xmm3
	aesenc 0x7ffffff0(%r8,%r9,2),%xmm10
# aesenclast (P66 0f38 dd/X)
	aesenclast %xmm2,%xmm1
	aesenclast %xmm15,%xmm9
	aesenclast %xmm12,%xmm3
	aesenclast %xmm0,%xmm10
	aesenclast (%rax),%xmm1
	aesenclast 0x12345678(%rbx,%rcx,4),%xmm1
	aesenclast 0x100(%rip),%xmm1
	aesenclast -0x789abc(%r12,%r13,8),%xmm9
	aesenclast (%r13),%xmm9
	aesenclast 0x40(%rsp),%xmm3
	aesenclast 0x7ffffff0(%r8,%r9,2),%xmm10
# aesdec (P66 0f38 de/X)
	aesdec %xmm2,%xmm1
	aesdec %xmm15,%xmm9
	aesdec %xmm12,%xmm3
	aesdec %xmm0,%xmm10
	aesdec (%rax),%xmm1
	aesdec 0x12345678(%rbx,%rcx,4),%xmm1
	aesdec 0x100(%rip),%xmm1
	aesdec -0x789abc(%r12,%r13,8),%xmm9
	aesdec (%r13),%xmm9
	aesdec 0x40(%rsp),%xmm3
	aesdec 0x7ffffff0(%r8,%r9,2),%xmm10
# aesdeclast (P66 0f38 df/X)
	aesdeclast %xmm2,%xmm1
	aesdeclast %xmm15,%xmm9
	aesdeclast %xmm12,%xmm3
	aesdeclast %xmm0,%xmm10
	aesdeclast (%rax),%xmm1
	aesdeclast 0x12345678(%rbx,%rcx,4),%xmm1
	aesdeclast 0x100(%rip),%xmm1
	aesdeclast -0x789abc(%r12,%r13,8),%xmm9
	aesdeclast (%r13),%xmm9
	aesdeclast 0x40(%rsp),%xmm3
	aesdeclast 0x7ffffff0(%r8,%r9,2),%xmm10
# crc32 (PF2 0f38 f0/X)
	crc32b %cl,%eax
	crc32b %r15b,%r8d
	crc32b %r11b,%edx
	crc32b %sil,%r10d
	crc32b %cl,%rax
	crc32b %r15b,%r8
	crc32b (%rax),%eax
	crc32b 0x12345678(%rbx,%rcx,4),%eax
	crc32b 0x100(%rip),%eax
	crc32b -0x789abc(%r12,%r13,8),%r8d
	crc32b (%r13),%r8d
	crc32b 0x40(%rsp),%edx
	crc32b 0x7ffffff0(%r8,%r9,2),%r10d
	crc32b 0x12345678(%rbx,%rcx,4),%r8
# crc32 (PF2 0f38 f1/X)
	crc32w %cx,%eax
	crc32w %r15w,%r8d
	crc32w %r11w,%edx
	crc32w %bx,%r10d
	crc32w (%rax),%eax
	crc32w 0x12345678(%rbx,%rcx,4),%eax
	crc32w 0x100(%rip),%eax
	crc32w -0x789abc(%r12,%r13,8),%r8d
	crc32w (%r13),%r8d
	crc32w 0x40(%rsp),%edx
	crc32w 0x7ffffff0(%r8,%r9,2),%r10d
	crc32l %ecx,%eax
	crc32l %r15d,%r8d
	crc32l %r11d,%edx
	crc32l %ebx,%r10d
	crc32l (%rax),%eax
	crc32l 0x12345678(%rbx,%rcx,4),%eax
	crc32l 0x100(%rip),%eax
	crc32l -0x789abc(%r12,%r13,8),%r8d
	crc32q %rcx,%rax
	crc32q %r15,%r8
	crc32q %r11,%rdx
	crc32q %rbx,%r10
	crc32q (%rax),%rax
	crc32q 0x12345678(%rbx,%rcx,4),%rax
	crc32q 0x100(%rip),%rax
	crc32q -0x789abc(%r12,%r13,8),%r8
# roundps (P66 0f3a 08/X)
	roundps $0x5,%xmm2,%xmm1
	roundps $0x5,%xmm15,%xmm9
	roundps $0x5,%xmm12,%xmm3
	roundps $0x5,%xmm0,%xmm10
	roundps $0x5,(%rax),%xmm1
	roundps $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	roundps $0x5,0x100(%rip),%xmm1
	roundps $0x5,-0x789abc(%r12,%r13,8),%xmm9
	roundps $0x5,(%r13),%xmm9
	roundps $0x5,0x40(%rsp),%xmm3
	roundps $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# roundpd (P66 0f3a 09/X)
	roundpd $0x5,%xmm2,%xmm1
	roundpd $0x5,%xmm15,%xmm9
	roundpd $0x5,%xmm12,%xmm3
	roundpd $0x5,%xmm0,%xmm10
	roundpd $0x5,(%rax),%xmm1
	roundpd $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	roundpd $0x5,0x100(%rip),%xmm1
	roundpd $0x5,-0x789abc(%r12,%r13,8),%xmm9
	roundpd $0x5,(%r13),%xmm9
	roundpd $0x5,0x40(%rsp),%xmm3
	roundpd $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# roundss (P66 0f3a 0a/X)
	roundss $0x5,%xmm2,%xmm1
	roundss $0x5,%xmm15,%xmm9
	roundss $0x5,%xmm12,%xmm3
	roundss $0x5,%xmm0,%xmm10
	roundss $0x5,(%rax),%xmm1
	roundss $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	roundss $0x5,0x100(%rip),%xmm1
	roundss $0x5,-0x789abc(%r12,%r13,8),%xmm9
	roundss $0x5,(%r13),%xmm9
	roundss $0x5,0x40(%rsp),%xmm3
	roundss $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# roundsd (P66 0f3a 0b/X)
	roundsd $0x5,%xmm2,%xmm1
	roundsd $0x5,%xmm15,%xmm9
	roundsd $0x5,%xmm12,%xmm3
	roundsd $0x5,%xmm0,%xmm10
	roundsd $0x5,(%rax),%xmm1
	roundsd $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	roundsd $0x5,0x100(%rip),%xmm1
	roundsd $0x5,-0x789abc(%r12,%r13,8),%xmm9
	roundsd $0x5,(%r13),%xmm9
	roundsd $0x5,0x40(%rsp),%xmm3
	roundsd $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# blendps (P66 0f3a 0c/X)
	blendps $0x5,%xmm2,%xmm1
	blendps $0x5,%xmm15,%xmm9
	blendps $0x5,%xmm12,%xmm3
	blendps $0x5,%xmm0,%xmm10
	blendps $0x5,(%rax),%xmm1
	blendps $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	blendps $0x5,0x100(%rip),%xmm1
	blendps $0x5,-0x789abc(%r12,%r13,8),%xmm9
	blendps $0x5,(%r13),%xmm9
	blendps $0x5,0x40(%rsp),%xmm3
	blendps $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# blendpd (P66 0f3a 0d/X)
	blendpd $0x5,%xmm2,%xmm1
	blendpd $0x5,%xmm15,%xmm9
	blendpd $0x5,%xmm12,%xmm3
	blendpd $0x5,%xmm0,%xmm10
	blendpd $0x5,(%rax),%xmm1
	blendpd $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	blendpd $0x5,0x100(%rip),%xmm1
	blendpd $0x5,-0x789abc(%r12,%r13,8),%xmm9
	blendpd $0x5,(%r13),%xmm9
	blendpd $0x5,0x40(%rsp),%xmm3
	blendpd $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# pblendw (P66 0f3a 0e/X)
	pblendw $0x5,%xmm2,%xmm1
	pblendw $0x5,%xmm15,%xmm9
	pblendw $0x5,%xmm12,%xmm3
	pblendw $0x5,%xmm0,%xmm10
	pblendw $0x5,(%rax),%xmm1
	pblendw $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	pblendw $0x5,0x100(%rip),%xmm1
	pblendw $0x5,-0x789abc(%r12,%r13,8),%xmm9
	pblendw $0x5,(%r13),%xmm9
	pblendw $0x5,0x40(%rsp),%xmm3
	pblendw $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# palignr (P66 0f3a 0f/X)
	palignr $0x5,%xmm2,%xmm1
	palignr $0x5,%xmm15,%xmm9
	palignr $0x5,%xmm12,%xmm3
	palignr $0x5,%xmm0,%xmm10
	palignr $0x5,(%rax),%xmm1
	palignr $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	palignr $0x5,0x100(%rip),%xmm1
	palignr $0x5,-0x789abc(%r12,%r13,8),%xmm9
	palignr $0x5,(%r13),%xmm9
	palignr $0x5,0x40(%rsp),%xmm3
	palignr $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# pextrb (P66 0f3a 14/X)
	pextrb $0x5,%xmm1,%ecx
	pextrb $0x5,%xmm9,%r15d
	pextrb $0x5,%xmm3,%r11d
	pextrb $0x5,%xmm10,%ebx
	pextrb $0x5,%xmm1,%rcx
	pextrb $0x5,%xmm9,%r15
# pextrb (P66 0f3a 14/X)
	pextrb $0x5,%xmm1,(%rax)
	pextrb $0x5,%xmm1,0x12345678(%rbx,%rcx,4)
	pextrb $0x5,%xmm1,0x100(%rip)
	pextrb $0x5,%xmm9,-0x789abc(%r12,%r13,8)
	pextrb $0x5,%xmm9,(%r13)
	pextrb $0x5,%xmm3,0x40(%rsp)
	pextrb $0x5,%xmm10,0x7ffffff0(%r8,%r9,2)
# pextrw (P66 0f3a 15/X)
	{store} pextrw $0x5,%xmm1,%ecx
	{store} pextrw $0x5,%xmm9,%r15d
	{store} pextrw $0x5,%xmm3,%r11d
	{store} pextrw $0x5,%xmm10,%ebx
	{store} pextrw $0x5,%xmm1,%rcx
	{store} pextrw $0x5,%xmm9,%r15
# pextrw (P66 0f3a 15/X)
	pextrw $0x5,%xmm1,(%rax)
	pextrw $0x5,%xmm1,0x12345678(%rbx,%rcx,4)
	pextrw $0x5,%xmm1,0x100(%rip)
	pextrw $0x5,%xmm9,-0x789abc(%r12,%r13,8)
	pextrw $0x5,%xmm9,(%r13)
	pextrw $0x5,%xmm3,0x40(%rsp)
	pextrw $0x5,%xmm10,0x7ffffff0(%r8,%r9,2)
# pextrd (P66 0f3a 16/X)
	pextrd $0x5,%xmm1,%ecx
	pextrd $0x5,%xmm9,%r15d
	pextrd $0x5,%xmm3,%r11d
	pextrd $0x5,%xmm10,%ebx
	pextrd $0x5,%xmm1,(%rax)
	pextrd $0x5,%xmm1,0x12345678(%rbx,%rcx,4)
	pextrd $0x5,%xmm1,0x100(%rip)
	pextrd $0x5,%xmm9,-0x789abc(%r12,%r13,8)
	pextrd $0x5,%xmm9,(%r13)
	pextrd $0x5,%xmm3,0x40(%rsp)
	pextrd $0x5,%xmm10,0x7ffffff0(%r8,%r9,2)
# pextrq (P66 0f3a 16/X)
	pextrq $0x5,%xmm1,%rcx
	pextrq $0x5,%xmm9,%r15
	pextrq $0x5,%xmm3,%r11
	pextrq $0x5,%xmm10,%rbx
	pextrq $0x5,%xmm1,(%rax)
	pextrq $0x5,%xmm1,0x12345678(%rbx,%rcx,4)
	pextrq $0x5,%xmm1,0x100(%rip)
	pextrq $0x5,%xmm9,-0x789abc(%r12,%r13,8)
	pextrq $0x5,%xmm9,(%r13)
	pextrq $0x5,%xmm3,0x40(%rsp)
	pextrq $0x5,%xmm10,0x7ffffff0(%r8,%r9,2)
# extractps (P66 0f3a 17/X)
	extractps $0x5,%xmm1,%ecx
	extractps $0x5,%xmm9,%r15d
	extractps $0x5,%xmm3,%r11d
	extractps $0x5,%xmm10,%ebx
	extractps $0x5,%xmm1,%rcx
	extractps $0x5,%xmm9,%r15
# extractps (P66 0f3a 17/X)
	extractps $0x5,%xmm1,(%rax)
	extractps $0x5,%xmm1,0x12345678(%rbx,%rcx,4)
	extractps $0x5,%xmm1,0x100(%rip)
	extractps $0x5,%xmm9,-0x789abc(%r12,%r13,8)
	extractps $0x5,%xmm9,(%r13)
	extractps $0x5,%xmm3,0x40(%rsp)
	extractps $0x5,%xmm10,0x7ffffff0(%r8,%r9,2)
# pinsrb (P66 0f3a 20/X)
	pinsrb $0x5,%ecx,%xmm1
	pinsrb $0x5,%r15d,%xmm9
	pinsrb $0x5,%r11d,%xmm3
	pinsrb $0x5,%ebx,%xmm10
	pinsrb $0x5,%rcx,%xmm1
	pinsrb $0x5,%r15,%xmm9
# pinsrb (P66 0f3a 20/X)
	pinsrb $0x5,(%rax),%xmm1
	pinsrb $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	pinsrb $0x5,0x100(%rip),%xmm1
	pinsrb $0x5,-0x789abc(%r12,%r13,8),%xmm9
	pinsrb $0x5,(%r13),%xmm9
	pinsrb $0x5,0x40(%rsp),%xmm3
	pinsrb $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# insertps (P66 0f3a 21/X)
	insertps $0x5,%xmm2,%xmm1
	insertps $0x5,%xmm15,%xmm9
	insertps $0x5,%xmm12,%xmm3
	insertps $0x5,%xmm0,%xmm10
	insertps $0x5,(%rax),%xmm1
	insertps $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	insertps $0x5,0x100(%rip),%xmm1
	insertps $0x5,-0x789abc(%r12,%r13,8),%xmm9
	insertps $0x5,(%r13),%xmm9
	insertps $0x5,0x40(%rsp),%xmm3
	insertps $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# pinsrd (P66 0f3a 22/X)
	pinsrd $0x5,%ecx,%xmm1
	pinsrd $0x5,%r15d,%xmm9
	pinsrd $0x5,%r11d,%xmm3
	pinsrd $0x5,%ebx,%xmm10
	pinsrd $0x5,(%rax),%xmm1
	pinsrd $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	pinsrd $0x5,0x100(%rip),%xmm1
	pinsrd $0x5,-0x789abc(%r12,%r13,8),%xmm9
	pinsrd $0x5,(%r13),%xmm9
	pinsrd $0x5,0x40(%rsp),%xmm3
	pinsrd $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# pinsrq (P66 0f3a 22/X)
	pinsrq $0x5,%rcx,%xmm1
	pinsrq $0x5,%r15,%xmm9
	pinsrq $0x5,%r11,%xmm3
	pinsrq $0x5,%rbx,%xmm10
	pinsrq $0x5,(%rax),%xmm1
	pinsrq $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	pinsrq $0x5,0x100(%rip),%xmm1
	pinsrq $0x5,-0x789abc(%r12,%r13,8),%xmm9
	pinsrq $0x5,(%r13),%xmm9
	pinsrq $0x5,0x40(%rsp),%xmm3
	pinsrq $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# dpps (P66 0f3a 40/X)
	dpps $0x5,%xmm2,%xmm1
	dpps $0x5,%xmm15,%xmm9
	dpps $0x5,%xmm12,%xmm3
	dpps $0x5,%xmm0,%xmm10
	dpps $0x5,(%rax),%xmm1
	dpps $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	dpps $0x5,0x100(%rip),%xmm1
	dpps $0x5,-0x789abc(%r12,%r13,8),%xmm9
	dpps $0x5,(%r13),%xmm9
	dpps $0x5,0x40(%rsp),%xmm3
	dpps $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# dppd (P66 0f3a 41/X)
	dppd $0x5,%xmm2,%xmm1
	dppd $0x5,%xmm15,%xmm9
	dppd $0x5,%xmm12,%xmm3
	dppd $0x5,%xmm0,%xmm10
	dppd $0x5,(%rax),%xmm1
	dppd $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	dppd $0x5,0x100(%rip),%xmm1
	dppd $0x5,-0x789abc(%r12,%r13,8),%xmm9
	dppd $0x5,(%r13),%xmm9
	dppd $0x5,0x40(%rsp),%xmm3
	dppd $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# mpsadbw (P66 0f3a 42/X)
	mpsadbw $0x5,%xmm2,%xmm1
	mpsadbw $0x5,%xmm15,%xmm9
	mpsadbw $0x5,%xmm12,%xmm3
	mpsadbw $0x5,%xmm0,%xmm10
	mpsadbw $0x5,(%rax),%xmm1
	mpsadbw $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	mpsadbw $0x5,0x100(%rip),%xmm1
	mpsadbw $0x5,-0x789abc(%r12,%r13,8),%xmm9
	mpsadbw $0x5,(%r13),%xmm9
	mpsadbw $0x5,0x40(%rsp),%xmm3
	mpsadbw $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# pclmulqdq (P66 0f3a 44/X)
	pclmulqdq $0x5,%xmm2,%xmm1
	pclmulqdq $0x5,%xmm15,%xmm9
	pclmulqdq $0x5,%xmm12,%xmm3
	pclmulqdq $0x5,%xmm0,%xmm10
	pclmulqdq $0x5,(%rax),%xmm1
	pclmulqdq $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	pclmulqdq $0x5,0x100(%rip),%xmm1
	pclmulqdq $0x5,-0x789abc(%r12,%r13,8),%xmm9
	pclmulqdq $0x5,(%r13),%xmm9
	pclmulqdq $0x5,0x40(%rsp),%xmm3
	pclmulqdq $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# pcmpestrm (P66 0f3a 60/X)
	pcmpestrm $0x5,%xmm2,%xmm1
	pcmpestrm $0x5,%xmm15,%xmm9
	pcmpestrm $0x5,%xmm12,%xmm3
	pcmpestrm $0x5,%xmm0,%xmm10
	pcmpestrm $0x5,(%rax),%xmm1
	pcmpestrm $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	pcmpestrm $0x5,0x100(%rip),%xmm1
	pcmpestrm $0x5,-0x789abc(%r12,%r13,8),%xmm9
	pcmpestrm $0x5,(%r13),%xmm9
	pcmpestrm $0x5,0x40(%rsp),%xmm3
	pcmpestrm $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# pcmpestri (P66 0f3a 61/X)
	pcmpestri $0x5,%xmm2,%xmm1
	pcmpestri $0x5,%xmm15,%xmm9
	pcmpestri $0x5,%xmm12,%xmm3
	pcmpestri $0x5,%xmm0,%xmm10
	pcmpestri $0x5,(%rax),%xmm1
	pcmpestri $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	pcmpestri $0x5,0x100(%rip),%xmm1
	pcmpestri $0x5,-0x789abc(%r12,%r13,8),%xmm9
	pcmpestri $0x5,(%r13),%xmm9
	pcmpestri $0x5,0x40(%rsp),%xmm3
	pcmpestri $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# pcmpistrm (P66 0f3a 62/X)
	pcmpistrm $0x5,%xmm2,%xmm1
	pcmpistrm $0x5,%xmm15,%xmm9
	pcmpistrm $0x5,%xmm12,%xmm3
	pcmpistrm $0x5,%xmm0,%xmm10
	pcmpistrm $0x5,(%rax),%xmm1
	pcmpistrm $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	pcmpistrm $0x5,0x100(%rip),%xmm1
	pcmpistrm $0x5,-0x789abc(%r12,%r13,8),%xmm9
	pcmpistrm $0x5,(%r13),%xmm9
	pcmpistrm $0x5,0x40(%rsp),%xmm3
	pcmpistrm $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# pcmpistri (P66 0f3a 63/X)
	pcmpistri $0x5,%xmm2,%xmm1
	pcmpistri $0x5,%xmm15,%xmm9
	pcmpistri $0x5,%xmm12,%xmm3
	pcmpistri $0x5,%xmm0,%xmm10
	pcmpistri $0x5,(%rax),%xmm1
	pcmpistri $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	pcmpistri $0x5,0x100(%rip),%xmm1
	pcmpistri $0x5,-0x789abc(%r12,%r13,8),%xmm9
	pcmpistri $0x5,(%r13),%xmm9
	pcmpistri $0x5,0x40(%rsp),%xmm3
	pcmpistri $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# sha1rnds4 (NP 0f3a cc/X)
	sha1rnds4 $0x5,%xmm2,%xmm1
	sha1rnds4 $0x5,%xmm15,%xmm9
	sha1rnds4 $0x5,%xmm12,%xmm3
	sha1rnds4 $0x5,%xmm0,%xmm10
	sha1rnds4 $0x5,(%rax),%xmm1
	sha1rnds4 $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	sha1rnds4 $0x5,0x100(%rip),%xmm1
	sha1rnds4 $0x5,-0x789abc(%r12,%r13,8),%xmm9
	sha1rnds4 $0x5,(%r13),%xmm9
	sha1rnds4 $0x5,0x40(%rsp),%xmm3
	sha1rnds4 $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
# aeskeygenassist (P66 0f3a df/X)
	aeskeygenassist $0x5,%xmm2,%xmm1
	aeskeygenassist $0x5,%xmm15,%xmm9
	aeskeygenassist $0x5,%xmm12,%xmm3
	aeskeygenassist $0x5,%xmm0,%xmm10
	aeskeygenassist $0x5,(%rax),%xmm1
	aeskeygenassist $0x5,0x12345678(%rbx,%rcx,4),%xmm1
	aeskeygenassist $0x5,0x100(%rip),%xmm1
	aeskeygenassist $0x5,-0x789abc(%r12,%r13,8),%xmm9
	aeskeygenassist $0x5,(%r13),%xmm9
	aeskeygenassist $0x5,0x40(%rsp),%xmm3
	aeskeygenassist $0x5,0x7ffffff0(%r8,%r9,2),%xmm10
