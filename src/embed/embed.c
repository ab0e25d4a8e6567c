/* The embedding API (include/halite.h, docs/embedding.md): modules,
 * instances, calls into the sandbox, callbacks out of it, and checked
 * access to its memory.
 *
 * An instance is a sandbox (src/runtime/) made with cfg.embed: its
 * runtime-call table has entry 2 (yield to the host) and entry 3 (call a
 * host function), and a page of validated code at HL_RETURN_BUNDLE makes
 * runtime call 2. The module's one thread runs musl's start-up until main
 * calls halite_serve(), which is runtime call 2: hl_enter returns to the
 * host with the thread stopped and every register saved. From then on a
 * call sets the thread's registers (integer arguments in rdi..r9, doubles
 * in t->call_xmm), points %rsp below the stack of halite_serve with the
 * return bundle's address pushed, sets %rip to the function and enters
 * with hl_call_enter (entry.S: no XSAVE image on this path, the vector
 * registers start cleared but the arguments): the function's return lands
 * in the return bundle, runtime call 2 stops the thread, hl_call_enter
 * returns, and %rax or t->ret_xmm0 is the result.
 *
 * A callback is runtime call 3: the dispatcher (embed_callback) runs on the
 * host stack below the hl_enter frame of the call, and may itself call
 * into the instance: a nested call saves the thread's registers, its host
 * stack pointer and the module's control words, runs, and restores them,
 * so that the runtime resumes the callback's caller as it was. Runtime
 * call 3 keeps no XSAVE image either (entry.S): its double arguments are
 * in t->call_xmm, and a double result goes to t->ret_xmm0. */
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "embed/embed.h"
#include "embed/embed_layout.h"

#define ARG_INTS 6
#define ARG_DOUBLES 8

_Static_assert(offsetof(struct halite_instance, t) == I_T, "layout");
_Static_assert(offsetof(struct halite_instance, base) == I_BASE, "layout");
_Static_assert(offsetof(struct halite_instance, code_lo) == I_CODE_LO, "layout");
_Static_assert(offsetof(struct halite_instance, code_bundles) == I_CODE_BUNDLES, "layout");
_Static_assert(offsetof(struct halite_instance, call_slot) == I_CALL_SLOT, "layout");
_Static_assert(offsetof(struct halite_instance, ret_bundle) == I_RET_BUNDLE, "layout");
_Static_assert(offsetof(struct halite_instance, owner) == I_OWNER, "layout");
_Static_assert(offsetof(struct halite_instance, bias) == I_BIAS, "layout");
_Static_assert(offsetof(struct halite_instance, bias_inside) == I_BIAS_INSIDE, "layout");
_Static_assert(offsetof(struct halite_instance, slow) == I_SLOW, "layout");
_Static_assert(sizeof(atomic_int) == 4 && sizeof(halite_value) == V_SIZE &&
		   offsetof(halite_value, i) == V_PAYLOAD && HALITE_DOUBLE == V_DOUBLE &&
		   HALITE_INT == 0 && ARG_INTS == CALL_MAX_INTS &&
		   ARG_DOUBLES == CALL_MAX_DOUBLES && V_SIZE == 1 << 4,
	       "layout");

#define DEFAULT_STACK (8u << 20)
#define CALLBACK_FIND (-1)

/* ---- the calling host thread ---- */

/* The calling thread's kernel tid, 0 until its first call, is
 * hl_embed_tls_tid (entry.S, next to the words call.S reads with it). */
static pthread_key_t altstack_key;
static pthread_once_t altstack_once = PTHREAD_ONCE_INIT;
static int altstack_key_ok;

static void altstack_free(void *mem)
{
	hl_altstack_leave(mem);
}

static void altstack_key_init(void)
{
	altstack_key_ok = pthread_key_create(&altstack_key, altstack_free) == 0;
}

/* Once per host thread: the signal handlers (once per process), an
 * alternate signal stack (I3: the handlers never run on the sandbox's
 * stack), freed when the thread exits, and the thread's kernel id. */
static int thread_setup(void)
{
	if (hl_signals_init() < 0)
		return HALITE_ERR_NOMEM;
	pthread_once(&altstack_once, altstack_key_init);
	void *alt = NULL;
	if (!altstack_key_ok || hl_altstack_enter(&alt) < 0)
		return HALITE_ERR_NOMEM;
	if (alt && pthread_setspecific(altstack_key, alt)) {
		hl_altstack_leave(alt);
		return HALITE_ERR_NOMEM;
	}
	hl_embed_tls_tid = (int)syscall(SYS_gettid);
	return HALITE_OK;
}

static inline int thread_ready(void)
{
	return __builtin_expect(hl_embed_tls_tid != 0, 1) ? HALITE_OK : thread_setup();
}

