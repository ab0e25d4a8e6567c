/* halite embedding API: a C host loads a sandboxed module once, makes
 * instances of it, and calls the functions they export at about the cost
 * of a function call; the module calls back into host functions the host
 * registered. Every instance is a halite sandbox (docs/abi.md): a fault,
 * a runaway loop or a bad pointer in it ends that instance, never the
 * host. Rules for hosts and measured costs: docs/embedding.md.
 *
 * Link: `pkg-config --cflags --libs halite` (-lhalite: libhalite.so, or
 * libhalite.a with -lpthread -lm).
 *
 * The module side (src/embed/guest/halite_guest.h): an ordinary program
 * built with halite-cc whose main() calls halite_serve() once it is ready;
 * its exported functions are its global functions, found by name in its
 * symbol table (do not strip it).
 *
 *   halite_module *m = halite_module_load("lib.elf", err, sizeof err);
 *   halite_fn add;
 *   halite_lookup(m, "add", &add, err, sizeof err);
 *   halite_instance *in = halite_instance_create(m, NULL, err, sizeof err);
 *   halite_value args[] = {halite_int(2), halite_int(3)}, ret = {0};
 *   if (halite_call(in, add, args, 2, &ret) == HALITE_OK) ... ret.i ...
 *   halite_instance_destroy(in);
 *   halite_module_free(m);
 *
 * Threads: an instance is entered by one host thread at a time (another
 * thread gets HALITE_ERR_BUSY); different host threads may call different
 * instances at the same time. halite_interrupt may be called from any
 * thread. */
#ifndef HALITE_H
#define HALITE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct halite_module halite_module;
typedef struct halite_instance halite_instance;

/* An exported function: its sandbox address (an offset below 4 GiB), the
 * same in every instance of the module. */
typedef uint64_t halite_fn;

/* A pointer as the sandboxed code sees it: the instance's base plus an
 * offset below 4 GiB (numerically the host address, but unchecked).
 * Every pointer that comes out of a sandbox is untrusted: translate it
 * with halite_ptr or halite_str, which check it, before touching memory. */
typedef uint64_t halite_sptr;

enum halite_status {
	HALITE_OK = 0,
	HALITE_ERR_INVAL = -1,	     /* bad argument (function not exported, too many args) */
	HALITE_ERR_NOMEM = -2,	     /* out of host memory, address space or descriptors */
	HALITE_ERR_LOAD = -3,	     /* the module cannot be loaded or did not start */
	HALITE_ERR_NOTFOUND = -4,    /* no exported function of that name */
	HALITE_ERR_FAULT = -5,	     /* the sandbox faulted during the call (halite_last_fault) */
	HALITE_ERR_TIMEOUT = -6,     /* the call ran past halite_call_timeout */
	HALITE_ERR_INTERRUPTED = -7, /* halite_interrupt */
	HALITE_ERR_EXIT = -8,	     /* the module exited or killed itself (abort) */
	HALITE_ERR_DEAD = -9,	     /* an earlier call ended the instance */
	HALITE_ERR_BUSY = -10,	     /* another host thread is inside the instance */
	HALITE_ERR_RANGE = -11,	     /* a sandbox pointer outside the instance, or unmapped */
	HALITE_ERR_CALLBACK = -12    /* unregistered callback, or a host callback failed */
};

/* Arguments and results. Integers and pointers travel in the integer
 * registers (at most 6 arguments: rdi rsi rdx rcx r8 r9), doubles in
 * xmm0-7 (at most 8), as in the x86-64 System V ABI; nothing is passed on
 * the stack. */
enum halite_type { HALITE_INT = 0, HALITE_DOUBLE = 1 };

typedef struct halite_value {
	enum halite_type type;
	union {
		uint64_t i; /* int, long, pointer: sign- or zero-extend as the C type does */
		double d;
	};
} halite_value;

static inline halite_value halite_int(uint64_t v)
{
	halite_value x;
	x.type = HALITE_INT;
	x.i = v;
	return x;
}

static inline halite_value halite_double(double v)
{
	halite_value x;
	x.type = HALITE_DOUBLE;
	x.d = v;
	return x;
}

struct halite_config {
	uint64_t memory_limit; /* bytes of sandbox memory; 0: only the 4 GiB slot */
	uint64_t stack_size;   /* of the module's thread; 0: 8 MiB */
	double call_timeout;   /* seconds of wall time per outermost call (and for
				  start-up), host callbacks included; 0: none */
	int stdio[3];	       /* host descriptors the module gets as 0, 1, 2
				  (duplicated); -1: closed. Default -1, 1, 2 */
	char *const *argv;     /* main's arguments; NULL: the module's path */
	char *const *envp;     /* its environment; NULL: empty */
};

void halite_config_default(struct halite_config *cfg);

/* Reads, parses and validates a module once; instances are made from it
 * without validating again. NULL with a message in err (may be NULL) on
 * failure. */
halite_module *halite_module_load(const char *path, char *err, size_t errsz);
/* After every instance made from m was destroyed. */
void halite_module_free(halite_module *m);

/* An exported function by name: a global function symbol of the module's
 * symbol table, which must start a bundle (halite-cc aligns every global
 * function to 32 bytes). HALITE_ERR_NOTFOUND, or HALITE_ERR_INVAL for a
 * symbol that is static, not code or not bundle-aligned; err (may be
 * NULL) says which. */
