#!/usr/bin/env python3
"""docs/json.md's examples against the program.

    json_doc.py SOBES DOC           check: each example has the shape the program prints now
    json_doc.py SOBES DOC --write   regenerate the examples from the program

Each example follows a marker `<!-- example: ARGS -->` and is the output of `sobes ARGS`
over the bundled chapter and a data directory made here (a note, two reviews, a bookmark).
Arrays of objects are cut to their first item in the document; the check compares keys and value types
everywhere, arrays by their first item, so a renamed, added or dropped field fails it.
"""
import json, os, re, sqlite3, subprocess, sys, tempfile, urllib.parse

MARKER = re.compile(r"<!-- example: (.+?) -->\n```json\n(.*?)```\n", re.S)


def run(sobes, env, args, check=True):
    result = subprocess.run([sobes] + args, env=env, capture_output=True, text=True)
    if check and result.returncode != 0:
        sys.exit(f"sobes {' '.join(args)}: status {result.returncode}: {result.stderr}")
    return result.stdout


def prepare(sobes, work):
    env = dict(os.environ, SOBES_DATA_DIR=f"{work}/data", SOBES_CACHE_DIR=f"{work}/cache",
               XDG_CONFIG_HOME=f"{work}/config", TZ="UTC", LANG="C.UTF-8")
    env.pop("NO_COLOR", None)
    first = json.loads(run(sobes, env, ["list", "--format", "json"]))["questions"][0]
    quote = lambda text: urllib.parse.quote(text, safe="._~-")
    with open(f"{work}/notes.md", "w") as notes:
        notes.write("<!-- sobes-notes version=2 -->\n# Заметки\n\n## 04-asyncio\n\n"
                    f"<!-- sobes-note chapter={quote(first['chapter'])} question={quote(first['key'])} -->\n"
                    f"### {first['title']}\n\nОдин поток, одна очередь готовых задач.\n<!-- /sobes-note -->\n")
    run(sobes, env, ["notes", "import", f"{work}/notes.md"])
    run(sobes, env, ["review", "1", "good", "--at", "2026-12-01T10:00:00Z", "--no-fuzz"])
    run(sobes, env, ["review", "6", "again", "--at", "2026-12-01T10:00:00Z", "--no-fuzz"])
    with sqlite3.connect(f"{work}/data/notes.sqlite") as db:
        db.execute("INSERT INTO bookmark VALUES (?, ?, ?, ?)", (first["chapter"], first["key"], first["title"], 1796126400.0))
    with open(f"{work}/example.py", "w") as code:
        code.write("def f(x):\n    return 'ё' + x\n")
    return env


def output(sobes, env, work, args):
    args = [a.replace("EXAMPLE.py", f"{work}/example.py") for a in args.split()]
    return json.loads(run(sobes, env, args, check=False))


def cut(value):
    """The value with every array of objects cut to its first item."""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return [cut(value[0])]
        return [cut(item) for item in value]
    if isinstance(value, dict):
        return {k: cut(v) for k, v in value.items()}
    return value


def pretty(value, indent=""):
    """Indented JSON, with arrays of plain values on one line (`"bytes": [0, 3]`)."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {pretty(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and any(isinstance(item, (dict, list)) for item in value):
        return "[\n" + ",\n".join(inner + pretty(item, inner) for item in value) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def shape(value):
    if isinstance(value, dict):
        return {k: shape(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


def main():
    sobes, doc = sys.argv[1], sys.argv[2]
    write = "--write" in sys.argv[3:]
    text = open(doc, encoding="utf-8").read()
    with tempfile.TemporaryDirectory() as work:
        env = prepare(sobes, work)
        problems = []

        def replace(match):
            args, example = match.group(1), match.group(2)
            real = cut(output(sobes, env, work, args))
            if write:
                return f"<!-- example: {args} -->\n```json\n{pretty(real)}\n```\n"
            documented = json.loads(example)
            if shape(documented) != shape(real):
                problems.append(f"sobes {args}: the example in {doc} differs from the program's output:\n"
                                f"  documented {json.dumps(shape(documented), ensure_ascii=False)}\n"
                                f"  printed    {json.dumps(shape(real), ensure_ascii=False)}")
            for key in ("schema", "command"):
                if documented.get(key) != real.get(key):
                    problems.append(f"sobes {args}: {key} {documented.get(key)!r} in the doc, {real.get(key)!r} printed")
            return match.group(0)

        updated = MARKER.sub(replace, text)
        if not MARKER.search(text):
            problems.append(f"{doc}: no examples found")
        if write:
            open(doc, "w", encoding="utf-8").write(updated)
        if problems:
            sys.exit("\n".join(problems) + "\nRegenerate with: python3 Tests/e2e/json_doc.py SOBES docs/json.md --write")


main()
