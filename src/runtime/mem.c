/* The memory map of a sandbox (mem.h): mmap, munmap, mprotect, mremap,
 * brk and madvise with Linux semantics inside the slot.
 *
 * Invariants kept here:
 *  - the slot stays reserved: a range is "unmapped" by mapping fresh
 *    PROT_NONE pages over it, and every host mapping made here is
 *    MAP_FIXED inside [LOW, TOP); the table page, the reserved page range
 *    below LOW and the top guard are never touched (I1, I4);
 *  - W^X: no range is ever writable and executable at once, and a range
 *    becomes executable only after its bytes were validated in place while
 *    the sandbox could not write them (I2). Only private anonymous memory
 *    can become executable: a file mapping can change under a private
 *    mapping (write() to the file), so an executable file mapping is a
 *    private copy of the file's bytes;
 *  - m->v mirrors the host mappings of [LOW, TOP), and m->committed is the
 *    size of its accessible part.
 *
 * Every public function but hl_mem_init/hl_mem_record/hl_mem_free holds
 * sb->lock for its whole operation, so validation never races with another
 * sandbox thread's mmap or mprotect. Errors that Linux does not define
 * for the sandbox's reserved areas are -EINVAL (mmap MAP_FIXED, munmap,
 * madvise, mremap there) and -EACCES (mprotect of the table page). */
#include "runtime/mem.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "runtime/sandbox.h"

#define SLOT HV_SANDBOX_SIZE
/* First address the module may map: below are the bottom guard, the
 * runtime-call table and its reserved pages (docs/abi.md section 2). */
#define LOW 0x20000u
#define TOP (HV_SANDBOX_SIZE - HV_GUARD_SIZE)
#define PAGE_MASK ((uint64_t)HL_PAGE - 1)
#define RWX (PROT_READ | PROT_WRITE | PROT_EXEC)
#define HEAP_MAX (1ull << 30)

static uint64_t page_up(uint64_t a)
{
	return (a + PAGE_MASK) & ~PAGE_MASK;
}

/* len rounded up to pages, or 0 if len is 0 or larger than the slot. */
static uint64_t page_len(uint64_t len)
{
	return len == 0 || len > SLOT ? 0 : page_up(len);
}

/* Whether [a, a + len) lies in the part of the slot the module may map. */
static int usable(uint64_t a, uint64_t len)
{
	return a >= LOW && a <= TOP && len <= TOP - a;
}

static void *hp(const struct hl_sandbox *sb, uint64_t a)
{
	return sb->base + a;
}

/* ---- the vma array ---- */

/* Room for extra more vmas. Every change needs at most 3, reserved before
 * the host is touched so that recording the result cannot fail. */
static int reserve(struct hl_mem *m, size_t extra)
{
	if (m->n + extra <= m->cap)
		return 0;
	size_t cap = m->cap ? m->cap : 16;
	while (cap < m->n + extra)
		cap *= 2;
	struct hl_vma *v = realloc(m->v, cap * sizeof *v);
	if (!v)
		return -ENOMEM;
	m->v = v;
	m->cap = cap;
	return 0;
}

