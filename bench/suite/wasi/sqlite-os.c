/* The operating-system layer of SQLite's wasm32-wasi build
 * (-DSQLITE_OS_OTHER=1: SQLite's unix VFS needs locks, mmap, fchown, ... that
 * WASI lacks): one VFS that opens no file, enough for speedtest1 --memdb with
 * temporary storage in memory (-DSQLITE_TEMP_STORE=2, in every variant).
 * The in-memory database (and SQLite's memdb VFS, which sits on the default
 * VFS) needs only randomness, the time and sleep from it. */
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sqlite3.h"

int getentropy(void *buf, size_t len);

static int x_open(sqlite3_vfs *v, const char *name, sqlite3_file *f, int flags, int *out)
{
	(void)v, (void)name, (void)f, (void)flags, (void)out;
	return SQLITE_CANTOPEN;
}

static int x_delete(sqlite3_vfs *v, const char *name, int sync)
{
	(void)v, (void)name, (void)sync;
	return SQLITE_IOERR_DELETE;
}

static int x_access(sqlite3_vfs *v, const char *name, int flags, int *res)
{
	(void)v, (void)name, (void)flags;
	*res = 0;
	return SQLITE_OK;
}

static int x_fullpathname(sqlite3_vfs *v, const char *name, int n, char *out)
{
	(void)v;
	sqlite3_snprintf(n, out, "%s", name);
	return SQLITE_OK;
}

static void *x_dlopen(sqlite3_vfs *v, const char *name)
{
	(void)v, (void)name;
	return NULL;
}

static void x_dlerror(sqlite3_vfs *v, int n, char *msg)
{
	(void)v;
	sqlite3_snprintf(n, msg, "no dynamic loading");
}

static void (*x_dlsym(sqlite3_vfs *v, void *h, const char *sym))(void)
{
	(void)v, (void)h, (void)sym;
	return NULL;
}

static void x_dlclose(sqlite3_vfs *v, void *h)
{
	(void)v, (void)h;
}

static int x_randomness(sqlite3_vfs *v, int n, char *out)
{
	(void)v;
	memset(out, 0, (size_t)n);
	for (int done = 0; done < n; done += 256)
		if (getentropy(out + done, (size_t)(n - done < 256 ? n - done : 256)) != 0)
			break;
	return n;
}

static int x_sleep(sqlite3_vfs *v, int us)
{
	(void)v;
	usleep((unsigned)us);
	return us;
}

static int x_time64(sqlite3_vfs *v, sqlite3_int64 *t)
{
	struct timespec ts;
	(void)v;
	clock_gettime(CLOCK_REALTIME, &ts);
	*t = (sqlite3_int64)24405875 * 8640000 + (sqlite3_int64)ts.tv_sec * 1000 +
	     ts.tv_nsec / 1000000;
	return SQLITE_OK;
}

static int x_time(sqlite3_vfs *v, double *t)
{
	sqlite3_int64 i;
	x_time64(v, &i);
	*t = (double)i / 86400000.0;
	return SQLITE_OK;
}

static int x_lasterror(sqlite3_vfs *v, int n, char *msg)
{
	(void)v, (void)n, (void)msg;
	return 0;
}

static sqlite3_vfs wasi_vfs = {
	2, (int)sizeof(sqlite3_file), 1024, NULL, "wasi-nofile", NULL,
	x_open, x_delete, x_access, x_fullpathname,
	x_dlopen, x_dlerror, x_dlsym, x_dlclose,
	x_randomness, x_sleep, x_time, x_lasterror, x_time64,
	NULL, NULL, NULL,
};

int sqlite3_os_init(void)
{
	return sqlite3_vfs_register(&wasi_vfs, 1);
}

int sqlite3_os_end(void)
{
	return SQLITE_OK;
}
