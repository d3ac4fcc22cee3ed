"""The review store: sync with retirement, answers and undo from the log, sessions, limits,
rollover, bury and suspend (expected dates worked out from SM-2 and the 4 a.m. rollover)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from store_support import NOW, at, make_item, make_items, new_store

from quizgen.errors import QuizgenError
from quizgen.schedule.sm2 import Sm2State
from quizgen.store import APPLICATION_ID, MIGRATIONS, Store

# --- file, schema -----------------------------------------------------------------------------


def test_new_store_is_wal_and_marked_as_quizgen_at_the_latest_schema(tmp_path: Path) -> None:
    new_store(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "quizgen.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_reopened_store_keeps_items_and_answers(tmp_path: Path) -> None:
    with new_store(tmp_path) as store:
        store.record_answer("talk-000", 5, NOW)
    with Store.open(tmp_path / "quizgen.db") as store:
        stats = store.stats("talk", NOW)
        assert (stats.total, stats.new, stats.learning) == (5, 4, 1)


def test_parent_directories_are_created(tmp_path: Path) -> None:
    Store.open(tmp_path / "a" / "b" / "q.db").close()
    assert (tmp_path / "a" / "b" / "q.db").is_file()


def test_store_never_imports_the_heavy_libraries() -> None:
    code = (
        "import sys, quizgen.store, quizgen.schedule.session, quizgen.commands.stats;"
        "print([m for m in ('jieba', 'genanki', 'textual') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- sync -------------------------------------------------------------------------------------


def test_first_sync_adds_every_item_and_a_second_changes_nothing(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "q.db")
    first = store.sync_deck("talk", make_items(3), NOW)
    second = store.sync_deck("talk", make_items(3), at(11))
    assert (first.added, first.updated, first.retired, first.restored, first.unchanged) == (3, 0, 0, 0, 0)
    assert (second.added, second.updated, second.retired, second.restored, second.unchanged) == (
        0,
        0,
        0,
        0,
        3,
    )


def test_item_reads_back_as_synced_without_any_yaml(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    item = store.item("talk-001")
    assert item == make_item(1)
    assert item.choices == ("1 亿美元", "2 亿美元")


def test_changed_answer_updates_the_item_in_place_and_keeps_its_schedule(tmp_path: Path) -> None:
    store = new_store(tmp_path, 3)
    store.record_answer("talk-001", 5, NOW)
    items = make_items(3)
    items[1] = make_item(1, answer="300 亿美元")
    report = store.sync_deck("talk", items, at(11))
    assert (report.updated, report.unchanged) == (1, 2)
    assert store.item("talk-001").answer == "300 亿美元"
    assert store.start_session("talk", at(11)).queue[0] == "talk-001"  # still due, history intact


def test_items_gone_from_the_deck_are_retired_with_their_history_and_can_come_back(tmp_path: Path) -> None:
    store = new_store(tmp_path, 3)
    store.record_answer("talk-002", 5, NOW)
    report = store.sync_deck("talk", make_items(2), at(11))
    assert (report.retired, report.unchanged) == (1, 2)
    assert [i.id for i in store.deck_items("talk")] == ["talk-000", "talk-001"]
    assert store.item("talk-002").answer == "2 亿美元"  # kept, never deleted
    assert "talk-002" not in store.start_session("talk", at(11)).queue
    assert store.stats("talk", at(11)).total == 2

    back = store.sync_deck("talk", make_items(3), at(12))
    assert (back.restored, back.added) == (1, 0)
    assert store.start_session("talk", at(12)).queue[0] == "talk-002"  # due since the 11th


def test_sync_follows_the_new_build_order_for_new_items(tmp_path: Path) -> None:
    store = new_store(tmp_path, 3)
    report = store.sync_deck("talk", list(reversed(make_items(3))), NOW)
    assert report.unchanged == 3
    assert store.start_session("talk", NOW).queue == ("talk-002", "talk-001", "talk-000")


def test_item_id_of_another_deck_is_refused(tmp_path: Path) -> None:
    store = new_store(tmp_path, 2)
    with pytest.raises(QuizgenError, match="already belongs to deck 'talk'"):
        store.sync_deck("other", [make_item(0)], NOW)
    assert store.decks() == ["talk"]  # the failed sync left nothing behind


def test_duplicate_item_ids_are_refused(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "q.db")
    with pytest.raises(QuizgenError, match="appears twice"):
        store.sync_deck("talk", [make_item(0), make_item(0)], NOW)


# --- answers and the log ----------------------------------------------------------------------


def state_of(store: Store, item_id: str) -> Sm2State | None:
    row = store._conn.execute("SELECT state FROM states WHERE item_id = ?", (item_id,)).fetchone()
    return None if row is None else Sm2State.from_dict(json.loads(row[0]))


def test_first_answer_schedules_the_item_at_the_start_of_the_next_study_day(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    answer = store.record_answer("talk-000", 5, NOW, session_id="s", duration_ms=4200)
    assert (answer.kind, answer.interval_days, answer.due) == ("new", 1, at(11, 4))
    assert (answer.grade, answer.duration_ms, answer.session) == (5, 4200, "s")
    assert state_of(store, "talk-000") == Sm2State(1, "2.6", 1)  # type: ignore[arg-type]


def test_second_answer_on_the_same_day_is_a_repeat_that_keeps_the_schedule(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    store.record_answer("talk-000", 2, NOW)  # lapse: (0, 2.5, 1), due on the 11th
    repeat = store.record_answer("talk-000", 5, at(10, 10, 5))
    assert (repeat.kind, repeat.interval_days, repeat.due) == ("repeat", 1, at(11, 4))
    assert state_of(store, "talk-000") == Sm2State(0, "2.5", 1)  # type: ignore[arg-type]


def test_answer_on_the_next_day_is_a_review_with_the_second_interval(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    store.record_answer("talk-000", 5, NOW)
    answer = store.record_answer("talk-000", 4, at(11, 9))
    assert (answer.kind, answer.interval_days, answer.due) == ("review", 6, at(17, 4))


def test_undo_restores_the_state_from_the_log_and_appends_instead_of_deleting(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    store.record_answer("talk-000", 5, NOW, session_id="s")
    store.record_answer("talk-000", 4, at(11), session_id="s")
    undone = store.undo_last("s", at(11, 10, 1))
    assert undone is not None and (undone.item_id, undone.grade, undone.kind) == ("talk-000", 4, "review")
    assert state_of(store, "talk-000") == Sm2State(1, "2.6", 1)  # type: ignore[arg-type]
    assert store.start_session("talk", at(11)).queue[0] == "talk-000"  # due again
    store.undo_last("s", at(11, 10, 2))
    assert state_of(store, "talk-000") is None
    assert "talk-000" in store.start_session("talk", at(11)).new_ids
    conn = store._conn
    assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM undos").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM answers").fetchone()[0] == 0


def test_undo_stops_at_the_start_of_its_session(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    store.record_answer("talk-000", 5, NOW, session_id="earlier")
    store.record_answer("talk-001", 5, NOW, session_id="now")
    assert store.undo_last("now", NOW) is not None
    assert store.undo_last("now", NOW) is None
    assert state_of(store, "talk-000") == Sm2State(1, "2.6", 1)  # type: ignore[arg-type]


def test_undo_is_refused_when_the_item_was_reviewed_elsewhere_since(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    store.record_answer("talk-000", 5, NOW, session_id="a")
    store.record_answer("talk-000", 5, at(11), session_id="b")
    with pytest.raises(QuizgenError, match="reviewed again elsewhere"):
        store.undo_last("a", at(11))


def test_review_log_rejects_updates_and_deletes(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    store.record_answer("talk-000", 5, NOW)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store._conn.execute("UPDATE reviews SET grade = 0")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store._conn.execute("DELETE FROM reviews")


def test_invalid_grade_is_refused_and_nothing_is_logged(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    with pytest.raises(ValueError, match=r"sm2 grades are \[0, 1, 2, 3, 4, 5\]"):
        store.record_answer("talk-000", 6, NOW)
    assert store._conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0


def test_unknown_item_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(QuizgenError, match="no item 'nope'"):
        new_store(tmp_path).record_answer("nope", 5, NOW)


def test_naive_time_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="time zone"):
        new_store(tmp_path).record_answer("talk-000", 5, NOW.replace(tzinfo=None))


# --- sessions ---------------------------------------------------------------------------------


def test_whole_session_with_a_step_seven_repeat(tmp_path: Path) -> None:
    store = new_store(tmp_path, 3)
    session = store.start_session("talk", NOW, session_id="s")
    shown = []
    for grade in [2, 5, 5, 3, 4]:
        shown.append(session.current)
        session = store.answer(session, grade, NOW)
    assert shown == ["talk-000", "talk-001", "talk-002", "talk-000", "talk-000"]
    assert session.finished
    kinds = [r[0] for r in store._conn.execute("SELECT kind FROM answers ORDER BY id")]
    assert kinds == ["new", "new", "new", "repeat", "repeat"]
    assert state_of(store, "talk-000") == Sm2State(0, "2.5", 1)  # type: ignore[arg-type]


def test_undo_through_a_session_goes_back_to_its_start(tmp_path: Path) -> None:
    store = new_store(tmp_path, 3)
    start = store.start_session("talk", NOW)
    session = start
    for grade in [1, 5, 4, 5]:
        session = store.answer(session, grade, NOW)
    for _ in range(6):
        session = store.undo(session, NOW)
    assert session == start
    assert store._conn.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    assert store._conn.execute("SELECT count(*) FROM states").fetchone()[0] == 0
    assert store.start_session("talk", NOW).queue == start.queue


def test_due_items_come_oldest_first_before_new_items(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    store.record_answer("talk-004", 5, at(9))  # due on the 10th
    store.record_answer("talk-000", 5, at(10))  # due on the 11th
    session = store.start_session("talk", at(12))
    assert session.queue == ("talk-004", "talk-000", "talk-001", "talk-002", "talk-003")
    assert session.new_ids == {"talk-001", "talk-002", "talk-003"}


def test_new_item_limit_counts_items_introduced_earlier_today(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    assert store.configure_deck("talk", new_per_day=2).new_per_day == 2
    session = store.start_session("talk", NOW)
    assert session.queue == ("talk-000", "talk-001")
    store.answer(store.answer(session, 5, NOW), 5, NOW)
    assert store.start_session("talk", at(10, 20)).queue == ()
    assert store.start_session("talk", at(11)).queue == ("talk-000", "talk-001", "talk-002", "talk-003")


def test_review_limit_cuts_due_items_and_counts_reviews_done_today(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    store.configure_deck("talk", new_per_day=0, reviews_per_day=2)
    for n in range(4):
        store.record_answer(f"talk-00{n}", 5, at(9))
    assert store.start_session("talk", at(10)).queue == ("talk-000", "talk-001")
    store.record_answer("talk-000", 5, at(10))
    assert store.start_session("talk", at(10, 11)).queue == ("talk-001",)


def test_limits_are_kept_per_deck(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    store.sync_deck("book", make_items(3, "book"), NOW)
    store.configure_deck("book", new_per_day=1)
    assert len(store.start_session("talk", NOW).queue) == 5
    assert store.start_session("book", NOW).queue == ("book-000",)
    assert store.deck_settings("talk").new_per_day == 20


def test_negative_limit_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(QuizgenError, match="deck 'talk': reviews_per_day"):
        new_store(tmp_path).configure_deck("talk", reviews_per_day=-5)


def test_repeats_unfinished_when_a_session_was_quit_come_back_the_same_day(tmp_path: Path) -> None:
    store = new_store(tmp_path, 3)
    first = store.start_session("talk", NOW)
    store.answer(store.answer(first, 1, NOW), 3, NOW)  # talk-000 and talk-001 need repeats; quit
    second = store.start_session("talk", at(10, 12))
    assert second.queue == ("talk-002",)
    assert second.repeats == ("talk-000", "talk-001")
    store.record_answer("talk-000", 4, at(10, 12))
    assert store.start_session("talk", at(10, 13)).repeats == ("talk-001",)
    assert store.start_session("talk", at(11, 5)).repeats == ()  # a new study day


def test_day_rolls_over_at_four_not_at_midnight(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    store.configure_deck("talk", new_per_day=1)
    store.record_answer("talk-000", 5, at(10, 23))  # due at 04:00 on the 11th
    assert store.start_session("talk", at(11, 3, 59)).queue == ()  # still the 10th: limit used
    assert store.start_session("talk", at(11, 4, 0)).queue == ("talk-000", "talk-001")


def test_rollover_hour_is_a_stored_setting(tmp_path: Path) -> None:
    with new_store(tmp_path) as store:
        store.record_answer("talk-000", 5, at(10, 12))  # with 4 a.m.: due 04:00 on the 11th
        store.set_rollover_hour(0)
    with Store.open(tmp_path / "quizgen.db") as store:
        assert store.rollover_hour == 0
        answer = store.record_answer("talk-001", 5, at(11, 0, 30))  # study day 11 -> due at 00:00 on the 12th
        assert answer.due == at(12, 0)
        with pytest.raises(ValueError, match="rollover hour"):
            store.set_rollover_hour(24)


def test_buried_item_returns_the_next_study_day(tmp_path: Path) -> None:
    store = new_store(tmp_path, 2)
    session = store.start_session("talk", NOW)
    store.bury("talk-000", NOW)
    assert session.drop("talk-000").current == "talk-001"
    assert store.start_session("talk", at(11, 3)).queue == ("talk-001",)
    assert store.start_session("talk", at(11, 4)).queue == ("talk-000", "talk-001")


def test_suspended_item_stays_out_until_unsuspended(tmp_path: Path) -> None:
    store = new_store(tmp_path, 2)
    store.record_answer("talk-000", 5, NOW)
    store.suspend("talk-000")
    assert store.start_session("talk", at(20)).queue == ("talk-001",)
    assert store.stats("talk", at(20)).suspended == 1
    store.unsuspend("talk-000")
    assert store.start_session("talk", at(20)).queue == ("talk-000", "talk-001")
    with pytest.raises(QuizgenError, match="no item"):
        store.suspend("nope")


def test_preview_shows_each_grades_interval_and_a_kept_schedule_on_repeats(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    assert [p.interval_days for p in store.preview("talk-000", NOW)] == [1, 1, 1, 1, 1, 1]
    store.record_answer("talk-000", 5, NOW)  # (1, 2.6, 1)
    repeat = store.preview("talk-000", NOW)
    assert {(p.interval_days, p.due) for p in repeat} == {(1, at(11, 4))}
    tomorrow = store.preview("talk-000", at(11))  # lapse -> 1; success -> I(2) = 6
    assert [p.interval_days for p in tomorrow] == [1, 1, 1, 6, 6, 6]
    assert [p.grade.label for p in tomorrow] == ["blackout", "wrong", "familiar", "hard", "good", "perfect"]


def test_deck_counts_show_what_a_session_would_hold(tmp_path: Path) -> None:
    store = new_store(tmp_path, 4)
    store.sync_deck("book", make_items(30, "book"), NOW)
    store.record_answer("talk-000", 5, at(9))
    counts = {c.deck: (c.new, c.due, c.total) for c in store.deck_counts(NOW)}
    assert counts == {"book": (20, 0, 30), "talk": (3, 1, 4)}
    store.record_answer("talk-001", 2, NOW)  # waits for its step-7 repeat: due now, no longer new
    counts = {c.deck: (c.new, c.due, c.total) for c in store.deck_counts(NOW)}
    assert counts["talk"] == (2, 2, 4)


def test_unknown_deck_is_a_user_error_naming_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(QuizgenError, match=r"no deck named 'tlak'.*talk"):
        new_store(tmp_path).start_session("tlak", NOW)


def test_session_answer_of_a_finished_session_is_refused(tmp_path: Path) -> None:
    store = new_store(tmp_path, 0)
    session = store.start_session("talk", NOW)
    assert session.finished
    with pytest.raises(ValueError, match="finished"):
        store.answer(replace(session), 5, NOW)
