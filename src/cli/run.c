/* `halite run`: load a module, make one sandbox, run it, and report how it
 * ended. Exit status: the module's own, 128 + signal after a fault, 124
 * after --timeout, 126 when the module is refused, 125 for halite's own
 * errors (bad options, no memory). */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/disasm.h"
#include "cli/run_native.h"
#include "outer/outer.h"
#include "runtime/grants.h"
#include "runtime/runtime.h"

enum { EXIT_HALITE = 125, EXIT_REFUSED = 126 };

extern char **environ;

static void help(FILE *f)
{
	fprintf(f,
		"usage: halite run [OPTIONS] MODULE [ARGS...]\n"
		"       halite run --native [OPTIONS] PROGRAM [ARGS...]\n"
		"\n"
		"Runs a module built by halite-cc in a sandbox. Nothing of the host is\n"
		"visible to it but what the options grant; stdin, stdout and stderr are\n"
		"passed through.\n"
		"\n"
		"options:\n"
		"  --dir HOST[:GUEST][:ro]  grant the host directory HOST, seen by the module\n"
		"                           as GUEST (default: HOST's absolute path);\n"
		"                           ':ro' makes it read-only (repeatable)\n"
		"  --cwd DIR                the module's working directory, a guest path inside\n"
		"                           a granted directory (default: /)\n"
		"  --env NAME=VALUE         set an environment variable (repeatable)\n"
		"  --env-inherit            pass the host's environment (before --env)\n"
		"  --memory SIZE            limit the module's memory (suffix K, M or G)\n"
		"  --stack SIZE             main thread stack (default 8M)\n"
		"  --max-threads N          limit the module's threads (default 64)\n"
		"  --timeout SECONDS        stop the module after this much wall time\n"
		"  --trace                  print every system call on stderr, like strace\n"
		"  --cpu-time SECONDS       limit the CPU time of the whole process\n"
		"  --max-file-size SIZE     largest file the module may write (EFBIG past it)\n"
		"  --no-outer-sandbox       do not confine the process with namespaces,\n"
		"                           Landlock and seccomp (the second wall; on by default)\n"
		"  --no-zero-base           place the sandbox anywhere, not at address 0 (by\n"
		"                           default it is at 0 when the low 4 GiB are free:\n"
		"                           its memory accesses are faster there)\n"
		"  --native                 run PROGRAM, an unmodified Linux program, under the\n"
		"                           outer sandbox alone (no inner sandbox): system\n"
		"                           directories read-only, grants mounted at GUEST;\n"
		"                           --max-threads caps its processes and threads\n"
		"  --trace-denied           (--native) report each refused system call\n"
		"  --allow-syscall NAME     (--native) allow this system call too (repeatable)\n"
		"  -h, --help               this text\n"
		"\n"
		"exit status: the module's; 128+N if it was stopped by signal N (a fault);\n"
		"124 after --timeout; 126 if the module is not valid; 125 on other errors.\n");
}

/* Parses "64M" and the like. Returns 0 or -1. */
static int parse_size(const char *s, uint64_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || s[0] == '-')
		return -1;
	unsigned shift = 0;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	default: break;
	}
	if (*end == 'i' && shift)
		end++;
	if ((*end == 'b' || *end == 'B') && shift)
		end++;
	if (*end || (shift && v > (~0ull >> shift)))
		return -1;
	*out = (uint64_t)v << shift;
	return 0;
}

struct env {
	char **v;
	size_t n;
};

/* Sets NAME=VALUE, replacing an earlier NAME. */
static int env_set(struct env *e, const char *kv)
{
	const char *eq = strchr(kv, '=');
	if (!eq || eq == kv)
		return -1;
	size_t nl = (size_t)(eq - kv) + 1;
	for (size_t i = 0; i < e->n; i++)
		if (!strncmp(e->v[i], kv, nl)) {
			e->v[i] = (char *)kv;
			return 0;
		}
	char **v = realloc(e->v, (e->n + 2) * sizeof *v);
	if (!v)
		return -1;
	e->v = v;
	e->v[e->n++] = (char *)kv;
	e->v[e->n] = NULL;
	return 0;
}

