"""The body kept and the furniture dropped, one small document per shape (written here), each
asserting what stays, what goes and the reason given."""

from __future__ import annotations

import re

from quizgen.ingest import parse_text
from quizgen.ingest.transcript import UNPUNCTUATED_MIN
from quizgen.model import Document


def parse(text: str) -> Document:
    return parse_text(text, name="t")


def texts(doc: Document) -> list[str]:
    return [b.text for _, b in doc.all_blocks()]


def body(doc: Document) -> str:
    return "\n".join([doc.title, *(s.title for s in doc.sections), *texts(doc)])


def reasons(doc: Document) -> dict[int, str]:
    return {d.line: d.reason for d in doc.dropped}


def test_front_matter_becomes_metadata_with_its_lines() -> None:
    doc = parse(
        "---\ntitle: Bridges of the Rhine\nauthor: Ann Lee\nlayout: post\ntags: [rivers, bridges]\n---\n\n"
        "# Bridges of the Rhine\n\nThe oldest bridge still standing was built in 1388.\n"
    )
    assert [(m.key, m.value, m.line) for m in doc.metadata] == [
        ("author", "Ann Lee", 3),
        ("tags", "rivers, bridges", 5),
    ]
    assert (doc.title, doc.title_line) == ("Bridges of the Rhine", 8)
    # a site generator's setting is not about the text; the title is the heading's, not asked twice
    assert reasons(doc) == {2: "repeats the title", 4: "front matter"}
    assert texts(doc) == ["The oldest bridge still standing was built in 1388."]
    assert doc.preamble[0].line == 10
    assert "layout" not in body(doc) and "---" not in body(doc)


def test_end_matter_link_list_and_its_heading_are_dropped() -> None:
    doc = parse(
        "# 城市的桥\n\n第一座石桥建于1388年，至今仍在使用。\n\n桥的寿命取决于维护。\n\n"
        "相关文章\n\n1. [另一座桥的故事](https://example.org/a)\n2. [河流与城市](https://example.org/b)\n"
        "3. [为什么桥会塌](https://example.org/c)\n"
    )
    assert texts(doc) == ["第一座石桥建于1388年，至今仍在使用。", "桥的寿命取决于维护。"]
    assert doc.sections == ()
    assert reasons(doc)[7] == "end matter"
    assert {reasons(doc)[n] for n in (9, 10, 11)} == {"link density"}


def test_a_link_inside_a_sentence_is_kept() -> None:
    doc = parse(
        "# 笔记\n\n作者在[一篇长文](https://example.org/x)里解释了桥梁为什么需要定期检修，原因有三个。\n"
    )
    assert texts(doc) == ["作者在一篇长文里解释了桥梁为什么需要定期检修，原因有三个。"]
    assert doc.dropped == ()


def test_caption_after_an_image_and_led_captions_are_dropped() -> None:
    doc = parse(
        "# Bridges\n\nThe first paragraph explains why stone lasts.\n\n![](https://example.org/a.png)\n"
        "*The old bridge at dusk*\n\nFigure 2: load paths in an arch\n\n△ 石拱桥的剖面\n\n"
        "![](https://example.org/b.png)\nArches carry load by compression, which stone resists well.\n"
    )
    assert texts(doc) == [
        "The first paragraph explains why stone lasts.",
        "Arches carry load by compression, which stone resists well.",
    ]
    assert reasons(doc) == {5: "image", 6: "caption", 8: "caption", 10: "caption", 12: "image"}


def test_bylines_near_the_top_are_dropped() -> None:
    doc = parse(
        "# 城市的桥\n\n文 | 张三　编辑 | 李四\n\n观点 / 王五 主笔 / 赵六 责编\n\n"
        "第一座石桥建于1388年，至今仍在使用。\n\n桥的寿命取决于维护。\n"
    )
    assert texts(doc) == ["第一座石桥建于1388年，至今仍在使用。", "桥的寿命取决于维护。"]
    assert reasons(doc) == {3: "byline", 5: "byline"}
    english = parse("Why bridges last\n\nBy Jane Smith and Tom Hale\n\nStone resists compression well.\n")
    assert texts(english) == ["Stone resists compression well."]
    assert reasons(english) == {3: "byline"}
    blog = parse(
        "# Why bridges last\n\n*Posted by Jane Smith on March 3, 2021 · 5 min read*\n\n"
        "Stone resists compression well.\n"
    )
    assert texts(blog) == ["Stone resists compression well."]


def test_a_name_in_italics_under_the_title_is_a_byline() -> None:
    doc = parse(
        "# 桥的寿命\n\n*张三丰*\n\n第一座石桥建于1388年，至今仍在使用。\n\n## 维护\n\n维护比材料更重要。\n"
    )
    assert reasons(doc) == {3: "byline"}
    assert [s.title for s in doc.sections] == ["维护"]
    english = parse("# Why bridges last\n\n_Jane Smith_\n\nStone resists compression well.\n")
    assert reasons(english) == {3: "byline"}


def test_staff_credits_at_the_end_are_bylines_not_metadata() -> None:
    doc = parse(
        "# 城市的桥\n\n第一座石桥建于1388年，至今仍在使用。\n\n桥的寿命取决于维护。\n\n"
        "责任编辑：李四\n\n封面图：《石桥》\n\n商务合作：biz@example.org\n"
    )
    assert doc.metadata == ()
    assert reasons(doc) == {7: "byline", 9: "byline", 11: "byline"}


def test_block_quote_is_a_quote_block() -> None:
    doc = parse("# 笔记\n\n作者这样说：\n\n> 书籍是人类进步的阶梯，\n> 也是记忆的仓库。\n\n我同意。\n")
    assert [(b.kind, b.text, b.line) for b in doc.preamble] == [
        ("paragraph", "作者这样说：", 3),
        ("quote", "书籍是人类进步的阶梯，也是记忆的仓库。", 5),
        ("paragraph", "我同意。", 8),
    ]