/* ---- errors ---- */

const char *halite_strerror(int status)
{
	switch (status) {
	case HALITE_OK: return "success";
	case HALITE_ERR_INVAL: return "invalid argument";
	case HALITE_ERR_NOMEM: return "out of memory";
	case HALITE_ERR_LOAD: return "the module cannot be loaded or started";
	case HALITE_ERR_NOTFOUND: return "no such exported function";
	case HALITE_ERR_FAULT: return "the sandbox faulted";
	case HALITE_ERR_TIMEOUT: return "the call ran past its time limit";
	case HALITE_ERR_INTERRUPTED: return "the call was interrupted";
	case HALITE_ERR_EXIT: return "the module exited";
	case HALITE_ERR_DEAD: return "the instance is dead";
	case HALITE_ERR_BUSY: return "another thread is inside the instance";
	case HALITE_ERR_RANGE: return "sandbox pointer out of range";
	case HALITE_ERR_CALLBACK: return "callback failed or not registered";
	default: return "unknown error";
	}
}

/* Ends the instance (the first reason wins). Returns its status. */
__attribute__((format(printf, 3, 4))) static int die(struct halite_instance *inst, int status,
						     const char *fmt, ...)
{
	if (embed_dead(inst))
		return inst->status;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(inst->msg, sizeof inst->msg, fmt, ap);
	va_end(ap);
	inst->status = status;
	atomic_fetch_or(&inst->slow, EMBED_SLOW_DEAD);
	atomic_store(&inst->sb->stopping, 1);
	return status;
}

__attribute__((format(printf, 3, 4))) static int complain(struct halite_instance *inst, int status,
							  const char *fmt, ...)
{
	if (embed_dead(inst))
		return status;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(inst->msg, sizeof inst->msg, fmt, ap);
	va_end(ap);
	return status;
}

static int fault_status(struct halite_instance *inst)
{
	struct hl_thread *t = inst->t;
	const struct hl_fault *f = &t->fault;
	hl_describe_fault(t);
	struct halite_fault *hf = &inst->fault;
	memset(hf, 0, sizeof *hf);
	hf->signal = f->signal;
	hf->pc = f->rip;
	hf->addr = f->addr - inst->base < HV_SANDBOX_SIZE ? f->addr - inst->base : f->addr;
	hf->stack_overflow = f->stack_overflow;
	hl_elf_format_addr(&inst->m->mod->elf, f->rip, hf->where, sizeof hf->where);
	inst->have_fault = 1;
	const char *sig = sigabbrev_np(f->signal);
	return die(inst, HALITE_ERR_FAULT, "SIG%s at 0x%llx (%s), fault address 0x%llx%s",
		   sig ? sig : "?", (unsigned long long)hf->pc, hf->where,
		   (unsigned long long)hf->addr, hf->stack_overflow ? " (stack overflow)" : "");
}

/* Why hl_enter returned, as a status; anything but a yield ends the
 * instance. */
static int outcome(struct halite_instance *inst)
{
	struct hl_thread *t = inst->t;
	struct hl_sandbox *sb = inst->sb;
	if (embed_dead(inst))
		return inst->status; /* a nested call or a callback ended it */
	switch (t->end) {
	case HL_T_YIELD: return HALITE_OK;
	case HL_T_FAULT: return fault_status(inst);
	case HL_T_EXIT:
		return die(inst, HALITE_ERR_EXIT, "the module's thread exited (status %d)",
			   (int)(t->regs.rdi & 0xff));
	case HL_T_RESERVED:
		return die(inst, HALITE_ERR_FAULT,
			   "the module called a reserved runtime-call entry (from 0x%llx)",
			   (unsigned long long)(uint32_t)t->regs.rip);
	case HL_T_GROUP:
	case HL_T_STOPPED:
	default: break;
	}
	int why = atomic_load(&inst->stop_req);
	if (why == HALITE_ERR_TIMEOUT)
		return die(inst, why, "the call ran past its time limit (%g s)",
			   (double)inst->timeout_ns / 1e9);
	if (why)
		return die(inst, why, "interrupted by the host");
	pthread_mutex_lock(&sb->lock);
	struct hl_result r = sb->result;
	int have = sb->have_result;
	pthread_mutex_unlock(&sb->lock);
	if (have && r.end == HL_END_EXIT)
		return die(inst, HALITE_ERR_EXIT, "the module exited with status %d", r.code);
	if (have && r.end == HL_END_KILLED)
		return die(inst, HALITE_ERR_EXIT, "%s", r.msg);
	if (have && r.msg[0])
		return die(inst, HALITE_ERR_FAULT, "%s", r.msg);
	return die(inst, HALITE_ERR_INTERRUPTED, "the sandbox was stopped");
}

