"""The one small interface every scheduler offers: state + grade + time -> new state and due time.

A scheduler's state is opaque JSON text to everyone else (the store keeps it per item and per
scheduler), so a second scheduler (FSRS) adds a module and a registry entry, nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from quizgen.errors import QuizgenError


@dataclass(frozen=True, slots=True)
class Grade:
    """A grade a learner can give: its key value, a one-word label and the scheduler's own wording."""

    value: int
    label: str
    meaning: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one scheduled review gives: the new state (JSON text), when the item is due, and the
    interval in whole days (for stats: mature is 21 days or more)."""

    state: str
    due: datetime
    interval_days: int


@dataclass(frozen=True, slots=True)
class Preview:
    """What a grade would do to an item, for the grade keys of the review screen."""

    grade: Grade
    due: datetime
    interval_days: int


class Scheduler(Protocol):
    name: str
    grades: tuple[Grade, ...]
    repeat_below: int  # grades below this bring the item back later in the same session

    def review(self, state: str | None, grade: int, now: datetime, rollover_hour: int) -> Outcome:
        """The outcome of grading an item in `state` (None: never reviewed) at `now`."""
        ...

    def is_recalled(self, grade: int) -> bool:
        """Whether the grade counts as remembered (for retention)."""
        ...


def get_scheduler(name: str) -> Scheduler:
    """The scheduler registered under `name`; a `QuizgenError` for an unknown name."""
    from quizgen.schedule.sm2 import Sm2Scheduler

    registry: dict[str, Scheduler] = {"sm2": Sm2Scheduler()}
    try:
        return registry[name]
    except KeyError:
        known = ", ".join(sorted(registry))
        raise QuizgenError(f"unknown scheduler {name!r} (known: {known})") from None


def preview(
    scheduler: Scheduler, state: str | None, now: datetime, rollover_hour: int
) -> tuple[Preview, ...]:
    """Each grade with the due time and interval it would give, in the scheduler's grade order."""
    out = []
    for grade in scheduler.grades:
        outcome = scheduler.review(state, grade.value, now, rollover_hour)
        out.append(Preview(grade, outcome.due, outcome.interval_days))
    return tuple(out)
