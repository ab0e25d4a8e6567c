/* Chained hash table of symbols (FNV-1a), grown when it fills. */
#include "symtab.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

struct symtab {
	struct sym **v;
	size_t cap, n;
};

static uint32_t hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

struct symtab *symtab_new(void)
{
	struct symtab *t = xmalloc(sizeof *t);
	t->cap = 1024;
	t->n = 0;
	t->v = xmalloc(t->cap * sizeof *t->v);
	memset(t->v, 0, t->cap * sizeof *t->v);
	return t;
}

void symtab_free(struct symtab *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->cap; i++) {
		struct sym *s = t->v[i];
		while (s) {
			struct sym *n = s->next;
			free(s->name);
			free(s);
			s = n;
		}
	}
	free(t->v);
	free(t);
}

static void grow(struct symtab *t)
{
	size_t cap = t->cap * 2;
	struct sym **v = xmalloc(cap * sizeof *v);
	memset(v, 0, cap * sizeof *v);
	for (size_t i = 0; i < t->cap; i++) {
		struct sym *s = t->v[i];
		while (s) {
			struct sym *n = s->next;
			size_t h = hash(s->name, strlen(s->name)) & (cap - 1);
			s->next = v[h];
			v[h] = s;
			s = n;
		}
	}
	free(t->v);
	t->v = v;
	t->cap = cap;
}

struct sym *symtab_get(struct symtab *t, const char *name, size_t len, int create)
{
	size_t h = hash(name, len) & (t->cap - 1);
	for (struct sym *s = t->v[h]; s; s = s->next)
		if (strlen(s->name) == len && memcmp(s->name, name, len) == 0)
			return s;
	if (!create)
		return NULL;
	if (t->n >= t->cap) {
		grow(t);
		h = hash(name, len) & (t->cap - 1);
	}
	struct sym *s = xmalloc(sizeof *s);
	s->name = xstrndup(name, len);
	s->flags = 0;
	s->last_def = -1;
	s->pending_fwd = 0;
	s->next = t->v[h];
	t->v[h] = s;
	t->n++;
	return s;
}
