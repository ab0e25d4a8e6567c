/* The validator: decides whether code bytes may run in a halite sandbox.
 *
 * Trusted core. No allocation (the caller provides scratch memory), no I/O,
 * no global mutable state. The rules are those of docs/abi.md. */
#ifndef HALITE_VALIDATOR_H
#define HALITE_VALIDATOR_H

#include <stddef.h>
#include <stdint.h>

#include "decode.h"

enum hv_profile {
	HV_PROFILE_HALITE = 0, /* docs/abi.md */
	HV_PROFILE_NACL = 1    /* Native Client's published x86-64 rules */
};

/* Sandbox geometry shared by the validator, the loader and the runtime. */
#define HV_SANDBOX_SIZE (1ull << 32)     /* 4 GiB */
#define HV_GUARD_SIZE (64u * 1024u)      /* unmapped at each end of a slot */
#define HV_RSP_DISP_MAX 32767            /* |disp| of an unprefixed (%rsp) operand */
#define HV_RTCALL_TABLE_OFFSET 0x10000u  /* runtime-call table, read-only */
#define HV_RTCALL_MAX 64                 /* entries, 8 bytes each */

/* Bits of hv_policy.deny: one per configurable deny class (HV_DENY_*). */
#define HV_DENYBIT(c) (1u << (c))

struct hv_policy {
	enum hv_profile profile;
	unsigned bundle_size; /* 16 or 32 (halite); 32 (nacl) */
	uint32_t deny;        /* HV_DENYBIT(HV_DENY_...) */
	uint64_t features;    /* bit HV_FEAT_x set: instructions needing x allowed */
};

/* What was broken. hv_rule_text() gives the sentence printed for each. */
enum hv_rule {
	HV_RULE_UNKNOWN = 1,   /* not an instruction on the whitelist */
	HV_RULE_TRUNCATED,     /* code ends inside an instruction */
	HV_RULE_PREFIX,        /* prefixes not allowed on this instruction */
	HV_RULE_FORBIDDEN,     /* never allowed (detail: HV_X_* reason) */
	HV_RULE_DENIED,        /* denied by this policy (detail: HV_DENY_*) */
	HV_RULE_FEATURE,       /* needs a CPU feature not allowed (detail: HV_FEAT_*) */
	HV_RULE_BUNDLE,        /* instruction crosses a bundle boundary */
	HV_RULE_MEMORY,        /* memory operand not in a sandboxed form */
	HV_RULE_RIPREL,        /* RIP-relative operand leaves the sandbox */
	HV_RULE_RESERVED,      /* writes a reserved register (%r14 / %r15) */
	HV_RULE_RSP,           /* changes %rsp outside the allowed forms */
	HV_RULE_RBP,           /* changes %rbp outside the allowed forms (nacl) */
	HV_RULE_INDIRECT,      /* indirect branch not masked to a bundle */
	HV_RULE_CALL_ALIGN,    /* call does not end at a bundle end */
	HV_RULE_TARGET,        /* direct branch to a non-instruction boundary */
	HV_RULE_STRING,        /* string instruction without sandboxed rsi/rdi */
	HV_RULE_RTCALL,        /* runtime-call through %r14 outside the table */
	HV_RULE_RANGE,         /* code does not lie inside the sandbox */
	HV_RULE_COUNT
};

struct hv_violation {
	uint64_t offset; /* from the start of the buffer */
	unsigned len;    /* bytes of the offending instruction (0 if unknown) */
	enum hv_rule rule;
	unsigned detail; /* rule-specific: HV_X_*, HV_DENY_*, HV_FEAT_* */
};

typedef void (*hv_report_fn)(void *ctx, const struct hv_violation *v);

/* Bytes of scratch memory hv_validate needs for len bytes of code. */
size_t hv_scratch_size(size_t len);

/* Validates code[0..len) that will be mapped at sandbox address vaddr (an
 * offset from the sandbox base; bundle-aligned). scratch must hold
 * hv_scratch_size(len) bytes; afterwards it records the valid jump targets.
 * Each violation is passed to report (which may be NULL). Returns the number
 * of violations: 0 means the code may run. */
size_t hv_validate(const uint8_t *code, size_t len, uint64_t vaddr,
		   const struct hv_policy *policy, void *scratch,
		   hv_report_fn report, void *ctx);

/* After hv_validate of len bytes returned 0: whether offset is a place a
 * jump may land (an instruction start outside a pseudo-instruction). */
int hv_is_jump_target(const void *scratch, size_t len, size_t offset);

/* The default policy for the running CPU: the halite profile, 32-byte
 * bundles, nothing denied, features those the CPU reports. */
void hv_policy_default(struct hv_policy *p);

/* CPU features of the running machine (bit HV_FEAT_x). */
uint64_t hv_cpu_features(void);

/* Names, for diagnostics and the command line. */
const char *hv_rule_text(enum hv_rule r, unsigned detail);
/* A short stable name for the rule ("memory", "rsp", ...), for --json. */
const char *hv_rule_name(enum hv_rule r);
const char *hv_feature_name(unsigned feat);
const char *hv_deny_name(unsigned cls);
/* Parses a deny-class or feature name; returns -1 if unknown. */
int hv_deny_parse(const char *name);
int hv_feature_parse(const char *name);

#endif