/* ---- entering the sandbox ---- */

/* The host's floating-point control words: hl_call_enter saves them in
 * t and runtime call 2 puts them back, but a fault or a stop leaves
 * through hl_signal_exit, and a callback through the runtime's system-call
 * path, which both load the defaults (MXCSR 0x1f80, x87 0x37f). mxcsr:
 * whether MXCSR was saved and changed (not for a module that can neither
 * read nor write it, t->mxcsr_free, but always after the start-up, which
 * runs with the XSAVE image's). */
static inline void fp_env_restore(const struct hl_thread *t, int mxcsr)
{
	if (mxcsr)
		__asm__ volatile("ldmxcsr %0" ::"m"(t->host_mxcsr));
	if (t->host_fpucw != 0x37f)
		__asm__ volatile("fldcw %0" ::"m"(t->host_fpucw));
}

/* Runs the thread from its registers until it yields, faults or is
 * stopped: with hl_call_enter for a call (call), with hl_enter from the
 * XSAVE image for the start-up. nested: from a callback of the same
 * instance (the time limit belongs to the outermost call). */
static inline __attribute__((always_inline)) int enter(struct halite_instance *inst, int nested,
						       int call)
{
	struct hl_thread *t = inst->t;
	struct hl_thread *prev = hl_tls_thread;
	uint64_t deadline = 0;
	if (!nested && inst->timeout_ns) {
		deadline = embed_now_ns() + inst->timeout_ns;
		atomic_store_explicit(&inst->deadline, deadline, memory_order_relaxed);
		embed_deadline_set(deadline);
	}
	t->end = HL_T_RUNNING;
	if (nested) /* from a callback, which cleared it */
		atomic_store_explicit(&inst->running, 1, memory_order_relaxed);
	hl_set_gs_base(t->base);
	if (atomic_load_explicit(&inst->sb->stopping, memory_order_relaxed)) {
		t->end = HL_T_STOPPED;
	} else if (call) {
		hl_call_enter(t);
		if (__builtin_expect(t->end != HL_T_YIELD, 0))
			fp_env_restore(t, !t->mxcsr_free);
	} else {
		__asm__ volatile("stmxcsr %0" : "=m"(t->host_mxcsr));
		__asm__ volatile("fnstcw %0" : "=m"(t->host_fpucw));
		hl_enter(t);
		fp_env_restore(t, 1);
	}
	/* Back to whatever this host thread was running before: nothing, or
	 * the sandbox whose callback called us. */
	if (nested)
		atomic_store_explicit(&inst->running, 0, memory_order_relaxed);
	hl_tls_thread = prev;
	if (prev && prev->base != t->base)
		hl_set_gs_base(prev->base);
	if (!nested) {
		uint64_t d = deadline;
		if (deadline && !atomic_compare_exchange_strong(&inst->deadline, &d, 0) &&
		    t->end == HL_T_YIELD)
			t->end = HL_T_STOPPED; /* the watchdog claimed it: timed out */
	}
	if (__builtin_expect(t->end == HL_T_YIELD && !embed_dead(inst), 1))
		return HALITE_OK;
	return outcome(inst);
}

/* Where a call's return address goes: below the red zone of whatever is
 * stopped at rsp (the module's thread, at halite_serve() or in a
 * callback), 16-byte aligned, then the return address: at the function's
 * entry (%rsp + 8) % 16 == 0. A sandbox address. */
static uint32_t call_sp(uint64_t rsp)
{
	return (((uint32_t)rsp - 256) & ~15u) - 8;
}

/* ---- modules ---- */

halite_module *halite_module_load(const char *path, char *err, size_t errsz)
{
	if (!err)
		errsz = 0;
	if (!path) {
		snprintf(err, errsz, "no module path given");
		return NULL;
	}
	struct hl_load_error le;
	struct hl_module *mod = hl_module_load(path, NULL, &le);
	if (!mod) {
		snprintf(err, errsz, "%s: %s", path, le.msg);
		return NULL;
	}
	halite_module *m = calloc(1, sizeof *m);
	if (!m) {
		hl_module_free(mod);
		snprintf(err, errsz, "out of memory");
		return NULL;
	}
	m->mod = mod;
	hl_module_check_fp(mod);
	for (unsigned i = 0; i < mod->elf.nsegs; i++) {
		const struct hl_segment *s = &mod->elf.seg[i];
		if (s->flags & HL_SEG_X) {
			m->code_lo[m->ncode] = s->vaddr;
			m->code_hi[m->ncode++] = s->vaddr + s->memsz;
		}
	}
	if (halite_lookup(m, "malloc", &m->fn_malloc, NULL, 0))
		m->fn_malloc = 0;
	if (halite_lookup(m, "free", &m->fn_free, NULL, 0))
		m->fn_free = 0;
	return m;
}

