#!/usr/bin/env bash
# Every signal whose default action ends the process ends the browser within a few seconds
# and gives the terminal back: main screen, no mouse reporting, cooked mode (issue 11). The
# ones that only terminate (not dump core) first save the note being typed.
source "$(dirname "$0")/lib.sh"

# The browser's process: the child of the pane's shell.
sobes_pid() { ps -o pid= --ppid "$(tmux -L "$SOCKET" display -p '#{pane_pid}')" | head -1 | tr -d ' '; }

crashes=" SEGV ABRT QUIT BUS ILL FPE TRAP SYS XCPU XFSZ "
for signal in SEGV ABRT QUIT BUS ILL FPE TRAP SYS USR1 USR2 PIPE ALRM VTALRM PROF XCPU XFSZ IO PWR STKFLT RTMIN TERM HUP INT; do
    start_sobes 100 30
    wait_for "04 · вопрос 1/10"
    terminates=true
    case "$crashes" in *" $signal "*) terminates=false ;; esac
    if $terminates; then
        keys e
        wait_for "Заметка · вопрос 1"
        type_text "заметка перед SIG$signal"
    fi
    pid="$(sobes_pid)"
    [ -n "$pid" ] || fail "no sobes process"
    started=$(date +%s%N)
    kill -"$signal" "$pid"
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    kill -0 "$pid" 2>/dev/null && fail "SIG$signal: still running after 5 s"
    elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
    wait_for "[exit "
    [ "$(tmux -L "$SOCKET" display -p '#{alternate_on}')" = "0" ] || fail "SIG$signal: still in the alternate screen"
    [ "$(tmux -L "$SOCKET" display -p '#{mouse_any_flag}')" = "0" ] || fail "SIG$signal: mouse reporting left on"
    stty -a -F "$(tmux -L "$SOCKET" display -p '#{pane_tty}')" | grep -qw icanon || fail "SIG$signal: the terminal left in raw mode"
    stty -a -F "$(tmux -L "$SOCKET" display -p '#{pane_tty}')" | grep -qw echo || fail "SIG$signal: echo left off"
    if $terminates; then
        "$SOBES" notes show 04-asyncio/1 | grep -qF "заметка перед SIG$signal" || fail "SIG$signal: the note typed before it was not saved"
    fi
    echo "SIG$signal: ended in ${elapsed_ms} ms, terminal restored$($terminates && echo ", note saved")"
    stop_sobes
done
echo "ok"
