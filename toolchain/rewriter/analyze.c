/* Which labels must be bundle starts. An indirect branch can reach a label
 * only through its address, so a label in a code section is aligned if its
 * address can escape:
 *  - global or weak symbols, which other objects may name;
 *  - labels named anywhere except as the target of a direct branch: in an
 *    instruction operand (`leaq .L3(%rip)`, computed goto, function
 *    pointers) or in data (`.long .L5-.L4` jump tables, `.quad f`), debug
 *    sections excepted.
 * Any other label, including a static function that is only called
 * directly, is reachable by direct branches only: another object cannot
 * name a local symbol, and taking its address here needs a reference
 * here. Such labels keep gcc's alignment and cost no padding.
 * Numeric labels ("1:") are resolved per reference ("1f" is the next
 * definition, "1b" the previous one). */
#include "analyze.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "expr.h"
#include "insn.h"
#include "mnemonic.h"
#include "symtab.h"

const char *directive_split(const char *text, char *name, size_t namesz)
{
	size_t i = 0;
	const char *p = text;
	if (*p != '.') { /* "sym = expr" */
		name[0] = '=';
		name[1] = 0;
		while (*p && *p != '=')
			p++;
		return *p ? p + 1 : p;
	}
	while (*p && !isspace((unsigned char)*p) && i + 1 < namesz)
		name[i++] = (char)tolower((unsigned char)*p++);
	name[i] = 0;
	while (*p && !isspace((unsigned char)*p))
		p++;
	while (isspace((unsigned char)*p))
		p++;
	return p;
}

struct ctx {
	struct program *p;
	struct symtab *syms;
	size_t cur; /* statement being scanned */
};

