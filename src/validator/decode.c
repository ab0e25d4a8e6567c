/* x86-64 decoder over the generated whitelist tables.
 *
 * Invariants the rule layers rely on:
 * - HV_D_OK means the bytes are exactly one whitelisted instruction of
 *   in->len bytes (<= 15, <= n), with every field of *in filled in.
 * - Prefixes are strict: at most one of each group except 66 (repeats of
 *   66 mean the same thing and gas pads with them); REX must be the last
 *   byte before the opcode; VEX may not follow 66, f2, f3, f0 or REX.
 * - Every read of p[] is bounds-checked against n. */
#include "decode.h"
#include "match.h"

#include <string.h>

extern const unsigned short hv_index[2][4][256][2];

#define MAXLEN 15

/* Bit per byte value: 66 67 f0 f2 f3 26 2e 36 3e 64 65. */
static const uint64_t prefix_bits[4] = {
	(1ull << 0x26) | (1ull << 0x2e) | (1ull << 0x36) | (1ull << 0x3e),
	(1ull << (0x64 - 0x40)) | (1ull << (0x65 - 0x40)) | (1ull << (0x66 - 0x40)) |
		(1ull << (0x67 - 0x40)),
	0,
	(1ull << (0xf0 - 0xc0)) | (1ull << (0xf2 - 0xc0)) | (1ull << (0xf3 - 0xc0))};

static int is_legacy_prefix(uint8_t b)
{
	return (int)((prefix_bits[b >> 6] >> (b & 63)) & 1);
}

static int imm_bytes(const struct hv_op *e, const struct hv_insn *in, int osz16)
{
	switch (e->imm) {
	case HV_IMM_B: case HV_IMM_REL8: return 1;
	case HV_IMM_W: return 2;
	case HV_IMM_WB: return 3;
	case HV_IMM_Z: return osz16 ? 2 : 4;
	case HV_IMM_V: return in->w ? 8 : osz16 ? 2 : 4;
	case HV_IMM_REL32: return 4;
	case HV_IMM_MOFFS: return in->p67 ? 4 : 8;
	default: return 0;
	}
}

static int64_t read_le(const uint8_t *p, int size)
{
	uint64_t v = 0;
	for (int i = size - 1; i >= 0; i--)
		v = (v << 8) | p[i];
	switch (size) {
	case 1: return (int8_t)v;
	case 2: return (int16_t)v;
	case 4: return (int32_t)v;
	default: return (int64_t)v;
	}
}

enum hv_dstatus hv_decode(const uint8_t *p, size_t n, struct hv_insn *in)
{
	size_t lim = n < MAXLEN ? n : MAXLEN;
	size_t i = 0;
	int rex_r = 0, rex_x = 0, rex_b = 0;
	uint8_t b;

	memset(in, 0, sizeof *in);
	in->base = in->index = HV_REG_NONE;

	/* Legacy prefixes. */
	for (;; i++) {
		if (i >= lim)
			return n < MAXLEN ? HV_D_TRUNCATED : HV_D_TOOLONG;
		b = p[i];
		if (!is_legacy_prefix(b))
			break;
		if (b == 0x66) {
			in->p66++;
		} else if (b == 0x67) {
			if (in->p67++)
				return HV_D_PREFIX;
		} else if (b == 0xf0) {
			if (in->lock++)
				return HV_D_PREFIX;
		} else if (b == 0xf2 || b == 0xf3) {
			if (in->rep)
				return HV_D_PREFIX;
			in->rep = b;
		} else {
			if (in->seg)
				return HV_D_PREFIX;
			in->seg = b;
		}
	}

	/* REX: must be directly before the opcode (a later prefix voids it). */
	if ((b & 0xf0) == 0x40) {
		in->rex = b;
		in->w = (b >> 3) & 1;
		rex_r = (b >> 2) & 1;
		rex_x = (b >> 1) & 1;
		rex_b = b & 1;
		if (++i >= lim)
			return n < MAXLEN ? HV_D_TRUNCATED : HV_D_TOOLONG;
		b = p[i];
		if ((b & 0xf0) == 0x40 || is_legacy_prefix(b))
			return HV_D_PREFIX;
	}

