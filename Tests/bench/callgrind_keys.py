#!/usr/bin/env python3
"""Instruction counts per keystroke and before the first frame, under valgrind's callgrind:
what to compare before and after a change when the machine is too loaded for timings.

  keys         per key at 200x60: counters zeroed once the set-up keys are in and the
               process is quiet (the notes and the search index are built in the
               background), dumped after the measured keys (callgrind_control);
  first-frame  at 120x40: everything from exec until the status bar is out.

valgrind cannot read the debug information of the release binary (about 100 MB): the script
runs a copy without it (objcopy --strip-debug; the symbols stay). Each run has a data
directory of its own. Output files stay in OUTDIR for callgrind_annotate.

Usage: callgrind_keys.py SOBES CONTENT_DIR OUTDIR [j|space|search|nochange|first-frame ...]
"""
import glob
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from keystroke_bench import cpu_since, thread_cpu_ns  # noqa: E402
from terminal_bench import drain, finish, read_until, spawn  # noqa: E402

MARKER = "выход".encode()

# name: (set-up keys, measured keys); the keys alternate where one key alone would stop
# changing the screen (chapter 04's list is short, its code examples two pages long).
CASES = {
    "j": ([], [b"j", b"k"] * 5),
    "space": ([b"j", b"j", b"\x1b[Z"], [b" ", b"b"] * 5),  # Shift+Tab: the code pane
    # A letter typed and taken back first: the first query starts the search index (built,
    # or mapped from the cache), which must be done before the counters are zeroed.
    "search": ([b"/", b"a", b"\x7f"], [bytes([c]) for c in b"asynciotas"]),
    # One k first: the first key of a run looks its binding table up once (a one-time cost).
    "nochange": ([b"k"], [b"k"] * 10),
}


def total_instructions(path):
    text = open(path).read()
    match = re.search(r"^summary:\s+(\d+)", text, re.M) or re.search(r"^totals:\s+(\d+)", text, re.M)
    return int(match.group(1))


def launch(binary, content, out, cols, rows, options=()):
    """`sobes` as people start it, with no arguments: the library and the data directory
    come from the environment (SOBES_CONTENT, SOBES_DATA_DIR), the chapter cache is the
    user's (warm after the first run)."""
    argv = ["valgrind", "--tool=callgrind", *options, f"--callgrind-out-file={out}.%p", binary]
    environment = {"SOBES_CONTENT": os.path.abspath(content), "SOBES_DATA_DIR": tempfile.mkdtemp(prefix="sobes-callgrind-")}
    pid, fd = spawn(argv, cols, rows, environment)
    read_until(fd, MARKER, timeout=300)
    return pid, fd


def dump(pid, out, tag):
    subprocess.run(["callgrind_control", "-d", tag, str(pid)], capture_output=True)
    dumps = sorted(glob.glob(f"{out}.{pid}.*"))
    return dumps[-1] if dumps else None


def keys_case(binary, content, outdir, name, options=()):
    """Runs one case under callgrind; returns its dump (the measured keys only) and how many keys."""
    setup, keys = CASES[name]
    out = os.path.join(outdir, name)
    pid, fd = launch(binary, content, out, 200, 60, options)
    for key in setup:
        os.write(fd, key)
        drain(fd, 0.4)
    for _ in range(600):  # quiet: less than 5% of a core over a second (a library's index under valgrind takes minutes)
        before = thread_cpu_ns(pid)
        drain(fd, 1.0)
        if cpu_since(pid, before) < 50_000_000:
            break
    subprocess.run(["callgrind_control", "-z", str(pid)], capture_output=True)
    for key in keys:
        os.write(fd, key)
        drain(fd, 0.4)
    path = dump(pid, out, name)
    finish(pid, fd, b"\x1bq" if setup[:1] == [b"/"] else b"q")
    return path, len(keys)


def first_frame(binary, content, outdir):
    out = os.path.join(outdir, "first-frame")
    pid, fd = launch(binary, content, out, 120, 40)
    path = dump(pid, out, "first-frame")
    finish(pid, fd, b"q")
    print(f"first-frame: {total_instructions(path) / 1e6:.1f}M instructions to the first frame at 120x40 ({path})")


def prepare(binary, content, outdir):
    """The binary valgrind can read, and the user's cache warmed; returns the binary's path."""
    os.makedirs(outdir, exist_ok=True)
    stripped = os.path.join(outdir, "sobes-without-debug-info")
    subprocess.run(["objcopy", "--strip-debug", binary, stripped], check=True)
    # The cache warmed at native speed: chapter entries, the search index and the follow-ups'
    # links kept beside it. Otherwise the run under valgrind links the follow-ups in the
    # background while keys are counted (two searches a follow-up: hours at 1000 chapters).
    subprocess.run([binary, "list", "--format", "json"], env=dict(os.environ, SOBES_CONTENT=os.path.abspath(content)),
                   stdout=subprocess.DEVNULL, check=True)
    return stripped


def main():
    binary, content, outdir = sys.argv[1:4]
    wanted = sys.argv[4:] or [*CASES, "first-frame"]
    stripped = prepare(binary, content, outdir)
    for name in wanted:
        if name == "first-frame":
            first_frame(stripped, content, outdir)
        else:
            path, count = keys_case(stripped, content, outdir, name)
            print(f"{name}: {total_instructions(path) / count / 1e6:.3f}M instructions per key "
                  f"({count} keys at 200x60; {path})", flush=True)
    time.sleep(0.2)


if __name__ == "__main__":
    sys.exit(main())
