/* The runtime-call stubs: the code the runtime-call table points at
 * (docs/abi.md, section 5), made once per process from the templates in
 * entry.S with this process's thread-local offsets (see stubs.c). */
#ifndef HALITE_RUNTIME_STUBS_H
#define HALITE_RUNTIME_STUBS_H

#include <stdint.h>

enum hl_rtcall {
	HL_RT_SYSCALL,	      /* entry 0 */
	HL_RT_TP,	      /* entry 1 (the BMI2 version when the CPU has it) */
	HL_RT_YIELD,	      /* entry 2, embedded sandboxes */
	HL_RT_YIELD_X87_FREE, /* entry 2 of modules without x87 code */
	HL_RT_CALLBACK,	      /* entry 3, embedded sandboxes */
	HL_RT_RESERVED,	      /* every other entry */
	HL_RT_RAW,	      /* entry 63 in test builds (HL_TEST_RAW_SYSCALL), else 0 */
	HL_RT_N
};

/* Fills addr with the host address of each stub. Returns 0, or -errno if
 * the stubs cannot be made (then every later call fails the same way). */
int hl_rtcall_stubs(uint64_t addr[HL_RT_N]);

#endif
