"""Quiz runs in the review store: migration 3 on a store made before it (history intact), runs
saved with every question and read back newest first, accuracy per theme across runs, and a
send that makes reviewed misses due now and leaves everything else as it was."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from quiz_support import QUIZ_ITEMS, THEME_1, THEME_2, make_quiz, make_quiz_store, review_tables
from tui_support import DECK, NOW

from quizgen.quiz.run import Quiz
from quizgen.quiz.scoring import judge_choice, judge_typed
from quizgen.schedule.session import Session
from quizgen.store import Store, quizzes, schema

OLD_STORE = Path(__file__).parent / "data" / "store_schema1.db"


def answered(quiz: Quiz, *given: str | int) -> Quiz:
    """`quiz` answered in order: an int picks a choice (0-based), a str is typed."""
    for value in given:
        item = quiz.current
        assert item is not None
        quiz = quiz.answer(
            judge_choice(item, value) if isinstance(value, int) else judge_typed(item, value)[0]
        )
    return quiz


def test_a_store_from_before_quizzes_gains_their_tables_and_keeps_its_history(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(OLD_STORE, path)
    with sqlite3.connect(path) as conn:
        old_log = conn.execute("SELECT * FROM reviews ORDER BY id").fetchall()
    with Store.open(path) as store:
        conn = store._conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        assert conn.execute("SELECT * FROM reviews ORDER BY id").fetchall() == old_log
        assert quizzes.runs(store, None, NOW) == [] and quizzes.run_count(store, None) == 0


def test_runs_are_saved_with_every_question_and_read_back_newest_first(tmp_path: Path) -> None:
    store = make_quiz_store(tmp_path)
    first = quizzes.save_run(store, answered(make_quiz(), 1, 0), NOW, NOW + timedelta(seconds=90))
    later = NOW + timedelta(days=1)
    second = quizzes.save_run(
        store, answered(make_quiz(5), 1, 3, "200亿", "人才密度", "达里奥阿莫迪"), later, later
    )
    runs = quizzes.runs(store, DECK, NOW)
    assert [r.id for r in runs] == [second, first]
    assert (runs[1].asked, runs[1].answered, runs[1].right, runs[1].seconds) == (5, 2, 1, 90.0)
    assert (runs[0].answered, runs[0].right, runs[0].seed) == (5, 4, 5)
    assert runs[0].started.tzinfo == NOW.tzinfo
    assert quizzes.runs(store, "other", NOW) == [] and quizzes.run_count(store, None) == 2
    rows = store._conn.execute(
        "SELECT position, item_id, given, verdict, counted FROM quiz_answers WHERE quiz_id = ? "
        "ORDER BY position",
        (first,),
    ).fetchall()
    assert rows == [
        (0, "talk-1", "20-25%", "right", 1),
        (1, "talk-2", "正和竞争", "wrong", 0),
        (2, "talk-3", None, None, 0),  # ended early: asked, not answered
        (3, "talk-4", None, None, 0),
        (4, "talk-5", None, None, 0),
    ]
    for change in ("UPDATE quizzes SET score = 5", "DELETE FROM quiz_answers", "DELETE FROM quizzes"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store._conn.execute(change)


def test_theme_accuracy_adds_up_every_run_weakest_theme_first(tmp_path: Path) -> None:
    store = make_quiz_store(tmp_path)
    quizzes.save_run(store, answered(make_quiz(), 1, 0, "200亿美元", "x", "y"), NOW, NOW)
    quizzes.save_run(store, answered(make_quiz(), 0, 3), NOW, NOW)
    themes = [(t.section, t.right, t.answered, t.runs) for t in quizzes.theme_accuracy(store, DECK)]
    assert themes == [(THEME_2, 1, 4, 2), (THEME_1, 2, 3, 2)]


def test_a_send_makes_reviewed_misses_due_now_and_leaves_the_rest(tmp_path: Path) -> None:
    db = tmp_path / "quizgen.db"
    store = make_quiz_store(tmp_path)  # talk-2 reviewed, due on the 15th; the others new
    store.record_answer("talk-1", 1, NOW - timedelta(days=3))  # a lapse: due two days ago
    store.record_answer("talk-3", 5, NOW - timedelta(days=1))  # due today at the rollover
    store.record_answer("talk-4", 5, NOW - timedelta(days=1))
    store.suspend("talk-4")
    run = quizzes.save_run(store, answered(make_quiz(), 0, 0, "x", "x", "x"), NOW, NOW)
    before = review_tables(db)
    report = quizzes.send_to_review(
        store, run, DECK, ["talk-1", "talk-2", "talk-3", "talk-4", "talk-5", "gone"], NOW
    )
    assert report.outcomes == (
        ("talk-1", "already"),
        ("talk-2", "due"),
        ("talk-3", "already"),
        ("talk-4", "suspended"),
        ("talk-5", "new"),
        ("gone", "absent"),
    )
    assert report.due_today == 3
    after = review_tables(db)
    changed = [(b, a) for b, a in zip(before["states"], after["states"], strict=True) if a != b]
    assert len(changed) == 1
    (old, new) = changed[0]
    assert new[0] == "talk-2" and new[3] == old[3] and new[5] == old[5]  # state and interval kept
    assert new[4] == int(NOW.timestamp()) < old[4]
    assert {t: r for t, r in after.items() if t != "states"} == {
        t: r for t, r in before.items() if t != "states"
    }
    assert "talk-2" in store.start_session(DECK, NOW).queue
    sends = store._conn.execute("SELECT item_id, outcome, due_before, due_after FROM quiz_sends ORDER BY id")
    assert sends.fetchall()[1] == ("talk-2", "due", old[4], int(NOW.timestamp()))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store._conn.execute("DELETE FROM quiz_sends")


def test_a_send_for_an_unknown_run_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "quizgen.db"
    store = make_quiz_store(tmp_path)
    before = review_tables(db)
    with pytest.raises(ValueError, match="no quiz run 99"):
        quizzes.send_to_review(store, 99, DECK, [QUIZ_ITEMS[1].id], NOW)
    assert review_tables(db) == before


def test_a_missed_item_still_new_comes_first_among_todays_new_items(tmp_path: Path) -> None:
    store = make_quiz_store(tmp_path)  # talk-2 reviewed; talk-1, talk-3, talk-4, talk-5 new
    store.configure_deck(DECK, new_per_day=2)

    def new_in_order(session: Session) -> list[str]:
        return [i for i in session.queue if i in session.new_ids]

    assert "talk-5" not in store.start_session(DECK, NOW).new_ids  # by document order it waits
    run = quizzes.save_run(store, answered(make_quiz(), 0, 0, "x", "x", "x"), NOW, NOW)
    quizzes.send_to_review(store, run, DECK, ["talk-5"], NOW)
    today = new_in_order(store.start_session(DECK, NOW))
    assert today[0] == "talk-5" and len(today) == 2
    tomorrow = new_in_order(store.start_session(DECK, NOW + timedelta(days=1)))
    assert "talk-5" not in tomorrow  # a send lasts its day; then document order again
