"""SM-2 rules against vectors worked out by hand from the paper (working in the comments)."""

from __future__ import annotations

import itertools
import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from quizgen.schedule.sm2 import NEW, Sm2Scheduler, Sm2State, next_intervals, review

D = Decimal


def run(grades: list[int], state: Sm2State = NEW) -> list[Sm2State]:
    out = []
    for grade in grades:
        state = review(state, grade)
        out.append(state)
    return out


def test_eight_perfect_grades_give_the_published_intervals_without_float_drift() -> None:
    # EF before each review: 2.5, 2.6, 2.7, ... (each perfect grade adds 0.1).
    # I1 = 1; I2 = 6; I3 = ceil(6 * 2.7) = ceil(16.2) = 17; I4 = ceil(17 * 2.8) = ceil(47.6) = 48;
    # I5 = ceil(48 * 2.9) = ceil(139.2) = 140; I6 = 140 * 3.0 = 420 (a float EF of
    # 3.0000000000000004 would give 421); I7 = 420 * 3.1 = 1302; I8 = ceil(1302 * 3.2) = ceil(4166.4) = 4167.
    states = run([5] * 8)
    assert [s.interval for s in states] == [1, 6, 17, 48, 140, 420, 1302, 4167]
    assert [s.repetitions for s in states] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert states[-1].easiness == D("3.3")


def test_interval_uses_the_easiness_from_before_the_update() -> None:
    # From (2 reps, EF 2.5, 6 days), grade 5: I3 = ceil(6 * 2.5) = 15 with the old EF;
    # the new EF 2.6 would have given ceil(15.6) = 16.
    after = review(Sm2State(2, D("2.5"), 6), 5)
    assert after == Sm2State(3, D("2.6"), 15)


def test_fractional_interval_is_rounded_up() -> None:
    # 6 * 2.36 = 14.16, rounded up to 15 (rounding to nearest would give 14). Grade 4: EF unchanged.
    assert review(Sm2State(2, D("2.36"), 6), 4) == Sm2State(3, D("2.36"), 15)


@pytest.mark.parametrize(
    ("grade", "easiness"),
    [
        (5, "2.6"),  # 0.1 - 0 * (...) = +0.10
        (4, "2.5"),  # 0.1 - 1 * (0.08 + 0.02) = 0.00
        (3, "2.36"),  # 0.1 - 2 * (0.08 + 0.04) = -0.14
    ],
)
def test_first_good_grade_gives_one_day_and_moves_easiness_by_the_formula(grade: int, easiness: str) -> None:
    assert review(NEW, grade) == Sm2State(1, D(easiness), 1)


@pytest.mark.parametrize("grade", [0, 1, 2])
def test_lapse_restarts_repetitions_with_one_day_and_keeps_easiness(grade: int) -> None:
    # The formula would have lowered EF by 0.32, 0.54 or 0.80; the paper says "without changing".
    assert review(Sm2State(5, D("2.9"), 140), grade) == Sm2State(0, D("2.9"), 1)


def test_after_a_lapse_the_intervals_restart_at_i1_and_i2() -> None:
    # Lapse: (0, 2.9, 1). Then grade 5: repetition 1 -> I1 = 1, EF 3.0; grade 5: I2 = 6, EF 3.1;
    # grade 4: I3 = ceil(6 * 3.1) = ceil(18.6) = 19, EF stays 3.1.
    states = run([2, 5, 5, 4], Sm2State(5, D("2.9"), 140))
    assert states == [
        Sm2State(0, D("2.9"), 1),
        Sm2State(1, D("3.0"), 1),
        Sm2State(2, D("3.1"), 6),
        Sm2State(3, D("3.1"), 19),
    ]


def test_repeated_lapses_never_lower_easiness() -> None:
    states = run([0, 1, 2, 0], Sm2State(3, D("1.5"), 10))
    assert {s.easiness for s in states} == {D("1.5")}
    assert {(s.repetitions, s.interval) for s in states} == {(0, 1)}


