#!/usr/bin/env bash
# A data directory on a read-only file system: the notes show, in the CLI and the browser,
# and edits are refused with a message, never silently dropped.
source "$(dirname "$0")/lib.sh"

if ! unshare -m true 2>/dev/null; then
    echo "skipped: this machine cannot make a private mount namespace (unshare -m)"
    exit 0
fi
start_sobes 120 40
wait_for "Вопрос 1."
keys e
wait_for "Заметка · вопрос 1"
type_text "Видна только для чтения"
keys Escape
keys q
wait_for "[exit 0]"
stop_sobes

# The same directory, mounted read-only in a namespace of its own.
readonly_run() {
    unshare -m sh -c "mount --bind '$DATA_DIR' '$DATA_DIR' && mount -o remount,bind,ro '$DATA_DIR' && $*"
}
readonly_run "SOBES_DATA_DIR='$DATA_DIR' '$SOBES' notes show 1" | grep -qF "Видна только для чтения" || fail "notes show on a read-only directory"
readonly_run "SOBES_DATA_DIR='$DATA_DIR' '$SOBES' notes export" | grep -qF "Видна только для чтения" || fail "notes export on a read-only directory"
status=0; readonly_run "SOBES_DATA_DIR='$DATA_DIR' '$SOBES' review 1 good" 2>/dev/null || status=$?
[ "$status" -eq 2 ] || fail "a review on a read-only directory: status $status"

# The browser, run inside the namespace (the tmux server stays in it).
tmux -L "$SOCKET" kill-server 2>/dev/null || true
readonly_run "tmux -L '$SOCKET' -f /dev/null new-session -d -x 120 -y 40 -e LANG=C.UTF-8 -e LC_ALL=C.UTF-8 -e TERM=xterm-256color -e SOBES_DATA_DIR='$DATA_DIR' '$SOBES; echo \"[exit \$?]\"; sleep 600'"
tmux -L "$SOCKET" set-option -g status off >/dev/null
wait_for "только для чтения"
keys G
wait_for "Видна только для чтения"   # the note under the answer
keys e
wait_for "Редактор не открыть"
keys q
wait_for "[exit 0]"
