"""The items file (`decks/<slug>.items.yaml`): what a build put in a deck, readable and diffable,
and the memory the next build needs: when each item's Anki note last changed, and which items
were retired (gone from the seeds, but still in the learner's Anki collection).

`stamp` carries each item's `changed` time over from the previous file while its note content is
the same, so re-importing an unchanged deck leaves Anki's notes (and the learner's edits) alone.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quizgen.decks.yamlfile import read_yaml, shown
from quizgen.errors import QuizgenError, quoted
from quizgen.export.files import write_text
from quizgen.export.notes import AnkiNote, content_key, note_for
from quizgen.model import Item

FORMAT = 1
HEADER = (
    "# Written by `quizgen build` from the deck definition beside it; edit that, not this file.\n"
    "# `changed`: when the item's Anki note last changed (Anki updates a note only if this is newer).\n"
)
TEXT_FIELDS = ("type", "question", "answer", "cloze", "choices", "explanation")
REQUIRED_TEXT = ("id", "kind", "type", "question", "answer")
OPTIONAL_TEXT = ("deck", "explanation", "cloze", "anchor")
LAST_TIME = int(datetime(9000, 1, 1, tzinfo=UTC).timestamp())
MAX_LINE = 2**31 - 1  # a line number; the review store keeps it in 64 bits


@dataclass(frozen=True, slots=True)
class Entry:
    item: Item
    changed: int  # unix seconds


@dataclass(frozen=True, slots=True)
class Input:
    """A file a build read (the definition, each seed), relative to the definition's folder."""

    path: str
    sha256: str


@dataclass(frozen=True, slots=True)
class ItemsFile:
    deck: str
    description: str = ""
    entries: tuple[Entry, ...] = ()
    retired: tuple[Entry, ...] = ()
    inputs: tuple[Input, ...] = ()

    def notes(self) -> list[AnkiNote]:
        """Every note the deck's package holds: current items, then retired ones (tagged)."""
        return [note_for(e.item, mod=e.changed) for e in self.entries] + [
            note_for(e.item, mod=e.changed, retired=True) for e in self.retired
        ]


@dataclass(frozen=True, slots=True)
class Changes:
    """What a build changed against the previous items file. `changed` pairs (before, after)
    whose text differs; `moved` those where only the section or tags did (the note still updates; a
    line number alone is not part of the note, so an item that only moved lines is unchanged);
    `relinked` pairs a gone item with the reworded one that took over its id (see `relink`)."""

    added: tuple[Item, ...] = ()
    changed: tuple[tuple[Item, Item], ...] = ()
    moved: tuple[tuple[Item, Item], ...] = ()
    retired: tuple[Item, ...] = ()
    unchanged: int = 0
    relinked: tuple[tuple[Item, Item], ...] = ()

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.changed)} changed"]
        if self.relinked:
            parts.append(f"{len(self.relinked)} re-linked")
        if self.moved:
            parts.append(f"{len(self.moved)} moved")
        parts += [f"{len(self.retired)} retired", f"{self.unchanged} unchanged"]
        return ", ".join(parts)

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.moved or self.retired or self.relinked)


