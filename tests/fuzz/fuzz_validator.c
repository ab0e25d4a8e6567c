/* Fuzz target and oracle for the validator (halite profile).
 *
 * Input: byte 0 is a control byte, the rest is code.
 *   bit 0     bundle size: 0 = 32 (default policy), 1 = 16
 *   bits 1-2  sandbox address of the code: 0x20000, 0, 0xfffe0000, 0x80000000
 *   bit 3     also run the Native Client profile (sanitizers only, no oracle)
 *
 * hv_validate runs under hv_policy_default (bundle size from the control
 * byte). For every input it accepts, an independent oracle built on Zydis
 * re-decodes the code from every offset where hv_is_jump_target is true, up
 * to the end of that bundle, and abort()s with a message on:
 *   - a Zydis instruction stream that leaves the decoder's instruction
 *     boundaries, an instruction that crosses a bundle boundary, a length
 *     Zydis (Intel or AMD branch rules) sees differently;
 *   - a forbidden instruction: syscall/sysenter/sysexit/sysret, int/int1/
 *     int3/into, iret*, ret (near or far), far jmp/call, writes to segment,
 *     control, debug or descriptor-table registers (mov sreg, pop fs/gs,
 *     lfs/lgs/lss, mov cr/dr, lgdt/lidt/lldt/ltr), rd/wrfsbase,
 *     rd/wrgsbase, rd/wrpkru, in/out/ins/outs, cli/sti, rdmsr/wrmsr, swapgs,
 *     xbegin/xend/xabort/xtest, enter/leave, pushf/popf, the xsave family,
 *     maskmovdqu, fldenv/fnstenv, std, and anything Zydis marks privileged
 *     (hlt and ud2 are allowed);
 *   - a write to %r14 at any width (docs/abi.md R5);
 *   - the other rules of docs/abi.md, re-implemented on Zydis's view of the
 *     instruction stream from that target: memory operand forms (R4),
 *     %rsp changes (R6), indirect branches (R7), direct branch targets
 *     (R8), string instructions (R9), calls ending bundles (R3), 66 on
 *     branches (AMD truncates the target to 16 bits);
 *   - a bundle start that is not a jump target, or a jump target that is
 *     not an instruction start.
 * The validator's API contract is checked too: the return value equals the
 * number of reports, and reports name offsets inside the code. And the
 * automaton and the fast path (src/validator/dfa.c, fast.c), which
 * hv_validate tries first on each bundle, are checked against the full path
 * they restate: hv_validate_path with the full path alone must report the
 * same number of violations and leave the same jump-target and
 * branch-target bits, whether the input is accepted or not.
 *
 * Built two ways (tests/fuzz/fuzz.mk):
 *   - with clang -fsanitize=fuzzer: build/tests/fuzz_validator, run by
 *     `make fuzz`;
 *   - with -DHV_FUZZ_STANDALONE: build/tests/fuzz_validator_replay
 *     [-n PROGRAMS] [-s SEED] [-m MAX] [PATH...], which replays the files
 *     and directories given (default: the corpus directory compiled in as
 *     HV_FUZZ_DEFAULT_CORPUS, build/fuzz-corpus; every seed-* file and at
 *     most MAX (default 2000) others, spread over the sorted list) and
 *     then generates
 *     random programs from a fixed seed (valid instructions, the rules'
 *     pseudo-instructions, direct branches, then random mutations) and runs
 *     each through the same oracle. Output follows tests/run.sh. */
#include <dirent.h>
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <Zydis/Zydis.h>

#include "../tools/zydis_gpr.h"

#include "validator/rules.h"
#include "validator/validator.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_CODE (64u * 1024u)
#define MAX_STREAM 32 /* instructions from a jump target to its bundle end */

static ZydisDecoder zdec, zdec_amd;
static ZydisFormatter zfmt;
static int zinit;

static void zydis_init(void)
{
	if (zinit)
		return;
	if (ZYAN_FAILED(ZydisDecoderInit(&zdec, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64)) ||
	    ZYAN_FAILED(ZydisDecoderInit(&zdec_amd, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64)) ||
	    ZYAN_FAILED(ZydisDecoderEnableMode(&zdec_amd, ZYDIS_DECODER_MODE_AMD_BRANCHES, ZYAN_TRUE)) ||
	    ZYAN_FAILED(ZydisFormatterInit(&zfmt, ZYDIS_FORMATTER_STYLE_ATT))) {
		fprintf(stderr, "fuzz_validator: Zydis initialisation failed\n");
		abort();
	}
	zinit = 1;
}

/* ------------------------------------------------------------------ */
/* Failure reporting                                                    */

struct input {
	const uint8_t *code;
	size_t len;
	uint64_t vaddr;
	unsigned bs;
	uint8_t ctrl;
	/* the jump-target map: hv_is_jump_target on the validator's scratch,
	 * or a hand-made one in the oracle self-test */
	int (*is_target)(const void *map, size_t len, size_t off);
};

#ifdef HV_FUZZ_STANDALONE
static jmp_buf fail_jmp;
static int fail_armed;
static unsigned long fail_count;
static char fail_first[512];
static int fail_quiet;
#endif

