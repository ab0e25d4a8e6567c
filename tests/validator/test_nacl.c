/* Tests of the nacl profile (src/validator/rules_nacl.c, docs/nacl-profile.md).
 *
 * Each case is a byte array assembled with `as --64` and listed with
 * `objdump -d`; the disassembly is beside each instruction. Where a case
 * needs a position in the bundle, or a label, the assembler source is
 * given above the array (`.fill N,1,0x90` is N one-byte nops). Every rule
 * has at least one accepted and one rejected case; a rejected case names
 * the rule and the offset of the instruction the violation must be
 * reported at. Prints "ok NAME" or "not ok NAME" per case; with
 * TEST_VERBOSE set in the environment, also every violation reported. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validator/validator.h"

static const uint8_t mem_restricted_load[] = {
	0x89, 0xc0,                              /*  0: mov %eax,%eax */
	0x41, 0x8b, 0x0c, 0x07,                  /*  2: mov (%r15,%rax,1),%ecx */
};

static const uint8_t mem_restricted_store[] = {
	0x89, 0xf6,                              /*  0: mov %esi,%esi */
	0x41, 0x89, 0x04, 0xb7,                  /*  2: mov %eax,(%r15,%rsi,4) */
};

static const uint8_t mem_restricted_chain[] = {
	0x89, 0xff,                              /*  0: mov %edi,%edi */
	0x41, 0x8b, 0x7c, 0x3f, 0x08,            /*  2: mov 0x8(%r15,%rdi,1),%edi */
	0x41, 0x89, 0x14, 0x3f,                  /*  7: mov %edx,(%r15,%rdi,1) */
};

static const uint8_t mem_safe_bases[] = {
	0x48, 0x8b, 0x44, 0x24, 0x08,            /*  0: mov 0x8(%rsp),%rax */
	0x48, 0x8b, 0x4d, 0xf8,                  /*  5: mov -0x8(%rbp),%rcx */
	0x48, 0x8b, 0x15, 0x00, 0x01, 0x00, 0x00, /*  9: mov 0x100(%rip),%rdx */
	0x49, 0x8b, 0x77, 0x10,                  /* 16: mov 0x10(%r15),%rsi */
	0xc7, 0x44, 0x24, 0x20, 0x01, 0x00, 0x00, 0x00, /* 20: movl $0x1,0x20(%rsp) */
};

static const uint8_t mem_lea_no_access[] = {
	0x48, 0x8d, 0x0c, 0xd8,                  /*  0: lea (%rax,%rbx,8),%rcx */
};

static const uint8_t mem_base_rax[] = {
	0x8b, 0x08,                              /*  0: mov (%rax),%ecx */
};

static const uint8_t mem_unrestricted_store[] = {
	0x41, 0x89, 0x0c, 0x07,                  /*  0: mov %ecx,(%r15,%rax,1) */
};

static const uint8_t mem_index_mov64[] = {
	0x48, 0x89, 0xc0,                        /*  0: mov %rax,%rax */
	0x41, 0x89, 0x0c, 0x07,                  /*  3: mov %ecx,(%r15,%rax,1) */
};

static const uint8_t mem_index_mov16[] = {
	0x66, 0x89, 0xc0,                        /*  0: mov %ax,%ax */
	0x41, 0x89, 0x0c, 0x07,                  /*  3: mov %ecx,(%r15,%rax,1) */
};

static const uint8_t mem_index_other_reg[] = {
	0x89, 0xc0,                              /*  0: mov %eax,%eax */
	0x41, 0x89, 0x0c, 0x1f,                  /*  2: mov %ecx,(%r15,%rbx,1) */
};

static const uint8_t mem_index_gap[] = {
	0x89, 0xc0,                              /*  0: mov %eax,%eax */
	0x90,                                    /*  2: nop */
	0x41, 0x89, 0x0c, 0x07,                  /*  3: mov %ecx,(%r15,%rax,1) */
};

/* as source: .fill 30,1,0x90; mov %eax,%eax; mov %ecx,(%r15,%rax,1) */
static const uint8_t mem_index_across_bundle[] = {
	/*  0: 30 x nop */
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0x89, 0xc0,                              /* 30: mov %eax,%eax */
	0x41, 0x89, 0x0c, 0x07,                  /* 32: mov %ecx,(%r15,%rax,1) */
};

