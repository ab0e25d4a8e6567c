/* Emitting assembly text: lines, bundle-locked groups, alignment, call
 * sites, fresh local labels. */
#ifndef HALITE_RW_EMIT_H
#define HALITE_RW_EMIT_H

#include "buf.h"

struct emitter {
	struct buf *out;
	unsigned bundle;        /* 32 or 16 */
	unsigned log2;          /* log2(bundle) */
	int round_down;		/* masked jumps and calls (not returns) round their
				   target down: every one in the input goes to a
				   bundle start (--round-down) */
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
/* Before a call (or a locked group ending with one) of LEN bytes: the
 * no-op, if any, that keeps it from ending exactly at a bundle end. The
 * caller aligns to the next bundle after the call, where the return lands
 * (R7 rounds the return address up); what lies between never runs.
 *
 * Why not end the bundle with the call, as Native Client does: a branch
 * that ends on a 32-byte boundary is never cached in the decoded-
 * instruction cache of Intel CPUs with the JCC-erratum microcode (Skylake
 * to Cascade Lake), so every call site of that layout runs from the slower
 * legacy decoders (bench/README.md, section 9). Needs the current section's
 * start symbol. */
void emit_call_start(struct emitter *e, unsigned len);
/* Writes a fresh ".Lhv_N" into NAME (at least 32 bytes). */
void emit_new_label(struct emitter *e, char *name);
/* A runtime call through table entry ENTRY (address 0x10000 + 8 * ENTRY):
 * link register %r11 = continuation, which is a fresh bundle-aligned label
 * emitted after the jump. */
void emit_runtime_call(struct emitter *e, unsigned entry);

#endif
