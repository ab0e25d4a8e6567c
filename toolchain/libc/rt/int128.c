/* 128-bit integer division and bit counts (libgcc's __udivti3 family and
 * __popcount, __parity, __clz, __ctz, __ffs helpers). Written without 128-bit
 * division or the bit-count builtins, which would call back into these. */
#include "rt.h"

tu_t RT(__udivmodti4)(tu_t a, tu_t b, tu_t *rem);
tu_t RT(__udivti3)(tu_t a, tu_t b);
tu_t RT(__umodti3)(tu_t a, tu_t b);
ti_t RT(__divti3)(ti_t a, ti_t b);
ti_t RT(__modti3)(ti_t a, ti_t b);
ti_t RT(__divmodti4)(ti_t a, ti_t b, ti_t *rem);
int RT(__popcountdi2)(di_t x);
int RT(__popcountti2)(ti_t x);
int RT(__paritydi2)(di_t x);
int RT(__parityti2)(ti_t x);
int RT(__clzdi2)(di_t x);
int RT(__ctzdi2)(di_t x);
int RT(__clzti2)(ti_t x);
int RT(__ctzti2)(ti_t x);
int RT(__ffsdi2)(di_t x);
int RT(__ffsti2)(ti_t x);

/* (hi:lo) / d with hi < d: one divq. d == 0 faults (#DE), as division by
 * zero does in C on x86. */
static inline du_t div128by64(du_t hi, du_t lo, du_t d, du_t *r)
{
	du_t q;
	__asm__("divq %4" : "=a"(q), "=d"(*r) : "a"(lo), "d"(hi), "rm"(d));
	return q;
}

/* Unsigned 128-bit division (Hacker's Delight, 9-5, scaled from 64/32 to
 * 128/64 bits). */
tu_t RT(__udivmodti4)(tu_t a, tu_t b, tu_t *rem)
{
	du_t ah = (du_t)(a >> 64), al = (du_t)a, bh = (du_t)(b >> 64), bl = (du_t)b;
	du_t r;
	if (bh == 0) {
		if (ah < bl) { /* the quotient fits in 64 bits */
			du_t q = div128by64(ah, al, bl, &r);
			if (rem)
				*rem = r;
			return q;
		}
		/* Two digits: ah / bl, then (ah % bl : al) / bl. */
		du_t r1;
		du_t q1 = div128by64(0, ah, bl, &r1);
		du_t q0 = div128by64(r1, al, bl, &r);
		if (rem)
			*rem = r;
		return (tu_t)q1 << 64 | q0;
	}
	/* b >= 2^64: the quotient fits in 64 bits. Normalize b so that its
	 * top 64 bits have the high bit set, divide a / 2 by them, undo the
	 * scaling: the estimate is exact or one too large, then fix. */
	int n = rt_clz64(bh);
	du_t b1 = (du_t)((b << n) >> 64);
	tu_t a1 = a >> 1;
	du_t q1 = div128by64((du_t)(a1 >> 64), (du_t)a1, b1, &r);
	tu_t q0 = ((tu_t)q1 << n) >> 63;
	if (q0 != 0)
		q0--;
	tu_t rr = a - q0 * b;
	if (rr >= b) {
		q0++;
		rr -= b;
	}
	if (rem)
		*rem = rr;
	return q0;
}

tu_t RT(__udivti3)(tu_t a, tu_t b)
{
	return RT(__udivmodti4)(a, b, 0);
}

tu_t RT(__umodti3)(tu_t a, tu_t b)
{
	tu_t r;
	RT(__udivmodti4)(a, b, &r);
	return r;
}

/* Signed: truncating division; the remainder has the dividend's sign. */
ti_t RT(__divmodti4)(ti_t a, ti_t b, ti_t *rem)
{
	tu_t ua = a < 0 ? -(tu_t)a : (tu_t)a;
	tu_t ub = b < 0 ? -(tu_t)b : (tu_t)b;
	tu_t r;
	tu_t q = RT(__udivmodti4)(ua, ub, &r);
	/* Negate in unsigned arithmetic: -2^127 has no positive twin. */
	if (rem)
		*rem = (ti_t)(a < 0 ? -r : r);
	return (ti_t)((a < 0) != (b < 0) ? -q : q);
}

ti_t RT(__divti3)(ti_t a, ti_t b)
{
	return RT(__divmodti4)(a, b, 0);
}

ti_t RT(__modti3)(ti_t a, ti_t b)
{
	ti_t r;
	RT(__divmodti4)(a, b, &r);
	return r;
}

static inline int popcount64(du_t x)
{
	x = x - ((x >> 1) & 0x5555555555555555ull);
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
	return (int)((x * 0x0101010101010101ull) >> 56);
}

int RT(__popcountdi2)(di_t x)
{
	return popcount64((du_t)x);
}

int RT(__popcountti2)(ti_t x)
{
	return popcount64((du_t)x) + popcount64((du_t)((tu_t)x >> 64));
}

int RT(__paritydi2)(di_t x)
{
	return popcount64((du_t)x) & 1;
}

int RT(__parityti2)(ti_t x)
{
	return RT(__popcountti2)(x) & 1;
}

int RT(__clzdi2)(di_t x)
{
	return rt_clz64((du_t)x);
}

int RT(__ctzdi2)(di_t x)
{
	return __builtin_ctzll((du_t)x);
}

int RT(__clzti2)(ti_t x)
{
	return rt_clz128((tu_t)x);
}

int RT(__ctzti2)(ti_t x)
{
	du_t lo = (du_t)x;
	return lo ? __builtin_ctzll(lo) : 64 + __builtin_ctzll((du_t)((tu_t)x >> 64));
}

int RT(__ffsdi2)(di_t x)
{
	return x ? __builtin_ctzll((du_t)x) + 1 : 0;
}

int RT(__ffsti2)(ti_t x)
{
	return x ? RT(__ctzti2)(x) + 1 : 0;
}