static const uint8_t mem_index_cmov[] = {
	0x0f, 0x44, 0xc1,                        /*  0: cmove %ecx,%eax */
	0x41, 0x8b, 0x14, 0x07,                  /*  3: mov (%r15,%rax,1),%edx */
};

static const uint8_t mem_absolute[] = {
	0x8b, 0x0c, 0x25, 0x00, 0x10, 0x00, 0x00, /*  0: mov 0x1000,%ecx */
};

/* as source: jmp 1f; mov %eax,%eax; 1: mov (%r15,%rax,1),%ecx */
static const uint8_t mem_jump_to_consumer[] = {
	0xeb, 0x02,                              /*  0: jmp 0x4 */
	0x89, 0xc0,                              /*  2: mov %eax,%eax */
	0x41, 0x8b, 0x0c, 0x07,                  /*  4: mov (%r15,%rax,1),%ecx */
};

static const uint8_t mem_addr32[] = {
	0x67, 0x41, 0x8b, 0x07,                  /*  0: mov (%r15d),%eax */
};

/* as source: mov %fs:(%r15),%rax */
static const uint8_t mem_fs[] = {
	0x64, 0x49, 0x8b, 0x07,                  /*  0: mov %fs:(%r15),%rax */
};

static const uint8_t r15_read[] = {
	0x4c, 0x89, 0xf8,                        /*  0: mov %r15,%rax */
	0x49, 0x8d, 0x4f, 0x08,                  /*  3: lea 0x8(%r15),%rcx */
};

static const uint8_t r15_add[] = {
	0x49, 0x01, 0xc7,                        /*  0: add %rax,%r15 */
};

static const uint8_t r15_mov32[] = {
	0x41, 0x89, 0xc7,                        /*  0: mov %eax,%r15d */
};

static const uint8_t r15_byte[] = {
	0x41, 0xb7, 0x00,                        /*  0: mov $0x0,%r15b */
};

static const uint8_t r15_pop[] = {
	0x41, 0x5f,                              /*  0: pop %r15 */
};

static const uint8_t rsp_from_rbp[] = {
	0x48, 0x89, 0xec,                        /*  0: mov %rbp,%rsp */
};

/* as source: {load} mov %rbp,%rsp */
static const uint8_t rsp_from_rbp_load[] = {
	0x48, 0x8b, 0xe5,                        /*  0: mov %rbp,%rsp */
};

static const uint8_t rsp_align[] = {
	0x48, 0x83, 0xe4, 0xf0,                  /*  0: and $0xfffffffffffffff0,%rsp */
};

static const uint8_t rsp_and_positive[] = {
	0x48, 0x83, 0xe4, 0x7f,                  /*  0: and $0x7f,%rsp */
};

static const uint8_t rsp_restsp[] = {
	0x89, 0xc4,                              /*  0: mov %eax,%esp */
	0x4c, 0x01, 0xfc,                        /*  2: add %r15,%rsp */
};

static const uint8_t rsp_restsp_mem[] = {
	0x8b, 0x64, 0x24, 0x08,                  /*  0: mov 0x8(%rsp),%esp */
	0x4c, 0x01, 0xfc,                        /*  4: add %r15,%rsp */
};

static const uint8_t rsp_restsp_noflags[] = {
	0x89, 0xc4,                              /*  0: mov %eax,%esp */
	0x4a, 0x8d, 0x24, 0x3c,                  /*  2: lea (%rsp,%r15,1),%rsp */
};

static const uint8_t rsp_spadj[] = {
	0x8d, 0x65, 0x10,                        /*  0: lea 0x10(%rbp),%esp */
	0x4c, 0x01, 0xfc,                        /*  3: add %r15,%rsp */
};

static const uint8_t rsp_asp[] = {
	0x83, 0xc4, 0x20,                        /*  0: add $0x20,%esp */
	0x4c, 0x01, 0xfc,                        /*  3: add %r15,%rsp */
};

static const uint8_t rsp_ssp[] = {
	0x83, 0xec, 0x20,                        /*  0: sub $0x20,%esp */
	0x4c, 0x01, 0xfc,                        /*  3: add %r15,%rsp */
};

static const uint8_t rsp_push_pop[] = {
	0x50,                                    /*  0: push %rax */
	0x6a, 0x01,                              /*  1: push $0x1 */
	0x59,                                    /*  3: pop %rcx */
	0x5a,                                    /*  4: pop %rdx */
};

