"""A review session as a pure value: the queue, the daily limits, step 7's repeats and undo.

The store fills a session from the database and records each answer; this module decides only
the order of items. Order (the paper's step 7): the main queue (due items, oldest first, then new
items) comes first; every item graded below `repeat_below` (4 for SM-2) goes to the back of the
repeat queue, which is worked through after the main queue until each of its items scores at
least 4 (FSRS: every item the scheduler sends to a step within the day, until it leaves the
steps). Every method returns a new `Session`; undo walks back through `steps` to the start.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

DEFAULT_NEW_PER_DAY = 20
DEFAULT_REVIEWS_PER_DAY = 200


@dataclass(frozen=True, slots=True)
class Limits:
    """How many new items may be introduced, and how many due items reviewed, per study day."""

    new_per_day: int = DEFAULT_NEW_PER_DAY
    reviews_per_day: int = DEFAULT_REVIEWS_PER_DAY

    def __post_init__(self) -> None:
        for name in ("new_per_day", "reviews_per_day"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"{name} must be a whole number >= 0, got {value!r}")


@dataclass(frozen=True, slots=True)
class DoneToday:
    """Scheduled answers already given on this study day (first showings, reviews of seen items)."""

    new: int = 0
    reviews: int = 0


def remaining(limits: Limits, done: DoneToday) -> tuple[int, int]:
    """(new, reviews) still allowed today."""
    return max(0, limits.new_per_day - done.new), max(0, limits.reviews_per_day - done.reviews)


@dataclass(frozen=True, slots=True)
class Step:
    """One answer in a session. `repeat`: given in the step-7 pass (it did not change the
    schedule); `requeued`: the grade sent the item to the back of the repeat queue."""

    item_id: str
    grade: int
    repeat: bool
    requeued: bool


@dataclass(frozen=True, slots=True)
class Session:
    """Where a session stands. `current` is the item to show; `steps` are the answers so far."""

    id: str
    deck: str
    day: date
    queue: tuple[str, ...]
    repeats: tuple[str, ...] = ()
    steps: tuple[Step, ...] = ()
    new_ids: frozenset[str] = frozenset()
    repeat_below: int = 4

    @property
    def current(self) -> str | None:
        if self.queue:
            return self.queue[0]
        return self.repeats[0] if self.repeats else None

    @property
    def in_repeats(self) -> bool:
        """Whether the current item is a step-7 repeat (its grade will not change the schedule)."""
        return not self.queue and bool(self.repeats)

    @property
    def finished(self) -> bool:
        return self.current is None

    @property
    def done(self) -> int:
        """Answers given in this session, repeats included."""
        return len(self.steps)

    @property
    def left(self) -> int:
        """Showings still ahead: the main queue plus the repeats waiting (the current one included)."""
        return len(self.queue) + len(self.repeats)

    def answer(self, grade: int, *, requeue: bool | None = None) -> Session:
        """The session after the current item is answered with `grade`. `requeue`: whether it
        comes back later in the session, when the scheduler says (FSRS: a step within the day);
        by default when `grade` is below `repeat_below`."""
        item = self.current
        if item is None:
            raise ValueError("the session is finished: there is no item to answer")
        repeat = self.in_repeats
        queue, repeats = (self.queue, self.repeats[1:]) if repeat else (self.queue[1:], self.repeats)
        requeued = grade < self.repeat_below if requeue is None else requeue
        if requeued:
            repeats = (*repeats, item)
        step = Step(item, grade, repeat, requeued)
        return replace(self, queue=queue, repeats=repeats, steps=(*self.steps, step))

    def undo(self) -> Session:
        """The session before its last answer (itself at the session's start)."""
        if not self.steps:
            return self
        step = self.steps[-1]
        repeats = self.repeats
        if step.requeued:
            repeats = _without_last(repeats, step.item_id)
        if step.repeat:
            queue, repeats = self.queue, (step.item_id, *repeats)
        else:
            queue = (step.item_id, *self.queue)
        return replace(self, queue=queue, repeats=repeats, steps=self.steps[:-1])

    def drop(self, item_id: str) -> Session:
        """The session without `item_id` (buried or suspended); answers already given stay."""
        return replace(
            self,
            queue=tuple(i for i in self.queue if i != item_id),
            repeats=tuple(i for i in self.repeats if i != item_id),
        )

    def grade_counts(self) -> dict[int, int]:
        """How often each grade was given in this session, repeats included."""
        counts: dict[int, int] = {}
        for step in self.steps:
            counts[step.grade] = counts.get(step.grade, 0) + 1
        return dict(sorted(counts.items()))


def _without_last(items: tuple[str, ...], item_id: str) -> tuple[str, ...]:
    for index in range(len(items) - 1, -1, -1):
        if items[index] == item_id:
            return items[:index] + items[index + 1 :]
    return items  # dropped (buried/suspended) after it was requeued


def plan_session(
    session_id: str,
    deck: str,
    day: date,
    *,
    due: Sequence[str],
    new: Sequence[str],
    limits: Limits | None = None,
    done_today: DoneToday | None = None,
    repeats: Iterable[str] = (),
    repeat_below: int = 4,
) -> Session:
    """A session from due items (oldest first), new items (in deck order) and the step-7 repeats
    left over from earlier sessions today, within what today's limits still allow."""
    new_left, reviews_left = remaining(limits or Limits(), done_today or DoneToday())
    due_part = tuple(dict.fromkeys(due[:reviews_left]))
    new_part = tuple(i for i in dict.fromkeys(new[:new_left]) if i not in due_part)
    queued = set(due_part) | set(new_part)
    return Session(
        id=session_id,
        deck=deck,
        day=day,
        queue=due_part + new_part,
        repeats=tuple(dict.fromkeys(i for i in repeats if i not in queued)),
        new_ids=frozenset(new_part),
        repeat_below=repeat_below,
    )
