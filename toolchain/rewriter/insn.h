/* An instruction statement: prefixes, mnemonic, operands. */
#ifndef HALITE_RW_INSN_H
#define HALITE_RW_INSN_H

#include "buf.h"
#include "operand.h"

#define INSN_MAX_PFX 8
#define INSN_MAX_OPS 6

struct insn {
	int npfx;
	char *pfx[INSN_MAX_PFX]; /* lower case: "lock", "rep", "{vex3}" ... */
	char *mnem;              /* lower case; NULL for a statement of prefixes only */
	int nops;
	struct operand ops[INSN_MAX_OPS];
	char *text; /* the statement as written */
};

/* Whether WORD (lower case) is an instruction prefix written as a word. */
int insn_is_prefix_word(const char *word);
/* Parses an instruction statement. Returns NULL and sets *why if it does not
 * parse. */
struct insn *insn_parse(const char *text, const char **why);
void insn_free(struct insn *in);
/* Moves the prefixes of FROM (a prefix-only statement) in front of IN's. */
int insn_take_prefixes(struct insn *in, struct insn *from);
int insn_has_prefix(const struct insn *in, const char *p);
void insn_drop_prefix(struct insn *in, const char *p);
/* Appends "\t[prefixes ]mnemonic[\toperands]\n". */
void insn_print(struct buf *b, const struct insn *in);

#endif
