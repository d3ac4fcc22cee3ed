"""Overrides in a deck definition: corrections by item id (question, answer) or `exclude`,
validated strictly, applied after generation, surviving rebuilds; an override whose item no
longer exists is reported in the build's output and in the diff, never dropped in silence."""

from __future__ import annotations

from pathlib import Path

import pytest
from ankikit import MINI_SEED, hand_items, mini_generate
from regenkit import DEFINITION, mini_project

from quizgen.cli import main
from quizgen.decks import build_deck, itemsfile, load_definition
from quizgen.decks.overrides import Override, apply_overrides, parse_overrides
from quizgen.errors import QuizgenError
from quizgen.export.notes import note_for

T0 = 1_700_000_000
HERE = Path("decks/talk.yaml")
ITEMS = {i.id: i for i in hand_items()}


def one(**fields: object) -> Override:
    return parse_overrides(HERE, [fields])[0]


# --- validation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"id": "qg-x"}, "overrides[0]: nothing to override"),
        ([{"id": "qg-x", "answr": "y"}], "unknown key overrides[0].answr (expected one of: id, question"),
        ([{"question": "y"}], "overrides[0].id: expected an item id"),
        ([{"id": "", "answer": "y"}], "overrides[0].id: expected an item id"),
        ([{"id": "qg-x", "answer": "  "}], "overrides[0].answer: expected non-empty text"),
        ([{"id": "qg-x", "answer": 3}], "overrides[0].answer: expected non-empty text"),
        ([{"id": "qg-x", "exclude": "yes"}], "overrides[0].exclude: expected true or false"),
        ([{"id": "qg-x", "exclude": True, "answer": "y"}], "overrides[0]: exclude: true with a correction"),
        ([{"id": "qg-x", "exclude": False}], "overrides[0]: nothing to override"),
        (["qg-x"], "overrides[0]: expected a mapping"),
        (
            [{"id": "qg-x", "answer": "a"}, {"id": "qg-x", "question": "q"}],
            "overrides[1]: id qg-x is already overridden by overrides[0]",
        ),
    ],
)
def test_a_malformed_override_is_a_one_line_error_naming_the_file_and_key(
    value: object, message: str
) -> None:
    if isinstance(value, dict):
        value = [value]
    with pytest.raises(QuizgenError) as caught:
        parse_overrides(HERE, value)
    assert str(caught.value).startswith(f"{HERE}: ") and message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_overrides_must_be_a_list() -> None:
    with pytest.raises(QuizgenError, match=r"talk.yaml: overrides: expected a list"):
        parse_overrides(HERE, {"qg-x": {"answer": "y"}})


def test_a_definition_reads_its_overrides_and_retired_option(tmp_path: Path) -> None:
    path = mini_project(
        tmp_path,
        DEFINITION
        + "retired: drop\noverrides:\n  - {id: qg-a, answer: ' 新答案 '}\n  - {id: qg-b, exclude: true}\n",
    )
    definition = load_definition(path)
    assert definition.overrides == (
        Override("qg-a", 0, answer="新答案"),
        Override("qg-b", 1, exclude=True),
    )
    assert definition.keep_retired is False
    path.write_text(DEFINITION + "retired: forget\n", encoding="utf-8")
    with pytest.raises(QuizgenError, match=r"talk\.yaml: retired: expected keep or drop"):
        load_definition(path)


# --- applying them -----------------------------------------------------------------------------------


def test_a_basic_items_question_and_answer_are_replaced() -> None:
    applied = apply_overrides(
        ITEMS.values(), [one(id="qg-person", question="Who hosts it?", answer="Reed")], HERE
    )
    fixed = {i.id: i for i in applied.items}["qg-person"]
    assert (fixed.question, fixed.answer) == ("Who hosts it?", "Reed")
    assert applied.corrected == ((ITEMS["qg-person"], fixed),) and applied.unused == ()


def test_a_choice_items_answer_replaces_the_right_choice_in_place() -> None:
    applied = apply_overrides([ITEMS["qg-choice"]], [one(id="qg-choice", answer="近 300 亿美元")], HERE)
    (fixed,) = applied.items
    assert fixed.answer == "近 300 亿美元"
    assert fixed.choices == ("约 50 亿美元", "近 300 亿美元", "约 1000 亿美元", "约 10 亿美元")
    note_for(fixed)  # still a valid note: the answer is among the choices


def test_a_choice_answer_equal_to_a_wrong_choice_is_refused() -> None:
    with pytest.raises(QuizgenError, match=r"overrides\[0\] \(qg-choice\): answer '约 50 亿美元' is already"):
        apply_overrides([ITEMS["qg-choice"]], [one(id="qg-choice", answer="约 50 亿美元")], HERE)


def test_a_cloze_answer_replaces_its_one_deletion() -> None:
    (fixed,) = apply_overrides([ITEMS["qg-cloze-one"]], [one(id="qg-cloze-one", answer="约 70%")], HERE).items
    assert fixed.cloze == "Anthropic 的收入约 {{c1::约 70%}} 来自 API 接口。"
    assert fixed.answer == "约 70%" and fixed.question == ITEMS["qg-cloze-one"].question