static const uint8_t rsp_mov_rax[] = {
	0x48, 0x89, 0xc4,                        /*  0: mov %rax,%rsp */
};

static const uint8_t rsp_sub64[] = {
	0x48, 0x83, 0xec, 0x08,                  /*  0: sub $0x8,%rsp */
};

static const uint8_t rsp_pop[] = {
	0x5c,                                    /*  0: pop %rsp */
};

static const uint8_t rsp_mov16[] = {
	0x66, 0x89, 0xc4,                        /*  0: mov %ax,%sp */
};

static const uint8_t rsp_spl[] = {
	0x40, 0xb4, 0x01,                        /*  0: mov $0x1,%spl */
};

static const uint8_t rsp_ah[] = {
	0xb4, 0x01,                              /*  0: mov $0x1,%ah */
};

static const uint8_t rsp_unrestored[] = {
	0x89, 0xc4,                              /*  0: mov %eax,%esp */
};

static const uint8_t rsp_gap[] = {
	0x89, 0xc4,                              /*  0: mov %eax,%esp */
	0x90,                                    /*  2: nop */
	0x4c, 0x01, 0xfc,                        /*  3: add %r15,%rsp */
};

/* as source: .fill 30,1,0x90; mov %eax,%esp; add %r15,%rsp */
static const uint8_t rsp_split[] = {
	/*  0: 30 x nop */
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0x89, 0xc4,                              /* 30: mov %eax,%esp */
	0x4c, 0x01, 0xfc,                        /* 32: add %r15,%rsp */
};

static const uint8_t rsp_add_alone[] = {
	0x4c, 0x01, 0xfc,                        /*  0: add %r15,%rsp */
};

static const uint8_t rsp_cmov[] = {
	0x0f, 0x44, 0xe0,                        /*  0: cmove %eax,%esp */
	0x4c, 0x01, 0xfc,                        /*  3: add %r15,%rsp */
};

/* as source: jmp 1f; mov %eax,%esp; 1: add %r15,%rsp */
static const uint8_t rsp_jump_into[] = {
	0xeb, 0x02,                              /*  0: jmp 0x4 */
	0x89, 0xc4,                              /*  2: mov %eax,%esp */
	0x4c, 0x01, 0xfc,                        /*  4: add %r15,%rsp */
};

static const uint8_t rbp_frame[] = {
	0x55,                                    /*  0: push %rbp */
	0x48, 0x89, 0xe5,                        /*  1: mov %rsp,%rbp */
};

static const uint8_t rbp_restbp[] = {
	0x89, 0xc5,                              /*  0: mov %eax,%ebp */
	0x4c, 0x01, 0xfd,                        /*  2: add %r15,%rbp */
};

static const uint8_t rbp_restbp_mem[] = {
	0x8b, 0x6c, 0x24, 0x08,                  /*  0: mov 0x8(%rsp),%ebp */
	0x4c, 0x01, 0xfd,                        /*  4: add %r15,%rbp */
};

static const uint8_t rbp_mov_rax[] = {
	0x48, 0x89, 0xc5,                        /*  0: mov %rax,%rbp */
};

static const uint8_t rbp_pop[] = {
	0x5d,                                    /*  0: pop %rbp */
};

static const uint8_t rbp_lea[] = {
	0x48, 0x8d, 0x6d, 0x08,                  /*  0: lea 0x8(%rbp),%rbp */
};

static const uint8_t rbp_unrestored[] = {
	0x89, 0xc5,                              /*  0: mov %eax,%ebp */
	0x90,                                    /*  2: nop */
};

static const uint8_t nacljmp[] = {
	0x83, 0xe0, 0xe0,                        /*  0: and $0xffffffe0,%eax */
	0x4c, 0x01, 0xf8,                        /*  3: add %r15,%rax */
	0xff, 0xe0,                              /*  6: jmp *%rax */
};

static const uint8_t nacljmp_r11[] = {
	0x41, 0x83, 0xe3, 0xe0,                  /*  0: and $0xffffffe0,%r11d */
	0x4d, 0x01, 0xfb,                        /*  4: add %r15,%r11 */
	0x41, 0xff, 0xe3,                        /*  7: jmp *%r11 */
};

