/* Unit tests of the sandbox memory map (src/runtime/mem.c).
 *
 * Each case gets a fresh sandbox built by hand the way create.c does: a
 * reserved slot, the runtime-call table at 0x10000 (read-only), a two-page
 * image at 0x20000 (code R-X, data RW-), a 1 MiB stack under the top guard,
 * then hl_mem_init. After each case the map is checked against itself
 * (sorted, W^X, committed bytes) and against the host's /proc/self/maps
 * (every recorded page has its protection, every other page of the slot is
 * reserved PROT_NONE, and the reservation has no hole). Prints "ok NAME" or
 * "not ok NAME" per case, with the failed checks on stderr. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/mem.h"
#include "runtime/sandbox.h"

#define SLOT HV_SANDBOX_SIZE
#define GUARD HV_GUARD_SIZE
#define TOP (SLOT - GUARD)
#define PG HL_PAGE
#define RW (PROT_READ | PROT_WRITE)
#define RX (PROT_READ | PROT_EXEC)
#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)
#define IMAGE_END 0x22000u
#define STACK_LOW (TOP - (1u << 20))

static struct hl_sandbox *S;
static int failed, any_failed;

#define CHECK(c)                                                                                   \
	do {                                                                                       \
		if (!(c)) {                                                                        \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);      \
			failed = 1;                                                                \
		}                                                                                  \
	} while (0)
#define CHECK_EQ(a, b)                                                                             \
	do {                                                                                       \
		long long a_ = (long long)(a), b_ = (long long)(b);                                \
		if (a_ != b_) {                                                                    \
			fprintf(stderr, "%s:%d: %s == %lld, expected %s == %lld\n", __FILE__,      \
				__LINE__, #a, a_, #b, b_);                                         \
			failed = 1;                                                                \
		}                                                                                  \
	} while (0)

static uint8_t *H(uint64_t a)
{
	return S->base + a;
}

static void die(const char *what)
{
	perror(what);
	exit(2);
}

/* ---- the sandbox ---- */

static void *reservation;
static size_t reservation_size;

static void map_rec(uint64_t start, uint64_t end, int prot, int kind)
{
	if (mmap(H(start), end - start, RW, ANON | MAP_FIXED, -1, 0) != H(start))
		die("mmap");
	if (kind == HL_VMA_IMAGE && (prot & PROT_EXEC))
		memset(H(start), 0xf4, end - start);
	if (mprotect(H(start), end - start, prot) || hl_mem_record(&S->mem, start, end, prot, kind))
		die("record");
}

