/* CPU features of the running machine, and the default policy. An
 * instruction whose feature the CPU lacks is rejected: executing it would
 * raise #UD at best, and on some parts decode as something else. */
#include <cpuid.h>

#include "validator.h"

#define B(f) (1ull << (f))

static uint64_t os_avx_ok(void)
{
	uint32_t lo, hi;
	/* xgetbv(0): the OS saves xmm (bit 1) and ymm (bit 2) state. */
	__asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
	(void)hi;
	return (lo & 6) == 6;
}

uint64_t hv_cpu_features(void)
{
	unsigned a, b, c, d, max;
	uint64_t f = B(HV_FEAT_BASE);

	max = __get_cpuid_max(0, 0);
	if (max >= 1 && __get_cpuid(1, &a, &b, &c, &d)) {
		if (c & (1u << 0)) f |= B(HV_FEAT_SSE3);
		if (c & (1u << 1)) f |= B(HV_FEAT_PCLMUL);
		if (c & (1u << 9)) f |= B(HV_FEAT_SSSE3);
		if (c & (1u << 13)) f |= B(HV_FEAT_CX16);
		if (c & (1u << 19)) f |= B(HV_FEAT_SSE41);
		if (c & (1u << 20)) f |= B(HV_FEAT_SSE42);
		if (c & (1u << 22)) f |= B(HV_FEAT_MOVBE);
		if (c & (1u << 23)) f |= B(HV_FEAT_POPCNT);
		if (c & (1u << 25)) f |= B(HV_FEAT_AES);
		if (c & (1u << 30)) f |= B(HV_FEAT_RDRAND);
		if ((c & (1u << 27)) && (c & (1u << 26))) {
			f |= B(HV_FEAT_XSAVE);
			if ((c & (1u << 28)) && os_avx_ok()) {
				f |= B(HV_FEAT_AVX);
				if (c & (1u << 12)) f |= B(HV_FEAT_FMA);
				if (c & (1u << 29)) f |= B(HV_FEAT_F16C);
			}
		}
	}
	if (max >= 7 && __get_cpuid_count(7, 0, &a, &b, &c, &d)) {
		if (b & (1u << 3)) f |= B(HV_FEAT_BMI1);
		if ((b & (1u << 5)) && (f & B(HV_FEAT_AVX))) f |= B(HV_FEAT_AVX2);
		if (b & (1u << 8)) f |= B(HV_FEAT_BMI2);
		if (b & (1u << 18)) f |= B(HV_FEAT_RDSEED);
		if (b & (1u << 19)) f |= B(HV_FEAT_ADX);
		if (b & (1u << 23)) f |= B(HV_FEAT_CLFLUSHOPT);
		if (b & (1u << 24)) f |= B(HV_FEAT_CLWB);
		if (b & (1u << 29)) f |= B(HV_FEAT_SHA);
		if ((c & (1u << 9)) && (f & B(HV_FEAT_AVX))) f |= B(HV_FEAT_VAES);
		if ((c & (1u << 10)) && (f & B(HV_FEAT_AVX))) f |= B(HV_FEAT_VPCLMUL);
	}
	if (__get_cpuid(0x80000001, &a, &b, &c, &d)) {
		if (c & (1u << 0)) f |= B(HV_FEAT_LAHF64);
		if (c & (1u << 5)) f |= B(HV_FEAT_LZCNT);
		if (c & (1u << 8)) f |= B(HV_FEAT_PREFETCHW);
		if (d & (1u << 27)) f |= B(HV_FEAT_RDTSCP);
	}
	return f;
}

void hv_policy_default(struct hv_policy *p)
{
	p->profile = HV_PROFILE_HALITE;
	p->bundle_size = 32;
	p->deny = 0;
	p->features = hv_cpu_features();
}
