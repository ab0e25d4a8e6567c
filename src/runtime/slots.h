/* Slots of embedded sandboxes, reserved side by side in chunks (slots.c). */
#ifndef HALITE_RUNTIME_SLOTS_H
#define HALITE_RUNTIME_SLOTS_H

#include <stdint.h>

/* A free slot: 4 GiB, 4 GiB-aligned, PROT_NONE, with reserved memory or
 * another slot's guard in the 64 KiB on each side (docs/abi.md I1).
 * Returns 0 or -errno. */
int hl_slot_get(uint8_t **base);
/* Gives the slot back: everything in it is replaced by PROT_NONE. */
void hl_slot_put(uint8_t *base);

#endif
