/* Faults on request: faults segv|hlt|ud2|div|stack|abort|rtcall|under|x87. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int *volatile null_ptr = (int *)0x40;
volatile int zero;

__attribute__((noinline)) static int deref(void) { return *null_ptr; }

__attribute__((noinline)) static int recurse(int n)
{
	volatile char big[4096];
	big[0] = (char)n;
	return recurse(n + 1) + big[0];
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	const char *w = argv[1];
	fprintf(stderr, "faulting: %s\n", w);
	if (!strcmp(w, "segv"))
		return deref();
	if (!strcmp(w, "hlt"))
		__asm__ volatile("hlt");
	if (!strcmp(w, "ud2"))
		__asm__ volatile("ud2");
	if (!strcmp(w, "div"))
		return 10 / zero;
	if (!strcmp(w, "stack"))
		return recurse(0);
	if (!strcmp(w, "abort"))
		abort();
	if (!strcmp(w, "rtcall"))
		/* A call through a reserved entry of the runtime-call table. */
		__asm__ volatile("lea 1f(%%rip), %%r11\n\tjmp *0x10010(%%r14)\n\t.p2align 5\n1:" ::: "r11", "memory");
	if (!strcmp(w, "under"))
		/* %rsp legally at sandbox address 0x100, then the lowest stack
		 * access R4 allows: 32 KiB - 1 below it, under the slot (at base 0,
		 * the top of the address space). As bytes: halite-cc would make
		 * the load a %gs: one, which wraps inside the slot. */
		__asm__ volatile("movl $0x100, %%eax\n\tmovl %%eax, %%esp\n\taddq %%r14, %%rsp\n\t"
				 ".byte 0x48, 0x8b, 0x84, 0x24, 0x01, 0x80, 0xff, 0xff"
				 ::: "rax", "memory"); /* movq -0x7fff(%%rsp), %%rax */
	if (!strcmp(w, "x87")) {
		/* An x87 exception left pending across a system call: the
		 * inexact division with every exception unmasked fires only at
		 * the next waiting x87 instruction, which must be the module's
		 * fwait after the write, not one of the runtime's. */
		unsigned short unmasked = 0x340;
		long three = 3;
		__asm__ volatile("fldcw %0\n\tfldpi\n\tfildq %1\n\tfdivrp" ::"m"(unmasked),
				 "m"(three));
		fputs("after the system call\n", stderr);
		__asm__ volatile("fwait");
	}
	return 1;
}
