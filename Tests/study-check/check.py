#!/usr/bin/env python3
"""The second, independent FSRS check: random review sequences recorded through the real
command line (`sobes review`) and read back through `sobes due --format tsv`, compared
after every review with the `fsrs` package 6.3.2 fed the same ratings at the same times.

    python3 Tests/study-check/check.py path/to/sobes [--cards N] [--seed S]

Cards reviewed with --no-fuzz must agree on everything: state, step, due (to the second),
stability, difficulty and retrievability at a later moment (within 1e-4). Cards reviewed
with fuzz on must agree on state, step, stability, difficulty and retrievability (fuzz
moves only the due day), and each review-state interval must fall inside the package's
fuzz range around the exact one. Prints the agreement and exits 1 on any disagreement.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "StudyTests", "Fixtures"))
from fsrs_env import ensure_fsrs  # noqa: E402

ensure_fsrs(__file__)

import fsrs.scheduler  # noqa: E402
from fsrs import Card, Rating, Scheduler, State  # noqa: E402

STATE_NAMES = {State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}
RATING_NAMES = {Rating.Again: "again", Rating.Hard: "hard", Rating.Good: "good", Rating.Easy: "easy"}
TOLERANCE = 1e-4

# Titles that stress the stored key: punctuation, ё, case, a "Вопрос N:"-like start.
TITLES = [
    "Как работает event loop?", "Что такое «корутина» и чем она отличается от функции?",
    "Ёлка: зачем нужен asyncio.Lock()", "GIL — это что, и когда он мешает?",
    "Чем отличаются threading/multiprocessing/asyncio?", "Как отменить задачу (Task.cancel)?",
]


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def iso_seconds(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_library(directory, count):
    questions = []
    for number in range(1, count + 1):
        title = TITLES[number % len(TITLES)] + f" Вариант {number}"
        questions.append(f"## Вопрос {number}: {title}\n\n### Короткий ответ\n\nОтвет {number}.\n\n---\n")
    with open(os.path.join(directory, "01-check.md"), "w") as out:
        out.write("# 01. Проверка расписания\n\n" + "\n".join(questions))
    with open(os.path.join(directory, "README.md"), "w") as out:
        out.write("# Темы\n\n- [01. Проверка расписания](01-check.md)\n")


def next_time(rng, now, card):
    kind = rng.choices(["minutes", "hours", "day-boundary", "on-time", "late", "days", "long"],
                       weights=[28, 14, 6, 16, 16, 14, 6])[0]
    interval = max(card.due - now, timedelta(minutes=1))
    if kind == "minutes":
        return now + timedelta(milliseconds=rng.randint(1_000, 30 * 60_000))
    if kind == "hours":
        return now + timedelta(milliseconds=rng.randint(3_600_000, 86_399_000))
    if kind == "day-boundary":
        return now + timedelta(days=1, milliseconds=rng.choice([-1, 0, 1]) * rng.choice([1, 1_000, 60_000]))
    if kind == "on-time":
        return max(now + timedelta(seconds=1), card.due + timedelta(seconds=rng.randint(-60, 60)))
    if kind == "late":
        return card.due + interval * rng.random() * 2
    if kind == "days":
        return now + timedelta(days=rng.randint(1, 90), milliseconds=rng.randint(0, 86_399_999))
    return now + timedelta(days=rng.randint(200, 4_000), milliseconds=rng.randint(0, 86_399_999))


def fuzz_bounds(scheduler, days):
    """The package's smallest and largest fuzzed interval for `days` (its own code, with
    `random` pinned to the ends of [0, 1))."""
    results = []
    for value in (0.0, 1.0 - 1e-12):
        fsrs.scheduler.random = lambda value=value: value
        results.append(scheduler._get_fuzzed_interval(interval=timedelta(days=days)).days)
    return results


class Sobes:
    def __init__(self, binary, content, data, config):
        self.binary = binary
        self.common = ["--content", content, "--data", data]
        self.env = dict(os.environ, XDG_CONFIG_HOME=config, LC_ALL="C.UTF-8")
        self.env.pop("SOBES_CONTENT", None)
        self.env.pop("SOBES_DATA_DIR", None)
        self.calls = 0

    def run(self, *arguments):
        self.calls += 1
        result = subprocess.run([self.binary, *arguments, *self.common], env=self.env,
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"check.py: sobes {' '.join(arguments)} failed: {result.stderr.strip()}")
        return result.stdout

    def due_row(self, number, at):
        for line in self.run("due", "--all", "--format", "tsv", "--at", iso(at)).splitlines():
            fields = line.split("\t")
            if len(fields) != 9:
                raise SystemExit(f"check.py: a tsv row without 9 columns: {line!r}")
            if fields[1] == str(number):
                return fields
        return None


def compare(fields, card, probe, scheduler, fuzzed, previous_review):
    problems = []
    chapter, _, _, state, step, stability, difficulty, due, retrievability = fields
    if chapter != "01-check":
        problems.append(f"chapter {chapter}")
    if state != STATE_NAMES[card.state]:
        problems.append(f"state {state} != {STATE_NAMES[card.state]}")
    if step != ("" if card.step is None else str(card.step)):
        problems.append(f"step {step!r} != {card.step!r}")
    if abs(float(stability) - card.stability) > TOLERANCE:
        problems.append(f"stability {stability} != {card.stability}")
    if abs(float(difficulty) - card.difficulty) > TOLERANCE:
        problems.append(f"difficulty {difficulty} != {card.difficulty}")
    expected_r = scheduler.get_card_retrievability(card, probe)
    if abs(float(retrievability) - expected_r) > TOLERANCE:
        problems.append(f"retrievability {retrievability} != {expected_r}")
    if not fuzzed or card.state != State.Review:
        if due != iso_seconds(card.due):
            problems.append(f"due {due} != {iso_seconds(card.due)}")
    else:
        exact_days = (card.due - card.last_review).days
        ours = datetime.strptime(due, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        our_days = round((ours - previous_review.replace(microsecond=0)).total_seconds() / 86400)
        low, high = fuzz_bounds(scheduler, exact_days) if exact_days >= 3 else (exact_days, exact_days)
        if not low <= our_days <= high:
            problems.append(f"fuzzed interval {our_days} days outside [{low}, {high}] around {exact_days}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sobes")
    parser.add_argument("--cards", type=int, default=40)
    parser.add_argument("--seed", type=int, default=14)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    scheduler = Scheduler(enable_fuzzing=False)
    root = tempfile.mkdtemp(prefix="sobes-study-check-")
    try:
        content, data, config = (os.path.join(root, name) for name in ("content", "data", "config"))
        for directory in (content, data, config):
            os.makedirs(directory)
        write_library(content, options.cards)
        sobes = Sobes(os.path.abspath(options.sobes), content, data, config)
        reviews = agreed = 0
        failures = []
        fuzzed_reviews = 0
        for number in range(1, options.cards + 1):
            fuzzed = number % 4 == 0  # a quarter of the cards are reviewed with fuzz on
            card = Card(card_id=number)
            now = datetime(2020, 1, 1, tzinfo=timezone.utc) + timedelta(
                seconds=rng.randint(0, 6 * 365 * 86400), milliseconds=rng.choice([0, rng.randint(0, 999)]))
            again_weight = rng.choice([10, 20, 45])
            for review in range(rng.choice([1, 3, 6, 10, 16, 24])):
                if review:
                    now = next_time(rng, now, card)
                rating = rng.choices(list(RATING_NAMES), weights=[again_weight, 15, 50, 15])[0]
                arguments = ["review", f"01-check/{number}", RATING_NAMES[rating], "--at", iso(now)]
                sobes.run(*arguments, *([] if fuzzed else ["--no-fuzz"]))
                card, _ = scheduler.review_card(card, rating, review_datetime=now)
                probe = now + (card.due - now) * rng.random() * 3
                fields = sobes.due_row(number, probe)
                problems = ["not listed by sobes due"] if fields is None else compare(
                    fields, card, probe, scheduler, fuzzed, now)
                reviews += 1
                fuzzed_reviews += fuzzed
                if problems:
                    failures.append(f"card {number} review {review + 1} ({RATING_NAMES[rating]} at {iso(now)}): "
                                    + "; ".join(problems))
                else:
                    agreed += 1
        print(f"study-check: {agreed}/{reviews} reviews agree with fsrs 6.3.2 "
              f"({options.cards} cards, {reviews - fuzzed_reviews} reviews without fuzz, {fuzzed_reviews} with; "
              f"{sobes.calls} sobes runs)")
        for failure in failures[:20]:
            print("  " + failure)
        return 0 if not failures else 1
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
