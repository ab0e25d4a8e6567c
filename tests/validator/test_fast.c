/* The validator's fast path (src/validator/fast.c) and automaton (dfa.c)
 * against the full path they restate: for each generated bundle,
 * hv_validate_path with each of them and without must report the same
 * number of violations and leave the same jump-target and branch-target
 * bits.
 *
 * Single instructions, exhaustively over the legacy opcode maps: every
 * opcode and ModRM byte under a set of prefix and REX combinations, with
 * SIB bytes and displacement/immediate values at the edges the rules test
 * (the %rsp displacement limit, the runtime-call table, the bundle mask,
 * RIP-relative targets at the ends of the sandbox, branch targets). Then
 * random bundles built from the rules' pseudo-instructions with random
 * registers, immediates and byte mutations. Sanitized (ASan, UBSan), so a
 * read outside the code or the scratch also fails.
 *
 * Usage: test_fast [-n RANDOM_BUNDLES]. Output follows tests/run.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tools/splitmix64.h"
#include "validator/dfa.h"
#include "validator/fast.h"

static unsigned long n_cases, n_fast, n_dfa, n_mismatch;

/* Runs the full path (the reference) and the others over code[0..len)
 * and compares: the fast path alone, the automaton alone, and both, as
 * hv_validate runs them. */
static void compare_at(const uint8_t *code, size_t len, uint64_t vaddr, unsigned bs,
		       const char *what);
static void compare(const uint8_t *code, size_t len, uint64_t vaddr, unsigned bs, const char *what)
{
	/* On the heap, in a buffer of exactly len bytes: a read before or
	 * past the code is one AddressSanitizer reports. */
	uint8_t *copy = malloc(len ? len : 1);
	if (!copy)
		abort();
	memcpy(copy, code, len);
	compare_at(copy, len, vaddr, bs, what);
	free(copy);
}

static void compare_at(const uint8_t *code, size_t len, uint64_t vaddr, unsigned bs,
		       const char *what)
{
	static const char *const names[] = {"", "fast path", "automaton", "automaton + fast path"};
	static uint64_t ref[64], got[64];
	struct hv_policy pol;
	hv_policy_default(&pol);
	pol.bundle_size = bs;
	/* Every third case: a CPU without the SSE4, POPCNT, LZCNT, BMI and
	 * MOVBE instructions, so that the feature check is exercised. */
	if (n_cases % 3 == 2)
		pol.features &=
		    ~(1ull << HV_FEAT_SSE41 | 1ull << HV_FEAT_SSE42 | 1ull << HV_FEAT_POPCNT |
		      1ull << HV_FEAT_LZCNT | 1ull << HV_FEAT_BMI1 | 1ull << HV_FEAT_BMI2 |
		      1ull << HV_FEAT_MOVBE | 1ull << HV_FEAT_SSSE3);
	/* Every fourth case: every configurable class denied (x87,
	 * prefetch, cpuid...), so that the deny check is exercised. */
	if (n_cases % 4 == 1)
		for (unsigned d = 1; d < HV_DENY_CONFIGURABLE_END; d++)
			pol.deny |= HV_DENYBIT(d);
	size_t ss = hv_scratch_size(len);
	if (ss > sizeof ref)
		abort();
	size_t vref = hv_validate_path(code, len, vaddr, &pol, ref, NULL, NULL, 0);
	n_cases++;

	/* How many bundles the fast path and the automaton took on
	 * themselves: a test that never reaches them proves nothing. */
	uint64_t scratch[64] = {0};
	struct hv_ctx c = {code, len,  vaddr, &pol, scratch, scratch + (len + 63) / 64,
			   NULL, NULL, 0};
	for (size_t s = 0; s + bs <= len; s += bs)
		n_fast += (unsigned long)hv_fast_bundle(&c, s);
	uint64_t refused[4];
	hv_dfa_refused(&pol, refused);
	if (hv_dfa_usable(&pol) && len >= bs)
		n_dfa += (unsigned long)__builtin_popcount(hv_dfa_bundles(
		    &c, 0, len / bs < HV_DFA_LANES ? (unsigned)(len / bs) : HV_DFA_LANES,
		    refused));

	for (unsigned paths = 1; paths <= HV_PATH_ALL; paths++) {
		size_t v = hv_validate_path(code, len, vaddr, &pol, got, NULL, NULL, paths);
		if (v == vref && !memcmp(got, ref, ss))
			continue;
		if (n_mismatch++ < 10) {
			printf("# %s, bundle %u, address 0x%llx: %s %zu violations, full path "
			       "%zu%s:",
			       what, bs, (unsigned long long)vaddr, names[paths], v, vref,
			       v == vref ? " (bits differ)" : "");
			for (size_t i = 0; i < len && i < 32; i++)
				printf(" %02x", code[i]);
			printf("\n");
		}
	}
}

