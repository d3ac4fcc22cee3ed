"""Bringing a built deck into the review store: the items file's current items, synced by id.

New items come in new; an item whose text changed (or that a rebuild re-linked) keeps its id,
so its schedule and history stay; items that left the deck are retired by the store (out of
the queue, history kept). The review command calls `sync_store` on the deck it opens.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.decks import itemsfile
from quizgen.decks.definitions import DeckDefinition
from quizgen.decks.itemsfile import ItemsFile
from quizgen.errors import QuizgenError
from quizgen.model import Item

if TYPE_CHECKING:
    from quizgen.store import Store, SyncReport


def sync_store(store: Store, built: ItemsFile | DeckDefinition | Path, now: datetime) -> SyncReport:
    """Sync a built deck (an items file, read or by path, or a definition's) into `store`; a
    definition also sets how the deck is scheduled (`apply_schedule`)."""
    report = store.sync_deck(*deck_items(built), now)
    if isinstance(built, DeckDefinition):
        apply_schedule(store, built, now)
    return report


def apply_schedule(
    store: Store,
    definition: DeckDefinition,
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
) -> bool:
    """Give the synced deck the definition's `scheduler` and `desired_retention` (a switch keeps
    every review: see `Store.configure_deck`, which `progress` follows) and its daily limits where
    written; whether that changed anything."""
    before = store.deck_settings(definition.name)
    after = store.configure_deck(
        definition.name,
        new_per_day=definition.new_per_day,
        reviews_per_day=definition.reviews_per_day,
        scheduler=definition.scheduler,
        desired_retention=definition.desired_retention,
        now=now,
        progress=progress,
    )
    return after != before


def deck_items(built: ItemsFile | DeckDefinition | Path) -> tuple[str, list[Item]]:
    items_file = built if isinstance(built, ItemsFile) else itemsfile.read(_items_path(built))
    return items_file.deck, [entry.item for entry in items_file.entries]


def _items_path(built: DeckDefinition | Path) -> Path:
    if isinstance(built, Path):
        return built
    if not built.items_path.is_file():
        raise QuizgenError(f"{built.path}: not built yet ({built.items_path} is missing: quizgen build)")
    return built.items_path