static void fail(const struct input *x, size_t off, const char *rule, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void fail(const struct input *x, size_t off, const char *rule, const char *fmt, ...)
{
	char msg[256], text[128] = "(zydis: invalid)", bytes[64] = "";
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (off < x->len) {
		ZydisDecodedInstruction zi;
		ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
		size_t n = x->len - off;
		if (ZYAN_SUCCESS(ZydisDecoderDecodeFull(&zdec, x->code + off, n, &zi, ops)))
			ZydisFormatterFormatInstruction(&zfmt, &zi, ops, zi.operand_count_visible, text,
							sizeof text, x->vaddr + off, NULL);
		size_t o = 0;
		for (size_t i = 0; i < 15 && i < n; i++)
			o += (size_t)snprintf(bytes + o, sizeof bytes - o, "%s%02x", i ? " " : "",
					      x->code[off + i]);
	}
#ifdef HV_FUZZ_STANDALONE
	if (fail_armed && (fail_count >= 20 || fail_quiet)) { /* enough detail: count the rest */
		fail_count++;
		longjmp(fail_jmp, 1);
	}
#endif
	fprintf(stderr,
		"\nORACLE VIOLATION [%s]: the validator accepted code that breaks a rule\n"
		"  %s\n"
		"  at code offset 0x%zx (sandbox address 0x%" PRIx64 "), bundle size %u\n"
		"  bytes: %s\n  zydis: %s\n  input (%zu code bytes, control byte %02x):",
		rule, msg, off, x->vaddr + off, x->bs, bytes, text, x->len, x->ctrl);
	for (size_t i = 0; i < x->len && i < 512; i++)
		fprintf(stderr, "%s%02x", i % 32 ? " " : "\n    ", x->code[i]);
	fprintf(stderr, "%s\n", x->len > 512 ? " ..." : "");
#ifdef HV_FUZZ_STANDALONE
	if (fail_armed) {
		if (fail_count++ == 0)
			snprintf(fail_first, sizeof fail_first, "[%s] %s at 0x%zx: %s | %s", rule, msg,
				 off, bytes, text);
		longjmp(fail_jmp, 1);
	}
#endif
	abort();
}

/* ------------------------------------------------------------------ */
/* Zydis helpers                                                        */

struct zinsn {
	size_t off;
	ZydisDecodedInstruction zi;
	ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
};


/* Register operand i is general register num of the given class. */
static int op_is_reg(const struct zinsn *z, unsigned i, ZydisRegisterClass cls, int num)
{
	if (i >= z->zi.operand_count)
		return 0;
	const ZydisDecodedOperand *o = &z->ops[i];
	return o->type == ZYDIS_OPERAND_TYPE_REGISTER && ZydisRegisterGetClass(o->reg.value) == cls &&
	       gpr_num(o->reg.value) == num;
}

/* The first immediate, sign-extended from its encoded size. */
static int64_t imm_sext(const struct zinsn *z)
{
	unsigned bits = z->zi.raw.imm[0].size;
	uint64_t v = z->zi.raw.imm[0].value.u;
	if (bits == 0 || bits >= 64)
		return (int64_t)v;
	v &= (1ull << bits) - 1;
	if (v >> (bits - 1))
		v |= ~0ull << bits;
	return (int64_t)v;
}

static int has_imm_op(const struct zinsn *z, unsigned i)
{
	return i < z->zi.operand_count && z->ops[i].type == ZYDIS_OPERAND_TYPE_IMMEDIATE;
}

static int mn(const struct zinsn *z, ZydisMnemonic m)
{
	return z->zi.mnemonic == m;
}

/* `and $-B, %eX` (any encoding whose 32-bit result is x & -B). */
static int is_mask32(const struct zinsn *z, int x, unsigned bs)
{
	return mn(z, ZYDIS_MNEMONIC_AND) && z->zi.operand_count_visible == 2 &&
	       op_is_reg(z, 0, ZYDIS_REGCLASS_GPR32, x) && has_imm_op(z, 1) &&
	       (uint32_t)imm_sext(z) == (uint32_t)-(int32_t)bs;
}

/* `add %r14, %rX` (64-bit, register form). */
static int is_add_base(const struct zinsn *z, int x)
{
	return mn(z, ZYDIS_MNEMONIC_ADD) && z->zi.operand_count_visible == 2 &&
	       op_is_reg(z, 0, ZYDIS_REGCLASS_GPR64, x) &&
	       op_is_reg(z, 1, ZYDIS_REGCLASS_GPR64, HV_R14);
}

/* `mov %eX, %eX`. */
static int is_zext(const struct zinsn *z, int x)
{
	return mn(z, ZYDIS_MNEMONIC_MOV) && op_is_reg(z, 0, ZYDIS_REGCLASS_GPR32, x) &&
	       op_is_reg(z, 1, ZYDIS_REGCLASS_GPR32, x);
}

/* `lea (%r14,%rX,1), %rX` with 64-bit addressing. */
static int is_lea_base(const struct zinsn *z, int x)
{
	if (!mn(z, ZYDIS_MNEMONIC_LEA) || !op_is_reg(z, 0, ZYDIS_REGCLASS_GPR64, x) ||
	    z->zi.operand_count < 2 || z->ops[1].type != ZYDIS_OPERAND_TYPE_MEMORY)
		return 0;
	const ZydisDecodedOperandMem *m = &z->ops[1].mem;
	return z->zi.address_width == 64 && m->base == ZYDIS_REGISTER_R14 &&
	       ZydisRegisterGetClass(m->index) == ZYDIS_REGCLASS_GPR64 && gpr_num(m->index) == x &&
	       m->scale == 1 && z->zi.raw.disp.value == 0;
}

/* A 32-bit write to %esp by mov, lea, add or sub. */
static int is_esp_write32(const struct zinsn *z)
{
	return (mn(z, ZYDIS_MNEMONIC_MOV) || mn(z, ZYDIS_MNEMONIC_LEA) || mn(z, ZYDIS_MNEMONIC_ADD) ||
		mn(z, ZYDIS_MNEMONIC_SUB)) &&
	       op_is_reg(z, 0, ZYDIS_REGCLASS_GPR32, HV_RSP);
}

static int is_forbidden_mnemonic(ZydisMnemonic m)
{
	static const ZydisMnemonic bad[] = {
	    ZYDIS_MNEMONIC_SYSCALL,   ZYDIS_MNEMONIC_SYSENTER,	 ZYDIS_MNEMONIC_SYSEXIT,
	    ZYDIS_MNEMONIC_SYSRET,    ZYDIS_MNEMONIC_INT,	 ZYDIS_MNEMONIC_INT1,
	    ZYDIS_MNEMONIC_INT3,      ZYDIS_MNEMONIC_INTO,	 ZYDIS_MNEMONIC_IRET,
	    ZYDIS_MNEMONIC_IRETD,     ZYDIS_MNEMONIC_IRETQ,	 ZYDIS_MNEMONIC_RET,
	    ZYDIS_MNEMONIC_LFS,	      ZYDIS_MNEMONIC_LGS,	 ZYDIS_MNEMONIC_LSS,
	    ZYDIS_MNEMONIC_WRFSBASE,  ZYDIS_MNEMONIC_WRGSBASE,	 ZYDIS_MNEMONIC_RDFSBASE,
	    ZYDIS_MNEMONIC_RDGSBASE,  ZYDIS_MNEMONIC_WRPKRU,	 ZYDIS_MNEMONIC_RDPKRU,
	    ZYDIS_MNEMONIC_IN,	      ZYDIS_MNEMONIC_OUT,	 ZYDIS_MNEMONIC_INSB,
	    ZYDIS_MNEMONIC_INSW,      ZYDIS_MNEMONIC_INSD,	 ZYDIS_MNEMONIC_OUTSB,
	    ZYDIS_MNEMONIC_OUTSW,     ZYDIS_MNEMONIC_OUTSD,	 ZYDIS_MNEMONIC_CLI,
	    ZYDIS_MNEMONIC_STI,	      ZYDIS_MNEMONIC_LGDT,	 ZYDIS_MNEMONIC_LIDT,
	    ZYDIS_MNEMONIC_LLDT,      ZYDIS_MNEMONIC_LTR,	 ZYDIS_MNEMONIC_SGDT,
	    ZYDIS_MNEMONIC_SIDT,      ZYDIS_MNEMONIC_SLDT,	 ZYDIS_MNEMONIC_STR,
	    ZYDIS_MNEMONIC_SMSW,      ZYDIS_MNEMONIC_LMSW,	 ZYDIS_MNEMONIC_CLTS,
	    ZYDIS_MNEMONIC_RDMSR,     ZYDIS_MNEMONIC_WRMSR,	 ZYDIS_MNEMONIC_RDPMC,
	    ZYDIS_MNEMONIC_SWAPGS,    ZYDIS_MNEMONIC_INVD,	 ZYDIS_MNEMONIC_WBINVD,
	    ZYDIS_MNEMONIC_INVLPG,    ZYDIS_MNEMONIC_MONITOR,	 ZYDIS_MNEMONIC_MWAIT,
	    ZYDIS_MNEMONIC_MONITORX,  ZYDIS_MNEMONIC_MWAITX,	 ZYDIS_MNEMONIC_XSETBV,
	    ZYDIS_MNEMONIC_XBEGIN,    ZYDIS_MNEMONIC_XEND,	 ZYDIS_MNEMONIC_XABORT,
	    ZYDIS_MNEMONIC_XTEST,     ZYDIS_MNEMONIC_ENTER,	 ZYDIS_MNEMONIC_LEAVE,
	    ZYDIS_MNEMONIC_PUSHF,     ZYDIS_MNEMONIC_PUSHFD,	 ZYDIS_MNEMONIC_PUSHFQ,
	    ZYDIS_MNEMONIC_POPF,      ZYDIS_MNEMONIC_POPFD,	 ZYDIS_MNEMONIC_POPFQ,
	    ZYDIS_MNEMONIC_XSAVE,     ZYDIS_MNEMONIC_XSAVE64,	 ZYDIS_MNEMONIC_XSAVEC,
	    ZYDIS_MNEMONIC_XSAVEC64,  ZYDIS_MNEMONIC_XSAVEOPT,	 ZYDIS_MNEMONIC_XSAVEOPT64,
	    ZYDIS_MNEMONIC_XSAVES,    ZYDIS_MNEMONIC_XSAVES64,	 ZYDIS_MNEMONIC_XRSTOR,
	    ZYDIS_MNEMONIC_XRSTOR64,  ZYDIS_MNEMONIC_XRSTORS,	 ZYDIS_MNEMONIC_XRSTORS64,
	    ZYDIS_MNEMONIC_FXSAVE,    ZYDIS_MNEMONIC_FXSAVE64,	 ZYDIS_MNEMONIC_FXRSTOR,
	    ZYDIS_MNEMONIC_FXRSTOR64, ZYDIS_MNEMONIC_MASKMOVDQU, ZYDIS_MNEMONIC_VMASKMOVDQU,
	    ZYDIS_MNEMONIC_FLDENV,    ZYDIS_MNEMONIC_FNSTENV,	 ZYDIS_MNEMONIC_STD,
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (bad[i] == m)
			return 1;
	return 0;
}

static int is_forbidden_category(ZydisInstructionCategory c)
{
	switch (c) {
	case ZYDIS_CATEGORY_SYSCALL:
	case ZYDIS_CATEGORY_SYSRET:
	case ZYDIS_CATEGORY_INTERRUPT:
	case ZYDIS_CATEGORY_IO:
	case ZYDIS_CATEGORY_IOSTRINGOP:
	case ZYDIS_CATEGORY_RET:
	case ZYDIS_CATEGORY_RDWRFSGS:
	case ZYDIS_CATEGORY_XSAVE:
	case ZYDIS_CATEGORY_XSAVEOPT:
	case ZYDIS_CATEGORY_PKU:
	case ZYDIS_CATEGORY_VTX:
	case ZYDIS_CATEGORY_SGX:
		return 1;
	default:
		return 0;
	}
}

/* ------------------------------------------------------------------ */
/* The oracle                                                           */

/* Checks one instruction of the stream from a jump target. s[0..k] are the
 * stream's instructions so far (s[k] is this one). */
static void check_insn(const struct input *x, const void *jt, struct zinsn *s, unsigned k,
		       size_t bend)
{
	const struct zinsn *z = &s[k];
	const ZydisDecodedInstruction *zi = &z->zi;
	size_t off = z->off, end = off + zi->length;
	uint64_t va_end = x->vaddr + end;
	unsigned bs = x->bs;
	const char *name = ZydisMnemonicGetString(zi->mnemonic);

	if (end > bend)
		fail(x, off, "R3 bundle", "%s crosses the bundle end at 0x%zx", name, bend);

	/* R2: forbidden instructions. (Zydis files xgetbv, a read of XCR0 that
	 * docs/abi.md allows, under the XSAVE category.) */
	if (is_forbidden_mnemonic(zi->mnemonic) ||
	    (is_forbidden_category(zi->meta.category) && zi->mnemonic != ZYDIS_MNEMONIC_XGETBV))
		fail(x, off, "R2 forbidden", "forbidden instruction %s", name);
	if (zi->meta.branch_type == ZYDIS_BRANCH_TYPE_FAR)
		fail(x, off, "R2 forbidden", "far transfer %s", name);
	if ((zi->attributes & ZYDIS_ATTRIB_IS_PRIVILEGED) && zi->mnemonic != ZYDIS_MNEMONIC_HLT)
		fail(x, off, "R2 forbidden", "privileged instruction %s", name);

	int explicit_rsp_write = 0, hidden_rsp_write = 0;
	for (unsigned i = 0; i < zi->operand_count; i++) {
		const ZydisDecodedOperand *o = &z->ops[i];
		if (o->type == ZYDIS_OPERAND_TYPE_REGISTER && (o->actions & ZYDIS_OPERAND_ACTION_MASK_WRITE)) {
			ZydisRegisterClass cls = ZydisRegisterGetClass(o->reg.value);
			if (cls == ZYDIS_REGCLASS_SEGMENT || cls == ZYDIS_REGCLASS_CONTROL ||
			    cls == ZYDIS_REGCLASS_DEBUG || cls == ZYDIS_REGCLASS_TABLE ||
			    cls == ZYDIS_REGCLASS_TEST)
				fail(x, off, "R2 forbidden", "%s writes %s", name,
				     ZydisRegisterGetString(o->reg.value));
			int g = gpr_num(o->reg.value);
			if (g == HV_R14)
				fail(x, off, "R5 r14", "%s writes %s (the sandbox base)", name,
				     ZydisRegisterGetString(o->reg.value));
			if (g == HV_RSP) {
				if (o->visibility == ZYDIS_OPERAND_VISIBILITY_EXPLICIT)
					explicit_rsp_write = 1;
				else
					hidden_rsp_write = 1;
			}
		}
		if (o->type != ZYDIS_OPERAND_TYPE_MEMORY)
			continue;
		const ZydisDecodedOperandMem *m = &o->mem;
		int seg_fsgs = m->segment == ZYDIS_REGISTER_FS || m->segment == ZYDIS_REGISTER_GS;
		int64_t disp = zi->raw.disp.size ? zi->raw.disp.value : 0;
		if (o->encoding == ZYDIS_OPERAND_ENCODING_NONE) {
			/* Implicit memory: the stack (push, pop, call) or a string
			 * instruction's pointers (checked below). */
			if (m->base == ZYDIS_REGISTER_RSP && m->segment != ZYDIS_REGISTER_FS &&
			    m->segment != ZYDIS_REGISTER_GS)
				continue;
			if (zi->meta.category == ZYDIS_CATEGORY_STRINGOP)
				continue;
			fail(x, off, "R4 memory", "%s has an implicit memory operand through %s", name,
			     ZydisRegisterGetString(m->base));
		}
		if (m->type == ZYDIS_MEMOP_TYPE_AGEN || zi->mnemonic == ZYDIS_MNEMONIC_NOP)
			continue; /* not accessed */
		if (zi->meta.branch_type != ZYDIS_BRANCH_TYPE_NONE) {
			/* R7: memory-indirect branch only into the runtime-call table. */
			if (zi->address_width == 64 && !seg_fsgs && m->base == ZYDIS_REGISTER_R14 &&
			    m->index == ZYDIS_REGISTER_NONE && disp >= HV_RTCALL_TABLE_OFFSET &&
			    disp < HV_RTCALL_TABLE_OFFSET + 8 * HV_RTCALL_MAX && disp % 8 == 0)
				continue;
			fail(x, off, "R7 indirect", "%s through memory outside the runtime-call table", name);
		}
		/* R4.1 Segue: %gs with 32-bit addressing. */
		if (m->segment == ZYDIS_REGISTER_GS && zi->address_width == 32)
			continue;
		/* R4.2 RIP-relative, 64-bit, no fs/gs, target in [0, 4 GiB). */
		if (m->base == ZYDIS_REGISTER_RIP && zi->address_width == 64 && !seg_fsgs) {
			int64_t t = (int64_t)va_end + disp;
			if (t < 0 || (uint64_t)t >= HV_SANDBOX_SIZE)
				fail(x, off, "R4 memory", "%s: RIP-relative target 0x%" PRIx64
							  " outside the sandbox", name, (uint64_t)t);
			continue;
		}
		/* R4.3 disp(%rsp), no index, |disp| <= 32767. */
		if (m->base == ZYDIS_REGISTER_RSP && m->index == ZYDIS_REGISTER_NONE &&
		    zi->address_width == 64 && !seg_fsgs && disp >= -HV_RSP_DISP_MAX &&
		    disp <= HV_RSP_DISP_MAX)
			continue;
		fail(x, off, "R4 memory", "%s: memory operand not in a sandboxed form "
					  "(segment %s, %u-bit address, base %s, index %s)",
		     name, ZydisRegisterGetString(m->segment), zi->address_width,
		     ZydisRegisterGetString(m->base), ZydisRegisterGetString(m->index));
	}

	/* R6: %rsp. */
	if (explicit_rsp_write) {
		if (mn(z, ZYDIS_MNEMONIC_AND) && op_is_reg(z, 0, ZYDIS_REGCLASS_GPR64, HV_RSP) &&
		    has_imm_op(z, 1) && imm_sext(z) < 0) {
			/* and $-N, %rsp */
		} else if (is_esp_write32(z)) {
			/* must be followed by add %r14,%rsp: checked at the next
			 * instruction, or here if the stream ends */
			if (end >= bend)
				fail(x, off, "R6 rsp", "32-bit write to %%esp ends the bundle: no add %%r14,%%rsp follows");
		} else if (is_add_base(z, HV_RSP)) {
			if (k == 0)
				fail(x, off, "R6 rsp", "add %%r14,%%rsp is a jump target (reachable with a full %%rsp)");
			if (!is_esp_write32(&s[k - 1]))
				fail(x, off, "R6 rsp", "add %%r14,%%rsp not preceded by a 32-bit write to %%esp");
		} else {
			fail(x, off, "R6 rsp", "%s changes %%rsp outside the allowed forms", name);
		}
	} else if (hidden_rsp_write && !mn(z, ZYDIS_MNEMONIC_PUSH) && !mn(z, ZYDIS_MNEMONIC_POP) &&
		   !mn(z, ZYDIS_MNEMONIC_CALL)) {
		fail(x, off, "R6 rsp", "%s changes %%rsp implicitly", name);
	}
	if (k > 0 && is_esp_write32(&s[k - 1]) && !is_add_base(z, HV_RSP))
		fail(x, s[k - 1].off, "R6 rsp", "32-bit write to %%esp not followed by add %%r14,%%rsp");

	/* Branches. */
	if (zi->meta.branch_type != ZYDIS_BRANCH_TYPE_NONE) {
		if (zi->attributes & ZYDIS_ATTRIB_HAS_OPERANDSIZE)
			fail(x, off, "R1 prefix", "%s with an operand-size prefix (AMD: 16-bit target)", name);
		if (zi->raw.imm[0].is_relative) {
			/* R8 */
			int64_t t = (int64_t)va_end + imm_sext(z);
			int64_t rel = t - (int64_t)x->vaddr;
			if (rel >= 0 && (uint64_t)rel < x->len) {
				if (!x->is_target(jt, x->len, (size_t)rel))
					fail(x, off, "R8 target", "%s to 0x%" PRIx64
								  ", not a valid jump target", name, (uint64_t)t);
			} else if (t < 0 || (uint64_t)t >= HV_SANDBOX_SIZE || t % (int64_t)bs != 0) {
				fail(x, off, "R8 target", "%s to 0x%" PRIx64
							  ", outside the code and not a bundle start in the sandbox",
				     name, (uint64_t)t);
			}
		} else if (zi->operand_count_visible >= 1 && z->ops[0].type == ZYDIS_OPERAND_TYPE_REGISTER) {
			/* R7: and $-B,%eX; add %r14,%rX; jmp/call *%rX */
			int xr = gpr_num(z->ops[0].reg.value);
			if (xr < 0 || xr == HV_RSP || xr == HV_R14 ||
			    ZydisRegisterGetClass(z->ops[0].reg.value) != ZYDIS_REGCLASS_GPR64)
				fail(x, off, "R7 indirect", "%s through %s", name,
				     ZydisRegisterGetString(z->ops[0].reg.value));
			if (k < 2 || !is_add_base(&s[k - 1], xr) || !is_mask32(&s[k - 2], xr, bs))
				fail(x, off, "R7 indirect", "%s *%s reachable without and $-%u,%%e..; add %%r14,%s "
							    "right before it",
				     name, ZydisRegisterGetString(z->ops[0].reg.value), bs,
				     ZydisRegisterGetString(z->ops[0].reg.value));
		}
	}
	/* R3 puts no condition on where a call ends: its return address is
	 * data, masked by the return (R7) like any target. */

	/* R9: string instructions. */
	if (zi->meta.category == ZYDIS_CATEGORY_STRINGOP) {
		ZydisMnemonic m = zi->mnemonic;
		int si = m == ZYDIS_MNEMONIC_MOVSB || m == ZYDIS_MNEMONIC_MOVSW || m == ZYDIS_MNEMONIC_MOVSD ||
			 m == ZYDIS_MNEMONIC_MOVSQ || m == ZYDIS_MNEMONIC_CMPSB || m == ZYDIS_MNEMONIC_CMPSW ||
			 m == ZYDIS_MNEMONIC_CMPSD || m == ZYDIS_MNEMONIC_CMPSQ || m == ZYDIS_MNEMONIC_LODSB ||
			 m == ZYDIS_MNEMONIC_LODSW || m == ZYDIS_MNEMONIC_LODSD || m == ZYDIS_MNEMONIC_LODSQ;
		int di = !(m == ZYDIS_MNEMONIC_LODSB || m == ZYDIS_MNEMONIC_LODSW ||
			   m == ZYDIS_MNEMONIC_LODSD || m == ZYDIS_MNEMONIC_LODSQ);
		if (zi->address_width != 64 || (zi->attributes & ZYDIS_ATTRIB_HAS_SEGMENT))
			fail(x, off, "R9 string", "%s with a segment or address-size prefix", name);
		unsigned j = k;
		while ((si || di) && j >= 2) {
			if (si && is_zext(&s[j - 2], HV_RSI) && is_lea_base(&s[j - 1], HV_RSI))
				si = 0;
			else if (di && is_zext(&s[j - 2], HV_RDI) && is_lea_base(&s[j - 1], HV_RDI))
				di = 0;
			else
				break;
			j -= 2;
		}
		if (si || di)
			fail(x, off, "R9 string", "%s reachable without rebasing %s right before it", name,
			     si && di ? "%rsi and %rdi" : si ? "%rsi" : "%rdi");
	}
}

/* The oracle proper, for code the validator accepted. Each bundle's
 * instructions (at the decoder's boundaries) are decoded once with Zydis;
 * Zydis must give every one the decoder's length, so the Zydis stream from
 * any decoder boundary stays on the decoder's boundaries. Then the stream
 * from every jump target to the bundle end is checked instruction by
 * instruction. */
static void oracle(const struct input *x, const void *jt)
{
	size_t len = x->len, bs = x->bs;
	static struct zinsn arr[MAX_STREAM];

	for (size_t start = 0; start < len; start += bs) {
		size_t end = start + bs < len ? start + bs : len;
		unsigned n = 0;
		if (!x->is_target(jt, len, start))
			fail(x, start, "targets", "bundle start is not a valid jump target");
		for (size_t off = start; off < end; n++) {
			struct hv_insn in;
			enum hv_dstatus st = hv_decode(x->code + off, len - off, &in);
			if (st != HV_D_OK)
				fail(x, off, "decoder", "accepted code does not decode (status %d)", (int)st);
			if (off + in.len > end)
				fail(x, off, "R3 bundle", "accepted instruction crosses the bundle end");
			struct zinsn *z = &arr[n];
			z->off = off;
			if (ZYAN_FAILED(ZydisDecoderDecodeFull(&zdec, x->code + off, len - off, &z->zi, z->ops)))
				fail(x, off, "alignment", "Zydis cannot decode an accepted instruction");
			ZydisDecodedInstruction za;
			if (ZYAN_FAILED(ZydisDecoderDecodeInstruction(&zdec_amd, NULL, x->code + off, len - off,
								      &za)) ||
			    za.length != z->zi.length)
				fail(x, off, "alignment", "Zydis with AMD branch rules sees another length");
			if (z->zi.length != in.len)
				fail(x, off, "alignment", "the Zydis stream leaves the decoder's boundaries: "
							  "length Zydis %u, decoder %u", z->zi.length, in.len);
			off += in.len;
		}
		/* Jump targets: instruction starts only. */
		for (size_t t = start, i = 0; t < end; t++) {
			while (i < n && arr[i].off < t)
				i++;
			if (!x->is_target(jt, len, t))
				continue;
			if (i >= n || arr[i].off != t)
				fail(x, t, "targets", "jump target is not an instruction start");
			for (unsigned k = 0; i + k < n; k++)
				check_insn(x, jt, &arr[i], k, end);
		}
	}
}

/* ------------------------------------------------------------------ */
/* The fuzz entry point                                                 */

struct reports {
	size_t n;
	size_t len;
	int bad;
};

static void count_report(void *ctx, const struct hv_violation *v)
{
	struct reports *r = ctx;
	r->n++;
	if (v->rule < HV_RULE_UNKNOWN || v->rule >= HV_RULE_COUNT ||
	    (v->rule != HV_RULE_RANGE && v->offset >= r->len) || v->len > 15)
		r->bad = 1;
}

static unsigned long n_inputs, n_accepted;

#ifndef HV_FUZZ_STANDALONE
static void print_stats(void)
{
	fprintf(stderr, "fuzz_validator: %lu inputs, %lu accepted by the validator and checked by the oracle\n",
		n_inputs, n_accepted);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	atexit(print_stats);
	return 0;
}
#endif
/* The current input's buffers (freed by the standalone driver after an
 * oracle failure unwinds). */
static uint8_t *cur_code;
static void *cur_scratch;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint64_t vaddrs[4] = {0x20000, 0, 0xfffe0000ull, 0x80000000ull};
	if (size < 2)
		return 0;
	zydis_init();
	uint8_t ctrl = data[0];
	size_t len = size - 1;
	if (len > MAX_CODE)
		len = MAX_CODE;
	/* Exactly sized copies: ASan sees any read past the code or the
	 * scratch. */
	uint8_t *code = cur_code = malloc(len);
	void *scratch = cur_scratch = malloc(hv_scratch_size(len) ? hv_scratch_size(len) : 1);
	if (!code || !scratch)
		abort();
	memcpy(code, data + 1, len);

	struct hv_policy pol;
	hv_policy_default(&pol);
	pol.bundle_size = ctrl & 1 ? 16 : 32;
	struct input x = {code, len, vaddrs[(ctrl >> 1) & 3], pol.bundle_size, ctrl, hv_is_jump_target};

	struct reports r = {0, len, 0};
	size_t nv = hv_validate(code, len, x.vaddr, &pol, scratch, count_report, &r);
	n_inputs++;
	if (nv != r.n || r.bad)
		fail(&x, 0, "api", "hv_validate returned %zu with %zu reports%s", nv, r.n,
		     r.bad ? ", a report is out of range" : "");
	{
		size_t ss = hv_scratch_size(len);
		void *ref = malloc(ss ? ss : 1);
		if (!ref)
			abort();
		size_t nref = hv_validate_path(code, len, x.vaddr, &pol, ref, NULL, NULL, 0);
		int same = ss == 0 || memcmp(ref, scratch, ss) == 0;
		free(ref);
		if (nref != nv || !same)
			fail(&x, 0, "fast",
			     "the automaton and fast path give %zu violations, the full path %zu%s",
			     nv, nref, same ? "" : "; their jump-target bits differ");
	}
	if (nv == 0) {
		n_accepted++;
		oracle(&x, scratch);
	}
	if (ctrl & 8) {
		/* The Native Client profile: sanitizers only. */
		struct hv_policy np = pol;
		np.profile = HV_PROFILE_NACL;
		np.bundle_size = 32;
		hv_validate(code, len, x.vaddr, &np, scratch, NULL, NULL);
	}
	free(scratch);
	free(code);
	cur_code = NULL;
	cur_scratch = NULL;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Standalone driver                                                    */

#ifdef HV_FUZZ_STANDALONE

#include "../tools/splitmix64.h"

/* Runs one input through the fuzz target, catching oracle failures. */
static void run_one(const uint8_t *data, size_t size)
{
	if (setjmp(fail_jmp) == 0) {
		fail_armed = 1;
		LLVMFuzzerTestOneInput(data, size);
	} else {
		free(cur_code);
		free(cur_scratch);
		cur_code = NULL;
		cur_scratch = NULL;
	}
	fail_armed = 0;
}

/* A unit: bytes that validate on their own inside one bundle and may be
 * placed anywhere in a bundle (or, for calls, at its end). */
struct unit {
	uint8_t b[32];
	uint8_t n;
	uint8_t call; /* must end the bundle */
	uint8_t ok;   /* valid with bundle size 16 (bit 0), 32 (bit 1) */
};

#define MAX_UNITS 60000
static struct unit *units;
static unsigned nunits;

/* Validates b[0..n) alone, padded with hlt to one bundle of bs bytes
 * (calls at its end). */
static int valid_alone_bs(const uint8_t *b, size_t n, int call, unsigned bs)
{
	uint8_t buf[32];
	uint8_t scratch[64];
	struct hv_policy pol;
	if (n > bs)
		return 0;
	memset(buf, 0xf4, sizeof buf);
	memcpy(buf + (call ? bs - n : 0), b, n);
	hv_policy_default(&pol);
	pol.bundle_size = bs;
	return hv_validate(buf, bs, 0x20000, &pol, scratch, NULL, NULL) == 0;
}

/* Bit 0: valid alone with 16-byte bundles, bit 1: with 32-byte bundles. */
static int valid_alone(const uint8_t *b, size_t n, int call)
{
	return valid_alone_bs(b, n, call, 16) | valid_alone_bs(b, n, call, 32) << 1;
}

static unsigned units_cap = MAX_UNITS;

static void add_unit(const uint8_t *b, size_t n, int call)
{
	if (nunits >= units_cap || n == 0 || n > 16)
		return;
	int ok = valid_alone(b, n, call);
	if (!ok)
		return;
	struct unit *u = &units[nunits++];
	memcpy(u->b, b, n);
	u->n = (uint8_t)n;
	u->call = (uint8_t)call;
	u->ok = (uint8_t)ok;
}

static int insn_is_call_or_branch(const uint8_t *b, size_t n, int *call)
{
	struct hv_insn in;
	size_t off = 0;
	int branch = 0;
	*call = 0;
	while (off < n && hv_decode(b + off, n - off, &in) == HV_D_OK) {
		uint32_t f = hv_insn_op(&in)->flags;
		*call |= (f & HV_F_CALL) != 0;
		branch |= (f & HV_F_BRANCH) != 0;
		off += in.len;
	}
	return branch;
}

static const uint8_t gen_prefixes[] = {0x66, 0x67, 0x65, 0x65, 0xf2, 0xf3, 0xf0, 0x2e, 0x3e, 0x64};

/* Random single instructions that validate alone. */
static void pool_random(unsigned tries)
{
	for (unsigned t = 0; t < tries; t++) {
		uint8_t b[16];
		size_t k = 0;
		unsigned r = rnd(8);
		if (r < 3) { /* Segue memory access */
			b[k++] = 0x65;
			b[k++] = 0x67;
		} else if (r == 3) {
			b[k++] = gen_prefixes[rnd(sizeof gen_prefixes)];
		}
		if (rnd(2))
			b[k++] = (uint8_t)(0x40 | rnd(16));
		switch (rnd(6)) {
		case 0:
			b[k++] = 0x0f;
			break;
		case 1:
			b[k++] = 0x0f;
			b[k++] = rnd(2) ? 0x38 : 0x3a;
			break;
		case 2:
			k = 0;
			if (rnd(2)) {
				b[k++] = 0x65;
				b[k++] = 0x67;
			}
			b[k++] = 0xc5;
			b[k++] = (uint8_t)rng();
			break;
		case 3:
			k = 0;
			if (rnd(2)) {
				b[k++] = 0x65;
				b[k++] = 0x67;
			}
			b[k++] = 0xc4;
			b[k++] = (uint8_t)((rnd(8) << 5) | (1 + rnd(3)));
			b[k++] = (uint8_t)rng();
			break;
		default:
			break;
		}
		while (k < sizeof b)
			b[k++] = (uint8_t)rng();
		struct hv_insn in;
		if (hv_decode(b, sizeof b, &in) != HV_D_OK)
			continue;
		if (in.len > 16)
			continue;
		int call;
		if (insn_is_call_or_branch(b, in.len, &call))
			continue;
		if (valid_alone(b, in.len, call))
			add_unit(b, in.len, call);
	}
}

/* The rules' pseudo-instructions, with random registers. */
static void pool_templates(unsigned bs)
{
	for (unsigned x = 0; x < 16; x++) {
		uint8_t b[16];
		size_t k = 0;
		unsigned rexb = x >= 8;
		/* and $-bs, %eX; add %r14, %rX; jmp *%rX  /  call *%rX */
		for (int call = 0; call < 2; call++) {
			k = 0;
			if (rexb)
				b[k++] = 0x41;
			b[k++] = 0x83;
			b[k++] = (uint8_t)(0xe0 | (x & 7));
			b[k++] = (uint8_t)-(int)bs;
			b[k++] = (uint8_t)(0x4c | rexb); /* REX.W REX.R (r14) [+B] */
			b[k++] = 0x01;
			b[k++] = (uint8_t)(0xf0 | (x & 7));
			if (rexb)
				b[k++] = 0x41;
			b[k++] = 0xff;
			b[k++] = (uint8_t)((call ? 0xd0 : 0xe0) | (x & 7));
			if (valid_alone(b, k, call))
				add_unit(b, k, call);
		}
		/* mov %eX, %esp; add %r14, %rsp */
		k = 0;
		if (rexb)
			b[k++] = 0x44;
		b[k++] = 0x89;
		b[k++] = (uint8_t)(0xc4 | ((x & 7) << 3));
		b[k++] = 0x4c;
		b[k++] = 0x01;
		b[k++] = 0xf4;
		if (valid_alone(b, k, 0))
			add_unit(b, k, 0);
		/* lea disp8(%rX), %esp; add %r14, %rsp */
		k = 0;
		if (rexb)
			b[k++] = 0x41;
		b[k++] = 0x8d;
		b[k++] = (uint8_t)(0x60 | (x & 7));
		if ((x & 7) == 4)
			b[k++] = 0x24;
		b[k++] = (uint8_t)rng();
		b[k++] = 0x4c;
		b[k++] = 0x01;
		b[k++] = 0xf4;
		if (valid_alone(b, k, 0))
			add_unit(b, k, 0);
	}
	/* String instructions with their rebasing sequences. */
	static const uint8_t strops[] = {0xa4, 0xa5, 0xa6, 0xa7, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
	static const uint8_t si_seq[] = {0x89, 0xf6, 0x49, 0x8d, 0x34, 0x36};
	static const uint8_t di_seq[] = {0x89, 0xff, 0x49, 0x8d, 0x3c, 0x3e};
	for (size_t i = 0; i < sizeof strops; i++) {
		for (unsigned v = 0; v < 4; v++) {
			uint8_t b[24];
			size_t k = 0;
			if (v & 1) {
				memcpy(b + k, si_seq, sizeof si_seq);
				k += sizeof si_seq;
			}
			memcpy(b + k, di_seq, sizeof di_seq);
			k += sizeof di_seq;
			if (v & 2)
				b[k++] = rnd(2) ? 0xf3 : 0xf2;
			if (rnd(2))
				b[k++] = 0x48;
			b[k++] = strops[i];
			if (valid_alone(b, k, 0))
				add_unit(b, k, 0);
		}
	}
	/* Runtime calls, stack accesses, and-rsp, RIP-relative loads. */
	static const struct {
		uint8_t n, b[8];
	} fixed[] = {
		{7, {0x41, 0xff, 0xa6, 0x00, 0x00, 0x01, 0x00}}, /* jmp *0x10000(%r14) */
		{7, {0x41, 0xff, 0x96, 0x08, 0x00, 0x01, 0x00}}, /* call *0x10008(%r14) */
		{4, {0x48, 0x83, 0xe4, 0xf0}},                   /* and $-16, %rsp */
		{5, {0x48, 0x8b, 0x44, 0x24, 0x08}},             /* mov 8(%rsp), %rax */
		{7, {0x48, 0x8b, 0x05, 0x00, 0x10, 0x00, 0x00}}, /* mov 0x1000(%rip), %rax */
		{1, {0x50}},                                     /* push %rax */
		{1, {0x5b}},                                     /* pop %rbx */
		{5, {0x65, 0x67, 0x8b, 0x04, 0x24}},             /* mov %gs:(%esp), %eax */
		{7, {0x4c, 0x8d, 0x1d, 0x00, 0x00, 0x00, 0x00}}, /* lea 0(%rip), %r11 */
	};
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
		int call;
		insn_is_call_or_branch(fixed[i].b, fixed[i].n, &call);
		if (valid_alone(fixed[i].b, fixed[i].n, call))
			add_unit(fixed[i].b, fixed[i].n, call);
	}
}

/* Units from an accepted input: the code between consecutive jump targets. */
static void pool_from_input(const uint8_t *data, size_t size)
{
	if (size < 2)
		return;
	size_t len = size - 1 > MAX_CODE ? MAX_CODE : size - 1;
	const uint8_t *code = data + 1;
	struct hv_policy pol;
	hv_policy_default(&pol);
	pol.bundle_size = data[0] & 1 ? 16 : 32;
	void *scratch = malloc(hv_scratch_size(len) + 1);
	if (!scratch)
		return;
	static const uint64_t vaddrs[4] = {0x20000, 0, 0xfffe0000ull, 0x80000000ull};
	if (hv_validate(code, len, vaddrs[(data[0] >> 1) & 3], &pol, scratch, NULL, NULL) == 0) {
		size_t a = 0;
		for (size_t t = 1; t <= len; t++) {
			if (t < len && !hv_is_jump_target(scratch, len, t))
				continue;
			if (t - a <= 16 && (a / pol.bundle_size) == ((t - 1) / pol.bundle_size)) {
				int call;
				if (!insn_is_call_or_branch(code + a, t - a, &call) &&
				    valid_alone(code + a, t - a, call))
					add_unit(code + a, t - a, call);
			}
			a = t;
		}
	}
	free(scratch);
}

/* A random program: bundles filled with units, direct branches between
 * unit starts, then (sometimes) a few random mutations. Returns its size
 * (control byte included). */
static size_t gen_program(uint8_t *out, size_t cap)
{
	unsigned bs = rnd(2) ? 16 : 32;
	uint8_t ctrl = (uint8_t)((bs == 16) | (rnd(4) << 1) | (rnd(4) == 0 ? 8 : 0));
	unsigned nb = 1 + rnd(4);
	size_t len = (size_t)nb * bs;
	if (len + 1 > cap)
		return 0;
	uint8_t *code = out + 1;
	memset(code, 0xf4, len);
	uint32_t starts[128];
	unsigned nstarts = 0;
	struct {
		size_t at;    /* offset of the branch instruction */
		unsigned n;   /* its length */
		unsigned rel; /* bytes of displacement */
	} br[16];
	unsigned nbr = 0;

	for (unsigned b = 0; b < nb; b++) {
		size_t pos = (size_t)b * bs, end = pos + bs;
		while (pos < end) {
			unsigned r = rnd(16);
			if (r == 0 && nbr < 16 && end - pos >= 2) {
				/* direct branch, target patched below */
				unsigned kind = rnd(3);
				if (kind == 0 || end - pos < 5) {
					code[pos] = rnd(2) ? 0xeb : (uint8_t)(0x70 | rnd(16));
					br[nbr].n = 2;
					br[nbr].rel = 1;
				} else if (kind == 1 && end - pos >= 6) {
					code[pos] = 0x0f;
					code[pos + 1] = (uint8_t)(0x80 | rnd(16));
					br[nbr].n = 6;
					br[nbr].rel = 4;
				} else {
					code[pos] = 0xe9;
					br[nbr].n = 5;
					br[nbr].rel = 4;
				}
				br[nbr].at = pos;
				if (nstarts < 128)
					starts[nstarts++] = (uint32_t)pos;
				pos += br[nbr].n;
				nbr++;
				continue;
			}
			if (r == 1) { /* a one-byte filler */
				code[pos++] = rnd(2) ? 0x90 : 0xf4;
				continue;
			}
			if (!nunits)
				break;
			const struct unit *u = &units[rnd(nunits)];
			for (unsigned tries = 0; tries < 16 && !(u->ok & (bs == 16 ? 1 : 2)); tries++)
				u = &units[rnd(nunits)];
			if (u->n > end - pos) {
				if (rnd(4) == 0)
					break;
				continue;
			}
			if (u->call) {
				/* right-align: hlt padding before it */
				memcpy(code + end - u->n, u->b, u->n);
				if (nstarts < 128)
					starts[nstarts++] = (uint32_t)(end - u->n);
				pos = end;
				break;
			}
			memcpy(code + pos, u->b, u->n);
			if (nstarts < 128)
				starts[nstarts++] = (uint32_t)pos;
			pos += u->n;
		}
	}
	for (unsigned i = 0; i < nbr; i++) {
		int64_t target;
		unsigned r = rnd(8);
		if (r == 0)
			target = (int64_t)rnd((unsigned)len + 64) - 32; /* anywhere */
		else if (r == 1)
			target = (int64_t)len + (int64_t)bs * rnd(4); /* past the end */
		else
			target = nstarts ? starts[rnd(nstarts)] : 0;
		int64_t rel = target - (int64_t)(br[i].at + br[i].n);
		if (br[i].rel == 1) {
			if (rel < -128 || rel > 127)
				rel = (int64_t)(int8_t)rnd(256);
			code[br[i].at + 1] = (uint8_t)rel;
		} else {
			uint32_t v = (uint32_t)rel;
			memcpy(code + br[i].at + br[i].n - 4, &v, 4);
		}
	}
	/* Mutations: half of the programs. */
	if (rnd(2)) {
		unsigned nm = 1 + rnd(3);
		for (unsigned i = 0; i < nm; i++) {
			size_t p = rnd((unsigned)len);
			switch (rnd(4)) {
			case 0:
				code[p] = (uint8_t)rng();
				break;
			case 1:
				code[p] ^= (uint8_t)(1u << rnd(8));
				break;
			case 2: /* insert a prefix, shifting the rest of the bundle */
			{
				size_t bend = (p / bs + 1) * bs;
				memmove(code + p + 1, code + p, bend - p - 1);
				code[p] = gen_prefixes[rnd(sizeof gen_prefixes)];
				break;
			}
			default: /* delete a byte within the bundle */
			{
				size_t bend = (p / bs + 1) * bs;
				memmove(code + p, code + p + 1, bend - p - 1);
				code[bend - 1] = 0xf4;
				break;
			}
			}
		}
	}
	out[0] = ctrl;
	return len + 1;
}

/* The oracle must catch rule breaks: feed it code with a hand-made jump
 * target map (every decoder instruction start except the listed interior
 * offsets), bypassing the validator. */
static int selftest_is_target(const void *map, size_t len, size_t off)
{
	return off < len && ((const uint8_t *)map)[off];
}

/* Runs the oracle; returns 1 if it reported a violation. */
static int oracle_guarded(const struct input *x, const void *map)
{
	unsigned long before = fail_count;
	fail_quiet = 1;
	if (setjmp(fail_jmp) == 0) {
		fail_armed = 1;
		oracle(x, map);
	}
	fail_armed = 0;
	fail_quiet = 0;
	int caught = fail_count != before;
	fail_count = before;
	return caught;
}

static int selftest_one(const char *hex, const char *interior, int expect_bad, unsigned *bad)
{
	uint8_t code[32], map[32];
	size_t n = 0;
	memset(code, 0xf4, sizeof code);
	for (const char *p = hex; *p && n < 32;) {
		if (*p == ' ') {
			p++;
			continue;
		}
		unsigned v;
		if (sscanf(p, "%2x", &v) != 1)
			break;
		code[n++] = (uint8_t)v;
		p += 2;
	}
	/* right-align when the test asks for it ('>' prefix in interior) */
	size_t shift = 0;
	if (interior[0] == '>') {
		shift = 32 - n;
		memmove(code + shift, code, n);
		memset(code, 0xf4, shift);
		interior++;
	}
	memset(map, 0, sizeof map);
	for (size_t off = 0; off < 32;) {
		struct hv_insn in;
		if (hv_decode(code + off, 32 - off, &in) != HV_D_OK) {
			printf("# oracle self-test: skipped %s: hv_decode rejects it (offset %zu), "
			       "so the validator never reaches the oracle\n", hex, off);
			return 0;
		}
		map[off] = 1;
		off += in.len;
	}
	for (const char *p = interior; *p;) {
		char *e;
		unsigned long o = strtoul(p, &e, 10);
		if (e == p)
			break;
		if (o + shift < 32)
			map[o + shift] = 0;
		p = *e ? e + 1 : e;
	}
	struct input x = {code, 32, 0x20000, 32, 0, selftest_is_target};
	int caught = oracle_guarded(&x, map);
	if (caught != expect_bad) {
		printf("# oracle self-test: %s (interior %s): expected %s, got %s\n", hex, interior,
		       expect_bad ? "a violation" : "none", caught ? "a violation" : "none");
		(*bad)++;
	}
	return 1;
}

static unsigned selftest(void)
{
	static const struct {
		const char *hex, *interior;
		int bad;
	} t[] = {
		{"c3", "", 1},                               /* ret */
		{"0f 05", "", 1},                            /* syscall */
		{"cd 80", "", 1},                            /* int $0x80 */
		{"49 89 c6", "", 1},                         /* mov %rax,%r14 */
		{"45 31 f6", "", 1},                         /* xor %r14d,%r14d */
		{"41 b6 01", "", 1},                         /* mov $1,%r14b */
		{"8b 00", "", 1},                            /* mov (%rax),%eax */
		{"64 8b 04 24", "", 1},                      /* mov %fs:(%rsp),%eax */
		{"65 8b 00", "", 1},                         /* mov %gs:(%rax),%eax (64-bit) */
		{"8b 84 24 00 80 00 00", "", 1},             /* mov 0x8000(%rsp),%eax */
		{"48 8b 05 00 00 00 f0", "", 1},             /* RIP-relative below 0 */
		{"ff e0", "", 1},                            /* jmp *%rax */
		{"83 e0 e0 4c 01 f0 ff e0", "", 1},          /* add and jmp are targets */
		{"83 e0 e0 4c 01 f0 ff e0", "3", 1},         /* jmp is a target */
		{"83 e0 f0 4c 01 f0 ff e0", "3,6", 1},       /* mask -16 with bundle 32 */
		{"48 89 c4", "", 1},                         /* mov %rax,%rsp */
		{"89 c4 4c 01 f4", "", 1},                   /* add %r14,%rsp is a target */
		{"89 c4 90", "", 1},                         /* esp write without add */
		{"5c", "", 1},                               /* pop %rsp */
		{"a4", "", 1},                               /* movsb without rebasing */
		{"89 f6 49 8d 34 36 a4", "2", 1},            /* rdi not rebased */
		{"8e d8", "", 1},                            /* mov %eax,%ds */
		{"0f 01 f8", "", 1},                         /* swapgs */
		{"c9", "", 1},                               /* leave */
		{"9c", "", 1},                               /* pushf */
		{"0f 22 c0", "", 1},                         /* mov %rax,%cr0 */
		{"eb 01 90 90", "3", 1},                     /* jmp to a non-target */
		{"90", "", 0},
		{"0f 01 d0", "", 0},                         /* xgetbv: allowed (abi R2) */
		{"0f 01 d1", "", 1},                         /* xsetbv */
		{"0f ae 20", "", 1},                         /* xsave (%rax) */
		{"f4", "", 0},                               /* hlt */
		{"65 67 8b 00", "", 0},                      /* mov %gs:(%eax),%eax */
		{"48 8b 44 24 08", "", 0},                   /* mov 8(%rsp),%rax */
		{"48 8b 05 00 10 00 00", "", 0},             /* RIP-relative inside */
		{"83 e0 e0 4c 01 f0 ff e0", "3,6", 0},       /* masked jump */
		{"83 e0 e0 4c 01 f0 ff d0", ">3,6", 0},      /* masked call ending the bundle */
		{"89 c4 4c 01 f4", "2", 0},                  /* esp write + add */
		{"48 83 e4 f0", "", 0},                      /* and $-16,%rsp */
		{"89 f6 49 8d 34 36 89 ff 49 8d 3c 3e f3 a4", "2,6,8,12", 0},
		{"41 ff a6 00 00 01 00", "", 0},             /* jmp *0x10000(%r14) */
		{"41 ff 96 08 00 01 00", ">", 0},            /* call *0x10008(%r14) */
		{"41 ff a6 00 02 01 00", "", 1},             /* past the table */
		{"e8 00 00 00 00", ">", 0},                  /* call ending the bundle */
		{"e8 00 00 00 00", "", 0},                   /* call inside the bundle */
		{"eb 00 90", "", 0},                         /* jmp to the next insn */
	};
	unsigned bad = 0, ran = 0;
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
		ran += (unsigned)selftest_one(t[i].hex, t[i].interior, t[i].bad, &bad);
	if (bad)
		printf("not ok oracle-selftest: %u of %u cases wrong\n", bad, ran);
	else
		printf("ok oracle-selftest # %u cases (rule breaks caught, valid code passed)\n", ran);
	return bad;
}

/* Corpus replay: the files under the given paths, sorted by name. */
static char **paths;
static size_t npaths, cappaths;

static void collect(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return;
	if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(path);
		if (!d)
			return;
		struct dirent *e;
		while ((e = readdir(d))) {
			if (e->d_name[0] == '.')
				continue;
			char sub[4096];
			snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
			collect(sub);
		}
		closedir(d);
		return;
	}
	if (npaths == cappaths) {
		cappaths = cappaths ? 2 * cappaths : 1024;
		paths = realloc(paths, cappaths * sizeof *paths);
		if (!paths)
			abort();
	}
	paths[npaths] = strdup(path);
	if (!paths[npaths])
		abort();
	npaths++;
}

static int cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_seed(const char *path)
{
	const char *b = strrchr(path, '/');
	return strncmp(b ? b + 1 : path, "seed-", 5) == 0;
}

static void replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return;
	static uint8_t buf[MAX_CODE + 1];
	size_t n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	uint8_t *exact = malloc(n ? n : 1);
	if (!exact)
		abort();
	memcpy(exact, buf, n);
	run_one(exact, n);
	pool_from_input(exact, n);
	free(exact);
}

