"""The shipped sample decks, built by the real generator from the sample seeds and imported into
a real Anki collection; then the interview deck rebuilt from an edited copy of its seed and
imported into the collection a learner has studied."""

from __future__ import annotations

import glob
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from ankikit import (
    assert_cards_show_their_items,
    cards_made,
    fresh_collection,
    import_apkg,
    notes_by_guid,
    warnings_in,
)

from quizgen.decks import BuildResult, build_deck, load_definition, load_definitions
from quizgen.export.notes import tags_for
from quizgen.generate.salience import Emphasis
from quizgen.generate.spread import budget
from quizgen.ingest import read_document

pytest.importorskip("anki")

ROOT = Path(__file__).resolve().parent.parent
T0 = 1_700_000_000
T1 = T0 + 86_400
STUDIED = 12  # cards answered before the rebuild: enough that a lost review history would show


def copy_project(target: Path) -> Path:
    """The shipped definitions and seeds, laid out as in the repository, without build outputs."""
    shutil.copytree(ROOT / "seeds", target / "seeds")
    (target / "decks").mkdir(parents=True)
    for definition in (ROOT / "decks").glob("*.yaml"):
        if not definition.name.endswith(".items.yaml"):
            shutil.copy(definition, target / "decks" / definition.name)
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BuildResult]:
    project = copy_project(tmp_path_factory.mktemp("samples"))
    return {d.slug: build_deck(d, now=T0) for d in load_definitions(project / "decks")}


@pytest.fixture
def col(tmp_path: Path) -> Any:
    collection = fresh_collection(tmp_path / "anki")
    yield collection
    collection.close()


@pytest.mark.parametrize("slug", ["amodei-interview", "amodei-podcast", "amodei-combined"])
def test_a_sample_deck_imports_whole_and_without_warnings(
    built: dict[str, BuildResult], slug: str, col: Any
) -> None:
    result = built[slug]
    items = [e.item for e in result.items_file.entries]
    # one item per fact within each document's budget (a cap: precision first, so a short
    # write-up may give fewer), in both Anki note types a default deck uses (the choice note
    # type is imported by test_anki_import)
    per_doc = Counter(i.source.doc for i in items)
    folder = result.definition.path.parent
    seeds = {Path(p).stem for pattern in result.definition.seeds for p in glob.glob(str(folder / pattern))}
    assert set(per_doc) == seeds  # every seed is asked
    for name, count in per_doc.items():
        doc = read_document(ROOT / "seeds" / f"{name}.txt")
        stress = Emphasis.of(doc)
        assert 5 <= count <= budget(stress.body_chars, stress.spoken), name
    assert {i.type for i in items} >= {"basic", "cloze"}
    log = import_apkg(col, result.definition.apkg_path)
    assert warnings_in(log) == {}
    assert len(log.new) == result.notes == col.note_count() == len(items)
    assert col.card_count() == result.cards == sum(cards_made(i) for i in items)
    assert not col.get_empty_cards().notes
    assert_cards_show_their_items(col, items)
    deck_id = col.decks.id_for_name(result.definition.name)
    assert deck_id and {col.get_card(c).did for c in col.find_cards("")} == {deck_id}
    notes = notes_by_guid(col)
    assert all(sorted(notes[i.id].tags, key=str.casefold) == list(tags_for(i)) for i in items)


SECTION_FIVE = re.compile(r"\*\*主题五：.*?(?=\*\*主题六)", re.DOTALL)
NEW_SECTION = (
    "**主题七：安全投入的回报**\n\n"
    "- 阿莫迪提出“复利安全”（compounding safety），即每一代模型的安全投入都会在下一代上得到回报。\n"
    "- 他估算，Anthropic 约 15% 的算力用于安全研究，并计划在三年内提高到 25%。\n\n"
)


def edited(seed: str) -> str:
    """The interview with a figure and a framework's definition changed, section five deleted and
    a new section added before the frameworks."""
    assert (
        "已筹集近 200 亿美元" in seed and "即顶尖人才的聚集与协作能力" in seed and SECTION_FIVE.search(seed)
    )
    seed = seed.replace("已筹集近 200 亿美元", "已筹集近 300 亿美元")
    seed = seed.replace("即顶尖人才的聚集与协作能力", "即顶尖人才的集中程度与协作效率")
    seed = SECTION_FIVE.sub("", seed)
    return seed.replace("**框架与心智模型", NEW_SECTION + "**框架与心智模型")


def study(col: Any, deck: str, answers: int) -> dict[int, int]:
    col.decks.select(col.decks.id_for_name(deck))
    for _ in range(answers):
        col.sched.answerCard(col.sched.getCard(), 3)
    return {cid: col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", cid) for cid in history_ids(col)}


def history_ids(col: Any) -> list[int]:
    return list(col.db.list("SELECT DISTINCT cid FROM revlog"))


def test_the_interview_deck_rebuilt_from_an_edited_seed_updates_a_studied_collection(
    tmp_path: Path, col: Any
) -> None:
    project = copy_project(tmp_path / "project")
    definition = load_definition(project / "decks" / "amodei-interview.yaml")
    build_deck(definition, now=T0)
    assert warnings_in(import_apkg(col, definition.apkg_path)) == {}
    answers = min(15, col.card_count())  # Anki's default: 20 new cards a day
    history = study(col, definition.name, answers=answers)
    assert len(history) == answers >= STUDIED
    before = notes_by_guid(col)

    seed = project / "seeds" / "amodei-interview.txt"
    seed.write_text(edited(seed.read_text(encoding="utf-8")), encoding="utf-8")
    second = build_deck(definition, now=T1)
    changes = second.changes
    changed = {new.id: (old, new) for old, new in changes.changed}
    figure = [
        new for old, new in changed.values() if "200 亿美元" in old.answer and "300 亿美元" in new.answer
    ]
    framework = [
        new
        for old, new in changed.values()
        if new.kind == "framework" and "集中程度" in new.answer + new.question
    ]
    assert figure and framework, changes.summary()
    assert any(i.source.section.endswith("个人经历与价值观") for i in changes.retired)
    assert any(i.source.section.endswith("安全投入的回报") for i in changes.added)

    log = import_apkg(col, definition.apkg_path)
    assert warnings_in(log) == {} and len(log.new) == len(changes.added)
    after = notes_by_guid(col)
    assert col.note_count() == len(after) == len(before) + len(changes.added)  # nothing duplicated
    assert {g: n.id for g, n in after.items() if g in before} == {g: n.id for g, n in before.items()}
    for item in figure + framework:
        new_text = "300 亿美元" if item in figure else "集中程度"
        field = "Text" if item.type == "cloze" else "Answer" if new_text in item.answer else "Question"
        assert new_text in after[item.id][field] and after[item.id].id == before[item.id].id
    for gone in changes.retired:
        assert "quizgen::retired" in after[gone.id].tags
    assert {cid: col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", cid) for cid in history} == history
