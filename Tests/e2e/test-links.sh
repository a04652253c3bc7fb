#!/usr/bin/env bash
# Links between two fixture chapters open the right place (o and a digit, a click on the
# link), a broken one says why, a link to the web goes to $BROWSER; m marks a question,
# ' lists the marks, and the mark is there after a restart.
source "$(dirname "$0")/lib.sh"

export SOBES_CONTENT="$(cd "$(dirname "$0")/../ChapterTests/Fixtures/links" && pwd)"
# A browser that only writes down what it was asked to open.
export BROWSER="$DATA_DIR/fake-browser"
printf '#!/bin/sh\nprintf "%%s\\n" "$1" > "%s/opened"\n' "$DATA_DIR" > "$BROWSER"
chmod +x "$BROWSER"

start_sobes 120 36
wait_for "Вопрос 1. Что такое очередь с ограничением?"
expect_screen "Разделы"

keys Tab
keys o
wait_for "Ссылки ·"
expect_screen "2. раздел об ошибках  → 02/1 · Типичные ошибки"
keys 2
wait_for "Вопрос 1. Как ограничить ожидание?"
expect_screen "02. Таймауты"
expect_not_screen "Ссылки ·"

# A click on the link in the answer: 01-queues.md#вопрос-2-как-остановить-потребителя, percent-encoded.
click_row "вопрос 2 первой главы"
wait_for "Вопрос 2. Как остановить потребителя?"
expect_screen "01. Очереди и потребители"

keys o
wait_for "никуда: в библиотеке нет главы 07-missing.md"
number="$(screen | sed -n 's/.*│ \([0-9]\)\. старая глава .*/\1/p' | head -1)"
[ -n "$number" ] || fail "the broken link is not numbered"
keys "$number"
wait_for "Ссылка никуда не ведёт: в библиотеке нет главы 07-missing.md"
expect_screen "Вопрос 2. Как остановить потребителя?"

# The web: $BROWSER gets the URL, detached.
keys o
wait_for "Почта автора  → mailto:author@example.com"
number="$(screen | sed -n 's/.*│ \([0-9]\)\. Почта автора .*/\1/p' | head -1)"
keys "$number"
wait_for "Открываю mailto:author@example.com"
for _ in $(seq 1 50); do [ -s "$DATA_DIR/opened" ] && break; sleep 0.1; done
[ "$(cat "$DATA_DIR/opened" 2>/dev/null)" = "mailto:author@example.com" ] || fail "BROWSER was not given the link: $(cat "$DATA_DIR/opened" 2>/dev/null)"

keys m
wait_for "Закладка: Как остановить потребителя?"
screen | grep -q "^⚑2 " || fail "the list shows no mark on question 2"
keys "'"
wait_for "Закладки ·"
expect_screen "01/2  Как остановить потребителя?"
keys Escape
keys q
wait_for "[exit 0]"

# The mark outlives the program.
stop_sobes
start_sobes 120 36
wait_for "Вопрос"
for _ in $(seq 1 50); do screen | grep -q "^⚑2 " && break; sleep 0.1; done
screen | grep -q "^⚑2 " || fail "the mark is gone after a restart"
keys q
wait_for "[exit 0]"

# The command line lists it, as text and json.
[ "$("$SOBES" bookmarks)" = "01-queues/2  Как остановить потребителя?" ] || fail "sobes bookmarks: $("$SOBES" bookmarks 2>&1)"
"$SOBES" bookmarks --format json | python3 -c '
import json, sys
document = json.load(sys.stdin)
assert document["schema"] == 1 and document["command"] == "bookmarks", document
rows = document["bookmarks"]
assert [(r["chapter"], r["number"], r["key"]) for r in rows] == [("01-queues", 2, "как остановить потребителя")], rows
' || fail "sobes bookmarks --format json"
echo ok
