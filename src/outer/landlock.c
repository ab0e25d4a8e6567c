/* Landlock: the process may open files only beneath the granted
 * directories (read-only where granted read-only), may not bind or
 * connect TCP sockets, and may not signal or reach abstract UNIX sockets
 * outside itself. Every right the running kernel's ABI knows is handled,
 * so whatever a rule does not allow is denied.
 *
 * The constants are the kernel's (include/uapi/linux/landlock.h); they are
 * spelled out here because the build host's headers may predate them. */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

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

int hl_outer_landlock(const struct hl_grants *g, char *err, size_t errsz)
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
	uint64_t ro = FS_READ_FILE | FS_READ_DIR;
	/* Read-write: everything but executing files and making devices. */
	uint64_t rw = attr.handled_access_fs & ~(FS_EXECUTE | FS_MAKE_CHAR | FS_MAKE_BLOCK | FS_IOCTL_DEV);
	for (size_t i = 0; g && i < g->n; i++) {
		struct ll_path_beneath_attr pb = {.allowed_access = g->v[i].readonly ? ro : rw,
						  .parent_fd = g->v[i].dirfd};
		if (syscall(SYS_landlock_add_rule, fd, LL_RULE_PATH_BENEATH, &pb, 0)) {
			snprintf(err, errsz, "cannot add a Landlock rule for %s: %s", g->v[i].guest,
				 strerror(errno));
			close(fd);
			return -1;
		}
	}
	if (syscall(SYS_landlock_restrict_self, fd, 0)) {
		snprintf(err, errsz, "cannot enforce the Landlock ruleset: %s", strerror(errno));
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}
