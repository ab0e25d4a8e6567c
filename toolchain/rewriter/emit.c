/* Emission helpers. Calls must end at a bundle end; upstream gas has no
 * ".bundle_lock align_to_end" (a Native Client binutils extension), so the
 * padding is a ".nops" whose size gas computes during relaxation from the
 * distance to the section start (each code section starts bundle-aligned,
 * see driver.c). */
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

/* Two steps, so that no padding no-op crosses a bundle boundary (R3):
 * first go to the next bundle if the LEN bytes do not fit in what is left
 * of this one (".p2align P,,LEN-1" skips only when fewer than LEN bytes
 * remain), then pad inside the bundle up to bundle end - LEN. */
void emit_pad_to_end(struct emitter *e, unsigned len)
{
	if (!e->sect_start) { /* cannot happen: every code section has a start label */
		diag_error(0, "internal error: call outside a code section");
		return;
	}
	emit_line(e, ".p2align %u,,%u", e->log2, len - 1);
	emit_line(e, ".nops (-(. - %s + %u)) & %u", e->sect_start, len, e->bundle - 1);
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