def test_front_matter_title_is_the_title_when_no_heading_gives_one() -> None:
    doc = parse(
        "---\ntitle: Bridges of the Rhine\n---\n\nThe oldest bridge still standing was built in 1388.\n"
    )
    assert (doc.title, doc.title_line) == ("Bridges of the Rhine", 2)
    assert [(m.key, m.line) for m in doc.metadata] == [("title", 2)]


def test_a_section_of_metadata_with_a_paired_key_is_metadata() -> None:
    doc = parse(
        "# 桥\n\n## 材料信息\n\n- **标题**：桥的寿命\n- **作者/来源**：某播客（某人主持）\n"
        "- **类型**：字幕\n\n"
        "## 正文\n\n第一座石桥建于1388年。\n"
    )
    assert [m.key for m in doc.metadata] == ["标题", "作者/来源", "类型"]
    assert [s.title for s in doc.sections] == ["正文"]


def test_heading_that_repeats_the_front_matter_title_is_the_title_not_a_section() -> None:
    doc = parse(
        "---\ntitle: Bridges of the Rhine\n---\n\n- Channel: River Talks\n- Published: 2024-05-01\n\n"
        "Some words before.\n\n# Bridges of the Rhine\n\n## Stone\n\nStone lasts.\n"
    )
    assert (doc.title, doc.title_line) == ("Bridges of the Rhine", 10)
    assert [s.title for s in doc.sections] == ["Stone"]


def test_author_line_stays_metadata_not_a_byline() -> None:
    doc = parse("# 城市的桥\n\n作者：张三\n\n第一座石桥建于1388年。\n")
    assert [(m.key, m.value) for m in doc.metadata] == [("作者", "张三")]
    assert doc.dropped == ()


def test_callout_marker_is_not_a_section_and_its_words_are_kept() -> None:
    doc = parse(
        "# Notes\n\nStone bridges last for centuries.\n\n> [!note]\n> Arches carry load by compression.\n\n"
        "> [!tip] Remember\n> Maintenance matters more than material.\n"
    )
    assert "[!" not in body(doc) and "note" not in body(doc).lower().split()
    assert reasons(doc) == {5: "callout marker"}
    assert "Arches carry load by compression." in texts(doc)
    assert any("Maintenance matters more than material." in t for t in texts(doc))


def test_calls_to_follow_and_listen_are_dropped_anywhere() -> None:
    doc = parse(
        "# 一期节目\n\n第一段正文，讲桥梁的历史。\n\n第二段正文，讲石料的选择。\n\n"
        "**点击关注，不错过下一期**\n\n"
        "第三段正文，讲维护。\n\n第四段正文，讲成本。\n\n第五段正文，讲未来。\n\n第六段正文。\n\n第七段正文。\n\n"
        "第八段正文。\n\n第九段正文。\n\n第十段正文。\n"
    )
    assert reasons(doc) == {7: "call to action"}
    assert len(texts(doc)) == 10
    english = parse(
        "Notes\n\nStone lasts.\n\nListen to the full episode on your favourite app.\n\nArches resist.\n"
    )
    assert texts(english) == ["Stone lasts.", "Arches resist."]
    where = parse(
        "# 一期节目\n\n第一段正文，讲桥梁的历史。\n\n第二段正文，讲石料的选择。\n\n"
        "本期节目可在各大播客平台搜索「石头说」收听。\n"
    )
    assert texts(where) == ["第一段正文，讲桥梁的历史。", "第二段正文，讲石料的选择。"]


def test_a_call_to_action_inside_a_paragraph_is_cut_and_the_rest_kept() -> None:
    doc = parse(
        "# Episode\n\nWelcome back. Don't forget to subscribe if you enjoy the show. "
        "Today we talk about bridges.\n\n"
        "石桥依靠受压传力。欢迎关注我们的公众号。\n"
    )
    assert texts(doc) == ["Welcome back. Today we talk about bridges.", "石桥依靠受压传力。"]
    assert [(d.line, d.reason) for d in doc.dropped] == [(3, "call to action"), (5, "call to action")]


def test_advice_to_the_reader_in_the_body_is_not_a_call_to_action() -> None:
    advice = [
        "我挑出了其中最管用的两个窍门，分享给大家。",
        "你需要关注现金流。",
        "You should listen to your customers.",
        "If you follow this rule, you will save time.",
        "观点：桥的寿命取决于维护。",
    ]
    around = [f"第{n}段正文。" for n in range(10)]
    doc = parse("# 讲稿\n\n" + "\n\n".join([*around, *advice, *around]) + "\n")
    assert texts(doc) == [*around, *advice, *around]


def test_a_paragraph_near_the_top_that_mentions_an_app_is_body() -> None:
    paragraph = (
        "In high school I wrote my own paint app. It was slow when you moved the mouse quickly. "
        "So I drew lines between the points instead, and it looked smooth enough."
    )
    doc = parse(f"Interview\n\n{paragraph}\n\nThen I studied physics.\n")
    assert texts(doc) == [paragraph, "Then I studied physics."]


def test_export_header_is_metadata_and_highlight_ids_are_dropped() -> None:
    doc = parse(
        "《桥的历史》\n\n作者：张三\nISBN：9787000000000\n阅读进度：45%\n阅读时长：3小时\n\n"
        "石拱桥依靠受压传力。 ^a1b2c3\n\n维护比材料更重要。 ^d4e5f6\n"
    )
    assert [m.key for m in doc.metadata] == ["作者", "ISBN", "阅读进度", "阅读时长"]
    assert texts(doc) == ["石拱桥依靠受压传力。", "维护比材料更重要。"]
    english = parse("Book notes\n\nBook ID: 8812\nISBN: 9780000000000\nProgress: 45%\n\nStone lasts.\n")
    assert [m.key for m in english.metadata] == ["Book ID", "ISBN", "Progress"]
    assert texts(english) == ["Stone lasts."]


