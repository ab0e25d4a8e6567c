/* Bounded whole-file reading for the CLI. */
#include "cli/cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *advice(int e)
{
	switch (e) {
	case ENOENT: return " (check the path)";
	case EACCES:
	case EPERM: return " (check its permissions)";
	case ENOTDIR: return " (a component of the path is not a directory)";
	case ELOOP: return " (too many symbolic links)";
	default: return "";
	}
}

int cli_read_file(const char *path, size_t max, uint8_t **data, size_t *len,
		  char *err, size_t errsz)
{
	*data = NULL;
	*len = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		int e = errno;
		snprintf(err, errsz, "cannot open: %s%s", strerror(e), advice(e));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		snprintf(err, errsz, "cannot stat: %s", strerror(errno));
		close(fd);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		snprintf(err, errsz, "is a directory; give the path of a file");
		close(fd);
		return -1;
	}
	if (S_ISREG(st.st_mode) && (uint64_t)st.st_size > max) {
		snprintf(err, errsz,
			 "file is %lld bytes; at most %zu bytes (%zu MiB) can be read",
			 (long long)st.st_size, max, max >> 20);
		close(fd);
		return -1;
	}
	size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536;
	if (cap > max + 1)
		cap = max + 1;
	uint8_t *buf = malloc(cap);
	size_t n = 0;
	if (!buf)
		goto nomem;
	for (;;) {
		if (n == cap) {
			if (cap > max) {
				snprintf(err, errsz,
					 "input is larger than %zu bytes (%zu MiB), the most "
					 "that can be read",
					 max, max >> 20);
				goto fail;
			}
			size_t ncap = cap > (max + 1) / 2 ? max + 1 : cap * 2;
			uint8_t *nb = realloc(buf, ncap);
			if (!nb)
				goto nomem;
			buf = nb;
			cap = ncap;
		}
		ssize_t r = read(fd, buf + n, cap - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			snprintf(err, errsz, "read error: %s%s", strerror(e),
				 e == EISDIR ? "; give the path of a file" : "");
			goto fail;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (n > max) {
		snprintf(err, errsz,
			 "input is larger than %zu bytes (%zu MiB), the most that can "
			 "be read",
			 max, max >> 20);
		goto fail;
	}
	close(fd);
	*data = buf;
	*len = n;
	return 0;
nomem:
	snprintf(err, errsz, "out of memory reading the file");
fail:
	free(buf);
	close(fd);
	return -1;
}
