#!/usr/bin/env bash
# Copying and exporting: `y` and `Y` reach the clipboard through OSC 52 (read off a pty, and
# through tmux with set-clipboard on); `x` writes a study sheet; `sobes export` writes
# Markdown that loads as a chapter, HTML that parses (and renders, where Chromium is), and
# an Anki package.
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"
chapter="$here/../../Content/04-asyncio.md"
work="$(mktemp -d /tmp/sobes-e2e-export-XXXXXX)"
trap 'cleanup; rm -rf "$work"' EXIT

python3 "$here/osc52_pty.py" "$SOBES" "$chapter" || fail "OSC 52 on a pty"

# tmux with set-clipboard on takes the program's OSC 52 into its paste buffer.
cd "$work"
start_sobes 200 40
tmux -L "$SOCKET" set-option -g set-clipboard on
wait_for "Вопрос"
keys Tab Tab
keys y
wait_for "Скопирован пример кода:"
expected="$(python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import osc52_pty; print(osc52_pty.first_code_block(sys.argv[2], 1), end="")' "$here" "$chapter")"
[ "$(tmux -L "$SOCKET" show-buffer)" = "$expected" ] || fail "tmux's paste buffer is not the code block"
keys Y
wait_for "Скопированы вопрос и короткий ответ:"
tmux -L "$SOCKET" show-buffer | head -1 | grep -qF "Как работает event loop в asyncio?" || fail "Y did not reach tmux's buffer"

# A drag in the code pane selects its text; letting go copies only that text.
place() { screen | python3 -c '
import sys
text, shift = sys.argv[1], int(sys.argv[2])
for row, line in enumerate(sys.stdin.read().split("\n")):
    if text in line:
        print(line.index(text) + shift, row); break
' "$1" "${2:-0}"; }
drag_event() {  # CODE X Y M|m (0-based cell), encoded as the program asked the terminal for
    local code="$1" x=$(($2 + 1)) y=$(($3 + 1))
    if [ "$(tmux -L "$SOCKET" display -p '#{mouse_sgr_flag}')" = "1" ]; then
        tmux -L "$SOCKET" send-keys -l $'\e'"[<${code};${x};${y}$4"
    else
        [ "$4" = m ] && code=3
        tmux -L "$SOCKET" send-keys -l "$(printf "\\e[M\\$(printf %03o $((32 + code)))\\$(printf %03o $((32 + x)))\\$(printf %03o $((32 + y)))")"
    fi
    sleep 0.1
}
read -r x1 y1 <<<"$(place 'while running:')"
read -r x2 y2 <<<"$(place 'events = selector.select(timeout)' 32)"
[ -n "$x1" ] && [ -n "$x2" ] || fail "the code is not where the drag test looks"
drag_event 0 "$x1" "$y1" M
drag_event 32 "$((x1 + 4))" "$((y1 + 1))" M
drag_event 32 "$((x2 + 20))" "$y2" M
drag_event 0 "$((x2 + 20))" "$y2" m
wait_for "Скопирован текст кода: 3 строки"
[ "$(tmux -L "$SOCKET" show-buffer)" = "$(printf 'while running:\n    # 1. Получить готовые I/O события\n    events = selector.select(timeout)')" ] \
    || fail "the drag copied: $(tmux -L "$SOCKET" show-buffer)"

# `x`: the chapter as a study sheet in the working directory, its path on the status bar.
keys x
wait_for "Шпаргалка (10 вопросов):"
sheet="$(ls "$work"/sobes-04-asyncio-*.md 2>/dev/null | head -1)"
[ -n "$sheet" ] || fail "x wrote no sheet into the working directory"
stop_sobes
mkdir "$work/lib" && cp "$sheet" "$work/lib/10-sheet.md"
"$SOBES" list --content "$work/lib" --format tsv | grep -c '^10-sheet' | grep -qx 10 || fail "the sheet from x does not load as a chapter of 10 questions"

# sobes export: Markdown that loads back, HTML that parses, an Anki package.
"$SOBES" export --chapter 04-asyncio -o "$work/sheet.md" 2>/dev/null || fail "export markdown"
mkdir "$work/lib2" && cp "$work/sheet.md" "$work/lib2/11-sheet.md"
[ "$("$SOBES" list --content "$work/lib2" --format tsv | grep '^11-sheet' | cut -f3)" = \
  "$("$SOBES" list --format tsv | grep '^04-asyncio' | cut -f3)" ] || fail "the Markdown export has other titles than chapter 04"
"$SOBES" export --chapter 04-asyncio --format html --full -o "$work/sheet.html" 2>/dev/null || fail "export html"
python3 - "$work/sheet.html" <<'PY' || fail "the HTML export does not parse"
import sys
from html.parser import HTMLParser
VOID = {"meta", "br", "hr", "img", "link", "input"}
class Check(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.questions = [], [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object"):
            self.errors.append(f"<{tag}> in the page")
        if tag == "h2":
            self.questions += 1
        if tag not in VOID:
            self.stack.append(tag)
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()
check = Check()
check.feed(open(sys.argv[1], encoding="utf-8").read())
check.close()
if check.stack:
    check.errors.append(f"unclosed: {check.stack}")
if check.questions != 10:
    check.errors.append(f"{check.questions} questions, not 10")
for error in check.errors[:10]:
    print("html:", error)
sys.exit(1 if check.errors else 0)
PY
if command -v chromium >/dev/null; then
    (cd "$work" && timeout 60 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1400 \
        --screenshot="$work/sheet.png" "file://$work/sheet.html" >/dev/null 2>&1) || fail "chromium did not render the page"
    [ -s "$work/sheet.png" ] || fail "chromium wrote no screenshot"
fi
"$SOBES" export --chapter 04-asyncio --format apkg -o "$work/deck.apkg" 2>/dev/null || fail "export apkg"
python3 - "$work/deck.apkg" <<'PY' || fail "the package is not a zip of a collection and a media map"
import sqlite3, sys, tempfile, zipfile
with zipfile.ZipFile(sys.argv[1]) as package:
    assert sorted(package.namelist()) == ["collection.anki2", "media"], package.namelist()
    assert package.read("media") == b"{}"
    with tempfile.NamedTemporaryFile(suffix=".anki2") as out:
        out.write(package.read("collection.anki2")); out.flush()
        db = sqlite3.connect(out.name)
        assert db.execute("select ver from col").fetchone() == (11,)
        assert db.execute("select count(*) from notes").fetchone() == (10,)
        assert db.execute("select count(distinct guid) from notes").fetchone() == (10,)
PY
"$SOBES" export --format apkg --chapter 04-asyncio 2>"$work/err" && fail "apkg without -o succeeded"
grep -q "give -o FILE.apkg" "$work/err" || fail "apkg without -o: $(cat "$work/err")"
"$SOBES" export 2>"$work/err" && fail "export without a scope succeeded"
# -o naming a folder is refused, and the folder keeps what it has.
mkdir "$work/folder" && touch "$work/folder/kept"
for format in markdown html apkg; do
    "$SOBES" export --chapter 04-asyncio --format "$format" -o "$work/folder" 2>"$work/err" && fail "$format over a folder succeeded"
    grep -q "is a directory" "$work/err" || fail "$format over a folder: $(cat "$work/err")"
    [ -e "$work/folder/kept" ] || fail "$format over a folder touched what it holds"
done
echo "ok"
