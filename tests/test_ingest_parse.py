"""Structure: title, metadata, headings, blocks and turns, on small documents written here."""

from __future__ import annotations

import pytest

from quizgen.errors import QuizgenError
from quizgen.ingest import parse_text
from quizgen.model import Document


def parse(text: str) -> Document:
    return parse_text(text, name="t")


def headings(doc: Document) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in doc.sections]


def texts(doc: Document) -> list[str]:
    return [b.text for _, b in doc.all_blocks()]


# --- headings ------------------------------------------------------------------------------------


def test_markdown_headings_with_title_and_levels() -> None:
    doc = parse("# 读书笔记\n\n## 背景\n\n正文一。\n\n### 细节\n\n正文二。\n")
    assert doc.title == "读书笔记"
    assert doc.title_line == 1
    assert [(s.title, s.level, s.line) for s in doc.sections] == [("背景", 1, 3), ("细节", 2, 7)]


def test_bold_line_is_a_heading_and_split_bold_runs_are_joined() -> None:
    doc = parse("随笔\n\n**主题一：GPU** **算力的价格**\n\n- 要点。\n\n**小结**\n\n结尾。\n")
    assert headings(doc) == [("主题一", "GPU 算力的价格"), ("", "小结")]


def test_bold_runs_between_chinese_characters_join_without_space() -> None:
    doc = parse("随笔\n\n**主题二：供应链** **的重建**\n\n要点。\n")
    assert headings(doc) == [("主题二", "供应链的重建")]


@pytest.mark.parametrize(
    ("line", "label", "title"),
    [
        ("主题三：商业模式", "主题三", "商业模式"),
        ("第二讲 竹编工艺", "第二讲", "竹编工艺"),
        ("第三章：漆器", "第三章", "漆器"),
        ("第三部分：记忆的存盘", "第三部分", "记忆的存盘"),  # not 第三部 + 分：…
        ("第二部 下卷", "第二部", "下卷"),
        ("一、作者与缘起", "一", "作者与缘起"),
        ("01 紧迫的时间线", "01", "紧迫的时间线"),
        ("Part 2: The Harbour", "Part 2", "The Harbour"),
        ("## 03 成本与收益", "03", "成本与收益"),
        ("## 第四集 · 回到窑口", "第四集", "回到窑口"),  # a middle dot between them, as films number parts
    ],
)
def test_numbered_heading_forms_keep_their_label(line: str, label: str, title: str) -> None:
    doc = parse(f"笔记\n\n{line}\n\n这一节的正文。\n")
    assert headings(doc) == [(label, title)]
    assert doc.sections[0].blocks[0].text == "这一节的正文。"


def test_bare_number_over_a_short_title_is_one_heading() -> None:
    doc = parse("一篇文章\n\n01\n为什么要读书\n\n读书让人明智。\n\n02\n\n怎么读书\n\n慢慢读。\n")
    assert [(s.label, s.title, s.line) for s in doc.sections] == [
        ("01", "为什么要读书", 3),
        ("02", "怎么读书", 8),
    ]
    assert texts(doc) == ["读书让人明智。", "慢慢读。"]


def test_bracketed_numbering_is_a_sub_heading() -> None:
    doc = parse("笔记\n\n一、方法\n\n总述。\n\n（一）精读\n\n一字一句地读。\n\n二、结论\n\n读完。\n")
    assert [(s.label, s.title, s.level) for s in doc.sections] == [
        ("一", "方法", 1),
        ("（一）", "精读", 2),
        ("二", "结论", 1),
    ]


def test_heading_with_clear_numbering_or_bold_may_be_a_question() -> None:
    doc = parse(
        "Notes\n\nChapter 1: How Can Great Firms Fail?\n\nText.\n\n**为什么公司会亏损？**\n\n因为训练。\n"
    )
    assert headings(doc) == [("Chapter 1", "How Can Great Firms Fail?"), ("", "为什么公司会亏损？")]


def test_short_plain_line_before_body_is_a_heading() -> None:
    doc = parse("要点\n\n1、第一点。\n\n背景\n\n一段背景说明。\n\n术语表\n词甲：一种东西。\n")
    assert headings(doc) == [("", "要点"), ("", "背景"), ("", "术语表")]
    assert doc.title == ""


def test_a_signature_under_a_quotation_is_not_a_heading() -> None:
    doc = parse(
        "# 守窑人\n\n## 一、窑火\n\n“火候是等出来的。”\n\n——陈守礼\n\n他在窑边守了二十年。\n\n"
        '"Patience is a craft."\n\n— Ada Byrne\n\nShe fired the kiln at dawn.\n'
    )
    assert headings(doc) == [("一", "窑火")]


