#!/usr/bin/env bash
# Recall mode like a person: r on chapter 04 hides the short answer, Space shows it, 3 grades
# it and moves on; after the session the list marks the graded questions and `sobes due --all`
# lists them with their due times; quitting mid-session, and kill -9, lose no grade given.
source "$(dirname "$0")/lib.sh"

log_lines() { "$SOBES" study export | grep -c . || true; }

start_sobes 120 40
wait_for "Вопрос 1."
wait_for "знаю 0/10 · к повтору 0"   # the review log is read
keys r
wait_for "Повторение · Открытая глава"
expect_screen "вопрос 1 из 10"
expect_screen "Зачем спрашивают"
expect_not_screen "Короткий ответ"
keys Space
wait_for "Короткий ответ"
expect_not_screen "Детальный разбор"
keys 3
wait_for "вопрос 2 из 10"
expect_not_screen "Короткий ответ"
keys Space
keys 1
wait_for "вопрос 3 из 10"
keys Escape
wait_for "Итоги повторения"
expect_screen "Оценено: 2 из 10 вопросов"
expect_screen "1 снова: 1 · 2 трудно: 0 · 3 хорошо: 1 · 4 легко: 0"
keys Escape
wait_for "Ответ"
# Both graded questions are learning now (~); the third is still new (·).
screen | grep -qE '^ +1 ~ ' || fail "question 1 not marked learning"
screen | grep -qE '^ +2 ~ ' || fail "question 2 not marked learning"
screen | grep -qE '^ +3 · ' || fail "question 3 not marked new"
keys q
stop_sobes

tsv="$("$SOBES" due --format tsv --all)"
[ "$(printf '%s\n' "$tsv" | cut -f1,2,4 | sort)" = "$(printf '04-asyncio\t1\tlearning\n04-asyncio\t2\tlearning')" ] \
    || fail "due --all after the session: $tsv"
printf '%s\n' "$tsv" | cut -f8 | grep -qvE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$' \
    && fail "a due time is not ISO 8601: $tsv"
[ "$(log_lines)" = 2 ] || fail "the log should hold 2 reviews"

# `sobes study` opens in the session; Ctrl+C in the middle keeps the grade already given.
start_sobes 120 40 study
wait_for "Повторение · Открытая глава"
keys Space
keys 4
wait_for "вопрос 2 из 10"
keys Space
keys C-c
stop_sobes
[ "$(log_lines)" = 3 ] || fail "quitting mid-session lost a grade"

# kill -9 right after a grade: it is already in the database.
start_sobes 120 40 study
wait_for "Повторение · Открытая глава"
keys Space
keys 2
wait_for "вопрос 2 из 10"
pid="$(pgrep -P "$(tmux -L "$SOCKET" display -p '#{pane_pid}')" | head -1)"
[ -n "$pid" ] || fail "no sobes process to kill"
kill -9 "$pid"
stop_sobes
[ "$(log_lines)" = 4 ] || fail "kill -9 lost a grade"
"$SOBES" due --format tsv --all | cut -f2,4 | grep -qF "$(printf '1\treview')" || fail "question 1 graduated to review"

# A mock interview: two questions, the title alone with a clock, Space for the whole
# answer and the follow-ups, grades into the log, a summary with the times.
before="$(log_lines)"
start_sobes 120 40 interview --count 2 --minutes 1
wait_for "Собеседование"
expect_screen "вопрос 1 из 2 · 0:0"
expect_screen "Отвечайте вслух"
keys Space
wait_for "Короткий ответ"
keys 3
wait_for "вопрос 2 из 2"
keys Space
keys 2
wait_for "Итоги собеседования"
expect_screen "В срок (1:00): 2 из 2"
keys Escape
stop_sobes
[ "$(log_lines)" = $((before + 2)) ] || fail "the interview's grades are not in the log"
refused="$("$SOBES" interview --count 0 2>&1)" && fail "interview --count 0 was accepted"
printf '%s' "$refused" | grep -qF -- "--count 0: expected 1 to 100" || fail "interview --count 0: $refused"
echo ok
