"""Hand-built `Document`s for the theme, framework and metadata tests (no ingest needed), and the
drafts of one kind that pass the quality gate."""

from __future__ import annotations

from quizgen.generate.draft import Draft, item_id
from quizgen.model import Block, BlockKind, Document, Language, MetaField, Section


def block(text: str, line: int, kind: BlockKind = "bullet", raw: str = "", speaker: str = "") -> Block:
    """A block whose display text drops the `**` markup that `raw` keeps."""
    raw = raw or text
    return Block(kind=kind, text=raw.replace("**", ""), raw=raw, line=line, speaker=speaker)


def section(title: str, line: int, *blocks: Block, label: str = "", level: int = 1) -> Section:
    return Section(title=title, label=label, line=line, blocks=tuple(blocks), level=level)


def document(
    *sections: Section,
    name: str = "notes",
    language: Language = "zh",
    title: str = "",
    metadata: tuple[MetaField, ...] = (),
    preamble: tuple[Block, ...] = (),
    lines: tuple[str, ...] = (),
) -> Document:
    return Document(
        name=name,
        path=f"{name}.md",
        language=language,
        title=title,
        title_line=1 if title else 0,
        metadata=metadata,
        preamble=preamble,
        sections=tuple(sections),
        lines=lines,
    )


def kept_drafts(doc: Document, kind: str) -> list[Draft]:
    """The drafts one maker (layout themes, frameworks, meta) writes that pass the quality gate,
    best first, one per fact and type: the maker's own wording, before `select` picks one item per
    fact for a deck (that choice is tested through `generate`)."""
    from quizgen.extract import frameworks, meta, themes
    from quizgen.generate import frameworks as gen_frameworks
    from quizgen.generate import meta as gen_meta
    from quizgen.generate import themes as gen_themes
    from quizgen.generate.quality import near_duplicate_key, rejection

    facts = [*meta.extract(doc), *themes.extract(doc), *frameworks.extract(doc)]
    maker = {"theme": gen_themes.layout_drafts, "framework": gen_frameworks.drafts, "meta": gen_meta.drafts}[
        kind
    ]
    passing = sorted(
        (d for d in maker(doc, facts) if rejection(d) is None),
        key=lambda d: (-d.score, d.source.line, d.question),
    )
    kept: list[Draft] = []
    seen: set[object] = set()
    for draft in passing:
        keys = {(draft.fact, draft.type), near_duplicate_key(draft)}
        if not keys & seen:
            seen |= keys
            kept.append(draft)
    return kept


def ids(doc: Document, kind: str, deck: str = "deck") -> dict[str, str]:
    """Question type and question -> stable id, for the drafts that survive."""
    return {f"{d.type}:{d.question}": item_id(deck, d.kind, d.type, d.anchor) for d in kept_drafts(doc, kind)}


def seed_drafts(name: str, kind: str) -> dict[str, str]:
    """Question -> answer for one kind's surviving drafts on a sample seed (through real ingest)."""
    from pathlib import Path

    from quizgen.ingest import read_document

    doc = read_document(Path(__file__).resolve().parent.parent / "seeds" / f"{name}.txt")
    return {d.question: d.answer for d in kept_drafts(doc, kind)}
