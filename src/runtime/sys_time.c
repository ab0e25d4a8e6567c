/* Time and randomness. The sandbox sees the host's clocks (there is no
 * vDSO in a sandbox, so musl makes these calls). */
#include <errno.h>
#include <sys/random.h>
#include <sys/time.h>
#include <time.h>

#include "runtime/sandbox.h"
#include "runtime/syscall.h"

static int clock_allowed(uint64_t clk)
{
	switch (clk) {
	case CLOCK_REALTIME:
	case CLOCK_MONOTONIC:
	case CLOCK_PROCESS_CPUTIME_ID:
	case CLOCK_THREAD_CPUTIME_ID:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_REALTIME_COARSE:
	case CLOCK_MONOTONIC_COARSE:
	case CLOCK_BOOTTIME:
		return 1;
	default:
		return 0;
	}
}

HL_SYS(clock_gettime)
{
	struct timespec ts;
	if (!clock_allowed(a[0]))
		return -EINVAL;
	if (clock_gettime((clockid_t)a[0], &ts))
		return -errno;
	return hl_copy_out(t->sb, a[1], &ts, sizeof ts);
}

HL_SYS(clock_getres)
{
	struct timespec ts;
	if (!clock_allowed(a[0]))
		return -EINVAL;
	if (clock_getres((clockid_t)a[0], &ts))
		return -errno;
	return a[1] ? hl_copy_out(t->sb, a[1], &ts, sizeof ts) : 0;
}

HL_SYS(gettimeofday)
{
	struct timeval tv;
	gettimeofday(&tv, NULL);
	if (a[0] && hl_copy_out(t->sb, a[0], &tv, sizeof tv))
		return -EFAULT;
	if (a[1]) {
		struct timezone tz = {0, 0};
		if (hl_copy_out(t->sb, a[1], &tz, sizeof tz))
			return -EFAULT;
	}
	return 0;
}

HL_SYS(time)
{
	time_t now = time(NULL);
	if (a[0] && hl_copy_out(t->sb, a[0], &now, sizeof now))
		return -EFAULT;
	return now;
}

static int64_t sleep_common(struct hl_thread *t, clockid_t clk, int flags, uint64_t req,
			    uint64_t rem)
{
	struct timespec ts, left = {0, 0};
	if (hl_copy_in(t->sb, &ts, req, sizeof ts))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= 1000000000L)
		return -EINVAL;
	int r = clock_nanosleep(clk, flags, &ts, &left);
	if (r == EINTR && rem && !(flags & TIMER_ABSTIME) && hl_copy_out(t->sb, rem, &left, sizeof left))
		return -EFAULT;
	return -r;
}

HL_SYS(nanosleep)
{
	return sleep_common(t, CLOCK_MONOTONIC, 0, a[0], a[1]);
}

HL_SYS(clock_nanosleep)
{
	if (a[0] != CLOCK_REALTIME && a[0] != CLOCK_MONOTONIC && a[0] != CLOCK_BOOTTIME)
		return -EINVAL;
	if (a[1] & ~(uint64_t)TIMER_ABSTIME)
		return -EINVAL;
	return sleep_common(t, (clockid_t)a[0], (int)a[1], a[2], a[3]);
}

HL_SYS(getrandom)
{
	void *buf = hl_range(t->sb, a[0], a[1]);
	if (!buf)
		return -EFAULT;
	if (a[2] & ~(uint64_t)(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE))
		return -EINVAL;
	return hl_ret(getrandom(buf, a[1], (unsigned)a[2]));
}