/* Prefix and REX combinations tried on every opcode and ModRM byte. */
static const struct {
	uint8_t n, b[8];
} heads[] = {
    {0, {0}},
    {1, {0x48}},
    {1, {0x4d}},
    {1, {0x66}},
    {1, {0xf3}},
    {1, {0xf2}},
    {2, {0x65, 0x67}},
    {3, {0x65, 0x67, 0x44}},
    {3, {0x65, 0x67, 0x49}},
    {1, {0x41}},
    {1, {0x44}},
    {2, {0x66, 0x48}},
    {1, {0x2e}},
    {2, {0x66, 0x2e}},
    {1, {0x65}},
    {1, {0x67}},
    {2, {0xf3, 0x48}},
    {2, {0x66, 0xf3}},
    {2, {0x66, 0x66}},
    {1, {0x4a}},
    {3, {0x65, 0x67, 0x66}},
    {3, {0x65, 0x67, 0xf2}},
    {1, {0x3e}},
    {1, {0x64}},
    {1, {0xf0}},
    {3, {0x65, 0x65, 0x67}},
    {2, {0x67, 0x67}},
    {2, {0xf3, 0xf3}},
    {2, {0xf2, 0xf3}},
    {3, {0x65, 0x2e, 0x67}},
    {2, {0x2e, 0x3e}},
    {2, {0x48, 0x66}},
    {3, {0x48, 0x65, 0x67}},
    {2, {0x48, 0x41}},
    {7, {0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x48}},
    {1, {0xf0}},
    {3, {0xf0, 0x65, 0x67}},
    {4, {0x65, 0xf0, 0x67, 0x48}},
    {4, {0x66, 0x65, 0x67, 0xf0}},
    {8, {0x66, 0x66, 0x66, 0x66, 0x65, 0x67, 0x66, 0x48}},
};

