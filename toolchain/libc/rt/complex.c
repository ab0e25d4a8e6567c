/* Complex multiplication and division with C11 Annex G semantics
 * (libgcc's __mul?c3 and __div?c3, for float, double and long double).
 * Written with real arithmetic only: complex operators here would call
 * these very functions. */
#include "rt.h"

#define COMPLEX_FUNCS(T, S, MUL, DIV)                                               \
	T _Complex RT(MUL)(T a, T b, T c, T d);                                     \
	T _Complex RT(DIV)(T a, T b, T c, T d);                                     \
                                                                                    \
	T _Complex RT(MUL)(T a, T b, T c, T d)                                      \
	{                                                                           \
		T ac = a * c, bd = b * d, ad = a * d, bc = b * c;                   \
		T x = ac - bd, y = ad + bc;                                         \
		if (__builtin_isnan(x) && __builtin_isnan(y)) {                     \
			/* Recover infinities that computed as NaN + iNaN. */         \
			int again = 0;                                              \
			if (__builtin_isinf(a) || __builtin_isinf(b)) {             \
				a = __builtin_copysign##S(__builtin_isinf(a) ? 1 : 0, a); \
				b = __builtin_copysign##S(__builtin_isinf(b) ? 1 : 0, b); \
				if (__builtin_isnan(c))                             \
					c = __builtin_copysign##S(0, c);            \
				if (__builtin_isnan(d))                             \
					d = __builtin_copysign##S(0, d);            \
				again = 1;                                          \
			}                                                           \
			if (__builtin_isinf(c) || __builtin_isinf(d)) {             \
				c = __builtin_copysign##S(__builtin_isinf(c) ? 1 : 0, c); \
				d = __builtin_copysign##S(__builtin_isinf(d) ? 1 : 0, d); \
				if (__builtin_isnan(a))                             \
					a = __builtin_copysign##S(0, a);            \
				if (__builtin_isnan(b))                             \
					b = __builtin_copysign##S(0, b);            \
				again = 1;                                          \
			}                                                           \
			if (!again && (__builtin_isinf(ac) || __builtin_isinf(bd) || \
				       __builtin_isinf(ad) || __builtin_isinf(bc))) { \
				if (__builtin_isnan(a))                             \
					a = __builtin_copysign##S(0, a);            \
				if (__builtin_isnan(b))                             \
					b = __builtin_copysign##S(0, b);            \
				if (__builtin_isnan(c))                             \
					c = __builtin_copysign##S(0, c);            \
				if (__builtin_isnan(d))                             \
					d = __builtin_copysign##S(0, d);            \
				again = 1;                                          \
			}                                                           \
			if (again) {                                                \
				x = __builtin_inf##S() * (a * c - b * d);           \
				y = __builtin_inf##S() * (a * d + b * c);           \
			}                                                           \
		}                                                                   \
		return __builtin_complex(x, y);                                     \
	}                                                                           \
                                                                                    \
	/* Smith's algorithm, then Annex G's recovery of infinities and zeros. */ \
	T _Complex RT(DIV)(T a, T b, T c, T d)                                      \
	{                                                                           \
		T x, y;                                                             \
		if (__builtin_fabs##S(c) < __builtin_fabs##S(d)) {                  \
			T r = c / d, den = c * r + d;                               \
			x = (a * r + b) / den;                                      \
			y = (b * r - a) / den;                                      \
		} else {                                                            \
			T r = d / c, den = c + d * r;                               \
			x = (a + b * r) / den;                                      \
			y = (b - a * r) / den;                                      \
		}                                                                   \
		if (__builtin_isnan(x) && __builtin_isnan(y)) {                     \
			if (c == 0 && d == 0 && (!__builtin_isnan(a) || !__builtin_isnan(b))) { \
				x = __builtin_copysign##S(__builtin_inf##S(), c) * a; \
				y = __builtin_copysign##S(__builtin_inf##S(), c) * b; \
			} else if ((__builtin_isinf(a) || __builtin_isinf(b)) &&    \
				   __builtin_isfinite(c) && __builtin_isfinite(d)) { \
				a = __builtin_copysign##S(__builtin_isinf(a) ? 1 : 0, a); \
				b = __builtin_copysign##S(__builtin_isinf(b) ? 1 : 0, b); \
				x = __builtin_inf##S() * (a * c + b * d);           \
				y = __builtin_inf##S() * (b * c - a * d);           \
			} else if ((__builtin_isinf(c) || __builtin_isinf(d)) &&    \
				   __builtin_isfinite(a) && __builtin_isfinite(b)) { \
				c = __builtin_copysign##S(__builtin_isinf(c) ? 1 : 0, c); \
				d = __builtin_copysign##S(__builtin_isinf(d) ? 1 : 0, d); \
				x = 0 * (a * c + b * d);                            \
				y = 0 * (b * c - a * d);                            \
			}                                                           \
		}                                                                   \
		return __builtin_complex(x, y);                                     \
	}

COMPLEX_FUNCS(float, f, __mulsc3, __divsc3)
COMPLEX_FUNCS(double, , __muldc3, __divdc3)
COMPLEX_FUNCS(long double, l, __mulxc3, __divxc3)