def test_e_reader_highlight_ids_and_places_are_dropped() -> None:
    doc = parse(
        "Book notes\n\n- Your Highlight on page 12 | Location 170-172 | Added on Monday, 1 May 2023\n\n"
        "Habits compound over time. (Location 171)\n\nHighlight id: 8f2c91ab\n\n"
        "Small changes add up. ^x7k2p9\n"
    )
    assert texts(doc) == ["Habits compound over time.", "Small changes add up."]
    assert {reasons(doc)[3], reasons(doc)[7]} == {"highlight id"}


def test_a_sentence_about_a_page_is_not_a_highlight_id() -> None:
    doc = parse(
        "Notes\n\nNote: see page 12 for the table.\n\nThe note on page 12 explains it.\n\n"
        "笔记：第3章的要点。\n"
    )
    assert texts(doc) == [
        "Note: see page 12 for the table.",
        "The note on page 12 explains it.",
        "笔记：第3章的要点。",
    ]


def test_timestamps_inside_text_are_dropped() -> None:
    doc = parse(
        "[00:12:34] 主持人：欢迎来到节目。\n00:13 嘉宾：谢谢邀请。\n(01:02) 主持人：我们开始吧。\n"
        "【01:10】嘉宾：好的。\n"
    )
    assert [(b.speaker, b.text) for b in doc.preamble] == [
        ("主持人", "欢迎来到节目。"),
        ("嘉宾", "谢谢邀请。"),
        ("主持人", "我们开始吧。"),
        ("嘉宾", "好的。"),
    ]


def test_a_bold_timestamp_opening_a_show_notes_line_is_dropped() -> None:
    doc = parse(
        "# 第12期 节目笔记\n\n## 时间轴\n\n- **04:10** 她讲在面包房当学徒的三年\n"
        "- **21:35** 第一次差点关店：2014年冬天，连续五个月亏钱\n- 33:02 — 开第二家店的时候请了店长\n"
    )
    assert [b.text for b in doc.sections[0].blocks] == [
        "她讲在面包房当学徒的三年",
        "第一次差点关店：2014年冬天，连续五个月亏钱",
        "开第二家店的时候请了店长",
    ]


def test_unpunctuated_chinese_speech_gets_sentences_back_at_its_pauses() -> None:
    phrases = [
        "好 那我们来上课吧",
        "今天这一堂课呢 讲的是桥梁的结构和它最怕的几种荷载",
        "对吧",
        "所以桥梁最怕的东西是什么呢 就是共振",
        "第二个 叫做疲劳 就是说反复受力以后慢慢出现裂缝",
    ] * 6
    line = " ".join(phrases)
    doc = parse(f"讲课\n\n{line}\n")
    pieces = texts(doc)
    assert len(line) > UNPUNCTUATED_MIN and len(pieces) > 1
    assert all(len(p) <= 260 for p in pieces)
    text = "".join(pieces)
    assert "所以桥梁最怕的东西是什么呢，就是共振。" in text  # a sentence ends before 所以 and before 第二个
    assert "第二个叫做疲劳就是说反复受力以后慢慢出现裂缝。" in text  # short clauses run on
    assert "对吧" not in text and "好" not in text  # words said between sentences are dropped
    assert re.sub(r"[，。]", "", text) == re.sub(r"\s|好 |对吧", "", line).replace("那我们", "我们")
    assert {b.line for b in doc.preamble} == {3}
    assert doc.sections == ()


def test_pieces_of_unpunctuated_speech_are_never_title_or_headings() -> None:
    line = " ".join(["so we started the gallery in a small room and then we moved to the harbour"] * 6)
    doc = parse(f"{line}\n\n01 Second part of the talk\n\nIt went well.\n")
    assert doc.title == ""
    assert [s.title for s in doc.sections] == ["Second part of the talk"]
    assert len(doc.preamble) > 3 and all(b.kind == "paragraph" for b in doc.preamble)


def test_blank_line_inside_a_recognised_sentence_is_joined() -> None:
    doc = parse(
        "So maybe the best way to begin is how did you end up\n\nin the boat trade?\n\n"
        "I studied law at first and worked in a bank and my dad\n\nwas a sailor\n\nand a carpenter.\n\n"
        "The history of tide tables and their uses\n\nthe knot is its unit.\n"
    )
    assert texts(doc)[:2] == [
        "So maybe the best way to begin is how did you end up in the boat trade?",
        "I studied law at first and worked in a bank and my dad was a sailor and a carpenter.",
    ]
    assert "the knot is its unit." in texts(doc)  # a heading above a lower-case line is not a fragment


def test_bold_speaker_label_with_its_colon_on_the_next_line() -> None:
    doc = parse(
        "**甲某**\n：第一句话。\n\n**乙某**\n：第二句话。\n\n**甲某**\n：第三句话。\n\n**乙某**\n：第四句话。\n"
    )
    assert [(b.kind, b.speaker, b.text, b.line) for b in doc.preamble] == [
        ("turn", "甲某", "第一句话。", 1),
        ("turn", "乙某", "第二句话。", 4),
        ("turn", "甲某", "第三句话。", 7),
        ("turn", "乙某", "第四句话。", 10),
    ]
    assert doc.sections == ()


def test_inline_html_tags_are_stripped_but_angle_brackets_in_code_stay() -> None:
    doc = parse(
        "# Notes\n\n<font color=red>Stone</font> lasts<sup>1</sup>.\n\nA List<Integer> holds numbers.\n"
    )
    assert texts(doc) == ["Stone lasts1.", "A List<Integer> holds numbers."]


def test_html_comments_and_link_definitions_are_dropped() -> None:
    doc = parse("# Notes\n\nStone lasts.\n\n<!-- TODO: tidy -->\n\n[ref-1]: https://example.org/x\n")
    assert texts(doc) == ["Stone lasts."]
    assert reasons(doc) == {5: "comment", 7: "link definition"}