def stamp(
    items: Sequence[Item],
    previous: ItemsFile | None,
    now: int,
    *,
    deck: str,
    description: str = "",
    inputs: Sequence[Input] = (),
    relinked: Collection[str] = (),
    keep_retired: bool = True,
) -> tuple[ItemsFile, Changes]:
    """The new items file for `items` built at `now`, and what changed since `previous`.

    Ids in `relinked` were taken over by a reworded item: reported as re-linked, not changed.
    Without `keep_retired`, retired items are reported but not remembered (nor exported)."""
    old_active = {e.item.id: e for e in previous.entries} if previous else {}
    old_retired = {e.item.id: e for e in previous.retired} if previous else {}
    entries: list[Entry] = []
    added: list[Item] = []
    changed: list[tuple[Item, Item]] = []
    moved: list[tuple[Item, Item]] = []
    linked: list[tuple[Item, Item]] = []
    unchanged = 0
    for item in items:
        old = old_active.get(item.id)
        item = _keep_choice_order(old.item, item) if old is not None else item
        back = old_retired.get(item.id)
        same = old is not None and _same_note(old.item, item)
        before = old or back
        if same and old is not None:
            entries.append(Entry(item, old.changed))
        else:
            entries.append(Entry(item, now if before is None else max(now, before.changed + 1)))
        if old is None:
            added.append(item)
        elif item.id in relinked:
            linked.append((old.item, item))
        elif same:
            unchanged += 1
        else:
            (changed if _text_differs(old.item, item) else moved).append((old.item, item))
    current = {item.id for item in items}
    kept = [e for e in old_retired.values() if e.item.id not in current]
    newly = [Entry(e.item, max(now, e.changed + 1)) for e in old_active.values() if e.item.id not in current]
    remembered = tuple(kept + newly) if keep_retired else ()
    items_file = ItemsFile(deck, description, tuple(entries), remembered, tuple(inputs))
    retired = tuple(e.item for e in newly)
    changes = Changes(tuple(added), tuple(changed), tuple(moved), retired, unchanged, tuple(linked))
    return items_file, changes


def _keep_choice_order(before: Item, after: Item) -> Item:
    """`after` with `before`'s order of choices when they are the same choices: the generator
    balances answer positions over a whole document, so an item added elsewhere can reshuffle
    choices that did not change, and that alone must not update a learner's note."""
    if after.choices != before.choices and sorted(after.choices) == sorted(before.choices):
        return replace(after, choices=before.choices)
    return after


def _same_note(before: Item, after: Item) -> bool:
    return content_key(note_for(before)) == content_key(note_for(after))


def _text_differs(before: Item, after: Item) -> bool:
    old, new = before.to_dict(), after.to_dict()
    return any(old.get(key) != new.get(key) for key in TEXT_FIELDS)


# --- the YAML file ------------------------------------------------------------------------------


def render(items_file: ItemsFile) -> str:
    """The file's text: byte-identical for an identical `ItemsFile`."""
    import yaml

    data: dict[str, Any] = {"format": FORMAT, "deck": items_file.deck}
    if items_file.description:
        data["description"] = items_file.description
    data["inputs"] = [{"path": i.path, "sha256": i.sha256} for i in items_file.inputs]
    data["items"] = [_entry_dict(e) for e in items_file.entries]
    data["retired"] = [_entry_dict(e) for e in items_file.retired]
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    body: str = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=10_000)
    return HEADER + body


def read(path: Path, *, default_changed: int | None = None) -> ItemsFile:
    """Read an items file, or a plain list of items (`quizgen generate --format yaml|json`);
    items without a `changed` time get `default_changed` (else the file's modification time)."""
    path = Path(path)
    data = read_yaml(path)
    if default_changed is None:
        default_changed = int(path.stat().st_mtime)
    return parse(path, data, default_changed)


def parse(path: Path, data: Any, default_changed: int) -> ItemsFile:
    if isinstance(data, list):
        data = {"items": data}
    if not isinstance(data, dict) or not isinstance(data.get("items", []), list):
        raise QuizgenError(f"{path}: expected an items file (a mapping with `items:`) or a list of items")
    if data.get("format", FORMAT) != FORMAT:
        raise QuizgenError(
            f"{path}: format: {quoted(data['format'])} is not one this quizgen reads ({FORMAT})"
        )
    entries = _entries(path, "items", data.get("items"), default_changed)
    retired = _entries(path, "retired", data.get("retired"), default_changed)
    _unique_ids(path, entries, retired)
    for key in ("deck", "description"):
        if isinstance(data.get(key), list | dict):
            raise QuizgenError(f"{path}: {key}: expected text, got {shown(data[key])}")
    deck = str(data.get("deck") or (entries[0].item.deck if entries else "") or path.name.split(".")[0])
    inputs = tuple(
        Input(str(i.get("path", "")), str(i.get("sha256", "")))
        for i in data.get("inputs") or ()
        if isinstance(i, dict)
    )
    return ItemsFile(deck, str(data.get("description") or ""), entries, retired, inputs)