/* Index of the first vma that ends after a (m->n if none). */
static size_t lookup(const struct hl_mem *m, uint64_t a)
{
	size_t lo = 0, hi = m->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->v[mid].end <= a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int overlaps(const struct hl_mem *m, uint64_t start, uint64_t end)
{
	size_t i = lookup(m, start);
	return i < m->n && m->v[i].start < end;
}

/* Whether every page of [start, end) belongs to a vma. */
static int covered(const struct hl_mem *m, uint64_t start, uint64_t end)
{
	uint64_t a = start;
	for (size_t i = lookup(m, start); i < m->n && a < end; i++) {
		if (m->v[i].start > a)
			return 0;
		a = m->v[i].end;
	}
	return a >= end;
}

/* Bytes of [start, end) that count against the limit. */
static uint64_t committed_in(const struct hl_mem *m, uint64_t start, uint64_t end)
{
	uint64_t c = 0;
	for (size_t i = lookup(m, start); i < m->n && m->v[i].start < end; i++) {
		const struct hl_vma *v = &m->v[i];
		if (v->prot != PROT_NONE)
			c += (v->end < end ? v->end : end) - (v->start > start ? v->start : start);
	}
	return c;
}

/* Whether a vma in [start, end) is of kind, or has a prot bit of prot_any. */
static int any_in(const struct hl_mem *m, uint64_t start, uint64_t end, int kind, int prot_any)
{
	for (size_t i = lookup(m, start); i < m->n && m->v[i].start < end; i++)
		if (m->v[i].kind == kind || (m->v[i].prot & prot_any))
			return 1;
	return 0;
}

/* Would committing to new_committed break the limit? */
static int over_limit(const struct hl_mem *m, uint64_t new_committed)
{
	return m->limit && new_committed > m->limit;
}

/* Merges neighbours that differ in nothing (not file mappings: their
 * offsets need not be contiguous) and recounts the committed bytes. */
static void normalize(struct hl_mem *m)
{
	size_t o = 0;
	uint64_t c = 0;
	for (size_t i = 0; i < m->n; i++) {
		struct hl_vma v = m->v[i];
		struct hl_vma *p = o ? &m->v[o - 1] : NULL;
		if (p && p->end == v.start && p->prot == v.prot && p->kind == v.kind &&
		    v.kind != HL_VMA_FILE && v.kind != HL_VMA_TABLE)
			p->end = v.end;
		else
			m->v[o++] = v;
	}
	m->n = o;
	for (size_t i = 0; i < m->n; i++)
		if (m->v[i].prot != PROT_NONE)
			c += m->v[i].end - m->v[i].start;
	m->committed = c;
}

/* Makes a a vma boundary if a vma contains it. Needs one spare slot. */
static void split_at(struct hl_mem *m, uint64_t a)
{
	size_t i = lookup(m, a);
	if (i == m->n || m->v[i].start >= a)
		return;
	memmove(&m->v[i + 1], &m->v[i], (m->n - i) * sizeof *m->v);
	m->n++;
	m->v[i].end = a;
	m->v[i + 1].start = a;
}

/* Records [start, end) as one vma (prot, kind), or as unmapped if prot is
 * negative, replacing what was there. Needs 2 spare slots (reserve). */
static void set_range(struct hl_mem *m, uint64_t start, uint64_t end, int prot, int kind)
{
	split_at(m, start);
	split_at(m, end);
	size_t i = lookup(m, start), j = i;
	while (j < m->n && m->v[j].start < end)
		j++;
	size_t keep = prot >= 0;
	memmove(&m->v[i + keep], &m->v[j], (m->n - j) * sizeof *m->v);
	m->n = m->n - (j - i) + keep;
	if (keep)
		m->v[i] = (struct hl_vma){.start = start, .end = end, .prot = prot, .kind = kind};
	normalize(m);
}

/* Changes the protection of the vmas in [start, end), keeping their kinds.
 * Needs 2 spare slots. */
static void set_prot(struct hl_mem *m, uint64_t start, uint64_t end, int prot)
{
	split_at(m, start);
	split_at(m, end);
	for (size_t i = lookup(m, start); i < m->n && m->v[i].start < end; i++)
		m->v[i].prot = prot;
	normalize(m);
}

/* The highest [a, a + size) in [lo, hi) that no vma overlaps. */
static int find_free(const struct hl_mem *m, uint64_t lo, uint64_t hi, uint64_t size, uint64_t *out)
{
	if (hi <= lo || hi - lo < size)
		return 0;
	/* Gap k lies below v[k]: [v[k-1].end, v[k].start). Gaps above the
	 * first vma ending after hi start above hi. */
	for (size_t k = lookup(m, hi) + 1; k-- > 0;) {
		uint64_t g_lo = k > 0 ? m->v[k - 1].end : 0;
		uint64_t g_hi = k < m->n ? m->v[k].start : SLOT;
		uint64_t s = g_lo > lo ? g_lo : lo, e = g_hi < hi ? g_hi : hi;
		if (e > s && e - s >= size) {
			*out = e - size;
			return 1;
		}
		if (g_lo <= lo)
			break;
	}
	return 0;
}

/* Where mmap without MAP_FIXED puts size bytes: at the hint if it is free,
 * else top-down in the mmap area, else top-down anywhere below it. */
static int64_t choose(const struct hl_mem *m, uint64_t hint, uint64_t size)
{
	uint64_t a;
	if (hint) {
		a = page_up(hint);
		if (usable(a, size) && !overlaps(m, a, a + size))
			return (int64_t)a;
	}
	if (find_free(m, m->mmap_min, m->mmap_max, size, &a) ||
	    find_free(m, LOW, m->mmap_max > LOW ? m->mmap_max : TOP, size, &a))
		return (int64_t)a;
	return -ENOMEM;
}

/* ---- the host mappings ---- */

/* After a MAP_FIXED into the slot failed, the kernel may have removed the
 * old mapping before failing (older kernels do), leaving a hole that a
 * host mmap could take (I1). Refills [a, a + len) with PROT_NONE if there
 * is a hole, and returns 1 then (the old contents are gone); 0 if the
 * range is still mapped. msync fails with ENOMEM on unmapped pages. */
static int ensure_reserved(struct hl_sandbox *sb, uint64_t a, uint64_t len)
{
	void *p = hp(sb, a);
	if (msync(p, len, MS_ASYNC) == 0 || errno != ENOMEM)
		return 0;
	for (int i = 0; i < 3; i++)
		if (mmap(p, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE,
			 -1, 0) == p)
			return 1;
	fprintf(stderr, "halite: cannot restore the reservation of a sandbox slot: %s\n",
		strerror(errno));
	abort();
}

/* Replaces [a, a + len) with fresh PROT_NONE pages: the unmapped state of
 * a slot page (zero, not committed, still reserved). On failure nothing
 * changed. */
static int host_clear(struct hl_sandbox *sb, uint64_t a, uint64_t len)
{
	void *p = hp(sb, a);
	if (mmap(p, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE, -1,
		 0) == p)
		return 0;
	int e = errno;
	return ensure_reserved(sb, a, len) ? 0 : -e;
}

/* Gives the pages of [start, end) back the protection recorded for them. */
static void restore_prot(struct hl_sandbox *sb, uint64_t start, uint64_t end)
{
	const struct hl_mem *m = &sb->mem;
	for (size_t i = lookup(m, start); i < m->n && m->v[i].start < end; i++) {
		uint64_t s = m->v[i].start > start ? m->v[i].start : start;
		uint64_t e = m->v[i].end < end ? m->v[i].end : end;
		mprotect(hp(sb, s), e - s, m->v[i].prot);
	}
}

/* Validates the len bytes at code as code at sandbox address vaddr.
 * Returns 0, -EACCES (violations) or -ENOMEM. */
static int validate(const struct hl_sandbox *sb, const uint8_t *code, uint64_t len, uint64_t vaddr)
{
	void *scratch = malloc(hv_scratch_size(len));
	if (!scratch)
		return -ENOMEM;
	size_t bad = hv_validate(code, len, vaddr, &sb->policy, scratch, NULL, NULL);
	free(scratch);
	return bad ? -EACCES : 0;
}

/* Discards [a, a + len) after a failed attempt left it with protection
 * prot and unvalidated contents: unmaps it, or if even that fails records
 * what is there (never executable). */
static void discard(struct hl_sandbox *sb, uint64_t a, uint64_t len, int prot)
{
	if (host_clear(sb, a, len))
		set_range(&sb->mem, a, a + len, prot, HL_VMA_MMAP);
	else
		set_range(&sb->mem, a, a + len, -1, 0);
}

/* Maps fresh private anonymous memory at [a, a + len) with prot, replacing
 * what was there. If prot is executable, the contents are code (or zeros
 * if NULL), validated in place once the sandbox can no longer write them.
 * Capacity for the map was reserved. */
static int map_anon(struct hl_sandbox *sb, uint64_t a, uint64_t len, int prot, const uint8_t *code)
{
	struct hl_mem *m = &sb->mem;
	void *p = hp(sb, a);
	int r = host_clear(sb, a, len);
	if (r)
		return r;
	set_range(m, a, a + len, -1, 0); /* whatever was there is gone */
	if (!(prot & PROT_EXEC)) {
		if (prot != PROT_NONE && mprotect(p, len, prot))
			return -errno; /* stays unmapped */
		set_range(m, a, a + len, prot, HL_VMA_MMAP);
		return 0;
	}
	if (code) {
		if (mprotect(p, len, PROT_READ | PROT_WRITE)) {
			r = -errno;
			discard(sb, a, len, PROT_NONE);
			return r;
		}
		memcpy(p, code, len);
	}
	if (mprotect(p, len, PROT_READ)) {
		r = -errno;
		discard(sb, a, len, code ? PROT_READ | PROT_WRITE : PROT_NONE);
		return r;
	}
	if ((r = validate(sb, p, len, a)) || (mprotect(p, len, prot) && (r = -errno))) {
		discard(sb, a, len, PROT_READ);
		return r;
	}
	set_range(m, a, a + len, prot, HL_VMA_MMAP);
	return 0;
}

/* Reads len bytes of hostfd at off into buf; past the end of the file the
 * bytes stay zero (as in the last page of a mapping). */
static int read_file(int hostfd, uint8_t *buf, uint64_t len, uint64_t off)
{
	uint64_t done = 0;
	while (done < len) {
		ssize_t n = pread(hostfd, buf + done, len - done, (off_t)(off + done));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno == EBADF ? -EACCES : -errno;
		if (n == 0)
			break;
		done += (uint64_t)n;
	}
	return 0;
}

/* ---- the API ---- */

int hl_mem_record(struct hl_mem *m, uint64_t start, uint64_t end, int prot, int kind)
{
	if ((start & PAGE_MASK) || (end & PAGE_MASK) || start >= end || end > SLOT || (prot & ~RWX))
		return -EINVAL;
	if (reserve(m, 3))
		return -ENOMEM;
	set_range(m, start, end, prot, kind);
	return 0;
}

int hl_mem_init(struct hl_sandbox *sb, uint64_t image_end, uint64_t stack_low)
{
	struct hl_mem *m = &sb->mem;
	uint64_t start = image_end > TOP ? TOP : page_up(image_end);
	if (start < LOW)
		start = LOW;
	/* The mmap area ends a guard page below the main stack. */
	uint64_t top = stack_low > start && stack_low <= TOP ? stack_low & ~PAGE_MASK : TOP;
	if (top - start > HL_PAGE)
		top -= HL_PAGE;
	uint64_t heap = (top - start) / 2;
	if (heap > HEAP_MAX)
		heap = HEAP_MAX;
	m->brk_start = m->brk_cur = start;
	m->brk_max = start + (heap & ~PAGE_MASK);
	m->mmap_min = m->brk_max;
	m->mmap_max = top;
	m->limit = sb->cfg.memory_limit;
	normalize(m);
	return 0;
}

void hl_mem_free(struct hl_mem *m)
{
	free(m->v);
	memset(m, 0, sizeof *m);
}

int64_t hl_mem_mmap(struct hl_sandbox *sb, uint64_t addr, uint64_t len, int prot, int flags,
		    int hostfd, uint64_t off)
{
	const int known = MAP_TYPE | MAP_ANONYMOUS | MAP_FIXED | MAP_FIXED_NOREPLACE |
			  MAP_NORESERVE | MAP_STACK | MAP_POPULATE | MAP_NONBLOCK | MAP_DENYWRITE |
			  MAP_EXECUTABLE;
	int type = flags & MAP_TYPE;
	if ((flags & ~known) ||
	    (type != MAP_PRIVATE && type != MAP_SHARED && type != MAP_SHARED_VALIDATE))
		return -EINVAL;
	int shared = type != MAP_PRIVATE, anon = flags & MAP_ANONYMOUS;
	int fixed = flags & (MAP_FIXED | MAP_FIXED_NOREPLACE);
	if (prot & ~RWX)
		return -EINVAL;
	if ((prot & PROT_WRITE) && (prot & PROT_EXEC))
		return -EACCES;
	if (prot & PROT_EXEC)
		prot |= PROT_READ;
	if (anon && shared)
		return -EINVAL; /* shared anonymous memory is not supported */
	if (!anon && hostfd < 0)
		return -EBADF;
	if ((off & PAGE_MASK) || len == 0)
		return -EINVAL;
	uint64_t size = page_len(len);
	if (!size)
		return -ENOMEM;
	if (!anon && off + size < off)
		return -EOVERFLOW;
	if (fixed && ((addr & PAGE_MASK) || !usable(addr, size)))
		return -EINVAL;
	if (shared && (prot & PROT_EXEC))
		return -EACCES; /* executable memory is a private copy; see top */

	/* File checks and reads happen before the lock (handlers do not
	 * block holding it). A trial mapping outside the slot gives the
	 * errors Linux would (access mode, file type). */
	if (!anon) {
		int mprot = prot & ~PROT_EXEC;
		void *t =
		    mmap(NULL, size, mprot, shared ? MAP_SHARED : MAP_PRIVATE, hostfd, (off_t)off);
		if (t == MAP_FAILED)
			return -errno;
		munmap(t, size);
	}
	uint8_t *code = NULL;
	if ((prot & PROT_EXEC) && (!anon || fixed)) {
		/* The bytes to validate. With MAP_FIXED, validate them once
		 * first so that invalid code leaves the old mapping alone. */
		if (!(code = calloc(1, size)))
			return -ENOMEM;
		int r = anon ? 0 : read_file(hostfd, code, size, off);
		if (!r && fixed)
			r = validate(sb, code, size, addr);
		if (r) {
			free(code);
			return r;
		}
	}

	struct hl_mem *m = &sb->mem;
	int64_t r;
	pthread_mutex_lock(&sb->lock);
	uint64_t a = addr;
	if (!fixed)
		r = choose(m, addr, size);
	else if ((flags & MAP_FIXED_NOREPLACE) && overlaps(m, addr, addr + size))
		r = -EEXIST;
	else
		r = (int64_t)addr;
	if (r < 0)
		goto out;
	a = (uint64_t)r;
	if (over_limit(m, m->committed - committed_in(m, a, a + size) +
			      (prot != PROT_NONE ? size : 0))) {
		r = -ENOMEM;
		goto out;
	}
	if (reserve(m, 3)) {
		r = -ENOMEM;
		goto out;
	}
	if (anon || (prot & PROT_EXEC)) {
		r = map_anon(sb, a, size, prot, anon ? NULL : code);
	} else {
		void *p = hp(sb, a);
		int mflags = (shared ? MAP_SHARED : MAP_PRIVATE) | MAP_FIXED |
			     (flags & (MAP_NORESERVE | MAP_POPULATE));
		r = 0;
		if (mmap(p, size, prot, mflags, hostfd, (off_t)off) != p) {
			r = -errno;
			if (ensure_reserved(sb, a, size))
				set_range(m, a, a + size, -1, 0);
		} else {
			set_range(m, a, a + size, prot, HL_VMA_FILE);
		}
	}
	if (r == 0)
		r = (int64_t)a;
out:
	pthread_mutex_unlock(&sb->lock);
	free(code);
	return r;
}

int64_t hl_mem_munmap(struct hl_sandbox *sb, uint64_t addr, uint64_t len)
{
	uint64_t size = page_len(len);
	if ((addr & PAGE_MASK) || !size || !usable(addr, size))
		return -EINVAL;
	struct hl_mem *m = &sb->mem;
	int64_t r = 0;
	pthread_mutex_lock(&sb->lock);
	if (!overlaps(m, addr, addr + size))
		r = 0; /* nothing mapped: fine */
	else if (reserve(m, 3))
		r = -ENOMEM;
	else if (!(r = host_clear(sb, addr, size)))
		set_range(m, addr, addr + size, -1, 0);
	pthread_mutex_unlock(&sb->lock);
	return r;
}

int64_t hl_mem_mprotect(struct hl_sandbox *sb, uint64_t addr, uint64_t len, int prot)
{
	if ((addr & PAGE_MASK) || (prot & ~RWX))
		return -EINVAL;
	if ((prot & PROT_WRITE) && (prot & PROT_EXEC))
		return -EACCES;
	if (prot & PROT_EXEC)
		prot |= PROT_READ;
	if (len == 0)
		return 0;
	uint64_t size = page_len(len);
	if (!size || addr > SLOT || size > SLOT - addr)
		return -ENOMEM;
	uint64_t end = addr + size;
	struct hl_mem *m = &sb->mem;
	void *p = hp(sb, addr);
	int64_t r = 0;
	pthread_mutex_lock(&sb->lock);
	if (any_in(m, addr, end, HL_VMA_TABLE, 0))
		r = -EACCES; /* I4 */
	else if (!usable(addr, size) || !covered(m, addr, end))
		r = -ENOMEM; /* unmapped pages, as in Linux */
	else if ((prot & PROT_EXEC) && any_in(m, addr, end, HL_VMA_FILE, 0))
		r = -EACCES; /* see the top: only anonymous memory runs */
	else if (over_limit(m, m->committed - committed_in(m, addr, end) +
				   (prot != PROT_NONE ? size : 0)))
		r = -ENOMEM;
	else if (reserve(m, 3))
		r = -ENOMEM;
	if (r)
		goto out;
	if (!(prot & PROT_EXEC)) {
		if (mprotect(p, size, prot)) {
			r = -errno;
			restore_prot(sb, addr, end);
			goto out;
		}
	} else {
		/* Take write access away first: from then on the bytes
		 * validated are the bytes that will run. */
		if (mprotect(p, size, PROT_READ) || (r = validate(sb, p, size, addr)) ||
		    mprotect(p, size, prot)) {
			if (!r)
				r = -errno;
			restore_prot(sb, addr, end);
			goto out;
		}
	}
	set_prot(m, addr, end, prot);
out:
	pthread_mutex_unlock(&sb->lock);
	return r;
}

/* Grows [old, old + osz) (of vma v) to nsz bytes at a fresh place: copies
 * the bytes, then unmaps the old range. */
static int64_t move(struct hl_sandbox *sb, const struct hl_vma *v, uint64_t old, uint64_t osz,
		    uint64_t nsz)
{
	struct hl_mem *m = &sb->mem;
	int64_t r = choose(m, 0, nsz);
	if (r < 0)
		return r;
	uint64_t a = (uint64_t)r;
	void *dst = hp(sb, a), *src = hp(sb, old);
	if ((r = host_clear(sb, a, nsz)))
		return r;
	if (mprotect(dst, nsz, PROT_READ | PROT_WRITE) ||
	    (!(v->prot & PROT_READ) && mprotect(src, osz, PROT_READ))) {
		r = -errno;
		host_clear(sb, a, nsz);
		mprotect(src, osz, v->prot);
		return r;
	}
	memcpy(dst, src, osz);
	if (v->prot != (PROT_READ | PROT_WRITE))
		mprotect(dst, nsz, v->prot); /* dropping rights does not fail */
	set_range(m, a, a + nsz, v->prot, v->kind);
	if (host_clear(sb, old, osz))
		mprotect(src, osz, v->prot); /* stays mapped, as recorded */
	else
		set_range(m, old, old + osz, -1, 0);
	return (int64_t)a;
}

int64_t hl_mem_mremap(struct hl_sandbox *sb, uint64_t old, uint64_t oldlen, uint64_t newlen,
		      int flags, uint64_t newaddr)
{
	(void)newaddr; /* only with MREMAP_FIXED, which is not supported */
	if ((flags & ~MREMAP_MAYMOVE) || (old & PAGE_MASK) || oldlen == 0 || newlen == 0)
		return -EINVAL;
	uint64_t osz = page_len(oldlen), nsz = page_len(newlen);
	if (!osz || !usable(old, osz))
		return -EFAULT;
	if (!nsz)
		return -ENOMEM;
	struct hl_mem *m = &sb->mem;
	int64_t r = (int64_t)old;
	pthread_mutex_lock(&sb->lock);
	size_t i = lookup(m, old);
	if (i == m->n || m->v[i].start > old || m->v[i].end < old + osz) {
		r = -EFAULT; /* not one mapping */
		goto out;
	}
	struct hl_vma v = m->v[i];
	if (reserve(m, 3)) {
		r = -ENOMEM;
		goto out;
	}
	if (nsz <= osz) {
		int e = nsz < osz ? host_clear(sb, old + nsz, osz - nsz) : 0;
		if (e)
			r = e;
		else if (nsz < osz)
			set_range(m, old + nsz, old + osz, -1, 0);
		goto out;
	}
	uint64_t extra = nsz - osz;
	if (v.kind == HL_VMA_FILE || (v.prot & PROT_EXEC)) {
		r = -EINVAL; /* file mappings and code never grow */
		goto out;
	}
	if (over_limit(m, m->committed + (v.prot != PROT_NONE ? extra : 0))) {
		r = -ENOMEM;
		goto out;
	}
	if (usable(old, nsz) && !overlaps(m, old + osz, old + nsz)) {
		uint64_t a = old + osz;
		int e = host_clear(sb, a, extra);
		if (!e && v.prot != PROT_NONE && mprotect(hp(sb, a), extra, v.prot))
			e = -errno;
		if (e)
			r = e;
		else
			set_range(m, a, a + extra, v.prot, v.kind);
	} else if (!(flags & MREMAP_MAYMOVE)) {
		r = -ENOMEM;
	} else if (v.kind != HL_VMA_MMAP) {
		r = -EINVAL; /* the image, the heap and the main stack stay put */
	} else {
		r = move(sb, &v, old, osz, nsz);
	}
out:
	pthread_mutex_unlock(&sb->lock);
	return r;
}

int64_t hl_mem_brk(struct hl_sandbox *sb, uint64_t addr)
{
	struct hl_mem *m = &sb->mem;
	pthread_mutex_lock(&sb->lock);
	uint64_t cur = m->brk_cur;
	if (addr < m->brk_start || addr > m->brk_max)
		goto out;
	uint64_t olde = page_up(cur), newe = page_up(addr);
	if (newe > olde) {
		uint64_t grow = newe - olde;
		if (overlaps(m, olde, newe) || over_limit(m, m->committed + grow) ||
		    reserve(m, 3) || host_clear(sb, olde, grow))
			goto out;
		if (mprotect(hp(sb, olde), grow, PROT_READ | PROT_WRITE))
			goto out;
		set_range(m, olde, newe, PROT_READ | PROT_WRITE, HL_VMA_BRK);
	} else if (newe < olde) {
		if (reserve(m, 3) || host_clear(sb, newe, olde - newe))
			goto out;
		set_range(m, newe, olde, -1, 0);
	}
	m->brk_cur = cur = addr;
out:
	pthread_mutex_unlock(&sb->lock);
	return (int64_t)cur;
}

int64_t hl_mem_madvise(struct hl_sandbox *sb, uint64_t addr, uint64_t len, int advice)
{
	if (addr & PAGE_MASK)
		return -EINVAL;
	if (len == 0)
		return 0;
	uint64_t size = page_len(len);
	if (!size || !usable(addr, size))
		return -EINVAL;
	uint64_t end = addr + size;
	const struct hl_mem *m = &sb->mem;
	int64_t r = 0;
	pthread_mutex_lock(&sb->lock);
	if (advice == MADV_DONTNEED || advice == MADV_FREE) {
		/* MADV_FREE is MADV_DONTNEED here: a lazily freed page
		 * that the kernel reclaims after it was validated would turn
		 * into zeros under the code. Code is never dropped (zeros
		 * are not validated code); neither are file pages. */
		for (size_t i = lookup(m, addr); i < m->n && m->v[i].start < end; i++) {
			const struct hl_vma *v = &m->v[i];
			if ((v->prot & PROT_EXEC) || v->kind == HL_VMA_FILE)
				continue;
			uint64_t s = v->start > addr ? v->start : addr;
			uint64_t e = v->end < end ? v->end : end;
			if (madvise(hp(sb, s), e - s, MADV_DONTNEED))
				r = -errno;
		}
	}
	if (!r && !covered(m, addr, end))
		r = -ENOMEM; /* Linux: applied to what is mapped, then ENOMEM */
	pthread_mutex_unlock(&sb->lock);
	return r;
}

int hl_mem_is_mapped(struct hl_sandbox *sb, uint64_t addr, uint64_t len, int prot)
{
	if (len == 0)
		len = 1; /* the byte at addr */
	if (addr >= SLOT || len > SLOT - addr)
		return 0;
	uint64_t start = addr & ~PAGE_MASK, end = page_up(addr + len);
	const struct hl_mem *m = &sb->mem;
	int ok = 1;
	pthread_mutex_lock(&sb->lock);
	uint64_t a = start;
	for (size_t i = lookup(m, start); ok && i < m->n && a < end; i++) {
		if (m->v[i].start > a || (m->v[i].prot & prot) != prot)
			ok = 0;
		a = m->v[i].end;
	}
	ok = ok && a >= end;
	pthread_mutex_unlock(&sb->lock);
	return ok;
}
