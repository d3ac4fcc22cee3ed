"""The items file: a readable, byte-stable record of a deck's items, carrying each note's
change time over while its content is unchanged, and remembering retired items."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from ankikit import hand_items

from quizgen.decks import itemsfile
from quizgen.decks.itemsfile import Entry, Input, ItemsFile, stamp
from quizgen.errors import QuizgenError
from quizgen.export import plain
from quizgen.model import Source

T0 = 1_700_000_000  # 2023-11-14T22:13:20Z
DAY = 86_400


def first_build() -> ItemsFile:
    items_file, _ = stamp(hand_items(), None, T0, deck="Test::Hand", inputs=[Input("d.yaml", "ab12")])
    return items_file


def test_the_file_reads_back_exactly_what_was_written(tmp_path: Path) -> None:
    built = dataclasses.replace(
        first_build(),
        description="描述 with <html> & 'quotes'",
        retired=(Entry(dataclasses.replace(hand_items()[0], id="qg-old", anchor="旧的锚"), T0 - DAY),),
    )
    path = tmp_path / "d.items.yaml"
    itemsfile.write(path, itemsfile.render(built))
    again = itemsfile.read(path)
    assert again == built
    assert [e.item.anchor for e in again.retired] == ["旧的锚"]


def test_the_file_is_readable_yaml_with_times_in_utc(tmp_path: Path) -> None:
    text = itemsfile.render(first_build())
    assert text.startswith("# Written by `quizgen build`")
    assert "deck: Test::Hand\n" in text
    assert "changed: '2023-11-14T22:13:20Z'" in text
    assert "question: Anthropic 的收入约 […] 来自 API 接口。" in text  # not \u-escaped
    assert "retired: []" in text


def test_a_plain_list_of_items_reads_with_a_default_change_time(tmp_path: Path) -> None:
    path = tmp_path / "items.yaml"
    path.write_text(plain.to_yaml(hand_items()), encoding="utf-8")
    read = itemsfile.read(path, default_changed=T0)
    assert [e.item for e in read.entries] == hand_items()
    assert {e.changed for e in read.entries} == {T0}
    assert read.deck == "Test::Hand"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "items:\n- {id: x, kind: figure, type: basic, answer: a, source: {doc: d, line: 1}}\n",
            "items[0]: missing key question",
        ),
        (
            "items:\n- {id: x, kind: k, type: essay, question: q, answer: a, source: {doc: d, line: 1}}\n",
            "items[0]: unknown item type",
        ),
        ("items: []\nretired:\n- not an item\n", "retired[0]: expected a mapping"),
        ("format: 2\nitems: []\n", "format: 2 is not one this quizgen reads"),
        ("items: [\n", "invalid YAML"),
        (
            "items:\n- {id: x, changed: soon, kind: k, type: basic, question: q, answer: a,\n"
            "   source: {doc: d, line: 1}}\n",
            "items[0]: changed: 'soon' not a time",
        ),
    ],
)
def test_a_bad_items_file_is_one_error_naming_the_file_and_the_entry(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "bad.items.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QuizgenError) as exc:
        itemsfile.read(path, default_changed=T0)
    assert str(exc.value).startswith(f"{path}: ") and message in str(exc.value)


def test_first_build_adds_everything_at_the_build_time() -> None:
    built, changes = stamp(hand_items(), None, T0, deck="D")
    assert {e.changed for e in built.entries} == {T0}
    assert (
        changes.added == tuple(hand_items())
        and changes.summary() == "6 added, 0 changed, 0 retired, 0 unchanged"
    )


def test_an_unchanged_rebuild_keeps_every_time_and_the_same_bytes() -> None:
    previous = first_build()
    again, changes = stamp(hand_items(), previous, T0 + DAY, deck="Test::Hand", inputs=previous.inputs)
    assert again == previous
    assert itemsfile.render(again) == itemsfile.render(previous)
    assert changes.unchanged == 6 and not (changes.added or changes.changed or changes.retired)


def test_a_changed_answer_gets_a_new_time_and_is_reported_with_both_versions() -> None:
    items = hand_items()
    edited = dataclasses.replace(items[4], answer="约 1000 亿美元")
    after, changes = stamp([*items[:4], edited, items[5]], first_build(), T0 + DAY, deck="Test::Hand")
    times = {e.item.id: e.changed for e in after.entries}
    assert times["qg-choice"] == T0 + DAY
    assert {t for i, t in times.items() if i != "qg-choice"} == {T0}
    assert changes.changed == ((items[4], edited),) and changes.unchanged == 5


def test_the_same_choices_reshuffled_keep_their_order_and_their_note() -> None:
    items = hand_items()
    choice = items[4]
    assert choice.type == "choice" and len(choice.choices) >= 3
    shuffled = dataclasses.replace(choice, choices=tuple(reversed(choice.choices)))
    after, changes = stamp([*items[:4], shuffled, items[5]], first_build(), T0 + DAY, deck="Test::Hand")
    kept = next(e for e in after.entries if e.item.id == choice.id)
    assert kept.item.choices == choice.choices and kept.changed == T0
    assert changes.unchanged == 6 and not changes.changed
    other = dataclasses.replace(choice, choices=(*choice.choices[:-1], "一个新的干扰项"))
    after, changes = stamp([*items[:4], other, items[5]], first_build(), T0 + DAY, deck="Test::Hand")
    assert next(e for e in after.entries if e.item.id == choice.id).item.choices == other.choices
    assert len(changes.changed) == 1


def test_an_item_only_on_another_line_keeps_its_note_and_time() -> None:
    items = hand_items()
    moved = dataclasses.replace(items[0], source=Source(items[0].source.doc, items[0].source.section, 40))
    after, changes = stamp([moved, *items[1:]], first_build(), T0 + DAY, deck="Test::Hand")
    assert after.entries[0].changed == T0 and after.entries[0].item.source.line == 40
    assert changes.unchanged == len(items) and not changes.moved and not changes.changed


def test_an_item_in_a_renamed_section_updates_its_note_but_is_not_a_text_change() -> None:
    items = hand_items()
    moved = dataclasses.replace(items[0], source=Source(items[0].source.doc, "另一个主题", 40))
    after, changes = stamp([moved, *items[1:]], first_build(), T0 + DAY, deck="Test::Hand")
    assert after.entries[0].changed == T0 + DAY
    assert changes.moved == ((items[0], moved),) and not changes.changed


def test_a_changed_anchor_alone_keeps_the_time_but_records_the_new_anchor() -> None:
    items = hand_items()
    anchored = dataclasses.replace(items[0], anchor="new anchor")
    after, _ = stamp([anchored, *items[1:]], first_build(), T0 + DAY, deck="Test::Hand")
    assert after.entries[0].changed == T0 and after.entries[0].item.anchor == "new anchor"


def test_a_vanished_item_is_retired_tagged_and_then_left_alone() -> None:
    items = hand_items()
    after, changes = stamp(items[1:], first_build(), T0 + DAY, deck="Test::Hand")
    assert changes.retired == (items[0],)
    assert after.retired == (Entry(items[0], T0 + DAY),)
    assert "quizgen::retired" in after.notes()[-1].tags and after.notes()[-1].guid == items[0].id
    later, changes = stamp(items[1:], after, T0 + 2 * DAY, deck="Test::Hand")
    assert later == after and not changes.retired


def test_a_retired_item_that_comes_back_is_added_again_with_a_new_time() -> None:
    items = hand_items()
    retired, _ = stamp(items[1:], first_build(), T0 + DAY, deck="Test::Hand")
    back, changes = stamp(items, retired, T0 + 2 * DAY, deck="Test::Hand")
    assert changes.added == (items[0],) and not back.retired
    assert back.entries[0] == Entry(items[0], T0 + 2 * DAY)


def test_a_change_within_the_same_second_still_moves_the_time_forward() -> None:
    edited = dataclasses.replace(hand_items()[5], answer="someone else")
    after, _ = stamp([*hand_items()[:5], edited], first_build(), T0, deck="Test::Hand")
    assert after.entries[5].changed == T0 + 1  # Anki only updates a note that is strictly newer
