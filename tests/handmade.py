"""Documents built by hand for the people/claims/pronoun tests, independent of ingest's parsing."""

from __future__ import annotations

from quizgen.model import Block, Document, MetaField, Section


def block(text: str, line: int = 1, speaker: str = "", kind: str = "", label: str = "") -> Block:
    chosen = kind or ("turn" if speaker else "paragraph")
    return Block(chosen, text, text, line, speaker, label)  # type: ignore[arg-type]


def doc(
    *sections: tuple[str, list[Block]],
    language: str = "zh",
    title: str = "",
    metadata: tuple[tuple[str, str], ...] = (),
    preamble: tuple[Block, ...] = (),
    name: str = "d",
) -> Document:
    """A document from (heading, blocks) pairs; a heading of "" puts the blocks in the preamble."""
    built = []
    pre = list(preamble)
    for i, (heading, blocks) in enumerate(sections):
        if heading:
            built.append(Section(heading, "", 100 * (i + 1), tuple(blocks)))
        else:
            pre.extend(blocks)
    meta = tuple(MetaField(k, v, 50 + i) for i, (k, v) in enumerate(metadata))
    return Document(name, f"{name}.txt", language, title, 1 if title else 0, meta, tuple(pre), tuple(built))  # type: ignore[arg-type]


def paragraphs(*texts: str, language: str = "zh", title: str = "") -> Document:
    """A document of plain paragraphs, one per text, on lines 1, 2, 3…"""
    return doc(("", [block(t, i + 1) for i, t in enumerate(texts)]), language=language, title=title)