static int fail(const char *fmt, const char *a, const char *b)
{
	fprintf(stderr, "halite run: ");
	fprintf(stderr, fmt, a, b);
	fputc('\n', stderr);
	return EXIT_HALITE;
}

/* The validator's diagnostics for a refused module, on stderr. */
static void show_violations(const char *path)
{
	char *args[] = {"validate", "--max-errors", "20", (char *)path, NULL};
	fflush(stdout);
	int saved = dup(1);
	if (saved < 0)
		return;
	dup2(2, 1);
	optind = 0;
	cmd_validate(4, args);
	fflush(stdout);
	dup2(saved, 1);
	close(saved);
}

/* SIGFPE's si_code: #DE (integer division) or an x87 or SSE exception the
 * module unmasked. */
static const char *fpe_text(int code)
{
	switch (code) {
	case FPE_FLTDIV:
		return "floating-point division by zero (an exception the module unmasked)";
	case FPE_FLTOVF: return "floating-point overflow (an exception the module unmasked)";
	case FPE_FLTUND: return "floating-point underflow (an exception the module unmasked)";
	case FPE_FLTRES: return "inexact floating-point result (an exception the module unmasked)";
	case FPE_FLTINV:
		return "invalid floating-point operation (an exception the module unmasked)";
	default: return "arithmetic fault (division by zero or overflow)";
	}
}

static const char *signal_text(int sig, int code)
{
	switch (sig) {
	case 11: return code == 128 ? "general-protection fault (a privileged instruction such as hlt, or a non-canonical address)"
				   : "invalid memory access";
	case 7: return "bus error";
	case 4: return "illegal instruction";
	case 8: return fpe_text(code);
	case 5: return "trap";
	default: return "signal";
	}
}

static void report_fault(const struct hl_module *m, const struct hl_result *r)
{
	const struct hl_fault *f = &r->fault;
	char where[300];
	hl_elf_format_addr(&m->elf, f->rip, where, sizeof where);
	fprintf(stderr, "halite run: %s: SIG%s: %s at 0x%llx (%s)\n", m->path,
		sigabbrev_np(f->signal) ? sigabbrev_np(f->signal) : "?",
		f->stack_overflow ? "stack overflow" : signal_text(f->signal, f->code),
		(unsigned long long)f->rip, where);
	if (f->addr && f->signal != 4 && f->signal != 8)
		fprintf(stderr, "  fault address: 0x%llx\n", (unsigned long long)(uint32_t)f->addr);
	if (f->insn_len) {
		struct hv_insn in;
		char hex[64], dis[160];
		if (hv_decode(f->insn, f->insn_len, &in) == HV_D_OK) {
			disasm_hex(hex, sizeof hex, f->insn, in.len);
			disasm_format(dis, sizeof dis, &in, f->rip);
		} else {
			disasm_hex(hex, sizeof hex, f->insn, f->insn_len < 8 ? f->insn_len : 8);
			snprintf(dis, sizeof dis, "(unknown)");
		}
		fprintf(stderr, "  instruction: %s  %s\n", hex, dis);
	}
	if (f->nframes) {
		fprintf(stderr, "  backtrace (return addresses found on the stack):\n");
		for (unsigned i = 0; i < f->nframes; i++) {
			hl_elf_format_addr(&m->elf, f->frames[i], where, sizeof where);
			fprintf(stderr, "    #%u 0x%llx %s\n", i, (unsigned long long)f->frames[i], where);
		}
	}
}

