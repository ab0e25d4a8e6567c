/* Large stack frames: locals beyond the 32 KiB %rsp displacement limit,
 * so accesses through %rsp need the %gs: form, and frames that need more
 * than one page. */
#include <string.h>

long big_local(int k)
{
	long buf[10000]; /* 80000 bytes */
	for (int i = 0; i < 10000; i++)
		buf[i] = i ^ k;
	return buf[9999] + buf[k % 10000] + buf[5000];
}

int two_arrays(const char *s)
{
	char a[40000], b[40000];
	size_t n = strlen(s);
	if (n >= sizeof a)
		n = sizeof a - 1;
	memcpy(a, s, n);
	a[n] = 0;
	for (size_t i = 0; i <= n; i++)
		b[i] = a[n - i];
	return b[0] + b[n] + a[39999 - (n & 1)];
}

static int helper(int *p, int n)
{
	int s = 0;
	for (int i = 0; i < n; i++)
		s += p[i];
	return s;
}

int frame_with_call(int x)
{
	int big[20000];
	for (int i = 0; i < 20000; i++)
		big[i] = x + i;
	return helper(big, 20000) + helper(&big[19990], 10);
}
