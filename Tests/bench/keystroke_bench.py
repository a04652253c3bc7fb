#!/usr/bin/env python3
"""CPU per keystroke of the real process and write() calls per frame (run by `make bench`).

The program runs in a pseudo-terminal at 200x60; keys arrive one at a time at typing pace
(each key waits until the frame it caused is out and the output has been quiet a while).
The CPU is the process's own, all threads, from /proc/PID/task/*/schedstat (nanoseconds),
so ncurses' work and the terminal output are included; the CPU of an equally long idle
stretch is subtracted. It is counted thread by thread: a background thread that ends (the
start's workers do, a few seconds after going idle) would otherwise take all its CPU out
of a total, and the idle stretch it ended in would add about a millisecond to every key. `less` takes the same measurement for a line down (`j`) in the same
run, and each figure is reported with its ratio to it. The floor under a key that changes
nothing is measured too: key_floor.c, a loop that only waits for a key and reads it (built
with `cc` when there is one), shows what the kernel and the pseudo-terminal alone cost a key
on this machine. And the floor under a key that changes the answer and the code pane
(`j`, `k`, Space): pane_floor.c, which only hands ncurses two such panes' worth of styled
cells a key, as Sobes's frame writer does, and calls doupdate — what the terminal library
alone costs that much change. `less` paging a whole screen (Space, b) is its peer. A key typed
into search is also reported against fzf (when installed) typing the same keys over the
library's question headings.

write() calls per frame: the process's write-family system calls between one key and the
next (syscw in /proc/PID/io), for the keys whose frame reached the terminal.
(`strace -f -c -e trace=write` over a whole run gives the same totals; per key it cannot,
its own output is buffered.)

With --only search, only typing into search is measured: for a large library, e.g. the
1000-chapter one of make_corpus.py (CHAPTER is then one of its chapters; the start's
background reading, indexing and follow-up linking is waited out before the keys). Give it
--pace 0.3 there: a query over 1000 chapters outlasts the default quiet, and a search still
running after a key's window would be counted as idle time and subtracted.

Usage: keystroke_bench.py SOBES CHAPTER.md [--keys N] [--pace SECONDS] [--only search]
"""
import argparse
import atexit
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from terminal_bench import drain, finish, read_until, spawn  # noqa: E402

COLS, ROWS = 200, 60
SEARCH_CASE = "a key typed into search"
NOCHANGE_CASE = "a key that changes nothing (k at the top)"
SOBES_MARKER = "выход".encode()


def sobes_argv(sobes, chapter):
    """The browser on the library that holds `chapter`, with a data directory of its own
    (a reading position saved by an earlier run would change where the keys start)."""
    data = tempfile.mkdtemp(prefix="sobes-bench-")
    atexit.register(shutil.rmtree, data, True)
    return [sobes, "--content", os.path.dirname(os.path.abspath(chapter)), "--data", data]


def thread_cpu_ns(pid):
    """CPU time of each living thread of `pid` so far, in nanoseconds, by thread id."""
    times = {}
    for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            with open(path) as f:
                times[path.split("/")[4]] = int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass  # a thread that ended between the listing and the read
    return times


def cpu_since(pid, before):
    """CPU time the threads of `pid` used since `before` (a `thread_cpu_ns` snapshot), in
    nanoseconds: per thread, so a thread that ends in between takes its time with it rather
    than out of the others' (a sum over the threads would drop by all it ever used: the
    background workers a start leaves end a few seconds after going idle)."""
    return sum(max(0, ns - before.get(tid, 0)) for tid, ns in thread_cpu_ns(pid).items())


def settle(fd, quiet=0.03, longest=1.0):
    """Reads output until none has come for `quiet` seconds; returns the bytes read."""
    import select
    seen = 0
    end = time.perf_counter() + longest
    last = time.perf_counter()
    while time.perf_counter() < end and time.perf_counter() - last < quiet:
        ready, _, _ = select.select([fd], [], [], 0.005)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += len(chunk)
            last = time.perf_counter()
    return seen


def write_calls(pid):
    """write() calls the process has made so far (syscw in /proc/PID/io: every write-family
    call on any descriptor; between two keys that is the terminal's, and rarely a wake-up
    byte on the program's own completion pipe)."""
    with open(f"/proc/{pid}/io") as f:
        for line in f:
            if line.startswith("syscw:"):
                return int(line.split()[1])
    return 0


