"""Text to `Document`: drop boilerplate, find the title, metadata and headings, and gather the
body into blocks (paragraphs, bullets, numbered points, speaker turns) with hard wraps joined.

Metadata that fills a section of its own (`**基本信息**` over `- 作者：…` lines) goes to
`Document.metadata`, and its heading is not a `Section`: it is not a theme of the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace

from quizgen.errors import QuizgenError
from quizgen.extract.text import detect_language
from quizgen.ingest import furniture, layout, markdown, tables, transcript
from quizgen.ingest.clean import (
    excerpts,
    is_quoted,
    join_wrapped,
    looks_wrapped,
    normalize_space,
    strip_markup,
    unquote,
    without_interjections,
    without_stage_marks,
)
from quizgen.ingest.interview import bold_questions, interview
from quizgen.ingest.layout import Kind
from quizgen.ingest.prepared import Prepared, shorten
from quizgen.ingest.script import simplified
from quizgen.ingest.shapes import Shape, bold_only, shape, split_label
from quizgen.model import Block, BlockKind, Document, Dropped, MetaField, Section, Table, TableRow


def parse_text(text: str, name: str, path: str = "") -> Document:
    """Parse a document's text; `name` identifies it (the file's stem), `path` is for messages."""
    if not text.strip():
        raise QuizgenError(f"{path or name}: the file is empty")
    original = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return parse_prepared(Prepared.of(original), name, path, original)


# Room hire:        £85 / Bar takings:     £410: a ledger's rows, a label and its value set in a column
_LEDGER_ROW = re.compile(r"^[^:：]{1,40}[:：](?:\s{2,}|\t)\S")


def parse_prepared(prep: Prepared, name: str, path: str, original: Sequence[str]) -> Document:
    """Parse prepared lines (`prep.origin` maps them to `original`, the file's lines)."""
    markdown.apply(prep)
    transcript.apply(prep)
    prep.body |= {i for i, origin in enumerate(prep.origin) if origin in prep.body_origins and prep.lines[i]}
    _cut_calls(prep)
    indents = [_indent(line) for line in prep.lines]
    # (before spaces are normalised: a ledger's row keeps its value's column)
    ledger = {i for i, line in enumerate(prep.lines) if _LEDGER_ROW.match(line.strip())}
    spaced = [normalize_space(line) for line in prep.lines]
    quoted = [is_quoted(line) for line in spaced]
    lines = [unquote(line) for line in spaced]
    for i, words in excerpts(lines).items():  # "Salted and dried, …" in a list of passages: the work's words
        quoted[i], lines[i] = True, words
    copy = simplified(lines)
    lines = copy if copy is not None else lines
    found_tables = tables.take(lines)
    shapes = [shape(line) for line in lines]
    kinds, reasons = _kinds(lines, shapes)
    for i, labelled in bold_questions(lines, shapes, kinds).items():
        kinds[i], shapes[i] = "turn", labelled
    for i in prep.body:
        if kinds[i] == "heading":
            kinds[i], shapes[i] = "text", Shape("text", lines[i])
    lines = [line if kinds[i] != "blank" else "" for i, line in enumerate(lines)]
    for number, title_line in layout.numbers_over_titles(lines, kinds).items():
        shapes[number] = Shape("heading", lines[title_line], label=lines[number])
        kinds[number], kinds[title_line], lines[title_line] = "heading", "blank", ""

    # a ledger's first row, short and alone above the others, heads nothing
    rows = {i for i in ledger if i + 1 in ledger or i - 1 in ledger}
    plain = layout.plain_heading_candidates(lines, shapes, kinds) - prep.body - rows
    title = layout.find_title(lines, shapes, kinds, plain)
    title = None if title in prep.body else title
    meta, meta_headings = layout.metadata_runs(
        lines, shapes, kinds, plain | {i for i, k in enumerate(kinds) if k == "heading"}, title
    )
    for i in plain - meta - {title}:
        kinds[i] = "heading"
    skip = meta | meta_headings | ({title} if title is not None else set())
    if title is None:
        title = _heading_named_in_front_matter(lines, shapes, kinds, prep) or _leading_heading_as_title(
            lines, shapes, kinds, skip
        )
        if title is not None:
            skip.add(title)

    def at(index: int) -> int:  # a prepared line's 1-based line in the file
        return prep.origin[index] + 1

    preamble, sections = _assemble(lines, shapes, kinds, skip, quoted, indents, ledger)
    preamble, sections = _renumbered(preamble, sections, at)
    found = tuple(replace(f, line=at(i)) for i in sorted(meta) for f in _meta_fields(shapes[i], i))
    metadata = (*prep.metadata, *found)
    title_text, title_line = _title(lines, shapes, title, metadata)
    if title is not None:
        title_line = at(title)
        repeats = [m for m in prep.metadata if layout.is_title_key(m.key) and _same(m.value, title_text)]
        metadata = tuple(m for m in metadata if m not in repeats)  # front matter saying the title again
        prep.dropped.extend(
            Dropped(m.line, shorten(f"{m.key}: {m.value}"), "repeats the title") for m in repeats
        )
    texts = [title_text, *(b.text for b in preamble), *(s.title for s in sections)]
    body = " ".join(texts + [b.text for s in sections for b in s.blocks])
    dropped = [*prep.dropped, *(Dropped(at(i), shorten(prep.lines[i]), r) for i, r in reasons.items())]
    return Document(
        name=name,
        path=path,
        language=detect_language(_sample(body)),
        title=title_text,
        title_line=title_line,
        metadata=metadata,
        preamble=tuple(preamble),
        sections=tuple(sections),
        lines=tuple(original),
        dropped=tuple(sorted(dropped, key=lambda d: d.line)),
        script="traditional" if copy is not None else "",
        tables=tuple(_placed(t, sections, at) for t in found_tables),
    )


def _placed(found: tables.Found, sections: Sequence[Section], at: Callable[[int], int]) -> Table:
    """A table found in the prepared lines, with file lines and the section it stands in."""
    line = at(found.header_index)
    above = [s for s in sections if s.line < line]
    rows = tuple(TableRow(cells, at(i)) for i, cells in found.rows)
    return Table(found.header, rows, line, above[-1].title if above else "")


def _cut_calls(prep: Prepared) -> None:
    """Calls to action inside a line of other sentences go; the other sentences stay."""
    for i, line in enumerate(prep.lines):
        kept, cut = furniture.without_calls(line)
        if cut:
            prep.dropped.append(Dropped(prep.origin[i] + 1, shorten(cut), "call to action"))
            prep.lines[i] = kept


def _indent(line: str) -> int:
    """Columns of space before a line's text (a tab is four): how deep a list item stands."""
    line = line.expandtabs(4)
    return len(line) - len(line.lstrip(" "))


def _same(a: str, b: str) -> bool:
    return a.strip(" \"'“”") == b.strip(" \"'“”")


def _renumbered(
    preamble: list[Block], sections: list[Section], at: Callable[[int], int]
) -> tuple[list[Block], list[Section]]:
    """Blocks and sections with the file's line numbers instead of the prepared lines'."""

    def block(b: Block) -> Block:
        return replace(b, line=at(b.line - 1))

    return [block(b) for b in preamble], [
        replace(s, line=at(s.line - 1), blocks=tuple(block(b) for b in s.blocks)) for s in sections
    ]


def _sample(text: str, size: int = 10_000) -> str:
    """Beginning, middle and end of a long text: enough to tell its language, at a fixed cost."""
    if len(text) <= 3 * size:
        return text
    middle = len(text) // 2
    return " ".join((text[:size], text[middle : middle + size], text[-size:]))


def _kinds(lines: Sequence[str], shapes: list[Shape]) -> tuple[list[Kind], dict[int, str]]:
    """Each line's kind, and the furniture dropped (index -> reason); a standalone speaker's shape
    is replaced by one whose body is the name."""
    prefixes = layout.recurring_prefixes(shapes)
    speakers = layout.standalone_speakers(lines, shapes)

    def protected(i: int) -> bool:
        s = shapes[i]
        return (s.kind == "heading" and s.depth > 0) or s.prefix in prefixes or lines[i] in speakers

    dropped = furniture.reasons(
        lines, protected, lambda i: bool(shapes[i].key) and layout.is_meta_word(shapes[i].key)
    )
    kinds: list[Kind] = []
    for i, s in enumerate(shapes):
        if i in dropped or s.kind == "blank":
            kinds.append("blank")
        elif s.kind == "heading" and s.weak and not layout.after_break(kinds, i):
            kinds.append("text")
        elif s.kind == "text" and s.prefix in prefixes:
            kinds.append("turn")
        elif s.kind == "text" and lines[i] in speakers:
            kinds.append("speaker")
            shapes[i] = Shape("text", speakers[lines[i]])
        else:
            kinds.append(s.kind)
    return kinds, dropped


def _heading_named_in_front_matter(
    lines: Sequence[str], shapes: Sequence[Shape], kinds: Sequence[Kind], prep: Prepared
) -> int | None:
    """The heading that says the front matter's title again: the title, not a section."""
    named = [m.value for m in prep.metadata if layout.is_title_key(m.key)]
    for i, kind in enumerate(kinds):
        if (
            kind == "heading"
            and named
            and shapes[i].kind == "heading"
            and _same(strip_markup(shapes[i].body), named[0])
        ):
            return i
    return None


def _leading_heading_as_title(
    lines: Sequence[str], shapes: Sequence[Shape], kinds: Sequence[Kind], skip: set[int]
) -> int | None:
    """A document that opens with two headings in a row, the first a bold or plain line without
    numbering: the first one is its title."""
    content = [i for i, line in enumerate(lines) if line and i not in skip][:2]
    if len(content) < 2 or any(kinds[i] != "heading" for i in content):
        return None
    first = shapes[content[0]]
    label = first.label if first.kind == "heading" else split_label(lines[content[0]])[0]
    return content[0] if first.depth == 0 and not label else None


@dataclass(slots=True)
class _Builder:
    """Mutable state while walking the lines; only `_assemble` sees it."""

    preamble: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    heading: tuple[str, str, int, int] | None = None  # title, label, line, depth
    blocks: list[Block] = field(default_factory=list)
    kind: BlockKind = "paragraph"
    raw: str = ""
    line: int = 0
    speaker: str = ""
    label: str = ""
    depth: int = 0
    last_piece: str = ""
    last_index: int = -2

    def close_block(self) -> None:
        if self.raw:
            text = without_stage_marks(strip_markup(self.raw))
            if self.kind in ("turn", "paragraph"):
                text = without_interjections(text)
            block = Block(self.kind, text, self.raw, self.line, self.speaker, self.label, self.depth)
            (self.blocks if self.heading else self.preamble).append(block)
        self.raw = ""

    def open_block(
        self, kind: BlockKind, raw: str, index: int, speaker: str = "", label: str = "", depth: int = 0
    ) -> None:
        self.close_block()
        self.kind, self.raw, self.line, self.speaker, self.label = kind, raw, index + 1, speaker, label
        self.depth, self.last_piece, self.last_index = depth, raw, index

    def continues(self, piece: str, index: int) -> bool:
        # a list item that is only a bold term (`- **Flow**`) ends at its line: the next line
        # explains it, whatever case it opens with, rather than wrapping on from it
        if self.kind in ("bullet", "numbered") and bold_only(self.raw):
            return False
        return bool(self.raw) and self.last_index == index - 1 and looks_wrapped(self.last_piece, piece)

    def extend(self, piece: str, index: int) -> None:
        self.raw = join_wrapped(self.raw, piece)
        self.last_piece, self.last_index = piece, index

    def close_section(self) -> None:
        self.close_block()
        if self.heading:
            title, label, line, depth = self.heading
            self.sections.append(Section(title, label, line, tuple(self.blocks), depth))
        self.blocks = []


def _labels_ahead(kinds: Sequence[Kind]) -> list[bool]:
    """For each line, whether a speaker's label comes after it before the next heading."""
    ahead, out = False, [False] * len(kinds)
    for i in range(len(kinds) - 1, -1, -1):
        out[i] = ahead
        if kinds[i] == "heading":
            ahead = False
        elif kinds[i] in ("turn", "speaker"):
            ahead = True
    return out


def _assemble(
    lines: Sequence[str],
    shapes: Sequence[Shape],
    kinds: Sequence[Kind],
    skip: set[int],
    quoted: Sequence[bool],
    indents: Sequence[int],
    ledger: Collection[int] = (),
) -> tuple[list[Block], list[Section]]:
    out = _Builder()
    nesting = _Nesting()
    speaker = ""  # the speaker whose words these are, until the next speaker or heading
    # An inline label (`主持人：…`) covers the lines right below it and, when another label follows
    # in the section, the paragraphs up to it: a write-up splits a long answer into paragraphs.
    # Where only the questions are labelled, the paragraphs after one are the answerer's instead.
    inline = False
    labelled_ahead = _labels_ahead(kinds)
    qa = interview(lines, shapes, kinds)
    entries = _indented_entries(lines, kinds, indents)
    for i, kind in enumerate(kinds):
        if i in skip or kind == "blank":
            out.close_block()
            if inline and not labelled_ahead[i] and not (qa and qa.holds(speaker)):
                speaker = ""
            continue
        s = shapes[i]
        if kind == "heading":
            out.close_section()
            label, title = (s.label, s.body) if s.kind == "heading" else split_label(lines[i])
            out.heading = (strip_markup(title), label, i + 1, s.depth)
            speaker = ""
            nesting.items.clear()
        elif kind == "speaker":
            out.close_block()
            speaker, inline = s.body, False
            nesting.items.clear()
        elif kind == "turn":
            out.open_block("turn", s.rest, i, speaker=s.prefix)
            speaker, inline = s.prefix, True
            nesting.items.clear()
        elif (
            kind == "text"
            and i not in entries
            and not _stands_alone(s, lines[i])
            and not (i in ledger and i - 1 in ledger)  # Room hire:   £85, then Bar takings:   £410
            and out.continues(lines[i], i)
        ):
            out.extend(lines[i], i)
        elif kind in ("bullet", "numbered") or i in entries:
            kind_of: BlockKind = "numbered" if kind == "numbered" else "bullet"
            body = s.body if kind in ("bullet", "numbered") else lines[i]
            out.open_block(kind_of, body, i, label=s.label, depth=nesting.item(indents[i]))
        else:
            if qa and qa.answers(speaker, lines[i]):
                speaker = qa.answerer
            kind_of = "turn" if speaker else "quote" if quoted[i] else "paragraph"
            out.open_block(kind_of, lines[i], i, speaker=speaker, depth=nesting.under(indents[i]))
    out.close_section()
    return out.preamble, _levelled(out.sections)


_ANNOUNCING = re.compile(r"[:：]\s*$")


def _indented_entries(lines: Sequence[str], kinds: Sequence[Kind], indents: Sequence[int]) -> set[int]:
    """Plain-text lines set in under a line that ends with a colon (嘉宾： then one guest per
    indented line): each is an entry of its own, never a wrap of the one above."""
    entries: set[int] = set()
    for i in range(1, len(lines)):
        if kinds[i] != "text" or not indents[i]:
            continue
        above = i - 1
        sibling = above in entries and indents[above] == indents[i]
        first = kinds[above] != "blank" and _ANNOUNCING.search(lines[above]) and indents[i] > indents[above]
        if sibling or first:
            entries.add(i)
    return entries


@dataclass(slots=True)
class _Nesting:
    """The indentation of the list items still open above the current line: an item indented
    past an open item is its child; a line back at or before an item's indentation closes it."""

    items: list[int] = field(default_factory=list)

    def under(self, indent: int) -> int:
        """The depth of a line at `indent`: the number of open items indented less."""
        while self.items and self.items[-1] >= indent:
            self.items.pop()
        return len(self.items)

    def item(self, indent: int) -> int:
        """The depth of a list item at `indent`, which stays open for the lines below it."""
        depth = self.under(indent)
        self.items.append(indent)
        return depth


def _levelled(sections: list[Section]) -> list[Section]:
    """Markdown depths ranked (the shallowest section level is 1); `（一）` is 2, other forms 1."""
    depths = sorted({s.level for s in sections if s.level > 0})
    rank = {depth: n + 1 for n, depth in enumerate(depths)}
    return [
        Section(s.title, s.label, s.line, s.blocks, rank.get(s.level, 2 if s.level < 0 else 1))
        for s in sections
    ]


# Between fields on one line: a bar, a wide gap, or a space before a Chinese key (开始读：2024-02-26 读完：…)
_FIELD_GAP = re.compile(r"(\s*[|｜]\s*|\u3000+|\s{2,}|\s+(?=[\u4e00-\u9fff]{1,6}[：:]))")
_INLINE_FIELD = re.compile(r"(?P<key>[^：:，,。.\s]{1,16}?)\s*[：:]\s*(?P<value>\S.*)")


def _meta_fields(s: Shape, index: int) -> list[MetaField]:
    """The fields of a metadata line; several on one line stand between bars or wide gaps
    (`Lecturer: X | Textbook: Y`)."""
    fields = [MetaField(strip_markup(s.key or s.prefix), "", index + 1)]
    parts = _FIELD_GAP.split(strip_markup(s.value or s.rest))
    for part, gap in zip(parts[::2], [*parts[1::2], ""], strict=True):
        inline = _INLINE_FIELD.fullmatch(part)
        if inline and fields[-1].value:
            fields.append(MetaField(inline["key"], inline["value"], index + 1))
        else:
            fields[-1] = replace(fields[-1], value=fields[-1].value + part)
        fields[-1] = replace(fields[-1], value=fields[-1].value + gap)
    return [replace(f, value=f.value.strip().strip("|｜").strip()) for f in fields]


def _title(
    lines: Sequence[str], shapes: Sequence[Shape], title: int | None, metadata: tuple[MetaField, ...]
) -> tuple[str, int]:
    if title is not None:
        s = shapes[title]
        if s.kind == "heading":
            text = f"{s.label} {s.body}".strip() if s.label else s.body
            return strip_markup(text), title + 1
        return strip_markup(lines[title]), title + 1
    for field_ in metadata:
        if layout.is_title_key(field_.key):
            return field_.value, field_.line
    return "", 0


def _stands_alone(s: Shape, line: str) -> bool:
    """A `Host: Declan Murrow` line under a header's first line starts a field of its own, and a
    note all in brackets (`[Auto-generated transcript, lightly edited]`) is one: neither wraps on
    from the line above."""
    bracketed = line.strip().startswith(("[", "【", "（", "(")) and line.strip().endswith(
        ("]", "】", "）", ")")
    )
    return bracketed or (bool(s.key) and layout.is_meta_word(s.key))
