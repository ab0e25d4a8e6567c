/* halite-cc test input: byte and string loops (candidates for rep movs and
 * rep stos at -O2 and -Os), tail calls, and a small state machine. */
#include <stddef.h>

size_t my_strlen(const char *s)
{
	const char *p = s;
	while (*p)
		p++;
	return (size_t)(p - s);
}

void *my_memcpy(void *restrict d, const void *restrict s, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;
	while (n--)
		*dp++ = *sp++;
	return d;
}

struct rec {
	char name[48];
	int id;
};

void copy_recs(struct rec *d, const struct rec *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		d[i] = s[i];
}

void clear(struct rec *r)
{
	*r = (struct rec){0};
}

int count_words(const char *s)
{
	int n = 0, in = 0;
	for (; *s; s++) {
		int sp = *s == ' ' || *s == '\t' || *s == '\n';
		if (!sp && !in)
			n++;
		in = !sp;
	}
	return n;
}

int compare(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

const char *skip(const char *s, int c)
{
	if (*s != c)
		return s;
	return skip(s + 1, c);
}
