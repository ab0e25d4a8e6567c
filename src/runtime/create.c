/* Making a sandbox from a loaded module: reserve a slot, map the
 * runtime-call table, the module's segments and the main stack
 * (docs/abi.md, sections 2 and 6). */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "runtime/grants.h"
#include "runtime/sandbox.h"
#include "runtime/slots.h"
#include "runtime/stubs.h"
#include "runtime/warm.h"

#define DEFAULT_STACK (8u << 20)
#define DEFAULT_MAX_THREADS 64
#define TOP (HV_SANDBOX_SIZE - HV_GUARD_SIZE)

void hl_config_default(struct hl_config *c)
{
	memset(c, 0, sizeof *c);
	c->stack_size = DEFAULT_STACK;
	c->max_threads = DEFAULT_MAX_THREADS;
	c->trace_fd = 2;
	c->thread_gate = -1;
	for (int i = 0; i < 3; i++)
		c->stdio[i] = i;
}

static struct hl_sandbox *fail(struct hl_sandbox *sb, char *err, size_t errsz, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, errsz, fmt, ap);
	va_end(ap);
	hl_sandbox_destroy(sb);
	return NULL;
}

/* Reserves [base - guard, base + 4 GiB + guard) PROT_NONE with base
 * 4 GiB-aligned (I1: the guards around the slot are reserved too). */
