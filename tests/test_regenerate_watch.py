"""`quizgen build --watch`: which decks a batch of changed files rebuilds (definitions, seeds,
globs, new and deleted seeds; never the build's own outputs), the loop over batches (errors
reported, watching goes on), and Ctrl+C stopping cleanly, in-process and in a real process."""

from __future__ import annotations

import io
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from ankikit import MINI_SEED, mini_generate
from regenkit import mini_project

from quizgen.commands.build import watch
from quizgen.decks.watch import affected, is_output, roots, watch_loop, watched

TESTS = Path(__file__).resolve().parent


@pytest.fixture
def two_decks(tmp_path: Path) -> Path:
    """decks/talk.yaml (seeds/talk.txt) and decks/all.yaml (seeds/*.txt); returns decks/."""
    mini_project(tmp_path)
    (tmp_path / "seeds" / "other.txt").write_text("== 主题 ==\nterm: X = Y\n", encoding="utf-8")
    (tmp_path / "decks" / "all.yaml").write_text("name: All\nseeds: ../seeds/*.txt\n", encoding="utf-8")
    return tmp_path / "decks"


def slugs_for(decks: Path, *changed: Path, before_change: object = None) -> list[str]:
    state = watched(decks, [], io.StringIO())
    before = before_change if before_change is not None else state
    return [d.slug for d in affected(changed, before, state)]  # type: ignore[arg-type]


def test_a_changed_seed_rebuilds_every_deck_reading_it(two_decks: Path) -> None:
    seeds = two_decks.parent / "seeds"
    assert slugs_for(two_decks, seeds / "talk.txt") == ["all", "talk"]
    assert slugs_for(two_decks, seeds / "other.txt") == ["all"]


def test_a_changed_definition_rebuilds_that_deck_only(two_decks: Path) -> None:
    assert slugs_for(two_decks, two_decks / "talk.yaml") == ["talk"]


def test_a_new_seed_matching_a_glob_and_a_deleted_seed_rebuild(two_decks: Path) -> None:
    seeds = two_decks.parent / "seeds"
    before = watched(two_decks, [], io.StringIO())
    (seeds / "new.txt").write_text("term: N = M\n", encoding="utf-8")
    assert slugs_for(two_decks, seeds / "new.txt", before_change=before) == ["all"]
    before = watched(two_decks, [], io.StringIO())
    (seeds / "other.txt").unlink()
    assert slugs_for(two_decks, seeds / "other.txt", before_change=before) == ["all"]


def test_build_outputs_and_unrelated_files_rebuild_nothing(two_decks: Path) -> None:
    outputs = ["talk.items.yaml", "talk.apkg", ".talk.apkg.partial-123", "..talk.apkg.partial-1.partial-1"]
    assert all(is_output(two_decks / name) for name in outputs)
    assert slugs_for(two_decks, *(two_decks / name for name in outputs)) == []
    assert slugs_for(two_decks, two_decks.parent / "seeds" / "notes.md", two_decks.parent / "README") == []


def test_the_watched_folders_are_the_definitions_and_each_seed_patterns_fixed_part(two_decks: Path) -> None:
    state = watched(two_decks, [], io.StringIO())
    assert roots(two_decks, state) == sorted([two_decks.resolve(), (two_decks.parent / "seeds").resolve()])


# --- the loop ---------------------------------------------------------------------------------------


class FakeWatcher:
    """Hands out prepared batches, each after running an optional edit; records what it watched."""

    def __init__(self, *steps: tuple[object, set[Path]]) -> None:
        self.steps = list(steps)
        self.watched: list[list[Path]] = []

    def __call__(self, places: Sequence[Path]) -> Iterator[set[Path]]:
        self.watched.append(list(places))
        while self.steps:
            edit, batch = self.steps.pop(0)
            if callable(edit):
                edit()
            yield batch


def test_the_loop_rebuilds_what_each_batch_concerns_and_survives_errors(two_decks: Path) -> None:
    seeds = two_decks.parent / "seeds"
    log = io.StringIO()
    built: list[str] = []

    def rebuild(definition: object) -> None:
        slug = definition.slug  # type: ignore[attr-defined]
        built.append(slug)
        if slug == "all" and len(built) == 1:
            from quizgen.errors import QuizgenError

            raise QuizgenError("seeds/other.txt: half-saved")

    def break_definition() -> None:
        (two_decks / "talk.yaml").write_text("name: T\nseeds: x\nsize: 2\n", encoding="utf-8")

    watcher = FakeWatcher(
        (None, {seeds / "other.txt"}),  # `all` fails: reported, the loop goes on
        (None, {two_decks / "talk.items.yaml", two_decks / "talk.apkg"}),  # our own outputs
        (None, {seeds / "talk.txt"}),
        (break_definition, {two_decks / "talk.yaml"}),  # reported, left out
    )
    watch_loop(two_decks, [], rebuild, log, watcher)
    assert built == ["all", "all", "talk"]  # the broken definition builds nothing
    errors = log.getvalue().splitlines()
    assert errors[0] == "error: seeds/other.txt: half-saved"
    assert errors[1].startswith("error: ") and "talk.yaml: unknown key size" in errors[1]


