"""Replacing an output file only once its new content is complete (a failed or interrupted
write leaves the previous file as it was)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quizgen.errors import QuizgenError


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a partial file beside `path` to write; on success it replaces `path` in one step."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        yield partial
        os.replace(partial, path)
    except OSError as exc:
        raise QuizgenError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)


def write_text(path: Path, text: str) -> None:
    """Replace `path` with `text` (UTF-8) only once it is completely written."""
    with replacing(path) as partial:
        partial.write_text(text, encoding="utf-8")
