#!/usr/bin/env bash
# Command-line habits (issue 17): one colour decision for every colouring command, versioned
# json, tsv headers and escaping, write errors, options before the command.
source "$(dirname "$0")/lib.sh"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d /tmp/sobes-conventions-XXXXXX)"
trap 'rm -rf "$work"; cleanup' EXIT
ESC=$'\e'
printf 'x = 1\n' > "$work/x.py"
# on_terminal COMMAND...: the command's output when stdout is a pseudo-terminal.
on_terminal() { TERM=xterm-256color script -qec "$(printf '%q ' "$@")" /dev/null < /dev/null 2>&1; }
# colored: true when its input holds an escape sequence (read whole: an early exit would
# make the writer's pipe break under pipefail).
colored() { local text; text="$(cat)"; [[ "$text" == *"$ESC["* ]]; }

"$SOBES" review 1 good --at 2026-12-01T10:00:00Z --no-fuzz > /dev/null

# The colouring commands, each printing colour when asked.
colouring=("show 1 --width 80" "highlight $work/x.py" "search семафор --limit 1" "list" "due --all" "progress" "stats")
for command in "${colouring[@]}"; do
    read -ra args <<< "$command"
    "$SOBES" "${args[@]}" --color always | colored || fail "$command --color always: no colour"
    "$SOBES" "${args[@]}" | colored && fail "$command to a pipe: coloured"
    CLICOLOR_FORCE=1 "$SOBES" "${args[@]}" | colored || fail "$command with CLICOLOR_FORCE=1: no colour"
    CLICOLOR_FORCE=0 "$SOBES" "${args[@]}" | colored && fail "$command with CLICOLOR_FORCE=0: coloured"
    FORCE_COLOR=1 "$SOBES" "${args[@]}" | colored || fail "$command with FORCE_COLOR=1: no colour"
    FORCE_COLOR=false "$SOBES" "${args[@]}" | colored && fail "$command with FORCE_COLOR=false: coloured"
    NO_COLOR=1 CLICOLOR_FORCE=1 "$SOBES" "${args[@]}" | colored && fail "$command with NO_COLOR=1: coloured"
    NO_COLOR=1 "$SOBES" "${args[@]}" --color always | colored || fail "$command: --color always loses to NO_COLOR"
    CLICOLOR_FORCE=1 "$SOBES" "${args[@]}" --color never | colored && fail "$command: --color never loses to CLICOLOR_FORCE"
    on_terminal "$SOBES" "${args[@]}" | colored || fail "$command on a terminal: no colour"
    on_terminal env NO_COLOR= "$SOBES" "${args[@]}" | colored || fail "$command: an empty NO_COLOR turned colour off"
    on_terminal env NO_COLOR=1 "$SOBES" "${args[@]}" | colored && fail "$command on a terminal with NO_COLOR=1: coloured"
    on_terminal env TERM=dumb "$SOBES" "${args[@]}" | colored && fail "$command with TERM=dumb: coloured"
    "$SOBES" "${args[@]}" --theme light --color always | colored || fail "$command has no --theme"
done

# True colour only when the terminal says so; else the 256-colour palette.
"$SOBES" highlight "$work/x.py" --theme light --color always | grep -q $'\e\\[38;2;' && fail "highlight sent 24-bit colour without COLORTERM"
COLORTERM=truecolor "$SOBES" highlight "$work/x.py" --theme light --color always | grep -q $'\e\\[38;2;175;95;0m1' \
    || fail "highlight: COLORTERM=truecolor does not get 24-bit colour"
"$SOBES" show 1 --theme light --color always | grep -q $'\e\\[38;2;' && fail "show sent 24-bit colour without COLORTERM"

# show takes the configured theme (config.toml), and --theme over it.
dark="$("$SOBES" show 1 --width 80 --color always | md5sum)"
mkdir -p "$XDG_CONFIG_HOME/sobes" && printf 'theme = "light"\n' > "$XDG_CONFIG_HOME/sobes/config.toml"
light="$("$SOBES" show 1 --width 80 --color always | md5sum)"
[ "$dark" != "$light" ] || fail "show ignores the configured theme"
[ "$("$SOBES" show 1 --width 80 --color always --theme dark | md5sum)" = "$dark" ] || fail "show --theme does not win over config.toml"
[ "$("$SOBES" show 1 --width 80 --theme light --color always | md5sum)" = "$light" ] || fail "show --theme light differs from the configured light"
rm "$XDG_CONFIG_HOME/sobes/config.toml"

