#!/usr/bin/env python3
"""Where the instructions of a callgrind file go, by function: what `callgrind_annotate`
gets wrong after the counters were zeroed mid-run (as `callgrind_keys.py` does), it
attributes the whole run to `main`.

  self FILE [N]                the N functions with the most instructions of their own
  callees FILE PATTERN [DIV]   per function whose name holds PATTERN: its total and what
                               each function it calls costs (divided by DIV: 10 for the
                               10 keys of a callgrind_keys.py case gives figures per key)
  callers FILE PATTERN [N]     per function whose name holds PATTERN: who calls it, and
                               what those calls cost

Names are the mangled symbols (`swift demangle` reads them). Typical use:

  callgrind_tree.py callees OUT/j.*.1 FrameWriterV4draw 10
  callgrind_tree.py callers OUT/first-frame.*.1 __swift_instantiateConcreteTypeFromMangledName
"""
import collections
import re
import sys


def read(path):
    """Self cost per function, and the inclusive cost of each caller → callee edge."""
    names = {}
    self_cost = collections.Counter()
    edges = collections.defaultdict(collections.Counter)
    function = callee = None
    after_calls = False

    def name(rest):
        match = re.match(r"\((\d+)\)(?:\s+(.*))?", rest)
        if not match:
            return rest
        if match.group(2):
            names[match.group(1)] = match.group(2)
        return names.get(match.group(1), rest)

    for line in open(path, errors="replace"):
        line = line.rstrip("\n")
        if line.startswith("fn="):
            function, after_calls = name(line[3:]), False
        elif line.startswith("cfn="):
            callee = name(line[4:])
        elif line.startswith(("cfi=", "cfl=", "cob=", "fl=", "fi=", "fe=", "ob=")):
            continue
        elif line.startswith("calls="):
            after_calls = True
        elif line and (line[0].isdigit() or line[0] in "+-*"):
            parts = line.split()
            if len(parts) < 2:
                continue
            if after_calls:
                edges[function][callee] += int(parts[1])
                after_calls = False
            else:
                self_cost[function] += int(parts[1])
    return self_cost, edges


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("self", "callees", "callers"):
        sys.exit(__doc__)
    mode, path = sys.argv[1], sys.argv[2]
    self_cost, edges = read(path)
    if mode == "self":
        count = int(sys.argv[3]) if len(sys.argv) > 3 else 40
        total = sum(self_cost.values())
        for function, cost in self_cost.most_common(count):
            print(f"{cost:>12,} {100 * cost / total:5.1f}%  {function[:150]}")
        print(f"{total:>12,} in all")
        return
    pattern = sys.argv[3]
    if mode == "callees":
        divisor = float(sys.argv[4]) if len(sys.argv) > 4 else 1
        for function in sorted(edges.keys() | self_cost.keys()):
            if pattern not in function:
                continue
            total = self_cost[function] + sum(edges[function].values())
            print(f"== {function[:140]}  all {total / divisor:,.0f}, own {self_cost[function] / divisor:,.0f}")
            for called, cost in edges[function].most_common(15):
                print(f"   {cost / divisor:>12,.0f}  {called[:150]}")
    else:
        count = int(sys.argv[4]) if len(sys.argv) > 4 else 12
        callers = collections.defaultdict(collections.Counter)
        for function, called in edges.items():
            for callee, cost in called.items():
                callers[callee][function] += cost
        for callee in sorted(callers):
            if pattern not in callee:
                continue
            print(f"== {callee[:140]}")
            for function, cost in callers[callee].most_common(count):
                print(f"   {cost:>12,}  {function[:170]}")


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:
        pass
