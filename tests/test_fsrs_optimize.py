"""`quizgen optimize DECK`: one line on how to install the optimizer when torch is missing, and,
with an optimizer (a stand-in here: the real one needs torch), parameters fitted to the deck's
log, kept in its options and used to reschedule it."""

from __future__ import annotations

import importlib.util
import json
from datetime import UTC
from pathlib import Path
from typing import ClassVar

import fsrs as py_fsrs
import fsrs.optimizer
import pytest
from fsrs.scheduler import DEFAULT_PARAMETERS
from store_support import at, make_items

from quizgen.cli import main
from quizgen.store import Store

NOW = "2024-03-20T10:00+08:00"
FITTED = [0.5, *DEFAULT_PARAMETERS[1:]]  # w0 (initial stability after Again) moved, within its bounds


def make_store(path: Path, scheduler: str) -> None:
    with Store.open(path) as store:
        store.sync_deck("talk", make_items(2), at(1, 5))
        store.configure_deck("talk", scheduler=scheduler, fuzz=False, now=at(1, 5))
        grades = (1, 3, 3) if scheduler == "fsrs" else (1, 4, 5)
        for day, grade in zip((2, 3, 6), grades, strict=True):
            store.record_answer("talk-000", grade, at(day))
        store.record_answer("talk-001", grades[2], at(2))


class StandIn:
    """Takes review logs as py-fsrs's Optimizer does and returns FITTED."""

    seen: ClassVar[list[py_fsrs.ReviewLog]] = []
    result: ClassVar[list[float]] = FITTED

    def __init__(self, review_logs: list[py_fsrs.ReviewLog]) -> None:
        StandIn.seen = list(review_logs)

    def compute_optimal_parameters(self, verbose: bool = False) -> list[float]:
        return list(StandIn.result)


@pytest.mark.skipif(importlib.util.find_spec("torch") is not None, reason="the optimizer is installed")
def test_without_the_optimizer_one_line_says_how_to_install_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_store(tmp_path / "q.db", "fsrs")
    assert main(["optimize", "talk", "--db", str(tmp_path / "q.db")]) == 2
    err = capsys.readouterr().err
    install = 'pip install "fsrs[optimizer]"'
    assert err == f"error: quizgen optimize needs the FSRS optimizer (it pulls in torch): {install}\n"


def test_fitted_parameters_are_kept_and_reschedule_an_fsrs_deck(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fsrs.optimizer, "Optimizer", StandIn)
    make_store(tmp_path / "q.db", "fsrs")
    assert main(["optimize", "talk", "--db", str(tmp_path / "q.db"), "--now", NOW]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "talk: FSRS fitted to 4 answers of 2 items; the deck uses it now"
    assert [(log.card_id, int(log.rating)) for log in StandIn.seen] == [(1, 1), (1, 3), (1, 3), (2, 3)]
    with Store.open(tmp_path / "q.db") as store:
        assert json.loads(store.deck_settings("talk").options)["parameters"] == FITTED
        state = store._conn.execute("SELECT state FROM states WHERE item_id = 'talk-000'").fetchone()[0]
    direct = py_fsrs.Scheduler(FITTED, enable_fuzzing=False)
    logs = [
        py_fsrs.ReviewLog(0, py_fsrs.Rating(r), at(d).astimezone(UTC), None)
        for d, r in [(2, 1), (3, 3), (6, 3)]
    ]
    card = direct.reschedule_card(py_fsrs.Card(card_id=0, due=at(2).astimezone(UTC)), logs)
    assert json.loads(state) == card.to_dict()
    assert (
        card.to_dict()
        != py_fsrs.Scheduler(enable_fuzzing=False)
        .reschedule_card(py_fsrs.Card(card_id=0, due=at(2).astimezone(UTC)), logs)
        .to_dict()
    )  # the new parameters did change the state


def test_an_sm2_deck_keeps_the_parameters_for_when_it_switches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fsrs.optimizer, "Optimizer", StandIn)
    make_store(tmp_path / "q.db", "sm2")
    assert main(["optimize", "talk", "--db", str(tmp_path / "q.db"), "--now", NOW]) == 0
    assert "the deck uses it once it uses scheduler: fsrs" in capsys.readouterr().out
    assert [int(log.rating) for log in StandIn.seen] == [1, 3, 4, 4]  # SM-2's 1, 4, 5 and 5
    with Store.open(tmp_path / "q.db") as store:
        assert store.deck_settings("talk").scheduler == "sm2"
        store.configure_deck("talk", scheduler="fsrs", now=at(20))
        assert store.scheduler("talk").fsrs.parameters == tuple(FITTED)  # type: ignore[attr-defined]


def test_too_few_reviews_keep_the_defaults(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fsrs.optimizer, "Optimizer", StandIn)
    monkeypatch.setattr(StandIn, "result", list(DEFAULT_PARAMETERS))  # what py-fsrs returns then
    make_store(tmp_path / "q.db", "fsrs")
    assert main(["optimize", "talk", "--db", str(tmp_path / "q.db"), "--now", NOW]) == 0
    assert capsys.readouterr().out == "talk: 4 answers are too few to fit FSRS to; it keeps its defaults\n"
    with Store.open(tmp_path / "q.db") as store:
        assert "parameters" not in json.loads(store.deck_settings("talk").options)
