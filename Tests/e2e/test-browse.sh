#!/usr/bin/env bash
# A reader opens the browser, reads question 1, goes to question 6's table,
# pages through its code, resizes the terminal, opens help and quits.
source "$(dirname "$0")/lib.sh"

start_sobes 120 40
wait_for "Вопрос 1. Как работает event loop в asyncio?"
expect_screen "Короткий ответ"
expect_screen "Event loop — бесконечный цикл"
expect_screen "04 · вопрос 1/10"

# Down to question 6: its comparison table is drawn with box-drawing characters.
keys j j j j j
wait_for "Вопрос 6. Когда использовать threading"
keys 3
wait_for "┌"
expect_screen "│ Аспект"
expect_screen "multiprocessing"
expect_screen "04 · вопрос 6/10"

# Focus the code pane (the section key focused the answer; forwards, Tab would stop on the
# follow-ups on screen first, as a web page's links) and page through the code.
keys BTab BTab
wait_for "h/l вбок"
# Its first block is a short diagram the answer shows inline: the pane opens on the example.
expect_screen "Код · блок 2/2"
keys [
wait_for "Код · блок 1/2"
keys ]
wait_for "Код · блок 2/"
first_page="$(screen)"
keys PageDown
[ "$(screen)" != "$first_page" ] || fail "PageDown did not move the code pane"
expect_screen "Код · блок 2/"  # the same block, scrolled

# Resize: two panes with code below, one pane, then back.
resize 70 20
wait_for "Код · блок 2/"
resize 30 10
wait_for "код"
resize 10 3
wait_for "Окно мало"
resize 120 40
wait_for "Вопрос 6. Когда использовать threading"

# Help lists the keys; Esc closes it.
keys ?
wait_for "Клавиши"
expect_screen "выход"
keys Escape
settle
expect_not_screen "Клавиши"

# Quit: the shell's prompt line is back and the screen is the normal one.
keys q
wait_for "[exit 0]"
expect_not_screen "Вопрос 6"
stop_sobes

# A config.toml key the browser cannot use is said once on stderr, not once per reader of
# the library's folders.
mkdir -p "$XDG_CONFIG_HOME/sobes"
echo 'library = 5' > "$XDG_CONFIG_HOME/sobes/config.toml"
tmux -L "$SOCKET" -f /dev/null new-session -d -x 100 -y 30 -e LANG=C.UTF-8 -e SOBES_DATA_DIR="$DATA_DIR" \
    -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" -e SOBES_CACHE_DIR="$SOBES_CACHE_DIR" \
    "$SOBES 2>'$DATA_DIR/stderr'; echo \"[exit \$?]\"; sleep 600"
wait_for "q выход"  # it reopens where the reader left it
keys q
wait_for "[exit 0]"
count="$(grep -c 'library: expected a list' "$DATA_DIR/stderr" || true)"
[ "$count" = 1 ] || fail "the config warning was said $count times: $(cat "$DATA_DIR/stderr")"