	/* Opcode: VEX, escape bytes, or one-byte map. */
	if (b == 0xc4 || b == 0xc5) {
		uint8_t v1, v2;
		if (in->rex || in->p66 || in->rep || in->lock)
			return HV_D_PREFIX;
		in->enc = HV_ENC_VEX;
		if (i + (b == 0xc4 ? 3u : 2u) >= lim)
			return n < MAXLEN ? HV_D_TRUNCATED : HV_D_TOOLONG;
		v1 = p[i + 1];
		rex_r = !(v1 & 0x80);
		if (b == 0xc5) {
			v2 = v1;
			in->map = 1;
			i += 2;
		} else {
			rex_x = !(v1 & 0x40);
			rex_b = !(v1 & 0x20);
			in->map = v1 & 0x1f;
			if (in->map < 1 || in->map > 3)
				return HV_D_UNKNOWN;
			v2 = p[i + 2];
			in->w = v2 >> 7;
			i += 3;
		}
		in->vvvv = (uint8_t)(~v2 >> 3) & 15;
		in->l = (v2 >> 2) & 1;
		in->p66 = v2 & 3; /* VEX.pp, compared with the entry's pfx */
	} else if (b == 0x0f) {
		if (++i >= lim)
			return n < MAXLEN ? HV_D_TRUNCATED : HV_D_TOOLONG;
		in->map = 1;
		if (p[i] == 0x38 || p[i] == 0x3a) {
			in->map = p[i] == 0x38 ? 2 : 3;
			if (++i >= lim)
				return n < MAXLEN ? HV_D_TRUNCATED : HV_D_TOOLONG;
		}
	}
	in->prefix_len = (uint8_t)i;
	in->opcode = p[i++];

	const unsigned short *ix = hv_index[in->enc][in->map][in->opcode];
	if (ix[1] == 0)
		return HV_D_UNKNOWN;
	const struct hv_op *ops = &hv_ops[ix[0]];

	if (ops[0].flags & HV_F_MODRM) {
		uint8_t modrm;
		if (i >= lim)
			return n < MAXLEN ? HV_D_TRUNCATED : HV_D_TOOLONG;
		modrm = p[i++];
		in->has_modrm = 1;
		in->mod = modrm >> 6;
		in->reg = (uint8_t)(((modrm >> 3) & 7) | rex_r << 3);
		if (in->mod == 3) {
			in->rm = (uint8_t)((modrm & 7) | rex_b << 3);
		} else {
			int rm = modrm & 7;
			in->is_mem = 1;
			in->rm = (uint8_t)(rm | rex_b << 3);
			if (rm == 4) {
				uint8_t sib;
				if (i >= lim)
					return n < MAXLEN ? HV_D_TRUNCATED : HV_D_TOOLONG;
				sib = p[i++];
				in->scale = sib >> 6;
				in->index = (uint8_t)(((sib >> 3) & 7) | rex_x << 3);
				if (in->index == HV_RSP)
					in->index = HV_REG_NONE;
				if ((sib & 7) == 5 && in->mod == 0) {
					in->base = HV_REG_NONE;
					in->disp_size = 4;
				} else {
					in->base = (uint8_t)((sib & 7) | rex_b << 3);
				}
			} else if (rm == 5 && in->mod == 0) {
				in->base = HV_REG_RIP;
				in->disp_size = 4;
			} else {
				in->base = in->rm;
			}
			if (in->mod == 1)
				in->disp_size = 1;
			else if (in->mod == 2)
				in->disp_size = 4;
			if (in->disp_size) {
				if (i + in->disp_size > lim)
					return n < i + in->disp_size && n < MAXLEN ? HV_D_TRUNCATED : HV_D_TOOLONG;
				in->disp = (int32_t)read_le(p + i, in->disp_size);
				i += in->disp_size;
			}
		}
	} else {
		in->rm = (uint8_t)((in->opcode & 7) | rex_b << 3);
	}

	/* Find the entry. */
	const struct hv_op *e = NULL;
	for (unsigned k = 0; k < ix[1]; k++) {
		if (hv_op_matches(&ops[k], in)) {
			e = &ops[k];
			in->op = (uint16_t)(ix[0] + k);
			break;
		}
	}
	if (!e)
		return HV_D_UNKNOWN;

	/* 66 selects 16-bit operands unless REX.W asks for 64 (W wins). */
	int osz16 = e->enc == HV_ENC_LEGACY && e->pfx != HV_PFX_66 && in->p66 && !in->w;
	int isz = imm_bytes(e, in, osz16);
	if (isz) {
		if (i + (size_t)isz > lim)
			return n < i + (size_t)isz && n < MAXLEN ? HV_D_TRUNCATED : HV_D_TOOLONG;
		if (e->imm == HV_IMM_WB) /* enter: iw then ib, kept as one value */
			in->imm = (int64_t)(p[i] | p[i + 1] << 8) << 8 | p[i + 2];
		else
			in->imm = read_le(p + i, isz);
		in->imm_size = (uint8_t)isz;
		i += (size_t)isz;
	}
	in->len = (uint8_t)i;
	if (in->lock && (!(e->flags & HV_F_LOCK) || !in->is_mem))
		return HV_D_PREFIX;
	if (e->enc == HV_ENC_VEX)
		in->p66 = 0;
	return HV_D_OK;
}
