"""Spreading a document's items over its facts and sections instead of piling them on the densest
sentence: at most `MAX_PER_SENTENCE` items come from one sentence, and a document keeps at most
`PER_FACT` items per fact it asks about on average (a short one, `MIN_BUDGET` items in all).
Every fact keeps its best item before any fact gets a second one, and each round of further
items is dealt across the document's sections in turn. With two items per fact the budget only
ever cuts third items (a figure's choice), so what a rebuild keeps of a fact is stable.

Pure over selected `Draft`s (best first); the order of what is kept is left as given.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from quizgen.generate.draft import Draft

MAX_PER_SENTENCE = 4  # a worked example with five amounts is not five quizzes
PER_FACT = 2.0  # basic, cloze and choice of one fact ask it thrice; keep two on average
MIN_BUDGET = 20  # a short note keeps everything it has


def spread(drafts: list[Draft]) -> list[Draft]:
    """The drafts a document's quiz keeps; `drafts` are selected ones, best first."""
    by_doc: dict[str, list[Draft]] = defaultdict(list)
    for draft in drafts:
        by_doc[draft.source.doc].append(draft)
    keep: set[int] = set()
    for group in by_doc.values():
        keep.update(id(d) for d in _spread_one(group))
    return [d for d in drafts if id(d) in keep]


def _rank_in_fact(drafts: Iterable[Draft]) -> dict[int, int]:
    """0 for each fact's best draft, 1 for its next best, … (by score: basic, cloze, choice for a
    figure). Fixed by the kind of item, never by a hash of its text, so that rewording a sentence
    or editing a number does not swap which of a fact's items a rebuild keeps."""
    seen: dict[str, int] = defaultdict(int)
    out: dict[int, int] = {}
    for draft in sorted(drafts, key=_by_score):
        out[id(draft)] = seen[draft.fact]
        seen[draft.fact] += 1
    return out


def _by_score(draft: Draft) -> tuple[float, int, str]:
    return (-draft.score, draft.source.line, draft.question)


def _spread_one(drafts: list[Draft]) -> list[Draft]:
    rank = _rank_in_fact(drafts)
    order = sorted(drafts, key=lambda d: (rank[id(d)], *_by_score(d)))
    per_sentence: dict[tuple[int, str], int] = defaultdict(int)
    capped = []
    for draft in order:
        sentence = (draft.source.line, draft.explanation)
        if per_sentence[sentence] < MAX_PER_SENTENCE:
            per_sentence[sentence] += 1
            capped.append(draft)
    budget = max(MIN_BUDGET, math.ceil(PER_FACT * len({d.fact for d in capped})))
    return _round_robin(capped, rank)[:budget]


def _round_robin(drafts: list[Draft], rank: dict[int, int]) -> list[Draft]:
    """Rank by rank: each fact's first draft, then second ones, dealt across sections in turn."""
    sections: list[str] = []
    for draft in sorted(drafts, key=lambda d: d.source.line):
        if draft.source.section not in sections:
            sections.append(draft.source.section)
    out: list[Draft] = []
    for level in sorted({rank[id(d)] for d in drafts}):
        queues = {s: [d for d in drafts if rank[id(d)] == level and d.source.section == s] for s in sections}
        while any(queues.values()):
            for section in sections:
                if queues[section]:
                    out.append(queues[section].pop(0))
    return out
