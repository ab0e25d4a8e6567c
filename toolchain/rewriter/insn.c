/* Parsing instruction statements: prefix words, the mnemonic, and the
 * operand list split at top-level commas. */
#include "insn.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char *const prefix_words[] = {
	"lock",	  "rep",    "repe",   "repz",	 "repne",    "repnz",	 "rex",	 "rex64",
	"data16", "data32", "addr16", "addr32", "notrack", "bnd",	 "xacquire", "xrelease",
	"cs",	  "ds",	    "es",     "fs",	 "gs",	     "ss",
};

int insn_is_prefix_word(const char *w)
{
	if (w[0] == '{')
		return 1; /* {vex}, {vex3}, {evex}, {load}, {store}, {disp32} ... */
	if (strncmp(w, "rex.", 4) == 0)
		return 1;
	for (size_t i = 0; i < sizeof prefix_words / sizeof *prefix_words; i++)
		if (strcmp(w, prefix_words[i]) == 0)
			return 1;
	return 0;
}

static char *lower_dup(const char *s, size_t n)
{
	char *p = xstrndup(s, n);
	for (char *q = p; *q; q++)
		*q = (char)tolower((unsigned char)*q);
	return p;
}

struct insn *insn_parse(const char *text, const char **why)
{
	struct insn *in = xmalloc(sizeof *in);
	memset(in, 0, sizeof *in);
	in->text = xstrdup(text);
	const char *p = text;
	for (;;) {
		while (isspace((unsigned char)*p))
			p++;
		if (!*p)
			return in; /* prefixes only */
		const char *w = p;
		if (*p == '{') {
			while (*p && *p != '}')
				p++;
			if (*p)
				p++;
		} else {
			while (*p && !isspace((unsigned char)*p))
				p++;
		}
		char *word = lower_dup(w, (size_t)(p - w));
		if (insn_is_prefix_word(word)) {
			if (in->npfx == INSN_MAX_PFX) {
				free(word);
				*why = "too many prefixes";
				insn_free(in);
				return NULL;
			}
			in->pfx[in->npfx++] = word;
			continue;
		}
		in->mnem = word;
		break;
	}
	/* Operands. */
	while (isspace((unsigned char)*p))
		p++;
	while (*p) {
		const char *s = p;
		int depth = 0, in_str = 0;
		for (; *p; p++) {
			if (in_str) {
				if (*p == '\\' && p[1])
					p++;
				else if (*p == '"')
					in_str = 0;
				continue;
			}
			if (*p == '"')
				in_str = 1;
			else if (*p == '(' || *p == '{')
				depth++;
			else if (*p == ')' || *p == '}')
				depth--;
			else if (*p == ',' && depth == 0)
				break;
		}
		if (in->nops == INSN_MAX_OPS) {
			*why = "too many operands";
			insn_free(in);
			return NULL;
		}
		if (operand_parse(s, (size_t)(p - s), &in->ops[in->nops], why) < 0) {
			in->nops++;
			insn_free(in);
			return NULL;
		}
		in->nops++;
		if (*p == ',')
			p++;
		else
			break;
		if (!*p) {
			*why = "missing operand after ','";
			insn_free(in);
			return NULL;
		}
	}
	return in;
}

void insn_free(struct insn *in)
{
	if (!in)
		return;
	for (int i = 0; i < in->npfx; i++)
		free(in->pfx[i]);
	for (int i = 0; i < in->nops; i++)
		operand_free(&in->ops[i]);
	free(in->mnem);
	free(in->text);
	free(in);
}

int insn_take_prefixes(struct insn *in, struct insn *from)
{
	if (in->npfx + from->npfx > INSN_MAX_PFX)
		return -1;
	memmove(in->pfx + from->npfx, in->pfx, (size_t)in->npfx * sizeof *in->pfx);
	memcpy(in->pfx, from->pfx, (size_t)from->npfx * sizeof *in->pfx);
	in->npfx += from->npfx;
	from->npfx = 0;
	/* The statement text now shows the prefixes too. */
	struct buf t;
	buf_init(&t);
	buf_puts(&t, from->text);
	buf_putc(&t, ' ');
	buf_puts(&t, in->text);
	free(in->text);
	in->text = t.p;
	return 0;
}

int insn_has_prefix(const struct insn *in, const char *p)
{
	for (int i = 0; i < in->npfx; i++)
		if (strcmp(in->pfx[i], p) == 0)
			return 1;
	return 0;
}

void insn_drop_prefix(struct insn *in, const char *p)
{
	for (int i = 0; i < in->npfx; i++) {
		if (strcmp(in->pfx[i], p) != 0)
			continue;
		free(in->pfx[i]);
		memmove(in->pfx + i, in->pfx + i + 1, (size_t)(in->npfx - i - 1) * sizeof *in->pfx);
		in->npfx--;
		i--;
	}
}

void insn_print(struct buf *b, const struct insn *in)
{
	buf_putc(b, '\t');
	for (int i = 0; i < in->npfx; i++)
		buf_printf(b, "%s ", in->pfx[i]);
	buf_puts(b, in->mnem ? in->mnem : "");
	for (int i = 0; i < in->nops; i++) {
		buf_puts(b, i ? ", " : "\t");
		operand_print(b, &in->ops[i]);
	}
	buf_putc(b, '\n');
}
