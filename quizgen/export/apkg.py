"""Writing notes as an Anki package (`.apkg`) with genanki, deterministically and atomically.

genanki stamps every note with the build's time, and Anki's import only replaces a note that is
newer than its own copy; each note here carries `AnkiNote.mod` (when its content last changed)
instead, so an import leaves unchanged notes, and the learner's edits to them, alone. The zip
is written with fixed timestamps: the same notes give the same bytes. genanki is imported only
inside these functions; the review app never loads it.
"""

from __future__ import annotations

import itertools
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from quizgen.errors import QuizgenError
from quizgen.export.files import replacing
from quizgen.export.notes import AnkiNote, deck_id, text_html
from quizgen.export.notetypes import NOTE_TYPES, NoteType, css

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 1000
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def write_apkg(
    path: Path,
    deck_name: str,
    notes: Sequence[AnkiNote],
    *,
    description: str = "",
    progress: Progress | None = None,
) -> None:
    """Write `notes` into one deck called `deck_name` (`Parent::Child` allowed) at `path`.

    The file is replaced only once complete; on any failure the previous file is untouched."""
    path = Path(path)
    try:
        with tempfile.TemporaryDirectory(prefix="quizgen-apkg-") as tmp:
            db_path = Path(tmp) / "collection.anki2"
            _write_collection(db_path, deck_name, notes, description, progress)
            _zip_atomically(db_path, path)
    except OSError as exc:
        raise QuizgenError(f"{path}: cannot write: {exc.strerror or exc}") from exc


def _write_collection(
    db_path: Path, deck_name: str, notes: Sequence[AnkiNote], description: str, progress: Progress | None
) -> None:
    import genanki

    deck = genanki.Deck(deck_id(deck_name), deck_name, description=text_html(description))
    note_class = _note_class()
    total = len(notes)
    for index, note in enumerate(notes):
        deck.add_note(note_class(note, due=index, progress=progress, index=index, total=total))
    for note_type in NOTE_TYPES:  # every type, used or not: the package always declares the same ones
        deck.add_model(_genanki_model(note_type))
    # Ids inside the package are derived from the newest note, not the clock: same notes, same bytes.
    timestamp = max((n.mod for n in notes), default=0)
    conn = sqlite3.connect(db_path)
    try:
        genanki.Package(deck).write_to_db(conn.cursor(), timestamp, _ids(timestamp))
        conn.commit()
    finally:
        conn.close()
    if progress is not None:
        progress(total, total)


def _ids(timestamp: int) -> itertools.count[int]:
    return itertools.count(timestamp * 1000 + 1)


def _zip_atomically(db_path: Path, path: Path) -> None:
    with replacing(path) as partial, zipfile.ZipFile(partial, "w") as out:
        # Fixed entry times, so the same notes give the same bytes; fast deflate (level 1)
        # makes the package ~6x smaller for a fraction of the time the notes take.
        for name, data in (("collection.anki2", db_path.read_bytes()), ("media", b"{}")):
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)


@cache
def _genanki_model(note_type: NoteType) -> Any:
    import genanki

    class Model(genanki.Model):  # type: ignore[misc]
        def to_json(self, timestamp: float, deck_id: int) -> dict[str, Any]:
            data: dict[str, Any] = super().to_json(timestamp, deck_id)
            data["mod"] = note_type.revised  # not the build time: see quizgen.export.notetypes
            return data

    return Model(
        note_type.id,
        note_type.name,
        fields=[{"name": name} for name in note_type.fields],
        templates=[{"name": t.name, "qfmt": t.front, "afmt": t.back} for t in note_type.templates],
        css=css(),
        model_type=genanki.Model.CLOZE if note_type.kind == "cloze" else genanki.Model.FRONT_BACK,
        sort_field_index=note_type.sort_field,
    )


@cache
def _note_class() -> Any:
    import genanki

    class Note(genanki.Note):  # type: ignore[misc]
        """A genanki note stamped with its own content time rather than the package's."""

        def __init__(self, note: AnkiNote, *, due: int, progress: Progress | None, index: int, total: int):
            super().__init__(
                model=_genanki_model(note.note_type),
                fields=list(note.fields),
                tags=note.tags,
                guid=note.guid,
                due=due,
            )
            self._mod, self._progress, self._index, self._total = note.mod, progress, index, total

        def _check_invalid_html_tags_in_fields(self) -> None:
            """Skipped: `note_for` escapes every text and writes only well-formed markup of its own,
            and this per-field regex is a fifth of genanki's time per note (bench/bench_export.py)."""

        def write_to_db(self, cursor: Any, timestamp: float, deck_id: int, id_gen: Any) -> None:
            super().write_to_db(cursor, self._mod, deck_id, id_gen)
            if self._progress is not None and self._index % PROGRESS_EVERY == 0:
                self._progress(self._index, self._total)

    return Note
