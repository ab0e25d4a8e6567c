/* The x86-64 instruction decoder: bytes in, one decoded instruction out.
 *
 * Part of the trusted core. It knows only instructions listed in
 * src/validator/insns/ *.def (a whitelist); anything else is HV_D_UNKNOWN.
 * No allocation, no I/O, no global state but constant tables. */
#ifndef HALITE_DECODE_H
#define HALITE_DECODE_H

#include <stddef.h>
#include <stdint.h>

/* Register numbers 0..15 as in the encoding (rax=0 ... r15=15). */
enum {
	HV_RAX = 0, HV_RCX, HV_RDX, HV_RBX, HV_RSP, HV_RBP, HV_RSI, HV_RDI,
	HV_R8, HV_R9, HV_R10, HV_R11, HV_R12, HV_R13, HV_R14, HV_R15,
	HV_REG_NONE = 16, /* no base / no index */
	HV_REG_RIP = 17   /* base of a RIP- (or EIP-) relative operand */
};

/* Encoding spaces. */
enum { HV_ENC_LEGACY = 0, HV_ENC_VEX = 1 };
/* Opcode maps: 0 = one-byte, 1 = 0F, 2 = 0F38, 3 = 0F3A. */

/* Mandatory-prefix class of an entry. */
enum { HV_PFX_NP = 0, HV_PFX_66 = 1, HV_PFX_F3 = 2, HV_PFX_F2 = 3 };

/* Immediate kinds, derived from the operand string by the table generator. */
enum {
	HV_IMM_NONE = 0,
	HV_IMM_B,    /* 1 byte */
	HV_IMM_W,    /* 2 bytes */
	HV_IMM_Z,    /* 2 bytes with 66, else 4 */
	HV_IMM_V,    /* 8 with REX.W, 2 with 66, else 4 (mov r, imm) */
	HV_IMM_REL8, /* 1-byte branch displacement */
	HV_IMM_REL32, /* 4-byte branch displacement */
	HV_IMM_WB,    /* 2 bytes then 1 (enter) */
	HV_IMM_MOFFS  /* absolute address: 8 bytes, 4 with 67 */
};

/* Entry flags (struct hv_op.flags). Operand-derived bits are computed by
 * the generator; the rest are written in the .def files. */
#define HV_F_MODRM (1u << 0)      /* has a ModRM byte */
#define HV_F_REG_GPR (1u << 1)    /* ModRM.reg names a general register */
#define HV_F_RM_GPR (1u << 2)     /* ModRM.rm (mod=3) names a general register */
#define HV_F_VVVV_GPR (1u << 3)   /* VEX.vvvv names a general register */
#define HV_F_OPREG_GPR (1u << 4)  /* opcode bits 0-2 (+REX.B) name a register */
#define HV_F_REG_WR (1u << 5)     /* the ModRM.reg operand is written */
#define HV_F_RM_WR (1u << 6)      /* the ModRM.rm operand is written */
#define HV_F_VVVV_WR (1u << 7)    /* the VEX.vvvv operand is written */
#define HV_F_OPREG_WR (1u << 8)   /* the opcode-register operand is written */
#define HV_F_BYTEREG (1u << 9)    /* written GPR operands are 8-bit (AH..BH rule) */
#define HV_F_NOMEM (1u << 10)     /* memory operand is not accessed (lea, nop) */
#define HV_F_OSZ (1u << 11)       /* 66 is allowed as an operand-size prefix */
#define HV_F_LOCK (1u << 12)      /* lock is allowed (memory destination only) */
#define HV_F_REP (1u << 13)       /* f3 allowed as rep/repe */
#define HV_F_REPNE (1u << 14)     /* f2 allowed as repne */
#define HV_F_BRANCH (1u << 15)    /* relative jump/jcc (target = end + rel) */
#define HV_F_CALL (1u << 16)      /* a call (direct or indirect) */
#define HV_F_INDIRECT (1u << 17)  /* indirect jump or call through ModRM.rm */
#define HV_F_STACK (1u << 18)     /* implicitly moves %rsp by 8 (push/pop/call) */
#define HV_F_STRING (1u << 19)    /* string instruction: memory at rsi/rdi */
#define HV_F_FORBIDDEN (1u << 20) /* known, never allowed (see hv_op.deny) */
#define HV_F_IS4 (1u << 21)       /* imm8[7:4] names a vector register */
#define HV_F_VSIB (1u << 22)      /* memory operand uses a vector index */
#define HV_F_OPSZ64 (1u << 23)    /* REX.W selects 64-bit operands */
#define HV_F_D64 (1u << 24)       /* operand size defaults to 64 bits */
#define HV_F_VVVV (1u << 25)      /* VEX.vvvv encodes an operand (else must be 1111) */
#define HV_F_WRGPR (1u << 26)     /* writes a general register through an operand field */

