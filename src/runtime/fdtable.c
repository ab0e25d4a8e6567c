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
	for (int i = 0; i < HL_FD_MAX; i++)
		if (t->f[i]) {
			hl_file_put(t->f[i]);
			t->f[i] = NULL;
		}
	pthread_mutex_destroy(&t->lock);
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
	pthread_mutex_lock(&t->lock);
	for (int i = min; i < HL_FD_MAX; i++)
		if (!t->f[i]) {
			t->f[i] = f;
			t->cloexec[i] = cloexec != 0;
			pthread_mutex_unlock(&t->lock);
			return i;
		}
	pthread_mutex_unlock(&t->lock);
	hl_file_put(f);
	return -EMFILE;
}

int hl_fd_install_at(struct hl_fdtable *t, struct hl_file *f, int fd, int cloexec)
{
	if (fd < 0 || fd >= HL_FD_MAX) {
		hl_file_put(f);
		return -EBADF;
	}
	pthread_mutex_lock(&t->lock);
	struct hl_file *old = t->f[fd];
	t->f[fd] = f;
	t->cloexec[fd] = cloexec != 0;
	pthread_mutex_unlock(&t->lock);
	hl_file_put(old);
	return fd;
}

struct hl_file *hl_fd_get(struct hl_fdtable *t, int fd)
{
	if (fd < 0 || fd >= HL_FD_MAX)
		return NULL;
	pthread_mutex_lock(&t->lock);
	struct hl_file *f = t->f[fd];
	if (f)
		hl_file_ref(f);
	pthread_mutex_unlock(&t->lock);
	return f;
}

int hl_fd_close(struct hl_fdtable *t, int fd)
{
	if (fd < 0 || fd >= HL_FD_MAX)
		return -EBADF;
	pthread_mutex_lock(&t->lock);
	struct hl_file *f = t->f[fd];
	t->f[fd] = NULL;
	pthread_mutex_unlock(&t->lock);
	if (!f)
		return -EBADF;
	hl_file_put(f);
	return 0;
}

int hl_fd_get_cloexec(struct hl_fdtable *t, int fd)
{
	if (fd < 0 || fd >= HL_FD_MAX)
		return -EBADF;
	pthread_mutex_lock(&t->lock);
	int r = t->f[fd] ? t->cloexec[fd] : -EBADF;
	pthread_mutex_unlock(&t->lock);
	return r;
}

int hl_fd_set_cloexec(struct hl_fdtable *t, int fd, int on)
{
	if (fd < 0 || fd >= HL_FD_MAX)
		return -EBADF;
	pthread_mutex_lock(&t->lock);
	int r = t->f[fd] ? 0 : -EBADF;
	if (!r)
		t->cloexec[fd] = on != 0;
	pthread_mutex_unlock(&t->lock);
	return r;
}
