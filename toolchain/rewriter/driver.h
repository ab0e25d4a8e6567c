/* The emission pass: writes the rewritten program. */
#ifndef HALITE_RW_DRIVER_H
#define HALITE_RW_DRIVER_H

#include "buf.h"
#include "sections.h"
#include "source.h"

/* Emits P (already analysed) into OUT for bundle size BUNDLE (16 or 32),
 * masked jumps rounding down if ROUND_DOWN (struct emitter); generated
 * labels are numbered from NEXT_LABEL. Errors are reported through diag. */
void drive(struct program *p, struct sections *secs, long next_label, unsigned bundle,
	   int round_down, struct buf *out);

#endif
