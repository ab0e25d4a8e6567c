/* halite-rt: the routines of gcc's run-time library (libgcc) that gcc emits
 * calls to for C code on x86-64, compiled with halite-cc so that modules
 * link sandboxed code only. The host's libgcc.a is ordinary x86-64 code
 * (ret, unsandboxed memory operands): any member of it makes a module
 * invalid. musl's libc.a itself needs the complex multiplications.
 *
 * RT(name) is the exported name; the native tests
 * (tests/toolchain/test_rt.c) compile the same sources with RT(name) =
 * rt_test_##name to compare them with the host's libgcc. */
#ifndef HALITE_RT_H
#define HALITE_RT_H

#ifndef RT
#define RT(name) name
#endif

typedef unsigned long long du_t; /* 64 bits */
typedef long long di_t;
typedef unsigned __int128 tu_t;  /* 128 bits */
typedef __int128 ti_t;

/* Count of leading zero bits of a non-zero 64-bit value (bsr: inline). */
static inline int rt_clz64(du_t x)
{
	return __builtin_clzll(x);
}

static inline int rt_clz128(tu_t x)
{
	du_t hi = (du_t)(x >> 64);
	return hi ? rt_clz64(hi) : 64 + rt_clz64((du_t)x);
}

#endif
