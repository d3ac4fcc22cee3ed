"""Decks: definitions (`decks/*.yaml`), the items file each build writes, and building a deck.

`definitions` reads and validates definitions and selects items; `itemsfile` owns the
`<slug>.items.yaml` format and the carried-over change times; `build` drives one deck's build.
Nothing here imports genanki at module level.
"""

from quizgen.decks.build import BuildResult, build_deck, generate_items
from quizgen.decks.definitions import (
    DeckDefinition,
    Limits,
    load_definition,
    load_definitions,
    seed_paths,
    select,
)
from quizgen.decks.itemsfile import Changes, Entry, ItemsFile

__all__ = [
    "BuildResult",
    "Changes",
    "DeckDefinition",
    "Entry",
    "ItemsFile",
    "Limits",
    "build_deck",
    "generate_items",
    "load_definition",
    "load_definitions",
    "seed_paths",
    "select",
]
