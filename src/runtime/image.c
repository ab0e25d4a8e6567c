/* The image of an embedded sandbox (hl_config.embed, docs/embedding.md):
 * everything a new instance of a module maps from its sandbox address
 * 0x10000 up to the end of its image comes from one memfd per module and
 * process, built on first use and sealed against any change (F_SEAL_WRITE
 * and the rest: not even the runtime can write it again), and is mapped
 * private: no copy and no hlt fill per instance, the pages shared by all
 * instances until one writes (copy-on-write). Relocations are applied per
 * instance, to the data pages, which become private copies. The file
 * holds, at offset a - 0x10000 for sandbox address a:
 *
 *   0x10000  the runtime-call table of embedded sandboxes (read-only, I4)
 *   0x11000  zeros, read-only, up to the image (docs/abi.md: reserved)
 *   0x20000  the module's segments as in memory, bss included, the rest
 *            of code pages hlt (I2), and the return bundle
 *
 * The return bundle (lea 1f(%rip), %r11; jmp *0x10010(%r14); hlt...) goes
 * in the hlt padding after the module's last code, at a bundle start, and
 * is validated there like any code: a host call returns into it, and a
 * module that jumps there makes runtime call 2, which it may do anyway.
 * Only when the code leaves no bundle of padding does it get a page of its
 * own at 0x11000.
 *
 * Few mappings per instance (vm.max_map_count bounds how many instances a
 * process holds): runs of pages with one protection are one mapping, and
 * the file keeps them contiguous, so the table, the zeros and the
 * module's headers are one read-only mapping, its code one read-execute
 * mapping. Its read-only data, when a writable segment follows, is mapped
 * read-write with that segment: one mapping instead of two. That lets the
 * module write its own constants (as any WebAssembly module can), never
 * anything outside its slot; code stays read-execute, never writable. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "runtime/sandbox.h"

#define FILE_BASE 0x10000u /* sandbox address of file offset 0 */
#define IMAGE_LOW 0x20000u /* the lowest a module's segment may be (docs/abi.md section 6) */

static uint64_t page_down(uint64_t a)
{
	return a & ~(uint64_t)(HL_PAGE - 1);
}

static uint64_t page_up(uint64_t a)
{
	return (a + HL_PAGE - 1) & ~(uint64_t)(HL_PAGE - 1);
}

static int seg_prot(uint32_t f)
{
	return (f & HL_SEG_R ? PROT_READ : 0) | (f & HL_SEG_W ? PROT_WRITE : 0) |
	       (f & HL_SEG_X ? PROT_EXEC : 0);
}

static int sealed_memfd(const char *name, const uint8_t *bytes, size_t len)
{
	int fd = memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (fd < 0)
		return -1;
	/* Pages of zeros stay holes: never in the page cache, they are not
	 * mapped ahead of use by the kernel's fault-around (which maps the
	 * cached pages near a faulting one into every instance). */
	static const uint8_t zero[HL_PAGE];
	for (size_t done = 0; done < len;) {
		size_t n = len - done < HL_PAGE ? len - done : HL_PAGE;
		if (!memcmp(bytes + done, zero, n)) {
			done += n;
			continue;
		}
		ssize_t w = pwrite(fd, bytes + done, n, (off_t)done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			close(fd);
			return -1;
		}
		done += (size_t)w;
	}
	if (ftruncate(fd, (off_t)len) ||
	    fcntl(fd, F_ADD_SEALS, F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE)) {
		close(fd);
		return -1;
	}
	return fd;
}

/* The file's bytes [FILE_BASE, end) and each page's protection; where the
 * return bundle went. 0, or -1 (the module cannot be laid out this way:
 * a page shared by code and another segment). */
