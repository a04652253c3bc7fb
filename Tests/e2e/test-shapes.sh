#!/usr/bin/env bash
# Every shape of chapter and of library from the shell: list, show, check, the browser,
# the reader's own library folder, config.toml's library, --content added to the bundled one.
source "$(dirname "$0")/lib.sh"
here="$(cd "$(dirname "$0")" && pwd)"
shapes="$here/../ChapterTests/Fixtures/shapes"
tracks="$here/../ChapterTests/Fixtures/tracks"
work="$(mktemp -d /tmp/sobes-shapes-XXXXXX)"
trap 'rm -rf "$work"; cleanup' EXIT

# list: the appendix is no question; topic chapters are numbered in order; one warning
# line for the README's missing link.
SOBES_CONTENT="$shapes" "$SOBES" list --format tsv >"$work/list" 2>"$work/err"
[ "$(wc -l <"$work/list")" -eq 9 ] || fail "shapes: expected 9 questions, got $(cat "$work/list")"
grep -qP '^02-system-design\t1\tТребования$' "$work/list" || fail "list: topic chapter row"
grep -qP '^03-english\t2\tHow does send\(\) work\?$' "$work/list" || fail "list: English question row"
grep -qiE 'см\. также|see also|литература' "$work/list" && fail "list: an appendix is listed as a question"
[ "$(grep -c 'links to missing files: 06-missing.md' "$work/err")" -eq 1 ] || fail "expected one warning for the missing link: $(cat "$work/err")"
SOBES_CONTENT="$shapes" "$SOBES" list | grep -qF "01. Словари и множества  [01-front-matter]" || fail "list: front matter title"

# show: own headings, the appendix at the end, markup without tags.
show() { SOBES_CONTENT="$shapes" "$SOBES" show "$@" --width 80 --color never 2>/dev/null; }
show 02-system-design/1 | head -1 | grep -qx "Требования" || fail "show: topic heading"
show 02-system-design/1 | grep -q "Вопрос" && fail "show: an invented Вопрос N"
show 02-system-design/3 | grep -qx "Литература" || fail "show: the appendix after the last question"
show 03-english/1 | head -1 | grep -qx "Question 1. What does yield do?" || fail "show: English heading"
show 05-markup/1 >"$work/markup"
grep -qF "Нажмите [Ctrl]+[C], чтобы остановить." "$work/markup" || fail "show: kbd"
grep -qF "☑ сделано" "$work/markup" || fail "show: task list"
grep -qF "▾ Показать ответ" "$work/markup" || fail "show: details"
grep -qF "[рисунок: схема очереди]" "$work/markup" || fail "show: image"
grep -qE "<(kbd|br|details|summary|span)|<!--" "$work/markup" && fail "show: raw HTML tags"

# search: the appendix is not a hit.
SOBES_CONTENT="$shapes" "$SOBES" search Документация --format tsv 2>/dev/null | grep -q . && fail "search: the appendix is a hit"
SOBES_CONTENT="$shapes" "$SOBES" search знаменитостей --format tsv 2>/dev/null | grep -qP '\t02-system-design\t3\t' || fail "search: topic chapter"

# check: what was found, one line per problem naming the file, exit 1.
status=0; "$SOBES" check "$shapes" >"$work/check" || status=$?
[ "$status" -eq 1 ] || fail "check: expected status 1, got $status"
grep -qF "$shapes/README.md: links to a missing file: 06-missing.md" "$work/check" || fail "check: missing link line"
grep -qF "03-english.md: «Generators»: 2 questions; sections: whyAsked 1," "$work/check" || fail "check: summary line"
"$SOBES" check "$tracks" >/dev/null || fail "check: the tracks fixture has no problems"

# A folder of tracks; --content adds to the bundled library (repeatable).
"$SOBES" list --content "$tracks" --content "$shapes" --format tsv 2>/dev/null >"$work/all"
grep -qP '^04-asyncio\t1\t' "$work/all" || fail "--content replaced the bundled library"
grep -qP '^python/02-threads\t1\tЧто такое GIL\?$' "$work/all" || fail "--content: a track's chapter"
grep -qP '^05-markup\t2\t' "$work/all" || fail "--content given twice: the second library"
[ "$("$SOBES" show python/02-threads/1 --content "$tracks" --width 60 --color never | head -1)" = "Вопрос 1. Что такое GIL?" ] || fail "show: a track's chapter"

# The reader's own library folder and config.toml's library are read too.
mkdir -p "$XDG_DATA_HOME/sobes/library" "$XDG_CONFIG_HOME/sobes" "$work/mine"
printf '# 30. Свои\n## Вопрос 1: Мой вопрос\ntext\n' > "$XDG_DATA_HOME/sobes/library/30-own.md"
printf '# 31. Из конфига\n## Вопрос 1: Вопрос из конфига\ntext\n' > "$work/mine/31-config.md"
printf 'library = ["%s"]\n' "$work/mine" > "$XDG_CONFIG_HOME/sobes/config.toml"
"$SOBES" list --format tsv >"$work/own" 2>&1
grep -qP '^30-own\t1\tМой вопрос$' "$work/own" || fail "the reader's library folder is not read: $(cat "$work/own")"
grep -qP '^31-config\t1\tВопрос из конфига$' "$work/own" || fail "config.toml's library is not read"

# The browser: the topics grouped by track and README group.
start_sobes 120 40 --content "$tracks"
wait_for "Вопрос 1."
keys t
wait_for "Конкурентность и практика"
expect_screen "System design"
expect_screen "Из конфига"
keys q
exit 0
