"""Acceptance (issue 7), end to end on copies of the sample seeds with the real generator.

The interview seed gets the four plain edits: a figure (200 → 300 亿美元), a framework's
definition, section five deleted, a section added; nothing renamed, so nothing is re-linked.
The podcast seed gets light rewordings (a figure's sentence; a heading retitled with a sentence
under it edited), which re-link, and a different fact written over one with the same shape
(SWE 3%→80% becomes its 错误率 97%→20%), which does not. Before the rebuild a learner studied
both decks in a real Anki collection and in the review store; `quizgen diff` then `quizgen
build` run, both packages are imported again, the store syncs, and a third build changes nothing.
"""

from __future__ import annotations

import dataclasses
import html
import re
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from ankikit import fresh_collection, import_apkg, notes_by_guid, warnings_in
from regenkit import outputs

from quizgen.cli import main
from quizgen.decks import (
    BuildResult,
    DeckDefinition,
    Plan,
    build_deck,
    itemsfile,
    load_definition,
    plan_deck,
    sync_store,
)
from quizgen.model import Item
from quizgen.store import Store, SyncReport
from quizgen.store.sync import sibling_key

pytest.importorskip("anki")

ROOT = Path(__file__).resolve().parent.parent
T0 = 1_700_000_000
STUDIED = datetime(2024, 3, 10, 10, 0, tzinfo=UTC)
SYNCED = STUDIED + timedelta(hours=2)  # the next `quizgen review`, same study day
SECTION_FIVE = re.compile(r"\*\*主题五：.*?(?=\*\*主题六)", re.DOTALL)
NEW_SECTION = (
    "**主题七：安全投入的回报**\n\n"
    "- 阿莫迪提出“复利安全”（compounding safety），即每一代模型的安全投入都会在下一代上得到回报。\n"
    "- 他估算，Anthropic 约 15% 的算力用于安全研究，并计划在三年内提高到 25%。\n\n"
)
INTERVIEW_EDITS = (
    ("已筹集近 200 亿美元", "已筹集近 300 亿美元"),  # a figure
    ("即顶尖人才的聚集与协作能力", "即顶尖人才的集中程度与协作效率"),  # a framework's definition
    ("**框架与心智模型", NEW_SECTION + "**框架与心智模型"),  # a section added
)
PODCAST_EDITS = (  # each on a sentence the default deck asks (one item per fact, within the budget)
    ("访谈揭示Anthropic年营收", "访谈揭示了Anthropic年营收"),  # a figure's sentence reworded
    ("04 万亿资本下的安全困局", "04 万亿资本下的安全困境"),  # a heading retitled ...
    ("每晚入睡前都在思考", "每晚入睡前总在思考"),  # ... and a sentence under it reworded
    ("超75%收入来自API接口", "不到25%收入来自应用产品"),  # another fact of the same shape
)
SLUGS = ("amodei-interview", "amodei-podcast")


@dataclass
class Story:
    decks: dict[str, DeckDefinition]
    first: dict[str, BuildResult]
    plans: dict[str, Plan]  # what the rebuild changes, worked out before it
    diff_out: str
    diff_wrote: bool
    build_out: str
    third: dict[str, BuildResult]
    third_out: str
    files_before_third: dict[str, dict[str, tuple[bytes, int]]]
    anki: dict[str, Any] = field(default_factory=dict)
    store: dict[str, Any] = field(default_factory=dict)


def edit(path: Path, edits: tuple[tuple[str, str], ...], *, drop: re.Pattern[str] | None = None) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    if drop is not None:
        text, count = drop.subn("", text)
        assert count == 1
    path.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Story:
    project = tmp_path_factory.mktemp("regenerate")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    (project / "decks").mkdir()
    for slug in SLUGS:
        shutil.copy(ROOT / "decks" / f"{slug}.yaml", project / "decks")
    decks = {slug: load_definition(project / "decks" / f"{slug}.yaml") for slug in SLUGS}
    first = {slug: build_deck(d, now=T0) for slug, d in decks.items()}

    # a learner studies: in Anki, and in the review store
    col = fresh_collection(project / "anki")
    store = Store.open(project / "quizgen.db")
    try:
        anki = study_in_anki(col, first)
        studied = study_in_store(store, first)

        edit(project / "seeds" / "amodei-interview.txt", INTERVIEW_EDITS, drop=SECTION_FIVE)
        edit(project / "seeds" / "amodei-podcast.txt", PODCAST_EDITS)

        plans = {slug: plan_deck(d, now=T0 + 86_400) for slug, d in decks.items()}
        before = {slug: outputs(d.path) for slug, d in decks.items()}
        diff_out = run_cli("diff", *(str(d.path) for d in decks.values()))
        diff_wrote = before != {slug: outputs(d.path) for slug, d in decks.items()}
        build_out = run_cli("build", "--decks", str(project / "decks"))

        anki.update(reimport(col, decks))
        studied.update(resync(store, decks))

        files = {slug: outputs(d.path) for slug, d in decks.items()}
        third_out = run_cli("build", "--decks", str(project / "decks"))
        third = {slug: build_deck(d, now=T0 + 3 * 86_400) for slug, d in decks.items()}
        return Story(
            decks, first, plans, diff_out, diff_wrote, build_out, third, third_out, files, anki, studied
        )
    finally:
        store.close()
        col.close()


