/* The module side of the embedding API (include/halite.h, docs/embedding.md).
 * Compile with halite-cc and link with libhalite-guest.a (guest.c).
 *
 *   #include "halite_guest.h"
 *   HALITE_EXPORT int add(int a, int b) { return a + b; }
 *   int main(void) { halite_serve(); }
 *
 * main() sets the module up (musl is initialised by then: thread-local
 * storage, malloc, stdio) and calls halite_serve(), which hands the module
 * to the host for good: from then on the host calls exported functions,
 * each on the stack below halite_serve's frame. */
#ifndef HALITE_GUEST_H
#define HALITE_GUEST_H

/* An exported function: kept even if unused, never inlined away, visible
 * in the symbol table under its own name. */
#define HALITE_EXPORT __attribute__((used, noinline, visibility("default")))

/* Runtime call 2: tells the host the module is ready. Never returns. */
__attribute__((noreturn)) void halite_serve(void);

/* Runtime call 3: calls the host function registered under index, with up
 * to 5 integer or pointer arguments and 8 double arguments (in order, as
 * for any C function). The host converts them by the signature it
 * registered: pass exactly those types (an int where it said 'l' leaves
 * the upper half undefined). halite_callback returns an integer result,
 * halite_callback_d a double; both are the same code. */
long halite_callback(long index, ...);
double halite_callback_d(long index, ...);

/* The index the host registered under name, or -1. */
long halite_callback_find(const char *name);

#endif
