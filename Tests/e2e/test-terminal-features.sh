#!/usr/bin/env bash
# What the terminal can do is used: 24-bit colour when COLORTERM asks for it (through the
# terminal's direct-colour terminfo entry), the nearest palette colours without it; SGR mouse
# reports under tmux-256color, whose terminfo names the classic encoding, so that a click past
# column 223 arrives.
source "$(dirname "$0")/lib.sh"

# Inside tmux, TERM is tmux's own (tmux-256color, or screen). Their direct-colour entries come
# with ncurses-term, which may be missing: then entries written here stand in, with the same
# capabilities plus RGB colour numbers (values below 8 are the ANSI colours, as in ncurses').
terminfo="$DATA_DIR/terminfo"
for base in tmux screen; do
    infocmp -x "$base-direct" >/dev/null 2>&1 && continue
    infocmp -x "$base-256color" >/dev/null 2>&1 || continue
    cat > "$DATA_DIR/$base-direct.src" <<ENTRY
$base-direct|$base with 24-bit colour numbers (written by the e2e test),
	RGB, colors#0x1000000, pairs#0x10000,
	setaf=\E[%?%p1%{8}%<%t3%p1%d%e38;2;%p1%{65536}%/%d;%p1%{256}%/%{255}%&%d;%p1%{255}%&%d%;m,
	setab=\E[%?%p1%{8}%<%t4%p1%d%e48;2;%p1%{65536}%/%d;%p1%{256}%/%{255}%&%d;%p1%{255}%&%d%;m,
	use=$base-256color,
ENTRY
    tic -x -o "$terminfo" "$DATA_DIR/$base-direct.src" 2>/dev/null || fail "tic could not compile $base-direct"
done

E2E_ENV="COLORTERM=truecolor TERMINFO_DIRS=$terminfo:" start_sobes 120 30
wait_for "Вопрос 1."
screen_with_colors | grep -q $'\e\\[38;2;' || fail "COLORTERM=truecolor, yet no 24-bit colour (38;2)"
keys q
wait_for "[exit 0]"
stop_sobes

E2E_ENV="TERMINFO_DIRS=$terminfo:" start_sobes 120 30
wait_for "Вопрос 1."
if screen_with_colors | grep -q $'\e\\[38;2;'; then fail "24-bit colour without COLORTERM asking for it"; fi
screen_with_colors | grep -q $'\e\\[38;5;' || fail "no 256-colour palette without COLORTERM"
keys q
wait_for "[exit 0]"
stop_sobes

# 250 columns under tmux-256color: the program turns SGR reports on itself.
start_sobes 250 40
wait_for "Вопрос 1."
[ "$(tmux -L "$SOCKET" display -p '#{mouse_sgr_flag}')" = "1" ] || fail "SGR mouse reports (1006) are off"
keys z                              # the list over the whole width
wait_for "asyncio.gather"
row="$(screen | python3 -c 'import sys; print(next(i for i, l in enumerate(sys.stdin.read().split("\n")) if "asyncio.gather" in l))')"
mouse 0 240 "$row"
wait_for "вопрос 4/10"
keys q
wait_for "[exit 0]"
