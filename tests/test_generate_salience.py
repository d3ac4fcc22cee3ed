"""Salience: how strongly a document stresses what a draft asks, from the kind of fact, emphasis,
position, repetition and rarity; and `select` keeping the most stressed first."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from quizgen.generate.draft import Draft
from quizgen.generate.quality import select
from quizgen.generate.salience import KIND_PRIOR, Emphasis, answer_counts, salience
from quizgen.ingest import parse_text
from quizgen.model import Document, Source

NOTES = (
    "# 书店经营笔记\n\n"
    "导读：独立书店靠回头客活下来。\n\n"  # line 3
    "开一家书店先要想清楚卖给谁。\n\n"  # line 5
    "选址比装修更要紧。\n\n"  # line 7
    "## 经营之道\n\n"
    "林若溪认为，经营的核心是**复购率**。\n\n"  # line 11
    "她常引用《开店笔记》里那句“慢即是快”。\n\n"  # line 13
    "## 小结\n\n"
    "一、先把一家店做好。\n\n"  # line 17
    "二、少即是多。\n"  # line 19
)
NOTHING = Emphasis(frozenset(), frozenset())


def notes() -> Document:
    return parse_text(NOTES, name="notes", path="notes.md")


def draft(answer: str, *, line: int = 7, kind: str = "claim", sentence: str = "", fact: str = "") -> Draft:
    sentence = sentence or f"这一句说的是{answer}。"
    return Draft(
        kind=kind,
        type="basic",
        anchor=fact or f"{kind}{line}{answer}",
        question=sentence.replace(answer, "什么"),
        answer=answer,
        explanation=sentence,
        source=Source("notes", "", line),
        fact=fact or f"{kind}{line}{answer}",
    )


# --- what a document stresses ------------------------------------------------------------------------


def test_emphasis_collects_set_off_terms_headings_and_the_title() -> None:
    assert Emphasis.of(notes()).spans == {
        "复购率",
        "开店笔记",
        "慢即是快",
        "经营之道",
        "小结",
        "书店经营笔记",
    }


def test_the_lead_is_the_opening_the_first_lines_of_sections_and_every_line_of_a_summary() -> None:
    lead = Emphasis.of(notes()).lead_lines
    assert {3, 5} <= lead and 7 not in lead  # the document's first two paragraphs
    assert 11 in lead and 13 not in lead  # a section's opening line
    assert {17, 19} <= lead  # 小结: a summary section, every line
    english = parse_text(
        "# Notes\n\n## Background\n\nFirst.\n\nSecond.\n\n## Key takeaways\n\nOne.\n\nTwo.\n",
        name="e",
        path="e.md",
    )
    assert Emphasis.of(english).lead_lines == {5, 11, 13}


def test_the_body_counts_the_text_of_blocks_not_headings() -> None:
    doc = notes()
    assert Emphasis.of(doc).body_chars == sum(len(b.text) for _, b in doc.all_blocks())
    bare = parse_text("# 一个很长很长的标题\n\n## 另一个很长的小标题\n", name="b", path="b.md")
    assert Emphasis.of(bare).body_chars == 0


def test_repetition_counts_the_sentences_that_state_an_answer() -> None:
    drafts = [
        draft("复购率", line=3, sentence="导读：独立书店靠复购率活下来。"),
        draft("复购率", line=11, sentence="林若溪认为，经营的核心是复购率。"),
        draft("选址", line=7, sentence="选址比装修更要紧，复购率其次。"),
    ]
    assert answer_counts(drafts) == Counter({"复购率": 3, "选址": 1})


# --- the score ------------------------------------------------------------------------------------------


def test_a_defined_term_outranks_a_person_a_claim_metadata_and_a_figure_in_passing() -> None:
    ranks = [salience(draft("甲乙丙", kind=kind), NOTHING, Counter()) for kind in KIND_PRIOR]
    assert ranks == sorted(ranks, reverse=True) and len(set(ranks)) == len(ranks)
    assert list(KIND_PRIOR)[:2] == ["framework", "person"] and list(KIND_PRIOR)[-2:] == ["figure", "theme"]


def test_an_answer_the_document_sets_off_scores_higher() -> None:
    stressed = Emphasis.of(notes())
    plain = salience(draft("复购率"), NOTHING, Counter())
    assert salience(draft("复购率"), stressed, Counter()) == pytest.approx(plain + 0.4)
    # part of a heading or the title counts when long enough to mean something
    assert salience(draft("书店经营"), stressed, Counter()) == pytest.approx(
        salience(draft("书店经营"), NOTHING, Counter()) + 0.4
    )
    assert salience(draft("书店"), stressed, Counter()) == salience(draft("书店"), NOTHING, Counter())


def test_a_line_of_the_lead_or_a_summary_scores_higher() -> None:
    stressed = Emphasis(frozenset(), Emphasis.of(notes()).lead_lines)
    body = salience(draft("回头客", line=13), stressed, Counter())
    assert salience(draft("回头客", line=3), stressed, Counter()) == pytest.approx(body + 0.2)
    assert salience(draft("回头客", line=19), stressed, Counter()) == pytest.approx(body + 0.2)


def test_an_answer_said_again_scores_higher_up_to_three_times() -> None:
    once = salience(draft("回头客"), NOTHING, Counter({"回头客": 1}))
    twice = salience(draft("回头客"), NOTHING, Counter({"回头客": 2}))
    often = salience(draft("回头客"), NOTHING, Counter({"回头客": 9}))
    assert twice == pytest.approx(once + 0.15) and often == pytest.approx(once + 0.3)


def test_a_rare_term_outranks_an_everyday_word_and_a_name_a_figure() -> None:
    def score(answer: str) -> float:
        return salience(draft(answer), NOTHING, Counter())

    assert score("复购率") > score("数学")  # jieba's IDF: 数学 is everyday language
    assert score("Louis Pasteur") > score("deliberate practice") > score("practice")
    assert score("约62%") == score("2019年") == KIND_PRIOR["claim"]  # digits are no rarer for their value


# --- select keeps the most stressed first ---------------------------------------------------------


def test_select_ranks_a_defined_term_above_a_figure_in_a_side_clause() -> None:
    doc = notes()
    # the figure comes first in the text and its maker scores it higher: salience still puts the
    # term the document defines and sets off before it
    figure = replace(
        draft("两成", line=5, kind="figure", sentence="林若溪估计，店里两成的书是旧书。"), score=2.0
    )
    term = draft("复购率", line=11, kind="framework", sentence="林若溪认为，经营的核心是复购率。")
    assert select([figure, term], emphasis={"notes": Emphasis.of(doc)}) == [term, figure]