int halite_lookup(const halite_module *m, const char *name, halite_fn *fn, char *err, size_t errsz);

/* Makes an instance: reserves a slot, maps the module and runs its
 * start-up (musl's initialisation, constructors, main) on the calling
 * thread until main calls halite_serve(). cfg may be NULL (defaults).
 * NULL with a message in err (may be NULL) if that fails (the module
 * faulted, exited or timed out first). */
halite_instance *halite_instance_create(const halite_module *m, const struct halite_config *cfg,
					char *err, size_t errsz);
/* Returns every resource of the instance: its mappings, descriptors and
 * memory. Called from a callback of inst itself, the instance dies and is
 * destroyed when the outermost call into it returns. Must not race with
 * calls or halite_interrupt from other threads. */
void halite_instance_destroy(halite_instance *inst);

/* Calls fn with nargs arguments. ret (may be NULL) receives the result:
 * set ret->type first to the function's result type (HALITE_INT: %rax,
 * HALITE_DOUBLE: %xmm0). Returns HALITE_OK, or why the call failed; after
 * FAULT, TIMEOUT, INTERRUPTED, EXIT and CALLBACK the instance is dead
 * (every later call: HALITE_ERR_DEAD) and should be destroyed. May be
 * called again from inside a callback of the same instance (nested). */
int halite_call(halite_instance *inst, halite_fn fn, const halite_value *args, unsigned nargs,
		halite_value *ret);

/* Wall-time limit of each outermost call into inst, in seconds; 0: none.
 * A call past it ends with HALITE_ERR_TIMEOUT. */
int halite_call_timeout(halite_instance *inst, double seconds);

/* From any thread: the running call of inst (or the next one) ends with
 * HALITE_ERR_INTERRUPTED and the instance is dead. Returns at once. A
 * host callback that is running is not interrupted: the call ends when
 * it returns to the sandbox. */
int halite_interrupt(halite_instance *inst);

/* Whether no call has ended the instance yet. */
int halite_alive(const halite_instance *inst);

/* What ended the last failed call (or the instance), as text:
 * "SIGSEGV at 0x21234 (crash+0x14), fault address 0x0". */
const char *halite_last_error(const halite_instance *inst);

struct halite_fault {
	int signal;	    /* SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP */
	uint64_t pc;	    /* sandbox address of the faulting instruction */
	uint64_t addr;	    /* data address: sandbox address if inside the slot */
	int stack_overflow; /* the address was just below the stack */
	char where[128];    /* pc symbolized: "function+0x14" */
};
/* HALITE_OK and *f filled if a fault ended the instance. */
int halite_last_fault(const halite_instance *inst, struct halite_fault *f);

const char *halite_strerror(int status);

/* Callbacks: the module calls halite_callback(index, ...) (guest header);
 * the host function runs on the calling host thread and its stack, and
 * may call into the instance again. signature: the result type, then the
 * argument types in parentheses: 'i' int (32 bits, sign-extended), 'l'
 * long (64 bits), 'p' pointer (a halite_sptr: check it), 'd' double, 'v'
 * void (result only). At most 5 integer arguments (rdi carries the
 * index) and 8 doubles. Example: "d(pld)". name (may be NULL) lets the
 * module find the index with halite_callback_find(name). A callback
 * returning non-zero ends the call with HALITE_ERR_CALLBACK (the
 * instance dies). */
#define HALITE_MAX_CALLBACKS 256
typedef int (*halite_callback)(halite_instance *inst, void *ctx, const halite_value *args,
			       unsigned nargs, halite_value *ret);
int halite_register_callback(halite_instance *inst, unsigned index, const char *name,
			     const char *signature, halite_callback fn, void *ctx);

/* Memory. halite_ptr: the host address of [p, p + len) if it lies inside
 * inst's slot and is mapped readable (halite_ptr_rw: and writable), else
 * NULL. A value whose upper 32 bits are not the base's is refused, never
 * masked. The answer holds until the next call into the instance (which
 * may unmap the memory): check again after each call. */
void *halite_ptr(halite_instance *inst, halite_sptr p, size_t len);
void *halite_ptr_rw(halite_instance *inst, halite_sptr p, size_t len);
/* A NUL-terminated string of at most max bytes (NUL included), readable
 * in the slot; NULL if not. */
const char *halite_str(halite_instance *inst, halite_sptr p, size_t max);
/* Copies into the sandbox (dst is a sandbox pointer) and out of it. An
 * unmapped page gives HALITE_ERR_RANGE, never a host crash. */
int halite_copy_in(halite_instance *inst, halite_sptr dst, const void *src, size_t len);
int halite_copy_out(halite_instance *inst, void *dst, halite_sptr src, size_t len);
/* The module's own malloc and free (its exported "malloc" and "free",
 * called with halite_call): 0 if it has none or is out of memory. */
halite_sptr halite_malloc(halite_instance *inst, size_t size);
void halite_free(halite_instance *inst, halite_sptr p);
/* The instance's base: sandbox pointer = base + offset. */
uint64_t halite_base(const halite_instance *inst);

#ifdef __cplusplus
}
#endif

#endif
