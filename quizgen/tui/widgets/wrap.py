"""Line breaking for Chinese mixed with Latin text, by terminal cells: a line may break between
any two Chinese characters, but not inside a Latin word or a number (`Anthropic`, `20-25%`), not
before closing punctuation (`，` `。` `）` …) and not after opening punctuation (`（` `“` …).
Textual alone treats a run of Chinese as one long word: it pushes the whole run to the next line,
or cuts it anywhere, commas first. `Prose` is a `Static` that wraps this way.
"""

from __future__ import annotations

import unicodedata

from rich.cells import cell_len
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import Static

NO_LINE_START = set("，。、；：？！）」』》〉】”’…—·%‰,.;:?!)]}>\u3015")  # u3015: tortoise-shell bracket
NO_LINE_END = set("（「『《〈【“‘([{<\u3014")


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def can_break_before(text: str, index: int) -> bool:
    """Whether a line may start at `text[index]` (0 < index < len(text))."""
    before, char = text[index - 1], text[index]
    if char.isspace() or char in NO_LINE_START or before in NO_LINE_END:
        return False
    return before.isspace() or _wide(before) or _wide(char)


def break_offsets(text: str, width: int) -> list[int]:
    """Where to break one line of `text` so that no line is wider than `width` cells (spaces at
    a line's end do not count); a word wider than a line is cut."""
    offsets: list[int] = []
    start, size = 0, len(text)
    while True:
        used, end = 0, start
        while end < size and (text[end].isspace() or used + cell_len(text[end]) <= width):
            used += cell_len(text[end])
            end += 1
        if end >= size:
            return offsets
        cut = next((b for b in range(end, start, -1) if can_break_before(text, b)), None)
        if cut is None:
            cut = max(end, start + 1)  # one word longer than the line: cut it
        offsets.append(cut)
        start = cut


def wrap(content: Content, width: int) -> list[Content]:
    """`content` as lines no wider than `width`, its styles kept."""
    lines: list[Content] = []
    for line in content.split("\n", allow_blank=True):
        pieces = line.divide(break_offsets(line.plain, max(1, width)))
        lines.extend(piece.rstrip() for piece in pieces)
    return lines


class Wrapped(Visual):
    """A `Content` laid out with `break_offsets` (Textual then has nothing left to wrap)."""

    def __init__(self, content: Content) -> None:
        self.content = content

    def __str__(self) -> str:
        return self.content.plain

    def _lines(self, rules: RulesMap, width: int) -> Content:
        pad = rules.get("line_pad", 0) * 2
        return Content("\n").join(wrap(self.content, width - pad))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        if not width:
            return []
        return self._lines(options.rules, width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.content.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._lines(rules, width).get_height(rules, width)


class Prose(Static):
    """Plain text (never markup) or `Content`, wrapped as Chinese text should be."""

    def __init__(
        self, content: str | Content = "", *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.update(content)

    def update(self, content: object = "", *, layout: bool = True) -> None:
        visual = Content(content) if isinstance(content, str) else content
        if not isinstance(visual, Content):
            raise TypeError(f"Prose shows text, not {type(content).__name__}")
        super().update(Wrapped(visual), layout=layout)
