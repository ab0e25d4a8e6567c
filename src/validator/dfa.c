/* The validator's automaton: walks up to eight bundles side by side through
 * the generated tables (dfa.h), then finishes each with the checks that
 * need the code's address.
 *
 * Part of the trusted core. The tables decide what each byte may be; this
 * file only follows them, so what it must get right is small: start every
 * walk at the start state, accept only in an accepting state, and do the
 * address checks exactly as validate.c's branch_target and rules_halite.c's
 * check_memory do for a RIP-relative operand, or leave the bundle to the
 * fast path (the branch codes' own path leaves every branch out of the
 * code). */
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
 * start), for every code but the branch codes (HV_DFA_REL32, HV_DFA_REL8:
 * hv_dfa_bundles has its own path for them, and the generator gives no
 * other code a branch): adds its start to *valid (the 64 bytes'
 * instruction starts that hold pos), takes back the starts of a completed
 * pseudo-instruction, checks a RIP-relative target; returns 1 if the
 * bundle fails. No branch on what the code says: which comes next is what
 * a branch would mispredict. */
static inline unsigned check_code(const struct hv_ctx *c, const uint8_t *b, size_t start,
				  unsigned pos, unsigned code, const uint64_t refused[4],
				  uint64_t *valid)
{
	const struct hv_dfa_desc d = hv_dfa_desc[code];
	const unsigned p = pos % 64;
	*valid |= (uint64_t)d.start << p;
	/* Needs a feature or is in a class this policy refuses; or is a
	 * branch, which this path does not record (none comes here). */
	unsigned fail = ((refused[code / 64] >> (code % 64)) & 1) | d.branch;
	/* A pseudo-instruction ends here: only its first instruction is a
	 * jump target. It lies inside the bundle, since every walk starts
	 * at a bundle's start (the mask keeps the shift in range). */
	*valid &= ~((((uint64_t)1 << d.clear) - 1) << ((p + 1 - d.clear) & 63));
	/* A RIP-relative operand's target (rules_halite.c, check_memory).
	 * The instruction ends at pos; its 32-bit field ends d.after bytes
	 * before, inside the bundle; for codes without one the read is
	 * clamped to stay inside b and its value unused. rel is the target
	 * less the code's address, target the sandbox address. */
	const int field = (int)pos + 1 - d.after - 4;
	uint32_t u;
	memcpy(&u, b + (field < 0 ? 0 : field), 4);
	const uint64_t rel = start + pos + 1 + (uint64_t)(int64_t)(int32_t)u;
	const uint64_t target = c->vaddr + rel; /* below 0: above 2^63 */
	fail |= d.checked & (target >= HV_SANDBOX_SIZE);
	return fail;
}

/* Bit i set where out[i] is code 1 (a start), and where it is above 1
 * (something to check), for the 16 bytes at out. (A signed compare: the
 * generator keeps the codes below 128.) */
static inline void classify16(const uint8_t *out, unsigned *starts, unsigned *special)
{
	const __m128i one = _mm_set1_epi8(1), v = _mm_loadu_si128((const __m128i *)out);
	*starts = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, one));
	*special = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(v, one));
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

/* Appends to list, at n, base plus the position of each bit set in m, in
 * order; returns the new n. The first four with no branch on m (a 64-byte
 * word of real code has fewer than five checks nine times in ten): the
 * loops over a variable count are what costs, in mispredicted exits. */
static inline unsigned flatten(uint8_t *list, unsigned n, uint64_t m, unsigned base)
{
	for (unsigned k = 0; k < 4; k++) {
		/* (bit 63 keeps ctz defined; past the last bit, the entry
		 * written is not counted and is overwritten next) */
		list[n] = (uint8_t)(base + (unsigned)__builtin_ctzll(m | 1ull << 63));
		n += m != 0;
		m &= m - 1;
	}
	for (; m; m &= m - 1)
		list[n++] = (uint8_t)(base + (unsigned)__builtin_ctzll(m));
	return n;
}

/* The target, less the code's address, of the branch whose last byte is
 * b[pos], if code is HV_DFA_REL32 or HV_DFA_REL8 (next is the code offset
 * of b[1]); garbage otherwise. The rel8 is the last byte of the 32-bit
 * word read: b[pos - 3] is readable for every pos (hv_dfa_bundles). */
static inline uint64_t branch_rel(const uint8_t *b, uint64_t next, unsigned pos, unsigned code)
{
	uint32_t u;
	memcpy(&u, b + pos - 3, 4);
	const int64_t rel32 = (int32_t)u, rel8 = (int8_t)(u >> 24);
	return next + pos + (uint64_t)(code == HV_DFA_REL8 ? rel8 : rel32);
}

/* One step of walk k at byte i. s##k holds the last transition: the row
 * of the state reached times 256, plus the output code in the low byte.
 * The next index is that row plus byte i, so the byte replaces the low
 * byte: one instruction that loads and merges it, which the compiler
 * would not find (it loads, masks and adds). The bundles are consecutive
 * in b, so every lane's byte is one base register and a constant
 * displacement away. (x86-64 and GNU C only, as the rest of this file.) */
