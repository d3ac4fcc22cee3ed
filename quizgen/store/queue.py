"""Filling a session from the store: today's limits, due items, new items, leftover repeats.

Only item ids are read here (through the `states_by_due` and `items_by_deck` indexes), never an
item's text, so a queue builds in milliseconds whatever the store's size. An item is due when
its due time falls before the study day ends; one on a step within the day (interval 0, FSRS's
learning steps) only from its scheduler's `learn_ahead` before its time.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from quizgen.errors import QuizgenError
from quizgen.schedule.days import check_now, day_start, next_day_start, study_day
from quizgen.schedule.scheduler import Scheduler, get_scheduler
from quizgen.schedule.session import DoneToday, Session, plan_session, remaining
from quizgen.store.answers import epoch_ms, epoch_s
from quizgen.store.records import DeckCounts, DeckSettings

_AVAILABLE = "i.retired_at IS NULL AND i.suspended = 0 AND (i.buried_until IS NULL OR i.buried_until <= ?)"


def deck_settings(conn: sqlite3.Connection, deck: str) -> DeckSettings:
    row = conn.execute(
        "SELECT name, scheduler, new_per_day, reviews_per_day, options FROM decks WHERE name = ?", (deck,)
    ).fetchone()
    if row is None:
        known = ", ".join(r[0] for r in conn.execute("SELECT name FROM decks ORDER BY name")) or "none yet"
        raise QuizgenError(f"no deck named {deck!r} in the review store (decks: {known})")
    return DeckSettings(*row)


def scheduler(settings: DeckSettings) -> Scheduler:
    return get_scheduler(settings.scheduler, settings.options)


def done_today(conn: sqlite3.Connection, deck: str, day: date) -> DoneToday:
    """Items first shown today, and items reviewed today that were not new today (an item on
    FSRS's steps counts once however many times it is answered)."""
    new, reviews = conn.execute(
        "SELECT count(DISTINCT CASE WHEN kind = 'new' THEN item_id END), "
        "count(DISTINCT CASE WHEN kind = 'review' THEN item_id END) "
        "- count(DISTINCT CASE WHEN kind = 'review' AND item_id IN "
        "(SELECT item_id FROM answers WHERE deck = ?1 AND day = ?2 AND kind = 'new') THEN item_id END) "
        "FROM answers WHERE deck = ?1 AND day = ?2",
        (deck, day.isoformat()),
    ).fetchone()
    return DoneToday(new=new, reviews=reviews)


def due_ids(
    conn: sqlite3.Connection, settings: DeckSettings, now: datetime, rollover: int, limit: int
) -> list[str]:
    day_end = epoch_s(next_day_start(now, rollover))
    step_end = epoch_s(now + scheduler(settings).learn_ahead)
    rows = conn.execute(
        "SELECT s.item_id FROM states AS s JOIN items AS i ON i.id = s.item_id "
        "WHERE s.deck = ? AND s.scheduler = ? AND s.due < ? AND (s.interval_days > 0 OR s.due <= ?) "
        f"AND {_AVAILABLE} ORDER BY s.due, s.item_id LIMIT ?",
        (settings.name, settings.scheduler, day_end, step_end, epoch_s(now), limit),
    )
    return [r[0] for r in rows]


def sent_new_ids(conn: sqlite3.Connection, deck: str, now: datetime, rollover: int) -> list[str]:
    """New items a quiz sent to review today (the learner missed them), in the order sent."""
    since_ms = epoch_ms(day_start(study_day(now, rollover), check_now(now), rollover))
    rows = conn.execute(
        "SELECT q.item_id FROM quiz_sends AS q JOIN items AS i ON i.id = q.item_id "
        f"WHERE q.outcome = 'new' AND q.time >= ? AND i.deck = ? AND i.reviewed = 0 AND {_AVAILABLE} "
        "GROUP BY q.item_id ORDER BY min(q.id)",
        (since_ms, deck, epoch_s(now)),
    )
    return [r[0] for r in rows]


def new_ids(
    conn: sqlite3.Connection, settings: DeckSettings, now: datetime, limit: int, rollover: int
) -> list[str]:
    """Today's new items: those a quiz sent today first, then the deck's in document order.

    Siblings (items of one source line: store/sync.py `sibling_key`) are buried as Anki's "bury
    new siblings" does: one new item per sibling group a day, and none of a group with an answer
    today. A quiz-sent item is not buried (the learner asked for it), but it takes its group's turn.
    """
    if limit <= 0:
        return []
    taken = _siblings_answered(conn, settings.name, study_day(now, rollover))
    out = sent_new_ids(conn, settings.name, now, rollover)[:limit]
    taken |= _siblings_of(conn, out)
    rows = conn.execute(
        f"SELECT i.id, i.sibling FROM items AS i WHERE i.deck = ? AND i.reviewed = 0 AND {_AVAILABLE} "
        "ORDER BY i.position",
        (settings.name, epoch_s(now)),
    )
    for run in _sibling_runs(rows):  # read lazily: stops after `limit` items, not at the deck's end
        if len(out) >= limit:
            break
        sibling = run[0][1]
        if sibling in taken:
            continue
        taken.add(sibling)
        out.append(_turn(sibling, [item_id for item_id, _ in run]))
    return out


def _sibling_runs(rows: Iterable[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    """Consecutive rows of one sibling group (a build writes a line's items together)."""
    run: list[tuple[str, str]] = []
    for row in rows:
        if run and row[1] != run[0][1]:
            yield run
            run = []
        run.append(row)
    if run:
        yield run


def _turn(sibling: str, ids: list[str]) -> str:
    """Which of a group's new items comes first: chosen by a stable hash of the group (its source
    line), so a line's choice or cloze item is as likely to come first as its basic one."""
    digest = hashlib.sha1(sibling.encode()).digest()
    return ids[int.from_bytes(digest[:4], "big") % len(ids)]


def _siblings_answered(conn: sqlite3.Connection, deck: str, day: date) -> set[str]:
    rows = conn.execute(
        "SELECT DISTINCT i.sibling FROM answers AS a JOIN items AS i ON i.id = a.item_id "
        "WHERE a.deck = ? AND a.day = ?",
        (deck, day.isoformat()),
    )
    return {r[0] for r in rows}


def _siblings_of(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    marks = ", ".join("?" * len(ids))
    return {r[0] for r in conn.execute(f"SELECT sibling FROM items WHERE id IN ({marks})", ids)}


def leftover_repeats(conn: sqlite3.Connection, settings: DeckSettings, now: datetime, day: date) -> list[str]:
    """Items whose latest answer today was below `repeat_below`: step 7 not finished (the learner
    quit mid-session), in the order of those answers. None for a scheduler without step 7 (FSRS:
    its steps within the day are due items)."""
    deck_scheduler = scheduler(settings)
    if not deck_scheduler.repeats_keep_schedule:
        return []
    repeat_below = deck_scheduler.repeat_below
    rows = conn.execute(
        "SELECT a.item_id, a.grade FROM answers AS a JOIN items AS i ON i.id = a.item_id "
        f"WHERE a.deck = ? AND a.day = ? AND a.scheduler = ? AND {_AVAILABLE} ORDER BY a.id",
        (settings.name, day.isoformat(), settings.scheduler, epoch_s(now)),
    )
    last: dict[str, int] = {}
    for item_id, grade in rows:
        last.pop(item_id, None)  # re-insert so the order is that of the latest answer
        last[item_id] = grade
    return [item_id for item_id, grade in last.items() if grade < repeat_below]


def build_session(
    conn: sqlite3.Connection, deck: str, now: datetime, rollover: int, session_id: str
) -> Session:
    settings = deck_settings(conn, deck)
    day = study_day(now, rollover)
    done = done_today(conn, deck, day)
    new_left, reviews_left = remaining(settings.limits, done)
    return plan_session(
        session_id,
        deck,
        day,
        due=due_ids(conn, settings, now, rollover, reviews_left),
        new=new_ids(conn, settings, now, new_left, rollover),
        limits=settings.limits,
        done_today=done,
        repeats=leftover_repeats(conn, settings, now, day),
        repeat_below=scheduler(settings).repeat_below,
    )


def deck_counts(conn: sqlite3.Connection, now: datetime, rollover: int) -> list[DeckCounts]:
    out = []
    day = study_day(now, rollover)
    for (deck,) in conn.execute("SELECT name FROM decks ORDER BY name").fetchall():
        settings = deck_settings(conn, deck)
        new_left, reviews_left = remaining(settings.limits, done_today(conn, deck, day))
        total = conn.execute(
            "SELECT count(*) FROM items WHERE deck = ? AND retired_at IS NULL", (deck,)
        ).fetchone()[0]
        due = len(due_ids(conn, settings, now, rollover, reviews_left))
        due += len(leftover_repeats(conn, settings, now, day))
        new = len(new_ids(conn, settings, now, new_left, rollover))
        out.append(DeckCounts(deck, new, due, total))
    return out
