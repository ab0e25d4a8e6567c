/* Native tests of halite-rt (toolchain/libc/rt): the sources are compiled
 * here with RT(name) = rt_test_##name and compared with the host's libgcc,
 * which the operators below call. Prints "ok NAME" / "not ok NAME". */
#define RT(name) rt_test_##name
#include "../../toolchain/libc/rt/complex.c"
#include "../../toolchain/libc/rt/fp.c"
#include "../../toolchain/libc/rt/int128.c"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int failures;
static unsigned long long rng = 0x9e3779b97f4a7c15ull;

static du_t next64(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Random 128-bit values of varied magnitude, and edge cases. */
static tu_t rand128(void)
{
	static const tu_t edges[] = {
		0, 1, 2, 3, 7, 0xffffffffffffffffull, (tu_t)1 << 64, ((tu_t)1 << 64) + 1,
		~(tu_t)0, (tu_t)1 << 127, ((tu_t)1 << 127) - 1, (tu_t)1 << 63,
	};
	du_t k = next64() % 16;
	if (k < sizeof edges / sizeof edges[0])
		return edges[k];
	tu_t v = (tu_t)next64() << 64 | next64();
	return v >> (next64() % 128);
}

static void report(const char *name, int bad, const char *detail)
{
	if (bad) {
		printf("not ok %s: %s\n", name, detail);
		failures++;
	} else {
		printf("ok %s\n", name);
	}
}

static int same_bits_d(double a, double b)
{
	return (isnan(a) && isnan(b)) || memcmp(&a, &b, sizeof a) == 0;
}

static int same_ld(long double a, long double b)
{
	return (isnan(a) && isnan(b)) || a == b;
}

int main(void)
{
	char buf[256];
	int bad;

	/* 128-bit division. */
	bad = 0;
	for (int i = 0; i < 200000 && !bad; i++) {
		tu_t a = rand128(), b = rand128();
		if (b == 0)
			continue;
		tu_t r;
		tu_t q = rt_test___udivmodti4(a, b, &r);
		if (q != a / b || r != a % b || rt_test___udivti3(a, b) != a / b ||
		    rt_test___umodti3(a, b) != a % b) {
			snprintf(buf, sizeof buf, "%016llx%016llx / %016llx%016llx",
				 (du_t)(a >> 64), (du_t)a, (du_t)(b >> 64), (du_t)b);
			bad = 1;
		}
		ti_t sa = (ti_t)a, sb = (ti_t)b;
		if (!(sa == -((ti_t)1 << 126) * 2 && sb == -1) &&
		    (rt_test___divti3(sa, sb) != sa / sb || rt_test___modti3(sa, sb) != sa % sb)) {
			snprintf(buf, sizeof buf, "signed %016llx%016llx / %016llx%016llx",
				 (du_t)(a >> 64), (du_t)a, (du_t)(b >> 64), (du_t)b);
			bad = 1;
		}
	}
	report("int128 division matches libgcc", bad, buf);

	/* Bit counts. */
	bad = 0;
	for (int i = 0; i < 100000 && !bad; i++) {
		tu_t v = rand128();
		du_t lo = (du_t)v, hi = (du_t)(v >> 64);
		int pc = __builtin_popcountll(lo) + __builtin_popcountll(hi);
		if (rt_test___popcountdi2((di_t)lo) != __builtin_popcountll(lo) ||
		    rt_test___popcountti2((ti_t)v) != pc || rt_test___parityti2((ti_t)v) != (pc & 1) ||
		    rt_test___paritydi2((di_t)lo) != __builtin_parityll(lo) ||
		    rt_test___ffsdi2((di_t)lo) != __builtin_ffsll((di_t)lo))
			bad = 1;
		if (v && (rt_test___clzti2((ti_t)v) != (hi ? __builtin_clzll(hi) : 64 + __builtin_clzll(lo)) ||
			  rt_test___ctzti2((ti_t)v) != (lo ? __builtin_ctzll(lo) : 64 + __builtin_ctzll(hi))))
			bad = 1;
		if (bad)
			snprintf(buf, sizeof buf, "%016llx%016llx", hi, lo);
	}
	report("popcount, parity, clz, ctz, ffs", bad, buf);

	/* Conversions from 128-bit integers. */
	bad = 0;
	for (int i = 0; i < 200000 && !bad; i++) {
		tu_t v = rand128();
		ti_t s = (ti_t)v;
		float f = rt_test___floatuntisf(v), fs = rt_test___floattisf(s);
		double d = rt_test___floatuntidf(v), ds = rt_test___floattidf(s);
		long double x = rt_test___floatuntixf(v), xs = rt_test___floattixf(s);
		if (f != (float)v || fs != (float)s || d != (double)v || ds != (double)s ||
		    x != (long double)v || xs != (long double)s) {
			snprintf(buf, sizeof buf, "%016llx%016llx", (du_t)(v >> 64), (du_t)v);
			bad = 1;
		}
	}
	report("int128 to float, double, long double (rounding)", bad, buf);

	/* Conversions to 128-bit integers (in range). */
	bad = 0;
	for (int i = 0; i < 200000 && !bad; i++) {
		int e = (int)(next64() % 127);
		double d = ldexp((double)(next64() >> 11) / 9007199254740992.0, e);
		long double x = ldexpl((long double)next64() / 18446744073709551616.0L, e);
		float f = (float)d;
		if (rt_test___fixunsdfti(d) != (tu_t)d || rt_test___fixdfti(-d) != (ti_t)-d ||
		    rt_test___fixunsxfti(x) != (tu_t)x || rt_test___fixxfti(-x) != (ti_t)-x ||
		    rt_test___fixunssfti(f) != (tu_t)f || rt_test___fixsfti(-f) != (ti_t)-f) {
			snprintf(buf, sizeof buf, "%a %La", d, x);
			bad = 1;
		}
	}
	report("float, double, long double to int128", bad, buf);

	/* powi. */
	bad = 0;
	for (int m = -40; m <= 40 && !bad; m++) {
		double b = 1.0 + (double)(next64() % 1000) / 997.0;
		if (!same_bits_d(rt_test___powidf2(b, m), __builtin_powi(b, m)) ||
		    rt_test___powisf2((float)b, m) != __builtin_powif((float)b, m) ||
		    rt_test___powixf2((long double)b, m) != __builtin_powil((long double)b, m)) {
			snprintf(buf, sizeof buf, "%a ^ %d", b, m);
			bad = 1;
		}
	}
	report("powi", bad, buf);

	/* Complex multiplication and division, finite and special values. */
	static const double vals[] = {0.0, -0.0, 1.0, -2.5, 3e300, 1e-310, INFINITY, -INFINITY, NAN};
	int nv = sizeof vals / sizeof vals[0];
	bad = 0;
	for (int i = 0; i < nv * nv * nv * nv && !bad; i++) {
		double a = vals[i % nv], b = vals[i / nv % nv], c = vals[i / nv / nv % nv],
		       d = vals[i / nv / nv / nv];
		double _Complex z = __builtin_complex(a, b), w = __builtin_complex(c, d);
		double _Complex p = rt_test___muldc3(a, b, c, d), q = z * w;
		if (!same_bits_d(__real__ p, __real__ q) || !same_bits_d(__imag__ p, __imag__ q)) {
			snprintf(buf, sizeof buf, "mul (%g,%g)*(%g,%g): (%g,%g) vs (%g,%g)", a, b, c,
				 d, __real__ p, __imag__ p, __real__ q, __imag__ q);
			bad = 1;
		}
		long double _Complex lp = rt_test___mulxc3(a, b, c, d);
		long double _Complex lq = (long double _Complex)z * (long double _Complex)w;
		if (!same_ld(__real__ lp, __real__ lq) || !same_ld(__imag__ lp, __imag__ lq)) {
			snprintf(buf, sizeof buf, "mulxc3 (%g,%g)*(%g,%g)", a, b, c, d);
			bad = 1;
		}
		float _Complex fp = rt_test___mulsc3((float)a, (float)b, (float)c, (float)d);
		float _Complex fq = (float _Complex)z * (float _Complex)w;
		if (!same_bits_d(__real__ fp, __real__ fq) || !same_bits_d(__imag__ fp, __imag__ fq)) {
			snprintf(buf, sizeof buf, "mulsc3 (%g,%g)*(%g,%g)", a, b, c, d);
			bad = 1;
		}
	}
	report("complex multiplication (Annex G special values)", bad, buf);

	/* Division: libgcc 12 uses a scaled algorithm, so finite results may
	 * differ in the last bits; compare within a relative tolerance and
	 * require the same class (NaN, infinite) for the special values. The
	 * extreme finite values (3e300, 1e-310) are left out: there the two
	 * algorithms overflow differently (libgcc gives NaN for
	 * (1+i)/1e-310, this one the correctly overflowed inf+inf*i). */
	static const double dvals[] = {0.0, -0.0, 1.0, -2.5, INFINITY, -INFINITY, NAN};
	nv = sizeof dvals / sizeof dvals[0];
#define vals dvals
	bad = 0;
	for (int i = 0; i < nv * nv * nv * nv && !bad; i++) {
		double a = vals[i % nv], b = vals[i / nv % nv], c = vals[i / nv / nv % nv],
		       d = vals[i / nv / nv / nv];
		double _Complex z = __builtin_complex(a, b), w = __builtin_complex(c, d);
		double _Complex p = rt_test___divdc3(a, b, c, d), q = z / w;
		double pr = __real__ p, pi = __imag__ p, qr = __real__ q, qi = __imag__ q;
		int p_nan = isnan(pr) && isnan(pi), q_nan = isnan(qr) && isnan(qi);
		int p_inf = isinf(pr) || isinf(pi), q_inf = isinf(qr) || isinf(qi);
		if (p_nan != q_nan || (!p_nan && p_inf != q_inf))
			bad = 1;
		if (!bad && !p_nan && !p_inf && fabs(1e300 * 0 + (fabs(qr) + fabs(qi))) > 1e-250 &&
		    fabs(qr) + fabs(qi) < 1e300 &&
		    (fabs(pr - qr) + fabs(pi - qi)) > 1e-12 * (fabs(qr) + fabs(qi)))
			bad = 1;
		if (bad)
			snprintf(buf, sizeof buf, "div (%g,%g)/(%g,%g): (%g,%g) vs (%g,%g)", a, b, c,
				 d, pr, pi, qr, qi);
	}
#undef vals
	for (int i = 0; i < 100000 && !bad; i++) {
		double a = (double)(di_t)next64() / 1e15, b = (double)(di_t)next64() / 1e17,
		       c = (double)(di_t)next64() / 1e16, d = (double)(di_t)next64() / 1e18;
		double _Complex p = rt_test___divdc3(a, b, c, d);
		double _Complex q = __builtin_complex(a, b) / __builtin_complex(c, d);
		long double _Complex lp = rt_test___divxc3(a, b, c, d);
		float _Complex fp = rt_test___divsc3((float)a, (float)b, (float)c, (float)d);
		double m = fabs(__real__ q) + fabs(__imag__ q);
		if (fabs(__real__ p - __real__ q) + fabs(__imag__ p - __imag__ q) > 1e-14 * m ||
		    fabs((double)__real__ lp - __real__ q) + fabs((double)__imag__ lp - __imag__ q) > 1e-14 * m ||
		    fabs(__real__ fp - __real__ q) + fabs(__imag__ fp - __imag__ q) > 1e-5 * m) {
			snprintf(buf, sizeof buf, "div (%a,%a)/(%a,%a)", a, b, c, d);
			bad = 1;
		}
	}
	report("complex division", bad, buf);
	printf("# %d failed\n", failures);
	return 0;
}
