/* Assembler expressions: constant evaluation and the symbols they name. */
#ifndef HALITE_RW_EXPR_H
#define HALITE_RW_EXPR_H

#include <stddef.h>
#include <stdint.h>

/* Evaluates S as an integer constant expression (numbers, character
 * constants, unary - ~ !, binary * / % << >> & | ^ + -, parentheses).
 * Returns 1 and sets *out if S is constant, 0 if it names a symbol or does
 * not parse. Arithmetic wraps as 64-bit. */
int expr_eval(const char *s, int64_t *out);

/* Calls FN for each symbol S references, with the name and its length.
 * Relocation suffixes (@PLT, @GOTPCREL ...) are not part of the name.
 * Numeric local label references ("1f", "2b") are passed as they are. */
void expr_symbols(const char *s, void (*fn)(void *ctx, const char *name, size_t len), void *ctx);

#endif