class Session:
    """A program in a pseudo-terminal, its pid and its output."""

    def __init__(self, argv, marker, quit_keys, setup=b"", environment=None):
        self.pid, self.fd = spawn(argv, COLS, ROWS, environment)
        self.quit_keys = quit_keys
        read_until(self.fd, marker)
        if setup:
            os.write(self.fd, setup)
        settle(self.fd, quiet=0.2)
        self.wait_until_idle()

    def wait_until_idle(self, quiet=3.0, longest=300.0):
        """Waits for the work a start leaves in the background (a large library is read, indexed
        and its follow-ups linked after the first frame, with pauses between): until `quiet`
        seconds pass with under 2% of a core."""
        end = time.perf_counter() + longest
        while time.perf_counter() < end:
            before = thread_cpu_ns(self.pid)
            drain(self.fd, quiet)
            if cpu_since(self.pid, before) < quiet * 20_000_000:
                return

    def press(self, keys, pace):
        """Sends `keys` one at a time; per key: CPU ms (idle CPU subtracted), write() calls,
        bytes written to the terminal."""
        measured = []
        for key in keys:
            cpu, writes = thread_cpu_ns(self.pid), write_calls(self.pid)
            started = time.perf_counter()
            os.write(self.fd, key)
            out = settle(self.fd, quiet=pace)
            measured.append((cpu_since(self.pid, cpu), time.perf_counter() - started,
                             write_calls(self.pid) - writes, out))
        idle_ns, idle_s = self.idle_rate()
        return [(max(0.0, ns - idle_ns / idle_s * s) / 1e6, writes, out) for ns, s, writes, out in measured]

    def idle_rate(self, seconds=1.0):
        before = thread_cpu_ns(self.pid)
        started = time.perf_counter()
        drain(self.fd, seconds)
        return cpu_since(self.pid, before), time.perf_counter() - started

    def close(self):
        finish(self.pid, self.fd, self.quit_keys)


def amount(count):
    return f"{count / 1024:.1f} KB" if count >= 1024 else f"{count:.0f} bytes"


def summary(name, measured, less_ms=None, floor_ms=None, floor_name="the floor"):
    cpu = statistics.median(ms for ms, _, _ in measured)
    frames = [writes for _, writes, out in measured if out > 0]
    silent = sum(1 for _, writes, out in measured if out == 0 and writes == 0)
    ratio = f" ({cpu / less_ms:.1f}x less)" if less_ms else ""
    if floor_ms:
        ratio += f" ({cpu / floor_ms:.1f}x {floor_name})"
    sent = [out for _, _, out in measured if out > 0]
    writes = (f"write() per frame median {statistics.median(frames):.0f}, max {max(frames)}, "
              f"{amount(statistics.median(sent))} sent" if frames else "no frame written")
    return (f"  {name}: CPU {cpu:.3f} ms{ratio}; {writes}; "
            f"{len(frames)} keys drew, {silent} wrote nothing")


# Each case: the keys that bring the program there, the keys measured (alternating, so that
# every one changes the screen: chapter 04's list and answers are short at 200x60), and
# which of them each reported figure takes.
def search_keys(count):
    return [bytes([c]) for c in (b"asyncio event loop coroutine task future await gather " * 20)[:count]]


