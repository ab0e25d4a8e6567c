/* The seccomp-bpf filter made from the policy table (policy.c), and the
 * report of a refused call.
 *
 * Program: check the architecture (anything but x86-64 kills), refuse the
 * x32 numbers, then one block per rule: "if nr == N: checks, then allow
 * (or fail with errno); a failed check traps". A call matching no rule
 * traps. SECCOMP_RET_TRAP never runs the call: the kernel sends SIGSYS,
 * whose handler names the call and its arguments and ends the process
 * (status 128 + SIGSYS). The filter refuses any later change of the
 * SIGSYS handler; a blocked or ignored SIGSYS is forced by the kernel. */
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include "outer/outer.h"
#include "outer/policy.h"

#define MAX_INSNS 1024
#define ARG_LO(i) (offsetof(struct seccomp_data, args) + 8 * (i))
#define ARG_HI(i) (ARG_LO(i) + 4)
/* A jump to the rule's trap, patched once the rule's length is known. */
#define TO_FAIL 0xff

extern const char *const hl_syscall_names[];
extern const size_t hl_syscall_names_len;

const char *hl_syscall_name(long nr, char *buf, size_t size)
{
	if (nr >= 0 && (size_t)nr < hl_syscall_names_len && hl_syscall_names[nr])
		return hl_syscall_names[nr];
	snprintf(buf, size, "syscall_%ld", nr);
	return buf;
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

/* Emits one check; jumps marked TO_FAIL go to the rule's trap. */
static void emit_check(struct prog *p, const struct hl_check *c, const struct hl_outer *o)
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
	case HL_C_EXEC:
		/* Not PROT_EXEC: fine. Otherwise [addr, addr + len) must lie
		 * in the slot: addr's high half is the slot's, len < 4 GiB,
		 * and addr's low half + len does not carry past the slot. */
		load(p, ARG_LO(c->a));
		emit(p, BPF_JMP | BPF_JSET | BPF_K, 0, 9, 4 /* PROT_EXEC */);
		load(p, ARG_HI(c->b));
		emit(p, BPF_JMP | BPF_JEQ | BPF_K, 0, TO_FAIL, (uint32_t)(o->exec_lo >> 32));
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

static int build(struct prog *p, const struct hl_outer *o)
{
	p->n = 0;
	p->overflow = 0;
	load(p, offsetof(struct seccomp_data, arch));
	emit(p, BPF_JMP | BPF_JEQ | BPF_K, 1, 0, AUDIT_ARCH_X86_64);
	emit(p, BPF_RET | BPF_K, 0, 0, SECCOMP_RET_KILL_PROCESS);
	load(p, offsetof(struct seccomp_data, nr));
	emit(p, BPF_JMP | BPF_JGE | BPF_K, 0, 1, 0x40000000u /* x32 */);
	emit(p, BPF_RET | BPF_K, 0, 0, SECCOMP_RET_TRAP);
	for (unsigned r = 0; r < hl_policy_len; r++) {
		const struct hl_policy_rule *rule = &hl_policy[r];
		unsigned head = p->n;
		emit(p, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, (uint32_t)rule->nr); /* jf patched */
		unsigned body = p->n;
		for (int c = 0; c < 2 && rule->check[c].kind != HL_C_NONE; c++)
			emit_check(p, &rule->check[c], o);
		unsigned ret = rule->errno_value ? SECCOMP_RET_ERRNO | (unsigned)rule->errno_value
						 : SECCOMP_RET_ALLOW;
		emit(p, BPF_RET | BPF_K, 0, 0, ret);
		unsigned fail = p->n;
		if (fail > body + 1)
			emit(p, BPF_RET | BPF_K, 0, 0, SECCOMP_RET_TRAP);
		patch(p, body, fail);
		/* Every path through the body returns, so a rule that does not
		 * match jumps past it with the accumulator still holding nr. */
		if (p->overflow || p->n - head - 1 > 255)
			return -1;
		p->f[head].jf = (unsigned char)(p->n - head - 1);
	}
	for (int i = 0; o->allow_extra && o->allow_extra[i] >= 0; i++) {
		emit(p, BPF_JMP | BPF_JEQ | BPF_K, 0, 1, (uint32_t)o->allow_extra[i]);
		emit(p, BPF_RET | BPF_K, 0, 0, SECCOMP_RET_ALLOW);
	}
	emit(p, BPF_RET | BPF_K, 0, 0, SECCOMP_RET_TRAP);
	return p->overflow ? -1 : 0;
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
	static struct prog p;
	if (o->prog)
		prog_name = o->prog;
	if (build(&p, o) < 0) {
		snprintf(err, errsz, "the system-call policy does not fit in a filter");
		return -1;
	}
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_sigsys;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigfillset(&sa.sa_mask);
	if (sigaction(SIGSYS, &sa, NULL)) {
		snprintf(err, errsz, "cannot install the SIGSYS handler: %s", strerror(errno));
		return -1;
	}
	struct sock_fprog fp = {.len = (unsigned short)p.n, .filter = p.f};
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp)) {
		snprintf(err, errsz, "cannot install the seccomp filter: %s", strerror(errno));
		return -1;
	}
	return 0;
}
