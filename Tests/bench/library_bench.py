#!/usr/bin/env python3
"""Library-size benchmarks of the real program (run by `make bench`): the chapter cache.

  first frame  exec to the first full frame at 120x40, sobes against `less` on the same
               first chapter in the same run, per library size, with a warm cache and a
               cold one (emptied before each run);
  search       `sobes search WORD --content DIR` as a whole process (warm cache) against
               `rg -i WORD DIR`;
  rss          peak resident memory once the library is loaded and indexed (the index file
               and the follow-ups' links written by earlier runs, as with a warm cache), and
               that of the run that links the follow-ups.

Libraries: chapter 04 alone, then make_corpus.py's 10x, 100x, 1000x (built on demand under
SOBES_CORPUS, default /tmp/mdcorpus). Data, cache and config live in a temporary folder.

Usage: library_bench.py SOBES CONTENT_DIR [--runs N] [--scales 1,10,100,1000] [--word W]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from terminal_bench import spawn, read_until, finish, drain  # noqa: E402

MARKER = "выход".encode()  # the end of the status bar, the frame's last row


def corpus(scale, root, tools):
    folder = os.path.join(root, f"{scale}x")
    if not os.path.exists(os.path.join(folder, "manifest.json")):
        subprocess.run([sys.executable, os.path.join(tools, "make_corpus.py"), "--scale", str(scale), "--out", folder],
                       check=True, stdout=subprocess.DEVNULL)
    return os.path.join(folder, "chapters")


def first_chapter(library):
    """The file sobes opens with: the lowest leading number in its name, then the name."""
    names = sorted(n for n in os.listdir(library) if n.lower().endswith(".md") and n.lower() != "readme.md")
    def key(name):
        digits = ""
        for c in name:
            if not c.isdigit():
                break
            digits += c
        return (int(digits) if digits else 10**9, name)
    return os.path.join(library, min(names, key=key))


class Environment:
    def __init__(self, library):
        self.root = tempfile.mkdtemp(prefix="sobes-library-bench-")
        self.cache = os.path.join(self.root, "cache")
        self.env = dict(os.environ, SOBES_CONTENT=library, SOBES_DATA_DIR=os.path.join(self.root, "data"),
                        SOBES_CACHE_DIR=self.cache, XDG_DATA_HOME=os.path.join(self.root, "xdg-data"),
                        XDG_CONFIG_HOME=os.path.join(self.root, "xdg-config"))

    def empty_cache(self):
        shutil.rmtree(self.cache, ignore_errors=True)

    def close(self):
        shutil.rmtree(self.root, ignore_errors=True)


def first_frame(argv, env, marker):
    start = time.perf_counter()
    pid, fd = spawn(argv, 120, 40, env)
    seen = read_until(fd, marker)
    finish(pid, fd, b"q")
    return seen - start


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def peak_rss(sobes, env, until=None):
    """Peak RSS of a browser left until its CPU time stops growing (library read and indexed),
    after `until()` holds when one is given."""
    pid, fd = spawn([sobes], 120, 40, env)
    read_until(fd, MARKER)
    deadline = time.time() + 300
    while until and not until() and time.time() < deadline:
        drain(fd, 0.5)
    last, still = -1, 0
    deadline = time.time() + 60
    while still < 5 and time.time() < deadline:
        drain(fd, 0.1)
        ticks = cpu_ticks(pid)
        still = still + 1 if ticks == last else 0
        last = ticks
    usage = finish(pid, fd, b"q")
    return usage.ru_maxrss / 1024


def timed_process(argv, env, runs):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sobes")
    parser.add_argument("content")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--scales", default="1,10,100,1000")
    parser.add_argument("--word", default="семафор")
    args = parser.parse_args()
    sobes = os.path.abspath(args.sobes)
    root = os.environ.get("SOBES_CORPUS", "/tmp/mdcorpus")
    tools = os.environ.get("SOBES_SHARED_TOOLS", os.path.join(os.path.dirname(__file__), "../../../shared/tools"))

    for scale in [int(s) for s in args.scales.split(",")]:
        library = os.path.abspath(args.content) if scale == 1 else corpus(scale, root, tools)
        name = "chapter 04 alone" if scale == 1 else f"{scale} chapters"
        chapter = first_chapter(library)
        environment = Environment(library)
        try:
            subprocess.run([sobes, "list"], env=environment.env, stdout=subprocess.DEVNULL, check=True)
            warm, cold, less = [], [], []
            for _ in range(args.runs):
                warm.append(first_frame([sobes], environment.env, MARKER))
                less.append(first_frame(["less", chapter], environment.env, chapter.encode()))
                environment.empty_cache()
                cold.append(first_frame([sobes], environment.env, MARKER))
            w, c, l = statistics.median(warm), statistics.median(cold), statistics.median(less)
            print(f"first frame at 120x40, {name}: sobes warm {w*1e3:.1f} ms ({w/l:.2f}x less), "
                  f"cold {c*1e3:.1f} ms ({c/l:.2f}x), less {l*1e3:.1f} ms; {args.runs} runs each (budget warm <= 2x)")

            subprocess.run([sobes, "list"], env=environment.env, stdout=subprocess.DEVNULL, check=True)
            # Warm: the chapter entries (list) and the index files of both sets of folders, the
            # browser's (bundled library = SOBES_CONTENT) and the search's (--content).
            time.sleep(2.5)  # older than the racy window, or the index is not trusted
            subprocess.run([sobes, "search", args.word], env=environment.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            search_env = dict(environment.env)
            del search_env["SOBES_CONTENT"]
            subprocess.run([sobes, "search", args.word, "--content", library], env=search_env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            s = timed_process([sobes, "search", args.word, "--content", library], search_env, args.runs)
            r = timed_process(["rg", "-i", args.word, library], search_env, args.runs) if shutil.which("rg") else float("nan")
            print(f"sobes search {args.word} --content DIR, {name}, warm cache: {s*1e3:.1f} ms; rg -i: {r*1e3:.1f} ms "
                  f"({s/r:.2f}x; budget <= 1x)")

            # The first browser after the index is written links the follow-ups (a search of
            # the whole index) and keeps the links beside it; later ones read them.
            links = os.path.join(environment.cache, "index")
            first = peak_rss(sobes, environment.env,
                             until=lambda: os.path.isdir(links) and any(n.endswith(".links") for n in os.listdir(links)))
            print(f"peak RSS, {name} loaded and indexed: {peak_rss(sobes, environment.env):.1f} MB "
                  f"(budget {'30' if scale == 1 else '64'} MB); the first start after the index was written, "
                  f"linking the follow-ups: {first:.1f} MB")
        finally:
            environment.close()


if __name__ == "__main__":
    sys.exit(main())
