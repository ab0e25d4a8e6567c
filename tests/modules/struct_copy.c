/* Struct copies and clears large enough for gcc to use string
 * instructions (rep movs / rep stos, especially at -Os and -O0), struct
 * return by value and arrays of structs. */
#include <string.h>

struct big {
	long a[40];
	char name[77];
	int tail;
};

static struct big global_big;

void copy_big(struct big *dst, const struct big *src)
{
	*dst = *src;
}

struct big make_big(int seed)
{
	struct big b;
	memset(&b, 0, sizeof b);
	for (int i = 0; i < 40; i++)
		b.a[i] = seed + i;
	b.tail = seed;
	return b; /* returned through the hidden pointer */
}

long use_big(int seed)
{
	struct big b = make_big(seed);
	global_big = b;
	struct big c = global_big;
	return c.a[39] + c.tail;
}

void clear_big(struct big *b)
{
	*b = (struct big){0};
}

struct small {
	int x, y;
};

struct small swap_small(struct small s)
{
	return (struct small){s.y, s.x};
}

void copy_array(struct big *dst, const struct big *src, int n)
{
	for (int i = 0; i < n; i++)
		dst[i] = src[i];
}

int compare_names(const struct big *a, const struct big *b)
{
	return memcmp(a->name, b->name, sizeof a->name);
}

size_t name_len(const struct big *b)
{
	return strlen(b->name);
}
