"""Deck definitions (`decks/*.yaml`): reading and validating them, finding their seeds, and
choosing which generated items go into the deck (kinds, types, limits)."""

from __future__ import annotations

import glob
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizgen.decks.overrides import Override, parse_overrides
from quizgen.decks.yamlfile import read_yaml, shown, shown_key
from quizgen.errors import QuizgenError, quoted
from quizgen.model import ITEM_TYPES, Item, ItemType

KINDS = ("meta", "theme", "framework", "figure", "person", "claim")
DEFINITION_KEYS: tuple[str, ...] = ("name", "description", "seeds", "kinds", "types", "limits")
DEFINITION_KEYS += ("scheduler", "desired_retention")  # how the review store schedules the deck
DEFINITION_KEYS += ("new_per_day", "reviews_per_day")  # the review store's daily limits
DEFINITION_KEYS += ("retired", "overrides")  # rebuilds: retired items kept or dropped; hand edits
RETIRED_CHOICES = ("keep", "drop")
LIMIT_KEYS = ("max_items", "max_per_kind", "max_per_section")
MAX_DAILY = 1_000_000  # "no limit" in practice; the review store keeps it in 64 bits


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps applied in generation order. `per_kind` overrides `max_per_kind` for the kinds it names."""

    max_items: int | None = None
    max_per_kind: int | None = None
    per_kind: tuple[tuple[str, int], ...] = ()
    max_per_section: int | None = None

    def kind_cap(self, kind: str) -> int | None:
        return dict(self.per_kind).get(kind, self.max_per_kind)


@dataclass(frozen=True, slots=True)
class DeckDefinition:
    """One `decks/<slug>.yaml`. Seeds are patterns relative to the definition's folder; empty
    `kinds`/`types` mean all of them. `scheduler`: `sm2` or `fsrs`; `desired_retention`: FSRS's
    (0.9 unless written; None for SM-2, where it may not be written). `keep_retired`
    (`retired: keep`, the default) keeps exporting retired items, tagged; `retired: drop` leaves
    them out. `overrides`: hand corrections by item id, applied after generation.
    `new_per_day`/`reviews_per_day`: the review store's daily limits (None: as the store has them,
    20 and 200 for a new deck)."""

    path: Path
    name: str
    description: str = ""
    seeds: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    types: tuple[ItemType, ...] = ()
    limits: Limits = field(default_factory=Limits)
    scheduler: str = "sm2"
    desired_retention: float | None = None
    overrides: tuple[Override, ...] = ()
    keep_retired: bool = True
    new_per_day: int | None = None
    reviews_per_day: int | None = None

    @property
    def slug(self) -> str:
        return self.path.stem

    @property
    def items_path(self) -> Path:
        return self.path.with_name(f"{self.slug}.items.yaml")

    @property
    def apkg_path(self) -> Path:
        return self.path.with_name(f"{self.slug}.apkg")


def load_definitions(directory: Path, names: Sequence[str] = ()) -> list[DeckDefinition]:
    """Every definition in `directory` (sorted by file name), or those whose slug or deck name is
    in `names`; an unknown name is an error that lists the known ones."""
    paths = sorted(p for p in Path(directory).glob("*.yaml") if not p.name.endswith(".items.yaml"))
    if not paths:
        raise QuizgenError(f"{directory}: no deck definitions (*.yaml) found")
    definitions = [load_definition(p) for p in paths]
    if not names:
        return definitions
    chosen = [d for d in definitions if d.slug in names or d.name in names]
    unknown = sorted(set(names) - {d.slug for d in chosen} - {d.name for d in chosen})
    if unknown:
        known = ", ".join(d.slug for d in definitions)
        raise QuizgenError(f"{directory}: no deck definition named {', '.join(unknown)} (known: {known})")
    return chosen


def find_definitions(folder: Path, named: Sequence[str]) -> list[DeckDefinition]:
    """Definitions named on the command line: a `.yaml` file or a path is read as given (a
    missing or malformed file is an error naming it); other names are looked up in `folder`,
    all of it when nothing is named."""
    files = [n for n in named if n.endswith((".yaml", ".yml")) or os.sep in n or "/" in n]
    names = [n for n in named if n not in files]
    found = [load_definition(Path(f)) for f in files]
    if names or not files:
        found += load_definitions(folder, names)
    return found


def load_definition(path: Path) -> DeckDefinition:
    """Read and validate one definition; every problem names the file and the key."""
    return parse_definition(Path(path), read_yaml(path))


def parse_definition(path: Path, data: Any) -> DeckDefinition:
    if not isinstance(data, dict):
        raise QuizgenError(f"{path}: expected a mapping of keys ({', '.join(DEFINITION_KEYS)})")
    _no_unknown_keys(path, "", data, DEFINITION_KEYS)
    return DeckDefinition(
        path=path,
        name=_deck_name(path, data.get("name")),
        description=_string(path, "description", data.get("description", "")),
        seeds=_seed_patterns(path, data.get("seeds")),
        kinds=_choices(path, "kinds", data.get("kinds", ()), KINDS),
        types=_choices(path, "types", data.get("types", ()), ITEM_TYPES),  # type: ignore[arg-type]
        limits=_limits(path, data.get("limits", {})),
        **_scheduler(path, data),
        overrides=parse_overrides(path, data.get("overrides")),
        keep_retired=_retired(path, data.get("retired", "keep")),
        new_per_day=_daily(path, "new_per_day", data.get("new_per_day")),
        reviews_per_day=_daily(path, "reviews_per_day", data.get("reviews_per_day")),
    )


def seed_paths(definition: DeckDefinition) -> list[Path]:
    """The seed files, pattern by pattern (each pattern's matches sorted), without repeats."""
    base = definition.path.parent
    found: dict[Path, None] = {}
    for pattern in definition.seeds:
        full = pattern if Path(pattern).is_absolute() else str(base / pattern)
        found_now = (Path(os.path.normpath(p)) for p in glob.glob(full, recursive=True))
        matches = sorted(p for p in found_now if p.is_file())
        if not matches:
            raise QuizgenError(f"{definition.path}: seeds: {quoted(pattern)} matches no file")
        found.update(dict.fromkeys(matches))
    return list(found)


def select(items: Iterable[Item], definition: DeckDefinition) -> list[Item]:
    """The items the definition asks for, in the order given: filters first, then the caps."""
    limits = definition.limits
    per_kind: Counter[str] = Counter()
    per_section: Counter[tuple[str, str]] = Counter()
    out: list[Item] = []
    for item in items:
        if definition.kinds and item.kind not in definition.kinds:
            continue
        if definition.types and item.type not in definition.types:
            continue
        section = (item.source.doc, item.source.section)
        if limits.max_per_section is not None and per_section[section] >= limits.max_per_section:
            continue
        cap = limits.kind_cap(item.kind)
        if cap is not None and per_kind[item.kind] >= cap:
            continue
        per_section[section] += 1
        per_kind[item.kind] += 1
        out.append(item)
        if limits.max_items is not None and len(out) >= limits.max_items:
            break
    return out


# --- validation helpers -------------------------------------------------------------------------


def _no_unknown_keys(path: Path, prefix: str, data: Mapping[Any, Any], allowed: Sequence[str]) -> None:
    for key in data:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise QuizgenError(f"{path}: unknown key {prefix}{shown_key(key)} (expected one of: {known})")


def _string(path: Path, key: str, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise QuizgenError(f"{path}: {key}: expected text, got {shown(value)}")
    return value.strip()


def _deck_name(path: Path, value: Any) -> str:
    if value is None:
        raise QuizgenError(f"{path}: name: missing (the Anki deck name, e.g. 'Books::Talks')")
    levels = [level.strip() for level in _string(path, "name", value).split("::")]
    if not all(levels):
        raise QuizgenError(f"{path}: name: {quoted(value)} has an empty level ('A::B' nests B under A)")
    return "::".join(levels)


def _seed_patterns(path: Path, value: Any) -> tuple[str, ...]:
    if value is None:
        raise QuizgenError(f"{path}: seeds: missing (a seed file or glob, or a list of them)")
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values or not all(_text(v) for v in values):
        raise QuizgenError(f"{path}: seeds: expected a file or glob, or a list of them, got {shown(value)}")
    return tuple(v.strip() for v in values)


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _choices(path: Path, key: str, value: Any, allowed: Sequence[str]) -> tuple[str, ...]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list | tuple):
        raise QuizgenError(f"{path}: {key}: expected a list, got {shown(value)}")
    for v in values:
        if v not in allowed:
            raise QuizgenError(
                f"{path}: {key}: unknown value {quoted(v)} (expected some of: {', '.join(allowed)})"
            )
    return tuple(dict.fromkeys(values))


def _retired(path: Path, value: Any) -> bool:
    if value not in RETIRED_CHOICES:
        raise QuizgenError(f"{path}: retired: expected keep or drop, got {shown(value)}")
    return bool(value == "keep")


def _limits(path: Path, value: Any) -> Limits:
    if value is None:
        return Limits()
    if not isinstance(value, dict):
        raise QuizgenError(f"{path}: limits: expected a mapping ({', '.join(LIMIT_KEYS)})")
    _no_unknown_keys(path, "limits.", value, LIMIT_KEYS)
    per_kind = value.get("max_per_kind")
    overrides: tuple[tuple[str, int], ...] = ()
    if isinstance(per_kind, dict):
        _no_unknown_keys(path, "limits.max_per_kind.", per_kind, KINDS)
        overrides = tuple((k, _count(path, f"limits.max_per_kind.{k}", v)) for k, v in per_kind.items())
        per_kind = None
    return Limits(
        max_items=_count(path, "limits.max_items", value.get("max_items")),
        max_per_kind=_count(path, "limits.max_per_kind", per_kind),
        per_kind=overrides,
        max_per_section=_count(path, "limits.max_per_section", value.get("max_per_section")),
    )


def _count(path: Path, key: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise QuizgenError(f"{path}: {key}: expected a whole number of at least 1, got {shown(value)}")
    return value


def _daily(path: Path, key: str, value: Any) -> int | None:
    """A daily limit: a whole number, 0 allowed (no new cards today), or None when not written."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DAILY:
        raise QuizgenError(
            f"{path}: {key}: expected a whole number from 0 to {MAX_DAILY:,}, got {shown(value)}"
        )
    return value


def _scheduler(path: Path, data: Mapping[Any, Any]) -> dict[str, Any]:
    from quizgen.schedule.scheduler import DEFAULT_SCHEDULER, SCHEDULER_NAMES

    name = data.get("scheduler", DEFAULT_SCHEDULER)
    if name not in SCHEDULER_NAMES:
        raise QuizgenError(f"{path}: scheduler: expected {' or '.join(SCHEDULER_NAMES)}, got {shown(name)}")
    retention = data.get("desired_retention")
    if name != "fsrs":
        if retention is not None:
            raise QuizgenError(f"{path}: desired_retention: only for scheduler: fsrs (this deck uses {name})")
        return {"scheduler": name}
    from quizgen.schedule.fsrs import DESIRED_RETENTION, check_desired_retention

    try:
        retention = check_desired_retention(DESIRED_RETENTION if retention is None else retention)
    except ValueError as exc:
        raise QuizgenError(f"{path}: {exc}") from None
    return {"scheduler": name, "desired_retention": retention}
