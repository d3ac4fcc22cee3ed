"""`quizgen.decks.sync_store`: a built deck into the review store, from an items file (read or
by path) or a definition; a definition never built is a one-line error."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from ankikit import MINI_SEED, mini_generate
from regenkit import mini_project

from quizgen.decks import build_deck, load_definition, sync_store
from quizgen.errors import QuizgenError
from quizgen.store import Store

NOW = datetime(2024, 3, 10, 10, 0, tzinfo=UTC)


def test_a_definition_never_built_is_an_error_naming_it(tmp_path: Path) -> None:
    definition = load_definition(mini_project(tmp_path))
    with Store.open(tmp_path / "q.db") as store, pytest.raises(QuizgenError) as caught:
        sync_store(store, definition, NOW)
    assert str(caught.value).startswith(f"{definition.path}: not built yet")


def test_each_kind_of_built_deck_syncs_the_same_current_items(tmp_path: Path) -> None:
    definition = load_definition(mini_project(tmp_path))
    build_deck(definition, now=1_700_000_000, generator=mini_generate)
    seed = tmp_path / "seeds" / "talk.txt"
    seed.write_text(MINI_SEED.replace("term: 人才密度 = 顶尖人才的聚集与协作能力\n", ""), encoding="utf-8")
    second = build_deck(definition, now=1_700_000_060, generator=mini_generate)
    assert len(second.items_file.retired) == 1
    for n, built in enumerate((second.items_file, definition.items_path, definition)):
        with Store.open(tmp_path / f"{n}.db") as store:
            report = sync_store(store, built, NOW)  # type: ignore[arg-type]
            assert (report.deck, report.added, report.retired) == ("Talks::Mini", 8, 0)
            assert [i.id for i in store.deck_items("Talks::Mini")] == [
                e.item.id for e in second.items_file.entries
            ]
