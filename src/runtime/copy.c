/* Copies between the runtime and sandbox memory (sandbox.h). The range
 * checks make a copy stay inside the slot; the fault-tolerant copy
 * routines of entry.S turn an unmapped page into -EFAULT. */
#include <errno.h>

#include "runtime/sandbox.h"

/* Whether [off, off + len) lies inside the slot, without overflow. */
static int in_slot(uint64_t off, uint64_t len)
{
	return len <= HV_SANDBOX_SIZE - off;
}

void *hl_range(const struct hl_sandbox *sb, uint64_t ptr, uint64_t len)
{
	uint64_t off = (uint32_t)ptr;
	return in_slot(off, len) ? sb->base + off : NULL;
}

int hl_copy_in(const struct hl_sandbox *sb, void *dst, uint64_t ptr, size_t len)
{
	const void *src = hl_range(sb, ptr, len);
	if (!src)
		return -EFAULT;
	return len ? (int)hl_try_copy(dst, src, len) : 0;
}

int hl_copy_out(const struct hl_sandbox *sb, uint64_t ptr, const void *src, size_t len)
{
	void *dst = hl_range(sb, ptr, len);
	if (!dst)
		return -EFAULT;
	return len ? (int)hl_try_copy(dst, src, len) : 0;
}

long hl_copy_str_in(const struct hl_sandbox *sb, char *dst, uint64_t ptr, size_t cap)
{
	uint64_t off = (uint32_t)ptr;
	/* Never read past the slot: shorten cap at its end. */
	uint64_t room = HV_SANDBOX_SIZE - off;
	size_t n = cap < room ? cap : (size_t)room;
	if (n == 0)
		return -EFAULT;
	long r = hl_try_strcpy(dst, (const char *)sb->base + off, n);
	if (r < 0)
		return r;
	if ((size_t)r == n)
		return n < cap ? -EFAULT : -ENAMETOOLONG;
	return r;
}