/* Replays every seed file and, of the others, at most max_other spread
 * evenly over the sorted list (the corpus grows with every `make fuzz`).
 * Returns the number of files replayed. */
static unsigned long replay_all(unsigned long max_other)
{
	if (npaths) /* paths is NULL without a corpus, which qsort may not take */
		qsort(paths, npaths, sizeof *paths, cmp_path);
	size_t nother = 0;
	for (size_t i = 0; i < npaths; i++)
		nother += !is_seed(paths[i]);
	unsigned long done = 0;
	size_t k = 0;
	for (size_t i = 0; i < npaths; i++) {
		int take = is_seed(paths[i]);
		if (!take) {
			/* the k-th non-seed file is taken when it starts a new
			 * 1/max_other slice of them */
			take = nother <= max_other ||
			       (k * max_other) / nother != ((k + 1) * max_other) / nother;
			k++;
		}
		if (take) {
			replay_file(paths[i]);
			done++;
		}
		free(paths[i]);
	}
	free(paths);
	paths = NULL;
	npaths = cappaths = 0;
	return done;
}

int main(int argc, char **argv)
{
	unsigned long nprog = 200000, max_other = 2000;
	uint64_t seed = 0x68616c697465ull;
	int first_path = 1;
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
			nprog = strtoul(argv[++i], NULL, 0);
		else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc)
			seed = strtoull(argv[++i], NULL, 0);
		else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc)
			max_other = strtoul(argv[++i], NULL, 0);
		else
			break;
		first_path = i + 1;
	}
	zydis_init();
	units = calloc(MAX_UNITS, sizeof *units);
	if (!units)
		abort();

	/* 0. The oracle catches what it must. */
	unsigned selftest_fail = selftest();

	/* 1. Replay. At most a third of the unit pool comes from the corpus. */
	units_cap = MAX_UNITS / 3;
	for (int i = first_path; i < argc; i++)
		collect(argv[i]);
