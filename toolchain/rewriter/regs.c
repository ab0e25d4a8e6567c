/* Register table. */
#include "regs.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static const char *const names64[16] = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
					"r8",  "r9",  "r10", "r11", "r12", "r13", "r14", "r15"};
static const char *const names32[16] = {"eax", "ecx", "edx",  "ebx",  "esp",  "ebp",
					"esi", "edi", "r8d",  "r9d",  "r10d", "r11d",
					"r12d", "r13d", "r14d", "r15d"};
static const char *const names16[16] = {"ax",  "cx",  "dx",   "bx",   "sp",   "bp",
					"si",  "di",  "r8w",  "r9w",  "r10w", "r11w",
					"r12w", "r13w", "r14w", "r15w"};
static const char *const names8[16] = {"al",  "cl",  "dl",   "bl",   "spl",  "bpl",
				       "sil", "dil", "r8b",  "r9b",  "r10b", "r11b",
				       "r12b", "r13b", "r14b", "r15b"};
static const char *const high8[4] = {"ah", "ch", "dh", "bh"};
static const char *const segs[6] = {"es", "cs", "ss", "ds", "fs", "gs"};

/* Register-file prefixes that name something other than a general register. */
static const char *const other_prefix[] = {"xmm", "ymm", "zmm", "mm", "st", "k", "cr", "dr", "bnd", "tmm", "tr"};

#define NREGS (16 * 4 + 4 + 6 + 4)
static struct reg table[NREGS];
static struct reg other = {"<other>", RC_OTHER, 0, 0, 0};
static int ready;

static void init(void)
{
	unsigned n = 0;
	for (unsigned i = 0; i < 16; i++) {
		table[n++] = (struct reg){names64[i], RC_GPR, (unsigned char)i, 64, 0};
		table[n++] = (struct reg){names32[i], RC_GPR, (unsigned char)i, 32, 0};
		table[n++] = (struct reg){names16[i], RC_GPR, (unsigned char)i, 16, 0};
		table[n++] = (struct reg){names8[i], RC_GPR, (unsigned char)i, 8, 0};
	}
	for (unsigned i = 0; i < 4; i++)
		table[n++] = (struct reg){high8[i], RC_GPR, (unsigned char)i, 8, 1};
	for (unsigned i = 0; i < 6; i++)
		table[n++] = (struct reg){segs[i], RC_SEG, (unsigned char)i, 16, 0};
	table[n++] = (struct reg){"rip", RC_RIP, 16, 64, 0};
	table[n++] = (struct reg){"eip", RC_RIP, 16, 32, 0};
	table[n++] = (struct reg){"riz", RC_RIZ, 17, 64, 0};
	table[n++] = (struct reg){"eiz", RC_RIZ, 17, 32, 0};
	ready = 1;
}

const struct reg *reg_lookup(const char *name, size_t len)
{
	if (!ready)
		init();
	if (len == 0)
		return NULL;
	for (unsigned i = 0; i < NREGS; i++)
		if (strlen(table[i].name) == len && strncasecmp(table[i].name, name, len) == 0)
			return &table[i];
	for (size_t i = 0; i < sizeof other_prefix / sizeof *other_prefix; i++) {
		size_t pl = strlen(other_prefix[i]);
		if (len < pl || strncasecmp(name, other_prefix[i], pl) != 0)
			continue;
		size_t j = pl;
		while (j < len && isdigit((unsigned char)name[j]))
			j++;
		if (j == len)
			return &other;
	}
	return NULL;
}

const char *reg_gpr_name(unsigned num, unsigned width)
{
	num &= 15;
	switch (width) {
	case 64:
		return names64[num];
	case 32:
		return names32[num];
	case 16:
		return names16[num];
	default:
		return names8[num];
	}
}