def test_long_chinese_numbered_line_is_a_point_not_a_heading() -> None:
    doc = parse("笔记\n\n一、这是一个很长的句子，它说完了一件事情。\n二、第二件事情也说完了。\n")
    assert doc.sections == ()
    assert [(b.kind, b.label) for b in doc.preamble] == [("numbered", "一"), ("numbered", "二")]


def test_number_with_a_unit_at_a_line_start_is_not_a_heading_label() -> None:
    doc = parse("笔记\n\n3 亿元的融资在当年并不多见\n\n14 divers reached the wreck\n\n正文。\n")
    assert [s.label for s in doc.sections] == ["", ""]


def test_speaker_name_alone_is_not_a_heading() -> None:
    doc = parse("访谈\n\n张三\n你好。\n\n李四\n你好，张三。\n\n张三\n我们开始吧。\n\n李四\n好的。\n")
    assert doc.sections == ()
    assert [(b.kind, b.speaker, b.line) for b in doc.preamble] == [
        ("turn", "张三", 4),
        ("turn", "李四", 7),
        ("turn", "张三", 10),
        ("turn", "李四", 13),
    ]


# --- title ---------------------------------------------------------------------------------------


def test_first_short_line_before_metadata_is_the_title() -> None:
    doc = parse("航海术的历史（笔记）\n\n课程：交通史\n\n第一讲 帆\n1. 帆出现了。\n")
    assert (doc.title, doc.title_line) == ("航海术的历史（笔记）", 1)
    assert doc.sections[0].label == "第一讲"


def test_first_short_line_opening_body_in_a_sectioned_document_is_a_heading() -> None:
    doc = parse("核心要点\n\n1、第一点。\n2、第二点。\n\n背景\n\n一段背景。\n")
    assert doc.title == ""
    assert headings(doc) == [("", "核心要点"), ("", "背景")]


def test_first_short_line_of_an_unsectioned_document_is_the_title() -> None:
    doc = parse("一次短途旅行\n\n我们早上出发。\n\n傍晚回到家。\n")
    assert doc.title == "一次短途旅行"
    assert texts(doc) == ["我们早上出发。", "傍晚回到家。"]


def test_a_first_sentence_is_never_promoted_to_title() -> None:
    doc = parse("In 1961 the council voted to build a new bridge over the river.\n\nIt opened in 1965.\n")
    assert doc.title == ""
    assert doc.title_line == 0


def test_two_headings_in_a_row_at_the_top_make_the_first_the_title() -> None:
    doc = parse("**一本书的笔记**\n\n**主题一：开端**\n\n正文。\n")
    assert doc.title == "一本书的笔记"
    assert headings(doc) == [("主题一", "开端")]


def test_markdown_title_below_a_byline_is_the_title() -> None:
    doc = parse("原创 某人 2024-03-08\n\n# 读某书：第一部分\n\n作者：某作者\n\n## 一、开端\n\n正文。\n")
    assert (doc.title, doc.title_line) == ("读某书：第一部分", 3)
    assert [(m.key, m.line) for m in doc.metadata] == [("作者", 5)]
    assert [b.text for b in doc.preamble] == ["原创 某人 2024-03-08"]
    assert [(s.label, s.level) for s in doc.sections] == [("一", 1)]


def test_title_falls_back_to_a_title_field() -> None:
    doc = parse("标题：一场对话\n作者：某人\n\n正文在这里。\n")
    assert (doc.title, doc.title_line) == ("一场对话", 1)


# --- metadata ------------------------------------------------------------------------------------


def test_metadata_block_after_the_title_in_both_colons() -> None:
    doc = parse(
        "书的笔记\n\n书名: 某书\n作者：某人\n日期：2024-05-01\nURL: https://example.org/a?b=1\n\n正文。\n"
    )
    assert [(m.key, m.value, m.line) for m in doc.metadata] == [
        ("书名", "某书", 3),
        ("作者", "某人", 4),
        ("日期", "2024-05-01", 5),
        ("URL", "https://example.org/a?b=1", 6),
    ]
    assert texts(doc) == ["正文。"]


def test_bulleted_metadata_section_is_metadata_not_a_section() -> None:
    doc = parse(
        "# Notes\n\n## About\n\n* Author: A. Writer\n* Published: 1990, in two parts\n\n## Ideas\n\nText.\n"
    )
    assert [(m.key, m.value) for m in doc.metadata] == [
        ("Author", "A. Writer"),
        ("Published", "1990, in two parts"),
    ]
    assert headings(doc) == [("", "Ideas")]


