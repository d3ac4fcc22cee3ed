"""Hand-made items (Chinese and English, HTML characters, one- and many-deletion clozes, choices,
a reversed card) and small helpers around a real Anki collection, for the export and Anki tests."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from quizgen.model import Item, ItemType, Source

INTERVIEW = "amodei-interview"
BUSINESS = "主题三：商业模式、盈利与定价策略"


def hand_items(deck: str = "Test::Hand") -> list[Item]:
    return [
        Item(
            id="qg-cloze-one",
            deck=deck,
            kind="figure",
            type="cloze",
            question="Anthropic 的收入约 […] 来自 API 接口。",
            answer="60-75%",
            cloze="Anthropic 的收入约 {{c1::60-75%}} 来自 API 接口。",
            explanation="Anthropic 的主要收入来自 API 接口，约占 60-75%。",
            source=Source(INTERVIEW, BUSINESS, 31),
        ),
        Item(
            id="qg-cloze-two",
            deck=deck,
            kind="figure",
            type="cloze",
            question="该疾病的治愈率从 […] 提升到了约 […]。",
            answer="50%；95%",
            cloze="该疾病的治愈率从 {{c1::50%}} 提升到了约 {{c2::95%}}。",
            explanation="事实上就在他去世三四年后，该疾病的治愈率就从50%提升到了约95%。",
            source=Source("amodei-podcast", "03 安全与伦理：父亲之死激发的技术使命", 74),
        ),
        Item(
            id="qg-basic-html",
            deck=deck,
            kind="framework",
            type="basic",
            question='What does <b>talent density</b> mean at a "mission-first" lab?',
            answer="Top people gathered & working together (quality > headcount < 2x)",
            explanation="He argues talent density, not money, decides who wins.",
            source=Source("talk-notes", "Teams & culture", 7),
            tags=("quizgen::theme::Teams & culture", "extra tag", "quizgen::card::reverse"),
        ),
        Item(
            id="qg-reversed",
            deck=deck,
            kind="framework",
            type="reversed",
            question="哪个概念是指：以负责任的做法带动整个行业提升安全标准？",
            answer="“向上的竞赛”（race to the top）",
            explanation="强调 Anthropic 的目标是推动行业“向上的竞赛”。",
            source=Source(INTERVIEW, "主题六：治理、安全与行业责任", 52),
        ),
        Item(
            id="qg-choice",
            deck=deck,
            kind="figure",
            type="choice",
            question="Anthropic 已筹集了多少资金？",
            answer="近 200 亿美元",
            choices=("约 50 亿美元", "近 200 亿美元", "约 1000 亿美元", "约 10 亿美元"),
            explanation="Anthropic 已筹集近 200 亿美元，并与亚马逊等合作建设大型数据中心。",
            source=Source(INTERVIEW, "主题二：AI 行业竞争、资源与人才密度", 22),
        ),
        Item(
            id="qg-person",
            deck=deck,
            kind="person",
            type="basic",
            question="Who interviews Dario Amodei in the podcast?",
            answer="Reed Albergotti",
            explanation="",
            source=Source("amodei-podcast", "", 3),
        ),
    ]


def cards_made(item: Item) -> int:
    """How many cards Anki should make for `item`, counted by hand from its text."""
    if item.type == "cloze":
        return len(set(re.findall(r"\{\{c(\d+)::", item.cloze)))
    return 2 if "quizgen::card::reverse" in item.tags else 1


# --- a real Anki collection -----------------------------------------------------------------------


def fresh_collection(folder: Path) -> Any:
    from anki.collection import Collection

    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / "collection.anki2"))


def import_apkg(col: Any, path: Path) -> Any:
    """Import with Anki's defaults (update notes and note types if newer); returns the log."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def warnings_in(log: Any) -> dict[str, int]:
    """The import log's complaint lists that are not empty (Anki shows each as a warning)."""
    lists = ("conflicting", "first_field_match", "missing_notetype", "missing_deck", "empty_first_field")
    return {name: len(getattr(log, name)) for name in lists if len(getattr(log, name))}


def visible_text(rendered: str) -> str:
    """What a learner sees: no <style>, no tags, entities decoded, whitespace collapsed."""
    rendered = re.sub(r"<style>.*?</style>", "", rendered, flags=re.DOTALL)
    rendered = re.sub(r"</?(?:div|li|ol|ul|br|hr|p)\b[^>]*>", " ", rendered)  # blocks separate words
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", rendered)).split())


def squash(text: str) -> str:
    return " ".join(text.split())


