/* Entry for running rewritten modules natively (not rewritten itself).
 * On Linux the %gs base of a process is 0, so with %r14 = 0 the rewritten
 * code behaves as in a sandbox whose base is 0: every address it uses must
 * be below 4 GiB. The executable is linked -no-pie (code and data low) and
 * test_main runs on a stack mapped with MAP_32BIT. The call into it ends at
 * a bundle end, as rewritten returns require. The runtime-call table is
 * mapped at 0x10000 with two stub entries: 0 makes the system call natively,
 * 1 returns the thread pointer of a copy of the executable's TLS block made
 * below 4 GiB. Built with -DSANDBOX for the rewritten executable; the
 * reference executable calls test_main directly. */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

int test_main(void);

#ifdef SANDBOX
int enter_sandbox(void *stack_top, int (*fn)(void));
uint64_t halite_tp; /* what runtime call 1 returns */

__asm__(".text\n"
	".globl enter_sandbox\n"
	".type enter_sandbox, @function\n"
	"enter_sandbox:\n"
	"	pushq %rbp\n"
	"	movq %rsp, %rbp\n"
	"	pushq %r14\n"
	"	pushq %rbx\n"
	"	movq %rsp, %rbx\n" /* callee-saved: the module code preserves it */
	"	movq %rdi, %rsp\n"
	"	xorl %r14d, %r14d\n" /* the sandbox base */
	"	movq %rsi, %rax\n"
	"	jmp 2f\n"
	"	.p2align 5\n"
	"	.skip 30, 0x90\n"
	"2:	call *%rax\n" /* 2 bytes: ends at a bundle end */
	"	movq %rbx, %rsp\n"
	"	popq %rbx\n"
	"	popq %r14\n"
	"	popq %rbp\n"
	"	ret\n"
	/* Runtime call 0: the system call, natively. Continuation in %r11;
	 * every register but %rax and the flags preserved; the red zone
	 * below %rsp is left alone. */
	"rt_syscall:\n"
	"	leaq -128(%rsp), %rsp\n"
	"	pushq %r11\n"
	"	pushq %rcx\n"
	"	syscall\n"
	"	popq %rcx\n"
	"	popq %r11\n"
	"	leaq 128(%rsp), %rsp\n"
	"	jmp *%r11\n"
	/* Runtime call 1: the thread pointer in %r11. */
	"rt_tp:\n"
	"	leaq -128(%rsp), %rsp\n"
	"	pushq %r11\n"
	"	movq halite_tp(%rip), %r11\n"
	"	ret $128\n");

extern char rt_syscall[], rt_tp[];

static int tls_size_cb(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)size;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type == PT_TLS) {
			size_t a = ph->p_align ? ph->p_align : 1;
			*(size_t *)data = (ph->p_memsz + a - 1) / a * a;
		}
	}
	return 1; /* the executable comes first */
}

static int setup_runtime(void)
{
	uint64_t *table = mmap((void *)0x10000, 4096, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (table != (void *)0x10000) {
		perror("mmap runtime-call table at 0x10000");
		return -1;
	}
	table[0] = (uint64_t)rt_syscall;
	table[1] = (uint64_t)rt_tp;
	mprotect(table, 4096, PROT_READ);
	/* Variant II TLS: the executable's block lies just below the thread
	 * pointer; copy it below 4 GiB. */
	size_t tls = 0;
	dl_iterate_phdr(tls_size_cb, &tls);
	char *low = mmap(NULL, tls + 4096, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
	if (low == MAP_FAILED)
		return -1;
	char *real_tp;
	__asm__("movq %%fs:0, %0" : "=r"(real_tp));
	halite_tp = (uint64_t)(low + tls);
	memcpy(low, real_tp - tls, tls);
	*(uint64_t *)(low + tls) = halite_tp; /* the TCB's self pointer */
	return 0;
}
#endif

int main(void)
{
#ifdef SANDBOX
	if (setup_runtime() < 0)
		return 77; /* the test reports a skip */
	size_t size = 16 << 20;
	char *stack = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT,
			   -1, 0);
	if (stack == MAP_FAILED) {
		perror("mmap");
		return 2;
	}
	int r = enter_sandbox(stack + size - 64, test_main);
#else
	int r = test_main();
#endif
	fflush(stdout);
	return r;
}
