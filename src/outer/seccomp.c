/* The seccomp-bpf filters made from the policy tables (policy.c, and
 * native_policy.c for --native), and the report of a refused call.
 *
 * Program: check the architecture (anything but x86-64 kills), refuse the
 * x32 numbers, then a binary search on the number (a few comparisons per
 * call, whatever the table's size) leading to one body per rule: "checks,
 * then allow (or fail with errno); a failed check is refused". A call
 * matching no rule is refused. In inner mode a refusal is SECCOMP_RET_TRAP, which
 * never runs the call: the kernel sends SIGSYS, whose handler names the
 * call and its arguments and ends the process (status 128 + SIGSYS). The
 * filter refuses any later change of the SIGSYS handler; a blocked or
 * ignored SIGSYS is forced by the kernel. (Native mode refuses with EPERM
 * or a user notification instead: native.c.) */
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include "outer/outer.h"
#include "outer/policy.h"

#define MAX_INSNS 4096 /* BPF_MAXINSNS */
#define HL_POLICY_MAX 512
#define ARG_LO(i) (offsetof(struct seccomp_data, args) + 8 * (i))
#define ARG_HI(i) (ARG_LO(i) + 4)
/* A jump to the rule's trap, patched once the rule's length is known. */
#define TO_FAIL 0xff

extern const char *const hl_syscall_names[];
extern const size_t hl_syscall_names_len;

/* Calls newer than some build hosts' headers (the generated table comes
 * from the headers the compiler sees). */
static const char *const later_names[] = {
    [451] = "cachestat",	 [452] = "fchmodat2",	     [453] = "map_shadow_stack",
    [454] = "futex_wake",	 [455] = "futex_wait",	     [456] = "futex_requeue",
    [457] = "statmount",	 [458] = "listmount",	     [459] = "lsm_get_self_attr",
    [460] = "lsm_set_self_attr", [461] = "lsm_list_modules", [462] = "mseal",
    [463] = "setxattrat",	 [464] = "getxattrat",	     [465] = "listxattrat",
    [466] = "removexattrat",	 [467] = "open_tree_attr",   [468] = "file_getattr",
    [469] = "file_setattr",
};
#define LATER_LEN (sizeof later_names / sizeof later_names[0])

static const char *known_name(long nr)
{
	if (nr >= 0 && (size_t)nr < hl_syscall_names_len && hl_syscall_names[nr])
		return hl_syscall_names[nr];
	if (nr >= 0 && (size_t)nr < LATER_LEN && later_names[nr])
		return later_names[nr];
	return NULL;
}

const char *hl_syscall_name(long nr, char *buf, size_t size)
{
	const char *name = known_name(nr);
	if (name)
		return name;
	snprintf(buf, size, "syscall_%ld", nr);
	return buf;
}

int hl_syscall_number(const char *name)
{
	size_t max = hl_syscall_names_len > LATER_LEN ? hl_syscall_names_len : LATER_LEN;
	for (size_t nr = 0; nr < max; nr++) {
		const char *n = known_name((long)nr);
		if (n && !strcmp(n, name))
			return (int)nr;
	}
	return -1;
}

struct prog {
	struct sock_filter f[MAX_INSNS];
	unsigned n;
	int overflow;
};

static void emit(struct prog *p, unsigned short code, unsigned char jt, unsigned char jf, uint32_t k)
{
	if (p->n >= MAX_INSNS) {
		p->overflow = 1;
		return;
	}
	p->f[p->n++] = (struct sock_filter){code, jt, jf, k};
}

static void load(struct prog *p, uint32_t off)
{
	emit(p, BPF_LD | BPF_W | BPF_ABS, 0, 0, off);
}

