"""The plain records every stage shares: a parsed `Document`, the facts drawn from it, and `Item`.

Data flows one way (ingest -> extract -> generate -> export/store); these dataclasses are the
only things that cross those boundaries. Nothing here imports anything heavy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

Language = Literal["zh", "en"]
BlockKind = Literal["paragraph", "bullet", "numbered", "turn", "quote"]
ItemType = Literal["basic", "reversed", "cloze", "choice"]
ITEM_TYPES: tuple[ItemType, ...] = ("basic", "reversed", "cloze", "choice")


@dataclass(frozen=True, slots=True)
class Source:
    """Where an item came from: the document's name, the section's title and the 1-based line."""

    doc: str
    section: str
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "section": self.section, "line": self.line}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(doc=str(data["doc"]), section=str(data.get("section", "")), line=int(data["line"]))


# --- Document: what ingest produces -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of body text: a paragraph, a bullet, a numbered point, a speaker's turn, or a
    paragraph quoted from elsewhere (a Markdown block quote: read like a paragraph).

    `raw` keeps the inline markup (`**term**`) that extractors look at; `text` is the display text
    with markup removed and hard wraps joined. `line` is the first line in the original file.
    `depth` is how deep in a list the block stands, as its indentation shows: 0 for a top-level
    item or a paragraph at the margin, 1 for a sub-bullet (or a paragraph indented under an item).
    """

    kind: BlockKind
    text: str
    raw: str
    line: int
    speaker: str = ""  # for turns: the speaker label as written ("嘉宾（创始人 韩语桐）", "Reed Albergotti")
    label: str = ""  # for numbered points: "1", "2", "一"
    depth: int = 0


@dataclass(frozen=True, slots=True)
class MetaField:
    """A metadata line (`作者：…`, `Author: …`), with its key as written and the line it stands on."""

    key: str
    value: str
    line: int


# Why an e-reader export's `- Your Highlight on …` line is dropped: the body is quoted from the book,
# whose author is the one who says I/我 in it
ENTRY_LINE = "e-reader entry line"


