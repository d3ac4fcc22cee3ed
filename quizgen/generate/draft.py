"""A `Draft` is an item before selection: what every per-kind maker returns.

Makers over-generate drafts with a `score`; `quizgen.generate.select` keeps the good ones and
turns them into `Item`s with stable ids. `fact` names the fact a draft asks about, so at most one
draft of each type survives per fact; `anchor` is what the id is hashed from (DESIGN.md: what the
question is about, never the answer, never a line number).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from quizgen.extract.figures import figure_spans
from quizgen.model import ItemType, Source

BLANK = "[…]"  # where a question or a cloze hides its answer (the sheet draws it as a blank)
# A list's members each hidden on one card ([…]、[…]和[…], […], […], and […]): one blank to the checks
_MEMBER_BLANKS = re.compile(
    r"\[…\](?:\s*(?:[、，,]\s*(?:and\s+|or\s+)?|以及|和|与|及|and\s+|or\s+)\s*\[…\])+"
)


def one_blank(question: str) -> str:
    """The question with a hidden list's member blanks read as the one blank they make together."""
    return _MEMBER_BLANKS.sub(BLANK, question)


FIGURE_MASK = "#"


@dataclass(frozen=True, slots=True)
class Draft:
    kind: str
    type: ItemType
    anchor: str
    question: str
    answer: str
    explanation: str
    source: Source
    fact: str
    score: float = 1.0
    cloze: str = ""
    choices: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


def stable_order(answer: str, distractors: list[str], key: str) -> tuple[str, ...]:
    """The answer and its distractors in an order fixed by `key` (not by their text's position),
    so choices neither move between builds nor always put the answer first. The answer's position
    is drawn from the key alone: makers often pick distractors by a hash of key and text, and
    sorting by that same hash would push the answer (not picked for its hash) towards the end."""
    others: list[str] = []
    for d in distractors:
        if d != answer and d not in others:
            others.append(d)
    others.sort(key=lambda o: _digest(f"order\x1f{key}\x1f{o}"))
    others.insert(int(_digest(f"answer\x1f{key}"), 16) % (len(others) + 1), answer)
    return tuple(others)


def spread_answers(choice_sets: list[tuple[str, tuple[str, ...]]], key: str) -> list[tuple[str, ...]]:
    """Each (answer, choices) with the answer moved so that, over the list, every position holds
    it equally often (give or take one): the n-th set puts it at (offset + n) mod its size, the
    offset fixed by `key`. The distractors keep their order."""
    offset = int(_digest(f"spread\x1f{key}"), 16)
    out = []
    for n, (answer, choices) in enumerate(choice_sets):
        rest = [c for c in choices if c != answer]
        rest.insert((offset + n) % (len(rest) + 1), answer)
        out.append(tuple(rest))
    return out


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def mask_figures(text: str) -> str:
    """`text` with every figure replaced by `#`: an anchor quoting document text keeps its id when
    one of its numbers is corrected (DESIGN.md, Identity)."""
    pieces, pos = [], 0
    for start, end in figure_spans(text):
        if start >= pos:
            pieces.append(text[pos:start] + FIGURE_MASK)
            pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def item_id(deck: str, kind: str, item_type: str, anchor: str) -> str:
    """Stable id: a hash of the deck, the kind, the type and the anchor (DESIGN.md, Identity)."""
    digest = hashlib.sha1(f"{deck}\x1f{kind}\x1f{item_type}\x1f{anchor}".encode()).hexdigest()
    return f"qg-{digest[:16]}"