def test_a_definition_with_seeds_elsewhere_restarts_the_watcher_on_the_new_folders(two_decks: Path) -> None:
    elsewhere = two_decks.parent / "more"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text(MINI_SEED, encoding="utf-8")

    def add_definition() -> None:
        (two_decks / "b.yaml").write_text("name: B\nseeds: ../more/b.txt\n", encoding="utf-8")

    built: list[str] = []
    watcher = FakeWatcher((add_definition, {two_decks / "b.yaml"}), (None, {elsewhere / "b.txt"}))
    watch_loop(two_decks, [], lambda d: built.append(d.slug), io.StringIO(), watcher)
    assert built == ["b", "b"]
    assert len(watcher.watched) == 2 and elsewhere.resolve() in watcher.watched[1]


def test_the_loop_watches_only_the_named_decks(two_decks: Path) -> None:
    built: list[str] = []
    watcher = FakeWatcher((None, {two_decks.parent / "seeds" / "talk.txt"}))
    watch_loop(two_decks, ["talk"], lambda d: built.append(d.slug), io.StringIO(), watcher)
    assert built == ["talk"]


# --- the command, and Ctrl+C --------------------------------------------------------------------------


def interrupt() -> None:
    raise KeyboardInterrupt


def test_ctrl_c_while_waiting_stops_with_exit_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("quizgen.decks.build.generate_items", mini_generate)
    definition = mini_project(tmp_path)
    seed = tmp_path / "seeds" / "talk.txt"

    def edit() -> None:
        seed.write_text(MINI_SEED.replace("[200 亿美元]", "[300 亿美元]"), encoding="utf-8")

    assert watch(definition.parent, [], FakeWatcher((edit, {seed}), (interrupt, set()))) == 0
    out, err = capsys.readouterr()
    assert "9 added" in out and "(0 added, 2 changed, 0 retired, 7 unchanged)" in out
    assert "answer after:  300 亿美元" in out
    assert err.rstrip().endswith("stopped watching") and "Traceback" not in err


def test_ctrl_c_during_a_build_exits_130_and_leaves_the_outputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("quizgen.decks.build.generate_items", mini_generate)
    definition = mini_project(tmp_path)
    seed = tmp_path / "seeds" / "talk.txt"
    outputs = [definition.with_name("talk.items.yaml"), definition.with_name("talk.apkg")]

    def edit_then_interrupt_the_next_build() -> None:
        seed.write_text(MINI_SEED + "fig: 新增 [1%]\n", encoding="utf-8")
        before = {p: p.read_bytes() for p in outputs}
        edit_then_interrupt_the_next_build.before = before  # type: ignore[attr-defined]

        def stopped(*args: object, **kwargs: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr("quizgen.export.apkg._write_collection", stopped)

    code = watch(definition.parent, [], FakeWatcher((edit_then_interrupt_the_next_build, {seed})))
    assert code == 130
    assert {p: p.read_bytes() for p in outputs} == edit_then_interrupt_the_next_build.before  # type: ignore[attr-defined]
    assert sorted(p.name for p in definition.parent.iterdir()) == [
        "talk.apkg",
        "talk.items.yaml",
        "talk.yaml",
    ]
    assert "interrupted; that deck keeps its previous files" in capsys.readouterr().err


def test_a_real_watch_rebuilds_on_save_and_stops_on_sigint(tmp_path: Path) -> None:
    """The real watcher in a real process: an edited seed is rebuilt; SIGINT ends it cleanly."""
    definition = mini_project(tmp_path)
    items = definition.with_name("talk.items.yaml")
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import quizgen.decks.build as b; from ankikit import mini_generate;"
        "b.generate_items = mini_generate;"
        "from quizgen.cli import main; sys.exit(main(['build', '--watch', '--decks', sys.argv[2]]))"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(TESTS), str(definition.parent)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl+C as a terminal delivers it: a shell starting the suite in the background (`&`) makes
        # its children ignore SIGINT, and Python then never turns it into KeyboardInterrupt
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deck = definition.with_name("talk.apkg")
        assert wait_for(deck.exists, timeout=60), "the first build never came"
        time.sleep(0.5)  # let the watcher start
        first, first_deck = items.read_bytes(), deck.read_bytes()
        (tmp_path / "seeds" / "talk.txt").write_text(MINI_SEED.replace("[60-75%]", "[70%]"), encoding="utf-8")
        # the deck is written last: once it changed, the rebuild is over and the watcher waits again
        rebuilt = wait_for(
            lambda: items.read_bytes() != first and deck.read_bytes() != first_deck, timeout=60
        )
        assert rebuilt, "no rebuild after the edit"
        time.sleep(0.5)
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode in (0, 130), err
    assert "Traceback" not in err and "stopped watching" in err
    assert "60-75%" in out and "answer after:  70%" in out


def wait_for(condition: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_watch_takes_a_definition_by_path(
    two_decks: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("quizgen.decks.build.generate_items", mini_generate)
    monkeypatch.chdir(two_decks.parent)
    seed = two_decks.parent / "seeds" / "other.txt"
    watcher = FakeWatcher((lambda: seed.write_text("== 主题 ==\nterm: X = Z\n", "utf-8"), {seed}))
    assert watch(Path("elsewhere"), ["decks/all.yaml"], watcher) == 0
    out = capsys.readouterr().out
    assert out.count("All: ") == 2 and "Talks::Mini" not in out  # built, then rebuilt on the change
