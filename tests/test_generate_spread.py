"""Spreading: a dense sentence does not turn into a quiz of its own, every fact keeps its best item,
and second items are dealt across sections before a dense section gets more."""

from __future__ import annotations

from collections import Counter

from quizgen.generate.draft import Draft
from quizgen.generate.spread import MAX_PER_SENTENCE, MIN_BUDGET, PER_FACT, spread
from quizgen.model import Source

TYPES = (("basic", 1.0), ("cloze", 0.9), ("choice", 0.8))


def fact_drafts(fact: str, section: str, line: int, sentence: str) -> list[Draft]:
    source = Source("notes", section, line)
    return [
        Draft("figure", t, f"{fact}|{t}", f"{fact}?{t}", fact, sentence, source, fact, score)
        for t, score in TYPES
    ]


def test_a_dense_sentence_gives_at_most_its_cap_one_per_fact_first() -> None:
    drafts = [d for n in range(6) for d in fact_drafts(f"f{n}", "", 3, "一句话里六个数。")]
    kept = spread(drafts)
    assert len(kept) == MAX_PER_SENTENCE
    assert {d.type for d in kept} == {"basic"}  # four facts once, not two facts twice


def test_every_fact_keeps_its_best_item_when_the_budget_cuts() -> None:
    drafts = [d for n in range(40) for d in fact_drafts(f"f{n}", "", n, f"第{n}句。")]
    kept = spread(drafts)
    assert len(kept) == max(MIN_BUDGET, int(PER_FACT * 40))
    assert {d.fact for d in kept if d.type == "basic"} == {f"f{n}" for n in range(40)}


def test_the_budget_cuts_third_items_only_so_rebuilds_keep_the_same_types() -> None:
    drafts = [d for n in range(40) for d in fact_drafts(f"f{n}", "", n, f"第{n}句。")]
    kept = Counter(d.type for d in spread(drafts))
    assert kept == Counter({"basic": 40, "cloze": 40})


def test_spare_budget_is_dealt_across_sections_not_piled_on_the_densest() -> None:
    # one-item facts leave budget over; the third items that fill it come from both sections in turn
    at = [Source("notes", "A", 200 + n) for n in range(20)]
    single = [Draft("claim", "basic", f"c{n}", "?", "x", f"C{n}。", at[n], f"c{n}", 2.0) for n in range(20)]
    dense = [d for n in range(20) for d in fact_drafts(f"a{n}", "A", n, f"A{n}。")]
    sparse = [d for n in range(4) for d in fact_drafts(f"b{n}", "B", 100 + n, f"B{n}。")]
    kept = spread(single + dense + sparse)
    thirds = Counter(d.source.section for d in kept if d.type != "basic")
    assert len(kept) == int(PER_FACT * 44)
    assert thirds["B"] == 8  # every item of the sparse section survives


def test_a_short_note_keeps_everything() -> None:
    drafts = [d for n in range(3) for d in fact_drafts(f"f{n}", "", n, f"第{n}句。")]
    assert spread(drafts) == drafts
