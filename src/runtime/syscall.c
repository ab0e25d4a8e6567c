/* The system-call dispatcher, called by runtime call 0 (entry.S), and the
 * --trace printer. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>

#include "runtime/sandbox.h"
#include "runtime/syscall.h"

/* Appends one argument, formatted by kind, to buf. */
static size_t format_arg(const struct hl_thread *t, char *buf, size_t size, unsigned kind,
			 uint64_t v)
{
	switch (kind) {
	case A_INT:
		return (size_t)snprintf(buf, size, "%lld", (long long)v);
	case A_UINT:
		return (size_t)snprintf(buf, size, "%llu", (unsigned long long)v);
	case A_OCT:
		return (size_t)snprintf(buf, size, "0%llo", (unsigned long long)v);
	case A_FD:
		if ((int)v == AT_FDCWD)
			return (size_t)snprintf(buf, size, "AT_FDCWD");
		return (size_t)snprintf(buf, size, "%d", (int)v);
	case A_PTR:
		if (!v)
			return (size_t)snprintf(buf, size, "NULL");
		return (size_t)snprintf(buf, size, "0x%llx", (unsigned long long)(uint32_t)v);
	case A_STR: {
		char s[64];
		long n = hl_copy_str_in(t->sb, s, v, sizeof s);
		if (n == -EFAULT)
			return (size_t)snprintf(buf, size, "0x%llx", (unsigned long long)(uint32_t)v);
		size_t len = n < 0 ? sizeof s : (size_t)n;
		size_t o = (size_t)snprintf(buf, size, "\"");
		for (size_t i = 0; i < len && o + 5 < size; i++) {
			unsigned char c = (unsigned char)s[i];
			if (c == '"' || c == '\\')
				o += (size_t)snprintf(buf + o, size - o, "\\%c", c);
			else if (c >= 32 && c < 127)
				buf[o++] = (char)c;
			else
				o += (size_t)snprintf(buf + o, size - o, "\\x%02x", c);
		}
		if (o + 5 < size)
			o += (size_t)snprintf(buf + o, size - o, n < 0 ? "\"..." : "\"");
		return o < size ? o : size - 1;
	}
	default:
		return (size_t)snprintf(buf, size, "0x%llx", (unsigned long long)v);
	}
}

static void trace(const struct hl_thread *t, uint64_t nr, const struct hl_syscall *sc,
		  const uint64_t a[6], int64_t r)
{
	char line[1024];
	size_t o = (size_t)snprintf(line, sizeof line, "[%d] ", t->tid);
	if (sc && sc->name)
		o += (size_t)snprintf(line + o, sizeof line - o, "%s(", sc->name);
	else
		o += (size_t)snprintf(line + o, sizeof line - o, "syscall_%llu(",
				      (unsigned long long)nr);
	for (int i = 0; i < 6 && sc && sc->args[i] != A_NONE && o < sizeof line - 64; i++) {
		if (i)
			o += (size_t)snprintf(line + o, sizeof line - o, ", ");
		o += format_arg(t, line + o, sizeof line - o - 64, sc->args[i], a[i]);
	}
	if (r < 0 && r > -4096)
		o += (size_t)snprintf(line + o, sizeof line - o, ") = -1 %s (%s)\n",
				      strerrorname_np((int)-r) ? strerrorname_np((int)-r) : "E?",
				      strerror((int)-r));
	else {
		o += (size_t)snprintf(line + o, sizeof line - o, ") = ");
		o += format_arg(t, line + o, sizeof line - o - 1, sc && sc->ret ? sc->ret : A_INT,
				(uint64_t)r);
		o += (size_t)snprintf(line + o, sizeof line - o, "\n");
	}
	if (o >= sizeof line)
		o = sizeof line - 1;
	ssize_t w = write(t->sb->cfg.trace_fd, line, o);
	(void)w;
}

int hl_syscall_entry(struct hl_thread *t)
{
	struct hl_sandbox *sb = t->sb;
	uint64_t nr = t->regs.rax;
	const uint64_t a[6] = {t->regs.rdi, t->regs.rsi, t->regs.rdx,
			       t->regs.r10, t->regs.r8,  t->regs.r9};
	const struct hl_syscall *sc =
		nr < HL_SYSCALL_MAX && hl_syscalls[nr].name ? &hl_syscalls[nr] : NULL;
	int64_t r = sc && sc->fn ? sc->fn(t, a) : -ENOSYS;
	if (sb->cfg.trace)
		trace(t, nr, sc, a, r);
	t->regs.rax = (uint64_t)r;
	/* The continuation came from the sandbox: a bundle start in the slot. */
	t->regs.rip = t->base + ((uint32_t)t->regs.rip & ~(uint32_t)(HL_BUNDLE - 1));
	if (t->end != HL_T_RUNNING)
		return 1;
	if (atomic_load(&sb->stopping)) {
		t->end = HL_T_STOPPED;
		return 1;
	}
	return 0;
}
