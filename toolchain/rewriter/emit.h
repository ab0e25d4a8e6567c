/* Emitting assembly text: lines, bundle-locked groups, alignment, padding
 * that makes a call end at a bundle end, fresh local labels. */
#ifndef HALITE_RW_EMIT_H
#define HALITE_RW_EMIT_H

#include "buf.h"

struct emitter {
	struct buf *out;
	unsigned bundle;        /* 32 or 16 */
	unsigned log2;          /* log2(bundle) */
	long next_label;        /* numbers for .Lhv_N labels */
	const char *sect_start; /* start symbol of the current section, or NULL */
	int tls_pending;        /* line of an @tlsgd/@tlsld lea whose __tls_get_addr
				   call is still to come, 0 if none */
	int rept_line;          /* inside .rept: its line (generated labels would be
				   defined once per repetition), else 0 */
};

/* "\t" TEXT "\n". */
void emit_line(struct emitter *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "NAME:\n". */
void emit_label(struct emitter *e, const char *name);
/* Aligns to the next bundle start. */
void emit_align(struct emitter *e);
void emit_lock(struct emitter *e);
void emit_unlock(struct emitter *e);
/* Pads with no-ops so that the next LEN bytes of code end at a bundle end.
 * Needs the current section's start symbol. */
void emit_pad_to_end(struct emitter *e, unsigned len);
/* Writes a fresh ".Lhv_N" into NAME (at least 32 bytes). */
void emit_new_label(struct emitter *e, char *name);
/* A runtime call through table entry ENTRY (address 0x10000 + 8 * ENTRY):
 * link register %r11 = continuation, which is a fresh bundle-aligned label
 * emitted after the jump. */
void emit_runtime_call(struct emitter *e, unsigned entry);

#endif