/* as source: and $-32,%ecx; {load} add %r15,%rcx; jmp *%rcx */
static const uint8_t nacljmp_load_form[] = {
	0x83, 0xe1, 0xe0,                        /*  0: and $0xffffffe0,%ecx */
	0x49, 0x03, 0xcf,                        /*  3: add %r15,%rcx */
	0xff, 0xe1,                              /*  6: jmp *%rcx */
};

/* as source: .fill 24,1,0x90; and $-32,%eax; add %r15,%rax; call *%rax */
static const uint8_t naclcall[] = {
	/*  0: 24 x nop */
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0x83, 0xe0, 0xe0,                        /* 24: and $0xffffffe0,%eax */
	0x4c, 0x01, 0xf8,                        /* 27: add %r15,%rax */
	0xff, 0xd0,                              /* 30: call *%rax */
};

static const uint8_t jmp_unmasked[] = {
	0xff, 0xe0,                              /*  0: jmp *%rax */
};

static const uint8_t jmp_memory[] = {
	0x41, 0xff, 0x67, 0x10,                  /*  0: jmp *0x10(%r15) */
};

static const uint8_t jmp_no_add[] = {
	0x83, 0xe0, 0xe0,                        /*  0: and $0xffffffe0,%eax */
	0xff, 0xe0,                              /*  3: jmp *%rax */
};

static const uint8_t jmp_no_and[] = {
	0x4c, 0x01, 0xf8,                        /*  0: add %r15,%rax */
	0xff, 0xe0,                              /*  3: jmp *%rax */
};

static const uint8_t jmp_and64[] = {
	0x48, 0x83, 0xe0, 0xe0,                  /*  0: and $0xffffffffffffffe0,%rax */
	0x4c, 0x01, 0xf8,                        /*  4: add %r15,%rax */
	0xff, 0xe0,                              /*  7: jmp *%rax */
};

static const uint8_t jmp_mask16[] = {
	0x83, 0xe0, 0xf0,                        /*  0: and $0xfffffff0,%eax */
	0x4c, 0x01, 0xf8,                        /*  3: add %r15,%rax */
	0xff, 0xe0,                              /*  6: jmp *%rax */
};

static const uint8_t jmp_mismatch[] = {
	0x83, 0xe0, 0xe0,                        /*  0: and $0xffffffe0,%eax */
	0x4c, 0x01, 0xf9,                        /*  3: add %r15,%rcx */
	0xff, 0xe1,                              /*  6: jmp *%rcx */
};

/* as source: .fill 26,1,0x90; and $-32,%eax; add %r15,%rax; jmp *%rax */
static const uint8_t jmp_split[] = {
	/*  0: 26 x nop */
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0x83, 0xe0, 0xe0,                        /* 26: and $0xffffffe0,%eax */
	0x4c, 0x01, 0xf8,                        /* 29: add %r15,%rax */
	0xff, 0xe0,                              /* 32: jmp *%rax */
};

/* as source: jmp 1f; and $-32,%eax; 1: add %r15,%rax; jmp *%rax */
static const uint8_t jmp_into_nacljmp[] = {
	0xeb, 0x03,                              /*  0: jmp 0x5 */
	0x83, 0xe0, 0xe0,                        /*  2: and $0xffffffe0,%eax */
	0x4c, 0x01, 0xf8,                        /*  5: add %r15,%rax */
	0xff, 0xe0,                              /*  8: jmp *%rax */
};

/* as source: jmp 1f; and $-32,%eax; add %r15,%rax; 1: jmp *%rax */
static const uint8_t jmp_onto_nacljmp_jmp[] = {
	0xeb, 0x06,                              /*  0: jmp 0x8 */
	0x83, 0xe0, 0xe0,                        /*  2: and $0xffffffe0,%eax */
	0x4c, 0x01, 0xf8,                        /*  5: add %r15,%rax */
	0xff, 0xe0,                              /*  8: jmp *%rax */
};

/* as source: .fill 30,1,0x90; call *%rax */
static const uint8_t call_unmasked[] = {
	/*  0: 30 x nop */
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0xff, 0xd0,                              /* 30: call *%rax */
};

/* as source: .fill 27,1,0x90; 1: call 1b */
static const uint8_t call_at_end[] = {
	/*  0: 27 x nop */
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0xe8, 0xfb, 0xff, 0xff, 0xff,            /* 27: call 0x1b */
};

