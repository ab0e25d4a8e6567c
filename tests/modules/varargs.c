/* Variadic functions: va_arg over integers, doubles and pointers, va_copy,
 * and a small formatter that forwards a va_list. */
#include <stdarg.h>
#include <stddef.h>

long sum_ints(int n, ...)
{
	va_list ap;
	long s = 0;
	va_start(ap, n);
	for (int i = 0; i < n; i++)
		s += va_arg(ap, int);
	va_end(ap);
	return s;
}

double sum_doubles(int n, ...)
{
	va_list ap, again;
	double s = 0;
	va_start(ap, n);
	va_copy(again, ap);
	for (int i = 0; i < n; i++)
		s += va_arg(ap, double);
	for (int i = 0; i < n; i++)
		s -= va_arg(again, double) / 2;
	va_end(again);
	va_end(ap);
	return s;
}

static size_t put_num(char *out, size_t cap, size_t at, long v)
{
	char tmp[24];
	size_t n = 0;
	unsigned long u = v < 0 ? 0 - (unsigned long)v : (unsigned long)v;
	do
		tmp[n++] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0 && at < cap)
		out[at++] = '-';
	while (n && at < cap)
		out[at++] = tmp[--n];
	return at;
}

size_t vformat(char *out, size_t cap, const char *fmt, va_list ap)
{
	size_t at = 0;
	for (const char *p = fmt; *p && at < cap; p++) {
		if (*p != '%') {
			out[at++] = *p;
			continue;
		}
		switch (*++p) {
		case 'd':
			at = put_num(out, cap, at, va_arg(ap, int));
			break;
		case 'l':
			at = put_num(out, cap, at, va_arg(ap, long));
			break;
		case 's':
			for (const char *s = va_arg(ap, const char *); *s && at < cap; s++)
				out[at++] = *s;
			break;
		case 0:
			return at;
		default:
			out[at++] = *p;
		}
	}
	if (at < cap)
		out[at] = 0;
	return at;
}

size_t format(char *out, size_t cap, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	size_t n = vformat(out, cap, fmt, ap);
	va_end(ap);
	return n;
}

size_t demo_format(char *out, size_t cap)
{
	return format(out, cap, "%s=%d, %l%%", "x", -42, 1234567890123L) +
	       (size_t)sum_ints(5, 1, 2, 3, 4, 5) + (size_t)sum_doubles(2, 1.5, 2.5);
}
