"""People are accepted on evidence only, with the role the text gives them, names kept whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extract.people import analyse, extract, is_person_name, main_person, person_forms
from quizgen.model import Person
from tests.handmade import block, doc, paragraphs

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def people(document) -> dict[str, Person]:  # type: ignore[no-untyped-def]
    return {p.name: p for p in extract(document) if isinstance(p, Person)}


def roles(document) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(p.name, p.role, p.evidence) for p in extract(document) if isinstance(p, Person)}


# --- speakers ------------------------------------------------------------------------------------


def test_speaker_label_with_role_and_name_gives_both() -> None:
    d = doc(
        (
            "",
            [block("大家好，我是郑远航。", 3, "嘉宾（山海书店创始人 郑远航）"), block("欢迎。", 4, "主持人")],
        )
    )
    assert ("郑远航", "山海书店创始人", "speaker") in roles(d)


def test_host_named_in_own_turn_is_the_host() -> None:
    turns = [
        block("欢迎收听《夜航船》，我是主持人宋知秋。今天聊书店。", 3, "主持人"),
        block("谢谢邀请。", 4, "嘉宾（山海书店创始人 郑远航）"),
    ]
    found = people(doc(("", turns), title="《夜航船》第3期"))
    assert found["宋知秋"].evidence == "host"
    assert found["宋知秋"].frame == "{}是《夜航船》的主持人"


def test_short_host_label_and_a_name_the_tagger_would_split() -> None:
    turns = [
        block("大家好，我是主持人何以宁。今天聊书店。", 3, "主持"),
        block("谢谢。", 4, "嘉宾（山海书店创始人 郑远航）"),
    ]
    found = people(doc(("", turns)))
    assert (found["何以宁"].role, found["何以宁"].evidence) == ("主持人", "host")


def test_speaker_asking_the_questions_is_the_interviewer() -> None:
    turns = [
        block("你为什么创办这家公司？", 5, "Mara Quill"),
        block("因为我想做更好的工具。我们从三个人开始。", 6, "卡洛斯·门德斯"),
        block("那你怎么看竞争？", 7, "Mara Quill"),
        block("竞争让我们更专注。", 8, "卡洛斯·门德斯"),
    ]
    d = doc(("", turns), preamble=(block("本期《工具播客》对话卡洛斯·门德斯。", 2),))
    found = people(d)
    assert found["Mara Quill"].evidence == "interviewer"
    assert found["Mara Quill"].frame == "在《工具播客》这期节目中，{}采访了卡洛斯·门德斯"
    assert found["卡洛斯·门德斯"].evidence == "interviewee"


def test_a_third_voice_unnamed_leaves_no_one_the_interviewer() -> None:
    # a second host, unnamed (a label no name reads in): who interviewed the guest has two answers
    turns = [
        block("你为什么去学修船？", 5, "Mara Quill"),
        block("因为我爸就是修船的。", 6, "卡洛斯·门德斯"),
        block("那现在还修木船吗？", 7, "场记"),
        block("很少了，一年两三条。", 8, "卡洛斯·门德斯"),
        block("最难的是哪一步？", 9, "Mara Quill"),
    ]
    d = doc(("", turns), preamble=(block("本期《工具播客》对话卡洛斯·门德斯。", 2),))
    assert "interviewer" not in {p.evidence for p in people(d).values()}


def test_two_speakers_a_header_names_as_hosts_interview_nobody() -> None:
    turns = [
        block("So why do mosses survive freezing?", 5, "Mara Quill"),
        block("Sugars, mostly. They swap water for them.", 6, "Toby Renn"),
        block("Even at minus twenty?", 7, "Mara Quill"),
        block("Decades, in the lab records.", 8, "Toby Renn"),
    ]
    talk = doc(("", turns), language="en")
    assert people(talk)["Mara Quill"].evidence == "interviewer"  # one asks, one answers: an interview
    hosted = doc(
        ("", turns),
        language="en",
        preamble=(block("Hosts: Mara Quill (ecologist) and Toby Renn (writer)", 2),),
    )
    assert "interviewer" not in {p.evidence for p in people(hosted).values()}


def test_role_word_speaker_without_a_name_is_no_person() -> None:
    d = doc(("", [block("今天聊什么？", 3, "主持人"), block("聊书。", 4, "嘉宾")]))
    assert people(d) == {}


# --- titles and roles next to the name -----------------------------------------------------------


def test_role_noun_before_a_chinese_name() -> None:
    found = people(paragraphs("南宋嘉定年间，乡村工匠吕成舟发明了脚踏水车。"))
    p = found["吕成舟"]
    assert (p.role, p.evidence) == ("乡村工匠", "title")
    assert p.frame == "南宋嘉定年间，{}发明了脚踏水车"


def test_a_given_name_ending_in_nian_is_kept_whole() -> None:
    # the tagger reads the 年 of a name as "year" (冯鹤|年); a saying verb or a stop after it ends the name
    found = people(paragraphs("水利站的工程师冯鹤年介绍，新闸门每小时能放水三千立方米。"))
    assert found["冯鹤年"].role == "水利站的工程师"
    # …and when a verb follows it (他舅舅|何松|年|是位…): the name is whole
    father = analyse(paragraphs("那年冬天，他舅舅何松年是位老实的木匠，手艺全村有名。")).findings
    assert [f.name for f in father] == ["何松年"]
    assert "冯鹤" not in found
    early = people(paragraphs("工程师王立年初调到了水利站。"))  # 年初: early in the year, no part of the name
    assert "王立" in early and "王立年" not in early


def test_a_trade_named_by_its_suffix_is_a_role_however_rare() -> None:
    found = people(
        paragraphs("从业十年的验配师韩东升向记者演示了整个流程。", "调音师邵云峰认为，钢琴每年至少要调两次。")
    )
    assert (found["韩东升"].role, found["韩东升"].evidence) == ("验配师", "title")
    assert found["邵云峰"].role == "调音师"


def test_org_and_role_before_a_dotted_name_keeps_the_name_whole() -> None:
    found = people(paragraphs("本文整理自 Lumen CTO 卡洛斯·门德斯（Carlos Mendes）的演讲。"))
    assert found["卡洛斯·门德斯"].role == "Lumen CTO"


def test_a_dotted_name_after_jiao_or_before_a_space_is_the_whole_name() -> None:
    from quizgen.extract.names import dotted_names

    assert [s.name for s in dotted_names("其中有一个脑科学家叫比尔·希恩斯 他发明了一个装置")] == [
        "比尔·希恩斯"
    ]
    assert [s.name for s in dotted_names("那位学者叫约翰·史密斯，他写了很多书。")] == ["约翰·史密斯"]
    assert [s.name for s in dotted_names("达里奥·阿莫迪提出了一个观点。")] == ["达里奥·阿莫迪"]
    assert [s.name for s in dotted_names("1583年，汉斯·莫勒的《札记》传遍各地")] == ["汉斯·莫勒"]


def test_owner_then_role_then_name() -> None:
    found = people(paragraphs("今天我们去拜访了山海书店的创始人郑远航。"))
    assert found["郑远航"].role == "山海书店的创始人"
    # a firm's name the tagger reads as a person's (鹿鸣仓) is still what the founder founded
    found = people(paragraphs("今天我们请到的嘉宾呢，是鹿鸣仓的创始人方晓。"))
    assert found["方晓"].role == "鹿鸣仓的创始人"


def test_title_before_a_name_in_object_position_keeps_the_clause() -> None:
    found = people(paragraphs("学者孟远山走遍各国。据县志记载，他曾去见楚王熊良。"))
    assert found["熊良"].role == "楚王"
    assert found["熊良"].frame == "据县志记载，孟远山曾去见{}"


def test_role_in_brackets_after_a_name() -> None:
    d = doc(
        ("", [block("欢迎。", 3)]),
        metadata=(("本期嘉宾", "郑远航（山海书店创始人）、林若溪（山海书店店长）"),),
    )
    found = people(d)
    assert found["郑远航"].role == "山海书店创始人"
    assert found["林若溪"].role == "山海书店店长"


def test_metadata_author_is_the_author_of_the_named_work() -> None:
    d = doc(("", [block("正文。", 5)]), metadata=(("书名", "山居杂记"), ("作者", "陆景明")))
    assert people(d)["陆景明"].role == "《山居杂记》的作者"


def test_a_publisher_and_year_beside_the_author_are_no_role() -> None:
    d = doc(("", [block("正文。", 5)]), metadata=(("作者", "陆景明（青川书局，2018）"),))
    assert people(d)["陆景明"].role == "作者"
    d = doc(("", [block("正文。", 5)]), metadata=(("作者", "陆景明（民俗学者）"),))
    assert people(d)["陆景明"].role == "民俗学者"


def test_english_metadata_author() -> None:
    d = doc(
        ("", [block("Body text.", 5)]),
        language="en",
        metadata=(("Title", "On Rivers"), ("Author", "Ada K. Morrow")),
    )
    assert people(d)["Ada K. Morrow"].role == "author of “On Rivers”"


def test_english_metadata_role_after_the_names_comma() -> None:
    d = doc(
        ("", [block("Body text.", 5)]),
        language="en",
        metadata=(("Guests", "Tom Whitaker, CEO of Ferrobot, and Ann Lee"),),
    )
    found = people(d)
    assert found["Tom Whitaker"].role == "CEO of Ferrobot"
    assert found["Ann Lee"].role == "guest"


def test_a_vice_president_in_metadata_is_a_role() -> None:
    d = doc(
        ("", [block("Body text.", 5)]),
        language="en",
        metadata=(("Speaker", "Jo Park, VP of Sales at Acme Freight"),),
    )
    assert people(d)["Jo Park"].role == "VP of Sales at Acme Freight"


# --- relations, authorship, deeds ----------------------------------------------------------------


def test_relation_names_the_relative_of_the_resolved_holder() -> None:
    d = paragraphs("卡洛斯·门德斯在里斯本长大。", "他与弟弟 Marco 关系密切，早早决定一起创业。")
    assert people(d)["Marco"].role == "卡洛斯·门德斯的弟弟"


def test_possessed_book_title_makes_its_author() -> None:
    found = people(paragraphs("这段往事写在陆景明的《山居杂记》里。"))
    assert (found["陆景明"].role, found["陆景明"].evidence) == ("《山居杂记》的作者", "author")


def test_deed_at_the_head_of_a_clause_after_a_time_word() -> None:
    found = people(paragraphs("明代徐光远改良了织机，并推广到江南各地。"))
    assert found["徐光远"].evidence == "deed"
    assert found["徐光远"].frame == "明代{}改良了织机，并推广到江南各地"


def test_deed_with_a_relative_clause_or_a_group_is_not_taken() -> None:
    assert people(paragraphs("清初许文清主持编修的县志流传很广。", "宋初，冯远等人上书请求修桥。")) == {}


def test_a_word_of_order_or_a_verb_of_asking_is_no_part_of_a_name() -> None:
    found = people(
        paragraphs("上一轮回归测试发现 bug 12 个：高危 2 个。", "宋青问设计评审什么时候做，定在周五。")
    )
    assert not any(name.startswith("上一") or name.endswith("问") for name in found)


def test_a_role_opening_a_brackets_remarks_makes_a_person() -> None:
    found = people(paragraphs("缺席：严素梅（监事，外出学习，已交书面意见）。", "列席：卜晓（社区社工）。"))
    assert found["严素梅"].role == "监事" and found["卜晓"].role == "社区社工"


def test_speech_verbs_are_claims_not_deeds() -> None:
    assert people(paragraphs("张明远认为，工具决定效率。")) == {}


# --- English -------------------------------------------------------------------------------------


def test_a_role_noun_by_its_ending_makes_an_english_person() -> None:
    # ecologist, cartographer, technician are no listed role, yet their endings name a trade or field
    d = paragraphs(
        "Ilse Varnholt, a marine ecologist at a northern university, mapped the kelp beds.", language="en"
    )
    assert people(d)["Ilse Varnholt"].role == "a marine ecologist at a northern university"
    d = paragraphs("Tobin Orrell is a cartographer for the county survey.", language="en")
    assert people(d)["Tobin Orrell"].role == "a cartographer for the county survey"
    d = paragraphs("The lab technician Maren Skov ran every sample twice.", language="en")
    assert people(d)["Maren Skov"].role.endswith("technician")
    # a noun that only looks like one names no one: a checklist, a playlist
    d = paragraphs("Corwin Reach, a checklist for new staff, covers the first week.", language="en")
    assert "Corwin Reach" not in people(d)


def test_english_apposition_with_what_they_did() -> None:
    d = paragraphs(
        'Peter J. Hollis, a statistician, proposed the word "byte", which others adopted.', language="en"
    )
    p = people(d)["Peter J. Hollis"]
    assert (p.role, p.evidence, p.frame) == ("a statistician", "apposition", '{} proposed the word "byte"')
    # a place with its region after it is one place: the role does not stop at its comma
    d = paragraphs(
        "Tom Hale, a country doctor in Jefferson, Georgia, removed a tumour under ether.", language="en"
    )
    p = people(d)["Tom Hale"]
    assert (p.role, p.frame) == ("a country doctor in Jefferson, Georgia", "{} removed a tumour under ether")
    # a role cut at a comma after its `and` ends before the `and`
    d = paragraphs(
        "The party included Ida Marsh, a doctor who rode out to the farms by boat and, after 1920, by car.",
        language="en",
    )
    assert people(d)["Ida Marsh"].role == "a doctor who rode out to the farms by boat"
    # an abbreviation's full stop (Univ., Dept.) ends no role
    d = paragraphs(
        "The panel included Funmi Ode, a history professor at Univ. of Kestle, and two editors.",
        language="en",
    )
    assert people(d)["Funmi Ode"].role == "a history professor at Univ. of Kestle"


def test_english_copula_role_says_who_someone_is_and_makes_them_main() -> None:
    d = paragraphs(
        "Some background: Ines Moreau is a senior architect at a regional transport agency.",
        "Halfway through the talk she showed a chart of delays.",
        language="en",
        title="Notes on Ines Moreau's talk",
    )
    p = people(d)["Ines Moreau"]
    assert (p.role, p.evidence) == ("a senior architect at a regional transport agency", "apposition")
    assert main_person(d) == "Ines Moreau"
    assert "Ines Moreau" not in people(paragraphs("Ines Moreau is a good idea for the team.", language="en"))


def test_english_title_before_name_and_intro_phrase() -> None:
    d = paragraphs(
        "In March 1950 Senator Jane Harlow asked the council to build a bridge over the river.", language="en"
    )
    p = people(d)["Jane Harlow"]
    assert (p.role, p.frame) == (
        "Senator",
        "In March 1950 {} asked the council to build a bridge over the river",
    )


def test_a_firms_capitalised_title_or_a_role_opening_the_sentence_is_split_from_the_name() -> None:
    d = paragraphs(
        "He set up a small fund with Brightline CEO Dana Whitcombe in 2019.",
        "Economist Tomas Varga argues that harbour towns grow from their edges.",
        language="en",
    )
    found = people(d)
    assert found["Dana Whitcombe"].role == "Brightline CEO"
    assert "Tomas Varga" in found and "Economist Tomas Varga" not in found


def test_english_agent_and_particle_name_kept_whole() -> None:
    d = paragraphs(
        "The tower, a steel frame designed under Ludwig van Ostern at the city office, still stands.",
        language="en",
    )
    p = people(d)["Ludwig van Ostern"]
    assert p.evidence == "agent"
    assert "designed under {} at the city office" in p.frame


def test_english_surname_as_subject_is_the_full_name() -> None:
    d = paragraphs(
        "The crew was Ana Pereira and Tom Walsh.",
        "On the second day Pereira repaired the antenna on the outer hull, while Walsh slept.",
        language="en",
    )
    p = people(d)["Ana Pereira"]
    assert (p.evidence, p.frame) == ("deed", "On the second day {} repaired the antenna on the outer hull")


def test_a_spoken_apposition_gives_the_role_without_its_pronoun() -> None:
    d = paragraphs(
        "Then, 1968. Dr. Lena Marsh-Obi, she's a soil chemist, she's looking at how roots breathe.",
        language="en",
    )
    assert people(d)["Lena Marsh-Obi"].role == "a soil chemist"


def test_english_relation_in_an_apposition_resolves_against_the_earlier_person() -> None:
    d = doc(
        (
            "People",
            [
                block("Otto Brand, a Danish engineer, designed the dam.", 2, kind="bullet"),
                block("Karl Brand, his son, took over as chief engineer in 1901.", 3, kind="bullet"),
            ],
        ),
        language="en",
    )
    p = people(d)["Karl Brand"]
    assert (p.role, p.evidence, p.frame) == (
        "Otto Brand's son",
        "relation",
        "{} took over as chief engineer in 1901",
    )


def test_english_relation() -> None:
    d = paragraphs(
        "Rosa Lind founded the studio.",
        "Her work grew with her brother Felix, who ran the shop.",
        language="en",
    )
    assert "Felix" not in people(d)  # a single word after a relation in English needs "his/her REL Name"
    d2 = paragraphs("Rosa Lind founded the studio with her brother Felix Lind in 1990.", language="en")
    assert people(d2)["Felix Lind"].role == "Rosa Lind's brother"
    # a name's relation is the whole name's, not its surname's (two Linds are in the notes)
    d3 = paragraphs("- **Rosa Lind's father, Anton Lind** — a printer in Malmö.", language="en")
    assert people(d3)["Anton Lind"].role == "Rosa Lind's father"


# --- rejections ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "华为在深圳设立了新的研究所。",  # a company jieba tags as a person's name
        "作者把全书分成四个部分。",  # a role word alone
        "主持人说今天的节目很长。",
        "他在金山工作了三年。",
    ],
)
def test_no_person_without_evidence(text: str) -> None:
    assert people(paragraphs(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The Marshall Space Center opened in 1960.",
        "When Morning Star sailed, nobody watched.",
        "In May the Grand Council met twice.",
    ],
)
def test_no_english_person_without_evidence(text: str) -> None:
    assert people(paragraphs(text, language="en")) == {}


def test_unresolvable_holder_drops_the_relation() -> None:
    assert "Marco" not in people(paragraphs("他与弟弟 Marco 关系密切。"))


# --- the document's main person -------------------------------------------------------------------


def test_main_person_is_the_one_in_the_title_in_the_form_used_most() -> None:
    d = paragraphs("门德斯认为工具很重要。", "门德斯还说了别的。", title="Lumen CTO 卡洛斯·门德斯访谈")
    assert main_person(d) == "门德斯"


def test_a_rarer_surname_leads_a_name_and_an_adverb_after_a_title_does_not() -> None:
    d = paragraphs(
        "1971年，聂岚舟出生在一个海边小镇。",
        "她的导师、地质学家苏定远主任曾提到：“她每天都来。”",
        "聂岚舟说，海岸就是课堂。",
        "后来聂岚舟带着学生在海岸测了十五年。",
        title="守着海岸线的地质学家",
    )
    assert main_person(d) == "聂岚舟"
    assert "曾提到" not in person_forms(d)


def test_is_person_name_knows_every_written_form_of_an_accepted_person() -> None:
    d = paragraphs("Lumen CTO 卡洛斯·门德斯谈工具。", "门德斯认为工具很重要。", "华为在深圳。")
    assert is_person_name(d, "卡洛斯·门德斯") and is_person_name(d, "门德斯")
    assert not is_person_name(d, "华为")


def test_samples_people_with_roles() -> None:
    from quizgen.ingest import read_document

    interview = roles(read_document(SEEDS / "amodei-interview.txt"))
    assert ("达里奥·阿莫迪", "Anthropic CEO", "title") in interview
    assert ("Daniela", "阿莫迪的妹妹", "relation") in interview
    podcast = {
        p.name: p for p in extract(read_document(SEEDS / "amodei-podcast.txt")) if isinstance(p, Person)
    }
    assert podcast["Reed Albergotti"].evidence == "interviewer"
    assert podcast["黄仁勋"].role == "英伟达CEO"


def test_a_name_known_by_a_deed_alone_must_do_what_only_a_person_does() -> None:
    d = paragraphs(
        "968年，吴越用青铜铸成一口大钟。",  # a state casts, too: no evidence of a person
        "明代杜衡改用竹篾，并设计了双层晾晒架。",
    )
    found = people(d)
    assert "吴越" not in found and "杜衡" in found


def test_a_lone_guest_label_takes_the_name_the_host_introduces() -> None:
    turns = [
        block("Welcome. Today I'm with Dr. Lena Ortiz, a soil scientist.", 1, "Host"),
        block("Thanks for having me.", 2, "Guest"),
        block("How much soil is degraded?", 3, "Host"),
        block("About a third of it.", 4, "Guest"),
    ]
    d = doc(("", turns), language="en")
    assert "Lena Ortiz" in people(d)
    zh = [
        block("欢迎收听，今天我们请到了麦香坊的创始人王磊。", 1, "主持人"),
        block("大家好。", 2, "嘉宾"),
        block("门店有多少家？", 3, "主持人"),
        block("38家。", 4, "嘉宾"),
    ]
    from quizgen.extract.people import speaker_names

    assert speaker_names(doc(("", zh)))["嘉宾"] == "王磊"


def test_a_speaker_field_under_each_talks_heading_names_the_speaker_and_role(tmp_path: Path) -> None:
    from quizgen.ingest import read_document

    notes = tmp_path / "meetup.md"
    notes.write_text(
        "# 城市数据开放日笔记\n\n"
        "## 用开放数据修路灯\n\n演讲人：顾星河，南岭市数据局的首席架构师\n\n"
        "他讲了路灯报修数据怎么公开。报修到维修的平均时间从九天降到两天。\n\n"
        "## 公交到站预测\n\n演讲人：沈青\n\n她讲了公交到站时间的预测模型。\n",
        encoding="utf-8",
    )
    found = people(read_document(notes))
    assert found["顾星河"].role == "南岭市数据局的首席架构师"
    assert "沈青" not in found or found["沈青"].role != "演讲人"  # a bare name says only that she spoke
    english = tmp_path / "conf.md"
    english.write_text(
        "# Notes from Harbour Conf\n\n## Queues that never drop\n\n"
        "Speaker: Mara Quist, principal engineer at Tidewell\n\n"
        "Her team replays every message from a log. They keep 14 days of it.\n",
        encoding="utf-8",
    )
    assert people(read_document(english))["Mara Quist"].role == "principal engineer at Tidewell"


def test_an_aside_in_brackets_after_a_metadata_role_is_no_part_of_it() -> None:
    d = doc(
        ("", [block("正文。", 5)]),
        metadata=(("分享人", "沈一舟，青川互娱发行总监（之前在大厂做了五年，去年出来的）"),),
    )
    assert people(d)["沈一舟"].role == "青川互娱发行总监"


def test_an_abbreviations_full_stop_ends_no_english_role() -> None:
    d = paragraphs(
        "His guest is Ruth Amsel, chief organ builder at Larkin Works in St. Louis, Missouri, since 2004.",
        language="en",
    )
    assert people(d)["Ruth Amsel"].role == "chief organ builder at Larkin Works in St. Louis, Missouri"


def test_a_verb_with_its_direction_is_no_relatives_name() -> None:
    d = paragraphs("研究员林晓说，标本馆的六万份标本里，约三分之一是她和学生采回来的。")
    assert not any(p.evidence == "relation" for p in people(d).values())


def test_a_name_with_an_inner_capital_is_one_word() -> None:
    d = paragraphs("The researcher Ian MacAllister studied forty avalanche accidents in Utah.", language="en")
    forms = person_forms(d)
    assert "Ian MacAllister" in forms
    assert not any(form.endswith(" Mac") for form in forms)


def test_an_organisation_in_a_guest_field_is_no_person() -> None:
    value = "Dr. Lena Ostrova — glaciologist, head of its Ice & Snow Lab; author of *The Cold Archive* (2021)"
    d = doc(("", [block("Welcome to the show.", 5)]), language="en", metadata=(("Guest", value),))
    assert "Lena Ostrova" in person_forms(d)
    assert not any(name.endswith("Lab") for name in person_forms(d))


def test_a_preposition_before_a_role_is_not_part_of_it() -> None:
    d = doc(
        ("", [block("The classic line is from philosopher Karl Weiss, who wrote it in 1958.", 5)]),
        language="en",
    )
    found = roles(d)
    assert ("Karl Weiss", "philosopher", "title") in found
    assert not any(role.startswith("from") for _, role, _ in found)


def test_a_line_opening_on_a_name_and_its_role_is_an_entry_for_them() -> None:
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# 读书笔记\n\n## 书中人物\n\n- **李慧芳**：某连锁超市区域运营总监。她让职级最低的人先发言。\n"
        "- **王建军**：一家老牌纺织厂的厂长，书中的反面教材。\n"
        "- **复盘会**：每月一次，回看决策的依据。\n",
        name="t",
    )
    found = roles(notes)
    assert ("李慧芳", "某连锁超市区域运营总监", "apposition") in found
    assert ("王建军", "一家老牌纺织厂的厂长", "apposition") in found
    assert not any(name == "复盘会" for name, _, _ in found)


def test_a_guest_list_line_of_a_name_a_comma_and_a_role_is_an_entry_for_them() -> None:
    from quizgen.ingest import parse_text

    panel = parse_text(
        "圆桌实录\n\n主持人：周宁（《城事》主编）\n嘉宾：\n  陈立山，远拓物流 供应链总监\n"
        "  何静，南湾社区 志愿者协调员\n\n主持人：各位好，今天聊聊社区物流。\n\n"
        "陈立山：我们今年在南湾试了夜间配送，效果不错。\n",
        name="t",
    )
    found = roles(panel)
    assert ("陈立山", "远拓物流 供应链总监", "apposition") in found
    assert ("何静", "南湾社区 志愿者协调员", "apposition") in found
    # a comma after a name is no entry when what follows describes someone else or is a clause
    from quizgen.extract import people_zh

    prose = people_zh.findings([("张伟，这位来自上海的工程师说得很直接。", None)], [])
    assert not any(f.kind == "apposition" for f in prose)


def test_a_foreign_name_runs_on_to_its_latin_original_in_brackets() -> None:
    from quizgen.extract import people_zh

    found = people_zh.findings(
        [
            ("荷兰育种公司的技术总监范德林登（Pieter van der Linden）借了他15万欧元。", None),
            ("他和当地农业大学的教授阿里夫·汗（Arif Khan）合作做了两季试验。", None),
        ],
        [],
    )
    assert {(f.name, f.role) for f in found} >= {
        ("范德林登", "公司的技术总监"),
        ("阿里夫·汗", "当地农业大学的教授"),
    }


def test_a_foreign_name_runs_on_to_a_one_word_original_with_dates() -> None:
    from quizgen.extract import people_zh

    found = people_zh.findings(
        [("西班牙人在卡哈马卡俘虏了印加皇帝阿塔瓦尔帕（Atahualpa，约1502—1533）。", None)], []
    )
    assert ("阿塔瓦尔帕", "印加皇帝") in {(f.name, f.role) for f in found}


def test_the_one_a_notes_header_names_as_interviewed_is_its_main_person() -> None:
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# 访谈笔记｜陆景川：把实验室搬到田埂上\n\n> 访谈对象：陆景川，禾穗农业科技创始人\n"
        "> 访谈时间：2024年3月16日\n\n## 背景\n\n- 他2015年辞职创业，先在盐碱地上做试验。\n",
        name="t",
    )
    assert main_person(notes) == "陆景川"
    assert ("陆景川", "禾穗农业科技创始人") in {(name, role) for name, role, _ in roles(notes)}


def test_an_attendees_list_names_people_whole_with_their_roles_after_a_space() -> None:
    from quizgen.extract.people import person_forms
    from quizgen.ingest import parse_text

    minutes = parse_text(
        "季度复盘会议纪要\n\n参会人：\n\n- 贺立群 产品总监（主持）\n- 卢思远 产品经理，负责会员与增长\n\n"
        "## 会员与增长\n\n- 卢思远自己承认提醒文案设计得不好，已经在改。\n- 贺立群认为留存是最大亮点。\n",
        name="t",
    )
    found = roles(minutes)
    assert ("贺立群", "产品总监", "apposition") in found
    assert ("卢思远", "产品经理", "apposition") in found
    # the name read short in 卢思远自己承认… gives way to the whole one
    assert "卢思" not in person_forms(minutes)


def test_an_accented_letter_is_part_of_a_latin_name() -> None:
    from quizgen.extract.names import latin_names

    text = "Henri Poincaré had the pieces before Albert Einstein, as Émile Borel and Kurt Gödel noted."
    assert [s.name for s in latin_names(text)] == [
        "Henri Poincaré",
        "Albert Einstein",
        "Émile Borel",
        "Kurt Gödel",
    ]


def test_a_surname_with_an_elided_particle_is_a_name_and_a_place_is_none() -> None:
    from quizgen.extract.names import latin_names

    text = (
        "Years later Renée d'Aubigny, working with Cormac O'Hanlon, moved to Fort Collins and then San Remo."
    )
    assert [s.name for s in latin_names(text)] == ["Renée d'Aubigny", "Cormac O'Hanlon"]


def test_he_after_a_particle_surnamed_subject_is_that_person() -> None:
    from quizgen.extract.people import resolve_pronouns
    from quizgen.ingest import parse_text

    doc = parse_text(
        "# Notes\n\n## History\n\nAlma Petrie, a Scottish chemist, first described the salt in 1902. "
        "Lucien d'Aubigny, a French physician, tried it on patients seven years on. "
        "Unlike her, d'Aubigny loved an audience. He was selling it by the crate by 1912.\n",
        name="t",
    )
    section = doc.sections[0]
    block = section.blocks[0]
    resolved = resolve_pronouns(doc, section, block, block.text.rsplit(". ", 1)[-1])
    assert "Petrie" not in resolved and "d'Aubigny" in resolved, resolved


def test_a_capitalised_phrase_with_a_reflexive_pronoun_is_no_name() -> None:
    from quizgen.extract.names import latin_names

    text = "先存钱再花钱（Save Yourself First），这是 Amara Okafor 的第一条建议。"
    assert [s.name for s in latin_names(text)] == ["Amara Okafor"]


def test_a_surname_split_from_its_given_name_stays_with_it_and_more_roles_are_roles() -> None:
    from quizgen.extract.people import person_forms
    from quizgen.ingest import parse_text

    minutes = parse_text(
        "# 公园改造协调会纪要\n\n"
        "与会人员：孙秀英（社区居委会主任）、刘桂兰（老年舞蹈队队长）、马振东（退休教师）\n\n"
        "## 讨论\n\n马振东老师提出要尽量保留香樟树。刘桂兰希望保留中心广场。\n",
        name="t",
    )
    forms = person_forms(minutes)
    assert {"孙秀英", "刘桂兰", "马振东"} <= forms
    assert ("孙秀英", "社区居委会主任", "apposition") in roles(minutes)
    # a compound surname (欧阳) or a rarer one (祁) that jieba tags apart from the given name
    staff = parse_text(
        "# 年终会纪要\n\n- 发言人：\n  - 欧阳明川（技术总监）\n  - 祁远舟（创始人）\n\n"
        "## 技术\n\n欧阳明川说，明年要把机房搬到城西。\n",
        name="t",
    )
    assert ("欧阳明川", "技术总监", "apposition") in roles(staff)
    assert ("祁远舟", "创始人", "apposition") in roles(staff)


def _notes(text: str) -> list[Person]:
    from quizgen.ingest import parse_text

    return extract(parse_text(text, name="notes", path="notes.md"))


def test_an_entry_in_a_list_of_people_gives_their_role() -> None:
    found = _notes(
        "# Notes\n\n## People\n\n"
        "- **Orla Finch**: master glazier at the Tenby works.\n"
        "- Dr. Ravi Menon — health economist, studies clinic queues\n"
        "- **Lena Osei** — co-designed the harbour park; loved maps.\n"
        "- Amos Kettle — queueing theory and waiting rooms\n"
    )
    roles = {(p.name, p.role) for p in found}
    assert ("Orla Finch", "master glazier at the Tenby works") in roles
    assert ("Ravi Menon", "health economist") in roles
    # a deed (co-designed …) and a field of study are what someone did or is known for, no role
    assert not any(p.name in {"Lena Osei", "Amos Kettle"} and p.role for p in found)


def test_a_role_opening_a_sentence_is_not_read_as_a_name() -> None:
    found = _notes(
        "# Notes\n\nChief engineer Orla Finch says a cracked pane teaches more than a whole one.\n"
    )
    assert [p.role for p in found if p.name == "Orla Finch"] == ["chief engineer"]


def test_a_chinese_entry_under_a_label_gives_the_role() -> None:
    found = _notes("# 笔记\n\n- 人物：**王建国**，水厂第一任总工程师，坚持加装砂滤池。\n")
    assert [(p.name, p.role) for p in found] == [("王建国", "水厂第一任总工程师")]


def test_a_verbal_noun_before_a_title_is_part_of_the_role() -> None:
    found = extract(paragraphs("作者讲了个反例：一位销售总监周文斌留了时间块，却没写具体任务。"))
    assert [(p.name, p.role) for p in found] == [("周文斌", "销售总监")]


def test_a_chinese_entry_set_apart_by_a_dash_gives_the_role_without_it() -> None:
    found = _notes(
        "# 纪要\n\n- **参会人**：\n  - 王建国 — 产品总监，本次评审决策人\n  - 陈志强 — 数据分析师\n"
    )
    assert {(p.name, p.role) for p in found} >= {("王建国", "产品总监"), ("陈志强", "数据分析师")}


def test_a_technique_entry_and_a_notes_fragment_give_no_role() -> None:
    found = _notes(
        "# Notes\n\n## Techniques\n\n"
        "- **Ledger Framing** — list everything being traded on a visible ledger.\n"
        "- **Costed Concessions** — never give something away without naming its cost.\n"
        "- Priya Raman: only business w/ GM >30%, the way up.\n"
        "- Tobias Renner — bookbinder\n"
    )
    roles = {(p.name, p.role) for p in found if p.role}
    # list and never end like agent nouns (-ist, -er); `only …` is no role without `the`
    assert roles == {("Tobias Renner", "bookbinder")}


def test_a_name_after_the_article_or_a_clause_after_its_comma_is_no_person() -> None:
    found = _notes(
        "# Notes\n\n- The Hollins Rule, as I came to call it after the county engineer who showed it "
        "to me, is simple: a street that costs more than it yields is a liability.\n"
    )
    assert not any(p.name == "Hollins Rule" for p in found)


def test_a_paragraphs_run_in_heading_is_no_person() -> None:
    from quizgen.extract.people import analyse, resolve_pronouns
    from quizgen.ingest import parse_text

    text = (
        "# Notes\n\n## Programmes\n\nInes Valdo runs the museum's public work.\n\n"
        "**Neighbour Curators.** Six residents co-curate a show, and she says they draw the longest visits.\n"
    )
    doc = parse_text(text, name="n", path="n.md")
    assert "Neighbour Curators" not in analyse(doc).cast.key_of
    section = doc.sections[0]
    said = resolve_pronouns(doc, section, section.blocks[1], "She says they draw the longest visits.")
    assert said.startswith("Ines Valdo")


def test_english_metadata_titles_and_the_organisation_after_a_name_are_no_people() -> None:
    d = doc(
        ("", [block("Body text.", 5)]),
        language="en",
        metadata=(
            ("Interviewee", "Rosa Lindqvist, Founder and Managing Director, Tallow Bridge Works"),
            ("Guests", "Tom Whitaker, CEO, and Ann Lee, CTO"),
        ),
    )
    found = people(d)
    assert found["Rosa Lindqvist"].role == "Founder and Managing Director at Tallow Bridge Works"
    assert "Managing Director" not in found and "Tallow Bridge Works" not in found
    assert (found["Tom Whitaker"].role, found["Ann Lee"].role) == ("CEO", "CTO")


def test_an_interviewers_title_in_the_header_leaves_them_the_interviewer() -> None:
    d = doc(
        ("", [block("Body text.", 5)]),
        language="en",
        metadata=(("Interviewer", "Nadia Brook, Senior Editor, The Weekly Ledger"),),
    )
    found = people(d)
    assert found["Nadia Brook"].role == "interviewer"
    assert "Senior Editor" not in found and "The Weekly Ledger" not in found


def test_a_name_ending_on_a_number_word_gives_no_short_form() -> None:
    from quizgen.extract.names import forms

    assert forms("Harbour Two") == ("Harbour Two",)
    assert forms("Ada Lovelace") == ("Ada Lovelace", "Lovelace")
    # a person the text gives evidence for is called by the first name too (not Will, a verb)
    assert forms("Ada Lovelace", first_name=True) == ("Ada Lovelace", "Lovelace", "Ada")
    assert forms("Will Hartley", first_name=True) == ("Will Hartley", "Hartley")


@pytest.mark.parametrize(
    "line",
    [
        "Left the utility in 2021 and co-founded Ampleford Grid to sell forecasts.",
        "She worked at Harrow Mutual for a decade.",
        "He is now CEO of Lumen Fieldworks.",
        "Ampleford Grid — software that tells battery owners when to charge.",
        "Ampleford Grid, a startup in Leeds, has sixty people.",
    ],
)
def test_a_name_someone_founds_works_at_or_heads_is_an_organisation(line: str) -> None:
    document = paragraphs("Maren Oyelaran-Voss was the guest.", line, language="en")
    assert person_forms(document) & {"Ampleford Grid", "Harrow Mutual", "Lumen Fieldworks"} == set()
    assert "Maren Oyelaran-Voss" in person_forms(document)


def test_an_auxiliary_opening_a_line_is_no_first_name() -> None:
    document = paragraphs(
        "Are Bluetooth loggers fine if the download is guaranteed at handover?", language="en"
    )
    assert "Are Bluetooth" not in person_forms(document)
    assert "Will Larkin" in person_forms(paragraphs("Will Larkin ran the depot for a decade.", language="en"))


def test_a_given_name_ending_on_a_conjunction_character_is_read_whole() -> None:
    from quizgen.ingest import parse_text

    text = (
        "# 竹器匠人访谈\n\n竹编匠人卢明和在山里守着一间作坊。\n\n"
        "卢明和：竹子要先泡三百天。\n\n2018年，卢明和的茶器拿了金奖。\n"
    )
    forms = person_forms(parse_text(text, name="craft", path="craft.md"))
    assert "卢明和" in forms and "卢明" not in forms
    # 和 joining two names stays a conjunction
    pair = "# 访谈\n\n记者卢明和王芳一起去了山里。\n\n卢明和王芳都说路很难走。\n"
    assert "卢明和" not in person_forms(parse_text(pair, name="pair", path="pair.md"))


def test_a_verb_of_citing_before_a_role_is_no_part_of_it() -> None:
    d = paragraphs(
        "The article quotes economist Rafael Ondaatje, who argues that firms adapt.", language="en"
    )
    assert people(d)["Rafael Ondaatje"].role == "economist"


def test_how_the_book_introduces_someone_in_brackets_is_no_part_of_the_role() -> None:
    d = paragraphs("批注：林舟（文中介绍为诗人）说改稿要改七遍。")
    assert people(d)["林舟"].role == "诗人"


def test_a_name_jieba_reads_short_keeps_its_last_character() -> None:
    d = paragraphs(
        "气象学者钟雨湄2016年的研究显示，雨季越长虫害越多。",
        "记者陈晨去北京采访了三位学者。",
    )
    found = people(d)
    assert "钟雨湄" in found and "钟雨" not in found
    assert "陈晨" in found and "陈晨去" not in found


def test_a_given_name_ending_on_a_particle_is_read_whole() -> None:
    d = paragraphs("报告主笔、星河研究院高级研究员苏牧之。", "这本书的译者是北方大学教授林远之，他花了三年。")
    found = people(d)
    assert {"苏牧之", "林远之"} <= set(found) and not {"苏牧", "林远"} & set(found)


# --- names Chinese text runs into -----------------------------------------------------------------


def test_latin_name_written_right_after_a_chinese_role_is_found() -> None:
    d = paragraphs("他和Quorra系统的作者、教授Tobias Wennberg展开了一场著名的论战。")
    assert people(d)["Tobias Wennberg"].role.endswith("教授")


def test_latin_name_after_a_role_is_read_whole_however_long() -> None:
    d = paragraphs("作者后来和物流公司Varnley的CEO Gregory Halloran一起创办了一家基金。")
    assert "Gregory Halloran" in people(d)


def test_two_character_name_the_tagger_reads_as_a_place_is_a_name_after_a_role() -> None:
    d = paragraphs("这套练习法来自播客主持人贺川，他每周只录一期节目。")
    assert people(d)["贺川"].role.endswith("主持人")


def test_dotted_name_after_a_verb_of_arriving_is_cut_before_it() -> None:
    d = paragraphs("读到这里，作者联想到艾琳·洛萨的建议：先写提纲，再动笔。")
    forms = person_forms(d)
    assert "艾琳·洛萨" in forms
    assert not any(f.startswith("到") for f in forms)


def test_two_roles_in_apposition_make_one_role() -> None:
    d = paragraphs("他和Quorra系统的作者、教授Tobias Wennberg展开了一场著名的论战。")
    assert people(d)["Tobias Wennberg"].role == "Quorra系统的作者、教授"


def test_a_programme_heading_names_its_speaker_and_their_role() -> None:
    from quizgen.ingest import parse_text

    d = parse_text(
        "# 城市更新论坛笔记\n\n## 二、嘉宾一：祁远帆｜栖川建筑事务所 合伙人（9:30–10:10）\n\n"
        "- 老城改造最难的是产权，不是设计。\n\n"
        "## 三、嘉宾二：温若宁｜市规划研究院 总规划师\n\n- 祁远帆：拆不如修。\n",
        "forum.md",
    )
    found = people(d)
    assert found["祁远帆"].role == "栖川建筑事务所合伙人"
    assert found["温若宁"].role == "市规划研究院总规划师"


ESSAY = (
    "I have rebuilt the same budgeting app since 2015, at a cost of $4,000. Each time I said the new stack"
    " would fix it.\n\nIn 2019 I moved the whole thing to Elm, and I shipped nothing for eight months.\n\n"
    "My advice is boring: pick one tool and stay with it for two years.\n"
)


def test_i_in_an_unsigned_essay_is_its_author_and_in_notes_or_a_lecture_the_speaker() -> None:
    from quizgen.extract.people import analyse
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    essay = parse_text("# Why I stopped rebuilding my side projects\n\n" + ESSAY, name="e", path="e.md")
    assert analyse(essay).cast.narrator == "the author"
    stems = [i.cloze for i in generate([essay], "d") if i.cloze]
    assert any(s.startswith("The author has rebuilt the same budgeting app") for s in stems), stems
    for title in (
        "# Notes on Ana Reis's talk",
        "# ECON 214 - Lecture 9",
        "# Lecturer: Ana Reis",
        "# FOUNDER Q&A",
    ):
        other = parse_text(f"{title}\n\n" + ESSAY, name="o", path="o.md")
        assert analyse(other).cast.narrator == "", title


def test_a_sentence_opening_on_a_preposition_or_an_adverb_names_no_one() -> None:
    from quizgen.extract.names import latin_names

    text = (
        "Throughout Quill's career she kept notes. Despite Quill's age, Meanwhile Quill wrote to Ada Brennan."
    )
    assert [s.name for s in latin_names(text)] == ["Ada Brennan"]


def test_a_work_of_engineering_is_no_person() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# Film notes\n\n**Overall**: about the Kessel Estuary Flood Barrier on the east coast.\n\n"
        "## The gates\n\n**Dr. Dana Holm** — lead engineer, Kessel Water Board.\n"
        "- Barrier is shut on about 1% of days, nearly all in winter storms.\n",
        name="f",
    )
    assert not any(i.question.startswith("Who is shut") for i in generate([notes], "d"))


def test_a_lines_opening_verb_and_a_month_after_a_name_are_no_part_of_it() -> None:
    from quizgen.extract.names import latin_names

    assert [s.name for s in latin_names("Opened Harrow Smithy Oct 2018 in a converted barn.")] == [
        "Harrow Smithy"
    ]
    assert [s.name for s in latin_names("She met Tomas Brandt Oct 12 at the fair.")] == ["Tomas Brandt"]
    assert [s.name for s in latin_names("Alfred Mason opened the shop.")] == ["Alfred Mason"]
    assert [s.name for s in latin_names("Jared Cole asked a question.")] == ["Jared Cole"]
    assert not latin_names("Asked Lidia to repeat the figure.")  # a short verb too


def test_a_time_word_before_a_role_is_no_part_of_it() -> None:
    d = paragraphs("This season host Mara Quill talks to a baker about flour prices.", language="en")
    assert people(d)["Mara Quill"].role == "host"


def test_a_relative_clause_after_a_name_gives_the_role_without_who() -> None:
    d = paragraphs(
        "Today we talk with Mara Quill, who's been head of parks in Dunmore since 2016.",
        language="en",
    )
    assert people(d)["Mara Quill"].role == "head of parks in Dunmore since 2016"
    d = paragraphs("We met Tom Hale, who has been the county engineer since 2009, at the dam.", language="en")
    assert people(d)["Tom Hale"].role == "the county engineer since 2009"


def test_the_i_of_an_interview_page_is_who_it_interviews_not_its_byline() -> None:
    from quizgen.ingest import parse_file

    page = (
        "<html><head><title>Slow Water — An Interview with Mara Quill | Field Review</title></head><body>"
        "<article><h1>Slow Water</h1><p class='byline'>By <a href='/a/tom-reed'>Tom Reed</a></p>"
        "<p>Mara Quill has photographed otters for fifteen years. We met her at the estuary.</p>"
        "<p>I was a surveyor for about ten years before I ever owned a long lens, and I still miss maps.</p>"
        "</article></body></html>"
    )
    doc = parse_file(page, Path("interview.html"))
    assert analyse(doc).cast.narrator == "Mara Quill"


def test_a_profiles_title_names_its_main_person_and_her_paragraphs_are_hers() -> None:
    from quizgen.extract.people import analyse, resolve_pronouns
    from quizgen.ingest import parse_text

    text = (
        "# Slow glass: a profile of glassblower Wren Halloway\n\n"
        "*Saved from: Kiln & Flame, issue 9. Writer: Corin Ashdale.*\n\n"
        "## The studio\n\nAshdale opens with the heat of the furnace and the hum of the fans.\n\n"
        "She keeps every batch of cullet for two years before melting it again.\n\n"
        "Wren Halloway trained in Murano and came back in 2004.\n"
    )
    doc = parse_text(text, name="n", path="n.md")
    assert analyse(doc).cast.main == analyse(doc).cast.key_of["Wren Halloway"]
    section = doc.sections[0]
    said = resolve_pronouns(doc, section, section.blocks[1], "She keeps every batch of cullet for two years.")
    assert said.startswith("Wren Halloway")


def test_the_names_a_meetings_attendee_field_lists_are_people() -> None:
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# 教研组例会纪要\n\n**时间**：10月16日\n**参会**：韦一舟、钱立衡（新入职）、欧阳晓帆\n\n"
        "## 议题\n\n讨论分层作业。\n",
        name="m",
    )
    assert {"韦一舟", "钱立衡", "欧阳晓帆"} <= person_forms(notes)


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        ("Quenby joined the meeting at 7:40 pm.", "{} joined the meeting at 7:40 pm"),  # a clock time whole
        (  # an abbreviation's stop ends no clause
            "Quenby asked for staff vs. volunteer hours over the last 3 years.",
            "{} asked for staff vs. volunteer hours over the last 3 years",
        ),
    ],
)
def test_a_deed_runs_on_past_a_clock_time_and_an_abbreviation(sentence: str, frame: str) -> None:
    found = people(paragraphs("Present: Ada Quenby, Tom Reyes and Lina Ortiz.", sentence, language="en"))
    assert found["Ada Quenby"].frame == frame


def test_a_verb_of_saying_read_into_a_name_is_no_part_of_it() -> None:
    found = people(paragraphs("“这道工序不能省。”某质检站的资深技师聂晓说。", "聂晓后来补充了两组数据。"))
    assert "聂晓" in found and "聂晓说" not in found


def test_the_book_a_notes_title_names_gives_its_subject_as_the_main_person() -> None:
    d = paragraphs(
        "1950年，他跟着导师严立川教授学看海图。",
        "严立川后来调去了北方。",
        "严立川很少写信，一年只写两封。",
        "他在岛上守了三十年灯，退休那年才第一次坐飞机。",
        title="读书笔记｜《雾里的灯：灯塔技师韦望潮的一生》",
    )
    assert main_person(d) == "韦望潮"


def test_a_talks_speaker_field_with_a_form_of_address_and_a_dash_names_the_main_person() -> None:
    from quizgen.extract.people import analyse, resolve_pronouns
    from quizgen.ingest import parse_text

    notes = parse_text(
        '# "Sleep Less, Lift More?" — Recovery for Masters Athletes\n\n'
        "**Speaker:** Dr. Ines Varga — sports dietitian, head coach at a club in Graz\n"
        "**Moderator:** Olu Bakare (rowing)\n\n"
        "## Meals\n\n- Her view: timing counts for little beside the total.\n",
        name="n",
        path="n.md",
    )
    cast = analyse(notes).cast
    assert cast.main == cast.key_of["Ines Varga"]
    assert people(notes)["Ines Varga"].role.startswith("sports dietitian")
    section = notes.sections[-1]
    said = resolve_pronouns(
        notes, section, section.blocks[0], "Her view: timing counts for little beside the total."
    )
    assert said.startswith("Ines Varga's view")


def test_a_body_named_after_a_title_word_is_no_person_and_a_name_the_tagger_cuts_is_read_whole() -> None:
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# Notes\n\n## Rails\n\nThe plan was set by the canal owners' General Tariff Convention in 1883.\n\n"
        "Later the General Strike Committee met twice.\n",
        name="n",
        path="n.md",
    )
    assert not {p.name for p in extract(notes) if isinstance(p, Person)}
    minutes = paragraphs(
        "葛予明补充：员工餐超了预算。",
        "葛予明提醒：先在十家店试。",
        "商量了捐赠的可能，葛予明说涉及税务问题。",
    )
    assert {"葛予明"} == {p.name for p in extract(minutes) if isinstance(p, Person)}


def test_a_room_after_a_date_in_a_header_is_no_person() -> None:
    from quizgen.ingest import parse_text

    header = parse_text(
        "# Panel notes\n\n## Header\n\n"
        "Panel 2, Plains Water Forum, Recorded Monday, May 6, Ballroom C. Lightly edited.\n\n"
        "## Notes\n\nLightly staffed depots with keycard entry are spreading.\n",
        name="n",
        path="n.md",
    )
    assert "Ballroom C. Lightly" not in {p.name for p in extract(header) if isinstance(p, Person)}


def test_he_is_never_someone_whose_name_marks_a_woman_and_she_never_a_man() -> None:
    from quizgen.extract.people import resolve_pronouns
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# 读书会纪要：《账本》\n\n## 开场\n\n"
        "- 王姐（退休会计）讲了她记过账的小店：账本比店主自己记得还清楚。\n"
        "- 王姐说，最后都是账说了算。\n\n"
        "## 精读派（老周、王姐）\n\n"
        "- 老周读了书里那句话：“账是算给明天看的。” 他觉得这句话是这本书的钥匙。\n",
        name="t",
    )
    [(section, quoted)] = [(s, b) for s, b in notes.all_blocks() if "老周读了" in b.text]
    resolved = resolve_pronouns(notes, section, quoted, "他觉得这句话是这本书的钥匙。")
    assert not resolved.startswith("王姐")  # 他 is not 王姐's, whoever else the heading names


def test_a_word_the_text_writes_after_the_is_no_surname() -> None:
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# Revision notes\n\n- Hollis, *The Great Fire 1666* (1958), the standard account.\n"
        "- Fire spread through the timber houses in four days; the Fire left 70,000 homeless.\n"
        "- Fire destroyed the old cathedral. Samuel Pepys buried his cheese; Pepys watched from a boat.\n",
        name="t",
    )
    found = {p.name for p in extract(notes)}
    assert "Great Fire" not in found and "Samuel Pepys" in found


def test_a_workshops_facilitator_field_names_the_main_person() -> None:
    from quizgen.extract.people import analyse
    from quizgen.ingest import parse_text

    notes = parse_text(
        '# Workshop notes — "Reading Aloud at Home"\n\n'
        "**Facilitator:** Dr. Hana Lind — speech therapist, runs the library's family evenings\n"
        "**Co-host:** Mr. Sam Ortiz, 2nd grade teacher\n\n"
        "## Why she runs it\n\n- Her main point: ten minutes a night beats an hour on Sunday.\n",
        name="n",
        path="n.md",
    )
    cast = analyse(notes).cast
    assert cast.main == cast.key_of["Hana Lind"]


def test_a_title_labelled_interview_notes_names_the_main_person_and_she_is_them() -> None:
    from quizgen.extract.people import analyse, resolve_pronouns
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# Interview notes — Marta Quill-Hart, ultra-distance cyclist\n\n"
        "**Interviewer:** me; photographer Jonas Berg came by near the end, Jonas shot the bike\n\n"
        "> Context: Marta, 41, from Leeds. Jonas Berg will send prints; Jonas asked about the saddle.\n\n"
        "## Other points\n\n"
        "1. **Food and fatigue are one problem.** Under-eating makes you slower; she says two of her "
        "three worst nights were eating mistakes.\n",
        name="n",
        path="n.md",
    )
    cast = analyse(notes).cast
    assert cast.main == cast.key_of["Marta Quill-Hart"]
    section = notes.sections[-1]
    said = resolve_pronouns(
        notes, section, section.blocks[0], "she says two of her three worst nights were eating mistakes."
    )
    assert "Jonas" not in said


def test_a_guest_lines_name_the_tagger_reads_as_a_word_is_a_person_and_a_passives_agent_no_subject() -> None:
    from quizgen.extract.people import analyse, resolve_pronouns
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# 播客笔记：城市的慢行系统\n\n## 本期嘉宾\n\n"
        "- **夏雨**（主持人）：前电台编辑，这档节目的创办人\n"
        "- **秦川**：城市研究者，之前在某地图公司画了六年路网\n\n"
        "## 步行\n\n秦川主讲，几个点：\n\n"
        "- 结论：“街道是给人走的。”这句被夏雨称为全场最佳。\n"
        "- 人行道：她认为至少要有2米宽。\n",
        name="n",
        path="n.md",
    )
    cast = analyse(notes).cast
    assert cast.key_of.get("秦川") == "秦川"
    section = notes.sections[-1]
    said = resolve_pronouns(notes, section, section.blocks[-1], "人行道：她认为至少要有2米宽。")
    assert said == "人行道：秦川认为至少要有2米宽。"


def test_a_name_the_tagger_cuts_before_its_last_character_every_time_is_read_whole() -> None:
    from quizgen.ingest import parse_text

    text = (
        "# 甜味剂的剂量问题\n\n食品化学教授陶乃文说，甜味剂要看剂量。\n\n"
        "这些结论多来自队列研究，陶乃文认为孕妇要谨慎。\n\n**陶乃文**还提醒，别只看标签。\n"
    )
    forms = person_forms(parse_text(text, name="sweet", path="sweet.md"))
    assert "陶乃文" in forms and "陶乃" not in forms


def test_a_minutes_motion_is_no_part_of_the_name_after_it() -> None:
    from quizgen.ingest import parse_text

    minutes = parse_text(
        "# Board minutes\n\n## Attendees\n\n- **Dr. Rosa Lind** — treasurer\n- **Tom Fenn** — chair\n\n"
        "## Budget\n\n- Approved the March figures. Motion Rosa, second Tom. Unanimous.\n",
        name="m",
        path="m.md",
    )
    forms = person_forms(minutes)
    assert "Rosa" in forms and not any(f.startswith("Motion") for f in forms)


def test_a_speaker_field_with_a_long_aside_names_the_main_person() -> None:
    from quizgen.extract.people import analyse
    from quizgen.ingest import parse_text

    aside = (
        "(she also chairs a citizens' panel on the river, and she said 'advice only, so please do not "
        "send me your planning appeals', to laughter from the back rows and a groan at the front)"
    )
    notes = parse_text(
        '# Seminar notes — "Rivers as Commons"\n\n'
        "**Speaker:** Dr. Ines Marlow-Oduya, Reader in River Law, "
        f"Tamsin School of Law & Public Policy {aside}\n"
        "**Host:** LAW 310 — Water Law Seminar, Prof. Owen Pryce introducing\n"
        "**Date:** Tue 3 Mar\n\n## 1. Hook\n\n"
        "- Cost of a new weir: she quoted £2–3 million, depending on the river.\n",
        name="n",
        path="n.md",
    )
    assert [m.key for m in notes.metadata][:2] == ["Speaker", "Host"]
    cast = analyse(notes).cast
    assert cast.main == cast.key_of["Ines Marlow-Oduya"]
    assert cast.key_of.get("Public Policy") not in cast.people  # an organisation, no person found


def test_a_to_do_verb_before_a_first_name_is_no_part_of_a_name() -> None:
    from quizgen.ingest import parse_text

    text = (
        "# Workshop notes\n\n**Instructor:** Ines Marlowe, a potter who runs Marlowe Clayworks.\n\n"
        "Ines opened with a warning about dust.\n\n## To do\n\n"
        "- [ ] Email Ines about the glaze recipe\n- [ ] Ask Ines whether the kiln is free\n"
    )
    forms = person_forms(parse_text(text, name="t"))
    assert "Ines Marlowe" in forms
    assert not {"Email Ines", "Ask Ines"} & forms


def test_a_bold_term_and_its_meaning_name_no_person() -> None:
    from quizgen.ingest import parse_text

    text = (
        "# Notes on a money book\n\n## Ch 4\n\n"
        "**Whole Offer Thinking**: base, bonus, leave and title, weighed together. "
        "Her point is that a firm bends more easily on the items that are not pay.\n\n"
        "**Dana Reyes**: Glad to be here, it is a good week for it.\n"
    )
    forms = person_forms(parse_text(text, name="t"))
    assert "Whole Offer Thinking" not in forms
    assert "Dana Reyes" in forms  # a speaker's bold label opens what they say with a capital


def test_a_role_runs_past_circa_before_a_year() -> None:
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# Novel notes\n\n## Characters\n\n"
        "- **Mrs Hale** – housekeeper at the inn c. 1820–1840. Sharp, kind.\n"
        "- **Tom Reed** – the stable boy, narrator.\n",
        name="t.md",
    )
    assert ("Mrs Hale", "housekeeper at the inn c. 1820–1840") in [(f.name, f.role) for f in extract(notes)]


def test_whom_someone_learned_under_is_named_by_the_teachers_role_not_the_verb() -> None:
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# 访谈笔记\n\n**韩青禾**：某博物馆漆器修复师，2012年入行，师从老一辈漆艺师**许文清**先生。\n",
        name="q.md",
    )
    roles = {f.name: f.role for f in extract(notes)}
    assert roles.get("许文清") == "老一辈漆艺师"


def test_a_one_character_verb_before_the_teachers_role_is_no_part_of_it() -> None:
    """2001年拜老木雕师某某为师, 2009年聘老账房某某: the verb that takes the person ends the role."""
    from quizgen.ingest import parse_text

    for verb in ("拜", "聘"):
        notes = parse_text(
            f"# 访谈笔记\n\n他2001年{verb}老木雕师邵启明为师，后来自己开了作坊。\n", name="q.md"
        )
        roles = {f.name: f.role for f in extract(notes)}
        assert roles.get("邵启明") == "老木雕师", (verb, roles)


# --- who someone is, said with 是 or by a pronoun ----------------------------------------------------


def test_a_name_then_shi_and_a_role_is_who_they_are() -> None:
    found = roles(paragraphs("柏青岚是古籍修复师，在一家省级图书馆工作了二十年。"))
    assert ("柏青岚", "古籍修复师", "apposition") in found
    assert ("柏青岚", "古籍修复师", "apposition") in roles(paragraphs("柏青岚是一位古籍修复师。"))


def test_a_role_held_for_someone_else_is_no_role_of_the_name() -> None:
    assert not any(r == "我的老师" for _, r, _ in roles(paragraphs("柏青岚是我的老师，教了我三年。")))
    assert not any(r.endswith("学生") for _, r, _ in roles(paragraphs("柏青岚是他的学生。")))


def test_a_role_said_by_a_pronoun_is_the_named_persons() -> None:
    zh = paragraphs("这次讲座请来了教授柏青岚。她是古籍修复师，也是省图书馆的前馆长。")
    assert ("柏青岚", "古籍修复师，省图书馆的前馆长", "apposition") in roles(zh)
    said = [p.sentence for p in extract(zh) if isinstance(p, Person) and p.evidence == "apposition"]
    assert said and said[0].startswith("柏青岚是")
    en = paragraphs(
        "I went to hear Orla Penhallow speak last week. "
        "She is a surveyor of drove tracks and a former mayor.",
        language="en",
    )
    assert ("Orla Penhallow", "a surveyor of drove tracks and a former mayor", "apposition") in roles(en)


def test_a_pronoun_nobody_named_before_gives_no_role() -> None:
    assert not roles(paragraphs("她是古籍修复师，也是省图书馆的前馆长。"))
    assert not roles(paragraphs("She is a surveyor of drove tracks.", language="en"))


def test_the_roles_one_sentence_gives_in_turn_are_one_answer() -> None:
    found = roles(paragraphs("柏青岚是古籍修复师，也是省图书馆的前馆长，还是一名业余诗人。"))
    assert ("柏青岚", "古籍修复师，省图书馆的前馆长，业余诗人", "apposition") in found
    # a clause that says something else ends the roles
    found = roles(paragraphs("柏青岚是古籍修复师，也是他最信任的朋友。"))
    assert ("柏青岚", "古籍修复师", "apposition") in found


def test_a_name_and_its_form_of_address_make_a_person_whom_a_pronoun_names() -> None:
    notes = paragraphs("这次对谈的嘉宾是柏青岚老师。她是古籍修复师，也是省图书馆的前馆长。")
    assert "柏青岚" in person_forms(notes)
    assert ("柏青岚", "古籍修复师，省图书馆的前馆长", "apposition") in roles(notes)
    # the form of address alone is evidence of a person, not a role to ask
    assert not any(role == "老师" for _, role, _ in roles(paragraphs("柏青岚老师认为，修复要先读懂原物。")))
    assert "柏青岚" in person_forms(paragraphs("柏青岚老师认为，修复要先读懂原物。"))


def test_a_month_abbreviation_opening_a_run_is_a_dates_not_a_names() -> None:
    from quizgen.extract.names import latin_names

    rota = "Order the spare fuses by 3 Apr Wren to book the hall 12 May"  # a table's rows run together
    assert not latin_names(rota)
    assert [s.name for s in latin_names("Due 14 Jan Ilse Varga signs it.")] == ["Ilse Varga"]
    assert [s.name for s in latin_names("Jan Steiner chaired the meeting.")] == ["Jan Steiner"]


def test_a_surname_alone_before_a_verb_is_no_two_character_name() -> None:
    d = paragraphs("创始人李海川，工程师出身。", "李提到新规对门店排班有要求，他觉得是件好事。")
    assert set(people(d)) == {"李海川"}
    # a given name the dictionary does not know, before a verb that starts after it, stays a name
    assert "卫东" in people(paragraphs("工程师卫东设计了一种新的分拣台。"))


def test_a_title_inside_a_run_of_capitals_opens_the_name_after_it() -> None:
    from quizgen.extract.names import latin_names

    found = latin_names("Hydrologist Dr Maren Solberg, of a coastal institute, sampled the wells.")
    assert [(s.name, s.title) for s in found] == [("Maren Solberg", "Dr")]
    assert [s.name for s in latin_names("Economist Tomas Varga argues for a levy.")] == ["Tomas Varga"]


def test_a_timeline_line_opening_on_a_present_verb_keeps_it_out_of_the_name() -> None:
    from quizgen.extract.names import latin_names

    assert [s.name for s in latin_names("Marries Tobias Grell, a chemist, in 1931.")] == ["Tobias Grell"]
    assert [s.name for s in latin_names("Joins Harlow & Finch as a clerk.")] == []
    # a first name ending in s is a name
    assert [s.name for s in latin_names("Nicholas Varn Ashby signed the lease.")] == ["Nicholas Varn Ashby"]


def test_a_run_of_headings_naming_each_speaker_and_their_post_gives_the_speakers() -> None:
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# 会议纪要｜老街区改造沙龙\n\n## 嘉宾发言\n\n"
        "### 1. 邵明远｜某设计院 总建筑师\n\n老厂房改造要先算消防。\n\n"
        "### 2. 蒋欣然 博士｜某大学 城市规划系 副教授\n\n街区活力看的是步行。\n\n"
        "## 圆桌\n\n- 邵明远：先算账再谈情怀\n",
        name="t",
    )
    assert {p.name for p in extract(notes)} >= {"邵明远", "蒋欣然"}
    lone = parse_text("# 纪要\n\n### 邵明远｜总建筑师\n\n老厂房改造要先算消防。\n", name="t")
    assert not is_person_name(lone, "邵明远")  # one heading of that shape is no list of speakers
