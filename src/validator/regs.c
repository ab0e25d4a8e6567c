/* Which general registers an instruction writes, from its whitelist entry. */
#include "rules.h"

unsigned hv_gpr_writes(const struct hv_insn *in, uint8_t out[3])
{
	const struct hv_op *e = hv_insn_op(in);
	uint32_t f = e->flags;
	unsigned n = 0;
	/* Without REX, byte registers 4..7 are ah, ch, dh, bh: parts of 0..3. */
	int high8 = (f & HV_F_BYTEREG) && !in->rex && in->enc == HV_ENC_LEGACY;

	if ((f & HV_F_REG_GPR) && (f & HV_F_REG_WR))
		out[n++] = high8 && in->reg >= 4 && in->reg < 8 ? in->reg - 4 : in->reg;
	if ((f & HV_F_RM_GPR) && (f & HV_F_RM_WR) && !in->is_mem)
		out[n++] = high8 && in->rm >= 4 && in->rm < 8 ? in->rm - 4 : in->rm;
	if ((f & HV_F_VVVV_GPR) && (f & HV_F_VVVV_WR))
		out[n++] = in->vvvv;
	if ((f & HV_F_OPREG_GPR) && (f & HV_F_OPREG_WR) && n < 3)
		out[n++] = high8 && in->rm >= 4 && in->rm < 8 ? in->rm - 4 : in->rm;
	return n;
}

int hv_writes_gpr(const struct hv_insn *in, unsigned r)
{
	uint8_t w[3];
	unsigned n = hv_gpr_writes(in, w);
	for (unsigned i = 0; i < n; i++)
		if (w[i] == r)
			return 1;
	return 0;
}

unsigned hv_dest_size(const struct hv_insn *in)
{
	const struct hv_op *e = hv_insn_op(in);
	int osz16 = in->p66 && !in->w && e->enc == HV_ENC_LEGACY && e->pfx != HV_PFX_66;
	return hv_op_dest_size(e, in->w, osz16);
}
