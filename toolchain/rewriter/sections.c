/* Section state. Sections are identified by name (a comdat group member
 * has a unique name in gcc output). */
#include "sections.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"

static int default_exec(const char *name)
{
	return strcmp(name, ".text") == 0 || strncmp(name, ".text.", 6) == 0 ||
	       strcmp(name, ".init") == 0 || strcmp(name, ".fini") == 0;
}

static int find_or_add(struct sections *s, const char *name, const char *enter, int exec, int known)
{
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(s->v[i].name, name) == 0)
			return (int)i;
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->v = xrealloc(s->v, s->cap * sizeof *s->v);
	}
	struct section *x = &s->v[s->n];
	memset(x, 0, sizeof *x);
	x->name = xstrdup(name);
	x->enter = xstrdup(enter);
	x->exec = known ? exec : default_exec(name);
	return (int)s->n++;
}

void sections_init(struct sections *s)
{
	memset(s, 0, sizeof *s);
	find_or_add(s, ".text", ".text", 1, 1);
	sections_rewind(s);
}

void sections_rewind(struct sections *s)
{
	s->cur = 0;
	s->prev = -1;
	s->depth = 0;
	for (size_t i = 0; i < s->n; i++)
		s->v[i].started = 0;
}

void sections_free(struct sections *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i].name);
		free(s->v[i].enter);
	}
	free(s->v);
	memset(s, 0, sizeof *s);
}

/* Like gas, every section directive makes the current section the
 * previous one, even when it names the current section again. */
static void switch_to(struct sections *s, int idx)
{
	s->prev = s->cur;
	s->cur = idx;
}

/* ".section NAME[,"FLAGS"[,...]]": the name and, if given, the flags. */
static int parse_section_args(const char *args, char **name, int *has_flags, int *exec)
{
	const char *p = args;
	while (isspace((unsigned char)*p))
		p++;
	const char *n0 = p, *n1;
	if (*p == '"') {
		n0 = ++p;
		while (*p && *p != '"')
			p++;
		n1 = p;
		if (*p)
			p++;
	} else {
		while (*p && *p != ',' && !isspace((unsigned char)*p))
			p++;
		n1 = p;
	}
	if (n1 == n0)
		return -1;
	*name = xstrndup(n0, (size_t)(n1 - n0));
	*has_flags = 0;
	*exec = 0;
	while (isspace((unsigned char)*p))
		p++;
	if (*p != ',')
		return 0;
	p++;
	while (isspace((unsigned char)*p))
		p++;
	if (*p != '"')
		return 0;
	*has_flags = 1;
	for (p++; *p && *p != '"'; p++)
		if (*p == 'x')
			*exec = 1;
	return 0;
}

int sections_directive(struct sections *s, const char *name, const char *args, int line)
{
	if (strcmp(name, ".text") == 0 || strcmp(name, ".data") == 0 || strcmp(name, ".bss") == 0) {
		switch_to(s, find_or_add(s, name, name, strcmp(name, ".text") == 0, 1));
		return 1;
	}
	int push = strcmp(name, ".pushsection") == 0;
	if (push || strcmp(name, ".section") == 0) {
		char *sname;
		int has_flags, exec;
		if (parse_section_args(args, &sname, &has_flags, &exec) < 0) {
			diag_error(line, "%s without a section name", name);
			return 1;
		}
		char *enter = xmalloc(strlen(args) + 16);
		strcpy(enter, ".section ");
		strcat(enter, args);
		int idx = find_or_add(s, sname, enter, exec, has_flags);
		free(enter);
		free(sname);
		if (push) {
			if (s->depth == SECTIONS_MAX_DEPTH) {
				diag_error(line, ".pushsection nested too deeply");
				return 1;
			}
			s->stack_cur[s->depth] = s->cur;
			s->stack_prev[s->depth] = s->prev;
			s->depth++;
		}
		switch_to(s, idx);
		return 1;
	}
	if (strcmp(name, ".popsection") == 0) {
		if (s->depth == 0) {
			diag_error(line, ".popsection without .pushsection");
			return 1;
		}
		s->depth--;
		s->cur = s->stack_cur[s->depth];
		s->prev = s->stack_prev[s->depth];
		return 1;
	}
	if (strcmp(name, ".previous") == 0) {
		if (s->prev >= 0) {
			int t = s->cur;
			s->cur = s->prev;
			s->prev = t;
		}
		return 1;
	}
	return 0;
}

int sections_is_code(const struct sections *s, int idx)
{
	return idx >= 0 && (size_t)idx < s->n && (s->v[idx].exec || s->v[idx].has_code);
}

int sections_is_debug(const struct sections *s, int idx)
{
	if (idx < 0 || (size_t)idx >= s->n)
		return 0;
	const char *n = s->v[idx].name;
	return strncmp(n, ".debug", 6) == 0 || strncmp(n, ".zdebug", 7) == 0 ||
	       strncmp(n, ".stab", 5) == 0 || strcmp(n, ".line") == 0 ||
	       strncmp(n, ".gnu.debug", 10) == 0;
}
