#!/usr/bin/env bash
# Editor keys reach the program: Ctrl+Z undoes (it does not suspend), Ctrl+Y redoes,
# a bracketed paste of several lines arrives whole, Ctrl+W finds in the note, and the Russian
# layout still navigates.
source "$(dirname "$0")/lib.sh"

start_sobes 120 40
wait_for "Вопрос 1."
keys о                              # j with the Russian layout on
wait_for "04 · вопрос 2/10"
keys e
wait_for "Заметка · вопрос 2"
type_text "первая мысль"
wait_for "первая мысль"
keys C-z
settle
expect_not_screen "первая мысль"
expect_not_screen "Stopped"
keys C-y
wait_for "первая мысль"
tmux -L "$SOCKET" send-keys -l $'\e[200~строка один\rстрока два\e[201~'
settle
wait_for "строка два"
# Ctrl+W finds in the note (nano's Where Is): past the last match it goes on from the start;
# Esc leaves the cursor at the match, and typing goes in there.
keys C-w
wait_for "Найти в заметке:"
type_text "СТРОКА"
wait_for "Найти в заметке: СТРОКА"
keys Enter
wait_for "с начала заметки"
keys Escape
expect_not_screen "Найти в заметке:"
type_text "»"
wait_for "первая мысль»строка один"
# Ctrl+W again offers the last text: Enter goes to the next match.
keys C-w
wait_for "Найти в заметке: СТРОКА"
keys Enter Escape
type_text "«"
wait_for "«строка два"
keys Escape
keys q
wait_for "[exit 0]"
