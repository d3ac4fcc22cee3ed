"""What a new user meets first: `build` takes the paths `diff`/`review`/`quiz` take, errors are one
line naming what is wrong, every command says what it does, and a printed sheet lands in a file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from ankikit import mini_generate
from regenkit import mini_project
from test_quiz_command import items_file, quiz

from quizgen.cli import main


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    mini_project(tmp_path, "name: Talks::Mini\nseeds: ../seeds/*.txt\n")
    monkeypatch.setattr("quizgen.decks.build.generate_items", mini_generate)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    return err


def test_build_takes_a_definition_by_path(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "decks/talk.yaml"]) == 0
    assert "Talks::Mini: 9 notes" in capsys.readouterr().out
    assert (project / "decks" / "talk.apkg").is_file()


def test_build_of_a_definition_outside_the_decks_folder(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "other").mkdir()
    (project / "other" / "x.yaml").write_text("name: X\nseeds: ../seeds/talk.txt\n", encoding="utf-8")
    assert main(["build", str(project / "other" / "x.yaml")]) == 0
    assert (project / "other" / "x.apkg").is_file()


def test_a_malformed_definition_named_by_path_reports_its_yaml_error(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "decks" / "bad.yaml").write_text("name: X\nseeds: [a, b\n", encoding="utf-8")
    assert main(["build", "decks/bad.yaml"]) == 2
    err = one_line_error(capsys)
    assert "decks/bad.yaml: line" in err and "invalid YAML" in err


def test_a_missing_definition_named_by_path_says_it_cannot_be_read(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "decks/nope.yaml"]) == 2
    assert "decks/nope.yaml: cannot read" in one_line_error(capsys)


@pytest.mark.parametrize("command", ["build", "diff"])
def test_a_missing_seed_prints_only_the_error(
    project: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    (project / "decks" / "gone.yaml").write_text(
        "name: Missing\nseeds: ../seeds/gone.txt\n", encoding="utf-8"
    )
    assert main([command, "decks/gone.yaml"]) == 2
    err = one_line_error(capsys)
    assert "gone.yaml: seeds: '../seeds/gone.txt' matches no file" in err and "generating" not in err


def test_stats_on_a_named_store_that_does_not_exist_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nodir" / "x.db"
    assert main(["stats", "--db", str(missing)]) == 2
    err = one_line_error(capsys)
    assert f"{missing}: no such file" in err and "review a deck first" not in err
    assert not missing.parent.exists()


@pytest.mark.parametrize("command", ["generate", "build", "export", "diff", "review", "stats", "quiz"])
def test_every_command_describes_itself_in_its_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    between = out.split("\n\n")[1]  # usage, then the description, then the arguments
    assert not between.startswith(("positional", "options")) and len(between.split()) >= 8


def test_generate_help_says_md_makes_a_quiz_sheet(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["generate", "--help"])
    assert "quiz sheet" in " ".join(capsys.readouterr().out.split())


def test_a_printed_html_sheet_on_a_terminal_goes_to_a_file_named_after_the_deck(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = items_file(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert quiz(source, "--print", "--seed", "4") == 0
    out = capsys.readouterr()
    written = sorted(tmp_path.glob("*-quiz-4.html"))
    assert len(written) == 1 and written[0].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert out.out == "" and f"written to {written[0].name}" in out.err


def test_a_printed_markdown_sheet_on_a_terminal_is_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = items_file(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert quiz(source, "--print", "--format", "md", "--seed", "4") == 0
    assert capsys.readouterr().out.startswith("# ") and not list(tmp_path.glob("*-quiz-*"))
