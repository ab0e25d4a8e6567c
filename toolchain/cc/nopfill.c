/* nopfill: merges runs of single-byte nops in a linked module.
 *
 * GNU as's `.bundle_align_mode` pads a bundle with runs of 0x90 before an
 * instruction that would cross the bundle's end (and after a call, up to
 * the next bundle start where its return lands: those never run). Every
 * one that runs costs the front end a slot; in hot loops that is a large
 * part of the sandbox's overhead. This pass
 * rewrites, in the executable PT_LOAD segments of a linked module, every
 * run of single-byte nops into the fewest multi-byte nops of the same total
 * length (at most 9 bytes each, the forms below). Nothing moves: sizes,
 * addresses, symbols and relocations stay as ld made them.
 *
 * Which bytes may be merged:
 *   - only whole 0x90 instructions, found by decoding each bundle from its
 *     start with the validator's decoder (hv_decode), as the CPU and the
 *     validator see it;
 *   - never across a bundle boundary (an indirect branch may land on any
 *     bundle start, and no instruction may cross one: docs/abi.md R3, R7);
 *   - never over a branch target: a merged nop may start at a target but
 *     never contain one. Targets are the targets of every direct branch in
 *     the code (jmp, jcc, call, loop, jrcxz: the decoder's HV_F_BRANCH),
 *     every symbol value in .symtab and .dynsym, the entry point, and every
 *     R_X86_64_RELATIVE/IRELATIVE/64 addend that points into the code.
 *     Indirect branches only reach bundle starts (R7), which never lie
 *     inside a merged nop, so the symbols and relocations are a margin.
 * .init and .fini are treated like the rest (their pieces are joined by
 * 0x90 padding that falls through; _init and _fini are symbols).
 *
 * Only modules that validate before the pass are touched (with 32-byte
 * or 16-byte bundles; all CPU features allowed, nothing denied: the rules,
 * not this machine's policy). The result is validated again, with each
 * bundle size the original passed, before anything is written; if that
 * fails, which would be a bug here, the file keeps its original bytes and
 * the caller gets NOPFILL_REVERTED. Untrusted like the rest of halite-cc: the loader
 * validates the module whatever this pass does. */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nopfill.h"
#include "validator/validator.h"

#define MAX_NOP 9
#define MAX_FILE (1ull << 32)

/* The recommended multi-byte nops (Intel SDM, NOP), by length. Each is on
 * the validator's whitelist (0f 1f /0 takes no memory access; 66 is allowed
 * on both nop forms). */
