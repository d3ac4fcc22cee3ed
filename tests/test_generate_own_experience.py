"""The note-taker's own trials and numbers are not asked: the items of a list they bring in in the
first person, a paragraph labelled as their reflection, a section headed as their own take."""

from __future__ import annotations

import re
from pathlib import Path

from quizgen.generate import generate
from quizgen.generate.own_experience import labelled_own_lines
from quizgen.ingest import parse_text, read_document


def items(text: str, name: str = "notes") -> list[tuple[str, str, str]]:
    doc = parse_text(text, name=name, path=f"{name}.md")
    return [(i.kind, i.question, i.answer) for i in generate([doc], "deck")]


ZH_BOOK = """# 《慢习惯》读书笔记

## 第三章 环境设计

作者认为，改变环境比依靠意志力更有效，书中的实验显示，把零食放进柜子后，办公室的零食消耗下降了约三成。

{intro}
1. 手机放客厅充电 —— 坚持了11天，中间有3天破功
2. 把游戏从首屏删掉 —— 每天屏幕时间少了大约50分钟
"""


def test_a_list_the_note_taker_brings_in_as_their_own_trials_is_not_asked() -> None:
    mine = items(ZH_BOOK.format(intro="我自己试了两周："))
    assert not any(answer in {"11天", "3天", "大约50分钟"} for _, _, answer in mine)
    assert any(kind == "figure" and "三成" in answer for kind, _, answer in mine)  # the book's figure stays
    # the same list brought in as the book's own cases is asked
    theirs = items(ZH_BOOK.format(intro="书里记录了两位读者的试验："))
    assert any(answer in {"11天", "3天", "大约50分钟"} for _, _, answer in theirs)


def test_the_terms_a_writer_brings_in_in_the_first_person_are_still_the_content() -> None:
    text = (
        "# What my talk on queueing was about\n\n## The talk\n\n{intro}\n\n"
        "- **Head-of-line blocking** — one slow request holding up every request queued behind it.\n"
        "- **Little's law** — the average number in a queue equals arrival rate times time spent in it.\n"
    )
    said = items(text.format(intro="The main terms I tried to get across:"))
    assert {"Head-of-line blocking", "Little's law"} <= {
        answer for kind, _, answer in said if kind == "framework"
    }
    tried = items(text.format(intro="What I tried at home:"))
    assert not [answer for kind, _, answer in tried if kind == "framework"]
    # the lecturer's schools or theories, however little of them the note-taker caught, are content
    heard = items(text.format(intro="She went through two schools of thought, I missed some of it:"))
    assert {"Head-of-line blocking", "Little's law"} <= {
        answer for kind, _, answer in heard if kind == "framework"
    }


def test_a_paragraph_labelled_as_a_reflection_is_no_speakers_turn_and_gives_no_figure() -> None:
    text = ZH_BOOK.format(intro="书里记录了两位读者的试验：") + (
        "\n**反思**：这一章让我想到去年部门的周报改革，每周花在整理周报上的时间大概有3小时。\n"
    )
    doc = parse_text(text, name="notes", path="notes.md")
    assert not doc.index.has_turns
    assert not any(answer == "3小时" for _, _, answer in items(text))


def test_a_reading_apps_thought_under_a_highlight_is_the_readers_own_and_gives_no_figure() -> None:
    text = (
        "《慢习惯》\n某某 著\n来自读书App的导出\n\n第三章　环境设计\n\n"
        "◆ 书中的实验显示，把零食放进柜子后，办公室的零食消耗减少了约三成。\n"
        ">> 想法：我们组试了一下，坚持了11天，中间有3天破功。\n\n"
        "◆ 改变环境比依靠意志力更有效，因为环境每天都在替你做决定。\n"
        ">> 想法：十二年了，第一次觉得书里说的就是我。\n"
    )
    doc = parse_text(text, name="weread", path="weread.txt")
    assert not doc.index.has_turns  # 想法 labels a note, it names no speaker
    answers = [answer for _, _, answer in items(text, "weread")]
    assert "约三成" in answers
    assert not any(a in {"11天", "3天", "十二年"} for a in answers)