@dataclass(frozen=True, slots=True)
class Dropped:
    """A piece of the file left out of the body (page furniture), with the reason, for `inspect`.
    `line` is the first line in the original file; `text` is the piece as written (shortened)."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class TableRow:
    """A table's body row: its cells as displayed (markup stripped), and its 1-based file line."""

    cells: tuple[str, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Table:
    """A Markdown pipe table: the header's cells, the body rows (each padded or cut to the header's
    width), the header's file line and the title of the section it stands in ("" before the first)."""

    header: tuple[str, ...]
    rows: tuple[TableRow, ...]
    line: int
    section: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the blocks under it. `label` is the numbering written in the heading
    (`主题三`, `01`, `一`, `第二讲`), empty when there is none; `title` is the rest, markup stripped."""

    title: str
    label: str
    line: int
    blocks: tuple[Block, ...]
    level: int = 1


@dataclass(frozen=True, slots=True)
class Document:
    """A seed document after ingest. `name` identifies it in sources and ids (the file's stem)."""

    name: str
    path: str
    language: Language
    title: str
    title_line: int
    metadata: tuple[MetaField, ...]
    preamble: tuple[Block, ...]  # body blocks before the first heading
    sections: tuple[Section, ...]
    lines: tuple[str, ...] = ()  # the decoded original lines, for display and debugging
    dropped: tuple[Dropped, ...] = ()  # furniture left out of the body, in file order
    # "traditional" when the file is in Traditional Chinese: the blocks then hold a Simplified copy
    # (for segmentation and rules) and `quizgen.ingest.script.restore` gives items the file's own
    # characters back; "" otherwise
    script: str = ""
    tables: tuple[Table, ...] = ()  # pipe tables, in file order: their lines are in no block
    _index: DocumentIndex | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def index(self) -> DocumentIndex:
        """The document's lookups, built in one pass the first time a stage asks for them."""
        if self._index is None:
            object.__setattr__(self, "_index", DocumentIndex(self))
        assert self._index is not None
        return self._index

    def all_blocks(self) -> tuple[tuple[Section | None, Block], ...]:
        """Every body block in document order, with the section it belongs to (None: preamble)."""
        return self.index.blocks


class DocumentIndex:
    """What later stages look up in a document, built once: every block in order with its
    section, a block's position among its section's blocks, the first block on each line; and,
    the first time they are asked for, the body as one text, the words written inside its
    sentences, and the lines without their whitespace."""

    __slots__ = (
        "_at_line",
        "_body",
        "_inner",
        "_lines",
        "_position",
        "_preamble",
        "_sections",
        "_squeezed",
        "blocks",
        "has_turns",
    )

    def __init__(self, doc: Document) -> None:
        blocks: list[tuple[Section | None, Block]] = [(None, b) for b in doc.preamble]
        for section in doc.sections:
            blocks.extend((section, b) for b in section.blocks)
        self.blocks = tuple(blocks)
        self.has_turns = any(b.kind == "turn" for _, b in blocks)
        self._preamble = doc.preamble
        self._sections = {id(s) for s in doc.sections}
        self._position: dict[tuple[int, int], int] = {}
        for group, members in [(None, doc.preamble), *((s, s.blocks) for s in doc.sections)]:
            for i, block in enumerate(members):
                self._position.setdefault((id(group), id(block)), i)
        self._at_line: dict[int, Block] = {}
        for _, block in blocks:
            self._at_line.setdefault(block.line, block)
        self._body: str | None = None
        self._inner: frozenset[str] | None = None
        self._lines = doc.lines
        self._squeezed: tuple[str, ...] | None = None

    def squeezed_lines(self) -> tuple[str, ...]:
        """The document's lines with all whitespace removed (for finding a wrapped text's line)."""
        if self._squeezed is None:
            self._squeezed = tuple(re.sub(r"\s+", "", line) for line in self._lines)
        return self._squeezed

    @property
    def body(self) -> str:
        """Every block's text, in order, joined by spaces."""
        if self._body is None:
            self._body = " ".join(b.text for _, b in self.blocks)
        return self._body

    def inner_words(self) -> frozenset[str]:
        """Every word (a run of word characters) the body writes after a word character or a
        comma and a space (`[\\w,] Word`): where a word stands inside a sentence."""
        if self._inner is None:
            self._inner = frozenset(re.findall(r"(?<=[\w,] )\w+", self.body))
        return self._inner

    def section_blocks(self, section: Section | None) -> tuple[Block, ...]:
        """The blocks under `section` (the preamble's for None); none for a section of another document."""
        if section is None:
            return self._preamble
        return section.blocks if id(section) in self._sections else ()

    def position(self, section: Section | None, block: Block) -> int | None:
        """Where `block` stands among its section's blocks (the first time, by identity), or None."""
        return self._position.get((id(section), id(block)))

    def block_at_line(self, line: int) -> Block | None:
        """The first block in document order that starts on `line`."""
        return self._at_line.get(line)


# --- Facts: what extract produces ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Theme:
    """A section heading. `number` is the reader's count among sections of the same level
    (0 where a position would mislead: an unlabelled section among labelled ones)."""

    label: str
    title: str
    number: int
    points: tuple[str, ...]
    source: Source


@dataclass(frozen=True, slots=True)
class Framework:
    """A named term and its definition; `definition` is the card-sized first clause, `rest` the remainder.
    `group` names the list the term is a member of, where the text announces one by its count
    (`五种思维`, `The three rules of pacing`): the term is asked within it. Empty otherwise. Where the
    term names a set laid out as ordinal headings, `members` are their names (the definition lists
    them) and `unit` the word for them (环, step)."""

    term: str
    definition: str
    rest: str
    sentence: str
    source: Source
    group: str = ""
    unit: str = ""
    members: tuple[str, ...] = ()


FigureKind = Literal[
    "money", "percent", "date", "year", "duration", "count", "multiple", "share", "change", "range", "ratio"
]


@dataclass(frozen=True, slots=True)
class Figure:
    """A numeric expression kept whole (`200 亿美元`, `60-75%`, `2006年2月`, `从3%提升至80%`).

    `start`/`end` index `text` inside `sentence`; `subject` is what the figure measures, as far as
    the sentence says; `value` is a comparable magnitude (None where it cannot be computed).
    """

    text: str
    kind: FigureKind
    value: float | None
    unit: str
    sentence: str
    start: int
    end: int
    subject: str
    source: Source


@dataclass(frozen=True, slots=True)
class Person:
    """A named person with the role the text gives them, accepted only on evidence."""

    name: str
    role: str
    evidence: str  # "speaker", "apposition", "metadata", "title", ...
    sentence: str
    source: Source
    # what the text states about the person, `{}` where the person stands ("清代…，{}改良了织机",
    # "{} suggested the word \"bit\""); "" when it says nothing beyond the role
    frame: str = ""


@dataclass(frozen=True, slots=True)
class Meta:
    """A metadata value: `field` is normalised (title, author, date, url, programme, ...);
    `key` is as written."""

    field: str
    key: str
    value: str
    source: Source


@dataclass(frozen=True, slots=True)
class Claim:
    """A central statement: `prompt` is the sentence with the answer span cut out as `answer`.

    `holder` is who states or believes it (empty when the document speaks for itself); `cue` says
    what kind of claim it is ("core", "reason", "quote", "takeaway", ...).
    """

    holder: str
    cue: str
    prompt: str
    answer: str
    sentence: str
    source: Source


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """An abbreviation the text spells out: `short` (KSE) stands for `full` (Kestrel Storage Engine)."""

    short: str
    full: str
    sentence: str
    source: Source


@dataclass(frozen=True, slots=True)
class Attribute:
    """What a table's cell says of its row (or, in a table of columns, its column): `subject` has
    `value` as its `attribute` (阿司匹林 / 作用机制 / 抑制环氧化酶; No-till / Erosion risk / Minimal).
    `kind` is the word for what the subjects are (药物, Strategy; "" where the table gives none);
    `lookup` marks a value read off against a figure (置信水平 95% -> 临界值 1.96), `context` is the
    section the table stands in, `conditions` what a look-up table's caption says every value holds
    under (two-tailed, p < .05; "" where it says none)."""

    subject: str
    attribute: str
    value: str
    kind: str
    source: Source
    lookup: bool = False
    context: str = ""
    conditions: str = ""


Fact = Theme | Framework | Figure | Person | Meta | Claim | Abbreviation | Attribute


# --- Item: what generate produces and every exporter reads --------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    """A study item. `question`/`answer` are plain text for every type; a cloze's question shows
    `[…]` where its deletions are and `cloze` holds the Anki cloze text; a choice item's `choices`
    contain the answer. `id` is stable across runs and across edits of the answer (DESIGN.md)."""

    id: str
    deck: str
    kind: str
    type: ItemType
    question: str
    answer: str
    explanation: str
    source: Source
    tags: tuple[str, ...] = ()
    cloze: str = ""
    choices: tuple[str, ...] = ()
    anchor: str = field(default="", compare=False)  # what the id was hashed from; for re-linking

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "deck": self.deck,
            "kind": self.kind,
            "type": self.type,
            "question": self.question,
            "answer": self.answer,
        }
        if self.type == "cloze":
            data["cloze"] = self.cloze
        if self.type == "choice":
            data["choices"] = list(self.choices)
        data["explanation"] = self.explanation
        data["source"] = self.source.to_dict()
        data["tags"] = list(self.tags)
        if self.anchor:
            data["anchor"] = self.anchor
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Item:
        item_type = str(data["type"])
        if item_type not in ITEM_TYPES:
            raise ValueError(f"unknown item type {item_type!r}")
        return cls(
            id=str(data["id"]),
            deck=str(data.get("deck", "")),
            kind=str(data["kind"]),
            type=item_type,
            question=str(data["question"]),
            answer=str(data["answer"]),
            explanation=str(data.get("explanation", "")),
            source=Source.from_dict(data["source"]),
            tags=tuple(str(t) for t in data.get("tags", ())),
            cloze=str(data.get("cloze", "")),
            choices=tuple(str(c) for c in data.get("choices", ())),
            anchor=str(data.get("anchor", "")),
        )
