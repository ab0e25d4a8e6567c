/* halite-cc: compiler driver for halite modules (docs/abi.md, section 7).
 *
 * Accepts gcc's command line. For each input:
 *   .c, .i   gcc -S (user flags, then the ABI flags) -> halite-rewrite -> as
 *   .S, .sx  gcc -E -> halite-rewrite -> as
 *   .s       halite-rewrite -> as
 *   other    linker input (.o, .a, ...)
 * and, unless -c, -S or -E, links a static PIE with ld and the linker script
 * SYSROOT/lib/halite.ld against SYSROOT/lib/{crt1.o,crti.o,crtn.o,libc.a}
 * and SYSROOT/lib/libhalite-rt.a (libgcc's routines built for the sandbox).
 *
 * The driver is untrusted (outside the TCB): the validator checks whatever it
 * produces. It refuses flags that would make the output break the sandbox
 * rules, with a message naming the rule.
 *
 * Where things are, relative to the driver's own path (/proc/self/exe):
 *   rewriter   BINDIR/halite-rewrite                 ($HALITE_REWRITE)
 *   sysroot    BINDIR/../sysroot (build tree) or
 *              BINDIR/../lib/halite (installed)      ($HALITE_SYSROOT, --sysroot=)
 *   interp     BINDIR/halite-interp: the PT_INTERP of every module, so that
 *              running a module directly runs it with BINDIR/halite run
 * After linking, runs of single-byte nops (bundle padding) in the module's
 * code are merged into multi-byte nops (nopfill.c; -mno-halite-nopfill or
 * HALITE_NOPFILL=0 turns that off).
 * Temporary files live in a private directory removed on exit (kept with
 * -save-temps). -v prints each command before running it; -### prints the
 * commands without running them. The exit status is the failing step's. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "nopfill.h"

#ifndef HALITE_GCC_INCLUDE
#define HALITE_GCC_INCLUDE ""
#endif
#ifndef HALITE_LIBGCC
#define HALITE_LIBGCC ""
#endif
#define HALITE_CC_VERSION "0.1"
#define TRIPLE "x86_64-linux-musl"

/* The flags every C translation unit is compiled with (docs/abi.md,
 * section 7). They come after the user's flags so that they win. */
static const char *const abi_cflags[] = {
	"-fPIE",
	"-ffixed-r14",
	"-ffixed-r11",
	"-mno-tls-direct-seg-refs",
	"-fcf-protection=none",
	"-mno-avx512f",
	/* gathers (VSIB addressing) are not on the whitelist; gcc 12 has no
	 * -mno-gather, but its tuning switches turn them off */
	"-mtune-ctrl=^use_gather_2parts,^use_gather_4parts,^use_gather",
	"-D__halite__=1",
	NULL,
};

/* ---- small utilities ---- */

static const char *prog = "halite-cc";

static void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(1);
	}
	return p;
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(1);
	}
	return p;
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

static char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("formatting failed");
	char *s = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

static bool starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A growable list of strings. */
struct vec {
	const char **v;
	size_t n, cap;
};

static void vpush(struct vec *v, const char *s)
{
	if (v->n + 2 > v->cap) {
		v->cap = v->cap ? 2 * v->cap : 16;
		v->v = xrealloc(v->v, v->cap * sizeof *v->v);
	}
	v->v[v->n++] = s;
	v->v[v->n] = NULL;
}

static void vappend(struct vec *v, const struct vec *w)
{
	for (size_t i = 0; i < w->n; i++)
		vpush(v, w->v[i]);
}

/* Splits "a,b,c" (the argument of -Wl, -Wa, -Wp) at commas into v. */
static void vpush_split(struct vec *v, const char *list)
{
	char *s = xstrdup(list);
	for (char *p = s;;) {
		char *c = strchr(p, ',');
		if (c)
			*c = 0;
		vpush(v, p);
		if (!c)
			break;
		p = c + 1;
	}
}

/* ---- temporary directory, removed on exit ---- */

static char *tmp_dir;
static bool keep_temps;
static volatile sig_atomic_t cleaning;

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