def test_html_block_in_markdown_reads_as_text() -> None:
    doc = parse(
        "# Notes\n\n<div><p>Stone lasts for <strong>centuries</strong>.</p><p>Arches resist.</p></div>\n"
    )
    assert texts(doc) == ["Stone lasts for centuries.", "Arches resist."]
    assert {b.line for b in doc.preamble} == {3}


def test_readers_comments_under_a_post_are_dropped_to_the_end() -> None:
    zh = parse(
        "# 一辆修鞋车\n\n老周的修鞋车在巷口停了二十年。\n\n他每天修十几双鞋，收费从五元到三十元。\n\n"
        "巷子拆迁以后，他搬到了菜市场门口。\n\n**精选留言**\n\n> **小河**：我小时候也在这里修过鞋。\n\n"
        "> **作者回复**：谢谢，老周说他记得你。\n"
    )
    assert texts(zh)[-1] == "巷子拆迁以后，他搬到了菜市场门口。"
    assert {reasons(zh)[n] for n in (9, 11, 13)} == {"comments"}
    en = parse(
        "# The last cobbler on Mill Lane\n\nTom has mended shoes on Mill Lane for twenty years.\n\n"
        "He charges between five and thirty pounds a pair.\n\n"
        "When the lane was rebuilt he moved to the market.\n\n"
        "## 2 Comments\n\nAnna: I had my boots fixed there in 1999!\n\n"
        "Tom's niece: He still has the old sign.\n"
    )
    assert texts(en)[-1] == "When the lane was rebuilt he moved to the market."
    assert "Anna" not in body(en) and "2 Comments" not in body(en)


def test_comments_under_a_list_of_other_pieces_are_dropped_to_the_end() -> None:
    # the comments' heading is already read as one more title under 往期推荐; it still opens them
    doc = parse(
        "# 一座石桥\n\n这座桥建于1702年，全长四十米。\n\n桥身用了三千块青石。\n\n它在1950年修过一次。\n\n"
        "往期推荐\n\n▶ 一口古井的来历\n\n▶ 老街上的三家铺子\n\n精选留言\n\n**阿木**：我小时候常在桥下钓鱼\n\n"
        "作者回复：谢谢，下次写写那条河。\n\n**小满**：正好带孩子去看看，谢谢小编！\n"
    )
    assert texts(doc)[-1] == "它在1950年修过一次。"
    assert "小满" not in body(doc) and "作者回复" not in body(doc)


def test_a_line_the_page_marks_as_an_advertisement_is_dropped() -> None:
    zh = parse(
        "# 一座石桥\n\n这座桥建于1702年，全长四十米。\n\n桥身用了三千块青石。\n\n"
        "**【广告】**石桥模型限时特惠，原价¥99，读者专享**¥59**。\n\n[小程序] 某某文创 · 石桥模型\n"
    )
    assert texts(zh) == ["这座桥建于1702年，全长四十米。", "桥身用了三千块青石。"]
    en = parse(
        "# The stone bridge\n\nThe bridge was built in 1702.\n\nIt is forty metres long.\n\n"
        "[Ad] A scale model of the bridge, now $39 for readers.\n\nSponsored: Hillside Tours, from $20.\n"
    )
    assert texts(en) == ["The bridge was built in 1702.", "It is forty metres long."]
    assert set(reasons(en).values()) == {"advertisement"}


def test_a_line_labelled_as_a_link_is_dropped() -> None:
    zh = parse(
        "# 一期节目\n\n嘉宾讲了储蓄率的作用。\n\n储蓄率是储蓄占收入的比例。\n\n"
        "节目链接：在某平台搜“某节目 12”。\n"
    )
    assert texts(zh) == ["嘉宾讲了储蓄率的作用。", "储蓄率是储蓄占收入的比例。"]
    # a bare address after the label is the notes' field (metadata where the notes hold a block of
    # them), not a line this rule drops
    meta = parse("# 一期节目\n\n嘉宾讲了储蓄率的作用。\n\n链接：https://example.org/ep12\n")
    assert "link label" not in reasons(meta).values()
    assert texts(meta)[-1] == "链接：https://example.org/ep12"
    en = parse("# An episode\n\nThe guest spoke about saving.\n\nEpisode link: search for Some Show 12.\n")
    assert texts(en) == ["The guest spoke about saving."]


def test_entries_listed_under_a_bare_sources_label_are_dropped() -> None:
    zh = parse(
        "# 一座石桥\n\n这座桥建于1702年，全长四十米。\n\n桥身用了三千块青石。\n\n参考资料：\n\n"
        "1. 某某著：《石桥志》，某某出版社\n\n2. 某县志相关卷册\n\n它在1950年修过一次。\n"
    )
    assert texts(zh) == ["这座桥建于1702年，全长四十米。", "桥身用了三千块青石。", "它在1950年修过一次。"]
    en = parse(
        "# The stone bridge\n\nThe bridge was built in 1702.\n\nReferences:\n\n"
        "- Lee, K. Old Bridges of the North. Riverside Press.\n- County records, volume 3.\n"
    )
    assert texts(en) == ["The bridge was built in 1702."]
    # a list under a sources note that says something of its own is not an entry list
    kept = parse("# Notes\n\nSources: the county records.\n\n- The bridge cost 900 pounds.\n")
    assert texts(kept) == ["The bridge cost 900 pounds."]


def test_the_note_takers_own_comments_heading_is_kept() -> None:
    doc = parse(
        "# Notes on a talk\n\nThe speaker said bridges fail from neglect.\n\nShe showed three cases.\n\n"
        "## Comments\n\nI think the third case was the strongest.\n"
    )
    assert texts(doc)[-1] == "I think the third case was the strongest."


