/* Native mode: the messages between the sandbox's init and the supervisor,
 * and --trace-denied's report of refused calls.
 *
 * With --trace-denied, the native filter refuses with
 * SECCOMP_RET_USER_NOTIF instead of SECCOMP_RET_ERRNO: the calling thread
 * stops in the kernel, and the supervisor (outside the sandbox, holding
 * the filter's listener descriptor, which init passed it over the socket
 * pair) receives the call's number and arguments, prints them and answers
 * EPERM. The program sees the same EPERM as without the option; the call
 * is never run. Only registers are reported: reading the caller's memory
 * (a path) would race with its other threads. */
#include <errno.h>
#include <linux/seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "outer/native.h"

struct msg {
	char tag;
	int value;
};

int hl_msg_send(int sock, char tag, int value, int fd)
{
	struct msg m = {tag, value};
	struct iovec iov = {&m, sizeof m};
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	struct msghdr mh = {.msg_iov = &iov, .msg_iovlen = 1};
	if (fd >= 0) {
		memset(&u, 0, sizeof u);
		mh.msg_control = u.buf;
		mh.msg_controllen = sizeof u.buf;
		struct cmsghdr *c = CMSG_FIRSTHDR(&mh);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(c), &fd, sizeof fd);
	}
	ssize_t r;
	while ((r = sendmsg(sock, &mh, MSG_NOSIGNAL)) < 0 && errno == EINTR)
		;
	return r == (ssize_t)sizeof m ? 0 : -1;
}

int hl_msg_recv(int sock, char *tag, int *value, int *fd)
{
	struct msg m;
	struct iovec iov = {&m, sizeof m};
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	struct msghdr mh = {
	    .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf};
	*fd = -1;
	ssize_t r;
	while ((r = recvmsg(sock, &mh, MSG_CMSG_CLOEXEC)) < 0 && errno == EINTR)
		;
	if (r == 0)
		return 0;
	if (r != (ssize_t)sizeof m)
		return -1;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS &&
		    c->cmsg_len == CMSG_LEN(sizeof(int)))
			memcpy(fd, CMSG_DATA(c), sizeof *fd);
	*tag = m.tag;
	*value = m.value;
	return 1;
}

/* The pid of host process pid in its innermost PID namespace (the last
 * field of NSpid in /proc/PID/status), or 0. */
static long sandbox_pid(long pid)
{
	char path[64], line[256];
	snprintf(path, sizeof path, "/proc/%ld/status", pid);
	FILE *f = fopen(path, "re");
	long inner = 0;
	if (!f)
		return 0;
	while (fgets(line, sizeof line, f))
		if (!strncmp(line, "NSpid:", 6)) {
			char *last = strrchr(line, '\t');
			inner = last ? strtol(last + 1, NULL, 10) : 0;
			break;
		}
	fclose(f);
	return inner;
}

int hl_notify_handle(int listener, const char *prog)
{
	static struct seccomp_notif_sizes sizes;
	static struct seccomp_notif *req;
	static struct seccomp_notif_resp *resp;
	if (!req) {
		if (syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes))
			return -1;
		req = calloc(1,
			     sizes.seccomp_notif > sizeof *req ? sizes.seccomp_notif : sizeof *req);
		resp = calloc(1, sizes.seccomp_notif_resp > sizeof *resp ? sizes.seccomp_notif_resp
									 : sizeof *resp);
		if (!req || !resp)
			return -1;
	}
	memset(req, 0, sizes.seccomp_notif);
	if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, req)) {
		/* ENOENT: the caller died (or was interrupted) meanwhile. */
		return errno == ENOENT || errno == EINTR ? 0 : -1;
	}
	char nb[32];
	const char *name = hl_syscall_name(req->data.nr, nb, sizeof nb);
	long inner = sandbox_pid((long)req->pid);
	char line[512];
	int n = snprintf(line, sizeof line, "%s: refused %s(", prog, name);
	for (int i = 0; i < 6 && n > 0 && (size_t)n < sizeof line; i++)
		n += snprintf(line + n, sizeof line - (size_t)n, "%s0x%llx", i ? ", " : "",
			      (unsigned long long)req->data.args[i]);
	if (n > 0 && (size_t)n < sizeof line)
		snprintf(line + n, sizeof line - (size_t)n, ") by pid %ld (host pid %u)\n",
			 inner ? inner : (long)req->pid, req->pid);
	fputs(line, stderr);
	fflush(stderr);
	memset(resp, 0, sizes.seccomp_notif_resp);
	resp->id = req->id;
	resp->error = -EPERM;
	if (ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, resp) && errno != ENOENT)
		return -1;
	return 0;
}