# json: one frame for every command, ranges in bytes and code points.
for command in "list" "search семафор" "due --all" "bookmarks" "notes export" "highlight $work/x.py"; do
    read -ra args <<< "$command"
    "$SOBES" "${args[@]}" --format json | python3 -c '
import json, sys
document = json.load(sys.stdin)
assert isinstance(document, dict) and document["schema"] == 1 and document["command"] == sys.argv[1], document
' "${args[0]}$([ "${args[0]}" = notes ] && echo " export")" || fail "$command --format json: not the versioned frame"
done
"$SOBES" search семафор --format json | python3 -c '
import json, sys
hit = json.load(sys.stdin)["results"][0]
title = hit["title"]
for r in hit["titleRanges"]:
    assert title.encode()[r["bytes"][0]:r["bytes"][1]].decode() == title[r["codePoints"][0]:r["codePoints"][1]], r
    assert title[r["codePoints"][0]:r["codePoints"][1]].lower() == "semaphore", (title, r)
assert hit["titleRanges"], hit
' || fail "search json: title ranges do not cut the matched word out both ways"
printf 'ё = "ж"\n' | "$SOBES" highlight - --format json | python3 -c '
import json, sys
tokens = json.load(sys.stdin)["tokens"]
assert tokens[0] == {"bytes": [0, 2], "codePoints": [0, 1], "kind": "identifier"}, tokens[0]
assert tokens[-1]["bytes"] == [5, 9] and tokens[-1]["codePoints"] == [4, 7], tokens[-1]
' || fail "highlight json: token ranges"

# tsv: --header on every command that prints it; a tab in a title cannot split a row.
for command in "list" "search семафор" "due --all" "progress" "stats" "highlight $work/x.py"; do
    read -ra args <<< "$command"
    format=tsv; [ "${args[0]}" = highlight ] && format=tokens
    first="$("$SOBES" "${args[@]}" --format "$format" --header 2>/dev/null | head -1)"
    printf '%s' "$first" | grep -qP '^[a-z]+(\t[a-z]+)+$' || fail "$command --format $format --header: first row '$first'"
    "$SOBES" "${args[@]}" --format "$format" 2>/dev/null | head -1 | grep -qxF "$first" && fail "$command: a header without --header"
done
mkdir -p "$work/tab" && printf '# 01. T\n\n## Вопрос 1: A\tB \\ C\n\ntext\n' > "$work/tab/01-t.md"
row="$("$SOBES" list --content "$work/tab" --format tsv | grep '^01-t')"
[ "$row" = "$(printf '01-t\t1\tA\\tB \\\\ C')" ] || fail "list tsv: a tab in a title is not escaped: $(printf '%s' "$row" | od -c | head -3)"

# Options before the command, as git and rg take them.
[ "$("$SOBES" --content "$work/tab" list --format tsv | wc -l)" -eq 11 ] || fail "sobes --content DIR list"
"$SOBES" --version | grep -qxE 'sobes [0-9]+\.[0-9]+\.[0-9]+' || fail "--version: $("$SOBES" --version)"

# search: no match prints nothing and exits 1, whatever the format but json (its document).
for format in text tsv; do
    status=0; out="$("$SOBES" search zzzqqqxxx --format "$format" 2>/dev/null)" || status=$?
    [ "$status" -eq 1 ] && [ -z "$out" ] || fail "search --format $format with no match: status $status, '$out'"
done

# A write that fails: one line, status 1, for every command that prints.
for command in "list" "list --format json" "show 1" "search семафор" "highlight $work/x.py" "highlight $work/x.py --format tokens" \
               "due --all" "progress" "stats" "bookmarks --format json" "notes export" "notes export --format json" \
               "notes path" "check" "--version" "--help" "list --help" "study export" \
               "export --chapter 04-asyncio" "review 2 good --at 2026-12-01T11:00:00Z --no-fuzz"; do
    read -ra args <<< "$command"
    status=0; "$SOBES" "${args[@]}" > /dev/full 2> "$work/err" || status=$?
    [ "$status" -eq 1 ] && [ "$(cat "$work/err")" = "sobes: write error: No space left on device" ] \
        || fail "$command > /dev/full: status $status, stderr: $(cat "$work/err")"
done
echo ok
