/* Calls the functions of tests/modules with fixed inputs and prints the
 * results, one line each. Built twice: plain gcc, and rewritten (linked
 * with start.c -DSANDBOX); the outputs must be identical. Buffers are
 * static so that they are below 4 GiB in the -no-pie executable. */
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define P(...) printf(__VA_ARGS__)

/* varargs.c */
long sum_ints(int n, ...);
double sum_doubles(int n, ...);
size_t format(char *out, size_t cap, const char *fmt, ...);
size_t demo_format(char *out, size_t cap);
/* alloca_vla.c */
int vla_sum(int n);
int vla_nested(int n, int m);
long vla_2d(int rows, int cols);
char *use_alloca(const char *s, char *out);
int alloca_loop(int n);
/* switch_table.c */
int classify(int c);
void actions(int op, int *acc);
int sparse(int x);
int run_machine(const unsigned char *prog, int n);
/* funcptr.c */
typedef int (*binop)(int, int);
int apply(unsigned op, int a, int b);
int fold(binop f, const int *v, size_t n, int init);
int through_struct(int v);
int tail_call(binop f, int a);
int sort_and_fold(int *v, size_t n);
binop pick(int i);
/* computed_goto.c */
int interp(const unsigned char *code, int n);
int pick_label(int x);
/* recursion.c */
long fib(int n);
int parity(unsigned n);
unsigned long ackermann(unsigned long m, unsigned long n);
int build_and_sum(int depth);
/* struct_copy.c */
struct big {
	long a[40];
	char name[77];
	int tail;
};
struct small {
	int x, y;
};
void copy_big(struct big *dst, const struct big *src);
struct big make_big(int seed);
long use_big(int seed);
void clear_big(struct big *b);
struct small swap_small(struct small s);
void copy_array(struct big *dst, const struct big *src, int n);
int compare_names(const struct big *a, const struct big *b);
size_t name_len(const struct big *b);
/* float.c */
double poly(double x, const double *c, int n);
float mean(const float *v, int n);
long double ld_sum(const long double *v, int n);
int convert(double d, float f, long double ld);
double _Complex rotate(double _Complex z, double c, double s);
double sqrt_newton(double x);
double lookup(unsigned i);
/* vector.c */
void saxpy(float *restrict y, const float *restrict x, float a, size_t n);
double dot(const double *a, const double *b, size_t n);
int32_t sum_i32(const int32_t *v, size_t n);
void to_upper(unsigned char *restrict dst, const unsigned char *restrict src, size_t n);
int16_t max_i16(const int16_t *v, size_t n);
void blend(uint8_t *restrict out, const uint8_t *restrict a, const uint8_t *restrict b,
	   uint8_t alpha, size_t n);
void matmul4(float c[4][4], const float a[4][4], const float b[4][4]);
/* bigframe.c */
long big_local(int k);
int two_arrays(const char *s);
int frame_with_call(int x);
/* inline_asm.c */
int load_m(const int *p);
void store_m(int *p, int v);
void atomic_inc(int *p);
long xchg_m(long *p, long v);
void *copy_bytes(void *dst, const void *src, size_t n);
void fill_bytes(void *dst, int c, size_t n);
int count_down(int n);
int indexed(const int *base, long i);
unsigned long rdtsc_like(unsigned long *lo_out);
/* atomics.c */
long add_fetch(long v);
int try_lock(_Atomic int *l);
void unlock(_Atomic int *l);
int exchange(int v);
long max_update(_Atomic long *p, long v);
void fence(void);
unsigned bits(_Atomic unsigned *p);
/* cold_paths.c (its main is renamed cold_main) */
int checked_div(int a, int b);
int maybe_slow(int x);
int cold_main(int argc, char **argv);
void abort_if(int c);

/* tls.c */
int bump(void);
long sum_table(void);
void set_entry(int i, long v);
char *name_ptr(void);
int *counter_ptr(void);
/* raw_syscall.c */
long sys_write(int fd, const void *buf, size_t n);
long sys_getuid(void);
long sys_bad(void);
int write_all(int fd, const char *s);

void fatal(const char *msg)
{
	printf("fatal: %s\n", msg);
	exit(3);
}

static char text[256];
static int ints[64];
static struct big b1, b2, barr[3], barr2[3];
static float fx[100], fy[100];
static double da[100], db[100];
static long double lds[5] = {1.5L, 2.25L, -3.0L, 0.125L, 10.0L};
static int32_t i32[333];
static unsigned char up_src[100], up_dst[100];
static int16_t i16[77];
static uint8_t ba[64], bb[64], bo[64];
static float m1[4][4], m2[4][4], m3[4][4];
static long lv;
static _Atomic int lock_word;
static _Atomic long amax;
static _Atomic unsigned abits = 0x3;

