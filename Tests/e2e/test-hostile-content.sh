#!/usr/bin/env bash
# Hostile chapters and notes from the command line (issue 11): escape sequences never reach a
# terminal raw, machine formats escape them, deep nesting neither crashes nor hangs, special
# files in the content folder are skipped with a warning.
source "$(dirname "$0")/lib.sh"
work="$(mktemp -d /tmp/sobes-hostile-XXXXXX)"
trap 'rm -rf "$work"; cleanup' EXIT
ESC=$'\e' BEL=$'\a'

# raw FILE: true when FILE holds an ESC, a BEL, a raw C1 control (C2 80-9F) or a bidi override.
raw() { LC_ALL=C grep -qaP '\x1b|\x07|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$1"; }
# on_terminal FILE COMMAND...: runs the command on a pseudo-terminal, its output into FILE.
on_terminal() { local file="$1"; shift; script -qec "$(printf '%q ' "$@")" /dev/null > "$file" 2>&1 < /dev/null || true; }

mkdir -p "$work/esc"
printf '# 04. T %s]0;title%s\n\n## Вопрос 1: A %s]52;c;SGVsbG8=%s B %s[2J\n\nx \xc2\x85 \xe2\x80\xae y %sP1$q%s\\\n\n| a |\n|---|\n| %s[31m |\n' \
    "$ESC" $'\a' "$ESC" $'\a' "$ESC" "$ESC" "$ESC" "$ESC" > "$work/esc/04-x.md"
c="--content=$work/esc"

for format in text tsv json; do
    "$SOBES" list "$c" --format "$format" > "$work/out" || fail "list --format $format failed"
    raw "$work/out" && fail "list --format $format printed raw controls: $(od -c "$work/out" | head -5)"
    "$SOBES" search A "$c" --format "$format" > "$work/out" || fail "search --format $format failed"
    raw "$work/out" && fail "search --format $format printed raw controls"
done
"$SOBES" list "$c" --format text | grep -qF "A ␛]52;c;SGVsbG8=␇ B ␛[2J" || fail "list text: controls not shown as symbols"
"$SOBES" list "$c" --format tsv | grep -qF 'A \u001b]52;c;SGVsbG8=\u0007 B \u001b[2J' || fail "list tsv: controls not escaped"
"$SOBES" search y "$c" --format json > "$work/out"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s=d["results"][0]["snippet"]["text"]; assert "\x85" in s and "\u202e" in s, s' "$work/out" \
    || fail "search json: the escaped snippet does not read back"
grep -qF '\u0085' "$work/out" || fail "search json: C1 not escaped"
on_terminal "$work/out" "$SOBES" list "$c" --color never
raw "$work/out" && fail "list on a terminal printed raw controls"
# In colour, only our own SGR sequences are raw.
for command in "list" "search A"; do
    read -ra args <<< "$command"
    "$SOBES" "${args[@]}" "$c" --color always 2>/dev/null | sed -E 's/\x1b\[[0-9;]*m//g' > "$work/out"
    raw "$work/out" && fail "$command in colour printed raw controls"
    grep -qF "␛]52;c;SGVsbG8=␇" "$work/out" || fail "$command in colour: controls not shown as symbols"
done
on_terminal "$work/out" "$SOBES" show 1 "$c" --color never
raw "$work/out" && fail "show printed raw controls"

# highlight: the file's own escapes are made visible; the colours stay (asked for: a file gets none by default).
printf 'x = "%s]52;c;SGVsbG8=%s"  # %s[2J \xc2\x9b\n' "$ESC" $'\a' "$ESC" > "$work/h.py"
"$SOBES" highlight "$work/h.py" --color always > "$work/out"
LC_ALL=C grep -qaP '\x1b\]|\x1b\[2J|\x07|\xc2\x9b' "$work/out" && fail "highlight passed the file's escapes through"
grep -qF '␛]52;c;SGVsbG8=␇' "$work/out" || fail "highlight: escapes not shown as symbols"
grep -qaF "$ESC[" "$work/out" || fail "highlight lost its colours"

# notes: show is verbatim to a pipe (it round-trips) and visible on a terminal.
cat > "$work/notes.md" <<NOTES
<!-- sobes-notes version=1 -->
# Заметки

## 04-x

<!-- sobes-note chapter=04-x question=1 -->
### Вопрос 1: A ${ESC}]52;c;SGVsbG8=${BEL} B ${ESC}[2J

note ${ESC}]0;owned${BEL} text
<!-- /sobes-note -->
NOTES
"$SOBES" notes import "$work/notes.md" --data "$work/data" > /dev/null || fail "notes import"
"$SOBES" notes show 04-x/1 --data "$work/data" "$c" > "$work/out"
grep -qaF "note ${ESC}]0;owned${BEL} text" "$work/out" || fail "notes show to a pipe is not verbatim"
for command in "notes show 04-x/1" "notes list" "notes export" "notes revisions 04-x/1"; do
    # shellcheck disable=SC2086
    on_terminal "$work/out" "$SOBES" $command --data "$work/data" "$c"
    raw "$work/out" && fail "$command on a terminal printed raw controls: $(od -c "$work/out" | head -5)"
    grep -q . "$work/out" || fail "$command printed nothing"