static void sb_new(void)
{
	S = calloc(1, sizeof *S);
	if (!S)
		die("calloc");
	reservation_size = 2 * SLOT + 2 * GUARD;
	uint8_t *p = mmap(NULL, reservation_size, PROT_NONE, ANON | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		die("reserve");
	reservation = p;
	S->base = (uint8_t *)(((uintptr_t)p + GUARD + SLOT - 1) & ~(uintptr_t)(SLOT - 1));
	pthread_mutex_init(&S->lock, NULL);
	hv_policy_default(&S->policy);
	map_rec(0x10000, 0x11000, PROT_READ, HL_VMA_TABLE);
	map_rec(0x20000, 0x21000, RX, HL_VMA_IMAGE);
	map_rec(0x21000, IMAGE_END, RW, HL_VMA_IMAGE);
	map_rec(STACK_LOW, TOP, RW, HL_VMA_STACK);
	if (hl_mem_init(S, IMAGE_END - 100, STACK_LOW))
		die("hl_mem_init");
}

static void sb_free(void)
{
	hl_mem_free(&S->mem);
	pthread_mutex_destroy(&S->lock);
	munmap(reservation, reservation_size);
	free(S);
	S = NULL;
}

/* ---- consistency checks ---- */

static const struct hl_vma *vma_at(uint64_t a)
{
	for (size_t i = 0; i < S->mem.n; i++)
		if (S->mem.v[i].start <= a && a < S->mem.v[i].end)
			return &S->mem.v[i];
	return NULL;
}

static void check_map(void)
{
	const struct hl_mem *m = &S->mem;
	uint64_t c = 0, prev = 0;
	for (size_t i = 0; i < m->n; i++) {
		const struct hl_vma *v = &m->v[i];
		CHECK(v->start < v->end && v->start >= prev && v->end <= SLOT);
		CHECK((v->start | v->end) % PG == 0);
		CHECK(!((v->prot & PROT_WRITE) && (v->prot & PROT_EXEC)));
		CHECK(v->end <= TOP && (v->start >= 0x20000 || v->kind == HL_VMA_TABLE));
		if (v->prot != PROT_NONE)
			c += v->end - v->start;
		prev = v->end;
	}
	CHECK_EQ(m->committed, c);
	CHECK(!m->limit || m->committed <= m->limit);
}

/* The host's view: "rwx" of the page at a of the slot, "" if unmapped. */
static void host_perms(uint64_t a, char out[4])
{
	uintptr_t want = (uintptr_t)H(a);
	out[0] = 0;
	FILE *f = fopen("/proc/self/maps", "r");
	if (!f)
		die("/proc/self/maps");
	char line[512];
	while (fgets(line, sizeof line, f)) {
		unsigned long s, e;
		char perms[8];
		if (sscanf(line, "%lx-%lx %7s", &s, &e, perms) == 3 && s <= want && want < e) {
			memcpy(out, perms, 3);
			out[3] = 0;
			break;
		}
	}
	fclose(f);
}

static const char *prot_str(int prot)
{
	static char s[4];
	s[0] = prot & PROT_READ ? 'r' : '-';
	s[1] = prot & PROT_WRITE ? 'w' : '-';
	s[2] = prot & PROT_EXEC ? 'x' : '-';
	s[3] = 0;
	return s;
}

/* Every host mapping of the reservation against the recorded map. */
static void check_host(void)
{
	uintptr_t lo = (uintptr_t)S->base - GUARD, hi = (uintptr_t)S->base + SLOT + GUARD;
	FILE *f = fopen("/proc/self/maps", "r");
	if (!f)
		die("/proc/self/maps");
	char line[512];
	uintptr_t seen = lo;
	while (fgets(line, sizeof line, f)) {
		unsigned long s, e;
		char perms[8];
		if (sscanf(line, "%lx-%lx %7s", &s, &e, perms) != 3 || e <= lo || s >= hi)
			continue;
		if (s > seen) {
			fprintf(stderr, "hole in the reservation at slot offset %lld\n",
				(long long)(seen - (uintptr_t)S->base));
			failed = 1;
		}
		if (s < lo)
			s = lo;
		if (e > hi)
			e = hi;
		seen = e;
		/* Compare page runs: the map changes only at vma bounds. */
		for (uintptr_t p = s; p < e;) {
			uint64_t a = p - (uintptr_t)S->base;
			const struct hl_vma *v =
			    p >= (uintptr_t)S->base && a < SLOT ? vma_at(a) : NULL;
			const char *want = prot_str(v ? v->prot : PROT_NONE);
			if (memcmp(perms, want, 3)) {
				fprintf(stderr, "slot offset 0x%llx: host %.3s, recorded %s\n",
					(unsigned long long)a, perms, want);
				failed = 1;
				break;
			}
			uintptr_t next = e;
			if (v && (uintptr_t)S->base + v->end < next)
				next = (uintptr_t)S->base + v->end;
			else if (!v) {
				size_t i = 0;
				while (i < S->mem.n && (uintptr_t)S->base + S->mem.v[i].start <= p)
					i++;
				if (i < S->mem.n && (uintptr_t)S->base + S->mem.v[i].start < next)
					next = (uintptr_t)S->base + S->mem.v[i].start;
			}
			p = next;
		}
	}
	fclose(f);
	if (seen < hi) {
		fprintf(stderr, "reservation ends early\n");
		failed = 1;
	}
}

/* Whether touching the slot at a kills a child process (write or read). */
static int faults(uint64_t a, int write)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		struct sigaction sa = {.sa_handler = SIG_DFL};
		sigaction(SIGSEGV, &sa, NULL);
		sigaction(SIGBUS, &sa, NULL);
		volatile uint8_t *p = H(a);
		if (write)
			*p = 1;
		else
			(void)*p;
		_exit(0);
	}
	int st;
	if (waitpid(pid, &st, 0) != pid)
		die("waitpid");
	return !(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

static int64_t do_mmap(uint64_t addr, uint64_t len, int prot, int flags)
{
	return hl_mem_mmap(S, addr, len, prot, flags, -1, 0);
}

/* A page of sandbox-valid code: mov $42,%eax then hlt. */
static void valid_code(uint8_t *p)
{
	memset(p, 0xf4, PG);
	static const uint8_t mov[] = {0xb8, 0x2a, 0x00, 0x00, 0x00};
	memcpy(p, mov, sizeof mov);
}

/* A page with a syscall instruction: never valid. */
static void invalid_code(uint8_t *p)
{
	memset(p, 0xf4, PG);
	p[64] = 0x0f;
	p[65] = 0x05;
}

static int tmpfile_with(const uint8_t *data, size_t len)
{
	char path[] = "/tmp/halite-test-mem-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		die("mkstemp");
	unlink(path);
	if (write(fd, data, len) != (ssize_t)len)
		die("write");
	return fd;
}

/* ---- cases ---- */

static void t_init_layout(void)
{
	const struct hl_mem *m = &S->mem;
	CHECK_EQ(m->brk_start, IMAGE_END);
	CHECK_EQ(m->brk_cur, IMAGE_END);
	CHECK_EQ(m->brk_max, IMAGE_END + (1ull << 30));
	CHECK_EQ(m->mmap_min, m->brk_max);
	CHECK_EQ(m->mmap_max, STACK_LOW - PG);
	CHECK_EQ(m->committed, 3 * PG + (1u << 20));
	CHECK(hl_mem_is_mapped(S, 0x10000, 8, PROT_READ));
	CHECK(!hl_mem_is_mapped(S, 0x10000, 8, PROT_WRITE));
	CHECK(hl_mem_is_mapped(S, 0x20000, 2 * PG, PROT_READ));
	CHECK(!hl_mem_is_mapped(S, 0x20000, 2 * PG, PROT_EXEC));
	CHECK(!hl_mem_is_mapped(S, 0, 1, 0));
	CHECK(!hl_mem_is_mapped(S, TOP, 1, 0));
	CHECK(hl_mem_is_mapped(S, TOP - 1, 0, RW));
}

static void t_anon_topdown(void)
{
	int64_t a = do_mmap(0, 3 * PG, RW, ANON);
	int64_t b = do_mmap(0, 5000, RW, ANON);
	CHECK_EQ(a, STACK_LOW - PG - 3 * PG);
	CHECK_EQ(b, a - 2 * PG);
	if (a < 0 || b < 0)
		return;
	CHECK(H(a)[0] == 0 && H(a)[3 * PG - 1] == 0);
	memset(H(a), 0x5a, 3 * PG);
	memset(H(b), 0xa5, 2 * PG);
	CHECK(H(a)[3 * PG - 1] == 0x5a && H(b)[2 * PG - 1] == 0xa5 && H(a)[0] == 0x5a);
	CHECK(hl_mem_is_mapped(S, (uint64_t)b, 5 * PG, RW));
	CHECK(!hl_mem_is_mapped(S, (uint64_t)a + 3 * PG, PG, 0)); /* the guard page */
	CHECK_EQ(S->mem.committed, 3 * PG + (1u << 20) + 5 * PG);
	/* The stack's guard page and the mmap area are kept apart. */
	CHECK(faults((uint64_t)a + 3 * PG, 0));
	CHECK(!faults((uint64_t)a + 3 * PG - 1, 1));
}

static void t_hint(void)
{
	int64_t a = do_mmap(0x40000000, 2 * PG, RW, ANON);
	CHECK_EQ(a, 0x40000000);
	int64_t b = do_mmap(0x40000000 + 2 * PG - 100, PG, RW, ANON); /* rounded up */
	CHECK_EQ(b, 0x40000000 + PG * 2);
	int64_t c = do_mmap(0x40000000, PG, RW, ANON); /* taken: placed elsewhere */
	CHECK(c > 0 && c != 0x40000000 && c != 0x40000000 + PG * 2);
	int64_t d = do_mmap(0x10000, PG, RW, ANON); /* the table: never a hint */
	CHECK(d >= 0x20000 && d != 0x10000);
	int64_t e = do_mmap(TOP - PG, 2 * PG, RW, ANON); /* would reach the guard */
	CHECK(e > 0 && (uint64_t)e + 2 * PG <= STACK_LOW);
	CHECK(H(0x10000)[0] == 0);
}

static void t_fixed_replace(void)
{
	int64_t a = do_mmap(0, 4 * PG, RW, ANON);
	CHECK(a > 0);
	if (a < 0)
		return;
	memset(H(a), 7, 4 * PG);
	int64_t b = do_mmap(a + PG, 2 * PG, PROT_READ, ANON | MAP_FIXED);
	CHECK_EQ(b, a + PG);
	CHECK(H(a)[PG - 1] == 7 && H(a)[PG] == 0 && H(a)[3 * PG - 1] == 0 && H(a)[3 * PG] == 7);
	CHECK(faults(a + PG, 1));
	CHECK(!faults(a + PG, 0));
	const struct hl_vma *v = vma_at(a + PG);
	CHECK(v && v->start == (uint64_t)a + PG && v->end == (uint64_t)a + 3 * PG &&
	      v->prot == PROT_READ);
	/* Over the image and the stack too (the module's own memory). */
	CHECK_EQ(do_mmap(0x20000, PG, RW, ANON | MAP_FIXED), 0x20000);
	CHECK(!hl_mem_is_mapped(S, 0x20000, PG, PROT_EXEC));
	CHECK_EQ(do_mmap(TOP - PG, PG, PROT_NONE, ANON | MAP_FIXED), TOP - PG);
	/* MAP_FIXED_NOREPLACE: only where nothing is. */
	CHECK_EQ(do_mmap(a, PG, RW, ANON | MAP_FIXED_NOREPLACE), -EEXIST);
	CHECK_EQ(do_mmap(0x50000000, PG, RW, ANON | MAP_FIXED_NOREPLACE), 0x50000000);
}

static void t_fixed_reserved(void)
{
	CHECK_EQ(do_mmap(0x10000, PG, RW, ANON | MAP_FIXED), -EINVAL);
	CHECK_EQ(do_mmap(0x10000, PG, PROT_NONE, ANON | MAP_FIXED), -EINVAL);
	CHECK_EQ(do_mmap(0, PG, RW, ANON | MAP_FIXED), -EINVAL);
	CHECK_EQ(do_mmap(0x11000, PG, RW, ANON | MAP_FIXED), -EINVAL);
	CHECK_EQ(do_mmap(0x1f000, 2 * PG, RW, ANON | MAP_FIXED), -EINVAL);
	CHECK_EQ(do_mmap(TOP - PG, 2 * PG, RW, ANON | MAP_FIXED), -EINVAL);
	CHECK_EQ(do_mmap(TOP, PG, RW, ANON | MAP_FIXED), -EINVAL);
	CHECK_EQ(do_mmap(SLOT - PG, PG, RW, ANON | MAP_FIXED), -EINVAL);
	CHECK_EQ(do_mmap(0x30000 + 1, PG, RW, ANON | MAP_FIXED), -EINVAL);
	CHECK_EQ(do_mmap(0x10000, PG, RW, ANON | MAP_FIXED_NOREPLACE), -EINVAL);
	const struct hl_vma *v = vma_at(0x10000);
	CHECK(v && v->kind == HL_VMA_TABLE && v->prot == PROT_READ);
	CHECK(faults(0x10000, 1) && !faults(0x10000, 0) && faults(0x11000, 0));
	CHECK(faults(TOP, 0));
	/* munmap, mremap, madvise there are refused too. */
	CHECK_EQ(hl_mem_munmap(S, 0x10000, PG), -EINVAL);
	CHECK_EQ(hl_mem_munmap(S, 0, 0x30000), -EINVAL);
	CHECK_EQ(hl_mem_munmap(S, TOP - PG, 2 * PG), -EINVAL);
	CHECK_EQ(hl_mem_mremap(S, 0x10000, PG, 2 * PG, MREMAP_MAYMOVE, 0), -EFAULT);
	CHECK_EQ(hl_mem_madvise(S, 0x10000, PG, MADV_DONTNEED), -EINVAL);
	CHECK(hl_mem_is_mapped(S, 0x10000, PG, PROT_READ));
}

static void t_munmap(void)
{
	int64_t a = do_mmap(0, 3 * PG, RW, ANON);
	CHECK(a > 0);
	if (a < 0)
		return;
	memset(H(a), 1, 3 * PG);
	CHECK(!faults(a, 1));
	CHECK_EQ(hl_mem_munmap(S, a + PG, 100), 0); /* the middle page: a split */
	CHECK(hl_mem_is_mapped(S, a, PG, RW) && hl_mem_is_mapped(S, a + 2 * PG, PG, RW));
	CHECK(!hl_mem_is_mapped(S, a + PG, 1, 0));
	CHECK(faults(a + PG, 0));
	CHECK(H(a)[0] == 1 && H(a)[2 * PG] == 1);
	CHECK_EQ(hl_mem_munmap(S, a, 3 * PG), 0);
	CHECK(!hl_mem_is_mapped(S, a, 1, 0) && !hl_mem_is_mapped(S, a + 2 * PG, 1, 0));
	CHECK(faults(a, 0) && faults(a + 2 * PG, 1));
	CHECK_EQ(S->mem.committed, 3 * PG + (1u << 20));
	/* Unmapping nothing is fine; bad arguments are not. */
	CHECK_EQ(hl_mem_munmap(S, a, 3 * PG), 0);
	CHECK_EQ(hl_mem_munmap(S, a + 1, PG), -EINVAL);
	CHECK_EQ(hl_mem_munmap(S, a, 0), -EINVAL);
	/* The same place again, and zeroed. */
	int64_t b = do_mmap(0, 3 * PG, RW, ANON);
	CHECK_EQ(b, a);
	if (b > 0)
		CHECK(H(b)[0] == 0 && H(b)[2 * PG] == 0);
}

static void t_wx(void)
{
	CHECK_EQ(do_mmap(0, PG, PROT_READ | PROT_WRITE | PROT_EXEC, ANON), -EACCES);
	CHECK_EQ(do_mmap(0, PG, PROT_WRITE | PROT_EXEC, ANON), -EACCES);
	int64_t a = do_mmap(0, PG, RW, ANON);
	CHECK(a > 0);
	CHECK_EQ(hl_mem_mprotect(S, a, PG, PROT_READ | PROT_WRITE | PROT_EXEC), -EACCES);
	CHECK_EQ(hl_mem_mprotect(S, 0x20000, PG, PROT_WRITE | PROT_EXEC), -EACCES);
	CHECK(hl_mem_is_mapped(S, a, PG, RW));
	CHECK(hl_mem_is_mapped(S, 0x20000, PG, RX));
	/* Anonymous memory is zeros: not valid code. */
	CHECK_EQ(do_mmap(0, PG, RX, ANON), -EACCES);
	CHECK_EQ(do_mmap(a, PG, RX, ANON | MAP_FIXED), -EACCES);
	CHECK(hl_mem_is_mapped(S, a, PG, RW)); /* left alone */
}

static void t_mprotect_exec_valid(void)
{
	int64_t a = do_mmap(0, 2 * PG, RW, ANON);
	CHECK(a > 0);
	if (a < 0)
		return;
	valid_code(H(a));
	valid_code(H(a + PG));
	CHECK_EQ(hl_mem_mprotect(S, a, 2 * PG, RX), 0);
	char p[4];
	host_perms(a, p);
	CHECK(!strcmp(p, "r-x"));
	host_perms(a + PG, p);
	CHECK(!strcmp(p, "r-x"));
	CHECK(hl_mem_is_mapped(S, a, 2 * PG, RX));
	CHECK(faults(a, 1) && !faults(a, 0));
	CHECK(H(a)[0] == 0xb8 && H(a)[1] == 42);
	/* PROT_EXEC alone is read-execute; back to RW is allowed. */
	CHECK_EQ(hl_mem_mprotect(S, a, PG, PROT_EXEC), 0);
	CHECK(hl_mem_is_mapped(S, a, PG, RX));
	CHECK_EQ(hl_mem_mprotect(S, a, 2 * PG, RW), 0);
	CHECK(!faults(a, 1));
	/* The image's code can be made writable and validated again. */
	CHECK_EQ(hl_mem_mprotect(S, 0x20000, PG, RW), 0);
	valid_code(H(0x20000));
	CHECK_EQ(hl_mem_mprotect(S, 0x20000, PG, RX), 0);
}

static void t_mprotect_exec_invalid(void)
{
	int64_t a = do_mmap(0, 2 * PG, RW, ANON);
	int64_t r = do_mmap(0, PG, PROT_READ, ANON);
	CHECK(a > 0 && r == a - PG);
	if (a < 0 || r != a - PG)
		return;
	valid_code(H(a));
	invalid_code(H(a + PG));
	CHECK_EQ(hl_mem_mprotect(S, a + PG, PG, RX), -EACCES);
	char p[4];
	host_perms(a + PG, p);
	CHECK(!strcmp(p, "rw-"));
	CHECK(!faults(a + PG, 1));
	if (!strcmp(p, "rw-"))
		H(a + PG)[0] = 0x90;
	CHECK(H(a + PG)[64] == 0x0f && H(a + PG)[65] == 0x05);
	/* Across vmas: each gets its protection back. */
	CHECK_EQ(hl_mem_mprotect(S, r, 3 * PG, RX), -EACCES);
	host_perms(r, p);
	CHECK(!strcmp(p, "r--"));
	host_perms(a, p);
	CHECK(!strcmp(p, "rw-"));
	const struct hl_vma *v = vma_at(r);
	CHECK(v && v->prot == PROT_READ && v->end == (uint64_t)a);
	/* The valid page alone is fine. */
	CHECK_EQ(hl_mem_mprotect(S, a, PG, RX), 0);
}

static void t_mprotect_errors(void)
{
	CHECK_EQ(hl_mem_mprotect(S, 0x10000, PG, RW), -EACCES);
	CHECK_EQ(hl_mem_mprotect(S, 0x10000, PG, PROT_READ), -EACCES);
	CHECK_EQ(hl_mem_mprotect(S, 0, 0x30000, PROT_NONE), -EACCES);
	CHECK_EQ(hl_mem_mprotect(S, 0, PG, RW), -ENOMEM);
	CHECK_EQ(hl_mem_mprotect(S, TOP - PG, 2 * PG, RW), -ENOMEM);
	CHECK_EQ(hl_mem_mprotect(S, TOP, PG, RW), -ENOMEM);
	CHECK(faults(0x10000, 1));
	int64_t a = do_mmap(0, 3 * PG, RW, ANON);
	CHECK(a > 0);
	if (a < 0)
		return;
	hl_mem_munmap(S, a + PG, PG);
	CHECK_EQ(hl_mem_mprotect(S, a, 3 * PG, PROT_READ), -ENOMEM);
	CHECK(!faults(a, 1)); /* unchanged */
	CHECK_EQ(hl_mem_mprotect(S, a + 1, PG, PROT_READ), -EINVAL);
	CHECK_EQ(hl_mem_mprotect(S, a, PG, 0x10 | PROT_READ), -EINVAL);
	CHECK_EQ(hl_mem_mprotect(S, a, 0, PROT_READ), 0);
	CHECK_EQ(hl_mem_mprotect(S, a, PG, PROT_NONE), 0);
	CHECK(faults(a, 0));
	CHECK(!hl_mem_is_mapped(S, a, 1, PROT_READ) && hl_mem_is_mapped(S, a, 1, 0));
}

static void t_limit(void)
{
	S->mem.limit = S->mem.committed + (1u << 20);
	CHECK_EQ(do_mmap(0, 2u << 20, RW, ANON), -ENOMEM);
	int64_t a = do_mmap(0, 2u << 20, PROT_NONE, ANON);
	CHECK(a > 0);
	if (a < 0)
		return;
	CHECK_EQ(hl_mem_mprotect(S, a, 2u << 20, RW), -ENOMEM);
	CHECK(faults(a, 0));
	CHECK_EQ(hl_mem_mprotect(S, a, 1u << 20, RW), 0);
	CHECK_EQ(S->mem.committed, S->mem.limit);
	CHECK_EQ(hl_mem_mprotect(S, a + (1u << 20), PG, PROT_READ), -ENOMEM);
	CHECK_EQ(do_mmap(0, PG, PROT_READ, ANON), -ENOMEM);
	CHECK(hl_mem_brk(S, IMAGE_END + PG) == IMAGE_END);
	CHECK_EQ(hl_mem_mremap(S, a, 1u << 20, (1u << 20) + PG, 0, 0), -ENOMEM);
	/* Changing committed memory in place costs nothing more. */
	CHECK_EQ(hl_mem_mprotect(S, a, 1u << 20, PROT_READ), 0);
	CHECK_EQ(do_mmap(a, 1u << 20, RW, ANON | MAP_FIXED), a);
	/* Freeing makes room. */
	CHECK_EQ(hl_mem_munmap(S, a, PG), 0);
	int64_t b = do_mmap(0, PG, RW, ANON);
	CHECK(b > 0);
	CHECK_EQ(S->mem.committed, S->mem.limit);
}

static void t_brk(void)
{
	const uint64_t s = IMAGE_END;
	CHECK_EQ(hl_mem_brk(S, 0), s);
	CHECK_EQ(hl_mem_brk(S, s + 10000), s + 10000);
	CHECK(hl_mem_is_mapped(S, s, 10000, RW));
	CHECK(!hl_mem_is_mapped(S, s + 3 * PG, 1, 0));
	memset(H(s), 3, 10000);
	CHECK(!faults(s + 3 * PG - 1, 1) && faults(s + 3 * PG, 0));
	CHECK_EQ(hl_mem_brk(S, 0), s + 10000);
	CHECK_EQ(hl_mem_brk(S, s + 5000), s + 5000); /* shrink */
	CHECK(hl_mem_is_mapped(S, s, 2 * PG, RW) && !hl_mem_is_mapped(S, s + 2 * PG, 1, 0));
	CHECK(faults(s + 2 * PG, 0));
	CHECK_EQ(hl_mem_brk(S, s + 3 * PG), s + 3 * PG); /* grows back zeroed */
	CHECK(H(s + 2 * PG)[0] == 0 && H(s)[0] == 3);
	CHECK_EQ(hl_mem_brk(S, s - 1), s + 3 * PG);		 /* below the start */
	CHECK_EQ(hl_mem_brk(S, S->mem.brk_max + 1), s + 3 * PG); /* past the maximum */
	CHECK_EQ(hl_mem_brk(S, 0xfffffff0), s + 3 * PG);
	S->mem.limit = S->mem.committed + 4 * PG;
	CHECK_EQ(hl_mem_brk(S, s + 8 * PG), s + 3 * PG); /* over the limit */
	CHECK_EQ(hl_mem_brk(S, s + 7 * PG), s + 7 * PG);
	S->mem.limit = 0;
	/* A mapping in the way stops the heap. */
	CHECK_EQ(do_mmap(s + 9 * PG, PG, PROT_NONE, ANON | MAP_FIXED), s + 9 * PG);
	CHECK_EQ(hl_mem_brk(S, s + 10 * PG), s + 7 * PG);
	CHECK_EQ(hl_mem_brk(S, s + 9 * PG), s + 9 * PG);
	CHECK_EQ(hl_mem_brk(S, s), s);
	CHECK(!hl_mem_is_mapped(S, s, 1, 0));
	CHECK_EQ(S->mem.committed, 3 * PG + (1u << 20));
}

static void t_mremap(void)
{
	int64_t a = do_mmap(0x60000000, 4 * PG, RW, ANON);
	CHECK_EQ(a, 0x60000000);
	memset(H(a), 9, 4 * PG);
	/* Shrink in place. */
	CHECK_EQ(hl_mem_mremap(S, a, 4 * PG, 2 * PG, 0, 0), a);
	CHECK(!hl_mem_is_mapped(S, a + 2 * PG, 1, 0) && faults(a + 2 * PG, 0));
	/* Grow in place (the next pages are free), zero-filled. */
	CHECK_EQ(hl_mem_mremap(S, a, 2 * PG, 3 * PG + 1, 0, 0), a);
	CHECK(hl_mem_is_mapped(S, a, 4 * PG, RW));
	CHECK(H(a)[2 * PG - 1] == 9 && H(a)[2 * PG] == 0);
	/* Blocked: fails without MREMAP_MAYMOVE, moves with it. */
	CHECK_EQ(do_mmap(a + 4 * PG, PG, PROT_NONE, ANON | MAP_FIXED), a + 4 * PG);
	CHECK_EQ(hl_mem_mremap(S, a, 4 * PG, 8 * PG, 0, 0), -ENOMEM);
	for (unsigned i = 0; i < 4 * PG; i++)
		H(a)[i] = (uint8_t)(i * 7);
	int64_t b = hl_mem_mremap(S, a, 4 * PG, 8 * PG, MREMAP_MAYMOVE, 0);
	CHECK(b > 0 && b != a);
	if (b > 0) {
		int same = 1;
		for (unsigned i = 0; i < 4 * PG; i++)
			same &= H(b)[i] == (uint8_t)(i * 7);
		CHECK(same);
		CHECK(H(b)[4 * PG] == 0 && H(b)[8 * PG - 1] == 0);
		CHECK(hl_mem_is_mapped(S, b, 8 * PG, RW));
		CHECK(!hl_mem_is_mapped(S, a, 1, 0) && faults(a, 0));
	}
	/* A PROT_NONE mapping keeps its contents when it moves. */
	int64_t c = do_mmap(0x61000000, PG, RW, ANON);
	CHECK_EQ(c, 0x61000000);
	H(c)[5] = 55;
	CHECK_EQ(do_mmap(c + PG, PG, PROT_NONE, ANON | MAP_FIXED), c + PG);
	CHECK_EQ(hl_mem_mprotect(S, c, PG, PROT_NONE), 0);
	int64_t d = hl_mem_mremap(S, c, PG, 2 * PG, MREMAP_MAYMOVE, 0);
	CHECK(d > 0 && d != c);
	if (d > 0) {
		CHECK(faults(d, 0));
		CHECK_EQ(hl_mem_mprotect(S, d, PG, PROT_READ), 0);
		CHECK(H(d)[5] == 55);
	}
	/* What is refused. */
	CHECK_EQ(hl_mem_mremap(S, 0x62000000, PG, 2 * PG, MREMAP_MAYMOVE, 0), -EFAULT);
	CHECK_EQ(hl_mem_mremap(S, b, PG, 2 * PG, MREMAP_MAYMOVE | MREMAP_FIXED, 0x63000000),
		 -EINVAL);
	CHECK_EQ(hl_mem_mremap(S, b, 0, PG, MREMAP_MAYMOVE, 0), -EINVAL);
	CHECK_EQ(hl_mem_mremap(S, b, PG, 0, MREMAP_MAYMOVE, 0), -EINVAL);
	CHECK_EQ(hl_mem_mremap(S, b + 1, PG, 2 * PG, MREMAP_MAYMOVE, 0), -EINVAL);
	CHECK_EQ(hl_mem_mremap(S, b, 9 * PG, 10 * PG, MREMAP_MAYMOVE, 0), -EFAULT);
	CHECK_EQ(hl_mem_mremap(S, 0x20000, PG, 2 * PG, MREMAP_MAYMOVE, 0), -EINVAL); /* code */
	CHECK_EQ(hl_mem_mremap(S, STACK_LOW, PG, 2 * PG, MREMAP_MAYMOVE, 0), -EINVAL);
	/* The same size: nothing to do, even for code. */
	CHECK_EQ(hl_mem_mremap(S, 0x20000, PG, PG, 0, 0), 0x20000);
}

static void t_huge(void)
{
	const uint64_t big = 1ull << 63;
	CHECK_EQ(do_mmap(0, big, RW, ANON), -ENOMEM);
	CHECK_EQ(do_mmap(0, ~0ull, RW, ANON), -ENOMEM);
	CHECK_EQ(do_mmap(0, SLOT, PROT_NONE, ANON), -ENOMEM);
	CHECK_EQ(do_mmap(0xffffe000, 0x4000, RW, ANON | MAP_FIXED), -EINVAL);
	CHECK_EQ(do_mmap(0xfff00000, big, RW, ANON | MAP_FIXED), -ENOMEM);
	CHECK_EQ(do_mmap(0x30000, ~0ull - PG + 2, RW, ANON | MAP_FIXED), -ENOMEM);
	int64_t a = do_mmap(0xffffe000, 0x4000, RW, ANON); /* a hint: moved */
	CHECK(a > 0 && (uint64_t)a + 0x4000 <= TOP);
	CHECK_EQ(hl_mem_munmap(S, 0xfff00000, big), -EINVAL);
	CHECK_EQ(hl_mem_munmap(S, 0x30000, ~0ull), -EINVAL);
	CHECK_EQ(hl_mem_munmap(S, 0xffff0000, PG), -EINVAL);
	CHECK_EQ(hl_mem_mprotect(S, 0x30000, ~0ull - PG + 1, PROT_READ), -ENOMEM);
	CHECK_EQ(hl_mem_mprotect(S, 0xfffff000, 2 * PG, PROT_READ), -ENOMEM);
	CHECK_EQ(hl_mem_mprotect(S, STACK_LOW, big, PROT_READ), -ENOMEM);
	CHECK_EQ(hl_mem_madvise(S, STACK_LOW, big, MADV_DONTNEED), -EINVAL);
	CHECK_EQ(hl_mem_madvise(S, 0xfffff000, 2 * PG, MADV_DONTNEED), -EINVAL);
	CHECK_EQ(hl_mem_mremap(S, STACK_LOW, big, PG, MREMAP_MAYMOVE, 0), -EFAULT);
	CHECK_EQ(hl_mem_mremap(S, STACK_LOW, PG, big, MREMAP_MAYMOVE, 0), -ENOMEM);
	CHECK_EQ(hl_mem_mremap(S, TOP - PG, PG, 2 * PG, 0, 0), -ENOMEM); /* the guard */
	CHECK(hl_mem_is_mapped(S, STACK_LOW, TOP - STACK_LOW, RW));
	CHECK(!hl_mem_is_mapped(S, 0xfffff000, big, 0));
	CHECK_EQ(hl_mem_brk(S, big), IMAGE_END);
	/* Addresses are slot offsets: the whole slot is the most there is. */
	int64_t b = do_mmap(0, TOP - 0x20000 - (1u << 20) - 64 * PG, PROT_NONE, ANON);
	CHECK(b > 0);
}

static void t_madvise(void)
{
	int64_t a = do_mmap(0, 2 * PG, RW, ANON);
	CHECK(a > 0);
	if (a < 0)
		return;
	memset(H(a), 4, 2 * PG);
	CHECK_EQ(hl_mem_madvise(S, a, PG, MADV_DONTNEED), 0);
	CHECK(H(a)[0] == 0 && H(a)[PG] == 4);
	CHECK_EQ(hl_mem_madvise(S, a + PG, 1, MADV_FREE), 0);
	CHECK(H(a)[PG] == 0); /* MADV_FREE drops the page at once */
	CHECK_EQ(hl_mem_madvise(S, a, 2 * PG, MADV_WILLNEED), 0);
	/* Code is never dropped: zeros are not validated code. */
	valid_code(H(a));
	CHECK_EQ(hl_mem_mprotect(S, a, PG, RX), 0);
	CHECK_EQ(hl_mem_madvise(S, a, PG, MADV_DONTNEED), 0);
	CHECK(H(a)[0] == 0xb8);
	CHECK_EQ(hl_mem_madvise(S, 0x20000, PG, MADV_DONTNEED), 0);
	CHECK(H(0x20000)[0] == 0xf4);
	/* Holes and arguments. */
	CHECK_EQ(hl_mem_madvise(S, a, 3 * PG, MADV_DONTNEED), -ENOMEM);
	CHECK_EQ(hl_mem_madvise(S, a + 1, PG, MADV_DONTNEED), -EINVAL);
	CHECK_EQ(hl_mem_madvise(S, a, 0, MADV_DONTNEED), 0);
}

static void t_mmap_exec_file(void)
{
	static uint8_t buf[2 * PG];
	valid_code(buf);
	valid_code(buf + PG);
	int fd = tmpfile_with(buf, sizeof buf);
	int64_t a = hl_mem_mmap(S, 0, 2 * PG, RX, MAP_PRIVATE, fd, 0);
	CHECK(a > 0);
	int64_t b = hl_mem_mmap(S, 0, PG, RX, MAP_PRIVATE, fd, PG);
	CHECK(b > 0);
	if (a > 0 && b > 0) {
		CHECK(!memcmp(H(a), buf, 2 * PG) && !memcmp(H(b), buf + PG, PG));
		CHECK(hl_mem_is_mapped(S, a, 2 * PG, RX));
		char p[4];
		host_perms(a, p);
		CHECK(!strcmp(p, "r-x"));
		const struct hl_vma *v = vma_at(a);
		CHECK(v && v->kind == HL_VMA_MMAP); /* a private copy */
		/* Writing the file does not change the code. */
		uint8_t syscall_insn[2] = {0x0f, 0x05};
		CHECK(pwrite(fd, syscall_insn, 2, 0) == 2);
		CHECK(H(a)[0] == 0xb8 && H(a)[1] == 0x2a);
		/* Now the file's first page is invalid code. */
		CHECK_EQ(hl_mem_mmap(S, 0, PG, RX, MAP_PRIVATE, fd, 0), -EACCES);
		CHECK_EQ(hl_mem_mmap(S, a, PG, RX, MAP_PRIVATE | MAP_FIXED, fd, 0), -EACCES);
		CHECK(hl_mem_is_mapped(S, a, 2 * PG, RX) && H(a)[0] == 0xb8); /* left alone */
		CHECK_EQ(hl_mem_mmap(S, a, PG, RX, MAP_PRIVATE | MAP_FIXED, fd, PG), a);
		/* Shared executable mappings are refused. */
		CHECK_EQ(hl_mem_mmap(S, 0, PG, RX, MAP_SHARED, fd, PG), -EACCES);
		/* A file mapping never becomes executable. */
		int64_t c = hl_mem_mmap(S, 0, PG, PROT_READ, MAP_PRIVATE, fd, PG);
		CHECK(c > 0);
		CHECK_EQ(hl_mem_mprotect(S, c, PG, RX), -EACCES);
		CHECK_EQ(hl_mem_mremap(S, c, PG, 2 * PG, MREMAP_MAYMOVE, 0), -EINVAL);
		CHECK_EQ(hl_mem_madvise(S, c, PG, MADV_DONTNEED), 0);
	}
	close(fd);
	/* Beyond the end of the file: zeros, so invalid. */
	int fd2 = tmpfile_with(buf, 100);
	CHECK_EQ(hl_mem_mmap(S, 0, PG, RX, MAP_PRIVATE, fd2, 0), -EACCES);
	close(fd2);
}

static void t_mmap_file(void)
{
	static uint8_t buf[2 * PG];
	memset(buf, 'x', sizeof buf);
	int fd = tmpfile_with(buf, sizeof buf);
	int64_t a = hl_mem_mmap(S, 0, 2 * PG, RW, MAP_PRIVATE, fd, 0);
	CHECK(a > 0);
	int64_t b = hl_mem_mmap(S, 0, PG, RW, MAP_SHARED, fd, PG);
	CHECK(b > 0);
	if (a > 0 && b > 0) {
		CHECK(H(a)[0] == 'x' && H(a)[2 * PG - 1] == 'x');
		H(a)[0] = 'p'; /* private: stays here */
		H(b)[0] = 's'; /* shared: reaches the file */
		char c[2];
		CHECK(pread(fd, c, 1, 0) == 1 && c[0] == 'x');
		CHECK(pread(fd, c, 1, PG) == 1 && c[0] == 's');
		const struct hl_vma *v = vma_at(b);
		CHECK(v && v->kind == HL_VMA_FILE && v->prot == RW);
		CHECK_EQ(hl_mem_munmap(S, b, PG), 0);
		CHECK(faults(b, 0));
	}
	CHECK_EQ(hl_mem_mmap(S, 0, PG, RW, MAP_PRIVATE, fd, 1), -EINVAL);
	CHECK_EQ(hl_mem_mmap(S, 0, PG, RW, MAP_PRIVATE, -1, 0), -EBADF);
	close(fd);
	/* The host decides what it can map: a read-only descriptor cannot
	 * be shared writable; a pipe cannot be mapped. */
	int ro = open("/proc/self/exe", O_RDONLY);
	CHECK(ro >= 0);
	CHECK_EQ(hl_mem_mmap(S, 0, PG, RW, MAP_SHARED, ro, 0), -EACCES);
	int64_t c = hl_mem_mmap(S, 0, PG, PROT_READ, MAP_SHARED, ro, 0);
	CHECK(c > 0 && H(c)[0] == 0x7f);
	close(ro);
	int pfd[2];
	CHECK(pipe(pfd) == 0);
	CHECK_EQ(hl_mem_mmap(S, 0, PG, PROT_READ, MAP_PRIVATE, pfd[0], 0), -ENODEV);
	CHECK_EQ(hl_mem_mmap(S, 0, PG, RX, MAP_PRIVATE, pfd[0], 0), -ENODEV);
	close(pfd[0]);
	close(pfd[1]);
}

static void t_flags(void)
{
	CHECK_EQ(do_mmap(0, PG, RW, MAP_SHARED | MAP_ANONYMOUS), -EINVAL);
	CHECK_EQ(do_mmap(0, PG, RW, ANON | MAP_GROWSDOWN), -EINVAL);
	CHECK_EQ(do_mmap(0, PG, RW, ANON | MAP_HUGETLB), -EINVAL);
	CHECK_EQ(do_mmap(0, PG, RW, ANON | MAP_32BIT), -EINVAL);
	CHECK_EQ(do_mmap(0, PG, RW, MAP_ANONYMOUS), -EINVAL);
	CHECK_EQ(do_mmap(0, PG, RW, 0x08 | MAP_ANONYMOUS), -EINVAL);
	CHECK_EQ(do_mmap(0, PG, RW | 0x10, ANON), -EINVAL);
	CHECK_EQ(do_mmap(0, PG, RW | PROT_GROWSDOWN, ANON), -EINVAL);
	CHECK_EQ(do_mmap(0, 0, RW, ANON), -EINVAL);
	CHECK_EQ(hl_mem_mmap(S, 0, PG, RW, ANON, -1, 1), -EINVAL);
	int64_t a = do_mmap(0, PG, RW, ANON | MAP_NORESERVE | MAP_STACK | MAP_POPULATE);
	CHECK(a > 0);
	int64_t b = do_mmap(0, PG, PROT_NONE, ANON);
	CHECK(b > 0);
	CHECK_EQ(hl_mem_mprotect(S, b, PG, RW | PROT_GROWSDOWN), -EINVAL);
}

struct churn {
	unsigned seed;
	int errors;
};

static void *churn_thread(void *arg)
{
	struct churn *c = arg;
	for (int i = 0; i < 300; i++) {
		c->seed = c->seed * 1103515245u + 12345u;
		uint64_t len = ((c->seed >> 8) % 8 + 1) * PG;
		int64_t a = do_mmap(0, len, RW, ANON);
		if (a < 0) {
			c->errors++;
			continue;
		}
		memset(H(a), (int)i, len);
		if (i % 3 == 0) {
			valid_code(H(a));
			if (hl_mem_mprotect(S, a, PG, RX))
				c->errors++;
		}
		if (i % 5 == 0 && i % 3 != 0) {
			/* Once the mapping moved, [a, a + len) is free and may
			 * already be another thread's: only b is this one's. */
			int64_t b = hl_mem_mremap(S, a, len, len + PG, MREMAP_MAYMOVE, 0);
			if (b < 0)
				c->errors++;
			else if (i % 2 == 0 && hl_mem_munmap(S, b, len + PG))
				c->errors++;
		} else if (i % 2 == 0 && hl_mem_munmap(S, a, len)) {
			c->errors++;
		}
	}
	return NULL;
}

static void t_threads(void)
{
	pthread_t th[4];
	struct churn c[4];
	for (int i = 0; i < 4; i++) {
		c[i] = (struct churn){.seed = (unsigned)i * 77u + 1, .errors = 0};
		if (pthread_create(&th[i], NULL, churn_thread, &c[i]))
			die("pthread_create");
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		CHECK_EQ(c[i].errors, 0);
	}
}

/* ---- ownership stress: every thread checks, after each of its own
 * operations, that every page it owns still has the protection and the
 * bytes it gave it (host and record). No operation on one thread's pages
 * may touch another's: not a merge of neighbouring vmas, not a move, not
 * a placement over a live range. ---- */

#define OWN_REGIONS 8
#define OWN_PAGES 10

struct own_region {
	uint64_t a; /* 0: a free entry */
	unsigned n; /* pages */
	int prot[OWN_PAGES];
	uint8_t fill[OWN_PAGES]; /* every byte of the page, unless code */
	uint8_t code[OWN_PAGES]; /* valid_code's page */
};

struct owner {
	unsigned seed;
	int pipe[2]; /* probes the host's protection without a fault */
	int step;
	char why[200]; /* the first failure, "" if none */
	struct own_region r[OWN_REGIONS];
};

static unsigned own_rand(struct owner *o, unsigned n)
{
	o->seed = o->seed * 1103515245u + 12345u;
	return (o->seed >> 8) % n;
}

static void own_fail(struct owner *o, const char *what, uint64_t a, long long got)
{
	if (!o->why[0])
		snprintf(o->why, sizeof o->why, "step %d: %s at 0x%llx (%lld)", o->step, what,
			 (unsigned long long)a, got);
}

/* Whether the host lets the kernel read (write) the byte at a: a pipe
 * write from it (a pipe read into it) fails with EFAULT otherwise. A write
 * probe stores b, the byte the page should already hold. */
static int probe_read(struct owner *o, uint64_t a)
{
	uint8_t x;
	if (write(o->pipe[1], H(a), 1) != 1)
		return 0;
	if (read(o->pipe[0], &x, 1) != 1)
		die("probe read");
	return 1;
}

static int probe_write(struct owner *o, uint64_t a, uint8_t b)
{
	uint8_t x;
	if (write(o->pipe[1], &b, 1) != 1)
		die("probe write");
	if (read(o->pipe[0], H(a), 1) == 1)
		return 1;
	if (read(o->pipe[0], &x, 1) != 1)
		die("probe drain");
	return 0;
}

static uint8_t own_byte(const struct own_region *r, unsigned k, unsigned off)
{
	static const uint8_t mov[] = {0xb8, 0x2a, 0x00, 0x00, 0x00};
	if (r->code[k])
		return off < sizeof mov ? mov[off] : 0xf4;
	return r->fill[k];
}

static void own_check(struct owner *o)
{
	for (int j = 0; j < OWN_REGIONS; j++) {
		const struct own_region *r = &o->r[j];
		for (unsigned k = 0; r->a && k < r->n; k++) {
			uint64_t a = r->a + (uint64_t)k * PG;
			int prot = r->prot[k];
			if (!hl_mem_is_mapped(S, a, PG, prot) ||
			    ((prot & PROT_WRITE) == 0 && hl_mem_is_mapped(S, a, PG, PROT_WRITE)))
				own_fail(o, "recorded protection changed", a, prot);
			if (probe_read(o, a) != !!(prot & PROT_READ))
				own_fail(o, "host read access changed", a, prot);
			if (probe_write(o, a, own_byte(r, k, 0)) != !!(prot & PROT_WRITE))
				own_fail(o, "host write access changed", a, prot);
			if (!(prot & PROT_READ) || o->why[0])
				continue;
			for (unsigned off = 0; off < PG; off += 64)
				if (H(a)[off] != own_byte(r, k, off)) {
					own_fail(o, "contents changed", a + off, H(a)[off]);
					break;
				}
		}
	}
}

static void own_fill(struct owner *o, struct own_region *r, unsigned k)
{
	r->fill[k] = (uint8_t)(1 + own_rand(o, 255));
	r->code[k] = 0;
	memset(H(r->a + (uint64_t)k * PG), r->fill[k], PG);
}

/* Whether every page of r has the protection prot (one vma: mremap). */
static int own_uniform(const struct own_region *r, int prot)
{
	for (unsigned k = 0; k < r->n; k++)
		if (r->prot[k] != prot)
			return 0;
	return 1;
}

static void own_step(struct owner *o)
{
	struct own_region *r = &o->r[own_rand(o, OWN_REGIONS)];
	if (!r->a) {
		unsigned n = 1 + own_rand(o, 8);
		int64_t a = do_mmap(0, (uint64_t)n * PG, RW, ANON);
		if (a <= 0) {
			own_fail(o, "mmap", 0, a);
			return;
		}
		r->a = (uint64_t)a;
		r->n = n;
		for (unsigned k = 0; k < n; k++) {
			r->prot[k] = RW;
			own_fill(o, r, k);
		}
		return;
	}
	unsigned k = own_rand(o, r->n);
	uint64_t a = r->a + (uint64_t)k * PG;
	int64_t e;
	switch (own_rand(o, 7)) {
	case 0: /* munmap */
		if ((e = hl_mem_munmap(S, r->a, (uint64_t)r->n * PG)))
			own_fail(o, "munmap", r->a, e);
		r->a = 0;
		break;
	case 1: /* code: RW -> (write) -> RX */
		if (r->prot[k] != RW)
			break;
		valid_code(H(a));
		r->code[k] = 1;
		if ((e = hl_mem_mprotect(S, a, PG, RX)))
			own_fail(o, "mprotect RX", a, e);
		r->prot[k] = RX;
		break;
	case 2: { /* RW -> R or NONE, and back; RX -> R */
		int to = r->prot[k] == RW   ? (own_rand(o, 2) ? PROT_READ : PROT_NONE)
			 : r->prot[k] == RX ? PROT_READ
					    : RW;
		if ((e = hl_mem_mprotect(S, a, PG, to)))
			own_fail(o, "mprotect", a, e);
		r->prot[k] = to;
		break;
	}
	case 3: /* grow by a page, maybe moving */
		if (r->n == OWN_PAGES || (!own_uniform(r, RW) && !own_uniform(r, PROT_NONE)))
			break;
		e = hl_mem_mremap(S, r->a, (uint64_t)r->n * PG, (uint64_t)(r->n + 1) * PG,
				  MREMAP_MAYMOVE, 0);
		if (e <= 0) {
			own_fail(o, "mremap grow", r->a, e);
			break;
		}
		r->a = (uint64_t)e; /* the old range is no longer this thread's */
		r->prot[r->n] = r->prot[0];
		r->fill[r->n] = 0;
		r->code[r->n] = 0;
		r->n++;
		break;
	case 4: /* shrink by a page */
		if (r->n == 1 || !own_uniform(r, r->prot[0]))
			break;
		e = hl_mem_mremap(S, r->a, (uint64_t)r->n * PG, (uint64_t)(r->n - 1) * PG, 0, 0);
		if (e != (int64_t)r->a)
			own_fail(o, "mremap shrink", r->a, e);
		r->n--;
		break;
	case 5: /* MADV_DONTNEED: zeros, except code */
		if ((e = hl_mem_madvise(S, a, PG, MADV_DONTNEED)))
			own_fail(o, "madvise", a, e);
		if (!(r->prot[k] & PROT_EXEC)) {
			r->fill[k] = 0;
			r->code[k] = 0;
		}
		break;
	case 6: /* MAP_FIXED over one page: fresh RW */
		if ((e = do_mmap(a, PG, RW, ANON | MAP_FIXED)) != (int64_t)a)
			own_fail(o, "mmap fixed", a, e);
		r->prot[k] = RW;
		own_fill(o, r, k);
		break;
	}
}

static void *own_thread(void *arg)
{
	struct owner *o = arg;
	for (o->step = 0; o->step < 400 && !o->why[0]; o->step++) {
		own_step(o);
		own_check(o);
	}
	return NULL;
}

static void t_threads_own(void)
{
	pthread_t th[4];
	struct owner o[4];
	for (int i = 0; i < 4; i++) {
		memset(&o[i], 0, sizeof o[i]);
		o[i].seed = (unsigned)i * 7919u + 3u;
		if (pipe2(o[i].pipe, O_NONBLOCK))
			die("pipe2");
		if (pthread_create(&th[i], NULL, own_thread, &o[i]))
			die("pthread_create");
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		close(o[i].pipe[0]);
		close(o[i].pipe[1]);
		if (o[i].why[0]) {
			fprintf(stderr, "thread %d: %s\n", i, o[i].why);
			failed = 1;
		}
	}
}

static void run(const char *name, void (*fn)(void))
{
	failed = 0;
	sb_new();
	fn();
	check_map();
	check_host();
	sb_free();
	any_failed |= failed;
	printf("%s %s\n", failed ? "not ok" : "ok", name);
	fflush(stdout);
}

int main(void)
{
	run("init_layout", t_init_layout);
	run("anon_topdown", t_anon_topdown);
	run("hint", t_hint);
	run("fixed_replace", t_fixed_replace);
	run("fixed_reserved_refused", t_fixed_reserved);
	run("munmap", t_munmap);
	run("wx_refused", t_wx);
	run("mprotect_exec_valid", t_mprotect_exec_valid);
	run("mprotect_exec_invalid", t_mprotect_exec_invalid);
	run("mprotect_errors", t_mprotect_errors);
	run("limit", t_limit);
	run("brk", t_brk);
	run("mremap", t_mremap);
	run("huge_lengths", t_huge);
	run("madvise", t_madvise);
	run("mmap_exec_file", t_mmap_exec_file);
	run("mmap_file", t_mmap_file);
	run("flags", t_flags);
	run("threads", t_threads);
	run("threads_own", t_threads_own);
	return any_failed;
}