def test_a_cloze_question_is_its_cloze_text() -> None:
    text = "该病治愈率从 {{c1::40%}} 升到约 {{c2::95%}}。"
    (fixed,) = apply_overrides([ITEMS["qg-cloze-two"]], [one(id="qg-cloze-two", question=text)], HERE).items
    assert fixed.cloze == text and fixed.question == "该病治愈率从 […] 升到约 […]。"
    assert fixed.answer == "40%；95%"
    assert note_for(fixed).cards == 2


def test_a_cloze_question_without_deletions_or_an_answer_for_many_is_refused() -> None:
    with pytest.raises(
        QuizgenError, match=r"talk.yaml: overrides\[0\] \(qg-cloze-one\): question: .*\{\{c1::…\}\}"
    ):
        apply_overrides([ITEMS["qg-cloze-one"]], [one(id="qg-cloze-one", question="no gap")], HERE)
    with pytest.raises(QuizgenError, match="the cloze has 2 deletions"):
        apply_overrides([ITEMS["qg-cloze-two"]], [one(id="qg-cloze-two", answer="x")], HERE)


def test_exclude_leaves_the_item_out_and_an_unknown_id_is_unused() -> None:
    overrides = parse_overrides(
        HERE, [{"id": "qg-reversed", "exclude": True}, {"id": "qg-gone", "answer": "x"}]
    )
    applied = apply_overrides(ITEMS.values(), overrides, HERE)
    assert "qg-reversed" not in {i.id for i in applied.items} and len(applied.items) == len(ITEMS) - 1
    assert [i.id for i in applied.excluded] == ["qg-reversed"]
    assert [o.id for o in applied.unused] == ["qg-gone"]


# --- through a build ---------------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("quizgen.decks.build.generate_items", mini_generate)
    return mini_project(tmp_path)


def cloze_id(definition_path: Path) -> str:
    items = mini_generate([definition_path.parent.parent / "seeds" / "talk.txt"], "Talks::Mini")
    return next(i.id for i in items if i.type == "cloze" and "200" in i.answer)


def test_a_correction_survives_rebuilds_and_is_reported_once(project: Path) -> None:
    build_deck(load_definition(project), now=T0)
    target = cloze_id(project)
    project.write_text(
        DEFINITION + f"overrides:\n  - id: {target}\n    answer: 近 200 亿美元\n", encoding="utf-8"
    )
    first = build_deck(load_definition(project), now=T0 + 60)
    assert [(old.answer, new.answer) for old, new in first.changes.changed] == [
        ("200 亿美元", "近 200 亿美元")
    ]
    again = build_deck(load_definition(project), now=T0 + 120)
    assert not again.written and again.changes.unchanged == 9
    entry = {e.item.id: e for e in itemsfile.read(project.with_name("talk.items.yaml")).entries}[target]
    assert entry.item.cloze == "Anthropic 已筹集近 {{c1::近 200 亿美元}}，规模并不逊色于其他公司。"
    assert entry.changed == T0 + 60


def test_an_excluded_item_is_retired_and_the_output_says_why(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_deck(load_definition(project), now=T0)
    target = cloze_id(project)
    project.write_text(DEFINITION + f"overrides:\n  - {{id: {target}, exclude: true}}\n", encoding="utf-8")
    assert main(["build", "--decks", str(project.parent)]) == 0
    out = capsys.readouterr().out
    assert "(0 added, 0 changed, 1 retired, 8 unchanged, 1 excluded by overrides)" in out
    assert f"retired {target}: Anthropic 已筹集近 […]" in out and "excluded by overrides[0]" in out


def test_an_override_whose_item_is_gone_is_reported_by_build_and_diff(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_deck(load_definition(project), now=T0)
    target = cloze_id(project)
    overrides = (
        f"overrides:\n  - {{id: {target}, answer: 近 200 亿美元}}\n  - {{id: qg-nothing, exclude: true}}\n"
    )
    project.write_text(DEFINITION + overrides, encoding="utf-8")
    seed = project.parent.parent / "seeds" / "talk.txt"
    seed.write_text(MINI_SEED.replace("fig: Anthropic 已筹集近 [200 亿美元]，规模并不逊色于其他公司。\n", ""))

    assert main(["diff", str(project)]) == 0
    diff = capsys.readouterr().out
    assert main(["build", "--decks", str(project.parent)]) == 0
    build = capsys.readouterr().out
    for out in (diff, build):
        lines = [line for line in out.splitlines() if line.startswith("warning: ")]
        assert lines == [
            f"warning: {project}: overrides[0] ({target}): not applied, its item is retired (gone from the "
            "seeds); point it at the item's new id (quizgen diff shows it) or remove it",
            f"warning: {project}: overrides[1] (qg-nothing): not applied, no item has this id; point it at "
            "the item's new id (quizgen diff shows it) or remove it",
        ]
    # still reported on the next, unchanged build
    assert main(["build", "--decks", str(project.parent)]) == 0
    assert capsys.readouterr().out.count("warning: ") == 2
