"""From a `Document` to typed facts: each kind has its own module with `extract(doc)`."""

from __future__ import annotations

from collections.abc import Callable

from quizgen.extract import abbreviations, claims, figures, frameworks, meta, people, tables, themes
from quizgen.model import Document, Fact

EXTRACTORS = (
    meta.extract,
    themes.extract,
    frameworks.extract,
    figures.extract,
    people.extract,
    claims.extract,
    abbreviations.extract,
    tables.extract,
)


def extract(doc: Document, step: Callable[[], None] | None = None) -> list[Fact]:
    """Every fact the document states, in the order the extractors run (`step` after each)."""
    facts: list[Fact] = []
    for run in EXTRACTORS:
        facts.extend(run(doc))
        if step is not None:
            step()
    return facts
