/* hvrun: runs a linked halite module natively, as a sandbox whose base is
 * 0, to test that rewritten code (the program and musl) still works. Not a
 * sandbox: a test tool for the rewriter until the runtime exists.
 *
 *   hvrun MODULE [ARGS...]
 *
 * On Linux the %gs base of a process is 0, so with %r14 = 0 a module's
 * %gs: accesses and rebased branches address [0, 4 GiB) directly. hvrun
 * (linked -no-pie at 0x400000, above the module image at 0x20000) maps the
 * module's PT_LOAD segments at their addresses, applies R_X86_64_RELATIVE relocations with base 0, maps the
 * runtime-call table at 0x10000 (docs/abi.md section 5), builds a Linux
 * initial stack below 4 GiB and jumps to the entry point. System calls go to
 * the kernel, except that arch_prctl(ARCH_SET_FS) only records the thread
 * pointer (returned by runtime call 1) and mmap without an address gets
 * MAP_32BIT, so that the module's memory stays below 4 GiB. Exit status:
 * the module's, 125 on a loader error, 77 if page 0x10000 cannot be mapped. */
#include <elf.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

uint64_t hvrun_tp;

/* Runtime call 0: system call. Continuation in %r11; preserves every
 * register but %rax, and the flags; leaves the red zone alone. */
__asm__(".text\n"
	"hvrun_syscall:\n"
	"	leaq -128(%rsp), %rsp\n"
	"	pushq %r11\n"
	"	pushq %rcx\n"
	"	pushq %r10\n"
	"	pushfq\n"
	"	cmpq $158, %rax\n" /* arch_prctl */
	"	jne 1f\n"
	"	cmpq $0x1002, %rdi\n" /* ARCH_SET_FS */
	"	jne 1f\n"
	"	movq %rsi, hvrun_tp(%rip)\n"
	"	xorl %eax, %eax\n"
	"	jmp 3f\n"
	"1:	cmpq $9, %rax\n" /* mmap(NULL, ...): keep it below 4 GiB */
	"	jne 2f\n"
	"	testq %rdi, %rdi\n"
	"	jne 2f\n"
	"	orq $0x40, %r10\n" /* MAP_32BIT */
	"2:	syscall\n"
	"3:	popfq\n"
	"	popq %r10\n"
	"	popq %rcx\n"
	"	popq %r11\n"
	"	leaq 128(%rsp), %rsp\n"
	"	jmp *%r11\n"
	/* Runtime call 1: thread pointer in %r11. */
	"hvrun_tp_call:\n"
	"	leaq -128(%rsp), %rsp\n"
	"	pushq %r11\n"
	"	movq hvrun_tp(%rip), %r11\n"
	"	ret $128\n"
	/* hvrun_start(entry, sp): enter the module. */
	"hvrun_start:\n"
	"	movq %rsi, %rsp\n"
	"	xorl %r14d, %r14d\n"
	"	xorl %edx, %edx\n" /* no atexit function for _start */
	"	jmp *%rdi\n");

extern char hvrun_syscall[], hvrun_tp_call[];
void hvrun_start(uint64_t entry, uint64_t sp) __attribute__((noreturn));

static void die(const char *msg)
{
	fprintf(stderr, "hvrun: %s\n", msg);
	exit(125);
}

