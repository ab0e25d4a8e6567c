/* Internal state of a sandbox and of its threads, shared by the runtime's
 * files (memory, threads, system-call families). Not part of the API.
 *
 * Locking: sb->lock guards the thread list and the memory map (mem.c);
 * the descriptor table has its own lock (fdtable.c). Handlers never hold
 * a lock while blocking in the host kernel on the sandbox's behalf. */
#ifndef HALITE_RUNTIME_SANDBOX_H
#define HALITE_RUNTIME_SANDBOX_H

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <time.h>

#include "runtime/fdtable.h"
#include "runtime/mem.h"
#include "runtime/runtime.h"
#include "runtime/thread_layout.h"

/* Registers of a sandbox thread at a runtime call (layout: thread_layout.h). */
struct hl_regs {
	uint64_t rax, rbx, rcx, rdx, rsi, rdi, rbp, rsp;
	uint64_t r8, r9, r10, r11, r12, r13, r14, r15;
	uint64_t rip, rflags;
};

/* Why a thread left hl_enter. */
enum hl_thread_end {
	HL_T_RUNNING = 0,
	HL_T_EXIT,     /* exit(): this thread only */
	HL_T_GROUP,    /* exit_group() or the sandbox is ending: every thread */
	HL_T_FAULT,    /* fault in sandbox code: t->fault */
	HL_T_STOPPED,  /* stopped by the runtime (another thread ended the sandbox) */
	HL_T_RESERVED, /* called a reserved runtime-call entry */
	HL_T_YIELD     /* runtime call 2 (embedding): stopped, handed to the host */
};

/* The return bundle of embedded sandboxes (hl_config.embed): validated
 * code, mapped read-execute, that makes runtime call 2. A host call into
 * the sandbox returns there (docs/embedding.md). It lies in the padding
 * after the module's code (image.c), or in a page of its own here. */
#define HL_RETURN_BUNDLE 0x11000u

struct hl_thread {
	/* Read by entry.S at fixed offsets (thread_layout.h). */
	uint64_t host_rsp;
	uint64_t base;
	uint64_t tp;
	uint64_t xsave;
	struct hl_regs regs;
	/* The embedding API's fast path (hl_call_enter, runtime call 2): no
	 * XSAVE image, so the values that cross it are kept here. */
	uint64_t call_xmm[8];    /* xmm0-7 on entry (doubles) */
	uint64_t ret_xmm0;       /* xmm0 at runtime call 2 */
	uint32_t host_mxcsr;     /* the host's control words, restored by runtime call 2 */
	uint16_t host_fpucw;
	uint32_t call_nxmm;      /* how many of call_xmm to load */
	enum hl_thread_end end;  /* why it left hl_enter (runtime call 2 sets it itself) */
	uint32_t sb_mxcsr;       /* the module's control words during runtime call 3 */
	uint16_t sb_fpucw;
	/* The kernel tid of its host thread, for hl_signal_threads; 0 for
	 * an embedded sandbox's one thread, which whichever host thread calls
	 * runs: the embedding layer finds that thread itself (embed_inside,
	 * src/embed/watchdog.c). */
	int host_tid;
	/* Its module has no x87 instruction (hl_module.x87_free): the way into
	 * a call and runtime call 3 skip their x87 steps (the way out is the
	 * table's yield stub, chosen by the same flag). 0, the safe side, for
	 * every thread but an embedded one. */
	uint32_t x87_free;
	/* Its module neither reads nor writes MXCSR (hl_module.mxcsr_free):
	 * the way into a call, runtime call 3, the yield stub and the signal
	 * exit leave MXCSR as they find it, the host's. 0 but for an embedded
	 * thread. */
	uint32_t mxcsr_free;

	struct hl_sandbox *sb;
	int tid;                 /* the sandbox's thread id */
	uint64_t clear_child_tid;/* sandbox address zeroed and woken at exit, or 0 */
	struct hl_fault fault;   /* when end == HL_T_FAULT */
	pthread_t host;		 /* host thread (not for the main thread) */
	int detached_host;       /* host thread created by clone */
	uint64_t sigmask;        /* rt_sigprocmask (recorded; no delivery yet) */
	struct hl_thread *next;  /* sb->threads list */
	void *xsave_mem;         /* allocation holding the XSAVE area */
	size_t xsave_size;       /* bytes of the area */
};

