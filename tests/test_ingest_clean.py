"""Line cleaning and boilerplate rules, on lines written for these tests."""

from __future__ import annotations

import pytest

from quizgen.ingest.boilerplate import boilerplate_lines, is_call_to_action, is_furniture
from quizgen.ingest.clean import (
    ends_sentence,
    join_wrapped,
    looks_wrapped,
    normalize_space,
    strip_markup,
    without_stage_marks,
)


def test_every_kind_of_space_becomes_one_plain_space() -> None:
    assert normalize_space("\u3000\u3000正文\u00a0\u00a0开始\u200b了\t ") == "正文 开始了"
    assert normalize_space(" \u00a0 \u3000 ") == ""


def test_markup_is_stripped_for_display() -> None:
    assert strip_markup("**术语**：定义，见 [链接](https://x.org) 与 `code`") == "术语：定义，见 链接 与 code"
    assert strip_markup("an *emphasised* word and __strong__ one") == "an emphasised word and strong one"
    # a reference-style link is its text too; a bracketed aside or a footnote mark is not a link
    assert strip_markup('a talk titled ["Open Doors" by Ana Lee][door-talk] came to mind') == (
        'a talk titled "Open Doors" by Ana Lee came to mind'
    )
    assert strip_markup("see note [3] and [sic] [here]") == "see note [3] and [sic] [here]"
    assert strip_markup("2 * 3 * 4 and snake__case__name") == "2 * 3 * 4 and snake__case__name"
    # italics between Chinese characters (a saved page's <em>) are markup too
    assert (
        strip_markup("书里的定义是：*下游消化不了上游的节奏。*典型症状")
        == "书里的定义是：下游消化不了上游的节奏。典型症状"
    )


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("（此处有删节）两人只是觉得要区分这两种怀旧。", "两人只是觉得要区分这两种怀旧。"),
        ("他说（笑）其实没那么难。", "他说其实没那么难。"),
        ("[此处涉及人事安排，应受访者要求删去约三百字]反正手艺要能养人。", "反正手艺要能养人。"),
        ("So [laughs] anyway, it worked.", "So anyway, it worked."),
        (
            "The kiln cracked twice. [laughs] The third one held.",
            "The kiln cracked twice. The third one held.",
        ),
        ("That was the whole plan (applause).", "That was the whole plan."),
        ("调查（2019年）显示", "调查（2019年）显示"),  # an aside of the sentence's own stays
        ("It is (in short) fine.", "It is (in short) fine."),
        # what the screen showed is a direction for the reader, no part of what was said
        (
            "Look at the harbour. [Slide 4: the harbour in 1990, empty quays] This is the same place.",
            "Look at the harbour. This is the same place.",
        ),
        ("这张表（PPT：五年的订单曲线）值得细看。", "这张表值得细看。"),
        ("The slide (a map of the harbour) stays.", "The slide (a map of the harbour) stays."),
    ],
)
def test_an_editors_or_a_transcribers_mark_is_no_part_of_a_sentence(text: str, clean: str) -> None:
    assert without_stage_marks(text) == clean


def test_a_stage_mark_leaves_the_paragraph_it_stood_in() -> None:
    from quizgen.ingest import parse_text

    doc = parse_text("# 对谈\n\n（此处有删节）两位学者都认为口述史要先听后问。\n", name="t")
    assert [b.text for _, b in doc.all_blocks()] == ["两位学者都认为口述史要先听后问。"]


@pytest.mark.parametrize(
    ("text", "ends"),
    [("完成了。", True), ("真的吗？」", True), ("Done.", True), ("如下：", True), ("**术语。**", True)],
)
def test_sentence_end_sees_through_closing_quotes(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


@pytest.mark.parametrize("text", ["融资2.8", "grams per", "按照，", "Ada Moreau"])
def test_text_without_final_punctuation_does_not_end_a_sentence(text: str) -> None:
    assert not ends_sentence(text)


def test_number_split_by_a_wrap_is_joined_without_a_space() -> None:
    assert looks_wrapped("我们拿到了A轮，融资2.8", "亿元，由银行牵头。")
    assert join_wrapped("融资2.8", "亿元，由银行牵头。") == "融资2.8亿元，由银行牵头。"
    assert looks_wrapped("市场规模达到16", "亿")


def test_english_wrap_is_joined_with_a_space() -> None:
    line = "The committee met twice in the spring and agreed that the budget"
    assert looks_wrapped(line, "should be cut by a third.")
    assert join_wrapped(line, "should be") == line + " should be"


def test_wrapped_hyphenated_word_keeps_its_hyphen() -> None:
    assert join_wrapped("a well-", "known result") == "a well-known result"


def test_line_that_ends_a_sentence_is_never_continued() -> None:
    assert not looks_wrapped("这是第一句完整的话，它已经结束了，后面是另一段。", "另一段从这里开始")


def test_a_list_of_people_one_a_line_is_not_one_wrapped_line() -> None:
    assert not looks_wrapped(
        "周岚，青石船厂创始人，2015年在舟山开厂，现在有两个船坞", "林夏，某海事大学副教授，研究木船修造"
    )
    # a wrapped line whose continuation happens to open on a short clause still joins
    assert looks_wrapped("我们在舟山跑了三个船厂，看下来真正缺的并非订单而是", "木匠，手艺要十年才出师")


def test_short_unpunctuated_line_stands_alone() -> None:
    assert not looks_wrapped("算盘", "秤杆")


@pytest.mark.parametrize(
    "line",
    [
        "![](https://example.org/banner.png)",
        "[阅读原文](https://example.org/post)",
        "— END —",
        "-END-",
        "（完）",
        "第 3 页",
        "Page 2 of 5",
        "- 12 -",
        "---",
        "↓ ↓ ↓",
    ],
)
def test_page_furniture_is_recognised_anywhere(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["第三讲 竹编工艺", "End of the war came in 1945.", "完成度很高。"])
def test_content_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "点击上方名片，设为星标",
        "长按识别二维码，关注「某某读书」",
        "扫码下载 App 收听全部节目",
        "点个赞再走吧",
        "更多推荐",
        "往期推荐",
        "欢迎大家加入我们的读者社群",
        "你可以在某某App上收听本期节目的中文音频。它能帮你用中文收听任何英文节目。",
        "Follow us on Mastodon for more notes",
        "If you liked this, subscribe to the newsletter.",
        "Listen to the full episode in your podcast app",
        "Like what you heard? Leave us a review.",
        "Hear the whole talk again, or download this episode from the archive page.",
        "Listen again on the Harbour Radio page every weekday evening.",
        "课件及回放：请关注论坛官方公众号“某某观察”，回复“分会场三”获取。",
    ],
)
def test_calls_to_action_are_recognised(line: str) -> None:
    assert is_call_to_action(line)


