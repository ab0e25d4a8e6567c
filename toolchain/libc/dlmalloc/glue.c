/* Doug Lea's malloc (dlmalloc 2.8.6, public domain: the copy in Debian's
 * wasi-libc source package, the allocator WebAssembly programs built with
 * wasi-libc use) as musl's allocator. musl 1.2 takes its allocator from
 * src/malloc/$(MALLOC_DIR) (configure --with-malloc=DIR); the libc build
 * scripts copy this file and dlmalloc's malloc.c (as dlmalloc.inc, so that
 * musl's Makefile does not compile it on its own) into
 * src/malloc/dlmalloc/ of the musl source and configure
 * --with-malloc=dlmalloc (toolchain/libc/musl-config.sh).
 *
 * musl's generic layer (src/malloc/*.c: malloc, calloc, free, realloc,
 * memalign, posix_memalign) calls what an allocator directory defines:
 * __libc_malloc_impl, __libc_realloc, __libc_free, aligned_alloc,
 * malloc_usable_size, __malloc_donate (the dynamic linker's spare pages:
 * unused in static programs) and __malloc_atfork (fork's lock handling).
 *
 * Configuration: the heap grows with the brk system call as musl's own
 * allocators grow theirs (musl's sbrk refuses to grow it), contiguous and
 * never trimmed, and dlmalloc falls back to mmap when brk fails (the
 * sandbox's brk area is bounded) and maps large blocks (256 KiB and more)
 * on their own; locks are musl's internal ones (free while the program has
 * one thread); dlmalloc's upstream code paths (wasi-libc's changes for
 * WebAssembly are under #ifndef __wasilibc_unmodified_upstream).
 *
 * Why brk rather than mmap only: the heap then stays low in the address
 * space, as before, instead of in mmap's area right below the main stack,
 * whose guard page a frame larger than a page would jump into the heap
 * (tests/embed: "a stack overflow is reported as one"). */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <sys/mman.h>

#include <stdint.h>

#include "atomic.h"
#include "dynlink.h"
#include "fork_impl.h"
#include "libc.h"
#include "lock.h"
#include "syscall.h"

/* dlmalloc's MORECORE: sbrk through the brk system call (called with its
 * global lock held). */
static void *morecore(intptr_t inc)
{
	static uintptr_t cur;
	if (!cur)
		cur = __syscall(SYS_brk, 0);
	if (inc < 0 || (uintptr_t)inc > UINTPTR_MAX - cur)
		return (void *)-1;
	if (inc && __syscall(SYS_brk, cur + inc) != (long)(cur + inc))
		return (void *)-1;
	cur += inc;
	return (void *)(cur - inc);
}

#define __wasilibc_unmodified_upstream 1
#define HAVE_MORECORE 1
#define MORECORE morecore
#define MORECORE_CONTIGUOUS 1
/* The heap grows by 64 KiB at least (dlmalloc's default with a contiguous
 * MORECORE is a page): SQLite's speedtest1 made 6,142 brk calls with
 * pages, each a runtime call in the sandbox. */
#define DEFAULT_GRANULARITY ((size_t)64U * 1024U)
#define MORECORE_CANNOT_TRIM 1
#define HAVE_MMAP 1
#define LACKS_TIME_H 1
#define NO_MALLINFO 1
#define NO_MALLOC_STATS 1
#define MALLOC_ALIGNMENT 16
#define USE_DL_PREFIX 1
#define DLMALLOC_EXPORT static inline
#define ABORT a_crash()

/* musl's internal lock, whose fast paths (no lock while the program has
 * one thread; nothing to wake on release unless taken) are inlined here:
 * malloc and free take the lock once each. */
#define USE_LOCKS 2
#define MLOCK_T volatile int
#define INITIAL_LOCK(lk) (*(lk) = 0, 0)
#define DESTROY_LOCK(lk) (0)
#define ACQUIRE_LOCK(lk) (libc.need_locks ? (__lock(lk), 0) : 0)
#define RELEASE_LOCK(lk) (*(lk) < 0 ? __unlock(lk) : (void)0)
#define TRY_LOCK(lk) (__lock(lk), 1)
static MLOCK_T malloc_global_mutex = 0;

static size_t dlmalloc_usable_size(void *);

/* With NO_MALLOC_STATS, dlmalloc still declares dlmalloc_stats (static
 * here, through DLMALLOC_EXPORT) without defining it. */
#pragma GCC diagnostic ignored "-Wunused-function"
#include "dlmalloc.inc"

void *__libc_malloc_impl(size_t n)
{
	return dlmalloc(n);
}

void *__libc_realloc(void *p, size_t n)
{
	return dlrealloc(p, n);
}

void __libc_free(void *p)
{
	dlfree(p);
}

void *aligned_alloc(size_t align, size_t len)
{
	if (align & (align - 1)) {
		errno = EINVAL;
		return 0;
	}
	return dlmemalign(align, len);
}

size_t malloc_usable_size(void *p)
{
	return p ? dlmalloc_usable_size(p) : 0;
}

void __malloc_donate(char *start, char *end)
{
	(void)start;
	(void)end;
}

/* Around fork (src/process/fork.c): who < 0 before, 0 in the parent
 * after, > 0 in the child after (its only thread: the locks start free). */
void __malloc_atfork(int who)
{
	if (who < 0) {
		__lock(&malloc_global_mutex);
		__lock(&gm->mutex);
	} else if (!who) {
		__unlock(&gm->mutex);
		__unlock(&malloc_global_mutex);
	} else {
		gm->mutex = 0;
		malloc_global_mutex = 0;
	}
}