void halite_module_free(halite_module *m)
{
	if (!m)
		return;
	hl_module_free(m->mod);
	free(m);
}

static int in_code(const halite_module *m, uint64_t a)
{
	for (unsigned i = 0; i < m->ncode; i++)
		if (a >= m->code_lo[i] && a < m->code_hi[i])
			return 1;
	return 0;
}

int halite_lookup(const halite_module *m, const char *name, halite_fn *fn, char *err, size_t errsz)
{
	char dummy[1];
	if (!err) {
		err = dummy;
		errsz = sizeof dummy;
	}
	if (!m || !name || !fn) {
		snprintf(err, errsz, "invalid argument");
		return HALITE_ERR_INVAL;
	}
	const struct hl_elf *e = &m->mod->elf;
	uint64_t value, size;
	int r = hl_elf_lookup(e, name, &value, &size);
	if (r == -2) {
		snprintf(err, errsz, "%s is static: only global functions are exported", name);
		return HALITE_ERR_INVAL;
	}
	if (r < 0) {
		snprintf(err, errsz, "%s: no such function in %s%s", name, m->mod->path,
			 e->nsyms ? "" : " (it has no symbol table: do not strip modules)");
		return HALITE_ERR_NOTFOUND;
	}
	if (!in_code(m, value)) {
		snprintf(err, errsz, "%s (0x%llx) is not in the module's code", name,
			 (unsigned long long)value);
		return HALITE_ERR_INVAL;
	}
	if (value & (HL_BUNDLE - 1)) {
		snprintf(err, errsz,
			 "%s (0x%llx) does not start a %u-byte bundle: only bundle-aligned "
			 "functions can be called (build the module with halite-cc)",
			 name, (unsigned long long)value, HL_BUNDLE);
		return HALITE_ERR_INVAL;
	}
	*fn = value;
	return HALITE_OK;
}

/* ---- instances ---- */

static int embed_callback(struct hl_thread *t);

void halite_config_default(struct halite_config *cfg)
{
	if (!cfg)
		return;
	memset(cfg, 0, sizeof *cfg);
	cfg->stack_size = DEFAULT_STACK;
	cfg->stdio[0] = -1;
	cfg->stdio[1] = 1;
	cfg->stdio[2] = 2;
}

static void free_instance(struct halite_instance *inst)
{
	embed_unwatch(inst);
	if (inst->t) {
		struct hl_sandbox *sb = inst->sb;
		pthread_mutex_lock(&sb->lock);
		sb->threads = NULL;
		sb->nthreads = 0;
		pthread_mutex_unlock(&sb->lock);
		hl_thread_free(inst->t);
	}
	hl_sandbox_destroy(inst->sb);
	if (inst->cb) {
		for (unsigned i = 0; i < HALITE_MAX_CALLBACKS; i++)
			free(inst->cb[i].name);
		free(inst->cb);
	}
	free(inst);
}