def write(path: Path, text: str) -> None:
    """Replace `path` with `text` only once it is completely written."""
    write_text(path, text)


def file_input(path: Path, base: Path) -> Input:
    """`path`'s digest, named relative to `base` (the definition's folder) with `/` separators."""
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
    return Input(Path(os.path.relpath(path, base)).as_posix(), digest)


def _entry_dict(entry: Entry) -> dict[str, Any]:
    data = entry.item.to_dict()
    return {"id": data.pop("id"), "changed": format_time(entry.changed), **data}


def _entries(path: Path, section: str, data: Any, default_changed: int) -> tuple[Entry, ...]:
    if not isinstance(data, list | None):
        raise QuizgenError(f"{path}: {section}: expected a list of items")
    return tuple(_entry(path, section, index, d, default_changed) for index, d in enumerate(data or ()))


def _entry(path: Path, section: str, index: int, data: Any, default_changed: int) -> Entry:
    where = f"{path}: {section}[{index}]"
    if not isinstance(data, dict):
        raise QuizgenError(f"{where}: expected a mapping of item keys")
    data = dict(data)
    changed = data.pop("changed", None)
    _check_fields(where, data)
    try:
        item = Item.from_dict(data)
    except KeyError as exc:
        raise QuizgenError(f"{where}: missing key {exc.args[0]}") from exc
    except (TypeError, ValueError) as exc:
        raise QuizgenError(f"{where}: {exc}") from exc
    return Entry(item, default_changed if changed is None else parse_time(where, changed))


def _check_fields(where: str, data: dict[Any, Any]) -> None:
    """What a hand edit can get wrong that `Item.from_dict` would turn into nonsense: a list where
    text belongs (a number or a date is fine: it reads as its text), a required text emptied,
    a line number that is not one."""
    for key in (*REQUIRED_TEXT, *OPTIONAL_TEXT):
        value = data.get(key)
        if isinstance(value, list | dict) or (key in REQUIRED_TEXT and key in data and value in (None, "")):
            raise QuizgenError(f"{where}.{key}: expected text, got {shown(value)}")
        if value is None and key in data:
            data[key] = ""
    for key in ("choices", "tags"):
        value = data.get(key) or []
        if not isinstance(value, list) or any(v is None or isinstance(v, list | dict) for v in value):
            raise QuizgenError(f"{where}.{key}: expected a list of texts, got {shown(value)}")
    source = data.get("source")
    if source is not None and not isinstance(source, dict):
        raise QuizgenError(
            f"{where}.source: expected a mapping of doc, section and line, got {shown(source)}"
        )
    line = (source or {}).get("line", 0)
    if isinstance(line, bool) or not isinstance(line, int) or not 0 <= line <= MAX_LINE:
        raise QuizgenError(f"{where}.source.line: expected a line number, got {shown(line)}")


def _unique_ids(path: Path, entries: Sequence[Entry], retired: Sequence[Entry]) -> None:
    """One note per id: Anki keys notes by it, and so does the review store."""
    first: dict[str, str] = {}
    for section, group in (("items", entries), ("retired", retired)):
        for index, entry in enumerate(group):
            where = f"{section}[{index}]"
            if entry.item.id in first:
                raise QuizgenError(
                    f"{path}: {where}: id {quoted(entry.item.id)} is also {first[entry.item.id]}"
                )
            first[entry.item.id] = where


def format_time(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(where: str, value: Any) -> int:
    if isinstance(value, datetime):  # YAML reads an unquoted ISO time as a datetime
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError as exc:
            raise QuizgenError(
                f"{where}: changed: {quoted(value)} not a time like 2025-07-30T12:00:00Z"
            ) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    seconds = int(moment.timestamp())
    if not 0 <= seconds <= LAST_TIME:  # Anki's notes are stamped in unix seconds, written back as UTC
        raise QuizgenError(f"{where}: changed: {quoted(value)} is not a time between 1970 and 9000")
    return seconds
