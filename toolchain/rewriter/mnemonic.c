/* Mnemonic tables. Matching is on the AT&T spelling with its optional size
 * suffix (b, w, l, q). */
#include "mnemonic.h"

#include <stddef.h>
#include <string.h>

int mn_is(const char *m, const char *base, const char *suffixes)
{
	size_t n = strlen(base);
	if (strncmp(m, base, n) != 0)
		return 0;
	if (m[n] == 0)
		return 1;
	return m[n + 1] == 0 && strchr(suffixes, m[n]) != NULL;
}

static int starts(const char *m, const char *p)
{
	return strncmp(m, p, strlen(p)) == 0;
}

struct forbidden {
	const char *base;
	const char *suffixes;
	const char *why;
};

static const char why_kernel[] = "enters the kernel; system calls go through the runtime-call table";
static const char why_far[] = "far transfers and interrupt returns leave the sandbox's code";
static const char why_priv[] = "privileged or I/O instruction";
static const char why_seg[] = "segment registers and their bases belong to the runtime";
static const char why_xsave[] = "the xsave/fxsave family is not allowed (R2)";
static const char why_tsx[] = "transactional memory is not allowed (R2)";
static const char why_implicit[] =
	"its implicit memory operand cannot be confined to the sandbox";
static const char why_gather[] =
	"gathers and scatters (VSIB addressing) cannot be sandboxed; compile with "
	"-mtune-ctrl=^use_gather_2parts,^use_gather_4parts,^use_gather_8parts "
	"(gcc 12) or -mno-gather (gcc >= 13)";

static const struct forbidden forbidden[] = {
	{"sysenter", "", why_kernel},
	{"sysexit", "lq", why_kernel},
	{"sysret", "lq", why_kernel},
	{"int", "", why_kernel},
	{"int1", "", why_kernel},
	{"int3", "", why_kernel},
	{"into", "", why_kernel},
	{"iret", "wlqd", why_far},
	{"lret", "wlq", why_far},
	{"retf", "wlq", why_far},
	{"ljmp", "wlq", why_far},
	{"lcall", "wlq", why_far},
	{"enter", "wlq", "enter changes %rsp and %rbp in a form the sandbox cannot check (R2)"},
	{"pushf", "wlq", "pushf/popf are not allowed (R2)"},
	{"popf", "wlq", "pushf/popf are not allowed (R2)"},
	{"xlat", "b", why_implicit},
	{"maskmovdqu", "", why_implicit},
	{"vmaskmovdqu", "", why_implicit},
	{"maskmovq", "", why_implicit},
	{"clzero", "", why_implicit},
	{"movdir64b", "", why_implicit},
	{"enqcmd", "s", why_implicit},
	{"lfs", "wlq", why_seg},
	{"lgs", "wlq", why_seg},
	{"lss", "wlq", why_seg},
	{"lds", "wl", why_seg},
	{"les", "wl", why_seg},
	{"rdfsbase", "lq", why_seg},
	{"rdgsbase", "lq", why_seg},
	{"wrfsbase", "lq", why_seg},
	{"wrgsbase", "lq", why_seg},
	{"swapgs", "", why_seg},
	{"rdpkru", "", "protection keys belong to the runtime (R2)"},
	{"wrpkru", "", "protection keys belong to the runtime (R2)"},
	{"xbegin", "", why_tsx},
	{"xend", "", why_tsx},
	{"xabort", "", why_tsx},
	{"xtest", "", why_tsx},
	{"xsave", "", why_xsave},
	{"xsave64", "", why_xsave},
	{"xsavec", "", why_xsave},
	{"xsavec64", "", why_xsave},
	{"xsaves", "", why_xsave},
	{"xsaves64", "", why_xsave},
	{"xsaveopt", "", why_xsave},
	{"xsaveopt64", "", why_xsave},
	{"xrstor", "", why_xsave},
	{"xrstor64", "", why_xsave},
	{"xrstors", "", why_xsave},
	{"xrstors64", "", why_xsave},
	{"fxsave", "", why_xsave},
	{"fxsave64", "", why_xsave},
	{"fxrstor", "", why_xsave},
	{"fxrstor64", "", why_xsave},
	{"in", "bwl", why_priv},
	{"out", "bwl", why_priv},
	{"ins", "bwl", why_priv},
	{"outs", "bwl", why_priv},
	{"cli", "", why_priv},
	{"sti", "", why_priv},
	{"clts", "", why_priv},
	{"lgdt", "q", why_priv},
	{"lidt", "q", why_priv},
	{"lldt", "", why_priv},
	{"ltr", "", why_priv},
	{"sgdt", "q", why_priv},
	{"sidt", "q", why_priv},
	{"sldt", "", why_priv},
	{"str", "", why_priv},
	{"smsw", "", why_priv},
	{"lmsw", "", why_priv},
	{"invd", "", why_priv},
	{"wbinvd", "", why_priv},
	{"wbnoinvd", "", why_priv},
	{"invlpg", "", why_priv},
	{"invlpga", "", why_priv},
	{"invpcid", "", why_priv},
	{"rdmsr", "", why_priv},
	{"wrmsr", "", why_priv},
	{"rdpmc", "", why_priv},
	{"monitor", "", why_priv},
	{"mwait", "", why_priv},
	{"monitorx", "", why_priv},
	{"mwaitx", "", why_priv},
	{"umonitor", "", why_priv},
	{"umwait", "", why_priv},
	{"tpause", "", why_priv},
	{"xsetbv", "", why_priv},
	{"rsm", "", why_priv},
	{"vmcall", "", why_priv},
	{"vmlaunch", "", why_priv},
	{"vmresume", "", why_priv},
	{"vmxoff", "", why_priv},
	{"vmxon", "", why_priv},
	{"vmread", "", why_priv},
	{"vmwrite", "", why_priv},
	{"vmptrld", "", why_priv},
	{"vmptrst", "", why_priv},
	{"vmclear", "", why_priv},
	{"vmfunc", "", why_priv},
	{"vmrun", "", why_priv},
	{"vmload", "", why_priv},
	{"vmsave", "", why_priv},
	{"vmmcall", "", why_priv},
	{"stgi", "", why_priv},
	{"clgi", "", why_priv},
	{"skinit", "", why_priv},
};

