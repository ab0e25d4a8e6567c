/* Floating point helpers of libgcc: integer powers (__builtin_powi) and
 * conversions between 128-bit integers and float, double, long double. */
#include "rt.h"

#define POWI(T, NAME)                                         \
	T RT(NAME)(T x, int m);                               \
	T RT(NAME)(T x, int m)                                \
	{                                                     \
		unsigned n = m < 0 ? -(unsigned)m : (unsigned)m; \
		T y = n % 2 ? x : 1;                          \
		while (n >>= 1) {                             \
			x = x * x;                            \
			if (n % 2)                            \
				y = y * x;                    \
		}                                             \
		return m < 0 ? 1 / y : y;                     \
	}
POWI(float, __powisf2)
POWI(double, __powidf2)
POWI(long double, __powixf2)

/* v != 0 rounded to p significant bits, to nearest even: v ~ m * 2^e
 * with m < 2^p (or m == 2^p after rounding up, for p < 64). */
static du_t round_bits(tu_t v, int p, int *e)
{
	int bits = 128 - rt_clz128(v);
	if (bits <= p) {
		*e = 0;
		return (du_t)v;
	}
	int s = bits - p;
	du_t m = (du_t)(v >> s);
	tu_t rest = v & (((tu_t)1 << s) - 1), half = (tu_t)1 << (s - 1);
	if (rest > half || (rest == half && (m & 1))) {
		m++;
		if (m == 0) { /* p == 64 and m was all ones */
			m = 1ull << 63;
			s++;
		}
	}
	*e = s;
	return m;
}

/* m * 2^e, exactly (m has at most the type's precision). */
#define SCALE(T, m, e)                         \
	({                                     \
		T r_ = (T)(m);                 \
		int e_ = (e);                  \
		for (; e_ >= 32; e_ -= 32)     \
			r_ *= (T)4294967296.0; \
		r_ * (T)(1ull << e_);          \
	})

#define FROM_INT128(T, P, UNAME, SNAME)                     \
	T RT(UNAME)(tu_t v);                                \
	T RT(SNAME)(ti_t v);                                \
	T RT(UNAME)(tu_t v)                                 \
	{                                                   \
		if (v == 0)                                 \
			return 0;                           \
		int e;                                      \
		du_t m = round_bits(v, P, &e);              \
		return SCALE(T, m, e);                      \
	}                                                   \
	T RT(SNAME)(ti_t v)                                 \
	{                                                   \
		tu_t u = v < 0 ? -(tu_t)v : (tu_t)v;        \
		T r = RT(UNAME)(u);                         \
		return v < 0 ? -r : r;                      \
	}
FROM_INT128(float, 24, __floatuntisf, __floattisf)
FROM_INT128(double, 53, __floatuntidf, __floattidf)
FROM_INT128(long double, 64, __floatuntixf, __floattixf)

/* Truncation toward zero. Below 2^64 the hardware converts; above, the
 * value is an integer whose bits split exactly into hi * 2^64 + lo. Out of
 * range (and NaN) gives 0 or all ones, as the C standard leaves it open. */
#define TO_INT128(T, UNAME, SNAME)                                  \
	tu_t RT(UNAME)(T x);                                        \
	ti_t RT(SNAME)(T x);                                        \
	tu_t RT(UNAME)(T x)                                         \
	{                                                           \
		const T two64 = (T)18446744073709551616.0;          \
		if (!(x >= 1))                                      \
			return 0;                                   \
		if (x < two64)                                      \
			return (du_t)x;                             \
		if (!(x < two64 * two64))                           \
			return ~(tu_t)0;                            \
		du_t hi = (du_t)(x / two64);                        \
		du_t lo = (du_t)(x - (T)hi * two64);                \
		return (tu_t)hi << 64 | lo;                         \
	}                                                           \
	ti_t RT(SNAME)(T x)                                         \
	{                                                           \
		return (ti_t)(x < 0 ? -RT(UNAME)(-x) : RT(UNAME)(x));   \
	}
TO_INT128(double, __fixunsdfti, __fixdfti)
TO_INT128(long double, __fixunsxfti, __fixxfti)

tu_t RT(__fixunssfti)(float x);
ti_t RT(__fixsfti)(float x);
tu_t RT(__fixunssfti)(float x)
{
	return RT(__fixunsdfti)((double)x);
}
ti_t RT(__fixsfti)(float x)
{
	return RT(__fixdfti)((double)x);
}
