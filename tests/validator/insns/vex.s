# Every entry of src/validator/insns/vex.def, in file order, in several
# forms: xmm and ymm, register and memory operands (base, base+index*scale+
# disp32, RIP-relative, high registers that need the 3-byte c4 prefix, and
# {vex3} for a c4 form with low registers), 32- and 64-bit GPR forms.
# {load}/{store} pick the 0F 10/28/6F/7E or 0F 11/29/7F/D6 (and 0F3A 15)
# encodings of register-to-register moves, which gas would otherwise swap.
# Only instructions listed in vex.def may appear here.
	.text

# VEX.L0/L1.NP.0F.WIG 10: vmovups Vx,Wx
	{load} vmovups %xmm3, %xmm1
	{load} vmovups %xmm12, %xmm15
	{load} vmovups %xmm10, %xmm0
	{vex3} {load} vmovups %xmm3, %xmm1
	vmovups (%rax), %xmm1
	vmovups 0x12345678(%rbx,%rcx,4), %xmm1
	vmovups 0x100(%rip), %xmm1
	vmovups -0x80(%r12,%r13,2), %xmm15
	vmovups (%rsp), %xmm0
	vmovups 0x7ffffff0(%r13), %xmm15
	{load} vmovups %ymm3, %ymm1
	{load} vmovups %ymm12, %ymm15
	{load} vmovups %ymm10, %ymm0
	{vex3} {load} vmovups %ymm3, %ymm1
	vmovups (%rax), %ymm1
	vmovups 0x12345678(%rbx,%rcx,4), %ymm1
	vmovups 0x100(%rip), %ymm1
	vmovups -0x80(%r12,%r13,2), %ymm15
	vmovups (%rsp), %ymm0
	vmovups 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F.WIG 10: vmovupd Vx,Wx
	{load} vmovupd %xmm3, %xmm1
	{load} vmovupd %xmm12, %xmm15
	{load} vmovupd %xmm10, %xmm0
	{vex3} {load} vmovupd %xmm3, %xmm1
	vmovupd (%rax), %xmm1
	vmovupd 0x12345678(%rbx,%rcx,4), %xmm1
	vmovupd 0x100(%rip), %xmm1
	vmovupd -0x80(%r12,%r13,2), %xmm15
	vmovupd (%rsp), %xmm0
	vmovupd 0x7ffffff0(%r13), %xmm15
	{load} vmovupd %ymm3, %ymm1
	{load} vmovupd %ymm12, %ymm15
	{load} vmovupd %ymm10, %ymm0
	{vex3} {load} vmovupd %ymm3, %ymm1
	vmovupd (%rax), %ymm1
	vmovupd 0x12345678(%rbx,%rcx,4), %ymm1
	vmovupd 0x100(%rip), %ymm1
	vmovupd -0x80(%r12,%r13,2), %ymm15
	vmovupd (%rsp), %ymm0
	vmovupd 0x7ffffff0(%r13), %ymm15

# VEX.LIG.F3.0F.WIG 10 (reg): vmovss Vo,Ho,Uo
	{load} vmovss %xmm3, %xmm2, %xmm1
	{load} vmovss %xmm12, %xmm8, %xmm15
	{load} vmovss %xmm10, %xmm7, %xmm0
	{vex3} {load} vmovss %xmm3, %xmm2, %xmm1

# VEX.LIG.F3.0F.WIG 10 (mem): vmovss Vo,Md
	vmovss (%rax), %xmm1
	vmovss 0x12345678(%rbx,%rcx,4), %xmm1
	vmovss 0x100(%rip), %xmm1
	vmovss -0x80(%r12,%r13,2), %xmm15
	vmovss (%rsp), %xmm0
	vmovss 0x7ffffff0(%r13), %xmm15

# VEX.LIG.F2.0F.WIG 10 (reg): vmovsd Vo,Ho,Uo
	{load} vmovsd %xmm3, %xmm2, %xmm1
	{load} vmovsd %xmm12, %xmm8, %xmm15
	{load} vmovsd %xmm10, %xmm7, %xmm0
	{vex3} {load} vmovsd %xmm3, %xmm2, %xmm1

# VEX.LIG.F2.0F.WIG 10 (mem): vmovsd Vo,Mq
	vmovsd (%rax), %xmm1
	vmovsd 0x12345678(%rbx,%rcx,4), %xmm1
	vmovsd 0x100(%rip), %xmm1
	vmovsd -0x80(%r12,%r13,2), %xmm15
	vmovsd (%rsp), %xmm0
	vmovsd 0x7ffffff0(%r13), %xmm15

# VEX.L0/L1.NP.0F.WIG 11: vmovups Wx,Vx
	{store} vmovups %xmm1, %xmm3
	{store} vmovups %xmm15, %xmm12
	{store} vmovups %xmm0, %xmm10
	{vex3} {store} vmovups %xmm1, %xmm3
	vmovups %xmm1, (%rax)
	vmovups %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovups %xmm1, 0x100(%rip)
	vmovups %xmm15, -0x80(%r12,%r13,2)
	vmovups %xmm0, (%rsp)
	vmovups %xmm15, 0x7ffffff0(%r13)
	{store} vmovups %ymm1, %ymm3
	{store} vmovups %ymm15, %ymm12
	{store} vmovups %ymm0, %ymm10
	{vex3} {store} vmovups %ymm1, %ymm3
	vmovups %ymm1, (%rax)
	vmovups %ymm1, 0x12345678(%rbx,%rcx,4)
	vmovups %ymm1, 0x100(%rip)
	vmovups %ymm15, -0x80(%r12,%r13,2)
	vmovups %ymm0, (%rsp)
	vmovups %ymm15, 0x7ffffff0(%r13)

# VEX.L0/L1.66.0F.WIG 11: vmovupd Wx,Vx
	{store} vmovupd %xmm1, %xmm3
	{store} vmovupd %xmm15, %xmm12
	{store} vmovupd %xmm0, %xmm10
	{vex3} {store} vmovupd %xmm1, %xmm3
	vmovupd %xmm1, (%rax)
	vmovupd %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovupd %xmm1, 0x100(%rip)
	vmovupd %xmm15, -0x80(%r12,%r13,2)
	vmovupd %xmm0, (%rsp)
	vmovupd %xmm15, 0x7ffffff0(%r13)
	{store} vmovupd %ymm1, %ymm3
	{store} vmovupd %ymm15, %ymm12
	{store} vmovupd %ymm0, %ymm10
	{vex3} {store} vmovupd %ymm1, %ymm3
	vmovupd %ymm1, (%rax)
	vmovupd %ymm1, 0x12345678(%rbx,%rcx,4)
	vmovupd %ymm1, 0x100(%rip)
	vmovupd %ymm15, -0x80(%r12,%r13,2)
	vmovupd %ymm0, (%rsp)
	vmovupd %ymm15, 0x7ffffff0(%r13)

# VEX.LIG.F3.0F.WIG 11 (reg): vmovss Uo,Ho,Vo
	{store} vmovss %xmm1, %xmm2, %xmm3
	{store} vmovss %xmm15, %xmm8, %xmm12
	{store} vmovss %xmm0, %xmm7, %xmm10
	{vex3} {store} vmovss %xmm1, %xmm2, %xmm3

# VEX.LIG.F3.0F.WIG 11 (mem): vmovss Md,Vo
	vmovss %xmm1, (%rax)
	vmovss %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovss %xmm1, 0x100(%rip)
	vmovss %xmm15, -0x80(%r12,%r13,2)
	vmovss %xmm0, (%rsp)
	vmovss %xmm15, 0x7ffffff0(%r13)

# VEX.LIG.F2.0F.WIG 11 (reg): vmovsd Uo,Ho,Vo
	{store} vmovsd %xmm1, %xmm2, %xmm3
	{store} vmovsd %xmm15, %xmm8, %xmm12
	{store} vmovsd %xmm0, %xmm7, %xmm10
	{vex3} {store} vmovsd %xmm1, %xmm2, %xmm3

# VEX.LIG.F2.0F.WIG 11 (mem): vmovsd Mq,Vo
	vmovsd %xmm1, (%rax)
	vmovsd %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovsd %xmm1, 0x100(%rip)
	vmovsd %xmm15, -0x80(%r12,%r13,2)
	vmovsd %xmm0, (%rsp)
	vmovsd %xmm15, 0x7ffffff0(%r13)

# VEX.128.NP.0F.WIG 12 (reg): vmovhlps Vo,Ho,Uo
	vmovhlps %xmm3, %xmm2, %xmm1
	vmovhlps %xmm12, %xmm8, %xmm15
	vmovhlps %xmm10, %xmm7, %xmm0
	{vex3} vmovhlps %xmm3, %xmm2, %xmm1

# VEX.128.NP.0F.WIG 12 (mem): vmovlps Vo,Ho,Mq
	vmovlps (%rax), %xmm2, %xmm1
	vmovlps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmovlps 0x100(%rip), %xmm2, %xmm1
	vmovlps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmovlps (%rsp), %xmm7, %xmm0
	vmovlps 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.128.66.0F.WIG 12 (mem): vmovlpd Vo,Ho,Mq
	vmovlpd (%rax), %xmm2, %xmm1
	vmovlpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmovlpd 0x100(%rip), %xmm2, %xmm1
	vmovlpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmovlpd (%rsp), %xmm7, %xmm0
	vmovlpd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.F3.0F.WIG 12: vmovsldup Vx,Wx
	vmovsldup %xmm3, %xmm1
	vmovsldup %xmm12, %xmm15
	vmovsldup %xmm10, %xmm0
	{vex3} vmovsldup %xmm3, %xmm1
	vmovsldup (%rax), %xmm1
	vmovsldup 0x12345678(%rbx,%rcx,4), %xmm1
	vmovsldup 0x100(%rip), %xmm1
	vmovsldup -0x80(%r12,%r13,2), %xmm15
	vmovsldup (%rsp), %xmm0
	vmovsldup 0x7ffffff0(%r13), %xmm15
	vmovsldup %ymm3, %ymm1
	vmovsldup %ymm12, %ymm15
	vmovsldup %ymm10, %ymm0
	{vex3} vmovsldup %ymm3, %ymm1
	vmovsldup (%rax), %ymm1
	vmovsldup 0x12345678(%rbx,%rcx,4), %ymm1
	vmovsldup 0x100(%rip), %ymm1
	vmovsldup -0x80(%r12,%r13,2), %ymm15
	vmovsldup (%rsp), %ymm0
	vmovsldup 0x7ffffff0(%r13), %ymm15

# VEX.128.F2.0F.WIG 12: vmovddup Vo,Wq
	vmovddup %xmm3, %xmm1
	vmovddup %xmm12, %xmm15
	vmovddup %xmm10, %xmm0
	{vex3} vmovddup %xmm3, %xmm1
	vmovddup (%rax), %xmm1
	vmovddup 0x12345678(%rbx,%rcx,4), %xmm1
	vmovddup 0x100(%rip), %xmm1
	vmovddup -0x80(%r12,%r13,2), %xmm15
	vmovddup (%rsp), %xmm0
	vmovddup 0x7ffffff0(%r13), %xmm15

# VEX.256.F2.0F.WIG 12: vmovddup Vy,Wy
	vmovddup %ymm3, %ymm1
	vmovddup %ymm12, %ymm15
	vmovddup %ymm10, %ymm0
	{vex3} vmovddup %ymm3, %ymm1
	vmovddup (%rax), %ymm1
	vmovddup 0x12345678(%rbx,%rcx,4), %ymm1
	vmovddup 0x100(%rip), %ymm1
	vmovddup -0x80(%r12,%r13,2), %ymm15
	vmovddup (%rsp), %ymm0
	vmovddup 0x7ffffff0(%r13), %ymm15

# VEX.128.NP.0F.WIG 13 (mem): vmovlps Mq,Vo
	vmovlps %xmm1, (%rax)
	vmovlps %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovlps %xmm1, 0x100(%rip)
	vmovlps %xmm15, -0x80(%r12,%r13,2)
	vmovlps %xmm0, (%rsp)
	vmovlps %xmm15, 0x7ffffff0(%r13)

# VEX.128.66.0F.WIG 13 (mem): vmovlpd Mq,Vo
	vmovlpd %xmm1, (%rax)
	vmovlpd %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovlpd %xmm1, 0x100(%rip)
	vmovlpd %xmm15, -0x80(%r12,%r13,2)
	vmovlpd %xmm0, (%rsp)
	vmovlpd %xmm15, 0x7ffffff0(%r13)

# VEX.L0/L1.NP.0F.WIG 14: vunpcklps Vx,Hx,Wx
	vunpcklps %xmm3, %xmm2, %xmm1
	vunpcklps %xmm12, %xmm8, %xmm15
	vunpcklps %xmm10, %xmm7, %xmm0
	{vex3} vunpcklps %xmm3, %xmm2, %xmm1
	vunpcklps (%rax), %xmm2, %xmm1
	vunpcklps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vunpcklps 0x100(%rip), %xmm2, %xmm1
	vunpcklps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vunpcklps (%rsp), %xmm7, %xmm0
	vunpcklps 0x7ffffff0(%r13), %xmm8, %xmm15
	vunpcklps %ymm3, %ymm2, %ymm1
	vunpcklps %ymm12, %ymm8, %ymm15
	vunpcklps %ymm10, %ymm7, %ymm0
	{vex3} vunpcklps %ymm3, %ymm2, %ymm1
	vunpcklps (%rax), %ymm2, %ymm1
	vunpcklps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vunpcklps 0x100(%rip), %ymm2, %ymm1
	vunpcklps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vunpcklps (%rsp), %ymm7, %ymm0
	vunpcklps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG 14: vunpcklpd Vx,Hx,Wx
	vunpcklpd %xmm3, %xmm2, %xmm1
	vunpcklpd %xmm12, %xmm8, %xmm15
	vunpcklpd %xmm10, %xmm7, %xmm0
	{vex3} vunpcklpd %xmm3, %xmm2, %xmm1
	vunpcklpd (%rax), %xmm2, %xmm1
	vunpcklpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vunpcklpd 0x100(%rip), %xmm2, %xmm1
	vunpcklpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vunpcklpd (%rsp), %xmm7, %xmm0
	vunpcklpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vunpcklpd %ymm3, %ymm2, %ymm1
	vunpcklpd %ymm12, %ymm8, %ymm15
	vunpcklpd %ymm10, %ymm7, %ymm0
	{vex3} vunpcklpd %ymm3, %ymm2, %ymm1
	vunpcklpd (%rax), %ymm2, %ymm1
	vunpcklpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vunpcklpd 0x100(%rip), %ymm2, %ymm1
	vunpcklpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vunpcklpd (%rsp), %ymm7, %ymm0
	vunpcklpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.NP.0F.WIG 15: vunpckhps Vx,Hx,Wx
	vunpckhps %xmm3, %xmm2, %xmm1
	vunpckhps %xmm12, %xmm8, %xmm15
	vunpckhps %xmm10, %xmm7, %xmm0
	{vex3} vunpckhps %xmm3, %xmm2, %xmm1
	vunpckhps (%rax), %xmm2, %xmm1
	vunpckhps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vunpckhps 0x100(%rip), %xmm2, %xmm1
	vunpckhps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vunpckhps (%rsp), %xmm7, %xmm0
	vunpckhps 0x7ffffff0(%r13), %xmm8, %xmm15
	vunpckhps %ymm3, %ymm2, %ymm1
	vunpckhps %ymm12, %ymm8, %ymm15
	vunpckhps %ymm10, %ymm7, %ymm0
	{vex3} vunpckhps %ymm3, %ymm2, %ymm1
	vunpckhps (%rax), %ymm2, %ymm1
	vunpckhps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vunpckhps 0x100(%rip), %ymm2, %ymm1
	vunpckhps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vunpckhps (%rsp), %ymm7, %ymm0
	vunpckhps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG 15: vunpckhpd Vx,Hx,Wx
	vunpckhpd %xmm3, %xmm2, %xmm1
	vunpckhpd %xmm12, %xmm8, %xmm15
	vunpckhpd %xmm10, %xmm7, %xmm0
	{vex3} vunpckhpd %xmm3, %xmm2, %xmm1
	vunpckhpd (%rax), %xmm2, %xmm1
	vunpckhpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vunpckhpd 0x100(%rip), %xmm2, %xmm1
	vunpckhpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vunpckhpd (%rsp), %xmm7, %xmm0
	vunpckhpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vunpckhpd %ymm3, %ymm2, %ymm1
	vunpckhpd %ymm12, %ymm8, %ymm15
	vunpckhpd %ymm10, %ymm7, %ymm0
	{vex3} vunpckhpd %ymm3, %ymm2, %ymm1
	vunpckhpd (%rax), %ymm2, %ymm1
	vunpckhpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vunpckhpd 0x100(%rip), %ymm2, %ymm1
	vunpckhpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vunpckhpd (%rsp), %ymm7, %ymm0
	vunpckhpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.NP.0F.WIG 16 (reg): vmovlhps Vo,Ho,Uo
	vmovlhps %xmm3, %xmm2, %xmm1
	vmovlhps %xmm12, %xmm8, %xmm15
	vmovlhps %xmm10, %xmm7, %xmm0
	{vex3} vmovlhps %xmm3, %xmm2, %xmm1

# VEX.128.NP.0F.WIG 16 (mem): vmovhps Vo,Ho,Mq
	vmovhps (%rax), %xmm2, %xmm1
	vmovhps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmovhps 0x100(%rip), %xmm2, %xmm1
	vmovhps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmovhps (%rsp), %xmm7, %xmm0
	vmovhps 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.128.66.0F.WIG 16 (mem): vmovhpd Vo,Ho,Mq
	vmovhpd (%rax), %xmm2, %xmm1
	vmovhpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmovhpd 0x100(%rip), %xmm2, %xmm1
	vmovhpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmovhpd (%rsp), %xmm7, %xmm0
	vmovhpd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.F3.0F.WIG 16: vmovshdup Vx,Wx
	vmovshdup %xmm3, %xmm1
	vmovshdup %xmm12, %xmm15
	vmovshdup %xmm10, %xmm0
	{vex3} vmovshdup %xmm3, %xmm1
	vmovshdup (%rax), %xmm1
	vmovshdup 0x12345678(%rbx,%rcx,4), %xmm1
	vmovshdup 0x100(%rip), %xmm1
	vmovshdup -0x80(%r12,%r13,2), %xmm15
	vmovshdup (%rsp), %xmm0
	vmovshdup 0x7ffffff0(%r13), %xmm15
	vmovshdup %ymm3, %ymm1
	vmovshdup %ymm12, %ymm15
	vmovshdup %ymm10, %ymm0
	{vex3} vmovshdup %ymm3, %ymm1
	vmovshdup (%rax), %ymm1
	vmovshdup 0x12345678(%rbx,%rcx,4), %ymm1
	vmovshdup 0x100(%rip), %ymm1
	vmovshdup -0x80(%r12,%r13,2), %ymm15
	vmovshdup (%rsp), %ymm0
	vmovshdup 0x7ffffff0(%r13), %ymm15

# VEX.128.NP.0F.WIG 17 (mem): vmovhps Mq,Vo
	vmovhps %xmm1, (%rax)
	vmovhps %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovhps %xmm1, 0x100(%rip)
	vmovhps %xmm15, -0x80(%r12,%r13,2)
	vmovhps %xmm0, (%rsp)
	vmovhps %xmm15, 0x7ffffff0(%r13)

# VEX.128.66.0F.WIG 17 (mem): vmovhpd Mq,Vo
	vmovhpd %xmm1, (%rax)
	vmovhpd %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovhpd %xmm1, 0x100(%rip)
	vmovhpd %xmm15, -0x80(%r12,%r13,2)
	vmovhpd %xmm0, (%rsp)
	vmovhpd %xmm15, 0x7ffffff0(%r13)

# VEX.L0/L1.NP.0F.WIG 28: vmovaps Vx,Wx
	{load} vmovaps %xmm3, %xmm1
	{load} vmovaps %xmm12, %xmm15
	{load} vmovaps %xmm10, %xmm0
	{vex3} {load} vmovaps %xmm3, %xmm1
	vmovaps (%rax), %xmm1
	vmovaps 0x12345678(%rbx,%rcx,4), %xmm1
	vmovaps 0x100(%rip), %xmm1
	vmovaps -0x80(%r12,%r13,2), %xmm15
	vmovaps (%rsp), %xmm0
	vmovaps 0x7ffffff0(%r13), %xmm15
	{load} vmovaps %ymm3, %ymm1
	{load} vmovaps %ymm12, %ymm15
	{load} vmovaps %ymm10, %ymm0
	{vex3} {load} vmovaps %ymm3, %ymm1
	vmovaps (%rax), %ymm1
	vmovaps 0x12345678(%rbx,%rcx,4), %ymm1
	vmovaps 0x100(%rip), %ymm1
	vmovaps -0x80(%r12,%r13,2), %ymm15
	vmovaps (%rsp), %ymm0
	vmovaps 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F.WIG 28: vmovapd Vx,Wx
	{load} vmovapd %xmm3, %xmm1
	{load} vmovapd %xmm12, %xmm15
	{load} vmovapd %xmm10, %xmm0
	{vex3} {load} vmovapd %xmm3, %xmm1
	vmovapd (%rax), %xmm1
	vmovapd 0x12345678(%rbx,%rcx,4), %xmm1
	vmovapd 0x100(%rip), %xmm1
	vmovapd -0x80(%r12,%r13,2), %xmm15
	vmovapd (%rsp), %xmm0
	vmovapd 0x7ffffff0(%r13), %xmm15
	{load} vmovapd %ymm3, %ymm1
	{load} vmovapd %ymm12, %ymm15
	{load} vmovapd %ymm10, %ymm0
	{vex3} {load} vmovapd %ymm3, %ymm1
	vmovapd (%rax), %ymm1
	vmovapd 0x12345678(%rbx,%rcx,4), %ymm1
	vmovapd 0x100(%rip), %ymm1
	vmovapd -0x80(%r12,%r13,2), %ymm15
	vmovapd (%rsp), %ymm0
	vmovapd 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.NP.0F.WIG 29: vmovaps Wx,Vx
	{store} vmovaps %xmm1, %xmm3
	{store} vmovaps %xmm15, %xmm12
	{store} vmovaps %xmm0, %xmm10
	{vex3} {store} vmovaps %xmm1, %xmm3
	vmovaps %xmm1, (%rax)
	vmovaps %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovaps %xmm1, 0x100(%rip)
	vmovaps %xmm15, -0x80(%r12,%r13,2)
	vmovaps %xmm0, (%rsp)
	vmovaps %xmm15, 0x7ffffff0(%r13)
	{store} vmovaps %ymm1, %ymm3
	{store} vmovaps %ymm15, %ymm12
	{store} vmovaps %ymm0, %ymm10
	{vex3} {store} vmovaps %ymm1, %ymm3
	vmovaps %ymm1, (%rax)
	vmovaps %ymm1, 0x12345678(%rbx,%rcx,4)
	vmovaps %ymm1, 0x100(%rip)
	vmovaps %ymm15, -0x80(%r12,%r13,2)
	vmovaps %ymm0, (%rsp)
	vmovaps %ymm15, 0x7ffffff0(%r13)

# VEX.L0/L1.66.0F.WIG 29: vmovapd Wx,Vx
	{store} vmovapd %xmm1, %xmm3
	{store} vmovapd %xmm15, %xmm12
	{store} vmovapd %xmm0, %xmm10
	{vex3} {store} vmovapd %xmm1, %xmm3
	vmovapd %xmm1, (%rax)
	vmovapd %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovapd %xmm1, 0x100(%rip)
	vmovapd %xmm15, -0x80(%r12,%r13,2)
	vmovapd %xmm0, (%rsp)
	vmovapd %xmm15, 0x7ffffff0(%r13)
	{store} vmovapd %ymm1, %ymm3
	{store} vmovapd %ymm15, %ymm12
	{store} vmovapd %ymm0, %ymm10
	{vex3} {store} vmovapd %ymm1, %ymm3
	vmovapd %ymm1, (%rax)
	vmovapd %ymm1, 0x12345678(%rbx,%rcx,4)
	vmovapd %ymm1, 0x100(%rip)
	vmovapd %ymm15, -0x80(%r12,%r13,2)
	vmovapd %ymm0, (%rsp)
	vmovapd %ymm15, 0x7ffffff0(%r13)

# VEX.LIG.F3.0F.W0/W1 2A: vcvtsi2ss Vo,Ho,Ey
	vcvtsi2ss %ebx, %xmm2, %xmm1
	vcvtsi2ss %r12d, %xmm8, %xmm15
	vcvtsi2ss %r10d, %xmm7, %xmm0
	{vex3} vcvtsi2ss %ebx, %xmm2, %xmm1
	vcvtsi2ssl (%rax), %xmm2, %xmm1
	vcvtsi2ssl 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vcvtsi2ssl 0x100(%rip), %xmm2, %xmm1
	vcvtsi2ssl -0x80(%r12,%r13,2), %xmm8, %xmm15
	vcvtsi2ssl (%rsp), %xmm7, %xmm0
	vcvtsi2ssl 0x7ffffff0(%r13), %xmm8, %xmm15
	vcvtsi2ss %rbx, %xmm2, %xmm1
	vcvtsi2ss %r12, %xmm8, %xmm15
	vcvtsi2ss %r10, %xmm7, %xmm0
	{vex3} vcvtsi2ss %rbx, %xmm2, %xmm1
	vcvtsi2ssq (%rax), %xmm2, %xmm1
	vcvtsi2ssq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vcvtsi2ssq 0x100(%rip), %xmm2, %xmm1
	vcvtsi2ssq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vcvtsi2ssq (%rsp), %xmm7, %xmm0
	vcvtsi2ssq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.F2.0F.W0/W1 2A: vcvtsi2sd Vo,Ho,Ey
	vcvtsi2sd %ebx, %xmm2, %xmm1
	vcvtsi2sd %r12d, %xmm8, %xmm15
	vcvtsi2sd %r10d, %xmm7, %xmm0
	{vex3} vcvtsi2sd %ebx, %xmm2, %xmm1
	vcvtsi2sdl (%rax), %xmm2, %xmm1
	vcvtsi2sdl 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vcvtsi2sdl 0x100(%rip), %xmm2, %xmm1
	vcvtsi2sdl -0x80(%r12,%r13,2), %xmm8, %xmm15
	vcvtsi2sdl (%rsp), %xmm7, %xmm0
	vcvtsi2sdl 0x7ffffff0(%r13), %xmm8, %xmm15
	vcvtsi2sd %rbx, %xmm2, %xmm1
	vcvtsi2sd %r12, %xmm8, %xmm15
	vcvtsi2sd %r10, %xmm7, %xmm0
	{vex3} vcvtsi2sd %rbx, %xmm2, %xmm1
	vcvtsi2sdq (%rax), %xmm2, %xmm1
	vcvtsi2sdq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vcvtsi2sdq 0x100(%rip), %xmm2, %xmm1
	vcvtsi2sdq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vcvtsi2sdq (%rsp), %xmm7, %xmm0
	vcvtsi2sdq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.NP.0F.WIG 2B (mem): vmovntps Mx,Vx
	vmovntps %xmm1, (%rax)
	vmovntps %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovntps %xmm1, 0x100(%rip)
	vmovntps %xmm15, -0x80(%r12,%r13,2)
	vmovntps %xmm0, (%rsp)
	vmovntps %xmm15, 0x7ffffff0(%r13)
	vmovntps %ymm1, (%rax)
	vmovntps %ymm1, 0x12345678(%rbx,%rcx,4)
	vmovntps %ymm1, 0x100(%rip)
	vmovntps %ymm15, -0x80(%r12,%r13,2)
	vmovntps %ymm0, (%rsp)
	vmovntps %ymm15, 0x7ffffff0(%r13)

# VEX.L0/L1.66.0F.WIG 2B (mem): vmovntpd Mx,Vx
	vmovntpd %xmm1, (%rax)
	vmovntpd %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovntpd %xmm1, 0x100(%rip)
	vmovntpd %xmm15, -0x80(%r12,%r13,2)
	vmovntpd %xmm0, (%rsp)
	vmovntpd %xmm15, 0x7ffffff0(%r13)
	vmovntpd %ymm1, (%rax)
	vmovntpd %ymm1, 0x12345678(%rbx,%rcx,4)
	vmovntpd %ymm1, 0x100(%rip)
	vmovntpd %ymm15, -0x80(%r12,%r13,2)
	vmovntpd %ymm0, (%rsp)
	vmovntpd %ymm15, 0x7ffffff0(%r13)

# VEX.LIG.F3.0F.W0/W1 2C: vcvttss2si Gy,Wd
	vcvttss2si %xmm3, %ecx
	vcvttss2si %xmm12, %r15d
	vcvttss2si %xmm10, %eax
	{vex3} vcvttss2si %xmm3, %ecx
	vcvttss2si (%rax), %ecx
	vcvttss2si 0x12345678(%rbx,%rcx,4), %ecx
	vcvttss2si 0x100(%rip), %ecx
	vcvttss2si -0x80(%r12,%r13,2), %r15d
	vcvttss2si (%rsp), %eax
	vcvttss2si 0x7ffffff0(%r13), %r15d
	vcvttss2si %xmm3, %rcx
	vcvttss2si %xmm12, %r15
	vcvttss2si %xmm10, %rax
	{vex3} vcvttss2si %xmm3, %rcx
	vcvttss2si (%rax), %rcx
	vcvttss2si 0x12345678(%rbx,%rcx,4), %rcx
	vcvttss2si 0x100(%rip), %rcx
	vcvttss2si -0x80(%r12,%r13,2), %r15
	vcvttss2si (%rsp), %rax
	vcvttss2si 0x7ffffff0(%r13), %r15

# VEX.LIG.F2.0F.W0/W1 2C: vcvttsd2si Gy,Wq
	vcvttsd2si %xmm3, %ecx
	vcvttsd2si %xmm12, %r15d
	vcvttsd2si %xmm10, %eax
	{vex3} vcvttsd2si %xmm3, %ecx
	vcvttsd2si (%rax), %ecx
	vcvttsd2si 0x12345678(%rbx,%rcx,4), %ecx
	vcvttsd2si 0x100(%rip), %ecx
	vcvttsd2si -0x80(%r12,%r13,2), %r15d
	vcvttsd2si (%rsp), %eax
	vcvttsd2si 0x7ffffff0(%r13), %r15d
	vcvttsd2si %xmm3, %rcx
	vcvttsd2si %xmm12, %r15
	vcvttsd2si %xmm10, %rax
	{vex3} vcvttsd2si %xmm3, %rcx
	vcvttsd2si (%rax), %rcx
	vcvttsd2si 0x12345678(%rbx,%rcx,4), %rcx
	vcvttsd2si 0x100(%rip), %rcx
	vcvttsd2si -0x80(%r12,%r13,2), %r15
	vcvttsd2si (%rsp), %rax
	vcvttsd2si 0x7ffffff0(%r13), %r15

# VEX.LIG.F3.0F.W0/W1 2D: vcvtss2si Gy,Wd
	vcvtss2si %xmm3, %ecx
	vcvtss2si %xmm12, %r15d
	vcvtss2si %xmm10, %eax
	{vex3} vcvtss2si %xmm3, %ecx
	vcvtss2si (%rax), %ecx
	vcvtss2si 0x12345678(%rbx,%rcx,4), %ecx
	vcvtss2si 0x100(%rip), %ecx
	vcvtss2si -0x80(%r12,%r13,2), %r15d
	vcvtss2si (%rsp), %eax
	vcvtss2si 0x7ffffff0(%r13), %r15d
	vcvtss2si %xmm3, %rcx
	vcvtss2si %xmm12, %r15
	vcvtss2si %xmm10, %rax
	{vex3} vcvtss2si %xmm3, %rcx
	vcvtss2si (%rax), %rcx
	vcvtss2si 0x12345678(%rbx,%rcx,4), %rcx
	vcvtss2si 0x100(%rip), %rcx
	vcvtss2si -0x80(%r12,%r13,2), %r15
	vcvtss2si (%rsp), %rax
	vcvtss2si 0x7ffffff0(%r13), %r15

# VEX.LIG.F2.0F.W0/W1 2D: vcvtsd2si Gy,Wq
	vcvtsd2si %xmm3, %ecx
	vcvtsd2si %xmm12, %r15d
	vcvtsd2si %xmm10, %eax
	{vex3} vcvtsd2si %xmm3, %ecx
	vcvtsd2si (%rax), %ecx
	vcvtsd2si 0x12345678(%rbx,%rcx,4), %ecx
	vcvtsd2si 0x100(%rip), %ecx
	vcvtsd2si -0x80(%r12,%r13,2), %r15d
	vcvtsd2si (%rsp), %eax
	vcvtsd2si 0x7ffffff0(%r13), %r15d
	vcvtsd2si %xmm3, %rcx
	vcvtsd2si %xmm12, %r15
	vcvtsd2si %xmm10, %rax
	{vex3} vcvtsd2si %xmm3, %rcx
	vcvtsd2si (%rax), %rcx
	vcvtsd2si 0x12345678(%rbx,%rcx,4), %rcx
	vcvtsd2si 0x100(%rip), %rcx
	vcvtsd2si -0x80(%r12,%r13,2), %r15
	vcvtsd2si (%rsp), %rax
	vcvtsd2si 0x7ffffff0(%r13), %r15

# VEX.LIG.NP.0F.WIG 2E: vucomiss Vo,Wd
	vucomiss %xmm3, %xmm1
	vucomiss %xmm12, %xmm15
	vucomiss %xmm10, %xmm0
	{vex3} vucomiss %xmm3, %xmm1
	vucomiss (%rax), %xmm1
	vucomiss 0x12345678(%rbx,%rcx,4), %xmm1
	vucomiss 0x100(%rip), %xmm1
	vucomiss -0x80(%r12,%r13,2), %xmm15
	vucomiss (%rsp), %xmm0
	vucomiss 0x7ffffff0(%r13), %xmm15

# VEX.LIG.66.0F.WIG 2E: vucomisd Vo,Wq
	vucomisd %xmm3, %xmm1
	vucomisd %xmm12, %xmm15
	vucomisd %xmm10, %xmm0
	{vex3} vucomisd %xmm3, %xmm1
	vucomisd (%rax), %xmm1
	vucomisd 0x12345678(%rbx,%rcx,4), %xmm1
	vucomisd 0x100(%rip), %xmm1
	vucomisd -0x80(%r12,%r13,2), %xmm15
	vucomisd (%rsp), %xmm0
	vucomisd 0x7ffffff0(%r13), %xmm15

# VEX.LIG.NP.0F.WIG 2F: vcomiss Vo,Wd
	vcomiss %xmm3, %xmm1
	vcomiss %xmm12, %xmm15
	vcomiss %xmm10, %xmm0
	{vex3} vcomiss %xmm3, %xmm1
	vcomiss (%rax), %xmm1
	vcomiss 0x12345678(%rbx,%rcx,4), %xmm1
	vcomiss 0x100(%rip), %xmm1
	vcomiss -0x80(%r12,%r13,2), %xmm15
	vcomiss (%rsp), %xmm0
	vcomiss 0x7ffffff0(%r13), %xmm15

# VEX.LIG.66.0F.WIG 2F: vcomisd Vo,Wq
	vcomisd %xmm3, %xmm1
	vcomisd %xmm12, %xmm15
	vcomisd %xmm10, %xmm0
	{vex3} vcomisd %xmm3, %xmm1
	vcomisd (%rax), %xmm1
	vcomisd 0x12345678(%rbx,%rcx,4), %xmm1
	vcomisd 0x100(%rip), %xmm1
	vcomisd -0x80(%r12,%r13,2), %xmm15
	vcomisd (%rsp), %xmm0
	vcomisd 0x7ffffff0(%r13), %xmm15

# VEX.L0/L1.NP.0F.WIG 50 (reg): vmovmskps Gd,Ux
	vmovmskps %xmm3, %ecx
	vmovmskps %xmm12, %r15d
	vmovmskps %xmm10, %eax
	{vex3} vmovmskps %xmm3, %ecx
	vmovmskps %ymm3, %ecx
	vmovmskps %ymm12, %r15d
	vmovmskps %ymm10, %eax
	{vex3} vmovmskps %ymm3, %ecx

# VEX.L0/L1.66.0F.WIG 50 (reg): vmovmskpd Gd,Ux
	vmovmskpd %xmm3, %ecx
	vmovmskpd %xmm12, %r15d
	vmovmskpd %xmm10, %eax
	{vex3} vmovmskpd %xmm3, %ecx
	vmovmskpd %ymm3, %ecx
	vmovmskpd %ymm12, %r15d
	vmovmskpd %ymm10, %eax
	{vex3} vmovmskpd %ymm3, %ecx

# VEX.L0/L1.NP.0F.WIG 51: vsqrtps Vx,Wx
	vsqrtps %xmm3, %xmm1
	vsqrtps %xmm12, %xmm15
	vsqrtps %xmm10, %xmm0
	{vex3} vsqrtps %xmm3, %xmm1
	vsqrtps (%rax), %xmm1
	vsqrtps 0x12345678(%rbx,%rcx,4), %xmm1
	vsqrtps 0x100(%rip), %xmm1
	vsqrtps -0x80(%r12,%r13,2), %xmm15
	vsqrtps (%rsp), %xmm0
	vsqrtps 0x7ffffff0(%r13), %xmm15
	vsqrtps %ymm3, %ymm1
	vsqrtps %ymm12, %ymm15
	vsqrtps %ymm10, %ymm0
	{vex3} vsqrtps %ymm3, %ymm1
	vsqrtps (%rax), %ymm1
	vsqrtps 0x12345678(%rbx,%rcx,4), %ymm1
	vsqrtps 0x100(%rip), %ymm1
	vsqrtps -0x80(%r12,%r13,2), %ymm15
	vsqrtps (%rsp), %ymm0
	vsqrtps 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F.WIG 51: vsqrtpd Vx,Wx
	vsqrtpd %xmm3, %xmm1
	vsqrtpd %xmm12, %xmm15
	vsqrtpd %xmm10, %xmm0
	{vex3} vsqrtpd %xmm3, %xmm1
	vsqrtpd (%rax), %xmm1
	vsqrtpd 0x12345678(%rbx,%rcx,4), %xmm1
	vsqrtpd 0x100(%rip), %xmm1
	vsqrtpd -0x80(%r12,%r13,2), %xmm15
	vsqrtpd (%rsp), %xmm0
	vsqrtpd 0x7ffffff0(%r13), %xmm15
	vsqrtpd %ymm3, %ymm1
	vsqrtpd %ymm12, %ymm15
	vsqrtpd %ymm10, %ymm0
	{vex3} vsqrtpd %ymm3, %ymm1
	vsqrtpd (%rax), %ymm1
	vsqrtpd 0x12345678(%rbx,%rcx,4), %ymm1
	vsqrtpd 0x100(%rip), %ymm1
	vsqrtpd -0x80(%r12,%r13,2), %ymm15
	vsqrtpd (%rsp), %ymm0
	vsqrtpd 0x7ffffff0(%r13), %ymm15

# VEX.LIG.F3.0F.WIG 51: vsqrtss Vo,Ho,Wd
	vsqrtss %xmm3, %xmm2, %xmm1
	vsqrtss %xmm12, %xmm8, %xmm15
	vsqrtss %xmm10, %xmm7, %xmm0
	{vex3} vsqrtss %xmm3, %xmm2, %xmm1
	vsqrtss (%rax), %xmm2, %xmm1
	vsqrtss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vsqrtss 0x100(%rip), %xmm2, %xmm1
	vsqrtss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vsqrtss (%rsp), %xmm7, %xmm0
	vsqrtss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.F2.0F.WIG 51: vsqrtsd Vo,Ho,Wq
	vsqrtsd %xmm3, %xmm2, %xmm1
	vsqrtsd %xmm12, %xmm8, %xmm15
	vsqrtsd %xmm10, %xmm7, %xmm0
	{vex3} vsqrtsd %xmm3, %xmm2, %xmm1
	vsqrtsd (%rax), %xmm2, %xmm1
	vsqrtsd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vsqrtsd 0x100(%rip), %xmm2, %xmm1
	vsqrtsd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vsqrtsd (%rsp), %xmm7, %xmm0
	vsqrtsd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.NP.0F.WIG 52: vrsqrtps Vx,Wx
	vrsqrtps %xmm3, %xmm1
	vrsqrtps %xmm12, %xmm15
	vrsqrtps %xmm10, %xmm0
	{vex3} vrsqrtps %xmm3, %xmm1
	vrsqrtps (%rax), %xmm1
	vrsqrtps 0x12345678(%rbx,%rcx,4), %xmm1
	vrsqrtps 0x100(%rip), %xmm1
	vrsqrtps -0x80(%r12,%r13,2), %xmm15
	vrsqrtps (%rsp), %xmm0
	vrsqrtps 0x7ffffff0(%r13), %xmm15
	vrsqrtps %ymm3, %ymm1
	vrsqrtps %ymm12, %ymm15
	vrsqrtps %ymm10, %ymm0
	{vex3} vrsqrtps %ymm3, %ymm1
	vrsqrtps (%rax), %ymm1
	vrsqrtps 0x12345678(%rbx,%rcx,4), %ymm1
	vrsqrtps 0x100(%rip), %ymm1
	vrsqrtps -0x80(%r12,%r13,2), %ymm15
	vrsqrtps (%rsp), %ymm0
	vrsqrtps 0x7ffffff0(%r13), %ymm15

# VEX.LIG.F3.0F.WIG 52: vrsqrtss Vo,Ho,Wd
	vrsqrtss %xmm3, %xmm2, %xmm1
	vrsqrtss %xmm12, %xmm8, %xmm15
	vrsqrtss %xmm10, %xmm7, %xmm0
	{vex3} vrsqrtss %xmm3, %xmm2, %xmm1
	vrsqrtss (%rax), %xmm2, %xmm1
	vrsqrtss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vrsqrtss 0x100(%rip), %xmm2, %xmm1
	vrsqrtss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vrsqrtss (%rsp), %xmm7, %xmm0
	vrsqrtss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.NP.0F.WIG 53: vrcpps Vx,Wx
	vrcpps %xmm3, %xmm1
	vrcpps %xmm12, %xmm15
	vrcpps %xmm10, %xmm0
	{vex3} vrcpps %xmm3, %xmm1
	vrcpps (%rax), %xmm1
	vrcpps 0x12345678(%rbx,%rcx,4), %xmm1
	vrcpps 0x100(%rip), %xmm1
	vrcpps -0x80(%r12,%r13,2), %xmm15
	vrcpps (%rsp), %xmm0
	vrcpps 0x7ffffff0(%r13), %xmm15
	vrcpps %ymm3, %ymm1
	vrcpps %ymm12, %ymm15
	vrcpps %ymm10, %ymm0
	{vex3} vrcpps %ymm3, %ymm1
	vrcpps (%rax), %ymm1
	vrcpps 0x12345678(%rbx,%rcx,4), %ymm1
	vrcpps 0x100(%rip), %ymm1
	vrcpps -0x80(%r12,%r13,2), %ymm15
	vrcpps (%rsp), %ymm0
	vrcpps 0x7ffffff0(%r13), %ymm15

# VEX.LIG.F3.0F.WIG 53: vrcpss Vo,Ho,Wd
	vrcpss %xmm3, %xmm2, %xmm1
	vrcpss %xmm12, %xmm8, %xmm15
	vrcpss %xmm10, %xmm7, %xmm0
	{vex3} vrcpss %xmm3, %xmm2, %xmm1
	vrcpss (%rax), %xmm2, %xmm1
	vrcpss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vrcpss 0x100(%rip), %xmm2, %xmm1
	vrcpss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vrcpss (%rsp), %xmm7, %xmm0
	vrcpss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.NP.0F.WIG 54: vandps Vx,Hx,Wx
	vandps %xmm3, %xmm2, %xmm1
	vandps %xmm12, %xmm8, %xmm15
	vandps %xmm10, %xmm7, %xmm0
	{vex3} vandps %xmm3, %xmm2, %xmm1
	vandps (%rax), %xmm2, %xmm1
	vandps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vandps 0x100(%rip), %xmm2, %xmm1
	vandps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vandps (%rsp), %xmm7, %xmm0
	vandps 0x7ffffff0(%r13), %xmm8, %xmm15
	vandps %ymm3, %ymm2, %ymm1
	vandps %ymm12, %ymm8, %ymm15
	vandps %ymm10, %ymm7, %ymm0
	{vex3} vandps %ymm3, %ymm2, %ymm1
	vandps (%rax), %ymm2, %ymm1
	vandps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vandps 0x100(%rip), %ymm2, %ymm1
	vandps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vandps (%rsp), %ymm7, %ymm0
	vandps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG 54: vandpd Vx,Hx,Wx
	vandpd %xmm3, %xmm2, %xmm1
	vandpd %xmm12, %xmm8, %xmm15
	vandpd %xmm10, %xmm7, %xmm0
	{vex3} vandpd %xmm3, %xmm2, %xmm1
	vandpd (%rax), %xmm2, %xmm1
	vandpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vandpd 0x100(%rip), %xmm2, %xmm1
	vandpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vandpd (%rsp), %xmm7, %xmm0
	vandpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vandpd %ymm3, %ymm2, %ymm1
	vandpd %ymm12, %ymm8, %ymm15
	vandpd %ymm10, %ymm7, %ymm0
	{vex3} vandpd %ymm3, %ymm2, %ymm1
	vandpd (%rax), %ymm2, %ymm1
	vandpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vandpd 0x100(%rip), %ymm2, %ymm1
	vandpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vandpd (%rsp), %ymm7, %ymm0
	vandpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.NP.0F.WIG 55: vandnps Vx,Hx,Wx
	vandnps %xmm3, %xmm2, %xmm1
	vandnps %xmm12, %xmm8, %xmm15
	vandnps %xmm10, %xmm7, %xmm0
	{vex3} vandnps %xmm3, %xmm2, %xmm1
	vandnps (%rax), %xmm2, %xmm1
	vandnps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vandnps 0x100(%rip), %xmm2, %xmm1
	vandnps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vandnps (%rsp), %xmm7, %xmm0
	vandnps 0x7ffffff0(%r13), %xmm8, %xmm15
	vandnps %ymm3, %ymm2, %ymm1
	vandnps %ymm12, %ymm8, %ymm15
	vandnps %ymm10, %ymm7, %ymm0
	{vex3} vandnps %ymm3, %ymm2, %ymm1
	vandnps (%rax), %ymm2, %ymm1
	vandnps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vandnps 0x100(%rip), %ymm2, %ymm1
	vandnps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vandnps (%rsp), %ymm7, %ymm0
	vandnps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG 55: vandnpd Vx,Hx,Wx
	vandnpd %xmm3, %xmm2, %xmm1
	vandnpd %xmm12, %xmm8, %xmm15
	vandnpd %xmm10, %xmm7, %xmm0
	{vex3} vandnpd %xmm3, %xmm2, %xmm1
	vandnpd (%rax), %xmm2, %xmm1
	vandnpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vandnpd 0x100(%rip), %xmm2, %xmm1
	vandnpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vandnpd (%rsp), %xmm7, %xmm0
	vandnpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vandnpd %ymm3, %ymm2, %ymm1
	vandnpd %ymm12, %ymm8, %ymm15
	vandnpd %ymm10, %ymm7, %ymm0
	{vex3} vandnpd %ymm3, %ymm2, %ymm1
	vandnpd (%rax), %ymm2, %ymm1
	vandnpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vandnpd 0x100(%rip), %ymm2, %ymm1
	vandnpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vandnpd (%rsp), %ymm7, %ymm0
	vandnpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.NP.0F.WIG 56: vorps Vx,Hx,Wx
	vorps %xmm3, %xmm2, %xmm1
	vorps %xmm12, %xmm8, %xmm15
	vorps %xmm10, %xmm7, %xmm0
	{vex3} vorps %xmm3, %xmm2, %xmm1
	vorps (%rax), %xmm2, %xmm1
	vorps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vorps 0x100(%rip), %xmm2, %xmm1
	vorps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vorps (%rsp), %xmm7, %xmm0
	vorps 0x7ffffff0(%r13), %xmm8, %xmm15
	vorps %ymm3, %ymm2, %ymm1
	vorps %ymm12, %ymm8, %ymm15
	vorps %ymm10, %ymm7, %ymm0
	{vex3} vorps %ymm3, %ymm2, %ymm1
	vorps (%rax), %ymm2, %ymm1
	vorps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vorps 0x100(%rip), %ymm2, %ymm1
	vorps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vorps (%rsp), %ymm7, %ymm0
	vorps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG 56: vorpd Vx,Hx,Wx
	vorpd %xmm3, %xmm2, %xmm1
	vorpd %xmm12, %xmm8, %xmm15
	vorpd %xmm10, %xmm7, %xmm0
	{vex3} vorpd %xmm3, %xmm2, %xmm1
	vorpd (%rax), %xmm2, %xmm1
	vorpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vorpd 0x100(%rip), %xmm2, %xmm1
	vorpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vorpd (%rsp), %xmm7, %xmm0
	vorpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vorpd %ymm3, %ymm2, %ymm1
	vorpd %ymm12, %ymm8, %ymm15
	vorpd %ymm10, %ymm7, %ymm0
	{vex3} vorpd %ymm3, %ymm2, %ymm1
	vorpd (%rax), %ymm2, %ymm1
	vorpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vorpd 0x100(%rip), %ymm2, %ymm1
	vorpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vorpd (%rsp), %ymm7, %ymm0
	vorpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.NP.0F.WIG 57: vxorps Vx,Hx,Wx
	vxorps %xmm3, %xmm2, %xmm1
	vxorps %xmm12, %xmm8, %xmm15
	vxorps %xmm10, %xmm7, %xmm0
	{vex3} vxorps %xmm3, %xmm2, %xmm1
	vxorps (%rax), %xmm2, %xmm1
	vxorps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vxorps 0x100(%rip), %xmm2, %xmm1
	vxorps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vxorps (%rsp), %xmm7, %xmm0
	vxorps 0x7ffffff0(%r13), %xmm8, %xmm15
	vxorps %ymm3, %ymm2, %ymm1
	vxorps %ymm12, %ymm8, %ymm15
	vxorps %ymm10, %ymm7, %ymm0
	{vex3} vxorps %ymm3, %ymm2, %ymm1
	vxorps (%rax), %ymm2, %ymm1
	vxorps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vxorps 0x100(%rip), %ymm2, %ymm1
	vxorps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vxorps (%rsp), %ymm7, %ymm0
	vxorps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG 57: vxorpd Vx,Hx,Wx
	vxorpd %xmm3, %xmm2, %xmm1
	vxorpd %xmm12, %xmm8, %xmm15
	vxorpd %xmm10, %xmm7, %xmm0
	{vex3} vxorpd %xmm3, %xmm2, %xmm1
	vxorpd (%rax), %xmm2, %xmm1
	vxorpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vxorpd 0x100(%rip), %xmm2, %xmm1
	vxorpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vxorpd (%rsp), %xmm7, %xmm0
	vxorpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vxorpd %ymm3, %ymm2, %ymm1
	vxorpd %ymm12, %ymm8, %ymm15
	vxorpd %ymm10, %ymm7, %ymm0
	{vex3} vxorpd %ymm3, %ymm2, %ymm1
	vxorpd (%rax), %ymm2, %ymm1
	vxorpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vxorpd 0x100(%rip), %ymm2, %ymm1
	vxorpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vxorpd (%rsp), %ymm7, %ymm0
	vxorpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.NP.0F.WIG 58: vaddps Vx,Hx,Wx
	vaddps %xmm3, %xmm2, %xmm1
	vaddps %xmm12, %xmm8, %xmm15
	vaddps %xmm10, %xmm7, %xmm0
	{vex3} vaddps %xmm3, %xmm2, %xmm1
	vaddps (%rax), %xmm2, %xmm1
	vaddps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vaddps 0x100(%rip), %xmm2, %xmm1
	vaddps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vaddps (%rsp), %xmm7, %xmm0
	vaddps 0x7ffffff0(%r13), %xmm8, %xmm15
	vaddps %ymm3, %ymm2, %ymm1
	vaddps %ymm12, %ymm8, %ymm15
	vaddps %ymm10, %ymm7, %ymm0
	{vex3} vaddps %ymm3, %ymm2, %ymm1
	vaddps (%rax), %ymm2, %ymm1
	vaddps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vaddps 0x100(%rip), %ymm2, %ymm1
	vaddps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vaddps (%rsp), %ymm7, %ymm0
	vaddps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG 58: vaddpd Vx,Hx,Wx
	vaddpd %xmm3, %xmm2, %xmm1
	vaddpd %xmm12, %xmm8, %xmm15
	vaddpd %xmm10, %xmm7, %xmm0
	{vex3} vaddpd %xmm3, %xmm2, %xmm1
	vaddpd (%rax), %xmm2, %xmm1
	vaddpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vaddpd 0x100(%rip), %xmm2, %xmm1
	vaddpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vaddpd (%rsp), %xmm7, %xmm0
	vaddpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vaddpd %ymm3, %ymm2, %ymm1
	vaddpd %ymm12, %ymm8, %ymm15
	vaddpd %ymm10, %ymm7, %ymm0
	{vex3} vaddpd %ymm3, %ymm2, %ymm1
	vaddpd (%rax), %ymm2, %ymm1
	vaddpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vaddpd 0x100(%rip), %ymm2, %ymm1
	vaddpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vaddpd (%rsp), %ymm7, %ymm0
	vaddpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.F3.0F.WIG 58: vaddss Vo,Ho,Wd
	vaddss %xmm3, %xmm2, %xmm1
	vaddss %xmm12, %xmm8, %xmm15
	vaddss %xmm10, %xmm7, %xmm0
	{vex3} vaddss %xmm3, %xmm2, %xmm1
	vaddss (%rax), %xmm2, %xmm1
	vaddss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vaddss 0x100(%rip), %xmm2, %xmm1
	vaddss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vaddss (%rsp), %xmm7, %xmm0
	vaddss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.F2.0F.WIG 58: vaddsd Vo,Ho,Wq
	vaddsd %xmm3, %xmm2, %xmm1
	vaddsd %xmm12, %xmm8, %xmm15
	vaddsd %xmm10, %xmm7, %xmm0
	{vex3} vaddsd %xmm3, %xmm2, %xmm1
	vaddsd (%rax), %xmm2, %xmm1
	vaddsd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vaddsd 0x100(%rip), %xmm2, %xmm1
	vaddsd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vaddsd (%rsp), %xmm7, %xmm0
	vaddsd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.NP.0F.WIG 59: vmulps Vx,Hx,Wx
	vmulps %xmm3, %xmm2, %xmm1
	vmulps %xmm12, %xmm8, %xmm15
	vmulps %xmm10, %xmm7, %xmm0
	{vex3} vmulps %xmm3, %xmm2, %xmm1
	vmulps (%rax), %xmm2, %xmm1
	vmulps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmulps 0x100(%rip), %xmm2, %xmm1
	vmulps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmulps (%rsp), %xmm7, %xmm0
	vmulps 0x7ffffff0(%r13), %xmm8, %xmm15
	vmulps %ymm3, %ymm2, %ymm1
	vmulps %ymm12, %ymm8, %ymm15
	vmulps %ymm10, %ymm7, %ymm0
	{vex3} vmulps %ymm3, %ymm2, %ymm1
	vmulps (%rax), %ymm2, %ymm1
	vmulps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vmulps 0x100(%rip), %ymm2, %ymm1
	vmulps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vmulps (%rsp), %ymm7, %ymm0
	vmulps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG 59: vmulpd Vx,Hx,Wx
	vmulpd %xmm3, %xmm2, %xmm1
	vmulpd %xmm12, %xmm8, %xmm15
	vmulpd %xmm10, %xmm7, %xmm0
	{vex3} vmulpd %xmm3, %xmm2, %xmm1
	vmulpd (%rax), %xmm2, %xmm1
	vmulpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmulpd 0x100(%rip), %xmm2, %xmm1
	vmulpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmulpd (%rsp), %xmm7, %xmm0
	vmulpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vmulpd %ymm3, %ymm2, %ymm1
	vmulpd %ymm12, %ymm8, %ymm15
	vmulpd %ymm10, %ymm7, %ymm0
	{vex3} vmulpd %ymm3, %ymm2, %ymm1
	vmulpd (%rax), %ymm2, %ymm1
	vmulpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vmulpd 0x100(%rip), %ymm2, %ymm1
	vmulpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vmulpd (%rsp), %ymm7, %ymm0
	vmulpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.F3.0F.WIG 59: vmulss Vo,Ho,Wd
	vmulss %xmm3, %xmm2, %xmm1
	vmulss %xmm12, %xmm8, %xmm15
	vmulss %xmm10, %xmm7, %xmm0
	{vex3} vmulss %xmm3, %xmm2, %xmm1
	vmulss (%rax), %xmm2, %xmm1
	vmulss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmulss 0x100(%rip), %xmm2, %xmm1
	vmulss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmulss (%rsp), %xmm7, %xmm0
	vmulss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.F2.0F.WIG 59: vmulsd Vo,Ho,Wq
	vmulsd %xmm3, %xmm2, %xmm1
	vmulsd %xmm12, %xmm8, %xmm15
	vmulsd %xmm10, %xmm7, %xmm0
	{vex3} vmulsd %xmm3, %xmm2, %xmm1
	vmulsd (%rax), %xmm2, %xmm1
	vmulsd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmulsd 0x100(%rip), %xmm2, %xmm1
	vmulsd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmulsd (%rsp), %xmm7, %xmm0
	vmulsd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.128.NP.0F.WIG 5A: vcvtps2pd Vo,Wq
	vcvtps2pd %xmm3, %xmm1
	vcvtps2pd %xmm12, %xmm15
	vcvtps2pd %xmm10, %xmm0
	{vex3} vcvtps2pd %xmm3, %xmm1
	vcvtps2pd (%rax), %xmm1
	vcvtps2pd 0x12345678(%rbx,%rcx,4), %xmm1
	vcvtps2pd 0x100(%rip), %xmm1
	vcvtps2pd -0x80(%r12,%r13,2), %xmm15
	vcvtps2pd (%rsp), %xmm0
	vcvtps2pd 0x7ffffff0(%r13), %xmm15

# VEX.256.NP.0F.WIG 5A: vcvtps2pd Vy,Wo
	vcvtps2pd %xmm3, %ymm1
	vcvtps2pd %xmm12, %ymm15
	vcvtps2pd %xmm10, %ymm0
	{vex3} vcvtps2pd %xmm3, %ymm1
	vcvtps2pd (%rax), %ymm1
	vcvtps2pd 0x12345678(%rbx,%rcx,4), %ymm1
	vcvtps2pd 0x100(%rip), %ymm1
	vcvtps2pd -0x80(%r12,%r13,2), %ymm15
	vcvtps2pd (%rsp), %ymm0
	vcvtps2pd 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F.WIG 5A: vcvtpd2ps Vo,Wo
	vcvtpd2ps %xmm3, %xmm1
	vcvtpd2ps %xmm12, %xmm15
	vcvtpd2ps %xmm10, %xmm0
	{vex3} vcvtpd2ps %xmm3, %xmm1
	vcvtpd2psx (%rax), %xmm1
	vcvtpd2psx 0x12345678(%rbx,%rcx,4), %xmm1
	vcvtpd2psx 0x100(%rip), %xmm1
	vcvtpd2psx -0x80(%r12,%r13,2), %xmm15
	vcvtpd2psx (%rsp), %xmm0
	vcvtpd2psx 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F.WIG 5A: vcvtpd2ps Vo,Wy
	vcvtpd2ps %ymm3, %xmm1
	vcvtpd2ps %ymm12, %xmm15
	vcvtpd2ps %ymm10, %xmm0
	{vex3} vcvtpd2ps %ymm3, %xmm1
	vcvtpd2psy (%rax), %xmm1
	vcvtpd2psy 0x12345678(%rbx,%rcx,4), %xmm1
	vcvtpd2psy 0x100(%rip), %xmm1
	vcvtpd2psy -0x80(%r12,%r13,2), %xmm15
	vcvtpd2psy (%rsp), %xmm0
	vcvtpd2psy 0x7ffffff0(%r13), %xmm15

# VEX.LIG.F3.0F.WIG 5A: vcvtss2sd Vo,Ho,Wd
	vcvtss2sd %xmm3, %xmm2, %xmm1
	vcvtss2sd %xmm12, %xmm8, %xmm15
	vcvtss2sd %xmm10, %xmm7, %xmm0
	{vex3} vcvtss2sd %xmm3, %xmm2, %xmm1
	vcvtss2sd (%rax), %xmm2, %xmm1
	vcvtss2sd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vcvtss2sd 0x100(%rip), %xmm2, %xmm1
	vcvtss2sd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vcvtss2sd (%rsp), %xmm7, %xmm0
	vcvtss2sd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.F2.0F.WIG 5A: vcvtsd2ss Vo,Ho,Wq
	vcvtsd2ss %xmm3, %xmm2, %xmm1
	vcvtsd2ss %xmm12, %xmm8, %xmm15
	vcvtsd2ss %xmm10, %xmm7, %xmm0
	{vex3} vcvtsd2ss %xmm3, %xmm2, %xmm1
	vcvtsd2ss (%rax), %xmm2, %xmm1
	vcvtsd2ss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vcvtsd2ss 0x100(%rip), %xmm2, %xmm1
	vcvtsd2ss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vcvtsd2ss (%rsp), %xmm7, %xmm0
	vcvtsd2ss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.NP.0F.WIG 5B: vcvtdq2ps Vx,Wx
	vcvtdq2ps %xmm3, %xmm1
	vcvtdq2ps %xmm12, %xmm15
	vcvtdq2ps %xmm10, %xmm0
	{vex3} vcvtdq2ps %xmm3, %xmm1
	vcvtdq2ps (%rax), %xmm1
	vcvtdq2ps 0x12345678(%rbx,%rcx,4), %xmm1
	vcvtdq2ps 0x100(%rip), %xmm1
	vcvtdq2ps -0x80(%r12,%r13,2), %xmm15
	vcvtdq2ps (%rsp), %xmm0
	vcvtdq2ps 0x7ffffff0(%r13), %xmm15
	vcvtdq2ps %ymm3, %ymm1
	vcvtdq2ps %ymm12, %ymm15
	vcvtdq2ps %ymm10, %ymm0
	{vex3} vcvtdq2ps %ymm3, %ymm1
	vcvtdq2ps (%rax), %ymm1
	vcvtdq2ps 0x12345678(%rbx,%rcx,4), %ymm1
	vcvtdq2ps 0x100(%rip), %ymm1
	vcvtdq2ps -0x80(%r12,%r13,2), %ymm15
	vcvtdq2ps (%rsp), %ymm0
	vcvtdq2ps 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F.WIG 5B: vcvtps2dq Vx,Wx
	vcvtps2dq %xmm3, %xmm1
	vcvtps2dq %xmm12, %xmm15
	vcvtps2dq %xmm10, %xmm0
	{vex3} vcvtps2dq %xmm3, %xmm1
	vcvtps2dq (%rax), %xmm1
	vcvtps2dq 0x12345678(%rbx,%rcx,4), %xmm1
	vcvtps2dq 0x100(%rip), %xmm1
	vcvtps2dq -0x80(%r12,%r13,2), %xmm15
	vcvtps2dq (%rsp), %xmm0
	vcvtps2dq 0x7ffffff0(%r13), %xmm15
	vcvtps2dq %ymm3, %ymm1
	vcvtps2dq %ymm12, %ymm15
	vcvtps2dq %ymm10, %ymm0
	{vex3} vcvtps2dq %ymm3, %ymm1
	vcvtps2dq (%rax), %ymm1
	vcvtps2dq 0x12345678(%rbx,%rcx,4), %ymm1
	vcvtps2dq 0x100(%rip), %ymm1
	vcvtps2dq -0x80(%r12,%r13,2), %ymm15
	vcvtps2dq (%rsp), %ymm0
	vcvtps2dq 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.F3.0F.WIG 5B: vcvttps2dq Vx,Wx
	vcvttps2dq %xmm3, %xmm1
	vcvttps2dq %xmm12, %xmm15
	vcvttps2dq %xmm10, %xmm0
	{vex3} vcvttps2dq %xmm3, %xmm1
	vcvttps2dq (%rax), %xmm1
	vcvttps2dq 0x12345678(%rbx,%rcx,4), %xmm1
	vcvttps2dq 0x100(%rip), %xmm1
	vcvttps2dq -0x80(%r12,%r13,2), %xmm15
	vcvttps2dq (%rsp), %xmm0
	vcvttps2dq 0x7ffffff0(%r13), %xmm15
	vcvttps2dq %ymm3, %ymm1
	vcvttps2dq %ymm12, %ymm15
	vcvttps2dq %ymm10, %ymm0
	{vex3} vcvttps2dq %ymm3, %ymm1
	vcvttps2dq (%rax), %ymm1
	vcvttps2dq 0x12345678(%rbx,%rcx,4), %ymm1
	vcvttps2dq 0x100(%rip), %ymm1
	vcvttps2dq -0x80(%r12,%r13,2), %ymm15
	vcvttps2dq (%rsp), %ymm0
	vcvttps2dq 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.NP.0F.WIG 5C: vsubps Vx,Hx,Wx
	vsubps %xmm3, %xmm2, %xmm1
	vsubps %xmm12, %xmm8, %xmm15
	vsubps %xmm10, %xmm7, %xmm0
	{vex3} vsubps %xmm3, %xmm2, %xmm1
	vsubps (%rax), %xmm2, %xmm1
	vsubps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vsubps 0x100(%rip), %xmm2, %xmm1
	vsubps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vsubps (%rsp), %xmm7, %xmm0
	vsubps 0x7ffffff0(%r13), %xmm8, %xmm15
	vsubps %ymm3, %ymm2, %ymm1
	vsubps %ymm12, %ymm8, %ymm15
	vsubps %ymm10, %ymm7, %ymm0
	{vex3} vsubps %ymm3, %ymm2, %ymm1
	vsubps (%rax), %ymm2, %ymm1
	vsubps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vsubps 0x100(%rip), %ymm2, %ymm1
	vsubps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vsubps (%rsp), %ymm7, %ymm0
	vsubps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG 5C: vsubpd Vx,Hx,Wx
	vsubpd %xmm3, %xmm2, %xmm1
	vsubpd %xmm12, %xmm8, %xmm15
	vsubpd %xmm10, %xmm7, %xmm0
	{vex3} vsubpd %xmm3, %xmm2, %xmm1
	vsubpd (%rax), %xmm2, %xmm1
	vsubpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vsubpd 0x100(%rip), %xmm2, %xmm1
	vsubpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vsubpd (%rsp), %xmm7, %xmm0
	vsubpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vsubpd %ymm3, %ymm2, %ymm1
	vsubpd %ymm12, %ymm8, %ymm15
	vsubpd %ymm10, %ymm7, %ymm0
	{vex3} vsubpd %ymm3, %ymm2, %ymm1
	vsubpd (%rax), %ymm2, %ymm1
	vsubpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vsubpd 0x100(%rip), %ymm2, %ymm1
	vsubpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vsubpd (%rsp), %ymm7, %ymm0
	vsubpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.F3.0F.WIG 5C: vsubss Vo,Ho,Wd
	vsubss %xmm3, %xmm2, %xmm1
	vsubss %xmm12, %xmm8, %xmm15
	vsubss %xmm10, %xmm7, %xmm0
	{vex3} vsubss %xmm3, %xmm2, %xmm1
	vsubss (%rax), %xmm2, %xmm1
	vsubss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vsubss 0x100(%rip), %xmm2, %xmm1
	vsubss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vsubss (%rsp), %xmm7, %xmm0
	vsubss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.F2.0F.WIG 5C: vsubsd Vo,Ho,Wq
	vsubsd %xmm3, %xmm2, %xmm1
	vsubsd %xmm12, %xmm8, %xmm15
	vsubsd %xmm10, %xmm7, %xmm0
	{vex3} vsubsd %xmm3, %xmm2, %xmm1
	vsubsd (%rax), %xmm2, %xmm1
	vsubsd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vsubsd 0x100(%rip), %xmm2, %xmm1
	vsubsd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vsubsd (%rsp), %xmm7, %xmm0
	vsubsd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.NP.0F.WIG 5D: vminps Vx,Hx,Wx
	vminps %xmm3, %xmm2, %xmm1
	vminps %xmm12, %xmm8, %xmm15
	vminps %xmm10, %xmm7, %xmm0
	{vex3} vminps %xmm3, %xmm2, %xmm1
	vminps (%rax), %xmm2, %xmm1
	vminps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vminps 0x100(%rip), %xmm2, %xmm1
	vminps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vminps (%rsp), %xmm7, %xmm0
	vminps 0x7ffffff0(%r13), %xmm8, %xmm15
	vminps %ymm3, %ymm2, %ymm1
	vminps %ymm12, %ymm8, %ymm15
	vminps %ymm10, %ymm7, %ymm0
	{vex3} vminps %ymm3, %ymm2, %ymm1
	vminps (%rax), %ymm2, %ymm1
	vminps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vminps 0x100(%rip), %ymm2, %ymm1
	vminps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vminps (%rsp), %ymm7, %ymm0
	vminps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG 5D: vminpd Vx,Hx,Wx
	vminpd %xmm3, %xmm2, %xmm1
	vminpd %xmm12, %xmm8, %xmm15
	vminpd %xmm10, %xmm7, %xmm0
	{vex3} vminpd %xmm3, %xmm2, %xmm1
	vminpd (%rax), %xmm2, %xmm1
	vminpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vminpd 0x100(%rip), %xmm2, %xmm1
	vminpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vminpd (%rsp), %xmm7, %xmm0
	vminpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vminpd %ymm3, %ymm2, %ymm1
	vminpd %ymm12, %ymm8, %ymm15
	vminpd %ymm10, %ymm7, %ymm0
	{vex3} vminpd %ymm3, %ymm2, %ymm1
	vminpd (%rax), %ymm2, %ymm1
	vminpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vminpd 0x100(%rip), %ymm2, %ymm1
	vminpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vminpd (%rsp), %ymm7, %ymm0
	vminpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.F3.0F.WIG 5D: vminss Vo,Ho,Wd
	vminss %xmm3, %xmm2, %xmm1
	vminss %xmm12, %xmm8, %xmm15
	vminss %xmm10, %xmm7, %xmm0
	{vex3} vminss %xmm3, %xmm2, %xmm1
	vminss (%rax), %xmm2, %xmm1
	vminss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vminss 0x100(%rip), %xmm2, %xmm1
	vminss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vminss (%rsp), %xmm7, %xmm0
	vminss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.F2.0F.WIG 5D: vminsd Vo,Ho,Wq
	vminsd %xmm3, %xmm2, %xmm1
	vminsd %xmm12, %xmm8, %xmm15
	vminsd %xmm10, %xmm7, %xmm0
	{vex3} vminsd %xmm3, %xmm2, %xmm1
	vminsd (%rax), %xmm2, %xmm1
	vminsd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vminsd 0x100(%rip), %xmm2, %xmm1
	vminsd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vminsd (%rsp), %xmm7, %xmm0
	vminsd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.NP.0F.WIG 5E: vdivps Vx,Hx,Wx
	vdivps %xmm3, %xmm2, %xmm1
	vdivps %xmm12, %xmm8, %xmm15
	vdivps %xmm10, %xmm7, %xmm0
	{vex3} vdivps %xmm3, %xmm2, %xmm1
	vdivps (%rax), %xmm2, %xmm1
	vdivps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vdivps 0x100(%rip), %xmm2, %xmm1
	vdivps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vdivps (%rsp), %xmm7, %xmm0
	vdivps 0x7ffffff0(%r13), %xmm8, %xmm15
	vdivps %ymm3, %ymm2, %ymm1
	vdivps %ymm12, %ymm8, %ymm15
	vdivps %ymm10, %ymm7, %ymm0
	{vex3} vdivps %ymm3, %ymm2, %ymm1
	vdivps (%rax), %ymm2, %ymm1
	vdivps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vdivps 0x100(%rip), %ymm2, %ymm1
	vdivps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vdivps (%rsp), %ymm7, %ymm0
	vdivps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG 5E: vdivpd Vx,Hx,Wx
	vdivpd %xmm3, %xmm2, %xmm1
	vdivpd %xmm12, %xmm8, %xmm15
	vdivpd %xmm10, %xmm7, %xmm0
	{vex3} vdivpd %xmm3, %xmm2, %xmm1
	vdivpd (%rax), %xmm2, %xmm1
	vdivpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vdivpd 0x100(%rip), %xmm2, %xmm1
	vdivpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vdivpd (%rsp), %xmm7, %xmm0
	vdivpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vdivpd %ymm3, %ymm2, %ymm1
	vdivpd %ymm12, %ymm8, %ymm15
	vdivpd %ymm10, %ymm7, %ymm0
	{vex3} vdivpd %ymm3, %ymm2, %ymm1
	vdivpd (%rax), %ymm2, %ymm1
	vdivpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vdivpd 0x100(%rip), %ymm2, %ymm1
	vdivpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vdivpd (%rsp), %ymm7, %ymm0
	vdivpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.F3.0F.WIG 5E: vdivss Vo,Ho,Wd
	vdivss %xmm3, %xmm2, %xmm1
	vdivss %xmm12, %xmm8, %xmm15
	vdivss %xmm10, %xmm7, %xmm0
	{vex3} vdivss %xmm3, %xmm2, %xmm1
	vdivss (%rax), %xmm2, %xmm1
	vdivss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vdivss 0x100(%rip), %xmm2, %xmm1
	vdivss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vdivss (%rsp), %xmm7, %xmm0
	vdivss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.F2.0F.WIG 5E: vdivsd Vo,Ho,Wq
	vdivsd %xmm3, %xmm2, %xmm1
	vdivsd %xmm12, %xmm8, %xmm15
	vdivsd %xmm10, %xmm7, %xmm0
	{vex3} vdivsd %xmm3, %xmm2, %xmm1
	vdivsd (%rax), %xmm2, %xmm1
	vdivsd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vdivsd 0x100(%rip), %xmm2, %xmm1
	vdivsd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vdivsd (%rsp), %xmm7, %xmm0
	vdivsd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.NP.0F.WIG 5F: vmaxps Vx,Hx,Wx
	vmaxps %xmm3, %xmm2, %xmm1
	vmaxps %xmm12, %xmm8, %xmm15
	vmaxps %xmm10, %xmm7, %xmm0
	{vex3} vmaxps %xmm3, %xmm2, %xmm1
	vmaxps (%rax), %xmm2, %xmm1
	vmaxps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmaxps 0x100(%rip), %xmm2, %xmm1
	vmaxps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmaxps (%rsp), %xmm7, %xmm0
	vmaxps 0x7ffffff0(%r13), %xmm8, %xmm15
	vmaxps %ymm3, %ymm2, %ymm1
	vmaxps %ymm12, %ymm8, %ymm15
	vmaxps %ymm10, %ymm7, %ymm0
	{vex3} vmaxps %ymm3, %ymm2, %ymm1
	vmaxps (%rax), %ymm2, %ymm1
	vmaxps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vmaxps 0x100(%rip), %ymm2, %ymm1
	vmaxps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vmaxps (%rsp), %ymm7, %ymm0
	vmaxps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG 5F: vmaxpd Vx,Hx,Wx
	vmaxpd %xmm3, %xmm2, %xmm1
	vmaxpd %xmm12, %xmm8, %xmm15
	vmaxpd %xmm10, %xmm7, %xmm0
	{vex3} vmaxpd %xmm3, %xmm2, %xmm1
	vmaxpd (%rax), %xmm2, %xmm1
	vmaxpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmaxpd 0x100(%rip), %xmm2, %xmm1
	vmaxpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmaxpd (%rsp), %xmm7, %xmm0
	vmaxpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vmaxpd %ymm3, %ymm2, %ymm1
	vmaxpd %ymm12, %ymm8, %ymm15
	vmaxpd %ymm10, %ymm7, %ymm0
	{vex3} vmaxpd %ymm3, %ymm2, %ymm1
	vmaxpd (%rax), %ymm2, %ymm1
	vmaxpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vmaxpd 0x100(%rip), %ymm2, %ymm1
	vmaxpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vmaxpd (%rsp), %ymm7, %ymm0
	vmaxpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.F3.0F.WIG 5F: vmaxss Vo,Ho,Wd
	vmaxss %xmm3, %xmm2, %xmm1
	vmaxss %xmm12, %xmm8, %xmm15
	vmaxss %xmm10, %xmm7, %xmm0
	{vex3} vmaxss %xmm3, %xmm2, %xmm1
	vmaxss (%rax), %xmm2, %xmm1
	vmaxss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmaxss 0x100(%rip), %xmm2, %xmm1
	vmaxss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmaxss (%rsp), %xmm7, %xmm0
	vmaxss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.F2.0F.WIG 5F: vmaxsd Vo,Ho,Wq
	vmaxsd %xmm3, %xmm2, %xmm1
	vmaxsd %xmm12, %xmm8, %xmm15
	vmaxsd %xmm10, %xmm7, %xmm0
	{vex3} vmaxsd %xmm3, %xmm2, %xmm1
	vmaxsd (%rax), %xmm2, %xmm1
	vmaxsd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmaxsd 0x100(%rip), %xmm2, %xmm1
	vmaxsd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmaxsd (%rsp), %xmm7, %xmm0
	vmaxsd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.128.66.0F.WIG 60: vpunpcklbw Vx,Hx,Wx
	vpunpcklbw %xmm3, %xmm2, %xmm1
	vpunpcklbw %xmm12, %xmm8, %xmm15
	vpunpcklbw %xmm10, %xmm7, %xmm0
	{vex3} vpunpcklbw %xmm3, %xmm2, %xmm1
	vpunpcklbw (%rax), %xmm2, %xmm1
	vpunpcklbw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpunpcklbw 0x100(%rip), %xmm2, %xmm1
	vpunpcklbw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpunpcklbw (%rsp), %xmm7, %xmm0
	vpunpcklbw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 60: vpunpcklbw Vx,Hx,Wx
	vpunpcklbw %ymm3, %ymm2, %ymm1
	vpunpcklbw %ymm12, %ymm8, %ymm15
	vpunpcklbw %ymm10, %ymm7, %ymm0
	{vex3} vpunpcklbw %ymm3, %ymm2, %ymm1
	vpunpcklbw (%rax), %ymm2, %ymm1
	vpunpcklbw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpunpcklbw 0x100(%rip), %ymm2, %ymm1
	vpunpcklbw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpunpcklbw (%rsp), %ymm7, %ymm0
	vpunpcklbw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 61: vpunpcklwd Vx,Hx,Wx
	vpunpcklwd %xmm3, %xmm2, %xmm1
	vpunpcklwd %xmm12, %xmm8, %xmm15
	vpunpcklwd %xmm10, %xmm7, %xmm0
	{vex3} vpunpcklwd %xmm3, %xmm2, %xmm1
	vpunpcklwd (%rax), %xmm2, %xmm1
	vpunpcklwd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpunpcklwd 0x100(%rip), %xmm2, %xmm1
	vpunpcklwd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpunpcklwd (%rsp), %xmm7, %xmm0
	vpunpcklwd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 61: vpunpcklwd Vx,Hx,Wx
	vpunpcklwd %ymm3, %ymm2, %ymm1
	vpunpcklwd %ymm12, %ymm8, %ymm15
	vpunpcklwd %ymm10, %ymm7, %ymm0
	{vex3} vpunpcklwd %ymm3, %ymm2, %ymm1
	vpunpcklwd (%rax), %ymm2, %ymm1
	vpunpcklwd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpunpcklwd 0x100(%rip), %ymm2, %ymm1
	vpunpcklwd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpunpcklwd (%rsp), %ymm7, %ymm0
	vpunpcklwd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 62: vpunpckldq Vx,Hx,Wx
	vpunpckldq %xmm3, %xmm2, %xmm1
	vpunpckldq %xmm12, %xmm8, %xmm15
	vpunpckldq %xmm10, %xmm7, %xmm0
	{vex3} vpunpckldq %xmm3, %xmm2, %xmm1
	vpunpckldq (%rax), %xmm2, %xmm1
	vpunpckldq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpunpckldq 0x100(%rip), %xmm2, %xmm1
	vpunpckldq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpunpckldq (%rsp), %xmm7, %xmm0
	vpunpckldq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 62: vpunpckldq Vx,Hx,Wx
	vpunpckldq %ymm3, %ymm2, %ymm1
	vpunpckldq %ymm12, %ymm8, %ymm15
	vpunpckldq %ymm10, %ymm7, %ymm0
	{vex3} vpunpckldq %ymm3, %ymm2, %ymm1
	vpunpckldq (%rax), %ymm2, %ymm1
	vpunpckldq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpunpckldq 0x100(%rip), %ymm2, %ymm1
	vpunpckldq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpunpckldq (%rsp), %ymm7, %ymm0
	vpunpckldq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 63: vpacksswb Vx,Hx,Wx
	vpacksswb %xmm3, %xmm2, %xmm1
	vpacksswb %xmm12, %xmm8, %xmm15
	vpacksswb %xmm10, %xmm7, %xmm0
	{vex3} vpacksswb %xmm3, %xmm2, %xmm1
	vpacksswb (%rax), %xmm2, %xmm1
	vpacksswb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpacksswb 0x100(%rip), %xmm2, %xmm1
	vpacksswb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpacksswb (%rsp), %xmm7, %xmm0
	vpacksswb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 63: vpacksswb Vx,Hx,Wx
	vpacksswb %ymm3, %ymm2, %ymm1
	vpacksswb %ymm12, %ymm8, %ymm15
	vpacksswb %ymm10, %ymm7, %ymm0
	{vex3} vpacksswb %ymm3, %ymm2, %ymm1
	vpacksswb (%rax), %ymm2, %ymm1
	vpacksswb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpacksswb 0x100(%rip), %ymm2, %ymm1
	vpacksswb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpacksswb (%rsp), %ymm7, %ymm0
	vpacksswb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 64: vpcmpgtb Vx,Hx,Wx
	vpcmpgtb %xmm3, %xmm2, %xmm1
	vpcmpgtb %xmm12, %xmm8, %xmm15
	vpcmpgtb %xmm10, %xmm7, %xmm0
	{vex3} vpcmpgtb %xmm3, %xmm2, %xmm1
	vpcmpgtb (%rax), %xmm2, %xmm1
	vpcmpgtb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpcmpgtb 0x100(%rip), %xmm2, %xmm1
	vpcmpgtb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpcmpgtb (%rsp), %xmm7, %xmm0
	vpcmpgtb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 64: vpcmpgtb Vx,Hx,Wx
	vpcmpgtb %ymm3, %ymm2, %ymm1
	vpcmpgtb %ymm12, %ymm8, %ymm15
	vpcmpgtb %ymm10, %ymm7, %ymm0
	{vex3} vpcmpgtb %ymm3, %ymm2, %ymm1
	vpcmpgtb (%rax), %ymm2, %ymm1
	vpcmpgtb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpcmpgtb 0x100(%rip), %ymm2, %ymm1
	vpcmpgtb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpcmpgtb (%rsp), %ymm7, %ymm0
	vpcmpgtb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 65: vpcmpgtw Vx,Hx,Wx
	vpcmpgtw %xmm3, %xmm2, %xmm1
	vpcmpgtw %xmm12, %xmm8, %xmm15
	vpcmpgtw %xmm10, %xmm7, %xmm0
	{vex3} vpcmpgtw %xmm3, %xmm2, %xmm1
	vpcmpgtw (%rax), %xmm2, %xmm1
	vpcmpgtw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpcmpgtw 0x100(%rip), %xmm2, %xmm1
	vpcmpgtw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpcmpgtw (%rsp), %xmm7, %xmm0
	vpcmpgtw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 65: vpcmpgtw Vx,Hx,Wx
	vpcmpgtw %ymm3, %ymm2, %ymm1
	vpcmpgtw %ymm12, %ymm8, %ymm15
	vpcmpgtw %ymm10, %ymm7, %ymm0
	{vex3} vpcmpgtw %ymm3, %ymm2, %ymm1
	vpcmpgtw (%rax), %ymm2, %ymm1
	vpcmpgtw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpcmpgtw 0x100(%rip), %ymm2, %ymm1
	vpcmpgtw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpcmpgtw (%rsp), %ymm7, %ymm0
	vpcmpgtw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 66: vpcmpgtd Vx,Hx,Wx
	vpcmpgtd %xmm3, %xmm2, %xmm1
	vpcmpgtd %xmm12, %xmm8, %xmm15
	vpcmpgtd %xmm10, %xmm7, %xmm0
	{vex3} vpcmpgtd %xmm3, %xmm2, %xmm1
	vpcmpgtd (%rax), %xmm2, %xmm1
	vpcmpgtd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpcmpgtd 0x100(%rip), %xmm2, %xmm1
	vpcmpgtd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpcmpgtd (%rsp), %xmm7, %xmm0
	vpcmpgtd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 66: vpcmpgtd Vx,Hx,Wx
	vpcmpgtd %ymm3, %ymm2, %ymm1
	vpcmpgtd %ymm12, %ymm8, %ymm15
	vpcmpgtd %ymm10, %ymm7, %ymm0
	{vex3} vpcmpgtd %ymm3, %ymm2, %ymm1
	vpcmpgtd (%rax), %ymm2, %ymm1
	vpcmpgtd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpcmpgtd 0x100(%rip), %ymm2, %ymm1
	vpcmpgtd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpcmpgtd (%rsp), %ymm7, %ymm0
	vpcmpgtd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 67: vpackuswb Vx,Hx,Wx
	vpackuswb %xmm3, %xmm2, %xmm1
	vpackuswb %xmm12, %xmm8, %xmm15
	vpackuswb %xmm10, %xmm7, %xmm0
	{vex3} vpackuswb %xmm3, %xmm2, %xmm1
	vpackuswb (%rax), %xmm2, %xmm1
	vpackuswb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpackuswb 0x100(%rip), %xmm2, %xmm1
	vpackuswb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpackuswb (%rsp), %xmm7, %xmm0
	vpackuswb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 67: vpackuswb Vx,Hx,Wx
	vpackuswb %ymm3, %ymm2, %ymm1
	vpackuswb %ymm12, %ymm8, %ymm15
	vpackuswb %ymm10, %ymm7, %ymm0
	{vex3} vpackuswb %ymm3, %ymm2, %ymm1
	vpackuswb (%rax), %ymm2, %ymm1
	vpackuswb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpackuswb 0x100(%rip), %ymm2, %ymm1
	vpackuswb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpackuswb (%rsp), %ymm7, %ymm0
	vpackuswb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 68: vpunpckhbw Vx,Hx,Wx
	vpunpckhbw %xmm3, %xmm2, %xmm1
	vpunpckhbw %xmm12, %xmm8, %xmm15
	vpunpckhbw %xmm10, %xmm7, %xmm0
	{vex3} vpunpckhbw %xmm3, %xmm2, %xmm1
	vpunpckhbw (%rax), %xmm2, %xmm1
	vpunpckhbw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpunpckhbw 0x100(%rip), %xmm2, %xmm1
	vpunpckhbw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpunpckhbw (%rsp), %xmm7, %xmm0
	vpunpckhbw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 68: vpunpckhbw Vx,Hx,Wx
	vpunpckhbw %ymm3, %ymm2, %ymm1
	vpunpckhbw %ymm12, %ymm8, %ymm15
	vpunpckhbw %ymm10, %ymm7, %ymm0
	{vex3} vpunpckhbw %ymm3, %ymm2, %ymm1
	vpunpckhbw (%rax), %ymm2, %ymm1
	vpunpckhbw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpunpckhbw 0x100(%rip), %ymm2, %ymm1
	vpunpckhbw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpunpckhbw (%rsp), %ymm7, %ymm0
	vpunpckhbw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 69: vpunpckhwd Vx,Hx,Wx
	vpunpckhwd %xmm3, %xmm2, %xmm1
	vpunpckhwd %xmm12, %xmm8, %xmm15
	vpunpckhwd %xmm10, %xmm7, %xmm0
	{vex3} vpunpckhwd %xmm3, %xmm2, %xmm1
	vpunpckhwd (%rax), %xmm2, %xmm1
	vpunpckhwd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpunpckhwd 0x100(%rip), %xmm2, %xmm1
	vpunpckhwd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpunpckhwd (%rsp), %xmm7, %xmm0
	vpunpckhwd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 69: vpunpckhwd Vx,Hx,Wx
	vpunpckhwd %ymm3, %ymm2, %ymm1
	vpunpckhwd %ymm12, %ymm8, %ymm15
	vpunpckhwd %ymm10, %ymm7, %ymm0
	{vex3} vpunpckhwd %ymm3, %ymm2, %ymm1
	vpunpckhwd (%rax), %ymm2, %ymm1
	vpunpckhwd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpunpckhwd 0x100(%rip), %ymm2, %ymm1
	vpunpckhwd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpunpckhwd (%rsp), %ymm7, %ymm0
	vpunpckhwd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 6A: vpunpckhdq Vx,Hx,Wx
	vpunpckhdq %xmm3, %xmm2, %xmm1
	vpunpckhdq %xmm12, %xmm8, %xmm15
	vpunpckhdq %xmm10, %xmm7, %xmm0
	{vex3} vpunpckhdq %xmm3, %xmm2, %xmm1
	vpunpckhdq (%rax), %xmm2, %xmm1
	vpunpckhdq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpunpckhdq 0x100(%rip), %xmm2, %xmm1
	vpunpckhdq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpunpckhdq (%rsp), %xmm7, %xmm0
	vpunpckhdq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 6A: vpunpckhdq Vx,Hx,Wx
	vpunpckhdq %ymm3, %ymm2, %ymm1
	vpunpckhdq %ymm12, %ymm8, %ymm15
	vpunpckhdq %ymm10, %ymm7, %ymm0
	{vex3} vpunpckhdq %ymm3, %ymm2, %ymm1
	vpunpckhdq (%rax), %ymm2, %ymm1
	vpunpckhdq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpunpckhdq 0x100(%rip), %ymm2, %ymm1
	vpunpckhdq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpunpckhdq (%rsp), %ymm7, %ymm0
	vpunpckhdq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 6B: vpackssdw Vx,Hx,Wx
	vpackssdw %xmm3, %xmm2, %xmm1
	vpackssdw %xmm12, %xmm8, %xmm15
	vpackssdw %xmm10, %xmm7, %xmm0
	{vex3} vpackssdw %xmm3, %xmm2, %xmm1
	vpackssdw (%rax), %xmm2, %xmm1
	vpackssdw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpackssdw 0x100(%rip), %xmm2, %xmm1
	vpackssdw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpackssdw (%rsp), %xmm7, %xmm0
	vpackssdw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 6B: vpackssdw Vx,Hx,Wx
	vpackssdw %ymm3, %ymm2, %ymm1
	vpackssdw %ymm12, %ymm8, %ymm15
	vpackssdw %ymm10, %ymm7, %ymm0
	{vex3} vpackssdw %ymm3, %ymm2, %ymm1
	vpackssdw (%rax), %ymm2, %ymm1
	vpackssdw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpackssdw 0x100(%rip), %ymm2, %ymm1
	vpackssdw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpackssdw (%rsp), %ymm7, %ymm0
	vpackssdw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 6C: vpunpcklqdq Vx,Hx,Wx
	vpunpcklqdq %xmm3, %xmm2, %xmm1
	vpunpcklqdq %xmm12, %xmm8, %xmm15
	vpunpcklqdq %xmm10, %xmm7, %xmm0
	{vex3} vpunpcklqdq %xmm3, %xmm2, %xmm1
	vpunpcklqdq (%rax), %xmm2, %xmm1
	vpunpcklqdq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpunpcklqdq 0x100(%rip), %xmm2, %xmm1
	vpunpcklqdq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpunpcklqdq (%rsp), %xmm7, %xmm0
	vpunpcklqdq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 6C: vpunpcklqdq Vx,Hx,Wx
	vpunpcklqdq %ymm3, %ymm2, %ymm1
	vpunpcklqdq %ymm12, %ymm8, %ymm15
	vpunpcklqdq %ymm10, %ymm7, %ymm0
	{vex3} vpunpcklqdq %ymm3, %ymm2, %ymm1
	vpunpcklqdq (%rax), %ymm2, %ymm1
	vpunpcklqdq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpunpcklqdq 0x100(%rip), %ymm2, %ymm1
	vpunpcklqdq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpunpcklqdq (%rsp), %ymm7, %ymm0
	vpunpcklqdq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 6D: vpunpckhqdq Vx,Hx,Wx
	vpunpckhqdq %xmm3, %xmm2, %xmm1
	vpunpckhqdq %xmm12, %xmm8, %xmm15
	vpunpckhqdq %xmm10, %xmm7, %xmm0
	{vex3} vpunpckhqdq %xmm3, %xmm2, %xmm1
	vpunpckhqdq (%rax), %xmm2, %xmm1
	vpunpckhqdq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpunpckhqdq 0x100(%rip), %xmm2, %xmm1
	vpunpckhqdq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpunpckhqdq (%rsp), %xmm7, %xmm0
	vpunpckhqdq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 6D: vpunpckhqdq Vx,Hx,Wx
	vpunpckhqdq %ymm3, %ymm2, %ymm1
	vpunpckhqdq %ymm12, %ymm8, %ymm15
	vpunpckhqdq %ymm10, %ymm7, %ymm0
	{vex3} vpunpckhqdq %ymm3, %ymm2, %ymm1
	vpunpckhqdq (%rax), %ymm2, %ymm1
	vpunpckhqdq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpunpckhqdq 0x100(%rip), %ymm2, %ymm1
	vpunpckhqdq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpunpckhqdq (%rsp), %ymm7, %ymm0
	vpunpckhqdq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.W0 6E: vmovd Vo,Ey
	vmovd %ebx, %xmm1
	vmovd %r12d, %xmm15
	vmovd %r10d, %xmm0
	{vex3} vmovd %ebx, %xmm1
	vmovd (%rax), %xmm1
	vmovd 0x12345678(%rbx,%rcx,4), %xmm1
	vmovd 0x100(%rip), %xmm1
	vmovd -0x80(%r12,%r13,2), %xmm15
	vmovd (%rsp), %xmm0
	vmovd 0x7ffffff0(%r13), %xmm15

# VEX.128.66.0F.W1 6E: vmovq Vo,Ey
	vmovq %rbx, %xmm1
	vmovq %r12, %xmm15
	vmovq %r10, %xmm0
	{vex3} vmovq %rbx, %xmm1

# VEX.L0/L1.66.0F.WIG 6F: vmovdqa Vx,Wx
	{load} vmovdqa %xmm3, %xmm1
	{load} vmovdqa %xmm12, %xmm15
	{load} vmovdqa %xmm10, %xmm0
	{vex3} {load} vmovdqa %xmm3, %xmm1
	vmovdqa (%rax), %xmm1
	vmovdqa 0x12345678(%rbx,%rcx,4), %xmm1
	vmovdqa 0x100(%rip), %xmm1
	vmovdqa -0x80(%r12,%r13,2), %xmm15
	vmovdqa (%rsp), %xmm0
	vmovdqa 0x7ffffff0(%r13), %xmm15
	{load} vmovdqa %ymm3, %ymm1
	{load} vmovdqa %ymm12, %ymm15
	{load} vmovdqa %ymm10, %ymm0
	{vex3} {load} vmovdqa %ymm3, %ymm1
	vmovdqa (%rax), %ymm1
	vmovdqa 0x12345678(%rbx,%rcx,4), %ymm1
	vmovdqa 0x100(%rip), %ymm1
	vmovdqa -0x80(%r12,%r13,2), %ymm15
	vmovdqa (%rsp), %ymm0
	vmovdqa 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.F3.0F.WIG 6F: vmovdqu Vx,Wx
	{load} vmovdqu %xmm3, %xmm1
	{load} vmovdqu %xmm12, %xmm15
	{load} vmovdqu %xmm10, %xmm0
	{vex3} {load} vmovdqu %xmm3, %xmm1
	vmovdqu (%rax), %xmm1
	vmovdqu 0x12345678(%rbx,%rcx,4), %xmm1
	vmovdqu 0x100(%rip), %xmm1
	vmovdqu -0x80(%r12,%r13,2), %xmm15
	vmovdqu (%rsp), %xmm0
	vmovdqu 0x7ffffff0(%r13), %xmm15
	{load} vmovdqu %ymm3, %ymm1
	{load} vmovdqu %ymm12, %ymm15
	{load} vmovdqu %ymm10, %ymm0
	{vex3} {load} vmovdqu %ymm3, %ymm1
	vmovdqu (%rax), %ymm1
	vmovdqu 0x12345678(%rbx,%rcx,4), %ymm1
	vmovdqu 0x100(%rip), %ymm1
	vmovdqu -0x80(%r12,%r13,2), %ymm15
	vmovdqu (%rsp), %ymm0
	vmovdqu 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F.WIG 70: vpshufd Vx,Wx,Ib
	vpshufd $0x1b, %xmm3, %xmm1
	vpshufd $0x1b, %xmm12, %xmm15
	vpshufd $0x1b, %xmm10, %xmm0
	{vex3} vpshufd $0x1b, %xmm3, %xmm1
	vpshufd $0x1b, (%rax), %xmm1
	vpshufd $0x1b, 0x12345678(%rbx,%rcx,4), %xmm1
	vpshufd $0x1b, 0x100(%rip), %xmm1
	vpshufd $0x1b, -0x80(%r12,%r13,2), %xmm15
	vpshufd $0x1b, (%rsp), %xmm0
	vpshufd $0x1b, 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F.WIG 70: vpshufd Vx,Wx,Ib
	vpshufd $0x1b, %ymm3, %ymm1
	vpshufd $0x1b, %ymm12, %ymm15
	vpshufd $0x1b, %ymm10, %ymm0
	{vex3} vpshufd $0x1b, %ymm3, %ymm1
	vpshufd $0x1b, (%rax), %ymm1
	vpshufd $0x1b, 0x12345678(%rbx,%rcx,4), %ymm1
	vpshufd $0x1b, 0x100(%rip), %ymm1
	vpshufd $0x1b, -0x80(%r12,%r13,2), %ymm15
	vpshufd $0x1b, (%rsp), %ymm0
	vpshufd $0x1b, 0x7ffffff0(%r13), %ymm15

# VEX.128.F3.0F.WIG 70: vpshufhw Vx,Wx,Ib
	vpshufhw $0x1b, %xmm3, %xmm1
	vpshufhw $0x1b, %xmm12, %xmm15
	vpshufhw $0x1b, %xmm10, %xmm0
	{vex3} vpshufhw $0x1b, %xmm3, %xmm1
	vpshufhw $0x1b, (%rax), %xmm1
	vpshufhw $0x1b, 0x12345678(%rbx,%rcx,4), %xmm1
	vpshufhw $0x1b, 0x100(%rip), %xmm1
	vpshufhw $0x1b, -0x80(%r12,%r13,2), %xmm15
	vpshufhw $0x1b, (%rsp), %xmm0
	vpshufhw $0x1b, 0x7ffffff0(%r13), %xmm15

# VEX.256.F3.0F.WIG 70: vpshufhw Vx,Wx,Ib
	vpshufhw $0x1b, %ymm3, %ymm1
	vpshufhw $0x1b, %ymm12, %ymm15
	vpshufhw $0x1b, %ymm10, %ymm0
	{vex3} vpshufhw $0x1b, %ymm3, %ymm1
	vpshufhw $0x1b, (%rax), %ymm1
	vpshufhw $0x1b, 0x12345678(%rbx,%rcx,4), %ymm1
	vpshufhw $0x1b, 0x100(%rip), %ymm1
	vpshufhw $0x1b, -0x80(%r12,%r13,2), %ymm15
	vpshufhw $0x1b, (%rsp), %ymm0
	vpshufhw $0x1b, 0x7ffffff0(%r13), %ymm15

# VEX.128.F2.0F.WIG 70: vpshuflw Vx,Wx,Ib
	vpshuflw $0x1b, %xmm3, %xmm1
	vpshuflw $0x1b, %xmm12, %xmm15
	vpshuflw $0x1b, %xmm10, %xmm0
	{vex3} vpshuflw $0x1b, %xmm3, %xmm1
	vpshuflw $0x1b, (%rax), %xmm1
	vpshuflw $0x1b, 0x12345678(%rbx,%rcx,4), %xmm1
	vpshuflw $0x1b, 0x100(%rip), %xmm1
	vpshuflw $0x1b, -0x80(%r12,%r13,2), %xmm15
	vpshuflw $0x1b, (%rsp), %xmm0
	vpshuflw $0x1b, 0x7ffffff0(%r13), %xmm15

# VEX.256.F2.0F.WIG 70: vpshuflw Vx,Wx,Ib
	vpshuflw $0x1b, %ymm3, %ymm1
	vpshuflw $0x1b, %ymm12, %ymm15
	vpshuflw $0x1b, %ymm10, %ymm0
	{vex3} vpshuflw $0x1b, %ymm3, %ymm1
	vpshuflw $0x1b, (%rax), %ymm1
	vpshuflw $0x1b, 0x12345678(%rbx,%rcx,4), %ymm1
	vpshuflw $0x1b, 0x100(%rip), %ymm1
	vpshuflw $0x1b, -0x80(%r12,%r13,2), %ymm15
	vpshuflw $0x1b, (%rsp), %ymm0
	vpshuflw $0x1b, 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F.WIG 71 /2 (reg): vpsrlw Hx,Ux,Ib
	vpsrlw $0x1b, %xmm3, %xmm2
	vpsrlw $0x1b, %xmm12, %xmm8
	vpsrlw $0x1b, %xmm10, %xmm7
	{vex3} vpsrlw $0x1b, %xmm3, %xmm2

# VEX.256.66.0F.WIG 71 /2 (reg): vpsrlw Hx,Ux,Ib
	vpsrlw $0x1b, %ymm3, %ymm2
	vpsrlw $0x1b, %ymm12, %ymm8
	vpsrlw $0x1b, %ymm10, %ymm7
	{vex3} vpsrlw $0x1b, %ymm3, %ymm2

# VEX.128.66.0F.WIG 71 /4 (reg): vpsraw Hx,Ux,Ib
	vpsraw $0x1b, %xmm3, %xmm2
	vpsraw $0x1b, %xmm12, %xmm8
	vpsraw $0x1b, %xmm10, %xmm7
	{vex3} vpsraw $0x1b, %xmm3, %xmm2

# VEX.256.66.0F.WIG 71 /4 (reg): vpsraw Hx,Ux,Ib
	vpsraw $0x1b, %ymm3, %ymm2
	vpsraw $0x1b, %ymm12, %ymm8
	vpsraw $0x1b, %ymm10, %ymm7
	{vex3} vpsraw $0x1b, %ymm3, %ymm2

# VEX.128.66.0F.WIG 71 /6 (reg): vpsllw Hx,Ux,Ib
	vpsllw $0x1b, %xmm3, %xmm2
	vpsllw $0x1b, %xmm12, %xmm8
	vpsllw $0x1b, %xmm10, %xmm7
	{vex3} vpsllw $0x1b, %xmm3, %xmm2

# VEX.256.66.0F.WIG 71 /6 (reg): vpsllw Hx,Ux,Ib
	vpsllw $0x1b, %ymm3, %ymm2
	vpsllw $0x1b, %ymm12, %ymm8
	vpsllw $0x1b, %ymm10, %ymm7
	{vex3} vpsllw $0x1b, %ymm3, %ymm2

# VEX.128.66.0F.WIG 72 /2 (reg): vpsrld Hx,Ux,Ib
	vpsrld $0x1b, %xmm3, %xmm2
	vpsrld $0x1b, %xmm12, %xmm8
	vpsrld $0x1b, %xmm10, %xmm7
	{vex3} vpsrld $0x1b, %xmm3, %xmm2

# VEX.256.66.0F.WIG 72 /2 (reg): vpsrld Hx,Ux,Ib
	vpsrld $0x1b, %ymm3, %ymm2
	vpsrld $0x1b, %ymm12, %ymm8
	vpsrld $0x1b, %ymm10, %ymm7
	{vex3} vpsrld $0x1b, %ymm3, %ymm2

# VEX.128.66.0F.WIG 72 /4 (reg): vpsrad Hx,Ux,Ib
	vpsrad $0x1b, %xmm3, %xmm2
	vpsrad $0x1b, %xmm12, %xmm8
	vpsrad $0x1b, %xmm10, %xmm7
	{vex3} vpsrad $0x1b, %xmm3, %xmm2

# VEX.256.66.0F.WIG 72 /4 (reg): vpsrad Hx,Ux,Ib
	vpsrad $0x1b, %ymm3, %ymm2
	vpsrad $0x1b, %ymm12, %ymm8
	vpsrad $0x1b, %ymm10, %ymm7
	{vex3} vpsrad $0x1b, %ymm3, %ymm2

# VEX.128.66.0F.WIG 72 /6 (reg): vpslld Hx,Ux,Ib
	vpslld $0x1b, %xmm3, %xmm2
	vpslld $0x1b, %xmm12, %xmm8
	vpslld $0x1b, %xmm10, %xmm7
	{vex3} vpslld $0x1b, %xmm3, %xmm2

# VEX.256.66.0F.WIG 72 /6 (reg): vpslld Hx,Ux,Ib
	vpslld $0x1b, %ymm3, %ymm2
	vpslld $0x1b, %ymm12, %ymm8
	vpslld $0x1b, %ymm10, %ymm7
	{vex3} vpslld $0x1b, %ymm3, %ymm2

# VEX.128.66.0F.WIG 73 /2 (reg): vpsrlq Hx,Ux,Ib
	vpsrlq $0x1b, %xmm3, %xmm2
	vpsrlq $0x1b, %xmm12, %xmm8
	vpsrlq $0x1b, %xmm10, %xmm7
	{vex3} vpsrlq $0x1b, %xmm3, %xmm2

# VEX.256.66.0F.WIG 73 /2 (reg): vpsrlq Hx,Ux,Ib
	vpsrlq $0x1b, %ymm3, %ymm2
	vpsrlq $0x1b, %ymm12, %ymm8
	vpsrlq $0x1b, %ymm10, %ymm7
	{vex3} vpsrlq $0x1b, %ymm3, %ymm2

# VEX.128.66.0F.WIG 73 /3 (reg): vpsrldq Hx,Ux,Ib
	vpsrldq $0x1b, %xmm3, %xmm2
	vpsrldq $0x1b, %xmm12, %xmm8
	vpsrldq $0x1b, %xmm10, %xmm7
	{vex3} vpsrldq $0x1b, %xmm3, %xmm2

# VEX.256.66.0F.WIG 73 /3 (reg): vpsrldq Hx,Ux,Ib
	vpsrldq $0x1b, %ymm3, %ymm2
	vpsrldq $0x1b, %ymm12, %ymm8
	vpsrldq $0x1b, %ymm10, %ymm7
	{vex3} vpsrldq $0x1b, %ymm3, %ymm2

# VEX.128.66.0F.WIG 73 /6 (reg): vpsllq Hx,Ux,Ib
	vpsllq $0x1b, %xmm3, %xmm2
	vpsllq $0x1b, %xmm12, %xmm8
	vpsllq $0x1b, %xmm10, %xmm7
	{vex3} vpsllq $0x1b, %xmm3, %xmm2

# VEX.256.66.0F.WIG 73 /6 (reg): vpsllq Hx,Ux,Ib
	vpsllq $0x1b, %ymm3, %ymm2
	vpsllq $0x1b, %ymm12, %ymm8
	vpsllq $0x1b, %ymm10, %ymm7
	{vex3} vpsllq $0x1b, %ymm3, %ymm2

# VEX.128.66.0F.WIG 73 /7 (reg): vpslldq Hx,Ux,Ib
	vpslldq $0x1b, %xmm3, %xmm2
	vpslldq $0x1b, %xmm12, %xmm8
	vpslldq $0x1b, %xmm10, %xmm7
	{vex3} vpslldq $0x1b, %xmm3, %xmm2

# VEX.256.66.0F.WIG 73 /7 (reg): vpslldq Hx,Ux,Ib
	vpslldq $0x1b, %ymm3, %ymm2
	vpslldq $0x1b, %ymm12, %ymm8
	vpslldq $0x1b, %ymm10, %ymm7
	{vex3} vpslldq $0x1b, %ymm3, %ymm2

# VEX.128.66.0F.WIG 74: vpcmpeqb Vx,Hx,Wx
	vpcmpeqb %xmm3, %xmm2, %xmm1
	vpcmpeqb %xmm12, %xmm8, %xmm15
	vpcmpeqb %xmm10, %xmm7, %xmm0
	{vex3} vpcmpeqb %xmm3, %xmm2, %xmm1
	vpcmpeqb (%rax), %xmm2, %xmm1
	vpcmpeqb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpcmpeqb 0x100(%rip), %xmm2, %xmm1
	vpcmpeqb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpcmpeqb (%rsp), %xmm7, %xmm0
	vpcmpeqb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 74: vpcmpeqb Vx,Hx,Wx
	vpcmpeqb %ymm3, %ymm2, %ymm1
	vpcmpeqb %ymm12, %ymm8, %ymm15
	vpcmpeqb %ymm10, %ymm7, %ymm0
	{vex3} vpcmpeqb %ymm3, %ymm2, %ymm1
	vpcmpeqb (%rax), %ymm2, %ymm1
	vpcmpeqb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpcmpeqb 0x100(%rip), %ymm2, %ymm1
	vpcmpeqb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpcmpeqb (%rsp), %ymm7, %ymm0
	vpcmpeqb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 75: vpcmpeqw Vx,Hx,Wx
	vpcmpeqw %xmm3, %xmm2, %xmm1
	vpcmpeqw %xmm12, %xmm8, %xmm15
	vpcmpeqw %xmm10, %xmm7, %xmm0
	{vex3} vpcmpeqw %xmm3, %xmm2, %xmm1
	vpcmpeqw (%rax), %xmm2, %xmm1
	vpcmpeqw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpcmpeqw 0x100(%rip), %xmm2, %xmm1
	vpcmpeqw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpcmpeqw (%rsp), %xmm7, %xmm0
	vpcmpeqw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 75: vpcmpeqw Vx,Hx,Wx
	vpcmpeqw %ymm3, %ymm2, %ymm1
	vpcmpeqw %ymm12, %ymm8, %ymm15
	vpcmpeqw %ymm10, %ymm7, %ymm0
	{vex3} vpcmpeqw %ymm3, %ymm2, %ymm1
	vpcmpeqw (%rax), %ymm2, %ymm1
	vpcmpeqw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpcmpeqw 0x100(%rip), %ymm2, %ymm1
	vpcmpeqw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpcmpeqw (%rsp), %ymm7, %ymm0
	vpcmpeqw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG 76: vpcmpeqd Vx,Hx,Wx
	vpcmpeqd %xmm3, %xmm2, %xmm1
	vpcmpeqd %xmm12, %xmm8, %xmm15
	vpcmpeqd %xmm10, %xmm7, %xmm0
	{vex3} vpcmpeqd %xmm3, %xmm2, %xmm1
	vpcmpeqd (%rax), %xmm2, %xmm1
	vpcmpeqd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpcmpeqd 0x100(%rip), %xmm2, %xmm1
	vpcmpeqd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpcmpeqd (%rsp), %xmm7, %xmm0
	vpcmpeqd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG 76: vpcmpeqd Vx,Hx,Wx
	vpcmpeqd %ymm3, %ymm2, %ymm1
	vpcmpeqd %ymm12, %ymm8, %ymm15
	vpcmpeqd %ymm10, %ymm7, %ymm0
	{vex3} vpcmpeqd %ymm3, %ymm2, %ymm1
	vpcmpeqd (%rax), %ymm2, %ymm1
	vpcmpeqd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpcmpeqd 0x100(%rip), %ymm2, %ymm1
	vpcmpeqd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpcmpeqd (%rsp), %ymm7, %ymm0
	vpcmpeqd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.NP.0F.WIG 77: vzeroupper
	vzeroupper
	{vex3} vzeroupper

# VEX.256.NP.0F.WIG 77: vzeroall
	vzeroall
	{vex3} vzeroall

# VEX.L0/L1.66.0F.WIG 7C: vhaddpd Vx,Hx,Wx
	vhaddpd %xmm3, %xmm2, %xmm1
	vhaddpd %xmm12, %xmm8, %xmm15
	vhaddpd %xmm10, %xmm7, %xmm0
	{vex3} vhaddpd %xmm3, %xmm2, %xmm1
	vhaddpd (%rax), %xmm2, %xmm1
	vhaddpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vhaddpd 0x100(%rip), %xmm2, %xmm1
	vhaddpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vhaddpd (%rsp), %xmm7, %xmm0
	vhaddpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vhaddpd %ymm3, %ymm2, %ymm1
	vhaddpd %ymm12, %ymm8, %ymm15
	vhaddpd %ymm10, %ymm7, %ymm0
	{vex3} vhaddpd %ymm3, %ymm2, %ymm1
	vhaddpd (%rax), %ymm2, %ymm1
	vhaddpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vhaddpd 0x100(%rip), %ymm2, %ymm1
	vhaddpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vhaddpd (%rsp), %ymm7, %ymm0
	vhaddpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.F2.0F.WIG 7C: vhaddps Vx,Hx,Wx
	vhaddps %xmm3, %xmm2, %xmm1
	vhaddps %xmm12, %xmm8, %xmm15
	vhaddps %xmm10, %xmm7, %xmm0
	{vex3} vhaddps %xmm3, %xmm2, %xmm1
	vhaddps (%rax), %xmm2, %xmm1
	vhaddps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vhaddps 0x100(%rip), %xmm2, %xmm1
	vhaddps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vhaddps (%rsp), %xmm7, %xmm0
	vhaddps 0x7ffffff0(%r13), %xmm8, %xmm15
	vhaddps %ymm3, %ymm2, %ymm1
	vhaddps %ymm12, %ymm8, %ymm15
	vhaddps %ymm10, %ymm7, %ymm0
	{vex3} vhaddps %ymm3, %ymm2, %ymm1
	vhaddps (%rax), %ymm2, %ymm1
	vhaddps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vhaddps 0x100(%rip), %ymm2, %ymm1
	vhaddps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vhaddps (%rsp), %ymm7, %ymm0
	vhaddps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG 7D: vhsubpd Vx,Hx,Wx
	vhsubpd %xmm3, %xmm2, %xmm1
	vhsubpd %xmm12, %xmm8, %xmm15
	vhsubpd %xmm10, %xmm7, %xmm0
	{vex3} vhsubpd %xmm3, %xmm2, %xmm1
	vhsubpd (%rax), %xmm2, %xmm1
	vhsubpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vhsubpd 0x100(%rip), %xmm2, %xmm1
	vhsubpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vhsubpd (%rsp), %xmm7, %xmm0
	vhsubpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vhsubpd %ymm3, %ymm2, %ymm1
	vhsubpd %ymm12, %ymm8, %ymm15
	vhsubpd %ymm10, %ymm7, %ymm0
	{vex3} vhsubpd %ymm3, %ymm2, %ymm1
	vhsubpd (%rax), %ymm2, %ymm1
	vhsubpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vhsubpd 0x100(%rip), %ymm2, %ymm1
	vhsubpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vhsubpd (%rsp), %ymm7, %ymm0
	vhsubpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.F2.0F.WIG 7D: vhsubps Vx,Hx,Wx
	vhsubps %xmm3, %xmm2, %xmm1
	vhsubps %xmm12, %xmm8, %xmm15
	vhsubps %xmm10, %xmm7, %xmm0
	{vex3} vhsubps %xmm3, %xmm2, %xmm1
	vhsubps (%rax), %xmm2, %xmm1
	vhsubps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vhsubps 0x100(%rip), %xmm2, %xmm1
	vhsubps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vhsubps (%rsp), %xmm7, %xmm0
	vhsubps 0x7ffffff0(%r13), %xmm8, %xmm15
	vhsubps %ymm3, %ymm2, %ymm1
	vhsubps %ymm12, %ymm8, %ymm15
	vhsubps %ymm10, %ymm7, %ymm0
	{vex3} vhsubps %ymm3, %ymm2, %ymm1
	vhsubps (%rax), %ymm2, %ymm1
	vhsubps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vhsubps 0x100(%rip), %ymm2, %ymm1
	vhsubps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vhsubps (%rsp), %ymm7, %ymm0
	vhsubps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.W0 7E: vmovd Ey,Vo
	{load} vmovd %xmm1, %ebx
	{load} vmovd %xmm15, %r12d
	{load} vmovd %xmm0, %r10d
	{vex3} {load} vmovd %xmm1, %ebx
	vmovd %xmm1, (%rax)
	vmovd %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovd %xmm1, 0x100(%rip)
	vmovd %xmm15, -0x80(%r12,%r13,2)
	vmovd %xmm0, (%rsp)
	vmovd %xmm15, 0x7ffffff0(%r13)

# VEX.128.66.0F.W1 7E: vmovq Ey,Vo
	{load} vmovq %xmm1, %rbx
	{load} vmovq %xmm15, %r12
	{load} vmovq %xmm0, %r10
	{vex3} {load} vmovq %xmm1, %rbx

# VEX.128.F3.0F.WIG 7E: vmovq Vo,Wq
	{load} vmovq %xmm3, %xmm1
	{load} vmovq %xmm12, %xmm15
	{load} vmovq %xmm10, %xmm0
	{vex3} {load} vmovq %xmm3, %xmm1
	vmovq (%rax), %xmm1
	vmovq 0x12345678(%rbx,%rcx,4), %xmm1
	vmovq 0x100(%rip), %xmm1
	vmovq -0x80(%r12,%r13,2), %xmm15
	vmovq (%rsp), %xmm0
	vmovq 0x7ffffff0(%r13), %xmm15

# VEX.L0/L1.66.0F.WIG 7F: vmovdqa Wx,Vx
	{store} vmovdqa %xmm1, %xmm3
	{store} vmovdqa %xmm15, %xmm12
	{store} vmovdqa %xmm0, %xmm10
	{vex3} {store} vmovdqa %xmm1, %xmm3
	vmovdqa %xmm1, (%rax)
	vmovdqa %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovdqa %xmm1, 0x100(%rip)
	vmovdqa %xmm15, -0x80(%r12,%r13,2)
	vmovdqa %xmm0, (%rsp)
	vmovdqa %xmm15, 0x7ffffff0(%r13)
	{store} vmovdqa %ymm1, %ymm3
	{store} vmovdqa %ymm15, %ymm12
	{store} vmovdqa %ymm0, %ymm10
	{vex3} {store} vmovdqa %ymm1, %ymm3
	vmovdqa %ymm1, (%rax)
	vmovdqa %ymm1, 0x12345678(%rbx,%rcx,4)
	vmovdqa %ymm1, 0x100(%rip)
	vmovdqa %ymm15, -0x80(%r12,%r13,2)
	vmovdqa %ymm0, (%rsp)
	vmovdqa %ymm15, 0x7ffffff0(%r13)

# VEX.L0/L1.F3.0F.WIG 7F: vmovdqu Wx,Vx
	{store} vmovdqu %xmm1, %xmm3
	{store} vmovdqu %xmm15, %xmm12
	{store} vmovdqu %xmm0, %xmm10
	{vex3} {store} vmovdqu %xmm1, %xmm3
	vmovdqu %xmm1, (%rax)
	vmovdqu %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovdqu %xmm1, 0x100(%rip)
	vmovdqu %xmm15, -0x80(%r12,%r13,2)
	vmovdqu %xmm0, (%rsp)
	vmovdqu %xmm15, 0x7ffffff0(%r13)
	{store} vmovdqu %ymm1, %ymm3
	{store} vmovdqu %ymm15, %ymm12
	{store} vmovdqu %ymm0, %ymm10
	{vex3} {store} vmovdqu %ymm1, %ymm3
	vmovdqu %ymm1, (%rax)
	vmovdqu %ymm1, 0x12345678(%rbx,%rcx,4)
	vmovdqu %ymm1, 0x100(%rip)
	vmovdqu %ymm15, -0x80(%r12,%r13,2)
	vmovdqu %ymm0, (%rsp)
	vmovdqu %ymm15, 0x7ffffff0(%r13)

# VEX.128.NP.0F.WIG AE /2 (mem): vldmxcsr Md
	vldmxcsr (%rax)
	vldmxcsr 0x12345678(%rbx,%rcx,4)
	vldmxcsr 0x100(%rip)
	vldmxcsr -0x80(%r12,%r13,2)
	vldmxcsr (%rsp)
	vldmxcsr 0x7ffffff0(%r13)

# VEX.128.NP.0F.WIG AE /3 (mem): vstmxcsr Md
	vstmxcsr (%rax)
	vstmxcsr 0x12345678(%rbx,%rcx,4)
	vstmxcsr 0x100(%rip)
	vstmxcsr -0x80(%r12,%r13,2)
	vstmxcsr (%rsp)
	vstmxcsr 0x7ffffff0(%r13)

# VEX.L0/L1.NP.0F.WIG C2: vcmpps Vx,Hx,Wx,Ib
	vcmpps $0x1b, %xmm3, %xmm2, %xmm1
	vcmpps $0x1b, %xmm12, %xmm8, %xmm15
	vcmpps $0x1b, %xmm10, %xmm7, %xmm0
	{vex3} vcmpps $0x1b, %xmm3, %xmm2, %xmm1
	vcmpps $0x1b, (%rax), %xmm2, %xmm1
	vcmpps $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vcmpps $0x1b, 0x100(%rip), %xmm2, %xmm1
	vcmpps $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vcmpps $0x1b, (%rsp), %xmm7, %xmm0
	vcmpps $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15
	vcmpps $0x1b, %ymm3, %ymm2, %ymm1
	vcmpps $0x1b, %ymm12, %ymm8, %ymm15
	vcmpps $0x1b, %ymm10, %ymm7, %ymm0
	{vex3} vcmpps $0x1b, %ymm3, %ymm2, %ymm1
	vcmpps $0x1b, (%rax), %ymm2, %ymm1
	vcmpps $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vcmpps $0x1b, 0x100(%rip), %ymm2, %ymm1
	vcmpps $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vcmpps $0x1b, (%rsp), %ymm7, %ymm0
	vcmpps $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG C2: vcmppd Vx,Hx,Wx,Ib
	vcmppd $0x1b, %xmm3, %xmm2, %xmm1
	vcmppd $0x1b, %xmm12, %xmm8, %xmm15
	vcmppd $0x1b, %xmm10, %xmm7, %xmm0
	{vex3} vcmppd $0x1b, %xmm3, %xmm2, %xmm1
	vcmppd $0x1b, (%rax), %xmm2, %xmm1
	vcmppd $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vcmppd $0x1b, 0x100(%rip), %xmm2, %xmm1
	vcmppd $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vcmppd $0x1b, (%rsp), %xmm7, %xmm0
	vcmppd $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15
	vcmppd $0x1b, %ymm3, %ymm2, %ymm1
	vcmppd $0x1b, %ymm12, %ymm8, %ymm15
	vcmppd $0x1b, %ymm10, %ymm7, %ymm0
	{vex3} vcmppd $0x1b, %ymm3, %ymm2, %ymm1
	vcmppd $0x1b, (%rax), %ymm2, %ymm1
	vcmppd $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vcmppd $0x1b, 0x100(%rip), %ymm2, %ymm1
	vcmppd $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vcmppd $0x1b, (%rsp), %ymm7, %ymm0
	vcmppd $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.F3.0F.WIG C2: vcmpss Vo,Ho,Wd,Ib
	vcmpss $0x1b, %xmm3, %xmm2, %xmm1
	vcmpss $0x1b, %xmm12, %xmm8, %xmm15
	vcmpss $0x1b, %xmm10, %xmm7, %xmm0
	{vex3} vcmpss $0x1b, %xmm3, %xmm2, %xmm1
	vcmpss $0x1b, (%rax), %xmm2, %xmm1
	vcmpss $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vcmpss $0x1b, 0x100(%rip), %xmm2, %xmm1
	vcmpss $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vcmpss $0x1b, (%rsp), %xmm7, %xmm0
	vcmpss $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.F2.0F.WIG C2: vcmpsd Vo,Ho,Wq,Ib
	vcmpsd $0x1b, %xmm3, %xmm2, %xmm1
	vcmpsd $0x1b, %xmm12, %xmm8, %xmm15
	vcmpsd $0x1b, %xmm10, %xmm7, %xmm0
	{vex3} vcmpsd $0x1b, %xmm3, %xmm2, %xmm1
	vcmpsd $0x1b, (%rax), %xmm2, %xmm1
	vcmpsd $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vcmpsd $0x1b, 0x100(%rip), %xmm2, %xmm1
	vcmpsd $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vcmpsd $0x1b, (%rsp), %xmm7, %xmm0
	vcmpsd $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.128.66.0F.WIG C4 (reg): vpinsrw Vo,Ho,Rd,Ib
	vpinsrw $0x1b, %ebx, %xmm2, %xmm1
	vpinsrw $0x1b, %r12d, %xmm8, %xmm15
	vpinsrw $0x1b, %r10d, %xmm7, %xmm0
	{vex3} vpinsrw $0x1b, %ebx, %xmm2, %xmm1

# VEX.128.66.0F.WIG C4 (mem): vpinsrw Vo,Ho,Mw,Ib
	vpinsrw $0x1b, (%rax), %xmm2, %xmm1
	vpinsrw $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpinsrw $0x1b, 0x100(%rip), %xmm2, %xmm1
	vpinsrw $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpinsrw $0x1b, (%rsp), %xmm7, %xmm0
	vpinsrw $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.128.66.0F.WIG C5 (reg): vpextrw Gd,Uo,Ib
	vpextrw $0x1b, %xmm3, %ecx
	vpextrw $0x1b, %xmm12, %r15d
	vpextrw $0x1b, %xmm10, %eax
	{vex3} vpextrw $0x1b, %xmm3, %ecx

# VEX.L0/L1.NP.0F.WIG C6: vshufps Vx,Hx,Wx,Ib
	vshufps $0x1b, %xmm3, %xmm2, %xmm1
	vshufps $0x1b, %xmm12, %xmm8, %xmm15
	vshufps $0x1b, %xmm10, %xmm7, %xmm0
	{vex3} vshufps $0x1b, %xmm3, %xmm2, %xmm1
	vshufps $0x1b, (%rax), %xmm2, %xmm1
	vshufps $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vshufps $0x1b, 0x100(%rip), %xmm2, %xmm1
	vshufps $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vshufps $0x1b, (%rsp), %xmm7, %xmm0
	vshufps $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15
	vshufps $0x1b, %ymm3, %ymm2, %ymm1
	vshufps $0x1b, %ymm12, %ymm8, %ymm15
	vshufps $0x1b, %ymm10, %ymm7, %ymm0
	{vex3} vshufps $0x1b, %ymm3, %ymm2, %ymm1
	vshufps $0x1b, (%rax), %ymm2, %ymm1
	vshufps $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vshufps $0x1b, 0x100(%rip), %ymm2, %ymm1
	vshufps $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vshufps $0x1b, (%rsp), %ymm7, %ymm0
	vshufps $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG C6: vshufpd Vx,Hx,Wx,Ib
	vshufpd $0x1b, %xmm3, %xmm2, %xmm1
	vshufpd $0x1b, %xmm12, %xmm8, %xmm15
	vshufpd $0x1b, %xmm10, %xmm7, %xmm0
	{vex3} vshufpd $0x1b, %xmm3, %xmm2, %xmm1
	vshufpd $0x1b, (%rax), %xmm2, %xmm1
	vshufpd $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vshufpd $0x1b, 0x100(%rip), %xmm2, %xmm1
	vshufpd $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vshufpd $0x1b, (%rsp), %xmm7, %xmm0
	vshufpd $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15
	vshufpd $0x1b, %ymm3, %ymm2, %ymm1
	vshufpd $0x1b, %ymm12, %ymm8, %ymm15
	vshufpd $0x1b, %ymm10, %ymm7, %ymm0
	{vex3} vshufpd $0x1b, %ymm3, %ymm2, %ymm1
	vshufpd $0x1b, (%rax), %ymm2, %ymm1
	vshufpd $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vshufpd $0x1b, 0x100(%rip), %ymm2, %ymm1
	vshufpd $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vshufpd $0x1b, (%rsp), %ymm7, %ymm0
	vshufpd $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F.WIG D0: vaddsubpd Vx,Hx,Wx
	vaddsubpd %xmm3, %xmm2, %xmm1
	vaddsubpd %xmm12, %xmm8, %xmm15
	vaddsubpd %xmm10, %xmm7, %xmm0
	{vex3} vaddsubpd %xmm3, %xmm2, %xmm1
	vaddsubpd (%rax), %xmm2, %xmm1
	vaddsubpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vaddsubpd 0x100(%rip), %xmm2, %xmm1
	vaddsubpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vaddsubpd (%rsp), %xmm7, %xmm0
	vaddsubpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vaddsubpd %ymm3, %ymm2, %ymm1
	vaddsubpd %ymm12, %ymm8, %ymm15
	vaddsubpd %ymm10, %ymm7, %ymm0
	{vex3} vaddsubpd %ymm3, %ymm2, %ymm1
	vaddsubpd (%rax), %ymm2, %ymm1
	vaddsubpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vaddsubpd 0x100(%rip), %ymm2, %ymm1
	vaddsubpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vaddsubpd (%rsp), %ymm7, %ymm0
	vaddsubpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.F2.0F.WIG D0: vaddsubps Vx,Hx,Wx
	vaddsubps %xmm3, %xmm2, %xmm1
	vaddsubps %xmm12, %xmm8, %xmm15
	vaddsubps %xmm10, %xmm7, %xmm0
	{vex3} vaddsubps %xmm3, %xmm2, %xmm1
	vaddsubps (%rax), %xmm2, %xmm1
	vaddsubps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vaddsubps 0x100(%rip), %xmm2, %xmm1
	vaddsubps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vaddsubps (%rsp), %xmm7, %xmm0
	vaddsubps 0x7ffffff0(%r13), %xmm8, %xmm15
	vaddsubps %ymm3, %ymm2, %ymm1
	vaddsubps %ymm12, %ymm8, %ymm15
	vaddsubps %ymm10, %ymm7, %ymm0
	{vex3} vaddsubps %ymm3, %ymm2, %ymm1
	vaddsubps (%rax), %ymm2, %ymm1
	vaddsubps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vaddsubps 0x100(%rip), %ymm2, %ymm1
	vaddsubps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vaddsubps (%rsp), %ymm7, %ymm0
	vaddsubps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG D1: vpsrlw Vx,Hx,Wo
	vpsrlw %xmm3, %xmm2, %xmm1
	vpsrlw %xmm12, %xmm8, %xmm15
	vpsrlw %xmm10, %xmm7, %xmm0
	{vex3} vpsrlw %xmm3, %xmm2, %xmm1
	vpsrlw (%rax), %xmm2, %xmm1
	vpsrlw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsrlw 0x100(%rip), %xmm2, %xmm1
	vpsrlw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsrlw (%rsp), %xmm7, %xmm0
	vpsrlw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG D1: vpsrlw Vx,Hx,Wo
	vpsrlw %xmm3, %ymm2, %ymm1
	vpsrlw %xmm12, %ymm8, %ymm15
	vpsrlw %xmm10, %ymm7, %ymm0
	{vex3} vpsrlw %xmm3, %ymm2, %ymm1
	vpsrlw (%rax), %ymm2, %ymm1
	vpsrlw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsrlw 0x100(%rip), %ymm2, %ymm1
	vpsrlw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsrlw (%rsp), %ymm7, %ymm0
	vpsrlw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG D2: vpsrld Vx,Hx,Wo
	vpsrld %xmm3, %xmm2, %xmm1
	vpsrld %xmm12, %xmm8, %xmm15
	vpsrld %xmm10, %xmm7, %xmm0
	{vex3} vpsrld %xmm3, %xmm2, %xmm1
	vpsrld (%rax), %xmm2, %xmm1
	vpsrld 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsrld 0x100(%rip), %xmm2, %xmm1
	vpsrld -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsrld (%rsp), %xmm7, %xmm0
	vpsrld 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG D2: vpsrld Vx,Hx,Wo
	vpsrld %xmm3, %ymm2, %ymm1
	vpsrld %xmm12, %ymm8, %ymm15
	vpsrld %xmm10, %ymm7, %ymm0
	{vex3} vpsrld %xmm3, %ymm2, %ymm1
	vpsrld (%rax), %ymm2, %ymm1
	vpsrld 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsrld 0x100(%rip), %ymm2, %ymm1
	vpsrld -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsrld (%rsp), %ymm7, %ymm0
	vpsrld 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG D3: vpsrlq Vx,Hx,Wo
	vpsrlq %xmm3, %xmm2, %xmm1
	vpsrlq %xmm12, %xmm8, %xmm15
	vpsrlq %xmm10, %xmm7, %xmm0
	{vex3} vpsrlq %xmm3, %xmm2, %xmm1
	vpsrlq (%rax), %xmm2, %xmm1
	vpsrlq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsrlq 0x100(%rip), %xmm2, %xmm1
	vpsrlq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsrlq (%rsp), %xmm7, %xmm0
	vpsrlq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG D3: vpsrlq Vx,Hx,Wo
	vpsrlq %xmm3, %ymm2, %ymm1
	vpsrlq %xmm12, %ymm8, %ymm15
	vpsrlq %xmm10, %ymm7, %ymm0
	{vex3} vpsrlq %xmm3, %ymm2, %ymm1
	vpsrlq (%rax), %ymm2, %ymm1
	vpsrlq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsrlq 0x100(%rip), %ymm2, %ymm1
	vpsrlq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsrlq (%rsp), %ymm7, %ymm0
	vpsrlq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG D4: vpaddq Vx,Hx,Wx
	vpaddq %xmm3, %xmm2, %xmm1
	vpaddq %xmm12, %xmm8, %xmm15
	vpaddq %xmm10, %xmm7, %xmm0
	{vex3} vpaddq %xmm3, %xmm2, %xmm1
	vpaddq (%rax), %xmm2, %xmm1
	vpaddq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpaddq 0x100(%rip), %xmm2, %xmm1
	vpaddq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpaddq (%rsp), %xmm7, %xmm0
	vpaddq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG D4: vpaddq Vx,Hx,Wx
	vpaddq %ymm3, %ymm2, %ymm1
	vpaddq %ymm12, %ymm8, %ymm15
	vpaddq %ymm10, %ymm7, %ymm0
	{vex3} vpaddq %ymm3, %ymm2, %ymm1
	vpaddq (%rax), %ymm2, %ymm1
	vpaddq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpaddq 0x100(%rip), %ymm2, %ymm1
	vpaddq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpaddq (%rsp), %ymm7, %ymm0
	vpaddq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG D5: vpmullw Vx,Hx,Wx
	vpmullw %xmm3, %xmm2, %xmm1
	vpmullw %xmm12, %xmm8, %xmm15
	vpmullw %xmm10, %xmm7, %xmm0
	{vex3} vpmullw %xmm3, %xmm2, %xmm1
	vpmullw (%rax), %xmm2, %xmm1
	vpmullw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmullw 0x100(%rip), %xmm2, %xmm1
	vpmullw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmullw (%rsp), %xmm7, %xmm0
	vpmullw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG D5: vpmullw Vx,Hx,Wx
	vpmullw %ymm3, %ymm2, %ymm1
	vpmullw %ymm12, %ymm8, %ymm15
	vpmullw %ymm10, %ymm7, %ymm0
	{vex3} vpmullw %ymm3, %ymm2, %ymm1
	vpmullw (%rax), %ymm2, %ymm1
	vpmullw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmullw 0x100(%rip), %ymm2, %ymm1
	vpmullw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmullw (%rsp), %ymm7, %ymm0
	vpmullw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG D6: vmovq Wq,Vo
	{store} vmovq %xmm1, %xmm3
	{store} vmovq %xmm15, %xmm12
	{store} vmovq %xmm0, %xmm10
	{vex3} {store} vmovq %xmm1, %xmm3
	vmovq %xmm1, (%rax)
	vmovq %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovq %xmm1, 0x100(%rip)
	vmovq %xmm15, -0x80(%r12,%r13,2)
	vmovq %xmm0, (%rsp)
	vmovq %xmm15, 0x7ffffff0(%r13)

# VEX.128.66.0F.WIG D7 (reg): vpmovmskb Gd,Ux
	vpmovmskb %xmm3, %ecx
	vpmovmskb %xmm12, %r15d
	vpmovmskb %xmm10, %eax
	{vex3} vpmovmskb %xmm3, %ecx

# VEX.256.66.0F.WIG D7 (reg): vpmovmskb Gd,Ux
	vpmovmskb %ymm3, %ecx
	vpmovmskb %ymm12, %r15d
	vpmovmskb %ymm10, %eax
	{vex3} vpmovmskb %ymm3, %ecx

# VEX.128.66.0F.WIG D8: vpsubusb Vx,Hx,Wx
	vpsubusb %xmm3, %xmm2, %xmm1
	vpsubusb %xmm12, %xmm8, %xmm15
	vpsubusb %xmm10, %xmm7, %xmm0
	{vex3} vpsubusb %xmm3, %xmm2, %xmm1
	vpsubusb (%rax), %xmm2, %xmm1
	vpsubusb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsubusb 0x100(%rip), %xmm2, %xmm1
	vpsubusb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsubusb (%rsp), %xmm7, %xmm0
	vpsubusb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG D8: vpsubusb Vx,Hx,Wx
	vpsubusb %ymm3, %ymm2, %ymm1
	vpsubusb %ymm12, %ymm8, %ymm15
	vpsubusb %ymm10, %ymm7, %ymm0
	{vex3} vpsubusb %ymm3, %ymm2, %ymm1
	vpsubusb (%rax), %ymm2, %ymm1
	vpsubusb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsubusb 0x100(%rip), %ymm2, %ymm1
	vpsubusb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsubusb (%rsp), %ymm7, %ymm0
	vpsubusb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG D9: vpsubusw Vx,Hx,Wx
	vpsubusw %xmm3, %xmm2, %xmm1
	vpsubusw %xmm12, %xmm8, %xmm15
	vpsubusw %xmm10, %xmm7, %xmm0
	{vex3} vpsubusw %xmm3, %xmm2, %xmm1
	vpsubusw (%rax), %xmm2, %xmm1
	vpsubusw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsubusw 0x100(%rip), %xmm2, %xmm1
	vpsubusw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsubusw (%rsp), %xmm7, %xmm0
	vpsubusw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG D9: vpsubusw Vx,Hx,Wx
	vpsubusw %ymm3, %ymm2, %ymm1
	vpsubusw %ymm12, %ymm8, %ymm15
	vpsubusw %ymm10, %ymm7, %ymm0
	{vex3} vpsubusw %ymm3, %ymm2, %ymm1
	vpsubusw (%rax), %ymm2, %ymm1
	vpsubusw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsubusw 0x100(%rip), %ymm2, %ymm1
	vpsubusw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsubusw (%rsp), %ymm7, %ymm0
	vpsubusw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG DA: vpminub Vx,Hx,Wx
	vpminub %xmm3, %xmm2, %xmm1
	vpminub %xmm12, %xmm8, %xmm15
	vpminub %xmm10, %xmm7, %xmm0
	{vex3} vpminub %xmm3, %xmm2, %xmm1
	vpminub (%rax), %xmm2, %xmm1
	vpminub 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpminub 0x100(%rip), %xmm2, %xmm1
	vpminub -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpminub (%rsp), %xmm7, %xmm0
	vpminub 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG DA: vpminub Vx,Hx,Wx
	vpminub %ymm3, %ymm2, %ymm1
	vpminub %ymm12, %ymm8, %ymm15
	vpminub %ymm10, %ymm7, %ymm0
	{vex3} vpminub %ymm3, %ymm2, %ymm1
	vpminub (%rax), %ymm2, %ymm1
	vpminub 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpminub 0x100(%rip), %ymm2, %ymm1
	vpminub -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpminub (%rsp), %ymm7, %ymm0
	vpminub 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG DB: vpand Vx,Hx,Wx
	vpand %xmm3, %xmm2, %xmm1
	vpand %xmm12, %xmm8, %xmm15
	vpand %xmm10, %xmm7, %xmm0
	{vex3} vpand %xmm3, %xmm2, %xmm1
	vpand (%rax), %xmm2, %xmm1
	vpand 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpand 0x100(%rip), %xmm2, %xmm1
	vpand -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpand (%rsp), %xmm7, %xmm0
	vpand 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG DB: vpand Vx,Hx,Wx
	vpand %ymm3, %ymm2, %ymm1
	vpand %ymm12, %ymm8, %ymm15
	vpand %ymm10, %ymm7, %ymm0
	{vex3} vpand %ymm3, %ymm2, %ymm1
	vpand (%rax), %ymm2, %ymm1
	vpand 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpand 0x100(%rip), %ymm2, %ymm1
	vpand -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpand (%rsp), %ymm7, %ymm0
	vpand 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG DC: vpaddusb Vx,Hx,Wx
	vpaddusb %xmm3, %xmm2, %xmm1
	vpaddusb %xmm12, %xmm8, %xmm15
	vpaddusb %xmm10, %xmm7, %xmm0
	{vex3} vpaddusb %xmm3, %xmm2, %xmm1
	vpaddusb (%rax), %xmm2, %xmm1
	vpaddusb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpaddusb 0x100(%rip), %xmm2, %xmm1
	vpaddusb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpaddusb (%rsp), %xmm7, %xmm0
	vpaddusb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG DC: vpaddusb Vx,Hx,Wx
	vpaddusb %ymm3, %ymm2, %ymm1
	vpaddusb %ymm12, %ymm8, %ymm15
	vpaddusb %ymm10, %ymm7, %ymm0
	{vex3} vpaddusb %ymm3, %ymm2, %ymm1
	vpaddusb (%rax), %ymm2, %ymm1
	vpaddusb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpaddusb 0x100(%rip), %ymm2, %ymm1
	vpaddusb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpaddusb (%rsp), %ymm7, %ymm0
	vpaddusb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG DD: vpaddusw Vx,Hx,Wx
	vpaddusw %xmm3, %xmm2, %xmm1
	vpaddusw %xmm12, %xmm8, %xmm15
	vpaddusw %xmm10, %xmm7, %xmm0
	{vex3} vpaddusw %xmm3, %xmm2, %xmm1
	vpaddusw (%rax), %xmm2, %xmm1
	vpaddusw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpaddusw 0x100(%rip), %xmm2, %xmm1
	vpaddusw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpaddusw (%rsp), %xmm7, %xmm0
	vpaddusw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG DD: vpaddusw Vx,Hx,Wx
	vpaddusw %ymm3, %ymm2, %ymm1
	vpaddusw %ymm12, %ymm8, %ymm15
	vpaddusw %ymm10, %ymm7, %ymm0
	{vex3} vpaddusw %ymm3, %ymm2, %ymm1
	vpaddusw (%rax), %ymm2, %ymm1
	vpaddusw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpaddusw 0x100(%rip), %ymm2, %ymm1
	vpaddusw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpaddusw (%rsp), %ymm7, %ymm0
	vpaddusw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG DE: vpmaxub Vx,Hx,Wx
	vpmaxub %xmm3, %xmm2, %xmm1
	vpmaxub %xmm12, %xmm8, %xmm15
	vpmaxub %xmm10, %xmm7, %xmm0
	{vex3} vpmaxub %xmm3, %xmm2, %xmm1
	vpmaxub (%rax), %xmm2, %xmm1
	vpmaxub 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmaxub 0x100(%rip), %xmm2, %xmm1
	vpmaxub -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmaxub (%rsp), %xmm7, %xmm0
	vpmaxub 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG DE: vpmaxub Vx,Hx,Wx
	vpmaxub %ymm3, %ymm2, %ymm1
	vpmaxub %ymm12, %ymm8, %ymm15
	vpmaxub %ymm10, %ymm7, %ymm0
	{vex3} vpmaxub %ymm3, %ymm2, %ymm1
	vpmaxub (%rax), %ymm2, %ymm1
	vpmaxub 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmaxub 0x100(%rip), %ymm2, %ymm1
	vpmaxub -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmaxub (%rsp), %ymm7, %ymm0
	vpmaxub 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG DF: vpandn Vx,Hx,Wx
	vpandn %xmm3, %xmm2, %xmm1
	vpandn %xmm12, %xmm8, %xmm15
	vpandn %xmm10, %xmm7, %xmm0
	{vex3} vpandn %xmm3, %xmm2, %xmm1
	vpandn (%rax), %xmm2, %xmm1
	vpandn 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpandn 0x100(%rip), %xmm2, %xmm1
	vpandn -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpandn (%rsp), %xmm7, %xmm0
	vpandn 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG DF: vpandn Vx,Hx,Wx
	vpandn %ymm3, %ymm2, %ymm1
	vpandn %ymm12, %ymm8, %ymm15
	vpandn %ymm10, %ymm7, %ymm0
	{vex3} vpandn %ymm3, %ymm2, %ymm1
	vpandn (%rax), %ymm2, %ymm1
	vpandn 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpandn 0x100(%rip), %ymm2, %ymm1
	vpandn -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpandn (%rsp), %ymm7, %ymm0
	vpandn 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG E0: vpavgb Vx,Hx,Wx
	vpavgb %xmm3, %xmm2, %xmm1
	vpavgb %xmm12, %xmm8, %xmm15
	vpavgb %xmm10, %xmm7, %xmm0
	{vex3} vpavgb %xmm3, %xmm2, %xmm1
	vpavgb (%rax), %xmm2, %xmm1
	vpavgb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpavgb 0x100(%rip), %xmm2, %xmm1
	vpavgb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpavgb (%rsp), %xmm7, %xmm0
	vpavgb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG E0: vpavgb Vx,Hx,Wx
	vpavgb %ymm3, %ymm2, %ymm1
	vpavgb %ymm12, %ymm8, %ymm15
	vpavgb %ymm10, %ymm7, %ymm0
	{vex3} vpavgb %ymm3, %ymm2, %ymm1
	vpavgb (%rax), %ymm2, %ymm1
	vpavgb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpavgb 0x100(%rip), %ymm2, %ymm1
	vpavgb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpavgb (%rsp), %ymm7, %ymm0
	vpavgb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG E1: vpsraw Vx,Hx,Wo
	vpsraw %xmm3, %xmm2, %xmm1
	vpsraw %xmm12, %xmm8, %xmm15
	vpsraw %xmm10, %xmm7, %xmm0
	{vex3} vpsraw %xmm3, %xmm2, %xmm1
	vpsraw (%rax), %xmm2, %xmm1
	vpsraw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsraw 0x100(%rip), %xmm2, %xmm1
	vpsraw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsraw (%rsp), %xmm7, %xmm0
	vpsraw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG E1: vpsraw Vx,Hx,Wo
	vpsraw %xmm3, %ymm2, %ymm1
	vpsraw %xmm12, %ymm8, %ymm15
	vpsraw %xmm10, %ymm7, %ymm0
	{vex3} vpsraw %xmm3, %ymm2, %ymm1
	vpsraw (%rax), %ymm2, %ymm1
	vpsraw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsraw 0x100(%rip), %ymm2, %ymm1
	vpsraw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsraw (%rsp), %ymm7, %ymm0
	vpsraw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG E2: vpsrad Vx,Hx,Wo
	vpsrad %xmm3, %xmm2, %xmm1
	vpsrad %xmm12, %xmm8, %xmm15
	vpsrad %xmm10, %xmm7, %xmm0
	{vex3} vpsrad %xmm3, %xmm2, %xmm1
	vpsrad (%rax), %xmm2, %xmm1
	vpsrad 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsrad 0x100(%rip), %xmm2, %xmm1
	vpsrad -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsrad (%rsp), %xmm7, %xmm0
	vpsrad 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG E2: vpsrad Vx,Hx,Wo
	vpsrad %xmm3, %ymm2, %ymm1
	vpsrad %xmm12, %ymm8, %ymm15
	vpsrad %xmm10, %ymm7, %ymm0
	{vex3} vpsrad %xmm3, %ymm2, %ymm1
	vpsrad (%rax), %ymm2, %ymm1
	vpsrad 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsrad 0x100(%rip), %ymm2, %ymm1
	vpsrad -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsrad (%rsp), %ymm7, %ymm0
	vpsrad 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG E3: vpavgw Vx,Hx,Wx
	vpavgw %xmm3, %xmm2, %xmm1
	vpavgw %xmm12, %xmm8, %xmm15
	vpavgw %xmm10, %xmm7, %xmm0
	{vex3} vpavgw %xmm3, %xmm2, %xmm1
	vpavgw (%rax), %xmm2, %xmm1
	vpavgw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpavgw 0x100(%rip), %xmm2, %xmm1
	vpavgw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpavgw (%rsp), %xmm7, %xmm0
	vpavgw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG E3: vpavgw Vx,Hx,Wx
	vpavgw %ymm3, %ymm2, %ymm1
	vpavgw %ymm12, %ymm8, %ymm15
	vpavgw %ymm10, %ymm7, %ymm0
	{vex3} vpavgw %ymm3, %ymm2, %ymm1
	vpavgw (%rax), %ymm2, %ymm1
	vpavgw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpavgw 0x100(%rip), %ymm2, %ymm1
	vpavgw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpavgw (%rsp), %ymm7, %ymm0
	vpavgw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG E4: vpmulhuw Vx,Hx,Wx
	vpmulhuw %xmm3, %xmm2, %xmm1
	vpmulhuw %xmm12, %xmm8, %xmm15
	vpmulhuw %xmm10, %xmm7, %xmm0
	{vex3} vpmulhuw %xmm3, %xmm2, %xmm1
	vpmulhuw (%rax), %xmm2, %xmm1
	vpmulhuw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmulhuw 0x100(%rip), %xmm2, %xmm1
	vpmulhuw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmulhuw (%rsp), %xmm7, %xmm0
	vpmulhuw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG E4: vpmulhuw Vx,Hx,Wx
	vpmulhuw %ymm3, %ymm2, %ymm1
	vpmulhuw %ymm12, %ymm8, %ymm15
	vpmulhuw %ymm10, %ymm7, %ymm0
	{vex3} vpmulhuw %ymm3, %ymm2, %ymm1
	vpmulhuw (%rax), %ymm2, %ymm1
	vpmulhuw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmulhuw 0x100(%rip), %ymm2, %ymm1
	vpmulhuw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmulhuw (%rsp), %ymm7, %ymm0
	vpmulhuw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG E5: vpmulhw Vx,Hx,Wx
	vpmulhw %xmm3, %xmm2, %xmm1
	vpmulhw %xmm12, %xmm8, %xmm15
	vpmulhw %xmm10, %xmm7, %xmm0
	{vex3} vpmulhw %xmm3, %xmm2, %xmm1
	vpmulhw (%rax), %xmm2, %xmm1
	vpmulhw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmulhw 0x100(%rip), %xmm2, %xmm1
	vpmulhw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmulhw (%rsp), %xmm7, %xmm0
	vpmulhw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG E5: vpmulhw Vx,Hx,Wx
	vpmulhw %ymm3, %ymm2, %ymm1
	vpmulhw %ymm12, %ymm8, %ymm15
	vpmulhw %ymm10, %ymm7, %ymm0
	{vex3} vpmulhw %ymm3, %ymm2, %ymm1
	vpmulhw (%rax), %ymm2, %ymm1
	vpmulhw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmulhw 0x100(%rip), %ymm2, %ymm1
	vpmulhw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmulhw (%rsp), %ymm7, %ymm0
	vpmulhw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG E6: vcvttpd2dq Vo,Wo
	vcvttpd2dq %xmm3, %xmm1
	vcvttpd2dq %xmm12, %xmm15
	vcvttpd2dq %xmm10, %xmm0
	{vex3} vcvttpd2dq %xmm3, %xmm1
	vcvttpd2dqx (%rax), %xmm1
	vcvttpd2dqx 0x12345678(%rbx,%rcx,4), %xmm1
	vcvttpd2dqx 0x100(%rip), %xmm1
	vcvttpd2dqx -0x80(%r12,%r13,2), %xmm15
	vcvttpd2dqx (%rsp), %xmm0
	vcvttpd2dqx 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F.WIG E6: vcvttpd2dq Vo,Wy
	vcvttpd2dq %ymm3, %xmm1
	vcvttpd2dq %ymm12, %xmm15
	vcvttpd2dq %ymm10, %xmm0
	{vex3} vcvttpd2dq %ymm3, %xmm1
	vcvttpd2dqy (%rax), %xmm1
	vcvttpd2dqy 0x12345678(%rbx,%rcx,4), %xmm1
	vcvttpd2dqy 0x100(%rip), %xmm1
	vcvttpd2dqy -0x80(%r12,%r13,2), %xmm15
	vcvttpd2dqy (%rsp), %xmm0
	vcvttpd2dqy 0x7ffffff0(%r13), %xmm15

# VEX.128.F3.0F.WIG E6: vcvtdq2pd Vo,Wq
	vcvtdq2pd %xmm3, %xmm1
	vcvtdq2pd %xmm12, %xmm15
	vcvtdq2pd %xmm10, %xmm0
	{vex3} vcvtdq2pd %xmm3, %xmm1
	vcvtdq2pd (%rax), %xmm1
	vcvtdq2pd 0x12345678(%rbx,%rcx,4), %xmm1
	vcvtdq2pd 0x100(%rip), %xmm1
	vcvtdq2pd -0x80(%r12,%r13,2), %xmm15
	vcvtdq2pd (%rsp), %xmm0
	vcvtdq2pd 0x7ffffff0(%r13), %xmm15

# VEX.256.F3.0F.WIG E6: vcvtdq2pd Vy,Wo
	vcvtdq2pd %xmm3, %ymm1
	vcvtdq2pd %xmm12, %ymm15
	vcvtdq2pd %xmm10, %ymm0
	{vex3} vcvtdq2pd %xmm3, %ymm1
	vcvtdq2pd (%rax), %ymm1
	vcvtdq2pd 0x12345678(%rbx,%rcx,4), %ymm1
	vcvtdq2pd 0x100(%rip), %ymm1
	vcvtdq2pd -0x80(%r12,%r13,2), %ymm15
	vcvtdq2pd (%rsp), %ymm0
	vcvtdq2pd 0x7ffffff0(%r13), %ymm15

# VEX.128.F2.0F.WIG E6: vcvtpd2dq Vo,Wo
	vcvtpd2dq %xmm3, %xmm1
	vcvtpd2dq %xmm12, %xmm15
	vcvtpd2dq %xmm10, %xmm0
	{vex3} vcvtpd2dq %xmm3, %xmm1
	vcvtpd2dqx (%rax), %xmm1
	vcvtpd2dqx 0x12345678(%rbx,%rcx,4), %xmm1
	vcvtpd2dqx 0x100(%rip), %xmm1
	vcvtpd2dqx -0x80(%r12,%r13,2), %xmm15
	vcvtpd2dqx (%rsp), %xmm0
	vcvtpd2dqx 0x7ffffff0(%r13), %xmm15

# VEX.256.F2.0F.WIG E6: vcvtpd2dq Vo,Wy
	vcvtpd2dq %ymm3, %xmm1
	vcvtpd2dq %ymm12, %xmm15
	vcvtpd2dq %ymm10, %xmm0
	{vex3} vcvtpd2dq %ymm3, %xmm1
	vcvtpd2dqy (%rax), %xmm1
	vcvtpd2dqy 0x12345678(%rbx,%rcx,4), %xmm1
	vcvtpd2dqy 0x100(%rip), %xmm1
	vcvtpd2dqy -0x80(%r12,%r13,2), %xmm15
	vcvtpd2dqy (%rsp), %xmm0
	vcvtpd2dqy 0x7ffffff0(%r13), %xmm15

# VEX.L0/L1.66.0F.WIG E7 (mem): vmovntdq Mx,Vx
	vmovntdq %xmm1, (%rax)
	vmovntdq %xmm1, 0x12345678(%rbx,%rcx,4)
	vmovntdq %xmm1, 0x100(%rip)
	vmovntdq %xmm15, -0x80(%r12,%r13,2)
	vmovntdq %xmm0, (%rsp)
	vmovntdq %xmm15, 0x7ffffff0(%r13)
	vmovntdq %ymm1, (%rax)
	vmovntdq %ymm1, 0x12345678(%rbx,%rcx,4)
	vmovntdq %ymm1, 0x100(%rip)
	vmovntdq %ymm15, -0x80(%r12,%r13,2)
	vmovntdq %ymm0, (%rsp)
	vmovntdq %ymm15, 0x7ffffff0(%r13)

# VEX.128.66.0F.WIG E8: vpsubsb Vx,Hx,Wx
	vpsubsb %xmm3, %xmm2, %xmm1
	vpsubsb %xmm12, %xmm8, %xmm15
	vpsubsb %xmm10, %xmm7, %xmm0
	{vex3} vpsubsb %xmm3, %xmm2, %xmm1
	vpsubsb (%rax), %xmm2, %xmm1
	vpsubsb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsubsb 0x100(%rip), %xmm2, %xmm1
	vpsubsb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsubsb (%rsp), %xmm7, %xmm0
	vpsubsb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG E8: vpsubsb Vx,Hx,Wx
	vpsubsb %ymm3, %ymm2, %ymm1
	vpsubsb %ymm12, %ymm8, %ymm15
	vpsubsb %ymm10, %ymm7, %ymm0
	{vex3} vpsubsb %ymm3, %ymm2, %ymm1
	vpsubsb (%rax), %ymm2, %ymm1
	vpsubsb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsubsb 0x100(%rip), %ymm2, %ymm1
	vpsubsb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsubsb (%rsp), %ymm7, %ymm0
	vpsubsb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG E9: vpsubsw Vx,Hx,Wx
	vpsubsw %xmm3, %xmm2, %xmm1
	vpsubsw %xmm12, %xmm8, %xmm15
	vpsubsw %xmm10, %xmm7, %xmm0
	{vex3} vpsubsw %xmm3, %xmm2, %xmm1
	vpsubsw (%rax), %xmm2, %xmm1
	vpsubsw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsubsw 0x100(%rip), %xmm2, %xmm1
	vpsubsw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsubsw (%rsp), %xmm7, %xmm0
	vpsubsw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG E9: vpsubsw Vx,Hx,Wx
	vpsubsw %ymm3, %ymm2, %ymm1
	vpsubsw %ymm12, %ymm8, %ymm15
	vpsubsw %ymm10, %ymm7, %ymm0
	{vex3} vpsubsw %ymm3, %ymm2, %ymm1
	vpsubsw (%rax), %ymm2, %ymm1
	vpsubsw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsubsw 0x100(%rip), %ymm2, %ymm1
	vpsubsw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsubsw (%rsp), %ymm7, %ymm0
	vpsubsw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG EA: vpminsw Vx,Hx,Wx
	vpminsw %xmm3, %xmm2, %xmm1
	vpminsw %xmm12, %xmm8, %xmm15
	vpminsw %xmm10, %xmm7, %xmm0
	{vex3} vpminsw %xmm3, %xmm2, %xmm1
	vpminsw (%rax), %xmm2, %xmm1
	vpminsw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpminsw 0x100(%rip), %xmm2, %xmm1
	vpminsw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpminsw (%rsp), %xmm7, %xmm0
	vpminsw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG EA: vpminsw Vx,Hx,Wx
	vpminsw %ymm3, %ymm2, %ymm1
	vpminsw %ymm12, %ymm8, %ymm15
	vpminsw %ymm10, %ymm7, %ymm0
	{vex3} vpminsw %ymm3, %ymm2, %ymm1
	vpminsw (%rax), %ymm2, %ymm1
	vpminsw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpminsw 0x100(%rip), %ymm2, %ymm1
	vpminsw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpminsw (%rsp), %ymm7, %ymm0
	vpminsw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG EB: vpor Vx,Hx,Wx
	vpor %xmm3, %xmm2, %xmm1
	vpor %xmm12, %xmm8, %xmm15
	vpor %xmm10, %xmm7, %xmm0
	{vex3} vpor %xmm3, %xmm2, %xmm1
	vpor (%rax), %xmm2, %xmm1
	vpor 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpor 0x100(%rip), %xmm2, %xmm1
	vpor -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpor (%rsp), %xmm7, %xmm0
	vpor 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG EB: vpor Vx,Hx,Wx
	vpor %ymm3, %ymm2, %ymm1
	vpor %ymm12, %ymm8, %ymm15
	vpor %ymm10, %ymm7, %ymm0
	{vex3} vpor %ymm3, %ymm2, %ymm1
	vpor (%rax), %ymm2, %ymm1
	vpor 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpor 0x100(%rip), %ymm2, %ymm1
	vpor -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpor (%rsp), %ymm7, %ymm0
	vpor 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG EC: vpaddsb Vx,Hx,Wx
	vpaddsb %xmm3, %xmm2, %xmm1
	vpaddsb %xmm12, %xmm8, %xmm15
	vpaddsb %xmm10, %xmm7, %xmm0
	{vex3} vpaddsb %xmm3, %xmm2, %xmm1
	vpaddsb (%rax), %xmm2, %xmm1
	vpaddsb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpaddsb 0x100(%rip), %xmm2, %xmm1
	vpaddsb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpaddsb (%rsp), %xmm7, %xmm0
	vpaddsb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG EC: vpaddsb Vx,Hx,Wx
	vpaddsb %ymm3, %ymm2, %ymm1
	vpaddsb %ymm12, %ymm8, %ymm15
	vpaddsb %ymm10, %ymm7, %ymm0
	{vex3} vpaddsb %ymm3, %ymm2, %ymm1
	vpaddsb (%rax), %ymm2, %ymm1
	vpaddsb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpaddsb 0x100(%rip), %ymm2, %ymm1
	vpaddsb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpaddsb (%rsp), %ymm7, %ymm0
	vpaddsb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG ED: vpaddsw Vx,Hx,Wx
	vpaddsw %xmm3, %xmm2, %xmm1
	vpaddsw %xmm12, %xmm8, %xmm15
	vpaddsw %xmm10, %xmm7, %xmm0
	{vex3} vpaddsw %xmm3, %xmm2, %xmm1
	vpaddsw (%rax), %xmm2, %xmm1
	vpaddsw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpaddsw 0x100(%rip), %xmm2, %xmm1
	vpaddsw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpaddsw (%rsp), %xmm7, %xmm0
	vpaddsw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG ED: vpaddsw Vx,Hx,Wx
	vpaddsw %ymm3, %ymm2, %ymm1
	vpaddsw %ymm12, %ymm8, %ymm15
	vpaddsw %ymm10, %ymm7, %ymm0
	{vex3} vpaddsw %ymm3, %ymm2, %ymm1
	vpaddsw (%rax), %ymm2, %ymm1
	vpaddsw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpaddsw 0x100(%rip), %ymm2, %ymm1
	vpaddsw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpaddsw (%rsp), %ymm7, %ymm0
	vpaddsw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG EE: vpmaxsw Vx,Hx,Wx
	vpmaxsw %xmm3, %xmm2, %xmm1
	vpmaxsw %xmm12, %xmm8, %xmm15
	vpmaxsw %xmm10, %xmm7, %xmm0
	{vex3} vpmaxsw %xmm3, %xmm2, %xmm1
	vpmaxsw (%rax), %xmm2, %xmm1
	vpmaxsw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmaxsw 0x100(%rip), %xmm2, %xmm1
	vpmaxsw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmaxsw (%rsp), %xmm7, %xmm0
	vpmaxsw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG EE: vpmaxsw Vx,Hx,Wx
	vpmaxsw %ymm3, %ymm2, %ymm1
	vpmaxsw %ymm12, %ymm8, %ymm15
	vpmaxsw %ymm10, %ymm7, %ymm0
	{vex3} vpmaxsw %ymm3, %ymm2, %ymm1
	vpmaxsw (%rax), %ymm2, %ymm1
	vpmaxsw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmaxsw 0x100(%rip), %ymm2, %ymm1
	vpmaxsw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmaxsw (%rsp), %ymm7, %ymm0
	vpmaxsw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG EF: vpxor Vx,Hx,Wx
	vpxor %xmm3, %xmm2, %xmm1
	vpxor %xmm12, %xmm8, %xmm15
	vpxor %xmm10, %xmm7, %xmm0
	{vex3} vpxor %xmm3, %xmm2, %xmm1
	vpxor (%rax), %xmm2, %xmm1
	vpxor 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpxor 0x100(%rip), %xmm2, %xmm1
	vpxor -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpxor (%rsp), %xmm7, %xmm0
	vpxor 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG EF: vpxor Vx,Hx,Wx
	vpxor %ymm3, %ymm2, %ymm1
	vpxor %ymm12, %ymm8, %ymm15
	vpxor %ymm10, %ymm7, %ymm0
	{vex3} vpxor %ymm3, %ymm2, %ymm1
	vpxor (%rax), %ymm2, %ymm1
	vpxor 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpxor 0x100(%rip), %ymm2, %ymm1
	vpxor -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpxor (%rsp), %ymm7, %ymm0
	vpxor 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.F2.0F.WIG F0 (mem): vlddqu Vx,Mx
	vlddqu (%rax), %xmm1
	vlddqu 0x12345678(%rbx,%rcx,4), %xmm1
	vlddqu 0x100(%rip), %xmm1
	vlddqu -0x80(%r12,%r13,2), %xmm15
	vlddqu (%rsp), %xmm0
	vlddqu 0x7ffffff0(%r13), %xmm15
	vlddqu (%rax), %ymm1
	vlddqu 0x12345678(%rbx,%rcx,4), %ymm1
	vlddqu 0x100(%rip), %ymm1
	vlddqu -0x80(%r12,%r13,2), %ymm15
	vlddqu (%rsp), %ymm0
	vlddqu 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F.WIG F1: vpsllw Vx,Hx,Wo
	vpsllw %xmm3, %xmm2, %xmm1
	vpsllw %xmm12, %xmm8, %xmm15
	vpsllw %xmm10, %xmm7, %xmm0
	{vex3} vpsllw %xmm3, %xmm2, %xmm1
	vpsllw (%rax), %xmm2, %xmm1
	vpsllw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsllw 0x100(%rip), %xmm2, %xmm1
	vpsllw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsllw (%rsp), %xmm7, %xmm0
	vpsllw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG F1: vpsllw Vx,Hx,Wo
	vpsllw %xmm3, %ymm2, %ymm1
	vpsllw %xmm12, %ymm8, %ymm15
	vpsllw %xmm10, %ymm7, %ymm0
	{vex3} vpsllw %xmm3, %ymm2, %ymm1
	vpsllw (%rax), %ymm2, %ymm1
	vpsllw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsllw 0x100(%rip), %ymm2, %ymm1
	vpsllw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsllw (%rsp), %ymm7, %ymm0
	vpsllw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG F2: vpslld Vx,Hx,Wo
	vpslld %xmm3, %xmm2, %xmm1
	vpslld %xmm12, %xmm8, %xmm15
	vpslld %xmm10, %xmm7, %xmm0
	{vex3} vpslld %xmm3, %xmm2, %xmm1
	vpslld (%rax), %xmm2, %xmm1
	vpslld 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpslld 0x100(%rip), %xmm2, %xmm1
	vpslld -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpslld (%rsp), %xmm7, %xmm0
	vpslld 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG F2: vpslld Vx,Hx,Wo
	vpslld %xmm3, %ymm2, %ymm1
	vpslld %xmm12, %ymm8, %ymm15
	vpslld %xmm10, %ymm7, %ymm0
	{vex3} vpslld %xmm3, %ymm2, %ymm1
	vpslld (%rax), %ymm2, %ymm1
	vpslld 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpslld 0x100(%rip), %ymm2, %ymm1
	vpslld -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpslld (%rsp), %ymm7, %ymm0
	vpslld 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG F3: vpsllq Vx,Hx,Wo
	vpsllq %xmm3, %xmm2, %xmm1
	vpsllq %xmm12, %xmm8, %xmm15
	vpsllq %xmm10, %xmm7, %xmm0
	{vex3} vpsllq %xmm3, %xmm2, %xmm1
	vpsllq (%rax), %xmm2, %xmm1
	vpsllq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsllq 0x100(%rip), %xmm2, %xmm1
	vpsllq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsllq (%rsp), %xmm7, %xmm0
	vpsllq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG F3: vpsllq Vx,Hx,Wo
	vpsllq %xmm3, %ymm2, %ymm1
	vpsllq %xmm12, %ymm8, %ymm15
	vpsllq %xmm10, %ymm7, %ymm0
	{vex3} vpsllq %xmm3, %ymm2, %ymm1
	vpsllq (%rax), %ymm2, %ymm1
	vpsllq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsllq 0x100(%rip), %ymm2, %ymm1
	vpsllq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsllq (%rsp), %ymm7, %ymm0
	vpsllq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG F4: vpmuludq Vx,Hx,Wx
	vpmuludq %xmm3, %xmm2, %xmm1
	vpmuludq %xmm12, %xmm8, %xmm15
	vpmuludq %xmm10, %xmm7, %xmm0
	{vex3} vpmuludq %xmm3, %xmm2, %xmm1
	vpmuludq (%rax), %xmm2, %xmm1
	vpmuludq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmuludq 0x100(%rip), %xmm2, %xmm1
	vpmuludq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmuludq (%rsp), %xmm7, %xmm0
	vpmuludq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG F4: vpmuludq Vx,Hx,Wx
	vpmuludq %ymm3, %ymm2, %ymm1
	vpmuludq %ymm12, %ymm8, %ymm15
	vpmuludq %ymm10, %ymm7, %ymm0
	{vex3} vpmuludq %ymm3, %ymm2, %ymm1
	vpmuludq (%rax), %ymm2, %ymm1
	vpmuludq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmuludq 0x100(%rip), %ymm2, %ymm1
	vpmuludq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmuludq (%rsp), %ymm7, %ymm0
	vpmuludq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG F5: vpmaddwd Vx,Hx,Wx
	vpmaddwd %xmm3, %xmm2, %xmm1
	vpmaddwd %xmm12, %xmm8, %xmm15
	vpmaddwd %xmm10, %xmm7, %xmm0
	{vex3} vpmaddwd %xmm3, %xmm2, %xmm1
	vpmaddwd (%rax), %xmm2, %xmm1
	vpmaddwd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmaddwd 0x100(%rip), %xmm2, %xmm1
	vpmaddwd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmaddwd (%rsp), %xmm7, %xmm0
	vpmaddwd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG F5: vpmaddwd Vx,Hx,Wx
	vpmaddwd %ymm3, %ymm2, %ymm1
	vpmaddwd %ymm12, %ymm8, %ymm15
	vpmaddwd %ymm10, %ymm7, %ymm0
	{vex3} vpmaddwd %ymm3, %ymm2, %ymm1
	vpmaddwd (%rax), %ymm2, %ymm1
	vpmaddwd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmaddwd 0x100(%rip), %ymm2, %ymm1
	vpmaddwd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmaddwd (%rsp), %ymm7, %ymm0
	vpmaddwd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG F6: vpsadbw Vx,Hx,Wx
	vpsadbw %xmm3, %xmm2, %xmm1
	vpsadbw %xmm12, %xmm8, %xmm15
	vpsadbw %xmm10, %xmm7, %xmm0
	{vex3} vpsadbw %xmm3, %xmm2, %xmm1
	vpsadbw (%rax), %xmm2, %xmm1
	vpsadbw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsadbw 0x100(%rip), %xmm2, %xmm1
	vpsadbw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsadbw (%rsp), %xmm7, %xmm0
	vpsadbw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG F6: vpsadbw Vx,Hx,Wx
	vpsadbw %ymm3, %ymm2, %ymm1
	vpsadbw %ymm12, %ymm8, %ymm15
	vpsadbw %ymm10, %ymm7, %ymm0
	{vex3} vpsadbw %ymm3, %ymm2, %ymm1
	vpsadbw (%rax), %ymm2, %ymm1
	vpsadbw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsadbw 0x100(%rip), %ymm2, %ymm1
	vpsadbw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsadbw (%rsp), %ymm7, %ymm0
	vpsadbw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG F7 (reg): vmaskmovdqu Vo,Uo
	vmaskmovdqu %xmm3, %xmm1
	vmaskmovdqu %xmm12, %xmm15
	vmaskmovdqu %xmm10, %xmm0
	{vex3} vmaskmovdqu %xmm3, %xmm1

# VEX.128.66.0F.WIG F8: vpsubb Vx,Hx,Wx
	vpsubb %xmm3, %xmm2, %xmm1
	vpsubb %xmm12, %xmm8, %xmm15
	vpsubb %xmm10, %xmm7, %xmm0
	{vex3} vpsubb %xmm3, %xmm2, %xmm1
	vpsubb (%rax), %xmm2, %xmm1
	vpsubb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsubb 0x100(%rip), %xmm2, %xmm1
	vpsubb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsubb (%rsp), %xmm7, %xmm0
	vpsubb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG F8: vpsubb Vx,Hx,Wx
	vpsubb %ymm3, %ymm2, %ymm1
	vpsubb %ymm12, %ymm8, %ymm15
	vpsubb %ymm10, %ymm7, %ymm0
	{vex3} vpsubb %ymm3, %ymm2, %ymm1
	vpsubb (%rax), %ymm2, %ymm1
	vpsubb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsubb 0x100(%rip), %ymm2, %ymm1
	vpsubb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsubb (%rsp), %ymm7, %ymm0
	vpsubb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG F9: vpsubw Vx,Hx,Wx
	vpsubw %xmm3, %xmm2, %xmm1
	vpsubw %xmm12, %xmm8, %xmm15
	vpsubw %xmm10, %xmm7, %xmm0
	{vex3} vpsubw %xmm3, %xmm2, %xmm1
	vpsubw (%rax), %xmm2, %xmm1
	vpsubw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsubw 0x100(%rip), %xmm2, %xmm1
	vpsubw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsubw (%rsp), %xmm7, %xmm0
	vpsubw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG F9: vpsubw Vx,Hx,Wx
	vpsubw %ymm3, %ymm2, %ymm1
	vpsubw %ymm12, %ymm8, %ymm15
	vpsubw %ymm10, %ymm7, %ymm0
	{vex3} vpsubw %ymm3, %ymm2, %ymm1
	vpsubw (%rax), %ymm2, %ymm1
	vpsubw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsubw 0x100(%rip), %ymm2, %ymm1
	vpsubw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsubw (%rsp), %ymm7, %ymm0
	vpsubw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG FA: vpsubd Vx,Hx,Wx
	vpsubd %xmm3, %xmm2, %xmm1
	vpsubd %xmm12, %xmm8, %xmm15
	vpsubd %xmm10, %xmm7, %xmm0
	{vex3} vpsubd %xmm3, %xmm2, %xmm1
	vpsubd (%rax), %xmm2, %xmm1
	vpsubd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsubd 0x100(%rip), %xmm2, %xmm1
	vpsubd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsubd (%rsp), %xmm7, %xmm0
	vpsubd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG FA: vpsubd Vx,Hx,Wx
	vpsubd %ymm3, %ymm2, %ymm1
	vpsubd %ymm12, %ymm8, %ymm15
	vpsubd %ymm10, %ymm7, %ymm0
	{vex3} vpsubd %ymm3, %ymm2, %ymm1
	vpsubd (%rax), %ymm2, %ymm1
	vpsubd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsubd 0x100(%rip), %ymm2, %ymm1
	vpsubd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsubd (%rsp), %ymm7, %ymm0
	vpsubd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG FB: vpsubq Vx,Hx,Wx
	vpsubq %xmm3, %xmm2, %xmm1
	vpsubq %xmm12, %xmm8, %xmm15
	vpsubq %xmm10, %xmm7, %xmm0
	{vex3} vpsubq %xmm3, %xmm2, %xmm1
	vpsubq (%rax), %xmm2, %xmm1
	vpsubq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsubq 0x100(%rip), %xmm2, %xmm1
	vpsubq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsubq (%rsp), %xmm7, %xmm0
	vpsubq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG FB: vpsubq Vx,Hx,Wx
	vpsubq %ymm3, %ymm2, %ymm1
	vpsubq %ymm12, %ymm8, %ymm15
	vpsubq %ymm10, %ymm7, %ymm0
	{vex3} vpsubq %ymm3, %ymm2, %ymm1
	vpsubq (%rax), %ymm2, %ymm1
	vpsubq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsubq 0x100(%rip), %ymm2, %ymm1
	vpsubq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsubq (%rsp), %ymm7, %ymm0
	vpsubq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG FC: vpaddb Vx,Hx,Wx
	vpaddb %xmm3, %xmm2, %xmm1
	vpaddb %xmm12, %xmm8, %xmm15
	vpaddb %xmm10, %xmm7, %xmm0
	{vex3} vpaddb %xmm3, %xmm2, %xmm1
	vpaddb (%rax), %xmm2, %xmm1
	vpaddb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpaddb 0x100(%rip), %xmm2, %xmm1
	vpaddb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpaddb (%rsp), %xmm7, %xmm0
	vpaddb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG FC: vpaddb Vx,Hx,Wx
	vpaddb %ymm3, %ymm2, %ymm1
	vpaddb %ymm12, %ymm8, %ymm15
	vpaddb %ymm10, %ymm7, %ymm0
	{vex3} vpaddb %ymm3, %ymm2, %ymm1
	vpaddb (%rax), %ymm2, %ymm1
	vpaddb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpaddb 0x100(%rip), %ymm2, %ymm1
	vpaddb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpaddb (%rsp), %ymm7, %ymm0
	vpaddb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG FD: vpaddw Vx,Hx,Wx
	vpaddw %xmm3, %xmm2, %xmm1
	vpaddw %xmm12, %xmm8, %xmm15
	vpaddw %xmm10, %xmm7, %xmm0
	{vex3} vpaddw %xmm3, %xmm2, %xmm1
	vpaddw (%rax), %xmm2, %xmm1
	vpaddw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpaddw 0x100(%rip), %xmm2, %xmm1
	vpaddw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpaddw (%rsp), %xmm7, %xmm0
	vpaddw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG FD: vpaddw Vx,Hx,Wx
	vpaddw %ymm3, %ymm2, %ymm1
	vpaddw %ymm12, %ymm8, %ymm15
	vpaddw %ymm10, %ymm7, %ymm0
	{vex3} vpaddw %ymm3, %ymm2, %ymm1
	vpaddw (%rax), %ymm2, %ymm1
	vpaddw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpaddw 0x100(%rip), %ymm2, %ymm1
	vpaddw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpaddw (%rsp), %ymm7, %ymm0
	vpaddw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F.WIG FE: vpaddd Vx,Hx,Wx
	vpaddd %xmm3, %xmm2, %xmm1
	vpaddd %xmm12, %xmm8, %xmm15
	vpaddd %xmm10, %xmm7, %xmm0
	{vex3} vpaddd %xmm3, %xmm2, %xmm1
	vpaddd (%rax), %xmm2, %xmm1
	vpaddd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpaddd 0x100(%rip), %xmm2, %xmm1
	vpaddd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpaddd (%rsp), %xmm7, %xmm0
	vpaddd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F.WIG FE: vpaddd Vx,Hx,Wx
	vpaddd %ymm3, %ymm2, %ymm1
	vpaddd %ymm12, %ymm8, %ymm15
	vpaddd %ymm10, %ymm7, %ymm0
	{vex3} vpaddd %ymm3, %ymm2, %ymm1
	vpaddd (%rax), %ymm2, %ymm1
	vpaddd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpaddd 0x100(%rip), %ymm2, %ymm1
	vpaddd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpaddd (%rsp), %ymm7, %ymm0
	vpaddd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 00: vpshufb Vx,Hx,Wx
	vpshufb %xmm3, %xmm2, %xmm1
	vpshufb %xmm12, %xmm8, %xmm15
	vpshufb %xmm10, %xmm7, %xmm0
	vpshufb (%rax), %xmm2, %xmm1
	vpshufb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpshufb 0x100(%rip), %xmm2, %xmm1
	vpshufb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpshufb (%rsp), %xmm7, %xmm0
	vpshufb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 00: vpshufb Vx,Hx,Wx
	vpshufb %ymm3, %ymm2, %ymm1
	vpshufb %ymm12, %ymm8, %ymm15
	vpshufb %ymm10, %ymm7, %ymm0
	vpshufb (%rax), %ymm2, %ymm1
	vpshufb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpshufb 0x100(%rip), %ymm2, %ymm1
	vpshufb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpshufb (%rsp), %ymm7, %ymm0
	vpshufb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 01: vphaddw Vx,Hx,Wx
	vphaddw %xmm3, %xmm2, %xmm1
	vphaddw %xmm12, %xmm8, %xmm15
	vphaddw %xmm10, %xmm7, %xmm0
	vphaddw (%rax), %xmm2, %xmm1
	vphaddw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vphaddw 0x100(%rip), %xmm2, %xmm1
	vphaddw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vphaddw (%rsp), %xmm7, %xmm0
	vphaddw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 01: vphaddw Vx,Hx,Wx
	vphaddw %ymm3, %ymm2, %ymm1
	vphaddw %ymm12, %ymm8, %ymm15
	vphaddw %ymm10, %ymm7, %ymm0
	vphaddw (%rax), %ymm2, %ymm1
	vphaddw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vphaddw 0x100(%rip), %ymm2, %ymm1
	vphaddw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vphaddw (%rsp), %ymm7, %ymm0
	vphaddw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 02: vphaddd Vx,Hx,Wx
	vphaddd %xmm3, %xmm2, %xmm1
	vphaddd %xmm12, %xmm8, %xmm15
	vphaddd %xmm10, %xmm7, %xmm0
	vphaddd (%rax), %xmm2, %xmm1
	vphaddd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vphaddd 0x100(%rip), %xmm2, %xmm1
	vphaddd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vphaddd (%rsp), %xmm7, %xmm0
	vphaddd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 02: vphaddd Vx,Hx,Wx
	vphaddd %ymm3, %ymm2, %ymm1
	vphaddd %ymm12, %ymm8, %ymm15
	vphaddd %ymm10, %ymm7, %ymm0
	vphaddd (%rax), %ymm2, %ymm1
	vphaddd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vphaddd 0x100(%rip), %ymm2, %ymm1
	vphaddd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vphaddd (%rsp), %ymm7, %ymm0
	vphaddd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 03: vphaddsw Vx,Hx,Wx
	vphaddsw %xmm3, %xmm2, %xmm1
	vphaddsw %xmm12, %xmm8, %xmm15
	vphaddsw %xmm10, %xmm7, %xmm0
	vphaddsw (%rax), %xmm2, %xmm1
	vphaddsw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vphaddsw 0x100(%rip), %xmm2, %xmm1
	vphaddsw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vphaddsw (%rsp), %xmm7, %xmm0
	vphaddsw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 03: vphaddsw Vx,Hx,Wx
	vphaddsw %ymm3, %ymm2, %ymm1
	vphaddsw %ymm12, %ymm8, %ymm15
	vphaddsw %ymm10, %ymm7, %ymm0
	vphaddsw (%rax), %ymm2, %ymm1
	vphaddsw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vphaddsw 0x100(%rip), %ymm2, %ymm1
	vphaddsw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vphaddsw (%rsp), %ymm7, %ymm0
	vphaddsw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 04: vpmaddubsw Vx,Hx,Wx
	vpmaddubsw %xmm3, %xmm2, %xmm1
	vpmaddubsw %xmm12, %xmm8, %xmm15
	vpmaddubsw %xmm10, %xmm7, %xmm0
	vpmaddubsw (%rax), %xmm2, %xmm1
	vpmaddubsw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmaddubsw 0x100(%rip), %xmm2, %xmm1
	vpmaddubsw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmaddubsw (%rsp), %xmm7, %xmm0
	vpmaddubsw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 04: vpmaddubsw Vx,Hx,Wx
	vpmaddubsw %ymm3, %ymm2, %ymm1
	vpmaddubsw %ymm12, %ymm8, %ymm15
	vpmaddubsw %ymm10, %ymm7, %ymm0
	vpmaddubsw (%rax), %ymm2, %ymm1
	vpmaddubsw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmaddubsw 0x100(%rip), %ymm2, %ymm1
	vpmaddubsw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmaddubsw (%rsp), %ymm7, %ymm0
	vpmaddubsw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 05: vphsubw Vx,Hx,Wx
	vphsubw %xmm3, %xmm2, %xmm1
	vphsubw %xmm12, %xmm8, %xmm15
	vphsubw %xmm10, %xmm7, %xmm0
	vphsubw (%rax), %xmm2, %xmm1
	vphsubw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vphsubw 0x100(%rip), %xmm2, %xmm1
	vphsubw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vphsubw (%rsp), %xmm7, %xmm0
	vphsubw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 05: vphsubw Vx,Hx,Wx
	vphsubw %ymm3, %ymm2, %ymm1
	vphsubw %ymm12, %ymm8, %ymm15
	vphsubw %ymm10, %ymm7, %ymm0
	vphsubw (%rax), %ymm2, %ymm1
	vphsubw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vphsubw 0x100(%rip), %ymm2, %ymm1
	vphsubw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vphsubw (%rsp), %ymm7, %ymm0
	vphsubw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 06: vphsubd Vx,Hx,Wx
	vphsubd %xmm3, %xmm2, %xmm1
	vphsubd %xmm12, %xmm8, %xmm15
	vphsubd %xmm10, %xmm7, %xmm0
	vphsubd (%rax), %xmm2, %xmm1
	vphsubd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vphsubd 0x100(%rip), %xmm2, %xmm1
	vphsubd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vphsubd (%rsp), %xmm7, %xmm0
	vphsubd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 06: vphsubd Vx,Hx,Wx
	vphsubd %ymm3, %ymm2, %ymm1
	vphsubd %ymm12, %ymm8, %ymm15
	vphsubd %ymm10, %ymm7, %ymm0
	vphsubd (%rax), %ymm2, %ymm1
	vphsubd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vphsubd 0x100(%rip), %ymm2, %ymm1
	vphsubd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vphsubd (%rsp), %ymm7, %ymm0
	vphsubd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 07: vphsubsw Vx,Hx,Wx
	vphsubsw %xmm3, %xmm2, %xmm1
	vphsubsw %xmm12, %xmm8, %xmm15
	vphsubsw %xmm10, %xmm7, %xmm0
	vphsubsw (%rax), %xmm2, %xmm1
	vphsubsw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vphsubsw 0x100(%rip), %xmm2, %xmm1
	vphsubsw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vphsubsw (%rsp), %xmm7, %xmm0
	vphsubsw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 07: vphsubsw Vx,Hx,Wx
	vphsubsw %ymm3, %ymm2, %ymm1
	vphsubsw %ymm12, %ymm8, %ymm15
	vphsubsw %ymm10, %ymm7, %ymm0
	vphsubsw (%rax), %ymm2, %ymm1
	vphsubsw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vphsubsw 0x100(%rip), %ymm2, %ymm1
	vphsubsw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vphsubsw (%rsp), %ymm7, %ymm0
	vphsubsw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 08: vpsignb Vx,Hx,Wx
	vpsignb %xmm3, %xmm2, %xmm1
	vpsignb %xmm12, %xmm8, %xmm15
	vpsignb %xmm10, %xmm7, %xmm0
	vpsignb (%rax), %xmm2, %xmm1
	vpsignb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsignb 0x100(%rip), %xmm2, %xmm1
	vpsignb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsignb (%rsp), %xmm7, %xmm0
	vpsignb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 08: vpsignb Vx,Hx,Wx
	vpsignb %ymm3, %ymm2, %ymm1
	vpsignb %ymm12, %ymm8, %ymm15
	vpsignb %ymm10, %ymm7, %ymm0
	vpsignb (%rax), %ymm2, %ymm1
	vpsignb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsignb 0x100(%rip), %ymm2, %ymm1
	vpsignb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsignb (%rsp), %ymm7, %ymm0
	vpsignb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 09: vpsignw Vx,Hx,Wx
	vpsignw %xmm3, %xmm2, %xmm1
	vpsignw %xmm12, %xmm8, %xmm15
	vpsignw %xmm10, %xmm7, %xmm0
	vpsignw (%rax), %xmm2, %xmm1
	vpsignw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsignw 0x100(%rip), %xmm2, %xmm1
	vpsignw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsignw (%rsp), %xmm7, %xmm0
	vpsignw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 09: vpsignw Vx,Hx,Wx
	vpsignw %ymm3, %ymm2, %ymm1
	vpsignw %ymm12, %ymm8, %ymm15
	vpsignw %ymm10, %ymm7, %ymm0
	vpsignw (%rax), %ymm2, %ymm1
	vpsignw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsignw 0x100(%rip), %ymm2, %ymm1
	vpsignw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsignw (%rsp), %ymm7, %ymm0
	vpsignw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 0A: vpsignd Vx,Hx,Wx
	vpsignd %xmm3, %xmm2, %xmm1
	vpsignd %xmm12, %xmm8, %xmm15
	vpsignd %xmm10, %xmm7, %xmm0
	vpsignd (%rax), %xmm2, %xmm1
	vpsignd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsignd 0x100(%rip), %xmm2, %xmm1
	vpsignd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsignd (%rsp), %xmm7, %xmm0
	vpsignd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 0A: vpsignd Vx,Hx,Wx
	vpsignd %ymm3, %ymm2, %ymm1
	vpsignd %ymm12, %ymm8, %ymm15
	vpsignd %ymm10, %ymm7, %ymm0
	vpsignd (%rax), %ymm2, %ymm1
	vpsignd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsignd 0x100(%rip), %ymm2, %ymm1
	vpsignd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsignd (%rsp), %ymm7, %ymm0
	vpsignd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 0B: vpmulhrsw Vx,Hx,Wx
	vpmulhrsw %xmm3, %xmm2, %xmm1
	vpmulhrsw %xmm12, %xmm8, %xmm15
	vpmulhrsw %xmm10, %xmm7, %xmm0
	vpmulhrsw (%rax), %xmm2, %xmm1
	vpmulhrsw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmulhrsw 0x100(%rip), %xmm2, %xmm1
	vpmulhrsw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmulhrsw (%rsp), %xmm7, %xmm0
	vpmulhrsw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 0B: vpmulhrsw Vx,Hx,Wx
	vpmulhrsw %ymm3, %ymm2, %ymm1
	vpmulhrsw %ymm12, %ymm8, %ymm15
	vpmulhrsw %ymm10, %ymm7, %ymm0
	vpmulhrsw (%rax), %ymm2, %ymm1
	vpmulhrsw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmulhrsw 0x100(%rip), %ymm2, %ymm1
	vpmulhrsw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmulhrsw (%rsp), %ymm7, %ymm0
	vpmulhrsw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 0C: vpermilps Vx,Hx,Wx
	vpermilps %xmm3, %xmm2, %xmm1
	vpermilps %xmm12, %xmm8, %xmm15
	vpermilps %xmm10, %xmm7, %xmm0
	vpermilps (%rax), %xmm2, %xmm1
	vpermilps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpermilps 0x100(%rip), %xmm2, %xmm1
	vpermilps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpermilps (%rsp), %xmm7, %xmm0
	vpermilps 0x7ffffff0(%r13), %xmm8, %xmm15
	vpermilps %ymm3, %ymm2, %ymm1
	vpermilps %ymm12, %ymm8, %ymm15
	vpermilps %ymm10, %ymm7, %ymm0
	vpermilps (%rax), %ymm2, %ymm1
	vpermilps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpermilps 0x100(%rip), %ymm2, %ymm1
	vpermilps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpermilps (%rsp), %ymm7, %ymm0
	vpermilps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 0D: vpermilpd Vx,Hx,Wx
	vpermilpd %xmm3, %xmm2, %xmm1
	vpermilpd %xmm12, %xmm8, %xmm15
	vpermilpd %xmm10, %xmm7, %xmm0
	vpermilpd (%rax), %xmm2, %xmm1
	vpermilpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpermilpd 0x100(%rip), %xmm2, %xmm1
	vpermilpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpermilpd (%rsp), %xmm7, %xmm0
	vpermilpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vpermilpd %ymm3, %ymm2, %ymm1
	vpermilpd %ymm12, %ymm8, %ymm15
	vpermilpd %ymm10, %ymm7, %ymm0
	vpermilpd (%rax), %ymm2, %ymm1
	vpermilpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpermilpd 0x100(%rip), %ymm2, %ymm1
	vpermilpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpermilpd (%rsp), %ymm7, %ymm0
	vpermilpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 0E: vtestps Vx,Wx
	vtestps %xmm3, %xmm1
	vtestps %xmm12, %xmm15
	vtestps %xmm10, %xmm0
	vtestps (%rax), %xmm1
	vtestps 0x12345678(%rbx,%rcx,4), %xmm1
	vtestps 0x100(%rip), %xmm1
	vtestps -0x80(%r12,%r13,2), %xmm15
	vtestps (%rsp), %xmm0
	vtestps 0x7ffffff0(%r13), %xmm15
	vtestps %ymm3, %ymm1
	vtestps %ymm12, %ymm15
	vtestps %ymm10, %ymm0
	vtestps (%rax), %ymm1
	vtestps 0x12345678(%rbx,%rcx,4), %ymm1
	vtestps 0x100(%rip), %ymm1
	vtestps -0x80(%r12,%r13,2), %ymm15
	vtestps (%rsp), %ymm0
	vtestps 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F38.W0 0F: vtestpd Vx,Wx
	vtestpd %xmm3, %xmm1
	vtestpd %xmm12, %xmm15
	vtestpd %xmm10, %xmm0
	vtestpd (%rax), %xmm1
	vtestpd 0x12345678(%rbx,%rcx,4), %xmm1
	vtestpd 0x100(%rip), %xmm1
	vtestpd -0x80(%r12,%r13,2), %xmm15
	vtestpd (%rsp), %xmm0
	vtestpd 0x7ffffff0(%r13), %xmm15
	vtestpd %ymm3, %ymm1
	vtestpd %ymm12, %ymm15
	vtestpd %ymm10, %ymm0
	vtestpd (%rax), %ymm1
	vtestpd 0x12345678(%rbx,%rcx,4), %ymm1
	vtestpd 0x100(%rip), %ymm1
	vtestpd -0x80(%r12,%r13,2), %ymm15
	vtestpd (%rsp), %ymm0
	vtestpd 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.W0 13: vcvtph2ps Vo,Wq
	vcvtph2ps %xmm3, %xmm1
	vcvtph2ps %xmm12, %xmm15
	vcvtph2ps %xmm10, %xmm0
	vcvtph2ps (%rax), %xmm1
	vcvtph2ps 0x12345678(%rbx,%rcx,4), %xmm1
	vcvtph2ps 0x100(%rip), %xmm1
	vcvtph2ps -0x80(%r12,%r13,2), %xmm15
	vcvtph2ps (%rsp), %xmm0
	vcvtph2ps 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.W0 13: vcvtph2ps Vy,Wo
	vcvtph2ps %xmm3, %ymm1
	vcvtph2ps %xmm12, %ymm15
	vcvtph2ps %xmm10, %ymm0
	vcvtph2ps (%rax), %ymm1
	vcvtph2ps 0x12345678(%rbx,%rcx,4), %ymm1
	vcvtph2ps 0x100(%rip), %ymm1
	vcvtph2ps -0x80(%r12,%r13,2), %ymm15
	vcvtph2ps (%rsp), %ymm0
	vcvtph2ps 0x7ffffff0(%r13), %ymm15

# VEX.256.66.0F38.W0 16: vpermps Vy,Hy,Wy
	vpermps %ymm3, %ymm2, %ymm1
	vpermps %ymm12, %ymm8, %ymm15
	vpermps %ymm10, %ymm7, %ymm0
	vpermps (%rax), %ymm2, %ymm1
	vpermps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpermps 0x100(%rip), %ymm2, %ymm1
	vpermps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpermps (%rsp), %ymm7, %ymm0
	vpermps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.WIG 17: vptest Vx,Wx
	vptest %xmm3, %xmm1
	vptest %xmm12, %xmm15
	vptest %xmm10, %xmm0
	vptest (%rax), %xmm1
	vptest 0x12345678(%rbx,%rcx,4), %xmm1
	vptest 0x100(%rip), %xmm1
	vptest -0x80(%r12,%r13,2), %xmm15
	vptest (%rsp), %xmm0
	vptest 0x7ffffff0(%r13), %xmm15
	vptest %ymm3, %ymm1
	vptest %ymm12, %ymm15
	vptest %ymm10, %ymm0
	vptest (%rax), %ymm1
	vptest 0x12345678(%rbx,%rcx,4), %ymm1
	vptest 0x100(%rip), %ymm1
	vptest -0x80(%r12,%r13,2), %ymm15
	vptest (%rsp), %ymm0
	vptest 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F38.W0 18 (mem): vbroadcastss Vx,Md
	vbroadcastss (%rax), %xmm1
	vbroadcastss 0x12345678(%rbx,%rcx,4), %xmm1
	vbroadcastss 0x100(%rip), %xmm1
	vbroadcastss -0x80(%r12,%r13,2), %xmm15
	vbroadcastss (%rsp), %xmm0
	vbroadcastss 0x7ffffff0(%r13), %xmm15
	vbroadcastss (%rax), %ymm1
	vbroadcastss 0x12345678(%rbx,%rcx,4), %ymm1
	vbroadcastss 0x100(%rip), %ymm1
	vbroadcastss -0x80(%r12,%r13,2), %ymm15
	vbroadcastss (%rsp), %ymm0
	vbroadcastss 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F38.W0 18 (reg): vbroadcastss Vx,Uo
	vbroadcastss %xmm3, %xmm1
	vbroadcastss %xmm12, %xmm15
	vbroadcastss %xmm10, %xmm0
	vbroadcastss %xmm3, %ymm1
	vbroadcastss %xmm12, %ymm15
	vbroadcastss %xmm10, %ymm0

# VEX.256.66.0F38.W0 19 (mem): vbroadcastsd Vy,Mq
	vbroadcastsd (%rax), %ymm1
	vbroadcastsd 0x12345678(%rbx,%rcx,4), %ymm1
	vbroadcastsd 0x100(%rip), %ymm1
	vbroadcastsd -0x80(%r12,%r13,2), %ymm15
	vbroadcastsd (%rsp), %ymm0
	vbroadcastsd 0x7ffffff0(%r13), %ymm15

# VEX.256.66.0F38.W0 19 (reg): vbroadcastsd Vy,Uo
	vbroadcastsd %xmm3, %ymm1
	vbroadcastsd %xmm12, %ymm15
	vbroadcastsd %xmm10, %ymm0

# VEX.256.66.0F38.W0 1A (mem): vbroadcastf128 Vy,Mo
	vbroadcastf128 (%rax), %ymm1
	vbroadcastf128 0x12345678(%rbx,%rcx,4), %ymm1
	vbroadcastf128 0x100(%rip), %ymm1
	vbroadcastf128 -0x80(%r12,%r13,2), %ymm15
	vbroadcastf128 (%rsp), %ymm0
	vbroadcastf128 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 1C: vpabsb Vx,Wx
	vpabsb %xmm3, %xmm1
	vpabsb %xmm12, %xmm15
	vpabsb %xmm10, %xmm0
	vpabsb (%rax), %xmm1
	vpabsb 0x12345678(%rbx,%rcx,4), %xmm1
	vpabsb 0x100(%rip), %xmm1
	vpabsb -0x80(%r12,%r13,2), %xmm15
	vpabsb (%rsp), %xmm0
	vpabsb 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 1C: vpabsb Vx,Wx
	vpabsb %ymm3, %ymm1
	vpabsb %ymm12, %ymm15
	vpabsb %ymm10, %ymm0
	vpabsb (%rax), %ymm1
	vpabsb 0x12345678(%rbx,%rcx,4), %ymm1
	vpabsb 0x100(%rip), %ymm1
	vpabsb -0x80(%r12,%r13,2), %ymm15
	vpabsb (%rsp), %ymm0
	vpabsb 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 1D: vpabsw Vx,Wx
	vpabsw %xmm3, %xmm1
	vpabsw %xmm12, %xmm15
	vpabsw %xmm10, %xmm0
	vpabsw (%rax), %xmm1
	vpabsw 0x12345678(%rbx,%rcx,4), %xmm1
	vpabsw 0x100(%rip), %xmm1
	vpabsw -0x80(%r12,%r13,2), %xmm15
	vpabsw (%rsp), %xmm0
	vpabsw 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 1D: vpabsw Vx,Wx
	vpabsw %ymm3, %ymm1
	vpabsw %ymm12, %ymm15
	vpabsw %ymm10, %ymm0
	vpabsw (%rax), %ymm1
	vpabsw 0x12345678(%rbx,%rcx,4), %ymm1
	vpabsw 0x100(%rip), %ymm1
	vpabsw -0x80(%r12,%r13,2), %ymm15
	vpabsw (%rsp), %ymm0
	vpabsw 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 1E: vpabsd Vx,Wx
	vpabsd %xmm3, %xmm1
	vpabsd %xmm12, %xmm15
	vpabsd %xmm10, %xmm0
	vpabsd (%rax), %xmm1
	vpabsd 0x12345678(%rbx,%rcx,4), %xmm1
	vpabsd 0x100(%rip), %xmm1
	vpabsd -0x80(%r12,%r13,2), %xmm15
	vpabsd (%rsp), %xmm0
	vpabsd 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 1E: vpabsd Vx,Wx
	vpabsd %ymm3, %ymm1
	vpabsd %ymm12, %ymm15
	vpabsd %ymm10, %ymm0
	vpabsd (%rax), %ymm1
	vpabsd 0x12345678(%rbx,%rcx,4), %ymm1
	vpabsd 0x100(%rip), %ymm1
	vpabsd -0x80(%r12,%r13,2), %ymm15
	vpabsd (%rsp), %ymm0
	vpabsd 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 20: vpmovsxbw Vo,Wq
	vpmovsxbw %xmm3, %xmm1
	vpmovsxbw %xmm12, %xmm15
	vpmovsxbw %xmm10, %xmm0
	vpmovsxbw (%rax), %xmm1
	vpmovsxbw 0x12345678(%rbx,%rcx,4), %xmm1
	vpmovsxbw 0x100(%rip), %xmm1
	vpmovsxbw -0x80(%r12,%r13,2), %xmm15
	vpmovsxbw (%rsp), %xmm0
	vpmovsxbw 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 20: vpmovsxbw Vy,Wo
	vpmovsxbw %xmm3, %ymm1
	vpmovsxbw %xmm12, %ymm15
	vpmovsxbw %xmm10, %ymm0
	vpmovsxbw (%rax), %ymm1
	vpmovsxbw 0x12345678(%rbx,%rcx,4), %ymm1
	vpmovsxbw 0x100(%rip), %ymm1
	vpmovsxbw -0x80(%r12,%r13,2), %ymm15
	vpmovsxbw (%rsp), %ymm0
	vpmovsxbw 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 21: vpmovsxbd Vo,Wd
	vpmovsxbd %xmm3, %xmm1
	vpmovsxbd %xmm12, %xmm15
	vpmovsxbd %xmm10, %xmm0
	vpmovsxbd (%rax), %xmm1
	vpmovsxbd 0x12345678(%rbx,%rcx,4), %xmm1
	vpmovsxbd 0x100(%rip), %xmm1
	vpmovsxbd -0x80(%r12,%r13,2), %xmm15
	vpmovsxbd (%rsp), %xmm0
	vpmovsxbd 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 21: vpmovsxbd Vy,Wq
	vpmovsxbd %xmm3, %ymm1
	vpmovsxbd %xmm12, %ymm15
	vpmovsxbd %xmm10, %ymm0
	vpmovsxbd (%rax), %ymm1
	vpmovsxbd 0x12345678(%rbx,%rcx,4), %ymm1
	vpmovsxbd 0x100(%rip), %ymm1
	vpmovsxbd -0x80(%r12,%r13,2), %ymm15
	vpmovsxbd (%rsp), %ymm0
	vpmovsxbd 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 22: vpmovsxbq Vo,Ww
	vpmovsxbq %xmm3, %xmm1
	vpmovsxbq %xmm12, %xmm15
	vpmovsxbq %xmm10, %xmm0
	vpmovsxbq (%rax), %xmm1
	vpmovsxbq 0x12345678(%rbx,%rcx,4), %xmm1
	vpmovsxbq 0x100(%rip), %xmm1
	vpmovsxbq -0x80(%r12,%r13,2), %xmm15
	vpmovsxbq (%rsp), %xmm0
	vpmovsxbq 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 22: vpmovsxbq Vy,Wd
	vpmovsxbq %xmm3, %ymm1
	vpmovsxbq %xmm12, %ymm15
	vpmovsxbq %xmm10, %ymm0
	vpmovsxbq (%rax), %ymm1
	vpmovsxbq 0x12345678(%rbx,%rcx,4), %ymm1
	vpmovsxbq 0x100(%rip), %ymm1
	vpmovsxbq -0x80(%r12,%r13,2), %ymm15
	vpmovsxbq (%rsp), %ymm0
	vpmovsxbq 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 23: vpmovsxwd Vo,Wq
	vpmovsxwd %xmm3, %xmm1
	vpmovsxwd %xmm12, %xmm15
	vpmovsxwd %xmm10, %xmm0
	vpmovsxwd (%rax), %xmm1
	vpmovsxwd 0x12345678(%rbx,%rcx,4), %xmm1
	vpmovsxwd 0x100(%rip), %xmm1
	vpmovsxwd -0x80(%r12,%r13,2), %xmm15
	vpmovsxwd (%rsp), %xmm0
	vpmovsxwd 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 23: vpmovsxwd Vy,Wo
	vpmovsxwd %xmm3, %ymm1
	vpmovsxwd %xmm12, %ymm15
	vpmovsxwd %xmm10, %ymm0
	vpmovsxwd (%rax), %ymm1
	vpmovsxwd 0x12345678(%rbx,%rcx,4), %ymm1
	vpmovsxwd 0x100(%rip), %ymm1
	vpmovsxwd -0x80(%r12,%r13,2), %ymm15
	vpmovsxwd (%rsp), %ymm0
	vpmovsxwd 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 24: vpmovsxwq Vo,Wd
	vpmovsxwq %xmm3, %xmm1
	vpmovsxwq %xmm12, %xmm15
	vpmovsxwq %xmm10, %xmm0
	vpmovsxwq (%rax), %xmm1
	vpmovsxwq 0x12345678(%rbx,%rcx,4), %xmm1
	vpmovsxwq 0x100(%rip), %xmm1
	vpmovsxwq -0x80(%r12,%r13,2), %xmm15
	vpmovsxwq (%rsp), %xmm0
	vpmovsxwq 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 24: vpmovsxwq Vy,Wq
	vpmovsxwq %xmm3, %ymm1
	vpmovsxwq %xmm12, %ymm15
	vpmovsxwq %xmm10, %ymm0
	vpmovsxwq (%rax), %ymm1
	vpmovsxwq 0x12345678(%rbx,%rcx,4), %ymm1
	vpmovsxwq 0x100(%rip), %ymm1
	vpmovsxwq -0x80(%r12,%r13,2), %ymm15
	vpmovsxwq (%rsp), %ymm0
	vpmovsxwq 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 25: vpmovsxdq Vo,Wq
	vpmovsxdq %xmm3, %xmm1
	vpmovsxdq %xmm12, %xmm15
	vpmovsxdq %xmm10, %xmm0
	vpmovsxdq (%rax), %xmm1
	vpmovsxdq 0x12345678(%rbx,%rcx,4), %xmm1
	vpmovsxdq 0x100(%rip), %xmm1
	vpmovsxdq -0x80(%r12,%r13,2), %xmm15
	vpmovsxdq (%rsp), %xmm0
	vpmovsxdq 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 25: vpmovsxdq Vy,Wo
	vpmovsxdq %xmm3, %ymm1
	vpmovsxdq %xmm12, %ymm15
	vpmovsxdq %xmm10, %ymm0
	vpmovsxdq (%rax), %ymm1
	vpmovsxdq 0x12345678(%rbx,%rcx,4), %ymm1
	vpmovsxdq 0x100(%rip), %ymm1
	vpmovsxdq -0x80(%r12,%r13,2), %ymm15
	vpmovsxdq (%rsp), %ymm0
	vpmovsxdq 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 28: vpmuldq Vx,Hx,Wx
	vpmuldq %xmm3, %xmm2, %xmm1
	vpmuldq %xmm12, %xmm8, %xmm15
	vpmuldq %xmm10, %xmm7, %xmm0
	vpmuldq (%rax), %xmm2, %xmm1
	vpmuldq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmuldq 0x100(%rip), %xmm2, %xmm1
	vpmuldq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmuldq (%rsp), %xmm7, %xmm0
	vpmuldq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 28: vpmuldq Vx,Hx,Wx
	vpmuldq %ymm3, %ymm2, %ymm1
	vpmuldq %ymm12, %ymm8, %ymm15
	vpmuldq %ymm10, %ymm7, %ymm0
	vpmuldq (%rax), %ymm2, %ymm1
	vpmuldq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmuldq 0x100(%rip), %ymm2, %ymm1
	vpmuldq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmuldq (%rsp), %ymm7, %ymm0
	vpmuldq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 29: vpcmpeqq Vx,Hx,Wx
	vpcmpeqq %xmm3, %xmm2, %xmm1
	vpcmpeqq %xmm12, %xmm8, %xmm15
	vpcmpeqq %xmm10, %xmm7, %xmm0
	vpcmpeqq (%rax), %xmm2, %xmm1
	vpcmpeqq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpcmpeqq 0x100(%rip), %xmm2, %xmm1
	vpcmpeqq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpcmpeqq (%rsp), %xmm7, %xmm0
	vpcmpeqq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 29: vpcmpeqq Vx,Hx,Wx
	vpcmpeqq %ymm3, %ymm2, %ymm1
	vpcmpeqq %ymm12, %ymm8, %ymm15
	vpcmpeqq %ymm10, %ymm7, %ymm0
	vpcmpeqq (%rax), %ymm2, %ymm1
	vpcmpeqq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpcmpeqq 0x100(%rip), %ymm2, %ymm1
	vpcmpeqq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpcmpeqq (%rsp), %ymm7, %ymm0
	vpcmpeqq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 2A (mem): vmovntdqa Vx,Mx
	vmovntdqa (%rax), %xmm1
	vmovntdqa 0x12345678(%rbx,%rcx,4), %xmm1
	vmovntdqa 0x100(%rip), %xmm1
	vmovntdqa -0x80(%r12,%r13,2), %xmm15
	vmovntdqa (%rsp), %xmm0
	vmovntdqa 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 2A (mem): vmovntdqa Vx,Mx
	vmovntdqa (%rax), %ymm1
	vmovntdqa 0x12345678(%rbx,%rcx,4), %ymm1
	vmovntdqa 0x100(%rip), %ymm1
	vmovntdqa -0x80(%r12,%r13,2), %ymm15
	vmovntdqa (%rsp), %ymm0
	vmovntdqa 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 2B: vpackusdw Vx,Hx,Wx
	vpackusdw %xmm3, %xmm2, %xmm1
	vpackusdw %xmm12, %xmm8, %xmm15
	vpackusdw %xmm10, %xmm7, %xmm0
	vpackusdw (%rax), %xmm2, %xmm1
	vpackusdw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpackusdw 0x100(%rip), %xmm2, %xmm1
	vpackusdw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpackusdw (%rsp), %xmm7, %xmm0
	vpackusdw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 2B: vpackusdw Vx,Hx,Wx
	vpackusdw %ymm3, %ymm2, %ymm1
	vpackusdw %ymm12, %ymm8, %ymm15
	vpackusdw %ymm10, %ymm7, %ymm0
	vpackusdw (%rax), %ymm2, %ymm1
	vpackusdw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpackusdw 0x100(%rip), %ymm2, %ymm1
	vpackusdw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpackusdw (%rsp), %ymm7, %ymm0
	vpackusdw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 2C (mem): vmaskmovps Vx,Hx,Mx
	vmaskmovps (%rax), %xmm2, %xmm1
	vmaskmovps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmaskmovps 0x100(%rip), %xmm2, %xmm1
	vmaskmovps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmaskmovps (%rsp), %xmm7, %xmm0
	vmaskmovps 0x7ffffff0(%r13), %xmm8, %xmm15
	vmaskmovps (%rax), %ymm2, %ymm1
	vmaskmovps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vmaskmovps 0x100(%rip), %ymm2, %ymm1
	vmaskmovps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vmaskmovps (%rsp), %ymm7, %ymm0
	vmaskmovps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 2D (mem): vmaskmovpd Vx,Hx,Mx
	vmaskmovpd (%rax), %xmm2, %xmm1
	vmaskmovpd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmaskmovpd 0x100(%rip), %xmm2, %xmm1
	vmaskmovpd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmaskmovpd (%rsp), %xmm7, %xmm0
	vmaskmovpd 0x7ffffff0(%r13), %xmm8, %xmm15
	vmaskmovpd (%rax), %ymm2, %ymm1
	vmaskmovpd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vmaskmovpd 0x100(%rip), %ymm2, %ymm1
	vmaskmovpd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vmaskmovpd (%rsp), %ymm7, %ymm0
	vmaskmovpd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 2E (mem): vmaskmovps Mx,Hx,Vx
	vmaskmovps %xmm1, %xmm2, (%rax)
	vmaskmovps %xmm1, %xmm2, 0x12345678(%rbx,%rcx,4)
	vmaskmovps %xmm1, %xmm2, 0x100(%rip)
	vmaskmovps %xmm15, %xmm8, -0x80(%r12,%r13,2)
	vmaskmovps %xmm0, %xmm7, (%rsp)
	vmaskmovps %xmm15, %xmm8, 0x7ffffff0(%r13)
	vmaskmovps %ymm1, %ymm2, (%rax)
	vmaskmovps %ymm1, %ymm2, 0x12345678(%rbx,%rcx,4)
	vmaskmovps %ymm1, %ymm2, 0x100(%rip)
	vmaskmovps %ymm15, %ymm8, -0x80(%r12,%r13,2)
	vmaskmovps %ymm0, %ymm7, (%rsp)
	vmaskmovps %ymm15, %ymm8, 0x7ffffff0(%r13)

# VEX.L0/L1.66.0F38.W0 2F (mem): vmaskmovpd Mx,Hx,Vx
	vmaskmovpd %xmm1, %xmm2, (%rax)
	vmaskmovpd %xmm1, %xmm2, 0x12345678(%rbx,%rcx,4)
	vmaskmovpd %xmm1, %xmm2, 0x100(%rip)
	vmaskmovpd %xmm15, %xmm8, -0x80(%r12,%r13,2)
	vmaskmovpd %xmm0, %xmm7, (%rsp)
	vmaskmovpd %xmm15, %xmm8, 0x7ffffff0(%r13)
	vmaskmovpd %ymm1, %ymm2, (%rax)
	vmaskmovpd %ymm1, %ymm2, 0x12345678(%rbx,%rcx,4)
	vmaskmovpd %ymm1, %ymm2, 0x100(%rip)
	vmaskmovpd %ymm15, %ymm8, -0x80(%r12,%r13,2)
	vmaskmovpd %ymm0, %ymm7, (%rsp)
	vmaskmovpd %ymm15, %ymm8, 0x7ffffff0(%r13)

# VEX.128.66.0F38.WIG 30: vpmovzxbw Vo,Wq
	vpmovzxbw %xmm3, %xmm1
	vpmovzxbw %xmm12, %xmm15
	vpmovzxbw %xmm10, %xmm0
	vpmovzxbw (%rax), %xmm1
	vpmovzxbw 0x12345678(%rbx,%rcx,4), %xmm1
	vpmovzxbw 0x100(%rip), %xmm1
	vpmovzxbw -0x80(%r12,%r13,2), %xmm15
	vpmovzxbw (%rsp), %xmm0
	vpmovzxbw 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 30: vpmovzxbw Vy,Wo
	vpmovzxbw %xmm3, %ymm1
	vpmovzxbw %xmm12, %ymm15
	vpmovzxbw %xmm10, %ymm0
	vpmovzxbw (%rax), %ymm1
	vpmovzxbw 0x12345678(%rbx,%rcx,4), %ymm1
	vpmovzxbw 0x100(%rip), %ymm1
	vpmovzxbw -0x80(%r12,%r13,2), %ymm15
	vpmovzxbw (%rsp), %ymm0
	vpmovzxbw 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 31: vpmovzxbd Vo,Wd
	vpmovzxbd %xmm3, %xmm1
	vpmovzxbd %xmm12, %xmm15
	vpmovzxbd %xmm10, %xmm0
	vpmovzxbd (%rax), %xmm1
	vpmovzxbd 0x12345678(%rbx,%rcx,4), %xmm1
	vpmovzxbd 0x100(%rip), %xmm1
	vpmovzxbd -0x80(%r12,%r13,2), %xmm15
	vpmovzxbd (%rsp), %xmm0
	vpmovzxbd 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 31: vpmovzxbd Vy,Wq
	vpmovzxbd %xmm3, %ymm1
	vpmovzxbd %xmm12, %ymm15
	vpmovzxbd %xmm10, %ymm0
	vpmovzxbd (%rax), %ymm1
	vpmovzxbd 0x12345678(%rbx,%rcx,4), %ymm1
	vpmovzxbd 0x100(%rip), %ymm1
	vpmovzxbd -0x80(%r12,%r13,2), %ymm15
	vpmovzxbd (%rsp), %ymm0
	vpmovzxbd 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 32: vpmovzxbq Vo,Ww
	vpmovzxbq %xmm3, %xmm1
	vpmovzxbq %xmm12, %xmm15
	vpmovzxbq %xmm10, %xmm0
	vpmovzxbq (%rax), %xmm1
	vpmovzxbq 0x12345678(%rbx,%rcx,4), %xmm1
	vpmovzxbq 0x100(%rip), %xmm1
	vpmovzxbq -0x80(%r12,%r13,2), %xmm15
	vpmovzxbq (%rsp), %xmm0
	vpmovzxbq 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 32: vpmovzxbq Vy,Wd
	vpmovzxbq %xmm3, %ymm1
	vpmovzxbq %xmm12, %ymm15
	vpmovzxbq %xmm10, %ymm0
	vpmovzxbq (%rax), %ymm1
	vpmovzxbq 0x12345678(%rbx,%rcx,4), %ymm1
	vpmovzxbq 0x100(%rip), %ymm1
	vpmovzxbq -0x80(%r12,%r13,2), %ymm15
	vpmovzxbq (%rsp), %ymm0
	vpmovzxbq 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 33: vpmovzxwd Vo,Wq
	vpmovzxwd %xmm3, %xmm1
	vpmovzxwd %xmm12, %xmm15
	vpmovzxwd %xmm10, %xmm0
	vpmovzxwd (%rax), %xmm1
	vpmovzxwd 0x12345678(%rbx,%rcx,4), %xmm1
	vpmovzxwd 0x100(%rip), %xmm1
	vpmovzxwd -0x80(%r12,%r13,2), %xmm15
	vpmovzxwd (%rsp), %xmm0
	vpmovzxwd 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 33: vpmovzxwd Vy,Wo
	vpmovzxwd %xmm3, %ymm1
	vpmovzxwd %xmm12, %ymm15
	vpmovzxwd %xmm10, %ymm0
	vpmovzxwd (%rax), %ymm1
	vpmovzxwd 0x12345678(%rbx,%rcx,4), %ymm1
	vpmovzxwd 0x100(%rip), %ymm1
	vpmovzxwd -0x80(%r12,%r13,2), %ymm15
	vpmovzxwd (%rsp), %ymm0
	vpmovzxwd 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 34: vpmovzxwq Vo,Wd
	vpmovzxwq %xmm3, %xmm1
	vpmovzxwq %xmm12, %xmm15
	vpmovzxwq %xmm10, %xmm0
	vpmovzxwq (%rax), %xmm1
	vpmovzxwq 0x12345678(%rbx,%rcx,4), %xmm1
	vpmovzxwq 0x100(%rip), %xmm1
	vpmovzxwq -0x80(%r12,%r13,2), %xmm15
	vpmovzxwq (%rsp), %xmm0
	vpmovzxwq 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 34: vpmovzxwq Vy,Wq
	vpmovzxwq %xmm3, %ymm1
	vpmovzxwq %xmm12, %ymm15
	vpmovzxwq %xmm10, %ymm0
	vpmovzxwq (%rax), %ymm1
	vpmovzxwq 0x12345678(%rbx,%rcx,4), %ymm1
	vpmovzxwq 0x100(%rip), %ymm1
	vpmovzxwq -0x80(%r12,%r13,2), %ymm15
	vpmovzxwq (%rsp), %ymm0
	vpmovzxwq 0x7ffffff0(%r13), %ymm15

# VEX.128.66.0F38.WIG 35: vpmovzxdq Vo,Wq
	vpmovzxdq %xmm3, %xmm1
	vpmovzxdq %xmm12, %xmm15
	vpmovzxdq %xmm10, %xmm0
	vpmovzxdq (%rax), %xmm1
	vpmovzxdq 0x12345678(%rbx,%rcx,4), %xmm1
	vpmovzxdq 0x100(%rip), %xmm1
	vpmovzxdq -0x80(%r12,%r13,2), %xmm15
	vpmovzxdq (%rsp), %xmm0
	vpmovzxdq 0x7ffffff0(%r13), %xmm15

# VEX.256.66.0F38.WIG 35: vpmovzxdq Vy,Wo
	vpmovzxdq %xmm3, %ymm1
	vpmovzxdq %xmm12, %ymm15
	vpmovzxdq %xmm10, %ymm0
	vpmovzxdq (%rax), %ymm1
	vpmovzxdq 0x12345678(%rbx,%rcx,4), %ymm1
	vpmovzxdq 0x100(%rip), %ymm1
	vpmovzxdq -0x80(%r12,%r13,2), %ymm15
	vpmovzxdq (%rsp), %ymm0
	vpmovzxdq 0x7ffffff0(%r13), %ymm15

# VEX.256.66.0F38.W0 36: vpermd Vy,Hy,Wy
	vpermd %ymm3, %ymm2, %ymm1
	vpermd %ymm12, %ymm8, %ymm15
	vpermd %ymm10, %ymm7, %ymm0
	vpermd (%rax), %ymm2, %ymm1
	vpermd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpermd 0x100(%rip), %ymm2, %ymm1
	vpermd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpermd (%rsp), %ymm7, %ymm0
	vpermd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 37: vpcmpgtq Vx,Hx,Wx
	vpcmpgtq %xmm3, %xmm2, %xmm1
	vpcmpgtq %xmm12, %xmm8, %xmm15
	vpcmpgtq %xmm10, %xmm7, %xmm0
	vpcmpgtq (%rax), %xmm2, %xmm1
	vpcmpgtq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpcmpgtq 0x100(%rip), %xmm2, %xmm1
	vpcmpgtq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpcmpgtq (%rsp), %xmm7, %xmm0
	vpcmpgtq 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 37: vpcmpgtq Vx,Hx,Wx
	vpcmpgtq %ymm3, %ymm2, %ymm1
	vpcmpgtq %ymm12, %ymm8, %ymm15
	vpcmpgtq %ymm10, %ymm7, %ymm0
	vpcmpgtq (%rax), %ymm2, %ymm1
	vpcmpgtq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpcmpgtq 0x100(%rip), %ymm2, %ymm1
	vpcmpgtq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpcmpgtq (%rsp), %ymm7, %ymm0
	vpcmpgtq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 38: vpminsb Vx,Hx,Wx
	vpminsb %xmm3, %xmm2, %xmm1
	vpminsb %xmm12, %xmm8, %xmm15
	vpminsb %xmm10, %xmm7, %xmm0
	vpminsb (%rax), %xmm2, %xmm1
	vpminsb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpminsb 0x100(%rip), %xmm2, %xmm1
	vpminsb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpminsb (%rsp), %xmm7, %xmm0
	vpminsb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 38: vpminsb Vx,Hx,Wx
	vpminsb %ymm3, %ymm2, %ymm1
	vpminsb %ymm12, %ymm8, %ymm15
	vpminsb %ymm10, %ymm7, %ymm0
	vpminsb (%rax), %ymm2, %ymm1
	vpminsb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpminsb 0x100(%rip), %ymm2, %ymm1
	vpminsb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpminsb (%rsp), %ymm7, %ymm0
	vpminsb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 39: vpminsd Vx,Hx,Wx
	vpminsd %xmm3, %xmm2, %xmm1
	vpminsd %xmm12, %xmm8, %xmm15
	vpminsd %xmm10, %xmm7, %xmm0
	vpminsd (%rax), %xmm2, %xmm1
	vpminsd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpminsd 0x100(%rip), %xmm2, %xmm1
	vpminsd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpminsd (%rsp), %xmm7, %xmm0
	vpminsd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 39: vpminsd Vx,Hx,Wx
	vpminsd %ymm3, %ymm2, %ymm1
	vpminsd %ymm12, %ymm8, %ymm15
	vpminsd %ymm10, %ymm7, %ymm0
	vpminsd (%rax), %ymm2, %ymm1
	vpminsd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpminsd 0x100(%rip), %ymm2, %ymm1
	vpminsd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpminsd (%rsp), %ymm7, %ymm0
	vpminsd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 3A: vpminuw Vx,Hx,Wx
	vpminuw %xmm3, %xmm2, %xmm1
	vpminuw %xmm12, %xmm8, %xmm15
	vpminuw %xmm10, %xmm7, %xmm0
	vpminuw (%rax), %xmm2, %xmm1
	vpminuw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpminuw 0x100(%rip), %xmm2, %xmm1
	vpminuw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpminuw (%rsp), %xmm7, %xmm0
	vpminuw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 3A: vpminuw Vx,Hx,Wx
	vpminuw %ymm3, %ymm2, %ymm1
	vpminuw %ymm12, %ymm8, %ymm15
	vpminuw %ymm10, %ymm7, %ymm0
	vpminuw (%rax), %ymm2, %ymm1
	vpminuw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpminuw 0x100(%rip), %ymm2, %ymm1
	vpminuw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpminuw (%rsp), %ymm7, %ymm0
	vpminuw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 3B: vpminud Vx,Hx,Wx
	vpminud %xmm3, %xmm2, %xmm1
	vpminud %xmm12, %xmm8, %xmm15
	vpminud %xmm10, %xmm7, %xmm0
	vpminud (%rax), %xmm2, %xmm1
	vpminud 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpminud 0x100(%rip), %xmm2, %xmm1
	vpminud -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpminud (%rsp), %xmm7, %xmm0
	vpminud 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 3B: vpminud Vx,Hx,Wx
	vpminud %ymm3, %ymm2, %ymm1
	vpminud %ymm12, %ymm8, %ymm15
	vpminud %ymm10, %ymm7, %ymm0
	vpminud (%rax), %ymm2, %ymm1
	vpminud 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpminud 0x100(%rip), %ymm2, %ymm1
	vpminud -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpminud (%rsp), %ymm7, %ymm0
	vpminud 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 3C: vpmaxsb Vx,Hx,Wx
	vpmaxsb %xmm3, %xmm2, %xmm1
	vpmaxsb %xmm12, %xmm8, %xmm15
	vpmaxsb %xmm10, %xmm7, %xmm0
	vpmaxsb (%rax), %xmm2, %xmm1
	vpmaxsb 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmaxsb 0x100(%rip), %xmm2, %xmm1
	vpmaxsb -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmaxsb (%rsp), %xmm7, %xmm0
	vpmaxsb 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 3C: vpmaxsb Vx,Hx,Wx
	vpmaxsb %ymm3, %ymm2, %ymm1
	vpmaxsb %ymm12, %ymm8, %ymm15
	vpmaxsb %ymm10, %ymm7, %ymm0
	vpmaxsb (%rax), %ymm2, %ymm1
	vpmaxsb 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmaxsb 0x100(%rip), %ymm2, %ymm1
	vpmaxsb -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmaxsb (%rsp), %ymm7, %ymm0
	vpmaxsb 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 3D: vpmaxsd Vx,Hx,Wx
	vpmaxsd %xmm3, %xmm2, %xmm1
	vpmaxsd %xmm12, %xmm8, %xmm15
	vpmaxsd %xmm10, %xmm7, %xmm0
	vpmaxsd (%rax), %xmm2, %xmm1
	vpmaxsd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmaxsd 0x100(%rip), %xmm2, %xmm1
	vpmaxsd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmaxsd (%rsp), %xmm7, %xmm0
	vpmaxsd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 3D: vpmaxsd Vx,Hx,Wx
	vpmaxsd %ymm3, %ymm2, %ymm1
	vpmaxsd %ymm12, %ymm8, %ymm15
	vpmaxsd %ymm10, %ymm7, %ymm0
	vpmaxsd (%rax), %ymm2, %ymm1
	vpmaxsd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmaxsd 0x100(%rip), %ymm2, %ymm1
	vpmaxsd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmaxsd (%rsp), %ymm7, %ymm0
	vpmaxsd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 3E: vpmaxuw Vx,Hx,Wx
	vpmaxuw %xmm3, %xmm2, %xmm1
	vpmaxuw %xmm12, %xmm8, %xmm15
	vpmaxuw %xmm10, %xmm7, %xmm0
	vpmaxuw (%rax), %xmm2, %xmm1
	vpmaxuw 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmaxuw 0x100(%rip), %xmm2, %xmm1
	vpmaxuw -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmaxuw (%rsp), %xmm7, %xmm0
	vpmaxuw 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 3E: vpmaxuw Vx,Hx,Wx
	vpmaxuw %ymm3, %ymm2, %ymm1
	vpmaxuw %ymm12, %ymm8, %ymm15
	vpmaxuw %ymm10, %ymm7, %ymm0
	vpmaxuw (%rax), %ymm2, %ymm1
	vpmaxuw 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmaxuw 0x100(%rip), %ymm2, %ymm1
	vpmaxuw -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmaxuw (%rsp), %ymm7, %ymm0
	vpmaxuw 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 3F: vpmaxud Vx,Hx,Wx
	vpmaxud %xmm3, %xmm2, %xmm1
	vpmaxud %xmm12, %xmm8, %xmm15
	vpmaxud %xmm10, %xmm7, %xmm0
	vpmaxud (%rax), %xmm2, %xmm1
	vpmaxud 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmaxud 0x100(%rip), %xmm2, %xmm1
	vpmaxud -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmaxud (%rsp), %xmm7, %xmm0
	vpmaxud 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 3F: vpmaxud Vx,Hx,Wx
	vpmaxud %ymm3, %ymm2, %ymm1
	vpmaxud %ymm12, %ymm8, %ymm15
	vpmaxud %ymm10, %ymm7, %ymm0
	vpmaxud (%rax), %ymm2, %ymm1
	vpmaxud 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmaxud 0x100(%rip), %ymm2, %ymm1
	vpmaxud -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmaxud (%rsp), %ymm7, %ymm0
	vpmaxud 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 40: vpmulld Vx,Hx,Wx
	vpmulld %xmm3, %xmm2, %xmm1
	vpmulld %xmm12, %xmm8, %xmm15
	vpmulld %xmm10, %xmm7, %xmm0
	vpmulld (%rax), %xmm2, %xmm1
	vpmulld 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmulld 0x100(%rip), %xmm2, %xmm1
	vpmulld -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmulld (%rsp), %xmm7, %xmm0
	vpmulld 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG 40: vpmulld Vx,Hx,Wx
	vpmulld %ymm3, %ymm2, %ymm1
	vpmulld %ymm12, %ymm8, %ymm15
	vpmulld %ymm10, %ymm7, %ymm0
	vpmulld (%rax), %ymm2, %ymm1
	vpmulld 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmulld 0x100(%rip), %ymm2, %ymm1
	vpmulld -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmulld (%rsp), %ymm7, %ymm0
	vpmulld 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG 41: vphminposuw Vo,Wo
	vphminposuw %xmm3, %xmm1
	vphminposuw %xmm12, %xmm15
	vphminposuw %xmm10, %xmm0
	vphminposuw (%rax), %xmm1
	vphminposuw 0x12345678(%rbx,%rcx,4), %xmm1
	vphminposuw 0x100(%rip), %xmm1
	vphminposuw -0x80(%r12,%r13,2), %xmm15
	vphminposuw (%rsp), %xmm0
	vphminposuw 0x7ffffff0(%r13), %xmm15

# VEX.L0/L1.66.0F38.W0 45: vpsrlvd Vx,Hx,Wx
	vpsrlvd %xmm3, %xmm2, %xmm1
	vpsrlvd %xmm12, %xmm8, %xmm15
	vpsrlvd %xmm10, %xmm7, %xmm0
	vpsrlvd (%rax), %xmm2, %xmm1
	vpsrlvd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsrlvd 0x100(%rip), %xmm2, %xmm1
	vpsrlvd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsrlvd (%rsp), %xmm7, %xmm0
	vpsrlvd 0x7ffffff0(%r13), %xmm8, %xmm15
	vpsrlvd %ymm3, %ymm2, %ymm1
	vpsrlvd %ymm12, %ymm8, %ymm15
	vpsrlvd %ymm10, %ymm7, %ymm0
	vpsrlvd (%rax), %ymm2, %ymm1
	vpsrlvd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsrlvd 0x100(%rip), %ymm2, %ymm1
	vpsrlvd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsrlvd (%rsp), %ymm7, %ymm0
	vpsrlvd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 45: vpsrlvq Vx,Hx,Wx
	vpsrlvq %xmm3, %xmm2, %xmm1
	vpsrlvq %xmm12, %xmm8, %xmm15
	vpsrlvq %xmm10, %xmm7, %xmm0
	vpsrlvq (%rax), %xmm2, %xmm1
	vpsrlvq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsrlvq 0x100(%rip), %xmm2, %xmm1
	vpsrlvq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsrlvq (%rsp), %xmm7, %xmm0
	vpsrlvq 0x7ffffff0(%r13), %xmm8, %xmm15
	vpsrlvq %ymm3, %ymm2, %ymm1
	vpsrlvq %ymm12, %ymm8, %ymm15
	vpsrlvq %ymm10, %ymm7, %ymm0
	vpsrlvq (%rax), %ymm2, %ymm1
	vpsrlvq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsrlvq 0x100(%rip), %ymm2, %ymm1
	vpsrlvq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsrlvq (%rsp), %ymm7, %ymm0
	vpsrlvq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 46: vpsravd Vx,Hx,Wx
	vpsravd %xmm3, %xmm2, %xmm1
	vpsravd %xmm12, %xmm8, %xmm15
	vpsravd %xmm10, %xmm7, %xmm0
	vpsravd (%rax), %xmm2, %xmm1
	vpsravd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsravd 0x100(%rip), %xmm2, %xmm1
	vpsravd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsravd (%rsp), %xmm7, %xmm0
	vpsravd 0x7ffffff0(%r13), %xmm8, %xmm15
	vpsravd %ymm3, %ymm2, %ymm1
	vpsravd %ymm12, %ymm8, %ymm15
	vpsravd %ymm10, %ymm7, %ymm0
	vpsravd (%rax), %ymm2, %ymm1
	vpsravd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsravd 0x100(%rip), %ymm2, %ymm1
	vpsravd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsravd (%rsp), %ymm7, %ymm0
	vpsravd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 47: vpsllvd Vx,Hx,Wx
	vpsllvd %xmm3, %xmm2, %xmm1
	vpsllvd %xmm12, %xmm8, %xmm15
	vpsllvd %xmm10, %xmm7, %xmm0
	vpsllvd (%rax), %xmm2, %xmm1
	vpsllvd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsllvd 0x100(%rip), %xmm2, %xmm1
	vpsllvd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsllvd (%rsp), %xmm7, %xmm0
	vpsllvd 0x7ffffff0(%r13), %xmm8, %xmm15
	vpsllvd %ymm3, %ymm2, %ymm1
	vpsllvd %ymm12, %ymm8, %ymm15
	vpsllvd %ymm10, %ymm7, %ymm0
	vpsllvd (%rax), %ymm2, %ymm1
	vpsllvd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsllvd 0x100(%rip), %ymm2, %ymm1
	vpsllvd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsllvd (%rsp), %ymm7, %ymm0
	vpsllvd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 47: vpsllvq Vx,Hx,Wx
	vpsllvq %xmm3, %xmm2, %xmm1
	vpsllvq %xmm12, %xmm8, %xmm15
	vpsllvq %xmm10, %xmm7, %xmm0
	vpsllvq (%rax), %xmm2, %xmm1
	vpsllvq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpsllvq 0x100(%rip), %xmm2, %xmm1
	vpsllvq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpsllvq (%rsp), %xmm7, %xmm0
	vpsllvq 0x7ffffff0(%r13), %xmm8, %xmm15
	vpsllvq %ymm3, %ymm2, %ymm1
	vpsllvq %ymm12, %ymm8, %ymm15
	vpsllvq %ymm10, %ymm7, %ymm0
	vpsllvq (%rax), %ymm2, %ymm1
	vpsllvq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpsllvq 0x100(%rip), %ymm2, %ymm1
	vpsllvq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpsllvq (%rsp), %ymm7, %ymm0
	vpsllvq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 58: vpbroadcastd Vx,Wd
	vpbroadcastd %xmm3, %xmm1
	vpbroadcastd %xmm12, %xmm15
	vpbroadcastd %xmm10, %xmm0
	vpbroadcastd (%rax), %xmm1
	vpbroadcastd 0x12345678(%rbx,%rcx,4), %xmm1
	vpbroadcastd 0x100(%rip), %xmm1
	vpbroadcastd -0x80(%r12,%r13,2), %xmm15
	vpbroadcastd (%rsp), %xmm0
	vpbroadcastd 0x7ffffff0(%r13), %xmm15
	vpbroadcastd %xmm3, %ymm1
	vpbroadcastd %xmm12, %ymm15
	vpbroadcastd %xmm10, %ymm0
	vpbroadcastd (%rax), %ymm1
	vpbroadcastd 0x12345678(%rbx,%rcx,4), %ymm1
	vpbroadcastd 0x100(%rip), %ymm1
	vpbroadcastd -0x80(%r12,%r13,2), %ymm15
	vpbroadcastd (%rsp), %ymm0
	vpbroadcastd 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F38.W0 59: vpbroadcastq Vx,Wq
	vpbroadcastq %xmm3, %xmm1
	vpbroadcastq %xmm12, %xmm15
	vpbroadcastq %xmm10, %xmm0
	vpbroadcastq (%rax), %xmm1
	vpbroadcastq 0x12345678(%rbx,%rcx,4), %xmm1
	vpbroadcastq 0x100(%rip), %xmm1
	vpbroadcastq -0x80(%r12,%r13,2), %xmm15
	vpbroadcastq (%rsp), %xmm0
	vpbroadcastq 0x7ffffff0(%r13), %xmm15
	vpbroadcastq %xmm3, %ymm1
	vpbroadcastq %xmm12, %ymm15
	vpbroadcastq %xmm10, %ymm0
	vpbroadcastq (%rax), %ymm1
	vpbroadcastq 0x12345678(%rbx,%rcx,4), %ymm1
	vpbroadcastq 0x100(%rip), %ymm1
	vpbroadcastq -0x80(%r12,%r13,2), %ymm15
	vpbroadcastq (%rsp), %ymm0
	vpbroadcastq 0x7ffffff0(%r13), %ymm15

# VEX.256.66.0F38.W0 5A (mem): vbroadcasti128 Vy,Mo
	vbroadcasti128 (%rax), %ymm1
	vbroadcasti128 0x12345678(%rbx,%rcx,4), %ymm1
	vbroadcasti128 0x100(%rip), %ymm1
	vbroadcasti128 -0x80(%r12,%r13,2), %ymm15
	vbroadcasti128 (%rsp), %ymm0
	vbroadcasti128 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F38.W0 78: vpbroadcastb Vx,Wb
	vpbroadcastb %xmm3, %xmm1
	vpbroadcastb %xmm12, %xmm15
	vpbroadcastb %xmm10, %xmm0
	vpbroadcastb (%rax), %xmm1
	vpbroadcastb 0x12345678(%rbx,%rcx,4), %xmm1
	vpbroadcastb 0x100(%rip), %xmm1
	vpbroadcastb -0x80(%r12,%r13,2), %xmm15
	vpbroadcastb (%rsp), %xmm0
	vpbroadcastb 0x7ffffff0(%r13), %xmm15
	vpbroadcastb %xmm3, %ymm1
	vpbroadcastb %xmm12, %ymm15
	vpbroadcastb %xmm10, %ymm0
	vpbroadcastb (%rax), %ymm1
	vpbroadcastb 0x12345678(%rbx,%rcx,4), %ymm1
	vpbroadcastb 0x100(%rip), %ymm1
	vpbroadcastb -0x80(%r12,%r13,2), %ymm15
	vpbroadcastb (%rsp), %ymm0
	vpbroadcastb 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F38.W0 79: vpbroadcastw Vx,Ww
	vpbroadcastw %xmm3, %xmm1
	vpbroadcastw %xmm12, %xmm15
	vpbroadcastw %xmm10, %xmm0
	vpbroadcastw (%rax), %xmm1
	vpbroadcastw 0x12345678(%rbx,%rcx,4), %xmm1
	vpbroadcastw 0x100(%rip), %xmm1
	vpbroadcastw -0x80(%r12,%r13,2), %xmm15
	vpbroadcastw (%rsp), %xmm0
	vpbroadcastw 0x7ffffff0(%r13), %xmm15
	vpbroadcastw %xmm3, %ymm1
	vpbroadcastw %xmm12, %ymm15
	vpbroadcastw %xmm10, %ymm0
	vpbroadcastw (%rax), %ymm1
	vpbroadcastw 0x12345678(%rbx,%rcx,4), %ymm1
	vpbroadcastw 0x100(%rip), %ymm1
	vpbroadcastw -0x80(%r12,%r13,2), %ymm15
	vpbroadcastw (%rsp), %ymm0
	vpbroadcastw 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F38.W0 8C (mem): vpmaskmovd Vx,Hx,Mx
	vpmaskmovd (%rax), %xmm2, %xmm1
	vpmaskmovd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmaskmovd 0x100(%rip), %xmm2, %xmm1
	vpmaskmovd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmaskmovd (%rsp), %xmm7, %xmm0
	vpmaskmovd 0x7ffffff0(%r13), %xmm8, %xmm15
	vpmaskmovd (%rax), %ymm2, %ymm1
	vpmaskmovd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmaskmovd 0x100(%rip), %ymm2, %ymm1
	vpmaskmovd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmaskmovd (%rsp), %ymm7, %ymm0
	vpmaskmovd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 8C (mem): vpmaskmovq Vx,Hx,Mx
	vpmaskmovq (%rax), %xmm2, %xmm1
	vpmaskmovq 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpmaskmovq 0x100(%rip), %xmm2, %xmm1
	vpmaskmovq -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpmaskmovq (%rsp), %xmm7, %xmm0
	vpmaskmovq 0x7ffffff0(%r13), %xmm8, %xmm15
	vpmaskmovq (%rax), %ymm2, %ymm1
	vpmaskmovq 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpmaskmovq 0x100(%rip), %ymm2, %ymm1
	vpmaskmovq -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpmaskmovq (%rsp), %ymm7, %ymm0
	vpmaskmovq 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 8E (mem): vpmaskmovd Mx,Hx,Vx
	vpmaskmovd %xmm1, %xmm2, (%rax)
	vpmaskmovd %xmm1, %xmm2, 0x12345678(%rbx,%rcx,4)
	vpmaskmovd %xmm1, %xmm2, 0x100(%rip)
	vpmaskmovd %xmm15, %xmm8, -0x80(%r12,%r13,2)
	vpmaskmovd %xmm0, %xmm7, (%rsp)
	vpmaskmovd %xmm15, %xmm8, 0x7ffffff0(%r13)
	vpmaskmovd %ymm1, %ymm2, (%rax)
	vpmaskmovd %ymm1, %ymm2, 0x12345678(%rbx,%rcx,4)
	vpmaskmovd %ymm1, %ymm2, 0x100(%rip)
	vpmaskmovd %ymm15, %ymm8, -0x80(%r12,%r13,2)
	vpmaskmovd %ymm0, %ymm7, (%rsp)
	vpmaskmovd %ymm15, %ymm8, 0x7ffffff0(%r13)

# VEX.L0/L1.66.0F38.W1 8E (mem): vpmaskmovq Mx,Hx,Vx
	vpmaskmovq %xmm1, %xmm2, (%rax)
	vpmaskmovq %xmm1, %xmm2, 0x12345678(%rbx,%rcx,4)
	vpmaskmovq %xmm1, %xmm2, 0x100(%rip)
	vpmaskmovq %xmm15, %xmm8, -0x80(%r12,%r13,2)
	vpmaskmovq %xmm0, %xmm7, (%rsp)
	vpmaskmovq %xmm15, %xmm8, 0x7ffffff0(%r13)
	vpmaskmovq %ymm1, %ymm2, (%rax)
	vpmaskmovq %ymm1, %ymm2, 0x12345678(%rbx,%rcx,4)
	vpmaskmovq %ymm1, %ymm2, 0x100(%rip)
	vpmaskmovq %ymm15, %ymm8, -0x80(%r12,%r13,2)
	vpmaskmovq %ymm0, %ymm7, (%rsp)
	vpmaskmovq %ymm15, %ymm8, 0x7ffffff0(%r13)

# VEX.L0/L1.66.0F38.W0 96: vfmaddsub132ps Vx,Hx,Wx
	vfmaddsub132ps %xmm3, %xmm2, %xmm1
	vfmaddsub132ps %xmm12, %xmm8, %xmm15
	vfmaddsub132ps %xmm10, %xmm7, %xmm0
	vfmaddsub132ps (%rax), %xmm2, %xmm1
	vfmaddsub132ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmaddsub132ps 0x100(%rip), %xmm2, %xmm1
	vfmaddsub132ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmaddsub132ps (%rsp), %xmm7, %xmm0
	vfmaddsub132ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmaddsub132ps %ymm3, %ymm2, %ymm1
	vfmaddsub132ps %ymm12, %ymm8, %ymm15
	vfmaddsub132ps %ymm10, %ymm7, %ymm0
	vfmaddsub132ps (%rax), %ymm2, %ymm1
	vfmaddsub132ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmaddsub132ps 0x100(%rip), %ymm2, %ymm1
	vfmaddsub132ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmaddsub132ps (%rsp), %ymm7, %ymm0
	vfmaddsub132ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 96: vfmaddsub132pd Vx,Hx,Wx
	vfmaddsub132pd %xmm3, %xmm2, %xmm1
	vfmaddsub132pd %xmm12, %xmm8, %xmm15
	vfmaddsub132pd %xmm10, %xmm7, %xmm0
	vfmaddsub132pd (%rax), %xmm2, %xmm1
	vfmaddsub132pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmaddsub132pd 0x100(%rip), %xmm2, %xmm1
	vfmaddsub132pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmaddsub132pd (%rsp), %xmm7, %xmm0
	vfmaddsub132pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmaddsub132pd %ymm3, %ymm2, %ymm1
	vfmaddsub132pd %ymm12, %ymm8, %ymm15
	vfmaddsub132pd %ymm10, %ymm7, %ymm0
	vfmaddsub132pd (%rax), %ymm2, %ymm1
	vfmaddsub132pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmaddsub132pd 0x100(%rip), %ymm2, %ymm1
	vfmaddsub132pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmaddsub132pd (%rsp), %ymm7, %ymm0
	vfmaddsub132pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 97: vfmsubadd132ps Vx,Hx,Wx
	vfmsubadd132ps %xmm3, %xmm2, %xmm1
	vfmsubadd132ps %xmm12, %xmm8, %xmm15
	vfmsubadd132ps %xmm10, %xmm7, %xmm0
	vfmsubadd132ps (%rax), %xmm2, %xmm1
	vfmsubadd132ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsubadd132ps 0x100(%rip), %xmm2, %xmm1
	vfmsubadd132ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsubadd132ps (%rsp), %xmm7, %xmm0
	vfmsubadd132ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmsubadd132ps %ymm3, %ymm2, %ymm1
	vfmsubadd132ps %ymm12, %ymm8, %ymm15
	vfmsubadd132ps %ymm10, %ymm7, %ymm0
	vfmsubadd132ps (%rax), %ymm2, %ymm1
	vfmsubadd132ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmsubadd132ps 0x100(%rip), %ymm2, %ymm1
	vfmsubadd132ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmsubadd132ps (%rsp), %ymm7, %ymm0
	vfmsubadd132ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 97: vfmsubadd132pd Vx,Hx,Wx
	vfmsubadd132pd %xmm3, %xmm2, %xmm1
	vfmsubadd132pd %xmm12, %xmm8, %xmm15
	vfmsubadd132pd %xmm10, %xmm7, %xmm0
	vfmsubadd132pd (%rax), %xmm2, %xmm1
	vfmsubadd132pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsubadd132pd 0x100(%rip), %xmm2, %xmm1
	vfmsubadd132pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsubadd132pd (%rsp), %xmm7, %xmm0
	vfmsubadd132pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmsubadd132pd %ymm3, %ymm2, %ymm1
	vfmsubadd132pd %ymm12, %ymm8, %ymm15
	vfmsubadd132pd %ymm10, %ymm7, %ymm0
	vfmsubadd132pd (%rax), %ymm2, %ymm1
	vfmsubadd132pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmsubadd132pd 0x100(%rip), %ymm2, %ymm1
	vfmsubadd132pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmsubadd132pd (%rsp), %ymm7, %ymm0
	vfmsubadd132pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 98: vfmadd132ps Vx,Hx,Wx
	vfmadd132ps %xmm3, %xmm2, %xmm1
	vfmadd132ps %xmm12, %xmm8, %xmm15
	vfmadd132ps %xmm10, %xmm7, %xmm0
	vfmadd132ps (%rax), %xmm2, %xmm1
	vfmadd132ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmadd132ps 0x100(%rip), %xmm2, %xmm1
	vfmadd132ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmadd132ps (%rsp), %xmm7, %xmm0
	vfmadd132ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmadd132ps %ymm3, %ymm2, %ymm1
	vfmadd132ps %ymm12, %ymm8, %ymm15
	vfmadd132ps %ymm10, %ymm7, %ymm0
	vfmadd132ps (%rax), %ymm2, %ymm1
	vfmadd132ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmadd132ps 0x100(%rip), %ymm2, %ymm1
	vfmadd132ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmadd132ps (%rsp), %ymm7, %ymm0
	vfmadd132ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 98: vfmadd132pd Vx,Hx,Wx
	vfmadd132pd %xmm3, %xmm2, %xmm1
	vfmadd132pd %xmm12, %xmm8, %xmm15
	vfmadd132pd %xmm10, %xmm7, %xmm0
	vfmadd132pd (%rax), %xmm2, %xmm1
	vfmadd132pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmadd132pd 0x100(%rip), %xmm2, %xmm1
	vfmadd132pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmadd132pd (%rsp), %xmm7, %xmm0
	vfmadd132pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmadd132pd %ymm3, %ymm2, %ymm1
	vfmadd132pd %ymm12, %ymm8, %ymm15
	vfmadd132pd %ymm10, %ymm7, %ymm0
	vfmadd132pd (%rax), %ymm2, %ymm1
	vfmadd132pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmadd132pd 0x100(%rip), %ymm2, %ymm1
	vfmadd132pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmadd132pd (%rsp), %ymm7, %ymm0
	vfmadd132pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.66.0F38.W0 99: vfmadd132ss Vo,Ho,Wd
	vfmadd132ss %xmm3, %xmm2, %xmm1
	vfmadd132ss %xmm12, %xmm8, %xmm15
	vfmadd132ss %xmm10, %xmm7, %xmm0
	vfmadd132ss (%rax), %xmm2, %xmm1
	vfmadd132ss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmadd132ss 0x100(%rip), %xmm2, %xmm1
	vfmadd132ss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmadd132ss (%rsp), %xmm7, %xmm0
	vfmadd132ss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.66.0F38.W1 99: vfmadd132sd Vo,Ho,Wq
	vfmadd132sd %xmm3, %xmm2, %xmm1
	vfmadd132sd %xmm12, %xmm8, %xmm15
	vfmadd132sd %xmm10, %xmm7, %xmm0
	vfmadd132sd (%rax), %xmm2, %xmm1
	vfmadd132sd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmadd132sd 0x100(%rip), %xmm2, %xmm1
	vfmadd132sd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmadd132sd (%rsp), %xmm7, %xmm0
	vfmadd132sd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.66.0F38.W0 9A: vfmsub132ps Vx,Hx,Wx
	vfmsub132ps %xmm3, %xmm2, %xmm1
	vfmsub132ps %xmm12, %xmm8, %xmm15
	vfmsub132ps %xmm10, %xmm7, %xmm0
	vfmsub132ps (%rax), %xmm2, %xmm1
	vfmsub132ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsub132ps 0x100(%rip), %xmm2, %xmm1
	vfmsub132ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsub132ps (%rsp), %xmm7, %xmm0
	vfmsub132ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmsub132ps %ymm3, %ymm2, %ymm1
	vfmsub132ps %ymm12, %ymm8, %ymm15
	vfmsub132ps %ymm10, %ymm7, %ymm0
	vfmsub132ps (%rax), %ymm2, %ymm1
	vfmsub132ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmsub132ps 0x100(%rip), %ymm2, %ymm1
	vfmsub132ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmsub132ps (%rsp), %ymm7, %ymm0
	vfmsub132ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 9A: vfmsub132pd Vx,Hx,Wx
	vfmsub132pd %xmm3, %xmm2, %xmm1
	vfmsub132pd %xmm12, %xmm8, %xmm15
	vfmsub132pd %xmm10, %xmm7, %xmm0
	vfmsub132pd (%rax), %xmm2, %xmm1
	vfmsub132pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsub132pd 0x100(%rip), %xmm2, %xmm1
	vfmsub132pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsub132pd (%rsp), %xmm7, %xmm0
	vfmsub132pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmsub132pd %ymm3, %ymm2, %ymm1
	vfmsub132pd %ymm12, %ymm8, %ymm15
	vfmsub132pd %ymm10, %ymm7, %ymm0
	vfmsub132pd (%rax), %ymm2, %ymm1
	vfmsub132pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmsub132pd 0x100(%rip), %ymm2, %ymm1
	vfmsub132pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmsub132pd (%rsp), %ymm7, %ymm0
	vfmsub132pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.66.0F38.W0 9B: vfmsub132ss Vo,Ho,Wd
	vfmsub132ss %xmm3, %xmm2, %xmm1
	vfmsub132ss %xmm12, %xmm8, %xmm15
	vfmsub132ss %xmm10, %xmm7, %xmm0
	vfmsub132ss (%rax), %xmm2, %xmm1
	vfmsub132ss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsub132ss 0x100(%rip), %xmm2, %xmm1
	vfmsub132ss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsub132ss (%rsp), %xmm7, %xmm0
	vfmsub132ss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.66.0F38.W1 9B: vfmsub132sd Vo,Ho,Wq
	vfmsub132sd %xmm3, %xmm2, %xmm1
	vfmsub132sd %xmm12, %xmm8, %xmm15
	vfmsub132sd %xmm10, %xmm7, %xmm0
	vfmsub132sd (%rax), %xmm2, %xmm1
	vfmsub132sd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsub132sd 0x100(%rip), %xmm2, %xmm1
	vfmsub132sd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsub132sd (%rsp), %xmm7, %xmm0
	vfmsub132sd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.66.0F38.W0 9C: vfnmadd132ps Vx,Hx,Wx
	vfnmadd132ps %xmm3, %xmm2, %xmm1
	vfnmadd132ps %xmm12, %xmm8, %xmm15
	vfnmadd132ps %xmm10, %xmm7, %xmm0
	vfnmadd132ps (%rax), %xmm2, %xmm1
	vfnmadd132ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmadd132ps 0x100(%rip), %xmm2, %xmm1
	vfnmadd132ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmadd132ps (%rsp), %xmm7, %xmm0
	vfnmadd132ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfnmadd132ps %ymm3, %ymm2, %ymm1
	vfnmadd132ps %ymm12, %ymm8, %ymm15
	vfnmadd132ps %ymm10, %ymm7, %ymm0
	vfnmadd132ps (%rax), %ymm2, %ymm1
	vfnmadd132ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfnmadd132ps 0x100(%rip), %ymm2, %ymm1
	vfnmadd132ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfnmadd132ps (%rsp), %ymm7, %ymm0
	vfnmadd132ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 9C: vfnmadd132pd Vx,Hx,Wx
	vfnmadd132pd %xmm3, %xmm2, %xmm1
	vfnmadd132pd %xmm12, %xmm8, %xmm15
	vfnmadd132pd %xmm10, %xmm7, %xmm0
	vfnmadd132pd (%rax), %xmm2, %xmm1
	vfnmadd132pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmadd132pd 0x100(%rip), %xmm2, %xmm1
	vfnmadd132pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmadd132pd (%rsp), %xmm7, %xmm0
	vfnmadd132pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfnmadd132pd %ymm3, %ymm2, %ymm1
	vfnmadd132pd %ymm12, %ymm8, %ymm15
	vfnmadd132pd %ymm10, %ymm7, %ymm0
	vfnmadd132pd (%rax), %ymm2, %ymm1
	vfnmadd132pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfnmadd132pd 0x100(%rip), %ymm2, %ymm1
	vfnmadd132pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfnmadd132pd (%rsp), %ymm7, %ymm0
	vfnmadd132pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.66.0F38.W0 9D: vfnmadd132ss Vo,Ho,Wd
	vfnmadd132ss %xmm3, %xmm2, %xmm1
	vfnmadd132ss %xmm12, %xmm8, %xmm15
	vfnmadd132ss %xmm10, %xmm7, %xmm0
	vfnmadd132ss (%rax), %xmm2, %xmm1
	vfnmadd132ss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmadd132ss 0x100(%rip), %xmm2, %xmm1
	vfnmadd132ss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmadd132ss (%rsp), %xmm7, %xmm0
	vfnmadd132ss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.66.0F38.W1 9D: vfnmadd132sd Vo,Ho,Wq
	vfnmadd132sd %xmm3, %xmm2, %xmm1
	vfnmadd132sd %xmm12, %xmm8, %xmm15
	vfnmadd132sd %xmm10, %xmm7, %xmm0
	vfnmadd132sd (%rax), %xmm2, %xmm1
	vfnmadd132sd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmadd132sd 0x100(%rip), %xmm2, %xmm1
	vfnmadd132sd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmadd132sd (%rsp), %xmm7, %xmm0
	vfnmadd132sd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.66.0F38.W0 9E: vfnmsub132ps Vx,Hx,Wx
	vfnmsub132ps %xmm3, %xmm2, %xmm1
	vfnmsub132ps %xmm12, %xmm8, %xmm15
	vfnmsub132ps %xmm10, %xmm7, %xmm0
	vfnmsub132ps (%rax), %xmm2, %xmm1
	vfnmsub132ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmsub132ps 0x100(%rip), %xmm2, %xmm1
	vfnmsub132ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmsub132ps (%rsp), %xmm7, %xmm0
	vfnmsub132ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfnmsub132ps %ymm3, %ymm2, %ymm1
	vfnmsub132ps %ymm12, %ymm8, %ymm15
	vfnmsub132ps %ymm10, %ymm7, %ymm0
	vfnmsub132ps (%rax), %ymm2, %ymm1
	vfnmsub132ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfnmsub132ps 0x100(%rip), %ymm2, %ymm1
	vfnmsub132ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfnmsub132ps (%rsp), %ymm7, %ymm0
	vfnmsub132ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 9E: vfnmsub132pd Vx,Hx,Wx
	vfnmsub132pd %xmm3, %xmm2, %xmm1
	vfnmsub132pd %xmm12, %xmm8, %xmm15
	vfnmsub132pd %xmm10, %xmm7, %xmm0
	vfnmsub132pd (%rax), %xmm2, %xmm1
	vfnmsub132pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmsub132pd 0x100(%rip), %xmm2, %xmm1
	vfnmsub132pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmsub132pd (%rsp), %xmm7, %xmm0
	vfnmsub132pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfnmsub132pd %ymm3, %ymm2, %ymm1
	vfnmsub132pd %ymm12, %ymm8, %ymm15
	vfnmsub132pd %ymm10, %ymm7, %ymm0
	vfnmsub132pd (%rax), %ymm2, %ymm1
	vfnmsub132pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfnmsub132pd 0x100(%rip), %ymm2, %ymm1
	vfnmsub132pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfnmsub132pd (%rsp), %ymm7, %ymm0
	vfnmsub132pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.66.0F38.W0 9F: vfnmsub132ss Vo,Ho,Wd
	vfnmsub132ss %xmm3, %xmm2, %xmm1
	vfnmsub132ss %xmm12, %xmm8, %xmm15
	vfnmsub132ss %xmm10, %xmm7, %xmm0
	vfnmsub132ss (%rax), %xmm2, %xmm1
	vfnmsub132ss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmsub132ss 0x100(%rip), %xmm2, %xmm1
	vfnmsub132ss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmsub132ss (%rsp), %xmm7, %xmm0
	vfnmsub132ss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.66.0F38.W1 9F: vfnmsub132sd Vo,Ho,Wq
	vfnmsub132sd %xmm3, %xmm2, %xmm1
	vfnmsub132sd %xmm12, %xmm8, %xmm15
	vfnmsub132sd %xmm10, %xmm7, %xmm0
	vfnmsub132sd (%rax), %xmm2, %xmm1
	vfnmsub132sd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmsub132sd 0x100(%rip), %xmm2, %xmm1
	vfnmsub132sd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmsub132sd (%rsp), %xmm7, %xmm0
	vfnmsub132sd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.66.0F38.W0 A6: vfmaddsub213ps Vx,Hx,Wx
	vfmaddsub213ps %xmm3, %xmm2, %xmm1
	vfmaddsub213ps %xmm12, %xmm8, %xmm15
	vfmaddsub213ps %xmm10, %xmm7, %xmm0
	vfmaddsub213ps (%rax), %xmm2, %xmm1
	vfmaddsub213ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmaddsub213ps 0x100(%rip), %xmm2, %xmm1
	vfmaddsub213ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmaddsub213ps (%rsp), %xmm7, %xmm0
	vfmaddsub213ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmaddsub213ps %ymm3, %ymm2, %ymm1
	vfmaddsub213ps %ymm12, %ymm8, %ymm15
	vfmaddsub213ps %ymm10, %ymm7, %ymm0
	vfmaddsub213ps (%rax), %ymm2, %ymm1
	vfmaddsub213ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmaddsub213ps 0x100(%rip), %ymm2, %ymm1
	vfmaddsub213ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmaddsub213ps (%rsp), %ymm7, %ymm0
	vfmaddsub213ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 A6: vfmaddsub213pd Vx,Hx,Wx
	vfmaddsub213pd %xmm3, %xmm2, %xmm1
	vfmaddsub213pd %xmm12, %xmm8, %xmm15
	vfmaddsub213pd %xmm10, %xmm7, %xmm0
	vfmaddsub213pd (%rax), %xmm2, %xmm1
	vfmaddsub213pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmaddsub213pd 0x100(%rip), %xmm2, %xmm1
	vfmaddsub213pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmaddsub213pd (%rsp), %xmm7, %xmm0
	vfmaddsub213pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmaddsub213pd %ymm3, %ymm2, %ymm1
	vfmaddsub213pd %ymm12, %ymm8, %ymm15
	vfmaddsub213pd %ymm10, %ymm7, %ymm0
	vfmaddsub213pd (%rax), %ymm2, %ymm1
	vfmaddsub213pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmaddsub213pd 0x100(%rip), %ymm2, %ymm1
	vfmaddsub213pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmaddsub213pd (%rsp), %ymm7, %ymm0
	vfmaddsub213pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 A7: vfmsubadd213ps Vx,Hx,Wx
	vfmsubadd213ps %xmm3, %xmm2, %xmm1
	vfmsubadd213ps %xmm12, %xmm8, %xmm15
	vfmsubadd213ps %xmm10, %xmm7, %xmm0
	vfmsubadd213ps (%rax), %xmm2, %xmm1
	vfmsubadd213ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsubadd213ps 0x100(%rip), %xmm2, %xmm1
	vfmsubadd213ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsubadd213ps (%rsp), %xmm7, %xmm0
	vfmsubadd213ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmsubadd213ps %ymm3, %ymm2, %ymm1
	vfmsubadd213ps %ymm12, %ymm8, %ymm15
	vfmsubadd213ps %ymm10, %ymm7, %ymm0
	vfmsubadd213ps (%rax), %ymm2, %ymm1
	vfmsubadd213ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmsubadd213ps 0x100(%rip), %ymm2, %ymm1
	vfmsubadd213ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmsubadd213ps (%rsp), %ymm7, %ymm0
	vfmsubadd213ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 A7: vfmsubadd213pd Vx,Hx,Wx
	vfmsubadd213pd %xmm3, %xmm2, %xmm1
	vfmsubadd213pd %xmm12, %xmm8, %xmm15
	vfmsubadd213pd %xmm10, %xmm7, %xmm0
	vfmsubadd213pd (%rax), %xmm2, %xmm1
	vfmsubadd213pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsubadd213pd 0x100(%rip), %xmm2, %xmm1
	vfmsubadd213pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsubadd213pd (%rsp), %xmm7, %xmm0
	vfmsubadd213pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmsubadd213pd %ymm3, %ymm2, %ymm1
	vfmsubadd213pd %ymm12, %ymm8, %ymm15
	vfmsubadd213pd %ymm10, %ymm7, %ymm0
	vfmsubadd213pd (%rax), %ymm2, %ymm1
	vfmsubadd213pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmsubadd213pd 0x100(%rip), %ymm2, %ymm1
	vfmsubadd213pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmsubadd213pd (%rsp), %ymm7, %ymm0
	vfmsubadd213pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 A8: vfmadd213ps Vx,Hx,Wx
	vfmadd213ps %xmm3, %xmm2, %xmm1
	vfmadd213ps %xmm12, %xmm8, %xmm15
	vfmadd213ps %xmm10, %xmm7, %xmm0
	vfmadd213ps (%rax), %xmm2, %xmm1
	vfmadd213ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmadd213ps 0x100(%rip), %xmm2, %xmm1
	vfmadd213ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmadd213ps (%rsp), %xmm7, %xmm0
	vfmadd213ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmadd213ps %ymm3, %ymm2, %ymm1
	vfmadd213ps %ymm12, %ymm8, %ymm15
	vfmadd213ps %ymm10, %ymm7, %ymm0
	vfmadd213ps (%rax), %ymm2, %ymm1
	vfmadd213ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmadd213ps 0x100(%rip), %ymm2, %ymm1
	vfmadd213ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmadd213ps (%rsp), %ymm7, %ymm0
	vfmadd213ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 A8: vfmadd213pd Vx,Hx,Wx
	vfmadd213pd %xmm3, %xmm2, %xmm1
	vfmadd213pd %xmm12, %xmm8, %xmm15
	vfmadd213pd %xmm10, %xmm7, %xmm0
	vfmadd213pd (%rax), %xmm2, %xmm1
	vfmadd213pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmadd213pd 0x100(%rip), %xmm2, %xmm1
	vfmadd213pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmadd213pd (%rsp), %xmm7, %xmm0
	vfmadd213pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmadd213pd %ymm3, %ymm2, %ymm1
	vfmadd213pd %ymm12, %ymm8, %ymm15
	vfmadd213pd %ymm10, %ymm7, %ymm0
	vfmadd213pd (%rax), %ymm2, %ymm1
	vfmadd213pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmadd213pd 0x100(%rip), %ymm2, %ymm1
	vfmadd213pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmadd213pd (%rsp), %ymm7, %ymm0
	vfmadd213pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.66.0F38.W0 A9: vfmadd213ss Vo,Ho,Wd
	vfmadd213ss %xmm3, %xmm2, %xmm1
	vfmadd213ss %xmm12, %xmm8, %xmm15
	vfmadd213ss %xmm10, %xmm7, %xmm0
	vfmadd213ss (%rax), %xmm2, %xmm1
	vfmadd213ss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmadd213ss 0x100(%rip), %xmm2, %xmm1
	vfmadd213ss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmadd213ss (%rsp), %xmm7, %xmm0
	vfmadd213ss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.66.0F38.W1 A9: vfmadd213sd Vo,Ho,Wq
	vfmadd213sd %xmm3, %xmm2, %xmm1
	vfmadd213sd %xmm12, %xmm8, %xmm15
	vfmadd213sd %xmm10, %xmm7, %xmm0
	vfmadd213sd (%rax), %xmm2, %xmm1
	vfmadd213sd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmadd213sd 0x100(%rip), %xmm2, %xmm1
	vfmadd213sd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmadd213sd (%rsp), %xmm7, %xmm0
	vfmadd213sd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.66.0F38.W0 AA: vfmsub213ps Vx,Hx,Wx
	vfmsub213ps %xmm3, %xmm2, %xmm1
	vfmsub213ps %xmm12, %xmm8, %xmm15
	vfmsub213ps %xmm10, %xmm7, %xmm0
	vfmsub213ps (%rax), %xmm2, %xmm1
	vfmsub213ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsub213ps 0x100(%rip), %xmm2, %xmm1
	vfmsub213ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsub213ps (%rsp), %xmm7, %xmm0
	vfmsub213ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmsub213ps %ymm3, %ymm2, %ymm1
	vfmsub213ps %ymm12, %ymm8, %ymm15
	vfmsub213ps %ymm10, %ymm7, %ymm0
	vfmsub213ps (%rax), %ymm2, %ymm1
	vfmsub213ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmsub213ps 0x100(%rip), %ymm2, %ymm1
	vfmsub213ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmsub213ps (%rsp), %ymm7, %ymm0
	vfmsub213ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 AA: vfmsub213pd Vx,Hx,Wx
	vfmsub213pd %xmm3, %xmm2, %xmm1
	vfmsub213pd %xmm12, %xmm8, %xmm15
	vfmsub213pd %xmm10, %xmm7, %xmm0
	vfmsub213pd (%rax), %xmm2, %xmm1
	vfmsub213pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsub213pd 0x100(%rip), %xmm2, %xmm1
	vfmsub213pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsub213pd (%rsp), %xmm7, %xmm0
	vfmsub213pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmsub213pd %ymm3, %ymm2, %ymm1
	vfmsub213pd %ymm12, %ymm8, %ymm15
	vfmsub213pd %ymm10, %ymm7, %ymm0
	vfmsub213pd (%rax), %ymm2, %ymm1
	vfmsub213pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmsub213pd 0x100(%rip), %ymm2, %ymm1
	vfmsub213pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmsub213pd (%rsp), %ymm7, %ymm0
	vfmsub213pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.66.0F38.W0 AB: vfmsub213ss Vo,Ho,Wd
	vfmsub213ss %xmm3, %xmm2, %xmm1
	vfmsub213ss %xmm12, %xmm8, %xmm15
	vfmsub213ss %xmm10, %xmm7, %xmm0
	vfmsub213ss (%rax), %xmm2, %xmm1
	vfmsub213ss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsub213ss 0x100(%rip), %xmm2, %xmm1
	vfmsub213ss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsub213ss (%rsp), %xmm7, %xmm0
	vfmsub213ss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.66.0F38.W1 AB: vfmsub213sd Vo,Ho,Wq
	vfmsub213sd %xmm3, %xmm2, %xmm1
	vfmsub213sd %xmm12, %xmm8, %xmm15
	vfmsub213sd %xmm10, %xmm7, %xmm0
	vfmsub213sd (%rax), %xmm2, %xmm1
	vfmsub213sd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsub213sd 0x100(%rip), %xmm2, %xmm1
	vfmsub213sd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsub213sd (%rsp), %xmm7, %xmm0
	vfmsub213sd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.66.0F38.W0 AC: vfnmadd213ps Vx,Hx,Wx
	vfnmadd213ps %xmm3, %xmm2, %xmm1
	vfnmadd213ps %xmm12, %xmm8, %xmm15
	vfnmadd213ps %xmm10, %xmm7, %xmm0
	vfnmadd213ps (%rax), %xmm2, %xmm1
	vfnmadd213ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmadd213ps 0x100(%rip), %xmm2, %xmm1
	vfnmadd213ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmadd213ps (%rsp), %xmm7, %xmm0
	vfnmadd213ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfnmadd213ps %ymm3, %ymm2, %ymm1
	vfnmadd213ps %ymm12, %ymm8, %ymm15
	vfnmadd213ps %ymm10, %ymm7, %ymm0
	vfnmadd213ps (%rax), %ymm2, %ymm1
	vfnmadd213ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfnmadd213ps 0x100(%rip), %ymm2, %ymm1
	vfnmadd213ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfnmadd213ps (%rsp), %ymm7, %ymm0
	vfnmadd213ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 AC: vfnmadd213pd Vx,Hx,Wx
	vfnmadd213pd %xmm3, %xmm2, %xmm1
	vfnmadd213pd %xmm12, %xmm8, %xmm15
	vfnmadd213pd %xmm10, %xmm7, %xmm0
	vfnmadd213pd (%rax), %xmm2, %xmm1
	vfnmadd213pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmadd213pd 0x100(%rip), %xmm2, %xmm1
	vfnmadd213pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmadd213pd (%rsp), %xmm7, %xmm0
	vfnmadd213pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfnmadd213pd %ymm3, %ymm2, %ymm1
	vfnmadd213pd %ymm12, %ymm8, %ymm15
	vfnmadd213pd %ymm10, %ymm7, %ymm0
	vfnmadd213pd (%rax), %ymm2, %ymm1
	vfnmadd213pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfnmadd213pd 0x100(%rip), %ymm2, %ymm1
	vfnmadd213pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfnmadd213pd (%rsp), %ymm7, %ymm0
	vfnmadd213pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.66.0F38.W0 AD: vfnmadd213ss Vo,Ho,Wd
	vfnmadd213ss %xmm3, %xmm2, %xmm1
	vfnmadd213ss %xmm12, %xmm8, %xmm15
	vfnmadd213ss %xmm10, %xmm7, %xmm0
	vfnmadd213ss (%rax), %xmm2, %xmm1
	vfnmadd213ss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmadd213ss 0x100(%rip), %xmm2, %xmm1
	vfnmadd213ss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmadd213ss (%rsp), %xmm7, %xmm0
	vfnmadd213ss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.66.0F38.W1 AD: vfnmadd213sd Vo,Ho,Wq
	vfnmadd213sd %xmm3, %xmm2, %xmm1
	vfnmadd213sd %xmm12, %xmm8, %xmm15
	vfnmadd213sd %xmm10, %xmm7, %xmm0
	vfnmadd213sd (%rax), %xmm2, %xmm1
	vfnmadd213sd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmadd213sd 0x100(%rip), %xmm2, %xmm1
	vfnmadd213sd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmadd213sd (%rsp), %xmm7, %xmm0
	vfnmadd213sd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.66.0F38.W0 AE: vfnmsub213ps Vx,Hx,Wx
	vfnmsub213ps %xmm3, %xmm2, %xmm1
	vfnmsub213ps %xmm12, %xmm8, %xmm15
	vfnmsub213ps %xmm10, %xmm7, %xmm0
	vfnmsub213ps (%rax), %xmm2, %xmm1
	vfnmsub213ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmsub213ps 0x100(%rip), %xmm2, %xmm1
	vfnmsub213ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmsub213ps (%rsp), %xmm7, %xmm0
	vfnmsub213ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfnmsub213ps %ymm3, %ymm2, %ymm1
	vfnmsub213ps %ymm12, %ymm8, %ymm15
	vfnmsub213ps %ymm10, %ymm7, %ymm0
	vfnmsub213ps (%rax), %ymm2, %ymm1
	vfnmsub213ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfnmsub213ps 0x100(%rip), %ymm2, %ymm1
	vfnmsub213ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfnmsub213ps (%rsp), %ymm7, %ymm0
	vfnmsub213ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 AE: vfnmsub213pd Vx,Hx,Wx
	vfnmsub213pd %xmm3, %xmm2, %xmm1
	vfnmsub213pd %xmm12, %xmm8, %xmm15
	vfnmsub213pd %xmm10, %xmm7, %xmm0
	vfnmsub213pd (%rax), %xmm2, %xmm1
	vfnmsub213pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmsub213pd 0x100(%rip), %xmm2, %xmm1
	vfnmsub213pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmsub213pd (%rsp), %xmm7, %xmm0
	vfnmsub213pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfnmsub213pd %ymm3, %ymm2, %ymm1
	vfnmsub213pd %ymm12, %ymm8, %ymm15
	vfnmsub213pd %ymm10, %ymm7, %ymm0
	vfnmsub213pd (%rax), %ymm2, %ymm1
	vfnmsub213pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfnmsub213pd 0x100(%rip), %ymm2, %ymm1
	vfnmsub213pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfnmsub213pd (%rsp), %ymm7, %ymm0
	vfnmsub213pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.66.0F38.W0 AF: vfnmsub213ss Vo,Ho,Wd
	vfnmsub213ss %xmm3, %xmm2, %xmm1
	vfnmsub213ss %xmm12, %xmm8, %xmm15
	vfnmsub213ss %xmm10, %xmm7, %xmm0
	vfnmsub213ss (%rax), %xmm2, %xmm1
	vfnmsub213ss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmsub213ss 0x100(%rip), %xmm2, %xmm1
	vfnmsub213ss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmsub213ss (%rsp), %xmm7, %xmm0
	vfnmsub213ss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.66.0F38.W1 AF: vfnmsub213sd Vo,Ho,Wq
	vfnmsub213sd %xmm3, %xmm2, %xmm1
	vfnmsub213sd %xmm12, %xmm8, %xmm15
	vfnmsub213sd %xmm10, %xmm7, %xmm0
	vfnmsub213sd (%rax), %xmm2, %xmm1
	vfnmsub213sd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmsub213sd 0x100(%rip), %xmm2, %xmm1
	vfnmsub213sd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmsub213sd (%rsp), %xmm7, %xmm0
	vfnmsub213sd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.66.0F38.W0 B6: vfmaddsub231ps Vx,Hx,Wx
	vfmaddsub231ps %xmm3, %xmm2, %xmm1
	vfmaddsub231ps %xmm12, %xmm8, %xmm15
	vfmaddsub231ps %xmm10, %xmm7, %xmm0
	vfmaddsub231ps (%rax), %xmm2, %xmm1
	vfmaddsub231ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmaddsub231ps 0x100(%rip), %xmm2, %xmm1
	vfmaddsub231ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmaddsub231ps (%rsp), %xmm7, %xmm0
	vfmaddsub231ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmaddsub231ps %ymm3, %ymm2, %ymm1
	vfmaddsub231ps %ymm12, %ymm8, %ymm15
	vfmaddsub231ps %ymm10, %ymm7, %ymm0
	vfmaddsub231ps (%rax), %ymm2, %ymm1
	vfmaddsub231ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmaddsub231ps 0x100(%rip), %ymm2, %ymm1
	vfmaddsub231ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmaddsub231ps (%rsp), %ymm7, %ymm0
	vfmaddsub231ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 B6: vfmaddsub231pd Vx,Hx,Wx
	vfmaddsub231pd %xmm3, %xmm2, %xmm1
	vfmaddsub231pd %xmm12, %xmm8, %xmm15
	vfmaddsub231pd %xmm10, %xmm7, %xmm0
	vfmaddsub231pd (%rax), %xmm2, %xmm1
	vfmaddsub231pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmaddsub231pd 0x100(%rip), %xmm2, %xmm1
	vfmaddsub231pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmaddsub231pd (%rsp), %xmm7, %xmm0
	vfmaddsub231pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmaddsub231pd %ymm3, %ymm2, %ymm1
	vfmaddsub231pd %ymm12, %ymm8, %ymm15
	vfmaddsub231pd %ymm10, %ymm7, %ymm0
	vfmaddsub231pd (%rax), %ymm2, %ymm1
	vfmaddsub231pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmaddsub231pd 0x100(%rip), %ymm2, %ymm1
	vfmaddsub231pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmaddsub231pd (%rsp), %ymm7, %ymm0
	vfmaddsub231pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 B7: vfmsubadd231ps Vx,Hx,Wx
	vfmsubadd231ps %xmm3, %xmm2, %xmm1
	vfmsubadd231ps %xmm12, %xmm8, %xmm15
	vfmsubadd231ps %xmm10, %xmm7, %xmm0
	vfmsubadd231ps (%rax), %xmm2, %xmm1
	vfmsubadd231ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsubadd231ps 0x100(%rip), %xmm2, %xmm1
	vfmsubadd231ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsubadd231ps (%rsp), %xmm7, %xmm0
	vfmsubadd231ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmsubadd231ps %ymm3, %ymm2, %ymm1
	vfmsubadd231ps %ymm12, %ymm8, %ymm15
	vfmsubadd231ps %ymm10, %ymm7, %ymm0
	vfmsubadd231ps (%rax), %ymm2, %ymm1
	vfmsubadd231ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmsubadd231ps 0x100(%rip), %ymm2, %ymm1
	vfmsubadd231ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmsubadd231ps (%rsp), %ymm7, %ymm0
	vfmsubadd231ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 B7: vfmsubadd231pd Vx,Hx,Wx
	vfmsubadd231pd %xmm3, %xmm2, %xmm1
	vfmsubadd231pd %xmm12, %xmm8, %xmm15
	vfmsubadd231pd %xmm10, %xmm7, %xmm0
	vfmsubadd231pd (%rax), %xmm2, %xmm1
	vfmsubadd231pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsubadd231pd 0x100(%rip), %xmm2, %xmm1
	vfmsubadd231pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsubadd231pd (%rsp), %xmm7, %xmm0
	vfmsubadd231pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmsubadd231pd %ymm3, %ymm2, %ymm1
	vfmsubadd231pd %ymm12, %ymm8, %ymm15
	vfmsubadd231pd %ymm10, %ymm7, %ymm0
	vfmsubadd231pd (%rax), %ymm2, %ymm1
	vfmsubadd231pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmsubadd231pd 0x100(%rip), %ymm2, %ymm1
	vfmsubadd231pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmsubadd231pd (%rsp), %ymm7, %ymm0
	vfmsubadd231pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W0 B8: vfmadd231ps Vx,Hx,Wx
	vfmadd231ps %xmm3, %xmm2, %xmm1
	vfmadd231ps %xmm12, %xmm8, %xmm15
	vfmadd231ps %xmm10, %xmm7, %xmm0
	vfmadd231ps (%rax), %xmm2, %xmm1
	vfmadd231ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmadd231ps 0x100(%rip), %xmm2, %xmm1
	vfmadd231ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmadd231ps (%rsp), %xmm7, %xmm0
	vfmadd231ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmadd231ps %ymm3, %ymm2, %ymm1
	vfmadd231ps %ymm12, %ymm8, %ymm15
	vfmadd231ps %ymm10, %ymm7, %ymm0
	vfmadd231ps (%rax), %ymm2, %ymm1
	vfmadd231ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmadd231ps 0x100(%rip), %ymm2, %ymm1
	vfmadd231ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmadd231ps (%rsp), %ymm7, %ymm0
	vfmadd231ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 B8: vfmadd231pd Vx,Hx,Wx
	vfmadd231pd %xmm3, %xmm2, %xmm1
	vfmadd231pd %xmm12, %xmm8, %xmm15
	vfmadd231pd %xmm10, %xmm7, %xmm0
	vfmadd231pd (%rax), %xmm2, %xmm1
	vfmadd231pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmadd231pd 0x100(%rip), %xmm2, %xmm1
	vfmadd231pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmadd231pd (%rsp), %xmm7, %xmm0
	vfmadd231pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmadd231pd %ymm3, %ymm2, %ymm1
	vfmadd231pd %ymm12, %ymm8, %ymm15
	vfmadd231pd %ymm10, %ymm7, %ymm0
	vfmadd231pd (%rax), %ymm2, %ymm1
	vfmadd231pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmadd231pd 0x100(%rip), %ymm2, %ymm1
	vfmadd231pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmadd231pd (%rsp), %ymm7, %ymm0
	vfmadd231pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.66.0F38.W0 B9: vfmadd231ss Vo,Ho,Wd
	vfmadd231ss %xmm3, %xmm2, %xmm1
	vfmadd231ss %xmm12, %xmm8, %xmm15
	vfmadd231ss %xmm10, %xmm7, %xmm0
	vfmadd231ss (%rax), %xmm2, %xmm1
	vfmadd231ss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmadd231ss 0x100(%rip), %xmm2, %xmm1
	vfmadd231ss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmadd231ss (%rsp), %xmm7, %xmm0
	vfmadd231ss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.66.0F38.W1 B9: vfmadd231sd Vo,Ho,Wq
	vfmadd231sd %xmm3, %xmm2, %xmm1
	vfmadd231sd %xmm12, %xmm8, %xmm15
	vfmadd231sd %xmm10, %xmm7, %xmm0
	vfmadd231sd (%rax), %xmm2, %xmm1
	vfmadd231sd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmadd231sd 0x100(%rip), %xmm2, %xmm1
	vfmadd231sd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmadd231sd (%rsp), %xmm7, %xmm0
	vfmadd231sd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.66.0F38.W0 BA: vfmsub231ps Vx,Hx,Wx
	vfmsub231ps %xmm3, %xmm2, %xmm1
	vfmsub231ps %xmm12, %xmm8, %xmm15
	vfmsub231ps %xmm10, %xmm7, %xmm0
	vfmsub231ps (%rax), %xmm2, %xmm1
	vfmsub231ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsub231ps 0x100(%rip), %xmm2, %xmm1
	vfmsub231ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsub231ps (%rsp), %xmm7, %xmm0
	vfmsub231ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmsub231ps %ymm3, %ymm2, %ymm1
	vfmsub231ps %ymm12, %ymm8, %ymm15
	vfmsub231ps %ymm10, %ymm7, %ymm0
	vfmsub231ps (%rax), %ymm2, %ymm1
	vfmsub231ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmsub231ps 0x100(%rip), %ymm2, %ymm1
	vfmsub231ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmsub231ps (%rsp), %ymm7, %ymm0
	vfmsub231ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 BA: vfmsub231pd Vx,Hx,Wx
	vfmsub231pd %xmm3, %xmm2, %xmm1
	vfmsub231pd %xmm12, %xmm8, %xmm15
	vfmsub231pd %xmm10, %xmm7, %xmm0
	vfmsub231pd (%rax), %xmm2, %xmm1
	vfmsub231pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsub231pd 0x100(%rip), %xmm2, %xmm1
	vfmsub231pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsub231pd (%rsp), %xmm7, %xmm0
	vfmsub231pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfmsub231pd %ymm3, %ymm2, %ymm1
	vfmsub231pd %ymm12, %ymm8, %ymm15
	vfmsub231pd %ymm10, %ymm7, %ymm0
	vfmsub231pd (%rax), %ymm2, %ymm1
	vfmsub231pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfmsub231pd 0x100(%rip), %ymm2, %ymm1
	vfmsub231pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfmsub231pd (%rsp), %ymm7, %ymm0
	vfmsub231pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.66.0F38.W0 BB: vfmsub231ss Vo,Ho,Wd
	vfmsub231ss %xmm3, %xmm2, %xmm1
	vfmsub231ss %xmm12, %xmm8, %xmm15
	vfmsub231ss %xmm10, %xmm7, %xmm0
	vfmsub231ss (%rax), %xmm2, %xmm1
	vfmsub231ss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsub231ss 0x100(%rip), %xmm2, %xmm1
	vfmsub231ss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsub231ss (%rsp), %xmm7, %xmm0
	vfmsub231ss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.66.0F38.W1 BB: vfmsub231sd Vo,Ho,Wq
	vfmsub231sd %xmm3, %xmm2, %xmm1
	vfmsub231sd %xmm12, %xmm8, %xmm15
	vfmsub231sd %xmm10, %xmm7, %xmm0
	vfmsub231sd (%rax), %xmm2, %xmm1
	vfmsub231sd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfmsub231sd 0x100(%rip), %xmm2, %xmm1
	vfmsub231sd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfmsub231sd (%rsp), %xmm7, %xmm0
	vfmsub231sd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.66.0F38.W0 BC: vfnmadd231ps Vx,Hx,Wx
	vfnmadd231ps %xmm3, %xmm2, %xmm1
	vfnmadd231ps %xmm12, %xmm8, %xmm15
	vfnmadd231ps %xmm10, %xmm7, %xmm0
	vfnmadd231ps (%rax), %xmm2, %xmm1
	vfnmadd231ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmadd231ps 0x100(%rip), %xmm2, %xmm1
	vfnmadd231ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmadd231ps (%rsp), %xmm7, %xmm0
	vfnmadd231ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfnmadd231ps %ymm3, %ymm2, %ymm1
	vfnmadd231ps %ymm12, %ymm8, %ymm15
	vfnmadd231ps %ymm10, %ymm7, %ymm0
	vfnmadd231ps (%rax), %ymm2, %ymm1
	vfnmadd231ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfnmadd231ps 0x100(%rip), %ymm2, %ymm1
	vfnmadd231ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfnmadd231ps (%rsp), %ymm7, %ymm0
	vfnmadd231ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 BC: vfnmadd231pd Vx,Hx,Wx
	vfnmadd231pd %xmm3, %xmm2, %xmm1
	vfnmadd231pd %xmm12, %xmm8, %xmm15
	vfnmadd231pd %xmm10, %xmm7, %xmm0
	vfnmadd231pd (%rax), %xmm2, %xmm1
	vfnmadd231pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmadd231pd 0x100(%rip), %xmm2, %xmm1
	vfnmadd231pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmadd231pd (%rsp), %xmm7, %xmm0
	vfnmadd231pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfnmadd231pd %ymm3, %ymm2, %ymm1
	vfnmadd231pd %ymm12, %ymm8, %ymm15
	vfnmadd231pd %ymm10, %ymm7, %ymm0
	vfnmadd231pd (%rax), %ymm2, %ymm1
	vfnmadd231pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfnmadd231pd 0x100(%rip), %ymm2, %ymm1
	vfnmadd231pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfnmadd231pd (%rsp), %ymm7, %ymm0
	vfnmadd231pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.66.0F38.W0 BD: vfnmadd231ss Vo,Ho,Wd
	vfnmadd231ss %xmm3, %xmm2, %xmm1
	vfnmadd231ss %xmm12, %xmm8, %xmm15
	vfnmadd231ss %xmm10, %xmm7, %xmm0
	vfnmadd231ss (%rax), %xmm2, %xmm1
	vfnmadd231ss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmadd231ss 0x100(%rip), %xmm2, %xmm1
	vfnmadd231ss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmadd231ss (%rsp), %xmm7, %xmm0
	vfnmadd231ss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.66.0F38.W1 BD: vfnmadd231sd Vo,Ho,Wq
	vfnmadd231sd %xmm3, %xmm2, %xmm1
	vfnmadd231sd %xmm12, %xmm8, %xmm15
	vfnmadd231sd %xmm10, %xmm7, %xmm0
	vfnmadd231sd (%rax), %xmm2, %xmm1
	vfnmadd231sd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmadd231sd 0x100(%rip), %xmm2, %xmm1
	vfnmadd231sd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmadd231sd (%rsp), %xmm7, %xmm0
	vfnmadd231sd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.66.0F38.W0 BE: vfnmsub231ps Vx,Hx,Wx
	vfnmsub231ps %xmm3, %xmm2, %xmm1
	vfnmsub231ps %xmm12, %xmm8, %xmm15
	vfnmsub231ps %xmm10, %xmm7, %xmm0
	vfnmsub231ps (%rax), %xmm2, %xmm1
	vfnmsub231ps 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmsub231ps 0x100(%rip), %xmm2, %xmm1
	vfnmsub231ps -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmsub231ps (%rsp), %xmm7, %xmm0
	vfnmsub231ps 0x7ffffff0(%r13), %xmm8, %xmm15
	vfnmsub231ps %ymm3, %ymm2, %ymm1
	vfnmsub231ps %ymm12, %ymm8, %ymm15
	vfnmsub231ps %ymm10, %ymm7, %ymm0
	vfnmsub231ps (%rax), %ymm2, %ymm1
	vfnmsub231ps 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfnmsub231ps 0x100(%rip), %ymm2, %ymm1
	vfnmsub231ps -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfnmsub231ps (%rsp), %ymm7, %ymm0
	vfnmsub231ps 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F38.W1 BE: vfnmsub231pd Vx,Hx,Wx
	vfnmsub231pd %xmm3, %xmm2, %xmm1
	vfnmsub231pd %xmm12, %xmm8, %xmm15
	vfnmsub231pd %xmm10, %xmm7, %xmm0
	vfnmsub231pd (%rax), %xmm2, %xmm1
	vfnmsub231pd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmsub231pd 0x100(%rip), %xmm2, %xmm1
	vfnmsub231pd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmsub231pd (%rsp), %xmm7, %xmm0
	vfnmsub231pd 0x7ffffff0(%r13), %xmm8, %xmm15
	vfnmsub231pd %ymm3, %ymm2, %ymm1
	vfnmsub231pd %ymm12, %ymm8, %ymm15
	vfnmsub231pd %ymm10, %ymm7, %ymm0
	vfnmsub231pd (%rax), %ymm2, %ymm1
	vfnmsub231pd 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vfnmsub231pd 0x100(%rip), %ymm2, %ymm1
	vfnmsub231pd -0x80(%r12,%r13,2), %ymm8, %ymm15
	vfnmsub231pd (%rsp), %ymm7, %ymm0
	vfnmsub231pd 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.LIG.66.0F38.W0 BF: vfnmsub231ss Vo,Ho,Wd
	vfnmsub231ss %xmm3, %xmm2, %xmm1
	vfnmsub231ss %xmm12, %xmm8, %xmm15
	vfnmsub231ss %xmm10, %xmm7, %xmm0
	vfnmsub231ss (%rax), %xmm2, %xmm1
	vfnmsub231ss 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmsub231ss 0x100(%rip), %xmm2, %xmm1
	vfnmsub231ss -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmsub231ss (%rsp), %xmm7, %xmm0
	vfnmsub231ss 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.66.0F38.W1 BF: vfnmsub231sd Vo,Ho,Wq
	vfnmsub231sd %xmm3, %xmm2, %xmm1
	vfnmsub231sd %xmm12, %xmm8, %xmm15
	vfnmsub231sd %xmm10, %xmm7, %xmm0
	vfnmsub231sd (%rax), %xmm2, %xmm1
	vfnmsub231sd 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vfnmsub231sd 0x100(%rip), %xmm2, %xmm1
	vfnmsub231sd -0x80(%r12,%r13,2), %xmm8, %xmm15
	vfnmsub231sd (%rsp), %xmm7, %xmm0
	vfnmsub231sd 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.128.66.0F38.WIG DB: vaesimc Vo,Wo
	vaesimc %xmm3, %xmm1
	vaesimc %xmm12, %xmm15
	vaesimc %xmm10, %xmm0
	vaesimc (%rax), %xmm1
	vaesimc 0x12345678(%rbx,%rcx,4), %xmm1
	vaesimc 0x100(%rip), %xmm1
	vaesimc -0x80(%r12,%r13,2), %xmm15
	vaesimc (%rsp), %xmm0
	vaesimc 0x7ffffff0(%r13), %xmm15

# VEX.128.66.0F38.WIG DC: vaesenc Vx,Hx,Wx
	vaesenc %xmm3, %xmm2, %xmm1
	vaesenc %xmm12, %xmm8, %xmm15
	vaesenc %xmm10, %xmm7, %xmm0
	vaesenc (%rax), %xmm2, %xmm1
	vaesenc 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vaesenc 0x100(%rip), %xmm2, %xmm1
	vaesenc -0x80(%r12,%r13,2), %xmm8, %xmm15
	vaesenc (%rsp), %xmm7, %xmm0
	vaesenc 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG DC: vaesenc Vx,Hx,Wx
	vaesenc %ymm3, %ymm2, %ymm1
	vaesenc %ymm12, %ymm8, %ymm15
	vaesenc %ymm10, %ymm7, %ymm0
	vaesenc (%rax), %ymm2, %ymm1
	vaesenc 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vaesenc 0x100(%rip), %ymm2, %ymm1
	vaesenc -0x80(%r12,%r13,2), %ymm8, %ymm15
	vaesenc (%rsp), %ymm7, %ymm0
	vaesenc 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG DD: vaesenclast Vx,Hx,Wx
	vaesenclast %xmm3, %xmm2, %xmm1
	vaesenclast %xmm12, %xmm8, %xmm15
	vaesenclast %xmm10, %xmm7, %xmm0
	vaesenclast (%rax), %xmm2, %xmm1
	vaesenclast 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vaesenclast 0x100(%rip), %xmm2, %xmm1
	vaesenclast -0x80(%r12,%r13,2), %xmm8, %xmm15
	vaesenclast (%rsp), %xmm7, %xmm0
	vaesenclast 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG DD: vaesenclast Vx,Hx,Wx
	vaesenclast %ymm3, %ymm2, %ymm1
	vaesenclast %ymm12, %ymm8, %ymm15
	vaesenclast %ymm10, %ymm7, %ymm0
	vaesenclast (%rax), %ymm2, %ymm1
	vaesenclast 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vaesenclast 0x100(%rip), %ymm2, %ymm1
	vaesenclast -0x80(%r12,%r13,2), %ymm8, %ymm15
	vaesenclast (%rsp), %ymm7, %ymm0
	vaesenclast 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG DE: vaesdec Vx,Hx,Wx
	vaesdec %xmm3, %xmm2, %xmm1
	vaesdec %xmm12, %xmm8, %xmm15
	vaesdec %xmm10, %xmm7, %xmm0
	vaesdec (%rax), %xmm2, %xmm1
	vaesdec 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vaesdec 0x100(%rip), %xmm2, %xmm1
	vaesdec -0x80(%r12,%r13,2), %xmm8, %xmm15
	vaesdec (%rsp), %xmm7, %xmm0
	vaesdec 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG DE: vaesdec Vx,Hx,Wx
	vaesdec %ymm3, %ymm2, %ymm1
	vaesdec %ymm12, %ymm8, %ymm15
	vaesdec %ymm10, %ymm7, %ymm0
	vaesdec (%rax), %ymm2, %ymm1
	vaesdec 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vaesdec 0x100(%rip), %ymm2, %ymm1
	vaesdec -0x80(%r12,%r13,2), %ymm8, %ymm15
	vaesdec (%rsp), %ymm7, %ymm0
	vaesdec 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F38.WIG DF: vaesdeclast Vx,Hx,Wx
	vaesdeclast %xmm3, %xmm2, %xmm1
	vaesdeclast %xmm12, %xmm8, %xmm15
	vaesdeclast %xmm10, %xmm7, %xmm0
	vaesdeclast (%rax), %xmm2, %xmm1
	vaesdeclast 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vaesdeclast 0x100(%rip), %xmm2, %xmm1
	vaesdeclast -0x80(%r12,%r13,2), %xmm8, %xmm15
	vaesdeclast (%rsp), %xmm7, %xmm0
	vaesdeclast 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F38.WIG DF: vaesdeclast Vx,Hx,Wx
	vaesdeclast %ymm3, %ymm2, %ymm1
	vaesdeclast %ymm12, %ymm8, %ymm15
	vaesdeclast %ymm10, %ymm7, %ymm0
	vaesdeclast (%rax), %ymm2, %ymm1
	vaesdeclast 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vaesdeclast 0x100(%rip), %ymm2, %ymm1
	vaesdeclast -0x80(%r12,%r13,2), %ymm8, %ymm15
	vaesdeclast (%rsp), %ymm7, %ymm0
	vaesdeclast 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.NP.0F38.W0/W1 F2: andn Gy,By,Ey
	andn %ebx, %edx, %ecx
	andn %r12d, %r8d, %r15d
	andn %r10d, %edi, %eax
	andn (%rax), %edx, %ecx
	andn 0x12345678(%rbx,%rcx,4), %edx, %ecx
	andn 0x100(%rip), %edx, %ecx
	andn -0x80(%r12,%r13,2), %r8d, %r15d
	andn (%rsp), %edi, %eax
	andn 0x7ffffff0(%r13), %r8d, %r15d
	andn %rbx, %rdx, %rcx
	andn %r12, %r8, %r15
	andn %r10, %rdi, %rax
	andn (%rax), %rdx, %rcx
	andn 0x12345678(%rbx,%rcx,4), %rdx, %rcx
	andn 0x100(%rip), %rdx, %rcx
	andn -0x80(%r12,%r13,2), %r8, %r15
	andn (%rsp), %rdi, %rax
	andn 0x7ffffff0(%r13), %r8, %r15

# VEX.128.NP.0F38.W0/W1 F3 /1: blsr By,Ey
	blsr %ebx, %edx
	blsr %r12d, %r8d
	blsr %r10d, %edi
	blsr (%rax), %edx
	blsr 0x12345678(%rbx,%rcx,4), %edx
	blsr 0x100(%rip), %edx
	blsr -0x80(%r12,%r13,2), %r8d
	blsr (%rsp), %edi
	blsr 0x7ffffff0(%r13), %r8d
	blsr %rbx, %rdx
	blsr %r12, %r8
	blsr %r10, %rdi
	blsr (%rax), %rdx
	blsr 0x12345678(%rbx,%rcx,4), %rdx
	blsr 0x100(%rip), %rdx
	blsr -0x80(%r12,%r13,2), %r8
	blsr (%rsp), %rdi
	blsr 0x7ffffff0(%r13), %r8

# VEX.128.NP.0F38.W0/W1 F3 /2: blsmsk By,Ey
	blsmsk %ebx, %edx
	blsmsk %r12d, %r8d
	blsmsk %r10d, %edi
	blsmsk (%rax), %edx
	blsmsk 0x12345678(%rbx,%rcx,4), %edx
	blsmsk 0x100(%rip), %edx
	blsmsk -0x80(%r12,%r13,2), %r8d
	blsmsk (%rsp), %edi
	blsmsk 0x7ffffff0(%r13), %r8d
	blsmsk %rbx, %rdx
	blsmsk %r12, %r8
	blsmsk %r10, %rdi
	blsmsk (%rax), %rdx
	blsmsk 0x12345678(%rbx,%rcx,4), %rdx
	blsmsk 0x100(%rip), %rdx
	blsmsk -0x80(%r12,%r13,2), %r8
	blsmsk (%rsp), %rdi
	blsmsk 0x7ffffff0(%r13), %r8

# VEX.128.NP.0F38.W0/W1 F3 /3: blsi By,Ey
	blsi %ebx, %edx
	blsi %r12d, %r8d
	blsi %r10d, %edi
	blsi (%rax), %edx
	blsi 0x12345678(%rbx,%rcx,4), %edx
	blsi 0x100(%rip), %edx
	blsi -0x80(%r12,%r13,2), %r8d
	blsi (%rsp), %edi
	blsi 0x7ffffff0(%r13), %r8d
	blsi %rbx, %rdx
	blsi %r12, %r8
	blsi %r10, %rdi
	blsi (%rax), %rdx
	blsi 0x12345678(%rbx,%rcx,4), %rdx
	blsi 0x100(%rip), %rdx
	blsi -0x80(%r12,%r13,2), %r8
	blsi (%rsp), %rdi
	blsi 0x7ffffff0(%r13), %r8

# VEX.128.NP.0F38.W0/W1 F5: bzhi Gy,Ey,By
	bzhi %edx, %ebx, %ecx
	bzhi %r8d, %r12d, %r15d
	bzhi %edi, %r10d, %eax
	bzhi %edx, (%rax), %ecx
	bzhi %edx, 0x12345678(%rbx,%rcx,4), %ecx
	bzhi %edx, 0x100(%rip), %ecx
	bzhi %r8d, -0x80(%r12,%r13,2), %r15d
	bzhi %edi, (%rsp), %eax
	bzhi %r8d, 0x7ffffff0(%r13), %r15d
	bzhi %rdx, %rbx, %rcx
	bzhi %r8, %r12, %r15
	bzhi %rdi, %r10, %rax
	bzhi %rdx, (%rax), %rcx
	bzhi %rdx, 0x12345678(%rbx,%rcx,4), %rcx
	bzhi %rdx, 0x100(%rip), %rcx
	bzhi %r8, -0x80(%r12,%r13,2), %r15
	bzhi %rdi, (%rsp), %rax
	bzhi %r8, 0x7ffffff0(%r13), %r15

# VEX.128.F3.0F38.W0/W1 F5: pext Gy,By,Ey
	pext %ebx, %edx, %ecx
	pext %r12d, %r8d, %r15d
	pext %r10d, %edi, %eax
	pext (%rax), %edx, %ecx
	pext 0x12345678(%rbx,%rcx,4), %edx, %ecx
	pext 0x100(%rip), %edx, %ecx
	pext -0x80(%r12,%r13,2), %r8d, %r15d
	pext (%rsp), %edi, %eax
	pext 0x7ffffff0(%r13), %r8d, %r15d
	pext %rbx, %rdx, %rcx
	pext %r12, %r8, %r15
	pext %r10, %rdi, %rax
	pext (%rax), %rdx, %rcx
	pext 0x12345678(%rbx,%rcx,4), %rdx, %rcx
	pext 0x100(%rip), %rdx, %rcx
	pext -0x80(%r12,%r13,2), %r8, %r15
	pext (%rsp), %rdi, %rax
	pext 0x7ffffff0(%r13), %r8, %r15

# VEX.128.F2.0F38.W0/W1 F5: pdep Gy,By,Ey
	pdep %ebx, %edx, %ecx
	pdep %r12d, %r8d, %r15d
	pdep %r10d, %edi, %eax
	pdep (%rax), %edx, %ecx
	pdep 0x12345678(%rbx,%rcx,4), %edx, %ecx
	pdep 0x100(%rip), %edx, %ecx
	pdep -0x80(%r12,%r13,2), %r8d, %r15d
	pdep (%rsp), %edi, %eax
	pdep 0x7ffffff0(%r13), %r8d, %r15d
	pdep %rbx, %rdx, %rcx
	pdep %r12, %r8, %r15
	pdep %r10, %rdi, %rax
	pdep (%rax), %rdx, %rcx
	pdep 0x12345678(%rbx,%rcx,4), %rdx, %rcx
	pdep 0x100(%rip), %rdx, %rcx
	pdep -0x80(%r12,%r13,2), %r8, %r15
	pdep (%rsp), %rdi, %rax
	pdep 0x7ffffff0(%r13), %r8, %r15

# VEX.128.F2.0F38.W0/W1 F6: mulx Gy,By,Ey
	mulx %ebx, %edx, %ecx
	mulx %r12d, %r8d, %r15d
	mulx %r10d, %edi, %eax
	mulx (%rax), %edx, %ecx
	mulx 0x12345678(%rbx,%rcx,4), %edx, %ecx
	mulx 0x100(%rip), %edx, %ecx
	mulx -0x80(%r12,%r13,2), %r8d, %r15d
	mulx (%rsp), %edi, %eax
	mulx 0x7ffffff0(%r13), %r8d, %r15d
	mulx %rbx, %rdx, %rcx
	mulx %r12, %r8, %r15
	mulx %r10, %rdi, %rax
	mulx (%rax), %rdx, %rcx
	mulx 0x12345678(%rbx,%rcx,4), %rdx, %rcx
	mulx 0x100(%rip), %rdx, %rcx
	mulx -0x80(%r12,%r13,2), %r8, %r15
	mulx (%rsp), %rdi, %rax
	mulx 0x7ffffff0(%r13), %r8, %r15

# VEX.128.NP.0F38.W0/W1 F7: bextr Gy,Ey,By
	bextr %edx, %ebx, %ecx
	bextr %r8d, %r12d, %r15d
	bextr %edi, %r10d, %eax
	bextr %edx, (%rax), %ecx
	bextr %edx, 0x12345678(%rbx,%rcx,4), %ecx
	bextr %edx, 0x100(%rip), %ecx
	bextr %r8d, -0x80(%r12,%r13,2), %r15d
	bextr %edi, (%rsp), %eax
	bextr %r8d, 0x7ffffff0(%r13), %r15d
	bextr %rdx, %rbx, %rcx
	bextr %r8, %r12, %r15
	bextr %rdi, %r10, %rax
	bextr %rdx, (%rax), %rcx
	bextr %rdx, 0x12345678(%rbx,%rcx,4), %rcx
	bextr %rdx, 0x100(%rip), %rcx
	bextr %r8, -0x80(%r12,%r13,2), %r15
	bextr %rdi, (%rsp), %rax
	bextr %r8, 0x7ffffff0(%r13), %r15

# VEX.128.66.0F38.W0/W1 F7: shlx Gy,Ey,By
	shlx %edx, %ebx, %ecx
	shlx %r8d, %r12d, %r15d
	shlx %edi, %r10d, %eax
	shlx %edx, (%rax), %ecx
	shlx %edx, 0x12345678(%rbx,%rcx,4), %ecx
	shlx %edx, 0x100(%rip), %ecx
	shlx %r8d, -0x80(%r12,%r13,2), %r15d
	shlx %edi, (%rsp), %eax
	shlx %r8d, 0x7ffffff0(%r13), %r15d
	shlx %rdx, %rbx, %rcx
	shlx %r8, %r12, %r15
	shlx %rdi, %r10, %rax
	shlx %rdx, (%rax), %rcx
	shlx %rdx, 0x12345678(%rbx,%rcx,4), %rcx
	shlx %rdx, 0x100(%rip), %rcx
	shlx %r8, -0x80(%r12,%r13,2), %r15
	shlx %rdi, (%rsp), %rax
	shlx %r8, 0x7ffffff0(%r13), %r15

# VEX.128.F3.0F38.W0/W1 F7: sarx Gy,Ey,By
	sarx %edx, %ebx, %ecx
	sarx %r8d, %r12d, %r15d
	sarx %edi, %r10d, %eax
	sarx %edx, (%rax), %ecx
	sarx %edx, 0x12345678(%rbx,%rcx,4), %ecx
	sarx %edx, 0x100(%rip), %ecx
	sarx %r8d, -0x80(%r12,%r13,2), %r15d
	sarx %edi, (%rsp), %eax
	sarx %r8d, 0x7ffffff0(%r13), %r15d
	sarx %rdx, %rbx, %rcx
	sarx %r8, %r12, %r15
	sarx %rdi, %r10, %rax
	sarx %rdx, (%rax), %rcx
	sarx %rdx, 0x12345678(%rbx,%rcx,4), %rcx
	sarx %rdx, 0x100(%rip), %rcx
	sarx %r8, -0x80(%r12,%r13,2), %r15
	sarx %rdi, (%rsp), %rax
	sarx %r8, 0x7ffffff0(%r13), %r15

# VEX.128.F2.0F38.W0/W1 F7: shrx Gy,Ey,By
	shrx %edx, %ebx, %ecx
	shrx %r8d, %r12d, %r15d
	shrx %edi, %r10d, %eax
	shrx %edx, (%rax), %ecx
	shrx %edx, 0x12345678(%rbx,%rcx,4), %ecx
	shrx %edx, 0x100(%rip), %ecx
	shrx %r8d, -0x80(%r12,%r13,2), %r15d
	shrx %edi, (%rsp), %eax
	shrx %r8d, 0x7ffffff0(%r13), %r15d
	shrx %rdx, %rbx, %rcx
	shrx %r8, %r12, %r15
	shrx %rdi, %r10, %rax
	shrx %rdx, (%rax), %rcx
	shrx %rdx, 0x12345678(%rbx,%rcx,4), %rcx
	shrx %rdx, 0x100(%rip), %rcx
	shrx %r8, -0x80(%r12,%r13,2), %r15
	shrx %rdi, (%rsp), %rax
	shrx %r8, 0x7ffffff0(%r13), %r15

# VEX.256.66.0F3A.W1 00: vpermq Vy,Wy,Ib
	vpermq $0x1b, %ymm3, %ymm1
	vpermq $0x1b, %ymm12, %ymm15
	vpermq $0x1b, %ymm10, %ymm0
	vpermq $0x1b, (%rax), %ymm1
	vpermq $0x1b, 0x12345678(%rbx,%rcx,4), %ymm1
	vpermq $0x1b, 0x100(%rip), %ymm1
	vpermq $0x1b, -0x80(%r12,%r13,2), %ymm15
	vpermq $0x1b, (%rsp), %ymm0
	vpermq $0x1b, 0x7ffffff0(%r13), %ymm15

# VEX.256.66.0F3A.W1 01: vpermpd Vy,Wy,Ib
	vpermpd $0x1b, %ymm3, %ymm1
	vpermpd $0x1b, %ymm12, %ymm15
	vpermpd $0x1b, %ymm10, %ymm0
	vpermpd $0x1b, (%rax), %ymm1
	vpermpd $0x1b, 0x12345678(%rbx,%rcx,4), %ymm1
	vpermpd $0x1b, 0x100(%rip), %ymm1
	vpermpd $0x1b, -0x80(%r12,%r13,2), %ymm15
	vpermpd $0x1b, (%rsp), %ymm0
	vpermpd $0x1b, 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F3A.W0 02: vpblendd Vx,Hx,Wx,Ib
	vpblendd $0x1b, %xmm3, %xmm2, %xmm1
	vpblendd $0x1b, %xmm12, %xmm8, %xmm15
	vpblendd $0x1b, %xmm10, %xmm7, %xmm0
	vpblendd $0x1b, (%rax), %xmm2, %xmm1
	vpblendd $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpblendd $0x1b, 0x100(%rip), %xmm2, %xmm1
	vpblendd $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpblendd $0x1b, (%rsp), %xmm7, %xmm0
	vpblendd $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15
	vpblendd $0x1b, %ymm3, %ymm2, %ymm1
	vpblendd $0x1b, %ymm12, %ymm8, %ymm15
	vpblendd $0x1b, %ymm10, %ymm7, %ymm0
	vpblendd $0x1b, (%rax), %ymm2, %ymm1
	vpblendd $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpblendd $0x1b, 0x100(%rip), %ymm2, %ymm1
	vpblendd $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpblendd $0x1b, (%rsp), %ymm7, %ymm0
	vpblendd $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F3A.W0 04: vpermilps Vx,Wx,Ib
	vpermilps $0x1b, %xmm3, %xmm1
	vpermilps $0x1b, %xmm12, %xmm15
	vpermilps $0x1b, %xmm10, %xmm0
	vpermilps $0x1b, (%rax), %xmm1
	vpermilps $0x1b, 0x12345678(%rbx,%rcx,4), %xmm1
	vpermilps $0x1b, 0x100(%rip), %xmm1
	vpermilps $0x1b, -0x80(%r12,%r13,2), %xmm15
	vpermilps $0x1b, (%rsp), %xmm0
	vpermilps $0x1b, 0x7ffffff0(%r13), %xmm15
	vpermilps $0x1b, %ymm3, %ymm1
	vpermilps $0x1b, %ymm12, %ymm15
	vpermilps $0x1b, %ymm10, %ymm0
	vpermilps $0x1b, (%rax), %ymm1
	vpermilps $0x1b, 0x12345678(%rbx,%rcx,4), %ymm1
	vpermilps $0x1b, 0x100(%rip), %ymm1
	vpermilps $0x1b, -0x80(%r12,%r13,2), %ymm15
	vpermilps $0x1b, (%rsp), %ymm0
	vpermilps $0x1b, 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F3A.W0 05: vpermilpd Vx,Wx,Ib
	vpermilpd $0x1b, %xmm3, %xmm1
	vpermilpd $0x1b, %xmm12, %xmm15
	vpermilpd $0x1b, %xmm10, %xmm0
	vpermilpd $0x1b, (%rax), %xmm1
	vpermilpd $0x1b, 0x12345678(%rbx,%rcx,4), %xmm1
	vpermilpd $0x1b, 0x100(%rip), %xmm1
	vpermilpd $0x1b, -0x80(%r12,%r13,2), %xmm15
	vpermilpd $0x1b, (%rsp), %xmm0
	vpermilpd $0x1b, 0x7ffffff0(%r13), %xmm15
	vpermilpd $0x1b, %ymm3, %ymm1
	vpermilpd $0x1b, %ymm12, %ymm15
	vpermilpd $0x1b, %ymm10, %ymm0
	vpermilpd $0x1b, (%rax), %ymm1
	vpermilpd $0x1b, 0x12345678(%rbx,%rcx,4), %ymm1
	vpermilpd $0x1b, 0x100(%rip), %ymm1
	vpermilpd $0x1b, -0x80(%r12,%r13,2), %ymm15
	vpermilpd $0x1b, (%rsp), %ymm0
	vpermilpd $0x1b, 0x7ffffff0(%r13), %ymm15

# VEX.256.66.0F3A.W0 06: vperm2f128 Vy,Hy,Wy,Ib
	vperm2f128 $0x1b, %ymm3, %ymm2, %ymm1
	vperm2f128 $0x1b, %ymm12, %ymm8, %ymm15
	vperm2f128 $0x1b, %ymm10, %ymm7, %ymm0
	vperm2f128 $0x1b, (%rax), %ymm2, %ymm1
	vperm2f128 $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vperm2f128 $0x1b, 0x100(%rip), %ymm2, %ymm1
	vperm2f128 $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vperm2f128 $0x1b, (%rsp), %ymm7, %ymm0
	vperm2f128 $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F3A.WIG 08: vroundps Vx,Wx,Ib
	vroundps $0x1b, %xmm3, %xmm1
	vroundps $0x1b, %xmm12, %xmm15
	vroundps $0x1b, %xmm10, %xmm0
	vroundps $0x1b, (%rax), %xmm1
	vroundps $0x1b, 0x12345678(%rbx,%rcx,4), %xmm1
	vroundps $0x1b, 0x100(%rip), %xmm1
	vroundps $0x1b, -0x80(%r12,%r13,2), %xmm15
	vroundps $0x1b, (%rsp), %xmm0
	vroundps $0x1b, 0x7ffffff0(%r13), %xmm15
	vroundps $0x1b, %ymm3, %ymm1
	vroundps $0x1b, %ymm12, %ymm15
	vroundps $0x1b, %ymm10, %ymm0
	vroundps $0x1b, (%rax), %ymm1
	vroundps $0x1b, 0x12345678(%rbx,%rcx,4), %ymm1
	vroundps $0x1b, 0x100(%rip), %ymm1
	vroundps $0x1b, -0x80(%r12,%r13,2), %ymm15
	vroundps $0x1b, (%rsp), %ymm0
	vroundps $0x1b, 0x7ffffff0(%r13), %ymm15

# VEX.L0/L1.66.0F3A.WIG 09: vroundpd Vx,Wx,Ib
	vroundpd $0x1b, %xmm3, %xmm1
	vroundpd $0x1b, %xmm12, %xmm15
	vroundpd $0x1b, %xmm10, %xmm0
	vroundpd $0x1b, (%rax), %xmm1
	vroundpd $0x1b, 0x12345678(%rbx,%rcx,4), %xmm1
	vroundpd $0x1b, 0x100(%rip), %xmm1
	vroundpd $0x1b, -0x80(%r12,%r13,2), %xmm15
	vroundpd $0x1b, (%rsp), %xmm0
	vroundpd $0x1b, 0x7ffffff0(%r13), %xmm15
	vroundpd $0x1b, %ymm3, %ymm1
	vroundpd $0x1b, %ymm12, %ymm15
	vroundpd $0x1b, %ymm10, %ymm0
	vroundpd $0x1b, (%rax), %ymm1
	vroundpd $0x1b, 0x12345678(%rbx,%rcx,4), %ymm1
	vroundpd $0x1b, 0x100(%rip), %ymm1
	vroundpd $0x1b, -0x80(%r12,%r13,2), %ymm15
	vroundpd $0x1b, (%rsp), %ymm0
	vroundpd $0x1b, 0x7ffffff0(%r13), %ymm15

# VEX.LIG.66.0F3A.WIG 0A: vroundss Vo,Ho,Wd,Ib
	vroundss $0x1b, %xmm3, %xmm2, %xmm1
	vroundss $0x1b, %xmm12, %xmm8, %xmm15
	vroundss $0x1b, %xmm10, %xmm7, %xmm0
	vroundss $0x1b, (%rax), %xmm2, %xmm1
	vroundss $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vroundss $0x1b, 0x100(%rip), %xmm2, %xmm1
	vroundss $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vroundss $0x1b, (%rsp), %xmm7, %xmm0
	vroundss $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.LIG.66.0F3A.WIG 0B: vroundsd Vo,Ho,Wq,Ib
	vroundsd $0x1b, %xmm3, %xmm2, %xmm1
	vroundsd $0x1b, %xmm12, %xmm8, %xmm15
	vroundsd $0x1b, %xmm10, %xmm7, %xmm0
	vroundsd $0x1b, (%rax), %xmm2, %xmm1
	vroundsd $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vroundsd $0x1b, 0x100(%rip), %xmm2, %xmm1
	vroundsd $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vroundsd $0x1b, (%rsp), %xmm7, %xmm0
	vroundsd $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.L0/L1.66.0F3A.WIG 0C: vblendps Vx,Hx,Wx,Ib
	vblendps $0x1b, %xmm3, %xmm2, %xmm1
	vblendps $0x1b, %xmm12, %xmm8, %xmm15
	vblendps $0x1b, %xmm10, %xmm7, %xmm0
	vblendps $0x1b, (%rax), %xmm2, %xmm1
	vblendps $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vblendps $0x1b, 0x100(%rip), %xmm2, %xmm1
	vblendps $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vblendps $0x1b, (%rsp), %xmm7, %xmm0
	vblendps $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15
	vblendps $0x1b, %ymm3, %ymm2, %ymm1
	vblendps $0x1b, %ymm12, %ymm8, %ymm15
	vblendps $0x1b, %ymm10, %ymm7, %ymm0
	vblendps $0x1b, (%rax), %ymm2, %ymm1
	vblendps $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vblendps $0x1b, 0x100(%rip), %ymm2, %ymm1
	vblendps $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vblendps $0x1b, (%rsp), %ymm7, %ymm0
	vblendps $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F3A.WIG 0D: vblendpd Vx,Hx,Wx,Ib
	vblendpd $0x1b, %xmm3, %xmm2, %xmm1
	vblendpd $0x1b, %xmm12, %xmm8, %xmm15
	vblendpd $0x1b, %xmm10, %xmm7, %xmm0
	vblendpd $0x1b, (%rax), %xmm2, %xmm1
	vblendpd $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vblendpd $0x1b, 0x100(%rip), %xmm2, %xmm1
	vblendpd $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vblendpd $0x1b, (%rsp), %xmm7, %xmm0
	vblendpd $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15
	vblendpd $0x1b, %ymm3, %ymm2, %ymm1
	vblendpd $0x1b, %ymm12, %ymm8, %ymm15
	vblendpd $0x1b, %ymm10, %ymm7, %ymm0
	vblendpd $0x1b, (%rax), %ymm2, %ymm1
	vblendpd $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vblendpd $0x1b, 0x100(%rip), %ymm2, %ymm1
	vblendpd $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vblendpd $0x1b, (%rsp), %ymm7, %ymm0
	vblendpd $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F3A.WIG 0E: vpblendw Vx,Hx,Wx,Ib
	vpblendw $0x1b, %xmm3, %xmm2, %xmm1
	vpblendw $0x1b, %xmm12, %xmm8, %xmm15
	vpblendw $0x1b, %xmm10, %xmm7, %xmm0
	vpblendw $0x1b, (%rax), %xmm2, %xmm1
	vpblendw $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpblendw $0x1b, 0x100(%rip), %xmm2, %xmm1
	vpblendw $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpblendw $0x1b, (%rsp), %xmm7, %xmm0
	vpblendw $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F3A.WIG 0E: vpblendw Vx,Hx,Wx,Ib
	vpblendw $0x1b, %ymm3, %ymm2, %ymm1
	vpblendw $0x1b, %ymm12, %ymm8, %ymm15
	vpblendw $0x1b, %ymm10, %ymm7, %ymm0
	vpblendw $0x1b, (%rax), %ymm2, %ymm1
	vpblendw $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpblendw $0x1b, 0x100(%rip), %ymm2, %ymm1
	vpblendw $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpblendw $0x1b, (%rsp), %ymm7, %ymm0
	vpblendw $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F3A.WIG 0F: vpalignr Vx,Hx,Wx,Ib
	vpalignr $0x1b, %xmm3, %xmm2, %xmm1
	vpalignr $0x1b, %xmm12, %xmm8, %xmm15
	vpalignr $0x1b, %xmm10, %xmm7, %xmm0
	vpalignr $0x1b, (%rax), %xmm2, %xmm1
	vpalignr $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpalignr $0x1b, 0x100(%rip), %xmm2, %xmm1
	vpalignr $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpalignr $0x1b, (%rsp), %xmm7, %xmm0
	vpalignr $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F3A.WIG 0F: vpalignr Vx,Hx,Wx,Ib
	vpalignr $0x1b, %ymm3, %ymm2, %ymm1
	vpalignr $0x1b, %ymm12, %ymm8, %ymm15
	vpalignr $0x1b, %ymm10, %ymm7, %ymm0
	vpalignr $0x1b, (%rax), %ymm2, %ymm1
	vpalignr $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpalignr $0x1b, 0x100(%rip), %ymm2, %ymm1
	vpalignr $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpalignr $0x1b, (%rsp), %ymm7, %ymm0
	vpalignr $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F3A.WIG 14 (reg): vpextrb Rd,Vo,Ib
	vpextrb $0x1b, %xmm1, %ebx
	vpextrb $0x1b, %xmm15, %r12d
	vpextrb $0x1b, %xmm0, %r10d

# VEX.128.66.0F3A.WIG 14 (mem): vpextrb Mb,Vo,Ib
	vpextrb $0x1b, %xmm1, (%rax)
	vpextrb $0x1b, %xmm1, 0x12345678(%rbx,%rcx,4)
	vpextrb $0x1b, %xmm1, 0x100(%rip)
	vpextrb $0x1b, %xmm15, -0x80(%r12,%r13,2)
	vpextrb $0x1b, %xmm0, (%rsp)
	vpextrb $0x1b, %xmm15, 0x7ffffff0(%r13)

# VEX.128.66.0F3A.WIG 15 (reg): vpextrw Rd,Vo,Ib
	{store} vpextrw $0x1b, %xmm1, %ebx
	{store} vpextrw $0x1b, %xmm15, %r12d
	{store} vpextrw $0x1b, %xmm0, %r10d

# VEX.128.66.0F3A.WIG 15 (mem): vpextrw Mw,Vo,Ib
	vpextrw $0x1b, %xmm1, (%rax)
	vpextrw $0x1b, %xmm1, 0x12345678(%rbx,%rcx,4)
	vpextrw $0x1b, %xmm1, 0x100(%rip)
	vpextrw $0x1b, %xmm15, -0x80(%r12,%r13,2)
	vpextrw $0x1b, %xmm0, (%rsp)
	vpextrw $0x1b, %xmm15, 0x7ffffff0(%r13)

# VEX.128.66.0F3A.W0 16: vpextrd Ey,Vo,Ib
	vpextrd $0x1b, %xmm1, %ebx
	vpextrd $0x1b, %xmm15, %r12d
	vpextrd $0x1b, %xmm0, %r10d
	vpextrd $0x1b, %xmm1, (%rax)
	vpextrd $0x1b, %xmm1, 0x12345678(%rbx,%rcx,4)
	vpextrd $0x1b, %xmm1, 0x100(%rip)
	vpextrd $0x1b, %xmm15, -0x80(%r12,%r13,2)
	vpextrd $0x1b, %xmm0, (%rsp)
	vpextrd $0x1b, %xmm15, 0x7ffffff0(%r13)

# VEX.128.66.0F3A.W1 16: vpextrq Ey,Vo,Ib
	vpextrq $0x1b, %xmm1, %rbx
	vpextrq $0x1b, %xmm15, %r12
	vpextrq $0x1b, %xmm0, %r10
	vpextrq $0x1b, %xmm1, (%rax)
	vpextrq $0x1b, %xmm1, 0x12345678(%rbx,%rcx,4)
	vpextrq $0x1b, %xmm1, 0x100(%rip)
	vpextrq $0x1b, %xmm15, -0x80(%r12,%r13,2)
	vpextrq $0x1b, %xmm0, (%rsp)
	vpextrq $0x1b, %xmm15, 0x7ffffff0(%r13)

# VEX.128.66.0F3A.WIG 17: vextractps Ed,Vo,Ib
	vextractps $0x1b, %xmm1, %ebx
	vextractps $0x1b, %xmm15, %r12d
	vextractps $0x1b, %xmm0, %r10d
	vextractps $0x1b, %xmm1, (%rax)
	vextractps $0x1b, %xmm1, 0x12345678(%rbx,%rcx,4)
	vextractps $0x1b, %xmm1, 0x100(%rip)
	vextractps $0x1b, %xmm15, -0x80(%r12,%r13,2)
	vextractps $0x1b, %xmm0, (%rsp)
	vextractps $0x1b, %xmm15, 0x7ffffff0(%r13)

# VEX.256.66.0F3A.W0 18: vinsertf128 Vy,Hy,Wo,Ib
	vinsertf128 $0x1b, %xmm3, %ymm2, %ymm1
	vinsertf128 $0x1b, %xmm12, %ymm8, %ymm15
	vinsertf128 $0x1b, %xmm10, %ymm7, %ymm0
	vinsertf128 $0x1b, (%rax), %ymm2, %ymm1
	vinsertf128 $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vinsertf128 $0x1b, 0x100(%rip), %ymm2, %ymm1
	vinsertf128 $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vinsertf128 $0x1b, (%rsp), %ymm7, %ymm0
	vinsertf128 $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.256.66.0F3A.W0 19: vextractf128 Wo,Vy,Ib
	vextractf128 $0x1b, %ymm1, %xmm3
	vextractf128 $0x1b, %ymm15, %xmm12
	vextractf128 $0x1b, %ymm0, %xmm10
	vextractf128 $0x1b, %ymm1, (%rax)
	vextractf128 $0x1b, %ymm1, 0x12345678(%rbx,%rcx,4)
	vextractf128 $0x1b, %ymm1, 0x100(%rip)
	vextractf128 $0x1b, %ymm15, -0x80(%r12,%r13,2)
	vextractf128 $0x1b, %ymm0, (%rsp)
	vextractf128 $0x1b, %ymm15, 0x7ffffff0(%r13)

# VEX.128.66.0F3A.W0 1D: vcvtps2ph Wq,Vo,Ib
	vcvtps2ph $0x1b, %xmm1, %xmm3
	vcvtps2ph $0x1b, %xmm15, %xmm12
	vcvtps2ph $0x1b, %xmm0, %xmm10
	vcvtps2ph $0x1b, %xmm1, (%rax)
	vcvtps2ph $0x1b, %xmm1, 0x12345678(%rbx,%rcx,4)
	vcvtps2ph $0x1b, %xmm1, 0x100(%rip)
	vcvtps2ph $0x1b, %xmm15, -0x80(%r12,%r13,2)
	vcvtps2ph $0x1b, %xmm0, (%rsp)
	vcvtps2ph $0x1b, %xmm15, 0x7ffffff0(%r13)

# VEX.256.66.0F3A.W0 1D: vcvtps2ph Wo,Vy,Ib
	vcvtps2ph $0x1b, %ymm1, %xmm3
	vcvtps2ph $0x1b, %ymm15, %xmm12
	vcvtps2ph $0x1b, %ymm0, %xmm10
	vcvtps2ph $0x1b, %ymm1, (%rax)
	vcvtps2ph $0x1b, %ymm1, 0x12345678(%rbx,%rcx,4)
	vcvtps2ph $0x1b, %ymm1, 0x100(%rip)
	vcvtps2ph $0x1b, %ymm15, -0x80(%r12,%r13,2)
	vcvtps2ph $0x1b, %ymm0, (%rsp)
	vcvtps2ph $0x1b, %ymm15, 0x7ffffff0(%r13)

# VEX.128.66.0F3A.WIG 20 (reg): vpinsrb Vo,Ho,Rd,Ib
	vpinsrb $0x1b, %ebx, %xmm2, %xmm1
	vpinsrb $0x1b, %r12d, %xmm8, %xmm15
	vpinsrb $0x1b, %r10d, %xmm7, %xmm0

# VEX.128.66.0F3A.WIG 20 (mem): vpinsrb Vo,Ho,Mb,Ib
	vpinsrb $0x1b, (%rax), %xmm2, %xmm1
	vpinsrb $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpinsrb $0x1b, 0x100(%rip), %xmm2, %xmm1
	vpinsrb $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpinsrb $0x1b, (%rsp), %xmm7, %xmm0
	vpinsrb $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.128.66.0F3A.WIG 21: vinsertps Vo,Ho,Wd,Ib
	vinsertps $0x1b, %xmm3, %xmm2, %xmm1
	vinsertps $0x1b, %xmm12, %xmm8, %xmm15
	vinsertps $0x1b, %xmm10, %xmm7, %xmm0
	vinsertps $0x1b, (%rax), %xmm2, %xmm1
	vinsertps $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vinsertps $0x1b, 0x100(%rip), %xmm2, %xmm1
	vinsertps $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vinsertps $0x1b, (%rsp), %xmm7, %xmm0
	vinsertps $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.128.66.0F3A.W0 22: vpinsrd Vo,Ho,Ey,Ib
	vpinsrd $0x1b, %ebx, %xmm2, %xmm1
	vpinsrd $0x1b, %r12d, %xmm8, %xmm15
	vpinsrd $0x1b, %r10d, %xmm7, %xmm0
	vpinsrd $0x1b, (%rax), %xmm2, %xmm1
	vpinsrd $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpinsrd $0x1b, 0x100(%rip), %xmm2, %xmm1
	vpinsrd $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpinsrd $0x1b, (%rsp), %xmm7, %xmm0
	vpinsrd $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.128.66.0F3A.W1 22: vpinsrq Vo,Ho,Ey,Ib
	vpinsrq $0x1b, %rbx, %xmm2, %xmm1
	vpinsrq $0x1b, %r12, %xmm8, %xmm15
	vpinsrq $0x1b, %r10, %xmm7, %xmm0
	vpinsrq $0x1b, (%rax), %xmm2, %xmm1
	vpinsrq $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpinsrq $0x1b, 0x100(%rip), %xmm2, %xmm1
	vpinsrq $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpinsrq $0x1b, (%rsp), %xmm7, %xmm0
	vpinsrq $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F3A.W0 38: vinserti128 Vy,Hy,Wo,Ib
	vinserti128 $0x1b, %xmm3, %ymm2, %ymm1
	vinserti128 $0x1b, %xmm12, %ymm8, %ymm15
	vinserti128 $0x1b, %xmm10, %ymm7, %ymm0
	vinserti128 $0x1b, (%rax), %ymm2, %ymm1
	vinserti128 $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vinserti128 $0x1b, 0x100(%rip), %ymm2, %ymm1
	vinserti128 $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vinserti128 $0x1b, (%rsp), %ymm7, %ymm0
	vinserti128 $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.256.66.0F3A.W0 39: vextracti128 Wo,Vy,Ib
	vextracti128 $0x1b, %ymm1, %xmm3
	vextracti128 $0x1b, %ymm15, %xmm12
	vextracti128 $0x1b, %ymm0, %xmm10
	vextracti128 $0x1b, %ymm1, (%rax)
	vextracti128 $0x1b, %ymm1, 0x12345678(%rbx,%rcx,4)
	vextracti128 $0x1b, %ymm1, 0x100(%rip)
	vextracti128 $0x1b, %ymm15, -0x80(%r12,%r13,2)
	vextracti128 $0x1b, %ymm0, (%rsp)
	vextracti128 $0x1b, %ymm15, 0x7ffffff0(%r13)

# VEX.L0/L1.66.0F3A.WIG 40: vdpps Vx,Hx,Wx,Ib
	vdpps $0x1b, %xmm3, %xmm2, %xmm1
	vdpps $0x1b, %xmm12, %xmm8, %xmm15
	vdpps $0x1b, %xmm10, %xmm7, %xmm0
	vdpps $0x1b, (%rax), %xmm2, %xmm1
	vdpps $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vdpps $0x1b, 0x100(%rip), %xmm2, %xmm1
	vdpps $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vdpps $0x1b, (%rsp), %xmm7, %xmm0
	vdpps $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15
	vdpps $0x1b, %ymm3, %ymm2, %ymm1
	vdpps $0x1b, %ymm12, %ymm8, %ymm15
	vdpps $0x1b, %ymm10, %ymm7, %ymm0
	vdpps $0x1b, (%rax), %ymm2, %ymm1
	vdpps $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vdpps $0x1b, 0x100(%rip), %ymm2, %ymm1
	vdpps $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vdpps $0x1b, (%rsp), %ymm7, %ymm0
	vdpps $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F3A.WIG 41: vdppd Vo,Ho,Wo,Ib
	vdppd $0x1b, %xmm3, %xmm2, %xmm1
	vdppd $0x1b, %xmm12, %xmm8, %xmm15
	vdppd $0x1b, %xmm10, %xmm7, %xmm0
	vdppd $0x1b, (%rax), %xmm2, %xmm1
	vdppd $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vdppd $0x1b, 0x100(%rip), %xmm2, %xmm1
	vdppd $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vdppd $0x1b, (%rsp), %xmm7, %xmm0
	vdppd $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.128.66.0F3A.WIG 42: vmpsadbw Vx,Hx,Wx,Ib
	vmpsadbw $0x1b, %xmm3, %xmm2, %xmm1
	vmpsadbw $0x1b, %xmm12, %xmm8, %xmm15
	vmpsadbw $0x1b, %xmm10, %xmm7, %xmm0
	vmpsadbw $0x1b, (%rax), %xmm2, %xmm1
	vmpsadbw $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vmpsadbw $0x1b, 0x100(%rip), %xmm2, %xmm1
	vmpsadbw $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vmpsadbw $0x1b, (%rsp), %xmm7, %xmm0
	vmpsadbw $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F3A.WIG 42: vmpsadbw Vx,Hx,Wx,Ib
	vmpsadbw $0x1b, %ymm3, %ymm2, %ymm1
	vmpsadbw $0x1b, %ymm12, %ymm8, %ymm15
	vmpsadbw $0x1b, %ymm10, %ymm7, %ymm0
	vmpsadbw $0x1b, (%rax), %ymm2, %ymm1
	vmpsadbw $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vmpsadbw $0x1b, 0x100(%rip), %ymm2, %ymm1
	vmpsadbw $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vmpsadbw $0x1b, (%rsp), %ymm7, %ymm0
	vmpsadbw $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F3A.WIG 44: vpclmulqdq Vx,Hx,Wx,Ib
	vpclmulqdq $0x1b, %xmm3, %xmm2, %xmm1
	vpclmulqdq $0x1b, %xmm12, %xmm8, %xmm15
	vpclmulqdq $0x1b, %xmm10, %xmm7, %xmm0
	vpclmulqdq $0x1b, (%rax), %xmm2, %xmm1
	vpclmulqdq $0x1b, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpclmulqdq $0x1b, 0x100(%rip), %xmm2, %xmm1
	vpclmulqdq $0x1b, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpclmulqdq $0x1b, (%rsp), %xmm7, %xmm0
	vpclmulqdq $0x1b, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F3A.WIG 44: vpclmulqdq Vx,Hx,Wx,Ib
	vpclmulqdq $0x1b, %ymm3, %ymm2, %ymm1
	vpclmulqdq $0x1b, %ymm12, %ymm8, %ymm15
	vpclmulqdq $0x1b, %ymm10, %ymm7, %ymm0
	vpclmulqdq $0x1b, (%rax), %ymm2, %ymm1
	vpclmulqdq $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpclmulqdq $0x1b, 0x100(%rip), %ymm2, %ymm1
	vpclmulqdq $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpclmulqdq $0x1b, (%rsp), %ymm7, %ymm0
	vpclmulqdq $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.256.66.0F3A.W0 46: vperm2i128 Vy,Hy,Wy,Ib
	vperm2i128 $0x1b, %ymm3, %ymm2, %ymm1
	vperm2i128 $0x1b, %ymm12, %ymm8, %ymm15
	vperm2i128 $0x1b, %ymm10, %ymm7, %ymm0
	vperm2i128 $0x1b, (%rax), %ymm2, %ymm1
	vperm2i128 $0x1b, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vperm2i128 $0x1b, 0x100(%rip), %ymm2, %ymm1
	vperm2i128 $0x1b, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vperm2i128 $0x1b, (%rsp), %ymm7, %ymm0
	vperm2i128 $0x1b, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F3A.W0 4A: vblendvps Vx,Hx,Wx,Lx
	vblendvps %xmm4, %xmm3, %xmm2, %xmm1
	vblendvps %xmm9, %xmm12, %xmm8, %xmm15
	vblendvps %xmm5, %xmm10, %xmm7, %xmm0
	vblendvps %xmm4, (%rax), %xmm2, %xmm1
	vblendvps %xmm4, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vblendvps %xmm4, 0x100(%rip), %xmm2, %xmm1
	vblendvps %xmm9, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vblendvps %xmm5, (%rsp), %xmm7, %xmm0
	vblendvps %xmm9, 0x7ffffff0(%r13), %xmm8, %xmm15
	vblendvps %ymm4, %ymm3, %ymm2, %ymm1
	vblendvps %ymm9, %ymm12, %ymm8, %ymm15
	vblendvps %ymm5, %ymm10, %ymm7, %ymm0
	vblendvps %ymm4, (%rax), %ymm2, %ymm1
	vblendvps %ymm4, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vblendvps %ymm4, 0x100(%rip), %ymm2, %ymm1
	vblendvps %ymm9, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vblendvps %ymm5, (%rsp), %ymm7, %ymm0
	vblendvps %ymm9, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.L0/L1.66.0F3A.W0 4B: vblendvpd Vx,Hx,Wx,Lx
	vblendvpd %xmm4, %xmm3, %xmm2, %xmm1
	vblendvpd %xmm9, %xmm12, %xmm8, %xmm15
	vblendvpd %xmm5, %xmm10, %xmm7, %xmm0
	vblendvpd %xmm4, (%rax), %xmm2, %xmm1
	vblendvpd %xmm4, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vblendvpd %xmm4, 0x100(%rip), %xmm2, %xmm1
	vblendvpd %xmm9, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vblendvpd %xmm5, (%rsp), %xmm7, %xmm0
	vblendvpd %xmm9, 0x7ffffff0(%r13), %xmm8, %xmm15
	vblendvpd %ymm4, %ymm3, %ymm2, %ymm1
	vblendvpd %ymm9, %ymm12, %ymm8, %ymm15
	vblendvpd %ymm5, %ymm10, %ymm7, %ymm0
	vblendvpd %ymm4, (%rax), %ymm2, %ymm1
	vblendvpd %ymm4, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vblendvpd %ymm4, 0x100(%rip), %ymm2, %ymm1
	vblendvpd %ymm9, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vblendvpd %ymm5, (%rsp), %ymm7, %ymm0
	vblendvpd %ymm9, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F3A.W0 4C: vpblendvb Vx,Hx,Wx,Lx
	vpblendvb %xmm4, %xmm3, %xmm2, %xmm1
	vpblendvb %xmm9, %xmm12, %xmm8, %xmm15
	vpblendvb %xmm5, %xmm10, %xmm7, %xmm0
	vpblendvb %xmm4, (%rax), %xmm2, %xmm1
	vpblendvb %xmm4, 0x12345678(%rbx,%rcx,4), %xmm2, %xmm1
	vpblendvb %xmm4, 0x100(%rip), %xmm2, %xmm1
	vpblendvb %xmm9, -0x80(%r12,%r13,2), %xmm8, %xmm15
	vpblendvb %xmm5, (%rsp), %xmm7, %xmm0
	vpblendvb %xmm9, 0x7ffffff0(%r13), %xmm8, %xmm15

# VEX.256.66.0F3A.W0 4C: vpblendvb Vx,Hx,Wx,Lx
	vpblendvb %ymm4, %ymm3, %ymm2, %ymm1
	vpblendvb %ymm9, %ymm12, %ymm8, %ymm15
	vpblendvb %ymm5, %ymm10, %ymm7, %ymm0
	vpblendvb %ymm4, (%rax), %ymm2, %ymm1
	vpblendvb %ymm4, 0x12345678(%rbx,%rcx,4), %ymm2, %ymm1
	vpblendvb %ymm4, 0x100(%rip), %ymm2, %ymm1
	vpblendvb %ymm9, -0x80(%r12,%r13,2), %ymm8, %ymm15
	vpblendvb %ymm5, (%rsp), %ymm7, %ymm0
	vpblendvb %ymm9, 0x7ffffff0(%r13), %ymm8, %ymm15

# VEX.128.66.0F3A.WIG 60: vpcmpestrm Vo,Wo,Ib
	vpcmpestrm $0x1b, %xmm3, %xmm1
	vpcmpestrm $0x1b, %xmm12, %xmm15
	vpcmpestrm $0x1b, %xmm10, %xmm0
	vpcmpestrm $0x1b, (%rax), %xmm1
	vpcmpestrm $0x1b, 0x12345678(%rbx,%rcx,4), %xmm1
	vpcmpestrm $0x1b, 0x100(%rip), %xmm1
	vpcmpestrm $0x1b, -0x80(%r12,%r13,2), %xmm15
	vpcmpestrm $0x1b, (%rsp), %xmm0
	vpcmpestrm $0x1b, 0x7ffffff0(%r13), %xmm15

# VEX.128.66.0F3A.WIG 61: vpcmpestri Vo,Wo,Ib
	vpcmpestri $0x1b, %xmm3, %xmm1
	vpcmpestri $0x1b, %xmm12, %xmm15
	vpcmpestri $0x1b, %xmm10, %xmm0
	vpcmpestri $0x1b, (%rax), %xmm1
	vpcmpestri $0x1b, 0x12345678(%rbx,%rcx,4), %xmm1
	vpcmpestri $0x1b, 0x100(%rip), %xmm1
	vpcmpestri $0x1b, -0x80(%r12,%r13,2), %xmm15
	vpcmpestri $0x1b, (%rsp), %xmm0
	vpcmpestri $0x1b, 0x7ffffff0(%r13), %xmm15

# VEX.128.66.0F3A.WIG 62: vpcmpistrm Vo,Wo,Ib
	vpcmpistrm $0x1b, %xmm3, %xmm1
	vpcmpistrm $0x1b, %xmm12, %xmm15
	vpcmpistrm $0x1b, %xmm10, %xmm0
	vpcmpistrm $0x1b, (%rax), %xmm1
	vpcmpistrm $0x1b, 0x12345678(%rbx,%rcx,4), %xmm1
	vpcmpistrm $0x1b, 0x100(%rip), %xmm1
	vpcmpistrm $0x1b, -0x80(%r12,%r13,2), %xmm15
	vpcmpistrm $0x1b, (%rsp), %xmm0
	vpcmpistrm $0x1b, 0x7ffffff0(%r13), %xmm15

# VEX.128.66.0F3A.WIG 63: vpcmpistri Vo,Wo,Ib
	vpcmpistri $0x1b, %xmm3, %xmm1
	vpcmpistri $0x1b, %xmm12, %xmm15
	vpcmpistri $0x1b, %xmm10, %xmm0
	vpcmpistri $0x1b, (%rax), %xmm1
	vpcmpistri $0x1b, 0x12345678(%rbx,%rcx,4), %xmm1
	vpcmpistri $0x1b, 0x100(%rip), %xmm1
	vpcmpistri $0x1b, -0x80(%r12,%r13,2), %xmm15
	vpcmpistri $0x1b, (%rsp), %xmm0
	vpcmpistri $0x1b, 0x7ffffff0(%r13), %xmm15

# VEX.128.66.0F3A.WIG DF: vaeskeygenassist Vo,Wo,Ib
	vaeskeygenassist $0x1b, %xmm3, %xmm1
	vaeskeygenassist $0x1b, %xmm12, %xmm15
	vaeskeygenassist $0x1b, %xmm10, %xmm0
	vaeskeygenassist $0x1b, (%rax), %xmm1
	vaeskeygenassist $0x1b, 0x12345678(%rbx,%rcx,4), %xmm1
	vaeskeygenassist $0x1b, 0x100(%rip), %xmm1
	vaeskeygenassist $0x1b, -0x80(%r12,%r13,2), %xmm15
	vaeskeygenassist $0x1b, (%rsp), %xmm0
	vaeskeygenassist $0x1b, 0x7ffffff0(%r13), %xmm15

# VEX.128.F2.0F3A.W0/W1 F0: rorx Gy,Ey,Ib
	rorx $0x1b, %ebx, %ecx
	rorx $0x1b, %r12d, %r15d
	rorx $0x1b, %r10d, %eax
	rorx $0x1b, (%rax), %ecx
	rorx $0x1b, 0x12345678(%rbx,%rcx,4), %ecx
	rorx $0x1b, 0x100(%rip), %ecx
	rorx $0x1b, -0x80(%r12,%r13,2), %r15d
	rorx $0x1b, (%rsp), %eax
	rorx $0x1b, 0x7ffffff0(%r13), %r15d
	rorx $0x1b, %rbx, %rcx
	rorx $0x1b, %r12, %r15
	rorx $0x1b, %r10, %rax
	rorx $0x1b, (%rax), %rcx
	rorx $0x1b, 0x12345678(%rbx,%rcx,4), %rcx
	rorx $0x1b, 0x100(%rip), %rcx
	rorx $0x1b, -0x80(%r12,%r13,2), %r15
	rorx $0x1b, (%rsp), %rax
	rorx $0x1b, 0x7ffffff0(%r13), %r15
