"""Choice items: the right answer's position is spread evenly, not left to a hash of its text."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest
from written import WRITTEN

from quizgen.generate import generate
from quizgen.generate.draft import spread_answers, stable_order
from quizgen.ingest import read_paths

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(ROOT.glob("seeds/*.txt")) + list(WRITTEN)


def test_stable_order_does_not_push_an_answer_to_the_end_when_distractors_share_its_hash() -> None:
    # A maker that picks the three lowest-hashed of many titles as distractors: sorting the
    # options by the same hash used to put the answer last most of the time.
    positions = Counter()
    titles = [f"title {n}" for n in range(12)]
    for n in range(400):
        key = f"point {n}"
        pool = sorted(titles[1:], key=lambda t: hashlib.sha1(f"{key}\x1f{t}".encode()).hexdigest())
        positions[stable_order(titles[0], pool[:3], key).index(titles[0])] += 1
    assert max(positions.values()) < 0.35 * 400


def test_spread_answers_puts_answers_evenly_and_keeps_the_distractors_order() -> None:
    sets = [("a", ("x", "a", "y", "z"))] * 8
    orders = spread_answers(sets, "doc")
    assert Counter(o.index("a") for o in orders) == {0: 2, 1: 2, 2: 2, 3: 2}
    assert all([c for c in o if c != "a"] == ["x", "y", "z"] for o in orders)


@pytest.fixture(scope="module")
def choice_items() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The choice items of a deck that asks for choices (by default a fact is asked once, in the
    form that suits it, and few facts are best asked as a choice)."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for path in SOURCES:
        items = generate(read_paths([path]), "deck", types=("choice",))
        out[path.name] = [(i.answer, i.choices) for i in items if i.type == "choice"]
    return out


def test_no_answer_position_holds_more_than_45_percent_of_the_choice_items(choice_items) -> None:
    every = [pair for pairs in choice_items.values() for pair in pairs]
    assert len(every) >= 12  # enough for a share of 45% to mean something (the seeds hold 15)
    positions = Counter(choices.index(answer) for answer, choices in every)
    assert max(positions.values()) <= 0.45 * len(every)
    for name, pairs in choice_items.items():
        if len(pairs) >= 8:
            per_doc = Counter(choices.index(answer) for answer, choices in pairs)
            assert max(per_doc.values()) <= 0.45 * len(pairs), name


def test_generating_twice_gives_the_same_choice_order(choice_items) -> None:
    path = SOURCES[0]
    again = [
        (i.answer, i.choices)
        for i in generate(read_paths([path]), "deck", types=("choice",))
        if i.type == "choice"
    ]
    assert again == choice_items[path.name]


@pytest.mark.parametrize(
    ("text", "zero"),
    [
        (
            "# 报告\n\n去年星河家具的主营收入增长了 0%。\n\n去年星河家具的净利润增长了 5%。"
            "\n\n去年星河家具的原材料成本增长了 12%。\n",
            "0%",
        ),
        (
            "The Ravensport furniture company's revenue grew 0% last year.\n\n"
            "The Ravensport furniture company's profit grew 5% the year before.\n\n"
            "The Ravensport furniture company's costs grew 40% in 2019.\n",
            "0%",
        ),
        (
            "The harbour pension fund lost $0 in March on its bonds.\n\n"
            "The harbour pension fund lost $3 million on its bonds in April.\n\n"
            "The harbour pension fund lost $12 million on its bonds in May.\n",
            "$0",
        ),
    ],
)
def test_a_figure_of_value_zero_among_others_of_its_kind_gets_items_like_any_other(
    text: str, zero: str
) -> None:
    from quizgen.ingest import parse_text

    # one item per sentence by default: each figure stands in a sentence of its own
    items = generate([parse_text(text, name="zero", path="zero.md")], "deck")
    assert len(items) == 3 and zero in {i.answer for i in items}, "the zero figure is asked"
    choices = generate([parse_text(text, name="zero", path="zero.md")], "deck", types=("choice",))
    assert choices
    for item in choices:
        assert item.choices.count(item.answer) == 1
        assert len(set(item.choices)) == len(item.choices)
