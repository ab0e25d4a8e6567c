/* Sorting 2M ints, ROUNDS times, with a generic quicksort that compares
 * through a function pointer, as qsort(3) does: an indirect call per
 * comparison (the sandbox masks every indirect branch). The sort is in this
 * file, not the C library's, so that the sandbox (musl) and native (glibc)
 * builds run the same algorithm. Prints a checksum of the sorted arrays. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N (2u << 20)
#define ROUNDS 2

typedef int (*cmp_fn)(const void *, const void *);

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static void swap(char *a, char *b, size_t size)
{
	for (size_t i = 0; i < size; i++) {
		char t = a[i];
		a[i] = b[i];
		b[i] = t;
	}
}

/* Quicksort, median of three, insertion sort below 16 elements; recurses
 * on the smaller half. */
static void gsort(void *base, size_t n, size_t size, cmp_fn cmp)
{
	char *a = base;
	while (n > 16) {
		char *lo = a, *mid = a + n / 2 * size, *hi = a + (n - 1) * size;
		if (cmp(mid, lo) < 0)
			swap(mid, lo, size);
		if (cmp(hi, mid) < 0) {
			swap(hi, mid, size);
			if (cmp(mid, lo) < 0)
				swap(mid, lo, size);
		}
		swap(mid, lo, size); /* the pivot goes to a[0] */
		char *i = a, *j = a + n * size;
		for (;;) {
			do
				i += size;
			while (i < j && cmp(i, a) < 0);
			do
				j -= size;
			while (cmp(j, a) > 0);
			if (i >= j)
				break;
			swap(i, j, size);
		}
		swap(a, j, size);
		size_t left = (size_t)(j - a) / size, right = n - left - 1;
		if (left < right) {
			gsort(a, left, size, cmp);
			a = j + size, n = right;
		} else {
			gsort(j + size, right, size, cmp);
			n = left;
		}
	}
	for (size_t k = 1; k < n; k++)
		for (char *p = a + k * size; p > a && cmp(p - size, p) > 0; p -= size)
			swap(p - size, p, size);
}

int main(void)
{
	int *v = malloc(N * sizeof *v);
	if (!v)
		return 1;
	uint64_t x = 88172645463325252ull, sum = 0;
	for (int r = 0; r < ROUNDS; r++) {
		for (size_t i = 0; i < N; i++) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			v[i] = (int)(x >> 33) - (1 << 30);
		}
		cmp_fn volatile c = cmp_int; /* keep the calls indirect */
		gsort(v, N, sizeof *v, c);
		for (size_t i = 1; i < N; i++)
			if (v[i - 1] > v[i]) {
				printf("qsort: not sorted at %zu\n", i);
				return 1;
			}
		for (size_t i = 0; i < N; i += 97)
			sum = sum * 1000003 + (uint32_t)v[i];
	}
	printf("qsort %d x %u ints: %016llx\n", ROUNDS, N, (unsigned long long)sum);
	free(v);
	return 0;
}
