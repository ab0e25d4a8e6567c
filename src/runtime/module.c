/* Loading a module: read the whole file into runtime-owned memory, parse
 * it, and validate every executable segment once. Sandboxes made from the
 * module copy these exact bytes (never the file again), so the verdict
 * holds for every copy. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/runtime.h"
#include "runtime/warm.h"

#define MODULE_MAX (1ull << 30)

static struct hl_module *fail(struct hl_module *m, struct hl_load_error *err,
			      enum hl_load_kind kind, const char *fmt, ...)
{
	va_list ap;
	err->kind = kind;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	hl_module_free(m);
	return NULL;
}

/* Reads path into m->image with read(), not mmap: a mapped file could
 * change under the validator's feet. */
static int read_all(struct hl_module *m, const char *path, char *why, size_t whysz)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0) {
		snprintf(why, whysz, "%s", strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		snprintf(why, whysz, "not a regular file");
		close(fd);
		return -1;
	}
	if ((uint64_t)st.st_size > MODULE_MAX) {
		snprintf(why, whysz, "larger than 1 GiB");
		close(fd);
		return -1;
	}
	m->size = (size_t)st.st_size;
	m->image = malloc(m->size ? m->size : 1);
	size_t got = 0;
	while (m->image && got < m->size) {
		ssize_t r = read(fd, m->image + got, m->size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			snprintf(why, whysz, "%s", r < 0 ? strerror(errno) : "file shrank while read");
			close(fd);
			return -1;
		}
		got += (size_t)r;
	}
	close(fd);
	if (!m->image) {
		snprintf(why, whysz, "out of memory");
		return -1;
	}
	return 0;
}

/* Validates the module's executable segments under policy, each
 * violation passed to report (may be NULL): 0 with the count of violations
 * in *violations, or -1 if the validator's scratch memory cannot be had. */
static int validate_code(const struct hl_module *m, const struct hv_policy *policy,
			 hv_report_fn report, void *ctx, size_t *violations)
{
	*violations = 0;
	for (unsigned i = 0; i < m->elf.nsegs; i++) {
		const struct hl_segment *s = &m->elf.seg[i];
		if (!(s->flags & HL_SEG_X))
			continue;
		void *scratch = malloc(hv_scratch_size(s->filesz) + 1);
		if (!scratch)
			return -1;
		*violations +=
		    hv_validate(s->data, s->filesz, s->vaddr, policy, scratch, report, ctx);
		free(scratch);
	}
	return 0;
}

struct hl_module *hl_module_load(const char *path, const struct hv_policy *policy,
				 struct hl_load_error *err)
{
	struct hv_policy def;
	if (!policy) {
		hv_policy_default(&def);
		policy = &def;
	}
	err->kind = HL_LOAD_OK;
	err->msg[0] = 0;
	struct hl_module *m = calloc(1, sizeof *m);
	if (!m || !(m->path = strdup(path)))
		return fail(m, err, HL_LOAD_ERROR, "out of memory");
	char why[200];
	if (read_all(m, path, why, sizeof why) < 0)
		return fail(m, err, HL_LOAD_ERROR, "cannot read the module: %s", why);
	struct hl_elf_error ee;
	if (hl_elf_parse(&m->elf, m->image, m->size, &ee) < 0)
		return fail(m, err, HL_LOAD_ERROR, "not a halite module (file offset 0x%llx): %s",
			    (unsigned long long)ee.offset, ee.msg);
	for (unsigned i = 0; i < m->elf.nsegs; i++) {
		const struct hl_segment *s = &m->elf.seg[i];
		if (s->vaddr + s->memsz > m->image_end)
			m->image_end = s->vaddr + s->memsz;
	}
	size_t violations;
	if (validate_code(m, policy, NULL, NULL, &violations))
		return fail(m, err, HL_LOAD_ERROR, "out of memory");
	if (violations)
		return fail(m, err, HL_LOAD_INVALID,
			    "the module breaks the sandbox rules (%zu violation%s); "
			    "'halite validate' shows them",
			    violations, violations == 1 ? "" : "s");
	m->phdr = hl_elf_phdr_addr(&m->elf);
	return m;
}

/* hv_report_fn for hl_module_check_fp: collects the denied classes seen. */
static void note_denied(void *ctx, const struct hv_violation *v)
{
	if (v->rule == HV_RULE_DENIED && v->detail < HV_DENY_CONFIGURABLE_END)
		*(uint32_t *)ctx |= HV_DENYBIT(v->detail);
}

void hl_module_check_fp(struct hl_module *m)
{
	struct hv_policy p;
	hv_policy_default(&p);
	p.deny |= HV_DENYBIT(HV_DENY_X87) | HV_DENYBIT(HV_DENY_MXCSR);
	uint32_t seen = 0;
	size_t found;
	/* Out of memory: as if it had both, the safe side. */
	int bad = validate_code(m, &p, note_denied, &seen, &found) != 0;
	m->x87_free = !bad && !(seen & HV_DENYBIT(HV_DENY_X87));
	m->mxcsr_free = !bad && !(seen & HV_DENYBIT(HV_DENY_MXCSR));
}

void hl_module_free(struct hl_module *m)
{
	if (!m)
		return;
	hl_warm_release(m);
	if (m->image_state > 0)
		close(m->image_fd);
	free(m->image_prot);
	free(m->image_rw);
	free(m->image);
	free(m->path);
	free(m);
}
