/* The sandbox descriptor table (src/runtime/fdtable.c), sanitized: it
 * grows on demand, so its edges are where a mistake would read or write
 * past it: the lowest free slot, dup2 to the last descriptor and past it,
 * a full table, and descriptors beyond what has grown. */
#include <errno.h>
#include <stdio.h>

#include "runtime/fdtable.h"

static int failures;

static void check(const char *name, int ok)
{
	printf("%s %s\n", ok ? "ok" : "not ok", name);
	failures += !ok;
}

/* A file object without a host descriptor (-1: closing it is a no-op),
 * so that filling the table needs no RLIMIT_NOFILE above 1024. */
static struct hl_file *file(void)
{
	return hl_file_new(-1, NULL, 0);
}

int main(void)
{
	struct hl_fdtable t;
	hl_fdtable_init(&t);
	check("an empty table has nothing, even far out",
	      !hl_fd_get(&t, 0) && !hl_fd_get(&t, HL_FD_MAX - 1) && !hl_fd_get(&t, -1) &&
		  hl_fd_close(&t, 5) == -EBADF && hl_fd_get_cloexec(&t, 900) == -EBADF &&
		  hl_fd_set_cloexec(&t, 900, 1) == -EBADF);
	int a = hl_fd_install(&t, file(), 0, 0), b = hl_fd_install(&t, file(), 0, 1);
	check("the lowest free descriptors first",
	      a == 0 && b == 1 && hl_fd_get_cloexec(&t, 1) == 1);
	check("dup2 to the last descriptor grows the table",
	      hl_fd_install_at(&t, file(), HL_FD_MAX - 1, 1) == HL_FD_MAX - 1 &&
		  hl_fd_get_cloexec(&t, HL_FD_MAX - 1) == 1);
	struct hl_file *f = hl_fd_get(&t, HL_FD_MAX - 1);
	check("and it can be read back", f != NULL);
	hl_file_put(f);
	check("dup2 past the last is EBADF", hl_fd_install_at(&t, file(), HL_FD_MAX, 0) == -EBADF);
	check("F_DUPFD from a high minimum", hl_fd_install(&t, file(), 1000, 0) == 1000);
	int n = 0, r;
	while ((r = hl_fd_install(&t, file(), 0, 0)) >= 0)
		n++;
	check("a full table is EMFILE", r == -EMFILE && n == HL_FD_MAX - 4);
	check("a descriptor in the middle closes and is reused",
	      hl_fd_close(&t, 517) == 0 && hl_fd_close(&t, 517) == -EBADF &&
		  hl_fd_install(&t, file(), 3, 0) == 517);
	hl_fdtable_free(&t);
	check("the table is empty after free (and ASan saw no leak)", t.cap == 0 && !t.f);
	return failures != 0;
}
