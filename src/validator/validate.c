/* The shared validation loop: decode bundle by bundle, apply the checks
 * common to every profile, hand each bundle to the profile's rule layer,
 * then check that every direct branch lands on a valid jump target.
 *
 * Why bundle by bundle: an indirect branch can land on any bundle start, so
 * each bundle must decode correctly from its first byte regardless of what
 * precedes it, and no instruction may cross into the next bundle. Decoding
 * from each bundle start therefore sees exactly what the CPU would execute
 * from any reachable address. */
#include <string.h>

#include "dfa.h"
#include "fast.h"
#include "rules.h"

static int bit(const uint64_t *m, size_t i)
{
	return (int)((m[i / 64] >> (i % 64)) & 1);
}

static void set_bit(uint64_t *m, size_t i)
{
	m[i / 64] |= 1ull << (i % 64);
}

void hv_violation(struct hv_ctx *c, size_t off, unsigned len, enum hv_rule r, unsigned detail)
{
	struct hv_violation v = {off, len, r, detail};
	c->violations++;
	if (c->report)
		c->report(c->report_ctx, &v);
}

void hv_clear_target(struct hv_ctx *c, size_t off)
{
	c->valid[off / 64] &= ~(1ull << (off % 64));
}

size_t hv_scratch_size(size_t len)
{
	return 2 * ((len + 63) / 64) * sizeof(uint64_t);
}

int hv_is_jump_target(const void *scratch, size_t len, size_t offset)
{
	return offset < len && bit(scratch, offset);
}

/* Checks every profile shares: whitelist status, prefixes, policy. Returns
 * 0 if the instruction was reported. */
static int common_checks(struct hv_ctx *c, const struct hv_insn *in, size_t off)
{
	const struct hv_op *e = hv_insn_op(in);
	const struct hv_policy *p = c->policy;

	if (e->flags & HV_F_FORBIDDEN) {
		hv_violation(c, off, in->len, HV_RULE_FORBIDDEN, e->deny);
		return 0;
	}
	if (e->deny && e->deny < HV_DENY_CONFIGURABLE_END && (p->deny & HV_DENYBIT(e->deny))) {
		hv_violation(c, off, in->len, HV_RULE_DENIED, e->deny);
		return 0;
	}
	if (!(p->features & (1ull << e->feature))) {
		hv_violation(c, off, in->len, HV_RULE_FEATURE, e->feature);
		return 0;
	}
	/* VEX vector instructions (VEX AES, PCLMUL, F16C...) also need the AVX
	 * state enabled; only the VEX-encoded BMI integer instructions do not. */
	if (e->enc == HV_ENC_VEX && e->feature != HV_FEAT_BMI1 && e->feature != HV_FEAT_BMI2 &&
	    !(p->features & (1ull << HV_FEAT_AVX))) {
		hv_violation(c, off, in->len, HV_RULE_FEATURE, HV_FEAT_AVX);
		return 0;
	}
	/* Segment prefixes: fs is the host's thread pointer; es and ss have
	 * no use; cs/ds only as branch hints or on no-ops. gs is the sandbox
	 * base and only means something on a memory operand (the profile
	 * decides whether that operand is in a sandboxed form). */
	int mem = in->is_mem && !(e->flags & HV_F_NOMEM);
	switch (in->seg) {
	case 0:
		break;
	case 0x2e:
	case 0x3e:
		if (!(e->flags & (HV_F_BRANCH | HV_F_NOMEM)) || (e->flags & HV_F_CALL))
			goto bad_prefix;
		break;
	case 0x65:
		if (!mem)
			goto bad_prefix;
		break;
	default:
		goto bad_prefix;
	}
	/* addr32 only changes how an explicit memory operand is computed. */
	if (in->p67 && !in->is_mem)
		goto bad_prefix;
	return 1;
bad_prefix:
	hv_violation(c, off, in->len, HV_RULE_PREFIX, 0);
	return 0;
}

/* Records a direct branch's target; reports one that can never be valid. */
static void branch_target(struct hv_ctx *c, const struct hv_insn *in, size_t off)
{
	int64_t next = (int64_t)(c->vaddr + off + in->len);
	int64_t target = next + in->imm;
	int64_t rel = target - (int64_t)c->vaddr;

	if (rel >= 0 && (uint64_t)rel < c->len) {
		set_bit(c->targets, (size_t)rel);
		return;
	}
	/* Outside this code: only a bundle start inside the sandbox, which an
	 * indirect branch could reach anyway. */
	if (target < 0 || (uint64_t)target >= HV_SANDBOX_SIZE ||
	    target % (int64_t)c->policy->bundle_size != 0)
		hv_violation(c, off, in->len, HV_RULE_TARGET, 0);
}

