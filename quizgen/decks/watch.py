"""`quizgen build --watch`: which decks a batch of changed files concerns, and the loop that
rebuilds them as files change.

`affected` is pure: a definition is rebuilt when its own file changed or when a changed file is
one of its seeds (as its patterns matched before the change, or match now, so new, deleted and
renamed seeds count). Build outputs never trigger a build. The file watcher is a parameter
(watchfiles by default), so tests run the loop over a finite list of batches.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from quizgen.decks.definitions import DeckDefinition, load_definition
from quizgen.errors import QuizgenError

OUTPUT_SUFFIXES = (".items.yaml", ".apkg")
Watcher = Callable[[Sequence[Path]], Iterable[Iterable[Path]]]
Rebuild = Callable[[DeckDefinition], None]


@dataclass(frozen=True, slots=True)
class Watched:
    """The definitions being watched (in file order) and the seed files each one had."""

    definitions: tuple[DeckDefinition, ...]
    seeds: Mapping[Path, frozenset[Path]]  # definition path -> its seed files, resolved

    def seeds_of(self, definition: DeckDefinition) -> frozenset[Path]:
        return self.seeds.get(definition.path, frozenset())


def is_output(path: Path) -> bool:
    """A file a build writes (an items file, a package, a partial one): never a reason to build."""
    return path.name.endswith(OUTPUT_SUFFIXES) or ".partial-" in path.name


def is_definition(path: Path, folder: Path) -> bool:
    return path.parent == folder and path.suffix in (".yaml", ".yml") and not is_output(path)


def affected(changed: Iterable[Path], before: Watched, now: Watched) -> list[DeckDefinition]:
    """The definitions in `now` that `changed` files concern (file order, each once)."""
    paths = {_resolved(p) for p in changed if not is_output(Path(p))}
    old_paths = {d.path: d for d in before.definitions}
    out = []
    for definition in now.definitions:
        own = _resolved(definition.path) in paths or old_paths.get(definition.path) != definition
        seeds = before.seeds_of(definition) | now.seeds_of(definition)
        if own or paths & seeds:
            out.append(definition)
    return out


def watched(folder: Path, names: Sequence[str], log: TextIO) -> Watched:
    """Every definition in `folder` (or those named) that reads; one that does not is reported on
    `log` and left out until it is fixed."""
    definitions = []
    for path in sorted(p for p in Path(folder).glob("*.y*ml") if is_definition(p, Path(folder))):
        try:
            definition = load_definition(path)
        except QuizgenError as exc:
            print(f"error: {exc}", file=log, flush=True)
            continue
        if not names or definition.slug in names or definition.name in names:
            definitions.append(definition)
    return Watched(tuple(definitions), {d.path: frozenset(matched_seeds(d)) for d in definitions})


def matched_seeds(definition: DeckDefinition) -> list[Path]:
    """The files the seed patterns match now (none is no error here: the build will say so)."""
    base = definition.path.parent
    found = []
    for pattern in definition.seeds:
        full = pattern if Path(pattern).is_absolute() else str(base / pattern)
        found += [_resolved(Path(p)) for p in glob.glob(full, recursive=True)]
    return sorted(set(found))


def roots(folder: Path, state: Watched) -> list[Path]:
    """The folders to watch: the definitions' folder and each seed pattern's fixed folder."""
    found = {_resolved(Path(folder))}
    for definition in state.definitions:
        for pattern in definition.seeds:
            full = Path(os.path.normpath(definition.path.parent / pattern))  # an absolute pattern stays
            fixed = Path(*full.parts[: _fixed_depth(full)])
            while not fixed.is_dir() and fixed != fixed.parent:
                fixed = fixed.parent
            found.add(_resolved(fixed))
    return sorted(p for p in found if not any(p != q and p.is_relative_to(q) for q in found))


def _fixed_depth(path: Path) -> int:
    """How many leading parts of `path` hold no glob characters."""
    for depth, part in enumerate(path.parts):
        if glob.has_magic(part):
            return depth
    return len(path.parts)


def watch_loop(
    folder: Path, names: Sequence[str], rebuild: Rebuild, log: TextIO, watcher: Watcher | None = None
) -> None:
    """Rebuild the concerned decks after each batch of changes, until the watcher ends (never,
    for the real one: Ctrl+C raises KeyboardInterrupt out of it). The watcher restarts when the
    folders to watch change (a definition with seeds elsewhere)."""
    watcher = watcher or watch_files
    state = watched(folder, names, log)
    while True:
        places = roots(folder, state)
        for batch in watcher(places):
            changed = list(batch)
            if not any(not is_output(Path(p)) for p in changed):
                continue
            before, state = state, watched(folder, names, log)
            for definition in affected(changed, before, state):
                try:
                    rebuild(definition)
                except QuizgenError as exc:  # a seed saved half-way, say: report, keep watching
                    print(f"error: {exc}", file=log, flush=True)
            if roots(folder, state) != places:
                break
        else:
            return


def watch_files(places: Sequence[Path]) -> Iterable[set[Path]]:
    """watchfiles' batches of changed paths under `places`, build outputs filtered out."""
    import watchfiles

    default = watchfiles.DefaultFilter()

    def wanted(change: watchfiles.Change, path: str) -> bool:
        return default(change, path) and not is_output(Path(path))

    for batch in watchfiles.watch(*places, watch_filter=wanted, raise_interrupt=True):
        yield {Path(path) for _, path in batch}


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(path))
