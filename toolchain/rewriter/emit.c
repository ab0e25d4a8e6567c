/* Emission helpers: lines, labels, bundle-locked groups, call sites,
 * runtime calls. Where a size depends on the address, it is a ".nops" whose
 * size gas computes during relaxation from the distance to the section
 * start (each code section starts bundle-aligned, see driver.c). */
#include "emit.h"

#include <stdarg.h>
#include <stdio.h>

#include "diag.h"

void emit_line(struct emitter *e, const char *fmt, ...)
{
	va_list ap;
	buf_putc(e->out, '\t');
	va_start(ap, fmt);
	buf_vprintf(e->out, fmt, ap);
	va_end(ap);
	buf_putc(e->out, '\n');
}

void emit_label(struct emitter *e, const char *name)
{
	buf_printf(e->out, "%s:\n", name);
}

void emit_align(struct emitter *e)
{
	emit_line(e, ".p2align %u", e->log2);
}

void emit_lock(struct emitter *e)
{
	emit_line(e, ".bundle_lock");
}

void emit_unlock(struct emitter *e)
{
	emit_line(e, ".bundle_unlock");
}

/* The call goes where it is, unless its LEN bytes would end exactly at the
 * bundle end: then one no-op first, and gas's bundle mode moves the call to
 * the next bundle if it no longer fits. (gas's comparison gives -1 for
 * true, so "& 1" makes the size 1 or 0.) */
void emit_call_start(struct emitter *e, unsigned len)
{
	if (!e->sect_start) { /* cannot happen: every code section has a start label */
		diag_error(0, "internal error: call outside a code section");
		return;
	}
	emit_line(e, ".nops ((((. - %s) & %u) == %u) & 1)", e->sect_start, e->bundle - 1,
		  e->bundle - len);
}

void emit_new_label(struct emitter *e, char *name)
{
	if (e->rept_line)
		diag_error(e->rept_line, "a sequence inside .rept needs a label of its own "
					 "(system call, thread pointer, new section): not supported");
	snprintf(name, 32, ".Lhv_%ld", e->next_label++);
}

void emit_runtime_call(struct emitter *e, unsigned entry)
{
	char l[32];
	emit_new_label(e, l);
	emit_line(e, "leaq %s(%%rip), %%r11", l);
	emit_line(e, "jmp *0x%x(%%r14)", 0x10000 + 8 * entry);
	emit_align(e);
	emit_label(e, l);
}
