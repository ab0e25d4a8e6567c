/* Internal state of the embedding API (include/halite.h), shared by
 * embed.c (modules, instances, calls, callbacks, memory) and watchdog.c
 * (call time limits, halite_interrupt). Not part of the API. */
#ifndef HALITE_EMBED_H
#define HALITE_EMBED_H

#include <stdatomic.h>
#include <stdint.h>

#include "halite.h"
#include "runtime/sandbox.h"

struct halite_module {
	struct hl_module *mod;
	unsigned ncode; /* executable segments: [code_lo, code_hi) */
	uint64_t code_lo[HL_ELF_MAX_SEGMENTS], code_hi[HL_ELF_MAX_SEGMENTS];
	halite_fn fn_malloc, fn_free; /* 0: not exported */
};

/* A registered host function. */
struct embed_callback {
	halite_callback fn;
	void *ctx;
	char *name;
	char ret;      /* 'i' 'l' 'p' 'd' 'v' */
	char args[13]; /* 'i' 'l' 'p' 'd' */
	unsigned nargs;
};

/* No thread holds the bias (owner.c): never a kernel tid, nor the 0 of a
 * host thread that has not called yet. */
#define EMBED_NO_BIAS (-1)

/* Why calls into an instance take the C path (inst->slow), bits: every
 * reason but these is checked by call.S itself. */
#define EMBED_SLOW_STARTING 1 /* before halite_serve() */
#define EMBED_SLOW_TIMEOUT 2  /* a time limit is set */
#define EMBED_SLOW_DEAD 4     /* a call ended the instance: status, msg */
#define EMBED_SLOW_STOP 8     /* halite_interrupt or the watchdog asked it to stop */
#define EMBED_SLOW_REVOKING 16 /* a slow-path thread is taking the bias away (owner.c) */

/* deadline values besides a time: none, or claimed by the watchdog. */
#define EMBED_NO_DEADLINE 0
#define EMBED_DEADLINE_FIRED 1

struct halite_instance {
	/* Read by the fast path of halite_call (call.S) at the offsets of
	 * embed_layout.h, which embed.c checks. */
	struct hl_thread *t; /* the module's one thread, run by whichever host thread calls */
	uint64_t base;
	/* The module's first executable segment: code_lo, 32-byte aligned,
	 * and its bundles (0 if code_lo is not aligned: every call takes the
	 * C path), for call.S's one comparison (see there). */
	uint64_t code_lo, code_bundles;
	uint64_t call_slot;	   /* host address of an outermost call's return address; 0
				      before halite_serve() */
	uint64_t ret_bundle;	   /* host address of the return bundle */
	/* Which host thread is inside (owner.c): the one that entered by the
	 * slow path (owner), or the biased one (bias) while bias_inside.
	 * call.S reads slow and owner as one 8-byte word (both 0 for its
	 * path), but bias_inside alone: a wider load of a word that the last
	 * call's 4-byte store may still be writing would wait for that store
	 * (no store forwarding to a load it does not cover). */
	atomic_int bias;	/* kernel tid of the thread with the fast path, EMBED_NO_BIAS */
	atomic_int bias_inside; /* written by the bias thread only */
	atomic_int slow;	/* EMBED_SLOW_*: why calls take the C path; 0: none */
	atomic_int owner;	/* kernel tid, 0 */

	int destroy_pending; /* destroyed from a callback: at the outermost return */
	uint64_t timeout_ns; /* per outermost call; 0: none */
	const halite_module *m;
	struct hl_sandbox *sb;
	uint64_t serve_rsp; /* its %rsp at halite_serve(): outermost calls run below */
	/* Clear while a host callback runs (the thread inside is in host code,
	 * where the stop signal would only interrupt its system calls). */
	atomic_int running;
	unsigned in_callback; /* host callbacks on the stack (the thread inside only) */

	int status;
	char msg[512];
	int have_fault;
	struct halite_fault fault;

	struct embed_callback *cb; /* HALITE_MAX_CALLBACKS entries, or NULL */