static int is_numeric_label(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* A symbol named by an expression outside a direct branch target. */
static void on_ref(void *vc, const char *name, size_t len)
{
	struct ctx *c = vc;
	if (len >= 2 && is_numeric_label(name, len - 1) &&
	    (name[len - 1] == 'f' || name[len - 1] == 'b')) {
		struct sym *s = symtab_get(c->syms, name, len - 1, 1);
		if (name[len - 1] == 'f')
			s->pending_fwd = 1;
		else if (s->last_def >= 0)
			c->p->s[s->last_def].align = 1;
		return;
	}
	symtab_get(c->syms, name, len, 1)->flags |= SYM_REFERENCED;
}

/* Applies FLAG to each name of a comma-separated list. */
static void mark_names(struct symtab *t, const char *args, unsigned flag)
{
	const char *p = args;
	while (*p) {
		while (*p == ',' || isspace((unsigned char)*p))
			p++;
		const char *s = p;
		while (*p && *p != ',' && !isspace((unsigned char)*p))
			p++;
		if (p > s)
			symtab_get(t, s, (size_t)(p - s), 1)->flags |= flag;
	}
}

static int is_data_directive(const char *d)
{
	static const char *const names[] = {
		".byte",  ".short", ".word",  ".hword",	  ".value",   ".int",	".long",
		".quad",  ".octa",  ".2byte", ".4byte",	  ".8byte",   ".dc",	".dc.a",
		".dc.b",  ".dc.w",  ".dc.l",  ".dc.q",	  ".uleb128", ".sleb128", ".set",
		".equ",	  ".equiv", ".eqv",   "=",	  ".reloc",
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strcmp(d, names[i]) == 0)
			return 1;
	return 0;
}

static void directive(struct ctx *c, struct sections *secs, struct stmt *st)
{
	char name[32];
	const char *args = directive_split(st->text, name, sizeof name);

	if (sections_directive(secs, name, args, st->line))
		return;
	if (strcmp(name, ".type") == 0) {
		const char *comma = strchr(args, ',');
		if (comma && (strstr(comma, "function") || strstr(comma, "STT_FUNC") ||
			      strstr(comma, "gnu_indirect_function"))) {
			const char *e = args;
			while (*e && *e != ',' && !isspace((unsigned char)*e))
				e++;
			symtab_get(c->syms, args, (size_t)(e - args), 1)->flags |= SYM_FUNCTION;
		}
	} else if (strcmp(name, ".globl") == 0 || strcmp(name, ".global") == 0 ||
		   strcmp(name, ".weak") == 0) {
		mark_names(c->syms, args, SYM_GLOBAL);
	} else if (strcmp(name, ".intel_syntax") == 0 || strcmp(name, ".code16") == 0 ||
		   strcmp(name, ".code32") == 0 || strcmp(name, ".code16gcc") == 0) {
		diag_error(st->line, "'%s' is not supported: the rewriter reads 64-bit AT&T syntax", name);
	} else if (strcmp(name, ".macro") == 0 || strcmp(name, ".irp") == 0 ||
		   strcmp(name, ".irpc") == 0) {
		/* A macro body is not code until gas expands it: its instructions
		 * would escape the rewriter. */
		diag_error(st->line, "'%s' is not supported: expand assembler macros before rewriting",
			   name);
	} else if (strcmp(name, ".include") == 0) {
		diag_error(st->line, "'.include' is not supported: the included file would not be "
				     "rewritten (preprocess it in)");
	} else if (is_data_directive(name) && !sections_is_debug(secs, secs->cur)) {
		/* ".set NAME, EXPR": only the expression names an address. */
		if (strcmp(name, ".set") == 0 || strcmp(name, ".equ") == 0 ||
		    strcmp(name, ".equiv") == 0 || strcmp(name, ".eqv") == 0) {
			const char *comma = strchr(args, ',');
			args = comma ? comma + 1 : "";
		}
		expr_symbols(args, on_ref, c);
	}
}

static void instruction(struct ctx *c, struct sections *secs, struct stmt *st,
			struct insn **pending)
{
	const char *why = "does not parse";
	struct insn *in = insn_parse(st->text, &why);
	if (!in) {
		diag_unsupported(st->line, st->text, "%s", why);
		st->kind = ST_NONE;
		return;
	}
	if (*pending) {
		if (insn_take_prefixes(in, *pending) < 0)
			diag_unsupported(st->line, st->text, "too many prefixes");
		insn_free(*pending);
		*pending = NULL;
	}
	if (!in->mnem) { /* "rep;" or "lock" alone: belongs to the next instruction */
		*pending = in;
		st->kind = ST_NONE;
		return;
	}
	st->insn = in;
	secs->v[secs->cur].has_code = 1;

	struct mn_info mi;
	mn_classify(in->mnem, &mi);
	int branch = mi.kind == MK_JMP || mi.kind == MK_CALL || mi.kind == MK_JCC;
	for (int i = 0; i < in->nops; i++) {
		const struct operand *op = &in->ops[i];
		if (branch && op->kind == OP_EXPR && !op->star)
			continue; /* a direct target: no address escapes */
		if (op->kind != OP_REG)
			expr_symbols(op->disp, on_ref, c);
	}
}

static long hv_label_number(const char *name)
{
	if (strncmp(name, ".Lhv_", 5) != 0)
		return -1;
	const char *p = name + 5;
	if (*p == 's')
		p++;
	if (!isdigit((unsigned char)*p))
		return -1;
	char *end;
	long v = strtol(p, &end, 10);
	return *end ? -1 : v;
}

long analyze(struct program *p, struct sections *secs)
{
	struct ctx c = {p, symtab_new(), 0};
	struct insn *pending = NULL;
	long next_label = 0;

	for (size_t i = 0; i < p->n; i++) {
		struct stmt *st = &p->s[i];
		c.cur = i;
		st->section = secs->cur;
		switch (st->kind) {
		case ST_DIRECTIVE:
			directive(&c, secs, st);
			break;
		case ST_LABEL: {
			size_t n = strlen(st->text);
			if (is_numeric_label(st->text, n)) {
				struct sym *s = symtab_get(c.syms, st->text, n, 1);
				if (s->pending_fwd)
					st->align = 1;
				s->pending_fwd = 0;
				s->last_def = (long)i;
			}
			long v = hv_label_number(st->text);
			if (v >= next_label)
				next_label = v + 1;
			break;
		}
		case ST_INSN:
			instruction(&c, secs, st, &pending);
			break;
		case ST_NONE:
			break;
		}
	}
	if (pending) {
		diag_unsupported(p->n ? p->s[p->n - 1].line : 0, pending->text,
				 "prefix without an instruction");
		insn_free(pending);
	}
	/* Decide for named labels now that every reference has been seen. */
	for (size_t i = 0; i < p->n; i++) {
		struct stmt *st = &p->s[i];
		if (st->kind != ST_LABEL || !sections_is_code(secs, st->section)) {
			if (st->kind == ST_LABEL)
				st->align = 0;
			continue;
		}
		size_t n = strlen(st->text);
		if (is_numeric_label(st->text, n))
			continue;
		const struct sym *s = symtab_get(c.syms, st->text, n, 0);
		if (s && (s->flags & (SYM_GLOBAL | SYM_REFERENCED)))
			st->align = 1;
	}
	symtab_free(c.syms);
	return next_label;
}