halite_instance *halite_instance_create(const halite_module *m, const struct halite_config *cfg,
					char *err, size_t errsz)
{
	if (!err)
		errsz = 0;
	struct halite_config def;
	if (!cfg) {
		halite_config_default(&def);
		cfg = &def;
	}
	if (!m) {
		snprintf(err, errsz, "invalid argument");
		return NULL;
	}
	if (thread_ready()) {
		snprintf(err, errsz, "cannot set up the calling thread (signal stack)");
		return NULL;
	}
	struct halite_instance *inst = calloc(1, sizeof *inst);
	if (!inst) {
		snprintf(err, errsz, "out of memory");
		return NULL;
	}
	inst->m = m;
	atomic_init(&inst->running, 1);
	atomic_init(&inst->bias, EMBED_NO_BIAS);
	atomic_init(&inst->slow, EMBED_SLOW_STARTING);
	struct hl_config hc;
	hl_config_default(&hc);
	hc.embed = 1;
	hc.max_threads = 1; /* the module's own thread: no clone (see docs/embedding.md) */
	hc.memory_limit = cfg->memory_limit;
	hc.stack_size = cfg->stack_size ? cfg->stack_size : DEFAULT_STACK;
	for (int i = 0; i < 3; i++)
		hc.stdio[i] = cfg->stdio[i];
	inst->sb = hl_sandbox_create(m->mod, &hc, err, errsz);
	if (!inst->sb) {
		free(inst);
		return NULL;
	}
	struct hl_sandbox *sb = inst->sb;
	sb->callback = embed_callback;
	sb->embed = inst;
	inst->base = hl_sandbox_base(sb);
	inst->code_lo = m->code_lo[0];
	if (inst->code_lo % HL_BUNDLE == 0)
		inst->code_bundles = (m->code_hi[0] - inst->code_lo + HL_BUNDLE - 1) / HL_BUNDLE;
	inst->ret_bundle = inst->base + sb->ret_bundle;

	char *argv0[] = {m->mod->path, NULL}, *env0[] = {NULL};
	uint64_t sp =
	    hl_build_stack(sb, cfg->argv ? cfg->argv : argv0, cfg->envp ? cfg->envp : env0);
	struct hl_thread *t = sp ? hl_thread_new(sb) : NULL;
	if (!t) {
		snprintf(err, errsz, "%s",
			 sp ? "out of memory" : "the arguments do not fit on the stack");
		free_instance(inst);
		return NULL;
	}
	t->regs.rsp = inst->base + sp;
	t->regs.rip = inst->base + sb->entry;
	t->tid = sb->next_tid++;
	t->x87_free = (uint32_t)m->mod->x87_free;
	t->mxcsr_free = (uint32_t)m->mod->mxcsr_free;
	sb->threads = t;
	sb->nthreads = 1;
	inst->t = t;

	if (cfg->call_timeout > 0 && halite_call_timeout(inst, cfg->call_timeout)) {
		snprintf(err, errsz, "cannot start the watchdog thread");
		free_instance(inst);
		return NULL;
	}
	/* Start-up: musl's initialisation and main, up to halite_serve(). */
	atomic_store(&inst->owner, hl_embed_tls_tid);
	int r = enter(inst, 0, 0);
	atomic_store(&inst->owner, 0);
	if (r != HALITE_OK) {
		if (r == HALITE_ERR_EXIT)
			snprintf(err, errsz, "%s: %s before calling halite_serve()", m->mod->path,
				 inst->msg);
		else
			snprintf(err, errsz, "%s: start-up failed: %s", m->mod->path, inst->msg);
		free_instance(inst);
		return NULL;
	}
	inst->serve_rsp = t->regs.rsp;
	inst->call_slot = inst->base + call_sp(inst->serve_rsp);
	atomic_fetch_and(&inst->slow, ~EMBED_SLOW_STARTING);
	return inst;
}

void halite_instance_destroy(halite_instance *inst)
{
	if (!inst)
		return;
	if (hl_embed_tls_tid && embed_inside(inst) == hl_embed_tls_tid) {
		/* From a callback: the calls on the stack still use it. */
		die(inst, HALITE_ERR_DEAD, "destroyed by the host during a call");
		inst->destroy_pending = 1;
		return;
	}
	free_instance(inst);
}

int halite_alive(const halite_instance *inst)
{
	return inst && !embed_dead(inst);
}

const char *halite_last_error(const halite_instance *inst)
{
	return inst ? inst->msg : "no instance";
}

int halite_last_fault(const halite_instance *inst, struct halite_fault *f)
{
	if (!inst || !f || !inst->have_fault)
		return HALITE_ERR_INVAL;
	*f = inst->fault;
	return HALITE_OK;
}

uint64_t halite_base(const halite_instance *inst)
{
	return inst ? inst->base : 0;
}

/* ---- calls ---- */

/* What a nested call (from a callback) must give back: the registers of
 * the thread stopped at runtime call 3, its host stack pointer and the
 * module's control words, which callbacks made during the nested call
 * overwrite. */
struct saved {
	struct hl_regs regs;
	uint64_t host_rsp;
	enum hl_thread_end end;
	uint32_t sb_mxcsr;
	uint16_t sb_fpucw;
};

static void save_stopped(const struct hl_thread *t, struct saved *sv)
{
	sv->regs = t->regs;
	sv->host_rsp = t->host_rsp;
	sv->end = t->end;
	sv->sb_mxcsr = t->sb_mxcsr;
	sv->sb_fpucw = t->sb_fpucw;
}

static void restore_stopped(struct hl_thread *t, const struct saved *sv)
{
	t->regs = sv->regs;
	t->host_rsp = sv->host_rsp;
	t->end = sv->end;
	t->sb_mxcsr = sv->sb_mxcsr;
	t->sb_fpucw = sv->sb_fpucw;
}

/* Where the integer arguments go, in order (System V). */
static const uint8_t int_reg[ARG_INTS] = {
    offsetof(struct hl_regs, rdi), offsetof(struct hl_regs, rsi), offsetof(struct hl_regs, rdx),
    offsetof(struct hl_regs, rcx), offsetof(struct hl_regs, r8),  offsetof(struct hl_regs, r9)};