def test_addresses_and_lower_case_tags_are_still_metadata() -> None:
    doc = parse(
        "Notes\n\nSource: https://example.org/talk\nLink: www.example.org\nTags: history, maps\n\nText.\n"
    )
    assert [m.key for m in doc.metadata] == ["Source", "Link", "Tags"]


def test_a_source_told_in_a_sentence_is_still_metadata() -> None:
    doc = parse(
        "# 某次访谈\n\n> 来源：某杂志 2021 年 9 月号的封面访谈，原文约 1.8 万字，编辑聊了两个多小时。"
        "以下是我按主题重排的。\n"
        "> 整理时间：2023-03-02　标签：#咖啡 #创业\n\n## 开店\n\n她在 2015 年开了第一家店。\n"
    )
    assert [m.key for m in doc.metadata] == ["来源", "整理时间", "标签"]
    assert texts(doc) == ["她在 2015 年开了第一家店。"]
    english = parse(
        "Talk notes\n\nSource: a keynote at a regional meetup, transcribed by me.\n\nIt began in 2015.\n"
    )
    assert [m.key for m in english.metadata] == ["Source"]
    # a term defined in the body is no metadata, whatever its label
    body = parse("# 笔记\n\n## 概念\n\n开篇先讲背景。\n\n标签：给每条样本标上的类别。\n")
    assert body.metadata == () and "标签：给每条样本标上的类别。" in texts(body)


def test_a_recordings_file_name_is_metadata_not_a_definition() -> None:
    doc = parse(
        "GEOG 101 Week 3 - Rivers (auto-transcript)\n"
        "Recording: week3_audio.m4a  | Transcribed automatically, not checked\n\n"
        "PROFESSOR: okay so rivers. The Nile floods every summer.\n"
    )
    assert [m.key for m in doc.metadata] == ["Recording"]
    assert not any("Transcribed" in t for t in texts(doc))


def test_metadata_section_at_the_end_is_metadata() -> None:
    doc = parse("笔记\n\n**主题一：甲**\n\n- 要点。\n\n**基本信息**\n\n- 标题：某次访谈\n- 作者：某人\n")
    assert [(m.key, m.line) for m in doc.metadata] == [("标题", 9), ("作者", 10)]
    assert headings(doc) == [("主题一", "甲")]


def test_single_definition_line_is_a_paragraph_not_metadata_or_a_turn() -> None:
    doc = parse("茶书笔记\n\n核心概念\n\n闷泡：出汤之前先盖住闷一会。\n注水：沿杯壁慢慢倒。\n")
    assert doc.metadata == ()
    assert [(b.kind, b.text) for b in doc.sections[0].blocks] == [
        ("paragraph", "闷泡：出汤之前先盖住闷一会。"),
        ("paragraph", "注水：沿杯壁慢慢倒。"),
    ]


def test_terms_that_merely_contain_a_metadata_word_are_not_metadata() -> None:
    doc = parse(
        "笔记\n\n## 框架\n\n- **时间复利**：长期坚持带来的加速回报\n- **来源可信度**：信息出处的可靠程度\n\n"
        "## Glossary\n\n* Source rock: where oil forms\n* Channel: the deep lane a river cuts\n"
    )
    assert doc.metadata == ()
    assert [s.title for s in doc.sections] == ["框架", "Glossary"]
    assert doc.sections[0].blocks[0].raw == "**时间复利**：长期坚持带来的加速回报"


def test_glossary_without_metadata_keys_stays_a_section() -> None:
    doc = parse("笔记\n\n第一讲 纸\n1. 纸。\n\n术语表\n竹篾：劈开的细竹条\n藤条：晒干的细藤\n")
    assert doc.metadata == ()
    assert headings(doc)[-1] == ("", "术语表")
    assert len(doc.sections[-1].blocks) == 2


# --- blocks --------------------------------------------------------------------------------------


def test_bullets_and_numbered_points_with_labels() -> None:
    doc = parse("清单\n\n- 甲。\n* 乙。\n• 丙。\n1. 丁。\n2、戊。\n（3）己。\n")
    assert [(b.kind, b.label, b.text) for b in doc.preamble] == [
        ("bullet", "", "甲。"),
        ("bullet", "", "乙。"),
        ("bullet", "", "丙。"),
        ("numbered", "1", "丁。"),
        ("numbered", "2", "戊。"),
        ("numbered", "3", "己。"),
    ]


