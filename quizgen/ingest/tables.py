"""Markdown pipe tables (a header row, a delimiter row such as `|---|:--:|`, body rows): taken out
of the lines before they are read as text, where a row would run into the next as one paragraph
and the delimiter would underline the header as a heading."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.ingest.clean import strip_markup

_DELIMITER_CELL = re.compile(r"\s*:?-{2,}:?\s*")
_SPLIT = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True, slots=True)
class Found:
    """A table in the prepared lines: indexes into them, cells as displayed."""

    header_index: int
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


def cells(line: str) -> list[str]:
    """A row's cells, as written: `| a | b |` and `a | b` alike (an escaped `\\|` stays in its cell)."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [c.strip().replace("\\|", "|") for c in _SPLIT.split(inner)]


def _delimiter_width(line: str) -> int:
    """How many columns a delimiter row marks, 0 if the line is none (a table has at least two)."""
    if "|" not in line or "-" not in line:
        return 0
    parts = cells(line)
    return len(parts) if len(parts) >= 2 and all(_DELIMITER_CELL.fullmatch(p) for p in parts) else 0


def take(lines: list[str]) -> list[Found]:
    """Every table in `lines`, its lines blanked in place (they are read as a table, not as text)."""
    found: list[Found] = []
    i = 1
    while i < len(lines):
        width = _delimiter_width(lines[i])
        header = cells(lines[i - 1]) if "|" in lines[i - 1] else []
        if not width or len(header) != width:
            i += 1
            continue
        rows: list[tuple[int, tuple[str, ...]]] = []
        end = i + 1
        while end < len(lines) and "|" in lines[end] and lines[end].strip():
            row = [strip_markup(c) for c in cells(lines[end])]
            rows.append((end, tuple((row + [""] * width)[:width])))
            end += 1
        found.append(Found(i - 1, tuple(strip_markup(c) for c in header), tuple(rows)))
        for j in range(i - 1, end):
            lines[j] = ""
        i = end + 1
    return found
