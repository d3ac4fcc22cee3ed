"""FSRS behind the scheduler interface, on py-fsrs (the `fsrs` package), not a copy of it.

Grades are FSRS's four ratings on keys 1-4: 1 Again (forgotten), 2 Hard, 3 Good, 4 Easy; Hard,
Good and Easy count as recalled. When a deck switches from SM-2, each item's log is replayed
through py-fsrs (`reschedule_card`) with SM-2's grades read as ratings:

    SM-2 0 complete blackout                       -> 1 Again
    SM-2 1 incorrect; the correct one remembered   -> 1 Again
    SM-2 2 incorrect; the correct one seemed easy  -> 1 Again
    SM-2 3 correct with serious difficulty         -> 2 Hard
    SM-2 4 correct after a hesitation              -> 3 Good
    SM-2 5 perfect response                        -> 4 Easy

Why: SM-2 itself treats 0-2 as one event (the repetitions restart, EF is left alone) and FSRS has
one rating for a lapse; 3-5 are recalls ordered by effort, as Hard, Good and Easy are. Back (a
deck returning to SM-2, for an item SM-2 never scheduled): Again -> 1, Hard -> 3, Good -> 4,
Easy -> 5. Same-day answers are replayed too: FSRS models them (short-term stability).

Choices: the state is py-fsrs's `Card.to_dict()` as JSON (card_id 0: the store keys items).
Due times are FSRS's own (a review at 10:00 with a 3-day interval is due at 10:00 three days
later); the store counts a whole-day interval due all through the study day it falls on, and a
step within the day (py-fsrs's learning steps of 1 and 10 minutes, relearning 10 minutes) from
LEARN_AHEAD before it (Anki's learn-ahead limit), so steps come back in the same session. Every
answer is scheduled: there is no step-7 repeat that keeps the schedule. Fuzz (on by default, as
in Anki) is drawn by py-fsrs from the `random` module, which is seeded from the item's state and
the rating for the call and then restored: a grade key shows the interval the answer will give,
and a replay gives the same dates twice. `desired_retention`: 0.70-0.99 (Anki's range), 0.9 by
default; when it (or any option) changes, the store replays the deck's log at once.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from fsrs import Card, Rating, ReviewLog
from fsrs import Scheduler as PyFsrs
from fsrs.scheduler import DEFAULT_PARAMETERS

from quizgen.errors import quoted
from quizgen.schedule.days import check_now
from quizgen.schedule.scheduler import Grade, Outcome, PastAnswer

DESIRED_RETENTION = 0.9
RETENTION_RANGE = (0.70, 0.99)
LEARN_AHEAD = timedelta(minutes=20)
OPTION_KEYS = ("desired_retention", "fuzz", "parameters")

GRADES: tuple[Grade, ...] = (
    Grade(1, "again", "forgotten: the answer did not come"),
    Grade(2, "hard", "recalled, with serious difficulty"),
    Grade(3, "good", "recalled after a hesitation"),
    Grade(4, "easy", "recalled at once, without effort"),
)


def check_desired_retention(value: object) -> float:
    """`value` as a desired retention, or a `ValueError` saying what is allowed."""
    low, high = RETENTION_RANGE
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        got = quoted(value)  # a value built from YAML aliases may be huge: one short line
        raise ValueError(f"desired_retention is a number from {low:.2f} to {high:.2f}, got {got}")
    return float(value)


class FsrsScheduler:
    """FSRS with one deck's options: desired retention, parameters (py-fsrs's defaults unless
    fitted with `quizgen optimize`) and fuzz."""

    name = "fsrs"
    grades = GRADES
    repeat_below = 2  # Again always goes back to a (re)learning step within the day
    repeats_keep_schedule = False
    learn_ahead = LEARN_AHEAD

    def __init__(
        self,
        *,
        desired_retention: float = DESIRED_RETENTION,
        parameters: Sequence[float] = DEFAULT_PARAMETERS,
        fuzz: bool = True,
    ) -> None:
        if not isinstance(fuzz, bool):
            raise ValueError(f"fuzz is true or false, got {fuzz!r}")
        self.desired_retention = check_desired_retention(desired_retention)
        self.fuzz = fuzz
        self.fsrs = PyFsrs(parameters, desired_retention=self.desired_retention, enable_fuzzing=fuzz)

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> FsrsScheduler:
        """From a deck's stored options; unknown keys are refused."""
        unknown = sorted(set(options) - set(OPTION_KEYS))
        if unknown:
            raise ValueError(f"unknown option {unknown[0]!r} (known: {', '.join(OPTION_KEYS)})")
        return cls(
            desired_retention=options.get("desired_retention", DESIRED_RETENTION),
            parameters=tuple(options.get("parameters", DEFAULT_PARAMETERS)),
            fuzz=options.get("fuzz", True),
        )

    def review(self, state: str | None, grade: int, now: datetime, rollover_hour: int) -> Outcome:
        if isinstance(grade, bool) or grade not in (1, 2, 3, 4):
            raise ValueError(f"an FSRS grade is 1 (again), 2 (hard), 3 (good) or 4 (easy), got {grade!r}")
        when = _utc(now)
        card = Card(card_id=0, due=when) if state is None else Card.from_json(state)
        with self._fuzz_seeded(f"{state}|{grade}"):
            card, _ = self.fsrs.review_card(card, Rating(grade), when)
        return _outcome(card, now)

    def is_recalled(self, grade: int) -> bool:
        return grade >= Rating.Hard

    def comes_back(self, grade: int, due: datetime, now: datetime) -> bool:
        return due <= now + self.learn_ahead

    def rating(self, grade: int) -> int:
        return int(Rating(grade))

    def take_over(
        self, state: str | None, history: Sequence[PastAnswer], rollover_hour: int
    ) -> Outcome | None:
        """The item's whole log replayed through py-fsrs (its own answers included, so new
        parameters reach them too); None for an item without answers."""
        if not history:
            return None
        logs = [ReviewLog(0, Rating(a.rating), _utc(a.time), None) for a in history]
        key = "|".join(f"{log.review_datetime.isoformat()}:{int(log.rating)}" for log in logs)
        with self._fuzz_seeded(key):
            card = self.fsrs.reschedule_card(Card(card_id=0, due=logs[0].review_datetime), logs)
        return _outcome(card, history[-1].time)

    def retrievability(self, states: Iterable[str], now: datetime) -> list[float]:
        when = _utc(now)
        return [self.fsrs.get_card_retrievability(Card.from_json(state), when) for state in states]

    @property
    def forgetting_curve(self) -> tuple[float, float] | None:
        """py-fsrs's own, as `get_card_retrievability` computes it."""
        return self.fsrs._FACTOR, self.fsrs._DECAY

    @contextmanager
    def _fuzz_seeded(self, key: str) -> Iterator[None]:
        if not self.fuzz:
            yield
            return
        saved = random.getstate()
        random.seed(key)
        try:
            yield
        finally:
            random.setstate(saved)


def review_logs(histories: Iterable[tuple[str, Sequence[PastAnswer]]]) -> list[ReviewLog]:
    """Items' answers (any scheduler's, as shared ratings) as py-fsrs review logs, one card id per
    item, for fitting FSRS's parameters with py-fsrs's `Optimizer`."""
    return [
        ReviewLog(card_id, Rating(a.rating), _utc(a.time), None)
        for card_id, (_, history) in enumerate(histories, 1)
        for a in history
    ]


def _utc(now: datetime) -> datetime:
    check_now(now)
    return now.astimezone(UTC)  # py-fsrs takes UTC only


def _outcome(card: Card, now: datetime) -> Outcome:
    assert card.last_review is not None
    interval = card.due - card.last_review
    return Outcome(card.to_json(), card.due.astimezone(now.tzinfo), max(0, interval.days))