def test_a_reading_apps_highlight_mark_is_a_bullet_but_a_hyphen_needs_its_space() -> None:
    doc = parse(
        "划线\n\n◆ 旧照片每翻看一回，就会多一层新的解读。\n★重读的价值在第二遍。\n-5 度以下停止浇水。\n"
    )
    assert [(b.kind, b.text) for b in doc.preamble][:2] == [
        ("bullet", "旧照片每翻看一回，就会多一层新的解读。"),
        ("bullet", "重读的价值在第二遍。"),
    ]
    assert doc.preamble[2].kind != "bullet" and doc.preamble[2].text.startswith("-5")


def test_raw_keeps_markup_and_text_drops_it() -> None:
    doc = parse("术语\n\n- **指数思维**：增长是乘法。\n")
    block = doc.preamble[0]
    assert block.raw == "**指数思维**：增长是乘法。"
    assert block.text == "指数思维：增长是乘法。"


def test_inline_speaker_labels_that_recur_are_turns() -> None:
    doc = parse(
        "主持人：欢迎。今天聊聊书。\n嘉宾（作者 王一）：谢谢邀请。\n主持人：先说说起因？\n"
        "嘉宾（作者 王一）：起因是一次旅行，我在路上写了第一\n章，后来就停不下来了。\n"
    )
    turns = [(b.kind, b.speaker, b.text, b.line) for b in doc.preamble]
    assert turns == [
        ("turn", "主持人", "欢迎。今天聊聊书。", 1),
        ("turn", "嘉宾（作者 王一）", "谢谢邀请。", 2),
        ("turn", "主持人", "先说说起因？", 3),
        ("turn", "嘉宾（作者 王一）", "起因是一次旅行，我在路上写了第一章，后来就停不下来了。", 4),
    ]


def test_bold_speaker_labels_are_turns() -> None:
    doc = parse("对话\n\n**主持人**：欢迎。\n**王一：** 谢谢。\n**主持人**：开始吧？\n**王一：** 好。\n")
    assert [(b.speaker, b.text) for b in doc.preamble] == [
        ("主持人", "欢迎。"),
        ("王一", "谢谢。"),
        ("主持人", "开始吧？"),
        ("王一", "好。"),
    ]


def test_speaker_name_alone_with_a_colon_is_a_speaker() -> None:
    doc = parse(
        "主持人：\n第一个问题？\n\n王一：\n第一个回答。\n\n主持人：\n第二个问题？\n\n王一：\n第二个回答。\n"
    )
    assert [(b.speaker, b.text) for b in doc.preamble] == [
        ("主持人", "第一个问题？"),
        ("王一", "第一个回答。"),
        ("主持人", "第二个问题？"),
        ("王一", "第二个回答。"),
    ]


def test_a_recognisers_speaker_and_start_time_head_the_words_below() -> None:
    doc = parse(
        "周会录音\n\n发言人1 00:00:03\n我们开始吧。\n\n发言人2 00:01:22\n月活是 186 万。\n\n"
        "发言人1 00:02:10\n好的。\n\n发言人2 00:02:15\n完了。\n"
    )
    assert [(b.speaker, b.text) for b in doc.preamble] == [
        ("发言人1", "我们开始吧。"),
        ("发言人2", "月活是 186 万。"),
        ("发言人1", "好的。"),
        ("发言人2", "完了。"),
    ]
    english = parse(
        "Call notes\n\nSpeaker 1  0:03\nThanks for coming.\n\nSpeaker 2  0:09\nGlad to.\n\n"
        "Speaker 1  0:12\nGood.\n\nSpeaker 2  0:15\nBye.\n"
    )
    assert [(b.speaker, b.text) for b in english.preamble] == [
        ("Speaker 1", "Thanks for coming."),
        ("Speaker 2", "Glad to."),
        ("Speaker 1", "Good."),
        ("Speaker 2", "Bye."),
    ]


def test_an_agenda_time_after_a_word_is_no_speaker() -> None:
    doc = parse("会议安排\n\n午餐 12:00\n\n下午继续讨论预算。\n")
    assert all(not b.speaker for _, b in doc.all_blocks())
    assert "下午继续讨论预算。" in texts(doc)


def test_inline_speaker_label_may_carry_a_role_with_commas() -> None:
    doc = parse(
        "Host: Welcome back.\nGuest (Maria Lopez, founder): Thanks for having me.\n"
        "Host: How many shops now?\nGuest (Maria Lopez, founder): Thirty-two.\n"
    )
    assert [b.speaker for b in doc.preamble] == ["Host", "Guest (Maria Lopez, founder)"] * 2


