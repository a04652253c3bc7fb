#!/usr/bin/env bash
# Notes survive quitting and kill -9, export holds them, import restores them elsewhere.
source "$(dirname "$0")/lib.sh"
work="$(mktemp -d /tmp/sobes-notes-XXXXXX)"
trap 'rm -rf "$work"; cleanup' EXIT

# A Russian note on question 3, typed directly; Esc saves and leaves.
start_sobes 120 40
wait_for "Вопрос 1."
keys j j
wait_for "Вопрос 3. Как использовать async/await"
keys e
wait_for "Заметка · вопрос 3"
type_text "Главное: не блокировать цикл событий."
keys Enter
type_text "Ёжик: gather vs TaskGroup"
expect_screen "Главное: не блокировать цикл"
keys Escape
keys G                          # the end of the answer: the note shows under it
wait_for "Заметка"
expect_screen " 3✎"             # and the list marks the question
keys q
wait_for "[exit 0]"
stop_sobes

start_sobes 120 40
wait_for "04 · вопрос 3/10"     # reopened where the reader left: question 3, scrolled to the note
wait_for "Ёжик: gather vs TaskGroup"
keys q
wait_for "[exit 0]"
stop_sobes

# Typing, 1.5 s idle, kill -9: the text is there after reopening.
start_sobes 100 30
wait_for "04 · вопрос 3/10"
click_row "asyncio.gather"          # click question 4 in the list
wait_for "Вопрос 4."
keys e
wait_for "Заметка · вопрос 4"
type_text "Пережить kill -9"
sleep 1.5
pid="$(pgrep -f "^$SOBES\$" | head -1)"
[ -n "$pid" ] || fail "no sobes process to kill"
kill -9 "$pid"
stop_sobes
start_sobes 100 30
wait_for "04 · вопрос 4/10"
keys e
wait_for "Пережить kill -9"
keys Escape
keys q
wait_for "[exit 0]"

# SIGTERM while typing: saved on the way out.
stop_sobes
start_sobes 100 30
wait_for "04 · вопрос 4/10"
click_row "Как обрабатывать ошибки"
keys e
wait_for "Заметка · вопрос 5"
type_text "Сохранить при SIGTERM"
pid="$(pgrep -f "^$SOBES\$" | head -1)"
kill -TERM "$pid"
wait_for "[exit 143]"

# Export holds the notes; importing the export into an empty data directory restores them.
"$SOBES" notes export > "$work/notes.md"
grep -q "Главное: не блокировать цикл событий." "$work/notes.md" || fail "export lacks the note"
grep -q "Пережить kill -9" "$work/notes.md" || fail "export lacks the kill -9 note"
grep -q "Сохранить при SIGTERM" "$work/notes.md" || fail "export lacks the SIGTERM note"
SOBES_DATA_DIR="$work/fresh" "$SOBES" notes import "$work/notes.md" >/dev/null
SOBES_DATA_DIR="$work/fresh" "$SOBES" notes show 3 | grep -q "Ёжик: gather vs TaskGroup" || fail "import did not restore the note"
[ "$(stat -c %a "$work/fresh/notes.sqlite")" = "600" ] || fail "the database is not 0600"

# Revisions are kept and an older one can be restored.
"$SOBES" notes revisions 3 | grep -qP '^1\t.*\tedit\tГлавное: не блокировать' || fail "revisions of question 3"
SOBES_DATA_DIR="$work/fresh" "$SOBES" notes revisions 3 | grep -qP '^1\t.*\timport\t' || fail "the imported revision"
# A second revision (an edited export read back), then the first one restored.
sed 's/Главное: не блокировать цикл событий./Главное: переписано./' "$work/notes.md" > "$work/edited.md"
"$SOBES" notes import "$work/edited.md" >/dev/null
"$SOBES" notes show 3 | grep -q "Главное: переписано." || fail "the edited import is not current"
"$SOBES" notes restore 3 1 | grep -q "revision 1 restored" || fail "restore"
"$SOBES" notes revisions 3 >"$work/revisions"
[ "$(head -1 "$work/revisions" | cut -f3)" = "restore" ] || fail "a restore is a new revision: $(cat "$work/revisions")"
"$SOBES" notes show 3 | grep -q "Главное: не блокировать цикл событий." || fail "the restored text is not current"

# Notes are searched, and a result found through a note says so.
"$SOBES" search пережить | grep -q "note: Пережить kill -9" || fail "search does not find the note"

# A damaged database is moved aside, never overwritten, and the reader is told.
stop_sobes
printf 'this is not a database at all, just bytes' > "$DATA_DIR/notes.sqlite"
start_sobes 100 30
wait_for "notes database was damaged"
ls "$DATA_DIR" | grep -q "^notes.sqlite.corrupt-" || fail "the damaged database was not moved aside"
grep -q "this is not a database" "$DATA_DIR"/notes.sqlite.corrupt-* || fail "the moved file lost its bytes"
