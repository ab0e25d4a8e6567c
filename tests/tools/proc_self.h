/* Reading the calling process's own /proc entries, for leak checks and
 * resource figures in tests and benchmarks. Each returns -1 when the
 * entry cannot be read. */
#ifndef HALITE_TEST_PROC_SELF_H
#define HALITE_TEST_PROC_SELF_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Lines of a file, e.g. the mappings in /proc/self/maps. */
static inline long proc_lines(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	long n = 0;
	int c;
	while ((c = fgetc(f)) != EOF)
		n += c == '\n';
	fclose(f);
	return n;
}

/* The number after the line prefix key ("VmRSS:") in a file such as
 * /proc/self/status or /proc/self/smaps_rollup (the last such line). */
static inline long proc_field(const char *path, const char *key)
{
	FILE *f = fopen(path, "r");
	char line[256];
	long v = -1;
	size_t k = strlen(key);
	while (f && fgets(line, sizeof line, f))
		if (!strncmp(line, key, k))
			v = atol(line + k);
	if (f)
		fclose(f);
	return v;
}

/* Open descriptors, not counting the one that lists them. */
static inline long proc_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		return -1;
	long n = 0;
	for (struct dirent *e; (e = readdir(d));)
		n += e->d_name[0] != '.';
	closedir(d);
	return n - 1;
}

#endif
