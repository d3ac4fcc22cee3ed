"""Hand edits that survive rebuilds: a definition's `overrides`, each an item's id with a
corrected `question` or `answer`, or `exclude: true`, applied to the generated items.

An override whose id no longer names a generated item is not applied, and is reported (see
`Applied.unused`), never dropped in silence. Validation is strict: every problem names the
definition file and the override's place in the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from quizgen.decks.yamlfile import shown_key
from quizgen.errors import QuizgenError, quoted
from quizgen.model import Item

OVERRIDE_KEYS = ("id", "question", "answer", "exclude")
_DELETION = re.compile(r"\{\{c(\d+)::(.*?)(?:::[^}]*)?\}\}", re.DOTALL)
_CJK = re.compile(r"[\u3400-\u9fff]")
CLOZE_GAP = "[…]"


@dataclass(frozen=True, slots=True)
class Override:
    """One entry of `overrides:`; `index` is its place in the list (for messages)."""

    id: str
    index: int
    question: str | None = None
    answer: str | None = None
    exclude: bool = False

    @property
    def where(self) -> str:
        return f"overrides[{self.index}] ({self.id})"


@dataclass(frozen=True, slots=True)
class Applied:
    items: tuple[Item, ...]  # the generated items, corrected, without the excluded ones
    excluded: tuple[Item, ...]  # as generated
    corrected: tuple[tuple[Item, Item], ...]  # (as generated, as corrected)
    unused: tuple[Override, ...]  # overrides naming no generated item


def parse_overrides(path: Path, value: Any) -> tuple[Override, ...]:
    """The `overrides:` list of a definition at `path`, validated."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise QuizgenError(f"{path}: overrides: expected a list of {{id: …, question|answer|exclude: …}}")
    out = tuple(_override(path, index, entry) for index, entry in enumerate(value))
    first: dict[str, int] = {}
    for override in out:
        if override.id in first:
            raise QuizgenError(
                f"{path}: overrides[{override.index}]: id {override.id} is already overridden "
                f"by overrides[{first[override.id]}] (merge the two)"
            )
        first[override.id] = override.index
    return out


def _override(path: Path, index: int, data: Any) -> Override:
    where = f"{path}: overrides[{index}]"
    if not isinstance(data, dict):
        raise QuizgenError(f"{where}: expected a mapping with id and question, answer or exclude")
    for key in data:
        if key not in OVERRIDE_KEYS:
            known = ", ".join(OVERRIDE_KEYS)
            raise QuizgenError(
                f"{path}: unknown key overrides[{index}].{shown_key(key)} (expected one of: {known})"
            )
    item_id = data.get("id")
    if not isinstance(item_id, str) or not item_id.strip():
        raise QuizgenError(f"{where}.id: expected an item id (as in the items file), got {quoted(item_id)}")
    texts = {key: _text(f"{where}.{key}", data[key]) for key in ("question", "answer") if key in data}
    exclude = data.get("exclude", False)
    if not isinstance(exclude, bool):
        raise QuizgenError(f"{where}.exclude: expected true or false, got {quoted(exclude)}")
    if exclude and texts:
        raise QuizgenError(f"{where}: exclude: true with a correction; keep one or the other")
    if not exclude and not texts:
        raise QuizgenError(f"{where}: nothing to override (give question, answer or exclude: true)")
    return Override(item_id.strip(), index, texts.get("question"), texts.get("answer"), exclude)


def _text(where: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise QuizgenError(f"{where}: expected non-empty text, got {quoted(value)}")
    return value.strip()


def apply_overrides(items: Iterable[Item], overrides: Sequence[Override], path: Path) -> Applied:
    """`items` with `overrides` applied; `path` (the definition) names the file in errors."""
    by_id = {override.id: override for override in overrides}
    kept: list[Item] = []
    excluded: list[Item] = []
    corrected: list[tuple[Item, Item]] = []
    used: set[str] = set()
    for item in items:
        override = by_id.get(item.id)
        if override is None:
            kept.append(item)
            continue
        used.add(item.id)
        if override.exclude:
            excluded.append(item)
            continue
        fixed = corrected_item(item, override, path)
        kept.append(fixed)
        if fixed != item:
            corrected.append((item, fixed))
    unused = tuple(o for o in overrides if o.id not in used)
    return Applied(tuple(kept), tuple(excluded), tuple(corrected), unused)


def corrected_item(item: Item, override: Override, path: Path) -> Item:
    """`item` with the override's question and answer. A cloze's `question` is its cloze text
    (with `{{c1::…}}` deletions) and its `answer` the text of its one deletion; a choice's
    `answer` replaces the right choice among the choices."""
    where = f"{path}: {override.where}"
    if item.type == "cloze":
        return _corrected_cloze(item, override, where)
    fixed = item
    if override.question is not None:
        fixed = replace(fixed, question=override.question)
    if override.answer is not None:
        fixed = replace(fixed, answer=override.answer)
        if item.type == "choice":
            fixed = replace(fixed, choices=_choices_with(item, override.answer, where))
    return fixed


def _choices_with(item: Item, answer: str, where: str) -> tuple[str, ...]:
    others = [c for c in item.choices if c != item.answer]
    if answer in others:
        raise QuizgenError(f"{where}: answer {quoted(answer)} is already one of the wrong choices")
    return tuple(answer if c == item.answer else c for c in item.choices)


def _corrected_cloze(item: Item, override: Override, where: str) -> Item:
    cloze = item.cloze
    if override.question is not None:
        cloze = override.question
        if not _DELETION.search(cloze):
            raise QuizgenError(
                f"{where}: question: a cloze item's question is its cloze text, with the hidden part "
                "written {{c1::…}}"
            )
    if override.answer is not None:
        deletions = _DELETION.findall(cloze)
        if len(deletions) != 1:
            raise QuizgenError(
                f"{where}: answer: the cloze has {len(deletions)} deletions; correct it through its "
                "question (the cloze text) instead"
            )
        answer = override.answer
        cloze = _DELETION.sub(lambda m: "{{c" + m.group(1) + "::" + answer + "}}", cloze)
    # the question shows the cloze with its gaps; only a new cloze text makes a new one
    question = item.question if override.question is None else _DELETION.sub(CLOZE_GAP, cloze)
    separator = "；" if _CJK.search(cloze) else "; "
    answer_text = separator.join(body for _, body in _DELETION.findall(cloze))
    return replace(item, cloze=cloze, question=question, answer=answer_text)
