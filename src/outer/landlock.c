/* Landlock: the process may open files only beneath the granted
 * directories (read-only where granted read-only), may not bind or
 * connect TCP sockets, and may not signal or reach abstract UNIX sockets
 * outside itself. In native mode, also the system directories (read and
 * execute), a few /etc files, /dev's devices, /proc and /tmp. Every right the running kernel's ABI
 * knows is handled, so whatever a rule does not allow is denied.
 *
 * The constants are the kernel's (include/uapi/linux/landlock.h); they are
 * spelled out here because the build host's headers may predate them. */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "outer/native.h"
#include "outer/outer.h"
#include "runtime/grants.h"

#define LL_CREATE_RULESET_VERSION 1u
#define LL_RULE_PATH_BENEATH 1

#define FS_EXECUTE (1ull << 0)
#define FS_WRITE_FILE (1ull << 1)
#define FS_READ_FILE (1ull << 2)
#define FS_READ_DIR (1ull << 3)
#define FS_REMOVE_DIR (1ull << 4)
#define FS_REMOVE_FILE (1ull << 5)
#define FS_MAKE_CHAR (1ull << 6)
#define FS_MAKE_DIR (1ull << 7)
#define FS_MAKE_REG (1ull << 8)
#define FS_MAKE_SOCK (1ull << 9)
#define FS_MAKE_FIFO (1ull << 10)
#define FS_MAKE_BLOCK (1ull << 11)
#define FS_MAKE_SYM (1ull << 12)
#define FS_REFER (1ull << 13)    /* ABI 2 */
#define FS_TRUNCATE (1ull << 14) /* ABI 3 */
#define FS_IOCTL_DEV (1ull << 15) /* ABI 5 */
#define NET_BIND_TCP (1ull << 0)    /* ABI 4 */
#define NET_CONNECT_TCP (1ull << 1) /* ABI 4 */
#define SCOPE_ABSTRACT_UNIX (1ull << 0) /* ABI 6 */
#define SCOPE_SIGNAL (1ull << 1)        /* ABI 6 */

struct ll_ruleset_attr {
	uint64_t handled_access_fs;
	uint64_t handled_access_net;
	uint64_t scoped;
};

struct ll_path_beneath_attr {
	uint64_t allowed_access;
	int32_t parent_fd;
} __attribute__((packed));

#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#define SYS_landlock_add_rule 445
#define SYS_landlock_restrict_self 446
#endif

/* The file-system rights a kernel of this ABI knows. */
static uint64_t fs_rights(long abi)
{
	uint64_t r = (FS_MAKE_SYM << 1) - 1; /* ABI 1: bits 0..12 */
	if (abi >= 2)
		r |= FS_REFER;
	if (abi >= 3)
		r |= FS_TRUNCATE;
	if (abi >= 5)
		r |= FS_IOCTL_DEV;
	return r;
}

/* Creates a ruleset handling every right of the kernel's ABI; *handled gets
 * its file-system rights. Returns the ruleset descriptor or -1. */
static int make_ruleset(uint64_t *handled, char *err, size_t errsz)
{
	long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, LL_CREATE_RULESET_VERSION);
	if (abi < 1) {
		snprintf(err, errsz,
			 "Landlock is not available (%s); the kernel must be 5.13 or newer with "
			 "Landlock enabled",
			 strerror(errno));
		return -1;
	}
	struct ll_ruleset_attr attr = {.handled_access_fs = fs_rights(abi)};
	size_t size = sizeof attr.handled_access_fs;
	if (abi >= 4) {
		attr.handled_access_net = NET_BIND_TCP | NET_CONNECT_TCP;
		size = offsetof(struct ll_ruleset_attr, scoped);
	}
	if (abi >= 6) {
		attr.scoped = SCOPE_ABSTRACT_UNIX | SCOPE_SIGNAL;
		size = sizeof attr;
	}
	int fd = (int)syscall(SYS_landlock_create_ruleset, &attr, size, 0);
	if (fd < 0) {
		snprintf(err, errsz, "cannot create a Landlock ruleset: %s", strerror(errno));
		return -1;
	}
	*handled = attr.handled_access_fs;
	return fd;
}

