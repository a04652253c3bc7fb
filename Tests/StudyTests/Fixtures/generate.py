#!/usr/bin/env python3
"""Writes the FSRS parity fixtures from the reference scheduler, the `fsrs` package 6.3.2.

    python3 Tests/StudyTests/Fixtures/generate.py

Installs the package into a private virtual environment on first use (fsrs_env.py), so
`swift test` never needs Python. Seeded: running it
again writes the same files.

scheduling-*.tsv: random review sequences (ratings, same-day reviews, day boundaries,
reviews on time, late and long after, lapses), one row per review with the card after it.
The first line is `# ` and the scheduler's settings as JSON (Scheduler.to_dict()), the
second names the columns:

    card  time  rating  draw  state  step  stability  difficulty  due  probe  retrievability

times in milliseconds since 1970 (UTC); `draw` is the uniform number the package's fuzz
was given for this review (the fuzzed file only: `random` is replaced by these draws);
`retrievability` is the card's at `probe`, a moment after the review.

fuzz-intervals.tsv: `maximum_interval  days  draw  fuzzed_days`, the package's fuzz of an
interval of `days` for a given draw.
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from fsrs_env import VERSION, ensure_fsrs  # noqa: E402

ensure_fsrs(__file__)

import fsrs  # noqa: E402
import fsrs.scheduler  # noqa: E402
from fsrs import Card, Rating, Scheduler, State  # noqa: E402

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MS = timedelta(milliseconds=1)
STATE_NAMES = {State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}


def at(ms):
    return EPOCH + timedelta(milliseconds=ms)


def to_ms(moment):
    whole, rest = divmod(moment - EPOCH, MS)
    assert rest == timedelta(0), moment
    return whole


class Draws:
    """Stands in for `random.random` inside the scheduler: hands out the draw set for the
    review in progress."""

    def __init__(self):
        self.value = 0.0

    def __call__(self):
        return self.value


def next_time(rng, now_ms, card):
    """The time of the next review: a mix of gaps that exercises every branch."""
    due_ms = to_ms(card.due)
    interval_ms = max(due_ms - now_ms, 60_000)
    kind = rng.choices(
        ["minutes", "hours", "day-boundary", "on-time", "late", "days", "long"],
        weights=[28, 14, 6, 16, 16, 14, 6],
    )[0]
    if kind == "minutes":
        gap = rng.randint(1_000, 30 * 60_000)
    elif kind == "hours":
        gap = rng.randint(3_600_000, 86_399_000)
    elif kind == "day-boundary":
        gap = 86_400_000 + rng.choice([-1, 0, 1]) * rng.choice([1, 1_000, 60_000])
    elif kind == "on-time":
        return max(now_ms + 1_000, due_ms + rng.randint(-60_000, 60_000))
    elif kind == "late":
        return due_ms + rng.randint(0, 2 * interval_ms)
    elif kind == "days":
        gap = rng.randint(1, 90) * 86_400_000 + rng.randint(0, 86_399_999)
    else:
        gap = rng.randint(200, 4_000) * 86_400_000 + rng.randint(0, 86_399_999)
    return now_ms + gap


def sequences(scheduler, cards, seed, draws=None):
    """Rows for `cards` random cards; `draws` is set before each review when fuzzing."""
    rng = random.Random(seed)
    rows = []
    for index in range(cards):
        card = Card(card_id=index + 1, due=EPOCH)
        now_ms = rng.randint(1_577_836_800, 1_767_225_600) * 1000 + rng.choice([0, 0, rng.randint(0, 999)])
        # Some cards are hard for the reader: many lapses.
        again_weight = rng.choice([10, 20, 20, 45])
        for review in range(rng.choice([1, 2, 3, 4, 6, 8, 12, 16, 24, 36])):
            if review > 0:
                now_ms = next_time(rng, now_ms, card)
            rating = rng.choices([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy],
                                 weights=[again_weight, 15, 50, 15])[0]
            draw = rng.random()
            if draws is not None:
                draws.value = draw
            card, _ = scheduler.review_card(card, rating, review_datetime=at(now_ms))
            due_ms = to_ms(card.due)
            probe_ms = now_ms + rng.randint(0, max(3 * (due_ms - now_ms), 86_400_000))
            rows.append([
                index + 1, now_ms, int(rating), repr(draw) if draws is not None else "",
                STATE_NAMES[card.state], "" if card.step is None else card.step,
                repr(card.stability), repr(card.difficulty), due_ms, probe_ms,
                repr(scheduler.get_card_retrievability(card, at(probe_ms))),
            ])
    return rows


def write(name, scheduler, rows):
    with open(os.path.join(HERE, name), "w") as out:
        out.write("# " + json.dumps(scheduler.to_dict(), sort_keys=True) + "\n")
        out.write("card\ttime\trating\tdraw\tstate\tstep\tstability\tdifficulty\tdue\tprobe\tretrievability\n")
        for row in rows:
            out.write("\t".join(str(field) for field in row) + "\n")


def main():
    draws = Draws()
    fsrs.scheduler.random = draws

    write("scheduling-default.tsv", Scheduler(enable_fuzzing=False), sequences(Scheduler(enable_fuzzing=False), 300, 1))

    custom = Scheduler(
        desired_retention=0.82,
        learning_steps=(timedelta(seconds=30), timedelta(minutes=10), timedelta(hours=1)),
        relearning_steps=(timedelta(minutes=5), timedelta(minutes=30)),
        maximum_interval=400,
        enable_fuzzing=False,
    )
    write("scheduling-custom.tsv", custom, sequences(custom, 80, 2))

    single = Scheduler(
        desired_retention=0.95,
        learning_steps=(timedelta(minutes=3),),
        relearning_steps=(),
        maximum_interval=36500,
        enable_fuzzing=False,
    )
    write("scheduling-single-step.tsv", single, sequences(single, 40, 3))

    fuzzed = Scheduler(enable_fuzzing=True)
    write("scheduling-fuzzed.tsv", fuzzed, sequences(fuzzed, 60, 4, draws))

    rng = random.Random(5)
    with open(os.path.join(HERE, "fuzz-intervals.tsv"), "w") as out:
        out.write("maximum_interval\tdays\tdraw\tfuzzed_days\n")
        for maximum in (36500, 90):
            scheduler = Scheduler(maximum_interval=maximum)
            for days in list(range(1, 120)) + [rng.randint(min(120, maximum), maximum) for _ in range(60)] + [maximum]:
                if days > maximum:
                    continue
                for draw in [0.0, 0.5, 0.999999999] + [rng.random() for _ in range(3)]:
                    draws.value = draw
                    fuzzed_days = scheduler._get_fuzzed_interval(interval=timedelta(days=days)).days
                    out.write(f"{maximum}\t{days}\t{draw!r}\t{fuzzed_days}\n")

    with open(os.path.join(HERE, "fsrs-version.txt"), "w") as out:
        out.write(f"fsrs {VERSION}\n")


if __name__ == "__main__":
    main()