EN_COURSE = """# Week 3 notes: budgeting

## Methods

Zero-based budgeting gives every dollar a job; the instructor says about 60% of learners drop it in a month.

### {heading}
A forum poll found that about 45% of envelope users overspend in their first month.
"""


def test_a_section_headed_as_the_note_takers_own_take_gives_no_figure() -> None:
    mine = items(EN_COURSE.format(heading="My take"))
    assert not any("45%" in answer for _, _, answer in mine)
    assert any("60%" in answer for _, _, answer in mine)
    opinions = items(EN_COURSE.format(heading="My opinions, for what they're worth"))
    assert not any("45%" in answer for _, _, answer in opinions)
    theirs = items(EN_COURSE.format(heading="The envelope method"))
    assert any("45%" in answer for _, _, answer in theirs)
    # a word or two between (My kitchen experiments), and the sections under it (### Trial 1 …)
    nested = EN_COURSE.replace("### {heading}\n", "## My budgeting experiments\n\n### Trial 1 (March)\n")
    assert not any("45%" in answer for _, _, answer in items(nested))
    assert any("60%" in answer for _, _, answer in items(nested))


def test_a_chinese_section_of_the_note_takers_own_trial_and_its_bold_labels_give_no_figure() -> None:
    text = (
        "# 读书笔记｜《慢慢存》\n\n## 第二章 三个账户\n\n"
        "作者建议生活费另开一个账户，至少留六个月的开销。\n\n"
        "## 我的记账试验\n\n从三月开始按书里的办法分账户。\n\n**开始之前：**\n\n"
        "- 总可投资 18.6 万，其中股票基金 9.8 万。\n\n"
        "**一个月后：**\n\n- 生活账户补到了 3.5 万，股票部分降到 41%。\n\n"
        "## 摘抄\n\n作者说，现金流比资产表更诚实。\n"
    )
    asked = {answer for _, _, answer in items(text)}
    assert not {"18.6 万", "41%"} & asked and "六个月" in asked
    # a bold own label is followed by its bold siblings, which are the work's again
    sibling = (
        "# 听课笔记\n\n## 第一讲\n\n**个人感受**\n\n这一讲我听得很投入。\n\n**精华收获**\n\n"
        "老师说，一个账户至少要留出六个月的开销。\n"
    )
    assert "六个月" in {answer for _, _, answer in items(sibling)}


def _clippings(entries: list[tuple[str, str]]) -> str:
    head = (
        "夜班 (林远)\n- 您在位置 #{n}的{kind} | 添加于 2022年3月7日星期一 下午9:10:11\n\n{text}\n==========\n"
    )
    return "".join(head.format(n=100 + i, kind=kind, text=text) for i, (kind, text) in enumerate(entries))


def test_a_line_labelled_as_the_note_takers_own_gives_no_claim_either(tmp_path: Path) -> None:
    book = [
        ("标注", "作者认为，统一时间首先不是技术问题，而是权力问题。"),
        ("标注", "没有钟表的人家靠邻居的收音机和工厂的汽笛判断时间，作者称之为“借来的时间”。"),
    ]
    said = "学校里的铃声不是提醒，而是训练。"
    clippings = tmp_path / "clippings.txt"
    clippings.write_text(_clippings([*book, ("笔记", said)]), encoding="utf-8")
    mine = generate([read_document(clippings)], "deck")  # the reader's note: My note: …
    assert not any("训练" in (i.cloze or i.question) for i in mine)
    clippings.write_text(_clippings([*book, ("标注", said)]), encoding="utf-8")
    theirs = generate([read_document(clippings)], "deck")  # the same words highlighted in the book
    assert any("训练" in (i.cloze or i.question) for i in theirs)


