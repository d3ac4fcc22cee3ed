"""Sessions as pure values: limits, step-7 repeats, undo back to the start, study-day rollover."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from quizgen.errors import QuizgenError
from quizgen.schedule.days import day_start, next_day_start, study_day
from quizgen.schedule.scheduler import get_scheduler, preview
from quizgen.schedule.session import DoneToday, Limits, Session, plan_session

DAY = date(2024, 3, 10)


def session(due: list[str], new: tuple[str, ...] | list[str] = (), **kw: Any) -> Session:
    return plan_session("s1", "talk", DAY, due=due, new=new, **kw)


def answer_all(s: Session, grades: list[int]) -> tuple[Session, list[str | None]]:
    shown = []
    for grade in grades:
        shown.append(s.current)
        s = s.answer(grade)
    return s, shown


def test_due_items_come_first_then_new_items() -> None:
    s = session(["d1", "d2"], ["n1", "n2"])
    assert s.queue == ("d1", "d2", "n1", "n2")
    assert s.new_ids == {"n1", "n2"}


def test_limits_cut_due_and_new_items_separately() -> None:
    s = session([f"d{i}" for i in range(5)], [f"n{i}" for i in range(5)], limits=Limits(2, 3))
    assert s.queue == ("d0", "d1", "d2", "n0", "n1")


def test_limits_count_what_was_already_done_today() -> None:
    s = session(
        [f"d{i}" for i in range(5)],
        [f"n{i}" for i in range(5)],
        limits=Limits(new_per_day=3, reviews_per_day=4),
        done_today=DoneToday(new=2, reviews=4),
    )
    assert s.queue == ("n0",)


def test_default_limits_are_twenty_new_and_two_hundred_reviews() -> None:
    s = session([f"d{i}" for i in range(300)], [f"n{i}" for i in range(30)])
    assert len(s.queue) == 220
    assert s.queue[199] == "d199"
    assert s.queue[200] == "n0"


def test_negative_limit_is_refused() -> None:
    with pytest.raises(ValueError, match="new_per_day"):
        Limits(new_per_day=-1)


def test_items_graded_below_four_come_back_after_the_main_queue_until_they_score_four() -> None:
    s = session(["a", "b", "c"])
    # main pass: a=2 (back), b=5, c=3 (back); repeats: a=3 (back again), c=4, a=4
    s, shown = answer_all(s, [2, 5, 3, 3, 4, 4])
    assert shown == ["a", "b", "c", "a", "c", "a"]
    assert s.finished
    assert [step.repeat for step in s.steps] == [False, False, False, True, True, True]
    assert [step.requeued for step in s.steps] == [True, False, True, True, False, False]


def test_progress_counts_repeats_as_work_left() -> None:
    s = session(["a", "b"]).answer(1)
    assert (s.done, s.left) == (1, 2)  # b, then a again
    s = s.answer(5)
    assert (s.done, s.left, s.current, s.in_repeats) == (2, 1, "a", True)


def test_undo_walks_back_to_the_start_and_stops_there() -> None:
    start = session(["a", "b", "c"])
    states = [start]
    for grade in [2, 5, 3, 3, 4, 4]:
        states.append(states[-1].answer(grade))
    s = states[-1]
    for expected in reversed(states[:-1]):
        s = s.undo()
        assert s == expected
    assert s.undo() == start


def test_undo_then_answer_again_takes_the_new_grade() -> None:
    s = session(["a", "b"]).answer(1).undo().answer(5)
    assert s.current == "b"
    assert s.repeats == ()


def test_drop_removes_an_item_from_both_queues() -> None:
    s = session(["a", "b", "c"]).answer(2)  # a waits in the repeats
    s = s.drop("a").drop("c")
    assert (s.queue, s.repeats) == (("b",), ())


def test_undo_after_a_dropped_requeued_item_brings_it_back_once() -> None:
    s = session(["a", "b"]).answer(2).drop("a")
    s = s.undo()
    assert s.queue == ("a", "b")
    assert s.repeats == ()


def test_repeats_left_from_an_earlier_session_today_follow_the_main_queue() -> None:
    s = session(["d1"], ["n1"], repeats=["r1", "r2", "r1"])
    assert s.queue == ("d1", "n1")
    assert s.repeats == ("r1", "r2")
    s, shown = answer_all(s, [5, 5, 4, 4])
    assert shown == ["d1", "n1", "r1", "r2"]
    assert [step.repeat for step in s.steps] == [False, False, True, True]


def test_answering_a_finished_session_is_refused() -> None:
    with pytest.raises(ValueError, match="finished"):
        session([]).answer(5)


def test_grade_counts_summarise_the_session() -> None:
    s, _ = answer_all(session(["a", "b"]), [2, 5, 4])
    assert s.grade_counts() == {2: 1, 4: 1, 5: 1}


# --- study days ------------------------------------------------------------------------------

CST = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("clock", "day"),
    [
        (datetime(2024, 3, 11, 3, 59, tzinfo=CST), date(2024, 3, 10)),
        (datetime(2024, 3, 11, 4, 0, tzinfo=CST), date(2024, 3, 11)),
        (datetime(2024, 3, 11, 23, 59, tzinfo=CST), date(2024, 3, 11)),
    ],
)
def test_the_day_rolls_over_at_four_in_the_morning(clock: datetime, day: date) -> None:
    assert study_day(clock) == day


def test_rollover_hour_is_configurable() -> None:
    clock = datetime(2024, 3, 11, 3, 0, tzinfo=CST)
    assert study_day(clock, rollover_hour=0) == date(2024, 3, 11)
    assert study_day(clock, rollover_hour=6) == date(2024, 3, 10)
    assert next_day_start(clock, rollover_hour=6) == datetime(2024, 3, 11, 6, 0, tzinfo=CST)


def test_study_day_is_taken_in_the_time_zone_of_now() -> None:
    # 20:00 UTC on the 10th is 04:00 on the 11th in UTC+8.
    assert study_day(datetime(2024, 3, 10, 20, 0, tzinfo=UTC).astimezone(CST)) == date(2024, 3, 11)
    assert study_day(datetime(2024, 3, 10, 20, 0, tzinfo=UTC)) == date(2024, 3, 10)


def test_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        study_day(datetime(2024, 3, 11, 12, 0))


def test_day_start_follows_daylight_saving_time() -> None:
    berlin = ZoneInfo("Europe/Berlin")  # clocks go forward on 31 March 2024, 02:00 -> 03:00
    assert day_start(date(2024, 3, 30), berlin).utcoffset() == timedelta(hours=1)
    assert day_start(date(2024, 3, 31), berlin).utcoffset() == timedelta(hours=2)


# --- scheduler interface ---------------------------------------------------------------------


def test_preview_lists_each_sm2_grade_with_its_interval() -> None:
    now = datetime(2024, 3, 10, 10, 0, tzinfo=CST)
    options = preview(get_scheduler("sm2"), None, now, 4)
    assert [(o.grade.value, o.grade.label, o.interval_days) for o in options] == [
        (0, "blackout", 1),
        (1, "wrong", 1),
        (2, "familiar", 1),
        (3, "hard", 1),
        (4, "good", 1),
        (5, "perfect", 1),
    ]
    assert {o.due for o in options} == {datetime(2024, 3, 11, 4, 0, tzinfo=CST)}


def test_unknown_scheduler_is_a_user_error() -> None:
    with pytest.raises(QuizgenError, match="unknown scheduler 'sm17'"):
        get_scheduler("sm17")
