# Helpers for end-to-end tests: drive the real program in tmux like a person.
# Each test script sources this file, calls `start_sobes COLS ROWS [ARGS...]`,
# types with `keys`/`type_text`, and checks the screen with `expect_screen`.
set -euo pipefail

: "${SOBES:?set SOBES to the sobes binary}"
SOCKET="sobes-e2e-$$-$RANDOM"
DATA_DIR="$(mktemp -d /tmp/sobes-e2e-data-XXXXXX)"
export SOBES_DATA_DIR="$DATA_DIR"
# The reader's own library folder and config.toml: empty, so only the given library shows.
export XDG_DATA_HOME="$DATA_DIR/xdg-data" XDG_CONFIG_HOME="$DATA_DIR/xdg-config"
# The chapter cache: private to the test, so no run reads another's entries.
export SOBES_CACHE_DIR="$DATA_DIR/cache"
unset NO_COLOR

cleanup() {
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCKET"
    rm -rf "$DATA_DIR"
}
trap cleanup EXIT

# start_sobes COLS ROWS [ARGS...]: a fresh session running sobes, after which the shell stays
# so the terminal's state after quitting can be inspected. Inside, TERM is tmux's own
# (tmux-256color); E2E_ENV="NAME=VALUE ..." adds variables (COLORTERM, TERMINFO_DIRS).
start_sobes() {
    local cols="$1" rows="$2"; shift 2
    local command="$SOBES"
    for argument in "$@"; do command+=" $(printf '%q' "$argument")"; done
    local extra=() pair
    for pair in ${E2E_ENV:-}; do extra+=(-e "$pair"); done
    local attempt
    for attempt in 1 2 3 4 5; do
        tmux -L "$SOCKET" -f /dev/null new-session -d -x "$cols" -y "$rows" "${extra[@]}" \
            -e LANG=C.UTF-8 -e LC_ALL=C.UTF-8 -e TERM=xterm-256color -e SOBES_DATA_DIR="$DATA_DIR" \
            -e XDG_DATA_HOME="$XDG_DATA_HOME" -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" -e SOBES_CACHE_DIR="$SOBES_CACHE_DIR" \
            "$command; echo \"[exit \$?]\"; sleep 600" 2>/dev/null && break
        sleep 0.2  # a server that is still shutting down
    done
    tmux -L "$SOCKET" set-option -g status off >/dev/null
    tmux -L "$SOCKET" resize-window -x "$cols" -y "$rows" 2>/dev/null || true
    settle
}

screen() { tmux -L "$SOCKET" capture-pane -p; }

# stop_sobes: ends the tmux server (and the program in it) and waits until it is gone.
stop_sobes() {
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    for _ in $(seq 1 50); do
        tmux -L "$SOCKET" has-session 2>/dev/null || return 0
        sleep 0.05
    done
}
screen_with_colors() { tmux -L "$SOCKET" capture-pane -p -e; }

# settle: wait until two captures a little apart agree (at most ~5 s).
settle() {
    local previous="" current
    for _ in $(seq 1 100); do
        sleep 0.05
        current="$(screen)"
        if [ -n "$current" ] && [ "$current" = "$previous" ]; then return 0; fi
        previous="$current"
    done
}

# After Escape, wait out the program's escape delay before anything else is sent: a key that
# follows within it reads as Alt+key (on a loaded machine the screen may settle before the
# program has even read the Escape).
keys() {
    tmux -L "$SOCKET" send-keys "$@"
    case " $* " in *" Escape "*) sleep 0.3 ;; esac
    settle
}
type_text() { tmux -L "$SOCKET" send-keys -l "$1"; settle; }
resize() { tmux -L "$SOCKET" resize-window -x "$1" -y "$2"; settle; }

fail() {
    echo "FAIL: $*"
    echo "---- screen ----"
    screen
    echo "----------------"
    exit 1
}

# wait_for TEXT: poll until the screen shows TEXT (at most ~5 s).
wait_for() {
    for _ in $(seq 1 100); do
        screen | grep -qF -- "$1" && return 0
        sleep 0.05
    done
    fail "screen never showed: $1"
}

expect_screen() { screen | grep -qF -- "$1" || fail "expected on screen: $1"; }
expect_not_screen() { if screen | grep -qF -- "$1"; then fail "did not expect on screen: $1"; fi; }

# click_row TEXT: a left click on the first screen row that shows TEXT, where TEXT starts
# (one capture, so a screen that changes meanwhile cannot mislead it).
click_row() {
    local place
    place="$(screen | python3 -c '
import sys
text = sys.argv[1]
for row, line in enumerate(sys.stdin.read().split("\n")):
    if text in line:
        print(line.index(text), row)
        break
' "$1")"
    [ -n "$place" ] || fail "no row shows: $1"
    mouse 0 ${place% *} ${place#* }
}

# mouse BUTTON X Y: a mouse press (and release) at a 0-based cell, encoded the way the
# program asked the terminal for (SGR 1006 or the classic X10 bytes), as tmux would send it.
# BUTTON: 0 left, 64 wheel up, 65 wheel down.
mouse() {
    local button="$1" x=$(($2 + 1)) y=$(($3 + 1))
    if [ "$(tmux -L "$SOCKET" display -p '#{mouse_sgr_flag}')" = "1" ]; then
        tmux -L "$SOCKET" send-keys -l $'\e'"[<${button};${x};${y}M"
        [ "$button" -lt 64 ] && tmux -L "$SOCKET" send-keys -l $'\e'"[<${button};${x};${y}m"
    else
        local bytes
        bytes="$(printf "\\e[M\\$(printf %03o $((32 + button)))\\$(printf %03o $((32 + x)))\\$(printf %03o $((32 + y)))")"
        tmux -L "$SOCKET" send-keys -l "$bytes"
        if [ "$button" -lt 64 ]; then
            bytes="$(printf "\\e[M\\$(printf %03o 35)\\$(printf %03o $((32 + x)))\\$(printf %03o $((32 + y)))")"
            tmux -L "$SOCKET" send-keys -l "$bytes"
        fi
    fi
    settle
}
