"""The plain records the store hands out: sync reports, deck settings and counts, answers, stats."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from quizgen.schedule.session import Limits

AnswerKind = Literal["new", "review", "repeat"]
MATURE_DAYS = 21


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What syncing a built deck into the store changed. `restored`: retired items back in the deck
    (they keep their history); `retired`: items no longer in the deck (kept, never deleted)."""

    deck: str
    added: int
    updated: int
    retired: int
    restored: int
    unchanged: int


@dataclass(frozen=True, slots=True)
class DeckSettings:
    """A deck's scheduler, daily limits and scheduler options (JSON text; FSRS:
    `desired_retention`, `parameters`, `fuzz`), stored per deck."""

    name: str
    scheduler: str
    new_per_day: int
    reviews_per_day: int
    options: str = "{}"

    @property
    def limits(self) -> Limits:
        return Limits(self.new_per_day, self.reviews_per_day)


@dataclass(frozen=True, slots=True)
class SchedulerPeriod:
    """A scheduler and options a deck had from `since` until the next period (or now)."""

    since: datetime
    scheduler: str
    options: str


@dataclass(frozen=True, slots=True)
class DeckCounts:
    """A deck's line on the decks screen: the new and due items a session would show now (within
    today's limits; `due` includes step-7 repeats left unfinished today), and the deck's items in
    all (retired ones not counted)."""

    deck: str
    new: int
    due: int
    total: int


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer as the review log holds it. `kind`: `new` (first showing), `review`, or `repeat`
    (step 7, same study day: the schedule was kept, `due`/`interval_days` are unchanged)."""

    review_id: int
    item_id: str
    deck: str
    session: str
    grade: int
    kind: AnswerKind
    time: datetime
    day: date
    due: datetime
    interval_days: int
    duration_ms: int | None


@dataclass(frozen=True, slots=True)
class Stats:
    """What `quizgen stats` reports and the stats screen charts, for one deck or all (`deck` None).

    Due counts take today's items and everything overdue; `due_week`/`due_month` include today.
    `learning`: reviewed items with an interval under 21 days; `mature`: 21 days or more.
    Reviews, retention and the per-day counts leave out same-session repeats; retention is the
    share of recalled grades (SM-2: 3 or more) among reviews of items seen before, over 30 days
    (None when there were none). `streak`: days in a row with an answer, ending today, or
    yesterday while today has none yet. `reviews_per_day` has 30 values ending today;
    `forecast` has 30 values starting today (overdue counted today), from each item's due time
    under its deck's scheduler. Retention counts an item's first answer of a study day only
    (FSRS's later steps that day are not recalls after a delay). `retrievability`: the average
    predicted probability of recall now over the reviewed, unsuspended items of decks whose
    scheduler predicts it (FSRS); None when there are none.
    """

    deck: str | None
    day: date
    total: int
    due_today: int
    due_week: int
    due_month: int
    new: int
    learning: int
    mature: int
    suspended: int
    reviews_30d: int
    retention_30d: float | None
    streak: int
    reviews_per_day: tuple[int, ...]
    forecast: tuple[int, ...]
    retrievability: float | None = None
