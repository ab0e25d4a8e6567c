/* Slots of embedded sandboxes (docs/embedding.md, "Instances").
 *
 * A process may hold thousands of instances, and each mapping counts
 * against vm.max_map_count (65,530 by default). A slot reserved on its
 * own is three PROT_NONE mappings around what the sandbox maps (below the
 * table, the gap above the heap, above the stack). Slots reserved side by
 * side in one chunk share them: the unmapped top of one slot (its top
 * guard, 64 KiB, and whatever lies above the stack) and the bottom of the
 * next (its null guard, 64 KiB) are one PROT_NONE mapping, and so is a
 * free slot with its neighbours'. The 64 KiB below a base are then the
 * slot below's top guard, and the 64 KiB above base + 4 GiB the slot
 * above's null guard; each end of a chunk has 64 KiB reserved for it
 * (I1). A freed slot is mapped PROT_NONE whole again (one system call,
 * instead of unmapping and reserving anew) and kept for the next instance;
 * chunks are never returned (reserved address space costs no memory).
 *
 * Only PROT_NONE with MAP_NORESERVE is ever mapped here: no memory is
 * committed and no page is accessible until the sandbox maps its own. */
#include "runtime/slots.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "validator/validator.h"

#define SLOT HV_SANDBOX_SIZE
#define GUARD HV_GUARD_SIZE
#define CHUNK 16 /* slots per reservation: 64 GiB of address space */
#define NONE_FLAGS (MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE)

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static uint8_t **free_slots;
static size_t nfree, cap;

static int push(uint8_t *base)
{
	if (nfree == cap) {
		size_t n = cap ? 2 * cap : 64;
		uint8_t **v = realloc(free_slots, n * sizeof *v);
		if (!v)
			return -1;
		free_slots = v;
		cap = n;
	}
	free_slots[nfree++] = base;
	return 0;
}

/* Reserves n slots side by side with a guard at each end. Returns the
 * lowest base, or NULL. */
static uint8_t *reserve(size_t n)
{
	size_t want = (n + 1) * SLOT + 2 * GUARD;
	uint8_t *p = mmap(NULL, want, PROT_NONE, NONE_FLAGS, -1, 0);
	if (p == MAP_FAILED)
		return NULL;
	uintptr_t first = ((uintptr_t)p + GUARD + SLOT - 1) & ~(uintptr_t)(SLOT - 1);
	uint8_t *lo = (uint8_t *)first - GUARD, *hi = (uint8_t *)first + n * SLOT + GUARD;
	if (lo > p)
		munmap(p, (size_t)(lo - p));
	if (p + want > hi)
		munmap(hi, (size_t)(p + want - hi));
	return (uint8_t *)first;
}

int hl_slot_get(uint8_t **base)
{
	pthread_mutex_lock(&lock);
	int r = 0;
	if (nfree) {
		*base = free_slots[--nfree];
	} else {
		/* A chunk, or a slot alone when the address space is short. */
		size_t n = CHUNK;
		uint8_t *first = reserve(n);
		if (!first)
			first = reserve(n = 1);
		if (!first) {
			r = -ENOMEM;
		} else {
			/* The others in reverse, so that the lowest go first. */
			for (size_t i = n - 1; i > 0; i--)
				if (push(first + i * SLOT))
					break; /* lost to this process, still reserved */
			*base = first;
		}
	}
	pthread_mutex_unlock(&lock);
	return r;
}

void hl_slot_put(uint8_t *base)
{
	/* Everything the sandbox mapped becomes PROT_NONE again (and merges
	 * with the neighbours). If that fails the slot is not reused. */
	if (mmap(base, SLOT, PROT_NONE, NONE_FLAGS | MAP_FIXED, -1, 0) != base)
		return;
	pthread_mutex_lock(&lock);
	push(base);
	pthread_mutex_unlock(&lock);
}