/* On failure only: report each branch whose target is not valid. */
static void report_bad_targets(struct hv_ctx *c)
{
	size_t bs = c->policy->bundle_size;
	for (size_t start = 0; start < c->len; start += bs) {
		size_t end = start + bs < c->len ? start + bs : c->len;
		for (size_t off = start; off < end;) {
			struct hv_insn in;
			if (hv_decode(c->code + off, c->len - off, &in) != HV_D_OK)
				break;
			if (hv_insn_op(&in)->flags & HV_F_BRANCH) {
				int64_t rel = (int64_t)off + in.len + in.imm;
				if (rel >= 0 && (uint64_t)rel < c->len && !bit(c->valid, (size_t)rel))
					hv_violation(c, off, in.len, HV_RULE_TARGET, 0);
			}
			off += in.len;
		}
	}
}

size_t hv_validate(const uint8_t *code, size_t len, uint64_t vaddr, const struct hv_policy *policy,
		   void *scratch, hv_report_fn report, void *ctx)
{
	return hv_validate_path(code, len, vaddr, policy, scratch, report, ctx, HV_PATH_ALL);
}

/* The bundle at code offset start, by the fast path if it applies and
 * takes it, else by the full path: decode, the shared checks, the
 * profile's rules. */
static void one_bundle(struct hv_ctx *c, size_t start, int fast)
{
	const unsigned bs = c->policy->bundle_size;
	const size_t end = start + bs < c->len ? start + bs : c->len;
	struct hv_bundle b;

	if (fast && end == start + bs && hv_fast_bundle(c, start))
		return;
	b.start = start;
	b.n = 0;
	for (size_t off = start; off < end;) {
		struct hv_insn *in = &b.in[b.n];
		enum hv_dstatus st = hv_decode(c->code + off, c->len - off, in);
		if (st != HV_D_OK) {
			enum hv_rule r = st == HV_D_TRUNCATED ? HV_RULE_TRUNCATED
					 : st == HV_D_PREFIX  ? HV_RULE_PREFIX
							      : HV_RULE_UNKNOWN;
			hv_violation(c, off, st == HV_D_PREFIX ? in->len : 0, r, 0);
			break; /* cannot resynchronise before the next bundle */
		}
		if (off + in->len > end) {
			hv_violation(c, off, in->len, HV_RULE_BUNDLE, 0);
			break;
		}
		if (common_checks(c, in, off)) {
			set_bit(c->valid, off);
			if (hv_insn_op(in)->flags & HV_F_BRANCH)
				branch_target(c, in, off);
			b.off[b.n++] = (uint32_t)off;
		}
		off += in->len;
	}
	if (c->policy->profile == HV_PROFILE_NACL)
		hv_rules_nacl(c, &b);
	else
		hv_rules_halite(c, &b);
}

size_t hv_validate_path(const uint8_t *code, size_t len, uint64_t vaddr,
			const struct hv_policy *policy, void *scratch, hv_report_fn report,
			void *ctx, unsigned paths)
{
	size_t words = (len + 63) / 64;
	struct hv_ctx c = {code, len, vaddr, policy, scratch, (uint64_t *)scratch + words,
			   report, ctx, 0};
	unsigned bs = policy->bundle_size;

	memset(scratch, 0, hv_scratch_size(len));
	if ((bs != 16 && bs != 32) || (policy->profile == HV_PROFILE_NACL && bs != 32) ||
	    vaddr % bs || vaddr > HV_SANDBOX_SIZE || len > HV_SANDBOX_SIZE - vaddr) {
		hv_violation(&c, 0, 0, HV_RULE_RANGE, 0);
		return c.violations;
	}

	const int fast = (paths & HV_PATH_FAST) && policy->profile == HV_PROFILE_HALITE;
	if ((paths & HV_PATH_DFA) && hv_dfa_usable(policy)) {
		/* The automaton, HV_DFA_LANES bundles at a time; the bundles
		 * it leaves, one by one. (bs is HV_DFA_BUNDLE here.) */
		uint64_t refused[4];
		hv_dfa_refused(policy, refused);
		for (size_t start = 0; start < len; start += HV_DFA_LANES * HV_DFA_BUNDLE) {
			size_t n = (len - start + HV_DFA_BUNDLE - 1) / HV_DFA_BUNDLE;
			n = n < HV_DFA_LANES ? n : HV_DFA_LANES;
			unsigned left = ~hv_dfa_bundles(&c, start, (unsigned)n, refused) &
					((1u << n) - 1);
			while (left) {
				one_bundle(&c, start + HV_DFA_BUNDLE * (size_t)__builtin_ctz(left),
					   fast);
				left &= left - 1;
			}
		}
	} else {
		for (size_t start = 0; start < len; start += bs)
			one_bundle(&c, start, fast);
	}

	/* Every direct branch must land on a valid target. */
	for (size_t w = 0; w < words; w++) {
		if (c.targets[w] & ~c.valid[w]) {
			report_bad_targets(&c);
			break;
		}
	}
	return c.violations;
}
