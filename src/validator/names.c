/* Names of rules, deny classes and features, for diagnostics and flags. */
#include <string.h>

#include "validator.h"

static const char *const features[HV_FEAT_COUNT] = {
	[HV_FEAT_BASE] = "base", [HV_FEAT_SSE3] = "sse3", [HV_FEAT_SSSE3] = "ssse3",
	[HV_FEAT_SSE41] = "sse4.1", [HV_FEAT_SSE42] = "sse4.2", [HV_FEAT_POPCNT] = "popcnt",
	[HV_FEAT_LZCNT] = "lzcnt", [HV_FEAT_BMI1] = "bmi1", [HV_FEAT_BMI2] = "bmi2",
	[HV_FEAT_AVX] = "avx", [HV_FEAT_AVX2] = "avx2", [HV_FEAT_FMA] = "fma",
	[HV_FEAT_F16C] = "f16c", [HV_FEAT_AES] = "aes", [HV_FEAT_PCLMUL] = "pclmul",
	[HV_FEAT_SHA] = "sha", [HV_FEAT_MOVBE] = "movbe", [HV_FEAT_ADX] = "adx",
	[HV_FEAT_RDRAND] = "rdrand", [HV_FEAT_RDSEED] = "rdseed", [HV_FEAT_RDTSCP] = "rdtscp",
	[HV_FEAT_CX16] = "cx16", [HV_FEAT_CLFLUSHOPT] = "clflushopt", [HV_FEAT_CLWB] = "clwb",
	[HV_FEAT_XSAVE] = "xsave", [HV_FEAT_VAES] = "vaes", [HV_FEAT_VPCLMUL] = "vpclmulqdq",
	[HV_FEAT_LAHF64] = "lahf64", [HV_FEAT_PREFETCHW] = "prefetchw",
};

static const char *const denies[HV_DENY_CONFIGURABLE_END] = {
	[HV_DENY_CLFLUSH] = "clflush", [HV_DENY_RDTSC] = "rdtsc",
	[HV_DENY_NONTEMPORAL] = "nontemporal", [HV_DENY_CPUID] = "cpuid",
	[HV_DENY_RDRAND] = "rdrand", [HV_DENY_PREFETCH] = "prefetch", [HV_DENY_X87] = "x87",
	[HV_DENY_MXCSR] = "mxcsr",
};

static const char *const reasons[] = {
	[HV_X_SYSCALL - HV_X_SYSCALL] = "system calls go through the runtime-call table",
	[HV_X_PRIV - HV_X_SYSCALL] = "privileged or I/O instruction",
	[HV_X_SEGMENT - HV_X_SYSCALL] = "segment registers and bases belong to the runtime",
	[HV_X_FAR - HV_X_SYSCALL] = "far transfers leave the sandbox's code segment",
	[HV_X_RET - HV_X_SYSCALL] = "ret jumps to an unchecked stack address; use pop, mask, jmp",
	[HV_X_STACKFRAME - HV_X_SYSCALL] = "changes %rsp or flags outside the allowed forms",
	[HV_X_ABSMEM - HV_X_SYSCALL] = "absolute or implicit memory address outside the sandbox forms",
	[HV_X_PKRU - HV_X_SYSCALL] = "protection-key register belongs to the runtime",
	[HV_X_TRAP - HV_X_SYSCALL] = "software interrupts are not allowed",
	[HV_X_TSX - HV_X_SYSCALL] = "transactional memory is not allowed",
	[HV_X_XSTATE - HV_X_SYSCALL] = "xsave/fxsave-family state instructions are not allowed",
	[HV_X_X87ENV - HV_X_SYSCALL] = "fldenv/fnstenv show the host's x87 state; use fnstcw, fldcw",
	[HV_X_STD - HV_X_SYSCALL] = "the direction flag stays clear; copy backwards without std",
};

const char *hv_feature_name(unsigned f)
{
	return f < HV_FEAT_COUNT && features[f] ? features[f] : "?";
}

const char *hv_deny_name(unsigned c)
{
	return c < HV_DENY_CONFIGURABLE_END && denies[c] ? denies[c] : "?";
}

int hv_deny_parse(const char *name)
{
	for (int i = 1; i < HV_DENY_CONFIGURABLE_END; i++)
		if (denies[i] && !strcmp(name, denies[i]))
			return i;
	return -1;
}

int hv_feature_parse(const char *name)
{
	for (int i = 1; i < HV_FEAT_COUNT; i++)
		if (features[i] && !strcmp(name, features[i]))
			return i;
	return -1;
}

const char *hv_rule_text(enum hv_rule r, unsigned detail)
{
	switch (r) {
	case HV_RULE_UNKNOWN: return "not an instruction the validator allows";
	case HV_RULE_TRUNCATED: return "code ends inside an instruction";
	case HV_RULE_PREFIX: return "prefixes not allowed on this instruction";
	case HV_RULE_FORBIDDEN:
		if (detail >= HV_X_SYSCALL && detail - HV_X_SYSCALL < sizeof reasons / sizeof reasons[0])
			return reasons[detail - HV_X_SYSCALL];
		return "instruction not allowed";
	case HV_RULE_DENIED: return "instruction class denied by the policy (--deny)";
	case HV_RULE_FEATURE: return "needs a CPU feature this policy or CPU does not allow";
	case HV_RULE_BUNDLE: return "instruction crosses a bundle boundary";
	case HV_RULE_MEMORY: return "memory operand not in a sandboxed form (docs/abi.md R4; nacl: docs/nacl-profile.md)";
	case HV_RULE_RIPREL: return "RIP-relative operand points outside the sandbox";
	case HV_RULE_RESERVED: return "writes a reserved register";
	case HV_RULE_RSP: return "changes %rsp outside the allowed forms";
	case HV_RULE_RBP: return "changes %rbp outside the allowed forms";
	case HV_RULE_INDIRECT: return "indirect branch not masked to a bundle and rebased in the same bundle";
	case HV_RULE_CALL_ALIGN: return "call does not end at a bundle end";
	case HV_RULE_TARGET: return "direct branch target is not a valid instruction boundary";
	case HV_RULE_STRING: return "string instruction without sandboxed %rsi/%rdi in the same bundle";
	case HV_RULE_RTCALL: return "runtime call outside the runtime-call table";
	case HV_RULE_RANGE: return "code address or size outside the sandbox, or bad bundle size";
	default: return "invalid";
	}
}

static const char *const rule_names[HV_RULE_COUNT] = {
	[HV_RULE_UNKNOWN] = "unknown", [HV_RULE_TRUNCATED] = "truncated",
	[HV_RULE_PREFIX] = "prefix", [HV_RULE_FORBIDDEN] = "forbidden",
	[HV_RULE_DENIED] = "denied", [HV_RULE_FEATURE] = "feature", [HV_RULE_BUNDLE] = "bundle",
	[HV_RULE_MEMORY] = "memory", [HV_RULE_RIPREL] = "riprel", [HV_RULE_RESERVED] = "reserved",
	[HV_RULE_RSP] = "rsp", [HV_RULE_RBP] = "rbp", [HV_RULE_INDIRECT] = "indirect",
	[HV_RULE_CALL_ALIGN] = "call-align", [HV_RULE_TARGET] = "target",
	[HV_RULE_STRING] = "string", [HV_RULE_RTCALL] = "rtcall", [HV_RULE_RANGE] = "range",
};

const char *hv_rule_name(enum hv_rule r)
{
	return r > 0 && r < HV_RULE_COUNT && rule_names[r] ? rule_names[r] : "?";
}
