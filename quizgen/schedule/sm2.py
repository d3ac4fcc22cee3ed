"""SM-2 as Wozniak published it (1990): a frozen state, `review(state, grade)`, no clock, no I/O.

Rules from the paper ("Application of a computer to improve the results obtained in working
with the SuperMemo method", steps 1-7):

- Grades q are 0-5: 5 perfect, 4 correct after a hesitation, 3 correct with serious difficulty,
  2 incorrect but the answer seemed easy to recall, 1 incorrect but remembered on seeing it,
  0 complete blackout.
- Intervals: I(1) = 1, I(2) = 6, I(n) = I(n-1) * EF for n > 2; "if the interval is a fraction,
  round it up to the nearest integer".
- EF' = EF + (0.1 - (5-q) * (0.08 + (5-q) * 0.02)); "if EF is less than 1.3 then let EF be 1.3".
  A new item starts with EF = 2.5. There is no upper bound.
- q < 3: "start repetitions for the item from the beginning without changing the E-Factor".
- Step 7 (items graded below 4 come back in the same session) lives in `session.py`; those
  repeat grades never reach `review`.

Choices where the paper is silent or ambiguous:

- `repetitions` counts successful recalls (q >= 3) in a row; a new item has 0. The n in I(n) is
  the value of `repetitions` after this review, so a new item's first good grade gives 1 day,
  its second 6 days.
- The interval of this review is computed with the EF from *before* this review's update (the
  paper computes I(n) and then step 4 modifies EF "after each repetition").
- I(n-1) is the previous *scheduled* interval in whole days (the stored `interval`), not the
  number of days actually elapsed; reviewing late or early does not change the arithmetic.
- A lapse (q < 3) sets `repetitions` to 0 and `interval` to 1: the item is relearned in the
  session (step 7) and shown again the next day. The next good grade is then repetition 1 and
  gets I(1) = 1 again, then I(2) = 6: after a restart the intervals are I(1), I(2), ... exactly
  "as if the item was memorized anew". EF is left as it was, whatever q in 0-2.
- EF moves in steps of 0.02 (the formula gives +0.10, 0, -0.14 for q = 5, 4, 3), so it is kept
  as an exact `Decimal`; intervals are computed with exact rational arithmetic and rounded up.
  Floats would drift: 2.5 + 5 * 0.1 is 3.0000000000000004 in binary, and 140 * that rounds up
  to 421 instead of 420.
- The 1.3 floor is applied after the update, so an item at 1.3 graded 3 stays at 1.3.

When a deck switches back to SM-2 (see `quizgen.schedule.fsrs` for the grade mapping), an item
SM-2 has scheduled before resumes from its own last state; one it never saw is replayed from its
log (the first answer of each study day, other schedulers' ratings read as 1, 3, 4, 5).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from quizgen.schedule.days import check_now, day_start, study_day
from quizgen.schedule.scheduler import Grade, Outcome, PastAnswer

INITIAL_EASINESS = Decimal("2.5")
MIN_EASINESS = Decimal("1.3")
PASS_GRADE = 3  # q >= 3 is a successful recall
REPEAT_BELOW = 4  # step 7: q < 4 comes back in the same session

# A shared rating (1 again, 2 hard, 3 good, 4 easy) <-> an SM-2 grade; every fail is alike to SM-2.
RATING_OF_GRADE = {0: 1, 1: 1, 2: 1, 3: 2, 4: 3, 5: 4}
GRADE_OF_RATING = {1: 1, 2: 3, 3: 4, 4: 5}

GRADES: tuple[Grade, ...] = (
    Grade(0, "blackout", "complete blackout"),
    Grade(1, "wrong", "incorrect response; the correct one remembered"),
    Grade(2, "familiar", "incorrect response; where the correct one seemed easy to recall"),
    Grade(3, "hard", "correct response recalled with serious difficulty"),
    Grade(4, "good", "correct response after a hesitation"),
    Grade(5, "perfect", "perfect response"),
)


@dataclass(frozen=True, slots=True)
class Sm2State:
    """An item's SM-2 state: successful recalls in a row, easiness factor EF, interval in days.

    `easiness` is stored as an exact `Decimal`; ints, strings and floats are converted through
    their decimal text (2.6 becomes Decimal("2.6"), not the binary float's expansion).
    """

    repetitions: int = 0
    easiness: Decimal = INITIAL_EASINESS
    interval: int = 0

    def __post_init__(self) -> None:
        ef = self.easiness
        if not isinstance(ef, Decimal):
            if isinstance(ef, bool) or not isinstance(ef, int | float | str):
                raise TypeError(f"easiness must be a number, not {type(ef).__name__}")
            object.__setattr__(self, "easiness", Decimal(str(ef)))
        if not self.easiness.is_finite() or self.easiness < MIN_EASINESS:
            raise ValueError(f"easiness must be a number >= {MIN_EASINESS}, got {ef!r}")
        for name in ("repetitions", "interval"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"{name} must be a whole number >= 0, got {value!r}")

    def to_dict(self) -> dict[str, Any]:
        return {"repetitions": self.repetitions, "easiness": str(self.easiness), "interval": self.interval}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sm2State:
        return cls(int(data["repetitions"]), Decimal(str(data["easiness"])), int(data["interval"]))


NEW = Sm2State()


def _check_grade(grade: int) -> None:
    if isinstance(grade, bool) or not isinstance(grade, int) or not 0 <= grade <= 5:
        raise ValueError(f"an SM-2 grade is a whole number from 0 to 5, got {grade!r}")


def next_easiness(easiness: Decimal, grade: int) -> Decimal:
    """EF' for a grade of 3 or more, with the 1.3 floor."""
    miss = 5 - grade
    updated = easiness + (Decimal("0.1") - miss * (Decimal("0.08") + miss * Decimal("0.02")))
    return max(updated, MIN_EASINESS)


def next_interval(repetitions: int, previous: int, easiness: Decimal) -> int:
    """I(n) for n = `repetitions` (after this review), from the previous interval and the old EF."""
    if repetitions == 1:
        return 1
    if repetitions == 2:
        return 6
    return math.ceil(previous * Fraction(easiness))


def review(state: Sm2State, grade: int) -> Sm2State:
    """The state after answering with `grade` (0-5) at a scheduled review."""
    _check_grade(grade)
    if grade < PASS_GRADE:
        return Sm2State(0, state.easiness, 1)
    repetitions = state.repetitions + 1
    interval = next_interval(repetitions, state.interval, state.easiness)
    return Sm2State(repetitions, next_easiness(state.easiness, grade), interval)


def next_intervals(state: Sm2State) -> tuple[int, ...]:
    """The interval in days each grade 0-5 would give, for showing on the grade keys."""
    return tuple(review(state, grade).interval for grade in range(6))


class Sm2Scheduler:
    """SM-2 behind the scheduler interface: state as JSON text, due at the start of a study day."""

    name = "sm2"
    grades = GRADES
    repeat_below = REPEAT_BELOW
    repeats_keep_schedule = True
    learn_ahead = timedelta(0)  # SM-2 has no steps within the day

    def review(self, state: str | None, grade: int, now: datetime, rollover_hour: int) -> Outcome:
        before = NEW if state is None else Sm2State.from_dict(json.loads(state))
        return _outcome(review(before, grade), now, rollover_hour)

    def is_recalled(self, grade: int) -> bool:
        return grade >= PASS_GRADE

    def comes_back(self, grade: int, due: datetime, now: datetime) -> bool:
        return grade < REPEAT_BELOW

    def rating(self, grade: int) -> int:
        _check_grade(grade)
        return RATING_OF_GRADE[grade]

    def take_over(
        self, state: str | None, history: Sequence[PastAnswer], rollover_hour: int
    ) -> Outcome | None:
        if state is not None or not history:
            return None
        current, days = NEW, set()
        for answer in history:
            if answer.day in days:
                continue  # a step-7 repeat: the schedule stays
            days.add(answer.day)
            grade = answer.grade if answer.scheduler == self.name else GRADE_OF_RATING[answer.rating]
            current = review(current, grade)
        last = history[-1]
        due = day_start(last.day + timedelta(days=current.interval), check_now(last.time), rollover_hour)
        return Outcome(_json(current), due, current.interval)

    def retrievability(self, states: Iterable[str], now: datetime) -> list[float]:
        return []  # SM-2 schedules; it does not predict recall

    @property
    def forgetting_curve(self) -> tuple[float, float] | None:
        return None


def _outcome(state: Sm2State, now: datetime, rollover_hour: int) -> Outcome:
    due_day = study_day(now, rollover_hour) + timedelta(days=state.interval)
    due = day_start(due_day, check_now(now), rollover_hour)
    return Outcome(_json(state), due, state.interval)


def _json(state: Sm2State) -> str:
    return json.dumps(state.to_dict(), sort_keys=True)
