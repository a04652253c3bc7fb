#!/usr/bin/env python3
"""Walks every code block of a library in the real program, in tmux, at the five sizes, and
counts the Python lines the code pane shows whole (no cut mark at its edge).

Usage: code_lines.py SOBES CONTENT_DIR [MIN_SHARE]
Prints one line per size: "WxH: whole/lines = share". Exits 1 when a size of 120 columns
or more shows less than MIN_SHARE (default 0.95) whole. (That a cut line is marked is
BrowserTests' CodeCutTests.)
"""
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata

SIZES = [(80, 24), (100, 30), (120, 40), (160, 50), (200, 60)]
CUT_MARK = "›"


def cells(line, width):
    """The line as terminal cells: a wide character takes two, the second empty."""
    out = []
    for ch in line:
        out.append(ch)
        if unicodedata.east_asian_width(ch) in "WF":
            out.append("")
    out += [" "] * (width - len(out))
    return out[:width]


class Session:
    def __init__(self, sobes, content, width, height, data):
        self.socket = f"sobes-code-lines-{os.getpid()}-{width}"
        self.width, self.height = width, height
        env = ["-e", "LANG=C.UTF-8", "-e", "LC_ALL=C.UTF-8", "-e", "TERM=xterm-256color",
               "-e", f"SOBES_DATA_DIR={data}", "-e", f"XDG_DATA_HOME={data}/xdg-data",
               "-e", f"XDG_CONFIG_HOME={data}/xdg-config", "-e", f"SOBES_CONTENT={content}"]
        self.tmux("-f", "/dev/null", "new-session", "-d", "-x", str(width), "-y", str(height), *env,
                  f"{sobes}; sleep 600")
        self.tmux("set-option", "-g", "status", "off")
        self.tmux("resize-window", "-x", str(width), "-y", str(height))
        self.settle()

    def tmux(self, *args):
        return subprocess.run(["tmux", "-L", self.socket, *args], check=True,
                              capture_output=True, text=True).stdout

    def screen(self):
        return self.tmux("capture-pane", "-p").split("\n")[: self.height]

    def settle(self):
        previous = None
        for _ in range(200):
            time.sleep(0.03)
            current = self.screen()
            if current == previous and any(line.strip() for line in current):
                return current
            previous = current
        return current

    def keys(self, *keys):
        self.tmux("send-keys", *keys)
        return self.settle()

    def close(self):
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


def code_pane(screen):
    """(x, title row, title text) of the code pane, or None."""
    for row, line in enumerate(screen):
        match = re.search(r" Код · блок (\d+)/(\d+)", line)
        if match:
            return len(line[: match.start()]), row, line[match.start():]
    return None


def measure(sobes, content, width, height, data):
    session = Session(sobes, content, width, height, data)
    seen = {}  # (question, block, line number) -> whole?
    try:
        screen = session.screen()
        question = 1
        while True:
            # Backwards from the list is the code pane (forwards, Tab stops on follow-ups).
            screen = session.keys("BTab")
            while True:
                pane = code_pane(screen)
                if pane is None:
                    break
                x, title_row, title = pane
                block = re.search(r"блок (\d+)/(\d+)", title)
                number, count = int(block.group(1)), int(block.group(2))
                python = "python" in title
                for line in screen[title_row + 1: height - 1]:
                    row = cells(line, width)[x:]
                    text = "".join(row)
                    gutter = re.match(r"^\s*(\d+) ", text)
                    if not gutter or not python:
                        continue
                    body = text[gutter.end():].rstrip()
                    whole = not body.endswith(CUT_MARK)
                    if body.rstrip(CUT_MARK).strip():
                        seen[(question, number, int(gutter.group(1)))] = whole
                if "конец" in title or "всё" in title:
                    if number >= count:
                        break
                    screen = session.keys("]")
                else:
                    screen = session.keys("Space")
            before = session.keys("Tab")  # from the code pane, forwards wraps to the list
            screen = session.keys("j")
            if screen == before:
                break  # the last question
            question += 1
    finally:
        session.close()
    return seen


def main():
    sobes, content = sys.argv[1], sys.argv[2]
    floor = float(sys.argv[3]) if len(sys.argv) > 3 else 0.95
    failed = False
    for width, height in SIZES:
        # A data directory of its own: a saved reading position would start past question 1.
        with tempfile.TemporaryDirectory() as data:
            seen = measure(sobes, content, width, height, data)
            whole = sum(seen.values())
            share = whole / len(seen) if seen else 0.0
            print(f"{width}x{height}: {whole}/{len(seen)} Python lines whole = {share:.1%}")
            if not seen:
                print("  no code lines seen"); failed = True
            if width >= 120 and share < floor:
                print(f"  below {floor:.0%}"); failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
