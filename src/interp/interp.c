/* halite-interp: the ELF interpreter of halite modules (docs/runtime.md,
 * "Running modules directly").
 *
 * halite-cc links every module with --dynamic-linker=BINDIR/halite-interp,
 * so a module has a PT_INTERP naming this program. `./prog ARGS` makes the
 * kernel map the module (never run: nothing of it executes outside a
 * sandbox) and start this program, which replaces itself with
 *
 *   BINDIR/halite run --env-inherit [--dir CWD --cwd CWD] $HALITE_RUN_FLAGS
 *                     -- MODULE ARGS
 *
 * MODULE is the path the module was run by (AT_EXECFN, maybe relative: the
 * working directory is unchanged), or /proc/self/exe when that path is not
 * the module's file (a #! script whose interpreter is the module: AT_EXECFN
 * is the script); BINDIR is the directory of the module's PT_INTERP string,
 * our own absolute path (/proc/self/exe is the module).
 * The module's exit status is halite run's, which is the module's.
 *
 * An interpreter is started by the kernel without ld.so, so this is a
 * static PIE. The kernel gives it the auxiliary vector of the *module*:
 * AT_PHDR and AT_PHNUM describe the module's program headers, where glibc's
 * static start-up looks for its own (PT_TLS: thread-local storage, errno).
 * The entry point halite_interp_entry therefore first records the module's
 * values and replaces them with ours, then jumps to glibc's _start. */
#include <elf.h>
#include <errno.h>
#include <limits.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <unistd.h>

/* Our own ELF header (defined by ld). */
extern const ElfW(Ehdr) __ehdr_start __attribute__((visibility("hidden")));

/* The module's program headers, as the kernel reported them. */
static uintptr_t module_phdr, module_phnum;

void halite_interp_fix_auxv(uintptr_t *sp);

/* Runs before glibc's start-up, before relocation and before thread-local
 * storage exists: no library calls, no stack protector, only PC-relative
 * data. sp points at argc: argc, argv..., NULL, envp..., NULL, auxv. */
__attribute__((no_stack_protector, used)) void halite_interp_fix_auxv(uintptr_t *sp)
{
	uintptr_t *p = sp + 1 + sp[0] + 1;
	while (*p)
		p++;
	for (p++; p[0] != AT_NULL; p += 2) {
		if (p[0] == AT_PHDR) {
			module_phdr = p[1];
			p[1] = (uintptr_t)&__ehdr_start + __ehdr_start.e_phoff;
		} else if (p[0] == AT_PHNUM) {
			module_phnum = p[1];
			p[1] = __ehdr_start.e_phnum;
		}
	}
}

/* The entry point (ld -e): the kernel's initial stack is left as it was;
 * %rdx (the exit function of a dynamic loader) is 0 as the kernel sets it. */
__asm__(".text\n"
	".globl halite_interp_entry\n"
	".type halite_interp_entry, @function\n"
	"halite_interp_entry:\n"
	"	xor %ebp, %ebp\n"
	"	mov %rsp, %rbx\n"
	"	mov %rsp, %rdi\n"
	"	and $-16, %rsp\n"
	"	call halite_interp_fix_auxv\n"
	"	mov %rbx, %rsp\n"
	"	xor %ebx, %ebx\n"
	"	xor %edx, %edx\n"
	"	jmp _start\n"
	".size halite_interp_entry, . - halite_interp_entry\n");

static const char *prog = "halite-interp";

static void die(int status, const char *fmt, const char *a, const char *b)
{
	fprintf(stderr, "%s: ", prog);
	fprintf(stderr, fmt, a, b);
	fputc('\n', stderr);
	exit(status);
}

/* Whether [vaddr, vaddr + size) of the module is mapped from its file. */
static int module_loaded(const ElfW(Phdr) * ph, uintptr_t vaddr, uintptr_t size)
{
	for (uintptr_t i = 0; i < module_phnum; i++)
		if (ph[i].p_type == PT_LOAD && vaddr >= ph[i].p_vaddr &&
		    vaddr - ph[i].p_vaddr <= ph[i].p_filesz &&
		    size <= ph[i].p_filesz - (vaddr - ph[i].p_vaddr))
			return 1;
	return 0;
}

