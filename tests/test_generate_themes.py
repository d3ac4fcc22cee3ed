"""Layout questions (`themes.layout_drafts`): "what is theme N about?" and "which theme covers this
point?" (a choice), kept for callers that ask for them; by default (`themes.drafts`, `generate`)
a section is asked through its content, never by its number or as the place of a line."""

from __future__ import annotations

from dataclasses import replace

from dockit import block, document, ids, kept_drafts, section, seed_drafts

from quizgen.generate.themes import point_candidates
from quizgen.model import Document, Section

ZH_SECTIONS = (
    section("城市更新的产权难题", 3, block("产权分散是旧城改造中最大的障碍。", 4), label="主题一"),
    section("资金从哪里来", 6, block("社会资本正在以多种方式进入旧城改造。", 7), label="主题二"),
    section("居民如何参与决策", 9, block("居民议事会让改造方案更容易落地执行。", 10), label="主题三"),
    section("十年经验与教训", 12, block("慢一点的改造反而让街区保住了原有的活力。", 13), label="主题四"),
)


def interview(*sections: Section) -> Document:
    return document(*(sections or ZH_SECTIONS), title="城市更新访谈")


def by_type(doc: Document, item_type: str) -> list[tuple[str, str]]:
    return [(d.question, d.answer) for d in kept_drafts(doc, "theme") if d.type == item_type]


def test_labelled_theme_is_asked_by_its_label_with_the_title_as_answer() -> None:
    assert ("这篇访谈的“主题三”讨论什么？", "居民如何参与决策") in by_type(interview(), "basic")


def test_bare_numeral_label_and_position_are_asked_as_the_nth_part() -> None:
    numbered = [
        replace(s, label=label) for s, label in zip(ZH_SECTIONS, ("一", "二", "03", "四"), strict=True)
    ]
    questions = dict(by_type(document(*numbered, title="城市更新读书笔记"), "basic"))
    assert questions["这篇读书笔记的第三部分讨论什么？"] == "居民如何参与决策"
    unlabelled = [replace(s, label="") for s in ZH_SECTIONS]
    assert dict(by_type(document(*unlabelled), "basic"))["本文的第四部分讨论什么？"] == "十年经验与教训"


def test_english_sections_are_asked_by_ordinal_or_by_label() -> None:
    sections = [
        section("Where the idea came from", 3, block("It started with telegraph lines and their noise.", 4)),
        section("How codes beat noise", 6, block("Redundancy lets the receiver correct most errors.", 7)),
    ]
    notes = document(*sections, language="en", title="Lecture notes on information")
    assert ("What is the second section of these lecture notes about?", "How codes beat noise") in by_type(
        notes, "basic"
    )
    labelled = document(replace(sections[0], label="Part 1"), language="en", title="A talk on codes")
    assert by_type(labelled, "basic") == [("What is Part 1 of this talk about?", "Where the idea came from")]


def test_explanation_lists_the_section_points() -> None:
    section_three = section(
        "居民如何参与决策",
        9,
        block("居民议事会让改造方案更容易落地执行。其余细节从略。", 10),
        block("每户都有一票，方案须过半数同意。", 11),
        label="主题三",
    )
    doc = interview(*ZH_SECTIONS[:2], section_three)
    [basic] = [d for d in kept_drafts(doc, "theme") if d.type == "basic" and d.answer == "居民如何参与决策"]
    assert basic.explanation == "居民议事会让改造方案更容易落地执行；每户都有一票，方案须过半数同意"


def test_which_theme_choice_offers_the_other_headings_in_a_stable_order() -> None:
    choices = [d for d in kept_drafts(interview(), "theme") if d.type == "choice"]
    assert len(choices) == 4
    first = next(d for d in choices if d.answer == "城市更新的产权难题")
    assert first.question == "“产权分散是旧城改造中最大的障碍”属于哪个主题？"
    assert sorted(first.choices) == sorted(s.title for s in ZH_SECTIONS)
    again = next(
        d for d in kept_drafts(interview(), "theme") if d.type == "choice" and d.answer == first.answer
    )
    assert again.choices == first.choices


