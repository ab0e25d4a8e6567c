/* A module whose writable pages span more than the runtime keeps a copy
 * of (HL_IMAGE_RW_MAX, 64 KiB): a warm slot of it discards them instead
 * of copying them back (src/runtime/warm.c). residue(p) writes p at both
 * ends of its data; leftover(p) counts p there and checks the data still
 * holds its file's bytes (test_embed.c, test_warm). */
#include "halite_guest.h"

enum { N = 12 * 1024 }; /* 96 KiB of initialised data */
static volatile long big[N] = {[0] = 1, [N - 1] = 2};

HALITE_EXPORT long residue(long p)
{
	big[0] = big[N - 1] = p;
	return 0;
}

HALITE_EXPORT long leftover(long p)
{
	long n = (big[0] == p) + (big[N - 1] == p);
	return big[0] == 1 && big[N - 1] == 2 ? n : 100 + n;
}

int main(void)
{
	halite_serve();
}
