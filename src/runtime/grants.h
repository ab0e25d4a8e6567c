/* Capability-style file grants ("the Plash way").
 *
 * A sandboxed program sees no host file unless the operator granted a
 * directory with `--dir HOST[:GUEST][:ro]`. Each grant maps a guest directory
 * (an absolute, normalized guest path) to an open O_PATH descriptor of a host
 * directory. A guest path is resolved in two steps:
 *
 *   1. lexically, with no file system access: it is joined to the guest cwd
 *      and "." , empty components and ".." are removed (".." at "/" stays
 *      "/"), so no ".." is left to climb with;
 *   2. the grant with the longest matching prefix (component-wise) is
 *      chosen and the rest is opened beneath the grant's descriptor with
 *      openat2(RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS): a symlink that is
 *      absolute or that climbs out of the grant fails (reported as -EACCES).
 *
 * A path outside every grant does not exist for the sandbox (-ENOENT). Write
 * access below a read-only grant is -EROFS.
 *
 * Note that ".." is applied lexically, before symlinks are followed:
 * "/data/link/.." is "/data" even when link points elsewhere (as in Plash).
 *
 * There is no global state: a grant table belongs to its caller (one per
 * sandbox) and is not modified by the lookup functions, so lookups may run
 * concurrently on one table. Requires Linux >= 5.6 (openat2); without it
 * opens fail with -ENOSYS (closed, never open). */
#ifndef HALITE_RUNTIME_GRANTS_H
#define HALITE_RUNTIME_GRANTS_H

#include <stddef.h>

struct hl_grant {
	char *guest;  /* normalized absolute guest path, e.g. "/data" or "/" */
	int dirfd;    /* O_PATH|O_DIRECTORY|O_CLOEXEC fd of the host directory */
	int readonly; /* nonzero: no write access below this grant */
};

/* The grant table of one sandbox. Zero-initialize it ({0}) before use. */
struct hl_grants {
	struct hl_grant *v;
	size_t n;
};

/* Parses "HOST[:GUEST][:ro]" and appends a grant for it. A trailing ":ro"
 * makes the grant read-only; then the remaining text is split at its last
 * ':' into HOST and GUEST (so GUEST cannot contain ':', HOST can if GUEST is
 * given). A relative HOST is relative to the cwd. GUEST must be absolute and
 * is normalized; it defaults to realpath(HOST). Two grants cannot have the
 * same GUEST. Returns 0, or -1 with a user-facing message in err (always
 * NUL-terminated if errsz > 0), e.g. "--dir /nope: No such file or
 * directory" or "--dir a:b: guest path must be absolute"; g is then
 * unchanged. */
int hl_grants_add(struct hl_grants *g, const char *spec, char *err, size_t errsz);

/* Closes every descriptor and frees the table; g is left empty (reusable). */
void hl_grants_free(struct hl_grants *g);

/* Lexically normalizes a guest path against the guest cwd (an absolute path;
 * NULL means "/"): joins them unless path is absolute, removes "." and empty
 * components, and applies ".." lexically (".." at "/" stays "/"). The result
 * is absolute, has no trailing '/' (except "/" itself) and is written to out
 * (outsz bytes, PATH_MAX are always enough for a path that fits the host's
 * limits). Returns 0, -ENOENT (empty path), -ENAMETOOLONG (path of PATH_MAX
 * bytes or more, a component longer than NAME_MAX, or a result that does not
 * fit out) or -EINVAL (cwd not absolute, outsz < 2). */
int hl_path_normalize(const char *cwd, const char *path, char *out, size_t outsz);

/* Finds the grant with the longest guest prefix of gpath, a normalized
 * absolute guest path, matching whole components ("/data" matches "/data"
 * and "/data/x" but not "/database"). Sets *rel to the rest of gpath ("." if
 * gpath is the grant's own path; it points into gpath). Returns the grant, or
 * NULL (the path does not exist for the sandbox: return -ENOENT). */
const struct hl_grant *hl_grants_find(const struct hl_grants *g, const char *gpath,
				      const char **rel);

/* Opens a guest path (relative to the guest cwd, see hl_path_normalize)
 * beneath its grant with openat2(flags | O_CLOEXEC, mode,
 * RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS). As open(2) does, unknown flag
 * bits are ignored and mode is used only with O_CREAT or O_TMPFILE. A path
 * that ends in '/', "." or ".." must name a directory (as for the kernel).
 * Write access (O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND, O_TMPFILE)
 * below a read-only grant is -EROFS. A symlink escaping the grant is -EACCES.
 * Returns a new host fd (O_CLOEXEC), or -errno. */
int hl_grants_open(const struct hl_grants *g, const char *cwd, const char *path, int flags,
		   int mode);

/* For calls that act on a name in a directory (mkdir, mknod, unlink, rmdir,
 * rename, symlink, link, readlink, and fstatat/utimensat/fchownat with
 * AT_SYMLINK_NOFOLLOW): opens the parent directory of the normalized guest
 * path beneath its grant (O_PATH|O_DIRECTORY|O_CLOEXEC, same RESOLVE flags)
 * and sets *name to the last component, which points into buf (bufsz bytes,
 * give PATH_MAX). `write` says whether the call modifies the file system;
 * below a read-only grant it is then -EROFS. The grant root has no parent in
 * its grant: naming it is -EBUSY for a modifying call; otherwise the result
 * is a dup of the grant's dirfd and the name ".". If the path ends in '/',
 * "." or "..", an existing non-directory (or symlink) of that name is
 * -ENOTDIR. Returns the fd (O_CLOEXEC), or -errno.
 *
 * The final component is NOT resolved beneath the grant: the caller must use
 * it only with calls that do not follow a symlink in it (the list above).
 * For the following ones (stat, chmod, truncate, access, ...) open the path
 * with hl_grants_open(..., O_PATH, 0) and act on that fd. A call that makes
 * a second name for an existing file (link, rename) must pass write = 1 for
 * the source too, or a file of a read-only grant could be linked into a
 * writable one. */
int hl_grants_open_parent(const struct hl_grants *g, const char *cwd, const char *path, int write,
			  char *buf, size_t bufsz, const char **name);

#endif