/* Deny classes (struct hv_op.deny): a policy can forbid each class; a
 * forbidden entry (HV_F_FORBIDDEN) carries the reason it is never allowed. */
enum {
	HV_DENY_NONE = 0,
	/* configurable */
	HV_DENY_CLFLUSH,     /* clflush, clflushopt, clwb: cache-line flush */
	HV_DENY_RDTSC,	     /* rdtsc, rdtscp: high-resolution timers */
	HV_DENY_NONTEMPORAL, /* movnt*, maskmov: non-temporal stores */
	HV_DENY_CPUID,	     /* cpuid */
	HV_DENY_RDRAND,	     /* rdrand, rdseed */
	HV_DENY_PREFETCH,    /* prefetch hints */
	HV_DENY_X87,	     /* the x87 FPU */
	HV_DENY_MXCSR,	     /* ldmxcsr, stmxcsr and their VEX forms */
	HV_DENY_CONFIGURABLE_END,
	/* never allowed: the reason printed */
	HV_X_SYSCALL = 16, /* system-call instructions */
	HV_X_PRIV,	   /* privileged or I/O instruction */
	HV_X_SEGMENT,	   /* segment register or segment base change */
	HV_X_FAR,	   /* far transfer */
	HV_X_RET,	   /* ret: return through an unmasked stack address */
	HV_X_STACKFRAME,   /* enter/leave/pushf/popf: unchecked stack change */
	HV_X_ABSMEM,	   /* absolute (moffs) memory access */
	HV_X_PKRU,	   /* protection-key register */
	HV_X_TRAP,	   /* int3/int1/into: software interrupts */
	HV_X_TSX,	   /* transactional memory */
	HV_X_XSTATE,	   /* xsave family: large, policy-dependent state */
	HV_X_X87ENV,	   /* fldenv/fnstenv: the host's x87 registers and addresses */
	HV_X_STD	   /* std: the direction flag stays clear */
};

/* CPU features an instruction needs (struct hv_op.feature). */
enum {
	HV_FEAT_BASE = 0, /* x86-64 baseline: GP, x87, SSE, SSE2, CMOV, CX8 */
	HV_FEAT_SSE3, HV_FEAT_SSSE3, HV_FEAT_SSE41, HV_FEAT_SSE42,
	HV_FEAT_POPCNT, HV_FEAT_LZCNT, HV_FEAT_BMI1, HV_FEAT_BMI2,
	HV_FEAT_AVX, HV_FEAT_AVX2, HV_FEAT_FMA, HV_FEAT_F16C,
	HV_FEAT_AES, HV_FEAT_PCLMUL, HV_FEAT_SHA, HV_FEAT_MOVBE,
	HV_FEAT_ADX, HV_FEAT_RDRAND, HV_FEAT_RDSEED, HV_FEAT_RDTSCP,
	HV_FEAT_CX16, HV_FEAT_CLFLUSHOPT, HV_FEAT_CLWB, HV_FEAT_XSAVE,
	HV_FEAT_VAES, HV_FEAT_VPCLMUL, HV_FEAT_LAHF64, HV_FEAT_PREFETCHW,
	HV_FEAT_COUNT
};

