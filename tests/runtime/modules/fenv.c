/* musl's floating-point environment as halite's libc builds it
 * (toolchain/libc/fenv-x86_64.s, without fnstenv and fldenv): rounding
 * modes in both units, exception flags from SSE and x87 arithmetic,
 * environments saved and restored. Prints "not ok ..." per failure and
 * "fenv: N failed"; exits with N. */
#include <fenv.h>
#include <stdio.h>

static int failed;

static void check(const char *name, int cond)
{
	if (!cond) {
		printf("not ok %s\n", name);
		failed++;
	}
}

static unsigned x87_cw(void)
{
	unsigned short cw;
	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static unsigned mxcsr(void)
{
	unsigned m;
	__asm__ volatile("stmxcsr %0" : "=m"(m));
	return m;
}

/* An inexact division in each unit. */
static void inexact_sse(void)
{
	volatile double a = 1, b = 3;
	a /= b;
}

static void inexact_x87(void)
{
	volatile long double a = 1, b = 3;
	a /= b;
}

int main(void)
{
	static const int modes[] = {FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO};
	for (unsigned i = 0; i < 4; i++) {
		int m = modes[i];
		check("fesetround", fesetround(m) == 0);
		check("fegetround", fegetround() == m);
		check("x87 rounding bits", (x87_cw() & 0xc00) == (unsigned)m);
		check("MXCSR rounding bits", (mxcsr() & 0x6000) == (unsigned)m << 3);
	}
	fesetround(FE_TONEAREST);
	volatile double third = 1.0 / 3;
	check("round to nearest again", (float)third == 1.0f / 3);

	feclearexcept(FE_ALL_EXCEPT);
	check("no flags after feclearexcept", fetestexcept(FE_ALL_EXCEPT) == 0);
	inexact_sse();
	check("SSE inexact seen", fetestexcept(FE_ALL_EXCEPT) == FE_INEXACT);
	feclearexcept(FE_INEXACT);
	inexact_x87();
	check("x87 inexact seen", fetestexcept(FE_ALL_EXCEPT) == FE_INEXACT);
	feraiseexcept(FE_DIVBYZERO | FE_OVERFLOW);
	check("raised flags seen",
	      fetestexcept(FE_ALL_EXCEPT) == (FE_INEXACT | FE_DIVBYZERO | FE_OVERFLOW));
	feclearexcept(FE_INEXACT);
	check("clearing one flag (x87's too) keeps the others",
	      fetestexcept(FE_ALL_EXCEPT) == (FE_DIVBYZERO | FE_OVERFLOW));

	fenv_t env, held;
	fesetround(FE_UPWARD);
	check("fegetenv", fegetenv(&env) == 0);
	check("fegetenv shows no instruction address", env.__eip == 0 && env.__data_offset == 0);
	check("fegetenv: the stack empty", env.__tags == 0xffff);
	check("fesetenv(FE_DFL_ENV)", fesetenv(FE_DFL_ENV) == 0);
	check("default environment: no flags, to nearest, default control words",
	      fetestexcept(FE_ALL_EXCEPT) == 0 && fegetround() == FE_TONEAREST &&
		  x87_cw() == 0x37f && (mxcsr() & ~0x3fu) == 0x1f80);
	check("fesetenv", fesetenv(&env) == 0);
	check("the saved environment comes back",
	      fegetround() == FE_UPWARD && (x87_cw() & 0xc00) == FE_UPWARD &&
		  fetestexcept(FE_ALL_EXCEPT) == (FE_DIVBYZERO | FE_OVERFLOW));

	check("feholdexcept", feholdexcept(&held) == 0);
	check("feholdexcept clears the flags", fetestexcept(FE_ALL_EXCEPT) == 0);
	inexact_x87();
	check("feupdateenv", feupdateenv(&held) == 0);
	check("feupdateenv: the held flags and the new one",
	      fetestexcept(FE_ALL_EXCEPT) == (FE_DIVBYZERO | FE_OVERFLOW | FE_INEXACT) &&
		  fegetround() == FE_UPWARD);
	fesetenv(FE_DFL_ENV);
	printf("fenv: %d failed\n", failed);
	return failed;
}
