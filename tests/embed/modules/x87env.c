/* An attack on the host's x87 state (test_embed.c, test_refused_modules):
 * fnstenv would show the address of the host's last x87 instruction, and
 * fldenv could tag the registers the host's code left behind valid, to
 * read its long double values. The validator refuses both: this module
 * must not load. */
#include <stdint.h>

#include "halite_guest.h"

struct x87_env {
	uint16_t cw, r1, sw, r2, tw, r3;
	uint32_t ip, op, dp, ds;
};

/* The host's last x87 instruction address (its low 32 bits). */
HALITE_EXPORT long host_x87_ip(void)
{
	struct x87_env e;
	__asm__ volatile("fnstenv %0" : "=m"(e));
	return e.ip;
}

/* The register the host's code used last, tagged valid again and read. */
HALITE_EXPORT long host_x87_value(void)
{
	struct x87_env e;
	long double v;
	__asm__ volatile("fnstenv %0" : "=m"(e));
	e.tw = 0;
	__asm__ volatile("fldenv %1\n\tfdecstp\n\tfstpt %0" : "=m"(v) : "m"(e));
	return (long)v;
}

int main(void)
{
	halite_serve();
}