static int reserve_slot(struct hl_sandbox *sb)
{
	size_t want = 2 * HV_SANDBOX_SIZE + 2 * HV_GUARD_SIZE;
	uint8_t *p =
	    mmap(NULL, want, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		return -errno;
	uintptr_t base =
	    ((uintptr_t)p + HV_GUARD_SIZE + HV_SANDBOX_SIZE - 1) & ~(HV_SANDBOX_SIZE - 1);
	uint8_t *lo = (uint8_t *)base - HV_GUARD_SIZE;
	uint8_t *hi = (uint8_t *)base + HV_SANDBOX_SIZE + HV_GUARD_SIZE;
	if (lo > p)
		munmap(p, (size_t)(lo - p));
	if (p + want > hi)
		munmap(hi, (size_t)(p + want - hi));
	sb->base = (uint8_t *)base;
	sb->reservation = lo;
	sb->reservation_size = (size_t)(hi - lo);
	return 0;
}

/* The slot at address 0, when this process has nothing in the low 4 GiB:
 * a %gs base of 0 makes a Segue access (docs/abi.md R4) as fast as a
 * plain one, where any other base adds about 3 cycles to every load's
 * latency on the CPUs measured (bench/suite/load-latency.c). The guard
 * below the slot is the top of the address space, which no user mapping
 * can occupy, and everything under the lowest page a process may map
 * (vm.mmap_min_addr, at most the runtime-call table's page) is
 * unmappable too; the rest, up to the guard above, is reserved here.
 * MAP_FIXED_NOREPLACE fails if anything is mapped there already (an
 * ASan shadow, a non-PIE host): then the caller takes a slot anywhere. */
static int reserve_zero_slot(struct hl_sandbox *sb)
{
	const uintptr_t end = HV_SANDBOX_SIZE + HV_GUARD_SIZE;
	for (uintptr_t lo = 0; lo <= HV_RTCALL_TABLE_OFFSET; lo += 4096) {
		void *p = mmap((void *)lo, end - lo, PROT_NONE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
		if (p == MAP_FAILED && (errno == EPERM || errno == EACCES))
			continue; /* below vm.mmap_min_addr */
		if (p == MAP_FAILED)
			return -errno;
		if ((uintptr_t)p != lo) { /* a kernel without MAP_FIXED_NOREPLACE: a hint */
			munmap(p, end - lo);
			return -EEXIST;
		}
		sb->base = NULL;
		sb->reservation = p;
		sb->reservation_size = end - lo;
		return 0;
	}
	return -EPERM;
}

/* A pooled sandbox's initial memory map, kept for warm.c; in a warm slot
 * (warm: sb->layout is the map it was kept with), a check that it is
 * this one (the same module and stack size make the same). 0 or -errno. */
static int keep_layout(struct hl_sandbox *sb, int warm)
{
	const struct hl_mem *m = &sb->mem;
	if (warm)
		return sb->nlayout == m->n && !memcmp(sb->layout, m->v, m->n * sizeof *m->v)
			   ? 0
			   : -EINVAL;
	if (!(sb->layout = malloc(m->n * sizeof *m->v)))
		return -ENOMEM;
	memcpy(sb->layout, m->v, m->n * sizeof *m->v);
	sb->nlayout = m->n;
	return 0;
}

static int map_fixed(struct hl_sandbox *sb, uint64_t start, uint64_t end, int prot)
{
	void *want = sb->base + start;
	void *p = mmap(want, end - start, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	return p == want ? 0 : -errno;
}

/* The runtime-call table's 512 entries (the page): the stubs (stubs.c).
 * x87_free: the module's code has no x87 instruction (hl_module.x87_free),
 * so its yield stub leaves the x87 unit alone. */
int hl_fill_table(uint64_t *table, int embed, int x87_free)
{
	uint64_t stub[HL_RT_N];
	int r = hl_rtcall_stubs(stub);
	if (r)
		return r;
	for (unsigned i = 0; i < HL_PAGE / 8; i++)
		table[i] = stub[HL_RT_RESERVED];
	table[0] = stub[HL_RT_SYSCALL];
	table[1] = stub[HL_RT_TP];
	if (embed) {
		table[2] = stub[x87_free ? HL_RT_YIELD_X87_FREE : HL_RT_YIELD];
		table[3] = stub[HL_RT_CALLBACK];
	}
#ifdef HL_TEST_RAW_SYSCALL
	table[63] = stub[HL_RT_RAW]; /* tests/outer: raw host system calls */
#endif
	return 0;
}

static int map_table(struct hl_sandbox *sb)
{
	uint64_t at = HV_RTCALL_TABLE_OFFSET;
	int r = map_fixed(sb, at, at + HL_PAGE, PROT_READ | PROT_WRITE);
	if (r)
		return r;
	uint64_t *table = (uint64_t *)(sb->base + at);
	if ((r = hl_fill_table(table, sb->cfg.embed, sb->mod->x87_free)))
		return r;
	if (mprotect(table, HL_PAGE, PROT_READ))
		return -errno;
	return hl_mem_record(&sb->mem, at, at + HL_PAGE, PROT_READ, HL_VMA_TABLE);
}

static uint64_t page_down(uint64_t a)
{
	return a & ~(uint64_t)(HL_PAGE - 1);
}
static uint64_t page_up(uint64_t a)
{
	return (a + HL_PAGE - 1) & ~(uint64_t)(HL_PAGE - 1);
}

/* The return bundle (HL_RETURN_BUNDLE): a host call into an embedded
 * sandbox pushes its address as the return address, so the function
 * returns into runtime call 2. Validated once, like any code, then mapped
 * read-execute (I2); the rest of the page is hlt.
 *	lea 1f(%rip), %r11 ; jmp *0x10010(%r14) ; .p2align 5 ; 1: hlt */
static const uint8_t return_bundle[] = {
    0x4c, 0x8d, 0x1d, 0x19, 0x00, 0x00, 0x00, /* lea 0x19(%rip), %r11 -> +0x20 */
    0x41, 0xff, 0xa6, 0x10, 0x00, 0x01, 0x00, /* jmp *0x10010(%r14) */
};
static uint8_t return_page[HL_PAGE];
static pthread_once_t return_once = PTHREAD_ONCE_INIT;
static int return_valid;

static void return_page_init(void)
{
	memset(return_page, 0xf4, sizeof return_page);
	memcpy(return_page, return_bundle, sizeof return_bundle);
	struct hv_policy p;
	hv_policy_default(&p);
	void *scratch = malloc(hv_scratch_size(sizeof return_page));
	return_valid = scratch && hv_validate(return_page, sizeof return_page, HL_RETURN_BUNDLE, &p,
					      scratch, NULL, NULL) == 0;
	free(scratch);
}

static int map_return_bundle(struct hl_sandbox *sb)
{
	pthread_once(&return_once, return_page_init);
	if (!return_valid)
		return -EINVAL;
	uint64_t at = HL_RETURN_BUNDLE;
	int r = map_fixed(sb, at, at + HL_PAGE, PROT_READ | PROT_WRITE);
	if (r)
		return r;
	memcpy(sb->base + at, return_page, HL_PAGE);
	if (mprotect(sb->base + at, HL_PAGE, PROT_READ | PROT_EXEC))
		return -errno;
	sb->ret_bundle = at;
	return hl_mem_record(&sb->mem, at, at + HL_PAGE, PROT_READ | PROT_EXEC, HL_VMA_TABLE);
}

static int seg_prot(uint32_t f)
{
	return (f & HL_SEG_R ? PROT_READ : 0) | (f & HL_SEG_W ? PROT_WRITE : 0) |
	       (f & HL_SEG_X ? PROT_EXEC : 0);
}

/* A relocation may only patch a writable segment. */
static int apply_reloc(void *ctx, uint64_t where, uint64_t addend)
{
	struct hl_sandbox *sb = ctx;
	const struct hl_elf *e = &sb->mod->elf;
	for (unsigned i = 0; i < e->nsegs; i++) {
		const struct hl_segment *s = &e->seg[i];
		if ((s->flags & HL_SEG_W) && where >= s->vaddr && where - s->vaddr <= s->memsz &&
		    s->memsz - (where - s->vaddr) >= 8) {
			uint64_t v = (uint64_t)(uintptr_t)sb->base + addend;
			memcpy(sb->base + where, &v, 8);
			return 0;
		}
	}
	return -1;
}

int hl_sandbox_relocate(struct hl_sandbox *sb, char *err, size_t errsz)
{
	struct hl_elf_error ee;
	if (hl_elf_relocs(&sb->mod->elf, apply_reloc, sb, &ee) < 0) {
		snprintf(err, errsz, "file offset 0x%llx: %s", (unsigned long long)ee.offset,
			 ee.msg);
		return -1;
	}
	return 0;
}

/* Maps the module's segments: all writable first, filled, relocated, then
 * given their final protection. Executable bytes were validated when the
 * module was loaded; the rest of their pages is filled with hlt (I2). An
 * executable segment may not share a page with another segment. */
static int map_image(struct hl_sandbox *sb, char *err, size_t errsz)
{
	const struct hl_elf *e = &sb->mod->elf;
	for (unsigned i = 0; i < e->nsegs; i++) {
		const struct hl_segment *s = &e->seg[i];
		uint64_t lo = page_down(s->vaddr), hi = page_up(s->vaddr + s->memsz);
		if (i > 0) {
			const struct hl_segment *p = &e->seg[i - 1];
			uint64_t phi = page_up(p->vaddr + p->memsz);
			if (phi > lo && ((p->flags | s->flags) & HL_SEG_X)) {
				snprintf(err, errsz,
					 "segments %u and %u share a page and one is executable; "
					 "link with halite-cc",
					 p->phindex, s->phindex);
				return -1;
			}
			if (phi > lo)
				lo = phi; /* the shared page is mapped already */
		}
		if (lo < hi && map_fixed(sb, lo, hi, PROT_READ | PROT_WRITE)) {
			snprintf(err, errsz, "cannot map segment %u: %s", s->phindex,
				 strerror(errno));
			return -1;
		}
		if (s->flags & HL_SEG_X)
			memset(sb->base + lo, 0xf4, hi - lo);
		memcpy(sb->base + s->vaddr, s->data, s->filesz);
	}
	if (hl_sandbox_relocate(sb, err, errsz))
		return -1;
	for (unsigned i = 0; i < e->nsegs; i++) {
		const struct hl_segment *s = &e->seg[i];
		uint64_t lo = page_down(s->vaddr), hi = page_up(s->vaddr + s->memsz);
		int prot = seg_prot(s->flags);
		/* A page shared by two (non-executable) segments gets both
		 * protections: extend by the neighbours' flags. */
		if (i > 0 && page_up(e->seg[i - 1].vaddr + e->seg[i - 1].memsz) > lo)
			prot |= seg_prot(e->seg[i - 1].flags);
		if (i + 1 < e->nsegs && page_down(e->seg[i + 1].vaddr) < hi)
			prot |= seg_prot(e->seg[i + 1].flags);
		if (mprotect(sb->base + lo, hi - lo, prot) ||
		    hl_mem_record(&sb->mem, lo, hi, prot, HL_VMA_IMAGE)) {
			snprintf(err, errsz, "cannot protect segment %u", s->phindex);
			return -1;
		}
	}
	return 0;
}

/* Default policies differ only by what the CPU has: look it up once
 * (CPUID is slow, and very slow in virtual machines). */
static pthread_once_t policy_once = PTHREAD_ONCE_INIT;
static struct hv_policy default_policy;

static void policy_init(void)
{
	hv_policy_default(&default_policy);
}

struct hl_sandbox *hl_sandbox_create(const struct hl_module *m, const struct hl_config *cfg,
				     char *err, size_t errsz)
{
	struct hl_sandbox *sb = calloc(1, sizeof *sb);
	if (!sb)
		return fail(NULL, err, errsz, "out of memory");
	sb->mod = m;
	if (cfg)
		sb->cfg = *cfg;
	else
		hl_config_default(&sb->cfg);
	if (!sb->cfg.stack_size)
		sb->cfg.stack_size = DEFAULT_STACK;
	if (!sb->cfg.max_threads)
		sb->cfg.max_threads = DEFAULT_MAX_THREADS;
	pthread_once(&policy_once, policy_init);
	sb->policy = default_policy;
	/* Its calls leave the x87 unit, or MXCSR, alone: so must its dynamic code. */
	if (m->x87_free)
		sb->policy.deny |= HV_DENYBIT(HV_DENY_X87);
	if (m->mxcsr_free)
		sb->policy.deny |= HV_DENYBIT(HV_DENY_MXCSR);
	pthread_mutex_init(&sb->lock, NULL);
	pthread_cond_init(&sb->idle, NULL);
	pthread_mutex_init(&sb->timer_lock, NULL);
	pthread_cond_init(&sb->timer_cond, NULL);
	hl_fdtable_init(&sb->fds);
	char cwd[PATH_MAX] = "/";
	if (sb->cfg.cwd) {
		/* The guest working directory: an existing directory inside a
		 * grant ("/", the default, is always there). */
		const char *rel;
		int r = hl_path_normalize("/", sb->cfg.cwd, cwd, sizeof cwd);
		if (r)
			return fail(sb, err, errsz, "working directory %.200s: %s", sb->cfg.cwd,
				    strerror(-r));
		if (strcmp(cwd, "/")) {
			if (!sb->cfg.grants || !hl_grants_find(sb->cfg.grants, cwd, &rel))
				return fail(sb, err, errsz,
					    "working directory %.200s: not inside a granted "
					    "directory (--dir)",
					    cwd);
			int fd = hl_grants_open(sb->cfg.grants, "/", cwd, O_PATH | O_DIRECTORY, 0);
			if (fd < 0)
				return fail(sb, err, errsz, "working directory %.200s: %s", cwd,
					    strerror(-fd));
			close(fd);
		}
	}
	if (!(sb->cwd = strdup(cwd)))
		return fail(sb, err, errsz, "out of memory");
	sb->pid = 2;
	sb->next_tid = 2;
	sb->entry = m->elf.entry;

	int r;
	struct hl_warm_slot w;
	sb->stack_size = page_up(sb->cfg.stack_size);
	const int warm = sb->cfg.embed && hl_warm_take(m, sb->stack_size, &w);
	if (warm) {
		/* Emptied by the last instance of m (warm.c): mapped already.
		 * Its layout is the sandbox's from here (hl_sandbox_destroy
		 * frees it). */
		sb->base = w.base;
		sb->pooled = 1;
		sb->layout = w.layout;
		sb->nlayout = w.n;
	} else if (sb->cfg.embed) {
		/* Side by side with other instances' slots (slots.c). */
		if ((r = hl_slot_get(&sb->base)))
			return fail(sb, err, errsz,
				    "cannot reserve a 4 GiB sandbox: %s (the 128 TiB of address "
				    "space hold about 32,000)",
				    strerror(-r));
		sb->pooled = 1;
	} else if ((sb->cfg.any_base || reserve_zero_slot(sb)) && (r = reserve_slot(sb))) {
		return fail(sb, err, errsz, "cannot reserve a 4 GiB sandbox: %s", strerror(-r));
	}
	/* Embedded: the table, the return bundle and the image from the
	 * module's sealed memfd (image.c); else, or if that cannot be had,
	 * mapped and filled here. */
	char why[300];
	r = sb->cfg.embed && m->elf.nsegs ? hl_image_map(sb, warm, why, sizeof why) : 1;
	if (r < 0)
		return fail(sb, err, errsz, "%s: %s", m->path, why);
	if (r > 0 && warm) /* cannot be: it was kept after a memfd mapping */
		return fail(sb, err, errsz, "%s: a warm slot without the module's image", m->path);
	if (r > 0) {
		if ((r = map_table(sb)))
			return fail(sb, err, errsz, "cannot map the runtime-call table: %s",
				    strerror(-r));
		if (sb->cfg.embed && (r = map_return_bundle(sb)))
			return fail(sb, err, errsz, "cannot map the return bundle: %s",
				    strerror(-r));
		if (map_image(sb, why, sizeof why) < 0)
			return fail(sb, err, errsz, "%s: %s", m->path, why);
	}
	uint64_t stack = sb->stack_size;
	uint64_t image_end = page_up(m->image_end);
	if (stack > TOP || TOP - stack < image_end + (64u << 20))
		return fail(sb, err, errsz, "stack of %llu bytes does not fit in the sandbox",
			    (unsigned long long)sb->cfg.stack_size);
	uint64_t stack_low = TOP - stack;
	if ((!warm && (r = map_fixed(sb, stack_low, TOP, PROT_READ | PROT_WRITE))) ||
	    (r = hl_mem_record(&sb->mem, stack_low, TOP, PROT_READ | PROT_WRITE, HL_VMA_STACK)))
		return fail(sb, err, errsz, "cannot map the stack: %s", strerror(-r));
	if ((r = hl_mem_init(sb, image_end, stack_low)))
		return fail(sb, err, errsz, "cannot set up sandbox memory: %s", strerror(-r));
	if (sb->pooled && (r = keep_layout(sb, warm)))
		return fail(sb, err, errsz, "%s",
			    r == -ENOMEM ? "out of memory" : "a warm slot's memory map differs");
	if (sb->cfg.memory_limit && sb->mem.committed > sb->cfg.memory_limit)
		return fail(sb, err, errsz,
			    "--memory %llu is less than the module and its stack need (%llu bytes)",
			    (unsigned long long)sb->cfg.memory_limit,
			    (unsigned long long)sb->mem.committed);
	for (int i = 0; i < 3; i++) {
		if (sb->cfg.stdio[i] < 0)
			continue;
		int fd = fcntl(sb->cfg.stdio[i], F_DUPFD_CLOEXEC, 3);
		if (fd < 0)
			continue; /* the host's descriptor is closed: so is the sandbox's */
		struct hl_file *f = hl_file_new(fd, NULL, 0);
		if (!f || hl_fd_install_at(&sb->fds, f, i, 0) < 0)
			return fail(sb, err, errsz, "out of memory");
	}
	return sb;
}

uint64_t hl_sandbox_base(const struct hl_sandbox *sb)
{
	return (uint64_t)(uintptr_t)sb->base;
}

void hl_sandbox_destroy(struct hl_sandbox *sb)
{
	if (!sb)
		return;
	if (sb->pooled) {
		if (!hl_warm_keep(sb))
			hl_slot_put(sb->base);
	} else if (sb->reservation_size) {
		munmap(sb->reservation, sb->reservation_size);
	}
	free(sb->layout);
	hl_mem_free(&sb->mem);
	hl_fdtable_free(&sb->fds);
	free(sb->cwd);
	pthread_mutex_destroy(&sb->lock);
	pthread_cond_destroy(&sb->idle);
	pthread_mutex_destroy(&sb->timer_lock);
	pthread_cond_destroy(&sb->timer_cond);
	free(sb);
}