def run_cli(*argv: str) -> str:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(list(argv)) == 0
    return out.getvalue()


# --- the learner's Anki collection ------------------------------------------------------------------


def chosen(result: BuildResult) -> list[Item]:
    """Items to study: every one the edits touch, and a few they leave alone."""
    wanted = (
        "200 亿美元",
        "聚集与协作能力",
        "访谈揭示Anthropic",
        "都在思考平衡问题",
        "收入来自API接口",
        "个人经历与价值观",
    )
    items = [e.item for e in result.items_file.entries]
    touched = [i for i in items if any(w in i.question + i.answer + i.source.section for w in wanted)]
    others = [i for i in items if i not in touched][:5]
    return touched + others


def study_in_anki(col: Any, first: dict[str, BuildResult]) -> dict[str, Any]:
    logs = [import_apkg(col, r.definition.apkg_path) for r in first.values()]
    assert all(warnings_in(log) == {} for log in logs)
    notes = notes_by_guid(col)
    studied = [item.id for r in first.values() for item in chosen(r)]
    for guid in studied:
        for card in notes[guid].cards():
            card.start_timer()
            col.sched.answerCard(card, 3)
    history = {
        cid: col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", cid) for cid in revlog_cards(col)
    }
    return {"notes": {g: n.id for g, n in notes.items()}, "history": history, "studied": studied}


def revlog_cards(col: Any) -> list[int]:
    return list(col.db.list("SELECT DISTINCT cid FROM revlog"))


def reimport(col: Any, decks: dict[str, DeckDefinition]) -> dict[str, Any]:
    logs = {slug: import_apkg(col, d.apkg_path) for slug, d in decks.items()}
    notes = notes_by_guid(col)
    history = {
        cid: col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", cid) for cid in revlog_cards(col)
    }
    return {
        "logs": logs,
        "after": {g: (n.id, n.tags, dict(n.items())) for g, n in notes.items()},
        "note_count": col.note_count(),
        "history_after": history,
        "reviewed_types": {cid: col.get_card(cid).type for cid in history},
    }


# --- the review store ---------------------------------------------------------------------------------


def study_in_store(store: Store, first: dict[str, BuildResult]) -> dict[str, Any]:
    answered: list[str] = []
    for result in first.values():
        sync_store(store, result.items_file, STUDIED)
        store.configure_deck(result.definition.name, new_per_day=1000, now=STUDIED)
        grade = max(g.value for g in store.grades(result.definition.name))
        for item in chosen(result):
            store.record_answer(item.id, grade, STUDIED)
            answered.append(item.id)
    previews = {i: store.preview(i, SYNCED) for i in answered}
    reviews = store.stats(None, SYNCED).reviews_per_day[-1]
    return {"answered": answered, "previews": previews, "reviews": reviews}


def resync(store: Store, decks: dict[str, DeckDefinition]) -> dict[str, Any]:
    reports: dict[str, SyncReport] = {slug: sync_store(store, d, SYNCED) for slug, d in decks.items()}
    sessions = {slug: store.start_session(d.name, SYNCED) for slug, d in decks.items()}
    current = {slug: [i.id for i in store.deck_items(d.name)] for slug, d in decks.items()}
    return {
        "reports": reports,
        "sessions": sessions,
        "current": current,
        "path": store.path,
    }


# --- the diff and the build's summary ---------------------------------------------------------------