/* The module's PT_INTERP string (its load bias from PT_PHDR), or NULL. */
static const char *module_interp(void)
{
	const ElfW(Phdr) *ph = (const ElfW(Phdr) *)module_phdr;
	uintptr_t bias = 0;
	int have_bias = 0;
	for (uintptr_t i = 0; i < module_phnum; i++)
		if (ph[i].p_type == PT_PHDR) {
			bias = module_phdr - ph[i].p_vaddr;
			have_bias = 1;
		}
	for (uintptr_t i = 0; have_bias && i < module_phnum; i++)
		if (ph[i].p_type == PT_INTERP && ph[i].p_filesz > 1 &&
		    module_loaded(ph, ph[i].p_vaddr, ph[i].p_filesz)) {
			const char *s = (const char *)(bias + ph[i].p_vaddr);
			if (memchr(s, 0, ph[i].p_filesz))
				return s;
		}
	return NULL;
}

/* The path to give halite run: AT_EXECFN, as run, if it names the module's
 * file; else the module's own path. */
static const char *module_path(void)
{
	const char *fn = (const char *)getauxval(AT_EXECFN);
	struct stat a, b;
	if (stat("/proc/self/exe", &b) != 0)
		return fn; /* no /proc */
	if (fn && *fn && stat(fn, &a) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
		return fn;
	static char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	if (n <= 0)
		return fn;
	buf[n] = 0;
	return buf;
}

int main(int argc, char **argv)
{
	if (!module_phdr || module_phdr == (uintptr_t)&__ehdr_start + __ehdr_start.e_phoff) {
		fprintf(stderr,
			"usage: run a module built by halite-cc directly (./prog ARGS...): the\n"
			"kernel starts %s, its ELF interpreter, which runs it with\n"
			"`halite run`. Extra options for halite run: HALITE_RUN_FLAGS.\n",
			prog);
		return 2;
	}
	const char *module = module_path();
	if (!module || !*module)
		die(127, "cannot tell which module to run (no AT_EXECFN, no /proc)%s%s", "", "");
	const char *self = module_interp();
	if (!self)
		die(127, "%s: no loaded PT_INTERP, or no PT_PHDR: cannot find halite%s", module,
		    "");
	const char *slash = strrchr(self, '/');
	char *halite;
	if (slash) {
		halite = malloc((size_t)(slash - self) + sizeof "/halite");
		if (!halite)
			die(127, "out of memory%s%s", "", "");
		memcpy(halite, self, (size_t)(slash - self));
		strcpy(halite + (slash - self), "/halite");
	} else {
		halite = "./halite";
	}

	char *flags = getenv("HALITE_RUN_FLAGS");
	flags = flags ? strdup(flags) : NULL;
	size_t nflags = 0;
	for (char *p = flags; p && *p; p++)
		nflags++; /* an upper bound on the words */
	char **args = calloc((size_t)argc + nflags + 12, sizeof *args);
	char *cwd = getcwd(NULL, 0);
	if (!args || (getenv("HALITE_RUN_FLAGS") && !flags))
		die(127, "out of memory%s%s", "", "");
	size_t n = 0;
	args[n++] = halite;
	args[n++] = "run";
	args[n++] = "--env-inherit";
	if (cwd && strchr(cwd, ':')) {
		fprintf(stderr,
			"%s: warning: the working directory %s contains ':', which halite run "
			"--dir cannot grant; the module runs without it\n",
			prog, cwd);
	} else if (cwd && !strcmp(cwd, "/")) {
		/* Granting the working directory is a convenience for build
		 * trees; never the whole file system. */
		fprintf(stderr,
			"%s: warning: the working directory is /, which is not granted; "
			"the module sees no files (HALITE_RUN_FLAGS=--dir ... grants some)\n",
			prog);
	} else if (cwd) {
		args[n++] = "--dir";
		args[n++] = cwd;
		args[n++] = "--cwd";
		args[n++] = cwd;
	}
	for (char *save = NULL, *w = flags ? strtok_r(flags, " \t", &save) : NULL; w;
	     w = strtok_r(NULL, " \t", &save))
		args[n++] = w;
	args[n++] = "--";
	args[n++] = (char *)module;
	for (int i = 1; i < argc; i++)
		args[n++] = argv[i];
	args[n] = NULL;
	execv(halite, args);
	int e = errno;
	die(e == ENOENT ? 127 : 126, "cannot run %s: %s", halite, strerror(e));
}