def test_standalone_speaker_covers_following_paragraphs_until_the_next_speaker() -> None:
    doc = parse(
        "Alice Moreau\nFirst question?\n\nBob King\nFirst answer.\n\nMore of it.\n\n"
        "Alice Moreau\nThanks.\n\nBob King\nWelcome.\n"
    )
    assert [(b.speaker, b.text) for b in doc.preamble] == [
        ("Alice Moreau", "First question?"),
        ("Bob King", "First answer."),
        ("Bob King", "More of it."),
        ("Alice Moreau", "Thanks."),
        ("Bob King", "Welcome."),
    ]


def test_hard_wrapped_english_paragraph_is_one_block_on_its_first_line() -> None:
    doc = parse(
        "## Model\n\nThe guide started from the river map that every visitor now\n"
        "copies. A barge leaves the quarry and travels down a winding\n"
        "canal before it reaches the harbour.\n\nNext paragraph.\n"
    )
    blocks = doc.sections[0].blocks
    assert blocks[0].line == 3
    assert blocks[0].text == (
        "The guide started from the river map that every visitor now copies. "
        "A barge leaves the quarry and travels down a winding canal before it reaches the harbour."
    )
    assert doc.language == "en"
    assert blocks[1].text == "Next paragraph."


def test_hard_wrapped_number_is_joined() -> None:
    doc = parse("笔记\n\n去年拿到了第二笔投资，金额为2.8\n亿元，由两家银行牵头。\n")
    assert [(b.text, b.line) for b in doc.preamble] == [
        ("去年拿到了第二笔投资，金额为2.8亿元，由两家银行牵头。", 3)
    ]


def test_line_ending_in_a_comma_continues_on_the_next() -> None:
    doc = parse("周会\n\n1. 完成了模块的重构，\n   性能提升约30%。\n2. 下一点。\n")
    assert [(b.label, b.text) for b in doc.preamble] == [
        ("1", "完成了模块的重构，性能提升约30%。"),
        ("2", "下一点。"),
    ]


def test_separate_sentences_on_adjacent_lines_stay_separate() -> None:
    doc = parse("笔记\n\n第一句已经说完了。\n第二句也说完了。\n")
    assert texts(doc) == ["第一句已经说完了。", "第二句也说完了。"]


def test_bullet_wrapped_onto_an_indented_line_is_one_bullet() -> None:
    doc = parse(
        "Notes\n\n- The first point goes on for a while and then wraps onto\n  the next line.\n- Second.\n"
    )
    assert texts(doc) == ["The first point goes on for a while and then wraps onto the next line.", "Second."]


def test_plain_prose_has_no_title_no_sections_only_preamble() -> None:
    prose = "\n\n".join(
        f"Paragraph {n} tells how the expedition spent its {n}th week crossing the ice, and what it cost."
        for n in range(1, 5)
    )
    doc = parse(prose)
    assert (doc.title, doc.metadata, doc.sections) == ("", (), ())
    assert [b.line for b in doc.preamble] == [1, 3, 5, 7]
    assert all(b.kind == "paragraph" for b in doc.preamble)


# --- boilerplate, whitespace, errors -------------------------------------------------------------


def test_boilerplate_at_both_edges_is_dropped() -> None:
    doc = parse(
        "点击上方名片，设为星标\n![](https://example.org/qr.png)\n扫码进群领取本期文字稿\n\n"
        "一期节目\n\n本期讲了三件事。\n\n第二段内容。\n\n— END —\n![](https://example.org/qr.png)\n点个赞，下期再聊\n"
    )
    assert doc.title == "一期节目"
    assert texts(doc) == ["本期讲了三件事。", "第二段内容。"]


def test_promo_first_line_of_a_transcript_is_dropped() -> None:
    doc = parse(
        "你可以在某某App上收听本期播客的中文音频，帮你跨越语言障碍。\n\n"
        "甲某\n问题一？\n\n乙某\n回答一。\n\n甲某\n问题二？\n\n乙某\n回答二。\n\nLogo\n\n更多推荐\n"
    )
    assert [b.speaker for b in doc.preamble] == ["甲某", "乙某", "甲某", "乙某"]
    assert "App" not in " ".join(texts(doc))


def test_page_markers_and_images_inside_are_dropped() -> None:
    doc = parse("笔记\n\n第一段。\n\n第 2 页\n\n![图](a.png)\n\n第二段。\n\nPage 3 of 9\n")
    assert texts(doc) == ["第一段。", "第二段。"]


def test_markdown_quote_reads_as_text() -> None:
    doc = parse("笔记\n\n> 书籍是人类进步的阶梯。\n>\n> 第二段引文。\n")
    assert texts(doc) == ["书籍是人类进步的阶梯。", "第二段引文。"]