def test_which_theme_point_drops_attribution_and_avoids_pronouns() -> None:
    lead = section(
        "城市更新的产权难题",
        3,
        block("他认为这件事很难办。", 4),
        block("王教授指出，产权分散是旧城改造中最大的障碍。", 5),
        label="主题一",
    )
    doc = interview(lead, *ZH_SECTIONS[1:])
    [choice] = [
        d for d in kept_drafts(doc, "theme") if d.type == "choice" and d.answer == "城市更新的产权难题"
    ]
    assert choice.question == "“产权分散是旧城改造中最大的障碍”属于哪个主题？"


def test_no_choice_without_enough_other_headings() -> None:
    assert by_type(interview(*ZH_SECTIONS[:2]), "choice") == []


def test_by_default_no_section_is_asked_by_its_number_or_as_the_place_of_a_line() -> None:
    from quizgen.extract import extract
    from quizgen.generate import generate, themes

    doc = interview()
    assert themes.layout_drafts(doc, extract(doc))  # what a caller could ask for…
    assert themes.drafts(doc, extract(doc)) == []  # …is not what a deck gets
    asked = [item.question for item in generate([doc], deck="t")]
    assert not any("讨论什么" in q or "属于哪个主题" in q for q in asked)


def test_plain_prose_yields_no_theme_items() -> None:
    prose = document(
        preamble=(block("Plain prose, one paragraph per line.", 1, kind="paragraph"),), language="en"
    )
    assert kept_drafts(prose, "theme") == []


def test_retitling_a_labelled_theme_keeps_the_id_of_what_is_theme_n() -> None:
    before = ids(interview(), "theme")
    retitled = interview(
        *ZH_SECTIONS[:2], replace(ZH_SECTIONS[2], title="居民怎样参与改造决策"), ZH_SECTIONS[3]
    )
    after = ids(retitled, "theme")
    question = "basic:这篇访谈的“主题三”讨论什么？"
    assert before[question] == after[question]


def test_which_theme_id_follows_the_point_not_the_heading() -> None:
    retitled = interview(replace(ZH_SECTIONS[0], title="产权：改造的第一道坎"), *ZH_SECTIONS[1:])
    question = "choice:“产权分散是旧城改造中最大的障碍”属于哪个主题？"
    assert ids(interview(), "theme")[question] == ids(retitled, "theme")[question]


def test_same_label_in_two_documents_gives_two_ids() -> None:
    one, two = interview(), replace(interview(), name="other")
    question = "basic:这篇访谈的“主题一”讨论什么？"
    assert ids(one, "theme")[question] != ids(two, "theme")[question]


def test_which_theme_point_is_not_cut_inside_a_quotation_half_a_pair_or_an_example() -> None:
    quoted = point_candidates(
        "老街坊常说「房子是祖上的，改不改得大家商量」，这句话道出了产权分散的难处。", "zh"
    )
    assert "老街坊常说「房子是祖上的" not in quoted
    assert "老街坊常说「房子是祖上的，改不改得大家商量」" in quoted
    pair = point_candidates("旧城改造中既有产权分散的问题，也有补偿标准不一的问题。", "zh")
    assert pair == ["旧城改造中既有产权分散的问题，也有补偿标准不一的问题"]
    example = point_candidates("议事会总结了十多种协商办法，例如按楼栋投票，按户数分摊费用。", "zh")
    assert "议事会总结了十多种协商办法，例如按楼栋投票" not in example
    assert "议事会总结了十多种协商办法" in example


def test_sample_interview_themes_are_asked_by_their_written_labels() -> None:
    items = seed_drafts("amodei-interview", "theme")
    assert items["这篇访谈的“主题三”讨论什么？"] == "商业模式、盈利与定价策略"
    assert (
        sum(q.endswith("讨论什么？") for q in items) == 6
    )  # 主题一…六; 概述, the framework list, 基本信息 are not themes


def test_sample_podcast_numbered_sections_and_the_closing_one() -> None:
    items = seed_drafts("amodei-podcast", "theme")
    assert items["这期《大科技播客》的第三部分讨论什么？"] == "安全与伦理:父亲之死激发的技术使命"
    assert items["这期《大科技播客》的“尾声”讨论什么？"] == "在加速与刹车间寻找平衡"
