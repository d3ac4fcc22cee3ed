"""Extraction of people (placeholder until its extractor lands) and pronoun resolution."""

from __future__ import annotations

from quizgen.model import Block, Document, Fact, Section


def extract(doc: Document) -> list[Fact]:
    return []


def resolve_pronouns(doc: Document, section: Section | None, block: Block, sentence: str) -> str:
    """`sentence` with a leading pronoun (他/她/我 in a turn, He/She) replaced by the person it
    refers to, or unchanged when nothing resolves it. (Placeholder: unchanged.)"""
    return sentence
