"""The .apkg writer: notes keep their own content time, same notes give the same bytes, the
previous file survives a failed write, and genanki stays out of modules the review app loads."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from ankikit import hand_items

from quizgen.errors import QuizgenError
from quizgen.export.apkg import write_apkg
from quizgen.export.notes import AnkiNote, note_for
from quizgen.export.notetypes import NOTE_TYPES


def stamped_notes() -> list[AnkiNote]:
    return [note_for(item, mod=1_700_000_000 + 100 * n) for n, item in enumerate(hand_items())]


def package_db(apkg: Path, tmp_path: Path) -> sqlite3.Connection:
    db = tmp_path / "unzipped.anki2"
    db.write_bytes(zipfile.ZipFile(apkg).read("collection.anki2"))
    return sqlite3.connect(db)


def test_each_note_carries_its_own_content_time_not_the_build_time(tmp_path: Path) -> None:
    apkg = tmp_path / "deck.apkg"
    write_apkg(apkg, "Test::Hand", stamped_notes())
    rows = dict(package_db(apkg, tmp_path).execute("SELECT guid, mod FROM notes"))
    assert rows == {item.id: 1_700_000_000 + 100 * n for n, item in enumerate(hand_items())}


def test_the_same_notes_give_byte_identical_packages(tmp_path: Path) -> None:
    write_apkg(tmp_path / "a.apkg", "Test::Hand", stamped_notes(), description="两次")
    write_apkg(tmp_path / "b.apkg", "Test::Hand", stamped_notes(), description="两次")
    assert (tmp_path / "a.apkg").read_bytes() == (tmp_path / "b.apkg").read_bytes()


def test_package_declares_the_fixed_note_types_with_their_revision_time(tmp_path: Path) -> None:
    apkg = tmp_path / "deck.apkg"
    write_apkg(apkg, "Test::Hand", stamped_notes()[:1])
    models = json.loads(package_db(apkg, tmp_path).execute("SELECT models FROM col").fetchone()[0])
    assert {int(k): (m["name"], m["mod"]) for k, m in models.items()} == {
        t.id: (t.name, t.revised) for t in NOTE_TYPES
    }


def test_deck_name_keeps_its_hierarchy_and_description_is_escaped(tmp_path: Path) -> None:
    apkg = tmp_path / "deck.apkg"
    write_apkg(apkg, "Dario Amodei::Interview", stamped_notes(), description="访谈 <notes> & more")
    decks = json.loads(package_db(apkg, tmp_path).execute("SELECT decks FROM col").fetchone()[0])
    ours = [d for d in decks.values() if d["name"] == "Dario Amodei::Interview"]
    assert len(ours) == 1 and ours[0]["desc"] == "访谈 &lt;notes&gt; &amp; more"


def test_a_failed_write_leaves_the_previous_package_untouched(tmp_path: Path) -> None:
    apkg = tmp_path / "deck.apkg"
    write_apkg(apkg, "Test::Hand", stamped_notes())
    before = apkg.read_bytes()
    broken = [*stamped_notes(), AnkiNote("x", NOTE_TYPES[0], ("too", "few"), (), 1, 1)]
    with pytest.raises(ValueError):
        write_apkg(apkg, "Test::Hand", broken)
    assert apkg.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["deck.apkg"]


def test_unwritable_destination_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(QuizgenError, match="cannot write"):
        write_apkg(tmp_path / "missing" / "deck.apkg", "Test::Hand", stamped_notes())


def test_progress_reports_reach_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    notes = stamped_notes()
    write_apkg(tmp_path / "deck.apkg", "Test::Hand", notes, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)


def test_modules_outside_the_writers_do_not_import_genanki() -> None:
    code = (
        "import sys, quizgen.decks, quizgen.export.notes, quizgen.export.csv,"
        " quizgen.commands.build, quizgen.commands.export; print('genanki' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