static void cleanup(void)
{
	if (!tmp_dir || cleaning)
		return;
	cleaning = 1;
	if (keep_temps)
		fprintf(stderr, "%s: temporary files kept in %s\n", prog, tmp_dir);
	else
		nftw(tmp_dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static void on_signal(int sig)
{
	cleanup();
	signal(sig, SIG_DFL);
	raise(sig);
}

static const char *temp_dir(void)
{
	if (tmp_dir)
		return tmp_dir;
	const char *base = getenv("TMPDIR");
	if (!base || !*base || !is_dir(base))
		base = "/tmp";
	char *t = xasprintf("%s/halite-cc.XXXXXX", base);
	if (!mkdtemp(t))
		die("cannot create a temporary directory in %s: %s", base, strerror(errno));
	tmp_dir = t;
	return tmp_dir;
}

/* A fresh path TMP/N/NAME: a subdirectory per input keeps the source's
 * base name in messages (the rewriter prints FILE:LINE) without clashes. */
static char *temp_path(unsigned idx, const char *name)
{
	char *d = xasprintf("%s/%u", temp_dir(), idx);
	if (mkdir(d, 0700) != 0 && errno != EEXIST)
		die("cannot create %s: %s", d, strerror(errno));
	return xasprintf("%s/%s", d, name);
}

static void die(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: error: ", prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void warn(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: warning: ", prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* ---- running commands ---- */

static bool verbose, dry_run;

static void print_cmd(const char *const *argv, const char *out_file)
{
	for (size_t i = 0; argv[i]; i++) {
		const char *a = argv[i];
		bool plain = *a != 0;
		for (const char *p = a; *p; p++)
			if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				    "0123456789-_=+./,:@%", *p))
				plain = false;
		fputs(i ? " " : "", stderr);
		if (plain) {
			fputs(a, stderr);
		} else {
			fputc('\'', stderr);
			for (const char *p = a; *p; p++)
				if (*p == '\'')
					fputs("'\\''", stderr);
				else
					fputc(*p, stderr);
			fputc('\'', stderr);
		}
	}
	if (out_file)
		fprintf(stderr, " > %s", out_file);
	fputc('\n', stderr);
}

/* Runs argv (searched in PATH), optionally with standard output sent to
 * out_file. Returns the exit status, 128 + N for death by signal N. */
static int run(const struct vec *cmd, const char *out_file)
{
	if (verbose || dry_run)
		print_cmd(cmd->v, out_file);
	if (dry_run)
		return 0;
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		die("fork: %s", strerror(errno));
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		if (out_file) {
			int fd = open(out_file, O_WRONLY | O_CREAT | O_TRUNC, 0666);
			if (fd < 0) {
				fprintf(stderr, "%s: error: cannot write %s: %s\n", prog,
					out_file, strerror(errno));
				_exit(1);
			}
			dup2(fd, 1);
			close(fd);
		}
		execvp(cmd->v[0], (char *const *)cmd->v);
		fprintf(stderr, "%s: error: cannot run %s: %s\n", prog, cmd->v[0],
			strerror(errno));
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			die("waitpid: %s", strerror(errno));
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	if (WIFSIGNALED(st)) {
		fprintf(stderr, "%s: error: %s killed by signal %d\n", prog, cmd->v[0],
			WTERMSIG(st));
		return 128 + WTERMSIG(st);
	}
	return 1;
}

static void run_or_exit(const struct vec *cmd, const char *out_file)
{
	int rc = run(cmd, out_file);
	if (rc != 0)
		exit(rc);
}

/* Runs a command and returns the first line of its standard output
 * (without the newline), or NULL. Used for the few gcc queries. */
static char *query(const char *const *argv)
{
	int fds[2];
	if (pipe(fds) != 0)
		return NULL;
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return NULL;
	if (pid == 0) {
		dup2(fds[1], 1);
		close(fds[0]);
		close(fds[1]);
		execvp(argv[0], (char *const *)argv);
		_exit(127);
	}
	close(fds[1]);
	char buf[PATH_MAX + 1];
	size_t n = 0;
	ssize_t r;
	while (n < PATH_MAX && (r = read(fds[0], buf + n, PATH_MAX - n)) != 0) {
		if (r < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		n += (size_t)r;
	}
	close(fds[0]);
	int st;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	buf[n] = 0;
	char *nl = strchr(buf, '\n');
	if (nl)
		*nl = 0;
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0 || !*buf)
		return NULL;
	return xstrdup(buf);
}

/* ---- where the tools and the sysroot are ---- */

static char *bin_dir;    /* directory of this executable */
static char *sysroot;    /* SYSROOT */
static const char *gcc_cmd = "gcc";

static char *self_dir(const char *argv0)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	if (n > 0) {
		buf[n] = 0;
	} else {
		/* No /proc: fall back to argv[0] when it names a path. */
		if (!strchr(argv0, '/') || !realpath(argv0, buf))
			return xstrdup(".");
	}
	char *slash = strrchr(buf, '/');
	if (slash == buf)
		return xstrdup("/");
	if (slash)
		*slash = 0;
	return xstrdup(buf);
}

static void find_sysroot(const char *flag_sysroot)
{
	const char *env = getenv("HALITE_SYSROOT");
	if (flag_sysroot)
		sysroot = xstrdup(flag_sysroot);
	else if (env && *env)
		sysroot = xstrdup(env);
	else {
		/* Build tree: build/bin/halite-cc, build/sysroot. Installed:
		 * PREFIX/bin/halite-cc, PREFIX/lib/halite. */
		char *build = xasprintf("%s/../sysroot", bin_dir);
		char *inst = xasprintf("%s/../lib/halite", bin_dir);
		sysroot = is_dir(build) || !is_dir(inst) ? build : inst;
	}
	char real[PATH_MAX];
	if (realpath(sysroot, real))
		sysroot = xstrdup(real);
}

static bool sysroot_has_headers(void)
{
	return is_file(xasprintf("%s/include/stdio.h", sysroot));
}

static const char *rewriter(void)
{
	const char *env = getenv("HALITE_REWRITE");
	if (env && *env)
		return env;
	return xasprintf("%s/halite-rewrite", bin_dir);
}

/* The ELF interpreter named in every module's PT_INTERP (src/interp): the
 * kernel starts it when a module is run directly (./prog), and it runs the
 * module with the `halite` beside it. The one beside this driver, in the
 * build tree and installed alike. */
static const char *interp_path(void)
{
	return xasprintf("%s/halite-interp", bin_dir);
}

static const char *gcc_include_dir(void)
{
	static const char *dir;
	if (dir)
		return dir;
	if (*HALITE_GCC_INCLUDE && is_dir(HALITE_GCC_INCLUDE))
		return dir = HALITE_GCC_INCLUDE;
	const char *q[] = {gcc_cmd, "-print-file-name=include", NULL};
	dir = query(q);
	return dir ? dir : (dir = "");
}

static const char *libgcc_path(void)
{
	if (*HALITE_LIBGCC && is_file(HALITE_LIBGCC))
		return HALITE_LIBGCC;
	const char *q[] = {gcc_cmd, "-print-libgcc-file-name", NULL};
	char *p = query(q);
	return p ? p : "-lgcc";
}

/* ---- the command line ---- */

enum lang { L_AUTO, L_C, L_CPP_OUTPUT, L_ASM, L_ASM_CPP, L_LINK };

struct input {
	const char *path;
	enum lang lang;
	char *obj; /* object produced for the link (temporary) */
};

