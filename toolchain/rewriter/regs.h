/* x86-64 register names as AT&T assembly spells them. */
#ifndef HALITE_RW_REGS_H
#define HALITE_RW_REGS_H

#include <stddef.h>

enum reg_class {
	RC_GPR,   /* general register; num 0..15 (rax..r15), width 8..64 */
	RC_RIP,   /* rip (64) or eip (32) */
	RC_RIZ,   /* riz/eiz: "no index" pseudo-register */
	RC_SEG,   /* es cs ss ds fs gs; num in that order */
	RC_OTHER, /* vector, mask, x87, control, debug, bound ... */
};

enum { R_RAX, R_RCX, R_RDX, R_RBX, R_RSP, R_RBP, R_RSI, R_RDI, R_R11 = 11, R_R14 = 14 };
enum { SEG_ES, SEG_CS, SEG_SS, SEG_DS, SEG_FS, SEG_GS };

struct reg {
	const char *name; /* without '%' */
	unsigned char cls;
	unsigned char num;
	unsigned char width; /* bits */
	unsigned char high;  /* ah, ch, dh, bh */
};

/* Looks up a register name (without '%'), case-insensitively; NULL if it is
 * not a general, instruction-pointer or segment register. Names of other
 * register files (xmm0, st, k1 ...) yield a shared RC_OTHER entry. */
const struct reg *reg_lookup(const char *name, size_t len);
/* Name (without '%') of general register NUM at WIDTH bits (8, 16, 32, 64). */
const char *reg_gpr_name(unsigned num, unsigned width);

#endif
