"""Properties over arbitrary input: ingest fails only with `QuizgenError`, and what it returns
points at real lines in document order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.errors import QuizgenError
from quizgen.ingest import parse_text
from quizgen.ingest.parse import parse_prepared
from quizgen.ingest.read import decode
from quizgen.ingest.script import restore
from quizgen.ingest.subtitles import prepare
from quizgen.model import Document

# Pieces that exercise every rule: markers, labels, colons, wraps, furniture, odd spaces.
PIECES = [
    "\n",
    "\n\n",
    " ",
    "\u3000",
    "\u00a0",
    "\r\n",
    "# ",
    "## ",
    "**",
    "- ",
    "* ",
    "• ",
    "1. ",
    "2、",
    "（3）",
    "一、",
    "主题一：",
    "第二讲 ",
    "01 ",
    "主持人：",
    "嘉宾（作者 王一）：",
    "Alice King\n",
    "作者：",
    "Title: ",
    "关注我们",
    "![](x.png)",
    "— END —",
    "第 2 页",
    "App",
    "你",
    "3.5",
    "亿元",
    "。",
    "，",
    ":",
    "：",
    "?",
    ".",
    "The quick brown fox",
    "竹编工艺",
    "Logo",
    "更多推荐",
    "https://example.org",
    "[a](b)",
    "`c`",
    "（",
    "）",
    "---\n",
    "title: x\n",
    "<div><p>",
    "</p></div>\n",
    "<!-- c -->",
    "> [!note] ",
    "[00:12] ",
    "00:00:01,000 --> 00:00:02,000\n",
    " ^abc123",
    " (Location 12)",
    "Your Highlight on page 3\n",
    "編輯",
    "這個 那個 就是說 然後 ",
    "so and then we ",
    "△ ",
    "文 | ",
    "1. [t](u)\n",
]

structured_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=40).map("".join)


def check(text: str) -> None:
    try:
        doc = parse_text(text, name="p")
    except QuizgenError:
        return
    check_document(doc)


def check_document(doc: Document) -> None:
    count = len(doc.lines)
    lines = [b.line for _, b in doc.all_blocks()]
    assert all(1 <= n <= count for n in lines)
    assert lines == sorted(lines)
    assert 0 <= doc.title_line <= count
    assert all(1 <= m.line <= count for m in doc.metadata)
    assert all(1 <= s.line <= count for s in doc.sections)
    assert all(b.raw.strip() for _, b in doc.all_blocks())
    assert all(1 <= d.line <= count for d in doc.dropped)
    show = restore(doc)
    assert all(len(show(b.text)) == len(b.text) for _, b in doc.all_blocks())


@settings(max_examples=max(150, settings.default.max_examples), deadline=None)
@given(structured_text)
def test_parse_text_on_structured_noise_raises_nothing_else(text: str) -> None:
    check(text)


@settings(max_examples=max(100, settings.default.max_examples), deadline=None)
@given(st.text())
def test_parse_text_on_any_text_raises_nothing_else(text: str) -> None:
    check(text)


@settings(max_examples=max(100, settings.default.max_examples), deadline=None)
@given(structured_text)
def test_subtitles_on_structured_noise_raise_nothing(text: str) -> None:
    prep = prepare(text)
    if any(prep.lines):
        check_document(parse_prepared(prep, "p", "p.srt", text.split("\n")))


@settings(max_examples=max(100, settings.default.max_examples), deadline=None)
@given(st.binary(max_size=200))
def test_decode_on_any_bytes_raises_nothing_else(data: bytes) -> None:
    try:
        assert isinstance(decode(data, "b.txt"), str)
    except QuizgenError as exc:
        assert "b.txt" in str(exc)
