#!/usr/bin/env bash
# Ctrl+Z while browsing gives the shell back (without SGR mouse reports); fg brings the program
# back whole, its modes too; Ctrl+L redraws.
source "$(dirname "$0")/lib.sh"

tmux -L "$SOCKET" -f /dev/null new-session -d -x 100 -y 30 \
    -e LANG=C.UTF-8 -e LC_ALL=C.UTF-8 -e TERM=xterm-256color -e SOBES_DATA_DIR="$DATA_DIR" "bash --norc --noprofile -i"
tmux -L "$SOCKET" set-option -g status off >/dev/null
settle
tmux -L "$SOCKET" send-keys "PS1='$ '; $SOBES" Enter
wait_for "Вопрос 1."
[ "$(tmux -L "$SOCKET" display -p '#{mouse_sgr_flag}')" = "1" ] || fail "SGR mouse reports are off"
keys C-z
wait_for "Stopped"
# The shell gets the terminal without the program's own modes; fg brings them back.
[ "$(tmux -L "$SOCKET" display -p '#{mouse_sgr_flag}')" = "0" ] || fail "SGR mouse reports left on for the shell"
tmux -L "$SOCKET" send-keys "fg" Enter
wait_for "04 · вопрос 1/10"
[ "$(tmux -L "$SOCKET" display -p '#{mouse_sgr_flag}')" = "1" ] || fail "SGR mouse reports not back after fg"
keys j
wait_for "Вопрос 2."
keys C-l
wait_for "04 · вопрос 2/10"
keys q
wait_for "$ "