/* Linker command items, in command-line order; src >= 0 stands for the
 * object compiled from input number src. */
struct link_item {
	const char *arg;
	int src;
};

static struct {
	char mode;            /* 'l' link, 'c', 'S', 'E' */
	const char *out;      /* -o */
	struct vec cflags;    /* to gcc -S / gcc -E */
	struct vec depflags;  /* -M... to the gcc step */
	bool dep_md;          /* -MD or -MMD */
	bool dep_mf, dep_mt;  /* -MF given, -MT/-MQ given */
	bool dep_only;        /* -M or -MM: preprocess to a dependency list */
	bool nostdinc;
	bool stack_protector, ssp_guard;
	struct vec asflags;   /* -Wa, -Xassembler */
	struct input *in;
	size_t nin;
	struct link_item *li;
	size_t nli;
	bool nostdlib, nostartfiles, nodefaultlibs, nolibc, relocatable, strip;
	const char *ldscript; /* user -T */
	const char *flag_sysroot;
	bool query_v;         /* -v: also say what we are */
	int nopfill;          /* -m[no-]halite-nopfill: 1 on, 0 off, -1 unset */
} opt = {.mode = 'l', .nopfill = -1};

static void add_link(const char *arg, int src)
{
	opt.li = xrealloc(opt.li, (opt.nli + 1) * sizeof *opt.li);
	opt.li[opt.nli++] = (struct link_item){arg, src};
}

static void add_input(const char *path, enum lang lang)
{
	opt.in = xrealloc(opt.in, (opt.nin + 1) * sizeof *opt.in);
	opt.in[opt.nin] = (struct input){path, lang, NULL};
	add_link(NULL, (int)opt.nin);
	opt.nin++;
}

static enum lang lang_of_ext(const char *path)
{
	const char *dot = strrchr(path, '.');
	const char *slash = strrchr(path, '/');
	if (!dot || (slash && dot < slash))
		return L_LINK;
	if (!strcmp(dot, ".c"))
		return L_C;
	if (!strcmp(dot, ".i"))
		return L_CPP_OUTPUT;
	if (!strcmp(dot, ".s"))
		return L_ASM;
	if (!strcmp(dot, ".S") || !strcmp(dot, ".sx"))
		return L_ASM_CPP;
	if (!strcmp(dot, ".h"))
		die("%s: precompiled headers are not supported", path);
	if (!strcmp(dot, ".cc") || !strcmp(dot, ".cpp") || !strcmp(dot, ".cxx") ||
	    !strcmp(dot, ".C") || !strcmp(dot, ".c++") || !strcmp(dot, ".ii"))
		die("%s: C++ is not supported (the sysroot has no C++ runtime)", path);
	return L_LINK;
}

static enum lang lang_of_x(const char *x)
{
	if (!strcmp(x, "none"))
		return L_AUTO;
	if (!strcmp(x, "c"))
		return L_C;
	if (!strcmp(x, "cpp-output"))
		return L_CPP_OUTPUT;
	if (!strcmp(x, "assembler"))
		return L_ASM;
	if (!strcmp(x, "assembler-with-cpp"))
		return L_ASM_CPP;
	die("-x %s: language not supported (halite-cc compiles C and assembly)", x);
}

/* Refuses a flag that would produce code or a module that breaks the
 * sandbox rules, with the reason. */
static void refuse(const char *flag, const char *why)
{
	die("%s is not allowed: %s", flag, why);
}

static void check_reg_flag(const char *a, const char *prefix)
{
	const char *r = a + strlen(prefix);
	if (starts(r, "r14") || starts(r, "r11"))
		refuse(a, "%r14 holds the sandbox base and %r11 is the toolchain's "
			  "scratch register; both stay fixed (docs/abi.md sections 3, 7)");
}

/* Checks a -f or -m flag given for compilation. */
static void check_code_flag(const char *a)
{
	if (!strcmp(a, "-fno-pie") || !strcmp(a, "-fno-PIE") || !strcmp(a, "-fno-pic") ||
	    !strcmp(a, "-fno-PIC"))
		refuse(a, "sandboxed code is position-independent: pointers are "
			  "full addresses and the loader relocates the module "
			  "(docs/abi.md sections 3, 6, 7)");
	if (starts(a, "-mavx512") || starts(a, "-mevex512") || starts(a, "-mavx10"))
		refuse(a, "AVX-512 (EVEX) instructions are not on the validator's "
			  "whitelist (docs/abi.md section 7)");
	if (starts(a, "-mamx"))
		refuse(a, "AMX instructions are not on the validator's whitelist");
	if (!strcmp(a, "-m32") || !strcmp(a, "-mx32") || !strcmp(a, "-m16"))
		refuse(a, "modules are x86-64 (64-bit) code");
	if (starts(a, "-mcmodel=") && strcmp(a, "-mcmodel=small") &&
	    strcmp(a, "-mcmodel=medium"))
		refuse(a, "the large and kernel code models use absolute 64-bit "
			  "addresses; a module lives in one 4 GiB slot (use the "
			  "default small model)");
	if (!strcmp(a, "-mtls-direct-seg-refs"))
		refuse(a, "%fs is the host's; only %fs:0 reads of the thread pointer "
			  "may remain, for the rewriter to turn into runtime call 1 "
			  "(docs/abi.md sections 3, 5, 7)");
	if (starts(a, "-fcall-used-"))
		check_reg_flag(a, "-fcall-used-");
	if (starts(a, "-fcall-saved-"))
		check_reg_flag(a, "-fcall-saved-");
	if (!strcmp(a, "-fsplit-stack"))
		refuse(a, "split stacks keep the stack limit at %fs:0x70, which "
			  "sandboxed code cannot use");
	if ((starts(a, "-mindirect-branch=") || starts(a, "-mfunction-return=")) &&
	    strstr(a, "thunk"))
		refuse(a, "return and indirect-branch thunks use ret and "
			  "unmasked indirect branches (docs/abi.md R2, R7); the "
			  "sandbox's masked branches already confine speculation "
			  "targets to bundle starts");
	if (!strcmp(a, "-flto") || starts(a, "-flto=") || !strcmp(a, "-ffat-lto-objects"))
		refuse(a, "link-time optimization generates code at link time, "
			  "after the halite rewriter");
	if (starts(a, "-fsanitize=")) {
		static const char *const rt[] = {"address", "thread", "leak", "memory",
						 "hwaddress", "kernel", "pointer", NULL};
		for (size_t i = 0; rt[i]; i++)
			if (strstr(a, rt[i]))
				refuse(a, "sanitizer run-time libraries are host code, not "
					  "built for the sandbox");
	}
	if (!strcmp(a, "-fno-stack-protector"))
		opt.stack_protector = false;
	else if (!strcmp(a, "-fstack-protector") || starts(a, "-fstack-protector-"))
		opt.stack_protector = true;
	if (starts(a, "-mstack-protector-guard"))
		opt.ssp_guard = true;
}

