/* Diagnostics: "FILE:LINE: message" on standard error, counted. */
#ifndef HALITE_RW_DIAG_H
#define HALITE_RW_DIAG_H

void diag_set_file(const char *name);
/* A general error at LINE (0: no line). */
void diag_error(int line, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "FILE:LINE: unsupported instruction 'TEXT': WHY". */
void diag_unsupported(int line, const char *text, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
unsigned diag_errors(void);

#endif
