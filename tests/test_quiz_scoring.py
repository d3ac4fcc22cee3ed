"""Judging and scoring a quiz: choices right or wrong, typed answers compared leniently with near
misses told apart, a miss counted as right only where that makes sense, and the score per theme
and per kind; `Quiz` moves on one answer at a time."""

from __future__ import annotations

import pytest
from quiz_support import QUIZ_ITEMS, THEME_1, THEME_2, make_quiz

from quizgen.quiz.scoring import (
    Tally,
    can_count_as_right,
    count_as_right,
    judge_choice,
    judge_typed,
    score,
    theme_label,
)

CHOICE, FRAMEWORK, REVENUE, CORE, CEO = QUIZ_ITEMS


def test_a_choice_is_right_only_when_it_is_the_answer() -> None:
    right = judge_choice(CHOICE, 1)
    assert (right.given, right.verdict, right.counted, right.picked) == ("20-25%", "right", True, 1)
    wrong = judge_choice(CHOICE, 0)
    assert (wrong.given, wrong.verdict, wrong.counted) == ("10-15%", "wrong", False)
    with pytest.raises(ValueError, match="4 choices; there is no choice 5"):
        judge_choice(CHOICE, 4)


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [
        ("200亿美元", "right"),
        (" 200 亿美元 ", "right"),  # spaces
        ("２００亿美元", "right"),  # full-width digits
        ("200亿", "near"),  # the unit left out
        ("300亿美元", "wrong"),  # a wrong number is never near
        ("", "wrong"),
    ],
)
def test_a_typed_answer_is_compared_leniently(typed: str, verdict: str) -> None:
    response, comparison = judge_typed(REVENUE, typed)
    assert response.verdict == verdict
    assert response.counted == (verdict == "right") == comparison.correct
    assert response.given == typed.strip()


def test_only_a_typed_miss_with_an_answer_can_be_counted_as_right() -> None:
    near, _ = judge_typed(CORE, "人才密")
    assert can_count_as_right(near)
    counted = count_as_right(near)
    assert counted.counted and counted.overridden and counted.verdict == "near"
    synonym, _ = judge_typed(CEO, "Dario Amodei")  # wrong to the comparison, right to the learner
    assert synonym.verdict == "wrong" and can_count_as_right(synonym)
    nothing, _ = judge_typed(CEO, "")
    choice = judge_choice(CHOICE, 0)
    right, _ = judge_typed(REVENUE, "200亿美元")
    for response in (nothing, choice, right, counted):
        assert not can_count_as_right(response)
        with pytest.raises(ValueError, match="cannot be counted as right"):
            count_as_right(response)


def test_the_score_is_given_per_theme_in_document_order_and_per_kind() -> None:
    responses = [
        judge_typed(CEO, "黄仁勋")[0],  # asked first, but its theme comes second in the notes
        judge_choice(CHOICE, 1),
        judge_choice(FRAMEWORK, 0),
        judge_typed(REVENUE, "200 亿美元")[0],
    ]
    result = score(5, responses)
    assert (result.right, result.answered, result.asked, result.share) == (2, 4, 5, 0.5)
    assert result.by_theme == (Tally(THEME_1, 2, 2), Tally(THEME_2, 0, 2))
    assert result.by_kind == (Tally("figure", 2, 2), Tally("framework", 0, 1), Tally("person", 0, 1))
    assert [r.item.id for r in result.missed] == ["talk-5", "talk-2"]
    assert score(5, []).share == 0.0


def test_themes_are_named_with_their_document_when_a_quiz_spans_several() -> None:
    assert theme_label(CHOICE) == THEME_1
    assert theme_label(CHOICE, with_doc=True) == f"{THEME_1} · talk"


def test_a_quiz_takes_answers_to_its_current_question_in_turn() -> None:
    quiz = make_quiz()
    assert quiz.current == CHOICE and quiz.last is None and not quiz.finished
    with pytest.raises(ValueError, match="not the question being asked"):
        quiz.answer(judge_choice(FRAMEWORK, 3))
    quiz = quiz.answer(judge_choice(CHOICE, 0))
    assert quiz.current == FRAMEWORK
    with pytest.raises(ValueError, match="cannot be counted as right"):
        quiz.count_last_as_right()
    for item in QUIZ_ITEMS[1:]:
        quiz = quiz.answer(judge_typed(item, "人才密")[0] if item.type != "choice" else judge_choice(item, 3))
    assert quiz.finished and quiz.current is None
    quiz = quiz.count_last_as_right()  # CEO: "人才密" is wrong, and counted as the learner says
    assert quiz.score().right == 2  # FRAMEWORK (4th choice) and CEO; CORE's near miss stays a miss
