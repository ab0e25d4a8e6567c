/* The validator's automaton: walks up to eight bundles side by side through
 * the generated tables (dfa.h), then finishes each with the checks that
 * need the code's address.
 *
 * Part of the trusted core. The tables decide what each byte may be; this
 * file only follows them, so what it must get right is small: start every
 * walk at the start state, accept only in an accepting state, and do the
 * address checks exactly as validate.c's branch_target and rules_halite.c's
 * check_memory do for a RIP-relative operand. */
#include <emmintrin.h>
#include <string.h>

#include "dfa.h"

/* Walks side by side: the table lookups of one walk depend on each other
 * and mostly hit the second-level cache (the hot states' rows are about
 * 100 KiB), so eight walks keep the loads in flight. */
#define LANES HV_DFA_LANES

int hv_dfa_usable(const struct hv_policy *p)
{
	return p->profile == HV_PROFILE_HALITE && p->bundle_size == HV_DFA_BUNDLE &&
	       (p->features & (1ull << HV_FEAT_BASE));
}

/* The output code at byte pos of the bundles walked (b, at code offset
 * start): adds its start to *valid (the 64 bytes' instruction starts that
 * hold pos), takes back the starts of a completed pseudo-instruction,
 * records a branch target; returns 1 if the bundle fails. No branch on
 * what the code says: which comes next is what a branch would mispredict.
 *
 * A branch target is recorded even if its bundle then fails, or its walk
 * was rejected after the branch: up to where a walk stops, its
 * instructions are the ones hv_decode sees, and the full path, which then
 * validates that bundle, records the target of every branch it decodes,
 * valid bundle or not. So the target bits end as the full path alone
 * leaves them (test_fast compares them). */
static inline unsigned check_code(const struct hv_ctx *c, const uint8_t *b, size_t start,
				  unsigned pos, unsigned code, const uint64_t refused[4],
				  uint64_t *valid)
{
	const struct hv_dfa_desc d = hv_dfa_desc[code];
	const unsigned p = pos % 64;
	*valid |= (uint64_t)d.start << p;
	/* Needs a feature or is in a class this policy refuses. */
	const unsigned refuse = (refused[code / 64] >> (code % 64)) & 1;
	unsigned fail = refuse;
	/* A pseudo-instruction ends here: only its first instruction is a
	 * jump target. It lies inside the bundle, since every walk starts
	 * at a bundle's start (the mask keeps the shift in range). */
	*valid &= ~((((uint64_t)1 << d.clear) - 1) << ((p + 1 - d.clear) & 63));
	/* A direct branch's target (validate.c, branch_target), or a
	 * RIP-relative operand's (rules_halite.c, check_memory). The
	 * instruction ends at pos: a rel8 is its last byte; a 32-bit field
	 * ends d.after bytes before. Both inside the bundle; for codes without
	 * a 32-bit field the read is clamped to stay inside b and its value
	 * unused. Selections by mask, not by branch. rel is the target less
	 * the code's address, target the sandbox address; vaddr is a multiple
	 * of the bundle size. */
	const int field = (int)pos + 1 - d.after - 4;
	uint32_t u;
	memcpy(&u, b + (field < 0 ? 0 : field), 4);
	const int64_t r32 = (int32_t)u, r8 = (int8_t)b[pos];
	const uint64_t rel = start + pos + 1 + (uint64_t)(r32 + ((r8 - r32) & -(int64_t)d.rel8));
	const uint64_t target = c->vaddr + rel; /* below 0: above 2^63 */
	const unsigned in_code = rel < c->len;
	fail |= d.checked & (target >= HV_SANDBOX_SIZE);
	fail |= d.branch & !in_code & ((rel & (HV_DFA_BUNDLE - 1)) != 0);
	/* (Not for a branch the full path would refuse before recording
	 * its target, nor in the hlt after the code's end: the bytes there
	 * are not the code's.) */
	const unsigned keep = d.branch & in_code & !refuse & (start + pos < c->len);
	const uint64_t at = rel & -(uint64_t)keep; /* 0 if not kept */
	c->targets[at / 64] |= (uint64_t)keep << (at % 64);
	return fail;
}

/* Bit i set where out[i] is code 1 (a start), and where it is above 1
 * (something to check), for the 16 bytes at out. */
static inline void classify16(const uint8_t *out, unsigned *starts, unsigned *special)
{
	const __m128i one = _mm_set1_epi8(1), v = _mm_loadu_si128((const __m128i *)out);
	*starts = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, one));
	*special = 0xffffu & ~(unsigned)_mm_movemask_epi8(
				 _mm_cmpeq_epi8(_mm_subs_epu8(v, one), _mm_setzero_si128()));
}

/* The same for the 64 bytes at out. */
static inline void classify64(const uint8_t *out, uint64_t *starts, uint64_t *special)
{
	unsigned s0, s1, s2, s3, x0, x1, x2, x3;
	classify16(out, &s0, &x0);
	classify16(out + 16, &s1, &x1);
	classify16(out + 32, &s2, &x2);
	classify16(out + 48, &s3, &x3);
	*starts = s0 | (uint64_t)s1 << 16 | (uint64_t)s2 << 32 | (uint64_t)s3 << 48;
	*special = x0 | (uint64_t)x1 << 16 | (uint64_t)x2 << 32 | (uint64_t)x3 << 48;
}