int cmd_run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"dir", required_argument, NULL, 'd'},
		{"cwd", required_argument, NULL, 'C'},
		{"env", required_argument, NULL, 'e'},
		{"env-inherit", no_argument, NULL, 'E'},
		{"memory", required_argument, NULL, 'm'},
		{"stack", required_argument, NULL, 's'},
		{"max-threads", required_argument, NULL, 'T'},
		{"timeout", required_argument, NULL, 't'},
		{"trace", no_argument, NULL, 'x'},
		{"cpu-time", required_argument, NULL, 'P'},
		{"max-file-size", required_argument, NULL, 'F'},
		{"no-outer-sandbox", no_argument, NULL, 'O'},
		{"no-zero-base", no_argument, NULL, 'Z'},
		{"native", no_argument, NULL, 'N'},
		{"trace-denied", no_argument, NULL, 'D'},
		{"allow-syscall", required_argument, NULL, 'A'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct hl_config cfg;
	hl_config_default(&cfg);
	struct hl_grants grants = {0};
	struct env env = {0};
	int inherit = 0, c, status = EXIT_HALITE, outer = 1;
	double cpu_time = 0;
	uint64_t max_file_size = 0;
	char err[512];
	char **sets = calloc((size_t)argc + 1, sizeof *sets);
	size_t nsets = 0;
	const char **allow = calloc((size_t)argc + 1, sizeof *allow);
	size_t nallow = 0;
	int native = 0, trace_denied = 0, threads_set = 0, stack_set = 0;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			if (hl_grants_add(&grants, optarg, err, sizeof err) < 0) {
				status = fail("%s%s", err, "");
				goto out;
			}
			break;
		case 'C':
			if (!*optarg) {
				status = fail("--cwd: expected a directory%s%s", "", "");
				goto out;
			}
			cfg.cwd = optarg;
			break;
		case 'e':
			if (!strchr(optarg, '=') || optarg[0] == '=') {
				status = fail("--env %s: expected NAME=VALUE%s", optarg, "");
				goto out;
			}
			sets[nsets++] = optarg;
			break;
		case 'E':
			inherit = 1;
			break;
		case 'm':
			if (parse_size(optarg, &cfg.memory_limit) || !cfg.memory_limit) {
				status = fail("--memory %s: expected a size such as 512M or 2G%s", optarg, "");
				goto out;
			}
			break;
		case 's':
			if (parse_size(optarg, &cfg.stack_size) || cfg.stack_size < 65536) {
				status = fail("--stack %s: expected a size of at least 64K%s", optarg, "");
				goto out;
			}
			stack_set = 1;
			break;
		case 'T': {
			char *end;
			long n = strtol(optarg, &end, 10);
			if (*end || end == optarg || n < 1 || n > 100000) {
				status = fail("--max-threads %s: expected a number from 1 to 100000%s", optarg, "");
				goto out;
			}
			cfg.max_threads = (unsigned)n;
			threads_set = 1;
			break;
		}
		case 't': {
			char *end;
			double s = strtod(optarg, &end);
			if (*end || end == optarg || !(s > 0) || s > 1e9) {
				status = fail("--timeout %s: expected a positive number of seconds%s", optarg, "");
				goto out;
			}
			cfg.timeout = s;
			break;
		}
		case 'x':
			cfg.trace = 1;
			break;
		case 'P': {
			char *end;
			cpu_time = strtod(optarg, &end);
			if (*end || end == optarg || !(cpu_time > 0) || cpu_time > 1e9) {
				status = fail("--cpu-time %s: expected a positive number of seconds%s", optarg, "");
				goto out;
			}
			break;
		}
		case 'F':
			if (parse_size(optarg, &max_file_size) || !max_file_size) {
				status = fail("--max-file-size %s: expected a size such as 10M%s", optarg, "");
				goto out;
			}
			break;
		case 'O':
			outer = 0;
			break;
		case 'Z':
			cfg.any_base = 1;
			break;
		case 'N':
			native = 1;
			break;
		case 'D':
			trace_denied = 1;
			break;
		case 'A':
			allow[nallow++] = optarg;
			break;
		case 'h':
			help(stdout);
			status = 0;
			goto out;
		default:
			help(stderr);
			goto out;
		}
	}
	if (!native && (trace_denied || nallow)) {
		status = fail("%s needs --native (the inner sandbox's policy cannot be widened)%s",
			      trace_denied ? "--trace-denied" : "--allow-syscall", "");
		goto out;
	}
	if (optind >= argc) {
		if (native)
			status = fail("no program given; usage: halite run --native [OPTIONS] "
				      "PROGRAM [ARGS...]%s%s", "", "");
		else
			status = fail("no module given; usage: halite run [OPTIONS] MODULE [ARGS...]%s%s", "", "");
		goto out;
	}
	for (char **e = environ; inherit && e && *e; e++)
		if (env_set(&env, *e)) {
			status = fail("out of memory%s%s", "", "");
			goto out;
		}
	for (size_t i = 0; i < nsets; i++)
		if (env_set(&env, sets[i])) {
			status = fail("out of memory%s%s", "", "");
			goto out;
		}
	if (!env.v && !(env.v = calloc(1, sizeof *env.v))) {
		status = fail("out of memory%s%s", "", "");
		goto out;
	}
	cfg.grants = &grants;
	if (native) {
		struct cli_native cn = {
			.argv = argv + optind,
			.envp = env.v,
			.grants = &grants,
			.cwd = cfg.cwd,
			.memory = cfg.memory_limit,
			.stack = stack_set ? cfg.stack_size : 0,
			.cpu_time = cpu_time,
			.timeout = cfg.timeout,
			.max_file_size = max_file_size,
			.max_tasks = threads_set ? cfg.max_threads : 0,
			.trace_denied = trace_denied,
			.trace = cfg.trace,
			.no_outer = !outer,
			.allow = allow,
			.nallow = nallow,
		};
		status = cli_run_native(&cn);
		goto out;
	}

	const char *path = argv[optind];
	struct hl_load_error le;
	struct hl_module *m = hl_module_load(path, NULL, &le);
	if (!m) {
		if (le.kind == HL_LOAD_INVALID)
			show_violations(path);
		fprintf(stderr, "halite run: %s: %s\n", path, le.msg);
		status = EXIT_REFUSED;
		goto out;
	}
	struct hl_outer o = {
		.grants = &grants,
		.memory = cfg.memory_limit,
		.cpu_time = cpu_time,
		.max_file_size = max_file_size,
		.max_threads = cfg.max_threads,
		.prog = "halite run",
	};
	if (outer && hl_outer_begin(&o, &cfg.thread_gate, err, sizeof err)) {
		fprintf(stderr, "halite run: outer sandbox: %s\n"
				"(--no-outer-sandbox runs without it, with the inner sandbox only)\n",
			err);
		hl_module_free(m);
		goto out;
	} else if (!outer && (cpu_time > 0 || max_file_size)) {
		fprintf(stderr, "halite run: --cpu-time and --max-file-size need the outer sandbox\n");
		hl_module_free(m);
		goto out;
	}
	/* With the outer sandbox, from here on this is the child. */
	struct hl_sandbox *sb = hl_sandbox_create(m, &cfg, err, sizeof err);
	if (!sb) {
		fprintf(stderr, "halite run: %s\n", err);
		hl_module_free(m);
		goto out;
	}
	o.exec_lo = hl_sandbox_base(sb);
	if (outer && hl_outer_finish(&o, err, sizeof err)) {
		fprintf(stderr, "halite run: outer sandbox: %s\n"
				"(--no-outer-sandbox runs without it, with the inner sandbox only)\n",
			err);
		hl_sandbox_destroy(sb);
		hl_module_free(m);
		goto out;
	}
	struct hl_result res;
	fflush(NULL);
	hl_sandbox_run(sb, argv + optind, env.v, &res);
	switch (res.end) {
	case HL_END_FAULT:
		report_fault(m, &res);
		break;
	case HL_END_KILLED:
	case HL_END_TIMEOUT:
	case HL_END_ERROR:
		fprintf(stderr, "halite run: %s: %s\n", path, res.msg);
		break;
	default:
		break;
	}
	status = hl_result_status(&res);
	hl_sandbox_destroy(sb);
	hl_module_free(m);
out:
	if (cfg.thread_gate >= 0)
		close(cfg.thread_gate);
	hl_grants_free(&grants);
	free(env.v);
	free(sets);
	free(allow);
	return status;
}