int main(int argc, char **argv)
{
	if (argc < 2)
		die("usage: hvrun MODULE [ARGS...]");
	int fd = open(argv[1], O_RDONLY);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0)
		die("cannot open the module");
	unsigned char *f = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (f == MAP_FAILED)
		die("cannot read the module");
	const Elf64_Ehdr *eh = (const void *)f;
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) || eh->e_machine != EM_X86_64)
		die("not an x86-64 ELF file");
	const Elf64_Phdr *ph = (const void *)(f + eh->e_phoff);
	uint64_t phdr_addr = 0;
	const Elf64_Dyn *dyn = NULL;

	for (int i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type == PT_DYNAMIC)
			dyn = (const void *)(uintptr_t)ph[i].p_vaddr;
		if (ph[i].p_type != PT_LOAD)
			continue;
		uint64_t start = ph[i].p_vaddr & ~0xfffULL;
		uint64_t end = (ph[i].p_vaddr + ph[i].p_memsz + 0xfff) & ~0xfffULL;
		void *m = mmap((void *)(uintptr_t)start, end - start, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
		if (m != (void *)(uintptr_t)start)
			die("cannot map a segment at its address");
		memcpy((void *)(uintptr_t)ph[i].p_vaddr, f + ph[i].p_offset, ph[i].p_filesz);
		if (ph[i].p_offset <= eh->e_phoff &&
		    eh->e_phoff + eh->e_phnum * sizeof *ph <= ph[i].p_offset + ph[i].p_filesz)
			phdr_addr = ph[i].p_vaddr + eh->e_phoff - ph[i].p_offset;
	}
	/* R_X86_64_RELATIVE with base 0. */
	if (dyn) {
		const Elf64_Rela *rela = NULL;
		uint64_t relasz = 0;
		for (const Elf64_Dyn *d = dyn; d->d_tag != DT_NULL; d++) {
			if (d->d_tag == DT_RELA)
				rela = (const void *)(uintptr_t)d->d_un.d_ptr;
			else if (d->d_tag == DT_RELASZ)
				relasz = d->d_un.d_val;
		}
		for (uint64_t k = 0; rela && k < relasz / sizeof *rela; k++) {
			if (ELF64_R_TYPE(rela[k].r_info) != R_X86_64_RELATIVE)
				die("relocation other than R_X86_64_RELATIVE");
			*(uint64_t *)(uintptr_t)rela[k].r_offset = (uint64_t)rela[k].r_addend;
		}
	}
	for (int i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type != PT_LOAD)
			continue;
		int prot = (ph[i].p_flags & PF_R ? PROT_READ : 0) |
			   (ph[i].p_flags & PF_W ? PROT_WRITE : 0) |
			   (ph[i].p_flags & PF_X ? PROT_EXEC : 0);
		uint64_t start = ph[i].p_vaddr & ~0xfffULL;
		uint64_t end = (ph[i].p_vaddr + ph[i].p_memsz + 0xfff) & ~0xfffULL;
		mprotect((void *)(uintptr_t)start, end - start, prot);
	}

	uint64_t *table = mmap((void *)0x10000, 4096, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (table != (void *)0x10000) {
		fprintf(stderr, "hvrun: cannot map the runtime-call table at 0x10000 "
				"(vm.mmap_min_addr?)\n");
		return 77;
	}
	table[0] = (uint64_t)(uintptr_t)hvrun_syscall;
	table[1] = (uint64_t)(uintptr_t)hvrun_tp_call;
	mprotect(table, 4096, PROT_READ);

	/* Initial stack: argc, argv, envp (empty), auxv. */
	size_t size = 8 << 20;
	char *stack = mmap(NULL, size, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
	if (stack == MAP_FAILED)
		die("cannot map a stack below 4 GiB");
	char *strings = stack + size - 65536;
	char *sp_str = strings;
	uint64_t argv_addr[64];
	int n = argc - 1 < 63 ? argc - 1 : 63;
	for (int i = 0; i < n; i++) {
		size_t l = strlen(argv[i + 1]) + 1;
		memcpy(sp_str, argv[i + 1], l);
		argv_addr[i] = (uint64_t)(uintptr_t)sp_str;
		sp_str += l;
	}
	uint64_t random_addr = (uint64_t)(uintptr_t)sp_str;
	memcpy(sp_str, "halite-hvrun-rnd", 16);
	uint64_t *sp = (uint64_t *)(strings - 4096);
	sp = (uint64_t *)((uintptr_t)sp & ~15ULL);
	uint64_t *p = sp;
	*p++ = (uint64_t)n;
	for (int i = 0; i < n; i++)
		*p++ = argv_addr[i];
	*p++ = 0;
	*p++ = 0; /* no environment */
	uint64_t aux[][2] = {{AT_PHDR, phdr_addr}, {AT_PHENT, sizeof *ph}, {AT_PHNUM, eh->e_phnum},
			     {AT_PAGESZ, 4096},	   {AT_ENTRY, eh->e_entry}, {AT_RANDOM, random_addr},
			     {AT_NULL, 0}};
	for (size_t i = 0; i < sizeof aux / sizeof *aux; i++) {
		*p++ = aux[i][0];
		*p++ = aux[i][1];
	}
	fflush(NULL);
	hvrun_start(eh->e_entry, (uint64_t)(uintptr_t)sp);
}
