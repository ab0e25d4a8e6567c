/* The system-call policies of the outer sandbox: declarative tables
 * (policy.c for `halite run`, native_policy.c for `halite run --native`),
 * read by the BPF generator (seccomp.c). Every call allowed is listed with
 * why it is needed and the argument checks the kernel lets a filter make
 * (registers only: a filter cannot read memory). A call not listed is
 * refused: in inner mode it stops the process with a report, in native
 * mode it fails with EPERM (or is reported by the supervisor with
 * --trace-denied). */
#ifndef HALITE_OUTER_POLICY_H
#define HALITE_OUTER_POLICY_H

#include <stddef.h>
#include <stdint.h>

enum hl_check_kind {
	HL_C_NONE = 0,
	HL_C_EQ,      /* argument a == value (all 64 bits) */
	HL_C_NE32,    /* low 32 bits of argument a != value */
	HL_C_IN32,    /* low 32 bits of argument a is one of values[0..n) */
	HL_C_EXEC,    /* if argument a (prot) has PROT_EXEC, argument b (addr)
		       * lies in the slot: [exec_lo, exec_lo + 4 GiB); with n = 1,
		       * argument values[0] (mmap's flags) has MAP_FIXED or
		       * MAP_FIXED_NOREPLACE too, or addr is only a hint */
	HL_C_EQ_PID,  /* argument a == the sandboxed process's pid */
	HL_C_NOTIN32, /* low 32 bits of argument a is none of values[0..n) */
	HL_C_MASK0_32 /* low 32 bits of argument a have none of the bits of
		       * values[0] set */
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
	const char *why;       /* what the runtime (or a native program) needs it for */
	struct hl_check check[2];
};

extern const struct hl_policy_rule hl_policy[];
extern const unsigned hl_policy_len;
extern const struct hl_policy_rule hl_native_policy[];
extern const unsigned hl_native_policy_len;

/* Builds the filter for a table and installs it on the calling thread.
 * Calls a rule allows run; a call no rule names, or whose checks fail,
 * gets `refuse` (a SECCOMP_RET_* action: TRAP in inner mode, ERRNO or
 * USER_NOTIF in native mode); a foreign architecture kills the process.
 * extra: more system calls to allow, -1 terminated, or NULL; tested
 * before the table when extra_first (they then override a rule's checks)
 * and after it otherwise. flags: SECCOMP_FILTER_FLAG_*. exec_lo: for
 * HL_C_EXEC. Returns the listener descriptor with
 * SECCOMP_FILTER_FLAG_NEW_LISTENER, else 0; -1 with a message in err. */
int hl_seccomp_install(const struct hl_policy_rule *rules, unsigned n, const int *extra,
		       int extra_first, uint32_t refuse, unsigned flags, uint64_t exec_lo,
		       char *err, size_t errsz);

/* Calls newer than the build host's headers. */
#ifndef SYS_fchmodat2
#define SYS_fchmodat2 452
#endif
#ifndef SYS_map_shadow_stack
#define SYS_map_shadow_stack 453
#endif
#ifndef SYS_futex_wake
#define SYS_futex_wake 454
#define SYS_futex_wait 455
#define SYS_futex_requeue 456
#endif
#ifndef SYS_mseal
#define SYS_mseal 462
#endif
#ifndef SYS_cachestat
#define SYS_cachestat 451
#endif

/* Table-writing helpers, for policy.c and native_policy.c. */
// clang-format off
#define ALLOW(name, why) {SYS_##name, 0, why, {{0}, {0}}}
#define FAIL(name, err, why) {SYS_##name, err, why, {{0}, {0}}}
#define CHECK(name, why, ...) {SYS_##name, 0, why, {__VA_ARGS__}}
#define EQ(arg, v) {HL_C_EQ, arg, 0, 1, {v}}
#define NE32(arg, v) {HL_C_NE32, arg, 0, 1, {v}}
#define IN32(arg, n, ...) {HL_C_IN32, arg, 0, n, {__VA_ARGS__}}
#define NOTIN32(arg, n, ...) {HL_C_NOTIN32, arg, 0, n, {__VA_ARGS__}}
#define MASK0_32(arg, mask) {HL_C_MASK0_32, arg, 0, 1, {mask}}
#define EXEC(prot, addr) {HL_C_EXEC, prot, addr, 0, {0}}
#define EXEC_FIXED(prot, addr, flags) {HL_C_EXEC, prot, addr, 1, {flags}}
#define EQ_PID(arg) {HL_C_EQ_PID, arg, 0, 0, {0}}
// clang-format on

#endif
