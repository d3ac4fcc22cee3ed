"""Drawing a quiz: N items spread across a deck's sections and kinds, one per fact, repeatable.

Items of different types made from one fact (a figure's basic, cloze and choice items) share
their anchor; items from the same source sentence, or answering the same thing on the same
line, are also one fact. No drawn item's answer may appear in another drawn item's question.
Each pick is the fact that crowds the quiz least (fewest questions so far from its section plus
of its kind; ties by the seed), asked as a choice item when it has one; the notes' metadata
comes last. Choice items come first in the quiz, then the typed ones, each in document order.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from quizgen.answers import normalize
from quizgen.model import ITEM_TYPES, Item

DEFAULT_QUESTIONS = 20
LAST_KINDS = frozenset({"meta"})  # about the notes, not what they say
_WORD = re.compile(r"[^\W_]+")
MIN_LEAK = 2  # a one-character answer (一, 5) turns up in any question; it gives nothing away


def draw(
    items: Sequence[Item], n: int = DEFAULT_QUESTIONS, *, types: Collection[str] | None = None, seed: int = 0
) -> tuple[Item, ...]:
    """At most `n` items of `types` (default: every type) from `items` (in document order), at
    most one per fact; the same items and seed always give the same quiz."""
    if n < 1:
        raise ValueError(f"a quiz needs at least one question, not {n}")
    allowed = [item for item in items if types is None or item.type in types]
    rng = random.Random(seed)
    pool = facts(allowed)
    rng.shuffle(pool)  # ties go to the seed's order
    picked: list[Item] = []
    sections: Counter[tuple[str, str]] = Counter()
    kinds: Counter[str] = Counter()
    types_asked: Counter[str] = Counter()
    while len(picked) < n:
        pool = [kept for fact in pool if (kept := _not_leaking(fact, picked))]
        if not pool:
            break
        fact = min(pool, key=lambda f: _crowding(f, sections, kinds))
        pool.remove(fact)
        item = _pick(fact, types_asked, rng)
        picked.append(item)
        sections[_section(item)] += 1
        kinds[item.kind] += 1
        types_asked[item.type] += 1
    return quiz_order(picked, items)


def _section(item: Item) -> tuple[str, str]:
    return item.source.doc, item.source.section


def _crowding(fact: list[Item], sections: Counter[tuple[str, str]], kinds: Counter[str]) -> tuple[bool, int]:
    """How much a fact would crowd the quiz: questions already from its section and of its
    kind; the notes' own metadata (title, author, link) only once nothing else is left."""
    item = fact[0]
    return item.kind in LAST_KINDS, sections[_section(item)] + kinds[item.kind]


def facts(items: Sequence[Item]) -> list[list[Item]]:
    """`items` grouped by the fact they ask about, each group and the groups in input order."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[str, ...], int] = {}
    for index, item in enumerate(items):
        for key in fact_keys(item):
            if key in owner:
                parent[root(index)] = root(owner[key])
            else:
                owner[key] = index
    groups: dict[int, list[Item]] = {}  # filled in input order, so ordered by each group's first item
    for index, item in enumerate(items):
        groups.setdefault(root(index), []).append(item)
    return list(groups.values())


def fact_keys(item: Item) -> Iterable[tuple[str, ...]]:
    """What two items of one fact have in common: the anchor, the source sentence, or the same
    answer on the same line (a framework's term that a claim on its line also asks for)."""
    if item.anchor:
        yield ("anchor", item.deck, item.anchor)
    if sentence := normalize(item.explanation):
        yield ("sentence", item.source.doc, sentence)
    yield ("answer", item.source.doc, str(item.source.line), normalize(item.answer))


def leaks(item: Item, other: Item) -> bool:
    """Whether either item's answer stands in the other's question."""
    return _gives_away(item, other) or _gives_away(other, item)


def _gives_away(asked: Item, answered: Item) -> bool:
    """The answer stands in the question as it is, or (a name of several words) word for word
    with initials left out: `Claude Shannon` in `Who is Claude E. Shannon?`."""
    answer = normalize(answered.answer)
    if len(answer) >= MIN_LEAK and answer in normalize(asked.question):
        return True
    words = _words(answered.answer)
    return len(words) >= 2 and words <= _words(asked.question)


def _words(text: str) -> set[str]:
    """Latin words and numbers, lower case, without single-letter initials."""
    return {w.lower() for w in _WORD.findall(text) if w.isascii() and (len(w) > 1 or w.isdigit())}


def _not_leaking(fact: list[Item], picked: list[Item]) -> list[Item]:
    return [item for item in fact if not any(leaks(item, other) for other in picked)]


def _pick(fact: list[Item], types: Counter[str], rng: random.Random) -> Item:
    """A fact's choice item when it has one, else the item of the type asked least so far."""
    ordered = sorted(fact, key=lambda i: ITEM_TYPES.index(i.type))
    choice = [item for item in ordered if item.type == "choice"]
    if choice:
        return choice[0]
    fewest = min(types[item.type] for item in ordered)
    return rng.choice([item for item in ordered if types[item.type] == fewest])


def quiz_order(picked: Iterable[Item], items: Sequence[Item]) -> tuple[Item, ...]:
    """Choice items first, then the typed ones, each in the order of `items` (document order)."""
    position = {item.id: index for index, item in enumerate(items)}
    return tuple(sorted(picked, key=lambda item: (item.type != "choice", position[item.id])))
