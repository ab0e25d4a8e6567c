/* Dense matrix multiply, 300x300 doubles, C = A x B, REPS times (B is
 * replaced by the scaled product between repetitions): the i-k-j loop order
 * gcc -O2 vectorises, streaming loads and stores. Prints a checksum. */
#include <stdio.h>

#define N 300
#define REPS 60

static double a[N][N], b[N][N], c[N][N];

static void mul(void)
{
	for (int i = 0; i < N; i++) {
		for (int j = 0; j < N; j++)
			c[i][j] = 0;
		for (int k = 0; k < N; k++) {
			double x = a[i][k];
			for (int j = 0; j < N; j++)
				c[i][j] += x * b[k][j];
		}
	}
}

int main(void)
{
	unsigned s = 1;
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++) {
			s = s * 1103515245u + 12345u;
			a[i][j] = (double)(s >> 16 & 0x7fff) / 32768.0 - 0.5;
			s = s * 1103515245u + 12345u;
			b[i][j] = (double)(s >> 16 & 0x7fff) / 32768.0 - 0.5;
		}
	for (int r = 0; r < REPS; r++) {
		mul();
		double norm = 0;
		for (int i = 0; i < N; i++)
			for (int j = 0; j < N; j++)
				norm += c[i][j] * c[i][j];
		double f = 1.0 / (norm > 0 ? norm : 1.0) * N;
		for (int i = 0; i < N; i++)
			for (int j = 0; j < N; j++)
				b[i][j] = c[i][j] * f;
	}
	double sum = 0;
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++)
			sum += c[i][j] * (double)(i + 2 * j + 1);
	printf("matmul %dx%d x %d: %.12e\n", N, N, REPS, sum);
	return 0;
}
