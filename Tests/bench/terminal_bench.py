#!/usr/bin/env python3
"""Benchmarks of the real program in a pseudo-terminal (run by `make bench`).

  launch    time from exec to the first full frame of `sobes` on chapter 04, against
            `less` showing the first screen of the same file, in the same run;
  keys      CPU time per keystroke (update + render + flush) at 200x60: the CPU of a run
            that takes N keys, less that of a run that takes none, over N;
  rss       peak resident memory with chapter 04 open.

Usage: terminal_bench.py SOBES CHAPTER.md [--runs N] [--keys N]
"""
import argparse
import fcntl
import os
import pty
import resource
import select
import statistics
import struct
import sys
import termios
import time


def spawn(argv, cols, rows, env_extra=None):
    pid, fd = pty.fork()
    if pid == 0:
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", LESS="")
        env.update(env_extra or {})
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd


def read_until(fd, marker, timeout=10.0):
    """Reads the child's output until `marker` appears; returns the time it did."""
    seen = b""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if marker in seen:
                return time.perf_counter()
    raise RuntimeError(f"never saw {marker!r}; got {seen[-300:]!r}")


def drain(fd, seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        ready, _, _ = select.select([fd], [], [], 0.01)
        if ready:
            try:
                if not os.read(fd, 65536):
                    return
            except OSError:
                return


def finish(pid, fd, quit_keys):
    os.write(fd, quit_keys)
    deadline = time.time() + 10
    while time.time() < deadline:
        drain(fd, 0.02)
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            os.close(fd)
            return usage
    os.kill(pid, 9)
    _, _, usage = os.wait4(pid, 0)
    os.close(fd)
    return usage


def launch_time(argv, marker, quit_keys, cols=120, rows=40):
    start = time.perf_counter()
    pid, fd = spawn(argv, cols, rows)
    seen = read_until(fd, marker)
    finish(pid, fd, quit_keys)
    return seen - start


def cpu(usage):
    return usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sobes")
    parser.add_argument("chapter")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--keys", type=int, default=600)
    args = parser.parse_args()

    # less has drawn its first screen when its prompt (the file's name) is out, after the text.
    less_marker = args.chapter.encode()
    sobes_marker = "выход".encode()  # the end of the status bar, the frame's last row

    sobes_times, less_times = [], []
    for _ in range(args.runs):
        sobes_times.append(launch_time([args.sobes], sobes_marker, b"q"))
        less_times.append(launch_time(["less", args.chapter], less_marker, b"q"))
    s, l = statistics.median(sobes_times), statistics.median(less_times)
    print(f"launch to first frame at 120x40: sobes median {s*1e3:.1f} ms, less median {l*1e3:.1f} ms, "
          f"ratio {s/l:.2f}x (budget: sobes <= 50 ms), {args.runs} runs each")

    # CPU per keystroke at 200x60: a run with N keys against a run with none.
    def run_with_keys(count):
        pid, fd = spawn([args.sobes], 200, 60)
        read_until(fd, sobes_marker)
        keys = [b"j", b"k", b"\t", b"j", b"\t", b" ", b"b", b"\t", b"]", b"["]
        for i in range(count):
            os.write(fd, keys[i % len(keys)])
            if i % 20 == 19:
                drain(fd, 0.003)
        drain(fd, 0.2)
        return finish(pid, fd, b"q")

    base = [cpu(run_with_keys(0)) for _ in range(5)]
    loaded = [cpu(run_with_keys(args.keys)) for _ in range(5)]
    per_key = (statistics.median(loaded) - statistics.median(base)) / args.keys
    print(f"CPU per keystroke at 200x60 (update + render + flush): {per_key*1e3:.3f} ms "
          f"({args.keys} keys; budget <= 1 ms)")

    usage = run_with_keys(50)
    print(f"peak RSS with chapter 04 open: {usage.ru_maxrss / 1024:.1f} MB (budget <= 30 MB)")


if __name__ == "__main__":
    sys.exit(main())
