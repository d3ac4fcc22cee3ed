"""Quiz runs in the review store (schema 3): each run with its answers, the runs read back,
accuracy per theme across runs, and missed items sent to review. Sending is the one way a quiz
touches a schedule: an item already reviewed becomes due now (its scheduler's state is kept);
an item still new, suspended or not in the store is left as it is, and the send says so."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from quizgen.schedule.days import check_now, study_day
from quizgen.store.answers import epoch_ms, epoch_s

if TYPE_CHECKING:
    from quizgen.quiz.run import Quiz
    from quizgen.store.db import Store

SendOutcome = Literal["due", "already", "new", "suspended", "absent"]


@dataclass(frozen=True, slots=True)
class QuizRun:
    """A saved quiz: `right` of `answered` of `asked` questions, its deck, what was named to
    start it (`source`) and the draw's `seed`."""

    id: int
    deck: str
    source: str
    seed: int
    started: datetime
    finished: datetime
    asked: int
    answered: int
    right: int

    @property
    def seconds(self) -> float:
        return max(0.0, (self.finished - self.started).total_seconds())


@dataclass(frozen=True, slots=True)
class ThemeAccuracy:
    """Answers counted right out of answers given to one theme (a document's section), over
    `runs` quiz runs."""

    deck: str
    doc: str
    section: str
    right: int
    answered: int
    runs: int

    @property
    def share(self) -> float:
        return self.right / self.answered if self.answered else 0.0


@dataclass(frozen=True, slots=True)
class SendReport:
    """What sending missed items to review did to each (item id, outcome): `due` (reviewed
    before: due now), `already` (due today anyway), `new` (never reviewed: waits among the
    deck's new items), `suspended` (left out of sessions), `absent` (not a current item of the
    deck in the store)."""

    deck: str
    outcomes: tuple[tuple[str, SendOutcome], ...]

    def count(self, outcome: SendOutcome) -> int:
        return sum(1 for _, o in self.outcomes if o == outcome)

    @property
    def due_today(self) -> int:
        return self.count("due") + self.count("already")


def save_run(store: Store, quiz: Quiz, started: datetime, finished: datetime) -> int:
    """Save a quiz run with every question drawn (unanswered ones too); its id."""
    score = quiz.score()
    day = study_day(finished, store.rollover_hour).isoformat()
    with store._write() as conn:
        cursor = conn.execute(
            "INSERT INTO quizzes (deck, source, seed, started, finished, day, asked, answered, score) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                quiz.deck,
                quiz.source,
                quiz.seed,
                epoch_ms(started),
                epoch_ms(finished),
                day,
                score.asked,
                score.answered,
                score.right,
            ),
        )
        quiz_id = cursor.lastrowid
        assert quiz_id is not None
        rows = []
        for position, item in enumerate(quiz.items):
            response = quiz.responses[position] if position < len(quiz.responses) else None
            rows.append(
                (
                    quiz_id,
                    position,
                    item.id,
                    item.kind,
                    item.type,
                    item.source.doc,
                    item.source.section,
                    None if response is None else response.given,
                    None if response is None else response.verdict,
                    int(response is not None and response.counted),
                    json.dumps(item.to_dict(), ensure_ascii=False, sort_keys=True),
                )
            )
        conn.executemany(
            "INSERT INTO quiz_answers (quiz_id, position, item_id, kind, type, doc, section, given, "
            "verdict, counted, item) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return quiz_id


def runs(store: Store, deck: str | None, now: datetime, limit: int = 10) -> list[QuizRun]:
    """The latest quiz runs, newest first (one deck's, or every deck's for None); times in the
    time zone of `now`."""
    tz = check_now(now)
    where, args = (" WHERE deck = ?", (deck,)) if deck is not None else ("", ())
    with store._read() as conn:
        rows = conn.execute(
            "SELECT id, deck, source, seed, started, finished, asked, answered, score FROM quizzes"
            f"{where} ORDER BY finished DESC, id DESC LIMIT ?",
            (*args, limit),
        ).fetchall()
    return [
        QuizRun(
            quiz_id,
            run_deck,
            source,
            seed,
            datetime.fromtimestamp(started / 1000, tz),
            datetime.fromtimestamp(finished / 1000, tz),
            asked,
            answered,
            right,
        )
        for quiz_id, run_deck, source, seed, started, finished, asked, answered, right in rows
    ]


def run_count(store: Store, deck: str | None) -> int:
    """How many quiz runs are saved (for one deck, or in all)."""
    where, args = (" WHERE deck = ?", (deck,)) if deck is not None else ("", ())
    with store._read() as conn:
        return int(conn.execute(f"SELECT count(*) FROM quizzes{where}", args).fetchone()[0])


def theme_accuracy(store: Store, deck: str | None) -> list[ThemeAccuracy]:
    """Accuracy per theme over every quiz run (one deck's, or all), the weakest theme first
    (ties: the most answered first)."""
    where, args = (" AND q.deck = ?", (deck,)) if deck is not None else ("", ())
    with store._read() as conn:
        rows = conn.execute(
            "SELECT q.deck, a.doc, a.section, sum(a.counted), count(*), count(DISTINCT q.id) "
            "FROM quiz_answers AS a JOIN quizzes AS q ON q.id = a.quiz_id "
            f"WHERE a.verdict IS NOT NULL{where} GROUP BY q.deck, a.doc, a.section",
            args,
        ).fetchall()
    themes = [ThemeAccuracy(*row) for row in rows]
    return sorted(themes, key=lambda t: (t.share, -t.answered, t.deck, t.doc, t.section))


def send_to_review(
    store: Store, quiz_id: int, deck: str, item_ids: Sequence[str], now: datetime
) -> SendReport:
    """Make the quiz's missed items due now in `deck`'s review queue, in one transaction, and
    note each outcome (with the due time replaced) in `quiz_sends`."""
    now_s, now_ms = epoch_s(now), epoch_ms(now)
    outcomes: list[tuple[str, SendOutcome]] = []
    with store._write() as conn:
        if conn.execute("SELECT 1 FROM quizzes WHERE id = ?", (quiz_id,)).fetchone() is None:
            raise ValueError(f"no quiz run {quiz_id}")
        for item_id in dict.fromkeys(item_ids):
            row = conn.execute(
                "SELECT i.suspended, s.due FROM items AS i JOIN decks AS d ON d.name = i.deck "
                "LEFT JOIN states AS s ON s.item_id = i.id AND s.scheduler = d.scheduler "
                "WHERE i.id = ? AND i.deck = ? AND i.retired_at IS NULL",
                (item_id, deck),
            ).fetchone()
            outcome: SendOutcome
            due_after = None
            if row is None:
                outcome, due_before = "absent", None
            else:
                suspended, due_before = row
                if suspended:
                    outcome = "suspended"
                elif due_before is None:
                    outcome = "new"
                elif due_before <= now_s:
                    outcome = "already"
                else:
                    outcome, due_after = "due", now_s
                    conn.execute(
                        "UPDATE states SET due = ? WHERE item_id = ? AND scheduler = "
                        "(SELECT scheduler FROM decks WHERE name = ?)",
                        (now_s, item_id, deck),
                    )
            conn.execute(
                "INSERT INTO quiz_sends (quiz_id, item_id, time, outcome, due_before, due_after) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (quiz_id, item_id, now_ms, outcome, due_before, due_after),
            )
            outcomes.append((item_id, outcome))
    return SendReport(deck, tuple(outcomes))