def notes_by_guid(col: Any) -> dict[str, Any]:
    return {col.get_note(nid).guid: col.get_note(nid) for nid in col.find_notes("")}


_DELETION = re.compile(r"\{\{c(\d+)::(.*?)(?:::[^}]*)?\}\}", re.DOTALL)


def cloze_front(cloze: str, ordinal: int) -> str:
    """The cloze text as card `ordinal` shows it, worked out from the item alone."""
    return squash(_DELETION.sub(lambda m: "[...]" if int(m.group(1)) == ordinal else m.group(2), cloze))


def assert_cards_show_their_items(col: Any, items: list[Item]) -> None:
    """Every item's note has the cards it should (one per cloze deletion), and every card's
    rendered question and answer are non-empty, differ, and show the item's own text."""
    notes = notes_by_guid(col)
    for item in items:
        cards = sorted(notes[item.id].cards(), key=lambda c: c.ord)
        assert len(cards) == cards_made(item), item.id
        for card in cards:
            front, back = visible_text(card.question()), visible_text(card.answer())
            assert front and back and front != back, item.id
            if item.type == "cloze":
                assert cloze_front(item.cloze, card.ord + 1) in front, item.id
                revealed = squash(_DELETION.sub(r"\2", item.cloze))
                assert revealed in back and revealed not in front, item.id
            elif card.ord == 1:  # the optional reverse card
                assert squash(item.answer) in front and squash(item.question) in back, item.id
            else:
                assert squash(item.question) in front and squash(item.answer) in back, item.id
            if item.type == "choice":
                assert all(squash(choice) in front for choice in item.choices), item.id
                marked = f'<li class="qz-correct">{html.escape(item.answer.strip(), quote=False)}</li>'
                assert marked in card.answer(), item.id
            assert squash(item.explanation)[:12] in back, item.id


# --- a stand-in generator over a tiny seed format, for build tests that must not depend on the
# real generator's choices. `== Title ==` opens a section; `term: T = D` is a framework (a basic
# note asking for its reverse card too); `fig: … [number] …` is a figure (a cloze and a choice).
# Ids hash the deck, kind, type and anchor (the term; the sentence with its number masked).

MINI_SEED = """\
== 主题一：人才密度 ==
term: 人才密度 = 顶尖人才的聚集与协作能力
fig: Anthropic 已筹集近 [200 亿美元]，规模并不逊色于其他公司。
== 主题二：商业模式 ==
term: 向上的竞赛 = 以负责任的做法带动整个行业提升标准
fig: API 收入约占 [60-75%]，应用业务也在增长。
== Theme three: risks ==
term: Race to the top = raising the whole industry's safety bar by example
fig: The chance of a plateau within two years is about [20-25%] & falling.
"""


def mini_generate(paths: Any, deck: str) -> list[Item]:
    import hashlib

    items: list[Item] = []

    def make(kind: str, kind_type: ItemType, anchor: str, *extra_tags: str, **fields: Any) -> None:
        digest = hashlib.sha1(f"{deck}\x1f{kind}\x1f{kind_type}\x1f{anchor}".encode()).hexdigest()
        tags = (f"quizgen::kind::{kind}", f"quizgen::doc::{fields['source'].doc}", *extra_tags)
        items.append(Item(id=f"qg-{digest[:16]}", deck=deck, kind=kind, type=kind_type, tags=tags, **fields))

    for path in paths:
        section = ""
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            source = Source(Path(path).stem, section, number)
            if line.startswith("== "):
                section = line.strip("= ")
            elif line.startswith("term: "):
                term, definition = (part.strip() for part in line[6:].split("=", 1))
                make(
                    "framework",
                    "basic",
                    term,
                    "quizgen::card::reverse",
                    question=f"{term}：指什么？",
                    answer=definition,
                    explanation=line[6:],
                    source=source,
                )
            elif line.startswith("fig: "):
                sentence = line[5:]
                figure = sentence[sentence.index("[") + 1 : sentence.index("]")]
                masked = sentence.replace(f"[{figure}]", "[…]")
                plain = sentence.replace(f"[{figure}]", figure)
                make(
                    "figure",
                    "cloze",
                    masked,
                    question=masked,
                    answer=figure,
                    cloze=sentence.replace(f"[{figure}]", "{{c1::" + figure + "}}"),
                    explanation=plain,
                    source=source,
                )
                make(
                    "figure",
                    "choice",
                    masked,
                    question=masked,
                    answer=figure,
                    choices=tuple(sorted({figure, "约 1 亿美元", "90%"})),
                    explanation=plain,
                    source=source,
                )
    return items
