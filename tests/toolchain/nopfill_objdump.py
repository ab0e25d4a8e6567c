#!/usr/bin/env python3
"""Checks halite-cc's nop merging (toolchain/cc/nopfill.c) with objdump, a
decoder independent of the validator's. Used by tests/toolchain/test_nopfill.sh.

  nopfill_objdump.py count MODULE
      prints "nop1=N mergeable=M splits=S": single-byte nops (90) in the
      code; pieces of >= 2 consecutive ones that the pass should have merged
      (after cutting runs at 32-byte bundle boundaries and at targets:
      direct-branch targets and symbols); places where a run was cut.
  nopfill_objdump.py same OFF ON
      exit 0 if the two modules (linked without and with the pass) have the
      same instructions at the same addresses once nops are set aside, and
      their nops cover the same bytes; otherwise prints the first difference
      and exits 1.
"""
import re
import subprocess
import sys

BUNDLE = 32
INSN = re.compile(r"^\s*([0-9a-f]+):\t([0-9a-f ]+?)\s*\t(\S+)\s*(.*)$")
SYM = re.compile(r"^([0-9a-f]+) <(.+)>:$")
TARGET = re.compile(r"^([0-9a-f]+) <")
BRANCH = re.compile(r"^(j[a-z]+|call[a-z]*|loop[a-z]*|jrcxz|jecxz)$")
# Multi-byte nops: the forms nopfill writes and those GNU as uses for
# .p2align (with data16/cs prefixes).
NOP = re.compile(r"^(66 )*(2e )?(90|0f 1f( [0-9a-f]{2})+)$")


def disassemble(path):
    out = subprocess.run(
        ["objdump", "-d", "-w", "--insn-width=16", path],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    insns, targets = [], set()
    for line in out.splitlines():
        m = SYM.match(line)
        if m:
            targets.add(int(m.group(1), 16))
            continue
        m = INSN.match(line)
        if not m:
            continue
        addr, raw, mnem, ops = int(m.group(1), 16), m.group(2), m.group(3), m.group(4)
        insns.append((addr, raw, mnem, ops))
        t = TARGET.match(ops)
        if BRANCH.match(mnem) and t:
            targets.add(int(t.group(1), 16))
    return insns, targets


def count(path):
    insns, targets = disassemble(path)
    nop1 = mergeable = splits = 0
    run = 0  # length of the current piece
    prev = None  # address of the previous single-byte nop
    for addr, raw, _, _ in insns:
        if raw != "90":
            if run >= 2:
                mergeable += 1
            run, prev = 0, None
            continue
        nop1 += 1
        if prev is not None and prev + 1 == addr:
            if addr % BUNDLE == 0 or addr in targets:
                splits += 1
                if run >= 2:
                    mergeable += 1
                run = 1
            else:
                run += 1
        else:
            if run >= 2:
                mergeable += 1
            run = 1
        prev = addr
    if run >= 2:
        mergeable += 1
    print(f"nop1={nop1} mergeable={mergeable} splits={splits}")


def same(off, on):
    a, _ = disassemble(off)
    b, _ = disassemble(on)

    def split(insns):
        other, nopbytes = [], set()
        for addr, raw, mnem, ops in insns:
            if NOP.match(raw):
                nopbytes.update(range(addr, addr + len(raw.split())))
            else:
                other.append((addr, raw, mnem, ops))
        return other, nopbytes

    oa, na = split(a)
    ob, nb = split(b)
    for x, y in zip(oa, ob):
        if x != y:
            print(f"first difference: {x} / {y}")
            return 1
    if len(oa) != len(ob):
        print(f"{len(oa)} instructions other than nops / {len(ob)}")
        return 1
    if na != nb:
        print(f"nops cover different bytes: {sorted(na ^ nb)[:8]}")
        return 1
    if not oa:
        print("no instructions")
        return 1
    return 0


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "count":
        count(sys.argv[2])
        return 0
    if len(sys.argv) == 4 and sys.argv[1] == "same":
        return same(sys.argv[2], sys.argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
