#!/usr/bin/env bash
# A database another process holds at start-up: the screen never freezes, the reader is
# told, editing waits, and the notes arrive as soon as the lock goes.
source "$(dirname "$0")/lib.sh"

start_sobes 120 40
wait_for "Вопрос 1."
keys e
wait_for "Заметка · вопрос 1"
type_text "Есть до блокировки"
keys Escape
keys q
wait_for "[exit 0]"
stop_sobes

# Hold the write lock for four seconds, the way a second sobes in the middle of a save would.
python3 - "$DATA_DIR/notes.sqlite" <<'PY' &
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
db.execute("BEGIN EXCLUSIVE")
open(sys.argv[1] + ".held", "w").close()
time.sleep(4)
db.execute("ROLLBACK")
PY
holder=$!
for _ in $(seq 1 100); do [ -e "$DATA_DIR/notes.sqlite.held" ] && break; sleep 0.05; done
start_sobes 120 40
wait_for "Вопрос 1."
keys j                            # keys work while the database is held
wait_for "04 · вопрос 2/10"
wait_for "Заметки заняты"
keys k
keys e                            # the editor waits: the note was not read yet
wait_for "Заметки не прочитаны"
wait "$holder"
for _ in $(seq 1 100); do screen | grep -qF "Заметки прочитаны" && break; sleep 0.1; done
keys e
wait_for "Есть до блокировки"
keys Escape
keys q
wait_for "[exit 0]"