/* Emits one check; jumps marked TO_FAIL go to the rule's refusal. */
static void emit_check(struct prog *p, const struct hl_check *c, uint64_t exec_lo)
{
	uint64_t v = c->values[0];
	switch (c->kind) {
	case HL_C_EQ_PID:
		v = (uint64_t)getpid();
		/* fall through */
	case HL_C_EQ:
		load(p, ARG_LO(c->a));
		emit(p, BPF_JMP | BPF_JEQ | BPF_K, 0, TO_FAIL, (uint32_t)v);
		load(p, ARG_HI(c->a));
		emit(p, BPF_JMP | BPF_JEQ | BPF_K, 0, TO_FAIL, (uint32_t)(v >> 32));
		break;
	case HL_C_NE32:
		load(p, ARG_LO(c->a));
		emit(p, BPF_JMP | BPF_JEQ | BPF_K, TO_FAIL, 0, (uint32_t)v);
		break;
	case HL_C_IN32:
		load(p, ARG_LO(c->a));
		for (unsigned i = 0; i < c->n; i++)
			emit(p, BPF_JMP | BPF_JEQ | BPF_K, (unsigned char)(c->n - i), 0, (uint32_t)c->values[i]);
		emit(p, BPF_JMP | BPF_JA, 0, 0, TO_FAIL); /* k patched like jt/jf */
		break;
	case HL_C_NOTIN32:
		load(p, ARG_LO(c->a));
		for (unsigned i = 0; i < c->n; i++)
			emit(p, BPF_JMP | BPF_JEQ | BPF_K, TO_FAIL, 0, (uint32_t)c->values[i]);
		break;
	case HL_C_MASK0_32:
		load(p, ARG_LO(c->a));
		emit(p, BPF_JMP | BPF_JSET | BPF_K, TO_FAIL, 0, (uint32_t)v);
		break;
	case HL_C_EXEC:
		/* Not PROT_EXEC: fine. Otherwise [addr, addr + len) must lie
		 * in the slot: addr's high half is the slot's, len < 4 GiB,
		 * and addr's low half + len does not carry past the slot.
		 * For mmap the address must be fixed: a hint the kernel
		 * cannot honour (the slot's reservation is there; at base 0,
		 * a NULL hint has the slot's high half) maps anywhere. */
		load(p, ARG_LO(c->a));
		emit(p, BPF_JMP | BPF_JSET | BPF_K, 0, c->n ? 11 : 9, 4 /* PROT_EXEC */);
		if (c->n) {
			load(p, ARG_LO(c->values[0]));
			emit(p, BPF_JMP | BPF_JSET | BPF_K, 0, TO_FAIL,
			     MAP_FIXED | MAP_FIXED_NOREPLACE);
		}
		load(p, ARG_HI(c->b));
		emit(p, BPF_JMP | BPF_JEQ | BPF_K, 0, TO_FAIL, (uint32_t)(exec_lo >> 32));
		load(p, ARG_HI(1));
		emit(p, BPF_JMP | BPF_JEQ | BPF_K, 0, TO_FAIL, 0);
		load(p, ARG_LO(1));
		emit(p, BPF_MISC | BPF_TAX, 0, 0, 0);
		load(p, ARG_LO(c->b));
		emit(p, BPF_ALU | BPF_ADD | BPF_X, 0, 0, 0);
		emit(p, BPF_JMP | BPF_JGE | BPF_X, 0, TO_FAIL, 0);
		break;
	default:
		break;
	}
}

/* Resolves the TO_FAIL jumps of the instructions [from, p->n) to the
 * instruction at index fail. */
static void patch(struct prog *p, unsigned from, unsigned fail)
{
	for (unsigned i = from; i < p->n; i++) {
		struct sock_filter *f = &p->f[i];
		if (BPF_CLASS(f->code) != BPF_JMP)
			continue;
		if (BPF_OP(f->code) == BPF_JA) {
			if (f->k == TO_FAIL)
				f->k = fail - (i + 1);
			continue;
		}
		if (f->jt == TO_FAIL)
			f->jt = (unsigned char)(fail - (i + 1));
		if (f->jf == TO_FAIL)
			f->jf = (unsigned char)(fail - (i + 1));
	}
}

static void emit_extra(struct prog *p, const int *extra)
{
	for (int i = 0; extra && extra[i] >= 0; i++) {
		emit(p, BPF_JMP | BPF_JEQ | BPF_K, 0, 1, (uint32_t)extra[i]);
		emit(p, BPF_RET | BPF_K, 0, 0, SECCOMP_RET_ALLOW);
	}
}

/* The rules sorted by number, the first of equal numbers kept (as a
 * linear scan would match it). */
