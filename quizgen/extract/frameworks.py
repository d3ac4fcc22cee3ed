"""Extraction of frameworks (placeholder until its extractor lands)."""

from __future__ import annotations

from quizgen.model import Document, Fact


def extract(doc: Document) -> list[Fact]:
    return []
