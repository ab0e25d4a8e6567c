/* Warm slots (docs/embedding.md, "Instances"): the slot of a destroyed
 * embedded sandbox, emptied but left mapped, kept with its module for the
 * next instance of the same module and stack size. That instance maps
 * nothing: the table, the image and the stack are where they were, and
 * the kernel keeps the page tables, which a fresh slot must allocate and
 * a returned one free. Creating and destroying an instance then costs a
 * few page faults instead of five mappings and a 4 GiB unmapping.
 *
 * Emptied means that nothing of the old sandbox can be read in the new
 * one. A slot is kept only if every mapping the sandbox started with is
 * still there with the same protection (the module may have changed
 * them: then it goes back to slots.c whole). Every mapping it made since
 * (heap, mmap) is replaced by PROT_NONE, as munmap does (mem.c), and
 * every writable mapping it started with gets back what a new mapping
 * would hold: the file's bytes in the data (a private mapping of the
 * module's sealed memfd), zeros in the stack (anonymous). Where the next
 * instance's start-up will write anyway, that is done in place, with
 * memcpy from the module's copy of those bytes (hl_image_rw) and memset
 * at the top of the stack: the pages stay, and the next instance takes
 * no page fault on them (a page fault costs 0.2 to 10 us depending on the
 * machine, a 4 KiB memset 50 ns). The rest is discarded with
 * MADV_DONTNEED, which gives the same bytes back on the next touch. The
 * read-only and executable mappings (table, headers, code) never
 * changed: nothing could write them. */
#include "runtime/warm.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "runtime/sandbox.h"
#include "runtime/slots.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* The top of the stack the start-up writes (arguments, environment,
 * auxiliary vector, the first frames): zeroed in place. */
#define STACK_HOT (8 * 1024)

static int same(const struct hl_vma *a, const struct hl_vma *b)
{
	return a->start == b->start && a->end == b->end && a->prot == b->prot &&
	       a->kind == b->kind;
}

int hl_warm_take(const struct hl_module *cm, uint64_t stack_size, struct hl_warm_slot *w)
{
	struct hl_module *m = (struct hl_module *)cm; /* the list only */
	int found = 0;
	pthread_mutex_lock(&lock);
	for (unsigned i = m->nwarm; i-- > 0;) {
		if (m->warm[i].stack_size == stack_size) {
			*w = m->warm[i];
			m->warm[i] = m->warm[--m->nwarm];
			found = 1;
			break;
		}
	}
	pthread_mutex_unlock(&lock);
	return found;
}

/* Empties the slot as the header says; 0, or -1 if the layout changed or
 * a system call failed. */
static int empty_slot(struct hl_sandbox *sb)
{
	const struct hl_mem *m = &sb->mem;
	size_t j = 0;
	for (size_t i = 0; i < m->n; i++) {
		const struct hl_vma *v = &m->v[i];
		if (j < sb->nlayout && same(v, &sb->layout[j])) {
			j++;
			continue;
		}
		/* Made since: both lists are sorted and disjoint, so v lies
		 * between layout[j - 1] and layout[j] unless it overlaps one,
		 * which then no longer matches and fails the count below. */
		void *p = sb->base + v->start;
		if (mmap(p, v->end - v->start, PROT_NONE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0) != p)
			return -1;
	}
	if (j != sb->nlayout)
		return -1;
	for (size_t k = 0; k < sb->nlayout; k++) {
		const struct hl_vma *v = &sb->layout[k];
		if (!(v->prot & PROT_WRITE))
			continue;
		uint64_t start = v->start, end = v->end;
		const uint8_t *file =
		    v->kind == HL_VMA_IMAGE ? hl_image_rw(sb->mod, start, end) : NULL;
		if (file) {
			memcpy(sb->base + start, file, end - start);
			continue;
		}
		if (v->kind == HL_VMA_STACK && end - start > STACK_HOT) {
			memset(sb->base + end - STACK_HOT, 0, STACK_HOT);
			end -= STACK_HOT;
		}
		if (madvise(sb->base + start, end - start, MADV_DONTNEED))
			return -1;
	}
	return 0;
}

int hl_warm_keep(struct hl_sandbox *sb)
{
	struct hl_module *m = (struct hl_module *)sb->mod;
	if (!sb->pooled || !sb->layout || m->image_state <= 0)
		return 0;
	pthread_mutex_lock(&lock);
	if (!m->warm)
		m->warm = calloc(HL_WARM_MAX, sizeof *m->warm);
	/* A place is held while the slot is emptied, without the lock. */
	int room = m->warm && m->nwarm + m->warm_pending < HL_WARM_MAX;
	m->warm_pending += room;
	pthread_mutex_unlock(&lock);
	if (!room)
		return 0;
	int ok = empty_slot(sb) == 0;
	pthread_mutex_lock(&lock);
	m->warm_pending--;
	if (ok) {
		m->warm[m->nwarm++] = (struct hl_warm_slot){.base = sb->base,
							    .stack_size = sb->stack_size,
							    .layout = sb->layout,
							    .n = sb->nlayout};
		sb->layout = NULL; /* the list's now */
	}
	pthread_mutex_unlock(&lock);
	return ok;
}

void hl_warm_release(struct hl_module *m)
{
	for (unsigned i = 0; i < m->nwarm; i++) {
		hl_slot_put(m->warm[i].base);
		free(m->warm[i].layout);
	}
	free(m->warm);
	m->warm = NULL;
	m->nwarm = 0;
}