def test_fields_between_bars_on_one_line_are_each_their_own() -> None:
    doc = parse(
        "# BIO 101 — Pond Life (Week 2 notes)\n\nLecturer: Dr. Ann Lee | Textbook: *Small Waters* (2018)\n\n"
        "## Algae\n\nAlgae make about half of the oxygen on Earth.\n"
    )
    assert [(m.key, m.value) for m in doc.metadata] == [
        ("Lecturer", "Dr. Ann Lee"),
        ("Textbook", "Small Waters (2018)"),
    ]
    zh = parse("# 池塘笔记\n\n主讲：李安 ｜ 地点：三号楼\n\n## 藻类\n\n藻类制造了地球上约一半的氧气。\n")
    assert [(m.key, m.value) for m in zh.metadata] == [("主讲", "李安"), ("地点", "三号楼")]
    # the note-taker's own header: an aside in brackets ends no field, a reading log is metadata
    notes = parse(
        "# 《海岛》读书笔记\n\n- 作者：林一\n- 我读的版本：图书馆借的（还书日期 4 月 2 日！！）\n"
        "- 开始读：2024-02-26 读完：2024-03-17，断断续续三周\n\n## 第一章\n\n岛上的方言只剩四十多个人会说。\n"
    )
    assert [m.key for m in notes.metadata] == ["作者", "我读的版本", "开始读", "读完"]
    assert texts(notes) == ["岛上的方言只剩四十多个人会说。"]


def test_a_films_credits_in_the_header_are_metadata_each_field_its_own() -> None:
    doc = parse(
        "观片记录｜《远山》\n\n总导演：林晓禾\u3000\u3000解说：周正川（配音演员）\n\n"
        "## 第一集\n\n山顶的年平均气温只有 4℃。\n"
    )
    assert [(m.key, m.value) for m in doc.metadata] == [
        ("总导演", "林晓禾"),
        ("解说", "周正川（配音演员）"),
    ]
    assert texts(doc) == ["山顶的年平均气温只有 4℃。"]


def test_an_episodes_chapter_list_is_dropped_and_timed_speech_is_kept() -> None:
    doc = parse(
        "# Ep. 9: Grids\n\n## Chapters\n\n- **00:00** — Intro\n"
        "- **11:05** — The rules of the grid: symmetry\n"
        '- **17:30** — Themes and the "Three Gates" test\n\n## Transcript\n\n'
        "[11:05] The first rule is symmetry, and nobody breaks it.\n\n"
        "[11:40] The second rule is that every word has three letters or more.\n\n"
        "[12:10] The third rule is that the grid must connect.\n"
    )
    assert {reasons(doc)[n] for n in (5, 6, 7)} == {"chapter list"}  # file lines
    assert len(texts(doc)) == 3 and texts(doc)[0] == "The first rule is symmetry, and nobody breaks it."


def test_a_chapter_list_with_one_long_title_among_short_ones_is_dropped_whole() -> None:
    doc = parse(
        "# Ep. 14: Kilns\n\n## Chapters\n\n- **00:00** — Intro and a listener letter\n"
        "- **04:10** — The firing that cracked: a cone 10 glaze on a clay body rated for cone 6 in 2019, "
        "and a whole shelf lost\n"
        "- **12:30** — Reduction versus oxidation\n- **20:45** — Wrap-up\n\n## Notes\n\n"
        "Slow cooling through the quartz inversion keeps the pots from cracking.\n"
    )
    assert {reasons(doc)[n] for n in (5, 6, 7, 8)} == {"chapter list"}  # file lines
    assert texts(doc) == ["Slow cooling through the quartz inversion keeps the pots from cracking."]


def test_a_bold_bracketed_time_leaves_no_emptied_bold_behind() -> None:
    doc = parse(
        "# Ep. 12: Body clocks\n\n## Notes\n\n- **[03:42]** The guest's path from the ward to the lab\n"
        "- **[21:30]** Morning light shifts the body clock more than evening light.\n"
    )
    assert texts(doc) == [
        "The guest's path from the ward to the lab",
        "Morning light shifts the body clock more than evening light.",
    ]


def test_interjections_opening_spoken_sentences_are_dropped_connectives_stay() -> None:
    doc = parse(
        "# 第 12 期\n\n主播：嗯，最大摄氧量决定你的天花板。对，这个很重要。\n\n"
        "嘉宾：然后，乳酸阈决定你能在天花板下面跑多久。\n\n主播：呃……那怎么练？\n\n"
        "嘉宾：好，先说轻松跑。\n"
    )
    assert texts(doc) == [
        "最大摄氧量决定你的天花板。这个很重要。",
        "然后，乳酸阈决定你能在天花板下面跑多久。",
        "那怎么练？",
        "先说轻松跑。",
    ]
    en = parse(
        "# Episode 12\n\nHost: Yeah, so, the key is pacing. Um, we tried it twice.\n\n"
        "Guest: But, honestly, it failed.\n\nHost: Okay, why?\n\nGuest: Well, the heat.\n"
    )
    assert texts(en) == [
        "The key is pacing. We tried it twice.",
        "But, honestly, it failed.",
        "Why?",
        "The heat.",
    ]


