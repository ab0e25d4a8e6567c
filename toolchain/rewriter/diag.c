/* Diagnostics on standard error. Every error is counted; the driver writes
 * no output when any was reported. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>

static const char *file_name = "<stdin>";
static unsigned n_errors;

void diag_set_file(const char *name)
{
	file_name = name;
}

unsigned diag_errors(void)
{
	return n_errors;
}

static void prefix(int line)
{
	if (line > 0)
		fprintf(stderr, "%s:%d: ", file_name, line);
	else
		fprintf(stderr, "%s: ", file_name);
}

void diag_error(int line, const char *fmt, ...)
{
	va_list ap;
	prefix(line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	n_errors++;
}

void diag_unsupported(int line, const char *text, const char *fmt, ...)
{
	va_list ap;
	prefix(line);
	fprintf(stderr, "unsupported instruction '%s': ", text);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	n_errors++;
}