/* A call's result, as ret (may be NULL) asks for it. */
static void read_result(const struct hl_thread *t, halite_value *ret)
{
	if (!ret)
		return;
	if (ret->type == HALITE_DOUBLE)
		memcpy(&ret->d, &t->ret_xmm0, 8);
	else
		ret->i = t->regs.rax;
}

static inline __attribute__((always_inline)) int call_owned(struct halite_instance *inst,
							    halite_fn fn, const halite_value *args,
							    unsigned nargs, halite_value *ret,
							    int nested)
{
	struct hl_thread *t = inst->t;
	if (embed_dead(inst))
		return HALITE_ERR_DEAD;
	if ((fn & (HL_BUNDLE - 1)) || !in_code(inst->m, fn))
		return complain(inst, HALITE_ERR_INVAL,
				"0x%llx is not a bundle-aligned address in the module's code",
				(unsigned long long)fn);
	/* Checked before anything changes (a nested call's thread state is
	 * saved first); then stored straight into the registers. */
	unsigned ni = 0, nd = 0;
	for (unsigned i = 0; i < nargs; i++) {
		if (args[i].type == HALITE_DOUBLE && nd < ARG_DOUBLES)
			nd++;
		else if (args[i].type == HALITE_INT && ni < ARG_INTS)
			ni++;
		else
			return complain(inst, HALITE_ERR_INVAL,
					"argument %u: bad type, or more than %d integer or %d "
					"double arguments",
					i, ARG_INTS, ARG_DOUBLES);
	}
	struct saved saved, *sv = NULL;
	if (nested) {
		save_stopped(t, &saved);
		sv = &saved;
	}
	struct hl_regs *g = &t->regs;
	g->rdi = g->rsi = g->rdx = g->rcx = g->r8 = g->r9 = 0;
	for (unsigned i = 0, ki = 0, kd = 0; i < nargs; i++) {
		if (args[i].type == HALITE_DOUBLE)
			memcpy(&t->call_xmm[kd++], &args[i].d, 8);
		else
			memcpy((char *)g + int_reg[ki++], &args[i].i, 8);
	}
	t->call_nxmm = nd;
	/* A stack the module unmapped faults here, in a fault-tolerant store. */
	uint32_t sp = call_sp(nested ? sv->regs.rsp : inst->serve_rsp);
	int r;
	if (hl_try_store64((uint64_t *)(uintptr_t)(inst->base + sp),
			   inst->base + inst->sb->ret_bundle)) {
		r = die(inst, HALITE_ERR_FAULT, "the module's stack at 0x%x is not writable", sp);
	} else {
		g->rsp = inst->base + sp;
		g->rip = inst->base + fn;
		g->rax = nd; /* as for a variadic function */
		r = enter(inst, nested, 1);
		if (r == HALITE_OK)
			read_result(t, ret);
	}
	if (sv)
		restore_stopped(t, sv);
	return r;
}

/* The way out of call.S's common case when the call did not simply yield
 * (r: what hl_call_fast returned) or the instance died or was destroyed
 * by a callback during it. */
int hl_embed_call_end(halite_instance *inst, int r, halite_value *ret)
{
	struct hl_thread *t = inst->t;
	if (r < 0) {
		r = die(inst, HALITE_ERR_FAULT, "the module's stack at 0x%x is not writable",
			call_sp(inst->serve_rsp));
	} else {
		if (r == 1) /* left by the signal path or a callback: the default control words */
			fp_env_restore(t, !t->mxcsr_free);
		r = outcome(inst);
		if (r == HALITE_OK)
			read_result(t, ret);
	}
	embed_disown(inst, EMBED_OWN_FAST);
	if (inst->destroy_pending)
		free_instance(inst);
	return r;
}

/* halite_call is call.S: its common case, which comes here for the rest. */
int hl_embed_call_slow(halite_instance *inst, halite_fn fn, const halite_value *args,
		       unsigned nargs, halite_value *ret)
{
	if (!inst || (nargs && !args))
		return HALITE_ERR_INVAL;
	if (embed_dead(inst))
		return HALITE_ERR_DEAD;
	int r = thread_ready();
	if (r)
		return r;
	int how = embed_own(inst, hl_embed_tls_tid);
	if (how < 0)
		return how;
	if (how == EMBED_OWN_NESTED) {
		/* Our own thread is inside: a call from a callback. */
		if (!inst->in_callback)
			return HALITE_ERR_BUSY;
		return call_owned(inst, fn, args, nargs, ret, 1);
	}
	r = call_owned(inst, fn, args, nargs, ret, 0);
	embed_disown(inst, how);
	if (inst->destroy_pending)
		free_instance(inst);
	return r;
}

/* ---- callbacks ---- */

