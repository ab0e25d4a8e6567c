/* signal.h for wasm32-wasi builds of the benchmark workloads: wasi-libc's
 * (with -D_WASI_EMULATED_SIGNAL: signal() and raise() only), plus the POSIX
 * signal-mask and sigaction calls xz makes to clean up after SIGINT. WASI
 * delivers no signals, so they do nothing (bench/suite/wasi/compat.c). */
#include_next <signal.h>
#ifndef HALITE_BENCH_WASI_SIGNAL_H
#define HALITE_BENCH_WASI_SIGNAL_H
#include <__typedef_sigset_t.h> /* wasi-libc's sigset_t: one byte */
struct sigaction {
	void (*sa_handler)(int);
	sigset_t sa_mask;
	int sa_flags;
};
#ifndef SIG_BLOCK
#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2
#endif
int sigemptyset(sigset_t *s);
int sigfillset(sigset_t *s);
int sigaddset(sigset_t *s, int sig);
int sigdelset(sigset_t *s, int sig);
int sigismember(const sigset_t *s, int sig);
int sigprocmask(int how, const sigset_t *set, sigset_t *old);
int sigaction(int sig, const struct sigaction *sa, struct sigaction *old);
#endif
