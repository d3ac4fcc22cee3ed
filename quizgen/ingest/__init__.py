"""Ingest: seed files to `Document`s. `read_paths` takes files and directories, `read_document`
one file (Markdown or plain text, a saved web page, subtitles), `parse_text` a string (pure;
handy in tests). Every bad input is a `QuizgenError` naming the file.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.ingest import clippings
from quizgen.ingest.parse import parse_prepared, parse_text
from quizgen.ingest.prepared import Prepared
from quizgen.ingest.read import decode
from quizgen.model import Document

__all__ = ["MAX_BYTES", "SUFFIXES", "find_documents", "parse_text", "read_document", "read_paths"]

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".srt", ".vtt"})
_LISTED = ".md .markdown .txt .html .htm .srt .vtt"
MAX_BYTES = 20_000_000  # a seed is notes, not a corpus; this keeps a wrong path from eating memory


def read_document(path: Path) -> Document:
    """Read and parse one file of a supported type (`SUFFIXES`)."""
    path = Path(path)
    if path.is_dir():
        raise QuizgenError(f"{path}: is a directory; give a file, or use read_paths")
    if path.suffix.lower() not in SUFFIXES:
        raise QuizgenError(f"{path}: unsupported file type {path.suffix or '(none)'!r}; use {_LISTED}")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise QuizgenError(f"{path}: too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise QuizgenError(f"{path}: no such file") from None
    except OSError as exc:
        raise QuizgenError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_file(decode(data, str(path)), path)


def parse_file(text: str, path: Path) -> Document:
    """A decoded file's text to a `Document`, read the way its suffix says."""
    suffix = path.suffix.lower()
    if suffix in (".srt", ".vtt"):
        from quizgen.ingest.subtitles import prepare

        prep = prepare(text)
        if not any(prep.lines):
            raise QuizgenError(f"{path}: no subtitle cues found (expected `00:00:01,000 --> …` lines)")
        return parse_prepared(
            prep, path.stem, str(path), text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        )
    if suffix in (".html", ".htm"):
        from quizgen.ingest import webpage

        prep, source = webpage.prepare(text, str(path))
        return parse_prepared(prep, path.stem, str(path), source)
    original = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if (suffix == ".txt" and clippings.is_clippings(original)) or (
        suffix in (".txt", ".md", ".markdown") and clippings.is_notebook(original)
    ):
        return parse_prepared(clippings.prepare(original), path.stem, str(path), original)
    return parse_prepared(Prepared.of(original), path.stem, str(path), original)


def find_documents(paths: Sequence[Path]) -> list[Path]:
    """The files `paths` stand for: each file as given, each directory's supported files
    (recursively, sorted, hidden entries skipped); duplicates once, in first-seen order."""
    seen: set[Path] = set()
    out: list[Path] = []
    for given in paths:
        for found in _expand(Path(given)):
            key = found.resolve()
            if key not in seen:
                seen.add(key)
                out.append(found)
    return out


def _expand(path: Path) -> Iterator[Path]:
    if not path.exists():
        raise QuizgenError(f"{path}: no such file or directory")
    if not path.is_dir():
        yield path
        return
    found = sorted(
        (p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file() and not _hidden(p, path)),
        key=lambda p: p.relative_to(path).as_posix(),
    )
    if not found:
        raise QuizgenError(f"{path}: no documents in this directory ({_LISTED})")
    yield from found


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_paths(paths: Sequence[Path]) -> list[Document]:
    """Every document under `paths`, in a stable order. Two documents with the same name (file
    stem) would share item ids, so that is an error naming both."""
    docs: list[Document] = []
    by_name: dict[str, str] = {}
    for path in find_documents(paths):
        doc = read_document(path)
        if doc.name in by_name:
            raise QuizgenError(f"{path}: has the same name as {by_name[doc.name]}; rename one of them")
        by_name[doc.name] = str(path)
        docs.append(doc)
    if not docs:
        raise QuizgenError("no documents given")
    return docs