struct sorted {
	const struct hl_policy_rule *r[HL_POLICY_MAX];
	unsigned body[HL_POLICY_MAX]; /* index of each rule's body */
	unsigned n;
};

static int by_nr(const void *a, const void *b)
{
	const struct hl_policy_rule *x = *(const struct hl_policy_rule *const *)a;
	const struct hl_policy_rule *y = *(const struct hl_policy_rule *const *)b;
	return x->nr < y->nr ? -1 : x->nr > y->nr ? 1 : x < y ? -1 : x > y;
}

/* Long jumps (BPF_JA, 32-bit offset) to patch once targets are placed:
 * to rule k's body, or (k < 0) to the miss block. */
struct fixups {
	unsigned at[2 * HL_POLICY_MAX + 64];
	int to[2 * HL_POLICY_MAX + 64];
	unsigned n;
	int overflow;
};

static void jump_to(struct prog *p, struct fixups *fx, int to)
{
	if (fx->n >= sizeof fx->at / sizeof fx->at[0]) {
		fx->overflow = 1;
		return;
	}
	fx->at[fx->n] = p->n;
	fx->to[fx->n++] = to;
	emit(p, BPF_JMP | BPF_JA, 0, 0, 0);
}

/* A binary search on the number over rules [lo, hi) with the accumulator
 * holding nr: a few comparisons instead of a scan of the whole table,
 * both per call and when the kernel precomputes its per-number cache. */
static void emit_tree(struct prog *p, struct fixups *fx, const struct sorted *s, unsigned lo,
		      unsigned hi)
{
	if (hi - lo <= 3) {
		for (unsigned i = lo; i < hi; i++) {
			emit(p, BPF_JMP | BPF_JEQ | BPF_K, 0, 1, (uint32_t)s->r[i]->nr);
			jump_to(p, fx, (int)i);
		}
		jump_to(p, fx, -1);
		return;
	}
	unsigned mid = lo + (hi - lo) / 2;
	emit(p, BPF_JMP | BPF_JGE | BPF_K, 0, 1, (uint32_t)s->r[mid]->nr);
	unsigned right = p->n;
	emit(p, BPF_JMP | BPF_JA, 0, 0, 0);
	emit_tree(p, fx, s, lo, mid);
	if (right < MAX_INSNS)
		p->f[right].k = p->n - (right + 1);
	emit_tree(p, fx, s, mid, hi);
}

static int build(struct prog *p, const struct hl_policy_rule *rules, unsigned nrules,
		 const int *extra, int extra_first, uint32_t refuse, uint64_t exec_lo)
{
	static struct sorted s;
	static struct fixups fx;
	if (nrules > HL_POLICY_MAX)
		return -1;
	s.n = 0;
	for (unsigned r = 0; r < nrules; r++)
		s.r[s.n++] = &rules[r];
	qsort(s.r, s.n, sizeof s.r[0], by_nr);
	unsigned u = 0;
	for (unsigned r = 0; r < s.n; r++)
		if (!u || s.r[u - 1]->nr != s.r[r]->nr)
			s.r[u++] = s.r[r];
	s.n = u;
	fx.n = 0;
	fx.overflow = 0;

	p->n = 0;
	p->overflow = 0;
	load(p, offsetof(struct seccomp_data, arch));
	emit(p, BPF_JMP | BPF_JEQ | BPF_K, 1, 0, AUDIT_ARCH_X86_64);
	emit(p, BPF_RET | BPF_K, 0, 0, SECCOMP_RET_KILL_PROCESS);
	load(p, offsetof(struct seccomp_data, nr));
	emit(p, BPF_JMP | BPF_JGE | BPF_K, 0, 1, 0x40000000u /* x32 */);
	emit(p, BPF_RET | BPF_K, 0, 0, refuse);
	if (extra_first)
		emit_extra(p, extra);
	if (s.n)
		emit_tree(p, &fx, &s, 0, s.n);
	unsigned miss = p->n;
	if (!extra_first)
		emit_extra(p, extra);
	emit(p, BPF_RET | BPF_K, 0, 0, refuse);
	/* The bodies: every path returns. */
	for (unsigned r = 0; r < s.n; r++) {
		const struct hl_policy_rule *rule = s.r[r];
		unsigned body = s.body[r] = p->n;
		for (int c = 0; c < 2 && rule->check[c].kind != HL_C_NONE; c++)
			emit_check(p, &rule->check[c], exec_lo);
		unsigned ret = rule->errno_value ? SECCOMP_RET_ERRNO | (unsigned)rule->errno_value
						 : SECCOMP_RET_ALLOW;
		emit(p, BPF_RET | BPF_K, 0, 0, ret);
		unsigned fail = p->n;
		if (fail > body + 1)
			emit(p, BPF_RET | BPF_K, 0, 0, refuse);
		patch(p, body, fail);
		if (p->n - body > 255)
			return -1;
	}
	if (p->overflow || fx.overflow)
		return -1;
	for (unsigned k = 0; k < fx.n; k++) {
		unsigned target = fx.to[k] < 0 ? miss : s.body[fx.to[k]];
		p->f[fx.at[k]].k = target - (fx.at[k] + 1);
	}
	return 0;
}

