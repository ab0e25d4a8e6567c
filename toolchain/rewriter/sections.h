/* Tracking the current section through .text/.data/.bss/.section/
 * .pushsection/.popsection/.previous, as gas does. */
#ifndef HALITE_RW_SECTIONS_H
#define HALITE_RW_SECTIONS_H

#include <stddef.h>

struct section {
	char *name;
	char *enter;  /* a directive that re-enters it with its attributes */
	int exec;     /* flags (or gas's defaults for the name) say executable */
	int has_code; /* instructions were seen in it */
	int started;  /* emission pass: its start label was emitted */
};

#define SECTIONS_MAX_DEPTH 64

struct sections {
	struct section *v;
	size_t n, cap;
	int cur, prev; /* indexes into v; prev -1 if none */
	int depth;
	int stack_cur[SECTIONS_MAX_DEPTH], stack_prev[SECTIONS_MAX_DEPTH];
};

/* Starts in .text (index 0), as gas does. */
void sections_init(struct sections *s);
/* Back to the start state for another pass; what is known about each
 * section is kept. */
void sections_rewind(struct sections *s);
void sections_free(struct sections *s);
/* If directive NAME (".section" ...) with ARGS changes the section, applies
 * it and returns 1; returns 0 for other directives. Reports malformed
 * section directives at LINE (and returns 1). */
int sections_directive(struct sections *s, const char *name, const char *args, int line);
/* Executable, or holds instructions. */
int sections_is_code(const struct sections *s, int idx);
/* A debugging-information section (.debug_*, .stab ...). */
int sections_is_debug(const struct sections *s, int idx);

#endif