static int lay_out(const struct hl_module *m, uint8_t *buf, uint8_t *prot, uint64_t end,
		   uint64_t *bundle)
{
	const struct hl_elf *e = &m->elf;
	if (hl_fill_table((uint64_t *)(void *)buf, 1, m->x87_free))
		return -1;
	size_t npages = (size_t)((end - FILE_BASE) / HL_PAGE);
	for (size_t i = 0; i < (IMAGE_LOW - FILE_BASE) / HL_PAGE && i < npages; i++)
		prot[i] = PROT_READ;
	uint64_t code_end = 0, last_x_hi = 0;
	for (unsigned i = 0; i < e->nsegs; i++) {
		const struct hl_segment *s = &e->seg[i];
		uint64_t lo = page_down(s->vaddr), hi = page_up(s->vaddr + s->memsz);
		if (i > 0 && page_up(e->seg[i - 1].vaddr + e->seg[i - 1].memsz) > lo &&
		    ((e->seg[i - 1].flags | s->flags) & HL_SEG_X))
			return -1;
		if (s->flags & HL_SEG_X) {
			memset(buf + (lo - FILE_BASE), 0xf4, hi - lo);
			code_end = s->vaddr + s->filesz;
			last_x_hi = hi;
		}
		memcpy(buf + (s->vaddr - FILE_BASE), s->data, s->filesz);
		for (uint64_t p = lo; p < hi; p += HL_PAGE)
			prot[(p - FILE_BASE) / HL_PAGE] |= (uint8_t)seg_prot(s->flags);
	}
	/* Read-only pages above the code go with the writable ones after
	 * them (the header says why). */
	int w_above = 0;
	for (size_t i = npages; i-- > 0 && FILE_BASE + i * HL_PAGE >= last_x_hi;) {
		if (prot[i] & PROT_WRITE)
			w_above = 1;
		else if (w_above && prot[i] == PROT_READ)
			prot[i] = PROT_READ | PROT_WRITE;
	}
	/* The return bundle. */
	static const uint8_t insns[] = {
	    0x4c, 0x8d, 0x1d, 0x19, 0x00, 0x00, 0x00, /* lea 0x19(%rip), %r11 -> +0x20 */
	    0x41, 0xff, 0xa6, 0x10, 0x00, 0x01, 0x00, /* jmp *0x10010(%r14) */
	};
	uint64_t at = (code_end + HL_BUNDLE - 1) & ~(uint64_t)(HL_BUNDLE - 1);
	if (!code_end || at + HL_BUNDLE > last_x_hi) {
		at = HL_RETURN_BUNDLE; /* a page of its own */
		memset(buf + (at - FILE_BASE), 0xf4, HL_PAGE);
		prot[(at - FILE_BASE) / HL_PAGE] = PROT_READ | PROT_EXEC;
	}
	memcpy(buf + (at - FILE_BASE), insns, sizeof insns);
	struct hv_policy p;
	hv_policy_default(&p);
	void *scratch = malloc(hv_scratch_size(HL_BUNDLE));
	int ok = scratch &&
		 hv_validate(buf + (at - FILE_BASE), HL_BUNDLE, at, &p, scratch, NULL, NULL) == 0;
	free(scratch);
	*bundle = at;
	return ok ? 0 : -1;
}

/* Keeps a copy of the bytes of the writable pages (from the first to the
 * last; the file's bytes, before relocation) if they span at most
 * HL_IMAGE_RW_MAX. Without it (too large, or out of memory), warm slots
 * discard those pages instead, which costs the next instance a page
 * fault for each it writes. */
static void keep_rw(struct hl_module *m, const uint8_t *buf, const uint8_t *prot, size_t npages)
{
	size_t lo = npages, hi = 0;
	for (size_t i = 0; i < npages; i++)
		if (prot[i] & PROT_WRITE) {
			lo = lo < i ? lo : i;
			hi = i + 1;
		}
	if (lo >= hi || (hi - lo) * HL_PAGE > HL_IMAGE_RW_MAX)
		return;
	m->image_rw = malloc((hi - lo) * HL_PAGE);
	if (!m->image_rw)
		return;
	memcpy(m->image_rw, buf + lo * HL_PAGE, (hi - lo) * HL_PAGE);
	m->rw_lo = FILE_BASE + lo * HL_PAGE;
	m->rw_hi = FILE_BASE + hi * HL_PAGE;
}