/* as source: 1: call 1b */
static const uint8_t call_not_at_end[] = {
	0xe8, 0xfb, 0xff, 0xff, 0xff,            /*  0: call 0x0 */
};

static const uint8_t naclcall_not_at_end[] = {
	0x83, 0xe0, 0xe0,                        /*  0: and $0xffffffe0,%eax */
	0x4c, 0x01, 0xf8,                        /*  3: add %r15,%rax */
	0xff, 0xd0,                              /*  6: call *%rax */
};

static const uint8_t stos[] = {
	0x89, 0xff,                              /*  0: mov %edi,%edi */
	0x49, 0x8d, 0x3c, 0x3f,                  /*  2: lea (%r15,%rdi,1),%rdi */
	0xf3, 0xaa,                              /*  6: rep stos %al,%es:(%rdi) */
};

static const uint8_t stosq[] = {
	0x89, 0xff,                              /*  0: mov %edi,%edi */
	0x49, 0x8d, 0x3c, 0x3f,                  /*  2: lea (%r15,%rdi,1),%rdi */
	0xf3, 0x48, 0xab,                        /*  6: rep stos %rax,%es:(%rdi) */
};

static const uint8_t movs[] = {
	0x89, 0xf6,                              /*  0: mov %esi,%esi */
	0x49, 0x8d, 0x34, 0x37,                  /*  2: lea (%r15,%rsi,1),%rsi */
	0x89, 0xff,                              /*  6: mov %edi,%edi */
	0x49, 0x8d, 0x3c, 0x3f,                  /*  8: lea (%r15,%rdi,1),%rdi */
	0xf3, 0xa4,                              /* 12: rep movsb %ds:(%rsi),%es:(%rdi) */
};

static const uint8_t lods[] = {
	0x89, 0xf6,                              /*  0: mov %esi,%esi */
	0x49, 0x8d, 0x34, 0x37,                  /*  2: lea (%r15,%rsi,1),%rsi */
	0xad,                                    /*  6: lods %ds:(%rsi),%eax */
};

static const uint8_t scas[] = {
	0x89, 0xff,                              /*  0: mov %edi,%edi */
	0x49, 0x8d, 0x3c, 0x3f,                  /*  2: lea (%r15,%rdi,1),%rdi */
	0xf2, 0xae,                              /*  6: repnz scas %es:(%rdi),%al */
};

static const uint8_t cmps[] = {
	0x89, 0xf6,                              /*  0: mov %esi,%esi */
	0x49, 0x8d, 0x34, 0x37,                  /*  2: lea (%r15,%rsi,1),%rsi */
	0x89, 0xff,                              /*  6: mov %edi,%edi */
	0x49, 0x8d, 0x3c, 0x3f,                  /*  8: lea (%r15,%rdi,1),%rdi */
	0xf3, 0xa6,                              /* 12: repz cmpsb %es:(%rdi),%ds:(%rsi) */
};

static const uint8_t stos_bare[] = {
	0xf3, 0xaa,                              /*  0: rep stos %al,%es:(%rdi) */
};

static const uint8_t stos_no_lea[] = {
	0x89, 0xff,                              /*  0: mov %edi,%edi */
	0xf3, 0xaa,                              /*  2: rep stos %al,%es:(%rdi) */
};

static const uint8_t stos_no_mov[] = {
	0x49, 0x8d, 0x3c, 0x3f,                  /*  0: lea (%r15,%rdi,1),%rdi */
	0xf3, 0xaa,                              /*  4: rep stos %al,%es:(%rdi) */
};

static const uint8_t movs_rdi_only[] = {
	0x89, 0xff,                              /*  0: mov %edi,%edi */
	0x49, 0x8d, 0x3c, 0x3f,                  /*  2: lea (%r15,%rdi,1),%rdi */
	0xf3, 0xa4,                              /*  6: rep movsb %ds:(%rsi),%es:(%rdi) */
};

/* as source: .fill 26,1,0x90; mov %edi,%edi; lea (%r15,%rdi,1),%rdi; rep stos %al,(%rdi) */
static const uint8_t stos_split[] = {
	/*  0: 26 x nop */
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0x89, 0xff,                              /* 26: mov %edi,%edi */
	0x49, 0x8d, 0x3c, 0x3f,                  /* 28: lea (%r15,%rdi,1),%rdi */
	0xf3, 0xaa,                              /* 32: rep stos %al,%es:(%rdi) */
};

