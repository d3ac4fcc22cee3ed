"""Re-linking: a light rewording of an anchor (a framework term, a retitled section, a figure's
sentence) keeps the gone item's id; a different fact in the same section never does."""

from __future__ import annotations

import hashlib

import pytest

from quizgen.decks.relink import THRESHOLD, anchor_score, relink, section_map, text_score
from quizgen.model import Item, ItemType, Source

DOC = "talk"
SECTION = "主题二：AI 行业竞争、资源与人才密度"


def item(
    anchor: str,
    *,
    kind: str = "framework",
    item_type: ItemType = "basic",
    section: str = SECTION,
    doc: str = DOC,
    deck: str = "D",
    question: str = "",
    answer: str = "A",
) -> Item:
    """An item whose id is hashed from its deck, kind, type and anchor, as the generator's are."""
    digest = hashlib.sha1(f"{deck}\x1f{kind}\x1f{item_type}\x1f{anchor}".encode()).hexdigest()[:16]
    return Item(
        id=f"qg-{digest}",
        deck=deck,
        kind=kind,
        type=item_type,
        question=question or f"Q about {anchor}",
        answer=answer,
        explanation="",
        source=Source(doc, section, 3),
        anchor=anchor,
    )


def term(name: str, **kw: object) -> Item:
    return item(f"{DOC}::{name}", **kw)  # type: ignore[arg-type]


def figure(sentence: str, which: int = 0, **kw: object) -> Item:
    return item(f"{sentence}|{which}", kind="figure", item_type="cloze", **kw)  # type: ignore[arg-type]


def ids_after(new: list[Item], old: list[Item]) -> dict[str, str]:
    """New item (by anchor) -> the id it ends up with."""
    return {i.anchor: i.id for i in relink(new, old).items}


# --- a light rewording keeps the id ---------------------------------------------------------------


def test_a_reworded_framework_term_keeps_its_id() -> None:
    before = [term("指数曲线思维"), term("人才密度")]
    after = [term("指数曲线式思维"), term("人才密度")]
    result = relink(after, before)
    assert [i.id for i in result.items] == [before[0].id, before[1].id]
    (link,) = result.links
    assert link.before == before[0] and link.after.anchor.endswith("指数曲线式思维")
    assert link.after.id == before[0].id and THRESHOLD <= link.score < 100


def test_an_english_term_with_an_article_added_keeps_its_id() -> None:
    before, after = term("Race to the top"), term("The race to the top")
    assert relink([after], [before]).items[0].id == before.id


def test_a_lightly_edited_figure_sentence_keeps_its_id() -> None:
    before = figure("Anthropic 的主要收入来自 API 接口，约占 #，同时也在积极发展应用业务（如 Claude Code）。")
    after = figure("Anthropic 的主要收入来自 API 业务，约占 #，同时也在积极发展应用业务（如 Claude Code）。")
    result = relink([after], [before])
    assert result.items[0].id == before.id and len(result.links) == 1


def test_an_item_in_a_retitled_section_still_relinks() -> None:
    old_section, new_section = "技术挑战与开源争议", "技术挑战与开源之争"
    before = figure("他估算，约 # 的算力用于安全研究。", section=old_section)
    after = figure("他估算，大约 # 的算力用于安全研究。", section=new_section)
    assert section_map([before], [after]) == {(DOC, old_section): new_section}
    assert relink([after], [before]).items[0].id == before.id


def test_a_link_made_earlier_is_kept_silently_on_the_next_build() -> None:
    first = term("指数曲线思维")
    reworded = term("指数曲线式思维")
    linked = relink([reworded], [first]).items[0]  # the old id, the new anchor: what the items file keeps
    again = relink([term("指数曲线式思维")], [linked])
    assert again.items[0].id == first.id and again.links == ()


def test_a_retired_item_whose_anchor_comes_back_takes_its_id_back() -> None:
    linked = relink([term("指数曲线式思维")], [term("指数曲线思维")]).items[0]
    back = relink([term("指数曲线式思维")], [], retired=[linked])
    assert back.items[0].id == linked.id and back.links == ()


def test_the_same_sentence_asking_for_each_of_its_figures_relinks_each_to_its_own() -> None:
    old = [figure("未来 # 内停滞的概率约为 #。", 0), figure("未来 # 内停滞的概率约为 #。", 1)]
    new = [figure("未来 # 内出现停滞的概率约为 #。", 0), figure("未来 # 内出现停滞的概率约为 #。", 1)]
    assert [i.id for i in relink(new, old).items] == [old[0].id, old[1].id]


def test_a_reversed_card_whose_answer_is_the_reworded_term_relinks() -> None:
    before = term("指数曲线思维", item_type="reversed", answer="指数曲线思维")
    after = term("指数曲线式思维", item_type="reversed", answer="指数曲线式思维")
    assert relink([after], [before]).items[0].id == before.id