/* Options of gcc that take their argument as the next word. */
static const char *const sep_arg_opts[] = {
	"-o", "-x", "-I", "-D", "-U", "-L", "-l", "-include", "-imacros", "-isystem",
	"-idirafter", "-iquote", "-iprefix", "-iwithprefix", "-iwithprefixbefore",
	"-isysroot", "-imultilib", "-MF", "-MT", "-MQ", "-Xlinker", "-Xassembler",
	"-Xpreprocessor", "-T", "-u", "-e", "-z", "--param", "-aux-info", "-B",
	"-A", "-dumpdir", "-dumpbase", "-dumpbase-ext", "--sysroot", NULL,
};

static bool takes_sep_arg(const char *a)
{
	for (size_t i = 0; sep_arg_opts[i]; i++)
		if (!strcmp(a, sep_arg_opts[i]))
			return true;
	return false;
}

/* Expands @FILE arguments (gcc's response files): words separated by white
 * space, with '...', "..." and backslash escapes. */
static void expand_response(struct vec *out, const char *arg, int depth)
{
	if (arg[0] != '@' || depth > 8) {
		vpush(out, arg);
		return;
	}
	FILE *f = fopen(arg + 1, "r");
	if (!f) {
		vpush(out, arg); /* gcc keeps an unreadable @file as an input */
		return;
	}
	size_t cap = 256, n = 0;
	char *w = xmalloc(cap);
	bool in_word = false;
	int q = 0, c;
	while ((c = fgetc(f)) != EOF) {
		if (!q && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
			if (in_word) {
				w[n] = 0;
				expand_response(out, xstrdup(w), depth + 1);
				n = 0;
				in_word = false;
			}
			continue;
		}
		in_word = true;
		if (c == '\\') {
			c = fgetc(f);
			if (c == EOF)
				break;
		} else if (!q && (c == '\'' || c == '"')) {
			q = c;
			continue;
		} else if (q && c == q) {
			q = 0;
			continue;
		}
		if (n + 2 > cap)
			w = xrealloc(w, cap *= 2);
		w[n++] = (char)c;
	}
	if (in_word) {
		w[n] = 0;
		expand_response(out, xstrdup(w), depth + 1);
	}
	free(w);
	fclose(f);
}

/* Options that only ask gcc something: answered here or by gcc. */
static bool is_query(const char *a)
{
	return !strcmp(a, "--version") || !strcmp(a, "-dumpversion") ||
	       !strcmp(a, "-dumpfullversion") || !strcmp(a, "-dumpmachine") ||
	       !strcmp(a, "-dumpspecs") || !strcmp(a, "--help") || starts(a, "--help=") ||
	       starts(a, "-print-") || starts(a, "--print-") || !strcmp(a, "--target-help");
}

static int answer_query(const char *a)
{
	if (!strcmp(a, "-dumpmachine") || !strcmp(a, "-print-multiarch")) {
		printf("%s\n", TRIPLE);
		return 0;
	}
	if (!strcmp(a, "-print-sysroot") || !strcmp(a, "--print-sysroot")) {
		printf("%s\n", sysroot);
		return 0;
	}
	if (starts(a, "-print-file-name=") || starts(a, "--print-file-name=")) {
		const char *name = strchr(a, '=') + 1;
		char *p = xasprintf("%s/lib/%s", sysroot, name);
		if (*name && (is_file(p) || is_dir(p))) {
			printf("%s\n", p);
			return 0;
		}
	}
	if (!strcmp(a, "-print-prog-name=halite-rewrite")) {
		printf("%s\n", rewriter());
		return 0;
	}
	struct vec cmd = {0};
	vpush(&cmd, gcc_cmd);
	vpush(&cmd, a);
	return run(&cmd, NULL);
}

