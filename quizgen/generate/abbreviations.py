"""Drafts for abbreviations the text spells out: one basic question each, what the letters stand
for (What does "RPO" stand for? / “SER”是什么的缩写？), answered with the words the text gives."""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.extract.text import normalize
from quizgen.generate.draft import Draft
from quizgen.model import Abbreviation, Document, Fact

SCORE = 1.5
ANCHOR = "abbreviation::"


def asks_letters(draft: Draft) -> bool:
    """Whether the draft asks what an abbreviation stands for: its letters are the question, so
    the words they spell give nothing away."""
    return draft.anchor.startswith(ANCHOR)


def question(doc: Document, abbreviation: Abbreviation) -> str:
    short, full = abbreviation.short, abbreviation.full
    if doc.language != "zh":
        return f'What does "{short}" stand for?'
    return f"“{short}”指什么？" if not full.isascii() else f"“{short}”是什么的缩写？"


def drafts(doc: Document, facts: Sequence[Fact]) -> list[Draft]:
    return [
        Draft(
            kind="framework",
            type="basic",
            anchor=f"{ANCHOR}{f.short}",
            question=question(doc, f),
            answer=f.full,
            explanation=f.sentence.rstrip(" :："),  # a line that goes on to a list: its sentence
            source=f.source,
            fact=f"abbreviation::{normalize(f.short)}",
            score=SCORE,
        )
        for f in facts
        if isinstance(f, Abbreviation)
    ]
