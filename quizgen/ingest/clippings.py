"""A Kindle `My Clippings.txt` export: entries between `==========` lines, each a book's
`Title (Author)` line, a `- Your Highlight on Location 102-104 | Added on …` line (`- 您在位置
#102-104的标注 | 添加于 …` in Chinese) and the highlighted words.

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


@dataclass(frozen=True, slots=True)
class Clipping:
    book: str
    author: str
    kind: str  # "highlight" or "note" (bookmarks hold no words and are left out)
    text: str
    lines: tuple[int, ...]  # 0-based file lines of the text
    title_line: int

    @property
    def line(self) -> int:
        return self.lines[0]


def is_clippings(lines: list[str]) -> bool:
    """Whether the lines are a Kindle clippings export."""
    separators = sum(1 for line in lines if _SEPARATOR.match(line))
    entries = sum(1 for line in lines if _ENTRY.match(line))
    return separators >= MIN_ENTRIES and entries >= MIN_ENTRIES


def prepare(lines: list[str]) -> Prepared:
    clippings = _kept(_clippings(lines))
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
        for clipping in mine:
            text = _as_a_sentence(clipping.text)
            if clipping.kind == "note":  # the reader's own words, labelled so: not the book's
                text = f"{NOTE_LABEL_ZH if is_cjk(text[0]) else NOTE_LABEL_EN}{text}"
            pieces += [(text, clipping.line), ("", clipping.line)]
    prep = Prepared([text for text, _ in pieces], [origin for _, origin in pieces])
    # a highlight is the book's words however short (Natura non facit saltum): never a heading
    prep.body_origins = {c.line for c in clippings}
    prep.dropped.extend(_dropped(lines, clippings))
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
