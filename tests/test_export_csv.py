"""Anki's text-import format: header lines that map the columns, one row per note."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

from ankikit import hand_items

from quizgen.export.csv import HEADER, to_csv, write_csv
from quizgen.export.notes import note_for


def rows(text: str) -> list[list[str]]:
    body = "".join(line for line in io.StringIO(text) if not line.startswith("#"))
    return list(csv.reader(io.StringIO(body), delimiter="\t"))


def test_header_tells_anki_which_columns_hold_guid_notetype_deck_and_tags() -> None:
    text = to_csv("Test::Hand", [note_for(i) for i in hand_items()])
    assert text.splitlines()[: len(HEADER)] == [
        "#separator:tab",
        "#html:true",
        "#guid column:1",
        "#notetype column:2",
        "#deck column:3",
        "#tags column:4",
    ]


def test_each_note_is_one_row_with_its_fields_after_the_tags() -> None:
    notes = [note_for(i) for i in hand_items()]
    parsed = rows(to_csv("Test::Hand", notes))
    assert len(parsed) == len(notes)
    for row, note in zip(parsed, notes, strict=True):
        assert row[:3] == [note.guid, note.note_type.name, "Test::Hand"]
        assert row[3].split(" ") == list(note.tags)
        assert tuple(row[4:]) == note.fields


def test_tabs_quotes_and_newlines_in_text_cannot_break_a_row(tmp_path: Path) -> None:
    tricky = dataclasses.replace(hand_items()[5], question='Who\tsaid "yes"?\nTwice', answer="x")
    path = tmp_path / "deck.csv"
    write_csv(path, "D", [note_for(tricky)])
    (row,) = rows(path.read_text(encoding="utf-8"))
    assert row[4] == 'Who said "yes"?<br>Twice'