def test_long_run_of_grade_three_reaches_the_floor_and_stays_there() -> None:
    # EF before: 2.5, 2.36, 2.22, 2.08, 1.94, 1.80, 1.66, 1.52, 1.38 (-> 1.24, floored to 1.3), 1.3
    # I1 = 1; I2 = 6; ceil(6 * 2.22 = 13.32) = 14; ceil(14 * 2.08 = 29.12) = 30;
    # ceil(30 * 1.94 = 58.2) = 59; ceil(59 * 1.80 = 106.2) = 107; ceil(107 * 1.66 = 177.62) = 178;
    # ceil(178 * 1.52 = 270.56) = 271; ceil(271 * 1.38 = 373.98) = 374; ceil(374 * 1.3 = 486.2) = 487.
    states = run([3] * 10)
    assert [s.interval for s in states] == [1, 6, 14, 30, 59, 107, 178, 271, 374, 487]
    assert [s.easiness for s in states][-3:] == [D("1.38"), D("1.3"), D("1.3")]


def test_floor_applies_after_the_update() -> None:
    # 1.4 - 0.14 = 1.26 -> 1.3; at 1.3 a grade 4 (+0) keeps 1.3 and a grade 5 lifts it to 1.4.
    assert review(Sm2State(3, D("1.4"), 10), 3).easiness == D("1.3")
    assert review(Sm2State(3, D("1.3"), 10), 4).easiness == D("1.3")
    assert review(Sm2State(3, D("1.3"), 10), 5).easiness == D("1.4")


def test_easiness_has_no_upper_bound_and_stays_exact_over_a_long_run() -> None:
    # 40 perfect grades add 40 * 0.1 = 4.0 to 2.5.
    states = run([5] * 40)
    assert states[-1].easiness == D("6.5")
    assert states[-1].repetitions == 40
    assert all(b.interval > a.interval for a, b in itertools.pairwise(states))


def test_next_intervals_show_what_each_grade_would_give() -> None:
    # From (2, 2.5, 6): grades 0-2 lapse to 1 day; 3-5 all give ceil(6 * 2.5) = 15 (old EF).
    assert next_intervals(Sm2State(2, D("2.5"), 6)) == (1, 1, 1, 15, 15, 15)
    assert next_intervals(NEW) == (1,) * 6


@pytest.mark.parametrize("grade", [-1, 6, 2.5, True, "5"])
def test_grade_outside_zero_to_five_is_refused(grade: object) -> None:
    with pytest.raises(ValueError, match="0 to 5"):
        review(NEW, grade)  # type: ignore[arg-type]


def test_state_takes_easiness_from_its_decimal_text_and_refuses_bad_values() -> None:
    assert Sm2State(0, 2.6, 0).easiness == D("2.6")  # type: ignore[arg-type]
    assert Sm2State(0, "2.6", 0) == Sm2State(0, D("2.6"), 0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="easiness"):
        Sm2State(0, D("1.29"), 0)
    with pytest.raises(ValueError, match="interval"):
        Sm2State(0, D("2.5"), -1)


def test_state_round_trips_through_its_dict() -> None:
    state = Sm2State(7, D("3.24"), 1302)
    assert Sm2State.from_dict(json.loads(json.dumps(state.to_dict()))) == state


CST = timezone(timedelta(hours=8))


def test_scheduler_puts_due_at_the_start_of_the_study_day_interval_days_later() -> None:
    outcome = Sm2Scheduler().review(None, 5, datetime(2024, 3, 10, 10, 0, tzinfo=CST), 4)
    assert outcome.due == datetime(2024, 3, 11, 4, 0, tzinfo=CST)
    assert outcome.interval_days == 1
    assert Sm2State.from_dict(json.loads(outcome.state)) == Sm2State(1, D("2.6"), 1)


def test_scheduler_counts_days_from_the_study_day_before_the_rollover() -> None:
    # 01:30 on the 11th still belongs to the 10th: a one-day interval is due at 04:00 on the 11th.
    state = json.dumps(Sm2State(1, D("2.6"), 1).to_dict())
    outcome = Sm2Scheduler().review(state, 4, datetime(2024, 3, 11, 1, 30, tzinfo=CST), 4)
    assert outcome.interval_days == 6
    assert outcome.due == datetime(2024, 3, 16, 4, 0, tzinfo=CST)
