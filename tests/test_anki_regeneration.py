"""Rebuilding a deck after its seed changed, then importing it into a real Anki collection that
the learner has studied: changed notes update in place, new ones are added, nothing is
duplicated, retired ones stay (tagged), review history survives, and an unchanged rebuild
leaves the learner's notes alone. Uses the stand-in generator (`ankikit.mini_generate`)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from ankikit import MINI_SEED, fresh_collection, import_apkg, mini_generate, notes_by_guid, warnings_in

from quizgen.decks import build_deck, load_definition

pytest.importorskip("anki")

T0 = 1_700_000_000
T1 = T0 + 86_400

EDITED_SEED = (
    MINI_SEED.replace("[200 亿美元]", "[300 亿美元]")  # a figure changes
    .replace("顶尖人才的聚集与协作能力", "顶尖人才的集中程度")  # a framework's definition changes
    .replace(  # a section is deleted
        "== 主题二：商业模式 ==\n"
        "term: 向上的竞赛 = 以负责任的做法带动整个行业提升标准\n"
        "fig: API 收入约占 [60-75%]，应用业务也在增长。\n",
        "",
    )
    + "== 主题四：新增章节 ==\n"  # and one is added
    + "term: 正和竞争 = 让技术造福更多人的竞争\n"
    + "fig: 新的模型每年训练 [3 次]。\n"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "talk.txt").write_text(MINI_SEED, encoding="utf-8")
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "talk.yaml").write_text(
        "name: Talks::Mini\nseeds: ../seeds/talk.txt\n", encoding="utf-8"
    )
    return tmp_path


@pytest.fixture
def col(tmp_path: Path) -> Any:
    collection = fresh_collection(tmp_path / "anki")
    yield collection
    collection.close()


def study(col: Any, deck: str, answers: int) -> dict[int, int]:
    """Answer `answers` cards 'Good' with the collection's scheduler; card id -> revlog entries."""
    col.decks.select(col.decks.id_for_name(deck))
    for _ in range(answers):
        card = col.sched.getCard()
        col.sched.answerCard(card, 3)
    reviewed = col.db.list("SELECT DISTINCT cid FROM revlog")
    return {cid: col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", cid) for cid in reviewed}


def test_a_rebuilt_deck_updates_the_studied_collection_in_place(project: Path, col: Any) -> None:
    definition = load_definition(project / "decks" / "talk.yaml")
    first = build_deck(definition, now=T0, generator=mini_generate)
    log = import_apkg(col, definition.apkg_path)
    assert warnings_in(log) == {} and len(log.new) == first.notes == col.note_count() == 9
    assert col.card_count() == first.cards == 12
    history = study(col, "Talks::Mini", answers=12)
    assert len(history) == 12
    before = notes_by_guid(col)

    (project / "seeds" / "talk.txt").write_text(EDITED_SEED, encoding="utf-8")
    second = build_deck(definition, now=T1, generator=mini_generate)
    changes = second.changes
    assert sorted((old.answer, new.answer) for old, new in changes.changed) == [
        ("200 亿美元", "300 亿美元"),
        ("200 亿美元", "300 亿美元"),
        ("顶尖人才的聚集与协作能力", "顶尖人才的集中程度"),
    ]
    assert len(changes.added) == 3 and len(changes.retired) == 3
    log = import_apkg(col, definition.apkg_path)
    assert warnings_in(log) == {} and len(log.new) == 3 and len(log.duplicate) == changes.unchanged

    after = notes_by_guid(col)
    assert col.note_count() == len(after) == 12 == second.notes  # nothing duplicated
    assert {g: n.id for g, n in after.items() if g in before} == {g: n.id for g, n in before.items()}
    for old, new in changes.changed:
        field = "Text" if new.type == "cloze" else "Answer"
        assert after[new.id].id == before[old.id].id
        assert new.answer in after[new.id][field] and old.answer not in after[new.id][field]
    for gone in changes.retired:
        assert "quizgen::retired" in after[gone.id].tags
    for added in changes.added:
        assert added.id not in before and "quizgen::retired" not in after[added.id].tags
    # every answered card is still there, with its whole review history and its schedule
    assert {cid: col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", cid) for cid in history} == history
    assert all(col.get_card(cid).type != 0 for cid in history)


def test_an_unchanged_rebuild_leaves_the_learners_notes_and_edits_alone(project: Path, col: Any) -> None:
    definition = load_definition(project / "decks" / "talk.yaml")
    build_deck(definition, now=T0, generator=mini_generate)
    import_apkg(col, definition.apkg_path)
    guid, note = next(iter(notes_by_guid(col).items()))
    note["Extra"] = "my mnemonic"
    note.tags.append("my-tag")
    col.update_note(note)
    mods = {g: n.mod for g, n in notes_by_guid(col).items()}

    definition.apkg_path.unlink()  # force a fresh package from the unchanged items
    again = build_deck(definition, now=T1, generator=mini_generate)
    assert again.written and again.changes.unchanged == 9
    log = import_apkg(col, definition.apkg_path)
    assert not log.updated and not log.new and len(log.duplicate) == 9
    assert {g: n.mod for g, n in notes_by_guid(col).items()} == mods
    kept = notes_by_guid(col)[guid]
    assert kept["Extra"] == "my mnemonic" and "my-tag" in kept.tags


def test_deleting_a_paragraph_near_the_top_leaves_the_notes_below_and_their_edits_alone(
    project: Path, col: Any
) -> None:
    definition = load_definition(project / "decks" / "talk.yaml")
    first = build_deck(definition, now=T0, generator=mini_generate)
    import_apkg(col, definition.apkg_path)
    gone_line = next(n for n, line in enumerate(MINI_SEED.splitlines(), 1) if line.startswith("fig: "))
    below = {e.item.id for e in first.items_file.entries if e.item.source.line > gone_line}
    edited = next(e.item.id for e in first.items_file.entries if e.item.source.line == 8)
    note = notes_by_guid(col)[edited]
    note["Extra"] = "my mnemonic"
    col.update_note(note)
    mods = {g: n.mod for g, n in notes_by_guid(col).items()}

    lines = MINI_SEED.splitlines(keepends=True)
    (project / "seeds" / "talk.txt").write_text("".join(lines[: gone_line - 1] + lines[gone_line:]), "utf-8")
    later = int(time.time()) + 3600  # newer than the learner's edit: a changed note would win
    second = build_deck(definition, now=later, generator=mini_generate)
    assert len(below) == 6 and second.changes.unchanged == len(first.items_file.entries) - 2
    assert not second.changes.moved and not second.changes.changed
    assert {e.item.id: e.item.source.line for e in second.items_file.entries if e.item.id == edited} == {
        edited: 7
    }
    log = import_apkg(col, definition.apkg_path)
    # updated: only the deleted paragraph's notes (now tagged retired); fields[-1] is ItemId
    updated = {u.fields[-1] for u in log.updated}
    assert updated == {item.id for item in second.changes.retired} and not updated & below
    after = notes_by_guid(col)
    assert after[edited]["Extra"] == "my mnemonic"
    assert {g: after[g].mod for g in below} == {g: mods[g] for g in below}