int hl_seccomp_install(const struct hl_policy_rule *rules, unsigned n, const int *extra,
		       int extra_first, uint32_t refuse, unsigned flags, uint64_t exec_lo,
		       char *err, size_t errsz)
{
	static struct prog p;
	if (build(&p, rules, n, extra, extra_first, refuse, exec_lo) < 0) {
		snprintf(err, errsz, "the system-call policy does not fit in a filter");
		return -1;
	}
	struct sock_fprog fp = {.len = (unsigned short)p.n, .filter = p.f};
	long r = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &fp);
	if (r < 0) {
		snprintf(err, errsz, "cannot install the seccomp filter: %s", strerror(errno));
		return -1;
	}
	return (int)r;
}

static const char *prog_name = "halite";

/* Appends s to buf at *o (async-signal-safe). */
static void put(char *buf, size_t size, size_t *o, const char *s)
{
	while (*s && *o + 1 < size)
		buf[(*o)++] = *s++;
}

static void put_hex(char *buf, size_t size, size_t *o, uint64_t v)
{
	char tmp[19] = "0x";
	int n = 0;
	char digits[16];
	do {
		digits[n++] = "0123456789abcdef"[v & 15];
		v >>= 4;
	} while (v && n < 16);
	for (int i = 0; i < n; i++)
		tmp[2 + i] = digits[n - 1 - i];
	tmp[2 + n] = 0;
	put(buf, size, o, tmp);
}

static void on_sigsys(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	const ucontext_t *uc = ctx;
	const greg_t *g = uc->uc_mcontext.gregs;
	const uint64_t args[6] = {(uint64_t)g[REG_RDI], (uint64_t)g[REG_RSI], (uint64_t)g[REG_RDX],
				  (uint64_t)g[REG_R10], (uint64_t)g[REG_R8],  (uint64_t)g[REG_R9]};
	char line[512], nb[32];
	size_t o = 0;
	put(line, sizeof line, &o, prog_name);
	put(line, sizeof line, &o, ": outer sandbox: refused system call ");
	put(line, sizeof line, &o, hl_syscall_name(si->si_syscall, nb, sizeof nb));
	put(line, sizeof line, &o, "(");
	for (int i = 0; i < 6; i++) {
		if (i)
			put(line, sizeof line, &o, ", ");
		put_hex(line, sizeof line, &o, args[i]);
	}
	put(line, sizeof line, &o, "); the process is stopped\n");
	ssize_t w = write(2, line, o);
	(void)w;
	syscall(SYS_exit_group, 128 + SIGSYS);
}

int hl_outer_seccomp(const struct hl_outer *o, char *err, size_t errsz)
{
	if (o->prog)
		prog_name = o->prog;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_sigsys;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigfillset(&sa.sa_mask);
	if (sigaction(SIGSYS, &sa, NULL)) {
		snprintf(err, errsz, "cannot install the SIGSYS handler: %s", strerror(errno));
		return -1;
	}
	return hl_seccomp_install(hl_policy, hl_policy_len, o->allow_extra, 0, SECCOMP_RET_TRAP, 0,
				  o->exec_lo, err, errsz) < 0
		   ? -1
		   : 0;
}
