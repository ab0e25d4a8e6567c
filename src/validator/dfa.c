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

/* For each HV_DK_* kind: whether the instruction ending at p has an
 * address to check, whether it is a branch's, how many immediate bytes
 * follow the 32-bit field that holds it, and whether that field is a
 * 1-byte displacement (the last of the four bytes read). Tables rather than
 * branches: which kind comes next is what a branch would mispredict. */
static const uint8_t kind_checked[8] = {0, 1, 1, 1, 1, 1, 1};
static const uint8_t kind_branch[8] = {0, 1, 1, 0, 0, 0, 0};
static const uint8_t kind_after[8] = {0, 0, 0, 0, 1, 2, 4};
static const uint8_t kind_rel8[8] = {0, 1, 0, 0, 0, 0, 0};

/* The checks of all the walks' output codes, as one list: the loop over
 * the codes to check mispredicts its exit once per hv_dfa_bundles call,
 * not once per bundle. */
struct checks {
	uint64_t valid[LANES / 2]; /* bit per byte of the bundles walked */
	unsigned fail;		   /* bit per bundle */
	unsigned nt;
	uint32_t targets[LANES * HV_DFA_BUNDLE / 2]; /* a branch has 2 bytes or more */
	uint8_t target_lane[LANES * HV_DFA_BUNDLE / 2];
};

/* The output code at byte pos of the bundles walked (b, at code offset
 * start): its start, feature, taken-back starts, and address check. No
 * branch on what the code says: which comes next is what a branch would
 * mispredict. */
static inline void check_code(struct checks *k, const struct hv_ctx *c, const uint8_t *b,
			      size_t start, unsigned pos, unsigned code)
{
	const struct hv_dfa_desc d = hv_dfa_desc[code];
	const unsigned lane = pos / HV_DFA_BUNDLE, p = pos % 64, at = pos % HV_DFA_BUNDLE;
	uint64_t *valid = &k->valid[pos / 64];
	*valid |= (uint64_t)d.start << p;
	unsigned fail = !((c->policy->features >> d.feature) & 1); /* feature 0: the baseline */
	/* A pseudo-instruction ends here: only its first instruction is a
	 * jump target. It lies inside the bundle (else the bundle fails, and
	 * the shift is only kept in range). */
	fail |= d.clear > at + 1;
	*valid &= ~((((uint64_t)1 << d.clear) - 1) << ((p + 1 - d.clear) & 63));
	/* A direct branch's target (validate.c, branch_target), or a
	 * RIP-relative operand's (rules_halite.c, check_memory). The
	 * instruction ends at pos: a rel8 is its last byte; a 32-bit field
	 * ends kind_after bytes before. Both inside the bundle; for the kinds
	 * that have no 32-bit field, the read is clamped to stay inside b and
	 * its value unused. Selections by mask, not by branch. */
	const unsigned kind = d.kind & 7;
	const int field = (int)pos + 1 - kind_after[kind] - 4;
	uint32_t u;
	memcpy(&u, b + (field < 0 ? 0 : field), 4);
	const int64_t r32 = (int32_t)u, r8 = (int8_t)b[pos];
	const int64_t v = r32 + ((r8 - r32) & -(int64_t)kind_rel8[kind]);
	const int64_t t = (int64_t)(c->vaddr + start) + pos + 1 + v;
	const uint64_t rel = (uint64_t)t - c->vaddr;
	const unsigned in_code = rel < c->len;
	fail |= kind_checked[kind] & ((uint64_t)t >= HV_SANDBOX_SIZE); /* t < 0 included */
	fail |= kind_branch[kind] & !in_code & ((t & (HV_DFA_BUNDLE - 1)) != 0);
	k->fail |= fail << lane;
	k->targets[k->nt] = (uint32_t)(rel & -(uint64_t)in_code);
	k->target_lane[k->nt] = (uint8_t)lane;
	k->nt += kind_branch[kind] & in_code;
}

/* Bit i set where out[i] is code 1 (a start), and where it is above 1
 * (something to check), for out[0..64). */
static void classify64(const uint8_t *out, uint64_t *starts, uint64_t *special)
{
	const __m128i one = _mm_set1_epi8(1), zero = _mm_setzero_si128();
	uint64_t s = 0, x = 0;
	for (unsigned q = 0; q < 4; q++) {
		const __m128i v = _mm_loadu_si128((const __m128i *)(out + 16 * q));
		s |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, one)) << 16 * q;
		x |= (uint64_t)(uint16_t)~_mm_movemask_epi8(
			 _mm_cmpeq_epi8(_mm_subs_epu8(v, one), zero))
		     << 16 * q;
	}
	*starts = s;
	*special = x;
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

unsigned hv_dfa_bundles(struct hv_ctx *c, size_t start, unsigned n)
{
	/* Fewer than LANES bundles: walk a copy, the missing ones as zeros
	 * whose result is unused (the code must not be read past its end). */
	uint8_t copy[LANES * HV_DFA_BUNDLE];
	const uint8_t *b = c->code + start;
	if (n > LANES)
		n = LANES;
	if (n < LANES) {
		memset(copy, 0, sizeof copy);
		memcpy(copy, b, (size_t)n * HV_DFA_BUNDLE);
		b = copy;
	}
	uint8_t out[LANES * HV_DFA_BUNDLE];
	size_t s0 = HV_DFA_START * 256, s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0,
	       s7 = s0;
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
	const size_t last[LANES] = {s0, s1, s2, s3, s4, s5, s6, s7};
	unsigned ok = 0;
	for (unsigned k = 0; k < LANES; k++)
		ok |= (unsigned)hv_dfa_accept[last[k] / 256] << k;
	ok &= (1u << n) - 1;
	if (!ok)
		return 0;

	struct checks k;
	k.fail = 0;
	k.nt = 0;
	for (unsigned w = 0; w < LANES / 2; w++) {
		uint64_t special;
		classify64(out + 64 * w, &k.valid[w], &special);
		while (special) {
			const unsigned pos = 64 * w + (unsigned)__builtin_ctzll(special);
			special &= special - 1;
			check_code(&k, c, b, start, pos, out[pos]);
		}
	}
	ok &= ~k.fail;

	/* Record the bundles accepted, as the full path would have. */
	for (unsigned lane = 0; lane < n; lane++) {
		const size_t at = start + (size_t)HV_DFA_BUNDLE * lane;
		const uint64_t bits = (k.valid[lane / 2] >> (32 * (lane % 2))) & 0xffffffffu;
		c->valid[at / 64] |= (bits & -(uint64_t)((ok >> lane) & 1)) << (at % 64);
	}
	for (unsigned j = 0; j < k.nt; j++)
		c->targets[k.targets[j] / 64] |= (uint64_t)((ok >> k.target_lane[j]) & 1)
						 << (k.targets[j] % 64);
	return ok;
}
