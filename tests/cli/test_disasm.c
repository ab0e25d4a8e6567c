/* Unit tests of the AT&T formatter (src/cli/disasm.c) on instructions
 * decoded by the validator's decoder. Prints "ok NAME" / "not ok NAME". */
#include <stdio.h>
#include <string.h>

#include "cli/disasm.h"
#include "validator/decode.h"

static int failures;

struct tcase {
	const char *name;
	const char *bytes; /* hex pairs */
	unsigned long long vaddr;
	const char *want;
};

static const struct tcase cases[] = {
	{"xor32", "31 c0", 0, "xor %eax,%eax"},
	{"mov64", "48 89 e5", 0, "mov %rsp,%rbp"},
	{"byte_rex", "40 88 f7", 0, "mov %sil,%dil"},
	{"byte_high", "88 e7", 0, "mov %ah,%bh"},
	{"byte_r8", "45 88 c1", 0, "mov %r8b,%r9b"},
	{"word", "66 89 c8", 0, "mov %cx,%ax"},
	{"r15d", "45 31 ff", 0, "xor %r15d,%r15d"},
	{"add_r14", "4c 01 f0", 0, "add %r14,%rax"},
	{"gs_addr32", "65 67 8b 44 8b 10", 0, "mov %gs:0x10(%ebx,%ecx,4),%eax"},
	{"rip", "48 8b 05 10 00 00 00", 0x20000, "mov 0x10(%rip),%rax  # 0x20017"},
	{"rsp_neg", "48 8b 44 24 f8", 0, "mov -0x8(%rsp),%rax"},
	{"absolute", "8b 04 25 00 10 00 00", 0, "mov 0x1000,%eax"},
	{"index_only", "8b 04 8d 00 10 00 00", 0, "mov 0x1000(,%rcx,4),%eax"},
	{"r13_base_disp0", "41 8b 45 00", 0, "mov 0x0(%r13),%eax"},
	{"and_imm8_32", "83 e0 e0", 0, "and $0xffffffe0,%eax"},
	{"and_imm8_64", "48 83 e0 e0", 0, "and $0xffffffffffffffe0,%rax"},
	{"imul_imm8", "48 6b c8 fd", 0, "imul $0xfffffffffffffffd,%rax,%rcx"},
	{"push_imm8", "6a ff", 0, "push $0xffffffffffffffff"},
	{"mov_imm32_mem", "c7 00 01 00 00 00", 0, "movl $0x1,(%rax)"},
	{"jmp_indirect", "ff e0", 0, "jmp *%rax"},
	{"call_indirect_r11", "41 ff d3", 0, "call *%r11"},
	{"jmp_rel8", "eb 00", 0x20000, "jmp 0x20002"},
	{"call_rel32", "e8 fb ff ff ff", 0x20000, "call 0x20000"},
	{"jcc_back", "75 fe", 0x20010, "jne 0x20010"},
	{"movzb", "0f b6 00", 0, "movzbl (%rax),%eax"},
	{"movsbw", "66 0f be c0", 0, "movsbw %al,%ax"},
	{"shl_cl", "48 d3 e0", 0, "shl %cl,%rax"},
	{"lock_cmpxchg", "f0 48 0f b1 0a", 0, "lock cmpxchg %rcx,(%rdx)"},
	{"rep_stosq", "f3 48 ab", 0, "rep stosq"},
	{"nopw", "66 0f 1f 44 00 00", 0, "nopw 0x0(%rax,%rax,1)"},
	{"lea", "48 8d 44 24 08", 0, "lea 0x8(%rsp),%rax"},
	{"syscall", "0f 05", 0, "syscall"},
	{"enter", "c8 10 00 01", 0, "enter $0x10,$0x1"},
	{"mov_sreg", "8c c0", 0, "mov %es,%eax"},
	{"movabs_moffs", "a0 88 77 66 55 44 33 22 11", 0, "movabs 0x1122334455667788,%al"},
	{"ymm", "c5 fc 28 c1", 0, "vmovaps %ymm1,%ymm0"},
	{"xmm", "c5 f8 28 c1", 0, "vmovaps %xmm1,%xmm0"},
	{"vex_is4", "c4 e3 75 4a c2 30", 0, "vblendvps %ymm3,%ymm2,%ymm1,%ymm0"},
	{"fma_mem", "c4 e2 71 b8 47 20", 0, "vfmadd231ps 0x20(%rdi),%xmm1,%xmm0"},
	{"movq_gpr", "66 48 0f 7e c0", 0, "movq %xmm0,%rax"},
	{"cvtsi2sdl", "f2 0f 2a 00", 0, "cvtsi2sdl (%rax),%xmm0"},
	{"pextrd", "66 0f 3a 16 c0 01", 0, "pextrd $0x1,%xmm0,%eax"},
	{"x87_int64", "df 28", 0, "fildll (%rax)"},
	{"x87_float32", "d9 5c 24 04", 0, "fstps 0x4(%rsp)"},
	{"x87_st", "d8 c1", 0, "fadd %st(1),%st"},
	{"crc32b", "f2 0f 38 f0 c0", 0, "crc32b %al,%eax"},
};

