#!/usr/bin/env bash
# A follow-up leads to the question that answers it, and Backspace comes back to the exact place:
# question 1, read down to its follow-ups, follows "Как запустить блокирующий код в async
# контексте?" to question 8; Backspace shows question 1 again as it was (the captures agree).
source "$(dirname "$0")/lib.sh"

# The command line: show prints where the follow-up leads; list's json carries it.
"$SOBES" show 1 --width 80 --color never | grep -qF "→ 04/8 Как сочетать sync и async код?" || fail "show 1: no link to 04/8"
"$SOBES" list --format json | python3 -c '
import json, sys
document = json.load(sys.stdin)
assert document["schema"] == 1 and document["command"] == "list", document.keys()
rows = document["questions"]
follow = rows[0]["followUps"][1]
assert follow["text"] == "Как запустить блокирующий код в async контексте?", follow
assert follow["target"] == {"chapter": "04-asyncio", "number": 8, "title": "Как сочетать sync и async код?",
                            "key": "как сочетать sync и async код"}, follow
assert "target" not in rows[0]["followUps"][2]
assert all(set(row) == {"chapter", "chapterTitle", "number", "title", "key", "line", "followUps"} for row in rows)
' || fail "list --format json: followUps"
# The links are kept beside the library's index file, as the browser keeps them; a second run
# takes them from there and says the same.
ls "$SOBES_CACHE_DIR"/index/*.links >/dev/null 2>&1 || fail "list --format json kept no links beside the index"
[ "$("$SOBES" list --format json)" = "$("$SOBES" list --format json)" ] || fail "list --format json differs once its links are kept"

# A follow-up answered in another chapter: show reads its own chapter only, so it names that
# answer once the links of the whole library are kept (by the browser, or list --format json).
library="$DATA_DIR/two-chapters"
mkdir -p "$library"
chapter() {  # FILE NUMBER TITLE, then "question|short answer|text|follow-up" lines
    local file=$1 number=$2 title=$3 n=0
    printf '# %s. %s\n\n' "$number" "$title" > "$library/$file"
    while IFS='|' read -r question short text follow; do
        n=$((n + 1))
        printf '## Вопрос %d: %s\n\n### Короткий ответ\n%s\n\n### Подробный разбор\n%s\n\n### На интервью\n**Follow-up вопросы:**\n- %s\n\n---\n\n' \
            "$n" "$question" "$short" "$text" "$follow" >> "$library/$file"
    done
}
chapter 01-net.md 01 "Сети" <<'EOF2'
Что такое сокет?|Конечная точка соединения между процессами.|Сокет задаётся адресом и портом; сервер слушает порт и принимает соединения.|Как устроено рукопожатие TCP?
Что такое DNS?|Система доменных имён переводит имя в адрес.|Резолвер спрашивает корневые серверы, затем серверы зоны, и кэширует ответ.|Что такое TTL записи?
EOF2
chapter 02-proto.md 02 "Протоколы" <<'EOF2'
Что такое рукопожатие TCP?|Три сегмента SYN, SYN-ACK и ACK открывают соединение TCP.|Рукопожатие TCP согласует начальные номера последовательностей обеих сторон до передачи данных.|Зачем нужен TIME_WAIT?
Чем UDP отличается от TCP?|UDP не устанавливает соединение и не гарантирует доставку.|Датаграммы UDP идут без подтверждений, поэтому задержка меньше, а порядок не гарантирован.|Где применяют QUIC?
EOF2
# Older than the racy window: a file changed within it is taken as changed since the index.
# (Whole seconds: 2 s before the index's second, so over 3 s of real time in the worst case.)
sleep 3.2
show_net() { SOBES_CONTENT="$library" "$SOBES" show 01-net/1 --width 80 --color never; }
show_net | grep -qF "→ 02/1" && fail "show linked another chapter's answer before any links were kept"
SOBES_CONTENT="$library" "$SOBES" list --format json >/dev/null || fail "list --format json over two chapters"
show_net | grep -qF "Как устроено рукопожатие TCP? → 02/1 Что такое рукопожатие TCP?" \
    || { show_net | tail -8; fail "show 01-net/1: no link to the answer in chapter 02"; }

start_sobes 120 40
wait_for "Вопрос 1."
keys Enter
keys G k
# The links arrive once the search index is built, after the first frame.
wait_for "Как запустить блокирующий код в async контексте? → 04/8"
keys Tab Tab
before="$(screen)"
before_focused="$(screen_with_colors | grep -F "Как запустить блокирующий")"
keys Enter
wait_for "Вопрос 8. Как сочетать sync и async код?"
expect_screen "04 · вопрос 8/10"
keys j j
keys BSpace
wait_for "04 · вопрос 1/10"
after="$(screen)"
[ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after"); fail "Backspace did not come back to the same place"; }
# The follow-up followed is focused again, drawn as it was (its colours too).
[ "$before_focused" = "$(screen_with_colors | grep -F "Как запустить блокирующий")" ] || fail "the follow-up is not focused again"
# Alt+→ goes forward again, to question 8 as it was left (scrolled by two lines).
keys M-Right
wait_for "04 · вопрос 8/10"
keys q
wait_for "[exit 0]"
