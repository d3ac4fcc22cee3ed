"""`quizgen build` and `quizgen export` over a stand-in generator: outputs, idempotence, reports,
atomic replacement, and one-line errors."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from ankikit import MINI_SEED, mini_generate
from regenkit import mini_project

from quizgen.cli import main
from quizgen.decks import build_deck, itemsfile, load_definition
from quizgen.errors import QuizgenError

T0 = 1_700_000_000


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with seeds/talk.txt and decks/talk.yaml, and the stand-in generator in place."""
    mini_project(tmp_path, "name: Talks::Mini\ndescription: a small deck\nseeds: ../seeds/*.txt\n")
    monkeypatch.setattr("quizgen.decks.build.generate_items", mini_generate)
    return tmp_path


def test_build_writes_the_items_file_and_the_package(project: Path) -> None:
    definition = load_definition(project / "decks" / "talk.yaml")
    result = build_deck(definition, now=T0)
    # 3 terms (reversed: 2 cards) and 3 figures (a cloze and a choice: 1 card each)
    assert (result.notes, result.cards) == (9, 12)
    assert result.written and len(result.changes.added) == 9
    read = itemsfile.read(project / "decks" / "talk.items.yaml")
    assert read.deck == "Talks::Mini" and len(read.entries) == 9
    assert [i.path for i in read.inputs] == ["talk.yaml", "../seeds/talk.txt"]
    assert "collection.anki2" in zipfile.ZipFile(project / "decks" / "talk.apkg").namelist()


def test_a_rebuild_of_unchanged_seeds_writes_nothing(project: Path) -> None:
    definition = load_definition(project / "decks" / "talk.yaml")
    build_deck(definition, now=T0)
    outputs = [definition.items_path, definition.apkg_path]
    before = [(p.read_bytes(), p.stat().st_mtime_ns) for p in outputs]
    again = build_deck(definition, now=T0 + 3600)
    assert not again.written and again.changes.unchanged == 9
    assert [(p.read_bytes(), p.stat().st_mtime_ns) for p in outputs] == before


def test_a_missing_package_is_written_again_even_if_the_items_are_unchanged(project: Path) -> None:
    definition = load_definition(project / "decks" / "talk.yaml")
    build_deck(definition, now=T0)
    definition.apkg_path.unlink()
    assert build_deck(definition, now=T0 + 60).written and definition.apkg_path.exists()


def test_an_edited_seed_changes_only_the_edited_item(project: Path) -> None:
    definition = load_definition(project / "decks" / "talk.yaml")
    build_deck(definition, now=T0)
    seed = project / "seeds" / "talk.txt"
    seed.write_text(MINI_SEED.replace("[200 亿美元]", "[300 亿美元]"), encoding="utf-8")
    result = build_deck(definition, now=T0 + 3600)
    assert [(old.answer, new.answer) for old, new in result.changes.changed] == [
        ("200 亿美元", "300 亿美元"),
        ("200 亿美元", "300 亿美元"),
    ]
    changed = {e.item.id: e.changed for e in result.items_file.entries if e.changed != T0}
    assert set(changed) == {new.id for _, new in result.changes.changed}


def test_a_build_that_fails_half_way_leaves_the_previous_outputs(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    definition = load_definition(project / "decks" / "talk.yaml")
    build_deck(definition, now=T0)
    before = [p.read_bytes() for p in (definition.items_path, definition.apkg_path)]
    (project / "seeds" / "talk.txt").write_text(MINI_SEED + "fig: 新增 [1%]\n", encoding="utf-8")

    def broken_write(*args: object, **kwargs: object) -> None:
        raise QuizgenError("disk full")

    monkeypatch.setattr("quizgen.export.apkg.write_apkg", broken_write)
    with pytest.raises(QuizgenError, match="disk full"):
        build_deck(definition, now=T0 + 60)
    assert [p.read_bytes() for p in (definition.items_path, definition.apkg_path)] == before


def test_build_command_reports_each_deck_and_what_changed(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    decks = str(project / "decks")
    assert main(["build", "--decks", decks]) == 0
    out = capsys.readouterr()
    assert "Talks::Mini: 9 notes, 12 cards (9 added, 0 changed, 0 retired, 0 unchanged) ->" in out.out
    assert "[1/1] Talks::Mini" in out.err
    seed = project / "seeds" / "talk.txt"
    seed.write_text(MINI_SEED.replace("term: 人才密度 = 顶尖人才的聚集与协作能力\n", ""), encoding="utf-8")
    assert main(["build", "--decks", decks, "talk"]) == 0
    out = capsys.readouterr().out
    assert "1 retired" in out and "tag:quizgen::retired" in out and "人才密度" in out
    assert main(["build", "--decks", decks]) == 0
    assert "up to date" in capsys.readouterr().out


def test_build_command_errors_are_one_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "decks" / "talk.yaml").write_text("name: X\nseeds: x\nsize: 3\n", encoding="utf-8")
    assert main(["build", "--decks", str(project / "decks")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "talk.yaml: unknown key size" in err and err.count("\n") == 1


def test_export_command_writes_a_package_or_the_text_format(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_deck(load_definition(project / "decks" / "talk.yaml"), now=T0)
    items = str(project / "decks" / "talk.items.yaml")
    assert main(["export", items, "-o", str(project / "out.apkg")]) == 0
    assert zipfile.is_zipfile(project / "out.apkg")
    assert main(["export", items, "-o", str(project / "out.txt")]) == 0
    assert (project / "out.txt").read_text(encoding="utf-8").startswith("#separator:tab")
    assert main(["export", items, "-o", str(project / "x.bin"), "--format", "csv"]) == 0
    assert (project / "x.bin").read_text(encoding="utf-8").count("\tTalks::Mini\t") == 9
    assert "Talks::Mini: 9 notes, 12 cards" in capsys.readouterr().err


def test_export_of_a_missing_file_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(tmp_path / "nope.yaml"), "-o", str(tmp_path / "x.apkg")]) == 2
    assert "nope.yaml: cannot read" in capsys.readouterr().err


def test_a_decks_types_ask_the_generator_for_each_fact_in_each_of_them(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "shop.md").write_text(
        "# 门店笔记\n\n平均复购率约38%，比前年高出5个百分点。\n\n书架数从15个增长到90个，只用了9个月。\n",
        encoding="utf-8",
    )
    (tmp_path / "decks").mkdir()
    for slug, types in (("default", ""), ("both", "types: [basic, cloze]\n")):
        (tmp_path / "decks" / f"{slug}.yaml").write_text(
            f"name: Shop::{slug}\nseeds: ../seeds/shop.md\n{types}", encoding="utf-8"
        )
    default = build_deck(load_definition(tmp_path / "decks" / "default.yaml"), now=T0)
    both = build_deck(load_definition(tmp_path / "decks" / "both.yaml"), now=T0)
    once = [e.item for e in default.items_file.entries]
    twice = [e.item for e in both.items_file.entries]
    assert len({i.answer for i in once}) == len(once)  # one item per fact by default
    asked_both = {i.answer for i in twice if i.type == "basic"} & {
        i.answer for i in twice if i.type == "cloze"
    }
    assert asked_both and {i.type for i in twice} == {"basic", "cloze"}