static int add_rule(int fd, int parent, uint64_t access, const char *what, char *err, size_t errsz)
{
	struct ll_path_beneath_attr pb = {.allowed_access = access, .parent_fd = parent};
	if (syscall(SYS_landlock_add_rule, fd, LL_RULE_PATH_BENEATH, &pb, 0)) {
		snprintf(err, errsz, "cannot add a Landlock rule for %s: %s", what,
			 strerror(errno));
		return -1;
	}
	return 0;
}

static int enforce(int fd, char *err, size_t errsz)
{
	if (syscall(SYS_landlock_restrict_self, fd, 0)) {
		snprintf(err, errsz, "cannot enforce the Landlock ruleset: %s", strerror(errno));
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

int hl_outer_landlock(const struct hl_grants *g, char *err, size_t errsz)
{
	uint64_t handled;
	int fd = make_ruleset(&handled, err, errsz);
	if (fd < 0)
		return -1;
	uint64_t ro = FS_READ_FILE | FS_READ_DIR;
	/* Read-write: everything but executing files and making devices. */
	uint64_t rw = handled & ~(FS_EXECUTE | FS_MAKE_CHAR | FS_MAKE_BLOCK | FS_IOCTL_DEV);
	for (size_t i = 0; g && i < g->n; i++)
		if (add_rule(fd, g->v[i].dirfd, g->v[i].readonly ? ro : rw, g->v[i].guest, err,
			     errsz)) {
			close(fd);
			return -1;
		}
	return enforce(fd, err, errsz);
}

/* Native mode (native.h). Paths are those of the new root; a missing one
 * is skipped. */
int hl_outer_landlock_native(const struct hl_grants *g, char *err, size_t errsz)
{
	uint64_t handled;
	int fd = make_ruleset(&handled, err, errsz);
	if (fd < 0)
		return -1;
	const uint64_t rx = FS_READ_FILE | FS_READ_DIR | FS_EXECUTE;
	const uint64_t rw = handled & ~(FS_EXECUTE | FS_MAKE_CHAR | FS_MAKE_BLOCK | FS_IOCTL_DEV);
	const uint64_t dev = (FS_READ_FILE | FS_WRITE_FILE | FS_TRUNCATE | FS_IOCTL_DEV) & handled;
	static const struct {
		const char *path;
		uint64_t access;
	} fixed[] = {
	    {"/", FS_READ_DIR}, /* lists only what was mounted */
	    {"/usr", FS_READ_FILE | FS_READ_DIR | FS_EXECUTE},
	    {"/bin", FS_READ_FILE | FS_READ_DIR | FS_EXECUTE},
	    {"/sbin", FS_READ_FILE | FS_READ_DIR | FS_EXECUTE},
	    {"/lib", FS_READ_FILE | FS_READ_DIR | FS_EXECUTE},
	    {"/lib32", FS_READ_FILE | FS_READ_DIR | FS_EXECUTE},
	    {"/lib64", FS_READ_FILE | FS_READ_DIR | FS_EXECUTE},
	    {"/libx32", FS_READ_FILE | FS_READ_DIR | FS_EXECUTE},
	    {"/etc/ld.so.cache", FS_READ_FILE},
	    {"/etc/ld.so.conf", FS_READ_FILE},
	    {"/etc/ld.so.conf.d", FS_READ_FILE | FS_READ_DIR},
	    {"/etc/localtime", FS_READ_FILE},
	    {"/etc/alternatives", FS_READ_FILE | FS_READ_DIR},
	    {"/dev", FS_READ_DIR},
	    {"/dev/null", 0},
	    {"/dev/zero", 0},
	    {"/dev/full", 0},
	    {"/dev/random", 0},
	    {"/dev/urandom", 0},
	    {"/proc", FS_READ_FILE | FS_READ_DIR},
	    {"/tmp", ~0ull},
	};
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
		int pfd = open(fixed[i].path, O_PATH | O_CLOEXEC);
		if (pfd < 0)
			continue;
		uint64_t a = fixed[i].access == 0	? dev
			     : fixed[i].access == ~0ull ? rw
							: fixed[i].access;
		int r = add_rule(fd, pfd, a & handled, fixed[i].path, err, errsz);
		close(pfd);
		if (r) {
			close(fd);
			return -1;
		}
	}
	for (size_t i = 0; g && i < g->n; i++)
		if (add_rule(fd, g->v[i].dirfd, g->v[i].readonly ? rx : rw, g->v[i].guest, err,
			     errsz)) {
			close(fd);
			return -1;
		}
	return enforce(fd, err, errsz);
}