/* What follows the ModRM byte: SIB, displacement and immediate bytes. */
static const uint8_t tails[][12] = {
    {0x24, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x90, 0x90, 0x90, 0x90},
    {0x24, 0xe0, 0xff, 0xff, 0xff, 0xe0, 0xff, 0xff, 0xff, 0x90, 0x90, 0x90},
    {0x24, 0xff, 0x7f, 0x00, 0x00, 0xf0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
    {0x24, 0x00, 0x80, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
    {0x24, 0x01, 0x80, 0xff, 0xff, 0x80, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
    {0x24, 0x00, 0x80, 0xff, 0xff, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00},
    {0x25, 0x00, 0x00, 0x01, 0x00, 0x08, 0x00, 0x01, 0x00, 0x90, 0x90, 0x90},
    {0x26, 0xf8, 0x01, 0x01, 0x00, 0xf0, 0xff, 0xff, 0xff, 0x90, 0x90, 0x90},
    {0x64, 0x04, 0x00, 0x01, 0x00, 0x00, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90},
    {0xe4, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
    {0x00, 0x00, 0xfe, 0xff, 0x7f, 0xe8, 0xff, 0xfe, 0xff, 0x90, 0x90, 0x90},
};

#define NHEADS (sizeof heads / sizeof heads[0])
#define NTAILS (sizeof tails / sizeof tails[0])

static const uint64_t vaddrs[] = {0x20000, 0, 0xfffe0000ull, 0xffffffe0ull, 0x80000000ull};

/* One instruction at the start of a bundle of nops, or at its end. */
static void one(const uint8_t *head, unsigned nh, const uint8_t *esc, unsigned ne, unsigned opcode,
		unsigned modrm, const uint8_t *tail, unsigned bs, uint64_t vaddr, int at_end)
{
	uint8_t insn[32], code[64];
	_Static_assert(sizeof insn >= 8 + 2 + 2 + 12, "room for the longest case");
	unsigned n = 0;
	memcpy(insn, head, nh);
	n += nh;
	memcpy(insn + n, esc, ne);
	n += ne;
	insn[n++] = (uint8_t)opcode;
	insn[n++] = (uint8_t)modrm;
	memcpy(insn + n, tail, 12);
	n += 12;
	memset(code, 0x90, sizeof code);
	if (at_end) {
		/* Its last bytes run into the next bundle unless the
		 * instruction is short; both paths must agree either way. */
		memcpy(code + bs - 6, insn, n);
	} else {
		memcpy(code, insn, n);
	}
	compare(code, 2 * bs, vaddr, bs, "one instruction");
}

static void exhaustive(void)
{
	static const uint8_t escs[4][2] = {{0}, {0x0f}, {0x0f, 0x38}, {0x0f, 0x3a}};
	for (unsigned map = 0; map < 4; map++) {
		for (unsigned op = 0; op < 256; op++) {
			for (unsigned modrm = 0; modrm < 256; modrm++) {
				/* Two heads and one tail per byte triple, chosen
				 * so that over the ModRM bytes every head meets
				 * every tail. */
				unsigned h = (op * 7 + modrm) % NHEADS,
					 t = (modrm / NHEADS + op) % NTAILS;
				uint64_t va = vaddrs[(op + modrm) % 5];
				one(heads[h].b, heads[h].n, escs[map], map ? (map == 1 ? 1 : 2) : 0,
				    op, modrm, tails[t], 32, va, 0);
				h = (h + 1 + modrm % (NHEADS - 1)) % NHEADS;
				one(heads[h].b, heads[h].n, escs[map], map ? (map == 1 ? 1 : 2) : 0,
				    op, modrm, tails[(t + 5) % NTAILS], modrm & 1 ? 16 : 32, va,
				    (op ^ modrm) & 2);
			}
		}
	}
}

/* The values the automaton checks byte by byte in its tails (dfa.h), at
 * and around each edge: the %rsp displacement limit, the runtime-call
 * table, the bundle mask, a negative mask of %rsp; and the fields it
 * leaves to its walker: RIP-relative and branch targets, before and after
 * an immediate. Each in a bundle of nops, at two places, at four
 * addresses. */
static const uint32_t edge_values[] = {
    0,		0x1,	    0x7f,	0x80,	    0xe0,	0x7fff,	    0x8000,
    0x80ff,	0xffff,	    0x10000,	0x10001,    0x10004,	0x10008,    0x100f8,
    0x10100,	0x101f8,    0x101ff,	0x10200,    0x10208,	0x1fff8,    0x20000,
    0x110000,	0x1010000,  0x7fffffff, 0x80000000, 0xff008000, 0x00ff7fff, 0xffff7fff,
    0xffff8000, 0xffff8001, 0xffff80ff, 0xffffff80, 0xffffffe0, 0xfffffff0, 0xffffffff,
};

static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> 8 * i);
}

/* insn (n bytes, its 32-bit field at offset at, set to v) in nops. */
static void edge_case(const uint8_t *insn, unsigned n, unsigned at, uint32_t v, int at_end)
{
	static const uint64_t va[] = {0x20000, 0, 0xffffffc0ull, 0x7fffffe0ull};
	uint8_t code[64];
	memset(code, 0x90, sizeof code);
	unsigned pos = at_end ? 32 - n : (v >> 3) % (33 - n);
	memcpy(code + pos, insn, n);
	if (at < n)
		put32(code + pos + at, v);
	for (unsigned k = 0; k < 4; k++)
		compare(code, sizeof code, va[k], 32, "edge value");
}

static void edges(void)
{
	static const struct {
		uint8_t n, at, end, b[12];
	} forms[] = {
	    {7, 3, 0, {0x8b, 0x84, 0x24}},			    /* mov d(%rsp), %eax */
	    {11, 3, 0, {0xc7, 0x84, 0x24, 0, 0, 0, 0, 1, 2, 3, 4}}, /* movl $i, d(%rsp) */
	    {8, 4, 0, {0x48, 0x89, 0x84, 0x24}},		    /* mov %rax, d(%rsp) */
	    {7, 3, 1, {0x41, 0xff, 0x96}},			    /* call *d(%r14) */
	    {7, 3, 0, {0x41, 0xff, 0xa6}},			    /* jmp *d(%r14) */
	    {8, 4, 1, {0x41, 0xff, 0x94, 0x24}},		    /* call *d(%r12) (SIB) */
	    {6, 2, 0, {0x8b, 0x05}},				    /* mov d(%rip), %eax */
	    {10, 2, 0, {0xc7, 0x05, 0, 0, 0, 0, 9, 9, 9, 9}},	    /* movl $i, d(%rip) */
	    {7, 2, 0, {0x80, 0x3d, 0, 0, 0, 0, 7}},		    /* cmpb $i, d(%rip) */
	    {9, 3, 0, {0x66, 0xc7, 0x05, 0, 0, 0, 0, 1, 2}},	    /* movw $i, d(%rip) */
	    {5, 1, 0, {0xe9}},					    /* jmp rel32 */
	    {5, 1, 1, {0xe8}},					    /* call rel32 */
	    {6, 2, 0, {0x0f, 0x84}},				    /* je rel32 */
	    {7, 3, 0, {0x48, 0x81, 0xe4}},			    /* and $i, %rsp */
	    {7, 3, 0, {0x48, 0x81, 0xc4}},			    /* add $i, %rsp */
	};
	for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++)
		for (size_t v = 0; v < sizeof edge_values / sizeof edge_values[0]; v++)
			for (int end = 0; end < 2; end++)
				if (end || !forms[f].end)
					edge_case(forms[f].b, forms[f].n, forms[f].at,
						  edge_values[v], end);
	/* Every 8-bit immediate: rel8 branches, and of %rsp, the bundle mask
	 * before `add %r14, %rX; jmp *%rX` for every register. */
	for (unsigned i = 0; i < 256; i++) {
		const uint8_t jmp8[] = {0xeb, (uint8_t)i}, jcc8[] = {0x75, (uint8_t)i};
		const uint8_t and64[] = {0x48, 0x83, 0xe4, (uint8_t)i};
		edge_case(jmp8, 2, 9, i, 0);
		edge_case(jcc8, 2, 9, i, 1);
		edge_case(and64, 4, 9, i, 0);
		for (unsigned x = 0; x < 16; x++) {
			const uint8_t b = x >= 8;
			const uint8_t seq[] = {0x41,
					       0x83,
					       (uint8_t)(0xe0 | (x & 7)),
					       (uint8_t)i,
					       (uint8_t)(0x4c | b),
					       0x01,
					       (uint8_t)(0xf0 | (x & 7)),
					       0x41,
					       0xff,
					       (uint8_t)(0xe0 | (x & 7))};
			/* Without REX.B the and and the jmp are a byte shorter. */
			if (b)
				edge_case(seq, sizeof seq, 99, i, x & 1);
			else {
				const uint8_t s2[] = {seq[1], seq[2], seq[3], seq[4],
						      seq[5], seq[6], seq[8], seq[9]};
				edge_case(s2, sizeof s2, 99, i, x & 1);
			}
		}
	}
}

/* Random bundles of the rules' building blocks, then mutated. */
static unsigned gpr(void)
{
	static const unsigned common[] = {0, 1, 2, 3, 4, 5, 6, 7, 11, 14, 4, 11};
	return rnd(3) ? common[rnd(sizeof common / sizeof common[0])] : rnd(16);
}

/* Writes one building block at p; sets *call if it ends with a call,
 * which must end its bundle. Returns its length. */
static unsigned emit(uint8_t *p, unsigned bs, int *call)
{
	unsigned n = 0, x = gpr(), y = gpr();
	uint8_t rb = x >= 8 ? 1 : 0;
	switch (rnd(16)) {
	case 0: /* and $-bs, %eX; add %r14, %rX; jmp or call *%rX */
	case 1:
	case 2:
		if (rnd(6) == 0)
			x = gpr();
		if (rb || rnd(8) == 0)
			p[n++] = (uint8_t)(0x40 | rb | (rnd(4) == 0 ? 8 : 0));
		p[n++] = 0x83, p[n++] = (uint8_t)(0xe0 | (x & 7));
		p[n++] = (uint8_t)(rnd(6) ? -(int)bs : -(int)rnd(64));
		if (rnd(6) == 0)
			x = gpr(), rb = x >= 8;
		if (rnd(2)) {
			p[n++] = (uint8_t)(0x4c | rb), p[n++] = 0x01,
			p[n++] = (uint8_t)(0xf0 | (x & 7));
		} else {
			p[n++] = (uint8_t)(0x49 | (x >= 8 ? 4 : 0)), p[n++] = 0x03;
			p[n++] = (uint8_t)(0xc6 | (x & 7) << 3);
		}
		if (rnd(6) == 0)
			x = gpr(), rb = x >= 8;
		if (rb)
			p[n++] = 0x41;
		*call = rnd(3) == 0;
		p[n++] = 0xff, p[n++] = (uint8_t)((*call ? 0xd0 : 0xe0) | (x & 7));
		break;
	case 3: /* add or sub $imm, %esp (or %rsp); add %r14, %rsp */
		if (rnd(6) == 0)
			p[n++] = 0x48;
		p[n++] = 0x83, p[n++] = (uint8_t)(rnd(2) ? 0xc4 : 0xec), p[n++] = (uint8_t)rnd(256);
		if (rnd(6))
			p[n++] = 0x4c, p[n++] = 0x01, p[n++] = 0xf4;
		break;
	case 4: /* and $-16, %rsp */
		p[n++] = 0x48, p[n++] = 0x83, p[n++] = 0xe4,
		p[n++] = (uint8_t)(rnd(4) ? 0xf0 : 0x10);
		break;
	case 5: /* mov %eY, %esp / lea disp(%rsp), %esp; add %r14, %rsp */
		if (rnd(2)) {
			p[n++] = 0x89, p[n++] = (uint8_t)(0xc4 | (y & 7) << 3);
		} else {
			p[n++] = 0x8d, p[n++] = 0x64, p[n++] = 0x24, p[n++] = (uint8_t)rnd(256);
		}
		if (rnd(6))
			p[n++] = 0x49, p[n++] = 0x03, p[n++] = 0xe6;
		break;
	case 6: /* jmp *disp(%r14): a runtime call */
		p[n++] = 0x41, p[n++] = 0xff, p[n++] = 0xa6;
		{
			uint32_t d = 0x10000 + 8 * rnd(70) - (rnd(8) == 0 ? 4 : 0);
			memcpy(p + n, &d, 4);
			n += 4;
		}
		break;
	case 7: /* jcc / jmp rel8 */
		p[n++] = (uint8_t)(rnd(2) ? 0xeb : 0x70 + rnd(16)),
		p[n++] = (uint8_t)(rnd(64) - 32);
		break;
	case 8: /* call rel32 */
		*call = 1;
		p[n++] = 0xe8;
		{
			int32_t d = (int32_t)(rnd(512) - 256);
			memcpy(p + n, &d, 4);
			n += 4;
		}
		break;
	case 9: /* mov %gs:disp8(%eY), %eX */
		p[n++] = 0x65, p[n++] = 0x67;
		if (x >= 8 || y >= 8)
			p[n++] = (uint8_t)(0x40 | (x >= 8 ? 4 : 0) | (y >= 8 ? 1 : 0));
		p[n++] = 0x8b, p[n++] = (uint8_t)(0x40 | (x & 7) << 3 | (y & 7));
		if ((y & 7) == 4)
			p[n++] = 0x24;
		p[n++] = (uint8_t)rnd(256);
		break;
	case 10: /* mov disp(%rsp), %rX */
		p[n++] = (uint8_t)(0x48 | (x >= 8 ? 4 : 0)), p[n++] = 0x8b,
		p[n++] = (uint8_t)(0x84 | (x & 7) << 3);
		p[n++] = 0x24;
		{
			int32_t d = (int32_t)(rnd(4) ? rnd(65536) - 32768 : rnd(8) + 32765);
			memcpy(p + n, &d, 4);
			n += 4;
		}
		break;
	case 11: /* lea disp(%rip), %rX */
		p[n++] = (uint8_t)(0x48 | (x >= 8 ? 4 : 0)), p[n++] = 0x8d,
		p[n++] = (uint8_t)(0x05 | (x & 7) << 3);
		{
			uint32_t d = (uint32_t)rng();
			memcpy(p + n, &d, 4);
			n += 4;
		}
		break;
	case 12: /* mov %rY, %rX and friends */
		p[n++] = (uint8_t)(0x48 | (y >= 8 ? 4 : 0) | rb);
		p[n++] = (uint8_t)(rnd(2) ? 0x89 : 0x31),
		p[n++] = (uint8_t)(0xc0 | (y & 7) << 3 | (x & 7));
		break;
	case 13: /* push / pop */
		if (rb)
			p[n++] = 0x41;
		p[n++] = (uint8_t)((rnd(2) ? 0x50 : 0x58) | (x & 7));
		break;
	case 14: { /* up to two pairs rebasing %rsi or %rdi, a string instruction */
		static const uint8_t ops[] = {0xa4, 0xa5, 0xa6, 0xa7, 0xaa,
					      0xab, 0xac, 0xad, 0xae, 0xaf};
		for (unsigned k = rnd(3); k > 0; k--) {
			const unsigned di = rnd(2);
			if (rnd(8) == 0) /* REX: the same pair, in 3 bytes */
				p[n++] = 0x40;
			p[n++] = rnd(2) ? 0x89 : 0x8b, p[n++] = di ? 0xff : 0xf6;
			if (rnd(12) == 0) /* another register */
				p[n - 1] ^= (uint8_t)(1u << rnd(6));
			p[n++] = 0x49, p[n++] = 0x8d;
			if (rnd(8) == 0) { /* a disp8, 0 or not */
				p[n++] = di ? 0x7c : 0x74, p[n++] = di ? 0x3e : 0x36;
				p[n++] = (uint8_t)rnd(2);
			} else {
				p[n++] = di ? 0x3c : 0x34, p[n++] = di ? 0x3e : 0x36;
			}
			if (rnd(12) == 0) /* scale 2 */
				p[n - 1] |= 0x40;
		}
		if (rnd(6) == 0)
			p[n++] = rnd(4) ? 0x66 : 0x65;
		if (rnd(3) == 0)
			p[n++] = rnd(2) ? 0xf3 : 0xf2;
		if (rnd(4) == 0)
			p[n++] = 0x48;
		p[n++] = ops[rnd(sizeof ops)];
		break;
	}
	default: /* nops of several lengths */
		p[n++] = 0x66, p[n++] = 0x0f, p[n++] = 0x1f, p[n++] = 0x44, p[n++] = 0, p[n++] = 0;
		n = 1 + rnd(6);
		if (n == 1)
			p[0] = 0x90;
		break;
	}
	return n;
}

static void random_bundles(unsigned long count)
{
	uint8_t code[16 * 32];
	for (unsigned long k = 0; k < count; k++) {
		/* Mostly two bundles; some longer, so that the automaton walks
		 * whole groups of HV_DFA_LANES bundles, in place after the
		 * first. */
		unsigned bs = rnd(4) ? 32 : 16, r = rnd(16);
		unsigned len = (r < 12 ? 2 : r < 15 ? 4 : 16) * bs;
		memset(code, 0x90, sizeof code);
		for (unsigned start = 0; start < len; start += bs) {
			unsigned pos = start, end = start + bs;
			for (;;) {
				uint8_t b[24];
				int call = 0;
				unsigned n = emit(b, bs, &call);
				if (pos + n > end) {
					if (rnd(8) == 0) /* let it cross into the next bundle */
						memcpy(code + pos, b,
						       n < len - pos ? n : len - pos);
					break;
				}
				if (call) { /* nops before it, so that it ends the bundle */
					memcpy(code + end - n, b, n);
					break;
				}
				memcpy(code + pos, b, n);
				pos += n;
			}
		}
		for (unsigned m = rnd(2) ? 0 : 1 + rnd(2); m > 0; m--) /* mutations */
			code[rnd(len)] ^= (uint8_t)(1u << rnd(8));
		compare(code, len, vaddrs[rnd(5)], bs, "random bundle");
		/* The same code ending inside its last bundle (as a code
		 * section may, before the runtime pads it with hlt). */
		if (rnd(2))
			compare(code, len - 1 - rnd(bs - 1), vaddrs[rnd(5)], bs,
				"random bundle, cut short");
	}
}

int main(int argc, char **argv)
{
	unsigned long nrand = 400000;
	if (argc == 3 && !strcmp(argv[1], "-n"))
		nrand = strtoul(argv[2], NULL, 10);

	/* dfa.c checks these two codes on a path of their own, which
	 * assumes they ask for nothing but a branch target, and records no
	 * branch target for any other code. */
	const struct hv_dfa_desc r32 = hv_dfa_desc[HV_DFA_REL32], r8 = hv_dfa_desc[HV_DFA_REL8];
	int codes_ok = r32.kind == HV_DK_REL32 && r8.kind == HV_DK_REL8 && !r32.start &&
		       !r8.start && !r32.clear && !r8.clear && !r32.feature && !r8.feature &&
		       !r32.deny && !r8.deny && !r32.after && r32.branch && r8.branch;
	for (unsigned i = 0; i < 256; i++)
		if (i != HV_DFA_REL32 && i != HV_DFA_REL8 && hv_dfa_desc[i].branch)
			codes_ok = 0;
	printf("%s dfa-branch-codes # codes %u and %u: a rel32 and a rel8 branch, nothing else; "
	       "no other code a branch\n",
	       codes_ok ? "ok" : "not ok", HV_DFA_REL32, HV_DFA_REL8);

	exhaustive();
	unsigned long fast1 = n_fast, dfa1 = n_dfa, cases1 = n_cases, bad1 = n_mismatch;
	printf("%s fast-single # %lu instructions, %lu bundles taken by the fast path, %lu by "
	       "the automaton, %lu mismatches\n",
	       bad1 == 0 && fast1 > 10000 && dfa1 > 10000 ? "ok" : "not ok", cases1, fast1, dfa1,
	       bad1);

	unsigned long bad0 = n_mismatch, dfa0 = n_dfa;
	edges();
	printf("%s dfa-edges # values at the edges of the automaton's checks, %lu bundles taken by "
	       "it, %lu mismatches\n",
	       n_mismatch == bad0 && n_dfa - dfa0 > 1000 ? "ok" : "not ok", n_dfa - dfa0,
	       n_mismatch - bad0);
	fast1 = n_fast, dfa1 = n_dfa, bad1 = n_mismatch;

	rng_state = 42;
	random_bundles(nrand);
	unsigned long fast2 = n_fast - fast1, dfa2 = n_dfa - dfa1, bad2 = n_mismatch - bad1;
	printf("%s fast-random # %lu bundles of pseudo-instructions, %lu taken by the fast path, "
	       "%lu by the automaton, %lu mismatches\n",
	       bad2 == 0 && fast2 > nrand / 10 && dfa2 > nrand / 10 ? "ok" : "not ok", nrand, fast2,
	       dfa2, bad2);
	return n_mismatch != 0 || !codes_ok;
}
