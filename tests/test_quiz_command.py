"""`quizgen quiz`: a sheet from an items file, a seed file or a deck in the store (same seed, same
bytes; --n, --types, --format and -o), one-line errors, the terminal quiz started on the right
items with nothing synced before a send, and the quizzes part of `quizgen stats`."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from quiz_support import QUIZ_ITEMS, THEME_1, THEME_2, make_quiz
from test_quiz_sheet import parse
from test_quiz_store import answered
from tui_support import DECK, NOW

from quizgen.cli import main
from quizgen.decks import itemsfile
from quizgen.decks.itemsfile import Entry, ItemsFile
from quizgen.store import Store, quizzes
from quizgen.tui.screens.quiz import QuizApp

NOTES = """# 一次关于 AI 的访谈

## 主题一：商业模式

- Anthropic 的年化收入已达到 200 亿美元。
- 约 60-75% 的收入来自 API 接口。

## 主题二：人才

- **人才密度**：企业竞争力的核心在于顶尖人才的聚集与协作。
- 阿莫迪估算，未来两年内模型性能停滞的概率约为 20-25%。
"""


def items_file(tmp_path: Path) -> Path:
    path = tmp_path / "talk.items.yaml"
    entries = tuple(Entry(item, 1_700_000_000) for item in QUIZ_ITEMS)
    itemsfile.write(path, itemsfile.render(ItemsFile(DECK, entries=entries)))
    return path


def quiz(*argv: str | Path) -> int:
    return main(["quiz", *map(str, argv)])


def test_a_printed_sheet_is_the_same_for_the_same_seed_and_says_what_it_wrote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = items_file(tmp_path), tmp_path / "talk-quiz.html"
    assert quiz(source, "--print", "-o", out, "--seed", "3") == 0
    assert capsys.readouterr().err == f"5 questions (seed 3) written to {out}\n"
    first = out.read_bytes()
    parsed = parse(first.decode())
    assert [item.question.replace("[…]", "") for item in QUIZ_ITEMS] == [
        "".join(q["prompt"]) for q in parsed.questions
    ]
    assert quiz(source, "--print", "-o", out, "--seed", "3") == 0
    assert out.read_bytes() == first
    assert quiz(source, "--print", "-o", out, "--seed", "3", "--n", "2") == 0
    assert len(parse(out.read_text()).questions) == 2


def test_markdown_goes_to_stdout_or_to_a_file_named_md(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = items_file(tmp_path)
    assert quiz(source, "--print", "--format", "md", "--types", "choice", "--seed", "1") == 0
    out = capsys.readouterr().out
    assert out.startswith("# ") and "**2.**" in out and "**3.**" not in out.split("## ")[0]
    assert quiz(source, "--print", "-o", tmp_path / "q.md", "--types", "choice", "--seed", "1") == 0
    assert (tmp_path / "q.md").read_text(encoding="utf-8") == out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--types", "choice,essay"],
            "--types: unknown item type 'essay' (known: basic, reversed, cloze, choice)",
        ),
        (["--n", "0"], "--n: a quiz needs at least one question, not 0"),
        (["-o", "x.html"], "-o and --format go with --print"),
        (["--types", "reversed", "--print"], "talk.items.yaml: no reversed items to draw a quiz from"),
    ],
)
def test_bad_options_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert quiz(items_file(tmp_path), *args) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1


def test_unknown_targets_are_one_line_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert quiz(tmp_path / "notes.pdf", "--print") == 2
    assert "notes.pdf: not a deck or seed file" in capsys.readouterr().err
    db = tmp_path / "q.db"
    Store.open(db).sync_deck(DECK, list(QUIZ_ITEMS), NOW)
    assert quiz("lecture", "--print", "--db", db) == 2
    assert "no deck named 'lecture' in the review store (decks: talk)" in capsys.readouterr().err
    assert quiz(tmp_path / "missing.items.yaml", "--print") == 2
    assert "missing.items.yaml" in capsys.readouterr().err


def test_a_deck_in_the_store_can_be_printed_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "q.db"
    Store.open(db).sync_deck(DECK, list(QUIZ_ITEMS), NOW)
    assert quiz(DECK, "--print", "--format", "md", "--db", db, "--seed", "2") == 0
    assert "**5.**" in capsys.readouterr().out


def test_a_seed_file_is_generated_into_a_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = tmp_path / "talk.md"
    seed.write_text(NOTES, encoding="utf-8")
    assert quiz(seed, "--print", "--format", "md", "--n", "3", "--seed", "5") == 0
    out = capsys.readouterr().out
    assert out.startswith("# 一次关于 AI 的访谈 测验\n") or out.startswith("# 一次关于 AI 的访谈 · 测验\n")
    assert "参考答案" in out and re.search(r"— \*talk · (商业模式|人才) · 第 \d+ 行\*", out)
    questions, key = out.split("参考答案")
    assert (
        re.findall(r"^\*\*(\d)\.\*\*", questions, re.M)
        == re.findall(r"^\*\*(\d)\.\*\*", key, re.M)
        == list("123")
    )


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[QuizApp]:
    """Each quiz app the command started, instead of running it."""
    apps: list[QuizApp] = []
    monkeypatch.setattr(QuizApp, "run", lambda app: apps.append(app))
    return apps


def test_the_terminal_quiz_starts_on_the_drawn_items_and_syncs_nothing_before_a_send(
    tmp_path: Path, started: list[QuizApp]
) -> None:
    source, db = items_file(tmp_path), tmp_path / "q.db"
    assert quiz(source, "--db", db, "--seed", "4", "--now", NOW.isoformat()) == 0
    [app] = started
    assert [i.id for i in app.quiz.items] == [i.id for i in QUIZ_ITEMS]
    assert (app.quiz.deck, app.quiz.source, app.quiz.seed) == (DECK, str(source), 4)
    assert app.desk.clock().date() == NOW.date()
    with Store.open(db) as store:
        assert store.decks() == []  # a quiz alone brings nothing into the review store
        assert app.sync is not None
        app.sync(store, NOW)  # what a send does first
        assert [i.id for i in store.deck_items(DECK)] == [i.id for i in QUIZ_ITEMS]


def test_a_definitions_quiz_is_built_first_and_its_send_syncs_as_review_does(
    tmp_path: Path, started: list[QuizApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("quizgen.decks.build.generate_items", lambda paths, deck: list(QUIZ_ITEMS))
    (tmp_path / "talk.md").write_text(NOTES, encoding="utf-8")
    definition, db = tmp_path / "talk.yaml", tmp_path / "q.db"
    definition.write_text("name: talk\nseeds: talk.md\nscheduler: fsrs\n", encoding="utf-8")
    assert quiz(definition, "--db", db, "--types", "choice") == 0
    assert (tmp_path / "talk.items.yaml").is_file()
    [app] = started
    assert [i.id for i in app.quiz.items] == ["talk-1", "talk-2"]
    with Store.open(db) as store:
        assert store.decks() == [] and app.sync is not None
        app.sync(store, NOW)
        assert len(store.deck_items(DECK)) == 5 and store.deck_settings(DECK).scheduler == "fsrs"


def test_a_seed_files_quiz_never_overwrites_a_deck_of_the_same_name(
    tmp_path: Path, started: list[QuizApp]
) -> None:
    seed, db = tmp_path / "talk.md", tmp_path / "q.db"
    seed.write_text(NOTES, encoding="utf-8")
    Store.open(db).sync_deck(DECK, list(QUIZ_ITEMS), NOW)
    assert quiz(seed, "--db", db, "--n", "3") == 0
    [app] = started
    assert app.quiz.deck == "talk" and len(app.quiz.items) == 3
    with Store.open(db) as store:
        assert app.sync is not None
        app.sync(store, NOW)
        assert [i.id for i in store.deck_items(DECK)] == [i.id for i in QUIZ_ITEMS]


def test_stats_shows_the_latest_quizzes_and_accuracy_per_theme(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "q.db"
    with Store.open(db) as store:
        store.sync_deck(DECK, list(QUIZ_ITEMS), NOW)
        later = NOW + timedelta(hours=1)
        quizzes.save_run(
            store, answered(make_quiz(), 1, 0, "200亿美元", "x", "y"), NOW, NOW + timedelta(seconds=75)
        )
        quizzes.save_run(store, answered(make_quiz(), 0, 3), later, later + timedelta(seconds=30))
    assert main(["stats", "--db", str(db), "--now", (NOW + timedelta(hours=2)).isoformat()]) == 0
    out = capsys.readouterr().out.split("\n\n", 1)[1]
    assert out.splitlines() == [
        "Quizzes (2 in all; score, time taken)",
        "  2024-03-10 11:00  talk                      1/2     50%  0:30",
        "  2024-03-10 10:01  talk                      2/5     40%  1:15",  # when each ended
        "",
        "Accuracy by theme over all quizzes (weakest first)",
        f"  {THEME_2}{' ' * 28}    1/4     25%  (2 quizzes)",  # padded to 40 cells: 6 wide characters
        f"  {THEME_1}{' ' * 24}    2/3     67%  (2 quizzes)",  # 8 wide characters
    ]
