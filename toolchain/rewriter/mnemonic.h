/* What the rewriter needs to know about a mnemonic: its kind (branch,
 * string, no memory access ...), which operands it writes, and whether it
 * is forbidden in the sandbox. */
#ifndef HALITE_RW_MNEMONIC_H
#define HALITE_RW_MNEMONIC_H

enum mn_kind {
	MK_PLAIN,     /* memory operands are accessed; written operands per mn_written */
	MK_NOMEM,     /* lea, nop: the memory operand is not accessed */
	MK_JCC,       /* direct-only branches: jcc, loop*, jrcxz, jecxz */
	MK_JMP,       /* jmp (direct or indirect) */
	MK_CALL,      /* call (direct or indirect) */
	MK_RET,       /* ret [$n], including rep/bnd ret */
	MK_LEAVE,     /* leave */
	MK_SYSCALL,   /* syscall */
	MK_STRING,    /* movs cmps lods stos scas (mn_info.str: which pointers) */
	MK_FORBIDDEN, /* cannot be made safe: reason in mn_info.why */
};

/* Pointer registers a string instruction uses. */
#define MN_STR_SI 1
#define MN_STR_DI 2

struct mn_info {
	enum mn_kind kind;
	unsigned str;    /* MK_STRING: MN_STR_SI | MN_STR_DI */
	const char *why; /* MK_FORBIDDEN */
};

void mn_classify(const char *mnem, struct mn_info *out);

/* Bit mask of the explicit operands (AT&T order, 0-based) that the
 * instruction writes, given the operand count. Conservative: an unknown
 * instruction writes its last operand. */
unsigned mn_written(const char *mnem, int nops);

/* Whether MNEM is BASE or BASE followed by one character of SUFFIXES. */
int mn_is(const char *mnem, const char *base, const char *suffixes);

#endif
