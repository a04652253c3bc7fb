#!/usr/bin/env python3
"""Checks the tables of one screen capture of the browser: no cell word is cut without `-`.

Usage: table_check.py CHAPTER.md QUESTION < capture

The words a table may show are read from the question's Markdown tables. On the screen, a
grid table is found by its corners (┌ ┐, ├ ┤, └ ┘ or a row's outer │), stacked records by
their rules (a run of ─). Every line's last word in a cell (or a record's line) must be a
whole word of the table, or end with `-` (a hyphenation or hard break: the rest follows on
the next line), or end with the word's own punctuation (`asyncio.`, `max_`). Prints each
problem and exits 1 if there is one.
"""
import re
import sys

BREAKS_AFTER = set("-–—/\\._,:;|&")
BREAKS_BEFORE = set("([")


def table_words(chapter_path, number):
    text = open(chapter_path, encoding="utf-8").read()
    parts = re.split(r"^## ", text, flags=re.M)
    question = next(p for p in parts if re.match(rf"(Вопрос|Question) {number}:", p))
    words, headers = set(), set()
    header_next = True
    for line in question.split("\n"):
        if not line.startswith("|"):
            header_next = True
            continue
        if re.match(r"^\|[\s:|-]+\|$", line):
            continue
        for cell in line.strip().strip("|").split("|"):
            cell = cell.replace("`", "").replace("**", "").strip()
            words.update(cell.split())
            if header_next and cell:
                # A header labels a record's line: "Модуль: value".
                headers.add(cell)
                words.add(cell.split()[-1] + ":")
        header_next = False
    return words, headers


def is_fine(token, words):
    if token in words:
        return True
    if token.endswith("-") and any(w.startswith(token[:-1]) and len(w) > len(token) - 1 for w in words):
        return True
    for w in words:
        if w.startswith(token) and len(w) > len(token):
            if token[-1] in BREAKS_AFTER or w[len(token)] in BREAKS_BEFORE:
                return True
    return False


def continuation(previous, words):
    """What a cell's line begins with when the line above ended in a piece of a word."""
    if not previous or previous in words:
        return ""
    return previous[:-1] if previous.endswith("-") else previous


def check(lines, words, headers):
    problems = []
    # For each cell (by the screen column of its left border): the last word on the line above.
    above = {}
    for y, line in enumerate(lines):
        cells = {}
        # Grid rows: the text between a table's outer borders, split into cells at │.
        for match in re.finditer(r"│([^│┌┐└┘├┤]*(?:│[^│┌┐└┘├┤]*)+)│", line):
            x = match.start()
            for cell in match.group(1).split("│"):
                tokens = cell.split()
                cells[x] = tokens[-1] if tokens else None
                if tokens:
                    # The first word may finish the piece the line above ended in.
                    last = tokens[-1]
                    if len(tokens) == 1:
                        last = continuation(above.get(x), words) + last
                    cells[x] = last
                    if not is_fine(last, words):
                        problems.append(f"row {y}: «{tokens[-1]}» cut without a mark in «{cell.strip()}»")
                x += len(cell) + 1
        above = cells
    # Records: the lines between two rules of ─.
    rules = [y for y, line in enumerate(lines) if re.search(r"─{12,}", line) and not re.search(r"[┌┐└┘├┤┬┴┼]", line)]
    if rules:
        start = re.search(r"─{12,}", lines[rules[0]])
        left, right = start.start(), start.end()
        in_record = False
        for y in range(rules[0], len(lines)):
            text = lines[y][left:right]
            if re.match(r"─{12,}", text):
                in_record = True
                continue
            # A record's lines: "header: value", then continuations indented by two.
            starts = any(text.startswith(h + ":") for h in headers)
            in_record = in_record and (starts or re.match(r"  \S", text) is not None)
            in_record = in_record or starts
            if not in_record:
                continue
            tokens = text.split()
            if tokens and not is_fine(tokens[-1], words):
                problems.append(f"row {y}: «{tokens[-1]}» cut without a mark in a record")
    return problems


def main():
    words, headers = table_words(sys.argv[1], sys.argv[2])
    lines = sys.stdin.read().split("\n")
    problems = check(lines, words, headers)
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
