/* rt_sigaction as the runtime records it (src/runtime/sys_proc.c): the
 * defaults before any is set, a handler and its flags read back, the
 * others untouched, SIGKILL refused. Handlers are not invoked yet. */
#include <signal.h>
#include <stdio.h>

static void handler(int sig)
{
	(void)sig;
}

int main(void)
{
	struct sigaction old, sa = {0};
	if (sigaction(SIGUSR1, NULL, &old) || old.sa_handler != SIG_DFL)
		return 1;
	sa.sa_handler = handler;
	sa.sa_flags = SA_RESTART;
	sigaddset(&sa.sa_mask, SIGUSR2);
	if (sigaction(SIGUSR1, &sa, NULL))
		return 2;
	if (sigaction(SIGUSR1, NULL, &old) || old.sa_handler != handler ||
	    !(old.sa_flags & SA_RESTART) || !sigismember(&old.sa_mask, SIGUSR2))
		return 3;
	if (sigaction(SIGUSR2, NULL, &old) || old.sa_handler != SIG_DFL)
		return 4;
	if (sigaction(SIGKILL, &sa, NULL) == 0)
		return 5;
	puts("sigaction: ok");
	return 0;
}