def test_a_to_do_or_an_italic_label_of_the_note_taker_is_their_own_line() -> None:
    notes = parse_text(
        "# Interview notes\n\nThe guest sold 40,000 probes in 2023.\n\n"
        "*My notes:* key takeaways — 70% of gains come in the first 7 years.\n\n"
        "Follow up: look for the 2019 baseline project and its 2.1 million hectares.\n",
        name="t",
    )
    assert labelled_own_lines(notes) == frozenset({5, 7})


def test_a_listed_thing_to_try_is_the_note_takers_own() -> None:
    notes = parse_text(
        "# Course notes\n\nThe EXPOSE question surfaces hidden scope.\n\n"
        "- To try next Monday: run the EXPOSE question once and count the items.\n",
        name="t",
    )
    assert labelled_own_lines(notes) == frozenset({5})


def test_a_transcribers_note_between_turns_is_not_asked() -> None:
    talk = parse_text(
        "# 直播速记\n\n主讲人：今天讲三条规则，第一条是先存应急金。\n\n观众：存多少合适？\n\n"
        "主讲人：至少三个月的开销。\n\n速记备注：本场在线峰值1286人，答疑共收到提问93条。\n",
        name="t",
    )
    assert 9 in labelled_own_lines(talk)
    # and the list a transcriber's postscript announces is theirs, item by item
    postscript = parse_text(
        "# 专访整理\n\n问：您做这行多久了？\n\n答：快三十年了。\n\n（录音结束。）\n\n——————\n整理人附记：\n"
        "1. “赵明远”的电话已记下，下周联系。\n2. “止痛片”那一段要不要留，等主编定。\n\n"
        "后记：这门手艺懂的人不多了。\n\n- 他先讲的是怎么备药。\n",
        name="t",
    )
    lines = {b.text[:6]: b.line for _, b in postscript.all_blocks()}
    assert {lines["“赵明远”的"], lines["“止痛片”那"]} <= labelled_own_lines(postscript)
    assert lines["他先讲的是怎"] not in labelled_own_lines(postscript)  # another list, after a paragraph


def test_a_claim_under_a_heading_of_the_note_takers_own_is_theirs_and_not_asked() -> None:
    body = "在写作这件事上，真正决定成败的不是天赋，而是稳定的练习节奏，这一点作者讲了好几遍。"
    content = items(f"# 《慢写作》读书笔记\n\n## 第二章 每天写一点\n\n{body}\n")
    assert any(kind == "claim" for kind, _, _ in content)
    mine = items(
        f"# 《慢写作》读书笔记\n\n## 第二章 每天写一点\n\n作者讲了晨写的方法。\n\n## 个人感受\n\n{body}\n"
    )
    assert not any(kind == "claim" for kind, _, _ in mine)


def test_a_line_the_note_taker_leaves_to_follow_up_is_theirs() -> None:
    text = EN_COURSE.format(heading="Methods, continued") + (
        "\nTo follow up: check whether the 45% figure counts people who quit in week one.\n"
    )
    doc = parse_text(text, name="notes", path="notes.md")
    [follow_up] = [b.line for _, b in doc.all_blocks() if b.text.startswith("To follow up")]
    assert follow_up in labelled_own_lines(doc)


def test_a_section_the_note_taker_says_they_skimmed_is_not_asked() -> None:
    notes = """# 《省钱的心理学》读书笔记

## 第三章 钱的标签

作者认为，人们给不同来路的钱贴上不同标签，同样一百元，奖金比工资花得快。
书中调查显示，约 **35%** 的人会在一个月内花掉年终奖。

## 第九—十二章（{mark}）

- 九：讲“面子消费”和“攀比账户”——例子多，数据少
- 十：刷卡让人多花钱，书里的小研究说刷卡的人比付现的多花 **18%** 左右
"""
    skimmed = items(notes.replace("{mark}", "略读"))
    assert not any("18%" in answer or "攀比账户" in answer for _, _, answer in skimmed)
    assert any("35%" in answer for _, _, answer in skimmed)
    read = items(notes.replace("{mark}", "重点"))
    assert any("18%" in answer for _, _, answer in read)
    english = (
        "# Notes on a talk about ports\n\n## Harbours ({mark})\n\n"
        "- **Breakwater** — a wall built out into the sea to shelter a harbour from waves.\n"
    )
    skipped = items(english.replace("{mark}", "skipped most of this"))
    assert not [answer for kind, _, answer in skipped if kind == "framework"]
    # the speaker went through it fast: what they said is still the talk's
    theirs = items(english.replace("{mark}", "fast, she skipped through most of it"))
    assert "Breakwater" in {answer for kind, _, answer in theirs if kind == "framework"}