#define MERGE(k, byte) __asm__("movb %1, %b0" : "+r"(s##k) : "m"(byte))
#define STEP(k)                                                                                    \
	do {                                                                                       \
		MERGE(k, b[HV_DFA_BUNDLE * (k) + i]);                                              \
		s##k = hv_dfa_table[s##k];                                                         \
		out[HV_DFA_BUNDLE * (k) + i] = (uint8_t)s##k;                                      \
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
	 * their result unused. The copy also serves the first group, so that
	 * the three bytes before b can be read (below, the 32-bit field that
	 * ends at a branch's last byte). */
	uint8_t copy[4 + LANES * HV_DFA_BUNDLE];
	const uint8_t *b = c->code + start;
	if (n > LANES)
		n = LANES;
	if (start % 64 || start >= c->len) /* (validate.c's groups start at multiples of 256) */
		return 0;
	/* The branch codes' own path below takes no feature or deny class
	 * into account; they need none, so no policy the automaton serves
	 * refuses them. */
	if ((refused[0] >> HV_DFA_REL32) & 3)
		return 0;
	const size_t avail = c->len - start;
	if (avail < (size_t)n * HV_DFA_BUNDLE)
		n = (unsigned)((avail + HV_DFA_BUNDLE - 1) / HV_DFA_BUNDLE);
	const size_t used = (size_t)n * HV_DFA_BUNDLE, have = avail < used ? avail : used;
	const unsigned partial = (unsigned)(have % HV_DFA_BUNDLE);
	if (n < LANES || partial || start == 0) {
		memset(copy, 0, sizeof copy);
		memcpy(copy + 4, b, have);
		memset(copy + 4 + have, 0xf4, used - have);
		b = copy + 4;
	}
	uint8_t out[LANES * HV_DFA_BUNDLE];
	uint64_t s0 = HV_DFA_START * 256, s1 = s0, s2 = s0, s3 = s0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
	if (n > LANES / 2) {
		s4 = s5 = s6 = s7 = s0;
#pragma GCC unroll 4
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
	const uint64_t last[LANES] = {s0, s1, s2, s3, s4, s5, s6, s7};
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
	 * others are listed, in order. The hlt after the code's end is not
	 * the code's: nothing there is checked or recorded. */
	uint64_t valid[LANES / 2];
	uint8_t list[LANES * HV_DFA_BUNDLE + 4], others[LANES * HV_DFA_BUNDLE + 1];
	unsigned nlist = 0, nothers = 0, fail = 0;
	const unsigned words = (n + 1) / 2;
	for (unsigned w = 0; w < words; w++) {
		uint64_t special;
		classify64(out + 64 * w, &valid[w], &special);
		nlist = flatten(list, nlist, special, 64 * w);
	}
	if (past) {
		while (nlist && list[nlist - 1] >= (n - 1) * HV_DFA_BUNDLE + partial)
			nlist--;
		valid[words - 1] &= ~past;
	}

	/* Most of them end a direct branch (HV_DFA_REL32, HV_DFA_REL8): a
	 * path of their own records the target (validate.c, branch_target),
	 * the rest going on to check_code. A branch out of the code, rare,
	 * fails its bundle, for the fast path to judge. No branch on what
	 * the code says.
	 *
	 * A branch target is recorded even if its bundle then fails, or its
	 * walk was rejected after the branch: up to where a walk stops, its
	 * instructions are the ones hv_decode sees, and the full path, which
	 * then validates that bundle, records the target of every branch it
	 * decodes, valid bundle or not. So the target bits end as the full
	 * path alone leaves them (test_fast compares them). */
	const uint64_t len = c->len, next = start + 1;
	uint64_t *const targets = c->targets;
	unsigned outside = 0;
	for (unsigned i = 0; i < nlist; i++) {
		const unsigned pos = list[i], code = out[pos];
		others[nothers] = (uint8_t)pos;
		nothers += code > HV_DFA_REL8;
		const uint64_t rel = branch_rel(b, next, pos, code);
		const unsigned br = code - HV_DFA_REL32 < 2, in_code = rel < len;
		outside |= br > in_code;
		const uint64_t at = rel & -(uint64_t)in_code; /* 0 if outside */
		targets[at / 64] |= (uint64_t)(br & in_code) << (at % 64);
	}
	if (outside)
		for (unsigned i = 0; i < nlist; i++) {
			const unsigned pos = list[i], code = out[pos];
			if (code - HV_DFA_REL32 < 2 && branch_rel(b, next, pos, code) >= len)
				fail |= 1u << (pos / HV_DFA_BUNDLE);
		}
	for (unsigned i = 0; i < nothers; i++) {
		const unsigned pos = others[i];
		fail |= check_code(c, b, start, pos, out[pos], refused, &valid[pos / 64])
			<< (pos / HV_DFA_BUNDLE);
	}
	ok &= ~fail;

	/* Record the starts of the bundles accepted, as the full path would
	 * have: start is a multiple of 64, so two bundles' starts make a
	 * word. */
	for (unsigned w = 0; w < words; w++) {
		const uint64_t keep = (uint64_t)-(uint64_t)((ok >> 2 * w) & 1) >> 32 |
				      (uint64_t)-(uint64_t)((ok >> (2 * w + 1)) & 1) << 32;
		c->valid[start / 64 + w] |= valid[w] & keep;
	}
	return ok;
}