def sobes_cases(count):
    return [
        (b"", [b"j", b"k"] * (count // 2), [("j (list, next question)", b"j"), ("k (list, previous question)", b"k")]),
        # Shift+Tab from the list focuses the code pane (Tab in the answer goes to its follow-ups).
        (b"jj\x1b[Z", [b" ", b"b"] * (count // 2), [("Space (code pane of question 3, page down)", b" ")]),
        (b"/", search_keys(count), [(SEARCH_CASE, None)]),
        (b"", [b"k"] * count, [(NOCHANGE_CASE, None)]),
    ]


def floor_program(name, libraries=()):
    """One of the floor programs (name.c beside this script), built into a temporary
    directory; None without a C compiler (or, for the pane floor, ncursesw's headers)."""
    compiler = shutil.which("cc") or shutil.which("clang") or shutil.which("gcc")
    if not compiler:
        return None
    out = os.path.join(tempfile.mkdtemp(prefix="sobes-floor-"), name)
    atexit.register(shutil.rmtree, os.path.dirname(out), True)
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), name + ".c")
    built = subprocess.run([compiler, "-O2", "-o", out, source, *libraries], capture_output=True)
    return out if built.returncode == 0 else None


def floor_per_key(name, libraries, marker, key, count, pace, label):
    """A floor program's median CPU per key (printed with `label`); None when it cannot be built."""
    program = floor_program(name, libraries)
    if not program:
        return None
    session = Session([program], marker, b"q")
    measured = session.press([key] * count, pace)
    session.close()
    print(summary(label, measured))
    return statistics.median(ms for ms, _, _ in measured)


# The keys whose frame changes the answer and the code pane whole: reported against the pane
# floor too (pane_floor.c: ncurses alone drawing that much change).
PANE_CASES = ("j (list, next question)", "k (list, previous question)", "Space (code pane of question 3, page down)")


def fzf_per_key(chapter, count, pace):
    """fzf's CPU per key typed over the library's questions (every `## ` heading of the
    Markdown files beside `chapter`, the same keys as Sobes's search case): the peer of a key
    typed into search. None without fzf."""
    if not shutil.which("fzf"):
        return None
    library = os.path.dirname(os.path.abspath(chapter))
    headings = []
    for name in sorted(os.listdir(library)):
        if name.endswith(".md"):
            with open(os.path.join(library, name), encoding="utf-8", errors="replace") as f:
                headings += [line[3:] for line in f if line.startswith("## ")]
    listing = os.path.join(tempfile.mkdtemp(prefix="sobes-fzf-"), "questions.txt")
    atexit.register(shutil.rmtree, os.path.dirname(listing), True)
    with open(listing, "w", encoding="utf-8") as f:
        f.writelines(headings)
    count_marker = f"{len(headings)}/{len(headings)}".encode()
    session = Session(["fzf"], count_marker, b"\x1b", environment={"FZF_DEFAULT_COMMAND": f"cat '{listing}'"})
    measured = session.press(search_keys(count), pace)
    session.close()
    print(summary(f"fzf over the library's {len(headings)} question headings, a key typed", measured))
    return statistics.median(ms for ms, _, _ in measured)


def measure(sobes, chapter, count, pace, only=None):
    less = Session(["less", chapter], chapter.encode(), b"q")
    measured = less.press([b"j"] * count, pace)
    less.close()
    less_ms = statistics.median(ms for ms, _, _ in measured)
    print(f"CPU per keystroke at {COLS}x{ROWS}, the process's own (all threads, /proc/PID/task/*/schedstat), "
          f"and write() calls per frame (/proc/PID/io syscw); {count} keys each, one at a time, "
          f"{pace*1e3:.0f} ms of quiet after each; medians:")
    print(summary("less, j (a line down)", measured))
    floor_ms = pane_ms = None
    fzf_ms = fzf_per_key(chapter, count, pace)
    if only != "search":
        # A page forward and back: every key redraws the whole screen (the file is longer than two pages).
        paging = Session(["less", chapter], chapter.encode(), b"q")
        paged = paging.press([b" ", b"b"] * (count // 2), pace)
        paging.close()
        print(summary("less, Space/b (a page down and up: the whole screen)", paged))
        floor_ms = floor_per_key("key_floor", [], b"key floor ready", b"k", count, pace,
                                 "floor: a C loop that only waits for a key and reads it")
        pane_ms = floor_per_key("pane_floor", ["-lncursesw"], b"pane floor ready", b"j", count, pace,
                                "pane floor: ncurses alone redrawing the answer and code panes (pane_floor.c)")
    for setup, keys, reports in sobes_cases(count):
        if only == "search" and reports[0][0] != SEARCH_CASE:
            continue
        session = Session(sobes_argv(sobes, chapter), SOBES_MARKER, b"\x1bq" if setup == b"/" else b"q", setup)
        measured = session.press(keys, pace)
        session.close()
        for name, key in reports:
            chosen = [m for k, m in zip(keys, measured) if key is None or k == key]
            if name == NOCHANGE_CASE:
                print(summary("sobes, " + name, chosen, less_ms, floor_ms))
            elif name in PANE_CASES:
                print(summary("sobes, " + name, chosen, less_ms, pane_ms, "the pane floor"))
            else:
                print(summary("sobes, " + name, chosen, less_ms, fzf_ms, "fzf"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sobes")
    parser.add_argument("chapter")
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--pace", type=float, default=0.04, help="quiet time after a key's output")
    parser.add_argument("--only", choices=["search"], help="measure typing into search alone")
    args = parser.parse_args()
    measure(args.sobes, args.chapter, args.keys, args.pace, args.only)


if __name__ == "__main__":
    sys.exit(main())
