"""Drawing a quiz: repeatable by seed, one item per fact (types of one fact, one source
sentence, one answer on one line), no answer given away by another question, spread across
sections and kinds, choice items first, the notes' metadata last."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from quizgen.model import Item, Source
from quizgen.quiz.draw import draw, facts


def make(
    n: int,
    *,
    section: str = "一",
    kind: str = "figure",
    type_: str = "basic",
    anchor: str = "",
    question: str = "",
    answer: str = "",
    explanation: str = "",
    line: int = 0,
) -> Item:
    return Item(
        id=f"i{n:03d}-{type_}",
        deck="d",
        kind=kind,
        type=type_,  # type: ignore[arg-type]
        question=question or f"问题{n:03d}是什么？",
        answer=answer or f"答案{n:03d}",
        explanation=explanation or f"第{n:03d}句。",
        source=Source("doc", section, line or n),
        anchor=anchor or f"a{n}",
        choices=(answer or f"答案{n:03d}", "别的", "其他", "另一个") if type_ == "choice" else (),
    )


def grid(sections: int = 4, kinds: int = 3, per: int = 3) -> list[Item]:
    """`per` facts of each kind in each section, one basic item each, in document order."""
    items, n = [], 0
    for s in range(sections):
        for k in range(kinds):
            for _ in range(per):
                n += 1
                items.append(make(n, section=f"section {s}", kind=f"kind {k}", line=n))
    return items


def test_the_same_seed_draws_the_same_quiz_and_other_seeds_other_ones() -> None:
    items = grid()
    assert draw(items, 8, seed=7) == draw(items, 8, seed=7)
    assert len({tuple(i.id for i in draw(items, 8, seed=s)) for s in range(10)}) > 5


def test_a_draw_spreads_across_sections_and_kinds() -> None:
    for seed in range(20):
        quiz = draw(grid(), 8, seed=seed)
        assert sorted(Counter(i.source.section for i in quiz).values()) == [2, 2, 2, 2]
        assert max(Counter(i.kind for i in quiz).values()) <= 3


def test_items_of_one_fact_are_never_drawn_together() -> None:
    figure = [
        make(1, type_=t, anchor="sentence|0", explanation="同一句。") for t in ("basic", "cloze", "choice")
    ]
    same_sentence = [
        make(2, anchor="x|0", explanation="另一句，两个数。"),
        make(3, anchor="x|1", explanation="另一句，两个数。"),
    ]
    same_line_answer = [
        make(4, kind="framework", anchor="term", answer="人才密度", line=40, explanation="人才密度：定义。"),
        make(5, kind="claim", anchor="core|{}", answer="人才密度", line=40, explanation="核心是人才密度。"),
    ]
    other = [make(6)]
    items = [*figure, *same_sentence, *same_line_answer, *other]
    assert [[i.id for i in f] for f in facts(items)] == [
        [i.id for i in figure],
        [i.id for i in same_sentence],
        [i.id for i in same_line_answer],
        ["i006-basic"],
    ]
    for seed in range(10):
        assert len(draw(items, 20, seed=seed)) == 4


def test_a_fact_is_asked_as_its_choice_item_and_choices_come_first() -> None:
    items = [
        make(1),
        *(make(2, type_=t, anchor="f2") for t in ("basic", "cloze", "choice")),
        make(3),
        make(4, type_="choice"),
    ]
    quiz = draw(items, 20, seed=1)
    assert [(i.id) for i in quiz] == ["i002-choice", "i004-choice", "i001-basic", "i003-basic"]


def test_without_choices_allowed_a_fact_is_asked_in_another_type() -> None:
    items = [make(2, type_=t, anchor="f2") for t in ("basic", "cloze", "choice")]
    assert [i.type for i in draw(items, 5, types={"basic", "cloze"}, seed=3)] in (["basic"], ["cloze"])
    assert draw(items, 5, types={"reversed"}, seed=3) == ()


def test_typed_types_are_spread_within_a_draw() -> None:
    items = [make(n, type_=t, anchor=f"f{n}") for n in range(1, 7) for t in ("basic", "cloze")]
    assert Counter(i.type for i in draw(items, 6, seed=5)) == {"basic": 3, "cloze": 3}


def test_an_answer_that_stands_in_another_question_is_not_drawn_with_it() -> None:
    ceo = make(1, question="Anthropic 的 CEO 是谁？", answer="达里奥·阿莫迪")
    giveaway = make(2, question="达里奥·阿莫迪在哪一年创办了公司？", answer="2021年")
    for seed in range(10):
        assert len(draw([ceo, giveaway], 5, seed=seed)) == 1
    name = make(5, question="Who drew the chart when she was 29?", answer="Ada Moreau")
    role = make(6, type_="reversed", question="Who is Ada L. Moreau?", answer="a surveyor")
    figure = make(
        7,
        question="One sack of the harbour's salt weighs about how many kilograms?",
        answer="about 2.58 kilograms",
    )
    for seed in range(10):
        assert len(draw([name, role, figure], 5, seed=seed)) == 2
    short = make(3, question="一年有几季？", answer="四")  # one character gives nothing away
    assert len(draw([short, make(4, question="第四个是什么？")], 5, seed=0)) == 2


def test_the_notes_metadata_is_asked_only_when_nothing_else_is_left() -> None:
    items = [make(n, kind="meta" if n <= 3 else "figure") for n in range(1, 7)]
    for seed in range(10):
        assert {i.kind for i in draw(items, 3, seed=seed)} == {"figure"}
    assert Counter(i.kind for i in draw(items, 5, seed=0)) == {"figure": 3, "meta": 2}


def test_a_quiz_is_never_longer_than_the_facts_it_has_and_needs_one_question() -> None:
    assert len(draw(grid(1, 1, 3), 20, seed=0)) == 3
    assert draw([], 20, seed=0) == ()
    with pytest.raises(ValueError, match="at least one question"):
        draw(grid(), 0)


def test_the_draw_does_not_depend_on_equal_items_being_distinct_objects() -> None:
    items = grid(2, 2, 2)
    copies = [replace(i) for i in items]
    assert draw(items, 5, seed=4) == draw(copies, 5, seed=4)
