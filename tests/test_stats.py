"""`quizgen stats`: the figures of a store made here (worked out by hand), and one-line errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from store_support import at, make_items

from quizgen.cli import main
from quizgen.store import Store

NOW = "2024-03-10T12:00:00+08:00"


def make_store(path: Path) -> None:
    # talk-000: 9th g5 -> due 10th (today). talk-001: 8th g5 -> due 9th; 9th g3 -> (2, 2.46, 6),
    # due 15th (within 7 days). talk-002: 9th g1 -> lapse, due 10th. talk-003: new.
    with Store.open(path) as store:
        store.sync_deck("talk", make_items(4), at(1))
        store.record_answer("talk-001", 5, at(8))
        store.record_answer("talk-000", 5, at(9))
        store.record_answer("talk-001", 3, at(9))
        store.record_answer("talk-002", 1, at(9))


def figures(out: str) -> dict[str, str]:
    rows = [line.strip().rsplit("  ", 1) for line in out.splitlines()[1:]]
    return {label.strip(): value.strip() for label, value in rows}


def test_stats_prints_due_counts_retention_and_streak(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_store(tmp_path / "q.db")
    assert main(["stats", "--db", str(tmp_path / "q.db"), "--now", NOW]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "All decks, study day 2024-03-10"
    assert figures(out) == {
        "Due today": "2",
        "Due within 7 days": "3",
        "Due within 30 days": "3",
        "New": "1",
        "Learning (interval < 21 d)": "3",
        "Mature (interval >= 21 d)": "0",
        "Reviews, last 30 days": "4",
        "Retention, last 30 days": "100.0%",  # one review of a seen item (talk-001, grade 3)
        "Daily streak": "2 days",  # the 8th and 9th; today not yet
    }


def test_stats_for_one_deck_names_it_and_its_scheduler(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_store(tmp_path / "q.db")
    assert main(["stats", "--deck", "talk", "--db", str(tmp_path / "q.db"), "--now", NOW]) == 0
    assert capsys.readouterr().out.startswith("Deck talk (sm2), study day 2024-03-10\n")


def test_stats_finds_the_store_through_quizgen_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path))
    make_store(tmp_path / "quizgen.db")
    assert main(["stats", "--now", NOW]) == 0
    assert figures(capsys.readouterr().out)["New"] == "1"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--deck", "book"], "no deck named 'book'"),
        (["--now", "yesterday"], "--now: not an ISO date"),
    ],
)
def test_stats_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    make_store(tmp_path / "q.db")
    assert main(["stats", "--db", str(tmp_path / "q.db"), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1


def test_stats_on_a_missing_store_says_so_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", "--db", str(tmp_path / "none.db")]) == 2
    assert "none.db: no such file" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_stats_on_a_corrupt_file_is_an_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "q.db").write_bytes(b"\x00garbage" * 600)
    assert main(["stats", "--db", str(tmp_path / "q.db")]) == 2
    assert "not a quizgen review store" in capsys.readouterr().err


def test_due_within_counts_what_the_forecast_counts(tmp_path: Path) -> None:
    """The summary's cheap 'due by tomorrow' equals the first two forecast days of the statistics."""
    from quizgen.model import Item, Source

    store = Store.open(tmp_path / "s.db")
    now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    items = [
        Item(
            id=f"i{n}",
            deck="d",
            kind="figure",
            type="basic",
            question=f"q{n}",
            answer=f"a{n}",
            explanation="",
            source=Source("doc", "", n + 1),
        )
        for n in range(6)
    ]
    store.sync_deck("d", items, now)
    for n, grade in enumerate([5, 5, 2, 4, 1, 5]):
        store.record_answer(f"i{n}", grade, now)
    later = now + timedelta(days=1)
    forecast = store.stats("d", later).forecast
    assert store.due_within("d", later, days=2) == forecast[0] + forecast[1]
    assert store.due_within("d", later, days=1) == forecast[0] > 0
    assert store.due_within(None, later, days=2) == forecast[0] + forecast[1]


def test_an_item_to_repeat_today_is_due_today_and_counted_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # SM-2 step 7: an item graded below 4 is asked again today, whenever its schedule says next.
    with Store.open(tmp_path / "q.db") as store:
        store.sync_deck("talk", make_items(3), at(10, 9))
        store.record_answer("talk-000", 3, at(10, 11))  # to repeat; scheduled tomorrow
        store.record_answer("talk-001", 5, at(10, 11))  # done for today
    assert main(["stats", "--db", str(tmp_path / "q.db"), "--now", NOW]) == 0
    shown = figures(capsys.readouterr().out)
    assert (shown["Due today"], shown["Due within 7 days"], shown["New"]) == ("1", "2", "1")
    with Store.open(tmp_path / "q.db") as store:
        store.record_answer("talk-000", 4, at(10, 11, 30))  # repeated well: no longer due today
        assert store.stats("talk", at(10, 12)).due_today == 0
