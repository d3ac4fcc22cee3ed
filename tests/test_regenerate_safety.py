"""A rebuild that fails or is stopped half-way (SIGKILL while writing, a generator that raises, a
full disk, a missing seed) leaves the previous items file and package byte-identical, and the
next build cleans up after it. Also: `retired: drop` leaves retired items out of the package."""

from __future__ import annotations

import errno
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from ankikit import MINI_SEED, mini_generate
from regenkit import DEFINITION, mini_project, outputs

from quizgen.cli import main
from quizgen.decks import build_deck, itemsfile, load_definition
from quizgen.errors import QuizgenError

TESTS = Path(__file__).resolve().parent
T0 = 1_700_000_000
EDITED = MINI_SEED.replace("[200 亿美元]", "[300 亿美元]") + "fig: 新增 [1%]。\n"

# A child process that builds the deck with the stand-in generator and, at the chosen point,
# touches a marker file and sleeps until it is killed.
CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from ankikit import mini_generate
import quizgen.export.apkg as apkg
from quizgen.decks import build_deck, load_definition

marker, point = Path(sys.argv[3]), sys.argv[4]

def stop_here():
    marker.write_text("now")
    time.sleep(60)

if point == "inside-the-package":
    real = apkg._write_collection
    def _write_collection(*args, **kwargs):
        real(*args, **kwargs)
        stop_here()
    apkg._write_collection = _write_collection
else:  # "package-complete": both partial files about to be written and swapped in
    real_write = apkg.write_apkg
    def write_apkg(*args, **kwargs):
        real_write(*args, **kwargs)
        stop_here()
    apkg.write_apkg = write_apkg
build_deck(load_definition(Path(sys.argv[2])), now=1_700_000_060, generator=mini_generate)
"""


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """A deck built once at T0 from the stand-in seed; returns its definition's path."""
    definition = mini_project(tmp_path)
    build_deck(load_definition(definition), now=T0, generator=mini_generate)
    return definition


def edit_seed(definition: Path, text: str = EDITED) -> None:
    (definition.parent.parent / "seeds" / "talk.txt").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("point", ["inside-the-package", "package-complete"])
def test_a_build_killed_while_writing_leaves_the_previous_outputs(
    built: Path, tmp_path: Path, point: str
) -> None:
    edit_seed(built)
    before = outputs(built)
    marker = tmp_path / "marker"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(TESTS), str(built), str(marker), point])
    try:
        deadline = time.monotonic() + 30
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert marker.exists(), f"the child never reached {point} (exit {child.poll()})"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    after = outputs(built)
    assert all(".partial-" in name for name in set(after) - set(before))  # the killed build's own
    assert {name: after[name] for name in before} == before  # byte-identical, not even touched

    result = build_deck(load_definition(built), now=T0 + 120, generator=mini_generate)
    assert result.written and len(result.changes.changed) == 2 and len(result.changes.added) == 2
    assert sorted(outputs(built)) == ["talk.apkg", "talk.items.yaml", "talk.yaml"]  # leftovers gone


def test_a_generator_that_raises_half_way_leaves_the_previous_outputs(built: Path) -> None:
    edit_seed(built)
    before = outputs(built)

    def half_way(paths: object, deck: str) -> list[object]:
        items = mini_generate(paths, deck)
        if items:
            raise QuizgenError("seeds/talk.txt: line 4: cannot read this line")
        return items  # pragma: no cover

    with pytest.raises(QuizgenError, match="line 4"):
        build_deck(load_definition(built), now=T0 + 60, generator=half_way)  # type: ignore[arg-type]
    assert outputs(built) == before


@pytest.mark.parametrize("target", ["package", "items file"])
def test_a_full_disk_leaves_the_previous_outputs_and_names_the_file(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    edit_seed(built)
    before = outputs(built)
    full = OSError(errno.ENOSPC, "No space left on device")
    if target == "package":

        def no_room_for_the_package(*args: object) -> None:
            raise full

        monkeypatch.setattr("quizgen.export.apkg._zip_atomically", no_room_for_the_package)
        name = "talk.apkg"
    else:
        real = Path.write_text

        def no_room_for_text(self: Path, *args: object, **kwargs: object) -> int:
            if ".partial-" in self.name:
                raise full
            return real(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "write_text", no_room_for_text)
        name = "talk.items.yaml"
    monkeypatch.setattr("quizgen.decks.build.generate_items", mini_generate)
    assert main(["build", "--decks", str(built.parent)]) == 2
    err = capsys.readouterr().err.splitlines()[-1]
    assert err.startswith("error: ") and name in err and err.endswith("cannot write: No space left on device")
    assert outputs(built) == before


def test_a_missing_seed_stops_the_build_with_the_previous_outputs(built: Path) -> None:
    before = outputs(built)
    (built.parent.parent / "seeds" / "talk.txt").unlink()
    with pytest.raises(QuizgenError, match=r"talk\.yaml: seeds: '\.\./seeds/talk\.txt' matches no file"):
        build_deck(load_definition(built), now=T0 + 60, generator=mini_generate)
    assert outputs(built) == before


def test_a_deck_that_drops_retired_items_leaves_them_out_of_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    definition = mini_project(tmp_path, DEFINITION + "retired: drop\n")
    monkeypatch.setattr("quizgen.decks.build.generate_items", mini_generate)
    assert main(["build", "--decks", str(definition.parent)]) == 0
    last = "fig: The chance of a plateau within two years is about [20-25%] & falling.\n"
    edit_seed(definition, MINI_SEED.replace(last, ""))
    capsys.readouterr()
    assert main(["build", "--decks", str(definition.parent)]) == 0
    out = capsys.readouterr().out
    assert "Talks::Mini: 7 notes, 10 cards (0 added, 0 changed, 2 retired, 7 unchanged)" in out
    assert out.count("The chance of a plateau within two years is about […] & falling. (left out of the") == 2
    built = itemsfile.read(definition.with_name("talk.items.yaml"))
    assert len(built.entries) == 7 and built.retired == ()
    with zipfile.ZipFile(definition.with_name("talk.apkg")) as package:
        assert b"quizgen::retired" not in package.read("collection.anki2")
