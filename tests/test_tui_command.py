"""`quizgen review`: which deck a name or a file opens, and what is synced into the store first
(the app itself is replaced by a stand-in that records how it was started)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from tui_support import ITEMS, NOW

from quizgen.cli import main
from quizgen.decks import itemsfile
from quizgen.decks.itemsfile import Entry, ItemsFile
from quizgen.model import Item
from quizgen.store import Store
from quizgen.tui.app import QuizgenApp

Opened = list[tuple[str | None, str]]


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Opened:
    """The deck and theme each app run was started with, instead of running it."""
    runs: Opened = []

    def run(app: QuizgenApp) -> None:
        runs.append((app.start_deck, app.theme))

    monkeypatch.setattr(QuizgenApp, "run", run)
    return runs


def write_items_file(path: Path, items: Sequence[Item], deck: str = "talk") -> Path:
    entries = tuple(Entry(item, 1_700_000_000) for item in items)
    itemsfile.write(path, itemsfile.render(ItemsFile(deck, entries=entries)))
    return path


def deck_ids(db: Path, deck: str = "talk") -> list[str]:
    with Store.open(db) as store:
        return [item.id for item in store.deck_items(deck)]


def review(*argv: str | Path) -> int:
    return main(["review", *map(str, argv), "--now", NOW.isoformat()])


def test_an_items_file_is_synced_and_its_deck_opened(tmp_path: Path, opened: Opened) -> None:
    db = tmp_path / "q.db"
    items = write_items_file(tmp_path / "talk.items.yaml", ITEMS)
    assert review(items, "--db", db) == 0
    assert opened == [("talk", "textual-dark")]
    assert deck_ids(db) == [item.id for item in ITEMS]
    write_items_file(items, ITEMS[2:])  # a rebuild dropped two items: they are retired
    assert review(items, "--db", db, "--light") == 0
    assert opened[-1] == ("talk", "textual-light")
    assert deck_ids(db) == [item.id for item in ITEMS[2:]]


def test_a_package_opens_through_the_items_file_beside_it(tmp_path: Path, opened: Opened) -> None:
    write_items_file(tmp_path / "talk.items.yaml", ITEMS)
    (tmp_path / "talk.apkg").write_bytes(b"")
    assert review(tmp_path / "talk.apkg", "--db", tmp_path / "q.db") == 0
    assert opened == [("talk", "textual-dark")]


def test_a_package_without_its_items_file_is_an_error_naming_both(
    tmp_path: Path, opened: Opened, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "talk.apkg").write_bytes(b"")
    assert review(tmp_path / "talk.apkg", "--db", tmp_path / "q.db") == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {tmp_path / 'talk.apkg'}: ") and "talk.items.yaml is missing" in err
    assert opened == []


def test_a_deck_name_opens_that_deck_and_an_unknown_one_lists_the_known(
    tmp_path: Path, opened: Opened, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "q.db"
    with Store.open(db) as store:
        store.sync_deck("talk", list(ITEMS), NOW)
    assert review("talk", "--db", db) == 0
    assert review("tlak", "--db", db) == 2
    assert opened == [("talk", "textual-dark")]
    assert "no deck named 'tlak' in the review store (decks: talk)" in capsys.readouterr().err


def test_without_a_deck_the_app_opens_on_the_decks(
    tmp_path: Path, opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no decks/ here
    assert review("--db", tmp_path / "q.db") == 0
    assert opened == [(None, "textual-dark")]
    with Store.open(tmp_path / "q.db") as store:
        assert store.decks() == []


def test_without_a_deck_every_deck_built_in_decks_is_synced_first(
    tmp_path: Path, opened: Opened, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "decks").mkdir()
    write_items_file(tmp_path / "decks" / "talk.items.yaml", ITEMS)
    others = [replace(item, id=f"other-{item.id}", deck="other") for item in ITEMS[:2]]
    write_items_file(tmp_path / "decks" / "other.items.yaml", others, deck="other")
    assert review("--db", tmp_path / "q.db") == 0
    assert opened == [(None, "textual-dark")]
    assert deck_ids(tmp_path / "q.db") == [item.id for item in ITEMS]
    assert deck_ids(tmp_path / "q.db", "other") == [item.id for item in others]
    assert "talk: synced into" in capsys.readouterr().err
    write_items_file(tmp_path / "decks" / "talk.items.yaml", ITEMS[1:])  # the next build: one retired
    assert review("--db", tmp_path / "q.db") == 0
    assert deck_ids(tmp_path / "q.db") == [item.id for item in ITEMS[1:]]


def definition(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "talk.md").write_text("# 访谈\n\n正文。\n", encoding="utf-8")
    (tmp_path / "decks").mkdir()
    path = tmp_path / "decks" / "talk.yaml"
    path.write_text("name: talk\nseeds: ../seeds/talk.md\n", encoding="utf-8")
    return path


def test_a_definition_is_built_when_it_has_no_items_file_then_read_as_built(
    tmp_path: Path, opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def generate(paths: Sequence[Path], deck: str) -> list[Item]:
        calls.append(deck)
        return list(ITEMS)

    monkeypatch.setattr("quizgen.decks.build.generate_items", generate)
    path, db = definition(tmp_path), tmp_path / "q.db"
    assert review(path, "--db", db) == 0
    assert (tmp_path / "decks" / "talk.items.yaml").is_file()
    assert deck_ids(db) == [item.id for item in ITEMS]
    assert review(path, "--db", db) == 0  # up to date: read, not built again
    assert calls == ["talk"]
    (tmp_path / "seeds" / "talk.md").write_text("# 访谈\n\n改过的正文。\n", encoding="utf-8")
    assert review(path, "--db", db) == 0  # a seed changed: built again
    assert calls == ["talk", "talk"]
    assert opened == [("talk", "textual-dark")] * 3