/* One whitelist entry, as produced by the table generator. */
struct hv_op {
	uint8_t enc;      /* HV_ENC_* */
	uint8_t map;      /* 0..3 */
	uint8_t opcode;   /* final opcode byte */
	uint8_t pfx;      /* HV_PFX_* (mandatory prefix, or the VEX pp field) */
	int8_t reg;       /* required ModRM.reg (0..7), -1: any */
	int8_t rm;        /* required ModRM.rm (0..7) when mod=3, or required
			     opcode register (0..15) for opcode-register forms; -1: any */
	uint8_t mod;      /* 0 any, 1 memory only, 2 register only */
	uint8_t w;        /* 0 any, 1 W0, 2 W1 (REX.W or VEX.W) */
	uint8_t l;        /* 0 any, 1 L0, 2 L1 (VEX.L) */
	uint8_t imm;      /* HV_IMM_* */
	uint8_t feature;  /* HV_FEAT_* */
	uint8_t deny;     /* HV_DENY_* or HV_X_* */
	uint8_t dsize;    /* size letter of the first operand: b w d q v y, or 0 */
	uint32_t flags;   /* HV_F_* */
};

/* Printer-side data for an entry (not used by the rule checker). */
struct hv_opname {
	const char *mnemonic; /* AT&T mnemonic without size suffix */
	const char *operands; /* Intel order, opcode-map notation: "Ev,Gv" */
};

/* A decoded instruction. */
struct hv_insn {
	uint8_t len;     /* total length in bytes */
	uint8_t p66;     /* number of 66 prefixes */
	uint8_t p67;     /* 1 if an address-size prefix is present */
	uint8_t rep;     /* 0, 0xf2 or 0xf3 */
	uint8_t lock;    /* 1 if f0 is present */
	uint8_t seg;     /* 0 or the segment prefix byte (26 2e 36 3e 64 65) */
	uint8_t rex;     /* the REX byte, 0 if none */
	uint8_t enc;     /* HV_ENC_* */
	uint8_t map;     /* opcode map */
	uint8_t opcode;  /* final opcode byte */
	uint8_t w, l;    /* REX.W/VEX.W and VEX.L */
	uint8_t vvvv;    /* VEX.vvvv (un-inverted), 0 if no VEX */
	uint8_t has_modrm;
	uint8_t mod;     /* ModRM.mod */
	uint8_t reg;     /* ModRM.reg with REX.R/VEX.R: 0..15 */
	uint8_t rm;      /* mod=3: register 0..15 with REX.B; opcode-register
			    forms: (opcode & 7) | REX.B << 3 */
	uint8_t is_mem;  /* has a memory operand (ModRM mod != 3) */
	uint8_t base;    /* memory base: 0..15, HV_REG_NONE or HV_REG_RIP */
	uint8_t index;   /* memory index: 0..15 or HV_REG_NONE */
	uint8_t scale;   /* 0..3 (shift) */
	uint8_t disp_size; /* 0, 1 or 4 */
	uint8_t imm_size;  /* bytes of immediate/branch displacement */
	uint8_t prefix_len; /* bytes before the opcode (legacy + REX/VEX) */
	int32_t disp;
	int64_t imm;     /* sign-extended immediate or branch displacement */
	uint16_t op;     /* index of the matched entry in hv_ops */
};

enum hv_dstatus {
	HV_D_OK = 0,
	HV_D_TRUNCATED, /* the buffer ends inside the instruction */
	HV_D_UNKNOWN,   /* not on the whitelist (length unknown) */
	HV_D_PREFIX,    /* prefixes the whitelist does not accept */
	HV_D_TOOLONG    /* longer than 15 bytes */
};

/* Decodes the instruction at p[0..n). On HV_D_OK fills *in. */
enum hv_dstatus hv_decode(const uint8_t *p, size_t n, struct hv_insn *in);

/* The generated tables. */
extern const struct hv_op hv_ops[];
extern const struct hv_opname hv_opnames[];
extern const unsigned hv_nops;

static inline const struct hv_op *hv_insn_op(const struct hv_insn *in)
{
	return &hv_ops[in->op];
}

/* Operand size in bits of entry e's written register operand for REX.W
 * (or VEX.W) w, with osz16 set when 66 selects 16-bit operands: 8, 16,
 * 32, 64, or 0 if it has no sized destination. */
static inline unsigned hv_op_dest_size(const struct hv_op *e, int w, int osz16)
{
	switch (e->dsize) {
	case 'b': return 8;
	case 'w': return 16;
	case 'd': return 32;
	case 'q': return 64;
	case 'y': return w ? 64 : 32;
	case 'v':
		if (w || (e->flags & HV_F_D64))
			return osz16 && !w ? 16 : 64;
		return osz16 ? 16 : 32;
	default: return 0;
	}
}

#endif
