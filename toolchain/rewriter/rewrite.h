/* Rewriting one instruction into code that obeys docs/abi.md. */
#ifndef HALITE_RW_REWRITE_H
#define HALITE_RW_REWRITE_H

#include "emit.h"
#include "insn.h"

/* Emits the sandboxed form of IN (from source line LINE). Returns 0, or -1
 * after reporting why the instruction cannot be made safe. May modify IN. */
int rewrite_insn(struct emitter *e, struct insn *in, int line);

#endif
