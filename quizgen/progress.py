"""Progress bars for long work (generating from a large document, a scheduler replaying a deck's
log): drawn with rich on a stream that is a terminal, and nothing at all on one that is not."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from quizgen.model import Document, Item

LARGE_INPUT = 200_000  # characters: generating from less takes seconds and shows no bar

Update = Callable[[int, int], None]


@contextmanager
def progress_bar(label: str, stream: TextIO, *, show: bool = True) -> Iterator[Update]:
    """An `update(done, total)` that moves a bar on `stream` when it is a terminal (and `show`);
    the bar is cleared when the work ends. Elsewhere the update does nothing."""
    if not show or not stream.isatty():
        yield _silent
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(file=stream), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _silent(done: int, total: int) -> None:
    return None


def characters(docs: Sequence[Document]) -> int:
    return sum(len(line) for doc in docs for line in doc.lines)


def generate_with_progress(
    docs: Sequence[Document], deck: str, stream: TextIO | None = None, types: Sequence[str] = ()
) -> list[Item]:
    """`generate` (of `types`, when a deck asks for them), with a bar on `stream` (stderr) while the
    documents are large."""
    from quizgen.generate import generate

    stream = sys.stderr if stream is None else stream
    with progress_bar(f"{deck}: generating", stream, show=characters(docs) > LARGE_INPUT) as update:
        return generate(docs, deck=deck, types=types, progress=update)
