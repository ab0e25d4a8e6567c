/* Growable byte buffers and checked allocation for the rewriter. */
#ifndef HALITE_RW_BUF_H
#define HALITE_RW_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *p;    /* always NUL-terminated once anything was added */
	size_t len; /* bytes used, excluding the terminating NUL */
	size_t cap;
};

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrndup(const char *s, size_t n);
char *xstrdup(const char *s);

void buf_init(struct buf *b);
void buf_free(struct buf *b);
void buf_clear(struct buf *b);
void buf_add(struct buf *b, const char *s, size_t n);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
