"""`Store`: the review store's one entry point. Each write is one transaction (BEGIN IMMEDIATE,
so two processes queue up instead of failing); every SQLite failure becomes a `QuizgenError`
naming the file. Time is always passed in as an aware datetime."""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from types import TracebackType

from quizgen.errors import QuizgenError
from quizgen.model import Item
from quizgen.schedule.days import (
    DEFAULT_ROLLOVER_HOUR,
    check_now,
    check_rollover_hour,
    next_day_start,
    study_day,
)
from quizgen.schedule.scheduler import Grade, PastAnswer, Preview, Scheduler, get_scheduler, preview
from quizgen.schedule.session import Limits, Session
from quizgen.store import answers, faults, queue, stats, switch, sync
from quizgen.store.paths import resolve_db_path
from quizgen.store.records import Answer, DeckCounts, DeckSettings, SchedulerPeriod, Stats, SyncReport
from quizgen.store.schema import open_connection


class Store:
    """An open review store. Use `Store.open(path)`; close it (or use `with`) when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.rollover_hour = self._read_rollover_hour()

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, create: bool = True) -> Store:
        """Open (creating and migrating as needed) the store at `path`, default: `resolve_db_path()`."""
        resolved = resolve_db_path(path)
        return cls(open_connection(resolved, create=create), resolved)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- transactions --------------------------------------------------------------------------

    @contextmanager
    def _read(self, outcome: str = faults.NOTHING_CHANGED) -> Iterator[sqlite3.Connection]:
        try:
            yield self._conn
        except sqlite3.DatabaseError as exc:
            raise QuizgenError(faults.explain(self.path, exc, outcome) or f"{self.path}: {exc}") from exc
        except OverflowError as exc:  # an integer past SQLite's 64 bits, from a hand-written file
            raise QuizgenError(f"{self.path}: a number too large for the review store ({exc})") from exc
        except QuizgenError as exc:
            if str(exc).startswith(f"{self.path}: "):
                raise
            raise QuizgenError(f"{self.path}: {exc}") from None

    @contextmanager
    def _write(self, outcome: str = faults.NOTHING_CHANGED) -> Iterator[sqlite3.Connection]:
        """One transaction; on any failure, COMMIT's included (a full disk shows there, when the
        log is written), it is rolled back, so the next write starts clean."""
        with self._read(outcome) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    with suppress(sqlite3.Error):  # keep the first error: it is the one to report
                        conn.execute("ROLLBACK")
                raise

    # --- settings -----------------------------------------------------------------------------

    def _read_rollover_hour(self) -> int:
        with self._read() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = 'rollover_hour'").fetchone()
        return int(row[0]) if row else DEFAULT_ROLLOVER_HOUR

    def set_rollover_hour(self, hour: int) -> None:
        """Set the hour (0-23, local time) at which a study day ends; stored in the file."""
        check_rollover_hour(hour)
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES ('rollover_hour', ?)", (str(hour),)
            )
        self.rollover_hour = hour

    def deck_settings(self, deck: str) -> DeckSettings:
        with self._read() as conn:
            return queue.deck_settings(conn, deck)

    def configure_deck(
        self,
        deck: str,
        *,
        new_per_day: int | None = None,
        reviews_per_day: int | None = None,
        scheduler: str | None = None,
        desired_retention: float | None = None,
        fuzz: bool | None = None,
        parameters: Sequence[float] | None = None,
        now: datetime | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> DeckSettings:
        """Change a deck's daily limits, its scheduler (`sm2`, `fsrs`) or the scheduler's options
        (FSRS: `desired_retention`, `fuzz`, fitted `parameters`); None leaves a setting as it is.
        The deck must have been synced. A new scheduler, or new options, takes the deck over
        from its review log in the same transaction: FSRS replays every answer, SM-2 resumes
        from its own last state. The change is dated `now` (default: the clock) in the deck's
        scheduler history; nothing is deleted. `progress(done, total)` follows the items a take-over
        replays; an interruption (Ctrl+C) rolls it all back. Returns the new settings."""
        current = self.deck_settings(deck)
        options = json.loads(current.options)
        for key, value in (("desired_retention", desired_retention), ("fuzz", fuzz)):
            if value is not None:
                options[key] = value
        if parameters is not None:
            options["parameters"] = [float(p) for p in parameters]
        name = current.scheduler if scheduler is None else scheduler
        text = json.dumps(options, sort_keys=True)
        try:
            limits = Limits(
                current.new_per_day if new_per_day is None else new_per_day,
                current.reviews_per_day if reviews_per_day is None else reviews_per_day,
            )
            deck_scheduler = get_scheduler(name, text)
        except (ValueError, QuizgenError) as exc:
            raise QuizgenError(f"deck {deck!r}: {exc}") from None
        when = now or datetime.now().astimezone()
        changed = (name, text) != (current.scheduler, current.options)
        with self._write() as conn:
            conn.execute(
                "UPDATE decks SET new_per_day = ?, reviews_per_day = ?, scheduler = ?, options = ? "
                "WHERE name = ?",
                (limits.new_per_day, limits.reviews_per_day, name, text, deck),
            )
            if changed:
                conn.execute(
                    "INSERT INTO deck_schedulers (deck, since, scheduler, options) VALUES (?, ?, ?, ?)",
                    (deck, answers.epoch_s(when), name, text),
                )
                switch.take_over(conn, deck, deck_scheduler, when, self.rollover_hour, progress)
        if changed:  # a take-over rewrites a state per item: fold the WAL into the file now, not
            with self._read() as conn:  # during the next answer (120 MB at 100,000 items)
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return self.deck_settings(deck)

    def answer_histories(self, deck: str, now: datetime) -> list[tuple[str, list[PastAnswer]]]:
        """Each answered item of the deck (retired ones too) with its answers, oldest first, times
        in the time zone of `now`: what a scheduler taking the deck over, or a fit of FSRS's
        parameters, reads."""
        with self._read() as conn:
            queue.deck_settings(conn, deck)
            return list(switch.histories(conn, deck, check_now(now)))

    def scheduler(self, deck: str) -> Scheduler:
        """The deck's scheduler, set up with the deck's options."""
        return queue.scheduler(self.deck_settings(deck))

    def scheduler_history(self, deck: str) -> list[SchedulerPeriod]:
        """Each scheduler and set of options the deck has had, oldest first."""
        with self._read() as conn:
            queue.deck_settings(conn, deck)
            rows = conn.execute(
                "SELECT since, scheduler, options FROM deck_schedulers WHERE deck = ? ORDER BY id", (deck,)
            ).fetchall()
        return [
            SchedulerPeriod(datetime.fromtimestamp(since).astimezone(), name, options)
            for since, name, options in rows
        ]

    # --- items --------------------------------------------------------------------------------

    def sync_deck(self, deck: str, items: Sequence[Item], now: datetime) -> SyncReport:
        """Make the store's copy of `deck` match a build: add and update items by id, retire
        (never delete) the ones missing from `items`, restore retired ones that came back."""
        with self._write() as conn:
            return sync.sync_items(conn, deck, items, answers.epoch_s(now))

    def decks(self) -> list[str]:
        with self._read() as conn:
            return [row[0] for row in conn.execute("SELECT name FROM decks ORDER BY name")]

    def item(self, item_id: str) -> Item:
        """An item as last synced (retired items too), for showing it without reading any YAML."""
        with self._read() as conn:
            row = conn.execute("SELECT data FROM item_content WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise QuizgenError(f"{self.path}: no item {item_id!r}")
        return Item.from_dict(json.loads(row[0]))

    def deck_items(self, deck: str) -> list[Item]:
        """The deck's current (not retired) items, in build order."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT c.data FROM items AS i JOIN item_content AS c ON c.id = i.id "
                "WHERE i.deck = ? AND i.retired_at IS NULL ORDER BY i.position",
                (deck,),
            ).fetchall()
        return [Item.from_dict(json.loads(row[0])) for row in rows]

    # --- sessions -----------------------------------------------------------------------------

    def deck_counts(self, now: datetime) -> list[DeckCounts]:
        """Every deck with the new and due items a session would show now, and its item count."""
        with self._read() as conn:
            return queue.deck_counts(conn, now, self.rollover_hour)

    def start_session(self, deck: str, now: datetime, *, session_id: str | None = None) -> Session:
        """A session for `deck`: due items oldest first, then new items, within today's limits,
        then any step-7 repeats left unfinished by an earlier session today."""
        with self._read() as conn:
            return queue.build_session(conn, deck, now, self.rollover_hour, session_id or uuid.uuid4().hex)

    def preview(self, item_id: str, now: datetime) -> tuple[Preview, ...]:
        """What each grade would give the item now; on a step-7 repeat every grade keeps the schedule."""
        with self._read() as conn:
            item = answers.load_state(conn, item_id)
            day = study_day(now, self.rollover_hour)
            options = preview(item.scheduler, item.state, now, self.rollover_hour)
            if not answers.is_repeat(conn, item, day):
                return options
        assert item.due is not None and item.interval_days is not None
        due = datetime.fromtimestamp(item.due, now.tzinfo)
        return tuple(Preview(option.grade, due, item.interval_days) for option in options)

    def record_answer(
        self, item_id: str, grade: int, now: datetime, *, session_id: str = "", duration_ms: int | None = None
    ) -> Answer:
        """Log an answer and reschedule the item, in one transaction (committed on return)."""
        with self._write("this answer was not recorded") as conn:
            return answers.record(conn, item_id, grade, now, self.rollover_hour, session_id, duration_ms)

    def undo_last(self, session_id: str, now: datetime) -> Answer | None:
        """Undo the session's latest answer still standing; None once back at the session's start."""
        with self._write("the answer was not undone") as conn:
            return answers.undo_last(conn, session_id, now)

    def answer(
        self, session: Session, grade: int, now: datetime, *, duration_ms: int | None = None
    ) -> Session:
        """Record `grade` for the session's current item and return the session moved on (the
        item comes back later in it when its scheduler says so)."""
        item_id = session.current
        if item_id is None:
            raise ValueError("the session is finished: there is no item to answer")
        answer = self.record_answer(item_id, grade, now, session_id=session.id, duration_ms=duration_ms)
        return session.answer(grade, requeue=self.scheduler(session.deck).comes_back(grade, answer.due, now))

    def undo(self, session: Session, now: datetime) -> Session:
        """Undo the session's last answer in the store and in the session (no-op at its start)."""
        if not session.steps:
            return session
        self.undo_last(session.id, now)
        return session.undo()

    def bury(self, item_id: str, now: datetime) -> None:
        """Hide the item until the next study day begins (drop it from a session with `drop`)."""
        until = answers.epoch_s(next_day_start(now, self.rollover_hour))
        self._set_item(item_id, "buried_until = ?", until)

    def suspend(self, item_id: str) -> None:
        """Take the item out of every session until `unsuspend`; its schedule is kept."""
        self._set_item(item_id, "suspended = ?", 1)

    def unsuspend(self, item_id: str) -> None:
        self._set_item(item_id, "suspended = ?", 0)

    def _set_item(self, item_id: str, assignment: str, value: int) -> None:
        with self._write() as conn:
            if conn.execute(f"UPDATE items SET {assignment} WHERE id = ?", (value, item_id)).rowcount != 1:
                raise QuizgenError(f"{self.path}: no item {item_id!r}")

    # --- statistics ---------------------------------------------------------------------------

    def stats(self, deck: str | None, now: datetime) -> Stats:
        """Statistics for one deck (a `QuizgenError` if unknown) or for all decks (None)."""
        with self._read() as conn:
            if deck is not None:
                queue.deck_settings(conn, deck)
            return stats.compute(conn, deck, now, self.rollover_hour)

    def due_within(self, deck: str | None, now: datetime, days: int) -> int:
        """Items due by the end of the study day `days - 1` after today (1: today, 2: by tomorrow)."""
        with self._read() as conn:
            return stats.due_within(conn, deck, now, self.rollover_hour, days)

    def grades(self, deck: str) -> tuple[Grade, ...]:
        """The grades the deck's scheduler takes, with their labels (SM-2: 0 blackout ... 5 perfect;
        FSRS: 1 again ... 4 easy)."""
        return self.scheduler(deck).grades
