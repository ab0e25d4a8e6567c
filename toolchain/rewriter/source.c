/* Splitting assembly text into statements. Handles `#` and C comments,
 * strings and character constants (where `;` and `#` are not special), `;`
 * statement separators and leading `label:` definitions. */
#include "source.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "insn.h"

int is_sym_start(int c)
{
	return isalpha(c) || c == '_' || c == '.' || c == '$';
}

int is_sym_char(int c)
{
	return isalnum(c) || c == '_' || c == '.' || c == '$';
}

static void push(struct program *p, enum stmt_kind k, int line, const char *s, size_t n)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 1024;
		p->s = xrealloc(p->s, p->cap * sizeof *p->s);
	}
	struct stmt *st = &p->s[p->n++];
	memset(st, 0, sizeof *st);
	st->kind = k;
	st->line = line;
	st->text = xstrndup(s, n);
}

/* Length of a label definition at the start of s ("name:" or "\"name\":"),
 * including the colon; 0 if there is none. */
static size_t label_len(const char *s)
{
	size_t i = 0;
	if (s[0] == '"') {
		for (i = 1; s[i] && s[i] != '"'; i++)
			if (s[i] == '\\' && s[i + 1])
				i++;
		if (s[i] != '"')
			return 0;
		i++;
	} else {
		while (is_sym_char((unsigned char)s[i]))
			i++;
		if (i == 0)
			return 0;
	}
	return s[i] == ':' ? i + 1 : 0;
}

/* Whether s is "name = expr" (a symbol assignment, not "==" comparisons). */
static int is_assignment(const char *s)
{
	size_t i = 0;
	if (!is_sym_start((unsigned char)s[0]))
		return 0;
	while (is_sym_char((unsigned char)s[i]))
		i++;
	while (s[i] == ' ' || s[i] == '\t')
		i++;
	return s[i] == '=' && s[i + 1] != '=';
}

static void finish(struct program *p, int line, const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	char *t = xstrndup(s, n);
	char *q = t;
	for (;;) {
		size_t l = label_len(q);
		if (!l)
			break;
		push(p, ST_LABEL, line, q, l - 1);
		q += l;
		while (isspace((unsigned char)*q))
			q++;
	}
	if (*q) {
		enum stmt_kind k = ST_INSN;
		if (q[0] == '.' || is_assignment(q))
			k = ST_DIRECTIVE;
		push(p, k, line, q, strlen(q));
	}
	free(t);
}

void program_read(const char *data, size_t len, struct program *p)
{
	struct buf cur;
	int line = 1, start_line = 1;
	int in_str = 0, in_comment = 0;

	buf_init(&cur);
	p->s = NULL;
	p->n = p->cap = 0;
	for (size_t i = 0; i < len; i++) {
		char c = data[i];
		if (in_comment) {
			if (c == '*' && i + 1 < len && data[i + 1] == '/') {
				in_comment = 0;
				i++;
				buf_putc(&cur, ' ');
			} else if (c == '\n') {
				line++;
			}
			continue;
		}
		if (in_str) {
			buf_putc(&cur, c);
			if (c == '\\' && i + 1 < len && data[i + 1] != '\n')
				buf_putc(&cur, data[++i]);
			else if (c == '"')
				in_str = 0;
			else if (c == '\n')
				line++; /* unterminated string: keep going, gas reports it */
			continue;
		}
		if (c == '"') {
			in_str = 1;
			buf_putc(&cur, c);
		} else if (c == '\'') {
			/* Character constant: the next character (or escape) is literal. */
			buf_putc(&cur, c);
			if (i + 1 < len && data[i + 1] != '\n') {
				buf_putc(&cur, data[++i]);
				if (data[i] == '\\' && i + 1 < len && data[i + 1] != '\n')
					buf_putc(&cur, data[++i]);
			}
		} else if (c == '/' && i + 1 < len && data[i + 1] == '*') {
			in_comment = 1;
			i++;
		} else if (c == '#') {
			while (i + 1 < len && data[i + 1] != '\n')
				i++;
		} else if (c == ';' || c == '\n') {
			finish(p, start_line, cur.p ? cur.p : "", cur.len);
			buf_clear(&cur);
			if (c == '\n')
				line++;
			start_line = line;
		} else {
			buf_putc(&cur, c);
		}
	}
	finish(p, start_line, cur.p ? cur.p : "", cur.len);
	buf_free(&cur);
}

void program_free(struct program *p)
{
	for (size_t i = 0; i < p->n; i++) {
		free(p->s[i].text);
		insn_free(p->s[i].insn);
	}
	free(p->s);
	p->s = NULL;
	p->n = p->cap = 0;
}
