/* Function pointers: tables of functions, callbacks, pointers held in
 * callee-saved registers across calls, calls through struct members and
 * tail calls through pointers. */
#include <stddef.h>

typedef int (*binop)(int, int);

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int mx(int a, int b) { return a > b ? a : b; }

static const binop table[] = {add, sub, mul, mx};

int apply(unsigned op, int a, int b)
{
	return table[op % 4](a, b);
}

int fold(binop f, const int *v, size_t n, int init)
{
	for (size_t i = 0; i < n; i++)
		init = f(init, v[i]); /* f stays in a callee-saved register */
	return init;
}

struct ops {
	int (*get)(const struct ops *);
	void (*set)(struct ops *, int);
	int value;
};

static int get(const struct ops *o) { return o->value; }
static void set(struct ops *o, int v) { o->value = v; }

int through_struct(int v)
{
	struct ops o = {get, set, 0};
	o.set(&o, v);
	return o.get(&o) + 1;
}

int tail_call(binop f, int a)
{
	return f(a, a); /* a sibling call: jmp *%reg */
}

static void swap(char *a, char *b, size_t n)
{
	while (n--) {
		char t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

void sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	char *b = base;
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && cmp(b + (j - 1) * size, b + j * size) > 0; j--)
			swap(b + (j - 1) * size, b + j * size, size);
}

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

int sort_and_fold(int *v, size_t n)
{
	sort(v, n, sizeof *v, cmp_int);
	return fold(mx, v, n, 0) + apply(2, v[0], 3);
}

binop pick(int i)
{
	return table[i & 3];
}
