/* Entering the outer sandbox, layer by layer. The order matters:
 * namespaces first (a user namespace needs a single-threaded process),
 * then the fork into the new PID namespace, the new root, the limits,
 * Landlock, and seccomp last (the filter refuses the calls the earlier
 * steps make). */
#include <stdio.h>

#include "outer/outer.h"

int hl_outer_enter(const struct hl_outer *o, char *err, size_t errsz)
{
	if (hl_outer_namespaces(err, errsz))
		return -1;
	hl_outer_supervise(o); /* only the child returns */
	if (hl_outer_mounts(err, errsz) || hl_outer_limits(o, err, errsz) ||
	    hl_outer_landlock(o->grants, err, errsz) || hl_outer_seccomp(o, err, errsz))
		return -1;
	return 0;
}
