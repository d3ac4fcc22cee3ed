"""Drafts for figures (placeholder until its maker lands)."""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.generate.draft import Draft
from quizgen.model import Document, Fact


def drafts(doc: Document, facts: Sequence[Fact]) -> list[Draft]:
    return []
