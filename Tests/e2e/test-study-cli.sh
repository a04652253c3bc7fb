#!/usr/bin/env bash
# Reviews from the command line: recorded, listed due in the documented tsv, kept by title
# when the chapter is renumbered, moved between machines by export/import (twice adds
# nothing), fuzz off by --no-fuzz or config, bad input one line and status 2.
source "$(dirname "$0")/lib.sh"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d /tmp/sobes-study-XXXXXX)"
trap 'rm -rf "$work"; cleanup' EXIT
export XDG_CONFIG_HOME="$work/config"
mkdir -p "$work/content" "$XDG_CONFIG_HOME/sobes"
cp "$here/../../Content/"*.md "$work/content/"
export SOBES_CONTENT="$work/content"

"$SOBES" review 6 good --at 2026-12-01T10:00:00Z --no-fuzz | grep -qF "04-asyncio/6 good: learning, due 2026-12-01T10:10:00Z" \
    || fail "review 6 good"
"$SOBES" review 04-asyncio/6 good --at 2026-12-01T10:10:00Z --no-fuzz | grep -qF "review, due 2026-12-03T10:10:00Z" \
    || fail "review 6 graduates"
"$SOBES" review 2 again --at 2026-12-01T10:00:00Z --no-fuzz >/dev/null || fail "review 2 again"

# Due at noon: question 2 (learning, due 10:01), not 6 (due on the 3rd). --all: both, by due.
tsv="$("$SOBES" due --at 2026-12-01T12:00:00Z --format tsv)"
[ "$tsv" = "$(printf '04-asyncio\t2\tВ чём разница между coroutine, task и future?\tlearning\t0\t0.212000\t6.413300\t2026-12-01T10:01:00Z\t1.000000')" ] \
    || fail "due tsv: $tsv"
[ "$("$SOBES" due --all --at 2026-12-01T12:00:00Z --format tsv | cut -f2 | tr '\n' ' ')" = "2 6 " ] || fail "due --all order"
"$SOBES" due --all --at 2026-12-01T12:00:00Z --format json | python3 -c '
import json, sys
document = json.load(sys.stdin)
assert document["schema"] == 1 and document["command"] == "due" and document["at"] == "2026-12-01T12:00:00Z", document
rows = document["cards"]
assert [r["number"] for r in rows] == [2, 6], rows
assert rows[0]["key"] == "в чем разница между coroutine task и future", rows[0]
assert rows[1]["state"] == "review" and rows[1]["reviews"] == 2 and "step" not in rows[1], rows[1]' || fail "due json"
"$SOBES" progress --at 2026-12-01T12:00:00Z | grep -qF "known 1/10 · learning 0 · due 1 · new 8" || fail "progress"
# stats: question 2 due today (overdue counts today), question 6 on the 3rd; no learned
# card was reviewed yet, so no week has a retention.
stats="$(TZ=UTC "$SOBES" stats --at 2026-12-01T12:00:00Z --days 4 --weeks 2 --format tsv)"
[ "$stats" = "$(printf 'due\t2026-12-01\t1\t\ndue\t2026-12-02\t0\t\ndue\t2026-12-03\t1\t\ndue\t2026-12-04\t0\t\nretention\t2026-11-23\t0\t0\nretention\t2026-11-30\t0\t0')" ] \
    || fail "stats tsv: $stats"
TZ=UTC "$SOBES" stats --at 2026-12-01T12:00:00Z | grep -qF "Due in the next 30 days (from 2026-12-01): 2 reviews" || fail "stats text"

# Renumber the chapter: a new question 1 moves the old 6 to 7; its reviews follow its title.
python3 - "$work/content/04-asyncio.md" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = re.sub(r"^## Вопрос (\d+):", lambda m: f"## Вопрос {int(m.group(1)) + 1}:", text, flags=re.M)
first = text.index("## Вопрос 2:")
text = text[:first] + "## Вопрос 1: Новый вопрос в начале?\n\n### Короткий ответ\n\nДа.\n\n---\n\n" + text[first:]
open(path, "w", encoding="utf-8").write(text)
PY
[ "$("$SOBES" due --all --at 2026-12-01T12:00:00Z --format tsv | cut -f2,3 | tail -1)" = \
  "$(printf '7\tКогда использовать threading vs multiprocessing vs asyncio?')" ] || fail "reviews did not follow the renumbered question"

