"""The typed-answer verdict: right, close or wrong, then what was typed against what was expected,
with the extra, missing and wrong characters marked (see `quizgen.answers`)."""

from __future__ import annotations

from textual.content import Content

from quizgen.answers import Comparison, Span

_TYPED_STYLE = {"same": "", "extra": "$text-error strike", "wrong": "$text-error bold", "missing": ""}
_EXPECTED_STYLE = {
    "same": "",
    "extra": "",
    "wrong": "$text-success bold",
    "missing": "$text-success bold underline",
}


def verdict(comparison: Comparison) -> Content:
    if comparison.correct:
        return Content.styled("✓ Right", "$text-success bold")
    if comparison.near:
        return Content.styled("≈ Close: a typo or a left-out word?", "$text-warning bold")
    return Content.styled("✗ Not quite", "$text-error bold")


def _line(label: str, spans: tuple[Span, ...], typed: bool) -> Content:
    styles = _TYPED_STYLE if typed else _EXPECTED_STYLE
    parts: list[str | tuple[str, str]] = [(label, "dim")]
    for span in spans:
        text = span.typed if typed else span.expected
        if text:
            parts.append((text, styles[span.kind]))
    if typed and not any(span.typed for span in spans):
        parts.append(("(nothing)", "dim italic"))
    return Content.assemble(*parts)


def render_comparison(comparison: Comparison) -> Content:
    """A right answer: the verdict and what was typed, on one line. Otherwise three lines: the
    verdict, the typed text and the expected text, differences marked."""
    if comparison.correct:
        return Content.assemble(verdict(comparison), ("  " + comparison.typed.strip(), "dim"))
    lines = [
        verdict(comparison),
        _line("typed     ", comparison.spans, typed=True),
        _line("expected  ", comparison.spans, typed=False),
    ]
    return Content("\n").join(lines)
