/* Constant expressions (a small recursive-descent evaluator with gas's
 * operators) and symbol scanning. */
#include "expr.h"

#include <ctype.h>
#include <string.h>

#include "source.h"

struct ev {
	const char *p;
	int ok;
};

static void skip_ws(struct ev *e)
{
	while (*e->p == ' ' || *e->p == '\t')
		e->p++;
}

static int64_t parse_or(struct ev *e);

static int64_t parse_number(struct ev *e)
{
	const char *p = e->p;
	uint64_t v = 0;
	unsigned base = 10;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && isxdigit((unsigned char)p[2])) {
		base = 16;
		p += 2;
	} else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B') && (p[2] == '0' || p[2] == '1')) {
		base = 2;
		p += 2;
	} else if (p[0] == '0' && isdigit((unsigned char)p[1])) {
		base = 8;
		p++;
	}
	for (;; p++) {
		int c = (unsigned char)*p, d;
		if (isdigit(c))
			d = c - '0';
		else if (isxdigit(c) && base == 16)
			d = tolower(c) - 'a' + 10;
		else
			break;
		if ((unsigned)d >= base) {
			e->ok = 0;
			return 0;
		}
		v = v * base + (unsigned)d;
	}
	/* A digit run followed by a symbol character is a local label ("1f"). */
	if (is_sym_char((unsigned char)*p))
		e->ok = 0;
	e->p = p;
	return (int64_t)v;
}

static int64_t parse_unary(struct ev *e)
{
	skip_ws(e);
	char c = *e->p;
	if (c == '-' || c == '+' || c == '~' || c == '!') {
		e->p++;
		int64_t v = parse_unary(e);
		if (c == '-')
			return (int64_t)(0 - (uint64_t)v);
		if (c == '~')
			return ~v;
		if (c == '!')
			return !v;
		return v;
	}
	if (c == '(') {
		e->p++;
		int64_t v = parse_or(e);
		skip_ws(e);
		if (*e->p != ')') {
			e->ok = 0;
			return 0;
		}
		e->p++;
		return v;
	}
	if (c == '\'') {
		int64_t v = (unsigned char)e->p[1];
		if (!e->p[1]) {
			e->ok = 0;
			return 0;
		}
		e->p += 2;
		if (v == '\\') { /* only the simple escapes */
			char x = *e->p++;
			v = x == 'n' ? '\n' : x == 't' ? '\t' : x == '0' ? 0 : (unsigned char)x;
		}
		if (*e->p == '\'')
			e->p++;
		return v;
	}
	if (isdigit((unsigned char)c))
		return parse_number(e);
	e->ok = 0;
	return 0;
}

static int64_t parse_mul(struct ev *e)
{
	int64_t v = parse_unary(e);
	for (;;) {
		skip_ws(e);
		const char *p = e->p;
		if (*p == '*' || *p == '/' || *p == '%') {
			e->p++;
			int64_t r = parse_unary(e);
			if (*p == '*')
				v = (int64_t)((uint64_t)v * (uint64_t)r);
			else if (r == 0 || (r == -1 && v == INT64_MIN))
				e->ok = 0;
			else
				v = *p == '/' ? v / r : v % r;
		} else if ((p[0] == '<' && p[1] == '<') || (p[0] == '>' && p[1] == '>')) {
			e->p += 2;
			int64_t r = parse_unary(e);
			if (r < 0 || r > 63)
				e->ok = 0;
			else if (p[0] == '<')
				v = (int64_t)((uint64_t)v << r);
			else
				v >>= r;
		} else {
			return v;
		}
		if (!e->ok)
			return 0;
	}
}

static int64_t parse_and(struct ev *e)
{
	int64_t v = parse_mul(e);
	for (;;) {
		skip_ws(e);
		char c = *e->p;
		if ((c != '&' && c != '|' && c != '^' && c != '!') || e->p[1] == c)
			return v;
		if (c == '!') /* gas's "or not" */
			return e->ok = 0, 0;
		e->p++;
		int64_t r = parse_mul(e);
		v = c == '&' ? v & r : c == '|' ? v | r : v ^ r;
	}
}

static int64_t parse_or(struct ev *e)
{
	int64_t v = parse_and(e);
	for (;;) {
		skip_ws(e);
		char c = *e->p;
		if (c != '+' && c != '-')
			return v;
		e->p++;
		int64_t r = parse_and(e);
		v = (int64_t)(c == '+' ? (uint64_t)v + (uint64_t)r : (uint64_t)v - (uint64_t)r);
	}
}

int expr_eval(const char *s, int64_t *out)
{
	struct ev e = {s, 1};
	int64_t v = parse_or(&e);
	skip_ws(&e);
	if (!e.ok || *e.p)
		return 0;
	*out = v;
	return 1;
}

void expr_symbols(const char *s, void (*fn)(void *ctx, const char *name, size_t len), void *ctx)
{
	const char *p = s;
	while (*p) {
		unsigned char c = (unsigned char)*p;
		if (c == '"') { /* quoted symbol name */
			const char *q = p + 1;
			while (*q && *q != '"')
				q += (*q == '\\' && q[1]) ? 2 : 1;
			fn(ctx, p + 1, (size_t)(q - p - 1));
			p = *q ? q + 1 : q;
		} else if (c == '\'') {
			p += p[1] ? 2 : 1;
		} else if (c == '@') { /* relocation specifier: skip the word */
			p++;
			while (is_sym_char((unsigned char)*p))
				p++;
		} else if (c == '%') { /* a register name (not expected here) */
			p++;
			while (isalnum((unsigned char)*p))
				p++;
		} else if (isdigit(c)) {
			const char *q = p;
			while (isalnum((unsigned char)*q) || *q == '_')
				q++;
			size_t n = (size_t)(q - p);
			int digits = 1;
			for (size_t i = 0; i + 1 < n; i++)
				digits &= isdigit((unsigned char)p[i]) != 0;
			if (n >= 2 && digits && (p[n - 1] == 'f' || p[n - 1] == 'b'))
				fn(ctx, p, n);
			p = q;
		} else if (is_sym_start(c)) {
			const char *q = p;
			while (is_sym_char((unsigned char)*q))
				q++;
			/* "." alone is the location counter, not a symbol. */
			if (!(q - p == 1 && *p == '.'))
				fn(ctx, p, (size_t)(q - p));
			p = q;
		} else {
			p++;
		}
	}
}