static int parse_signature(const char *sig, struct embed_callback *c)
{
	if (!sig || !strchr("ilpdv", sig[0]) || !sig[0] || sig[1] != '(')
		return -1;
	c->ret = sig[0];
	unsigned ni = 0, nd = 0, n = 0;
	const char *p = sig + 2;
	for (; *p && *p != ')'; p++) {
		if (*p == 'd')
			nd++;
		else if (*p == 'i' || *p == 'l' || *p == 'p')
			ni++;
		else
			return -1;
		if (ni > ARG_INTS - 1 || nd > ARG_DOUBLES || n >= sizeof c->args)
			return -1;
		c->args[n++] = *p;
	}
	if (*p != ')' || p[1])
		return -1;
	c->nargs = n;
	return 0;
}

int halite_register_callback(halite_instance *inst, unsigned index, const char *name,
			     const char *signature, halite_callback fn, void *ctx)
{
	if (!inst || index >= HALITE_MAX_CALLBACKS)
		return HALITE_ERR_INVAL;
	struct embed_callback c = {.fn = fn, .ctx = ctx};
	if (fn && parse_signature(signature, &c))
		return complain(inst, HALITE_ERR_INVAL, "bad callback signature \"%s\"",
				signature ? signature : "(null)");
	if (!inst->cb && !(inst->cb = calloc(HALITE_MAX_CALLBACKS, sizeof *inst->cb)))
		return HALITE_ERR_NOMEM;
	if (name && fn && !(c.name = strdup(name)))
		return HALITE_ERR_NOMEM;
	free(inst->cb[index].name);
	inst->cb[index] = c;
	return HALITE_OK;
}

/* Runtime call 3 (sb->callback), on the host stack below the call's
 * hl_enter frame. Returns 0 to resume the module, 1 to leave. */
static int embed_callback(struct hl_thread *t)
{
	struct halite_instance *inst = t->sb->embed;
	struct hl_regs *g = &t->regs;
	int64_t index = (int64_t)g->rdi;
	if (t != inst->t || (atomic_load(&inst->slow) & EMBED_SLOW_STARTING)) {
		t->end = HL_T_RESERVED;
		return 1;
	}
	if (index == CALLBACK_FIND) {
		char name[128];
		long n = hl_copy_str_in(t->sb, name, g->rsi, sizeof name);
		g->rax = (uint64_t)-1;
		for (unsigned i = 0; n >= 0 && inst->cb && i < HALITE_MAX_CALLBACKS; i++)
			if (inst->cb[i].fn && inst->cb[i].name && !strcmp(inst->cb[i].name, name))
				g->rax = i;
		return 0;
	}
	if (index < 0 || index >= HALITE_MAX_CALLBACKS || !inst->cb || !inst->cb[index].fn) {
		die(inst, HALITE_ERR_CALLBACK,
		    "the module called callback %lld, which the host did not register",
		    (long long)index);
		t->end = HL_T_STOPPED;
		return 1;
	}
	const struct embed_callback *c = &inst->cb[index];
	const uint64_t ireg[ARG_INTS - 1] = {g->rsi, g->rdx, g->rcx, g->r8, g->r9};
	halite_value args[sizeof c->args];
	unsigned ni = 0, nd = 0;
	for (unsigned i = 0; i < c->nargs; i++) {
		switch (c->args[i]) {
		case 'i': args[i] = halite_int((uint64_t)(int64_t)(int32_t)ireg[ni++]); break;
		case 'd': {
			double d;
			memcpy(&d, &t->call_xmm[nd++], 8);
			args[i] = halite_double(d);
			break;
		}
		default: args[i] = halite_int(ireg[ni++]); break;
		}
	}
	halite_value res = {.type = c->ret == 'd' ? HALITE_DOUBLE : HALITE_INT};
	res.i = 0;
	halite_callback fn = c->fn;
	void *ctx = c->ctx;
	char rt = c->ret;
	fp_env_restore(t, !t->mxcsr_free);
	/* The stop signal is for the module's code and system calls, not for
	 * the host's code (its system calls would fail with EINTR). */
	atomic_store_explicit(&inst->running, 0, memory_order_relaxed);
	inst->in_callback++;
	int rc = fn(inst, ctx, args, c->nargs, &res);
	inst->in_callback--;
	atomic_store_explicit(&inst->running, 1, memory_order_relaxed);
	if (rc && !embed_dead(inst))
		die(inst, HALITE_ERR_CALLBACK, "host callback %lld failed (%d)", (long long)index,
		    rc);
	if (embed_dead(inst) || atomic_load(&t->sb->stopping)) {
		t->end = HL_T_STOPPED;
		return 1;
	}
	t->ret_xmm0 = 0;
	if (rt == 'd')
		memcpy(&t->ret_xmm0, &res.d, 8);
	else if (rt == 'i')
		g->rax = (uint64_t)(int64_t)(int32_t)res.i;
	else if (rt == 'v')
		g->rax = 0;
	else
		g->rax = res.i;
	return 0;
}

