#!/usr/bin/env bash
# Typed text is saved while the help or topics window is open: type, Tab, ?, wait,
# kill -9, and the note is there (the README promises kill -9 loses at most a second).
source "$(dirname "$0")/lib.sh"

for window in "?" "t"; do
    start_sobes 120 40
    wait_for "Вопрос 1."
    keys e
    wait_for "Заметка · вопрос 1"
    type_text "Окно поверх заметки $window"
    keys Tab
    keys "$window"
    if [ "$window" = "?" ]; then wait_for "Клавиши"; else wait_for "Темы"; fi
    sleep 3
    pid="$(pgrep -f "^$SOBES\$" | head -1)"
    [ -n "$pid" ] || fail "no sobes process to kill"
    kill -9 "$pid"
    stop_sobes
    "$SOBES" notes show 1 | grep -qF "Окно поверх заметки $window" || fail "the note typed before '$window' was lost"
done

# The help window closes with q (as less does) instead of quitting, and lists keys from
# the binding table at 80x24 without cutting them.
start_sobes 80 24
wait_for "Вопрос 1."
keys "?"
wait_for "Клавиши"
expect_screen "Движение"
keys q
settle
screen | grep -qF "Клавиши" && fail "q did not close the help"
expect_screen "04 · вопрос 1/10"
keys q
wait_for "[exit 0]"