static size_t parse_hex(const char *s, unsigned char *out, size_t max)
{
	size_t n = 0;
	unsigned v;
	int k;
	while (n < max && sscanf(s, "%2x%n", &v, &k) == 1) {
		out[n++] = (unsigned char)v;
		s += k;
		while (*s == ' ')
			s++;
	}
	return n;
}

static void check(const char *name, int cond, const char *got, const char *want)
{
	if (cond) {
		printf("ok %s\n", name);
	} else {
		printf("not ok %s: got '%s', want '%s'\n", name, got, want);
		failures++;
	}
}

int main(void)
{
	char buf[256], name[80];
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct tcase *c = &cases[i];
		unsigned char b[16];
		size_t n = parse_hex(c->bytes, b, sizeof b);
		struct hv_insn in;
		enum hv_dstatus st = hv_decode(b, n, &in);
		snprintf(name, sizeof name, "disasm_%s", c->name);
		if (st != HV_D_OK || in.len != n) {
			snprintf(buf, sizeof buf, "decode status %d, len %u of %zu", st,
				 st == HV_D_OK ? in.len : 0, n);
			check(name, 0, buf, c->want);
			continue;
		}
		size_t len = disasm_format(buf, sizeof buf, &in, c->vaddr);
		check(name, !strcmp(buf, c->want) && len == strlen(buf), buf, c->want);
	}

	/* Truncation: always terminated, returns the full length. */
	unsigned char b[] = {0x65, 0x67, 0x8b, 0x44, 0x8b, 0x10};
	struct hv_insn in;
	char small[8];
	memset(small, 'x', sizeof small);
	size_t full = hv_decode(b, sizeof b, &in) == HV_D_OK
			      ? disasm_format(small, sizeof small, &in, 0)
			      : 0;
	check("format_truncated", full == strlen("mov %gs:0x10(%ebx,%ecx,4),%eax") &&
					  !strcmp(small, "mov %gs"),
	      small, "mov %gs");
	check("format_size0", hv_decode(b, sizeof b, &in) == HV_D_OK &&
				      disasm_format(NULL, 0, &in, 0) == full,
	      "", "");

	char hex[16];
	size_t hl = disasm_hex(hex, sizeof hex, b, sizeof b);
	check("hex", hl == 17 && !strcmp(hex, "65 67 8b 44 8b"), hex, "65 67 8b 44 8b");
	hl = disasm_hex(hex, sizeof hex, b, 0);
	check("hex_empty", hl == 0 && hex[0] == 0, hex, "");

	check("gpr_names", !strcmp(disasm_gpr_name(4, 8, 1), "spl") &&
				   !strcmp(disasm_gpr_name(4, 8, 0), "ah") &&
				   !strcmp(disasm_gpr_name(12, 8, 0), "r12b") &&
				   !strcmp(disasm_gpr_name(15, 16, 0), "r15w") &&
				   disasm_gpr_name(16, 64, 0) == NULL &&
				   disasm_gpr_name(0, 12, 0) == NULL,
	      "", "");
	return failures ? 1 : 0;
}
