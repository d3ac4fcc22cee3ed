"""Traditional Chinese: detected, and analysed through a Simplified copy (jieba's dictionary and the
extract rules are Simplified), while whatever a user sees keeps the file's own characters.

The copy is made line by line and character for character (a line whose conversion would change its
length is converted one character at a time), so a position in the copy is the same position in
the file: `restore` maps text drawn from the copy back by finding it there.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from quizgen.model import Document, Item

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_MIN_CHANGED = 8  # fewer converted characters than this is a quotation, not a Traditional text
_MIN_SHARE = 0.04  # of the Han characters; Traditional prose changes about a fifth of them


@functools.cache
def _converter(config: str = "t2s") -> Any:
    from opencc import OpenCC  # a pure-Python table; loaded only for Chinese text

    return OpenCC(config)


def _simplify_line(line: str) -> str:
    if not _HAN.search(line):
        return line
    convert = _converter().convert
    out = convert(line)
    if len(out) == len(line):
        return str(out)
    return "".join(c if len(c := convert(ch)) == 1 else ch for ch in line)


def simplified(lines: Sequence[str]) -> list[str] | None:
    """A Simplified copy of the lines (same lengths) when they are Traditional Chinese, else None."""
    han = changed = 0
    sample = [line for line in lines if _HAN.search(line)]
    probe = sample[:: max(1, len(sample) // 200)]  # a spread of lines decides; the whole is converted after
    for line in probe:
        copy = _simplify_line(line)
        han += len(_HAN.findall(line))
        changed += sum(1 for a, b in zip(line, copy, strict=True) if a != b)
    if changed < _MIN_CHANGED or changed < _MIN_SHARE * han:
        return None
    return [_simplify_line(line) for line in lines]


def restore(doc: Document) -> Callable[[str], str]:
    """A function from text drawn from `doc`'s (Simplified) blocks to the file's own characters;
    the identity for a document that was not converted."""
    if doc.script != "traditional":
        return str
    original = "\n".join(doc.lines)
    copy = "\n".join(_simplify_line(line) for line in doc.lines)
    votes: dict[str, Counter[str]] = {}
    for a, b in zip(copy, original, strict=True):
        if a != b:
            votes.setdefault(a, Counter())[b] += 1
    back = {a: counts.most_common(1)[0][0] for a, counts in votes.items()}

    def show(text: str) -> str:
        if not text:
            return text
        at = copy.find(text)
        if at >= 0:
            return original[at : at + len(text)]
        return _pieced(text, back)

    return show


_DELETION = re.compile(r"\{\{c(\d+)::(.*?)(::[^}]*)?\}\}")
_BLANK = "[…]"


def _cloze_back(item: Item, question: str, answer: str, show: Callable[[str], str]) -> str:
    """The cloze in the file's characters, put together from the restored question and answer so
    the three agree (restoring each on its own may piece a shared word differently)."""
    deletions = list(_DELETION.finditer(item.cloze))
    if not deletions or question.count(_BLANK) != len(deletions):
        return show(item.cloze)
    bodies = [answer] if len(deletions) == 1 and deletions[0].group(2) == item.answer else None
    pieces = question.split(_BLANK)
    out = [pieces[0]]
    for n, (m, rest) in enumerate(zip(deletions, pieces[1:], strict=True)):
        body = bodies[n] if bodies else show(m.group(2))
        out.append(f"{{{{c{m.group(1)}::{body}{m.group(3) or ''}}}}}{rest}")
    return "".join(out)


def _pieced(text: str, back: dict[str, str]) -> str:
    """Text put together from pieces (a question, a cloze): each character as the document writes
    it, and the template's own words in Traditional characters."""
    traditional = str(_converter("s2t").convert(text))
    if len(traditional) != len(text):
        traditional = text
    return "".join(back.get(a, b) for a, b in zip(text, traditional, strict=True))


def restore_items(docs: Sequence[Document], items: list[Item]) -> list[Item]:
    """Items of Traditional Chinese documents with the files' own characters in every field a
    user reads (ids and anchors stay as drawn, so they are stable)."""
    shows = {doc.name: restore(doc) for doc in docs if doc.script == "traditional"}
    if not shows:
        return items
    out: list[Item] = []
    for item in items:
        show = shows.get(item.source.doc)
        if show is None:
            out.append(item)
            continue
        question, answer = show(item.question), show(item.answer)
        out.append(
            replace(
                item,
                question=question,
                answer=answer,
                explanation=show(item.explanation),
                cloze=_cloze_back(item, question, answer, show),
                choices=tuple(show(c) for c in item.choices),
                source=replace(item.source, section=show(item.source.section)),
                tags=tuple(show(t) for t in item.tags),
            )
        )
    return out
