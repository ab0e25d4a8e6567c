/* Recursion: plain, mutual, deep (Ackermann), and a recursive tree walk. */
#include <stddef.h>

long fib(int n)
{
	return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static int is_odd(unsigned n);

static int is_even(unsigned n)
{
	return n == 0 ? 1 : is_odd(n - 1);
}

static int is_odd(unsigned n)
{
	return n == 0 ? 0 : is_even(n - 1);
}

int parity(unsigned n)
{
	return is_even(n) * 2 + is_odd(n);
}

unsigned long ackermann(unsigned long m, unsigned long n)
{
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ackermann(m - 1, 1);
	return ackermann(m - 1, ackermann(m, n - 1));
}

struct node {
	struct node *left, *right;
	int value;
};

int tree_sum(const struct node *t)
{
	if (!t)
		return 0;
	return t->value + tree_sum(t->left) + tree_sum(t->right);
}

int tree_depth(const struct node *t)
{
	if (!t)
		return 0;
	int l = tree_depth(t->left), r = tree_depth(t->right);
	return 1 + (l > r ? l : r);
}

static void fill(struct node *pool, size_t *used, int depth, struct node **out)
{
	if (depth == 0) {
		*out = NULL;
		return;
	}
	struct node *n = &pool[(*used)++];
	n->value = depth;
	fill(pool, used, depth - 1, &n->left);
	fill(pool, used, depth - 2 > 0 ? depth - 2 : 0, &n->right);
	*out = n;
}

int build_and_sum(int depth)
{
	struct node pool[256];
	size_t used = 0;
	struct node *root;
	fill(pool, &used, depth > 8 ? 8 : depth, &root);
	return tree_sum(root) + tree_depth(root);
}