static void do_varargs(void)
{
	P("sum_ints %ld\n", sum_ints(6, 1, -2, 3, -4, 5, 100));
	P("sum_doubles %.17g\n", sum_doubles(3, 0.5, 1.25, -7.0));
	size_t n = demo_format(text, sizeof text);
	P("demo_format %zu [%s]\n", n, text);
	n = format(text, 16, "%d-%d-%d-%d", 11111, 22222, 33333, 44444);
	P("format %zu [%.16s]\n", n, text);
}

static void do_alloca(void)
{
	P("vla_sum %d %d\n", vla_sum(100), vla_sum(1));
	P("vla_nested %d\n", vla_nested(10, 7));
	P("vla_2d %ld\n", vla_2d(5, 7));
	P("use_alloca %s\n", use_alloca("sandboxed!", text));
	P("alloca_loop %d\n", alloca_loop(50));
}

static void do_switch(void)
{
	long s = 0;
	for (int i = -2; i < 13; i++)
		s = s * 31 + classify(i);
	P("classify %ld\n", s);
	int acc = 5;
	for (int op = 8; op < 21; op++) {
		actions(op, &acc);
		P("actions %d %d\n", op, acc);
	}
	P("sparse %d %d %d %d\n", sparse(1), sparse(1000), sparse(100000), sparse(7));
	static const unsigned char prog[] = "iiisnzdhiii";
	P("run_machine %d\n", run_machine(prog, (int)sizeof prog - 1));
}

static void do_funcptr(void)
{
	for (unsigned op = 0; op < 5; op++)
		P("apply %u %d\n", op, apply(op, 7, 3));
	for (int i = 0; i < 20; i++)
		ints[i] = (i * 7919) % 23 - 11;
	for (int i = 0; i < 4; i++)
		P("fold %d %d\n", i, fold(pick(i), ints, 20, 1));
	P("through_struct %d\n", through_struct(41));
	P("tail_call %d\n", tail_call(pick(2), 9));
	P("sort_and_fold %d\n", sort_and_fold(ints, 20));
	for (int i = 0; i < 20; i++)
		P("%d%c", ints[i], i == 19 ? '\n' : ' ');
}

static void do_goto(void)
{
	static const unsigned char code[] = {1, 1, 3, 3, 1, 4, 2, 3, 5, 7, 1, 1, 2, 0, 1};
	P("interp %d\n", interp(code, (int)sizeof code));
	P("pick_label %d %d\n", pick_label(21), pick_label(-4));
}

static void do_recursion(void)
{
	P("fib %ld\n", fib(24));
	P("parity %d %d\n", parity(1001), parity(64));
	P("ackermann %lu\n", ackermann(2, 3));
	P("build_and_sum %d\n", build_and_sum(7));
}

static void do_struct(void)
{
	P("use_big %ld\n", use_big(5));
	b1 = make_big(3);
	strcpy(b1.name, "first");
	copy_big(&b2, &b1);
	P("copy_big %ld %s %d\n", b2.a[17], b2.name, b2.tail);
	P("compare_names %d\n", compare_names(&b1, &b2) != 0);
	b2.name[0] = 'F';
	P("compare_names %d %zu\n", compare_names(&b1, &b2) > 0, name_len(&b2));
	clear_big(&b2);
	P("clear_big %ld %d\n", b2.a[39], b2.tail);
	for (int i = 0; i < 3; i++)
		barr[i] = make_big(i * 10);
	copy_array(barr2, barr, 3);
	P("copy_array %ld %ld\n", barr2[2].a[5], barr2[1].a[39]);
	struct small s = swap_small((struct small){1, 2});
	P("swap_small %d %d\n", s.x, s.y);
}

static void do_float(void)
{
	static const double c[] = {1, -2.5, 0.75, 3.125};
	P("poly %.17g\n", poly(1.7, c, 4));
	for (int i = 0; i < 100; i++)
		fx[i] = (float)i * 0.37f;
	P("mean %.9g\n", (double)mean(fx, 100));
	P("ld_sum %.20Lg\n", ld_sum(lds, 5));
	P("convert %d\n", convert(123.9, 77.7f, -5.5L));
	double _Complex z = rotate(1.0 + 2.0 * __builtin_complex(0.0, 1.0), 0.6, 0.8);
	P("rotate %.17g %.17g\n", __real__ z, __imag__ z);
	P("sqrt_newton %.17g\n", sqrt_newton(2.0));
	P("lookup %.17g %.17g\n", lookup(3), lookup(12));
}