# --- a different fact never does -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("正和竞争", "零和竞争"),  # one character, the opposite idea
        ("人才密度", "人才密度优先"),  # another term that contains it
        ("蒸笼", "竹蒸笼"),
        ("光", "影"),
        ("Pipeline pressure", "Pump speed"),
    ],
)
def test_a_different_term_in_the_same_section_is_not_relinked(old: str, new: str) -> None:
    result = relink([term(new)], [term(old)])
    assert result.items[0].id == term(new).id and result.links == ()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a different fact in the same section, with the same shape
        (
            "阿莫迪表示，Anthropic 已筹集#，并与亚马逊等合作建设大型数据中心。",
            "他估算，Anthropic 约#的算力用于安全研究。",
        ),
        # ordinals and counts: one character apart, not the same fact
        ("宋知秋归纳这一期的三个要点，第二是#。", "宋知秋归纳这一期的三个要点，第三是#。"),
        ("他在 2023 年说过，营收约为#。", "他在 2024 年说过，营收约为#。"),
        ("In two years the share was #.", "In three years the share was #."),
        # polarity
        ("他认为开源必然带来#倍的协作效应。", "他认为开源并不必然带来#倍的协作效应。"),
        ("The model can reach # of human level.", "The model cannot reach # of human level."),
    ],
)
def test_a_different_figure_sentence_is_not_relinked(old: str, new: str) -> None:
    result = relink([figure(new)], [figure(old)])
    assert result.links == () and result.items[0].id == figure(new).id


def test_a_reworded_sentence_asking_for_another_figure_is_not_relinked() -> None:
    # the figures are masked in the anchor, so only the answer tells these apart
    before = figure("事实上就在他去世#后,该疾病的治愈率就#。", 1, answer="从50%提升到了约95%")
    after = figure("事实上就在他去世#后,该疾病的死亡率就#。", 1, answer="从50%下降到了约5%")
    assert anchor_score(before.anchor, after.anchor) >= THRESHOLD  # type: ignore[operator]
    assert relink([after], [before]).links == ()


def test_a_reworded_sentence_whose_figure_changed_too_is_not_relinked() -> None:
    before = figure("Anthropic 的主要收入来自 API 接口，约占 #。", answer="60-75%")
    after = figure("Anthropic 的主要收入来自 API 业务，约占 #。", answer="80%")
    assert relink([after], [before]).links == ()


def test_an_item_still_present_is_never_taken_over() -> None:
    kept, new = term("指数曲线思维"), term("指数曲线式思维")
    result = relink([kept, new], [kept])
    assert [i.id for i in result.items] == [kept.id, new.id] and result.links == ()


def test_no_relink_across_documents_kinds_types_or_sections() -> None:
    old = term("指数曲线思维")
    for other in (
        term("指数曲线式思维", doc="other-doc"),
        term("指数曲线式思维", kind="claim"),
        term("指数曲线式思维", item_type="reversed"),
        term("指数曲线式思维", section="主题五：个人经历与价值观"),
        term("指数曲线式思维", deck="Another deck"),
    ):
        assert relink([other], [old]).links == (), other


def test_two_alike_candidates_make_no_link() -> None:
    old = term("指数曲线思维")
    rivals = [term("指数曲线式思维"), term("指数曲线型思维")]
    result = relink(rivals, [old])
    assert result.links == () and [i.id for i in result.items] == [r.id for r in rivals]


def test_two_gone_items_alike_to_one_new_item_make_no_link() -> None:
    olds = [term("指数曲线式思维"), term("指数曲线型思维")]
    result = relink([term("指数曲线思维")], olds)
    assert result.links == ()


def test_an_item_without_an_anchor_is_never_relinked() -> None:
    old = term("指数曲线思维")
    bare = Item(**{**{f: getattr(term("指数曲线式思维"), f) for f in Item.__slots__}, "anchor": ""})
    assert relink([bare], [old]).links == ()


# --- the scores themselves ---------------------------------------------------------------------------


def test_anchors_must_differ_in_one_part_only() -> None:
    assert anchor_score("doc::指数曲线思维", "doc::指数曲线思维") == 100
    assert anchor_score("doc::指数曲线思维", "doc::指数曲线式思维") == pytest.approx(92.3, abs=0.1)
    assert (anchor_score("a sentence #|0", "a sentence #|1") or 0) < THRESHOLD  # another figure of it
    assert (anchor_score("doc::title::标题", "doc::author::标题") or 0) < THRESHOLD
    assert anchor_score("doc::指数曲线思维", "other::指数曲线式思维") is None  # two parts differ
    assert anchor_score("core|他认为{}", "core|他认为{}|x") is None


def test_text_score_ignores_case_width_spaces_and_punctuation() -> None:
    assert text_score("Race to the top", "race-to-the-TOP") == 100
    assert text_score("\uff21\uff29 安全", "AI安全") == 100  # full-width AI
    assert text_score("正和竞争", "零和竞争") < THRESHOLD
