/* The memory map of one sandbox: which pages of its slot are mapped, with
 * what protection, and how much memory that commits against the limit.
 *
 * The slot is reserved PROT_NONE when the sandbox is created and is never
 * unmapped until it is destroyed: "unmapping" a range maps fresh PROT_NONE
 * pages over it (MAP_FIXED), so that no host mapping can ever land inside
 * a slot. Executable memory is W^X and validated before it becomes
 * executable (docs/abi.md I2). All addresses here are sandbox addresses
 * (offsets from the base), page-aligned. */
#ifndef HALITE_RUNTIME_MEM_H
#define HALITE_RUNTIME_MEM_H

#include <stddef.h>
#include <stdint.h>

#define HL_PAGE 4096u

struct hl_vma {
	uint64_t start, end; /* [start, end), page-aligned sandbox addresses */
	int prot;            /* PROT_READ | PROT_WRITE | PROT_EXEC */
	int kind;            /* HL_VMA_* */
};

/* HL_VMA_MMAP: private anonymous (mmap, mremap); HL_VMA_FILE: a file mapping
 * (never executable). */
enum { HL_VMA_IMAGE = 1, HL_VMA_BRK, HL_VMA_STACK, HL_VMA_MMAP, HL_VMA_TABLE, HL_VMA_FILE };

struct hl_mem {
	struct hl_vma *v;    /* sorted by start, non-overlapping; malloc'd */
	size_t n, cap;
	uint64_t brk_start;  /* first byte of the heap (page-aligned end of the image) */
	uint64_t brk_cur;    /* current break (not necessarily page-aligned) */
	uint64_t brk_max;    /* the break never goes above this */
	uint64_t mmap_min;   /* mmap(NULL) places mappings in [mmap_min, mmap_max) */
	uint64_t mmap_max;
	uint64_t committed;  /* bytes of mappings whose protection is not PROT_NONE */
	uint64_t limit;      /* 0 = only the slot */
};

struct hl_sandbox;

/* Sets up the map after the image, the table and the main stack were
 * mapped by the loader (which records them with hl_mem_record). */
int hl_mem_init(struct hl_sandbox *sb, uint64_t image_end, uint64_t stack_low);
void hl_mem_free(struct hl_mem *m);
/* Records a mapping the loader made itself. Returns 0 or -ENOMEM. */
int hl_mem_record(struct hl_mem *m, uint64_t start, uint64_t end, int prot, int kind);

/* The system calls, with Linux semantics within the slot. Each takes
 * sb->lock. Return the sandbox address (mmap, mremap, brk) or 0, or
 * -errno. */
int64_t hl_mem_mmap(struct hl_sandbox *sb, uint64_t addr, uint64_t len, int prot, int flags,
		    int hostfd, uint64_t off);
int64_t hl_mem_munmap(struct hl_sandbox *sb, uint64_t addr, uint64_t len);
int64_t hl_mem_mprotect(struct hl_sandbox *sb, uint64_t addr, uint64_t len, int prot);
int64_t hl_mem_mremap(struct hl_sandbox *sb, uint64_t old, uint64_t oldlen, uint64_t newlen,
		      int flags, uint64_t newaddr);
int64_t hl_mem_brk(struct hl_sandbox *sb, uint64_t addr);
int64_t hl_mem_madvise(struct hl_sandbox *sb, uint64_t addr, uint64_t len, int advice);

/* Whether [addr, addr + len) is mapped with at least prot. For
 * diagnostics (stack overflow detection), takes the lock. */
int hl_mem_is_mapped(struct hl_sandbox *sb, uint64_t addr, uint64_t len, int prot);

#endif
