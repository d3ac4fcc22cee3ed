"""Decks: definitions (`decks/*.yaml`), the items file each build writes, and building a deck.

`definitions` reads and validates definitions and selects items; `itemsfile` owns the
`<slug>.items.yaml` format and the carried-over change times; `build` drives one deck's build
(`relink` keeps ids across light rewordings, `overrides` applies hand edits); `report` says what
a build changed; `watch` rebuilds on change; `sync` brings a build into the review store.
Nothing here imports genanki at module level.
"""

from quizgen.decks.build import BuildResult, Plan, build_deck, generate_items, plan_deck
from quizgen.decks.definitions import (
    DeckDefinition,
    Limits,
    find_definitions,
    load_definition,
    load_definitions,
    seed_paths,
    select,
)
from quizgen.decks.itemsfile import Changes, Entry, ItemsFile
from quizgen.decks.overrides import Override
from quizgen.decks.relink import Link
from quizgen.decks.sync import sync_store

__all__ = [
    "BuildResult",
    "Changes",
    "DeckDefinition",
    "Entry",
    "ItemsFile",
    "Limits",
    "Link",
    "Override",
    "Plan",
    "build_deck",
    "find_definitions",
    "generate_items",
    "load_definition",
    "load_definitions",
    "plan_deck",
    "seed_paths",
    "select",
    "sync_store",
]
