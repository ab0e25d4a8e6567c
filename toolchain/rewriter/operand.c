/* Operand tokenizer. The grammar (gas, AT&T):
 *   operand := ['*'] ( '%' reg | '$' expr | mem ) decorations
 *   mem     := ['%' seg ':'] [disp] ['(' [base] [',' [index] [',' scale]] ')']
 *   decorations := { '{' ... '}' }          (AVX-512 masks, broadcasts)
 * A parenthesised group at the end is an address only if it contains a
 * register (or is "(,...)"); otherwise it belongs to the displacement
 * expression, as in "(8+16)". */
#include "operand.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static char *trimdup(const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return xstrndup(s, n);
}

static size_t trim_len(const char *s, size_t n, const char **start)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	*start = s;
	return n;
}

/* Parses "%name" exactly filling S[0..N); NULL if it is not a register. */
static const struct reg *parse_reg(const char *s, size_t n)
{
	const char *t;
	n = trim_len(s, n, &t);
	if (n < 2 || t[0] != '%')
		return NULL;
	for (size_t i = 1; i < n; i++)
		if (!isalnum((unsigned char)t[i]))
			return NULL;
	return reg_lookup(t + 1, n - 1);
}

/* Parses the inside of an address group: [base][,[index][,scale]]. */
static int parse_group(const char *s, size_t n, struct operand *op, const char **why)
{
	const char *part[3] = {s, NULL, NULL};
	size_t len[3] = {n, 0, 0};
	unsigned np = 1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] != ',')
			continue;
		if (np == 3) {
			*why = "too many parts in an address";
			return -1;
		}
		len[np - 1] = (size_t)(s + i - part[np - 1]);
		part[np] = s + i + 1;
		len[np] = n - i - 1;
		np++;
	}
	const char *t;
	size_t l = trim_len(part[0], len[0], &t);
	if (l) {
		op->base = parse_reg(t, l);
		if (!op->base) {
			*why = "bad base register";
			return -1;
		}
	}
	if (np >= 2) {
		l = trim_len(part[1], len[1], &t);
		if (l) {
			op->index = parse_reg(t, l);
			if (!op->index) {
				*why = "bad index register";
				return -1;
			}
		}
	}
	if (np == 3) {
		free(op->scale);
		op->scale = trimdup(part[2], len[2]);
	}
	return 0;
}

int operand_parse(const char *s, size_t n, struct operand *op, const char **why)
{
	const char *t;
	memset(op, 0, sizeof *op);
	n = trim_len(s, n, &t);
	op->text = xstrndup(t, n);
	op->disp = xstrdup("");
	op->scale = xstrdup("");
	op->deco = xstrdup("");
	if (n && t[0] == '*') {
		op->star = 1;
		n = trim_len(t + 1, n - 1, &t);
	}
	/* Trailing decorations. */
	size_t end = n;
	while (end && t[end - 1] == '}') {
		size_t j = end - 1;
		while (j > 0 && t[j] != '{')
			j--;
		if (t[j] != '{')
			break;
		end = j;
		while (end && isspace((unsigned char)t[end - 1]))
			end--;
	}
	if (end < n) {
		free(op->deco);
		op->deco = trimdup(t + end, n - end);
		n = end;
	}
	if (n == 0) {
		*why = "empty operand";
		return -1;
	}
	if (t[0] == '$') {
		op->kind = OP_IMM;
		free(op->disp);
		op->disp = trimdup(t + 1, n - 1);
		return 0;
	}
	if (t[0] == '%') {
		size_t i = 1;
		while (i < n && isalnum((unsigned char)t[i]))
			i++;
		const struct reg *r = reg_lookup(t + 1, i - 1);
		size_t j = i;
		while (j < n && isspace((unsigned char)t[j]))
			j++;
		if (j < n && t[j] == ':') {
			if (!r || r->cls != RC_SEG) {
				*why = "segment override with a register that is not a segment register";
				return -1;
			}
			op->seg = r;
			n = trim_len(t + j + 1, n - j - 1, &t);
			if (n == 0) {
				*why = "missing address after segment override";
				return -1;
			}
		} else {
			if (!r) {
				*why = "unknown register";
				return -1;
			}
			/* %st(N) */
			if (!(j < n && t[j] == '(' && r->cls == RC_OTHER && t[n - 1] == ')') && j != n) {
				*why = "junk after register";
				return -1;
			}
			op->kind = OP_REG;
			op->reg = r;
			free(op->disp);
			op->disp = xstrndup(t, n);
			return 0;
		}
	}
	/* Memory reference or bare expression. */
	if (t[n - 1] == ')') {
		int depth = 0;
		size_t open = n;
		for (size_t k = n; k-- > 0;) {
			if (t[k] == ')')
				depth++;
			else if (t[k] == '(' && --depth == 0) {
				open = k;
				break;
			}
		}
		if (open == n) {
			*why = "unbalanced parentheses";
			return -1;
		}
		const char *in = t + open + 1;
		size_t inl = n - open - 2;
		int is_addr = memchr(in, '%', inl) != NULL;
		const char *g;
		size_t gl = trim_len(in, inl, &g);
		if (gl == 0 || g[0] == ',')
			is_addr = 1;
		if (is_addr) {
			op->kind = OP_MEM;
			free(op->disp);
			op->disp = trimdup(t, open);
			return parse_group(in, inl, op, why);
		}
	}
	if (memchr(t, '%', n)) {
		*why = "register inside an expression";
		return -1;
	}
	free(op->disp);
	op->disp = xstrndup(t, n);
	op->kind = op->seg ? OP_MEM : OP_EXPR;
	return 0;
}

void operand_free(struct operand *op)
{
	free(op->disp);
	free(op->scale);
	free(op->deco);
	free(op->text);
	memset(op, 0, sizeof *op);
}

void operand_copy(struct operand *dst, const struct operand *src)
{
	*dst = *src;
	dst->disp = xstrdup(src->disp);
	dst->scale = xstrdup(src->scale);
	dst->deco = xstrdup(src->deco);
	dst->text = xstrdup(src->text);
}

void operand_print(struct buf *b, const struct operand *op)
{
	if (op->star)
		buf_putc(b, '*');
	switch (op->kind) {
	case OP_REG: /* the register as written: %st(1) keeps its form */
		buf_puts(b, op->disp);
		break;
	case OP_IMM:
		buf_printf(b, "$%s", op->disp);
		break;
	case OP_EXPR:
		buf_puts(b, op->disp);
		break;
	case OP_MEM:
		if (op->seg)
			buf_printf(b, "%%%s:", op->seg->name);
		buf_puts(b, op->disp);
		if (op->base || op->index) {
			buf_putc(b, '(');
			if (op->base)
				buf_printf(b, "%%%s", op->base->name);
			if (op->index) {
				buf_printf(b, ",%%%s", op->index->name);
				if (*op->scale)
					buf_printf(b, ",%s", op->scale);
			}
			buf_putc(b, ')');
		}
		break;
	}
	if (*op->deco)
		buf_puts(b, op->deco);
}

int operand_uses_gpr(const struct operand *op, unsigned num)
{
	if (op->kind == OP_REG)
		return op->reg->cls == RC_GPR && !op->reg->high && op->reg->num == num;
	if (op->kind == OP_MEM)
		return (op->base && op->base->cls == RC_GPR && op->base->num == num) ||
		       (op->index && op->index->cls == RC_GPR && op->index->num == num);
	return 0;
}
