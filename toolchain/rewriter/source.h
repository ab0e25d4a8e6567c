/* The input as a list of statements: labels, directives and instructions,
 * with comments removed and `;`-separated statements split apart. */
#ifndef HALITE_RW_SOURCE_H
#define HALITE_RW_SOURCE_H

#include <stddef.h>

enum stmt_kind {
	ST_NONE,      /* nothing left (a prefix merged into the next instruction) */
	ST_LABEL,     /* text: the label name, without ':' */
	ST_DIRECTIVE, /* text: ".name args" or "sym = expr" */
	ST_INSN,      /* text: "prefixes mnemonic operands" */
};

struct insn;

struct stmt {
	enum stmt_kind kind;
	int line;          /* 1-based source line */
	char *text;        /* trimmed statement text */
	int section;       /* section in effect (set by the analysis pass) */
	int align;         /* label: must be a bundle start (analysis pass) */
	struct insn *insn; /* ST_INSN: parsed instruction, NULL if it did not parse */
};

struct program {
	struct stmt *s;
	size_t n, cap;
};

/* Splits DATA into statements. Never fails: text the rewriter cannot
 * understand is left for the later passes to reject. */
void program_read(const char *data, size_t len, struct program *p);
void program_free(struct program *p);

/* Symbol character as gas accepts it in names. */
int is_sym_char(int c);
int is_sym_start(int c);

#endif
