/* An indexed load that gcc 12 vectorises with vgatherdps under
 * -O3 -march=native; halite-cc must keep gathers out (docs/abi.md, 7). */
void gather(float *restrict a, const float *b, const int *idx, int n)
{
	for (int i = 0; i < n; i++)
		a[i] = b[idx[i]];
}