/* ---- time limits, interrupts ---- */

int halite_call_timeout(halite_instance *inst, double seconds)
{
	if (!inst || !(seconds >= 0) || seconds > 1e9)
		return HALITE_ERR_INVAL;
	if (seconds > 0) {
		int r = embed_watch(inst);
		if (r)
			return r;
	}
	inst->timeout_ns = (uint64_t)(seconds * 1e9);
	if (inst->timeout_ns)
		atomic_fetch_or(&inst->slow, EMBED_SLOW_TIMEOUT);
	else
		atomic_fetch_and(&inst->slow, ~EMBED_SLOW_TIMEOUT);
	return HALITE_OK;
}

int halite_interrupt(halite_instance *inst)
{
	if (!inst)
		return HALITE_ERR_INVAL;
	int r = embed_watch(inst);
	if (r)
		return r;
	embed_request_stop(inst, HALITE_ERR_INTERRUPTED);
	embed_wake_watchdog();
	return HALITE_OK;
}

/* ---- memory ---- */

/* The offset of [p, p + len) in the slot, or -1. */
static int64_t slot_offset(const struct halite_instance *inst, halite_sptr p, size_t len)
{
	if ((p >> 32) != (inst->base >> 32))
		return -1;
	uint64_t off = (uint32_t)p;
	if (len > HV_SANDBOX_SIZE - off)
		return -1;
	return (int64_t)off;
}

static void *checked(halite_instance *inst, halite_sptr p, size_t len, int prot)
{
	if (!inst)
		return NULL;
	int64_t off = slot_offset(inst, p, len);
	if (off < 0 || !hl_mem_is_mapped(inst->sb, (uint64_t)off, len, prot))
		return NULL;
	return (void *)(uintptr_t)p;
}

void *halite_ptr(halite_instance *inst, halite_sptr p, size_t len)
{
	return checked(inst, p, len, PROT_READ);
}

void *halite_ptr_rw(halite_instance *inst, halite_sptr p, size_t len)
{
	return checked(inst, p, len, PROT_READ | PROT_WRITE);
}

const char *halite_str(halite_instance *inst, halite_sptr p, size_t max)
{
	if (!inst)
		return NULL;
	int64_t off = slot_offset(inst, p, 1);
	if (off < 0)
		return NULL;
	/* Page by page: each must be readable before it is searched. */
	uint64_t a = (uint64_t)off,
		 end = a + (max < HV_SANDBOX_SIZE - a ? max : HV_SANDBOX_SIZE - a);
	while (a < end) {
		uint64_t page_end = (a | (HL_PAGE - 1)) + 1,
			 n = (page_end < end ? page_end : end) - a;
		if (!hl_mem_is_mapped(inst->sb, a, n, PROT_READ))
			return NULL;
		if (memchr((const void *)(uintptr_t)(inst->base + a), 0, n))
			return (const char *)(uintptr_t)p;
		a += n;
	}
	return NULL;
}

int halite_copy_in(halite_instance *inst, halite_sptr dst, const void *src, size_t len)
{
	if (!inst || (len && !src))
		return HALITE_ERR_INVAL;
	if (slot_offset(inst, dst, len) < 0 || hl_copy_out(inst->sb, dst, src, len))
		return HALITE_ERR_RANGE;
	return HALITE_OK;
}

int halite_copy_out(halite_instance *inst, void *dst, halite_sptr src, size_t len)
{
	if (!inst || (len && !dst))
		return HALITE_ERR_INVAL;
	if (slot_offset(inst, src, len) < 0 || hl_copy_in(inst->sb, dst, src, len))
		return HALITE_ERR_RANGE;
	return HALITE_OK;
}

halite_sptr halite_malloc(halite_instance *inst, size_t size)
{
	if (!inst || !inst->m->fn_malloc) {
		if (inst)
			complain(inst, HALITE_ERR_NOTFOUND, "the module exports no malloc");
		return 0;
	}
	halite_value arg = halite_int(size), ret = halite_int(0);
	if (halite_call(inst, inst->m->fn_malloc, &arg, 1, &ret) != HALITE_OK)
		return 0;
	/* The module's answer is untrusted: at least in its own slot. */
	return slot_offset(inst, ret.i, size) < 0 ? 0 : ret.i;
}

void halite_free(halite_instance *inst, halite_sptr p)
{
	if (!inst || !inst->m->fn_free || !p)
		return;
	halite_value arg = halite_int(p);
	halite_call(inst, inst->m->fn_free, &arg, 1, NULL);
}
