/* Whether a whitelist entry accepts a decoded instruction's prefixes,
 * ModRM fields, W and L.
 *
 * Part of the trusted core. Shared by the decoder (decode.c), which tries
 * an opcode's entries in order and takes the first that matches, and by
 * the table generator (gen_tables.c), which evaluates it over every input
 * the fast path's selector tables distinguish (see fast.c). One copy of the
 * logic, so the two cannot drift apart. */
#ifndef HALITE_MATCH_H
#define HALITE_MATCH_H

#include "decode.h"

static inline int hv_op_matches(const struct hv_op *e, const struct hv_insn *in)
{
	if (e->enc == HV_ENC_LEGACY) {
		int osz = (e->flags & HV_F_OSZ) != 0;
		switch (e->pfx) {
		case HV_PFX_66:
			if (!in->p66 || in->rep)
				return 0;
			break;
		case HV_PFX_F3:
		case HV_PFX_F2:
			if (in->rep != (e->pfx == HV_PFX_F3 ? 0xf3 : 0xf2) || (in->p66 && !osz))
				return 0;
			break;
		default:
			if (in->p66 && !osz)
				return 0;
			if (in->rep == 0xf3 && !(e->flags & HV_F_REP))
				return 0;
			if (in->rep == 0xf2 && !(e->flags & HV_F_REPNE))
				return 0;
		}
	} else {
		if (e->pfx != in->p66) /* p66 holds VEX.pp for VEX instructions */
			return 0;
		if (!(e->flags & HV_F_VVVV) && in->vvvv != 0)
			return 0;
	}
	if (e->flags & HV_F_MODRM) {
		if (e->mod == 1 && !in->is_mem)
			return 0;
		if (e->mod == 2 && in->is_mem)
			return 0;
		if (e->reg >= 0 && (in->reg & 7) != e->reg)
			return 0;
		if (e->rm >= 0 && (in->is_mem || (in->rm & 7) != e->rm))
			return 0;
	} else if (e->rm >= 0 && in->rm != e->rm) {
		return 0;
	}
	if (e->w && in->w != e->w - 1)
		return 0;
	if (e->l && in->l != e->l - 1)
		return 0;
	return 1;
}

#endif
