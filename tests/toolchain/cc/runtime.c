/* halite-cc test input: C that makes gcc call its run-time library
 * (libgcc's routines; halite-cc links halite-rt, their sandboxed build):
 * complex multiplication and division, 128-bit division and conversions,
 * popcount without the popcnt instruction, integer powers. */
#include <complex.h>

double _Complex cmul(double _Complex a, double _Complex b) { return a * b; }
float _Complex cdivf(float _Complex a, float _Complex b) { return a / b; }
long double _Complex cmull(long double _Complex a, long double _Complex b) { return a * b; }
unsigned __int128 udiv128(unsigned __int128 a, unsigned __int128 b) { return a / b; }
__int128 smod128(__int128 a, __int128 b) { return a % b; }
double i128_to_double(__int128 a) { return (double)a; }
unsigned __int128 double_to_u128(double d) { return (unsigned __int128)d; }
int bits(unsigned long x) { return __builtin_popcountl(x); }
double power(double x, int n) { return __builtin_powi(x, n); }

int main(int argc, char **argv)
{
	(void)argv;
	double _Complex z = cmul(argc + 1.0 * I, 2.0 - 1.0 * I);
	unsigned __int128 q = udiv128((unsigned __int128)argc << 100, (unsigned __int128)argc + 7);
	return (int)creal(z) + (int)q + bits((unsigned long)argc) + (int)power(2.0, argc) +
	       (int)i128_to_double(smod128(q, 11)) + (int)double_to_u128(1e20) + (int)crealf(cdivf(1, 2)) +
	       (int)creall(cmull(1, 2));
}