static void parse(int argc, char **argv, bool *want_query, const char **query_arg)
{
	struct vec args = {0};
	for (int i = 1; i < argc; i++)
		expand_response(&args, argv[i], 0);

	enum lang xlang = L_AUTO;
	for (size_t i = 0; i < args.n; i++) {
		const char *a = args.v[i];
		const char *next = i + 1 < args.n ? args.v[i + 1] : NULL;
		if (a[0] != '-' || !strcmp(a, "-")) {
			/* Standard input ("-") is C unless -x says otherwise. */
			enum lang l = xlang != L_AUTO ? xlang : !strcmp(a, "-") ? L_C : lang_of_ext(a);
			if (l == L_LINK)
				add_link(a, -1);
			else
				add_input(a, l);
			continue;
		}
		/* Options with a separate argument. */
		if (takes_sep_arg(a)) {
			if (!next)
				die("missing argument to %s", a);
			i++;
			if (!strcmp(a, "-o"))
				opt.out = next;
			else if (!strcmp(a, "-x"))
				xlang = lang_of_x(next);
			else if (!strcmp(a, "-L")) {
				add_link(xasprintf("-L%s", next), -1);
			} else if (!strcmp(a, "-l")) {
				add_link(xasprintf("-l%s", next), -1);
			} else if (!strcmp(a, "-MF") || !strcmp(a, "-MT") || !strcmp(a, "-MQ")) {
				vpush(&opt.depflags, a);
				vpush(&opt.depflags, next);
				if (a[2] == 'F')
					opt.dep_mf = true;
				else
					opt.dep_mt = true;
			} else if (!strcmp(a, "-Xlinker")) {
				add_link(next, -1);
			} else if (!strcmp(a, "-Xassembler")) {
				vpush(&opt.asflags, next);
			} else if (!strcmp(a, "-T")) {
				opt.ldscript = next;
			} else if (!strcmp(a, "-u") || !strcmp(a, "-e") || !strcmp(a, "-z")) {
				add_link(a, -1);
				add_link(next, -1);
			} else if (!strcmp(a, "--sysroot")) {
				opt.flag_sysroot = next;
			} else if (!strcmp(a, "-B") || !strcmp(a, "-dumpdir") ||
				   !strcmp(a, "-dumpbase") || !strcmp(a, "-dumpbase-ext")) {
				/* gcc's own search prefix and dump names: ignored */
			} else {
				vpush(&opt.cflags, a);
				vpush(&opt.cflags, next);
			}
			continue;
		}
		if (is_query(a)) {
			*want_query = true;
			*query_arg = a;
			continue;
		}
		/* Modes. */
		if (!strcmp(a, "-c") || !strcmp(a, "-S") || !strcmp(a, "-E")) {
			/* As in gcc, the earliest stop wins: -E over -S over -c. */
			static const char order[] = "lcSE";
			if (strchr(order, a[1]) > strchr(order, opt.mode))
				opt.mode = a[1];
			continue;
		}
		if (!strcmp(a, "-v")) {
			verbose = true;
			opt.query_v = true;
			continue;
		}
		if (!strcmp(a, "-###")) {
			dry_run = true;
			continue;
		}
		if (!strcmp(a, "-save-temps") || starts(a, "-save-temps=")) {
			keep_temps = true;
			continue;
		}
		if (!strcmp(a, "-pipe") || !strcmp(a, "-static-libgcc") ||
		    !strcmp(a, "-rdynamic") || starts(a, "-fuse-ld=") ||
		    !strcmp(a, "-pass-exit-codes") || !strcmp(a, "-no-canonical-prefixes") ||
		    starts(a, "-specs=") || starts(a, "--specs="))
			continue;
		if (starts(a, "--sysroot=")) {
			opt.flag_sysroot = a + strlen("--sysroot=");
			continue;
		}
		/* Dependency generation: to the gcc step. */
		if (!strcmp(a, "-M") || !strcmp(a, "-MM")) {
			opt.dep_only = true;
			vpush(&opt.depflags, a);
			continue;
		}
		if (!strcmp(a, "-MD") || !strcmp(a, "-MMD")) {
			opt.dep_md = true;
			vpush(&opt.depflags, a);
			continue;
		}
		if (!strcmp(a, "-MG") || !strcmp(a, "-MP")) {
			vpush(&opt.depflags, a);
			continue;
		}
		if (starts(a, "-MF") || starts(a, "-MT") || starts(a, "-MQ")) {
			vpush(&opt.depflags, a);
			if (a[2] == 'F')
				opt.dep_mf = true;
			else
				opt.dep_mt = true;
			continue;
		}
		/* Assembler and linker pass-through. */
		if (starts(a, "-Wa,")) {
			vpush_split(&opt.asflags, a + 4);
			continue;
		}
		if (starts(a, "-Wp,") && (strstr(a, ",-MD,") || strstr(a, ",-MMD,"))) {
			/* -Wp,-MD,FILE (as Linux's kbuild writes it): -MD -MF FILE,
			 * so that the target is the object, not our temporary. */
			struct vec w = {0};
			vpush_split(&w, a + 4);
			for (size_t k = 0; k < w.n; k++) {
				if ((!strcmp(w.v[k], "-MD") || !strcmp(w.v[k], "-MMD")) &&
				    k + 1 < w.n) {
					opt.dep_md = opt.dep_mf = true;
					vpush(&opt.depflags, w.v[k]);
					vpush(&opt.depflags, "-MF");
					vpush(&opt.depflags, w.v[++k]);
				} else {
					vpush(&opt.cflags, xasprintf("-Wp,%s", w.v[k]));
				}
			}
			continue;
		}
		if (starts(a, "-Wl,")) {
			struct vec w = {0};
			vpush_split(&w, a + 4);
			for (size_t k = 0; k < w.n; k++)
				add_link(w.v[k], -1);
			continue;
		}
		if (starts(a, "-l") || starts(a, "-L")) {
			add_link(a, -1);
			continue;
		}
		/* Link options. */
		if (!strcmp(a, "-shared"))
			refuse(a, "modules are static executables; the sandbox has no "
				  "dynamic linker (docs/abi.md section 6)");
		if (!strcmp(a, "-no-pie"))
			refuse(a, "modules are static PIEs: pointers are full addresses, "
				  "relocated by the loader (docs/abi.md sections 3, 6)");
		if (!strcmp(a, "-static") || !strcmp(a, "-static-pie") || !strcmp(a, "-pie"))
			continue; /* always a static PIE */
		if (!strcmp(a, "-nostdlib")) {
			opt.nostdlib = true;
			continue;
		}
		if (!strcmp(a, "-nostartfiles")) {
			opt.nostartfiles = true;
			continue;
		}
		if (!strcmp(a, "-nodefaultlibs")) {
			opt.nodefaultlibs = true;
			continue;
		}
		if (!strcmp(a, "-nolibc")) {
			opt.nolibc = true;
			continue;
		}
		if (!strcmp(a, "-r")) {
			opt.relocatable = true;
			continue;
		}
		if (!strcmp(a, "-s")) {
			opt.strip = true;
			continue;
		}
		if (starts(a, "-T") && a[2]) {
			opt.ldscript = a + 2;
			continue;
		}
		if (starts(a, "-z") && a[2]) {
			add_link("-z", -1);
			add_link(a + 2, -1);
			continue;
		}
		/* The post-link nop merging (ours, not gcc's). */
		if (!strcmp(a, "-mhalite-nopfill") || !strcmp(a, "-mno-halite-nopfill")) {
			opt.nopfill = a[2] != 'n';
			continue;
		}
		if (!strcmp(a, "-nostdinc")) {
			opt.nostdinc = true;
			vpush(&opt.cflags, a);
			continue;
		}
		if (starts(a, "-f") || starts(a, "-m"))
			check_code_flag(a);
		/* Everything else is for the compiler (and preprocessor): -D -U
		 * -I -O -g -f -m -W -w -std= -pedantic -pthread -include ... */
		vpush(&opt.cflags, a);
	}
}

