/* The emission pass. Besides rewriting instructions it:
 *  - puts ".bundle_align_mode" first;
 *  - gives every code section a start label at offset 0 followed by a
 *    bundle alignment (so the section is bundle-aligned when linked, and
 *    call padding can be computed from the distance to the start);
 *  - aligns the labels the analysis pass selected;
 *  - keeps compare-and-branch pairs in one bundle-locked group (fuse.c);
 *  - pads the end of every code section to a bundle end, so that code
 *    after it (and a direct branch to the end) starts a bundle. */
#include "driver.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "diag.h"
#include "emit.h"
#include "fuse.h"
#include "insn.h"
#include "rewrite.h"

struct state {
	struct emitter e;
	struct sections *secs;
	char (*start)[32]; /* start label of each section, "" until emitted */
};

/* After the current section changed. */
static void entered(struct state *s)
{
	int cur = s->secs->cur;
	struct section *x = &s->secs->v[cur];
	if (sections_is_code(s->secs, cur) && !x->started) {
		x->started = 1;
		emit_new_label(&s->e, s->start[cur]);
		emit_label(&s->e, s->start[cur]);
		emit_align(&s->e);
	}
	s->e.sect_start = s->start[cur][0] ? s->start[cur] : NULL;
}

void drive(struct program *p, struct sections *secs, long next_label, unsigned bundle,
	   int round_down, struct buf *out)
{
	struct state s;
	memset(&s, 0, sizeof s);
	s.e.out = out;
	s.e.bundle = bundle;
	s.e.log2 = bundle == 16 ? 4 : 5;
	s.e.round_down = round_down;
	s.e.next_label = next_label;
	s.secs = secs;
	s.start = xmalloc(secs->n * sizeof *s.start);
	memset(s.start, 0, secs->n * sizeof *s.start);

	sections_rewind(secs);
	emit_line(&s.e, ".bundle_align_mode %u", s.e.log2);
	entered(&s);

	for (size_t i = 0; i < p->n; i++) {
		struct stmt *st = &p->s[i];
		switch (st->kind) {
		case ST_NONE:
			break;
		case ST_LABEL:
			if (st->align)
				emit_align(&s.e);
			emit_label(&s.e, st->text);
			break;
		case ST_DIRECTIVE: {
			char name[32];
			const char *args = directive_split(st->text, name, sizeof name);
			if (strcmp(name, ".bundle_align_mode") == 0)
				break; /* ours is already in force */
			/* Padding of a dynamic TLS sequence (see rewrite.c). */
			if (s.e.tls_pending && ((strcmp(name, ".value") == 0 && strcmp(args, "0x6666") == 0) ||
						(strcmp(name, ".byte") == 0 && strcmp(args, "0x66") == 0)))
				break;
			emit_line(&s.e, "%s", st->text);
			if (strcmp(name, ".rept") == 0 && !s.e.rept_line)
				s.e.rept_line = st->line;
			else if (strcmp(name, ".endr") == 0)
				s.e.rept_line = 0;
			if (sections_directive(secs, name, args, st->line))
				entered(&s);
			break;
		}
		case ST_INSN: /* its section is code (analysis), so it has a start label */
			if (i + 1 < p->n && p->s[i + 1].kind == ST_INSN &&
			    fuse_pair(st->insn, p->s[i + 1].insn)) {
				/* A compare and its jcc: no padding between (fuse.c). */
				emit_lock(&s.e);
				rewrite_insn(&s.e, st->insn, st->line);
				i++;
				rewrite_insn(&s.e, p->s[i].insn, p->s[i].line);
				emit_unlock(&s.e);
				break;
			}
			rewrite_insn(&s.e, st->insn, st->line);
			break;
		}
	}
	if (s.e.tls_pending)
		diag_error(s.e.tls_pending, "@tlsgd/@tlsld sequence without its call to __tls_get_addr");
	for (size_t i = 0; i < secs->n; i++) {
		if (!secs->v[i].started)
			continue;
		emit_line(&s.e, "%s", secs->v[i].enter);
		emit_align(&s.e);
	}
	free(s.start);
}
