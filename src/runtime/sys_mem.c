/* Memory system calls: the sandbox's arguments turned into sandbox
 * addresses for mem.c, and its results back into sandbox pointers.
 *
 * A sandbox pointer is base + offset: only its low 32 bits count (a
 * pointer with other high bits means the same offset). Lengths are taken
 * whole and checked by mem.c. */
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

#include "runtime/sandbox.h"
#include "runtime/syscall.h"

/* A result of mem.c as the sandbox sees it: a full pointer, or -errno. */
static int64_t to_ptr(const struct hl_thread *t, int64_t r)
{
	return r < 0 ? r : (int64_t)(t->base + (uint64_t)r);
}

/* Flags and protections are ints in the kernel's checks: higher bits are
 * invalid rather than ignored. */
static int fits_int(uint64_t v)
{
	return v <= INT32_MAX;
}

HL_SYS(mmap)
{
	struct hl_sandbox *sb = t->sb;
	if (!fits_int(a[2]) || !fits_int(a[3]))
		return -EINVAL;
	int prot = (int)a[2], flags = (int)a[3];
	if (flags & MAP_ANONYMOUS)
		return to_ptr(t, hl_mem_mmap(sb, (uint32_t)a[0], a[1], prot, flags, -1, a[5]));
	struct hl_file *f = hl_fd_get(&sb->fds, (int)a[4]);
	if (!f)
		return -EBADF;
	int64_t r = hl_mem_mmap(sb, (uint32_t)a[0], a[1], prot, flags, f->hostfd, a[5]);
	hl_file_put(f);
	return to_ptr(t, r);
}

HL_SYS(munmap)
{
	return hl_mem_munmap(t->sb, (uint32_t)a[0], a[1]);
}

HL_SYS(mprotect)
{
	if (!fits_int(a[2]))
		return -EINVAL;
	return hl_mem_mprotect(t->sb, (uint32_t)a[0], a[1], (int)a[2]);
}

HL_SYS(mremap)
{
	if (!fits_int(a[3]))
		return -EINVAL;
	return to_ptr(t,
		      hl_mem_mremap(t->sb, (uint32_t)a[0], a[1], a[2], (int)a[3], (uint32_t)a[4]));
}

HL_SYS(brk)
{
	return to_ptr(t, hl_mem_brk(t->sb, (uint32_t)a[0]));
}

HL_SYS(madvise)
{
	return hl_mem_madvise(t->sb, (uint32_t)a[0], a[1], (int)a[2]);
}
