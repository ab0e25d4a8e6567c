/* Offsets into struct hl_thread that the assembly in entry.S uses.
 * thread.h checks each one against offsetof(), so the two cannot drift. */
#ifndef HALITE_RUNTIME_THREAD_LAYOUT_H
#define HALITE_RUNTIME_THREAD_LAYOUT_H

#define T_HOST_RSP 0 /* host stack pointer saved by hl_enter */
#define T_BASE 8     /* sandbox base (host address) */
#define T_TP 16      /* thread pointer returned by runtime call 1 */
#define T_XSAVE 24   /* host address of the XSAVE area (64-byte aligned) */
#define T_REGS 32    /* struct hl_regs: sandbox registers at a runtime call */
/* The embedding API's fast path (hl_call_enter, runtime call 2). */
#define T_CALL_XMM 176   /* 8 x 8 bytes: xmm0-7 (low halves) on entry */
#define T_RET_XMM0 240   /* xmm0 (low half) at runtime call 2 */
#define T_HOST_MXCSR 248 /* the host's control words, saved by hl_call_enter */
#define T_HOST_FPUCW 252
#define T_CALL_NXMM 256  /* how many of T_CALL_XMM to load */
#define T_END 260        /* enum hl_thread_end: why the thread left */
#define T_SB_MXCSR 264   /* the module's control words during runtime call 3 */
#define T_SB_FPUCW 268
#define T_X87_FREE 276	/* the module has no x87 instruction */
#define T_MXCSR_FREE 280 /* nor any that reads or writes MXCSR */
#define T_END_RUNNING 0 /* HL_T_RUNNING */
#define T_END_YIELD 6    /* HL_T_YIELD */

#define R_RAX 0
#define R_RBX 8
#define R_RCX 16
#define R_RDX 24
#define R_RSI 32
#define R_RDI 40
#define R_RBP 48
#define R_RSP 56
#define R_R8 64
#define R_R9 72
#define R_R10 80
#define R_R11 88
#define R_R12 96
#define R_R13 104
#define R_R14 112
#define R_R15 120
#define R_RIP 128
#define R_RFLAGS 136

/* Thread-local words of entry.S, as offsets from hl_tls_thread. */
#define TLS_THREAD 0
#define TLS_GS_BASE 8	     /* hl_tls_gs_base */
#define TLS_TID 16	     /* hl_embed_tls_tid */
#define HL_GS_BASE_UNKNOWN 1 /* no slot base is odd (sandbox.h) */

/* Bundle size the runtime masks continuations to (docs/abi.md R3, R7). A
 * 32-byte bundle start is also a 16-byte one, so this is safe for both. */
#define HL_BUNDLE 32

/* XSAVE components the runtime saves around its own code: x87, SSE, AVX,
 * AVX-512 opmask and upper halves. Not AMX: the sandbox cannot enable it. */
#define HL_XSAVE_MASK 0xe7

#endif