def test_a_reading_time_line_and_a_sponsors_code_are_dropped() -> None:
    doc = parse(
        "# 旧表新生\n\n本文约4200字，阅读需要9分钟。\n\n修一块旧表，最难的是找到原厂零件。\n\n"
        "本期节目由青松茶业支持，输入优惠码 QINGSONG 立减二十元。\n"
    )
    assert texts(doc) == ["修一块旧表，最难的是找到原厂零件。"]
    assert set(reasons(doc).values()) == {"reading time", "promotion"}
    passphrase = parse(
        "# 账本\n\n先记账，再预算。\n\n新用户搜索「青松记账」，输入口令“慢慢来”，即可免费领取 30 天会员。\n"
    )
    assert texts(passphrase) == ["先记账，再预算。"]
    invited = parse("# 账本\n\n先记账，再预算。\n\n下单前输入邀请码 KM42Q，首月会员再减五十元。\n")
    assert texts(invited) == ["先记账，再预算。"]
    offer = parse(
        "# Grid\n\nWind output rose 12%.\n\nGridline readers get a free audit when they sign up by 30 June.\n"
    )
    assert texts(offer) == ["Wind output rose 12%."]
    recorded = parse(
        "# Deep Field\n\n*Transcript of a recorded conversation. Recorded at the Halden Institute on 4 May. "
        "Lightly edited for length.*\n\nThe reef lost half its coral in 2016.\n\n"
        "*End of transcript. Runtime: 58 minutes.*\n"
    )
    assert texts(recorded) == ["The reef lost half its coral in 2016."]
    export = parse(
        "Tides of Grain\n\nExport of highlights and notes — 41 highlights, 6 notes\n\n"
        "The canal carried grain north for six centuries.\n\n共 52 条划线，7 条想法\n"
    )
    assert texts(export) == ["The canal carried grain north for six centuries."]
    assert set(reasons(export).values()) == {"export count"}
    giveaway = parse(
        "# 老城的戏台\n\n戏台最早建于清末。\n\n"
        "🎁 本周福利：留言区点赞前 5 名，送《山城月》演出门票 2 张。\n\n"
        "Comment below with your favourite stage to win two tickets to the opening night.\n"
    )
    assert texts(giveaway) == ["戏台最早建于清末。"]
    assert set(reasons(giveaway).values()) == {"giveaway"}


def test_a_sponsors_read_without_a_code_is_dropped() -> None:
    doc = parse(
        "# 山野慢谈\n\n主持人：本期节目由“途记”App赞助播出。途记可以离线下载等高线地图。\n\n"
        "嘉宾：我们今年开了十二家门店。\n\n"
        "主持人：本期节目由“云间”山茶特约播出。\n\n"  # 支持播出, 特约播出: the same read
        "Host: This episode is brought to you by Trailbook, the offline map for hikers.\n"
    )
    assert [t for t in texts(doc) if "途记" in t or "Trailbook" in t or "云间" in t] == []
    assert any("十二家门店" in t for t in texts(doc))
    assert set(reasons(doc).values()) == {"sponsor read"}
    # read in the host's turn of a transcript, it is dropped all the same
    turns = "".join("主持人：怎么起步的？\n\n嘉宾：我们先开了一家店。\n\n" for _ in range(2))
    talk = parse(
        f"# 山野慢谈\n\n{turns}主持人：本期节目由“途记”App赞助播出，离线地图很好用。\n\n嘉宾：好的。\n"
    )
    assert not any("途记" in t for t in texts(talk))
    english = parse(
        "# Old watches\n\nThe hardest part is finding original parts.\n\n"
        "Listeners get 15% off their first order with the code TICKTOCK at the shop.\n\n"
        "© 2024 The Horology Ledger Ltd. All rights reserved.\n\n"
        "TA notes: the figures on slide 12 were checked against the handout.\n"
    )
    assert texts(english) == ["The hardest part is finding original parts."]
    rights = parse(
        "# 旧钟表\n\n最难的是找到原厂零件。\n\n"
        "*本篇由「表匠手记」独家撰写，**转载请私信获取授权**，未经同意不得摘编。合作事宜可发邮件洽谈。*\n"
    )
    assert texts(rights) == ["最难的是找到原厂零件。"]


def test_the_titles_under_a_label_for_other_pieces_are_furniture() -> None:
    doc = parse(
        "# 对话一位农机创业者\n\n他们用了两年，把直线作业的偏差控制在2.5厘米以内。\n\n"
        "公司去年收入4.6亿元。\n\n▼ 往期推荐\n\n· 对话冷链创业者：一年运出十万吨\n"
        "· 县城里的咖啡生意，正在被重新定义\n\n长按二维码关注\n"
    )
    assert texts(doc) == ["他们用了两年，把直线作业的偏差控制在2.5厘米以内。", "公司去年收入4.6亿元。"]
    english = parse(
        "# Why bridges last\n\nStone resists compression well.\n\nRelated posts\n\n"
        "- The quiet genius of the arch\n- Ten bridges that outlived their cities\n\n"
        "Steel came later, and it rusts.\n"
    )
    assert texts(english) == ["Stone resists compression well.", "Steel came later, and it rusts."]


def test_a_call_to_tap_zai_kan_in_its_brackets_is_furniture() -> None:
    from quizgen.ingest import parse_text

    doc = parse_text(
        "# 招人这件事\n\n## 正文\n\n创始人要亲自面试前十个人。\n\n"
        "👇 觉得有用的话，点个「在看」，转给你的朋友。\n",
        name="w",
    )
    assert all("在看" not in b.text for _, b in doc.all_blocks())


def test_a_note_on_where_the_material_came_from_is_dropped() -> None:
    doc = parse(
        "# 老窑新火\n\n她在窑边守了二十年，烧坏的坯子堆成了小山。\n\n"
        "资料来源：文中产量数据由受访工坊提供，部分照片经本人同意使用。\n"
    )
    assert texts(doc) == ["她在窑边守了二十年，烧坏的坯子堆成了小山。"]
    en = parse("# Salt roads\n\nThe caravans crossed in 40 days.\n\nSources: two guides, a 2021 survey.\n")
    assert texts(en) == ["The caravans crossed in 40 days."]
    assert set(reasons(en).values()) == {"sources note"}


def test_a_reference_lists_entries_are_furniture() -> None:
    doc = parse(
        "# 老窑新火\n\n她在窑边守了二十年，烧坏的坯子堆成了小山。\n\n"
        "[1] 周某 等. 龙窑烧成温度的测定[J]. 陶瓷研究, 2011.\n\n"
        "[2] Hart, P. et al. Kiln firing curves. Ceramics Today, 2015.\n\n"
        "[3] 她说烧坏的坯子要留着。\n"
    )
    assert texts(doc) == ["她在窑边守了二十年，烧坏的坯子堆成了小山。", "[3] 她说烧坏的坯子要留着。"]
    assert set(reasons(doc).values()) == {"reference entry"}