/* as source: jmp 1f; mov %edi,%edi; lea (%r15,%rdi,1),%rdi; 1: rep stos %al,(%rdi) */
static const uint8_t stos_jump_into[] = {
	0xeb, 0x06,                              /*  0: jmp 0x8 */
	0x89, 0xff,                              /*  2: mov %edi,%edi */
	0x49, 0x8d, 0x3c, 0x3f,                  /*  4: lea (%r15,%rdi,1),%rdi */
	0xf3, 0xaa,                              /*  8: rep stos %al,%es:(%rdi) */
};

/* as source: push %rbp; mov %rsp,%rbp; mov %edi,%edi; mov (%r15,%rdi,1),%eax; mov %rbp,%rsp; pop %r11; mov %r11d,%ebp; add %r15,%rbp; .fill 11,1,0x90; pop %r11; and $-32,%r11d; add %r15,%r11; jmp *%r11 */
static const uint8_t function[] = {
	0x55,                                    /*  0: push %rbp */
	0x48, 0x89, 0xe5,                        /*  1: mov %rsp,%rbp */
	0x89, 0xff,                              /*  4: mov %edi,%edi */
	0x41, 0x8b, 0x04, 0x3f,                  /*  6: mov (%r15,%rdi,1),%eax */
	0x48, 0x89, 0xec,                        /* 10: mov %rbp,%rsp */
	0x41, 0x5b,                              /* 13: pop %r11 */
	0x44, 0x89, 0xdd,                        /* 15: mov %r11d,%ebp */
	0x4c, 0x01, 0xfd,                        /* 18: add %r15,%rbp */
	/* 21: 11 x nop */
	0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
	0x41, 0x5b,                              /* 32: pop %r11 */
	0x41, 0x83, 0xe3, 0xe0,                  /* 34: and $0xffffffe0,%r11d */
	0x4d, 0x01, 0xfb,                        /* 38: add %r15,%r11 */
	0x41, 0xff, 0xe3,                        /* 41: jmp *%r11 */
};

static const uint8_t mem_index_add32[] = {
	0x83, 0xc0, 0x04,                        /*  0: add $0x4,%eax */
	0x41, 0x8b, 0x0c, 0x07,                  /*  3: mov (%r15,%rax,1),%ecx */
};

static const uint8_t mem_index_bsf[] = {
	0x0f, 0xbc, 0xc1,                        /*  0: bsf %ecx,%eax */
	0x41, 0x8b, 0x14, 0x07,                  /*  3: mov (%r15,%rax,1),%edx */
};

static const uint8_t mem_index_shl_cl[] = {
	0xd3, 0xe0,                              /*  0: shl %cl,%eax */
	0x41, 0x8b, 0x14, 0x07,                  /*  2: mov (%r15,%rax,1),%edx */
};

/* as source: mov %gs:(%r15),%rax */
static const uint8_t mem_gs[] = {
	0x65, 0x49, 0x8b, 0x07,                  /*  0: mov %gs:(%r15),%rax */
};

static const uint8_t mem_pop_to_memory[] = {
	0x8f, 0x00,                              /*  0: pop (%rax) */
};

static const uint8_t r15_vex_vvvv[] = {
	0xc4, 0xe2, 0x00, 0xf3, 0xc8,            /*  0: blsr %eax,%r15d */
};

static const uint8_t rsp_cmpxchg[] = {
	0x0f, 0xb1, 0xcc,                        /*  0: cmpxchg %ecx,%esp */
	0x4c, 0x01, 0xfc,                        /*  3: add %r15,%rsp */
};

/* as source: .fill 32,1,0xf4 */
static const uint8_t halt_padding[] = {
	/*  0: 32 x hlt */
	0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4,
	0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4, 0xf4,
};

#define MAXV 16

struct seen {
	size_t n;
	struct hv_violation v[MAXV];
};

static void collect(void *ctx, const struct hv_violation *v)
{
	struct seen *s = ctx;
	if (s->n < MAXV)
		s->v[s->n] = *v;
	s->n++;
}

static struct hv_policy policy;
static int failed;

