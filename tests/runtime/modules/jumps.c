/* Control transfers to return addresses: setjmp/longjmp and
 * sigsetjmp/siglongjmp from several call depths, and returns through
 * function pointers. halite-cc leaves a call anywhere in its bundle and
 * makes every return round up to the next bundle start (docs/abi.md R3,
 * R7); musl's longjmp jumps to the return address setjmp saved, so it only
 * resumes right after the call if its masked jump rounds up too.
 * Prints "NAME ok" or "NAME FAILED" per check, then "all ok" or "FAILED". */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>

static int fails;

static void check(const char *name, int cond)
{
	printf("%s %s\n", name, cond ? "ok" : "FAILED");
	fails += !cond;
}

static jmp_buf env;
static sigjmp_buf senv;
static volatile int depth_reached;

/* noinline and a side effect each, so that each level is a real call. */
__attribute__((noinline)) static void dive(int depth, int value)
{
	depth_reached = depth;
	if (depth == 0)
		longjmp(env, value);
	dive(depth - 1, value);
	depth_reached = -1; /* never reached */
}

__attribute__((noinline)) static int jump_from(int depth, int value)
{
	volatile int entered = 0;
	int r = setjmp(env);
	if (r)
		return r * 10 + entered;
	entered = 1;
	dive(depth, value);
	return -1;
}

__attribute__((noinline)) static void sdive(int depth)
{
	if (depth == 0)
		siglongjmp(senv, 7);
	sdive(depth - 1);
}

static volatile int counter;
__attribute__((noinline)) static int bump(int x)
{
	counter += x;
	return counter;
}
static int (*volatile bump_ptr)(int) = bump;

int main(void)
{
	check("longjmp-depth-0", jump_from(0, 3) == 31 && depth_reached == 0);
	check("longjmp-depth-5", jump_from(5, 4) == 41 && depth_reached == 0);
	check("longjmp-value-0-is-1", jump_from(2, 0) == 11);

	/* Twice in a row from the same setjmp: each longjmp resumes after the
	 * same call, with the loop's state intact. */
	volatile int rounds = 0;
	int r = setjmp(env);
	if (r < 3) {
		rounds++;
		longjmp(env, r + 1);
	}
	check("longjmp-loop", r == 3 && rounds == 3);

	/* sigsetjmp saves its return address and calls setjmp itself. */
	volatile int sr = 0;
	if ((sr = sigsetjmp(senv, 1)) == 0)
		sdive(3);
	check("siglongjmp", sr == 7);

	/* Returns from direct and indirect calls land after their call. */
	counter = 0;
	int sum = 0;
	for (int i = 1; i <= 100; i++)
		sum += (i & 1) ? bump(i) : bump_ptr(i);
	check("returns", counter == 5050 && sum == 171700);

	printf("%s\n", fails ? "FAILED" : "all ok");
	return fails != 0;
}
