"""The command line's contract: help works, errors are one line and exit 2."""

from __future__ import annotations

import pytest

from quizgen.cli import main


def test_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    assert "quizgen" in capsys.readouterr().out


def test_no_command_prints_usage_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err


def test_a_bug_of_ours_is_one_line_and_exit_70_unless_debugging(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import quizgen.commands.inspect as inspect_command

    def broken(args: object) -> int:
        raise ValueError("could not convert string to float: '2001.2.3'\nsecond line")

    monkeypatch.setattr(inspect_command, "run", broken)
    monkeypatch.delenv("QUIZGEN_DEBUG", raising=False)
    assert main(["inspect", "notes.md"]) == 70
    err = capsys.readouterr().err
    assert err.startswith("internal error: ValueError: could not convert") and err.count("\n") == 1
    assert "Traceback" not in err and "QUIZGEN_DEBUG=1" in err
    monkeypatch.setenv("QUIZGEN_DEBUG", "1")
    with pytest.raises(ValueError):
        main(["inspect", "notes.md"])