struct hl_sandbox {
	uint8_t *base;           /* host address of sandbox address 0 */
	void *reservation;       /* [base - guard, base + 4 GiB + guard), from */
	size_t reservation_size; /* the lowest mappable page if base is 0; 0: none */
	int pooled;              /* the slot is from slots.c (embedded sandboxes) */
	struct hl_vma *layout;   /* pooled: the initial memory map (warm.c), malloc'd */
	size_t nlayout;
	uint64_t stack_size;     /* of the main stack, page-aligned */
	uint64_t ret_bundle;     /* embedded: sandbox address of the return bundle */
	const struct hl_module *mod;
	struct hl_config cfg;
	struct hv_policy policy; /* validates dynamic code */

	pthread_mutex_t lock;    /* threads and memory map */
	pthread_cond_t idle;     /* signalled when nthreads drops */
	struct hl_thread *threads;
	unsigned nthreads;       /* live sandbox threads */
	int next_tid;
	int pid;                 /* what getpid() returns */
	/* cfg.thread_gate: 0 not read yet, 1 open, -1 shut. */
	int thread_gate;

	atomic_int stopping;     /* the sandbox is ending: every thread leaves */
	struct hl_result result; /* first end wins (guarded by lock) */
	int have_result;

	struct hl_mem mem;
	struct hl_fdtable fds;
	char *cwd; /* guest working directory, normalized, malloc'd (sb->lock):
		      a string, not a PATH_MAX buffer in every sandbox */
	unsigned umask;
	/* rt_sigaction: the kernel's struct (handler, flags, restorer, mask),
	 * recorded and reported back; handlers are not invoked yet. */
	uint64_t sigact[65][4];
	uint64_t entry;          /* sandbox address of the entry point */

	pthread_t reaper;        /* signals the threads until all have left */
	int have_reaper;

	pthread_t timer;         /* --timeout watchdog */
	int have_timer;
	pthread_mutex_t timer_lock;
	pthread_cond_t timer_cond;
	int timer_quit;

	/* Embedding (src/embed/, cfg.embed): runtime call 3 runs
	 * callback(t) on the host stack (0: resume the thread, 1: leave
	 * hl_enter); embed is the embedding layer's instance. */
	int (*callback)(struct hl_thread *t);
	void *embed;
};

/* The time on clock clk, seconds from now: a deadline for
 * pthread_cond_timedwait. */
static inline struct timespec hl_deadline(clockid_t clk, double seconds)
{
	struct timespec ts;
	clock_gettime(clk, &ts);
	long whole = (long)seconds;
	ts.tv_sec += whole;
	ts.tv_nsec += (long)((seconds - (double)whole) * 1e9);
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	return ts;
}

/* Host address of sandbox address off (low 32 bits of a sandbox pointer). */
static inline void *hl_host(const struct hl_sandbox *sb, uint64_t ptr)
{
	return sb->base + (uint32_t)ptr;
}

/* Sandbox memory access for system-call handlers. A sandbox pointer is a
 * full address (base + offset); only its low 32 bits count. The range must
 * lie inside the slot; unmapped pages give -EFAULT, never a host crash.
 * Everything a handler checks must be copied in first (another sandbox
 * thread may change it). */
int hl_copy_in(const struct hl_sandbox *sb, void *dst, uint64_t ptr, size_t len);
int hl_copy_out(const struct hl_sandbox *sb, uint64_t ptr, const void *src, size_t len);
/* Copies a NUL-terminated string of at most cap bytes including the NUL.
 * Returns its length, -ENAMETOOLONG, or -EFAULT. */
long hl_copy_str_in(const struct hl_sandbox *sb, char *dst, uint64_t ptr, size_t cap);
/* Host address of [ptr, ptr + len) for passing to the host kernel, which
 * reports unmapped pages as EFAULT itself; NULL if the range leaves the
 * slot. */
void *hl_range(const struct hl_sandbox *sb, uint64_t ptr, uint64_t len);

/* entry.S */
void hl_enter(struct hl_thread *t);
/* The embedding API's entry (docs/embedding.md): runs t from t->regs like
 * hl_enter, but without restoring the XSAVE image: the vector registers
 * start zeroed but xmm0..call_nxmm-1 (t->call_xmm), MXCSR and the x87
 * control word start with their defaults; the host's are kept in
 * t->host_mxcsr and t->host_fpucw, which runtime call 2 restores. The
 * caller has set t->regs.rip to a bundle start in the slot. */
void hl_call_enter(struct hl_thread *t);
/* hl_call_fast, the common case of hl_call_enter, has a register
 * convention of its own and one caller, src/embed/call.S (entry.S). */
