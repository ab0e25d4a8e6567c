/* Test-only hook (linked into build/tests/halite-rawsys, never into an
 * installed binary): runtime call 63 runs the sandbox's system call on the
 * host unchecked, the way an attacker who had taken over the runtime
 * could. The outer sandbox must still stop what it does. */
#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "runtime/sandbox.h"

int hl_raw_syscall_entry(struct hl_thread *t);

int hl_raw_syscall_entry(struct hl_thread *t)
{
	long r = syscall((long)t->regs.rax, t->regs.rdi, t->regs.rsi, t->regs.rdx, t->regs.r10,
			 t->regs.r8, t->regs.r9);
	t->regs.rax = (uint64_t)(r < 0 ? -errno : r);
	t->regs.rip = t->base + ((uint32_t)t->regs.rip & ~(uint32_t)(HL_BUNDLE - 1));
	return 0;
}
