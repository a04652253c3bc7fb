#!/usr/bin/env bash
# A chapter edited on disk while it is open: the screen shows the new text by itself, the
# reader stays on their question, and the note they are typing stays with that question
# though the questions were renumbered around it.
source "$(dirname "$0")/lib.sh"

library="$DATA_DIR/library"
mkdir -p "$library"
chapter() {  # chapter FILE "Title|answer" ...: a chapter of numbered questions
    local file="$1"; shift
    { echo "# 01. Базы данных"; echo
      local number=1 entry
      for entry in "$@"; do
          printf '## Вопрос %d: %s\n\n### Короткий ответ\n\n%s\n\n---\n\n' "$number" "${entry%%|*}" "${entry#*|}"
          number=$((number + 1))
      done; } > "$file.tmp"
    mv "$file.tmp" "$file"  # as editors save: a new file renamed over the old
}
chapter "$library/01-db.md" "Что такое индекс?|Структура для быстрого поиска." \
    "Что такое транзакция?|Единица работы." "Что такое MVCC?|Версии строк."

export SOBES_CONTENT="$library"  # this library alone, not the bundled one beside it
start_sobes 100 30
wait_for "Вопрос 1. Что такое индекс?"
keys j
wait_for "Единица работы."
keys e
type_text "заметка про ACID"

# A question added above and the answer edited, while the note is open.
chapter "$library/01-db.md" "Что такое нормализация?|Устранение избыточности." "Что такое индекс?|Структура для быстрого поиска." \
    "Что такое транзакция?|Единица работы: атомарность и изоляция." "Что такое MVCC?|Версии строк."
wait_for "Обновлено с диска: 01-db"
wait_for "атомарность и изоляция"
expect_screen "Что такое нормализация?"
expect_screen "заметка про ACID"
keys Escape
wait_for "Вопрос 3. Что такое транзакция?"
expect_screen "01 · вопрос 3/4"

# A chapter that appears is listed; an editor's backup beside it is not a chapter.
printf '# 02. Сети\n\n## Вопрос 1: Что такое TCP?\n\n### Короткий ответ\n\nПротокол.\n' > "$library/02-net.md"
echo "junk" > "$library/01-db.md~"
keys t
wait_for "Сети"
keys Escape

# The library folder gone: one line, and the chapters on screen stay.
mv "$library" "$library.moved"
wait_for "Не обновлено с диска"
expect_screen "Что такое транзакция?"
keys q
wait_for "[exit 0]"
stop_sobes

SOBES_CONTENT="$library.moved" "$SOBES" notes show 01-db/3 | grep -qF "заметка про ACID" \
    || fail "the note typed during the reload is not on its question"
echo "ok"
