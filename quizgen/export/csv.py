"""Notes in Anki's text-import format: a tab-separated file whose `#` header lines tell Anki
which columns hold the GUID, note type, deck and tags, so File > Import needs no mapping.

The rows name quizgen's note types, which a collection has once any quizgen `.apkg` has been
imported into it; the `.apkg` is the primary format, this one is for tools that want text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from quizgen.export.files import write_text
from quizgen.export.notes import AnkiNote

HEADER = (
    "#separator:tab",
    "#html:true",
    "#guid column:1",
    "#notetype column:2",
    "#deck column:3",
    "#tags column:4",
)


def to_csv(deck_name: str, notes: Sequence[AnkiNote]) -> str:
    """The whole file as text: header lines, then one row per note (its fields after the tags)."""
    out = io.StringIO()
    out.write("\n".join(HEADER) + "\n")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for note in notes:
        fields = [f.replace("\t", " ") for f in note.fields]
        writer.writerow([note.guid, note.note_type.name, deck_name, " ".join(note.tags), *fields])
    return out.getvalue()


def write_csv(path: Path, deck_name: str, notes: Sequence[AnkiNote]) -> None:
    """Write `to_csv` to `path`, replacing it only once complete."""
    write_text(path, to_csv(deck_name, notes))
