"""Markdown structure that a line cannot show alone, found with markdown-it-py: YAML front matter
(the document's metadata), raw HTML blocks (turned into text lines), code blocks, callout markers
(`> [!note]`) and inline HTML tags.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import replace
from typing import Any

import yaml

from quizgen.ingest.layout import is_meta_word
from quizgen.ingest.prepared import Prepared, shorten
from quizgen.model import Dropped, MetaField

_CALLOUT = re.compile(r"^(\s*(?:>\s*)+)\[!([A-Za-z-]+)\][+-]?\s*(.*)$")
# HTML's own inline tags only: `List<Integer>` in a note about code is not markup
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|big|br|center|cite|code|del|div|em|font|i|img|ins|kbd|mark|p|q|s|small|span|strike|strong"
    r"|sub|sup|u|var|wbr|h[1-6]|blockquote|section|article|figure|figcaption)\b(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)
_BLOCK_TAGS = (
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "tr",
    "figcaption",
)


@functools.cache
def _parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    # block structure only: inline parsing (links, emphasis) is left to the line readers, and would
    # double the cost on a long document
    return MarkdownIt("commonmark").use(front_matter_plugin).disable(["inline", "text_join"])


def apply(prep: Prepared) -> None:
    """Front matter to metadata, HTML blocks to text, fenced code, callout markers and inline tags out."""
    for i in _fenced_code(prep.lines):  # ```python … ```: a program's lines, its # comments no headings
        prep.drop(i, "code block")
    # without front matter or raw HTML the line readers see all there is
    tokens = _parser().parse("\n".join(prep.lines)) if _needs_parser(prep.lines) else []
    pieces: list[tuple[str, int]] = []
    replaced: dict[int, tuple[int, list[str]]] = {}  # first line -> (end, new lines)
    for token in tokens:
        if token.map is None:
            continue
        start, end = token.map
        if token.type == "front_matter":
            for found in _front_matter(token.content, start + 1):
                field = replace(found, line=prep.origin[found.line - 1] + 1)
                if _document_field(field.key):
                    prep.metadata.append(field)
                else:  # a site generator's own settings (layout, draft, slug): not about the text
                    prep.dropped.append(
                        Dropped(field.line, shorten(f"{field.key}: {field.value}"), "front matter")
                    )
            replaced[start] = (end, [])
        elif token.type == "html_block":
            replaced[start] = (end, html_lines(token.content))
            if not any(replaced[start][1]):
                reason = "comment" if token.content.lstrip().startswith("<!--") else "markup"
                prep.drop(start, reason)
    i = 0
    while i < len(prep.lines):
        if i in replaced:
            end, new = replaced[i]
            end = max(end, i + 1)
            pieces.extend((line, prep.origin[i]) for line in new)
            pieces.extend(("", prep.origin[j]) for j in range(i, end))  # the block's lines stay, blank
            i = end
            continue
        line = _inline(prep.lines[i])
        if not line and _CALLOUT.match(prep.lines[i]):
            prep.dropped.append(Dropped(prep.origin[i] + 1, shorten(prep.lines[i]), "callout marker"))
        pieces.append((line, prep.origin[i]))
        i += 1
    prep.rebuilt(pieces)


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _fenced_code(lines: list[str]) -> list[int]:
    """The lines of every closed fenced code block, its fences included (one left open at the end is
    more likely a stray fence than a program running to the end of the notes)."""
    out: list[int] = []
    opened: tuple[int, str] | None = None
    for i, line in enumerate(lines):
        fence = _FENCE.match(line)
        if opened is None:
            if fence and "`" not in line[fence.end() :]:
                opened = (i, fence[1])
        elif (
            fence
            and fence[1][0] == opened[1][0]
            and len(fence[1]) >= len(opened[1])
            and not line[fence.end() :].strip()
        ):
            out.extend(range(opened[0], i + 1))
            opened = None
    return out


def _needs_parser(lines: list[str]) -> bool:
    return bool(lines) and (lines[0].strip() == "---" or any(line.lstrip()[:1] == "<" for line in lines))


def _inline(line: str) -> str:
    callout = _CALLOUT.match(line)
    if callout:
        line = f"{callout.group(1)}{callout.group(3)}" if callout.group(3) else ""
    if "<" in line and ">" in line:
        line = _INLINE_TAG.sub("", line)
    if "&" in line and _ENTITY.search(line):
        line = html.unescape(line)
    return line


# Front-matter keys (their last word) that describe the text; the rest are a site generator's settings.
_FIELDS = frozenset((
    "title", "subtitle", "author", "authors", "by", "date", "published", "updated", "tags", "keywords",
    "source", "url", "link", "channel", "podcast", "show", "episode", "speaker", "speakers", "host", "hosts",
    "guest", "guests", "lecturer", "course", "publisher", "journal", "isbn", "doi", "duration", "year",
    "venue", "conference", "translator", "editor", "series",
))  # fmt: skip


def _document_field(key: str) -> bool:
    words = re.split(r"[\W_]+", key.lower())
    return (bool(words) and words[-1] in _FIELDS) or (is_meta_word(key) and not key.isascii())


def _front_matter(content: str, first_line: int) -> list[MetaField]:
    """Scalar and list fields of YAML front matter, each on the line its key stands on."""
    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError:
        data = _plain_fields(content)  # title: Deep Work: Rules for…: a colon YAML refuses unquoted
    if not isinstance(data, dict):
        return []
    where: dict[str, int] = {}
    for n, line in enumerate(content.split("\n")):
        key = line.split(":", 1)[0].strip()
        if key and not line[:1].isspace():
            where.setdefault(key, first_line + 1 + n)
    out: list[MetaField] = []
    for key, value in data.items():
        text = _value(value)
        if text:
            out.append(MetaField(str(key), text, where.get(str(key), first_line)))
    return out


_PLAIN_FIELD = re.compile(r"^(?P<key>[^\s:#][^:]{0,40}?):\s+(?P<value>\S.*)$")


def _plain_fields(content: str) -> dict[str, str]:
    """Front matter YAML cannot read, read as `key: value` lines (the value runs to the line's end,
    colons and all); nothing when a line is neither such a field nor blank."""
    out: dict[str, str] = {}
    for line in content.split("\n"):
        if not line.strip():
            continue
        found = _PLAIN_FIELD.match(line)
        if not found:
            return {}
        out.setdefault(found["key"].strip(), found["value"].strip().strip("\"'"))
    return out


MAX_NESTING = 4  # lists in a front-matter value; YAML aliases can even make one contain itself


def _value(value: object, depth: int = 0) -> str:
    if isinstance(value, list):
        if depth >= MAX_NESTING:
            return ""
        parts = (_value(v, depth + 1) for v in value)
        return ", ".join(p for p in parts if p)
    if value is None or isinstance(value, dict) or value == "":
        return ""
    return " ".join(str(value).split())


def html_lines(fragment: str) -> list[str]:
    """An HTML block's text as markdown-like lines: a heading with `#`, a list item with `-`
    (indented two spaces for each list item it stands in), each paragraph on a line of its own
    and a blank line between."""
    import lxml.html

    try:
        roots = lxml.html.fragments_fromstring(fragment)
    except Exception:  # lxml raises several kinds on broken markup; the text then stays as it was
        return [_inline(fragment)]
    out: list[str] = []
    for root in roots:
        if isinstance(root, str):
            if root.strip():
                out += [" ".join(root.split()), ""]
            continue
        if root.tag is lxml.html.HtmlComment or not isinstance(root.tag, str):
            continue
        for element in root.iter(*_BLOCK_TAGS):
            if any(a.tag in _BLOCK_TAGS for a in element.iterancestors()) and element.tag != "li":
                continue
            text = " ".join("".join(_own_text(element)).split())
            if not text:
                continue
            if element.tag[0] == "h" and element.tag[1:].isdigit():
                text = "#" * int(element.tag[1:]) + " " + text
            elif element.tag == "li":  # a nested item indented under its parent, as Markdown writes it
                text = "  " * sum(1 for a in element.iterancestors("li")) + "- " + text
            out += [text, ""]
        if not any(True for _ in root.iter(*_BLOCK_TAGS)):
            text = " ".join(root.text_content().split())
            if text:
                out += [text, ""]
    return out


def _own_text(element: Any) -> list[str]:
    """The element's text without nested list items (they are lines of their own)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != "li" and isinstance(child.tag, str):
            parts.append("".join(_own_text(child)))
        parts.append(child.tail or "")
    return parts