/* One step of walk k at byte i: s[k] becomes the next row, and the
 * output code is kept. The bundles are consecutive in b, so every lane's byte is
 * one base register and a constant displacement away. */
#define STEP(k)                                                                                    \
	do {                                                                                       \
		const uint32_t t_ = hv_dfa_table[s##k + b[HV_DFA_BUNDLE * (k) + i]];               \
		out[HV_DFA_BUNDLE * (k) + i] = (uint8_t)t_;                                        \
		s##k = t_ & HV_DFA_NEXT;                                                           \
	} while (0)

void hv_dfa_refused(const struct hv_policy *p, uint64_t refused[4])
{
	memset(refused, 0, 4 * sizeof *refused);
	for (unsigned f = 0; f < HV_FEAT_COUNT; f++)
		if (!((p->features >> f) & 1))
			for (unsigned w = 0; w < 4; w++)
				refused[w] |= hv_dfa_feature_codes[f][w];
	for (unsigned d = 1; d < HV_DENY_CONFIGURABLE_END; d++)
		if ((p->deny >> d) & 1)
			for (unsigned w = 0; w < 4; w++)
				refused[w] |= hv_dfa_deny_codes[d][w];
}

unsigned hv_dfa_bundles(struct hv_ctx *c, size_t start, unsigned n, const uint64_t refused[4])
{
	/* Fewer than LANES bundles, or a last bundle the code ends inside:
	 * walk a copy (the code must not be read past its end). The rest of
	 * a last bundle is hlt, a one-byte instruction, as the runtime fills
	 * it (docs/abi.md, I2), so the code ends between instructions if a hlt
	 * starts where it ends (checked below); missing bundles are zeros,
	 * their result unused. */
	uint8_t copy[LANES * HV_DFA_BUNDLE];
	const uint8_t *b = c->code + start;
	if (n > LANES)
		n = LANES;
	if (start % 64 || start >= c->len) /* (validate.c's groups start at multiples of 256) */
		return 0;
	const size_t avail = c->len - start;
	if (avail < (size_t)n * HV_DFA_BUNDLE)
		n = (unsigned)((avail + HV_DFA_BUNDLE - 1) / HV_DFA_BUNDLE);
	const size_t used = (size_t)n * HV_DFA_BUNDLE, have = avail < used ? avail : used;
	const unsigned partial = (unsigned)(have % HV_DFA_BUNDLE);
	if (n < LANES || partial) {
		memset(copy, 0, sizeof copy);
		memcpy(copy, b, have);
		memset(copy + have, 0xf4, used - have);
		b = copy;
	}
	uint8_t out[LANES * HV_DFA_BUNDLE];
	size_t s0 = HV_DFA_START * 256, s1 = s0, s2 = s0, s3 = s0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
	if (n > LANES / 2) {
		s4 = s5 = s6 = s7 = s0;
		for (unsigned i = 0; i < HV_DFA_BUNDLE; i++) {
			STEP(0);
			STEP(1);
			STEP(2);
			STEP(3);
			STEP(4);
			STEP(5);
			STEP(6);
			STEP(7);
		}
	} else { /* half the walks for a short piece of code */
		for (unsigned i = 0; i < HV_DFA_BUNDLE; i++) {
			STEP(0);
			STEP(1);
			STEP(2);
			STEP(3);
		}
	}
	const size_t last[LANES] = {s0, s1, s2, s3, s4, s5, s6, s7};
	unsigned ok = 0;
	for (unsigned k = 0; k < LANES; k++)
		ok |= (unsigned)hv_dfa_accept[last[k] / 256] << k;
	ok &= (1u << n) - 1;
	/* The code ends inside the last bundle: there an instruction must
	 * start (the first hlt), and no start after it is the code's. */
	uint64_t past = 0;
	if (partial) {
		const unsigned end = (n - 1) * HV_DFA_BUNDLE + partial;
		ok &= ~((unsigned)!hv_dfa_desc[out[end]].start << (n - 1));
		past = ~0ull << (end % 64);
	}
	if (!ok)
		return 0;

	/* Each 64 bytes' codes: 1 (a start) and 0 (nothing) are most; the
	 * others are checked, as one list per 64 bytes. */
	uint64_t valid[LANES / 2];
	unsigned fail = 0;
	for (unsigned w = 0; w < (n + 1) / 2; w++) {
		uint64_t vw, special;
		classify64(out + 64 * w, &vw, &special);
		while (special) {
			const unsigned pos = 64 * w + (unsigned)__builtin_ctzll(special);
			special &= special - 1;
			fail |= check_code(c, b, start, pos, out[pos], refused, &vw)
				<< (pos / HV_DFA_BUNDLE);
		}
		valid[w] = vw;
	}
	ok &= ~fail;

	/* Record the starts of the bundles accepted, as the full path would
	 * have: start is a multiple of 64, so two bundles' starts make a
	 * word. */
	for (unsigned w = 0; w < (n + 1) / 2; w++) {
		const uint64_t keep = (uint64_t)-(uint64_t)((ok >> 2 * w) & 1) >> 32 |
				      (uint64_t)-(uint64_t)((ok >> (2 * w + 1)) & 1) << 32;
		c->valid[start / 64 + w] |= valid[w] & keep & (w == (n - 1) / 2 ? ~past : ~0ull);
	}
	return ok;
}
