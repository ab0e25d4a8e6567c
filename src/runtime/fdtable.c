/* A sandbox's descriptor table: see fdtable.h. */
#include "runtime/fdtable.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void hl_fdtable_init(struct hl_fdtable *t)
{
	memset(t, 0, sizeof *t);
	pthread_mutex_init(&t->lock, NULL);
}

void hl_fdtable_free(struct hl_fdtable *t)
{
	for (int i = 0; i < t->cap; i++)
		hl_file_put(t->f[i]);
	free(t->f);
	free(t->cloexec);
	t->f = NULL;
	t->cloexec = NULL;
	t->cap = 0;
	pthread_mutex_destroy(&t->lock);
}

/* Makes room for descriptor fd (< HL_FD_MAX), doubling from 16. Called
 * with the lock held. Returns 0 or -ENOMEM. */
static int grow(struct hl_fdtable *t, int fd)
{
	if (fd < t->cap)
		return 0;
	int cap = t->cap ? t->cap : 16;
	while (cap <= fd)
		cap *= 2;
	if (cap > HL_FD_MAX)
		cap = HL_FD_MAX;
	struct hl_file **f = realloc(t->f, sizeof *f * (size_t)cap);
	if (!f)
		return -ENOMEM;
	t->f = f;
	unsigned char *ce = realloc(t->cloexec, (size_t)cap);
	if (!ce)
		return -ENOMEM; /* t->f is larger than cap says: harmless */
	t->cloexec = ce;
	memset(f + t->cap, 0, sizeof *f * (size_t)(cap - t->cap));
	memset(ce + t->cap, 0, (size_t)(cap - t->cap));
	t->cap = cap;
	return 0;
}

struct hl_file *hl_file_new(int hostfd, const char *path, int is_dir)
{
	struct hl_file *f = calloc(1, sizeof *f);
	if (f && path && !(f->path = strdup(path))) {
		free(f);
		f = NULL;
	}
	if (!f) {
		close(hostfd);
		return NULL;
	}
	atomic_init(&f->refs, 1);
	f->hostfd = hostfd;
	f->is_dir = is_dir;
	return f;
}

void hl_file_ref(struct hl_file *f)
{
	atomic_fetch_add(&f->refs, 1);
}

void hl_file_put(struct hl_file *f)
{
	if (f && atomic_fetch_sub(&f->refs, 1) == 1) {
		close(f->hostfd);
		free(f->path);
		free(f);
	}
}

int hl_fd_install(struct hl_fdtable *t, struct hl_file *f, int min, int cloexec)
{
	if (min < 0)
		min = 0;
	int r = 0;
	pthread_mutex_lock(&t->lock);
	for (int i = min; i < HL_FD_MAX && !(r = grow(t, i)); i++)
		if (!t->f[i]) {
			t->f[i] = f;
			t->cloexec[i] = cloexec != 0;
			pthread_mutex_unlock(&t->lock);
			return i;
		}
	pthread_mutex_unlock(&t->lock);
	hl_file_put(f);
	return r < 0 ? r : -EMFILE;
}

int hl_fd_install_at(struct hl_fdtable *t, struct hl_file *f, int fd, int cloexec)
{
	if (fd < 0 || fd >= HL_FD_MAX) {
		hl_file_put(f);
		return -EBADF;
	}
	pthread_mutex_lock(&t->lock);
	int r = grow(t, fd);
	if (r < 0) {
		pthread_mutex_unlock(&t->lock);
		hl_file_put(f);
		return r;
	}
	struct hl_file *old = t->f[fd];
	t->f[fd] = f;
	t->cloexec[fd] = cloexec != 0;
	pthread_mutex_unlock(&t->lock);
	hl_file_put(old);
	return fd;
}

/* The entry at fd, or NULL (free, or beyond the table). Called with the
 * lock held. */
static struct hl_file *at(const struct hl_fdtable *t, int fd)
{
	return fd >= 0 && fd < t->cap ? t->f[fd] : NULL;
}

struct hl_file *hl_fd_get(struct hl_fdtable *t, int fd)
{
	pthread_mutex_lock(&t->lock);
	struct hl_file *f = at(t, fd);
	if (f)
		hl_file_ref(f);
	pthread_mutex_unlock(&t->lock);
	return f;
}

int hl_fd_close(struct hl_fdtable *t, int fd)
{
	pthread_mutex_lock(&t->lock);
	struct hl_file *f = at(t, fd);
	if (f)
		t->f[fd] = NULL;
	pthread_mutex_unlock(&t->lock);
	if (!f)
		return -EBADF;
	hl_file_put(f);
	return 0;
}

int hl_fd_get_cloexec(struct hl_fdtable *t, int fd)
{
	pthread_mutex_lock(&t->lock);
	int r = at(t, fd) ? t->cloexec[fd] : -EBADF;
	pthread_mutex_unlock(&t->lock);
	return r;
}

int hl_fd_set_cloexec(struct hl_fdtable *t, int fd, int on)
{
	pthread_mutex_lock(&t->lock);
	int r = at(t, fd) ? 0 : -EBADF;
	if (!r)
		t->cloexec[fd] = on != 0;
	pthread_mutex_unlock(&t->lock);
	return r;
}