def deck_block(out: str, name: str) -> list[str]:
    """The lines `diff` or `build` printed for deck `name`: its head line and item lines."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{name}"))
    end = next(
        (i for i in range(start + 1, len(lines)) if not lines[i].startswith((" ", "warning:"))), len(lines)
    )
    return lines[start:end]


def test_the_diff_lists_every_edit_item_by_item_and_writes_nothing(story: Story) -> None:
    assert not story.diff_wrote
    interview = deck_block(story.diff_out, "Dario Amodei::Interview")
    podcast = deck_block(story.diff_out, "Dario Amodei::Podcast")
    changes = story.plans["amodei-interview"].changes
    head = interview[0]
    assert f"{len(changes.added)} added, {len(changes.changed)} changed" in head and "re-linked" not in head
    # the figure and the definition: changed, both versions (one item per fact)
    assert interview.count("    answer before: 近 200 亿美元") == 1
    assert interview.count("    answer after:  近 300 亿美元") == 1
    assert any(" before: " in line and "顶尖人才的聚集与协作能力" in line for line in interview)
    assert any(" after:  " in line and "顶尖人才的集中程度与协作效率" in line for line in interview)
    # the added section, and the deleted one: its items retire (the budget follows the text, so
    # an item of another section may come in or go with them)
    added = [line for line in interview if line.startswith("  added ")]
    assert any("安全投入的回报" in line for line in added)
    retired = [line for line in interview if line.startswith("  retired ")]
    assert len(retired) == len(changes.retired) >= 1 and all("tag:quizgen::retired" in r for r in retired)
    assert any(i.source.section.endswith("个人经历与价值观") for i in changes.retired)
    assert not any(line.startswith("  re-linked ") for line in interview)  # nothing was renamed

    relinked = [line for line in podcast if line.startswith("  re-linked ")]
    assert len(relinked) == len(story.plans["amodei-podcast"].changes.relinked) >= 2
    assert any(line.startswith("    anchor before: 访谈揭示Anthropic年营收#") for line in podcast)
    assert any(line.startswith("    anchor after:  访谈揭示了Anthropic年营收#") for line in podcast)
    assert (
        "    anchor after:  达里奥每晚入睡前总在思考平衡问题:技术能拯救生命,但#资本正推动无约束发展。|0"
        in podcast
    )
    before = [line for line in podcast if line.startswith("    question before: ")]  # retitled section
    assert any("访谈揭示Anthropic" in line for line in before) and any("都在思考" in line for line in before)


def test_a_different_fact_with_the_same_shape_is_retired_and_added_not_relinked(story: Story) -> None:
    changes = story.plans["amodei-podcast"].changes
    linked_questions = " ".join(b.question + a.question for b, a in changes.relinked)
    assert "收入来自" not in linked_questions
    assert any("收入来自API接口" in i.question for i in changes.retired)
    assert any("收入来自应用产品" in i.question for i in changes.added)


def test_the_build_summary_lists_what_the_diff_listed(story: Story) -> None:
    for name in ("Dario Amodei::Interview", "Dario Amodei::Podcast"):
        built, diffed = deck_block(story.build_out, name), deck_block(story.diff_out, name)
        assert built[0].startswith(f"{name}: ") and " notes, " in built[0] and built[0].endswith(".apkg")
        assert built[1:] == diffed[1:]


# --- the items file --------------------------------------------------------------------------------


def test_the_items_file_keeps_ids_and_change_times(story: Story) -> None:
    for slug, definition in story.decks.items():
        plan = story.plans[slug]
        written = itemsfile.read(definition.items_path)
        # what the diff showed is what the build wrote (built later, so with later change times)
        assert [e.item for e in written.entries] == [e.item for e in plan.items_file.entries]
        entries = {e.item.id: e for e in written.entries}
        first = {e.item.id: e for e in story.first[slug].items_file.entries}
        for old, new in (*plan.changes.changed, *plan.changes.relinked):
            assert old.id == new.id and new.id in entries and entries[new.id].changed > T0
        # unchanged: the same note (an item that only moved to another line is: the line is not in it)
        unchanged = [
            i for i in entries if i in first and off_line(first[i].item) == off_line(entries[i].item)
        ]
        assert len(unchanged) == plan.changes.unchanged and all(entries[i].changed == T0 for i in unchanged)
        assert {e.item.id for e in written.retired} == {i.id for i in plan.changes.retired}
    podcast = {e.item.id: e.item for e in itemsfile.read(story.decks["amodei-podcast"].items_path).entries}
    for old, new in story.plans["amodei-podcast"].changes.relinked:
        assert podcast[old.id].anchor == new.anchor != old.anchor  # the old id, the new anchor


def off_line(item: Item) -> Item:
    return dataclasses.replace(item, source=dataclasses.replace(item.source, line=0))


def line_only_moves(story: Story, slug: str) -> list[str]:
    """Items of a deck whose rebuild changed nothing but their source line."""
    first = {e.item.id: e.item for e in story.first[slug].items_file.entries}
    now = {e.item.id: e.item for e in story.plans[slug].items_file.entries}
    return [
        i
        for i, item in now.items()
        if i in first and item != first[i] and off_line(item) == off_line(first[i])
    ]


# --- the Anki collection -------------------------------------------------------------------------------


def test_anki_updates_the_studied_notes_in_place_without_duplicates(story: Story) -> None:
    anki = story.anki
    for slug, log in anki["logs"].items():  # notes updated: exactly those whose item changed
        changes = story.plans[slug].changes
        assert warnings_in(log) == {}
        assert len(log.updated) == len(changes.changed) + len(changes.relinked) + len(changes.moved) + len(
            changes.retired
        )
        assert len(log.duplicate) == changes.unchanged  # Anki's word for "already up to date"
    added = [i for p in story.plans.values() for i in p.changes.added]
    assert sum(len(log.new) for log in anki["logs"].values()) == len(added)
    before, after = anki["notes"], anki["after"]
    assert anki["note_count"] == len(after) == len(before) + len(added)  # nothing duplicated
    assert {g: after[g][0] for g in before} == before  # every note kept its note id
    for plan in story.plans.values():
        for _, new in (*plan.changes.changed, *plan.changes.relinked):  # the new text, in place
            fields = after[new.id][2]
            assert plain(new.answer) in plain(fields["Answer"]), new.id
            front = fields["Text"] if new.type == "cloze" else fields["Question"]
            assert plain(new.cloze if new.type == "cloze" else new.question) == plain(front), new.id
        for gone in plan.changes.retired:
            assert "quizgen::retired" in after[gone.id][1]
    relinked = [new.id for p in story.plans.values() for _, new in p.changes.relinked]
    assert relinked and set(relinked) <= set(anki["studied"])  # reworded, in the note that was studied
    # every studied card keeps its review history and its schedule
    assert {cid: anki["history_after"][cid] for cid in anki["history"]} == anki["history"]
    assert all(anki["reviewed_types"][cid] != 0 for cid in anki["history"])


def plain(text: str) -> str:
    return re.sub(r"\s", "", re.sub(r"<[^>]+>", "", html.unescape(text)))


# --- the review store -----------------------------------------------------------------------------------


def test_the_store_keeps_schedules_and_takes_retired_items_out_of_the_queue(story: Story) -> None:
    studied = story.store
    for slug, plan in story.plans.items():
        report = studied["reports"][slug]
        changes = plan.changes
        assert report.added == len(changes.added) and report.retired == len(changes.retired)
        # the store also records where an unchanged item now stands (its line and siblings)
        moved_lines = len(line_only_moves(story, slug))
        assert (
            report.updated == len(changes.changed) + len(changes.relinked) + len(changes.moved) + moved_lines
        )
        session, current = studied["sessions"][slug], studied["current"][slug]
        gone = {i.id for i in changes.retired}
        assert not gone & set(session.queue) and not gone & set(current)
        # new items come in new, but one of each source line a day (siblings are buried: store/queue.py)
        with Store.open(studied["path"]) as store:
            taken = {sibling_key(store.item(i)) for i in (*session.new_ids, *studied["answered"])}
        assert {sibling_key(i) for i in changes.added} <= taken
    kept = [
        new.id
        for p in story.plans.values()
        for _, new in (*p.changes.changed, *p.changes.relinked)
        if new.id in studied["answered"]
    ]
    assert kept, "no studied item was changed or re-linked"
    reopened = Store.open(studied["path"])
    try:
        for item_id in kept:  # the same schedule as before the rebuild, and not new again
            assert reopened.preview(item_id, SYNCED) == studied["previews"][item_id]
            assert all(item_id not in s.new_ids for s in studied["sessions"].values())
        assert reopened.stats(None, SYNCED).reviews_per_day[-1] == studied["reviews"]  # history kept
        retired_studied = [
            i.id for p in story.plans.values() for i in p.changes.retired if i.id in studied["answered"]
        ]
        assert retired_studied and all(reopened.item(i).id == i for i in retired_studied)  # kept, not deleted
    finally:
        reopened.close()


# --- idempotence --------------------------------------------------------------------------------------------


def test_a_third_build_of_the_same_seeds_writes_nothing(story: Story) -> None:
    for slug, definition in story.decks.items():
        result = story.third[slug]
        assert not result.written and not result.changes.any
        assert outputs(definition.path) == story.files_before_third[slug]  # bytes and mtimes
    assert story.third_out.count("; up to date") == 2 and "  re-linked" not in story.third_out
