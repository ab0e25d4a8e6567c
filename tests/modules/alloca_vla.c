/* alloca and variable-length arrays: %rsp moves by run-time amounts and is
 * restored from a saved copy when a VLA goes out of scope. */
#include <alloca.h>
#include <string.h>

int vla_sum(int n)
{
	int a[n];
	for (int i = 0; i < n; i++)
		a[i] = i * i;
	int s = 0;
	for (int i = 0; i < n; i++)
		s += a[i];
	return s;
}

int vla_nested(int n, int m)
{
	int total = 0;
	for (int k = 1; k <= n; k++) {
		char row[k * m]; /* a new VLA each iteration: rsp is saved and restored */
		memset(row, k, sizeof row);
		for (int i = 0; i < k * m; i++)
			total += row[i];
	}
	return total;
}

long vla_2d(int rows, int cols)
{
	long g[rows][cols];
	for (int r = 0; r < rows; r++)
		for (int c = 0; c < cols; c++)
			g[r][c] = r * cols + c;
	long s = 0;
	for (int r = 0; r < rows; r++)
		s += g[r][cols - 1 - r % cols];
	return s;
}

char *use_alloca(const char *s, char *out)
{
	size_t n = strlen(s);
	char *tmp = alloca(n + 1);
	for (size_t i = 0; i < n; i++)
		tmp[i] = s[n - 1 - i];
	tmp[n] = 0;
	strcpy(out, tmp);
	return out;
}

int alloca_loop(int n)
{
	int s = 0;
	for (int i = 1; i < n; i++) {
		int *p = __builtin_alloca((unsigned)i * sizeof *p);
		p[i - 1] = i;
		s += p[i - 1];
	}
	return s;
}