LECTURE = """# 土壤学导论 课堂笔记（第3讲）

## {opening}

老师先说，全世界约 33% 的耕地正在退化，其中一半以上在干旱区。

## 一、土壤的组成

土壤由矿物质、有机质、水和空气组成，其中矿物质约占土壤固相体积的 45%。
有机质虽然只占约 5%，却决定了土壤的肥力。
"""


def test_a_section_the_notes_call_side_talk_is_not_asked() -> None:
    chat = items(LECTURE.format(opening="课前（闲聊）"))
    assert not any("33%" in answer for _, _, answer in chat)
    assert any("45%" in answer for _, _, answer in chat)  # the lecture's content stays
    told = items(LECTURE.format(opening="开场：野外考察"))
    assert any("33%" in answer for _, _, answer in told)


EN_TALK = """# Notes: the economics of ferries (guest lecture)

## {heading}

The lecturer said a car ferry burns about 40% more fuel per passenger than a foot ferry on the same crossing.

## Pricing

Fares cover about 62% of operating costs on the island routes; the rest is a state subsidy.
"""


def test_an_english_digression_is_not_asked() -> None:
    tangent = items(EN_TALK.format(heading="Digression: car ferries"))
    assert not any("40%" in answer for _, _, answer in tangent)
    assert any("62%" in answer for _, _, answer in tangent)
    told = items(EN_TALK.format(heading="Car ferries"))
    assert any("40%" in answer for _, _, answer in told)


BOOK_WITH_CRITIQUE = """# 《小团队的节奏》读书笔记

## 核心观点

作者认为，小团队每周只开一次例会，例会时长控制在 40分钟 以内，效率最高。

## {heading}

1. 第6–8章重复第二章的观点，大概50页能删成10页
2. 完全没提外包团队，作为2020年的新书不应该
"""


def test_the_readers_disagreement_with_the_book_is_not_asked() -> None:
    critique = items(BOOK_WITH_CRITIQUE.format(heading="我不赞同的几点"))
    assert critique == items(BOOK_WITH_CRITIQUE.format(heading="不太赞同的地方"))
    assert not any(answer in {"2020年", "大概50页", "50页", "10页"} for _, _, answer in critique)
    assert any("40分钟" in answer for _, _, answer in critique)
    read = items(BOOK_WITH_CRITIQUE.format(heading="作者的补充"))
    assert any(answer in {"2020年", "大概50页", "50页", "10页"} for _, _, answer in read)


def test_a_line_labelled_as_the_readers_own_idea_is_their_own() -> None:
    notes = parse_text(
        "# 《节律》读书笔记\n\n书里说人体核心体温在清晨最低。\n\n"
        "自己的想法：原来“节律”有实验依据。\n\n个人看法：第三章最值得读。\n\n想法不重要，证据才重要。\n",
        name="t",
    )
    assert labelled_own_lines(notes) == frozenset({5, 7})


def test_the_readers_own_feeling_or_example_labelled_as_such_is_their_own() -> None:
    notes = parse_text(
        "# 《节律》读书笔记\n\n书里说人体核心体温在清晨最低。\n\n"
        "个人感觉：第五章的实验设计有点粗糙。\n\n自己的例子：夜班那年体重涨了六斤。\n\n"
        "感觉类的描述在书里很少。\n",
        name="t",
    )
    assert labelled_own_lines(notes) == frozenset({5, 7})


