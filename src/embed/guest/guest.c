/* The module side of the embedding API (halite_guest.h): runtime calls 2
 * (yield to the host) and 3 (call a host function), docs/embedding.md.
 * Compiled with halite-cc into libhalite-guest.a. */
#include <stdlib.h>

#include "halite_guest.h"

/* The host calls the module's malloc and free (halite_malloc): make sure
 * a module that does not use them itself still links them. */
__attribute__((used)) static void *(*const keep_malloc)(size_t) = malloc;
__attribute__((used)) static void (*const keep_free)(void *) = free;

/* halite_serve: runtime call 2, the host takes over. The continuation is
 * never used (each host call sets the registers afresh); if it were, the
 * module would just yield again.
 *
 * halite_callback, halite_callback_d: runtime call 3 with the index in
 * %rdi and the arguments where the C calling convention put them. The
 * runtime preserves every general register but %rax, the flags and the
 * control words, and clears the vector registers but %xmm0 (the result),
 * which a C call may change anyway; so the function is just the runtime
 * call and a return. */
__asm__(".text\n"
	".globl halite_serve\n"
	".type halite_serve, @function\n"
	".p2align 5\n"
	"halite_serve:\n"
	"1:	lea 2f(%rip), %r11\n"
	"	jmp *0x10010(%r14)\n"
	"	.p2align 5\n"
	"2:	jmp 1b\n"
	".size halite_serve, .-halite_serve\n"
	"\n"
	".globl halite_callback\n"
	".type halite_callback, @function\n"
	".globl halite_callback_d\n"
	".type halite_callback_d, @function\n"
	".p2align 5\n"
	"halite_callback:\n"
	"halite_callback_d:\n"
	"	lea 3f(%rip), %r11\n"
	"	jmp *0x10018(%r14)\n"
	"	.p2align 5\n"
	"3:	ret\n"
	".size halite_callback, .-halite_callback\n"
	".size halite_callback_d, .-halite_callback_d\n");

/* Index -1 asks the host for the index registered under a name. */
long halite_callback_find(const char *name)
{
	return halite_callback(-1, name);
}