def test_odd_whitespace_is_normalised_but_original_lines_are_kept() -> None:
    doc = parse("笔记\n\u3000\u3000\n\u3000\u3000第一段\u00a0正文。\n")
    assert texts(doc) == ["第一段 正文。"]
    assert doc.lines[2] == "\u3000\u3000第一段\u00a0正文。"


@pytest.mark.parametrize("text", ["", "  \n\n\u3000"])
def test_empty_text_is_an_error(text: str) -> None:
    with pytest.raises(QuizgenError, match="empty"):
        parse_text(text, name="blank", path="blank.md")


def test_language_is_detected_per_document() -> None:
    assert parse("Some notes on bridges and rivers.").language == "en"
    assert parse("关于桥梁与河流的笔记。").language == "zh"


def test_a_guest_label_used_once_is_a_turn_when_its_head_recurs() -> None:
    doc = parse(
        "主持人：欢迎。\n嘉宾（创始人 王一）：谢谢。\n主持人：店长怎么看？\n"
        "嘉宾（门店店长 张三）：我在店里做了7年。\n主持人：最后呢？\n嘉宾（创始人 王一）：再开12家店。\n"
    )
    assert [b.speaker for b in doc.preamble] == [
        "主持人",
        "嘉宾（创始人 王一）",
        "主持人",
        "嘉宾（门店店长 张三）",
        "主持人",
        "嘉宾（创始人 王一）",
    ]


def test_an_english_guest_label_used_once_is_a_turn_when_its_head_recurs() -> None:
    doc = parse(
        "Host: Welcome back to the show.\nGuest (Maria Lopez, founder): Thanks for having me.\n"
        "Host: Who runs the kitchen?\nGuest (Tom Reed, chef): I do, since 2019.\n"
        "Host: And the plans?\nGuest (Maria Lopez, founder): Two more shops.\n"
    )
    labels = ["Host", "Guest (Maria Lopez, founder)", "Host", "Guest (Tom Reed, chef)"]
    assert [b.speaker for b in doc.preamble] == [*labels, "Host", "Guest (Maria Lopez, founder)"]


def test_a_bracketed_term_used_once_is_not_a_turn_when_its_head_never_speaks() -> None:
    doc = parse("主持人：欢迎。\n嘉宾：谢谢。\n主持人：好。\n嘉宾：嗯。\n\n闷泡（老法）：出汤前的等待。\n")
    assert [b.kind for b in doc.preamble][-1] == "paragraph"


def test_a_header_line_ending_on_an_abbreviation_is_still_metadata() -> None:
    doc = parse(
        "# Reading notes\n\n**Book:** *The Long Afternoon* by Ines Varga (Harbor Press, 2019), 240 pp.\n"
        "**Read:** March 2024\n\n## Ideas\n\nSlow hours are kept free of meetings.\n"
    )
    assert [(m.key, m.value[:17]) for m in doc.metadata] == [
        ("Book", "The Long Afternoo"),
        ("Read", "March 2024"),
    ]
    assert all("2019" not in t for t in texts(doc))


def test_paragraphs_between_inline_labels_are_the_last_speakers() -> None:
    doc = parse(
        "**主持人**：先说说起因？\n\n**王一**：起因是一次旅行。\n\n我在路上写了第一章。\n\n后来就停不下来了。\n\n"
        "**主持人**：明白了。\n\n**王一**：谢谢。\n\n"
        "后记：本文经嘉宾审阅。\n"
    )
    assert [(b.kind, b.speaker, b.text) for b in doc.preamble] == [
        ("turn", "主持人", "先说说起因？"),
        ("turn", "王一", "起因是一次旅行。"),
        ("turn", "王一", "我在路上写了第一章。"),
        ("turn", "王一", "后来就停不下来了。"),
        ("turn", "主持人", "明白了。"),
        ("turn", "王一", "谢谢。"),
        ("paragraph", "", "后记：本文经嘉宾审阅。"),
    ]


# --- list depth ----------------------------------------------------------------------------------


def depths(doc: Document) -> list[tuple[int, str]]:
    return [(b.depth, b.text) for _, b in doc.all_blocks()]


def test_sub_bullets_keep_their_depth_under_their_item() -> None:
    doc = parse(
        "# 笔记\n\n## 方法\n\n- 番茄工作法\n  - 把工作切成二十五分钟一段\n    - 每段之间休息五分钟\n"
        "- 艾森豪威尔矩阵\n\t- 按重要和紧急分成四类\n"
    )
    assert depths(doc) == [
        (0, "番茄工作法"),
        (1, "把工作切成二十五分钟一段"),
        (2, "每段之间休息五分钟"),
        (0, "艾森豪威尔矩阵"),
        (1, "按重要和紧急分成四类"),
    ]