static void do_vector(void)
{
	for (int i = 0; i < 100; i++) {
		fx[i] = (float)i / 8;
		fy[i] = (float)(100 - i);
		da[i] = i * 0.5;
		db[i] = 1.0 / (i + 1);
		up_src[i] = (unsigned char)(' ' + i);
	}
	saxpy(fy, fx, 2.5f, 100);
	P("saxpy %.9g %.9g\n", (double)fy[0], (double)fy[99]);
	P("dot %.17g\n", dot(da, db, 100));
	for (int i = 0; i < 333; i++)
		i32[i] = i * i - 5000;
	P("sum_i32 %d\n", sum_i32(i32, 333));
	to_upper(up_dst, up_src, 95);
	P("to_upper %.95s\n", (const char *)up_dst);
	for (int i = 0; i < 77; i++)
		i16[i] = (int16_t)((i * 1237) % 4000 - 2000);
	P("max_i16 %d\n", max_i16(i16, 77));
	for (int i = 0; i < 64; i++) {
		ba[i] = (uint8_t)(i * 4);
		bb[i] = (uint8_t)(255 - i);
	}
	blend(bo, ba, bb, 100, 64);
	P("blend %d %d %d\n", bo[0], bo[31], bo[63]);
	for (int i = 0; i < 16; i++) {
		m1[i / 4][i % 4] = (float)i;
		m2[i / 4][i % 4] = (float)(i % 3) - 1;
	}
	matmul4(m3, m1, m2);
	P("matmul4 %g %g %g\n", (double)m3[0][0], (double)m3[2][1], (double)m3[3][3]);
}

static void do_bigframe(void)
{
	P("big_local %ld\n", big_local(3));
	P("two_arrays %d\n", two_arrays("a somewhat longer string for the frame test"));
	P("frame_with_call %d\n", frame_with_call(2));
}

static void do_inline_asm(void)
{
	ints[3] = 1234;
	P("load_m %d\n", load_m(&ints[3]));
	store_m(&ints[4], -99);
	atomic_inc(&ints[4]);
	P("store_m %d\n", ints[4]);
	lv = 77;
	long old = xchg_m(&lv, 5);
	P("xchg_m %ld %ld\n", old, lv);
	memset(text, 0, sizeof text);
	copy_bytes(text, "copied by rep movsb", 20);
	P("copy_bytes %s\n", text);
	fill_bytes(text + 6, '#', 3);
	P("fill_bytes %s\n", text);
	P("count_down %d\n", count_down(9));
	P("indexed %d\n", indexed(ints, 4));
	P("rdtsc_like %lu\n", rdtsc_like((unsigned long *)&lv));
}

static void do_atomics(void)
{
	long a = add_fetch(5);
	P("add_fetch %ld %ld\n", a, add_fetch(-2));
	int l = try_lock(&lock_word);
	P("try_lock %d %d\n", l, try_lock(&lock_word));
	unlock(&lock_word);
	P("try_lock %d\n", try_lock(&lock_word));
	int x = exchange(4);
	P("exchange %d %d\n", x, exchange(9));
	long m1v = max_update(&amax, 10), m2v = max_update(&amax, 3);
	P("max_update %ld %ld %ld\n", m1v, m2v, (long)amax);
	fence();
	unsigned bv = bits(&abits);
	P("bits %u %u\n", bv, (unsigned)abits);
}

static void do_cold(void)
{
	P("checked_div %d\n", checked_div(100, 7));
	int ms = maybe_slow(-3);
	P("maybe_slow %d %d\n", ms, maybe_slow(8));
	P("cold_main %d\n", cold_main(4, NULL));
	abort_if(0);
}

static void do_tls(void)
{
	bump();
	int b = bump();
	P("bump %d %d\n", b, *counter_ptr());
	for (int i = 0; i < 10; i++)
		set_entry(i, i * 100);
	P("sum_table %ld\n", sum_table());
	P("name %s\n", name_ptr());
	name_ptr()[0] = 'H';
	P("name %s\n", name_ptr());
}

static void do_syscalls(void)
{
	fflush(stdout);
	write_all(1, "written by a raw system call\n");
	P("sys_write %ld\n", sys_write(1, "x\n", 2));
	P("sys_getuid %d\n", sys_getuid() >= 0);
	P("sys_bad %ld\n", sys_bad());
}

int test_main(void)
{
	do_varargs();
	do_alloca();
	do_switch();
	do_funcptr();
	do_goto();
	do_recursion();
	do_struct();
	do_float();
	do_vector();
	do_bigframe();
	do_inline_asm();
	do_atomics();
	do_cold();
	do_tls();
	do_syscalls();
	return 0;
}
