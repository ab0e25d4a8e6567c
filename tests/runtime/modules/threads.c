/* pthreads stress: many threads, a mutex-protected counter, a condition
 * variable hand-off, thread-local storage, join results. Prints results
 * that are the same on every correct run. threads [NTHREADS [ITERS]] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static long counter;
static int turn; /* which thread may take the baton */
static int nthreads;
static __thread long tls_sum;
static __thread int tls_id = -1;

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	long iters = 2000;
	tls_id = id;
	for (long i = 0; i < iters; i++) {
		pthread_mutex_lock(&lock);
		counter++;
		pthread_mutex_unlock(&lock);
		tls_sum += i;
	}
	/* Baton passing in id order through one condition variable. */
	pthread_mutex_lock(&lock);
	while (turn != id)
		pthread_cond_wait(&cond, &lock);
	turn++;
	pthread_cond_broadcast(&cond);
	pthread_mutex_unlock(&lock);
	if (tls_id != id)
		return (void *)-1L;
	return (void *)(tls_sum + id);
}

/* "bomb" mode: threads that stay alive until main has tried to create
 * them all; prints how many could be created. */
static pthread_mutex_t hold_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t hold_cond = PTHREAD_COND_INITIALIZER;
static int released;

static void *holder(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&hold_lock);
	while (!released)
		pthread_cond_wait(&hold_cond, &hold_lock);
	pthread_mutex_unlock(&hold_lock);
	return NULL;
}

static int bomb(int n)
{
	pthread_t th[256];
	int made = 0;
	while (made < n && made < 256 && pthread_create(&th[made], NULL, holder, NULL) == 0)
		made++;
	printf("created %d of %d threads\n", made, n);
	pthread_mutex_lock(&hold_lock);
	released = 1;
	pthread_cond_broadcast(&hold_cond);
	pthread_mutex_unlock(&hold_lock);
	for (int i = 0; i < made; i++)
		pthread_join(th[i], NULL);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc > 2 && !strcmp(argv[1], "bomb"))
		return bomb(atoi(argv[2]));
	nthreads = argc > 1 ? atoi(argv[1]) : 16;
	int rounds = argc > 2 ? atoi(argv[2]) : 4;
	long total = 0;
	for (int r = 0; r < rounds; r++) {
		pthread_t th[256];
		turn = 0;
		int started = 0;
		for (int i = 0; i < nthreads && i < 256; i++) {
			if (pthread_create(&th[i], NULL, worker, (void *)(long)i)) {
				printf("pthread_create failed at %d\n", i);
				break;
			}
			started++;
		}
		for (int i = 0; i < started; i++) {
			void *res;
			pthread_join(th[i], &res);
			total += (long)res;
		}
		if (started < nthreads) {
			printf("started %d of %d\n", started, nthreads);
			return 1;
		}
	}
	printf("counter=%ld total=%ld tls_main=%d\n", counter, total, tls_id);
	return 0;
}
