/* The dynamic-code path: code written into a buffer runs only after the
 * runtime validated it (mprotect to PROT_EXEC); invalid code and W+X are
 * refused. Prints one line per check: "NAME ok" or "NAME FAILED ...". */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

/* mov $42, %eax; then the sandboxed return, rounding up to the bundle after
 * the caller's call: pop %r11; add $31, %r11d; and $-32, %r11d;
 * add %r14, %r11; jmp *%r11 (docs/abi.md R7). */
static const unsigned char good[] = {0xb8, 0x2a, 0x00, 0x00, 0x00, 0x41, 0x5b,
				     0x41, 0x83, 0xc3, 0x1f, 0x41, 0x83, 0xe3,
				     0xe0, 0x4d, 0x01, 0xf3, 0x41, 0xff, 0xe3};
/* mov $60, %eax; syscall */
static const unsigned char bad[] = {0xb8, 0x3c, 0x00, 0x00, 0x00, 0x0f, 0x05};

static int fails;

static void check(const char *name, int cond, long detail)
{
	printf("%s %s", name, cond ? "ok" : "FAILED");
	if (!cond)
		printf(" (%ld, errno %d)", detail, errno);
	printf("\n");
	fails += !cond;
}

static unsigned char *fresh(const unsigned char *code, size_t n)
{
	unsigned char *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return NULL;
	memset(p, 0xf4, 4096); /* hlt */
	memcpy(p, code, n);
	return p;
}

int main(void)
{
	unsigned char *p = fresh(good, sizeof good);
	check("mmap", p != NULL, 0);
	if (!p)
		return 1;
	int r = mprotect(p, 4096, PROT_READ | PROT_EXEC);
	check("valid code becomes executable", r == 0, r);
	int (*fn)(void) = (int (*)(void))(void *)p;
	int v = r == 0 ? fn() : -1;
	check("and runs", v == 42, v);

	/* Back to writable, patch the immediate, executable again. */
	r = mprotect(p, 4096, PROT_READ | PROT_WRITE);
	p[1] = 43;
	r |= mprotect(p, 4096, PROT_READ | PROT_EXEC);
	v = r == 0 ? fn() : -1;
	check("patched code is validated again and runs", v == 43, v);

	errno = 0;
	r = mprotect(p, 4096, PROT_READ | PROT_WRITE | PROT_EXEC);
	check("W+X refused", r == -1 && errno == EACCES, r);

	unsigned char *q = fresh(bad, sizeof bad);
	errno = 0;
	r = mprotect(q, 4096, PROT_READ | PROT_EXEC);
	check("invalid code refused", r == -1 && errno == EACCES, r);
	q[0] = 0x90; /* still writable, never executable */
	check("refused page stays writable", q[0] == 0x90, q[0]);

	errno = 0;
	void *x = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	check("mmap W+X refused", x == MAP_FAILED && errno == EACCES, (long)x);
	errno = 0;
	r = mprotect((void *)0x10000, 4096, PROT_READ | PROT_WRITE);
	check("the runtime-call table cannot be made writable", r == -1, r);
	return fails != 0;
}
