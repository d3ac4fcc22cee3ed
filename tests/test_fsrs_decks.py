"""The deck-definition keys `scheduler: sm2|fsrs` and `desired_retention:` (FSRS only): checked
strictly with errors naming the file and the key, and applied to the store when a definition's
deck is synced or reviewed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_support import at, make_items

from quizgen.cli import main
from quizgen.decks import itemsfile, load_definition
from quizgen.decks.itemsfile import Entry, ItemsFile
from quizgen.decks.sync import sync_store
from quizgen.errors import QuizgenError
from quizgen.store import Store
from quizgen.tui.app import QuizgenApp


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


def built_definition(tmp_path: Path, extra: str) -> Path:
    """decks/talk.yaml with its items file beside it, as a build leaves them."""
    folder = tmp_path / "decks"
    folder.mkdir(exist_ok=True)
    path = folder / "talk.yaml"
    path.write_text(f"name: talk\nseeds: talk.md\n{extra}", encoding="utf-8")
    entries = tuple(Entry(item, 1_700_000_000) for item in make_items(3))
    itemsfile.write(folder / "talk.items.yaml", itemsfile.render(ItemsFile("talk", entries=entries)))
    return path


def test_syncing_a_definition_applies_its_scheduler_keys_and_keeps_every_review(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "q.db")
    path = built_definition(tmp_path, "")
    sync_store(store, load_definition(path), at(1, 5))
    store.record_answer("talk-000", 4, at(2))
    assert (store.deck_settings("talk").scheduler, store.deck_settings("talk").options) == ("sm2", "{}")

    built_definition(tmp_path, "scheduler: fsrs\ndesired_retention: 0.85\n")
    sync_store(store, load_definition(path), at(3))
    settings = store.deck_settings("talk")
    assert (settings.scheduler, json.loads(settings.options)) == ("fsrs", {"desired_retention": 0.85})
    assert store.scheduler("talk").grades[0].label == "again"

    built_definition(tmp_path, "scheduler: fsrs\n")  # the line removed: back to FSRS's default
    sync_store(store, load_definition(path), at(4))
    assert json.loads(store.deck_settings("talk").options) == {"desired_retention": 0.9}

    built_definition(tmp_path, "")
    sync_store(store, load_definition(path), at(5))
    assert store.deck_settings("talk").scheduler == "sm2"
    assert store.stats("talk", at(5)).reviews_30d == 1
    assert [p.scheduler for p in store.scheduler_history("talk")] == ["sm2", "fsrs", "fsrs", "sm2"]


def test_reviewing_a_definition_schedules_its_deck_as_it_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(QuizgenApp, "run", lambda app: None)
    path, db = built_definition(tmp_path, "scheduler: fsrs\n"), tmp_path / "q.db"
    # The items file stands as built (no build, no generator).
    monkeypatch.setattr("quizgen.commands.review.current_items_file", lambda d: itemsfile.read(d.items_path))
    assert main(["review", str(path), "--db", str(db), "--now", "2024-03-10T10:00+08:00"]) == 0
    assert "talk: scheduled with fsrs, every review kept" in capsys.readouterr().err
    with Store.open(db) as store:
        assert store.deck_settings("talk").scheduler == "fsrs"
    assert main(["review", str(path), "--db", str(db), "--now", "2024-03-10T10:05+08:00"]) == 0
    assert "scheduled with" not in capsys.readouterr().err  # nothing changed: nothing said


def test_a_definitions_daily_limits_reach_the_review_store_when_written(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "q.db")
    path = built_definition(tmp_path, "new_per_day: 2\nreviews_per_day: 0\n")
    sync_store(store, load_definition(path), at(1))
    settings = store.deck_settings("talk")
    assert (settings.new_per_day, settings.reviews_per_day) == (2, 0)
    assert len(store.start_session("talk", at(1)).queue) == 2  # 3 new items, 2 a day
    path.write_text("name: talk\nseeds: talk.md\n", encoding="utf-8")  # not written: left as they are
    sync_store(store, load_definition(path), at(2))
    assert store.deck_settings("talk").new_per_day == 2


@pytest.mark.parametrize("value", ["-1", "many", "true", "1.5"])
def test_a_bad_daily_limit_is_one_error_naming_the_key(tmp_path: Path, value: str) -> None:
    path = built_definition(tmp_path, f"new_per_day: {value}\n")
    with pytest.raises(QuizgenError, match=r"talk\.yaml: new_per_day: expected a whole number"):
        load_definition(path)