def test_depth_is_relative_to_the_list_and_a_margin_paragraph_ends_it() -> None:
    doc = parse(
        "# Notes\n\n## Ideas\n\n  1. Spaced practice\n      * review just before forgetting\n"
        "  2. Interleaving\n\nA paragraph at the margin.\n\n    - an item indented alone\n"
    )
    assert depths(doc) == [
        (0, "Spaced practice"),
        (1, "review just before forgetting"),
        (0, "Interleaving"),
        (0, "A paragraph at the margin."),
        (0, "an item indented alone"),
    ]


def test_a_paragraph_indented_under_an_item_is_one_level_deeper() -> None:
    doc = parse("# 笔记\n\n## 概念\n\n- **心流**\n\n  全神贯注地投入一件事而忘记时间的状态。\n")
    assert depths(doc) == [(0, "心流"), (1, "全神贯注地投入一件事而忘记时间的状态。")]


def test_a_heading_closes_the_list_above_it() -> None:
    doc = parse("# 笔记\n\n## 一\n\n- 甲\n  - 乙\n\n## 二\n\n  - 丙\n")
    assert depths(doc) == [(0, "甲"), (1, "乙"), (0, "丙")]


def test_nested_html_list_items_are_sub_items() -> None:
    doc = parse(
        "# Notes\n\n## Methods\n\n<ul>\n<li>Spaced repetition\n<ul><li>review at growing intervals</li>"
        "<li>cheap with flash cards</li></ul></li>\n<li>Interleaving</li>\n</ul>\n"
    )
    assert depths(doc) == [
        (0, "Spaced repetition"),
        (1, "review at growing intervals"),
        (1, "cheap with flash cards"),
        (0, "Interleaving"),
    ]


def test_a_bold_term_item_does_not_run_on_into_the_line_that_explains_it() -> None:
    doc = parse("# Notes\n\n## Terms\n\n- **Flow**\n  a state of complete absorption in the task at hand\n")
    assert depths(doc) == [(0, "Flow"), (1, "a state of complete absorption in the task at hand")]


def test_a_notes_labels_opening_many_lines_are_no_speakers() -> None:
    from quizgen.ingest import parse_text

    doc = parse_text(
        "STATISTICS NOTES\n\nDefinition: A statistical hypothesis is a claim about a population.\n\n"
        "Some plain words in between.\n\nDefinition: The null hypothesis is the no-effect claim.\n\n"
        "Example: a coffee shop claims a cup holds 350 ml.\n\nExample: a site says 20% click.\n",
        name="t",
    )
    blocks = [b for s in doc.sections for b in s.blocks] + list(doc.preamble)
    assert not any(b.kind == "turn" for b in blocks)


def test_plain_lines_set_in_under_a_colon_line_are_entries_not_one_wrapped_paragraph() -> None:
    doc = parse(
        "座谈纪要\n\n与会人员：\n  陈立山，远拓物流 供应链总监\n  何静，南湾社区 志愿者协调员\n\n会议开始。\n"
    )
    assert "陈立山，远拓物流 供应链总监" in texts(doc)
    assert "何静，南湾社区 志愿者协调员" in texts(doc)


def test_a_ledgers_rows_set_in_a_column_are_rows_not_a_heading_and_a_wrapped_paragraph() -> None:
    doc = parse(
        "Treasurer's report\n\nThe accounts were presented and accepted.\n\n"
        "Hall hire income (autumn term):      £1,140  (budget £1,300)\n"
        "Coaching fees paid out YTD:          £2,615  (annual budget £4,000)\n"
        "Heating and lighting YTD:            £1,980  - 9% more than last winter\n\n"
        "Any other business: none.\n"
    )
    assert headings(doc) == []  # the first row, short and alone above the rest, heads nothing
    rows = [t for t in texts(doc) if "YTD" in t or "Hall hire" in t]
    assert rows == [
        "Hall hire income (autumn term): £1,140 (budget £1,300)",
        "Coaching fees paid out YTD: £2,615 (annual budget £4,000)",
        "Heating and lighting YTD: £1,980 - 9% more than last winter",
    ]


