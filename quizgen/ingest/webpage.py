"""Saved web pages (`.html`, `.htm`): the main content taken with trafilatura (navigation,
sidebars, comments and footers left out), as Markdown with the page's metadata as front matter.
Line numbers then count lines of that extracted text.
"""

from __future__ import annotations

import re

from quizgen.errors import QuizgenError

_KEPT_FIELDS = ("title", "author", "date", "url")  # the rest (hostname, fingerprint, …) is the extractor's
_GLUED_HEADING = re.compile(r"^(#{1,6})(?=[^#\s])", re.MULTILINE)  # `##Talks`: the extractor drops the space
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!~|>])")


def page_text(markup: str, name: str) -> str:
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
    if not text or not text.strip():
        raise QuizgenError(f"{name}: no main text found in this page")
    return _tidy(str(text))


def _tidy(text: str) -> str:
    lines = text.split("\n")
    if lines and lines[0] == "---" and "---" in lines[1:]:
        end = lines.index("---", 1)
        head = [line for line in lines[1:end] if line.split(":", 1)[0] in _KEPT_FIELDS]
        lines = ["---", *head, "---", *lines[end + 1 :]]
    return _ESCAPE.sub(r"\1", _GLUED_HEADING.sub(r"\1 ", "\n".join(lines)))
