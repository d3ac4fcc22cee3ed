"""An FSRS deck in the review store: answers scheduled as py-fsrs schedules them, learning steps
that come back in the same session, undo, the queue's cutoff for steps within the day, daily
limits, previews and statistics (fixed clock, fuzz off; figures worked out from FSRS's formulas)."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from pathlib import Path

import fsrs as py_fsrs
import pytest
from store_support import at, make_items

from quizgen.cli import main
from quizgen.store import Store

DECAY = -0.1542
FACTOR = 0.9 ** (1 / DECAY) - 1


def fsrs_store(tmp_path: Path, count: int = 3, **options: object) -> Store:
    store = Store.open(tmp_path / "q.db")
    store.sync_deck("talk", make_items(count), at(1, 5))
    store.configure_deck("talk", scheduler="fsrs", fuzz=False, now=at(1, 5), **options)  # type: ignore[arg-type]
    return store


def test_answers_are_scheduled_as_py_fsrs_schedules_them(tmp_path: Path) -> None:
    store = fsrs_store(tmp_path)
    direct = py_fsrs.Scheduler(enable_fuzzing=False)
    card = py_fsrs.Card(card_id=0, due=at(2).astimezone(UTC))
    for when, rating in [(at(2), 3), (at(2, 10, 10), 3), (at(4, 9), 1), (at(4, 9, 10), 3), (at(9, 20), 4)]:
        answer = store.record_answer("talk-000", rating, when)
        card, _ = direct.review_card(card, py_fsrs.Rating(rating), when.astimezone(UTC))
        assert answer.due == card.due.replace(microsecond=0)
        assert answer.interval_days == (card.due - card.last_review).days
    state = store._conn.execute("SELECT state FROM states WHERE item_id = 'talk-000'").fetchone()[0]
    assert json.loads(state) == card.to_dict()
    kinds = [row[0] for row in store._conn.execute("SELECT kind FROM reviews ORDER BY id")]
    assert kinds == ["new", "review", "review", "review", "review"]  # no step-7 repeats on FSRS


def test_learning_steps_repeat_then_graduate_and_undo_walks_back(tmp_path: Path) -> None:
    store = fsrs_store(tmp_path, 2)
    session = store.start_session("talk", at(2))
    session = store.answer(session, 3, at(2, 10, 0))  # 000: good -> step 2 (10 min): comes back
    session = store.answer(session, 4, at(2, 10, 1))  # 001: easy -> 8 days: done
    assert (session.current, session.in_repeats) == ("talk-000", True)
    session = store.answer(session, 1, at(2, 10, 2))  # again -> back to the 1-minute step
    assert session.repeats == ("talk-000",)
    session = store.answer(session, 3, at(2, 10, 4))  # good -> step 2 again
    session = store.answer(session, 3, at(2, 10, 15))  # good on the last step -> review, days away
    assert session.finished
    stats = store.stats("talk", at(2, 10, 16))
    assert (stats.new, stats.learning, stats.due_today) == (0, 2, 0)

    session = store.undo(session, at(2, 10, 17))  # the graduation is taken back
    assert session.current == "talk-000"
    assert [p.interval_days for p in store.preview("talk-000", at(2, 10, 17))][2] >= 1  # good graduates
    assert store.stats("talk", at(2, 10, 17)).due_today == 1  # on its 10-minute step again
    for _ in range(4):
        session = store.undo(session, at(2, 10, 18))
    assert session.queue == ("talk-000", "talk-001") and not session.steps
    assert store.stats("talk", at(2, 10, 18)).new == 2


def test_a_step_within_the_day_is_due_from_twenty_minutes_before_it_and_a_day_interval_all_day(
    tmp_path: Path,
) -> None:
    store = fsrs_store(tmp_path, 2)
    store.record_answer("talk-000", 3, at(2, 10))  # a learning step
    store.record_answer("talk-001", 4, at(2, 10))  # easy: 8 days, due 10 March 10:00
    # Move the step to 11:00 (as a longer learning step would put it) and the review to 18:00.
    store._conn.execute("UPDATE states SET due = ? WHERE item_id = 'talk-000'", (int(at(2, 11).timestamp()),))
    store._conn.execute(
        "UPDATE states SET due = ? WHERE item_id = 'talk-001'", (int(at(10, 18).timestamp()),)
    )
    assert store.start_session("talk", at(2, 10, 30)).queue == ()
    assert store.start_session("talk", at(2, 10, 40)).queue == ("talk-000",)
    assert store.start_session("talk", at(10, 8)).queue == ("talk-000", "talk-001")  # 18:00 counts from 4:00
    assert store.start_session("talk", at(10, 3, 59)).queue == ("talk-000",)  # still the 9th's study day


def test_an_item_answered_again_and_again_on_its_first_day_counts_once_as_new(tmp_path: Path) -> None:
    store = fsrs_store(tmp_path, 3)
    store.configure_deck("talk", new_per_day=2, reviews_per_day=1)
    store.record_answer("talk-002", 1, at(1, 10))  # its 1-minute step: overdue tomorrow
    for minute, grade in enumerate([1, 3, 3]):  # again, good (step 2), good (graduates)
        store.record_answer("talk-000", grade, at(2, 10, minute * 10))
    # Today: one new item shown (000, three answers, none of them a review): one new and the
    # one review allowed are left.
    assert store.start_session("talk", at(2, 11)).queue == ("talk-002", "talk-001")
    counts = store.deck_counts(at(2, 11))[0]
    assert (counts.new, counts.due) == (1, 1)


def test_preview_after_an_answer_today_still_moves_the_schedule(tmp_path: Path) -> None:
    store = fsrs_store(tmp_path, 1)
    store.record_answer("talk-000", 3, at(2, 10))
    options = {p.grade.label: p for p in store.preview("talk-000", at(2, 10, 10))}
    assert options["again"].due == at(2, 10, 11)  # back to the 1-minute step
    assert options["good"].interval_days == 2  # graduates: S = 2.3065 days -> 2 (see test_fsrs)
    assert [g.value for g in store.grades("talk")] == [1, 2, 3, 4]


def history_store(tmp_path: Path) -> Store:
    # 000: easy on the 1st at 10:00 -> S = 8.2956, due the 9th 10:00.
    # 001: good at 10:00 and 10:10 on the 1st -> S = 2.3065, 2 days, due the 3rd 10:10.
    # 002: new.
    store = fsrs_store(tmp_path, 3)
    store.record_answer("talk-000", 4, at(1, 10))
    store.record_answer("talk-001", 3, at(1, 10))
    store.record_answer("talk-001", 3, at(1, 10, 10))
    return store


def test_stats_give_the_average_recall_now_and_the_forecast_from_fsrs_due_dates(tmp_path: Path) -> None:
    store = history_store(tmp_path)
    stats = store.stats("talk", at(5, 10))
    # Elapsed whole days at the 5th 10:00: 000 four days; 001 three (3 days 23:50).
    expected = ((1 + FACTOR * 4 / 8.2956) ** DECAY + (1 + FACTOR * 3 / 2.3065) ** DECAY) / 2
    assert stats.retrievability == pytest.approx(expected, abs=1e-9)
    assert (stats.new, stats.learning, stats.mature) == (1, 2, 0)
    assert stats.due_today == 1  # 001, overdue since the 3rd
    assert stats.forecast[:6] == (1, 0, 0, 0, 1, 0)  # 000 on the 9th, four days on


def test_retention_counts_only_the_first_answer_of_an_item_each_day(tmp_path: Path) -> None:
    store = history_store(tmp_path)
    store.record_answer("talk-001", 1, at(5, 10))  # a lapse: relearning step
    store.record_answer("talk-001", 3, at(5, 10, 10))  # the relearning step, same day: not a recall test
    store.record_answer("talk-000", 3, at(9, 10))  # on time: recalled
    stats = store.stats("talk", at(9, 11))
    assert stats.retention_30d == 0.5
    assert stats.reviews_30d == 6  # every scheduled answer is work done


def test_stats_command_shows_the_predicted_recall_for_an_fsrs_deck(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    history_store(tmp_path).close()
    assert (
        main(["stats", "--deck", "talk", "--db", str(tmp_path / "q.db"), "--now", "2024-03-05T10:00+08:00"])
        == 0
    )
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Deck talk (fsrs), study day 2024-03-05"
    expected = ((1 + FACTOR * 4 / 8.2956) ** DECAY + (1 + FACTOR * 3 / 2.3065) ** DECAY) / 2
    assert f"Recall now, predicted (FSRS)  {expected:7.1%}" in out


def test_an_sm2_deck_has_no_predicted_recall(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "q.db")
    store.sync_deck("talk", make_items(2), at(1, 5))
    store.record_answer("talk-000", 5, at(1, 10))
    assert store.stats("talk", at(2)).retrievability is None
    assert store.stats(None, at(2)).retrievability is None


def test_predicted_recall_from_the_state_columns_is_py_fsrs_own_to_the_microsecond(tmp_path: Path) -> None:
    store = fsrs_store(tmp_path, 3)
    half_second = timedelta(microseconds=500_000)
    store.record_answer("talk-000", 4, at(1, 10) + half_second)  # inserted: the columns follow
    store.record_answer("talk-001", 3, at(1, 10))
    store.record_answer("talk-001", 3, at(1, 10, 10))  # updated: the columns follow again
    direct = py_fsrs.Scheduler(enable_fuzzing=False)
    # 000 reviewed at 10:00:00.5: at 10:00:00.4 four days on, three whole days have elapsed
    for now in (
        at(5, 10) + half_second - timedelta(microseconds=100_000),
        at(5, 10) + half_second,
        at(20, 3),
    ):
        states = [row[0] for row in store._conn.execute("SELECT state FROM states WHERE scheduler = 'fsrs'")]
        cards = [py_fsrs.Card.from_json(s) for s in states]
        values = [direct.get_card_retrievability(c, now.astimezone(UTC)) for c in cards]
        assert store.stats("talk", now).retrievability == pytest.approx(sum(values) / len(values), rel=1e-12)


def test_switching_back_and_forth_keeps_the_state_columns_in_step(tmp_path: Path) -> None:
    store = fsrs_store(tmp_path, 2)
    store.record_answer("talk-000", 3, at(1, 10))
    store.configure_deck("talk", scheduler="sm2", now=at(2, 5))
    store.configure_deck("talk", scheduler="fsrs", desired_retention=0.85, now=at(3, 5))  # replayed: upserted
    for state, stability, last_review in store._conn.execute(
        "SELECT state, stability, last_review_us FROM states WHERE scheduler = 'fsrs'"
    ):
        card = py_fsrs.Card.from_json(state)
        assert stability == card.stability
        assert card.last_review is not None
        assert last_review == round(card.last_review.timestamp() * 1_000_000)