done
"$SOBES" notes list --data "$work/data" > "$work/out"; raw "$work/out" && fail "notes list printed raw controls"
"$SOBES" notes export --format json --data "$work/data" > "$work/out"; raw "$work/out" && fail "notes export json printed raw controls"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "\x1b]0;owned" in d["notes"][0]["text"]' "$work/out" \
    || fail "notes export json does not read back"
"$SOBES" notes export --data "$work/data" > "$work/export.md"
"$SOBES" notes import "$work/export.md" --data "$work/data" | grep -qF "1 already up to date" || fail "the Markdown export no longer round-trips"

# A write that fails is one line and status 1 (as GNU tools), not a trap: test-cli.sh tries every command.
status=0; "$SOBES" list > /dev/full 2> "$work/err" || status=$?
[ "$status" -eq 1 ] && [ "$(cat "$work/err")" = "sobes: write error: No space left on device" ] || fail "list > /dev/full: status $status, $(cat "$work/err")"

# Deep nesting: no crash, no hang, lines within the width.
mkdir -p "$work/deep"
python3 -c 'print("# 01. T\n\n## Вопрос 1: Q\n\n" + ">" * 12000 + " x\n\n## Вопрос 2: L\n\n" + "- " * 12000 + "y\n\n## Вопрос 3: M\n\n" + "> - " * 3000 + "z")' > "$work/deep/01-t.md"
for question in 1 2 3; do
    timeout 10 "$SOBES" show "01-t/$question" --content "$work/deep" --width 40 --color never > "$work/out" 2>&1 || fail "show $question of deep nesting: status $?"
    python3 -c 'import sys; lines=open(sys.argv[1]).read().splitlines(); assert lines and max(len(l) for l in lines) <= 40, max(map(len, lines))' "$work/out" \
        || fail "show $question: a line wider than 40"
done

# Special files named *.md: a FIFO, a symlink to /dev/zero, a file over 16 MB; the rest loads.
mkdir -p "$work/special" && cp "$work/esc/04-x.md" "$work/special/"
mkfifo "$work/special/01-fifo.md"
ln -s /dev/zero "$work/special/02-zero.md"
head -c $((16 * 1024 * 1024 + 1)) /dev/zero | tr '\0' 'a' > "$work/special/03-huge.md"
ln -s "$work/esc/04-x.md" "$work/special/05-link.md"
status=0; timeout 10 "$SOBES" list --content "$work/special" --format tsv > "$work/out" 2> "$work/err" || status=$?
[ "$status" -eq 0 ] || fail "list with special files: status $status ($(cat "$work/err"))"
grep -qF "01-fifo.md: not a regular file; skipped" "$work/err" || fail "no warning for the FIFO: $(cat "$work/err")"
grep -qF "02-zero.md: not a regular file; skipped" "$work/err" || fail "no warning for /dev/zero: $(cat "$work/err")"
grep -qF "03-huge.md: larger than 16 MB; skipped" "$work/err" || fail "no warning for the huge file: $(cat "$work/err")"
[ "$(wc -l < "$work/err")" -eq 3 ] || fail "expected three warnings: $(cat "$work/err")"
grep -qP '^05-link\t1\t' "$work/out" || fail "a symlink to a regular chapter no longer loads"

# 10,000 lines of invalid UTF-8: a few warnings, then how many more.
mkdir -p "$work/utf8"
python3 -c 'import sys; sys.stdout.buffer.write(b"# 01. T\n\n## \xd0\x92\xd0\xbe\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81 1: Q\n\n" + b"bad \xff line\n" * 10000)' > "$work/utf8/01-t.md"
"$SOBES" list --content "$work/utf8" > /dev/null 2> "$work/err" || fail "list with invalid UTF-8 failed"
[ "$(wc -l < "$work/err")" -le 6 ] || fail "$(wc -l < "$work/err") warnings for invalid UTF-8"
grep -qF "and 9995 more lines" "$work/err" || fail "no count of the other invalid lines: $(cat "$work/err")"
echo "ok"
