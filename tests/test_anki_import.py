"""Hand-made items through the .apkg and the CSV into a real Anki collection (the official
`anki` package): counts, rendering, cloze cards, deck names, tags, zero warnings, and what a
re-import does to notes a learner has edited."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from ankikit import (
    assert_cards_show_their_items,
    cards_made,
    fresh_collection,
    hand_items,
    import_apkg,
    notes_by_guid,
    visible_text,
    warnings_in,
)

from quizgen.export.apkg import write_apkg
from quizgen.export.csv import write_csv
from quizgen.export.notes import note_for, tags_for
from quizgen.model import Item

pytest.importorskip("anki")

DECK = "Quizgen Tests::Hand made"
T0 = 1_700_000_000


@pytest.fixture
def col(tmp_path: Path) -> Any:
    collection = fresh_collection(tmp_path / "anki")
    yield collection
    collection.close()


def export(tmp_path: Path, items: list[Item], mod: int = T0, name: str = "deck.apkg") -> Path:
    path = tmp_path / name
    write_apkg(path, DECK, [note_for(i, mod=mod) for i in items])
    return path


def test_every_note_and_card_arrives_without_a_warning(tmp_path: Path, col: Any) -> None:
    items = hand_items()
    log = import_apkg(col, export(tmp_path, items))
    assert warnings_in(log) == {}
    assert len(log.new) == len(items) and not log.updated and not log.duplicate
    assert col.note_count() == len(items)
    assert col.card_count() == sum(cards_made(i) for i in items) == 8
    assert not col.get_empty_cards().notes


def test_cards_land_in_the_named_deck_with_its_parent(tmp_path: Path, col: Any) -> None:
    import_apkg(col, export(tmp_path, hand_items()))
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {"Quizgen Tests", DECK} <= names
    assert {col.get_card(c).did for c in col.find_cards("")} == {col.decks.id_for_name(DECK)}


def test_notes_carry_the_items_tags(tmp_path: Path, col: Any) -> None:
    import_apkg(col, export(tmp_path, hand_items()))
    notes = notes_by_guid(col)
    for item in hand_items():
        assert sorted(notes[item.id].tags, key=str.casefold) == list(tags_for(item))


def test_every_card_renders_a_question_and_a_different_answer_with_the_items_text(
    tmp_path: Path, col: Any
) -> None:
    import_apkg(col, export(tmp_path, hand_items()))
    assert_cards_show_their_items(col, hand_items())


def test_html_in_items_shows_as_text_not_markup(tmp_path: Path, col: Any) -> None:
    import_apkg(col, export(tmp_path, hand_items()))
    card = notes_by_guid(col)["qg-basic-html"].cards()[0]
    assert "<b>talent density</b>" in visible_text(card.question())
    assert "<b>talent" not in card.question()


def test_a_list_hidden_member_by_member_is_one_card_showing_every_blank(tmp_path: Path, col: Any) -> None:
    listed = dataclasses.replace(
        hand_items()[0],
        id="qg-cloze-list",
        kind="framework",
        question="作者把信息分为四层：[…]、[…]、[…]和[…]。",
        answer="数据、信息、知识和智慧",
        cloze="作者把信息分为四层：{{c1::数据}}、{{c1::信息}}、{{c1::知识}}和{{c1::智慧}}。",
    )
    import_apkg(col, export(tmp_path, [listed]))
    [card] = notes_by_guid(col)["qg-cloze-list"].cards()
    front, back = visible_text(card.question()), visible_text(card.answer())
    assert front.count("[...]") == 4 and not any(w in front for w in ("数据", "信息、", "知识", "智慧"))
    assert all(word in back for word in ("数据", "信息", "知识", "智慧"))


def test_reimporting_an_unchanged_deck_leaves_the_learners_edits_alone(tmp_path: Path, col: Any) -> None:
    items = hand_items()
    import_apkg(col, export(tmp_path, items))
    note = notes_by_guid(col)["qg-person"]
    note["Extra"] = "my own mnemonic"
    note.tags.append("mine")
    col.update_note(note)
    log = import_apkg(col, export(tmp_path, items, name="again.apkg"))
    assert len(log.duplicate) == len(items) and not log.updated and not log.new
    again = notes_by_guid(col)["qg-person"]
    assert again["Extra"] == "my own mnemonic" and "mine" in again.tags


def test_a_note_whose_content_changed_later_is_updated_in_place(tmp_path: Path, col: Any) -> None:
    items = hand_items()
    import_apkg(col, export(tmp_path, items))
    before = {guid: note.id for guid, note in notes_by_guid(col).items()}
    changed = dataclasses.replace(items[5], answer="Reed Albergotti (Semafor)")
    notes = [note_for(i, mod=T0) for i in items[:5]] + [note_for(changed, mod=T0 + 3600)]
    write_apkg(tmp_path / "v2.apkg", DECK, notes)
    log = import_apkg(col, tmp_path / "v2.apkg")
    assert len(log.updated) == 1 and len(log.duplicate) == 5 and warnings_in(log) == {}
    after = notes_by_guid(col)
    assert {guid: note.id for guid, note in after.items()} == before
    assert after["qg-person"]["Answer"] == "Reed Albergotti (Semafor)"


def test_the_text_import_file_adds_notes_once_the_note_types_exist(tmp_path: Path, col: Any) -> None:
    from anki.collection import ImportCsvRequest

    items = hand_items()
    # Anki imports a package's note types only with notes that use them: one of each type first.
    first, rest = [items[0], items[3], items[4]], [items[1], items[2], items[5]]
    import_apkg(col, export(tmp_path, first))
    path = tmp_path / "deck.csv"
    write_csv(path, DECK, [note_for(i) for i in rest])
    metadata = col.get_csv_metadata(str(path), None)
    log = col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log
    assert warnings_in(log) == {} and len(log.new) == len(rest)
    assert col.card_count() == sum(cards_made(i) for i in items)
    notes = notes_by_guid(col)
    assert notes["qg-cloze-two"]["Text"] == "该疾病的治愈率从 {{c1::50%}} 提升到了约 {{c2::95%}}。"
    assert sorted(notes["qg-basic-html"].tags, key=str.casefold) == list(tags_for(items[2]))