def test_an_aside_set_off_by_a_dash_is_the_note_takers_own_line() -> None:
    notes = parse_text(
        "# Book notes\n\nThe author puts the lag at about thirty years.\n\n"
        "Aside — loved the bit about a ropemaker who kept one loom running for 14 years.\n\n"
        "题外话——作者的前一本书我读了三遍。\n",
        name="t",
    )
    assert labelled_own_lines(notes) == frozenset({5, 7})
    answers = {i.answer for i in generate([notes], "d")}
    assert not answers & {"14 years", "三遍"}


def test_a_blog_posts_signed_byline_names_its_i() -> None:
    post = parse_text(
        "# I Walked to Work for a Month\n\n**Lena Hart** · 7 min read · Mar 3\n\n"
        "**TL;DR:**\n- I walked 4 km each way for 30 days.\n- My resting heart rate fell from 68 to 61.\n"
        "- I slept better, mostly.\n\n## Why\n\n"
        "I had stopped cycling after a fall in 2019, and my commute took 45 minutes.\n",
        name="walk",
    )
    asked = [i.question for i in generate([post], "d")]
    assert asked and any("Lena Hart" in q for q in asked)
    assert not any(re.search(r"\b(?:I|My|my)\b", q) for q in asked)


def test_a_line_the_note_taker_marks_as_a_margin_note_is_theirs_but_not_the_list_a_notes_label_heads() -> (
    None
):
    notes = parse_text(
        "# Reading notes: the ferry chapter\n\n"
        "The ferry company cut its crossing time to 11 minutes in 1998.\n\n"  # line 3
        "Note: compare the bus figures in chapter 9, they claim 30% more riders.\n\n"  # line 5
        "** [margin: fleet of 14 boats / 2 depots]\n\n"  # line 7
        "备注：书里的票价数据来自 2001 年的年报。\n\n"  # line 9
        "Notes:\n\n"  # line 11
        "- The harbour board bought four new boats for $14 million.\n",  # line 13
        name="t",
    )
    assert labelled_own_lines(notes) == frozenset({5, 7, 9, 11})


def test_the_note_takers_impression_labelled_as_such_is_their_own() -> None:
    notes = parse_text(
        "# 峰会笔记\n\n讲者说冷链成本还在降。\n\n个人印象：语速很快，幻灯片全是表格。\n", name="t"
    )
    assert labelled_own_lines(notes) == frozenset({5})


def test_a_line_opened_with_a_speech_balloon_is_the_note_takers_comment_and_no_speakers_turn() -> None:
    notes = parse_text(
        "# 《排队的学问》读书笔记\n\n## 第二章\n\n作者认为，队伍越长，新来的人越容易放弃排队。\n\n"
        "> 💬 我的想法：这让我想起公司食堂，同事说的“不够坐”，其实是午饭时间都挤在十二点。\n\n"
        "> 💭 周末去超市数一数收银台，看看开了几个。\n\n"
        "作者认为，多开一个窗口比让每个窗口快一点更能缩短等待。\n",
        name="t",
    )
    assert not notes.index.has_turns  # 我的想法 behind its sign is a label, no speaker
    lines = {b.text[:4]: b.line for _, b in notes.all_blocks()}
    assert {lines["💬 我的"], lines["💭 周末"]} <= labelled_own_lines(notes)
    assert lines["作者认为"] not in labelled_own_lines(notes)  # the later of the two


def test_what_the_reader_means_to_do_with_a_book_and_a_take_with_an_aside_are_their_own() -> None:
    zh = parse_text(
        "# 《排队的学问》读书笔记\n\n## 第二章\n\n作者认为，多开一个窗口更能缩短等待。\n\n"
        "## 我可以用到的两件事\n\n1. 算一下报销流程的**等待时间**\n2. 周会上试试**先到先办**\n",
        name="t",
    )
    lines = {b.text[:4]: b.line for _, b in zh.all_blocks()}
    assert {lines["算一下报"], lines["周会上试"]} <= labelled_own_lines(zh)
    assert lines["作者认为"] not in labelled_own_lines(zh)
    en = parse_text(
        "# Notes on a book about queues\n\nThe author shows that one shared line beats many.\n\n"
        "*My overall take (written on the train home):* the opening chapters are strong, and the "
        "shared line chapter alone justifies buying it.\n",
        name="t",
    )
    assert labelled_own_lines(en) == frozenset({5})


