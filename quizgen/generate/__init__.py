"""From documents to items: extract facts, let each kind's maker over-generate drafts, keep the
good ones (`quality.select`) and give them stable ids.

`generate(docs, deck)` is the whole left side of the pipeline; it never touches files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from quizgen.extract import EXTRACTORS, extract
from quizgen.extract.evidence import work_name
from quizgen.extract.people import person_forms
from quizgen.extract.text import SIGN_CHARS, ending_as_a_sentence, normalize, without_stray_quote
from quizgen.generate import abbreviations, claims, figures, frameworks, meta, people, points, tables, themes
from quizgen.generate.draft import Draft, item_id, spread_answers
from quizgen.generate.own_experience import (
    ASIDE_KINDS,
    LABELLED_ASIDE_KINDS,
    labelled_own_lines,
    own_lines,
    skimmed_lines,
)
from quizgen.generate.quality import select
from quizgen.generate.salience import Emphasis
from quizgen.ingest.script import restore_items
from quizgen.model import ITEM_TYPES, Document, Fact, Item, Person

MAKERS = (
    themes.drafts,
    frameworks.drafts,
    figures.drafts,
    people.drafts,
    meta.drafts,
    claims.drafts,
    points.drafts,
    abbreviations.drafts,
    tables.drafts,
)
KIND_ORDER = ("meta", "theme", "framework", "attribute", "figure", "person", "claim")


def tag_word(text: str) -> str:
    """A tag component: Anki tags may not contain spaces, and `::` separates levels."""
    return "_".join(text.replace("::", ":").split()) or "_"


def drafts_for(doc: Document, step: Callable[[], None] | None = None) -> list[Draft]:
    """Every draft the document yields (`step` after each extractor and each maker)."""
    facts: list[Fact] = extract(doc, step)
    own, labelled, skimmed = own_lines(doc), labelled_own_lines(doc), skimmed_lines(doc)
    work = normalize(work_name(doc))
    hosts = {normalize(f.name) for f in facts if isinstance(f, Person) and people.hosts_the_show(f)}
    out: list[Draft] = []
    for make in MAKERS:
        out.extend(
            d
            for d in make(doc, facts)
            if d.source.line not in skimmed
            # 《[X]》的结尾: the work the notes are about is their subject, not a blank to fill
            and not (work and d.type == "cloze" and normalize(d.answer) == work)
            # [阿某]推荐了这本书: what the show's host did is its furniture, as who they are is
            and not (d.type == "cloze" and normalize(d.answer) in hosts)
            and not (d.kind in ASIDE_KINDS and d.source.line in own)
            and not (d.kind in LABELLED_ASIDE_KINDS and d.source.line in labelled)
        )
        if step is not None:
            step()
    return out


_LOWER_FIRST_WORD = re.compile(r"[a-z][a-z'’-]*(?=[\s:,{]|$)")  # not iPhone, eBay or session.timeout
_CJK = re.compile(r"[\u4e00-\u9fff]")


# 💡 小知识：…, ⚠️ Note: …: a sign and the note's label before what it says (the label is no part
# of the fact, and a card shows no emoji the note-taker marked a line with)
_MARKED_LABEL = re.compile(rf"^\s*[{SIGN_CHARS}]+\s*(?:[^\s：:{{}}\[\]]{{1,8}}\s*[：:]\s*)?")


def _unmarked(text: str) -> str:
    """The stem without a leading sign and its label, where the rest still holds the blank."""
    rest = _MARKED_LABEL.sub("", text, count=1)
    return rest if rest != text and ("[…]" in rest or "{{c" in rest or "[…]" not in text) else text


def _capitalised(text: str) -> str:
    """A stem copied from notes written in lower case, with its first letter a capital."""
    if not _LOWER_FIRST_WORD.match(text) or _CJK.search(text):  # outbox 每天…: a name in Chinese text
        return text
    return text[:1].upper() + text[1:]


def _to_item(draft: Draft, deck: str) -> Item:
    tags = [f"quizgen::kind::{draft.kind}", f"quizgen::doc::{tag_word(draft.source.doc)}"]
    if draft.source.section:
        tags.append(f"quizgen::theme::{tag_word(draft.source.section)}")
    tags.extend(t for t in draft.tags if t not in tags)
    return Item(
        id=item_id(deck, draft.kind, draft.type, draft.anchor),
        deck=deck,
        kind=draft.kind,
        type=draft.type,
        question=ending_as_a_sentence(without_stray_quote(_capitalised(_unmarked(draft.question)))),
        answer=draft.answer,
        explanation=without_stray_quote(draft.explanation),
        source=draft.source,
        tags=tuple(tags),
        cloze=ending_as_a_sentence(without_stray_quote(_capitalised(_unmarked(draft.cloze)))),
        choices=draft.choices,
        anchor=draft.anchor,
    )


def _kind_rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def _spread_choices(items: list[Item]) -> list[Item]:
    """The right answers of each document's choice items spread evenly over the positions (taken
    in id order, so the same items always get the same places)."""
    by_doc: dict[str, list[Item]] = {}
    for item in sorted(items, key=lambda i: i.id):
        if item.type == "choice" and item.answer in item.choices:
            by_doc.setdefault(item.source.doc, []).append(item)
    placed = {}
    for doc, chosen in by_doc.items():
        orders = spread_answers([(i.answer, i.choices) for i in chosen], doc)
        placed.update({i.id: replace(i, choices=c) for i, c in zip(chosen, orders, strict=True)})
    return [placed.get(i.id, i) for i in items]


def generate(
    docs: Sequence[Document],
    deck: str,
    types: Collection[str] = (),
    progress: Callable[[int, int], None] | None = None,
) -> list[Item]:
    """The items a teacher would keep from the documents, in document order, with ids stable
    across runs: one per fact, or one per fact and type for each of `types` a deck asks for.
    `progress(done, total)` hears of each stage done (extractors and makers per document)."""
    doc_rank = {doc.name: i for i, doc in enumerate(docs)}
    stages = len(docs) * (len(EXTRACTORS) + len(MAKERS)) + 1
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, stages)

    drafts = [d for doc in docs for d in drafts_for(doc, step)]
    kept = select(
        drafts,
        {doc.name: person_forms(doc) for doc in docs},
        {doc.name: Emphasis.of(doc) for doc in docs},
        types,
    )
    step()
    items: dict[str, Item] = {}
    for draft in kept:  # best first: on an id collision the better draft wins
        item = _to_item(draft, deck)
        items.setdefault(item.id, item)
    ordered = sorted(
        _spread_choices(list(items.values())),
        key=lambda i: (
            doc_rank.get(i.source.doc, len(doc_rank)),
            i.source.line,
            _kind_rank(i.kind),
            ITEM_TYPES.index(i.type),
            i.question,
        ),
    )
    return restore_items(docs, ordered)  # a Traditional Chinese document was read through a Simplified copy
