"""Lenient typed answers: what the comparison ignores, what it keeps, and the difference it shows."""

from __future__ import annotations

import pytest

from quizgen.answers import Span, compare, normalize


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("200 亿美元", "200亿美元"),  # spaces
        ("２００亿美元", "200 亿美元"),  # full-width digits
        ("\uff21\uff29安全", "ai 安全"),  # full-width letters and case
        ("达里奥阿莫迪", "达里奥·阿莫迪"),  # the middle dot of a transliterated name
        ("机器，有爱心", "机器有爱心。"),  # Chinese punctuation
        ("Machines of loving grace", "Machines of Loving Grace."),
        ("60–75 %", "60-75%"),  # an en dash for a hyphen, a space before %
        ("60\uff5e75%", "60-75%"),  # a full-width tilde for a range
        ("1,000", "1000"),  # a thousands separator
    ],
)
def test_answers_differing_only_in_width_spaces_punctuation_or_case_match(typed: str, expected: str) -> None:
    assert compare(typed, expected).correct


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("35倍", "3.5倍"),  # a decimal point between digits carries meaning
        ("6075%", "60-75%"),  # so does a range's dash
        ("60", "60%"),  # and a percent sign
        ("100亿美元", "200亿美元"),
        ("", "200亿美元"),
    ],
)
def test_answers_differing_in_what_a_number_means_do_not_match(typed: str, expected: str) -> None:
    assert not compare(typed, expected).correct


def test_normalized_form_keeps_number_marks_only_between_digits() -> None:
    assert normalize("\uff35.\uff33. 3.5 - 4.0%！") == "us3.54.0%"  # the spaced dash is not between digits
    assert normalize("2025-07-30") == "2025-07-30"
    assert normalize("10:30, 1/3") == "10:301/3"


def test_a_missing_unit_or_a_typo_is_a_near_miss_but_a_wrong_number_is_not() -> None:
    assert compare("200亿", "200亿美元").near
    assert compare("Machines of lovng grace", "Machines of Loving Grace").near
    assert not compare("100亿美元", "200亿美元").near
    assert not compare("200亿美元", "200亿美元").near  # right is not a near miss
    assert not compare("", "200亿美元").near


def test_difference_marks_the_missing_and_the_wrong_characters() -> None:
    assert compare("200亿", "200亿美元").spans == (
        Span("same", "200亿", "200亿"),
        Span("missing", "", "美元"),
    )
    assert compare("100亿美元", "200亿美元").spans == (
        Span("wrong", "1", "2"),
        Span("same", "00亿美元", "00亿美元"),
    )
    assert compare("3.5倍", "35倍").spans == (
        Span("same", "3", "3"),
        Span("extra", ".", ""),
        Span("same", "5倍", "5倍"),
    )


def test_ignored_differences_show_as_the_same_text_in_its_expected_form() -> None:
    spans = compare("machines of lovng grace", "Machines of Loving Grace.").spans
    assert [s.kind for s in spans] == ["same", "missing", "same"]
    assert "".join(s.expected for s in spans) == "Machines of Loving Grace."
    assert "".join(s.typed for s in spans) == "machines of lovng grace"


def test_similarity_is_one_for_a_match_and_lower_for_a_miss() -> None:
    assert compare("200 亿美元", "200亿美元").similarity == 1.0
    assert compare("100亿美元", "200亿美元").similarity == pytest.approx(5 / 6)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Anthropic的CEO", "Anthropic CEO"),  # a possessive particle, like punctuation
        ("Anthropic 的 CEO", "Anthropic CEO"),
        ("公司的创始人", "公司创始人"),
        ("Anthropic's CEO", "Anthropic CEO"),
        ("the lab\u2019s director", "the lab director"),
    ],
)
def test_a_possessive_mark_is_ignored_like_punctuation(typed: str, expected: str) -> None:
    assert compare(typed, expected).correct
    assert all(span.kind == "same" for span in compare(typed, expected).spans)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("目", "目的"),  # a final 的 belongs to the word
        ("its", "it"),  # an s without an apostrophe is a letter
        ("Anthropics CEO", "Anthropic CEO"),
    ],
)
def test_a_possessive_looking_letter_that_is_part_of_a_word_still_counts(typed: str, expected: str) -> None:
    assert not compare(typed, expected).correct
