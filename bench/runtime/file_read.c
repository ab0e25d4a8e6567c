/* Reads FILE again and again in CHUNK-byte reads for about 0.3 s of reads
 * and prints "ns_per_read MB_per_s". Built natively and with halite-cc. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	size_t chunk = (size_t)atol(argv[2]);
	char *buf = malloc(chunk);
	int fd = open(argv[1], O_RDONLY);
	if (fd < 0 || !buf)
		return 1;
	long reads = 0;
	double bytes = 0, t0 = now(), t;
	do {
		for (int i = 0; i < 256; i++) {
			ssize_t n = read(fd, buf, chunk);
			if (n <= 0) {
				lseek(fd, 0, SEEK_SET);
				continue;
			}
			reads++;
			bytes += (double)n;
		}
		t = now();
	} while (t - t0 < 0.3);
	printf("%.1f %.1f\n", (t - t0) * 1e9 / reads, bytes / (t - t0) / 1e6);
	return 0;
}
