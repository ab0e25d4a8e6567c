/* Pairs that the processor fuses: a flag-setting instruction and the
 * conditional branch right after it. */
#ifndef HALITE_RW_FUSE_H
#define HALITE_RW_FUSE_H

#include "insn.h"

/* Whether A followed by B is a compare-and-branch pair (cmp, test, and,
 * add, sub, inc or dec with a register or immediate operand set, then a
 * jcc) that the driver should keep together in one bundle-locked group, so
 * that bundle padding never falls between the two. */
int fuse_pair(const struct insn *a, const struct insn *b);

#endif