def test_the_list_under_the_note_takers_label_ends_with_its_section() -> None:
    notes = parse_text(
        "# 《排队的学问》读书笔记\n\n## 第二章\n\n- 作者认为，队伍越长，新来的人越容易放弃。\n\n批注：\n"
        "- 这个结论是否太理想化了？\n\n## 第三章\n\n- 作者认为，一条长队比几条短队更公平。\n",
        name="t",
    )
    lines = {b.text[:6]: b.line for _, b in notes.all_blocks()}
    assert lines["这个结论是否"] in labelled_own_lines(notes)
    assert lines["作者认为，一"] not in labelled_own_lines(notes)  # the next chapter's list is the book's


def test_a_section_of_an_interviews_notes_headed_as_the_note_takers_own_is_theirs_not_a_turn() -> None:
    notes = parse_text(
        "# 访谈笔记：一位修表师傅\n\n主持人：您做这行多久了？\n\n师傅：快三十年了，最难的是游丝。\n\n"
        "主持人：游丝难在哪？\n\n师傅：细，手一抖就废了。\n\n"
        "## 我的总体看法\n\n师傅说话很朴素，下次可以带上家里那块旧表，记得提前约时间。\n",
        name="t",
    )
    assert notes.index.has_turns
    lines = {b.text[:4]: b.line for _, b in notes.all_blocks()}
    assert lines["师傅说话"] in labelled_own_lines(notes)
    assert lines["快三十年"] not in labelled_own_lines(notes)  # a turn is the speaker's


def test_a_heading_that_pairs_a_summary_with_the_note_takers_gripes_is_their_own() -> None:
    body = "在写作这件事上，真正决定成败的不是天赋，而是稳定的练习节奏，这一点作者讲了好几遍。"
    for heading in (
        "读后小结 & 吐槽",
        "总结 / 我的一点观察",
        "我的两点感受",
        "我的反思",
        "整理者的反思",
    ):
        opening = "# 《慢写作》读书笔记\n\n## 第二章 每天写一点\n\n作者讲了晨写的方法。"
        mine = items(f"{opening}\n\n## {heading}\n\n{body}\n")
        assert not any(kind == "claim" for kind, _, _ in mine), heading
    told = items(
        f"# 《慢写作》读书笔记\n\n## 第二章 每天写一点\n\n作者讲了晨写的方法。\n\n## 小结\n\n{body}\n"
    )
    assert any(kind == "claim" for kind, _, _ in told)


def test_a_section_pointing_to_other_pieces_or_to_the_next_meeting_is_not_asked() -> None:
    for heading in ("相关链接（收藏）", "下次课 & 准备", "下次会议", "延伸阅读"):
        notes = LECTURE.format(opening="开场：野外考察").replace("## 一、土壤的组成", f"## {heading}")
        asked = items(notes)
        assert not any("45%" in answer for _, _, answer in asked), heading
        assert any("33%" in answer for _, _, answer in asked), heading
    for heading in ("Related", "Next meeting", "Related on the Harbour Notes blog"):
        asked = items(EN_TALK.format(heading="Car ferries").replace("## Pricing", f"## {heading}"))
        assert not any("62%" in answer for _, _, answer in asked), heading
        assert any("40%" in answer for _, _, answer in asked), heading
    bills = items(
        LECTURE.format(opening="开场：野外考察").replace("## 一、土壤的组成", "## 3. 花销汇总（两人）")
    )
    assert not any("45%" in answer for _, _, answer in bills)  # the note-taker's own bills
    kept = items(LECTURE.format(opening="开场：野外考察").replace("## 一、土壤的组成", "## 相关概念"))
    assert any("45%" in answer for _, _, answer in kept)  # related terms are the lecture's own
