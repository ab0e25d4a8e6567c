/* AT&T operands: parsing into registers, immediates, memory references and
 * bare expressions, and printing them back. */
#ifndef HALITE_RW_OPERAND_H
#define HALITE_RW_OPERAND_H

#include <stddef.h>

#include "buf.h"
#include "regs.h"

enum op_kind {
	OP_REG,  /* %reg */
	OP_IMM,  /* $expr */
	OP_MEM,  /* [%seg:][disp](base,index,scale) or %seg:disp */
	OP_EXPR, /* bare expression: a branch target, or an absolute address */
};

struct operand {
	enum op_kind kind;
	int star;               /* written with a leading '*' (indirect branch) */
	const struct reg *reg;  /* OP_REG */
	const struct reg *seg;  /* OP_MEM: segment override, or NULL */
	const struct reg *base; /* OP_MEM: NULL if none */
	const struct reg *index;
	char *disp;  /* OP_MEM displacement, OP_IMM/OP_EXPR expression ("" if none),
		      * OP_REG the register as written */
	char *scale; /* OP_MEM: scale text, "" if none */
	char *deco;  /* trailing {...} decorations (AVX-512), "" if none */
	char *text;  /* the operand as written, trimmed */
};

/* Parses the operand text S[0..N). Returns 0, or -1 with *why set. */
int operand_parse(const char *s, size_t n, struct operand *op, const char **why);
void operand_free(struct operand *op);
/* Deep copy. */
void operand_copy(struct operand *dst, const struct operand *src);
/* Appends the operand in canonical AT&T form. */
void operand_print(struct buf *b, const struct operand *op);
/* Whether the operand names general register NUM (any width), as a register
 * operand or as a base or index. */
int operand_uses_gpr(const struct operand *op, unsigned num);

#endif
