/* Floating point: SSE scalar double and float, conversions, long double
 * (x87, memory operands of fld/fstp), and complex arithmetic. */
#include <complex.h>

double poly(double x, const double *c, int n)
{
	double r = 0;
	for (int i = n - 1; i >= 0; i--)
		r = r * x + c[i];
	return r;
}

float mean(const float *v, int n)
{
	float s = 0;
	for (int i = 0; i < n; i++)
		s += v[i];
	return n ? s / (float)n : 0.0f;
}

long double ld_sum(const long double *v, int n)
{
	long double s = 0;
	for (int i = 0; i < n; i++)
		s += v[i] * v[i];
	return s;
}

int convert(double d, float f, long double ld)
{
	long l = (long)d;
	unsigned u = (unsigned)f;
	long long ll = (long long)ld;
	return (int)(l + u + ll);
}

double complex rotate(double complex z, double angle_cos, double angle_sin)
{
	return z * (angle_cos + angle_sin * I);
}

double sqrt_newton(double x)
{
	if (x <= 0)
		return 0;
	double g = x;
	for (int i = 0; i < 30; i++)
		g = 0.5 * (g + x / g);
	return g;
}

static const double table[] = {1.0, 0.5, 0.25, 0.125, 0.0625};

double lookup(unsigned i)
{
	return table[i % 5] * 3.0;
}
