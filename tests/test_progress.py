"""Progress bars: drawn on a terminal, nothing at all elsewhere; `quizgen generate` shows one
while generating from a large input on a terminal, and its output is the same either way."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.generate import generate
from quizgen.ingest import parse_text
from quizgen.progress import generate_with_progress, progress_bar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


NOTES = (
    "讲座笔记\n\n## 一、增长\n\n公司营收在2023年达到120亿元，同比增长35%。\n\n"
    "## 二、成本\n\n研发投入占营收的18%。\n"
)


def test_a_bar_is_drawn_on_a_terminal_and_cleared_at_the_end() -> None:
    stream = Terminal()
    with progress_bar("replaying", stream) as update:
        for done in range(4):
            update(done, 3)
    assert "replaying" in stream.getvalue()


def test_nothing_is_written_where_the_stream_is_not_a_terminal() -> None:
    stream = io.StringIO()
    with progress_bar("replaying", stream) as update:
        update(1, 3)
    assert stream.getvalue() == ""


def test_generating_from_a_large_input_shows_a_bar_on_a_terminal_and_the_same_items(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("quizgen.progress.LARGE_INPUT", 10)  # the notes count as large
    docs = [parse_text(NOTES, "notes")]
    stream = Terminal()
    items = generate_with_progress(docs, "deck", stream)
    assert "deck: generating" in stream.getvalue()
    assert items == generate(docs, "deck")


def test_a_small_input_shows_no_bar_even_on_a_terminal() -> None:
    stream = Terminal()
    generate_with_progress([parse_text(NOTES, "notes")], "deck", stream)
    assert stream.getvalue() == ""


def test_generate_command_writes_no_progress_when_stderr_is_not_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("quizgen.progress.LARGE_INPUT", 10)
    seed = tmp_path / "notes.md"
    seed.write_text(NOTES, encoding="utf-8")
    assert main(["generate", str(seed)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert '"question"' in captured.out


def test_generate_reports_every_stage_once_in_order() -> None:
    seen: list[tuple[int, int]] = []
    generate([parse_text(NOTES, "notes")], "deck", progress=lambda done, total: seen.append((done, total)))
    total = seen[-1][1]
    assert seen == [(n, total) for n in range(1, total + 1)]