/* Validates code and returns the scratch (jump targets); the caller frees it. */
static void *run(const uint8_t *code, size_t len, struct seen *s, size_t *count)
{
	void *scratch = malloc(hv_scratch_size(len) ? hv_scratch_size(len) : 1);
	if (!scratch) {
		perror("malloc");
		exit(1);
	}
	memset(s, 0, sizeof *s);
	*count = hv_validate(code, len, 0, &policy, scratch, collect, s);
	return scratch;
}

static void print_seen(const struct seen *s)
{
	for (size_t i = 0; i < s->n && i < MAXV; i++)
		printf("#   offset %llu len %u: %s\n", (unsigned long long)s->v[i].offset, s->v[i].len,
		       hv_rule_text(s->v[i].rule, s->v[i].detail));
}

/* want == 0: the code must be accepted. Otherwise a violation of rule
 * want must be reported at offset at. */
static void check(const char *name, const uint8_t *code, size_t len, enum hv_rule want, uint64_t at)
{
	struct seen s;
	size_t count;
	int ok = 0;
	free(run(code, len, &s, &count));

	if (!want) {
		ok = count == 0;
	} else {
		for (size_t i = 0; i < s.n && i < MAXV; i++)
			if (s.v[i].rule == want && s.v[i].offset == at)
				ok = 1;
	}
	if (ok) {
		printf("ok %s\n", name);
		if (getenv("TEST_VERBOSE"))
			print_seen(&s);
		return;
	}
	failed++;
	if (want)
		printf("not ok %s: expected \"%s\" at offset %llu; got %zu violation(s)\n", name,
		       hv_rule_text(want, 0), (unsigned long long)at, count);
	else
		printf("not ok %s: expected acceptance; got %zu violation(s)\n", name, count);
	print_seen(&s);
}

#define ACCEPT(a) check(#a, a, sizeof a, 0, 0)
#define REJECT(a, rule, at) check(#a, a, sizeof a, HV_RULE_##rule, at)

/* The code must be accepted, and the offsets that remain jump targets must
 * be exactly those listed in targets (which ends with -1). */
static void check_targets(const char *name, const uint8_t *code, size_t len, const int *targets)
{
	struct seen s;
	size_t count;
	void *scratch = run(code, len, &s, &count);
	int ok = count == 0;

	for (size_t off = 0; ok && off < len; off++) {
		int want = 0;
		for (const int *t = targets; *t >= 0; t++)
			want |= (size_t)*t == off;
		if (hv_is_jump_target(scratch, len, off) != want)
			ok = 0;
	}
	free(scratch);
	if (ok) {
		printf("ok %s\n", name);
		return;
	}
	failed++;
	printf("not ok %s\n", name);
	print_seen(&s);
}

