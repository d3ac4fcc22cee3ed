"""Helpers for the regeneration tests: a small project (one seed in the stand-in format of
`ankikit.MINI_SEED`, one definition), a stand-in generator that records anchors (so re-linking
can work on its items), and a snapshot of a deck's outputs."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from ankikit import MINI_SEED, mini_generate

from quizgen.model import Item

DEFINITION = "name: Talks::Mini\nseeds: ../seeds/talk.txt\n"


def mini_project(folder: Path, definition: str = DEFINITION, seed: str = MINI_SEED) -> Path:
    """`folder/seeds/talk.txt` and `folder/decks/talk.yaml`; returns the definition's path."""
    (folder / "seeds").mkdir(parents=True, exist_ok=True)
    (folder / "seeds" / "talk.txt").write_text(seed, encoding="utf-8")
    (folder / "decks").mkdir(exist_ok=True)
    path = folder / "decks" / "talk.yaml"
    path.write_text(definition, encoding="utf-8")
    return path


def anchored_generate(paths: Any, deck: str) -> list[Item]:
    """`mini_generate`, with each item's anchor (the term; the sentence, its figure masked) kept."""
    return [dataclasses.replace(i, anchor=_anchor(i)) for i in mini_generate(paths, deck)]


def _anchor(item: Item) -> str:
    return item.question.removesuffix("：指什么？") if item.kind == "framework" else item.question


def outputs(definition_path: Path) -> dict[str, tuple[bytes, int]]:
    """Every file beside the definition (name -> bytes, mtime in ns)."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(definition_path.parent.iterdir())}
