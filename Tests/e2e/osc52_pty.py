#!/usr/bin/env python3
"""Runs sobes on a pseudo-terminal and reads what it writes: after Tab Tab (the code pane)
and `y`, the output must carry an OSC 52 sequence whose base64 decodes to exactly the
code block the pane shows (the chapter's first code block of question 1, as written, no
line numbers); after `Y`, the question's title and short answer.

    python3 Tests/e2e/osc52_pty.py path/to/sobes CHAPTER.md
"""
import base64
import os
import pty
import re
import select
import signal
import struct
import sys
import tempfile
import time
import fcntl
import termios

OSC52 = re.compile(rb"\x1b\]52;c;([A-Za-z0-9+/=]*)(?:\x07|\x1b\\)")


def first_code_block(chapter, question):
    """The first fenced block after `## Вопрос N:`, as cmark gives it (ending in a newline)."""
    lines = open(chapter, encoding="utf-8").read().split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(f"## Вопрос {question}:"))
    opening = next(i for i in range(start, len(lines)) if lines[i].startswith("```"))
    fence = lines[opening][: len(lines[opening]) - len(lines[opening].lstrip("`"))]
    closing = next(i for i in range(opening + 1, len(lines)) if lines[i].startswith(fence) and not lines[i].strip("`"))
    return "\n".join(lines[opening + 1 : closing]) + "\n"


def read_for(fd, seconds, until=None):
    """What the program writes for `seconds`, or until `until` matches."""
    output = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
            if until is not None and until.search(output):
                # A little more: the rest of the frame after the escape.
                time.sleep(0.05)
        elif until is not None and until.search(output):
            break
    return output


def main():
    sobes, chapter = sys.argv[1], sys.argv[2]
    data = tempfile.mkdtemp(prefix="sobes-osc52-")
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "TMUX", "NO_COLOR")}
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="xterm-256color", SOBES_DATA_DIR=data,
               XDG_DATA_HOME=data + "/xdg", XDG_CONFIG_HOME=data + "/config")
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(sys.stdout.fileno(), termios.TIOCSWINSZ, struct.pack("HHHH", 40, 200, 0, 0))
        os.execve(sobes, [sobes], env)
    failures = []
    try:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 200, 0, 0))
        read_for(fd, 3.0, re.compile("Вопрос".encode()))
        read_for(fd, 0.5)
        os.write(fd, b"\t\t")
        read_for(fd, 0.5)
        os.write(fd, b"y")
        output = read_for(fd, 3.0, OSC52)
        copies = OSC52.findall(output)
        expected = first_code_block(chapter, 1)
        if len(copies) != 1:
            failures.append(f"`y` wrote {len(copies)} OSC 52 sequences, not one")
        elif base64.b64decode(copies[0]).decode("utf-8") != expected:
            failures.append("`y` copied something else than the code block:\n"
                            + base64.b64decode(copies[0]).decode("utf-8", "replace")[:400])
        else:
            print(f"ok: `y` on the code pane wrote OSC 52 with the code block, {len(expected.splitlines())} lines exactly")

        os.write(fd, b"Y")
        output = read_for(fd, 3.0, OSC52)
        copies = OSC52.findall(output)
        if len(copies) != 1:
            failures.append(f"`Y` wrote {len(copies)} OSC 52 sequences, not one")
        else:
            text = base64.b64decode(copies[0]).decode("utf-8")
            if not text.startswith("Как работает event loop в asyncio?\n\nEvent loop — бесконечный цикл"):
                failures.append("`Y` copied: " + text[:200])
            else:
                print("ok: `Y` wrote OSC 52 with the title and the short answer")
        os.write(fd, b"q")
        read_for(fd, 2.0)
    finally:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
    for failure in failures:
        print("FAIL: " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