static const uint8_t nop_forms[MAX_NOP + 1][MAX_NOP] = {
    [1] = {0x90},
    [2] = {0x66, 0x90},
    [3] = {0x0f, 0x1f, 0x00},
    [4] = {0x0f, 0x1f, 0x40, 0x00},
    [5] = {0x0f, 0x1f, 0x44, 0x00, 0x00},
    [6] = {0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00},
    [7] = {0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00},
    [8] = {0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    [9] = {0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
};

struct seg {
	uint64_t off, vaddr, len; /* file offset, sandbox address, file bytes */
	uint8_t *code;		  /* into the file image */
	uint64_t *target;	  /* bit per byte: a branch target or symbol */
	uint64_t *nop1;		  /* bit per byte: a single-byte nop starts here */
};

struct ctx {
	uint8_t *img;
	size_t size;
	struct seg *seg;
	size_t nseg;
	char *msg;
	size_t msglen;
};

static void say(struct ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(struct ctx *c, const char *fmt, ...)
{
	if (!c->msg || !c->msglen)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(c->msg, c->msglen, fmt, ap);
	va_end(ap);
}

static bool bit(const uint64_t *m, uint64_t i)
{
	return (m[i / 64] >> (i % 64)) & 1;
}

static void set_bit(uint64_t *m, uint64_t i)
{
	m[i / 64] |= 1ull << (i % 64);
}

static void clear_bit(uint64_t *m, uint64_t i)
{
	m[i / 64] &= ~(1ull << (i % 64));
}

/* Whether [off, off + n) lies inside the image. */
static bool in_image(const struct ctx *c, uint64_t off, uint64_t n)
{
	return off <= c->size && n <= c->size - off;
}

static void mark_target(struct ctx *c, uint64_t vaddr)
{
	for (size_t i = 0; i < c->nseg; i++) {
		struct seg *s = &c->seg[i];
		if (vaddr >= s->vaddr && vaddr - s->vaddr < s->len)
			set_bit(s->target, vaddr - s->vaddr);
	}
}

/* Violations of every executable segment with this bundle size; the rules
 * only (every feature allowed, nothing denied). SIZE_MAX: out of memory. */
static size_t violations(const struct ctx *c, unsigned bundle)
{
	struct hv_policy p = {HV_PROFILE_HALITE, bundle, 0, ~0ull};
	size_t v = 0;
	for (size_t i = 0; i < c->nseg; i++) {
		const struct seg *s = &c->seg[i];
		void *scratch = malloc(hv_scratch_size(s->len) + 1);
		if (!scratch)
			return SIZE_MAX;
		v += hv_validate(s->code, s->len, s->vaddr, &p, scratch, NULL, NULL);
		free(scratch);
	}
	return v;
}

/* Decodes every bundle from its start: single-byte nops and the targets
 * of direct branches. A bundle that does not decode (impossible in a
 * module that validated) gets no merges. */
static void decode_code(struct ctx *c, unsigned bundle)
{
	for (size_t i = 0; i < c->nseg; i++) {
		struct seg *s = &c->seg[i];
		for (uint64_t start = 0; start < s->len; start += bundle) {
			uint64_t end = start + bundle < s->len ? start + bundle : s->len;
			for (uint64_t off = start; off < end;) {
				struct hv_insn in;
				if (hv_decode(s->code + off, s->len - off, &in) != HV_D_OK ||
				    off + in.len > end) {
					for (uint64_t k = start; k < end; k++)
						clear_bit(s->nop1, k);
					break;
				}
				if (in.len == 1 && s->code[off] == 0x90)
					set_bit(s->nop1, off);
				if (hv_insn_op(&in)->flags & HV_F_BRANCH)
					mark_target(c, s->vaddr + off + in.len + (uint64_t)in.imm);
				off += in.len;
			}
		}
	}
}

/* Symbols (.symtab, .dynsym) and code addresses in relocations. A module
 * without section headers still gets the branch targets. */
static void mark_symbols(struct ctx *c)
{
	Elf64_Ehdr eh;
	memcpy(&eh, c->img, sizeof eh);
	mark_target(c, eh.e_entry);
	if (!eh.e_shoff || eh.e_shentsize != sizeof(Elf64_Shdr) ||
	    !in_image(c, eh.e_shoff, (uint64_t)eh.e_shnum * sizeof(Elf64_Shdr)))
		return;
	for (unsigned i = 0; i < eh.e_shnum; i++) {
		Elf64_Shdr sh;
		memcpy(&sh, c->img + eh.e_shoff + (uint64_t)i * sizeof sh, sizeof sh);
		if (!in_image(c, sh.sh_offset, sh.sh_size))
			continue;
		if (sh.sh_type == SHT_SYMTAB || sh.sh_type == SHT_DYNSYM) {
			for (uint64_t o = 0; o + sizeof(Elf64_Sym) <= sh.sh_size;
			     o += sizeof(Elf64_Sym)) {
				Elf64_Sym sym;
				memcpy(&sym, c->img + sh.sh_offset + o, sizeof sym);
				if (sym.st_shndx != SHN_UNDEF)
					mark_target(c, sym.st_value);
			}
		} else if (sh.sh_type == SHT_RELA) {
			for (uint64_t o = 0; o + sizeof(Elf64_Rela) <= sh.sh_size;
			     o += sizeof(Elf64_Rela)) {
				Elf64_Rela r;
				memcpy(&r, c->img + sh.sh_offset + o, sizeof r);
				unsigned t = (unsigned)ELF64_R_TYPE(r.r_info);
				if (t == R_X86_64_RELATIVE || t == R_X86_64_IRELATIVE ||
				    t == R_X86_64_64)
					mark_target(c, (uint64_t)r.r_addend);
			}
		}
	}
}

/* n (>= 2) bytes of nops at p: the fewest of at most MAX_NOP bytes, of
 * nearly equal lengths (10 is 5 + 5, not 9 + 1). Returns how many. */
static size_t write_nops(uint8_t *p, size_t n)
{
	size_t q = (n + MAX_NOP - 1) / MAX_NOP, base = n / q, extra = n % q;
	for (size_t i = 0; i < q; i++) {
		size_t k = base + (i < extra);
		memcpy(p, nop_forms[k], k);
		p += k;
	}
	return q;
}

/* Merges the runs; counts into st. */
static void merge(struct ctx *c, unsigned bundle, unsigned flags, struct nopfill_stats *st)
{
	bool injected = false;
	for (size_t i = 0; i < c->nseg; i++) {
		struct seg *s = &c->seg[i];
		for (uint64_t start = 0; start < s->len; start += bundle) {
			uint64_t end = start + bundle < s->len ? start + bundle : s->len;
			for (uint64_t off = start; off < end;) {
				if (!bit(s->nop1, off)) {
					off++;
					continue;
				}
				st->nop1++;
				uint64_t p = off + 1;
				while (p < end && bit(s->nop1, p) && !bit(s->target, p)) {
					st->nop1++;
					p++;
				}
				/* The run goes on past a target or the bundle's end. */
				if (p < s->len && bit(s->nop1, p))
					st->splits++;
				size_t n = (size_t)(p - off);
				if (n >= 2) {
					st->nops_written += write_nops(s->code + off, n);
					st->runs++;
					st->run_bytes += n;
					if ((flags & NOPFILL_INJECT_FAULT) && !injected) {
						s->code[off] = 0xcc; /* int3: forbidden (R2) */
						injected = true;
					}
				}
				off = p;
			}
		}
	}
}

static size_t count_targets(const struct ctx *c)
{
	size_t n = 0;
	for (size_t i = 0; i < c->nseg; i++)
		for (uint64_t w = 0; w < (c->seg[i].len + 63) / 64; w++)
			n += (size_t)__builtin_popcountll(c->seg[i].target[w]);
	return n;
}

/* Finds the executable PT_LOAD segments. Returns NOPFILL_OK or why not. */
static enum nopfill_status find_code(struct ctx *c)
{
	Elf64_Ehdr eh;
	if (c->size < sizeof eh)
		return NOPFILL_SKIPPED;
	memcpy(&eh, c->img, sizeof eh);
	if (memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_ident[EI_CLASS] != ELFCLASS64 ||
	    eh.e_ident[EI_DATA] != ELFDATA2LSB || eh.e_machine != EM_X86_64 ||
	    (eh.e_type != ET_EXEC && eh.e_type != ET_DYN)) {
		say(c, "not an ELF64 x86-64 executable");
		return NOPFILL_SKIPPED;
	}
	if (eh.e_phentsize != sizeof(Elf64_Phdr) ||
	    !in_image(c, eh.e_phoff, (uint64_t)eh.e_phnum * sizeof(Elf64_Phdr))) {
		say(c, "program headers outside the file");
		return NOPFILL_ERROR;
	}
	c->seg = calloc(eh.e_phnum ? eh.e_phnum : 1, sizeof *c->seg);
	if (!c->seg) {
		say(c, "out of memory");
		return NOPFILL_ERROR;
	}
	for (unsigned i = 0; i < eh.e_phnum; i++) {
		Elf64_Phdr ph;
		memcpy(&ph, c->img + eh.e_phoff + (uint64_t)i * sizeof ph, sizeof ph);
		if (ph.p_type != PT_LOAD || !(ph.p_flags & PF_X) || !ph.p_filesz)
			continue;
		if (!in_image(c, ph.p_offset, ph.p_filesz)) {
			say(c, "executable segment outside the file");
			return NOPFILL_ERROR;
		}
		struct seg *s = &c->seg[c->nseg++];
		s->off = ph.p_offset;
		s->vaddr = ph.p_vaddr;
		s->len = ph.p_filesz;
		s->code = c->img + ph.p_offset;
		size_t words = (size_t)((s->len + 63) / 64);
		s->target = calloc(words, sizeof(uint64_t));
		s->nop1 = calloc(words, sizeof(uint64_t));
		if (!s->target || !s->nop1) {
			say(c, "out of memory");
			return NOPFILL_ERROR;
		}
	}
	return NOPFILL_OK;
}

static enum nopfill_status read_image(struct ctx *c, int fd)
{
	struct stat sb;
	if (fstat(fd, &sb) != 0) {
		say(c, "%s", strerror(errno));
		return NOPFILL_ERROR;
	}
	if (!S_ISREG(sb.st_mode))
		return NOPFILL_SKIPPED; /* -o /dev/null */
	if ((uint64_t)sb.st_size > MAX_FILE) {
		say(c, "file too large");
		return NOPFILL_SKIPPED;
	}
	c->size = (size_t)sb.st_size;
	c->img = malloc(c->size ? c->size : 1);
	if (!c->img) {
		say(c, "out of memory");
		return NOPFILL_ERROR;
	}
	for (size_t n = 0; n < c->size;) {
		ssize_t r = pread(fd, c->img + n, c->size - n, (off_t)n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			say(c, "read: %s", r < 0 ? strerror(errno) : "file shrank");
			return NOPFILL_ERROR;
		}
		n += (size_t)r;
	}
	return NOPFILL_OK;
}

static enum nopfill_status write_code(struct ctx *c, int fd)
{
	for (size_t i = 0; i < c->nseg; i++) {
		const struct seg *s = &c->seg[i];
		for (uint64_t n = 0; n < s->len;) {
			ssize_t r =
			    pwrite(fd, s->code + n, (size_t)(s->len - n), (off_t)(s->off + n));
			if (r < 0 && errno == EINTR)
				continue;
			if (r <= 0) {
				say(c, "write: %s", r < 0 ? strerror(errno) : "no progress");
				return NOPFILL_WRITE_ERROR;
			}
			n += (uint64_t)r;
		}
	}
	return NOPFILL_OK;
}

static enum nopfill_status run_pass(struct ctx *c, int fd, unsigned flags, struct nopfill_stats *st)
{
	enum nopfill_status rc = read_image(c, fd);
	if (rc != NOPFILL_OK)
		return rc;
	if ((rc = find_code(c)) != NOPFILL_OK)
		return rc;
	st->segments = c->nseg;
	for (size_t i = 0; i < c->nseg; i++)
		st->code_bytes += c->seg[i].len;
	if (!c->nseg)
		return NOPFILL_OK;

	/* The bundle sizes the module validates with: the pass keeps each of
	 * them valid by splitting at the smaller one's boundaries (a module
	 * built for 32-byte bundles practically never validates with 16). */
	size_t v32 = violations(c, 32), v16 = violations(c, 16);
	if (v32 == SIZE_MAX || v16 == SIZE_MAX) {
		say(c, "out of memory");
		return NOPFILL_ERROR;
	}
	unsigned bundle = v16 == 0 ? 16 : v32 == 0 ? 32 : 0;
	if (!bundle) {
		say(c,
		    "the module does not validate as linked (%zu violation%s with 32-byte "
		    "bundles); left unchanged",
		    v32, v32 == 1 ? "" : "s");
		return NOPFILL_INVALID;
	}
	st->bundle = bundle;

	decode_code(c, bundle);
	mark_symbols(c);
	st->targets = count_targets(c);

	/* The original code bytes, for a failed check. */
	uint8_t **orig = calloc(c->nseg, sizeof *orig);
	if (!orig) {
		say(c, "out of memory");
		return NOPFILL_ERROR;
	}
	for (size_t i = 0; i < c->nseg; i++) {
		orig[i] = malloc((size_t)c->seg[i].len);
		if (!orig[i]) {
			rc = NOPFILL_ERROR;
			say(c, "out of memory");
			goto out;
		}
		memcpy(orig[i], c->seg[i].code, (size_t)c->seg[i].len);
	}
	merge(c, bundle, flags, st);
	if (!st->runs)
		goto out;
	size_t v = 0;
	unsigned bad = 0;
	for (unsigned b = 16; b <= 32 && !v; b *= 2) {
		if ((b == 16 ? v16 : v32) == 0 && (v = violations(c, b)) != 0)
			bad = b;
	}
	if (v) {
		for (size_t i = 0; i < c->nseg; i++)
			memcpy(c->seg[i].code, orig[i], (size_t)c->seg[i].len);
		if (v == SIZE_MAX) {
			rc = NOPFILL_ERROR;
			say(c, "out of memory");
		} else {
			rc = NOPFILL_REVERTED;
			say(c,
			    "merging %zu nop runs gave %zu violation%s with %u-byte bundles "
			    "(a bug in the pass); the original code is kept",
			    st->runs, v, v == 1 ? "" : "s", bad);
		}
		goto out;
	}
	if (!(flags & NOPFILL_DRY_RUN))
		rc = write_code(c, fd);
out:
	for (size_t i = 0; i < c->nseg; i++)
		free(orig[i]);
	free(orig);
	return rc;
}

enum nopfill_status nopfill_file(const char *path, unsigned flags, struct nopfill_stats *st,
				 char *msg, size_t msglen)
{
	struct nopfill_stats dummy;
	if (!st)
		st = &dummy;
	memset(st, 0, sizeof *st);
	if (msg && msglen)
		msg[0] = 0;
	struct ctx c = {.msg = msg, .msglen = msglen};
	int fd = open(path, (flags & NOPFILL_DRY_RUN) ? O_RDONLY : O_RDWR);
	if (fd < 0) {
		say(&c, "%s", strerror(errno));
		return NOPFILL_ERROR;
	}
	enum nopfill_status rc = run_pass(&c, fd, flags, st);
	if (close(fd) != 0 && rc == NOPFILL_OK) {
		say(&c, "close: %s", strerror(errno));
		rc = (flags & NOPFILL_DRY_RUN) ? NOPFILL_ERROR : NOPFILL_WRITE_ERROR;
	}
	for (size_t i = 0; i < c.nseg; i++) {
		free(c.seg[i].target);
		free(c.seg[i].nop1);
	}
	free(c.seg);
	free(c.img);
	return rc;
}