@pytest.mark.parametrize(
    "line",
    [
        "关注心理健康的三个理由",
        "你可以在 1972 年的报告里找到这个数字。它后来被多次引用。",
        "Listening carefully is the first skill of a good interviewer.",
        "The appendix lists every source the author consulted.",
        "本期节目讨论了茶饮行业的扩张速度。",
        "他回复说这个方案获取数据太慢。",
        "She had to listen again to the tape before she believed it.",
    ],
)
def test_content_lines_are_not_calls_to_action(line: str) -> None:
    assert not is_call_to_action(line)


def test_calls_to_action_are_dropped_only_at_the_edges() -> None:
    lines = ["关注我们的公众号", "", "标题", "", *[f"第{n}段正文。" for n in range(8)], "更多推荐", "Logo"]
    middle = [*lines[:7], "更多推荐", *lines[7:]]
    dropped = boilerplate_lines(lines, lambda i: False)
    assert dropped == {0, len(lines) - 2, len(lines) - 1}
    assert 7 not in boilerplate_lines(middle, lambda i: False)


def test_protected_lines_are_never_dropped() -> None:
    lines = ["主持人：欢迎大家收听本期节目，记得点赞关注。", "嘉宾：谢谢。"]
    assert boilerplate_lines(lines, lambda i: True) == frozenset()
    assert 0 in boilerplate_lines(lines, lambda i: False)


def test_a_header_field_ends_with_its_line() -> None:
    field = "嘉宾：李航，前餐饮品牌区域经理，2016 年在杭州开了第一家面馆，现在主要给小店做经营顾问"
    assert not looks_wrapped(field, "文字稿根据录音整理，有删节")
    # a long line of prose with no label still runs on across its wrap
    assert looks_wrapped("前餐饮品牌区域经理，2016 年在杭州开了第一家面馆，现在主要给小店做经营", "顾问工作")


def test_a_two_character_name_spaced_to_line_up_is_closed_up() -> None:
    assert normalize_space("- 严\u3000梅\u3000监事，长者服务组") == "- 严梅 监事，长者服务组"
    assert normalize_space("- 卜晓芸\u3000理事") == "- 卜晓芸 理事"
    assert normalize_space("甲\u3000乙\u3000丙") == "甲 乙 丙"  # single characters in a row stay apart


def test_a_numbered_point_ends_with_its_line() -> None:
    assert not looks_wrapped("要点2：好的街道不是更宽，而是“更密”", "书里举的头一个例子就是这个")
    assert looks_wrapped("要点2：好的街道不是更宽，而是更密，每走几十步", "就有一个可以进去的门洞。")


def test_a_timelines_next_row_is_not_a_wrap() -> None:
    row = "Apr 1907      County hearing on the flood; the miller testifies for two days"
    assert not looks_wrapped(row, "Jun 1907      Most families return; about 40 stay in the camp")
    assert not looks_wrapped("1898 The founder dies and his son takes over", "1904 Night shifts begin")
    assert not looks_wrapped("他后来去了南方学造船，船在海上走了四十多天才到", "1953 回国，参与港口的设计")
    assert looks_wrapped("The second mill was put up by the Aalto brothers in", "1904 Vesi Road.")


def test_a_line_led_by_a_pictograph_starts_anew() -> None:
    from quizgen.ingest.clean import looks_wrapped

    assert not looks_wrapped("📚 延伸阅读：《河流的账本》（建议先读前两章）", "👉 喜欢的话转给同事")
    assert looks_wrapped("延伸阅读推荐的这本书讲的是河流治理和", "流域经济的关系")


def test_a_roster_of_names_and_posts_set_apart_by_a_gap_is_one_person_a_line() -> None:
    # (the full-width space between a name and a post reads as a space by now)
    assert not looks_wrapped(
        "周岚 青石船厂（舟山） 创始人兼总经理", "林夏 某海事大学船舶学院 副教授（研究木船修造）"
    )
    assert looks_wrapped("我们在舟山跑了三个船厂，看下来真正缺的并非订单而是", "木匠 手艺要十年才出师")


def test_a_star_marking_a_line_as_key_is_dropped_and_a_rating_kept() -> None:
    from quizgen.ingest.clean import strip_markup

    assert (
        strip_markup("About 40% of the heat escapes through the roof ★")
        == "About 40% of the heat escapes through the roof"
    )
    assert strip_markup("**Loft insulation** ⭐⭐ — the cheapest fix") == "Loft insulation — the cheapest fix"
    assert strip_markup("★★★☆☆ — good on costs, thin on grants") == "★★★☆☆ — good on costs, thin on grants"
