"""Re-linking: a rebuilt item whose anchor is a light rewording of an item that left the deck
keeps that item's id, so Anki updates its note in place and the store keeps its history.

Conservative by construction. The two items share the deck, document, kind, type and section
(a retitled section counts when its title is alike too); their anchors split into the same
parts, all equal but one, and that one alike by at least `THRESHOLD` (rapidfuzz ratio on
NFKC, case-folded text without punctuation or spaces) with the same numbers and negations;
their answers equal or alike by the same measure (a reworded question whose answer changed
too is a different fact: 治愈率 50%→95% is not 死亡率 50%→5%); and each is the other's only
candidate. Anchors equal to a gone item's (a link made by an
earlier build, or a retired item coming back) keep its id without being reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, replace

from quizgen.model import Item

THRESHOLD = 85.0
_PARTS = re.compile(r"::|\|")
_NOT_WORD = re.compile(r"[\W_]+")
_NUMBERS = re.compile(r"\d+|[零〇一二两三四五六七八九十百千万亿]+")
_NUMBER_WORDS = frozenset(
    re.findall(
        r"\w+",
        "zero one two three four five six seven eight nine ten eleven twelve hundred thousand million "
        "billion trillion first second third fourth fifth sixth seventh eighth ninth tenth half",
    )
)
_NEGATION_CHARS = re.compile(r"[不没無无非未别勿莫否]")
_NEGATION_WORDS = frozenset(re.findall(r"\w+", "not no never none nor without cannot"))
_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass(frozen=True, slots=True)
class Link:
    """`after` (a new item, given `before`'s id) stands for `before` (an item that left)."""

    before: Item
    after: Item
    score: float


@dataclass(frozen=True, slots=True)
class Relinking:
    items: tuple[Item, ...]  # the generated items, re-linked ones carrying the ids they took over
    links: tuple[Link, ...]  # the re-links to report (the anchor changed in this build)


def relink(items: Sequence[Item], previous: Sequence[Item], retired: Sequence[Item] = ()) -> Relinking:
    """Give new `items` the ids of `previous` items (the last build's) they stand for; `retired`
    items (retired earlier) are taken back only on an equal anchor."""
    present = {item.id for item in items}
    known = {item.id for item in (*previous, *retired)}
    new = [item for item in items if item.id not in known and item.anchor]
    gone = [item for item in previous if item.id not in present and item.anchor]
    gone_retired = [item for item in retired if item.id not in present and item.anchor]
    taken = _equal_anchors(new, [*gone, *gone_retired])
    left_new = [item for item in new if item.id not in taken]
    used = {old.id for old in taken.values()}
    left_gone = [item for item in gone if item.id not in used]
    links = _alike_anchors(left_new, left_gone)
    mapping = {**{k: old.id for k, old in taken.items()}, **{link.after.id: link.before.id for link in links}}
    relinked = tuple(replace(item, id=mapping[item.id]) if item.id in mapping else item for item in items)
    reported = tuple(Link(link.before, replace(link.after, id=link.before.id), link.score) for link in links)
    return Relinking(relinked, reported)


def _key(item: Item) -> tuple[str, str, str, str]:
    return (item.deck, item.source.doc, item.kind, item.type)


def _equal_anchors(new: Sequence[Item], gone: Sequence[Item]) -> dict[str, Item]:
    """New item id -> the gone item with the very same anchor (and deck, document, kind, type)."""
    by_anchor = {(*_key(old), old.anchor): old for old in gone}
    out: dict[str, Item] = {}
    for item in new:
        old = by_anchor.pop((*_key(item), item.anchor), None)
        if old is not None:
            out[item.id] = old
    return out


def _alike_anchors(new: Sequence[Item], gone: Sequence[Item]) -> list[Link]:
    """One-to-one links between items whose anchors are alike, where neither side has a rival."""
    sections = section_map(gone, new)
    pool: dict[tuple[str, ...], list[Item]] = defaultdict(list)
    for item in new:
        pool[(*_key(item), item.source.section)].append(item)
    candidates: list[tuple[Item, Item, float]] = []
    for old in gone:
        section = sections.get((old.source.doc, old.source.section), old.source.section)
        for item in pool.get((*_key(old), section), ()):
            score = anchor_score(old.anchor, item.anchor)
            if score is not None and score >= THRESHOLD and same_answer(old.answer, item.answer):
                candidates.append((old, item, score))
    per_old = _counts(old.id for old, _, _ in candidates)
    per_new = _counts(item.id for _, item, _ in candidates)
    return [
        Link(old, item, score)
        for old, item, score in candidates
        if per_old[old.id] == 1 and per_new[item.id] == 1
    ]


def section_map(before: Sequence[Item], after: Sequence[Item]) -> dict[tuple[str, str], str]:
    """(document, old section title) -> new title, for sections retitled alike: a title found
    only before and one found only after, in the same document, each the other's only match."""
    old = {(i.source.doc, i.source.section) for i in before if i.source.section}
    new = {(i.source.doc, i.source.section) for i in after if i.source.section}
    pairs = [
        (a, b)
        for a in sorted(old - new)
        for b in sorted(new - old)
        if a[0] == b[0] and text_score(a[1], b[1]) >= THRESHOLD
    ]
    per_old, per_new = _counts(a for a, _ in pairs), _counts(b for _, b in pairs)
    return {a: b[1] for a, b in pairs if per_old[a] == 1 and per_new[b] == 1}


def anchor_score(before: str, after: str) -> float | None:
    """How alike two anchors are (0-100), or None when their structure differs: other parts
    (document, field, which figure of a sentence), or more than one part changed."""
    old, new = _PARTS.split(before), _PARTS.split(after)
    if len(old) != len(new):
        return None
    differing = [(a, b) for a, b in zip(old, new, strict=True) if normalise(a) != normalise(b)]
    if not differing:
        return 100.0
    if len(differing) > 1:
        return None
    return text_score(*differing[0])


def same_answer(before: str, after: str) -> bool:
    """Equal answers, or alike ones (a reversed card's answer is the reworded term itself)."""
    return normalise(before) == normalise(after) or text_score(before, after) >= THRESHOLD


def text_score(before: str, after: str) -> float:
    """rapidfuzz's ratio of the normalised texts; 0 when their numbers or negations differ (a
    different count, ordinal or polarity is a different fact, however alike the words)."""
    from rapidfuzz import fuzz

    a, b = normalise(before), normalise(after)
    if not a or not b or _markers(before) != _markers(after):
        return 0.0
    return float(fuzz.ratio(a, b))


def normalise(text: str) -> str:
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def _markers(text: str) -> tuple[list[str], int]:
    """The numbers (digits, Chinese numerals, English number words) in order, and the count of
    negations (Chinese negating characters, English negating words)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = _WORDS.findall(folded)
    numbers = _NUMBERS.findall(folded) + [w for w in words if w in _NUMBER_WORDS]
    negations = len(_NEGATION_CHARS.findall(folded))
    negations += sum(1 for w in words if w in _NEGATION_WORDS or w.endswith("n't"))
    return numbers, negations


def _counts(keys: Iterable[Hashable]) -> Counter[Hashable]:
    return Counter(keys)
