/* Warm slots of embedded sandboxes (warm.c). */
#ifndef HALITE_RUNTIME_WARM_H
#define HALITE_RUNTIME_WARM_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/mem.h"

#define HL_WARM_MAX 8 /* warm slots a module keeps */

/* A slot kept warm: its base, the stack size it was made with, and the
 * memory map a new sandbox in it must record (its initial one). */
struct hl_warm_slot {
	uint8_t *base;
	uint64_t stack_size;
	struct hl_vma *layout; /* malloc'd */
	size_t n;
};

struct hl_module;
struct hl_sandbox;

/* Takes a warm slot of m made with stack_size: 1 and *w filled (the
 * caller owns w->layout), or 0. */
int hl_warm_take(const struct hl_module *m, uint64_t stack_size, struct hl_warm_slot *w);
/* When a pooled sandbox is destroyed: empties its slot and keeps it warm
 * with its module (1), or does nothing (0: the caller gives the slot back
 * to slots.c). */
int hl_warm_keep(struct hl_sandbox *sb);
/* Gives every warm slot of m back to slots.c (hl_module_free). */
void hl_warm_release(struct hl_module *m);

#endif
