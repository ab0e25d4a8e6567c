/* Dynamic code for test_embed.c's x87 and MXCSR tests, shared by the
 * modules that include it: mov $42, %eax and the sandboxed return
 * (docs/abi.md R7: pop %r11; add $31, %r11d; and $-32, %r11d; add %r14,
 * %r11; jmp *%r11), with fld1; fstp %st(0) in front (kind 1) or stmxcsr
 * -4(%rsp) (kind 2). The runtime validates it when it becomes executable. */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "halite_guest.h"

/* 42 if the code ran, or -errno if the runtime refused it. */
HALITE_EXPORT long dynamic_code(long kind)
{
	static const unsigned char fpu[] = {0xd9, 0xe8, 0xdd, 0xd8};
	static const unsigned char mxcsr[] = {0x0f, 0xae, 0x5c, 0x24, 0xfc};
	static const unsigned char body[] = {0xb8, 0x2a, 0x00, 0x00, 0x00, 0x41, 0x5b,
					     0x41, 0x83, 0xc3, 0x1f, 0x41, 0x83, 0xe3,
					     0xe0, 0x4d, 0x01, 0xf3, 0x41, 0xff, 0xe3};
	unsigned char *p =
	    mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return -errno;
	memset(p, 0xf4, 4096); /* hlt */
	size_t n = kind == 1 ? sizeof fpu : kind == 2 ? sizeof mxcsr : 0;
	memcpy(p, kind == 1 ? fpu : mxcsr, n);
	memcpy(p + n, body, sizeof body);
	long r = mprotect(p, 4096, PROT_READ | PROT_EXEC) ? -errno : ((long (*)(void))(void *)p)();
	munmap(p, 4096);
	return r;
}
