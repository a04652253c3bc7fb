#!/usr/bin/env bash
# Wide tables at 80x24 and 120x40: scrolled through page by page, no cell word is cut
# without `-` (a grid, or stacked records where the pane is too narrow); `sobes show` is
# never wider than --width, 40 to 120 columns, on chapter 04 and the fixtures.
source "$(dirname "$0")/lib.sh"
here="$(cd "$(dirname "$0")" && pwd)"
tables="$here/../ChapterTests/Fixtures/tables"
work="$(mktemp -d /tmp/sobes-tables-XXXXXX)"
trap 'rm -rf "$work"; cleanup' EXIT

# browse_table CHAPTER QUESTION COLS ROWS: open the chapter (a path) alone, go to the
# question's details and page through them, checking every screen.
browse_table() {
    local chapter="$1" number="$2" cols="$3" rows="$4"
    rm -rf "$work/library"; mkdir -p "$work/library"
    cp "$chapter" "$work/library/"
    SOBES="SOBES_CONTENT=$(printf %q "$work/library") $SOBES" start_sobes "$cols" "$rows"
    wait_for "вопрос 1/"
    for _ in $(seq 2 "$number"); do keys j; done
    keys 3
    local seen_table=0 previous=""
    for page in $(seq 1 12); do
        local capture; capture="$(screen)"
        [ "$capture" = "$previous" ] && break
        if grep -qE "┌|─{12,}" <<<"$capture"; then seen_table=1; fi
        python3 "$here/table_check.py" "$chapter" "$number" <<<"$capture" >"$work/problems" \
            || fail "$chapter/$number at ${cols}x${rows}, page $page: $(cat "$work/problems")"
        previous="$capture"
        keys Space
    done
    [ "$seen_table" -eq 1 ] || fail "$(basename "$chapter")/$number at ${cols}x${rows}: no table on screen"
    stop_sobes
    # The next run starts at the first question, not where this one was left.
    rm -rf "$DATA_DIR"; mkdir -p "$DATA_DIR"
}

for size in "80 24" "120 40"; do
    browse_table "$tables/21-wide-tables.md" 1 $size
    browse_table "$tables/21-wide-tables.md" 2 $size
    browse_table "$tables/21-wide-tables.md" 3 $size
    browse_table "$tables/22-english-tables.md" 1 $size
    browse_table "$here/../../Content/04-asyncio.md" 4 $size
    browse_table "$here/../../Content/04-asyncio.md" 6 $size
done

# The check itself sees a cut word: the old renderer's `multiproc|essing`.
printf '│ Аспект    │ multiproc │\n│           │ essing    │\n' >"$work/old"
printf '## Вопрос 1: q\n| Аспект | multiprocessing |\n|---|---|\n' >"$work/old.md"
if python3 "$here/table_check.py" "$work/old.md" 1 <"$work/old" >/dev/null; then
    fail "table_check.py passed a word cut without a mark"
fi

# sobes show --width W: no line wider than W.
for width in $(seq 40 120); do
    for question in 21-wide-tables/1 21-wide-tables/2 21-wide-tables/3 22-english-tables/1; do
        SOBES_CONTENT="$tables" "$SOBES" show "$question" --width "$width" --color never
    done >"$work/show-$width"
    for question in $(seq 1 10); do
        "$SOBES" show "$question" --width "$width" --color never
    done >>"$work/show-$width"
done
python3 - "$work" <<'PY' || fail "sobes show printed a line wider than --width"
import sys, unicodedata
def width(text):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
bad = 0
for w in range(40, 121):
    for line in open(f"{sys.argv[1]}/show-{w}", encoding="utf-8").read().split("\n"):
        if width(line) > w:
            bad += 1
            if bad < 5:
                print(f"width {w}: {width(line)}: {line}")
sys.exit(1 if bad else 0)
PY
echo "ok"
