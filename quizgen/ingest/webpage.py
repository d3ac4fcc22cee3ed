"""Saved web pages (`.html`, `.htm`): the main content taken with trafilatura (navigation,
sidebars, comments and footers left out), as Markdown with the page's metadata as front matter.
Each extracted line is traced back to the line of the page's source where its words start, so
items cite lines of the file itself.
"""

from __future__ import annotations

import html
import re

from quizgen.errors import QuizgenError
from quizgen.ingest.clean import strip_markup
from quizgen.ingest.prepared import Prepared

_KEPT_FIELDS = ("title", "author", "date", "url")  # the rest (hostname, fingerprint, …) is the extractor's
_GLUED_HEADING = re.compile(r"^(#{1,6})(?=[^#\s])", re.MULTILINE)  # `##Talks`: the extractor drops the space
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!~|>])")
_SHOWN_FIELDS = ("title", "author")
_TAG = re.compile(r"<[^>]*>")
_WORD_CHARS = re.compile(r"[^\W_]+")
_PROBE = 16  # characters of a line's words looked for in the page's source
_WINDOW = 3000  # source lines searched ahead of the last match (keeps the trace linear)


# A page whose body holds its headings loose (no <article> or <main> around them): the extractor
# falls back to the paragraphs alone and the sections are lost, unless told where the article is.
_SECTION_HEADING_TAG = re.compile(r"<h[2-4][\s>]", re.I)
_ARTICLE_TAG = re.compile(r"<(?:article|main)[\s>]", re.I)
_BODY = re.compile(r"(<body[^>]*>)(.*)(</body>)", re.I | re.S)
_MARKDOWN_HEADING = re.compile(r"^#{1,6} ", re.M)


def page_text(markup: str, name: str) -> str:
    text = _extract(markup)
    if (
        text
        and not _MARKDOWN_HEADING.search(text)
        and _SECTION_HEADING_TAG.search(markup)
        and not _ARTICLE_TAG.search(markup)
    ):
        whole = _extract(_BODY.sub(r"\1<article>\2</article>\3", markup, count=1))
        text = whole if whole and _MARKDOWN_HEADING.search(whole) else text
    if not text or not text.strip():
        raise QuizgenError(f"{name}: no main text found in this page")
    return _tidy(text)


def _extract(markup: str) -> str:
    import trafilatura  # heavy (lxml, dateparser): only for web pages

    text = trafilatura.extract(
        markup,
        output_format="markdown",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=True,
        favor_precision=True,
    )
    return str(text or "")


def prepare(markup: str, name: str) -> tuple[Prepared, list[str]]:
    """The page's main text as prepared lines, each traced to a line of `markup`; and the page's
    own lines as a reader sees them (what `Document.lines` holds: one per line of the file)."""
    source = markup.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = page_text(markup, name).split("\n")
    return Prepared(lines, trace(lines, source)), [visible(line) for line in source]


def visible(line: str) -> str:
    """A source line as a reader sees it: tags out, entities decoded (what an explanation quotes)."""
    return " ".join(html.unescape(_TAG.sub(" ", line)).split()) if "<" in line or "&" in line else line


def trace(lines: list[str], source: list[str]) -> list[int]:
    """For each extracted line, the 0-based source line where its first words stand (the previous
    line's when they cannot be found: a blank, or words the extractor rewrote; -1 for metadata
    taken from the page's head)."""
    plain = ["".join(_WORD_CHARS.findall(html.unescape(_TAG.sub(" ", line)))) for line in source]
    head = lines.index("---", 1) + 1 if lines[:1] == ["---"] and "---" in lines[1:] else 0
    body = next((j for j, line in enumerate(source) if "<body" in line.lower()), 0)
    out = [_head_line(line, plain, body) for line in lines[:head]]
    at = 0
    for line in lines[head:]:
        found = _find(_probe(line), plain, at)
        if found is None and at:
            found = _find(_probe(line), plain, max(0, at - _WINDOW))  # the extractor moved it up
        at = at if found is None else found
        out.append(at)
    return out


def _head_line(line: str, plain: list[str], body: int) -> int:
    """A metadata field's line: where the page's body shows its words (a heading, a byline); -1
    (no line: the page's head) for values only markup holds (an address, a date in an attribute)."""
    key, _, value = line.partition(":")
    found = _find(_probe(value), plain, body) if key in _SHOWN_FIELDS else None
    return -1 if found is None else found


def _probe(line: str) -> str:
    return "".join(_WORD_CHARS.findall(strip_markup(line)))[:_PROBE]


def _find(probe: str, plain: list[str], start: int) -> int | None:
    if len(probe) < 4:
        return None
    return next((j for j in range(start, min(len(plain), start + _WINDOW)) if probe in plain[j]), None)


def _is_field(line: str) -> bool:
    return line.split(":", 1)[0] in _KEPT_FIELDS


# a byline's staff title or post beside the name (Harriet Okafor; Contributing Editor ·; Tom Reyes;
# Co-Founder): the page's furniture, or the writer's post read as more authors
_STAFF_TITLE = re.compile(
    r"\b(?:editor|writer|reporter|correspondent|columnist|contributor|staff|journalist|editorial|"
    r"(?:co-?)?founder|coordinator|director|manager|officer|president|chair|organi[sz]er|volunteer|"
    r"producer|host|ceo|cto|cfo|coo)\b"
    r"|编辑|记者|撰稿|责编|特约|通讯员|创始人|联合创始人",
    re.I,
)
# …; Volunteer Coordinator · March: the byline's next fields (a date, a reading time) after a dot
_BYLINE_FIELDS = re.compile(r"\s+[·•|]\s+.*$")


def _author_names(line: str) -> str:
    """An `author:` field without the staff titles the extractor read as more authors, nor the
    byline's date or reading time after them."""
    if not line.startswith("author:"):
        return line
    parts = [_BYLINE_FIELDS.sub("", p).strip(" ·•|,，") for p in line[len("author:") :].split(";")]
    names = [p for p in parts if p and not _STAFF_TITLE.search(p)]
    return f"author: {'; '.join(names)}" if names else line


def _tidy(text: str) -> str:
    lines = text.split("\n")
    if lines and lines[0] == "---" and "---" in lines[1:]:
        end = lines.index("---", 1)
        head = [_author_names(line) for line in lines[1:end] if _is_field(line)]
        lines = ["---", *head, "---", *lines[end + 1 :]]
    return _ESCAPE.sub(r"\1", _GLUED_HEADING.sub(r"\1 ", "\n".join(lines)))