#ifdef HV_FUZZ_DEFAULT_CORPUS
	if (first_path >= argc)
		collect(HV_FUZZ_DEFAULT_CORPUS);
#endif
	size_t found = npaths;
	unsigned long files = replay_all(max_other);
	if (fail_count)
		printf("not ok fuzz-replay: %lu oracle violations in %lu files; first: %s\n", fail_count,
		       files, fail_first);
	else
		printf("ok fuzz-replay # %lu of %zu files (all seeds, at most %lu others), "
		       "%lu accepted by the validator\n",
		       files, found, max_other, n_accepted);
	unsigned long replay_fail = fail_count;
	fail_count = 0;
	unsigned long corpus_units = nunits;

	/* 2. Random programs. */
	units_cap = MAX_UNITS;
	rng_state = seed;
	pool_templates(32);
	pool_templates(16);
	unsigned long template_units = nunits - corpus_units;
	pool_random(200000);
	printf("# unit pool: %u units (%lu from the corpus, %lu pseudo-instruction templates, "
	       "%lu random instructions)\n",
	       nunits, corpus_units, template_units, nunits - corpus_units - template_units);
	n_inputs = n_accepted = 0;
	static uint8_t prog[1 + 4 * 32 + 8];
	for (unsigned long i = 0; i < nprog; i++) {
		size_t n = gen_program(prog, sizeof prog);
		if (!n)
			continue;
		uint8_t *exact = malloc(n);
		if (!exact)
			abort();
		memcpy(exact, prog, n);
		run_one(exact, n);
		free(exact);
	}
	if (fail_count)
		printf("not ok fuzz-random: %lu oracle violations in %lu programs (%lu accepted); first: %s\n",
		       fail_count, n_inputs, n_accepted, fail_first);
	else
		printf("ok fuzz-random # %lu programs, %lu accepted by the validator and checked\n", n_inputs,
		       n_accepted);
	free(units);
	return selftest_fail || replay_fail || fail_count ? 1 : 0;
}
#endif