const uint8_t *hl_image_rw(const struct hl_module *m, uint64_t start, uint64_t end)
{
	if (!m->image_rw || start < m->rw_lo || end > m->rw_hi || start > end)
		return NULL;
	return m->image_rw + (start - m->rw_lo);
}

static pthread_mutex_t image_lock = PTHREAD_MUTEX_INITIALIZER;

/* The module's file, built on first use: m->image_fd, its page
 * protections m->image_prot and the bundle's address. -1 if it cannot be
 * made (the caller maps the image the general way then). */
static int image_fd(const struct hl_module *cm)
{
	struct hl_module *m = (struct hl_module *)cm; /* the cache only */
	pthread_mutex_lock(&image_lock);
	if (!m->image_state) {
		const struct hl_elf *e = &m->elf;
		uint64_t end = e->nsegs ? page_up(m->image_end) : 0;
		size_t len = end > FILE_BASE ? (size_t)(end - FILE_BASE) : 0;
		uint8_t *buf = len ? calloc(1, len) : NULL;
		uint8_t *prot = len ? calloc(len / HL_PAGE, 1) : NULL;
		int fd = -1;
		if (buf && prot && e->seg[0].vaddr >= IMAGE_LOW &&
		    lay_out(m, buf, prot, end, &m->image_bundle) == 0)
			fd = sealed_memfd("halite-module", buf, len);
		if (fd >= 0)
			keep_rw(m, buf, prot, len / HL_PAGE);
		free(buf);
		if (fd < 0) {
			free(prot);
			prot = NULL;
		}
		m->image_fd = fd;
		m->image_prot = prot;
		m->image_state = fd >= 0 ? 1 : -1;
	}
	int fd = m->image_state > 0 ? m->image_fd : -1;
	pthread_mutex_unlock(&image_lock);
	return fd;
}

int hl_image_map(struct hl_sandbox *sb, int warm, char *err, size_t errsz)
{
	const struct hl_module *m = sb->mod;
	int fd = image_fd(m);
	if (fd < 0)
		return 1;
	size_t npages = (size_t)((page_up(m->image_end) - FILE_BASE) / HL_PAGE);
	for (size_t i = 0; i < npages;) {
		size_t j = i;
		while (j < npages && m->image_prot[j] == m->image_prot[i])
			j++;
		uint64_t a = FILE_BASE + i * HL_PAGE, len = (j - i) * HL_PAGE;
		int prot = m->image_prot[i];
		int r = 0;
		if (prot) {
			void *want = sb->base + a;
			void *p = warm ? want
				       : mmap(want, len, prot, MAP_PRIVATE | MAP_FIXED, fd,
					      (off_t)(a - FILE_BASE));
			r = p == want ? 0 : -errno;
			/* Below the image: the table's, refused to the module's
			 * own mmap, munmap and mprotect. */
			uint64_t mid = a < IMAGE_LOW ? IMAGE_LOW : a; /* the image from here */
			if (mid > a + len)
				mid = a + len;
			if (!r && a < mid)
				r = hl_mem_record(&sb->mem, a, mid, prot, HL_VMA_TABLE);
			if (!r && mid < a + len)
				r = hl_mem_record(&sb->mem, mid, a + len, prot, HL_VMA_IMAGE);
		}
		if (r) {
			snprintf(err, errsz, "cannot map the image at 0x%llx: %s%s",
				 (unsigned long long)a, strerror(-r),
				 r == -ENOMEM ? " (the process may have as many mappings as "
						"vm.max_map_count allows: about 6 per instance)"
					      : "");
			return -1;
		}
		i = j;
	}
	sb->ret_bundle = m->image_bundle;
	return hl_sandbox_relocate(sb, err, errsz);
}
