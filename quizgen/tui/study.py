"""A study session as the review screen drives it, without any Textual: the store's session, the
card on show with what each grade would give, answers committed one by one (each in its own
transaction, before the next card is read), undo, bury, suspend, and the closing summary.

Grades come from the deck's scheduler (SM-2: 0-5; FSRS later: 1-4), never from a fixed list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from quizgen.model import Item
from quizgen.schedule.days import study_day
from quizgen.schedule.scheduler import Grade, Preview, Scheduler
from quizgen.schedule.session import Session
from quizgen.store import Store

Clock = Callable[[], datetime]
CardStatus = Literal["new", "review", "again", "repeat"]


def system_clock() -> datetime:
    return datetime.now().astimezone()


@dataclass(frozen=True, slots=True)
class Desk:
    """What every screen works with: the store and the clock (tests pass a fixed one)."""

    store: Store
    clock: Clock

    def today(self) -> date:
        return study_day(self.clock(), self.store.rollover_hour)


@dataclass(frozen=True, slots=True)
class Card:
    """The item on show. `status`: `new` (first showing), `review` (due), `again` (back in the
    session; the grade still schedules it) or `repeat` (back in the session, and every grade
    keeps the schedule set earlier today: SM-2's step 7)."""

    item: Item
    previews: tuple[Preview, ...]
    status: CardStatus
    shown_at: datetime


@dataclass(frozen=True, slots=True)
class Summary:
    """How a session went: answers given (repeats included), each grade with its count, the time
    spent, the showings left when it ended, and the items due tomorrow (today's leftovers too)."""

    deck: str
    reviewed: int
    spread: tuple[tuple[Grade, int], ...]
    seconds: float
    left: int
    due_tomorrow: int


Outcome = Literal["right", "close", "wrong"]


def suggested_grade(scheduler: Scheduler, outcome: Outcome) -> int:
    """The grade to offer after an answer: for `right` the middle one of the scheduler's recalled
    grades, for `close` (a near miss) the lowest recalled one, for `wrong` the middle forgotten
    one. SM-2: 4 good, 3 hard, 1 wrong; FSRS: Good, Hard, Again."""
    recalled = outcome != "wrong"
    group = [g.value for g in scheduler.grades if scheduler.is_recalled(g.value) == recalled]
    return group[0] if outcome == "close" else group[len(group) // 2]


class Study:
    """One deck's session against a store. Every method that changes something commits it."""

    def __init__(self, store: Store, deck: str, clock: Clock) -> None:
        self.store = store
        self.deck = deck
        self.clock = clock
        self.scheduler = store.scheduler(deck)
        self.started = clock()
        self.session: Session = store.start_session(deck, self.started)
        self.card: Card | None = self._show()

    @property
    def grades(self) -> tuple[Grade, ...]:
        return self.scheduler.grades

    @property
    def done(self) -> int:
        return self.session.done

    @property
    def left(self) -> int:
        """Showings still ahead, the current one and the step-7 repeats included."""
        return self.session.left

    @property
    def repeats_waiting(self) -> int:
        return len(self.session.repeats)

    @property
    def finished(self) -> bool:
        return self.card is None

    def takes(self, grade: int) -> bool:
        return any(g.value == grade for g in self.grades)

    def suggestion(self, outcome: Outcome) -> int:
        return suggested_grade(self.scheduler, outcome)

    def answer(self, grade: int) -> None:
        """Record `grade` for the card on show (committed on return) and show the next card."""
        if self.card is None:
            raise ValueError("the session is finished")
        now = self.clock()
        elapsed = round((now - self.card.shown_at).total_seconds() * 1000)
        self.session = self.store.answer(self.session, grade, now, duration_ms=max(0, elapsed))
        self.card = self._show()

    def undo(self) -> bool:
        """Take back the session's last answer; False when there is none left to take back."""
        if not self.session.steps:
            return False
        self.session = self.store.undo(self.session, self.clock())
        self.card = self._show()
        return True

    def bury(self) -> None:
        """Hide the card on show until tomorrow's study day."""
        item = self._current()
        self.store.bury(item.id, self.clock())
        self._drop(item.id)

    def suspend(self) -> None:
        """Take the card on show out of every session (its schedule is kept)."""
        item = self._current()
        self.store.suspend(item.id)
        self._drop(item.id)

    def summary(self) -> Summary:
        now = self.clock()
        counts = self.session.grade_counts()
        return Summary(
            deck=self.deck,
            reviewed=self.session.done,
            spread=tuple((g, counts.get(g.value, 0)) for g in self.grades),
            seconds=max(0.0, (now - self.started).total_seconds()),
            left=self.left,
            due_tomorrow=self.store.due_within(self.deck, now, days=2),
        )

    def _current(self) -> Item:
        if self.card is None:
            raise ValueError("the session is finished")
        return self.card.item

    def _drop(self, item_id: str) -> None:
        self.session = self.session.drop(item_id)
        self.card = self._show()

    def _show(self) -> Card | None:
        item_id = self.session.current
        if item_id is None:
            return None
        now = self.clock()
        previews = self.store.preview(item_id, now)
        return Card(self.store.item(item_id), previews, self._status(item_id, previews), now)

    def _status(self, item_id: str, previews: tuple[Preview, ...]) -> CardStatus:
        if self.session.in_repeats:
            kept = len({(p.due, p.interval_days) for p in previews}) == 1
            return "repeat" if kept else "again"
        return "new" if item_id in self.session.new_ids else "review"
