#!/usr/bin/env bash
# The bytes of an OSC 8 hyperlink as the program writes them to a terminal (a Python pty reads
# them raw): the browser and `sobes show` mark a link to the web with its URL around its text
# alone; links into the library get none; SOBES_HYPERLINKS=0, TERM=linux and a pipe get the
# text with "(url)" after it instead.
source "$(dirname "$0")/lib.sh"

export SOBES_CONTENT="$(cd "$(dirname "$0")/../ChapterTests/Fixtures/links" && pwd)"

# run_in_pty OUTPUT KEYS [VAR=VALUE...] -- ARGS...: runs sobes in a 120x36 pty, types KEYS
# (then q) and writes every byte it printed to OUTPUT.
run_in_pty() {
    python3 - "$@" <<'PY'
import fcntl, os, pty, select, struct, sys, termios, time
output, keys, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
split = rest.index("--")
env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
env.update(pair.split("=", 1) for pair in rest[:split])
pid, fd = pty.fork()
if pid == 0:
    os.execve(os.environ["SOBES"], [os.environ["SOBES"]] + rest[split + 1:], env)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
data = bytearray()
def pump(seconds):
    end = time.time() + seconds
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return False
            if not chunk:
                return False
            data.extend(chunk)
    return True
pump(2.0)
for key in keys:
    os.write(fd, key.encode())
    pump(0.5)
os.write(fd, b"q")
for _ in range(50):
    if not pump(0.1):
        break
os.waitpid(pid, 0)
open(output, "wb").write(bytes(data))
PY
}

url="https://docs.python.org/3/library/asyncio-queue.html"
expected=$'\e]8;id=sobes-3;'"$url"$'\e\\документации\e]8;;\e\\'

run_in_pty "$DATA_DIR/browser.out" "" -- 
grep -qaF -- "$expected" "$DATA_DIR/browser.out" || fail "the browser wrote no OSC 8 hyperlink around the link's text: $(grep -ao $'\e]8;[^\e]*' "$DATA_DIR/browser.out" | head -3)"
[ "$(grep -aoF $'\e]8;id=' "$DATA_DIR/browser.out" | wc -l)" -ge 1 ] || fail "no hyperlink"
# Only links to the web: the two links into the library (таймауты, раздел об ошибках) have none.
if grep -aoE $'\e]8;id=sobes-[12];' "$DATA_DIR/browser.out" >/dev/null; then fail "a link into the library was written as a hyperlink"; fi
if grep -qaF "($url)" "$DATA_DIR/browser.out"; then fail "the URL is printed after a hyperlink's text"; fi

run_in_pty "$DATA_DIR/off.out" "" SOBES_HYPERLINKS=0 --
if grep -qaF $'\e]8;' "$DATA_DIR/off.out"; then fail "SOBES_HYPERLINKS=0 still wrote OSC 8"; fi
grep -qaF "($url" "$DATA_DIR/off.out" || fail "without hyperlinks the URL is not shown after the text"

run_in_pty "$DATA_DIR/linux.out" "" TERM=linux --
if grep -qaF $'\e]8;' "$DATA_DIR/linux.out"; then fail "the Linux console was sent OSC 8"; fi

run_in_pty "$DATA_DIR/show.out" "" -- show 01-queues/1 --width 80
grep -qaF -- "$expected" "$DATA_DIR/show.out" || fail "sobes show to a terminal wrote no OSC 8 hyperlink"
piped="$("$SOBES" show 01-queues/1 --width 80 | cat)"
echo "$piped" | grep -qF "документации" || fail "sobes show lost the link's text"
echo "$piped" | tr -s ' \n' '  ' | grep -qF "документации ($url)" || fail "a pipe does not get text (url): $piped"
if printf '%s' "$piped" | grep -qaF $'\e]8;'; then fail "a pipe got OSC 8"; fi
echo ok
