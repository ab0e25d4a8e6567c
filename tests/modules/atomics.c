/* Atomic operations: lock-prefixed read-modify-write on memory operands,
 * compare-and-swap loops, xchg and fences. */
#include <stdatomic.h>

static _Atomic long counter;
static _Atomic int flag;

long add_fetch(long v)
{
	return atomic_fetch_add(&counter, v) + v;
}

int try_lock(_Atomic int *l)
{
	int expected = 0;
	return atomic_compare_exchange_strong(l, &expected, 1);
}

void unlock(_Atomic int *l)
{
	atomic_store_explicit(l, 0, memory_order_release);
}

int exchange(int v)
{
	return atomic_exchange(&flag, v);
}

long max_update(_Atomic long *p, long v)
{
	long cur = atomic_load(p);
	while (cur < v && !atomic_compare_exchange_weak(p, &cur, v))
		;
	return cur;
}

void fence(void)
{
	atomic_thread_fence(memory_order_seq_cst);
}

unsigned bits(_Atomic unsigned *p)
{
	atomic_fetch_or(p, 0x10u);
	atomic_fetch_and(p, ~0x1u);
	return atomic_fetch_xor(p, 0x100u);
}
