/* The fast path of the halite profile: validates a whole bundle of the
 * instruction forms compilers emit, or gives it back to the full path.
 *
 * Part of the trusted core. The full path (hv_decode, the shared checks in
 * validate.c, rules_halite.c) is the reference; this file restates the part
 * of it that ordinary code exercises, in one pass without building struct
 * hv_insn, and answers "don't know" (return 0) on everything else: VEX,
 * the es/ss/fs prefixes, string instructions, forbidden entries, and every
 * instruction the full path would report. So a mistake here that says
 * "don't know" costs only time; the one that matters is
 * accepting what the full path rejects, which tests/validator/test_fast.c
 * looks for by running both paths over the same code.
 *
 * Each check below names the function of the full path it restates. */
#include <string.h>

#include "fast.h"

/* Legacy prefix bytes as bits; OTHER: a prefix the fast path leaves to the
 * full path (es, ss, fs segments). */
enum {
	PF_66 = 1,
	PF_F3 = 2,
	PF_F2 = 4,
	PF_GS = 8,
	PF_CS = 16,
	PF_DS = 32,
	PF_A32 = 64,
	PF_OTHER = 128,
	PF_LOCK = 256
};
#define PF_REP (PF_F3 | PF_F2)
#define PF_SEG (PF_GS | PF_CS | PF_DS)

static const uint16_t prefix_kind[256] = {
    [0x66] = PF_66,    [0xf3] = PF_F3,	  [0xf2] = PF_F2,    [0x65] = PF_GS,
    [0x2e] = PF_CS,    [0x3e] = PF_DS,	  [0x67] = PF_A32,   [0x26] = PF_OTHER,
    [0x36] = PF_OTHER, [0x64] = PF_OTHER, [0xf0] = PF_LOCK,
};

/* What a later check may ask of the instruction before: whether it is the
 * first or second half of a masked indirect branch, and for which register
 * (TAG(kind, register); 0: neither). */
enum { TAG_MASK32 = 1, TAG_ADDBASE = 2 };
#define TAG(kind, x) ((kind) << 4 | (x))

/* The value of the size-byte little-endian field at p, sign-extended
 * (size 1, 2, 4 or 8). */
static inline int64_t read_signed(const uint8_t *p, unsigned size)
{
	uint64_t v;
	memcpy(&v, p, 8);
	switch (size) {
	case 1: return (int8_t)v;
	case 2: return (int16_t)v;
	case 4: return (int32_t)v;
	default: return (int64_t)v;
	}
}

#define BIT(r) (1u << (r))