	/* watchdog.c */
	_Atomic uint64_t deadline; /* CLOCK_MONOTONIC ns, or EMBED_* */
	atomic_int stop_req;	   /* HALITE_ERR_TIMEOUT, HALITE_ERR_INTERRUPTED, 0 */
	int listed;		   /* on the watchdog's list (under its lock) */
	struct halite_instance *wd_next, *wd_prev;
};

/* owner.c: one host thread inside an instance at a time, without an
 * atomic read-modify-write on the way in while the same thread makes the
 * calls. What embed_own returns: */
#define EMBED_OWN_NESTED 0 /* the thread is inside already (a call from a callback) */
#define EMBED_OWN_FAST 1   /* entered by the bias: leave with embed_disown */
#define EMBED_OWN_SLOW 2   /* entered by the owner word: leave with embed_disown */
int embed_own_slow(struct halite_instance *inst, int me);

/* Enters inst as host thread me (its kernel tid): EMBED_OWN_*, or
 * HALITE_ERR_BUSY when another thread is inside (or contends for it). The
 * fast path is the biased thread's (owner.c): two plain stores and three
 * loads, ordered against a revoking thread by its membarrier(). */
static inline int embed_own(struct halite_instance *inst, int me)
{
	if (atomic_load_explicit(&inst->bias, memory_order_relaxed) == me) {
		if (atomic_load_explicit(&inst->bias_inside, memory_order_relaxed) ||
		    atomic_load_explicit(&inst->owner, memory_order_relaxed) == me)
			return EMBED_OWN_NESTED;
		atomic_store_explicit(&inst->bias_inside, 1, memory_order_relaxed);
		atomic_signal_fence(memory_order_seq_cst); /* the store, then the loads */
		if (!(atomic_load_explicit(&inst->slow, memory_order_acquire) &
		      EMBED_SLOW_REVOKING) &&
		    atomic_load_explicit(&inst->bias, memory_order_relaxed) == me)
			return EMBED_OWN_FAST;
		atomic_store_explicit(&inst->bias_inside, 0, memory_order_release);
	}
	return embed_own_slow(inst, me);
}

static inline void embed_disown(struct halite_instance *inst, int how)
{
	if (how == EMBED_OWN_FAST)
		atomic_store_explicit(&inst->bias_inside, 0, memory_order_release);
	else
		atomic_store_explicit(&inst->owner, 0, memory_order_release);
}

/* Whether a call ended the instance (EMBED_SLOW_DEAD). */
static inline int embed_dead(const struct halite_instance *inst)
{
	return (atomic_load(&inst->slow) & EMBED_SLOW_DEAD) != 0;
}

/* The kernel tid of the thread inside, 0 (for other threads: a snapshot). */
static inline int embed_inside(struct halite_instance *inst)
{
	int o = atomic_load(&inst->owner);
	if (o)
		return o;
	int b = atomic_load(&inst->bias);
	return atomic_load(&inst->bias_inside) ? b : 0;
}

/* embed.c, for call.S (hidden: never exported from libhalite.so). */
extern __thread int hl_embed_tls_tid __attribute__((tls_model("initial-exec")));
__attribute__((visibility("hidden"))) int hl_embed_call_slow(halite_instance *inst, halite_fn fn,
							     const halite_value *args,
							     unsigned nargs, halite_value *ret);
__attribute__((visibility("hidden"))) int hl_embed_call_end(halite_instance *inst, int r,
							    halite_value *ret);

/* watchdog.c */
uint64_t embed_now_ns(void);
/* Puts inst on the watchdog's list (starting the watchdog thread once).
 * Returns 0 or HALITE_ERR_NOMEM. */
int embed_watch(struct halite_instance *inst);
void embed_unwatch(struct halite_instance *inst);
/* A new deadline was stored in inst->deadline: wake the watchdog if it
 * would sleep past it. */
void embed_deadline_set(uint64_t deadline);
/* Asks the instance to stop (reason: HALITE_ERR_TIMEOUT or
 * HALITE_ERR_INTERRUPTED) and signals the host thread inside it. */
void embed_request_stop(struct halite_instance *inst, int reason);
/* The watchdog resends the stop signal until the call has left. */
void embed_wake_watchdog(void);

#endif
