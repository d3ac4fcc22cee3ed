"""FSRS behind the scheduler interface: the same dates and states as py-fsrs called directly
(fixed clock, fuzz off), a few vectors worked out from FSRS's formulas, the SM-2 grade mapping
as the docstring writes it, replay, repeatable fuzz, options."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime, timedelta, timezone

import fsrs as py_fsrs
import pytest

import quizgen.schedule.fsrs as fsrs_module
from quizgen.errors import QuizgenError
from quizgen.schedule.fsrs import FsrsScheduler, review_logs
from quizgen.schedule.scheduler import get_scheduler, past_answer, preview

CST = timezone(timedelta(hours=8))
T0 = datetime(2024, 3, 10, 10, 0, tzinfo=CST)
# Minutes after T0 and the rating: learning steps, a lapse and relearning, a late and an early review.
SEQUENCE = [
    (0, 3),
    (10, 3),
    (3 * 1440, 1),
    (3 * 1440 + 12, 3),
    (5 * 1440, 2),
    (12 * 1440, 4),
    (40 * 1440, 3),
    (41 * 1440, 3),
]


def plain(**options: object) -> FsrsScheduler:
    return FsrsScheduler.from_options({"fuzz": False, **options})


def test_each_review_gives_what_py_fsrs_gives_on_the_same_sequence() -> None:
    ours, state = plain(), None
    direct = py_fsrs.Scheduler(enable_fuzzing=False)
    card = py_fsrs.Card(card_id=0, due=T0.astimezone(UTC))
    for minutes, rating in SEQUENCE:
        now = T0 + timedelta(minutes=minutes)
        outcome = ours.review(state, rating, now, 4)
        card, _ = direct.review_card(card, py_fsrs.Rating(rating), now.astimezone(UTC))
        assert outcome.due == card.due
        assert outcome.due.utcoffset() == timedelta(hours=8)  # in the learner's time zone
        assert json.loads(outcome.state) == card.to_dict()
        state = outcome.state
    assert card.state == py_fsrs.State.Review and card.stability is not None  # the sequence got somewhere


def test_a_new_item_follows_the_learning_steps_of_one_and_ten_minutes() -> None:
    options = {p.grade.label: p for p in preview(plain(), None, T0, 4)}
    assert options["again"].due == T0 + timedelta(minutes=1)
    assert options["hard"].due == T0 + timedelta(minutes=5, seconds=30)  # halfway between the steps
    assert options["good"].due == T0 + timedelta(minutes=10)
    assert [options[k].interval_days for k in ("again", "hard", "good")] == [0, 0, 0]
    # Easy skips the steps: initial stability w3 = 8.2956 days; at retention 0.9 the interval is
    # the stability itself (that is how FSRS's decay factor is defined), rounded: 8 days.
    assert options["easy"].interval_days == 8
    assert options["easy"].due == T0 + timedelta(days=8)


@pytest.mark.parametrize(("retention", "days"), [(0.7, 77), (0.8, 28), (0.95, 3)])
def test_desired_retention_sets_the_interval(retention: float, days: int) -> None:
    # I = S / F * (r ** (1 / DECAY) - 1), DECAY = -0.1542, F = 0.9 ** (1 / DECAY) - 1, S = 8.2956
    outcome = plain(desired_retention=retention).review(None, 4, T0, 4)
    assert outcome.interval_days == days


def test_good_then_good_ten_minutes_later_graduates_with_the_stability_as_interval() -> None:
    scheduler = plain()
    first = scheduler.review(None, 3, T0, 4)
    second = scheduler.review(first.state, 3, T0 + timedelta(minutes=10), 4)
    # S0(good) = w2 = 2.3065; the same-day increase e^(w17 (0 + w18)) * S^-w19 = 0.9945 is clamped
    # to 1 for a pass, so S stays 2.3065 and the interval is 2 days.
    assert json.loads(second.state)["stability"] == pytest.approx(2.3065)
    assert (second.interval_days, second.due) == (2, T0 + timedelta(days=2, minutes=10))


def test_retrievability_is_ninety_percent_once_the_stability_has_elapsed() -> None:
    scheduler = plain()
    easy = scheduler.review(None, 4, T0, 4).state  # S = 8.2956
    values = scheduler.retrievability([easy, easy, easy], T0)[:1]
    values += scheduler.retrievability([easy], T0 + timedelta(days=8))
    values += scheduler.retrievability([easy], T0 + timedelta(days=30))
    # R = (1 + F t / S) ** DECAY: t = 0 -> 1; t = 8 -> 0.9025; t = 30 -> 0.7918
    assert values == pytest.approx([1.0, 0.9025, 0.7918], abs=5e-5)
    card = py_fsrs.Card.from_json(easy)
    direct = py_fsrs.Scheduler().get_card_retrievability(card, (T0 + timedelta(days=30)).astimezone(UTC))
    assert values[-1] == direct


def test_sm2_does_not_predict_recall_and_reads_nothing() -> None:
    def never() -> object:
        raise AssertionError("SM-2 read the states")
        yield  # pragma: no cover

    assert get_scheduler("sm2").retrievability(never(), T0) == []  # type: ignore[arg-type]


def test_the_grade_mapping_is_the_one_the_docstring_writes() -> None:
    doc = fsrs_module.__doc__ or ""
    table = {int(q): int(r) for q, r in re.findall(r"SM-2 (\d) [^\n]*?-> (\d) (?:Again|Hard|Good|Easy)", doc)}
    assert table == {0: 1, 1: 1, 2: 1, 3: 2, 4: 3, 5: 4}
    sm2 = get_scheduler("sm2")
    assert {q: sm2.rating(q) for q in range(6)} == table
    back = dict(re.findall(r"(Again|Hard|Good|Easy) -> (\d)", doc))
    assert back == {"Again": "1", "Hard": "3", "Good": "4", "Easy": "5"}


def test_replay_of_an_sm2_log_is_py_fsrs_reschedule_card_on_the_mapped_ratings() -> None:
    sm2_grades = [5, 3, 1, 4, 4, 2, 5]
    days = [0, 1, 7, 7, 8, 20, 21]
    times = [T0 + timedelta(days=d, minutes=i) for i, d in enumerate(days)]
    history = [past_answer("sm2", g, t, t.date()) for g, t in zip(sm2_grades, times, strict=True)]
    outcome = plain().take_over(None, history, 4)
    assert outcome is not None
    ratings = [4, 2, 1, 3, 3, 1, 4]  # 5 easy, 3 hard, 1 again, 4 good, 2 again
    pairs = zip(ratings, times, strict=True)
    logs = [py_fsrs.ReviewLog(0, py_fsrs.Rating(r), t.astimezone(UTC), None) for r, t in pairs]
    direct = py_fsrs.Scheduler(enable_fuzzing=False)
    card = direct.reschedule_card(py_fsrs.Card(card_id=0, due=times[0].astimezone(UTC)), logs)
    assert json.loads(outcome.state) == card.to_dict()
    assert outcome.due == card.due
    assert plain().take_over(None, [], 4) is None  # nothing to replay: the item stays new


def test_review_logs_give_each_item_its_own_card_id() -> None:
    a = [past_answer("sm2", 4, T0, T0.date()), past_answer("fsrs", 1, T0 + timedelta(days=1), T0.date())]
    b = [past_answer("sm2", 0, T0, T0.date())]
    logs = review_logs([("x", a), ("y", b)])
    assert [(log.card_id, int(log.rating)) for log in logs] == [(1, 3), (1, 1), (2, 1)]
    assert logs[0].review_datetime == T0.astimezone(UTC)


def fuzzed_review_card_state() -> str:
    scheduler = plain()
    state = scheduler.review(None, 4, T0, 4).state
    return scheduler.review(state, 3, T0 + timedelta(days=8), 4).state  # a review card, weeks ahead


def test_fuzzed_preview_is_what_the_answer_then_gives_and_the_global_random_is_untouched() -> None:
    fuzzed, unfuzzed = FsrsScheduler(), plain()
    state, now = fuzzed_review_card_state(), T0 + timedelta(days=40)
    random.seed(7)
    expected_draws = [random.random() for _ in range(3)]
    random.seed(7)
    shown = {p.grade.value: p.interval_days for p in preview(fuzzed, state, now, 4)}
    given = {g: fuzzed.review(state, g, now, 4).interval_days for g in (2, 3, 4)}
    assert [random.random() for _ in range(3)] == expected_draws
    assert {g: shown[g] for g in (2, 3, 4)} == given
    plain_days = {g: unfuzzed.review(state, g, now, 4).interval_days for g in (2, 3, 4)}
    assert given != plain_days  # fuzz did move something (py-fsrs spreads intervals of 3 days or more)
    for g in (2, 3, 4):
        assert abs(given[g] - plain_days[g]) <= max(2, 0.15 * plain_days[g])


def test_options_are_checked() -> None:
    with pytest.raises(QuizgenError, match=r"desired_retention is a number from 0\.70 to 0\.99, got 1\.5"):
        get_scheduler("fsrs", {"desired_retention": 1.5})
    with pytest.raises(QuizgenError, match="unknown option 'retention'"):
        get_scheduler("fsrs", '{"retention": 0.9}')
    with pytest.raises(QuizgenError, match="Expected 21 parameters"):
        get_scheduler("fsrs", {"parameters": [0.5] * 19})
    scheduler = get_scheduler("fsrs", {"desired_retention": 0.85})
    assert isinstance(scheduler, FsrsScheduler) and scheduler.fsrs.desired_retention == 0.85


def test_fsrs_grades_are_again_hard_good_easy_on_keys_one_to_four() -> None:
    scheduler = get_scheduler("fsrs")
    assert [(g.value, g.label) for g in scheduler.grades] == [
        (1, "again"),
        (2, "hard"),
        (3, "good"),
        (4, "easy"),
    ]
    assert [scheduler.is_recalled(g) for g in (1, 2, 3, 4)] == [False, True, True, True]
    with pytest.raises(ValueError, match="an FSRS grade is 1"):
        scheduler.review(None, 5, T0, 4)


def test_a_step_within_the_day_comes_back_in_the_session_and_a_day_interval_does_not() -> None:
    scheduler = get_scheduler("fsrs")
    assert scheduler.comes_back(3, T0 + timedelta(minutes=10), T0)
    assert scheduler.comes_back(1, T0 + timedelta(minutes=20), T0)  # Anki's learn-ahead limit
    assert not scheduler.comes_back(3, T0 + timedelta(minutes=21), T0)
    assert not scheduler.comes_back(3, T0 + timedelta(days=1), T0)
    assert not scheduler.repeats_keep_schedule and get_scheduler("sm2").repeats_keep_schedule


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        plain().review(None, 3, datetime(2024, 3, 10, 10, 0), 4)
