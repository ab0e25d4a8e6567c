/* A string-keyed table of symbols for the analysis pass. */
#ifndef HALITE_RW_SYMTAB_H
#define HALITE_RW_SYMTAB_H

#include <stddef.h>

#define SYM_FUNCTION 1u   /* .type NAME, @function (or ifunc) */
#define SYM_GLOBAL 2u     /* .globl / .global / .weak */
#define SYM_REFERENCED 4u /* address used other than as a direct branch target */

struct sym {
	char *name;
	unsigned flags;
	/* Numeric local labels ("1:"): */
	long last_def;   /* statement index of the latest definition, -1 if none */
	int pending_fwd; /* a "1f" reference waits for the next definition */
	struct sym *next;
};

struct symtab;

struct symtab *symtab_new(void);
void symtab_free(struct symtab *t);
/* Finds NAME[0..LEN); creates it if CREATE, else returns NULL if absent. */
struct sym *symtab_get(struct symtab *t, const char *name, size_t len, int create);

#endif
