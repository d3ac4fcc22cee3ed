"""Switching a deck's scheduler on a store with history: SM-2 -> FSRS replays the log (checked
against py-fsrs on the mapped ratings), FSRS -> SM-2 resumes SM-2 from its own last state, no
review is ever lost; and a store made before FSRS is migrated with its history intact."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import fsrs as py_fsrs
import pytest
from store_support import at, make_items

from quizgen.errors import QuizgenError
from quizgen.schedule.sm2 import Sm2State
from quizgen.store import Store, schema

SM2_TO_RATING = {0: 1, 1: 1, 2: 1, 3: 2, 4: 3, 5: 4}  # as quizgen/schedule/fsrs.py's docstring says

# SM-2 history: 000 learned (5, 4, 4), 001 lapsed (5, 1 and its step-7 repeat 4), 002 new.
SM2_HISTORY = [
    ("talk-000", at(1, 9), 5),
    ("talk-001", at(1, 9, 1), 5),
    ("talk-000", at(2, 9), 4),
    ("talk-001", at(2, 9, 1), 1),
    ("talk-001", at(2, 9, 5), 4),  # same day: a step-7 repeat, schedule kept
    ("talk-000", at(8, 9), 4),
]


def sm2_store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "q.db")
    store.sync_deck("talk", make_items(3), at(1, 5))
    for item_id, when, grade in SM2_HISTORY:
        store.record_answer(item_id, grade, when)
    return store


def states(store: Store, scheduler: str) -> dict[str, str]:
    rows = store._conn.execute("SELECT item_id, state FROM states WHERE scheduler = ?", (scheduler,))
    return dict(rows)


def log(store: Store) -> list[tuple[object, ...]]:
    return store._conn.execute("SELECT * FROM reviews ORDER BY id").fetchall()


def replayed(answers: list[tuple[datetime, int]]) -> dict[str, object]:
    """The card py-fsrs gives for these (time, rating) answers, called directly."""
    direct = py_fsrs.Scheduler(enable_fuzzing=False)
    logs = [py_fsrs.ReviewLog(0, py_fsrs.Rating(r), t.astimezone(UTC), None) for t, r in answers]
    card = direct.reschedule_card(py_fsrs.Card(card_id=0, due=answers[0][0].astimezone(UTC)), logs)
    return card.to_dict()


def test_sm2_to_fsrs_to_sm2_loses_nothing_and_sm2_resumes_from_its_own_state(tmp_path: Path) -> None:
    store = sm2_store(tmp_path)
    sm2_before, log_before = states(store, "sm2"), log(store)

    store.configure_deck("talk", scheduler="fsrs", fuzz=False, now=at(9, 8))
    fsrs_states = states(store, "fsrs")
    assert set(fsrs_states) == {"talk-000", "talk-001"}  # 002 is still new
    for item_id in fsrs_states:
        answers = [(when, SM2_TO_RATING[g]) for i, when, g in SM2_HISTORY if i == item_id]
        assert json.loads(fsrs_states[item_id]) == replayed(answers)
    assert log(store) == log_before and states(store, "sm2") == sm2_before

    store.record_answer("talk-000", 3, at(9, 9))
    store.record_answer("talk-002", 3, at(9, 9, 1))  # first seen under FSRS
    store.configure_deck("talk", scheduler="sm2", now=at(9, 20))
    assert len(log(store)) == len(SM2_HISTORY) + 2 and log(store)[: len(log_before)] == log_before
    back = states(store, "sm2")
    assert {i: back[i] for i in sm2_before} == sm2_before  # resumed exactly where SM-2 left off
    # 002, never scheduled by SM-2, is replayed from its FSRS answer: good -> 4 -> (1, 2.5, 1).
    assert Sm2State.from_dict(json.loads(back["talk-002"])) == Sm2State(1, "2.5", 1)
    session = store.start_session("talk", at(10, 9))
    assert set(session.queue) == {"talk-001", "talk-002"}  # 001 due since the 3rd; 000 (16 days) on the 24th
    assert [g.value for g in store.grades("talk")] == [0, 1, 2, 3, 4, 5]

    store.record_answer("talk-000", 5, at(14, 9))  # SM-2 again
    store.configure_deck("talk", scheduler="fsrs", now=at(14, 20))
    every_answer = [(when, SM2_TO_RATING[g]) for i, when, g in SM2_HISTORY if i == "talk-000"]
    every_answer += [(at(9, 9), 3), (at(14, 9), 4)]  # its FSRS answer, then SM-2's 5 read as easy
    assert json.loads(states(store, "fsrs")["talk-000"]) == replayed(every_answer)


def test_a_switch_leaves_no_large_write_ahead_log_for_the_next_answer_to_fold_back(tmp_path: Path) -> None:
    store = sm2_store(tmp_path)
    store.configure_deck("talk", scheduler="fsrs", now=at(9, 8))
    assert (tmp_path / "q.db-wal").stat().st_size == 0
    assert len(states(store, "fsrs")) == 2


def test_each_switch_is_dated_in_the_deck_scheduler_history(tmp_path: Path) -> None:
    store = sm2_store(tmp_path)
    store.configure_deck("talk", scheduler="fsrs", desired_retention=0.85, now=at(9, 8))
    store.configure_deck("talk", new_per_day=5, now=at(9, 9))  # limits only: not a scheduler change
    store.configure_deck("talk", scheduler="sm2", now=at(10, 8))
    history = store.scheduler_history("talk")
    assert [(p.since, p.scheduler) for p in history] == [
        (at(1, 5), "sm2"),
        (at(9, 8), "fsrs"),
        (at(10, 8), "sm2"),
    ]
    assert json.loads(history[1].options) == {"desired_retention": 0.85}
    assert store.deck_settings("talk").new_per_day == 5


def test_a_new_desired_retention_reschedules_from_the_log(tmp_path: Path) -> None:
    store = sm2_store(tmp_path)
    store.configure_deck("talk", scheduler="fsrs", fuzz=False, now=at(9, 8))
    before = store._conn.execute(
        "SELECT state, due FROM states WHERE item_id = 'talk-000' AND scheduler = 'fsrs'"
    )
    state, due = before.fetchone()
    store.configure_deck("talk", desired_retention=0.8, now=at(9, 9))
    after_state, after_due = store._conn.execute(
        "SELECT state, due FROM states WHERE item_id = 'talk-000' AND scheduler = 'fsrs'"
    ).fetchone()
    assert json.loads(after_state)["stability"] == json.loads(state)["stability"]  # memory unchanged
    assert after_due > due  # aiming at 80% recall waits longer


def test_an_invalid_switch_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    store = sm2_store(tmp_path)
    with pytest.raises(QuizgenError, match=r"deck 'talk': unknown scheduler 'sm17'"):
        store.configure_deck("talk", scheduler="sm17", now=at(9))
    with pytest.raises(QuizgenError, match=r"deck 'talk': fsrs options: desired_retention is a number"):
        store.configure_deck("talk", scheduler="fsrs", desired_retention=0.3, now=at(9))
    assert store.deck_settings("talk").scheduler == "sm2" and states(store, "fsrs") == {}
    assert len(store.scheduler_history("talk")) == 1


# Written by quizgen at commit 44aeafa (schema 1, before FSRS), in UTC+8: deck `talk` synced with
# talk-000..002 on 1 March 05:00, SM2_HISTORY answered in session "old" (4 s each), and its last
# answer undone on 8 March 09:01; then checkpointed (journal_mode DELETE) and vacuumed.
PRE_FSRS_STORE = Path(__file__).parent / "data" / "store_schema1.db"


def test_a_store_from_before_fsrs_is_migrated_with_its_history_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(PRE_FSRS_STORE, path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert (
        conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'deck_schedulers'").fetchone()[0] == 0
    )
    old_log = conn.execute("SELECT * FROM reviews ORDER BY id").fetchall()
    old_states = conn.execute("SELECT * FROM states ORDER BY item_id").fetchall()
    old_undos = conn.execute("SELECT * FROM undos").fetchall()
    conn.close()
    assert [(r[1], r[7]) for r in old_log] == [(i, g) for i, _, g in SM2_HISTORY] and len(old_undos) == 1

    with Store.open(path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        assert log(store) == old_log
        assert store._conn.execute("SELECT * FROM undos").fetchall() == old_undos
        assert (
            store._conn.execute(
                "SELECT item_id, scheduler, deck, state, due, interval_days FROM states ORDER BY item_id"
            ).fetchall()
            == old_states
        )
        assert [(p.since, p.scheduler) for p in store.scheduler_history("talk")] == [(at(1, 5), "sm2")]
        assert store.stats("talk", at(8, 10)).reviews_30d == len(SM2_HISTORY) - 2  # one repeat, one undone
        store.configure_deck("talk", scheduler="fsrs", fuzz=False, now=at(9, 8))
        answers = [(when, SM2_TO_RATING[g]) for i, when, g in SM2_HISTORY[:-1] if i == "talk-000"]
        assert json.loads(states(store, "fsrs")["talk-000"]) == replayed(answers)  # the undone one left out
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store._conn.execute("DELETE FROM deck_schedulers")


def test_a_switch_reports_its_progress_item_by_item_up_to_the_whole_deck(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("quizgen.store.switch.PROGRESS_EVERY", 1)
    store = sm2_store(tmp_path)
    seen: list[tuple[int, int]] = []
    store.configure_deck(
        "talk", scheduler="fsrs", now=at(9), progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(0, 2), (1, 2), (2, 2)]  # two items have answers; the third is new


def test_an_interrupted_switch_leaves_the_deck_its_states_and_its_log_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("quizgen.store.switch.PROGRESS_EVERY", 1)
    store = sm2_store(tmp_path)
    conn = store._conn
    before = [
        conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in ("states", "reviews", "decks")
    ]
    history = store.scheduler_history("talk")

    def interrupt(done: int, total: int) -> None:
        if done == 1:  # half way through the replay: Ctrl+C
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.configure_deck("talk", scheduler="fsrs", now=at(9), progress=interrupt)
    after = [
        conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in ("states", "reviews", "decks")
    ]
    assert after == before
    assert store.scheduler_history("talk") == history
    assert store.deck_settings("talk").scheduler == "sm2"
    store.configure_deck("talk", scheduler="fsrs", now=at(9))  # and it can be done again, whole
    assert conn.execute("SELECT count(*) FROM states WHERE scheduler = 'fsrs'").fetchone()[0] == 2
