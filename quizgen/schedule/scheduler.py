"""The one small interface every scheduler offers: state + grade + time -> new state and due time.

A scheduler's state is opaque JSON text to everyone else (the store keeps it per item and per
scheduler). Schedulers: `sm2` (SM-2, the default) and `fsrs` (FSRS, on py-fsrs). When a deck
changes scheduler, the new one takes each item over from its review log (`take_over`), reading
the other scheduler's grades through four ratings they share: 1 again, 2 hard, 3 good, 4 easy.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Protocol

from quizgen.errors import QuizgenError

DEFAULT_SCHEDULER = "sm2"
SCHEDULER_NAMES = ("sm2", "fsrs")


@dataclass(frozen=True, slots=True)
class Grade:
    """A grade a learner can give: its key value, a one-word label and the scheduler's own wording."""

    value: int
    label: str
    meaning: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one scheduled review gives: the new state (JSON text), when the item is due, and the
    interval in whole days (0 for a step within the day; for stats: mature is 21 days or more)."""

    state: str
    due: datetime
    interval_days: int


@dataclass(frozen=True, slots=True)
class Preview:
    """What a grade would do to an item, for the grade keys of the review screen."""

    grade: Grade
    due: datetime
    interval_days: int


@dataclass(frozen=True, slots=True)
class PastAnswer:
    """One answer from an item's review log as a scheduler taking the item over reads it: when,
    on which study day (as logged), under which scheduler, the grade given there, and that grade
    as a shared rating (1-4)."""

    time: datetime
    day: date
    scheduler: str
    grade: int
    rating: int


class Scheduler(Protocol):
    name: str
    grades: tuple[Grade, ...]
    repeat_below: int  # grades below this always bring the item back later in the same session
    # True (SM-2's step 7): a second answer on one study day is a repeat that keeps the schedule;
    # False (FSRS): every answer goes through `review`, short steps within the day included.
    repeats_keep_schedule: bool
    # An item on a step within the day (interval 0) is due this long before its time; items with
    # whole-day intervals are due all through the study day they fall on.
    learn_ahead: timedelta

    def review(self, state: str | None, grade: int, now: datetime, rollover_hour: int) -> Outcome:
        """The outcome of grading an item in `state` (None: never reviewed) at `now`."""
        ...

    def is_recalled(self, grade: int) -> bool:
        """Whether the grade counts as remembered (for retention)."""
        ...

    def comes_back(self, grade: int, due: datetime, now: datetime) -> bool:
        """Whether an item answered `grade` at `now` (next due at `due`) returns in this session."""
        ...

    def rating(self, grade: int) -> int:
        """The grade as one of the shared ratings: 1 again (forgotten), 2 hard, 3 good, 4 easy."""
        ...

    def take_over(
        self, state: str | None, history: Sequence[PastAnswer], rollover_hour: int
    ) -> Outcome | None:
        """What this scheduler starts an item from when a deck switches to it (or its options
        change): `state` is its own last state for the item (None: it never scheduled it),
        `history` the item's answers under any scheduler, oldest first. None: leave the item as
        it is (its own state kept, or new)."""
        ...

    def retrievability(self, states: Iterable[str], now: datetime) -> list[float]:
        """The predicted probability of recalling each item now; [] (without reading `states`)
        for a scheduler that does not predict it."""
        ...

    @property
    def forgetting_curve(self) -> tuple[float, float] | None:
        """(factor, decay) of the curve `retrievability` follows, R = (1 + factor * t / S) ** decay
        with t the whole days since the last review and S the state's `stability` (0 without
        either), so that a store can compute it where the states are; None when it has none."""
        ...


def get_scheduler(name: str, options: str | Mapping[str, Any] | None = None) -> Scheduler:
    """The scheduler registered under `name`, set up with a deck's options (JSON text or a
    mapping: FSRS reads `desired_retention`, `parameters`, `fuzz`); a `QuizgenError` for an
    unknown name or an invalid option."""
    if options is None or isinstance(options, str):
        text = options or "{}"
    else:
        text = json.dumps(dict(options), sort_keys=True)
    return _scheduler(name, text)


@lru_cache(maxsize=64)
def _scheduler(name: str, options: str) -> Scheduler:
    if name not in SCHEDULER_NAMES:
        raise QuizgenError(f"unknown scheduler {name!r} (known: {', '.join(sorted(SCHEDULER_NAMES))})")
    try:
        settings = json.loads(options)
    except ValueError:
        raise QuizgenError(f"scheduler options are not JSON: {options!r}") from None
    if name == "sm2":
        from quizgen.schedule.sm2 import Sm2Scheduler

        return Sm2Scheduler()
    from quizgen.schedule.fsrs import FsrsScheduler

    try:
        return FsrsScheduler.from_options(settings)
    except (TypeError, ValueError) as exc:
        raise QuizgenError(f"fsrs options: {exc}") from None


def past_answer(scheduler: str, grade: int, time: datetime, day: date) -> PastAnswer:
    """A logged answer with its grade also as a shared rating (the scheduler that took it says)."""
    return PastAnswer(time, day, scheduler, grade, get_scheduler(scheduler).rating(grade))


def preview(
    scheduler: Scheduler, state: str | None, now: datetime, rollover_hour: int
) -> tuple[Preview, ...]:
    """Each grade with the due time and interval it would give, in the scheduler's grade order."""
    out = []
    for grade in scheduler.grades:
        outcome = scheduler.review(state, grade.value, now, rollover_hour)
        out.append(Preview(grade, outcome.due, outcome.interval_days))
    return tuple(out)