#define TARGETS(a, ...)                                          \
	do {                                                     \
		static const int t_[] = {__VA_ARGS__, -1};       \
		check_targets("targets_" #a, a, sizeof a, t_);   \
	} while (0)

int main(void)
{
	policy = (struct hv_policy){.profile = HV_PROFILE_NACL,
				    .bundle_size = 32,
				    .features = hv_cpu_features()};

	/* memory operands: base r15/rsp/rbp/rip, index restricted */
	ACCEPT(mem_restricted_load);
	ACCEPT(mem_restricted_store);
	ACCEPT(mem_restricted_chain);
	ACCEPT(mem_safe_bases);
	ACCEPT(mem_lea_no_access);
	REJECT(mem_base_rax, MEMORY, 0);
	REJECT(mem_unrestricted_store, MEMORY, 0);
	REJECT(mem_index_mov64, MEMORY, 3);
	REJECT(mem_index_mov16, MEMORY, 3);
	REJECT(mem_index_other_reg, MEMORY, 2);
	REJECT(mem_index_gap, MEMORY, 3);
	REJECT(mem_index_across_bundle, MEMORY, 32);
	REJECT(mem_index_cmov, MEMORY, 3);
	REJECT(mem_absolute, MEMORY, 0);
	REJECT(mem_jump_to_consumer, TARGET, 0);
	REJECT(mem_addr32, PREFIX, 0);
	REJECT(mem_fs, PREFIX, 0);
	REJECT(mem_gs, PREFIX, 0);
	REJECT(mem_pop_to_memory, MEMORY, 0);
	/* any 32-bit write zero-extends, except those that may not write */
	ACCEPT(mem_index_add32);
	REJECT(mem_index_bsf, MEMORY, 3);
	REJECT(mem_index_shl_cl, MEMORY, 2);

	/* %r15 is never written */
	ACCEPT(r15_read);
	REJECT(r15_add, RESERVED, 0);
	REJECT(r15_mov32, RESERVED, 0);
	REJECT(r15_byte, RESERVED, 0);
	REJECT(r15_pop, RESERVED, 0);
	REJECT(r15_vex_vvvv, RESERVED, 0);

	/* %rsp */
	ACCEPT(rsp_from_rbp);
	ACCEPT(rsp_from_rbp_load);
	ACCEPT(rsp_align);
	ACCEPT(rsp_restsp);
	ACCEPT(rsp_restsp_mem);
	ACCEPT(rsp_restsp_noflags);
	ACCEPT(rsp_spadj);
	ACCEPT(rsp_asp);
	ACCEPT(rsp_ssp);
	ACCEPT(rsp_push_pop);
	ACCEPT(rsp_ah);
	REJECT(rsp_and_positive, RSP, 0);
	REJECT(rsp_mov_rax, RSP, 0);
	REJECT(rsp_sub64, RSP, 0);
	REJECT(rsp_pop, RSP, 0);
	REJECT(rsp_mov16, RSP, 0);
	REJECT(rsp_spl, RSP, 0);
	REJECT(rsp_unrestored, RSP, 0);
	REJECT(rsp_gap, RSP, 0);
	REJECT(rsp_split, RSP, 30);
	REJECT(rsp_add_alone, RSP, 0);
	REJECT(rsp_cmov, RSP, 0);
	REJECT(rsp_cmpxchg, RSP, 0);
	REJECT(rsp_jump_into, TARGET, 0);

	/* %rbp */
	ACCEPT(rbp_frame);
	ACCEPT(rbp_restbp);
	ACCEPT(rbp_restbp_mem);
	REJECT(rbp_mov_rax, RBP, 0);
	REJECT(rbp_pop, RBP, 0);
	REJECT(rbp_lea, RBP, 0);
	REJECT(rbp_unrestored, RBP, 0);

	/* indirect branches: nacljmp / naclcall only */
	ACCEPT(nacljmp);
	ACCEPT(nacljmp_r11);
	ACCEPT(nacljmp_load_form);
	ACCEPT(naclcall);
	REJECT(jmp_unmasked, INDIRECT, 0);
	REJECT(jmp_memory, INDIRECT, 0);
	REJECT(jmp_no_add, INDIRECT, 3);
	REJECT(jmp_no_and, INDIRECT, 3);
	REJECT(jmp_and64, INDIRECT, 7);
	REJECT(jmp_mask16, INDIRECT, 6);
	REJECT(jmp_mismatch, INDIRECT, 6);
	REJECT(jmp_split, INDIRECT, 32);
	REJECT(jmp_into_nacljmp, TARGET, 0);
	REJECT(jmp_onto_nacljmp_jmp, TARGET, 0);
	REJECT(call_unmasked, INDIRECT, 30);

	/* calls end at a bundle end */
	ACCEPT(call_at_end);
	REJECT(call_not_at_end, CALL_ALIGN, 0);
	REJECT(naclcall_not_at_end, CALL_ALIGN, 6);

	/* string instructions inside their sandboxing sequence */
	ACCEPT(stos);
	ACCEPT(stosq);
	ACCEPT(movs);
	ACCEPT(lods);
	ACCEPT(scas);
	ACCEPT(cmps);
	REJECT(stos_bare, STRING, 0);
	REJECT(stos_no_lea, STRING, 2);
	REJECT(stos_no_mov, STRING, 4);
	REJECT(movs_rdi_only, STRING, 6);
	REJECT(stos_split, STRING, 32);
	REJECT(stos_jump_into, TARGET, 0);

	ACCEPT(function);
	ACCEPT(halt_padding);

	/* only the first instruction of a pseudo-instruction is a target */
	TARGETS(mem_restricted_load, 0);
	TARGETS(rsp_restsp, 0);
	TARGETS(nacljmp, 0);
	TARGETS(movs, 0);
	TARGETS(function, 0, 1, 4, 10, 13, 15, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34);

	return failed ? 1 : 0;
}
