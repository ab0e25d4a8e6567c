/* setjmp.h for wasm32-wasi builds of the benchmark workloads (wasi-libc has
 * none: WebAssembly without the exception-handling proposal cannot unwind).
 * setjmp returns 0; longjmp ends the program (bench/suite/wasi/compat.c).
 * Enough for Lua running scripts that raise no error and do not yield from
 * coroutines (Lua throws with longjmp for both); the benchmark scripts do
 * neither. */
#ifndef HALITE_BENCH_WASI_SETJMP_H
#define HALITE_BENCH_WASI_SETJMP_H
typedef long jmp_buf[1];
#define setjmp(b) ((void)(b), 0)
#define _setjmp(b) setjmp(b)
_Noreturn void longjmp(jmp_buf b, int v);
#define _longjmp(b, v) longjmp(b, v)
#endif