static const char *forbidden_why(const char *m)
{
	if (starts(m, "vgather") || starts(m, "vpgather") || starts(m, "vscatter") ||
	    starts(m, "vpscatter"))
		return why_gather;
	for (size_t i = 0; i < sizeof forbidden / sizeof *forbidden; i++)
		if (mn_is(m, forbidden[i].base, forbidden[i].suffixes))
			return forbidden[i].why;
	return NULL;
}

void mn_classify(const char *m, struct mn_info *out)
{
	out->kind = MK_PLAIN;
	out->str = 0;
	out->why = NULL;

	if ((out->why = forbidden_why(m)) != NULL) {
		out->kind = MK_FORBIDDEN;
		return;
	}
	if (strcmp(m, "syscall") == 0) {
		out->kind = MK_SYSCALL;
		return;
	}
	if (mn_is(m, "ret", "wlq")) {
		out->kind = MK_RET;
		return;
	}
	if (mn_is(m, "leave", "wlq")) {
		out->kind = MK_LEAVE;
		return;
	}
	if (mn_is(m, "call", "wlq")) {
		out->kind = MK_CALL;
		return;
	}
	if (mn_is(m, "jmp", "wlq")) {
		out->kind = MK_JMP;
		return;
	}
	if (m[0] == 'j' || starts(m, "loop")) {
		out->kind = MK_JCC; /* jcc (with ",pt"/",pn" hints), jrcxz, jecxz, loop* */
		return;
	}
	if (mn_is(m, "lea", "wlq") || mn_is(m, "nop", "wlq")) {
		out->kind = MK_NOMEM;
		return;
	}
	static const struct {
		const char *base;
		unsigned str;
	} strs[] = {
		{"movs", MN_STR_SI | MN_STR_DI}, {"cmps", MN_STR_SI | MN_STR_DI},
		{"lods", MN_STR_SI},		 {"stos", MN_STR_DI},
		{"scas", MN_STR_DI},
	};
	for (size_t i = 0; i < sizeof strs / sizeof *strs; i++) {
		if (mn_is(m, strs[i].base, "bwlqd")) {
			out->kind = MK_STRING;
			out->str = strs[i].str;
			return;
		}
	}
}

unsigned mn_written(const char *m, int nops)
{
	if (nops <= 0)
		return 0;
	unsigned last = 1u << (nops - 1);
	/* Read-only forms. */
	if (mn_is(m, "cmp", "bwlq") || mn_is(m, "test", "bwlq") || mn_is(m, "bt", "wlq") ||
	    mn_is(m, "push", "wlq") || mn_is(m, "mul", "bwlq") || mn_is(m, "div", "bwlq") ||
	    mn_is(m, "idiv", "bwlq") || (mn_is(m, "imul", "bwlq") && nops == 1) ||
	    starts(m, "prefetch") || starts(m, "clflush") || mn_is(m, "clwb", "") ||
	    mn_is(m, "cldemote", "") || mn_is(m, "ptwrite", "lq") || starts(m, "bndc") ||
	    mn_is(m, "ptest", "") || mn_is(m, "vptest", "") || starts(m, "vtestp") ||
	    starts(m, "ucomis") || starts(m, "comis") || starts(m, "vucomis") ||
	    starts(m, "vcomis") || starts(m, "kortest") || starts(m, "ktest"))
		return 0;
	/* Every operand written. */
	if (mn_is(m, "xchg", "bwlq") || mn_is(m, "xadd", "bwlq"))
		return (1u << nops) - 1;
	/* mulx src, lo, hi: both destinations. */
	if (mn_is(m, "mulx", "lq") && nops == 3)
		return 6;
	return last;
}