def test_a_note_on_the_texts_own_making_is_furniture() -> None:
    doc = parse(
        "# Cooling the city\n\nThe study followed 40 libraries for five summers.\n\n"
        "Correction, 3 June: This piece first gave the wrong count of libraries.\n\n"
        "整理于 2024.5.2 晚，火车上看完，周末补记。\n\n"
        "Minutes recorded by R. Okoye, Secretary, 2 May 2025.\n\n"
        "纪要整理：小周\n"
    )
    assert set(reasons(doc).values()) == {"note on the text's making"}
    assert len(reasons(doc)) == 4
    assert body(doc).count("40 libraries") == 1


def test_a_pages_reactions_bar_is_furniture() -> None:
    doc = parse("# 回答\n\n先把基础统计学扎实学一遍。\n\n👍 96 赞同 · 💬 28 条评论 · ⭐ 收藏 · 分享\n")
    assert texts(doc) == ["先把基础统计学扎实学一遍。"]
    english = parse("# Post\n\nStart with the basics.\n\nLike · 14 comments · Share\n\n2019 · 2020 · 2021\n")
    assert texts(english) == ["Start with the basics.", "2019 · 2020 · 2021"]  # years are no buttons
    forum = parse(
        "# 12 lessons\n\n*Posted by u/beam_and_joist · 5y · 880 points · 41 comments*\n\n"
        "Measure twice.\n\n**Tags:** #carpentry #advice #tools\n"
    )
    assert texts(forum) == ["Measure twice."]
    said = parse("# 回答\n\n评论区有人说得好：收藏不等于学会。\n")
    assert texts(said) == ["评论区有人说得好：收藏不等于学会。"]


def test_a_time_inside_emphasis_goes_with_its_space() -> None:
    doc = parse(
        "# Episode notes\n\n**[07:05] How they priced it.** They charged $49 a month from 2020.\n\n"
        "She said [12:30] that it worked.\n"
    )
    assert texts(doc) == [
        "How they priced it. They charged $49 a month from 2020.",
        "She said that it worked.",
    ]


def test_a_row_of_wiki_links_and_a_reporters_tagline_are_furniture() -> None:
    doc = parse(
        "# Canal notes\n\nThe canal paid 8% a year at its peak.\n\n"
        "Related: [[Turnpike trusts]] · [[South Sea Company]] · [[Tulip mania]]\n\n"
        "See [[Tulip mania]] for an older bubble, in flowers and in credit.\n\n"
        "Mara Quist covers transport and housing for the Courier. Email her via the newsroom.\n"
    )
    assert texts(doc) == [
        "The canal paid 8% a year at its peak.",
        "See [[Tulip mania]] for an older bubble, in flowers and in credit.",  # a link in a sentence
    ]


def test_an_author_note_set_in_italics_is_furniture_a_plain_sentence_of_the_same_words_is_not() -> None:
    doc = parse(
        "# The salt road\n\nThe road carried salt inland for three centuries.\n\n"
        "Ewa Lind writes about the salt trade in her 1890 diary, with prices by the cask.\n\n"
        "*Tomas Berg writes about trade routes and old roads. His next book is out in spring.*\n\n"
        "_Nadia Orr is a freelance writer based on the coast._\n"
    )
    assert texts(doc) == [
        "The road carried salt inland for three centuries.",
        "Ewa Lind writes about the salt trade in her 1890 diary, with prices by the cask.",
    ]
    assert set(reasons(doc).values()) == {"author's note"}


def test_a_stations_underwriting_and_pledge_drive_are_cut() -> None:
    doc = parse(
        "# Call-in hour\n\nSupport for Yard Talk comes from Birch Lane Nursery, family-owned since 1971. "
        "Mulch is on sale.\n\nThis station is listener-supported, thank you. "
        "Our spring pledge drive runs in May.\n\nAnd from Fenwick Tools, offering repairs at cost.\n\n"
        "Compost needs air as much as it needs water.\n"
    )
    assert texts(doc) == ["Compost needs air as much as it needs water."]
    assert set(reasons(doc).values()) == {"sponsor read"}


def test_where_to_search_for_the_show_and_when_it_updates_is_furniture() -> None:
    doc = parse("# 节目\n\n渡口一天跑六趟船。\n\n喜马拉雅搜索“河边夜谈”，每周四更新\n")
    assert texts(doc) == ["渡口一天跑六趟船。"]


def test_a_sponsor_read_in_the_note_takers_shorthand_and_its_code_are_dropped() -> None:
    doc = parse(
        "# Ep. 40: soil and rain\n\n## Notes\n\nClay holds water longer than sand does.\n\n## Sponsor\n\n"
        "Episode brought to you by **Mossline** — seed trays, the host read the ad.\n\n"
        "Code **DIGDEEP15** gets new customers a discount on trays.\n"
    )
    assert texts(doc) == ["Clay holds water longer than sand does."]
    assert set(reasons(doc).values()) == {"sponsor read", "promotion"}
    # a show presented by its host, said without the sponsor's words, stays
    kept = parse("# Notes\n\nThe show is hosted by Ada Brill, a soil scientist.\n")
    assert texts(kept) == ["The show is hosted by Ada Brill, a soil scientist."]