/* Whether the CPU and the kernel support AVX (set by hl_cpu_probe). */
extern unsigned char hl_cpu_avx;
/* Sets hl_cpu_avx (and the XSAVE size) once per process. */
void hl_cpu_probe(void);
int hl_xsave_init(void *area);
long hl_try_copy(void *dst, const void *src, size_t n);
long hl_try_strcpy(char *dst, const char *src, size_t cap);
/* Stores v at dst, which may be unmapped: 0 or -EFAULT. */
long hl_try_store64(uint64_t *dst, uint64_t v);
extern char hl_signal_exit[];
extern char hl_copy_fault_begin[], hl_copy_fault_end[], hl_copy_fault_fixup[];
/* The sandbox thread this host thread runs (entry.S). Initial-exec: also
 * read by the signal handlers, where a TLS-descriptor call could allocate. */
extern __thread struct hl_thread *hl_tls_thread __attribute__((tls_model("initial-exec")));

/* Called from entry.S: return 0 to resume the thread, 1 to leave. */
int hl_syscall_entry(struct hl_thread *t);
void hl_rtcall_reserved_entry(struct hl_thread *t);
/* Runtime call 3: sb->callback(t), or HL_T_RESERVED without one. */
int hl_callback_entry(struct hl_thread *t);

/* thread.c */
struct hl_thread *hl_thread_new(struct hl_sandbox *sb);
void hl_thread_free(struct hl_thread *t);
/* Runs t on the calling host thread until it leaves, then unlinks it. */
void hl_thread_run(struct hl_thread *t);
/* Ends the sandbox: records res (if first) and stops every thread. */
void hl_sandbox_end(struct hl_sandbox *sb, const struct hl_result *res);
/* Sends the stop signal to every other thread of sb (sb->lock held). */
void hl_signal_threads(struct hl_sandbox *sb);
/* Sets the %gs base of the calling host thread. The embedding API sets
 * it on every call: the write is skipped when the thread has it already
 * (only the runtime writes it). The cache starts at HL_GS_BASE_UNKNOWN, a
 * value no slot has: a slot may be at 0 (create.c), and a new thread
 * inherits the %gs base of the thread that created it, which may be
 * another sandbox's. */
extern __thread uint64_t hl_tls_gs_base __attribute__((tls_model("initial-exec")));
void hl_set_gs_base_slow(uint64_t base);
static inline void hl_set_gs_base(uint64_t base)
{
	if (__builtin_expect(hl_tls_gs_base != base, 0))
		hl_set_gs_base_slow(base);
}
/* After t left hl_enter with HL_T_FAULT: reads the instruction bytes,
 * detects a stack overflow and scans the stack for a backtrace. */
void hl_describe_fault(struct hl_thread *t);

/* run.c: writes the Linux initial stack (argc, argv, envp, auxv) below the
 * top of the main stack. Returns the sandbox address of argc, 0 if it
 * does not fit. */
uint64_t hl_build_stack(struct hl_sandbox *sb, char *const argv[], char *const envp[]);

/* create.c: fills the runtime-call table's page. 0 or -errno. */
int hl_fill_table(uint64_t *table, int embed, int x87_free);
/* create.c: applies the module's relative relocations to the sandbox's
 * writable segments (mapped and writable by then). 0, or -1 with err. */
int hl_sandbox_relocate(struct hl_sandbox *sb, char *err, size_t errsz);
/* image.c: maps an embedded sandbox's table, return bundle and image
 * from the module's sealed memfd, relocated, and sets sb->ret_bundle. 0,
 * 1 if the memfd cannot be had (map them the general way), -1 with err.
 * warm: they are mapped already (a warm slot, warm.c); only recorded and
 * relocated. */
int hl_image_map(struct hl_sandbox *sb, int warm, char *err, size_t errsz);
/* The bytes the module's file gives its writable pages [start, end)
 * (sandbox addresses, before relocation), or NULL if the module keeps no
 * copy of them (image.c, keep_rw). */
#define HL_IMAGE_RW_MAX (64 * 1024)
const uint8_t *hl_image_rw(const struct hl_module *m, uint64_t start, uint64_t end);

/* fault.c: process-wide signal handlers, installed once; per host thread
 * alternate stack (I3). */
int hl_signals_init(void);
int hl_altstack_enter(void **mem);
void hl_altstack_leave(void *mem);
/* The signal that stops sandbox threads. */
int hl_stop_signal(void);

#endif