def test_a_dotted_section_number_opens_a_numbered_item_and_a_decimal_does_not() -> None:
    from quizgen.ingest.shapes import shape

    assert (
        shape("1.2 Deliverable - A thing someone can touch").kind,
        shape("1.2 Deliverable - x").label,
    ) == (
        "numbered",
        "1.2",
    )
    assert shape("2.3.1 多级编号的标题").body == "多级编号的标题"
    for line in ("1.2 million people came", "3.5 倍的增长", "3.14 is pi", "2.5 亿用户"):
        assert shape(line).kind == "text", line


def test_a_line_of_a_worked_sum_is_body_text_not_a_heading() -> None:
    d = parse_text(
        "# 第三讲\n\n## 算一算\n\n- 付给外地摊主：114万元\n- 外购货品：57万元\n\n"
        "外流额 = 114 + 57 = 171万元\n外流率 = 171 ÷ 380 = 45%\n\n后面再讲别的。\n",
        "n.md",
    )
    assert [s.title for s in d.sections] == ["算一算"]
    assert any(b.text.startswith("外流额 = 114 + 57") for _, b in d.all_blocks())
    ranged = parse_text("# 年表\n\n1931-1936 县志初修\n\n这一次只修了人物和物产两卷。\n", "n.md")
    assert [s.title for s in ranged.sections] == ["1931-1936 县志初修"]  # a span of years, no sum


def test_a_page_of_quoted_passages_reads_as_the_works_words() -> None:
    passage = '"{} a long sentence from the book that the reader marked while reading it."'
    lines = [
        "Highlights — The Salt Road",
        "",
        *(x for n in ("First", "Second", "Third") for x in (f"Page {n} | Loc. 12", passage.format(n), "")),
    ]
    doc = parse_text("\n".join(lines), name="h")
    blocks = [b for s in doc.sections for b in s.blocks] + list(doc.preamble)
    quoted = [b for b in blocks if b.text.startswith(("First", "Second", "Third"))]
    assert len(quoted) == 3 and all(b.kind == "quote" for b in quoted)
    # one quoted line among paragraphs is someone's words, marks and all
    single = parse_text(
        "# Notes\n\n" + passage.format("Only") + "\n\nThe rest of the notes run on here.\n", name="n"
    )
    assert [b.kind for b in single.preamble if b.text.startswith('"Only')] == ["paragraph"]


def test_an_agendas_sub_items_are_numbered_points_each() -> None:
    doc = parse_text(
        "# Minutes\n\n4. CONSENT ITEMS\n\n  4a. Bus contract renewal: $412,000 for two years\n"
        "  4b. Library hours extended to 8 pm on Thursdays\n",
        name="m",
        path="m.txt",
    )
    rows = [(b.kind, b.label, b.text) for _, b in doc.all_blocks()][1:]
    assert rows == [
        ("numbered", "4a", "Bus contract renewal: $412,000 for two years"),
        ("numbered", "4b", "Library hours extended to 8 pm on Thursdays"),
    ]


def test_a_bracketed_heading_may_carry_an_aside_after_it() -> None:
    doc = parse(
        "# 观后笔记\n\n【第一集】\n\n湖很深。\n\n【花絮】（后来补看的，大概半小时）\n\n剧组很辛苦。\n"
    )
    assert [title for _, title in headings(doc)][-1].startswith("【花絮】")
    assert texts(doc)[-1] == "剧组很辛苦。"


def test_two_bold_runs_side_by_side_keep_the_space_between_them() -> None:
    d = parse(
        "# A rower's years\n\n## Timeline\n\n"
        "- **2011:** **Tamar Estuary** (12 km) — 1h 40m, first race.\n"
        "- [00:42] **Lunch:** **rye bread** and soup.\n\n"
        "## Gear\n\n**Boat:** **Carbon shell**\n"
    )
    assert texts(d)[:2] == ["2011: Tamar Estuary (12 km) — 1h 40m, first race.", "Lunch: rye bread and soup."]
    assert "Boat: Carbon shell" in [*texts(d), *[t for _, t in headings(d)], *[m.value for m in d.metadata]]


def test_a_plain_heading_with_the_note_takers_stars_and_aside_is_a_heading() -> None:
    from quizgen.ingest import parse_text

    text = (
        "历史复习\n\n【考点3】第一次某某战争的深远影响 ★★★（必背）\n\n"
        "  1. 性质：沿海贸易从此受制于人\n  2. 意义：第一次出现了专门办理外交的机构\n\n"
        "【考点4】后来的改革\n\n  改革从1861年开始，前后持续了三十多年。\n"
    )
    doc = parse_text(text, name="t")
    # (the stars marking it as key are the writer's emphasis, dropped as bold is)
    assert [s.title for s in doc.sections][:1] == ["【考点3】第一次某某战争的深远影响（必背）"]
