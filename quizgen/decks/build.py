"""Building one deck: seeds -> items (the generator) -> re-linking -> overrides -> selection ->
stamped items file -> `.apkg`.

`plan_deck` works out the new build and what it changes without writing anything (`quizgen
diff`); `build_deck` then writes it. The clock and the generator are parameters. Both outputs
are written completely beside their targets before either is replaced, the package first, the
items file last: a build that fails or is interrupted before that leaves both as they were, and
one stopped between the two replaces leaves an items file that differs from the next build's,
which then rewrites both. A build whose items file comes out byte-identical, with the package
present, writes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from quizgen.decks import itemsfile
from quizgen.decks.definitions import DeckDefinition, seed_paths, select
from quizgen.decks.itemsfile import Changes, ItemsFile
from quizgen.decks.overrides import Applied, Override, apply_overrides
from quizgen.decks.relink import Link, Relinking, relink
from quizgen.export.files import replacing
from quizgen.export.notes import count_cards
from quizgen.model import Item

Generator = Callable[[Sequence[Path], str], list[Item]]
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Plan:
    """A build worked out but not written. `text` is the new items file; `current` the one on
    disk (None: never built); `links` the re-links made, with their scores."""

    definition: DeckDefinition
    items_file: ItemsFile
    changes: Changes
    text: str
    current: str | None
    links: tuple[Link, ...] = ()
    excluded: tuple[Item, ...] = ()
    unused: tuple[Override, ...] = ()

    @property
    def up_to_date(self) -> bool:
        return self.text == self.current and self.definition.apkg_path.exists()

    @property
    def warnings(self) -> tuple[str, ...]:
        """One line per override that names no item of this build."""
        retired = {item.id for item in self.changes.retired} | {e.item.id for e in self.items_file.retired}
        return tuple(unused_warning(self.definition, o, o.id in retired) for o in self.unused)


@dataclass(frozen=True, slots=True)
class BuildResult:
    definition: DeckDefinition
    items_file: ItemsFile
    changes: Changes
    notes: int  # notes in the package, retired ones included (unless the deck drops them)
    cards: int
    written: bool  # False: the outputs were already up to date
    warnings: tuple[str, ...] = ()
    first: bool = False  # no items file before this build
    plan: Plan | None = None  # what was worked out (re-links with scores, exclusions)


def generate_items(paths: Sequence[Path], deck: str, types: Sequence[str] = ()) -> list[Item]:
    """The real generator: read the seed documents and generate the items they yield, one per
    fact, or one per fact and type for each of `types` (a deck's `types:`), with a progress bar
    on stderr, when it is a terminal, for large seeds."""
    from quizgen.ingest import read_paths
    from quizgen.progress import generate_with_progress

    return generate_with_progress(read_paths(paths), deck, types=types)


def _default_generator(definition: DeckDefinition) -> Generator:
    """`generate_items`, asked for the deck's types: filtering one item per fact by type after the
    fact would leave a `types: [choice]` deck only the few facts best asked as a choice."""
    if not definition.types:
        return generate_items
    return lambda paths, deck: generate_items(paths, deck, definition.types)


def plan_deck(definition: DeckDefinition, *, now: int, generator: Generator | None = None) -> Plan:
    """What building `definition` at `now` would write and change; writes nothing."""
    generator = generator or _default_generator(definition)
    seeds = seed_paths(definition)
    base = definition.path.parent
    inputs = [itemsfile.file_input(p, base) for p in (definition.path, *seeds)]
    generated = generator(seeds, definition.name)
    current = _read_text(definition.items_path)
    previous = itemsfile.read(definition.items_path) if current is not None else None
    linking = _relink(generated, previous, definition.name)
    applied: Applied = apply_overrides(linking.items, definition.overrides, definition.path)
    items = select(applied.items, definition)
    items_file, changes = itemsfile.stamp(
        items,
        previous,
        now,
        deck=definition.name,
        description=definition.description,
        inputs=inputs,
        relinked={link.after.id for link in linking.links},
        keep_retired=definition.keep_retired,
    )
    text = itemsfile.render(items_file)
    linked = {after.id for _, after in changes.relinked}
    links = tuple(link for link in linking.links if link.after.id in linked)
    return Plan(definition, items_file, changes, text, current, links, applied.excluded, applied.unused)


def build_deck(
    definition: DeckDefinition,
    *,
    now: int,
    generator: Generator | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Build `definition`'s deck at time `now` with `generator` (default: `generate_items`)."""
    plan = plan_deck(definition, now=now, generator=generator)
    written = not plan.up_to_date
    if written:
        write_outputs(plan, progress=progress)
    notes = plan.items_file.notes()
    return BuildResult(
        definition,
        plan.items_file,
        plan.changes,
        len(notes),
        count_cards(notes),
        written,
        plan.warnings,
        plan.current is None,
        plan,
    )


def write_outputs(plan: Plan, *, progress: Progress | None = None) -> None:
    """Write the items file and the package beside their targets, then replace the package and,
    last, the items file (the inner `replacing` commits first)."""
    from quizgen.export.apkg import write_apkg

    deck = plan.definition
    remove_stale_partials(deck)
    with replacing(deck.items_path) as items_partial:
        items_partial.write_text(plan.text, encoding="utf-8")
        with replacing(deck.apkg_path) as apkg_partial:
            notes = plan.items_file.notes()
            write_apkg(apkg_partial, deck.name, notes, description=deck.description, progress=progress)


def remove_stale_partials(definition: DeckDefinition) -> None:
    """Delete the partial outputs a killed build left (their process is gone)."""
    for target in (definition.apkg_path, definition.items_path):
        for partial in target.parent.glob(f".*{target.name}.partial-*"):  # ours and write_apkg's
            pid = partial.name.rsplit("-", 1)[-1]
            if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
                partial.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours (or no way to tell): leave its file alone
        return True
    return True


def _relink(generated: Sequence[Item], previous: ItemsFile | None, deck: str) -> Relinking:
    if previous is None or previous.deck != deck:  # a renamed deck starts afresh: no re-links
        return relink(generated, ())
    return relink(generated, [e.item for e in previous.entries], [e.item for e in previous.retired])


def unused_warning(definition: DeckDefinition, override: Override, retired: bool) -> str:
    why = "its item is retired (gone from the seeds)" if retired else "no item has this id"
    return (
        f"warning: {definition.path}: {override.where}: not applied, {why}; "
        "point it at the item's new id (quizgen diff shows it) or remove it"
    )


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return ""  # unreadable: never equal to a fresh render; `itemsfile.read` names the problem
