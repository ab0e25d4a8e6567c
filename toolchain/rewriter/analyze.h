/* The analysis pass: parses every instruction, follows sections, and
 * decides which labels must be bundle starts (indirect-branch targets). */
#ifndef HALITE_RW_ANALYZE_H
#define HALITE_RW_ANALYZE_H

#include "sections.h"
#include "source.h"

/* Fills stmt.section, stmt.insn and stmt.align and each section's
 * has_code. Reports statements that do not parse and unsupported
 * directives. Returns the first free number for generated .Lhv_N labels. */
long analyze(struct program *p, struct sections *secs);

/* Splits a directive statement into its lower-case name (at most NAMESZ-1
 * characters) and a pointer to its arguments. */
const char *directive_split(const char *text, char *name, size_t namesz);

#endif
