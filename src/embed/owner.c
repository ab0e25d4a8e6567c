/* One host thread inside an instance at a time (docs/embedding.md, rule
 * 4), cheaply for the common case: the same thread making call after
 * call.
 *
 * A compare-and-swap on the owner word (the slow path) costs a locked
 * instruction, which drains the store buffer: about a fifth of an empty
 * call. So the instance is *biased* to the last thread that entered by the
 * slow path (inst->bias), as a JVM biases a lock: that thread enters by
 * storing bias_inside = 1 and then checking that no other thread is
 * revoking the bias, with only a compiler barrier between (embed_own, in
 * embed.h). Another thread takes the slow path: it wins the owner word,
 * then, if a third thread holds the bias, sets EMBED_SLOW_REVOKING and runs
 * membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED), which makes every running
 * thread of the process execute a full memory barrier before it returns.
 * After it, either the biased thread's store of bias_inside is visible
 * (it is inside or about to be: HALITE_ERR_BUSY) or its loads after that
 * store see the bit set, or the bias moved (it backs out and takes the
 * slow path, where the owner word stops it). This is the asymmetric
 * Dekker pattern membarrier(2) describes. A bias then moves to the
 * revoking thread, so a thread that takes an instance over makes the
 * system call once, not at every call.
 *
 * Without membarrier (an old kernel, a seccomp filter), no instance is
 * ever biased and every call takes the slow path. */
#include <linux/membarrier.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "embed/embed.h"

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int have_membarrier;

static void membarrier_init(void)
{
	have_membarrier =
	    syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0;
}

int embed_own_slow(struct halite_instance *inst, int me)
{
	int cur = 0;
	if (!atomic_compare_exchange_strong(&inst->owner, &cur, me))
		return cur == me ? EMBED_OWN_NESTED : HALITE_ERR_BUSY;
	int b = atomic_load(&inst->bias);
	if (b == me)
		return EMBED_OWN_SLOW;
	pthread_once(&once, membarrier_init);
	if (!have_membarrier)
		return EMBED_OWN_SLOW;
	if (b != EMBED_NO_BIAS) {
		atomic_fetch_or(&inst->slow, EMBED_SLOW_REVOKING);
		/* Without the barrier, bias_inside says nothing: the biased
		 * thread may be inside. */
		if (syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0) ||
		    atomic_load(&inst->bias_inside)) {
			atomic_fetch_and(&inst->slow, ~EMBED_SLOW_REVOKING);
			atomic_store_explicit(&inst->owner, 0, memory_order_release);
			return HALITE_ERR_BUSY;
		}
	}
	/* No biased thread is inside, and one that tries now sees the bit
	 * or the new bias. */
	atomic_store(&inst->bias, me);
	atomic_fetch_and(&inst->slow, ~EMBED_SLOW_REVOKING);
	return EMBED_OWN_SLOW;
}
