#!/usr/bin/env python3
"""UNSAFE, for bench/suite/unsafe.sh only: its output breaks the rules the
validator checks (repeated segment prefixes), so only a halite that does
not validate runs it.

usage: prefix-pad.py IN OUT [MAX]

Rewrites a linked halite executable in place of its bundle padding: each
run of padding no-ops is absorbed into redundant segment prefixes on the
instructions before it in the same bundle (at most MAX, default 3, per
instruction, never past 15 bytes), the way gas pads with prefixes for
-malign-branch-prefix-size. The bytes stay where they were, bundles keep
their boundaries, and the no-ops are no longer executed: what executing
the padding costs, measured against the same code with it.

Which prefix: the instruction's own segment if it has one (%gs, repeated),
ss for (%rsp) operands, cs for instructions without a memory operand. Left
alone: string instructions (a segment prefix would change their source),
RIP-relative operands, no-ops that a branch targets, relative branches
(a prefix would keep the branch from fusing with its compare), and any
run whose absorption would move an instruction a branch targets.
"""
import re
import subprocess
import sys

LEGACY = {0x66, 0x67, 0x2E, 0x3E, 0x26, 0x36, 0x64, 0x65, 0xF0, 0xF2, 0xF3}
# The no-op for each length, as gas emits them.
NOPS = {
    1: "90", 2: "6690", 3: "0f1f00", 4: "0f1f4000", 5: "0f1f440000",
    6: "660f1f440000", 7: "0f1f8000000000", 8: "0f1f840000000000",
    9: "660f1f840000000000", 10: "662e0f1f840000000000",
    11: "66662e0f1f840000000000",
}


def text_section(path):
    out = subprocess.run(["readelf", "-SW", path], capture_output=True, text=True, check=True)
    for line in out.stdout.splitlines():
        m = re.search(r"\.text\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m:
            return int(m[1], 16), int(m[2], 16)
    sys.exit(f"prefix-pad: {path}: no .text section")


def instructions(path):
    """[address, bytes, text] of every instruction of .text, in order."""
    out = subprocess.run(["objdump", "-d", "--insn-width=16", "-j", ".text", path],
                         capture_output=True, text=True, check=True)
    res = []
    for line in out.stdout.splitlines():
        f = line.split("\t")
        if len(f) < 3 or not f[0].strip().endswith(":"):
            continue
        res.append([int(f[0].strip()[:-1], 16), bytes.fromhex(f[1].replace(" ", "")), f[2].strip()])
    return res


def legacy_len(b):
    n = 0
    while n < len(b) and b[n] in LEGACY:
        n += 1
    return n


def is_nop(b):
    r = b[legacy_len(b):]
    return r == b"\x90" or r[:2] == b"\x0f\x1f"


def rel_size(b):
    """Size of a relative branch's displacement (at the end), else 0."""
    r = b[legacy_len(b):]
    if r[:1] == b"\xeb" or (r and 0x70 <= r[0] <= 0x7F):
        return 1
    if r[:1] in (b"\xe8", b"\xe9") or (r[:1] == b"\x0f" and len(r) > 1 and 0x80 <= r[1] <= 0x8F):
        return 4
    return 0


def prefix_for(b, t):
    """The redundant prefix b can take, or None."""
    mnem = t.split()[0]
    if re.match(r"(rep|movs|stos|cmps|scas|lods)", mnem) or "(%rip)" in t or rel_size(b):
        return None
    if 0x65 in b[: legacy_len(b)]:
        return 0x65
    if "(" not in t or mnem.startswith("lea"):
        return 0x2E
    if "(%rsp" in t:
        return 0x36
    return None


def nops(n):
    out = b""
    while n > 0:
        k = min(n, 11)
        out += bytes.fromhex(NOPS[k])
        n -= k
    return out


def absorb(ins, body, nop_end, targets, maxp):
    """(start, new bytes, no-ops left) for the instructions body (indexes)
    and the padding after them up to nop_end, or None. Prefixes go on the
    last instructions first; giving one to an instruction moves those
    after it, which must not be branch targets."""
    need = nop_end - ins[body[-1]][0] - len(ins[body[-1]][1])
    add = dict.fromkeys(body, b"")  # the prefix bytes each one gets
    for pos in range(len(body) - 1, -1, -1):
        if need == 0:
            break
        if pos + 1 < len(body) and ins[body[pos + 1]][0] in targets:
            break
        _, b, t = ins[body[pos]]
        p = prefix_for(b, t)
        if p is None:
            continue
        add[body[pos]] = bytes([p]) * min(maxp, 15 - len(b), need)
        need -= len(add[body[pos]])
    start = ins[body[0]][0]
    out = bytearray()
    for q in body:
        a, b, t = ins[q]
        moved = start + len(out) - a
        nb = bytearray(add[q] + b)
        rs = rel_size(b)
        if moved + len(add[q]) and rs:
            rel = int.from_bytes(nb[-rs:], "little", signed=True) - moved - len(add[q])
            if not -(1 << (8 * rs - 1)) <= rel < 1 << (8 * rs - 1):
                return None
            nb[-rs:] = rel.to_bytes(rs, "little", signed=True)
        elif moved and "(%rip)" in t:
            return None
        out += nb
    out += nops(need)
    return start, bytes(out), (need + 10) // 11


def main():
    src, dst = sys.argv[1], sys.argv[2]
    maxp = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    va, off = text_section(src)
    ins = instructions(src)
    targets = set()
    for a, b, t in ins:
        m = re.match(r"(j\w+|call\w*)\s+([0-9a-f]+) <", t)
        if m:
            targets.add(int(m[2], 16))
    data = bytearray(open(src, "rb").read())
    runs = rewritten = removed = 0
    i = 0
    while i < len(ins):
        if not is_nop(ins[i][1]):
            i += 1
            continue
        bundle = ins[i][0] // 32
        j = i
        while j < len(ins) and is_nop(ins[j][1]) and ins[j][0] // 32 == bundle:
            j += 1
        first = i
        while first > 0 and ins[first - 1][0] // 32 == bundle and not is_nop(ins[first - 1][1]):
            first -= 1
        runs += 1
        end = ins[j - 1][0] + len(ins[j - 1][1])
        r = None
        if first < i and not any(ins[q][0] in targets for q in range(i, j)):
            r = absorb(ins, list(range(first, i)), end, targets, maxp)
        if r and r[2] < j - i:
            start, new, left = r
            data[start - va + off : end - va + off] = new
            rewritten += 1
            removed += j - i - left
        i = j
    open(dst, "wb").write(data)
    print(f"prefix-pad: {runs} runs of padding, {rewritten} absorbed, {removed} no-ops removed",
          file=sys.stderr)


main()