/* The compiler flags of one gcc step (gcc -S or gcc -E). */
static void push_cflags(struct vec *cmd)
{
	vappend(cmd, &opt.cflags);
	for (size_t i = 0; abi_cflags[i]; i++)
		vpush(cmd, abi_cflags[i]);
	/* A stack protector's canary: musl keeps it in __stack_chk_guard
	 * too, which spares a runtime call (the thread pointer) per check. */
	if (opt.stack_protector && !opt.ssp_guard)
		vpush(cmd, "-mstack-protector-guard=global");
	if (!opt.nostdinc && sysroot_has_headers()) {
		vpush(cmd, "-nostdinc");
		vpush(cmd, "-isystem");
		vpush(cmd, xasprintf("%s/include", sysroot));
		const char *gi = gcc_include_dir();
		if (*gi) {
			vpush(cmd, "-isystem");
			vpush(cmd, gi);
		}
	}
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

/* "dir/foo.c" -> "foo" + new_ext (in the current directory). */
static char *replace_ext(const char *path, const char *new_ext, bool strip_dir)
{
	const char *b = strip_dir ? base_name(path) : path;
	const char *dot = strrchr(b, '.');
	const char *slash = strrchr(b, '/');
	size_t n = dot && (!slash || dot > slash) ? (size_t)(dot - b) : strlen(b);
	return xasprintf("%.*s%s", (int)n, b, new_ext);
}

/* The dependency flags for compiling input `in` to `target`: gcc's
 * defaults for -MD/-MMD refer to the output of its own step (our
 * temporary .s), so name the .d file and the target as gcc would for the
 * object. */
static void push_depflags(struct vec *cmd, const struct input *in, const char *target)
{
	vappend(cmd, &opt.depflags);
	if (!opt.dep_md || opt.dep_only)
		return;
	if (!opt.dep_mf) {
		vpush(cmd, "-MF");
		if (opt.out && opt.mode != 'l')
			vpush(cmd, replace_ext(opt.out, ".d", false));
		else
			vpush(cmd, replace_ext(in->path, ".d", true));
	}
	if (!opt.dep_mt) {
		vpush(cmd, "-MT");
		vpush(cmd, target);
	}
}

static const char *x_name(enum lang l)
{
	switch (l) {
	case L_C:
		return "c";
	case L_CPP_OUTPUT:
		return "cpp-output";
	case L_ASM:
		return "assembler";
	case L_ASM_CPP:
		return "assembler-with-cpp";
	default:
		return "none";
	}
}

static void preprocess_only(const struct input *in)
{
	struct vec cmd = {0};
	vpush(&cmd, gcc_cmd);
	vpush(&cmd, "-E");
	push_cflags(&cmd);
	vappend(&cmd, &opt.depflags);
	vpush(&cmd, "-x");
	vpush(&cmd, x_name(in->lang));
	vpush(&cmd, in->path);
	if (opt.out) {
		vpush(&cmd, "-o");
		vpush(&cmd, opt.out);
	}
	run_or_exit(&cmd, NULL);
}

/* Copies standard input into a temporary file (for `-x assembler -`). */
static char *stdin_to_file(unsigned idx)
{
	char *path = temp_path(idx, "stdin.s");
	FILE *f = fopen(path, "w");
	if (!f)
		die("cannot write %s: %s", path, strerror(errno));
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
		fwrite(buf, 1, n, f);
	if (fclose(f) != 0)
		die("cannot write %s: %s", path, strerror(errno));
	return path;
}

/* With HALITE_CC_KEEP_FAILED=DIR, assembly the rewriter rejected is copied
 * to DIR (its FILE:LINE messages refer to it; the temporary copy goes). */
static void keep_failed(const char *asm_path, const char *stem)
{
	const char *dir = getenv("HALITE_CC_KEEP_FAILED");
	if (!dir || !*dir || dry_run)
		return;
	mkdir(dir, 0777);
	char *dst = xasprintf("%s/%s", dir, replace_ext(stem, ".s", true));
	FILE *in = fopen(asm_path, "r"), *out = in ? fopen(dst, "w") : NULL;
	if (in && out) {
		char buf[65536];
		size_t n;
		while ((n = fread(buf, 1, sizeof buf, in)) > 0)
			fwrite(buf, 1, n, out);
	}
	if (out && fclose(out) == 0 && in)
		fprintf(stderr, "%s: the rewriter's input is kept as %s\n", prog, dst);
	if (in)
		fclose(in);
}

/* Compiles input idx: to `out` (-c: object, -S: rewritten assembly);
 * dep_target names it in a dependency file (-MD). */
static void compile(unsigned idx, const char *out, const char *dep_target)
{
	const struct input *in = &opt.in[idx];
	const char *stem = !strcmp(in->path, "-") ? "stdin" : base_name(in->path);
	const char *asm_in; /* assembly for the rewriter */

	if (in->lang == L_ASM) {
		asm_in = !strcmp(in->path, "-") ? stdin_to_file(idx) : in->path;
		if (opt.mode == 'S') {
			warn("%s: assembler input file unused because -S was given", in->path);
			return;
		}
	} else {
		char *s = temp_path(idx, replace_ext(stem, ".s", true));
		struct vec cmd = {0};
		vpush(&cmd, gcc_cmd);
		vpush(&cmd, in->lang == L_ASM_CPP ? "-E" : "-S");
		push_cflags(&cmd);
		push_depflags(&cmd, in, dep_target);
		vpush(&cmd, "-x");
		vpush(&cmd, x_name(in->lang));
		vpush(&cmd, in->path);
		vpush(&cmd, "-o");
		vpush(&cmd, s);
		run_or_exit(&cmd, NULL);
		asm_in = s;
	}

	const char *rewritten =
		opt.mode == 'S' ? out : temp_path(idx, replace_ext(stem, ".halite.s", true));
	struct vec rw = {0};
	vpush(&rw, rewriter());
	/* gcc's indirect jumps and calls go to functions and to labels, which
	 * the rewriter aligns; hand-written assembly may jump to a return
	 * address (musl's longjmp), which only rounding up resumes right. */
	if (in->lang == L_C || in->lang == L_CPP_OUTPUT)
		vpush(&rw, "--round-down");
	vpush(&rw, "-o");
	vpush(&rw, rewritten);
	vpush(&rw, asm_in);
	int rc = run(&rw, NULL);
	if (rc != 0) {
		keep_failed(asm_in, stem);
		exit(rc);
	}
	if (opt.mode == 'S')
		return;

	struct vec as = {0};
	vpush(&as, "as");
	vpush(&as, "--64");
	vpush(&as, "--noexecstack");
	vappend(&as, &opt.asflags);
	vpush(&as, "-o");
	vpush(&as, out);
	vpush(&as, rewritten);
	run_or_exit(&as, NULL);
}

/* ld makes a PIE whose first segment is not at 0 an ET_EXEC; a halite
 * module linked here is a static PIE (relocated by the loader), so mark it
 * ET_DYN as docs/abi.md section 6 describes. */
static void mark_pie(const char *path)
{
	int fd = open(path, O_RDWR);
	if (fd < 0)
		die("cannot open %s: %s", path, strerror(errno));
	unsigned char h[18];
	if (pread(fd, h, sizeof h, 0) == (ssize_t)sizeof h && !memcmp(h, "\177ELF", 4) &&
	    h[4] == 2 && h[5] == 1 && h[16] == 2 && h[17] == 0) {
		unsigned char dyn[2] = {3, 0};
		if (pwrite(fd, dyn, 2, 16) != 2)
			die("cannot write %s: %s", path, strerror(errno));
	}
	close(fd);
}

/* Merges the runs of single-byte nops that bundle padding leaves in the
 * module's code into multi-byte nops (nopfill.c): on unless
 * -mno-halite-nopfill, or HALITE_NOPFILL=0 without -mhalite-nopfill. The
 * module must validate before and after; if the result would not, the
 * original bytes are kept, with a warning (a bug in the pass). */
static void nopfill_module(const char *path)
{
	bool on = true;
	const char *env = getenv("HALITE_NOPFILL");
	if (env && !strcmp(env, "0"))
		on = false;
	if (opt.nopfill >= 0)
		on = opt.nopfill;
	if (!on || dry_run)
		return;
	struct nopfill_stats st;
	char msg[300];
	enum nopfill_status rc = nopfill_file(path, 0, &st, msg, sizeof msg);
	switch (rc) {
	case NOPFILL_OK:
		if (verbose)
			fprintf(stderr,
				"%s: nopfill %s: %zu runs of single-byte nops (%zu bytes) "
				"merged into %zu nops; %zu split at bundle boundaries or "
				"targets\n",
				prog, path, st.runs, st.run_bytes, st.nops_written, st.splits);
		break;
	case NOPFILL_SKIPPED:
	case NOPFILL_INVALID:
		/* Nothing to do for this pass: `halite validate` reports an
		 * invalid module. */
		if (verbose)
			fprintf(stderr, "%s: nopfill %s: %s\n", prog, path,
				*msg ? msg : "not a module");
		break;
	case NOPFILL_REVERTED:
	case NOPFILL_ERROR:
		warn("nop merging of %s: %s", path, msg);
		break;
	case NOPFILL_WRITE_ERROR:
		/* Part of the code may be rewritten: not a module to keep. */
		unlink(path);
		die("nop merging of %s: %s", path, msg);
	}
}

static void need_file(const char *path, const char *what)
{
	if (!is_file(path))
		die("%s %s not found: build the sysroot first (make libc), or "
		    "link with -nostdlib",
		    what, path);
}

static void link_module(void)
{
	const char *out = opt.out ? opt.out : "a.out";
	struct vec cmd = {0};
	vpush(&cmd, "ld");
	if (opt.relocatable) {
		vpush(&cmd, "-r");
		vpush(&cmd, "-o");
		vpush(&cmd, out);
		for (size_t i = 0; i < opt.nli; i++)
			vpush(&cmd, opt.li[i].src >= 0 ? opt.in[opt.li[i].src].obj : opt.li[i].arg);
		run_or_exit(&cmd, NULL);
		return;
	}
	bool startfiles = !opt.nostdlib && !opt.nostartfiles;
	bool libc = !opt.nostdlib && !opt.nodefaultlibs && !opt.nolibc;
	bool libgcc = !opt.nostdlib && !opt.nodefaultlibs;
	const char *lib = xasprintf("%s/lib", sysroot);
	const char *script = opt.ldscript ? opt.ldscript : xasprintf("%s/halite.ld", lib);
	if (!opt.ldscript && !is_file(script))
		die("linker script %s not found (make builds it)", script);

	/* A static PIE (no DT_NEEDED, only R_X86_64_RELATIVE relocations)
	 * that still has a PT_INTERP, in the read-only headers segment. */
	vpush(&cmd, "-static");
	vpush(&cmd, "-pie");
	vpush(&cmd, xasprintf("--dynamic-linker=%s", interp_path()));
	vpush(&cmd, "-z");
	vpush(&cmd, "text");
	vpush(&cmd, "-z");
	vpush(&cmd, "noexecstack");
	vpush(&cmd, "-z");
	vpush(&cmd, "norelro");
	vpush(&cmd, "-z");
	vpush(&cmd, "separate-code");
	vpush(&cmd, "--hash-style=gnu");
	vpush(&cmd, "-T");
	vpush(&cmd, script);
	if (opt.strip)
		vpush(&cmd, "-s");
	vpush(&cmd, "-o");
	vpush(&cmd, out);
	if (startfiles) {
		/* crt1.o, not rcrt1.o: the loader applies the relocations
		 * (docs/abi.md section 6), so no self-relocation is needed. */
		const char *crt[] = {"crt1.o", "crti.o"};
		for (size_t i = 0; i < 2; i++) {
			char *p = xasprintf("%s/%s", lib, crt[i]);
			need_file(p, "start file");
			vpush(&cmd, p);
		}
	}
	for (size_t i = 0; i < opt.nli; i++)
		vpush(&cmd, opt.li[i].src >= 0 ? opt.in[opt.li[i].src].obj : opt.li[i].arg);
	/* The sysroot's libraries (libc.a, and the empty libm.a, libpthread.a
	 * ... that musl installs). ld searches every -L directory for every -l,
	 * in order, so the user's directories still come first. */
	vpush(&cmd, xasprintf("-L%s", lib));
	if (libc || libgcc) {
		vpush(&cmd, "--start-group");
		if (libc) {
			char *p = xasprintf("%s/libc.a", lib);
			need_file(p, "C library");
			vpush(&cmd, p);
		}
		if (libgcc) {
			/* gcc's run-time routines, compiled for the sandbox
			 * (toolchain/libc/rt). The host's libgcc.a is not
			 * sandboxed code: it is only a fallback for a sysroot
			 * without halite-rt, and any member of it linked in makes
			 * the module fail validation. */
			char *rt = xasprintf("%s/libhalite-rt.a", lib);
			vpush(&cmd, is_file(rt) ? rt : libgcc_path());
		}
		vpush(&cmd, "--end-group");
	}
	if (startfiles) {
		char *p = xasprintf("%s/crtn.o", lib);
		need_file(p, "start file");
		vpush(&cmd, p);
	}
	run_or_exit(&cmd, NULL);
	if (!dry_run)
		mark_pie(out);
	nopfill_module(out);
}

int main(int argc, char **argv)
{
	atexit(cleanup);
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGHUP, on_signal);
	const char *g = getenv("HALITE_GCC");
	if (g && *g)
		gcc_cmd = g;
	bin_dir = self_dir(argv[0]);

	bool want_query = false;
	const char *query_arg = NULL;
	parse(argc, argv, &want_query, &query_arg);
	find_sysroot(opt.flag_sysroot);

	if (opt.query_v)
		fprintf(stderr, "halite-cc %s: sysroot %s, rewriter %s\n", HALITE_CC_VERSION,
			sysroot, rewriter());
	if (want_query)
		return answer_query(query_arg);
	if (opt.nin == 0 && opt.nli == 0) {
		if (opt.query_v) {
			/* `cc -v`: configure scripts look for "gcc version". */
			struct vec cmd = {0};
			vpush(&cmd, gcc_cmd);
			vpush(&cmd, "-v");
			verbose = false;
			return run(&cmd, NULL);
		}
		die("no input files");
	}

	if (opt.dep_only)
		opt.mode = 'E';
	if (opt.mode == 'E') {
		if (opt.out && opt.nin > 1)
			die("cannot specify -o with -E and multiple files");
		for (size_t i = 0; i < opt.nin; i++)
			preprocess_only(&opt.in[i]);
		return 0;
	}
	if (opt.mode == 'c' || opt.mode == 'S') {
		if (opt.out && opt.nin > 1)
			die("cannot specify -o with -%c and multiple files", opt.mode);
		for (size_t i = 0; i < opt.nli; i++)
			if (opt.li[i].src < 0 && opt.li[i].arg[0] != '-')
				warn("%s: linker input file unused because linking not done",
				     opt.li[i].arg);
		for (size_t i = 0; i < opt.nin; i++) {
			const struct input *in = &opt.in[i];
			const char *src = !strcmp(in->path, "-") ? "-" : in->path;
			const char *out = opt.out ? opt.out
						  : replace_ext(src, opt.mode == 'c' ? ".o" : ".s", true);
			compile((unsigned)i, out, out);
		}
		return 0;
	}
	/* Compile the sources to temporary objects, then link. */
	for (size_t i = 0; i < opt.nin; i++) {
		struct input *in = &opt.in[i];
		const char *stem = !strcmp(in->path, "-") ? "stdin" : base_name(in->path);
		in->obj = temp_path((unsigned)i, replace_ext(stem, ".o", true));
		compile((unsigned)i, in->obj, replace_ext(stem, ".o", true));
	}
	link_module();
	return 0;
}
