/* The module of examples/embed/zlib_host.c: zlib (its own sources, built
 * unmodified with halite-cc) in a sandbox. zlib's functions are global, so
 * they are exported as they are: the host calls compressBound, compress2,
 * uncompress and zlibVersion by name. main only hands the module to the
 * host. */
#include "halite_guest.h"

int main(void)
{
	halite_serve();
}
