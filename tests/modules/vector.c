/* Loops the -O3 vectoriser turns into SSE/AVX2 code (built also with
 * -O3 -march=native -mno-avx512f): saxpy, reductions, byte transforms,
 * a dot product and an unaligned copy. No indexed loads (gathers). */
#include <stddef.h>
#include <stdint.h>

void saxpy(float *restrict y, const float *restrict x, float a, size_t n)
{
	for (size_t i = 0; i < n; i++)
		y[i] = a * x[i] + y[i];
}

double dot(const double *a, const double *b, size_t n)
{
	double s = 0;
	for (size_t i = 0; i < n; i++)
		s += a[i] * b[i];
	return s;
}

int32_t sum_i32(const int32_t *v, size_t n)
{
	int32_t s = 0;
	for (size_t i = 0; i < n; i++)
		s += v[i];
	return s;
}

void to_upper(unsigned char *restrict dst, const unsigned char *restrict src, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = src[i];
		dst[i] = (c >= 'a' && c <= 'z') ? (unsigned char)(c - 32) : c;
	}
}

int16_t max_i16(const int16_t *v, size_t n)
{
	int16_t m = INT16_MIN;
	for (size_t i = 0; i < n; i++)
		m = v[i] > m ? v[i] : m;
	return m;
}

void blend(uint8_t *restrict out, const uint8_t *restrict a, const uint8_t *restrict b,
	   uint8_t alpha, size_t n)
{
	for (size_t i = 0; i < n; i++)
		out[i] = (uint8_t)((a[i] * alpha + b[i] * (255 - alpha)) / 255);
}

void matmul4(float c[4][4], const float a[4][4], const float b[4][4])
{
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < 4; j++) {
			float s = 0;
			for (int k = 0; k < 4; k++)
				s += a[i][k] * b[k][j];
			c[i][j] = s;
		}
}
