/* The system-call policy of the outer sandbox: one declarative table
 * (policy.c), read by the BPF generator (seccomp.c). Every call the
 * runtime makes after start-up is listed with why it is needed and the
 * argument checks the kernel lets a filter make (registers only: a filter
 * cannot read memory). A call not listed stops the process with a report. */
#ifndef HALITE_OUTER_POLICY_H
#define HALITE_OUTER_POLICY_H

#include <stdint.h>

enum hl_check_kind {
	HL_C_NONE = 0,
	HL_C_EQ,      /* argument a == value (all 64 bits) */
	HL_C_NE32,    /* low 32 bits of argument a != value */
	HL_C_IN32,    /* low 32 bits of argument a is one of values[0..n) */
	HL_C_EXEC,    /* if argument a (prot) has PROT_EXEC, argument b (addr)
		       * lies in the slot: [exec_lo, exec_lo + 4 GiB) */
	HL_C_EQ_PID   /* argument a == the sandboxed process's pid */
};

#define HL_CHECK_VALUES 16

struct hl_check {
	unsigned char kind;
	unsigned char a, b;
	unsigned char n;
	uint64_t values[HL_CHECK_VALUES];
};

struct hl_policy_rule {
	int nr;                /* x86-64 system-call number */
	int errno_value;       /* nonzero: fail with this errno instead of running */
	const char *why;       /* what the runtime needs it for */
	struct hl_check check[2];
};

extern const struct hl_policy_rule hl_policy[];
extern const unsigned hl_policy_len;

#endif