# A retitled question leaves its reviews behind as an orphan: listed with its old title and
# no number, never attached to another question.
sed -i 's/^## Вопрос 3: В чём разница между coroutine, task и future?/## Вопрос 3: Coroutine, task и future: чем отличаются/' "$work/content/04-asyncio.md"
[ "$("$SOBES" due --all --at 2026-12-01T12:00:00Z --format tsv | head -1 | cut -f1-4)" = \
  "$(printf '04-asyncio\t\tВ чём разница между coroutine, task и future?\tlearning')" ] || fail "the orphan is not listed"
"$SOBES" due --all --at 2026-12-01T12:00:00Z --format tsv | cut -f2 | grep -qx 3 && fail "the orphan attached to the new question 3"

# Export, import into a fresh data directory twice: the second adds nothing.
"$SOBES" study export > "$work/log.jsonl"
[ "$(wc -l < "$work/log.jsonl")" -eq 3 ] || fail "export: not 3 lines"
SOBES_DATA_DIR="$work/other" "$SOBES" study import "$work/log.jsonl" | grep -qF "imported 3 reviews into" || fail "first import"
SOBES_DATA_DIR="$work/other" "$SOBES" study import "$work/log.jsonl" | grep -qF "imported 0 reviews, 3 already present" || fail "second import"
[ "$(SOBES_DATA_DIR="$work/other" "$SOBES" study export)" = "$(cat "$work/log.jsonl")" ] || fail "the imported log differs"

# Fuzz: on by default (the log says so), off with fuzz = false under [study].
"$SOBES" review 3 easy --at 2026-12-01T11:00:00Z >/dev/null
"$SOBES" study export | grep -F '"rating":"easy"' | grep -qF '"fuzzed":true' || fail "fuzz is not on by default"
printf '[study]\nfuzz = false\n' > "$XDG_CONFIG_HOME/sobes/config.toml"
"$SOBES" review 4 easy --at 2026-12-01T11:00:00Z >/dev/null
"$SOBES" study export | grep -F '"time":"2026-12-01T11:00:00.000Z"' | grep -F '"rating":"easy"' | grep -c '"fuzzed":false' | grep -qx 1 \
    || fail "fuzz = false in config.toml did not turn fuzz off"
# One unknown key no longer throws the whole file away: fuzz = false still holds.
printf 'colour = "red"\n[study]\nfuzz = false\nshuffle = true\n' > "$XDG_CONFIG_HOME/sobes/config.toml"
warned="$("$SOBES" review 5 easy --at 2026-12-01T11:00:00Z 2>&1 >/dev/null)"
printf '%s' "$warned" | grep -qF 'unknown key "study.shuffle" (ignored)' || fail "no warning for study.shuffle: $warned"
"$SOBES" study export | grep -F '"rating":"easy"' | grep -F '"time":"2026-12-01T11:00:00.000Z"' | grep -c '"fuzzed":false' | grep -qx 2 \
    || fail "an unknown key threw fuzz = false away"
printf '[study]\nfuzz = false\n' > "$XDG_CONFIG_HOME/sobes/config.toml"

expect_failure() {  # expect_failure MESSAGE-PART COMMAND...: status 2, one line naming the problem
    local part="$1"; shift
    local output status=0
    output="$("$@" 2>&1 >/dev/null)" || status=$?
    [ "$status" -eq 2 ] || fail "$* exited $status, expected 2"
    [ "$(printf '%s\n' "$output" | wc -l)" -eq 1 ] || fail "$*: expected one line, got: $output"
    printf '%s' "$output" | grep -qF -- "$part" || fail "$*: message lacks '$part': $output"
    return 0
}
expect_failure "already has a review at 2026-12-01T11:00:00Z" "$SOBES" review 4 good --at 2026-12-01T11:00:00Z
expect_failure "no question 42" "$SOBES" review 42 good
expect_failure "'great' is invalid" "$SOBES" review 6 great
expect_failure "--at 'tomorrow'" "$SOBES" due --at tomorrow
expect_failure "--days 0: expected 1 to 365" "$SOBES" stats --days 0
printf 'not json\n' > "$work/bad.jsonl"
expect_failure "bad.jsonl:1: not a JSON object" "$SOBES" study import "$work/bad.jsonl"
printf '[study]\nfuzz = "no"\n' > "$XDG_CONFIG_HOME/sobes/config.toml"
"$SOBES" due --at 2026-12-01T12:00:00Z --format tsv 2>&1 >/dev/null | grep -qF "study.fuzz: expected true or false" \
    || fail "a bad [study] setting gives no warning"