def test_a_pages_disclaimer_of_its_own_standing_is_furniture() -> None:
    doc = parse(
        "# 巷子里的修表铺\n\n老周修表修了三十年，一块机械表收费两百元起。\n\n"
        "*本文系「城南小店」原创。\n\n老周没有向我们收取任何报酬。\n\n"
        "Not sponsored, and not financial advice.\n"
    )
    assert texts(doc) == ["老周修表修了三十年，一块机械表收费两百元起。"]
    assert set(reasons(doc).values()) == {"disclaimer"}
    health = parse(
        "# 关于午睡\n\n午睡最好控制在半小时以内。\n\n睡太久醒来反而更困。\n\n"
        "**【免责声明】** 以上文字仅供读者参考，不能代替医生的诊断。\n\n"
        "This is not medical advice.\n"
    )
    assert texts(health) == ["午睡最好控制在半小时以内。", "睡太久醒来反而更困。"]
    assert set(reasons(health).values()) == {"disclaimer"}


def test_a_pages_correction_notice_is_furniture() -> None:
    doc = parse(
        "# The last ropeworks\n\nThe ropeworks on the quay closed in 1998 after ninety years.\n\n"
        "*Correction: An earlier version of this article said the ropeworks closed in 1996.*\n\n"
        "An earlier version of this story misspelt the foreman's name.\n\n"
        "*This article was amended on 2 May. A previous version gave the quay's name wrongly.*\n"
    )
    assert texts(doc) == ["The ropeworks on the quay closed in 1998 after ninety years."]
    assert set(reasons(doc).values()) == {"correction"}
    zh = parse("# 老绳厂\n\n绳厂在1998年关门，开了九十年。\n\n更正：本文此前误将关门年份写作1996年。\n")
    assert texts(zh) == ["绳厂在1998年关门，开了九十年。"]
    own = parse(
        "# Lecture 4\n\nThe charter was sealed in 1215.\n\n"
        "Correction: the barons met at Runnymede, not Windsor.\n"
    )
    assert "Correction: the barons met at Runnymede, not Windsor." in texts(own)


def test_headlines_that_ask_or_exclaim_under_a_label_for_other_pieces_are_furniture() -> None:
    doc = parse(
        "# 对话一位窑工\n\n一窑柴烧要连续烧三天三夜。\n\n往期推荐\n\n"
        "▶ 一家只卖三种馒头的小店，凭什么开了二十年？\n"
        "▶ 山里的养蜂人：今年的蜜少了一半！\n"
        "▶ 开在旧粮仓里的书店，撑过了第三年\n"
    )
    assert texts(doc) == ["一窑柴烧要连续烧三天三夜。"]
    assert [r for line, r in reasons(doc).items() if line >= 7] == ["title of another piece"] * 3


def test_how_to_cite_the_paper_is_furniture() -> None:
    doc = parse(
        "# Reading group\n\nThe paper argues that acquaintances carry news a close circle cannot.\n\n"
        'Cite: A. Author, "A Paper on Ties," Journal of Things 12(3): 101-120, May 1980.\n'
    )
    assert texts(doc) == ["The paper argues that acquaintances carry news a close circle cannot."]


def test_a_programmes_music_and_editing_credits_and_a_follow_call_after_an_emoji_are_furniture() -> None:
    doc = parse(
        "# 第12期：修钟表的人\n\n嘉宾讲了擒纵机构怎么校准，误差控制在每天5秒以内。\n\n"
        "电影配乐：为影片专门创作的音乐，和画面一起剪辑。\n\n"
        "**片尾音乐**：《Low Tide》，by 某乐队\n\n本期后期：阿宁\n\n"
        "Theme music: a band we like\n\n👉 **点击关注**「慢钟」，每周五更新\n"
    )
    text = body(doc)
    assert "擒纵机构" in text and "电影配乐" in text
    for gone in ("Low Tide", "阿宁", "a band we like", "点击关注"):
        assert gone not in text, gone


def test_a_fenced_code_block_is_no_text_and_its_comments_are_no_headings() -> None:
    doc = parse(
        "# 第3讲 读表\n\n## 1. 读数据\n\n"
        "```python\nimport csv\n# 如果乱码，换成 gbk 再读\nrows = list(csv.reader(f))\n```\n\n"
        "我的数据一共 1200 行。\n\n~~~\n# not a heading either\n~~~\n\n## 2. 去重\n\n重复的有 30 行。\n"
    )
    assert [s.title for s in doc.sections] == ["读数据", "去重"]
    text = body(doc)
    assert "1200 行" in text and "重复的有 30 行" in text
    assert "import csv" not in text and "乱码" not in text and "not a heading" not in text


def test_a_programmes_card_in_the_second_half_is_dropped_with_its_label() -> None:
    doc = parse(
        "# 第12期 开书店的账\n\n"
        "主播：今天聊开书店要花多少钱。\n\n嘉宾：房租是大头，一年差不多十二万。\n\n"
        "主播：那你觉得最该省的是哪一块？\n\n嘉宾：装修，书店的装修别超过八万。\n\n"
        "【节目信息】\n《书架之间》每周二更新，各大播客平台均可收听。\n商务合作：见主页邮箱\n\n"
        "嘉宾：最后补一句，书店的第一年先别想着赚钱。\n"
    )
    dropped = set(reasons(doc).values())
    assert "show information" in dropped
    assert "每周二更新" not in body(doc) and "商务合作" not in body(doc)
    assert "十二万" in body(doc)  # the talk itself stays
    assert "先别想着赚钱" in body(doc)  # the card ends at its blank line
    english = parse(
        "# Ep 4: pricing a weaving course\n\nWe charge forty pounds a head.\n\n"
        "Materials are a fifth of that.\n\nYarn is bought by the kilo.\n\n"
        "## About the show\nNew episodes every Friday wherever you listen.\n"
    )
    assert "every Friday" not in body(english) and "forty pounds" in body(english)


def test_a_credits_label_in_the_first_half_is_the_notes_own() -> None:
    doc = parse(
        "# Notes on film sound\n\n## Credits\nA film's credits name the sound designer last.\n\n"
        "## Mixing\nDialogue is mixed first.\n\nMusic comes next.\n\nEffects go last.\n\n"
        "Then the stems are printed.\n"
    )
    assert "sound designer" in body(doc)
