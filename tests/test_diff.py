"""`quizgen diff decks/x.yaml`: what a rebuild would add, change (both versions), re-link (both
versions) and retire, item by item, per deck, without writing anything."""

from __future__ import annotations

from pathlib import Path

import pytest
from ankikit import MINI_SEED
from regenkit import anchored_generate, mini_project, outputs

from quizgen.cli import main
from quizgen.decks import build_deck, load_definition

T0 = 1_700_000_000
EDITED = (
    MINI_SEED.replace("[200 亿美元]", "[300 亿美元]")
    .replace("term: 人才密度 =", "term: 人才的密度 =")  # a light rewording of a term: re-linked
    .replace("term: Race to the top = raising the whole industry's safety bar by example\n", "")
    + "fig: 新的模型每年训练 [3 次]。\n"
)


@pytest.fixture
def definition(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("quizgen.decks.build.generate_items", anchored_generate)
    return mini_project(tmp_path)


def diff(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["diff", *args]) == 0
    return capsys.readouterr().out


def test_diff_lists_each_change_with_both_versions_and_writes_nothing(
    definition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_deck(load_definition(definition), now=T0)
    (definition.parent.parent / "seeds" / "talk.txt").write_text(EDITED, encoding="utf-8")
    before = outputs(definition)  # (the deleted term moves the last figure up a line: unchanged)

    out = diff(capsys, str(definition))

    assert outputs(definition) == before  # same files, same bytes, same modification times
    lines = out.splitlines()
    assert lines[0] == (
        f"Talks::Mini ({definition}): 2 added, 2 changed, 1 re-linked, 1 retired, 5 unchanged"
    )
    assert (
        lines.count("    answer before: 200 亿美元") == 2
        and lines.count("    answer after:  300 亿美元") == 2
    )
    relinked = lines.index(next(line for line in lines if line.startswith("  re-linked ")))
    assert lines[relinked].endswith("(framework basic, talk · 主题一：人才密度): anchor 89% alike")
    assert lines[relinked + 1 : relinked + 5] == [
        "    anchor before: 人才密度",
        "    anchor after:  人才的密度",
        "    question before: 人才密度：指什么？",
        "    question after:  人才的密度：指什么？",
    ]
    assert sum(line.startswith("  added ") for line in lines) == 2
    assert "    question: 新的模型每年训练 […]。" in lines and "    answer:   3 次" in lines
    (retired,) = [line for line in lines if line.startswith("  retired ")]
    assert "Race to the top：指什么？" in retired and "tag:quizgen::retired" in retired


def test_the_relinked_item_keeps_the_id_the_diff_showed(
    definition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = build_deck(load_definition(definition), now=T0)
    old_id = next(e.item.id for e in first.items_file.entries if e.item.question == "人才密度：指什么？")
    (definition.parent.parent / "seeds" / "talk.txt").write_text(EDITED, encoding="utf-8")
    assert f"  re-linked {old_id} " in diff(capsys, str(definition))
    second = build_deck(load_definition(definition), now=T0 + 60)
    kept = {e.item.id: e.item for e in second.items_file.entries}[old_id]
    assert kept.question == "人才的密度：指什么？" and kept.anchor == "人才的密度"
    assert "up to date; a rebuild writes nothing" in diff(capsys, str(definition))


def test_diff_of_a_deck_never_built_lists_everything_it_would_add(
    definition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = diff(capsys, str(definition))
    assert out.splitlines()[0].endswith(": not built yet; a build would write 9 items")
    assert out.count("\n  added ") == 9
    assert sorted(p.name for p in definition.parent.iterdir()) == ["talk.yaml"]


def test_diff_by_name_and_of_every_deck(definition: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_deck(load_definition(definition), now=T0)
    decks = str(definition.parent)
    assert diff(capsys, "--decks", decks, "talk") == diff(capsys, "--decks", decks)
    assert "Talks::Mini" in diff(capsys, "--decks", decks, "Talks::Mini")
    definition.with_name("talk.apkg").unlink()
    assert "talk.apkg is missing; a build writes it again" in diff(capsys, str(definition))


def test_diff_errors_are_one_line(definition: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--decks", str(definition.parent), "nope"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "no deck definition named nope" in err and err.count("\n") == 1
