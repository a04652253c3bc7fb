#!/usr/bin/env bash
# The command line, as scripts use it: formats, errors with status 2, content from anywhere.
source "$(dirname "$0")/lib.sh"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d /tmp/sobes-cli-XXXXXX)"
trap 'rm -rf "$work"; cleanup' EXIT

# list: one row per question; tsv columns chapter id, number, title; json parses.
cd /  # the bundled content is found whatever the current directory is
[ "$("$SOBES" list --format tsv | wc -l)" -eq 10 ] || fail "list --format tsv: not 10 rows"
"$SOBES" list --format tsv | head -1 | grep -qP '^04-asyncio\t1\tКак работает event loop в asyncio\?$' || fail "list tsv row"
"$SOBES" list --format json | python3 -c 'import json,sys; rows=json.load(sys.stdin)["questions"]; assert len(rows)==10 and rows[5]["number"]==6' \
    || fail "list --format json"

# show: the rendered question; the snapshot is the unit tests' one.
"$SOBES" show 6 --width 80 --color never | diff -u "$here/../BrowserTests/Snapshots/show-q6-w80.txt" - || fail "show 6 differs from the snapshot"
"$SOBES" show 04-asyncio/6 --width 80 --color never | cmp -s - "$here/../BrowserTests/Snapshots/show-q6-w80.txt" || fail "show chapter/number"
"$SOBES" show 1 --color always | grep -q $'\e\\[' || fail "show --color always has no colour"
NO_COLOR=1 "$SOBES" show 1 --color auto | grep -q $'\e\\[' && fail "show with NO_COLOR is coloured"

expect_failure() {  # expect_failure MESSAGE-PART COMMAND...: status 2, one line naming the problem
    local part="$1"; shift
    local output status=0
    output="$("$@" 2>&1 >/dev/null)" || status=$?
    [ "$status" -eq 2 ] || fail "$* exited $status, expected 2"
    [ "$(printf '%s\n' "$output" | wc -l)" -eq 1 ] || fail "$*: expected one line, got: $output"
    printf '%s' "$output" | grep -qF -- "$part" || fail "$*: message lacks '$part': $output"
    printf '%s' "$output" | grep -qiE "backtrace|fatal error|Stack dump" && fail "$*: crashed: $output"
    return 0
}
expect_failure "no question 42" "$SOBES" show 42
expect_failure "no chapter 'nope'" "$SOBES" show nope/1
expect_failure "/nonexistent: no such directory" "$SOBES" list --content /nonexistent
mkdir -p "$work/empty" && expect_failure "no chapters" "$SOBES" list --content "$work/empty"
mkdir -p "$work/bin" && printf 'abc\0def' > "$work/bin/01-x.md" && expect_failure "01-x.md:1: not a text file" "$SOBES" list --content "$work/bin"
mkdir -p "$work/blank" && : > "$work/blank/01-x.md" && expect_failure "01-x.md: empty file" "$SOBES" list --content "$work/blank"

# A library with one bad file still loads, with a warning naming the file.
mkdir -p "$work/mixed" && cp "$here/../../Content/04-asyncio.md" "$work/mixed/" && : > "$work/mixed/05-empty.md"
output="$("$SOBES" list --content "$work/mixed" --format tsv 2>"$work/err")"
[ "$(printf '%s\n' "$output" | wc -l)" -eq 10 ] || fail "mixed library did not load"
grep -q "05-empty.md: empty file; skipped" "$work/err" || fail "no warning for the skipped file"

# search and highlight answer in their formats.
"$SOBES" search семафор --format tsv --limit 1 | grep -qP '^1\t04-asyncio\t9\t' || fail "search семафор"
printf 'def f():\n    return 1\n' | "$SOBES" highlight - --format tokens | grep -qP '^0\t3\tkeyword$' || fail "highlight tokens"

"$SOBES" --version | grep -qE '^sobes [0-9]+\.[0-9]+' || fail "--version names the program"
# No match: nothing on stdout and status 1, as grep and rg; a match: status 0.
status=0; out="$("$SOBES" search zzzqqqxxx 2>/dev/null)" || status=$?
[ "$status" -eq 1 ] && [ -z "$out" ] || fail "search with no match: status $status, stdout '$out'"
{ "$SOBES" search zzzqqqxxx 2>&1 >/dev/null || true; } | grep -qF "no matches" || fail "no match says so on stderr"
status=0; "$SOBES" search --format tsv zzzqqqxxx > /dev/null 2>&1 || status=$?
[ "$status" -eq 1 ] || fail "tsv search with no match: status $status"
"$SOBES" search семафор > /dev/null || fail "a search that matches exits 0"
"$SOBES" list --help | grep -q "format" || fail "list --help"

# highlight uses the theme's syntax colours; a theme that does not exist is a warning, not a failure.
printf 'x = 1\n' > "$work/x.py"
"$SOBES" highlight "$work/x.py" --theme light --color always | grep -q $'\e\\[38;5;130m1' || fail "highlight --theme light: the number is not the light theme's colour"
"$SOBES" highlight "$work/x.py" --theme nope 2>"$work/err" >/dev/null || fail "highlight with a missing theme failed"
grep -q "nope.toml: no such theme" "$work/err" || fail "no warning for a missing theme"

# After `make install PREFIX=...` the program finds its Content/ under PREFIX/share/sobes,
# whatever the current directory (laid out here by hand: the release build is slow).
mkdir -p "$work/prefix/bin" "$work/prefix/share/sobes"
cp "$SOBES" "$work/prefix/bin/sobes"
cp -R "$here/../../Content" "$here/../../Themes" "$work/prefix/share/sobes/"
printf '# 07. Only here\n## Вопрос 1: Installed?\ntext\n' > "$work/prefix/share/sobes/Content/07-only.md"
(cd "$work" && "$work/prefix/bin/sobes" list --format tsv | grep -qP '^07-only\t1\tInstalled\?$') || fail "the installed program does not read PREFIX/share/sobes/Content"

# `make install` copies over what it installed and deletes nothing else: a reader's own
# chapter under PREFIX/share/sobes/Content survives a reinstall.
mkdir -p "$work/p/share/sobes/Content"
printf '# 08. Mine\n## Вопрос 1: Kept?\ntext\n' > "$work/p/share/sobes/Content/08-mine.md"
make -s -C "$here/../.." install-files PREFIX="$work/p" INSTALL_BIN="$SOBES" >/dev/null || fail "make install-files failed"
[ -f "$work/p/share/sobes/Content/08-mine.md" ] || fail "make install deleted a chapter it did not install"
cmp -s "$work/p/share/sobes/Content/04-asyncio.md" "$here/../../Content/04-asyncio.md" || fail "make install did not copy Content"
[ -x "$work/p/bin/sobes" ] && [ -f "$work/p/share/sobes/Themes/dark.toml" ] || fail "make install did not install the binary and themes"

# A terminal that cannot move its cursor gets one line and status 2, not a scrambled screen.
output="$(TERM=dumb script -qec "$SOBES" /dev/null </dev/null 2>&1)" && status=0 || status=$?
[ "$status" -eq 2 ] || fail "TERM=dumb: expected status 2, got $status: $output"
printf '%s' "$output" | grep -q "cannot move the cursor" || fail "TERM=dumb: no clear message: $output"

# --data reaches every command that uses notes (not only the browser).
[ "$(env -u SOBES_DATA_DIR "$SOBES" notes path --data "$work/d")" = "$work/d/notes.sqlite" ] || fail "notes path ignores --data"
expect_failure "The value '0' is invalid" "$SOBES" show 0
expect_failure "Please provide one of" "$SOBES" list --format xml
