"""From an `Item` to the Anki note it becomes: note type, HTML-escaped fields, tags, card count.

Pure and genanki-free, so the build can compare notes (`content_key`) without loading genanki.
Every exporter goes through `note_for`, which validates what Anki would silently get wrong
(a cloze with no or misnumbered deletions, a choice whose answer is not among the choices).
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NoReturn

from quizgen.errors import QuizgenError
from quizgen.export.notetypes import BASIC, CHOICE, CLOZE, NoteType
from quizgen.model import Item, Source

RETIRED_TAG = "quizgen::retired"
# An item asks for the basic note type's optional back-to-front card with this tag. A `reversed`
# item does not: its question already runs definition -> term (EXAMPLES.md), one card of its own.
REVERSE_CARD_TAG = "quizgen::card::reverse"
CORRECT = ' class="qz-correct"'  # marks the right choice; only the answer side's CSS shows it
TAG_PREFIX = "quizgen::"
_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)\}\}", re.DOTALL)
_HTML_SPECIAL = re.compile(r"[&<>\r\n]")
_TAG_JUNK = re.compile(r"[\s\"\x00-\x1f\x7f]+")


@dataclass(frozen=True, slots=True)
class AnkiNote:
    """A note ready for any Anki writer. `mod` is when its content last changed (unix seconds):
    Anki's import replaces an existing note only when this is newer than the note it has."""

    guid: str
    note_type: NoteType
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    cards: int
    mod: int = 0

    @property
    def sort_field(self) -> str:
        return self.fields[self.note_type.sort_field]


def note_for(item: Item, *, mod: int = 0, retired: bool = False) -> AnkiNote:
    """The note for `item`; raises QuizgenError naming the item when Anki could not use it."""
    if not item.id.strip():
        _fail(item, "has no id")
    tags = tags_for(item, retired=retired)
    own: tuple[str, ...]
    if item.type == "cloze":
        cards = len(cloze_numbers(item))
        note_type, own = CLOZE, (text_html(item.cloze), text_html(item.answer))
    elif item.type == "choice":
        note_type, own, cards = CHOICE, _choice_fields(item), 1
    else:
        wants_reverse = REVERSE_CARD_TAG in tags
        note_type, own, cards = BASIC, _basic_fields(item, wants_reverse), 2 if wants_reverse else 1
    fields = (*own, text_html(item.explanation), source_html(item.source), "", "", "", "", item.id)
    return AnkiNote(item.id, note_type, fields, tags, cards, mod)


def deck_id(name: str) -> int:
    """A deck id derived from the deck's name: the same on every build, in genanki's suggested range."""
    digest = hashlib.sha256(name.encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def content_key(note: AnkiNote) -> str:
    """A digest of everything an import would write into the note (not its `mod`)."""
    parts = (str(note.note_type.id), *note.fields, " ".join(note.tags))
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def text_html(text: str) -> str:
    """Plain text as an Anki field: HTML special characters escaped, line breaks kept."""
    text = text.strip()
    if not _HTML_SPECIAL.search(text):  # most text: nothing to do (export speed, issue 4)
        return text
    return html.escape(text, quote=False).replace("\r\n", "\n").replace("\n", "<br>")


def source_html(source: Source) -> str:
    """The document and section, not the line: a line number moves whenever a paragraph above is
    added or deleted, and a note whose fields change is re-imported over the learner's edits. The
    line stays in the items file (`source.line`)."""
    parts = [f'<span class="qz-doc">{text_html(source.doc)}</span>']
    if source.section:
        parts.append(f'<span class="qz-section">{text_html(source.section)}</span>')
    return " · ".join(parts)


def _basic_fields(item: Item, wants_reverse: bool) -> tuple[str, ...]:
    _require(item, question=item.question, answer=item.answer)
    return text_html(item.question), text_html(item.answer), "1" if wants_reverse else ""


def _choice_fields(item: Item) -> tuple[str, ...]:
    _require(item, question=item.question, answer=item.answer)
    choices = [c.strip() for c in item.choices]
    if len(choices) < 2 or any(not c for c in choices) or len(set(choices)) != len(choices):
        _fail(item, "needs at least two distinct, non-empty choices")
    if item.answer.strip() not in choices:
        _fail(item, f"answer {item.answer!r} is not among its choices")
    answer = item.answer.strip()
    rows = "".join(f"<li{CORRECT if c == answer else ''}>{text_html(c)}</li>" for c in choices)
    return text_html(item.question), f'<ol class="qz-choices" type="A">{rows}</ol>', text_html(item.answer)


def cloze_numbers(item: Item) -> list[int]:
    """The distinct deletion numbers of a cloze item, one card each; raises unless they are
    exactly 1..n, every deletion has text, and no stray or nested `{{`/`}}` is left over."""
    found = _CLOZE.findall(item.cloze)
    if not found:
        _fail(item, "cloze has no {{c1::…}} deletion, so Anki would make no card")
    numbers = sorted({int(n) for n, _ in found})
    if numbers != list(range(1, len(numbers) + 1)):
        _fail(item, f"cloze numbers {numbers} are not 1..{len(numbers)}, so Anki would make empty cards")
    for _, body in found:
        if not body.split("::", 1)[0].strip() or "{{" in body:
            _fail(item, "cloze has an empty or nested deletion")
    if "{{" in _CLOZE.sub("", item.cloze) or "}}" in _CLOZE.sub("", item.cloze):
        _fail(item, "cloze has an unbalanced '{{' or '}}'")
    return numbers


def tags_for(item: Item, *, retired: bool = False) -> tuple[str, ...]:
    """Anki tags: the item's own (under `quizgen::`), plus kind, document and theme, no spaces."""
    return _tags(item.kind, item.source.doc, item.source.section, item.tags, retired)


@lru_cache(maxsize=4096)
def _tags(kind: str, doc: str, section: str, own: tuple[str, ...], retired: bool) -> tuple[str, ...]:
    wanted = [f"kind::{kind}", f"doc::{doc}", *([f"theme::{section}"] if section else []), *own]
    if retired:
        wanted.append(RETIRED_TAG)
    return tuple(sorted({tag for tag in (anki_tag(t) for t in wanted) if tag}, key=str.casefold))


@lru_cache(maxsize=8192)  # the same few kind/doc/theme tags recur on every item
def anki_tag(tag: str) -> str:
    """`tag` as a valid Anki tag under `quizgen::`: NFC, no whitespace or quotes, no empty levels."""
    tag = unicodedata.normalize("NFC", tag.removeprefix(TAG_PREFIX))
    levels = [_TAG_JUNK.sub("_", level).strip("_:") for level in tag.split("::")]
    levels = [level for level in levels if level]
    return TAG_PREFIX + "::".join(levels) if levels else ""


def _require(item: Item, **texts: str) -> None:
    for name, text in texts.items():
        if not text.strip():
            _fail(item, f"has an empty {name}, so Anki would show a blank card")


def _fail(item: Item, problem: str) -> NoReturn:
    where = f"{item.source.doc}:{item.source.line}" if item.source.doc else "no source"
    raise QuizgenError(f"item {item.id or '?'} ({where}): {problem}")


def count_cards(notes: Iterable[AnkiNote]) -> int:
    return sum(note.cards for note in notes)
