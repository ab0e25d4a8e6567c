/* AT&T-syntax formatting of decoded instructions, for diagnostics.
 *
 * Readable rather than objdump-identical: registers of the right width,
 * memory operands as %seg:disp(%base,%index,scale) (32-bit register names
 * under the 67 address-size prefix), immediates as $0x.., branch targets
 * as absolute addresses. */
#ifndef HALITE_CLI_DISASM_H
#define HALITE_CLI_DISASM_H

#include <stddef.h>
#include <stdint.h>

#include "validator/decode.h"

/* Formats in (decoded from the bytes at sandbox address vaddr) into buf,
 * always NUL-terminated (truncated if size is too small). Returns the
 * length of the full text, as snprintf does. */
size_t disasm_format(char *buf, size_t size, const struct hv_insn *in,
		     uint64_t vaddr);

/* Writes n bytes as lower-case hex pairs separated by single spaces
 * ("0f 05"), NUL-terminated; when size is too small only whole pairs are
 * written. Returns the length of the full text. */
size_t disasm_hex(char *buf, size_t size, const uint8_t *p, size_t n);

/* 8/16/32/64-bit general register name without '%' (NULL if reg > 15 or
 * bits is not one of those). rex: whether a REX prefix is present, which
 * turns registers 4..7 of 8 bits from ah..bh into spl..dil. */
const char *disasm_gpr_name(unsigned reg, unsigned bits, int rex);

#endif
