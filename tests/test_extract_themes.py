"""Theme extraction: content sections with their labels, positions and points; what is not a theme."""

from __future__ import annotations

from dockit import block, document, section

from quizgen.extract.themes import extract, is_generic_heading


def test_each_content_section_is_a_theme_with_label_title_and_points() -> None:
    doc = document(
        section(
            "城市更新的产权难题",
            3,
            block("产权分散是旧城改造最大的障碍。此外还有资金问题。", 4),
            label="主题一",
        ),
        section("资金从哪里来", 6, block("地方财政之外，社会资本正在进入。", 7), label="主题二"),
    )
    first, second = extract(doc)
    assert (first.label, first.title, first.number) == ("主题一", "城市更新的产权难题", 1)
    assert first.points == ("产权分散是旧城改造最大的障碍。",)
    assert (second.label, second.number) == ("主题二", 2)
    assert first.source.line == 3 and first.source.section == "城市更新的产权难题"


def test_a_document_without_headings_has_no_themes() -> None:
    doc = document(
        preamble=(block("Plain prose, one paragraph per line.", 1, kind="paragraph"),), language="en"
    )
    assert extract(doc) == []


def test_generic_headings_are_not_themes() -> None:
    for title in ("概述", "核心要点", "读后小结", "术语表", "框架与心智模型（Framework & Mindset）", "背景"):
        assert is_generic_heading(title), title
    for title in ("Key takeaways", "Overview", "Key terms", "Summary"):
        assert is_generic_heading(title), title
    for title in (
        "竹编工艺",
        "快与慢：先稳而后快",
        "The life of a river delta",
        "People mentioned",
    ):
        assert not is_generic_heading(title), title


def test_glossary_and_metadata_sections_are_skipped_but_still_counted_by_position() -> None:
    doc = document(
        section("Where the idea came from", 3, block("It started with telegraph lines.", 4)),
        section(
            "Vocabulary list",
            6,
            block("", 7, raw="**Signal**: what the transmitter sends over the channel."),
            block("", 8, raw="**Noise**: random disturbances added by the channel itself."),
        ),
        section("Details", 10, block("Author: Jane Doe", 11)),
        section("How codes beat noise", 13, block("Redundancy lets the receiver correct errors.", 14)),
        language="en",
    )
    themes = extract(doc)
    assert [(t.title, t.number) for t in themes] == [
        ("Where the idea came from", 1),
        ("How codes beat noise", 4),
    ]


def test_an_empty_heading_is_not_a_theme_unless_it_has_subsections() -> None:
    doc = document(
        section("空标题", 3),
        section("第二部分的总题", 5, label="二"),
        section("其中一节", 6, block("这一节讲具体做法，包括分类和登记。", 7), level=2),
    )
    themes = extract(doc)
    assert [t.title for t in themes] == ["第二部分的总题", "其中一节"]
    assert themes[0].points == ("其中一节",)
    assert themes[1].number == 0  # an unlabelled subsection is not asked by position


def test_unlabelled_section_among_labelled_ones_gets_no_position() -> None:
    doc = document(
        section("产权难题", 3, block("产权分散是旧城改造最大的障碍。", 4), label="01"),
        section("回顾与展望", 6, block("十年来的经验值得总结。", 7)),
    )
    assert [t.number for t in extract(doc)] == [1, 0]


def test_a_section_kind_word_before_a_colon_becomes_the_label() -> None:
    doc = document(
        section("主线", 3, block("产权分散是旧城改造最大的障碍。", 4), label="01"),
        section("尾声：在快与慢之间", 6, block("城市更新需要耐心，也需要制度。", 7)),
    )
    last = extract(doc)[-1]
    assert (last.label, last.title) == ("尾声", "在快与慢之间")


def test_interviewer_questions_are_not_points_of_a_conversation_section() -> None:
    doc = document(
        section(
            "产权与资金",
            3,
            block("你怎么看产权问题？为什么这么难？", 4, kind="turn", speaker="主持人"),
            block("产权分散是旧城改造最大的障碍。", 5, kind="turn", speaker="嘉宾"),
            block("那资金呢？", 6, kind="turn", speaker="主持人"),
            block("没错。社会资本正在进入旧城改造。", 7, kind="turn", speaker="嘉宾"),
        ),
        section("第二部分", 9, block("另一段内容在这里展开。", 10)),
    )
    assert extract(doc)[0].points == ("产权分散是旧城改造最大的障碍。", "社会资本正在进入旧城改造。")