int hv_fast_bundle(struct hv_ctx *c, size_t start)
{
	const unsigned bs = c->policy->bundle_size;
	const uint64_t features = c->policy->features;
	/* buf: the bundle, then zeros. Decoding stops inside it (0 is no
	 * prefix; an opcode, ModRM and SIB read past the end belong to an
	 * instruction that crosses the bundle end, which is left to the full
	 * path before its displacement or immediate is read). */
	uint8_t buf[2 * HV_MAX_BUNDLE + 16];
	uint32_t targets[HV_MAX_BUNDLE];
	unsigned nt = 0, want_rsp_base = 0, prev1 = 0, prev2 = 0, prev_off = 0;
	uint32_t valid = 0;

	memcpy(buf, c->code + start, bs);
	memset(buf + bs, 0, sizeof buf - bs);

	for (unsigned i = 0; i < bs;) {
		/* hv_decode. Prefixes: 66 may repeat; at most one of each
		 * other group (67; f2/f3; segment). */
		unsigned pos = i, pf = 0, k, rex = 0, map = 0, ps = HV_FAST_PS_NONE;
		unsigned b = buf[pos];
		while ((k = prefix_kind[b]) != 0) {
			if ((k & PF_OTHER) || (pf & k & ~(unsigned)PF_66) ||
			    ((pf & PF_REP) && (k & PF_REP)) || ((pf & PF_SEG) && (k & PF_SEG)))
				return 0;
			pf |= k;
			b = buf[++pos];
		}
		if ((b & 0xf0) == 0x40) { /* REX: the last byte before the opcode */
			rex = b;
			b = buf[++pos];
			if ((b & 0xf0) == 0x40 || prefix_kind[b])
				return 0;
		}
		if (b == 0x0f) {
			b = buf[++pos];
			map = 1;
			if (b == 0x38 || b == 0x3a) {
				map = b == 0x38 ? 2 : 3;
				b = buf[++pos];
			}
		} else if (b == 0xc4 || b == 0xc5) { /* VEX */
			return 0;
		}
		const unsigned opcode = b;
		pos++;
		if (pf & (PF_66 | PF_REP)) {
			switch (pf & (PF_66 | PF_REP)) {
			case PF_66: ps = HV_FAST_PS_66; break;
			case PF_F3: ps = HV_FAST_PS_F3; break;
			case PF_F2: ps = HV_FAST_PS_F2; break;
			default: return 0;
			}
		}
		const unsigned v = hv_fast_sel[map][opcode][ps][(rex >> 3) & 1];
		if (!v)
			return 0;

		/* ModRM and SIB, if there are: buf has room past the bundle. */
		struct hv_fast_operands o;
		const unsigned modrm = buf[pos], sib = buf[pos + 1];
		if (v & HV_FAST_MODRM)
			pos += 1 + (unsigned)hv_fast_has_sib(modrm);
		unsigned id = hv_fast_operands(v, rex, opcode, modrm, sib, &o);
		const unsigned mod = o.mod, reg = o.reg, rm = o.rm, dsz = o.dsz;
		const unsigned base = o.base, index = o.index;
		if (!id)
			return 0;
		id--;
		const struct hv_fast_desc *dp = &hv_fast_desc[id];
		const unsigned fl = dp->flags, isz = dp->imm;
		const unsigned len = pos - i + dsz + isz;
		if (len > 15 || i + len > bs) /* too long, or crosses the bundle */
			return 0;

		/* hv_decode: lock only on a lockable instruction's memory
		 * form. */
		const int is_mem = mod != 3, mem = is_mem && !(fl & HV_FD_NOMEM);
		if ((pf & PF_LOCK) && (!(fl & HV_FD_LOCK) || !is_mem))
			return 0;
		/* common_checks: deny class, feature, segment and address-size
		 * prefixes. */
		if (dp->deny && ((c->policy->deny >> dp->deny) & 1))
			return 0;
		if (!((features >> dp->feature) & 1))
			return 0;
		const unsigned seg = pf & PF_SEG, a32 = pf & PF_A32;
		if (seg | a32) {
			if (seg == PF_GS ? !mem
					 : seg && (!(fl & (HV_FD_BRANCH | HV_FD_NOMEM)) ||
						   (fl & HV_FD_CALL)))
				return 0;
			if (a32 && !is_mem)
				return 0;
		}
		valid |= 1u << i;

		unsigned tag = 0;
		if ((fl & HV_FD_NEEDS_RULES) || mem || want_rsp_base) {
			const int32_t disp = dsz ? (int32_t)read_signed(buf + pos, dsz) : 0;
			const int64_t imm = isz ? read_signed(buf + pos + dsz, isz) : 0;
			const int64_t end =
			    (int64_t)(c->vaddr + start + i + len); /* address after it */

			/* branch_target: inside this code, kept to be marked;
			 * outside, only a bundle start inside the sandbox. */
			if (fl & HV_FD_BRANCH) {
				int64_t target = end + imm;
				int64_t rel = target - (int64_t)c->vaddr;
				if (rel >= 0 && (uint64_t)rel < c->len)
					targets[nt++] = (uint32_t)rel;
				else if (target < 0 || (uint64_t)target >= HV_SANDBOX_SIZE ||
					 target % (int64_t)bs)
					return 0;
			}

			/* is_add_base and is_mask32 (rules_halite.c): register
			 * forms without prefixes. */
			if (!pf && !is_mem) {
				if ((fl & HV_FD_ADD01) && reg == HV_R14)
					tag = TAG(TAG_ADDBASE, rm);
				else if ((fl & HV_FD_ADD03) && rm == HV_R14)
					tag = TAG(TAG_ADDBASE, reg);
				else if ((fl & HV_FD_MASK32) && imm == -(int64_t)bs)
					tag = TAG(TAG_MASK32, rm);
			}

			if (want_rsp_base) {
				/* check_rsp, second half: the previous instruction
				 * wrote %esp and this must be `add %r14, %rsp`,
				 * whose own rules the full path then skips. */
				if (tag != TAG(TAG_ADDBASE, HV_RSP))
					return 0;
				valid &= ~(1u << i);
				want_rsp_base = 0;
				tag = 0;
			} else {
				/* hv_rules_halite, in its order. */
				if (fl & HV_FD_INDIRECT) {
					if (is_mem) { /* check_indirect: a runtime call */
						int32_t lo = HV_RTCALL_TABLE_OFFSET;
						int32_t hi = lo + 8 * HV_RTCALL_MAX;
						if (base != HV_R14 || index != HV_REG_NONE || seg ||
						    a32 || disp < lo || disp >= hi || disp % 8 != 0)
							return 0;
					} else { /* check_indirect: and, add, jmp/call */
						if (rm == HV_RSP || rm == HV_R14 ||
						    prev1 != TAG(TAG_ADDBASE, rm) ||
						    prev2 != TAG(TAG_MASK32, rm))
							return 0;
						valid &= ~(1u << prev_off);
						valid &= ~(1u << i);
					}
				} else if (mem) { /* check_memory */
					if (seg == PF_GS && a32) {
						/* %gs: with addr32 */
					} else if (seg || a32) {
						return 0;
					} else if (base == HV_REG_RIP) {
						int64_t t = end + disp;
						if (t < 0 || (uint64_t)t >= HV_SANDBOX_SIZE)
							return 0;
					} else if (base != HV_RSP || index != HV_REG_NONE ||
						   disp < -HV_RSP_DISP_MAX ||
						   disp > HV_RSP_DISP_MAX) {
						return 0;
					}
				}
				/* hv_gpr_writes, then the reserved register and
				 * check_rsp. */
				if (fl & (HV_FD_WREG | HV_FD_WRM | HV_FD_WOPREG)) {
					const unsigned written = hv_fast_written(fl, rex, &o);
					if (written & BIT(HV_R14))
						return 0;
					/* `and $-N, %rsp`, or a 32-bit write the
					 * next instruction rebases. */
					if ((written & BIT(HV_RSP)) &&
					    !((fl & HV_FD_AND64) && !pf && !is_mem &&
					      rm == HV_RSP && imm < 0)) {
						if (!(fl & HV_FD_ESP32))
							return 0;
						want_rsp_base = 1;
					}
				}
			}
		}
		prev2 = prev1;
		prev1 = tag;
		prev_off = i;
		i += len;
	}
	if (want_rsp_base)
		return 0;

	/* Valid: record it as the full path would have. */
	c->valid[start / 64] |= (uint64_t)valid << (start % 64);
	for (unsigned k = 0; k < nt; k++)
		c->targets[targets[k] / 64] |= 1ull << (targets[k] % 64);
	return 1;
}
