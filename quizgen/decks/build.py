"""Building one deck: seeds -> items (the generator) -> selection -> stamped items file -> `.apkg`.

The clock and the generator are parameters. Outputs are replaced atomically, the package first:
a build that fails half-way leaves the previous items file, which the next build starts from.
A build whose items file comes out byte-identical, with the package present, writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from quizgen.decks import itemsfile
from quizgen.decks.definitions import DeckDefinition, seed_paths, select
from quizgen.decks.itemsfile import Changes, ItemsFile
from quizgen.export.notes import count_cards
from quizgen.model import Item

Generator = Callable[[Sequence[Path], str], list[Item]]
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BuildResult:
    definition: DeckDefinition
    items_file: ItemsFile
    changes: Changes
    notes: int  # notes in the package, retired ones included
    cards: int
    written: bool  # False: the outputs were already up to date


def generate_items(paths: Sequence[Path], deck: str) -> list[Item]:
    """The real generator: read the seed documents and generate every item they yield."""
    from quizgen.generate import generate
    from quizgen.ingest import read_paths

    return generate(read_paths(paths), deck)


def build_deck(
    definition: DeckDefinition,
    *,
    now: int,
    generator: Generator | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Build `definition`'s deck at time `now` with `generator` (default: `generate_items`)."""
    generator = generator or generate_items
    seeds = seed_paths(definition)
    base = definition.path.parent
    inputs = [itemsfile.file_input(p, base) for p in (definition.path, *seeds)]
    items = select(generator(seeds, definition.name), definition)
    previous_text = _read_text(definition.items_path)
    previous = itemsfile.read(definition.items_path) if previous_text is not None else None
    items_file, changes = itemsfile.stamp(
        items, previous, now, deck=definition.name, description=definition.description, inputs=inputs
    )
    notes = items_file.notes()
    text = itemsfile.render(items_file)
    written = text != previous_text or not definition.apkg_path.exists()
    if written:
        from quizgen.export.apkg import write_apkg

        description = definition.description
        write_apkg(definition.apkg_path, definition.name, notes, description=description, progress=progress)
        itemsfile.write(definition.items_path, text)
    return BuildResult(definition, items_file, changes, len(notes), count_cards(notes), written)


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return ""  # unreadable: never equal to a fresh render; `itemsfile.read` names the problem
