"""An e-reader's export of a book's highlights, in either of two shapes:

- Kindle's `My Clippings.txt`: entries between `==========` lines, each a book's `Title (Author)`
  line, a `- Your Highlight on Location 102-104 | Added on …` line (`- 您在位置 #102-104的标注 |
  添加于 …` in Chinese) and the highlighted words;
- a notebook export: the book's title and author at the top, then for each entry a header line
  (`Highlight (yellow) | Page 7 | Location 98-101 | Added on …`, `Note - Location 101`, `标注 |
  位置 120`) over its words, with the chapters' names standing between entries.

Read as notes on the book: its title and author as front matter (with several books, a heading
for each), each highlight a paragraph on the file line its words stand on, each of the reader's
notes a paragraph of its own, labelled as theirs (My note: …). The entry lines, separators and
bookmarks are furniture; a highlight the reader later extended (the same words and more) is kept
once, in its longer form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.ingest.clean import ends_sentence, is_cjk
from quizgen.ingest.prepared import Prepared, shorten
from quizgen.model import ENTRY_LINE, Dropped

NOTE_LABEL_EN = "My note: "
NOTE_LABEL_ZH = "我的笔记："
_SEPARATOR = re.compile(r"^\s*={8,}\s*$")
_ENTRY = re.compile(
    r"^\s*-\s*(?:Your\s+(?P<en>Highlight|Note|Bookmark)\b|您在.*?的(?P<zh>标注|笔记|书签))", re.IGNORECASE
)
_TITLE_AUTHOR = re.compile(r"^(?P<title>.+?)\s*[(（](?P<author>[^()（）]+)[)）]\s*$")
_LAST_FIRST = re.compile(r"^(?P<last>[^,，;；]+)[,，]\s*(?P<first>[^,，;；]+)$")
_WORDS = re.compile(r"[^\W_]+")
MIN_ENTRIES = 2  # entries (separated clippings) before a text reads as an export
# a notebook entry's header: its kind (and colour), then its page, location or date
_NOTEBOOK_ENTRY = re.compile(
    r"^\s*(?:Your\s+|[A-Za-z]+\s+|[\u4e00-\u9fff]{1,2}色)?"  # Your, Yellow, 黄色: whose, or its colour
    r"(?:(?P<en>Highlight|Note|Bookmark)|(?P<zh>标注|划线|高亮|笔记|想法|书签))"
    r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:[|·•:：\-–—,，]\s*|$)"
    r"(?=.*(?:\b(?:Page|Location|Loc\.|Added\s+on)\b|位置|第\s*\d+\s*页|页码|添加于))",
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*([-=_*~·•])\1{4,}\s*$")  # ----- between chapters
# the export's own lines at the top: when and by what it was exported, how many entries it holds
_EXPORT_LINE = re.compile(
    r"\bexport(?:ed)?\b|^\s*\d+\s+(?:highlights?|notes?|bookmarks?|annotations?)\b"
    r"|^\s*last\s+(?:opened|read|synced|accessed)\b"
    r"|导出|\d+\s*[条个](?:标注|划线|笔记|想法)",
    re.IGNORECASE,
)
_BY = re.compile(r"^\s*(?:by|作者[:：]?)\s*", re.IGNORECASE)
_KINDS = {
    **dict.fromkeys(("highlight", "标注", "划线", "高亮"), "highlight"),
    **dict.fromkeys(("note", "笔记", "想法"), "note"),
    **dict.fromkeys(("bookmark", "书签"), "bookmark"),
}
_AUTHOR_CHARS = 60
_CHAPTER_CHARS = 80
_CREDENTIALS = re.compile(r"(?:\s*,\s*(?:[A-Z][a-z.]*[A-Z][A-Za-z.]*|Jr\.?|Sr\.?))+\s*$")  # , MD, PhD


@dataclass(frozen=True, slots=True)
class Clipping:
    book: str
    author: str
    kind: str  # "highlight" or "note" (bookmarks hold no words and are left out)
    text: str
    lines: tuple[int, ...]  # 0-based file lines of the text
    title_line: int
    chapter: str = ""  # the chapter a notebook export files it under
    chapter_line: int = -1

    @property
    def line(self) -> int:
        return self.lines[0]


def is_clippings(lines: list[str]) -> bool:
    """Whether the lines are a Kindle clippings export."""
    separators = sum(1 for line in lines if _SEPARATOR.match(line))
    entries = sum(1 for line in lines if _ENTRY.match(line))
    return separators >= MIN_ENTRIES and entries >= MIN_ENTRIES


def prepare(lines: list[str]) -> Prepared:
    """The clippings as notes on their book (`lines` are a `My Clippings.txt`'s or a notebook's)."""
    notebook = not is_clippings(lines)
    read, furniture = _notebook(lines) if notebook else (_clippings(lines), [])
    clippings = _kept(read)
    books = list(dict.fromkeys(c.book for c in clippings))
    pieces: list[tuple[str, int]] = []
    if len(books) == 1:
        first = clippings[0]
        pieces += [("---", first.title_line), (f"title: {first.book}", first.title_line)]
        if first.author:
            pieces.append((f"author: {first.author}", first.title_line))
        pieces += [("---", first.title_line), ("", first.title_line)]
    for book in books:
        mine = [c for c in clippings if c.book == book]
        if len(books) > 1:
            byline = f" ({mine[0].author})" if mine[0].author else ""
            pieces += [(f"## {book}{byline}", mine[0].title_line), ("", mine[0].title_line)]
        chapter = ""
        for clipping in mine:
            if clipping.chapter and clipping.chapter != chapter:
                chapter = clipping.chapter
                pieces += [(f"## {chapter}", clipping.chapter_line), ("", clipping.chapter_line)]
            # a highlight line by line, as the export gives it (a passage that lists its parts keeps its
            # list); the reader's note as one paragraph, their label over all of it
            said = [(line.strip(), i) for i, line in _lines_of(clipping, lines)]
            said[-1] = (_as_a_sentence(said[-1][0]), said[-1][1])
            if clipping.kind == "note":  # the reader's own words, labelled so: not the book's
                label = NOTE_LABEL_ZH if is_cjk(said[0][0][0]) else NOTE_LABEL_EN
                said[0] = (f"{label}{said[0][0]}", said[0][1])
            pieces += [*said, ("", clipping.line)]
    prep = Prepared([text for text, _ in pieces], [origin for _, origin in pieces])
    # a highlight is the book's words however short (Natura non facit saltum): never a heading
    prep.body_origins = {c.line for c in clippings}
    if notebook:
        kept = {id(c) for c in clippings}
        repeated = [c for c in read if id(c) not in kept]
        furniture += [
            Dropped(i + 1, shorten(lines[i]), "repeated highlight") for c in repeated for i in c.lines
        ]
    prep.dropped.extend(furniture if notebook else _dropped(lines, clippings))
    return prep


def _clippings(lines: list[str]) -> list[Clipping]:
    out: list[Clipping] = []
    entry: list[int] = []
    for i, line in enumerate([*lines, "=========="]):
        if not _SEPARATOR.match(line):
            entry.append(i)
            continue
        found = _entry(lines, entry)
        if found is not None:
            out.append(found)
        entry = []
    return out


def _entry(lines: list[str], entry: list[int]) -> Clipping | None:
    filled = [i for i in entry if lines[i].strip()]
    if len(filled) < 2 or not (marker := _ENTRY.match(lines[filled[1]])):
        return None
    kind = {"highlight": "highlight", "标注": "highlight", "note": "note", "笔记": "note"}.get(
        (marker["en"] or marker["zh"] or "").lower(), "bookmark"
    )
    head = lines[filled[0]].strip().lstrip("\ufeff")
    found = _TITLE_AUTHOR.match(head)
    book, author = (found["title"].strip(), _first_last(found["author"])) if found else (head, "")
    body = filled[2:]
    text = " ".join(lines[i].strip() for i in body)
    if kind == "bookmark" or not text:
        return None
    return Clipping(book, author, kind, text, tuple(body), filled[0])


def is_notebook(lines: list[str]) -> bool:
    """Whether the lines are a notebook export (entry headers standing over their words)."""
    return sum(1 for line in lines if _NOTEBOOK_ENTRY.match(line)) >= MIN_ENTRIES


def _notebook(lines: list[str]) -> tuple[list[Clipping], list[Dropped]]:
    """A notebook export's entries, and its furniture: the entry headers, the rules between
    chapters and the export's own lines at the top. An entry's words are the paragraph under its
    header and any that follow it; a line standing alone between entries names a chapter."""
    first = next((i for i, line in enumerate(lines) if _NOTEBOOK_ENTRY.match(line) or _RULE.match(line)), 0)
    top = [i for i in range(first) if lines[i].strip()]
    furniture = [
        Dropped(i + 1, shorten(lines[i]), "export heading") for i in top if _EXPORT_LINE.search(lines[i])
    ]
    named = [i for i in top if not _EXPORT_LINE.search(lines[i])]
    book = lines[named[0]].strip().lstrip("\ufeff") if named else ""
    book = book[1:-1] if book[:1] == "《" and book[-1:] == "》" else book
    author = _CREDENTIALS.sub("", _BY.sub("", lines[named[1]])).strip() if len(named) > 1 else ""
    author = _first_last(author) if author.count(",") == 1 else author
    if len(author) > _AUTHOR_CHARS or ends_sentence(author):
        author = ""  # a sentence under the title is no author
    book_lines = 2 if author else 1
    title_line = named[0] if named else 0
    out: list[Clipping] = []
    chapter, chapter_line = "", -1
    kind = ""  # the entry being read: "" between entries (a bookmark holds no words)
    words: list[int] = []

    def close() -> None:
        if kind and words:
            text = " ".join(lines[i].strip() for i in words)
            out.append(Clipping(book, author, kind, text, tuple(words), title_line, chapter, chapter_line))

    for paragraph in [[i] for i in named[book_lines:]] + _paragraphs(lines, first):
        line = lines[paragraph[0]]
        if marker := _NOTEBOOK_ENTRY.match(line):
            close()
            kind = _KINDS[(marker["en"] or marker["zh"]).lower()]
            kind = "" if kind == "bookmark" else kind
            words = paragraph[1:]
            furniture.append(Dropped(paragraph[0] + 1, shorten(line), ENTRY_LINE))
        elif _RULE.match(line):
            close()
            kind, words = "", []
            furniture.append(Dropped(paragraph[0] + 1, shorten(line), "rule between chapters"))
        elif kind and not words:
            words = paragraph  # however short: the book's words, not a heading
        elif len(paragraph) == 1 and _a_chapter(line):
            close()
            kind, words = "", []
            chapter, chapter_line = line.strip().lstrip("#").strip(), paragraph[0]
        elif kind:
            words = [*words, *paragraph]  # a passage of several paragraphs
        else:
            furniture.extend(Dropped(i + 1, shorten(lines[i]), "outside any entry") for i in paragraph)
    close()
    return out, furniture


def _paragraphs(lines: list[str], start: int) -> list[list[int]]:
    """Runs of filled lines from `start` on; an entry header starts a run and a rule is one."""
    runs: list[list[int]] = []
    for i in range(start, len(lines)):
        if not lines[i].strip():
            continue
        opens = (
            _NOTEBOOK_ENTRY.match(lines[i]) or _RULE.match(lines[i]) or not runs or not lines[i - 1].strip()
        )
        if opens or _RULE.match(lines[runs[-1][-1]]):
            runs.append([i])
        else:
            runs[-1].append(i)
    return runs


def _a_chapter(line: str) -> bool:
    """A line standing alone between entries that names a chapter, not a sentence."""
    text = line.strip()
    return 0 < len(text) <= _CHAPTER_CHARS and not ends_sentence(text)


def _lines_of(clipping: Clipping, lines: list[str]) -> list[tuple[int, str]]:
    """A highlight's words by file line (one line where the export joined them), a note's as one."""
    rewritten = " ".join(lines[i].strip() for i in clipping.lines) != clipping.text
    if len(clipping.lines) == 1 or clipping.kind == "note" or rewritten:
        return [(clipping.line, clipping.text)]
    return [(i, lines[i]) for i in clipping.lines]


def _as_a_sentence(text: str) -> str:
    """A highlight that stops mid-sentence (the reader's selection) closed, so that the next
    clipping is not read as its continuation."""
    if ends_sentence(text):
        return text
    return text + ("。" if is_cjk(text[-1]) else ".")


def _first_last(author: str) -> str:
    """`Darwin, Charles` as `Charles Darwin`; any other form as written."""
    found = _LAST_FIRST.match(author.strip())
    return f"{found['first'].strip()} {found['last'].strip()}" if found else author.strip()


def _kept(clippings: list[Clipping]) -> list[Clipping]:
    """Each highlight once: one whose words a longer (or an earlier, equal) highlight of the same
    book holds was extended. Compared within each book only: an export holds many books."""
    words = {id(c): " ".join(_WORDS.findall(c.text.lower())) for c in clippings}
    by_book: dict[str, list[Clipping]] = {}
    for clipping in clippings:
        if clipping.kind == "highlight":
            by_book.setdefault(clipping.book, []).append(clipping)
    extended: set[int] = set()
    for highlights in by_book.values():
        for i, one in enumerate(highlights):
            mine = words[id(one)]
            if any(
                j != i and mine in words[id(other)] and (len(words[id(other)]) > len(mine) or j < i)
                for j, other in enumerate(highlights)
            ):
                extended.add(id(one))
    return [c for c in clippings if id(c) not in extended]


def _dropped(lines: list[str], clippings: list[Clipping]) -> list[Dropped]:
    """Entry lines as furniture, and the words of a highlight kept in its longer form."""
    titles = {c.title_line for c in clippings}
    used = {i for c in clippings for i in c.lines} | titles
    out = []
    for i, line in enumerate(lines):
        if _ENTRY.match(line):
            out.append(Dropped(i + 1, shorten(line), ENTRY_LINE))
        elif i not in used and line.strip() and not _SEPARATOR.match(line):
            heads_an_entry = i + 1 < len(lines) and bool(_ENTRY.match(lines[i + 1]))
            reason = "book title again" if heads_an_entry else "repeated highlight"
            out.append(Dropped(i + 1, shorten(line), reason))
    return out
