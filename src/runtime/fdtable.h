/* A sandbox's descriptor table: sandbox descriptor numbers mapped to host
 * descriptors the runtime owns.
 *
 * A handler takes a reference (hl_fd_get) for as long as it uses the host
 * descriptor and drops it (hl_fd_put); close() only drops the table's own
 * reference. So a host descriptor is never closed while a handler of
 * another sandbox thread still uses it, and its number can never be reused
 * under that handler for something else (another sandbox's file, or the
 * runtime's own). */
#ifndef HALITE_RUNTIME_FDTABLE_H
#define HALITE_RUNTIME_FDTABLE_H

#include <pthread.h>
#include <stdatomic.h>

#define HL_FD_MAX 1024 /* descriptors per sandbox (RLIMIT_NOFILE it reports) */

struct hl_file {
	atomic_int refs;
	int hostfd;
	int is_dir;  /* opened on a directory: path below is its guest path */
	char *path;  /* normalized guest path (malloc'd), or NULL */
	int readonly_grant; /* opened beneath a read-only grant */
};

/* Grown on demand up to HL_FD_MAX: most sandboxes use a few descriptors,
 * and an embedding process holds ten thousand of them. */
struct hl_fdtable {
	pthread_mutex_t lock;
	struct hl_file **f;	/* cap entries, NULL: free */
	unsigned char *cloexec; /* cap entries */
	int cap;
};

void hl_fdtable_init(struct hl_fdtable *t);
/* Closes every descriptor (the sandbox is being destroyed). */
void hl_fdtable_free(struct hl_fdtable *t);

/* A new file object owning hostfd (closed with the last reference), with
 * one reference. path may be NULL. Returns NULL (and closes hostfd) if out
 * of memory. */
struct hl_file *hl_file_new(int hostfd, const char *path, int is_dir);
void hl_file_ref(struct hl_file *f);
void hl_file_put(struct hl_file *f);

/* Installs f at the lowest free descriptor >= min, taking over the
 * caller's reference. Returns the descriptor, or -EMFILE (or -ENOMEM when
 * the table cannot grow; then the reference is dropped). */
int hl_fd_install(struct hl_fdtable *t, struct hl_file *f, int min, int cloexec);
/* Installs f at exactly fd (dup2), closing what was there. */
int hl_fd_install_at(struct hl_fdtable *t, struct hl_file *f, int fd, int cloexec);
/* The file at fd with a new reference, or NULL (-EBADF for the caller). */
struct hl_file *hl_fd_get(struct hl_fdtable *t, int fd);
int hl_fd_close(struct hl_fdtable *t, int fd);
int hl_fd_get_cloexec(struct hl_fdtable *t, int fd);
int hl_fd_set_cloexec(struct hl_fdtable *t, int fd, int on);

#endif
