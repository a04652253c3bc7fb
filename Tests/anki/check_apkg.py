#!/usr/bin/env python3
"""Anki's own code reads what `sobes export --format apkg` writes.

    python3 Tests/anki/check_apkg.py path/to/sobes

Installs the `anki` package 26.9.3 from PyPI into a private venv on first use
(~/.cache/sobes/anki-26.9.3, or $SOBES_ANKI_VENV), then, with a copy of the bundled
library and a fresh data directory:

1. exports chapter 04 with a note on one question and imports the package into a new
   collection with `Collection.import_anki_package`: every question arrives as one note
   with its title, short answer, code and the reader's note, tagged by chapter, in the
   chapter's deck;
2. edits a short answer and the note, exports again and imports into the same collection:
   still one note per question (Anki matched them by GUID), and the edited fields changed.

Prints what it checked; exits 1 on the first disagreement.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

VERSION = "26.9.3"


def ensure_anki():
    try:
        from importlib.metadata import version
        import anki  # noqa: F401
        if version("anki") == VERSION:
            return
    except ImportError:
        pass
    if os.environ.get("SOBES_ANKI_REEXEC"):
        sys.exit(f"check_apkg.py: anki {VERSION} did not install")
    venv = os.environ.get("SOBES_ANKI_VENV") or os.path.expanduser(f"~/.cache/sobes/anki-{VERSION}")
    python = os.path.join(venv, "bin", "python3")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    subprocess.run([python, "-m", "pip", "install", "--quiet", f"anki=={VERSION}"], check=True)
    os.environ["SOBES_ANKI_REEXEC"] = "1"
    os.execv(python, [python, os.path.abspath(__file__)] + sys.argv[1:])


ensure_anki()

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
FAILURES = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        FAILURES.append(what)


def run(sobes, env, *args):
    result = subprocess.run([sobes, *args], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"sobes {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def write_note(sobes, env, work, number, title, text):
    path = os.path.join(work, f"note-{number}.md")
    with open(path, "w") as out:
        out.write("<!-- sobes-notes version=1 -->\n# Заметки\n\n## 04-asyncio\n\n"
                  f"<!-- sobes-note chapter=04-asyncio question={number} -->\n"
                  f"### Вопрос {number}: {title}\n\n{text}\n<!-- /sobes-note -->\n")
    run(sobes, env, "notes", "import", path)


def import_package(collection, path):
    request = ImportAnkiPackageRequest(package_path=path, options=ImportAnkiPackageOptions())
    return collection.import_anki_package(request)


def read_notes(collection):
    notes = {}
    for note_id in collection.find_notes(""):
        note = collection.get_note(note_id)
        notes[note.guid] = note
    return notes


def text(field):
    return html.unescape(re.sub(r"<[^>]+>", "", field))


def main():
    sobes = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="sobes-anki-")
    try:
        library = os.path.join(work, "Content")
        shutil.copytree(os.path.join(ROOT, "Content"), library)
        env = dict(os.environ, SOBES_CONTENT=library, SOBES_DATA_DIR=os.path.join(work, "data"),
                   XDG_CONFIG_HOME=os.path.join(work, "config"), XDG_DATA_HOME=os.path.join(work, "xdg"))
        titles = [line.split("\t")[2] for line in run(sobes, env, "list", "--format", "tsv").splitlines()
                  if line.startswith("04-asyncio\t")]
        check(len(titles) == 10, f"chapter 04 lists 10 questions ({len(titles)})")
        write_note(sobes, env, work, 3, titles[2], "Моя заметка: <не забыть> про & и gather.")

        first = os.path.join(work, "first.apkg")
        run(sobes, env, "export", "--chapter", "04-asyncio", "--format", "apkg", "-o", first)
        os.makedirs(os.path.join(work, "anki"))
        collection = Collection(os.path.join(work, "anki", "collection.anki2"))
        import_package(collection, first)
        notes = read_notes(collection)
        check(len(notes) == 10, f"the first import brings 10 notes ({len(notes)})")
        by_title = {text(note["Вопрос"]): note for note in notes.values()}
        check(sorted(by_title) == sorted(titles), "every question's title arrives as the note's title")
        model = collection.models.get(next(iter(notes.values())).mid)
        fields = [field["name"] for field in model["flds"]]
        check(fields == ["Вопрос", "Зачем спрашивают", "Короткий ответ", "Разбор", "Код", "Заметка", "Источник"],
              f"the note type has Sobes's fields ({fields})")
        check(all(text(note["Короткий ответ"]).strip() for note in notes.values()), "every note has its short answer")
        check(all(text(note["Зачем спрашивают"]).strip() for note in notes.values()), "every note has why it is asked")
        with_code = [note for note in notes.values() if "<pre class=\"code" in note["Код"]]
        check(len(with_code) == 10, f"every question's code arrives as HTML ({len(with_code)} of 10)")
        check(any("tk-syntax-keyword" in note["Код"] for note in with_code), "the code is highlighted (keyword spans)")
        noted = by_title[titles[2]]
        check("&lt;не забыть&gt;" in noted["Заметка"] and "&amp;" in noted["Заметка"],
              "the reader's note arrives, HTML-escaped")
        check(sum(1 for note in notes.values() if note["Заметка"]) == 1, "only the noted question has a note")
        check(all("sobes::chapter::04-asyncio" in note.tags for note in notes.values()), "every note is tagged by chapter")
        decks = {collection.decks.name(card.did) for card in (collection.get_card(cid) for cid in collection.find_cards(""))}
        check(decks == {"Sobes::04. Asyncio и конкурентность"}, f"the cards are in the chapter's deck ({decks})")
        guids = {title: note.guid for title, note in by_title.items()}

        # The reader edits a short answer and the note; Anki updates only from a newer note.
        time.sleep(1.1)
        chapter = os.path.join(library, "04-asyncio.md")
        with open(chapter) as source:
            markdown = source.read()
        short = re.compile(r"### Короткий ответ\s*\n\s*")
        start = short.search(markdown, markdown.index("## Вопрос 1:")).end()
        markdown = markdown[:start] + "ИЗМЕНЕНО: " + markdown[start:]
        with open(chapter, "w") as out:
            out.write(markdown)
        write_note(sobes, env, work, 3, titles[2], "Заметка после правки.")
        second = os.path.join(work, "second.apkg")
        run(sobes, env, "export", "--chapter", "04-asyncio", "--format", "apkg", "-o", second)
        import_package(collection, second)
        notes = read_notes(collection)
        check(len(notes) == 10, f"after the second import there are still 10 notes ({len(notes)})")
        check(len(collection.find_cards("")) == 10, "and still 10 cards")
        by_title = {text(note["Вопрос"]): note for note in notes.values()}
        check({title: note.guid for title, note in by_title.items()} == guids, "each question kept its GUID")
        check(text(by_title[titles[0]]["Короткий ответ"]).startswith("ИЗМЕНЕНО: "), "the edited short answer was updated")
        check(text(by_title[titles[2]]["Заметка"]).strip() == "Заметка после правки.", "the edited note was updated")
        collection.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if FAILURES:
        print(f"{len(FAILURES)} check(s) failed")
        sys.exit(1)
    print("the Anki package imports into Anki and updates on re-import")


if __name__ == "__main__":
    main()
