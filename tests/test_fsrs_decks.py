"""The deck-definition keys `scheduler: sm2|fsrs` and `desired_retention:` (FSRS only), checked
strictly with errors naming the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.decks import load_definition
from quizgen.errors import QuizgenError


def definition(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "talk.yaml"
    path.write_text(f"name: Talk\nseeds: talk.md\n{extra}", encoding="utf-8")
    return path


def test_a_deck_is_scheduled_with_sm2_unless_its_definition_says_fsrs(tmp_path: Path) -> None:
    plain = load_definition(definition(tmp_path, ""))
    assert (plain.scheduler, plain.desired_retention) == ("sm2", None)
    fsrs = load_definition(definition(tmp_path, "scheduler: fsrs\n"))
    assert (fsrs.scheduler, fsrs.desired_retention) == ("fsrs", 0.9)  # FSRS's default retention
    tuned = load_definition(definition(tmp_path, "scheduler: fsrs\ndesired_retention: 0.85\n"))
    assert tuned.desired_retention == 0.85


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("scheduler: anki\n", r"talk\.yaml: scheduler: expected sm2 or fsrs, got str 'anki'"),
        ("desired_retention: 0.9\n", r"talk\.yaml: desired_retention: only for scheduler: fsrs"),
        ("scheduler: fsrs\ndesired_retention: 90\n", r"talk\.yaml: desired_retention is a number from 0\.70"),
        ("scheduler: fsrs\ndesired_retention: high\n", r"talk\.yaml: desired_retention is a number"),
        ("scheduler: fsrs\ndesired_retention: true\n", r"talk\.yaml: desired_retention is a number"),
    ],
)
def test_scheduler_keys_are_checked(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(QuizgenError, match=message):
        load_definition(definition(tmp_path, extra))
