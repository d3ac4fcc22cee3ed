"""Recording an answer and undoing it, each inside the caller's one write transaction.

An answer is a `new` or `review` (the scheduler moves the item) or, when the item already had a
scheduled answer on this study day and its scheduler keeps the schedule for such answers (SM-2's
step 7), a `repeat` (logged, schedule kept). Undo appends a row to `undos` and puts back the
state the log says the item had before.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from quizgen.errors import QuizgenError
from quizgen.schedule.days import check_now, study_day
from quizgen.schedule.scheduler import Outcome, Scheduler, get_scheduler
from quizgen.store.records import Answer, AnswerKind


@dataclass(frozen=True, slots=True)
class ItemState:
    """An item's deck, the deck's scheduler, and the item's state under that scheduler."""

    item_id: str
    deck: str
    scheduler: Scheduler
    state: str | None
    due: int | None
    interval_days: int | None


def epoch_s(now: datetime) -> int:
    check_now(now)
    return int(now.timestamp())


def epoch_ms(now: datetime) -> int:
    check_now(now)
    return round(now.timestamp() * 1000)


def load_state(conn: sqlite3.Connection, item_id: str) -> ItemState:
    row = conn.execute(
        "SELECT i.deck, d.scheduler, d.options, s.state, s.due, s.interval_days FROM items AS i "
        "JOIN decks AS d ON d.name = i.deck "
        "LEFT JOIN states AS s ON s.item_id = i.id AND s.scheduler = d.scheduler WHERE i.id = ?",
        (item_id,),
    ).fetchone()
    if row is None:
        raise QuizgenError(f"no item {item_id!r} in the review store")
    deck, scheduler, options, state, due, interval = row
    return ItemState(item_id, deck, get_scheduler(scheduler, options), state, due, interval)


def is_repeat(conn: sqlite3.Connection, item: ItemState, day: date) -> bool:
    """Whether an answer now would be a step-7 repeat that keeps the schedule: the scheduler
    keeps it for such answers and the item already had a scheduled answer on study day `day`."""
    if not item.scheduler.repeats_keep_schedule or item.state is None:
        return False
    row = conn.execute(
        "SELECT 1 FROM answers WHERE item_id = ? AND day = ? AND scheduler = ? AND kind != 'repeat' LIMIT 1",
        (item.item_id, day.isoformat(), item.scheduler.name),
    ).fetchone()
    return row is not None


def check_grade(scheduler: Scheduler, grade: int) -> None:
    values = [g.value for g in scheduler.grades]
    if isinstance(grade, bool) or grade not in values:
        raise ValueError(f"{scheduler.name} grades are {values}, got {grade!r}")


def record(
    conn: sqlite3.Connection,
    item_id: str,
    grade: int,
    now: datetime,
    rollover_hour: int,
    session: str,
    duration_ms: int | None,
) -> Answer:
    item = load_state(conn, item_id)
    check_grade(item.scheduler, grade)
    day = study_day(now, rollover_hour)
    kind: AnswerKind
    if is_repeat(conn, item, day):
        kind = "repeat"
        assert item.state is not None and item.due is not None and item.interval_days is not None
        after = Outcome(item.state, datetime.fromtimestamp(item.due, check_now(now)), item.interval_days)
    else:
        kind = "new" if item.state is None else "review"
        after = item.scheduler.review(item.state, grade, now, rollover_hour)
        conn.execute(
            "INSERT INTO states (item_id, scheduler, deck, state, due, interval_days) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (item_id, scheduler) DO UPDATE SET state = excluded.state, due = excluded.due, "
            "interval_days = excluded.interval_days",
            (item_id, item.scheduler.name, item.deck, after.state, epoch_s(after.due), after.interval_days),
        )
        if kind == "new":
            conn.execute("UPDATE items SET reviewed = 1 WHERE id = ?", (item_id,))
    cursor = conn.execute(
        "INSERT INTO reviews (item_id, deck, scheduler, session, time, day, grade, kind, duration_ms, "
        "state_before, due_before, interval_before, state_after, due_after, interval_after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            item_id,
            item.deck,
            item.scheduler.name,
            session,
            epoch_ms(now),
            day.isoformat(),
            grade,
            kind,
            duration_ms,
            item.state,
            item.due,
            item.interval_days,
            after.state,
            epoch_s(after.due),
            after.interval_days,
        ),
    )
    assert cursor.lastrowid is not None
    return Answer(
        cursor.lastrowid,
        item_id,
        item.deck,
        session,
        grade,
        kind,
        now,
        day,
        after.due,
        after.interval_days,
        duration_ms,
    )


_ANSWER_COLUMNS = (
    "id, item_id, deck, session, grade, kind, time, day, due_after, interval_after, duration_ms, "
    "scheduler, state_before, due_before, interval_before, state_after"
)


def undo_last(conn: sqlite3.Connection, session: str, now: datetime) -> Answer | None:
    """Undo the session's latest answer not yet undone; None when there is none left."""
    tz = check_now(now)
    row = conn.execute(
        f"SELECT {_ANSWER_COLUMNS} FROM answers WHERE session = ? ORDER BY id DESC LIMIT 1", (session,)
    ).fetchone()
    if row is None:
        return None
    review_id, item_id, deck, _, grade, kind, time_ms, day, due, interval, duration = row[:11]
    scheduler, state_before, due_before, interval_before, state_after = row[11:]
    if kind != "repeat":
        current = conn.execute(
            "SELECT state, due FROM states WHERE item_id = ? AND scheduler = ?", (item_id, scheduler)
        ).fetchone()
        if current != (state_after, due):
            raise QuizgenError(f"cannot undo the answer to {item_id}: it was reviewed again elsewhere since")
        if state_before is None:
            conn.execute("DELETE FROM states WHERE item_id = ? AND scheduler = ?", (item_id, scheduler))
            conn.execute("UPDATE items SET reviewed = 0 WHERE id = ?", (item_id,))
        else:
            conn.execute(
                "UPDATE states SET state = ?, due = ?, interval_days = ? WHERE item_id = ? AND scheduler = ?",
                (state_before, due_before, interval_before, item_id, scheduler),
            )
    conn.execute("INSERT INTO undos (review_id, time) VALUES (?, ?)", (review_id, epoch_ms(now)))
    return Answer(
        review_id,
        item_id,
        deck,
        session,
        grade,
        kind,
        datetime.fromtimestamp(time_ms / 1000, tz),
        date.fromisoformat(day),
        datetime.fromtimestamp(due, tz),
        interval,
        duration,
    )
