#!/usr/bin/env bash
# A note stays on its question when the chapter is edited between two runs: a question
# inserted above it and the file renumbered moves nothing; a deleted question leaves its
# note as an orphan, listed and kept.
source "$(dirname "$0")/lib.sh"
library="$(mktemp -d /tmp/sobes-identity-XXXXXX)"
trap 'rm -rf "$library"; cleanup' EXIT
export SOBES_CONTENT="$library"   # this library alone

write_chapter() {  # write_chapter "TITLE" ...: question N gets the N-th title
    {
        printf '# 01. Проверка\n'
        local number=1 title
        for title in "$@"; do
            printf '\n## Вопрос %d: %s\n\n### Короткий ответ\n\nОтвет про %s.\n\n---\n' "$number" "$title" "$title"
            number=$((number + 1))
        done
    } > "$library/01-check.md"
}
write_chapter "Альфа" "Бета"

start_sobes 120 40
wait_for "Вопрос 1. Альфа"
keys j
wait_for "Вопрос 2. Бета"
keys e
wait_for "Заметка · вопрос 2"
type_text "заметка про бету"
keys Escape
keys q
wait_for "[exit 0]"
stop_sobes

# Insert a question above and renumber the file: Бета is now question 3.
write_chapter "Альфа" "Гамма" "Бета"
"$SOBES" notes list | grep -qF "01-check/3  Бета" || fail "notes list: the note is not on Бета (3): $("$SOBES" notes list)"
[ "$("$SOBES" notes show 01-check/3)" = "заметка про бету" ] || fail "notes show 3 is not Бета's note"
"$SOBES" notes show 01-check/2 >/dev/null 2>&1 && fail "the new question 2 got a note"

start_sobes 120 40
wait_for "Вопрос 3. Бета"            # the reading position followed the question too
keys G
wait_for "заметка про бету"
mouse 0 3 2                     # click question 2 in the list
wait_for "Вопрос 2. Гамма"
expect_not_screen "заметка про бету"
keys q
wait_for "[exit 0]"
stop_sobes

# A slightly renamed question keeps its note, and the browser says so.
write_chapter "Альфа" "Гамма" "Бетта"
"$SOBES" notes list 2>"$DATA_DIR/err" | grep -qF "01-check/3  Бетта" || fail "notes list: the renamed question lost its note"
grep -qF "«бета» теперь «Бетта»" "$DATA_DIR/err" || fail "notes list: no word about the renamed question: $(cat "$DATA_DIR/err")"
start_sobes 120 40
wait_for "«бета» теперь «Бетта»"
keys q
wait_for "[exit 0]"
stop_sobes
"$SOBES" notes list 2>&1 | grep -q "теперь" && fail "the note did not move to the renamed question's key"

# Delete the question: the note is an orphan, listed and kept, never attached elsewhere.
write_chapter "Альфа" "Гамма"
"$SOBES" notes list | grep -qF "orphan 01-check/бетта  Бета" || fail "notes list: no orphan: $("$SOBES" notes list)"
[ "$("$SOBES" notes show 01-check/бетта)" = "заметка про бету" ] || fail "the orphan's text is lost"
"$SOBES" notes export | grep -qF "заметка про бету" || fail "export lacks the orphan"

start_sobes 120 40
wait_for "Заметок без вопроса: 1"
keys t
wait_for "Заметки без вопроса"
expect_screen "01-check · Бета"     # the title it was saved under
keys Escape
keys G
expect_not_screen "заметка про бету"
keys q
wait_for "[exit 0]"
stop_sobes

# Re-attached to a question, it is that question's note again.
"$SOBES" notes attach "01-check/бетта" 01-check/2 | grep -qF "01-check/бетта → 01-check/гамма" || fail "notes attach"
[ "$("$SOBES" notes show 01-check/2)" = "заметка про бету" ] || fail "the re-attached note is not on Гамма"
"$SOBES" notes list | grep -q orphan && fail "still an orphan after attach"
exit 0
