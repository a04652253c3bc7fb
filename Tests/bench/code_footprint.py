#!/usr/bin/env python3
"""How much code a keystroke runs through: the distinct 64-byte lines and 4 KB pages of
machine code executed over a case's measured keys (callgrind_keys.py's cases, under
callgrind with --dump-instr=yes).

Why: a key that changes nothing costs several times the floor of keystroke_bench.py though
it runs under 0.1M instructions; a key handled right after another costs a few µs. The
first key after the process slept pays for every cache line and page it touches cold, so
the footprint, not the instruction count, is the figure to bring down for it.

Usage: code_footprint.py SOBES CONTENT_DIR OUTDIR [nochange|j|space|search ...]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from callgrind_keys import CASES, keys_case, prepare  # noqa: E402


def executed_code(path):
    """The distinct addresses of executed instructions in a callgrind file written with
    --dump-instr=yes, as (64-byte lines, 4 KB pages)."""
    lines, pages = set(), set()
    address = 0
    for text in open(path, errors="replace"):
        if not text.strip() or text[0].isalpha():
            continue  # a spec line (fn=, calls=, ...); the line after calls= is a position too
        position = text.split()[0]
        if position.startswith("0x"):
            address = int(position, 16)
        elif position[0] in "+-":
            address += int(position)
        elif position != "*":
            continue
        lines.add(address >> 6)
        pages.add(address >> 12)
    return lines, pages


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, content, outdir = sys.argv[1:4]
    stripped = prepare(binary, content, outdir)
    for name in sys.argv[4:] or ["nochange", "j"]:
        path, count = keys_case(stripped, content, outdir, name, ["--dump-instr=yes"])
        lines, pages = executed_code(path)
        print(f"{name}: {len(lines)} distinct lines (64 B) of code on {len(pages)} pages (4 KB) "
              f"over {count} keys ({path})", flush=True)


if __name__ == "__main__":
    sys.exit(main())
