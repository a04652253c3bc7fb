#!/usr/bin/env bash
# The program reopens where the reader left it: the same question, the same pane.
source "$(dirname "$0")/lib.sh"

start_sobes 120 40
wait_for "Вопрос 1."
keys j j j j
wait_for "Вопрос 5. Как обрабатывать ошибки"
keys Tab
keys q
wait_for "[exit 0]"
stop_sobes

start_sobes 120 40
wait_for "Вопрос 5. Как обрабатывать ошибки"
expect_screen "04 · вопрос 5/10"
expect_screen "1-6 разделы"  # the answer pane has focus again
keys q
wait_for "[exit 0]"
