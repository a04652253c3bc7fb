#!/usr/bin/env bash
# The mouse selects a question and scrolls; t opens the topics; a pipe gets a clear refusal.
source "$(dirname "$0")/lib.sh"

start_sobes 100 30
wait_for "Вопрос 1."
# Click the 4th question of the list.
click_row " 4 Что такое"
wait_for "Вопрос 4. Что такое asyncio.gather"

# The wheel over the answer scrolls it.
before="$(screen)"
mouse 65 50 10
[ "$(screen)" != "$before" ] || fail "the wheel did not scroll the answer"

keys t
wait_for "Темы"
expect_screen "04. Asyncio и конкурентность"
keys Enter
settle
expect_not_screen "Темы ·"
keys q
wait_for "[exit 0]"

# Not a terminal: a one-line message and status 2, nothing drawn.
output="$("$SOBES" 2>&1 </dev/null | cat)" && status=0 || status=$?
echo "$output" | grep -q "needs a terminal" || fail "no clear message when stdout is a pipe: $output"
[ "$status" -eq 2 ] || fail "expected exit status 2 when stdout is a pipe, got $status"
