"""Person items: questions built from what the text says about the person, choices from the
document's other people, and nothing a teacher would reject."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizgen.extract import people as extract_people
from quizgen.generate import people as people_items
from quizgen.generate.draft import Draft
from quizgen.generate.people import drafts
from quizgen.generate.quality import rejection
from quizgen.ingest import parse_text
from quizgen.model import Document, Person, Source
from tests.handmade import block, doc, paragraphs
from tests.written import WRITTEN

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def one_mention_is_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    """Most documents here name a person in one sentence: they test how someone is asked, so a
    person named once counts as one the document comes back to. The rule that asks "who is X" only
    of a person named again has its own test, which sets the count back."""
    monkeypatch.setattr(people_items, "RECURRING", 1)


def made(d: Document) -> list[Draft]:
    return drafts(d, extract_people.extract(d))


def asked(d: Document, kind: str = "basic") -> dict[str, str]:
    return {x.question: x.answer for x in made(d) if x.type == kind}


def test_title_with_a_deed_asks_which_role_did_it() -> None:
    d = paragraphs("南宋嘉定年间，乡村工匠吕成舟发明了脚踏水车。")
    assert asked(d) == {"南宋嘉定年间，哪位乡村工匠发明了脚踏水车？": "吕成舟"}
    assert asked(d, "reversed") == {"吕成舟是什么身份？": "乡村工匠"}


def test_deed_asks_who_with_the_time_kept() -> None:
    d = paragraphs("明代徐光远改良了织机，并推广到江南各地。")
    assert asked(d) == {"明代，谁改良了织机，并推广到江南各地？": "徐光远"}
    assert asked(d, "reversed") == {}


def test_this_book_in_a_question_names_the_work() -> None:
    d = doc(
        ("注本", [block("清代中叶，许文清为这部书写了跋，流传很广。", 3)]), metadata=(("书名", "开店笔记"),)
    )
    assert asked(d) == {"清代中叶，谁为《开店笔记》写了跋？": "许文清"}
    from quizgen.extract.evidence import name_the_work

    # a sentence that names the work itself keeps its 这本书 (《开店笔记》叫《开店笔记：…》 reads as nonsense)
    said = "这本书叫《开店笔记：一家小店的十年》，作者许文清。"
    assert name_the_work(said, "开店笔记") == said
    assert name_the_work("这本书写了十年。", "开店笔记") == "《开店笔记》写了十年。"
    named = paragraphs("这本书叫《开店笔记：一家小店的十年》，作者许文清，今年出版。")
    assert asked(named) == {"《开店笔记：一家小店的十年》的作者是谁？": "许文清"}


def test_english_deed_drops_time_relative_to_an_unseen_sentence() -> None:
    d = paragraphs(
        "The crew was Ana Pereira and Tom Walsh.",
        "Pereira repaired the antenna a few hours later.",
        language="en",
    )
    assert asked(d) == {"Who repaired the antenna?": "Ana Pereira"}


def test_a_deed_done_too_is_done_as_well_as_someone_unnamed() -> None:
    d = paragraphs(
        "Lena Vogt won the Nobel in 1996, and sadly she died three days later.",
        "The proof is usually credited to Omar Haddad, in 1981.",
        "Haddad got a Nobel too, in 2007, for his work on tides.",
        language="en",
    )
    assert not any(q.rstrip("?").endswith("too") for q in asked(d))


def test_role_with_an_owner_asks_who_holds_it() -> None:
    d = paragraphs("本文整理自 Lumen CTO 卡洛斯·门德斯的演讲。")
    assert asked(d) == {"Lumen CTO 是谁？": "卡洛斯·门德斯"}


def test_relation_and_authorship_questions() -> None:
    d = paragraphs(
        "卡洛斯·门德斯在里斯本长大。", "他与弟弟 Marco 关系密切。", "这段往事写在陆景明的《山居杂记》里。"
    )
    got = asked(d)
    assert got["卡洛斯·门德斯的弟弟是谁？"] == "Marco"
    assert got["《山居杂记》的作者是谁？"] == "陆景明"
    assert asked(d, "reversed")["Marco 是谁？"] == "卡洛斯·门德斯的弟弟"


def test_interviewer_question_names_the_programme_and_the_guest() -> None:
    turns = [
        block("你为什么创办这家公司？", 5, "Mara Quill"),
        block("因为我想做更好的工具。", 6, "卡洛斯·门德斯"),
        block("那你怎么看竞争？", 7, "Mara Quill"),
        block("竞争让我们更专注。", 8, "卡洛斯·门德斯"),
    ]
    d = doc(("", turns), preamble=(block("本期《工具播客》对话卡洛斯·门德斯。", 2),))
    got = asked(d)
    assert got["在《工具播客》这期节目中，谁采访了卡洛斯·门德斯？"] == "Mara Quill"
    assert got["在《工具播客》这期节目中，Mara Quill 采访了谁？"] == "卡洛斯·门德斯"


def test_metadata_author_gets_no_basic_question_the_meta_items_ask_it() -> None:
    d = doc(("", [block("正文。", 5)]), metadata=(("书名", "山居杂记"), ("作者", "陆景明")))
    assert asked(d) == {}
    # nor a reversed one: 陆景明是什么身份？ has other answers; the meta item asks who wrote it
    assert asked(d, "reversed") == {}


def test_english_apposition_question_uses_role_and_deed() -> None:
    d = paragraphs(
        'Peter J. Hollis, a statistician, proposed the word "byte", which others adopted.', language="en"
    )
    assert asked(d) == {'Who was the statistician who proposed the word "byte"?': "Peter J. Hollis"}
    # one word of role says less than what he did: no "Who was Peter J. Hollis? — a statistician"
    assert asked(d, "reversed") == {}
    bare = paragraphs("The panel that year included Peter J. Hollis, a statistician.", language="en")
    assert asked(bare, "reversed") == {"Who was Peter J. Hollis?": "a statistician"}
    the = paragraphs("The panel that year included the statistician Peter J. Hollis.", language="en")
    assert asked(the, "reversed") == {}  # `the statistician`: a fragment copied from the sentence
    kind = paragraphs(
        "The panel that year included Peter J. Hollis, a very different kind of judge.", language="en"
    )
    assert asked(kind, "reversed") == {}  # a judgement of the person, not a role
    mine = paragraphs("The panel that year included Peter J. Hollis, my own teacher.", language="en")
    assert asked(mine, "reversed") == {}  # whose teacher, the card cannot say


def test_english_title_with_an_intro_phrase() -> None:
    d = paragraphs(
        "In March 1950 Senator Jane Harlow asked the council to build a bridge over the river.", language="en"
    )
    assert asked(d) == {
        "In March 1950, which Senator asked the council to build a bridge over the river?": "Jane Harlow"
    }


def test_english_agent_becomes_a_cloze() -> None:
    d = paragraphs(
        "The tower, a steel frame designed under Ludwig van Ostern at the city office, still stands.",
        language="en",
    )
    (cloze,) = [x for x in made(d) if x.type == "cloze"]
    assert cloze.question == "The tower, a steel frame designed under […] at the city office, still stands."
    assert cloze.cloze == (
        "The tower, a steel frame designed under {{c1::Ludwig van Ostern}} at the city office, still stands."
    )
    assert asked(d) == {}


def test_choice_needs_three_other_people_of_the_document() -> None:
    three = paragraphs("乡村工匠吕成舟发明了水车。", "学者孟远山研究水利。", "明代徐光远改良了织机。")
    assert not [x for x in made(three) if x.type == "choice"]
    four = paragraphs(
        "乡村工匠吕成舟发明了水车。", "学者孟远山研究水利。", "明代徐光远改良了织机。", "画家许文清画了山水。"
    )
    choice = next(x for x in made(four) if x.type == "choice" and x.answer == "吕成舟")
    assert sorted(choice.choices) == sorted(["吕成舟", "孟远山", "徐光远", "许文清"])
    assert choice.question == "哪位乡村工匠发明了水车？"


def test_one_reversed_item_per_person_however_many_roles() -> None:
    turns = [
        block("你为什么创办这家公司？", 5, "Mara Quill"),
        block("因为我想做更好的工具。", 6, "卡洛斯·门德斯"),
        block("那你怎么看竞争？", 7, "Mara Quill"),
    ]
    d = doc(("", turns), preamble=(block("本期《工具播客》对话 Lumen CTO 卡洛斯·门德斯。", 2),))
    from quizgen.generate.quality import select

    kept = [
        x for x in select(made(d), types=("reversed",)) if x.type == "reversed" and "门德斯" in x.question
    ]
    assert len(kept) == 1


def test_every_person_draft_on_the_samples_and_written_documents_passes_the_gate() -> None:
    from quizgen.ingest import read_document

    for path in sorted(SEEDS.glob("*.txt")) + list(WRITTEN):
        for draft in made(read_document(path)):
            assert rejection(draft) is None, (draft.question, draft.answer)


def test_sample_interviewer_item() -> None:
    from quizgen.ingest import read_document

    got = asked(read_document(SEEDS / "amodei-podcast.txt"))
    assert got["在《大科技播客》这期节目中，谁采访了达里奥·阿莫迪？"] == "Reed Albergotti"
    assert got["Anthropic CEO 是谁？"] == "达里奥·阿莫迪"


def test_the_reversed_item_gives_a_role_from_the_world_over_the_part_in_the_talk() -> None:
    turns = [
        block("What are you building?", 5, "Maya Chen"),
        block("Robots for car plants.", 6, "Tom Whitaker"),
        block("And next year?", 7, "Maya Chen"),
    ]
    d = doc(("", turns), language="en", metadata=(("Guest", "Tom Whitaker, CEO of Ferrobot"),))
    from quizgen.generate.quality import select

    kept = {x.question: x.answer for x in select(made(d), types=("reversed",)) if x.type == "reversed"}
    assert kept["Who is Tom Whitaker?"] == "CEO of Ferrobot"
    # with no role from the world, the part in the talk is no answer to who someone is
    bare = doc(("", turns), language="en")
    assert not [x for x in made(bare) if x.type == "reversed" and x.answer in {"interviewee", "interviewer"}]
    assert [x for x in made(bare) if x.type != "reversed"]  # who interviewed whom is still asked


def test_a_form_of_address_is_no_role_to_ask_for() -> None:
    d = paragraphs("Our guest is Dr. Lena Ortiz, a soil scientist at Greenfield University.", language="en")
    reversed_ = {x.question: x.answer for x in made(d) if x.type == "reversed"}
    assert "Dr." not in reversed_.values()


def test_a_bare_title_is_neither_an_answer_nor_a_question() -> None:
    from quizgen.generate.people import bare_title

    # "CTO": of what? As an answer it is incomplete; "CTO 是谁？" may fit several people
    assert asked(paragraphs("本文整理自 CTO 卡洛斯·门德斯的演讲。"), "reversed") == {}
    assert made(paragraphs("这次分享来自 CTO 卡洛斯·门德斯。")) == []  # no "CTO 是谁？" either
    founder = paragraphs("创始人林若溪在老城区开了第一家书店。")
    assert asked(founder, "reversed") == {}
    assert asked(founder) == {"哪位创始人在老城区开了第一家书店？": "林若溪"}  # the deed is still asked
    # a title whose first word jieba tags as a verb (联合) is still one title
    co_founder = paragraphs("联合创始人林若溪在老城区开了第一家书店。")
    assert asked(co_founder) == {"哪位联合创始人在老城区开了第一家书店？": "林若溪"}
    assert asked(co_founder, "reversed") == {}
    for title in (
        "CTO",
        "创始人",
        "联合创始人",
        "founder",
        "co-founder",
        " ceo ",
        "副主任",
        "deputy director",
        "嘉宾2",  # a transcript's label for a voice
        "Host 2",
    ):
        assert bare_title(title), title
    for role in ("Lumen CTO", "乡村工匠的首领", "founder of a small lab", "AP", "Q3"):  # AP: no Q/A label
        assert not bare_title(role), role
    english = paragraphs("The talk was given by Ana Pereira, founder of a small lab.", language="en")
    assert asked(english, "reversed") == {"Who was Ana Pereira?": "founder of a small lab"}
    header = doc(("", [block("Body text.", 5)]), language="en", metadata=(("Guest", "Ana Pereira, Founder"),))
    assert "Who is the Founder?" not in asked(header)  # founder of what?


def test_an_occupation_alone_asks_for_nobody_but_is_still_an_answer() -> None:
    story = paragraphs("他举了一位软件工程师韩书遥的例子：她把社交软件移到了第三页。")
    assert asked(story) == {}  # "软件工程师是谁？" fits any engineer in any story
    assert asked(story, "reversed") == {"韩书遥是什么身份？": "软件工程师"}
    english = paragraphs("The rule comes from a story the engineer Ruth Calloway told me.", language="en")
    assert asked(english) == {}  # "Who was the engineer?"
    from quizgen.generate.people import only_an_occupation

    assert only_an_occupation("a software engineer") and only_an_occupation("一位退休的钳工")
    for role in ("the author", "the host", "the engineer behind the bridge", "清华大学教授", "创始人"):
        assert not only_an_occupation(role), role  # one part in the document, or a role of something


def test_a_role_many_share_asks_for_nobody_but_is_still_an_answer() -> None:
    d = paragraphs(
        "Grace Whitfield, one of the first radio astronomers in her country, built her first dish in 1951.",
        language="en",
    )
    assert not [q for q in asked(d) if "one of" in q]  # "Who was (the) one of …?" fits many people
    assert asked(d, "reversed") == {
        "Who was Grace Whitfield?": "one of the first radio astronomers in her country"
    }


def test_the_author_of_the_notes_themselves_is_no_person_to_ask_about() -> None:
    from quizgen.generate.people import _reverse
    from quizgen.model import Person, Source

    d = doc(("", [block("The conference had three tracks.", 5)]), language="en", title="Conference notes")

    def who(role: str) -> str:
        return _reverse(d, Person("Mia Hartwell", role, "author", "", Source("d", "", 1), ""))

    assert who("author of “Conference notes”") == ""  # the byline: not what the notes teach
    assert who("author of “The Quiet Sea”") == "Who is Mia Hartwell?"  # a work the notes are about


def test_how_the_notes_shorten_a_name_is_no_role() -> None:
    from quizgen.generate.people import _Cast, _person_drafts
    from quizgen.model import Person, Source

    d = doc(("", [block("主持人：阿岚（下文简称“岚”）", 3)]), title="木船怎么造")
    for role, kept in (("下文简称“岚”", False), ("以下简称岚", False), ("播客主理人", True)):
        person = Person("阿岚", role, "title", "", Source("d", "", 3), "")
        assert bool(_person_drafts(d, person, _Cast([person], d))) is kept, role
    english = doc(("", [block("Host: Ruth Ames (hereafter RA)", 3)]), language="en", title="Boats")
    person = Person("Ruth Ames", "hereafter RA", "apposition", "", Source("d", "", 3), "")
    assert not _person_drafts(english, person, _Cast([person], english))


def test_a_bare_who_question_in_a_document_of_many_people_asks_nobody() -> None:
    two = ("The crew was Ana Pereira and Tom Walsh.", "Pereira repaired the antenna a few hours later.")
    assert asked(paragraphs(*two, language="en")) == {"Who repaired the antenna?": "Ana Pereira"}
    crew = ("The crew was Ana Pereira, Tom Walsh, Lena Ortiz and Omar Haddad.", two[1])
    # among four people, who "repaired the antenna" reads as if any of them could have
    assert asked(paragraphs(*crew, language="en")) == {}


def test_a_show_or_a_brand_as_a_turn_label_is_nobody_to_ask_about() -> None:
    def talk(asker: str) -> Document:
        turns = [
            block("您最近在读什么书？", 5, asker),
            block("我在读一本讲城市菜园的书，写得很好。", 6, "顾川"),
            block("您为什么会对菜园感兴趣？", 7, asker),
            block("因为小时候在外婆家种过菜，一直记得那种感觉。", 8, "顾川"),
        ]
        return doc(("", turns))

    assert "许棠" in [x.answer for x in made(talk("许棠"))]  # a person interviews
    brand = made(talk("知行社"))  # a show's name on the turns is no interviewer
    assert not [x for x in brand if "知行社" in x.question + x.answer]


def test_a_role_cut_from_the_end_of_a_list_is_no_answer() -> None:
    from quizgen.generate.people import _reverse
    from quizgen.model import Person, Source

    d = doc(("", [block("Notes on a book.", 5)]), language="en", title="Book notes")

    def who(role: str) -> str:
        return _reverse(d, Person("Mia Hartwell", role, "apposition", "", Source("d", "", 1), ""))

    assert who("and historian") == ""
    assert who("an economist and historian") == "Who is Mia Hartwell?"


def test_a_professors_title_is_no_role_to_ask_for() -> None:
    d = paragraphs("The session was chaired by Prof. Daniel Mercer of a northern university.", language="en")
    assert "Prof." not in {x.answer for x in made(d) if x.type == "reversed"}


def test_a_role_cut_from_a_longer_name_is_asked_whole_never_split_by_the_question_word() -> None:
    d = paragraphs(
        "东山县松石果蔬种植合作社的负责人王秀梅，是最早一批用上滴灌的人。王秀梅说滴灌省了一半的水。",
        "南川大学水资源与环境工程学院教授韩启明长期关注平原地区的农业节水。韩启明认为经验可以推广。",
    )
    questions = {a.answer: a.question for a in made(d) if a.type == "basic"}
    roles = {a.question: a.answer for a in made(d) if a.type == "reversed"}
    assert "哪位水资源" not in questions.get("韩启明", "") and "与哪位" not in questions.get("韩启明", "")
    assert all(not role.startswith(("合作社", "环境工程")) for role in roles.values())
    assert any(role.endswith("松石果蔬种植合作社的负责人") for role in roles.values())


def test_what_someone_said_cut_off_asks_nothing() -> None:
    d = paragraphs("到2005年，全县已铺设管道约2100公里。总工程师邓立平退休时说，他最得意的就是这件事。")
    assert all(not q.endswith("说？") for q in asked(d).values())


def test_an_english_role_with_its_article_is_asked_without_it() -> None:
    d = paragraphs(
        "The economist Tobias Renner spent a decade measuring spare capacity in the ports of the Baltic.",
        language="en",
    )
    asked_for = "Which economist spent a decade measuring spare capacity in the ports of the Baltic?"
    assert asked(d) == {asked_for: "Tobias Renner"}


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "The economist Tobias Renner put it simply: spare capacity is insurance you buy in calm years.",
            "en",
        ),
        ("校友会秘书长韦宁远在年会上公布了三项指标：今年新增会员四百人，捐款增长三成。", "zh"),
    ],
    ids=["en", "zh"],
)
def test_a_deed_that_only_announces_what_follows_its_colon_is_not_asked(sentence: str, language: str) -> None:
    d = paragraphs(sentence, language=language)
    assert asked(d) == {}  # who announced them is not the point; what they announced is


def test_a_role_at_an_unnamed_body_is_not_asked_by_the_role_alone() -> None:
    unnamed = paragraphs("那天讲得最透的是某水利设计院副院长葛慧宁，讲的是堤坝老化。")
    named = paragraphs("那天讲得最透的是省水利设计院副院长葛慧宁，讲的是堤坝老化。")
    assert not [q for q in asked(unnamed) if "副院长" in q]
    assert [q for q in asked(named) if "副院长" in q]


def test_a_headlines_verb_is_no_part_of_a_role() -> None:
    from quizgen.extract.affiliation import organisation

    assert organisation("对话青石科技创始人") == "青石科技"
    assert organisation("专访青石科技创始人") == "青石科技"


def test_a_headlines_verb_leaves_a_noun_that_opens_with_it_whole() -> None:
    from quizgen.extract.affiliation import HEADLINE_VERB_ZH

    assert HEADLINE_VERB_ZH.sub("", "采访者") == "采访者"
    assert HEADLINE_VERB_ZH.sub("", "访谈录作者") == "访谈录作者"
    assert HEADLINE_VERB_ZH.sub("", "采访青石科技创始人") == "青石科技创始人"


def test_a_participle_after_a_name_is_asked_in_the_passive() -> None:
    d = paragraphs(
        "Lena Hart, parks director at a council, interviewed in case study 3, says the pool cost £2m.",
        language="en",
    )
    questions = set(asked(d))
    assert any("who was interviewed in case study 3" in q for q in questions), questions
    assert not any("who interviewed" in q for q in questions)


def test_a_name_before_a_bare_participle_is_asked_in_the_passive() -> None:
    sentence = "Tam Keir executed in Perth in 1601 after a trial that lasted two days."
    d = paragraphs(sentence, language="en")
    rebel = Person("Tam Keir", "", "deed", sentence, Source("d", "", 1), "{} executed in Perth in 1601")
    questions = set(asked_of(d, rebel))
    assert "Who was executed in Perth in 1601?" in questions, questions
    assert not any(q.startswith("Who executed") for q in questions)


def test_what_someone_is_known_for_is_asked_beside_their_role() -> None:
    d = paragraphs(
        "This lecture is by Ruth Calder, a chemist at a dairy laboratory. Calder is well-known "
        "for developing salt-proof cheese cultures for coastal farms, and she later taught.",
        "Lars Emmet is best known for his work on cold storage and on the first refrigerated ships. "
        "Emmet died poor.",
        language="en",
    )
    # asked by name: "Who is well-known for…?" would answer with the name the other cards give
    assert asked(d, "reversed") == {
        "Who is Ruth Calder?": "a chemist at a dairy laboratory",
        "What is Ruth Calder well known for?": "developing salt-proof cheese cultures for coastal farms",
        "What is Lars Emmet best known for?": "his work on cold storage and on the first refrigerated ships",
    }


def test_the_authors_of_a_reading_list_are_references_not_people_to_ask_about() -> None:
    text = (
        "# 第12期 冷链\n\n## 正文\n\n冷链物流的关键是全程控温。\n\n"
        "## 延伸阅读\n\n- 《冷的生意：从港口到餐桌》，作者 周明远，2020年\n"
    )
    written = parse_text(text, name="ep", path="ep.md")
    assert [d for d in made(written) if "周明远" in d.question + d.answer] == []


def test_a_form_of_address_is_no_role_to_ask_which_of() -> None:
    d = paragraphs("Dr. Lena Ostrova is a glaciologist and the director of the Ice Survey.", language="en")
    questions = list(asked(d))
    assert questions and all(not q.startswith("Which Dr") for q in questions)
    assert "Who is a glaciologist and the director of the Ice Survey?" in questions


def test_a_works_author_after_a_comma_is_asked_without_it() -> None:
    d = paragraphs("《桥两边：普通人的谈判课》，作者贺明川，2021年出版，共9章。")
    assert asked(d) == {"《桥两边：普通人的谈判课》的作者是谁？": "贺明川"}


def test_a_role_any_of_many_could_hold_is_asked_by_the_name() -> None:
    notes = parse_text(
        "# 读书笔记\n\n## 书中人物\n\n- **李慧芳**：某连锁超市区域运营总监。她让职级最低的人先发言。\n",
        name="t",
    )
    made_here = made(notes)
    assert ("reversed", "李慧芳是什么身份？", "某连锁超市区域运营总监") in {
        (d.type, d.question, d.answer) for d in made_here
    }
    assert not any(d.type in {"basic", "cloze", "choice"} and d.answer == "李慧芳" for d in made_here)


def test_a_role_opening_with_a_preposition_says_what_for_not_who() -> None:
    notes = parse_text(
        "# Interview\n\n**Interviewer:** Sam Reuel (for the Groundwork newsletter)\n\n"
        "**Guest:** Ana Pereira, soil scientist\n\nQ: What is soil memory?\n\n"
        "A: A field remembers decades of tillage.\n",
        name="t",
    )
    assert not any(d.answer == "Sam Reuel" or "Sam Reuel" in d.question for d in made(notes))


def test_a_notes_label_before_the_sentence_is_not_part_of_the_question() -> None:
    d = paragraphs("专家观点：书中采访了经济学者王建国，他认为水价改革最难的是取信于民。")
    assert asked(d) == {"书中采访的经济学者是谁？": "王建国"}


def test_who_hosts_a_show_is_not_asked() -> None:
    text = (
        "# Harbour Hour\n\nHOST: Welcome back. I'm Nadia Brook, and my guest tonight builds sea walls.\n\n"
        "MARTIN OKORO: Thanks, Nadia. The old breakwater was finished in 1911.\n\n"
        "HOST: Was its failure a surprise?\n\nMARTIN OKORO: No. We flagged it twice.\n"
    )
    assert not any("Nadia Brook" in (x.question + x.answer) for x in made(parse_text(text, name="ep")))


def test_a_relation_with_nobody_it_holds_for_is_not_asked() -> None:
    d = paragraphs("沈远舟的传记写得很细。1990年，沈远舟到北京，在导师韩立门下学习水文。")
    assert "导师是谁？" not in asked(d)
    assert "导师" not in asked(d, "reversed").values()


def test_a_one_word_english_role_is_not_what_someone_is_asked_by() -> None:
    text = "# Notes\n\n## People\n\n- **Osric Pellow** – landowner, pushed the 1794 turnpike road.\n"
    text += "- **Mara Quint** – canal engineer, built the Ashby cut.\n"
    reversed_ = asked(parse_text(text, name="notes"), "reversed")
    assert "landowner" not in reversed_.values()
    assert "canal engineer" in reversed_.values()  # two words say what she was


def test_a_counted_role_is_asked_as_which_one_without_its_count() -> None:
    d = paragraphs("作者讲了个反例：一位销售总监周文斌留了时间块，却没写具体任务。")
    assert all("一位哪位" not in q for q in asked(d))
    assert any("哪位销售总监" in q for q in asked(d))
    d = paragraphs("湖州某茶厂厂长沈立群在茶会上讲解了制茶的损耗，一斤干茶要四斤鲜叶。")
    assert all("某哪位" not in q for q in asked(d)) and any("湖州某茶厂哪位厂长" in q for q in asked(d)), (
        asked(d)
    )
    # a place, 某 and the body before the post: the body stays whole, 哪位 asks for the post in it
    d = paragraphs("华南某理工大学化学系讲师周启明长期研究锂电池的老化。")
    assert any("华南某理工大学化学系哪位讲师" in q for q in asked(d)), asked(d)
    # an unnamed body before the role is asked with it, not cut by 哪位 (某冷链哪位物流公司…)
    d = paragraphs("在杭州管理约 40 个站点的某快递运营企业华东片区负责人周启明告诉记者，电费占成本的三成。")
    questions = list(asked(d))
    assert any("哪位快递运营企业华东片区负责人" in q for q in questions), questions
    assert all("某" not in q for q in questions), questions


def test_which_never_lands_inside_a_word_and_a_former_post_is_asked_as_held() -> None:
    inside = paragraphs("作者描述了本所研究员苏晓岚在2019年做的一项实验，结果发表在学报上。")
    assert not any("哪位所" in q for q in asked(inside))
    assert not any("苏晓岚" in x.answer for x in made(inside))  # nor a cloze that drops the role
    held = paragraphs("作者的导师、已故心理学家韩立川（曾任某师范大学心理系主任）在1987年做过双耳分听实验。")
    assert not any(q.startswith("谁是曾任") for q in asked(held))


def test_a_post_held_once_is_no_role_alone_and_a_verb_is_no_part_of_a_role() -> None:
    d = parse_text(
        "# Notes\n\n## People\n\n"
        "- **Aksel Morland**, former CEO, Morland Pumps (a cautionary tale)\n"
        "- met cofounder Tobias Rennick (CTO) at a hackathon in Bergen in 2016.\n",
        name="t",
    )
    answers = {x.answer.lower() for x in made(d)} | {x.question.lower() for x in made(d)}
    assert not any(a in {"former ceo", "met cofounder"} for a in answers)
    assert not any("the former ceo?" in a for a in answers)


def test_a_deed_ends_before_a_dangling_and() -> None:
    d = paragraphs(
        "Lyle Brannock farms corn near Grand Island. Brannock heard Ada Okoye speak at a county "
        'meeting in 2019 and, in his words, "went home and argued about fungi for hours."',
        language="en",
    )
    questions = [x.question for x in made(d)]
    assert "Who heard Ada Okoye speak at a county meeting in 2019?" in questions
    assert not any(q.endswith(" and?") for q in questions)


def test_a_name_the_text_puts_an_article_before_is_a_thing_no_pronoun_stands_for() -> None:
    d = parse_text(
        "# The Slow Ledger: Notes\n\n**Author:** Marisol Okwu\n\n## Chapter 4\n\n"
        "This is the most practical chapter. She sets out what she calls the Ledger Review, a quarterly "
        "ritual. She reports that among 22 firms that adopted the full review, the median open count "
        "dropped from 19 to 8.\n",
        name="t",
    )
    cast = extract_people.analyse(d).cast
    assert "Ledger" not in cast.key_of and "Slow Ledger" not in cast.key_of
    quoted = parse_text(
        '# Lessons\n\nThe "Two-Quote Rule" my first boss taught me: never send one price.\n\n'
        "My apprentice Sam keeps asking questions. He'll outpace me in a few years.\n",
        name="q",
    )
    assert "Two-Quote Rule" not in extract_people.analyse(quoted).cast.key_of  # the quotation marks aside


def test_a_makes_name_or_a_studios_is_a_thing_no_pronoun_stands_for() -> None:
    d = parse_text(
        "# Glass class\n\nBlackwell Glass Studio, Unit 2 Quay Street.\n\n"
        "- The kilns are Hallam Vega ones mostly, one older Corwin model at the back.\n"
        "- Annealing: cooling the glass slowly so it does not crack. Ruth likes a long soak, she says "
        "rushing it wastes a day's work.\n",
        name="t",
    )
    cast = extract_people.analyse(d).cast
    assert not {"Hallam Vega", "Blackwell Glass Studio", "Studio"} & set(cast.key_of)
    assert not any("Hallam" in x.question or "Studio says" in x.question for x in made(d))


def test_a_post_several_hold_or_the_other_sides_is_not_asked_as_whose_it_is() -> None:
    talk = parse_text(
        "# 演讲实录\n\n> 演讲者：**宋一苇**，“邻桌”社区食堂联合创始人\n\n"
        "我们找到一家基金会，对方的项目官员**温慧琳**很快回了信。\n",
        name="t",
    )
    questions = [x.question for x in made(talk) if x.type == "basic"]
    assert not any("联合创始人" in q and q.startswith("谁是") for q in questions)
    assert not any("对方" in x.question or "对方" in x.answer for x in made(talk))


def test_their_before_a_relation_is_not_read_as_a_person() -> None:
    d = paragraphs(
        "Ilse Marrowby founded the lab in 2017. The seed round was led by Halvard Capital. "
        "Their partner, Priya Lendrum, asked about error bars first.",
        language="en",
    )
    assert not any("Marrowby's partner" in x.question or "Marrowby's partner" in x.answer for x in made(d))


def test_a_post_at_an_organisation_pointed_at_or_only_of_a_kind_is_not_asked_for_its_holder() -> None:
    d = parse_text(
        "# 县城二手家电\n\n据鸿川研究院统计，县城二手家电交易额三年翻了一倍。"
        "“问题往往不在产品。”该研究院首席分析师**贺明川**说。\n\n"
        "工厂负责人**孙德厚**坦言：“赚的就是信息差和手艺钱。”\n",
        name="t",
    )
    questions = [x.question for x in made(d) if x.type in {"basic", "choice", "cloze"}]
    assert not any("首席分析师" in q or "工厂负责人" in q for q in questions)


def test_a_capitalised_participle_after_a_name_is_no_part_of_it() -> None:
    from quizgen.extract.names import latin_names

    line = '"Salt, Time and Stubbornness" with Teodor Brannigan Recorded in Leeds, transcript edited'
    assert [s.name for s in latin_names(line)] == ["Teodor Brannigan"]


def test_a_name_a_platform_or_publisher_field_gives_is_no_one_a_pronoun_stands_for() -> None:
    d = parse_text(
        "COURSE NOTES\nModule 4 of 8\nPlatform: Brightwell Open Learning (self-paced)\n"
        "Instructor: Dr. Marguerite Oyelaran-Finch\n\n"
        "Oyelaran-Finch spent years running projects before teaching. Her opening claim: most small projects "
        "do not fail because of bad people.\n",
        name="t",
    )
    assert "Brightwell Open Learning" not in extract_people.analyse(d).cast.key_of


def test_an_organisation_named_like_a_person_is_not_asked_who() -> None:
    d = paragraphs(
        "Brackenridge Community Power, a co-operative founded by a farmer, now runs three turbines.",
        language="en",
    )
    assert not [q for q in asked(d) if q.startswith("Who was the co-operative")]
    assert asked(d) == {}


def test_a_role_that_opens_on_a_conjunction_is_cut_from_a_clause() -> None:
    text = "The ledgers lay forgotten until historian Lenna Drave found them in 1936."
    assert not [d for d in made(paragraphs(text, language="en")) if d.answer.startswith("until")]


def test_two_hosts_leave_no_single_interviewer_to_ask_for() -> None:
    turns = [
        block("今天我们请到了茶农贺春田，您种茶多少年了？", 5, "林小满"),
        block("对，这个我特别有感触，我家里也种过茶。", 6, "周以安"),
        block("我从二〇〇九年开始种茶，到今年正好十六年。", 7, "贺春田"),
        block("那您觉得年轻人该怎么入行？", 8, "林小满"),
        block("先学会听，听茶树、听老师傅。", 9, "贺春田"),
        block("您最难的一年是哪年？", 10, "周以安"),
        block("我补充一句，这一点听众可能最关心。", 11, "周以安"),
    ]
    d = doc(("", turns), preamble=(block("本期《慢田野》对话茶农贺春田。", 2),))
    assert not [q for q in asked(d) if "采访了" in q]


def test_a_bodys_name_before_its_head_noun_stays_in_the_role() -> None:
    said = paragraphs("明川大学社会学院副教授戴书言认为，二手交易的最大成本是不确定性。")
    assert asked(said, "reversed") == {"戴书言是什么身份？": "明川大学社会学院副教授"}
    contrast = paragraphs("远衡回收联盟技术总监蒋一舟则更关注环保账本。")
    assert asked(contrast) == {"哪位远衡回收联盟技术总监更关注环保账本？": "蒋一舟"}


def test_a_role_the_document_gives_several_people_asks_no_who() -> None:
    board = paragraphs(
        "出席：严素梅（理事长），卜晓芸（理事），齐海川（理事）。", "会议由严素梅主持，讨论了年度预算。"
    )
    questions = asked(board)
    assert "谁是理事？" not in questions  # two hold it: who is it?
    assert questions.get("谁是理事长？") == "严素梅"  # one holds it


def test_where_someone_works_is_no_role_to_ask() -> None:
    d = parse_text(
        "# 讲座笔记：宋代的药局\n\n- **主讲**：沈知微（省博物馆研究员）\n"
        "- **主持**：程立新（市档案馆编研处）\n\n"
        "## 正文\n\n沈知微先讲了和剂局的来历。\n",
        name="talk",
        path="talk.md",
    )
    assert asked(d) == {"谁是省博物馆研究员？": "沈知微"}
    assert asked(d, "reversed") == {"沈知微是什么身份？": "省博物馆研究员"}
    union = parse_text(
        "# 讲座笔记：宋代的药局\n\n主讲：沈知微（省博物馆研究员）\n主持：陆一鸣（校学生会）\n\n"
        "## 正文\n\n沈知微先讲了和剂局的来历。\n",
        name="talk",
        path="talk.md",
    )
    assert "谁是校学生会？" not in asked(union)


def test_an_occupation_alone_is_not_asked_among_many_people() -> None:
    d = paragraphs(
        "书里提到了社会学者柯青禾的研究。",
        "书中还提到医生吕方舟、记者闻一帆和作家顾晚舟。",
        "历史学者孟西川在大学任教。",
    )
    assert not any(re.fullmatch(r"(?:谁是)?[\u4e00-\u9fff]{2,6}(?:是谁)?？", q) for q in asked(d))


def test_a_role_that_is_a_relative_clause_asks_who_did_it() -> None:
    sentence = (
        '"We only wanted to stop the waste," said Wenna Tallisker, who kept bees for a decade and then '
        "became the orchard's treasurer."
    )
    d = paragraphs(sentence, language="en")
    role = "who kept bees for a decade and then became the orchard's treasurer"
    person = Person("Wenna Tallisker", role, "apposition", sentence, Source("d", "", 1))
    questions = {x.question: x.answer for x in drafts(d, [person]) if x.type == "basic"}
    assert questions == {
        "Who kept bees for a decade and then became the orchard's treasurer?": "Wenna Tallisker"
    }


def test_a_role_that_is_a_clause_of_notes_asks_no_who() -> None:
    d = parse_text(
        "Podcast notes\n\n"
        "host: Hollis Brandt (edits the newsletter, ex-teacher, mostly writes the scripts)\n\n"
        "- the guest talked about repair shops.\n",
        "n.txt",
    )
    assert not [q for q in asked(d) if q.startswith("Who is the edits") or q.startswith("Who was the edits")]


def test_a_role_ends_before_what_they_now_do() -> None:
    sentence = "Author: Ilsa Varn (soil economist, formerly of Harlow, now teaches the survey course)"
    d = paragraphs(sentence, language="en")
    frame = "{} is the soil economist, formerly of Harlow, now teaches the survey course"
    person = Person("Ilsa Varn", frame[6:], "metadata", sentence, Source("d", "", 1), frame)
    assert "Who is the soil economist, formerly of Harlow?" in asked_of(d, person)


def test_a_relation_asked_without_whose_it_is_asks_no_who() -> None:
    sentence = "沃尔特·林德——博士导师，土壤化学家。"
    d = paragraphs(sentence)
    supervisor = Person("沃尔特·林德", "博士导师", "apposition", sentence, Source("d", "", 1), "{}是博士导师")
    assert not [q for q in asked_of(d, supervisor) if q.startswith("谁是博士导师")]


def asked_of(d: Document, person: Person) -> dict[str, str]:
    return {x.question: x.answer for x in drafts(d, [person]) if x.type == "basic"}


def test_a_transcripts_label_for_a_voice_is_no_role_to_ask_by() -> None:
    sentence = "主持人B：我是小棠，今天我们聊旧物修理。"
    d = paragraphs(sentence)
    host = Person("小棠", "主持人B", "speaker", sentence, Source("d", "", 1), "{}是主持人B")
    assert asked_of(d, host) == {}
    assert not [x for x in drafts(d, [host]) if x.type == "reversed"]


def test_what_someone_is_known_for_is_asked_by_their_name() -> None:
    from quizgen.generate import generate

    text = (
        "# Notes on the history of glazes\n\nMara Quill ran a small pottery in Stoke for thirty years.\n\n"
        "Quill is best known for a lead-free red glaze she first fired in 1911.\n\n"
        "Later potters built on her recipe, and Quill trained most of them.\n"
    )
    asked = {i.question: i.answer for i in generate([parse_text(text, name="g", path="g.md")], "d")}
    assert asked["What is Mara Quill best known for?"] == "a lead-free red glaze she first fired in 1911"
    # not also asked "Who ran a small pottery…?": its answer is this card's subject
    assert not any(q.startswith("Who ran a small pottery") for q in asked)


def test_a_headers_next_field_is_no_part_of_the_role() -> None:
    d = parse_text(
        "# 访谈纪要｜「溪桥物流」创始人 卢望川\n\n"
        "- 时间：2024年5月9日（周四）14:30–16:10\n"
        "- 访谈对象：卢望川（溪桥物流 创始人兼CEO）；中途加入：韦蓉（联合创始人，COO），约15:20进来\n"
        "- 背景：溪桥做县域快运，本轮在谈A轮\n\n"
        "卢望川说，县域快运最难的是货量不稳定。\n",
        name="n",
        path="n.md",
    )
    roles = {x.answer for x in made(d) if x.type == "reversed" and x.question.startswith("卢望川")}
    assert roles and all("中途加入" not in r and "韦蓉" not in r for r in roles)


def test_who_holds_a_part_in_the_show_is_not_asked_without_the_show() -> None:
    from quizgen.generate.people import question

    d = paragraphs("欢迎收听。")
    host = Person("阿川", "主持人", "apposition", "主播：阿川（主持人）", Source("d", "", 1), "{}是主持人")
    assert question(d, host) == ""
    trade = Person("阿川", "咖啡店主", "apposition", "阿川（咖啡店主）", Source("d", "", 1), "{}是咖啡店主")
    assert question(d, trade) == "谁是咖啡店主？"


def test_who_ran_the_evening_is_not_asked() -> None:
    from quizgen.generate.people import question

    d = paragraphs("欢迎来到读书会。")
    host = Person(
        "林小满",
        "沙龙组织者",
        "apposition",
        "林小满（沙龙组织者）",
        Source("d", "", 1),
        "{}是沙龙组织者",
    )
    assert question(d, host) == ""


def test_a_double_barrelled_foreign_name_glossed_in_brackets_is_asked_whole() -> None:
    from quizgen.generate import generate

    notes = parse_text(
        "# 讲义\n\n## 币制改革\n\n这套方案由央行起草，"
        "参与设计的还有英国专家 **贝尔-曼森**（T. Bell-Manson），他建议新币盯住英镑。\n\n"
        "课后讨论集中在后来的赤字为何失控。\n",
        name="reform",
    )
    asked = {i.answer for i in generate([notes], "d") if i.kind == "person"} | {
        i.question for i in generate([notes], "d") if i.kind == "person"
    }
    assert any("贝尔-曼森" in a for a in asked) and "贝尔" not in asked
    # a hyphen between Chinese characters with no original beside it is still a garbled word
    garbled = Draft(
        kind="person",
        type="basic",
        anchor="a",
        question="英国专家是谁？",
        answer="贝尔-曼森",
        explanation="参与设计的还有英国专家贝尔-曼森，他建议盯住英镑。",
        source=Source(doc="d", section="", line=1),
        fact="f",
    )
    assert rejection(garbled) == "a misspelt or garbled word the card would copy"


def test_a_word_first_in_a_list_of_things_after_a_role_is_no_name() -> None:
    d = paragraphs("作者提到官员晋升、任免的规则，没有展开。", "作者认为制度比个人更重要。")
    assert asked(d, "reversed") == {} and asked(d) == {}
    people = paragraphs("书中还提到医生吕方舟、记者闻一帆，两人都在县城长大。")
    found = {p.name for p in extract_people.extract(people) if isinstance(p, Person)}
    assert {"吕方舟", "闻一帆"} <= found  # a list of people by their roles


def test_two_roles_joined_by_jian_are_one_and_a_role_cut_from_its_owner_is_not_asked() -> None:
    joined = paragraphs("某钢结构厂董事长兼总经理柯远航翻出了三年的账本。", "工厂是2015年建的。")
    roles = {p.role for p in extract_people.extract(joined) if isinstance(p, Person)}
    assert roles == {"钢结构厂董事长兼总经理"}
    # 某 before the body: "钢结构厂董事长兼总经理是谁？" asks for one of many such heads
    assert asked(joined) == {}
    cut = paragraphs("“这道工序不能省。”某出口商品鉴定机构华南分部主管聂晓说。")
    assert asked(cut) == {} and asked(cut, "reversed") == {}


def test_a_former_post_is_not_asked_when_the_text_says_what_they_do_now() -> None:
    d = paragraphs("嘉宾：柯远舟，前某连锁书店运营总监，现为独立零售顾问。", "她聊了县城书店的三个难处。")
    assert not [q for q in [*asked(d), *asked(d, "reversed").values()] if "前某连锁书店" in q]


def test_a_former_post_alone_is_asked_as_the_post_held() -> None:
    d = paragraphs("嘉宾：岑立舟，前某连锁书店运营总监，在那里干了六年。", "她聊了县城书店的三个难处。")
    back = asked(d, "reversed")
    assert back.get("岑立舟曾任什么职务？") == "某连锁书店运营总监"
    assert not any(q.endswith("是什么身份？") for q in back)


def test_when_someone_held_a_post_is_no_part_of_the_role_asked() -> None:
    notes = (
        "# Money and banking, lecture notes\n\n## L4 — Marsh, the mint (Oct 3)\n\n"
        "**Ottilie Marsh**, warden Sep 1931 – late 1940. Read rising prices as a wage story.\n"
        "- Marsh kept the minutes short.\n"
    )
    assert not any("1931" in f"{x.question} {x.answer}" for x in made(parse_text(notes, name="n")))
    # a year inside the post names the post (the 1988 census), it is no tenure
    census = parse_text(notes.replace("warden Sep 1931 – late 1940", "head of the 1988 census"), name="n")
    assert "Who is Ottilie Marsh?" in asked(census, "reversed")


def test_a_remark_after_a_dash_is_not_part_of_someones_role() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    text = (
        "# Reading notes on a book about mills\n\n"
        "**Author:** Helga Brandt (professor emerita, economic history, Bonn — if the cover is right)\n\n"
        "The book argues that tide mills paid for the harbour walls. Brandt spent years in the port "
        "archives and counted 41 tide mills on the coast by 1300.\n\n"
        "She says the mills closed when steam pumps arrived.\n"
    )
    people = [i for i in generate([parse_text(text, name="m")], "d") if i.kind == "person"]
    assert people and not any("cover is" in f"{i.question} {i.answer}" for i in people)
    assert any("professor emerita" in f"{i.question} {i.answer}" for i in people)


def test_who_someone_is_is_asked_only_of_a_person_the_document_names_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(people_items, "RECURRING", 2)
    once = paragraphs(
        "评审组里还有一位退休的桥梁工程师顾承岳，他只在第一天出席。", "大桥的主跨最终定为 420 米。"
    )
    assert asked(once, "reversed") == {}
    again = paragraphs(
        "评审组组长是桥梁工程师顾承岳。",
        "顾承岳坚持把主跨定为 420 米，理由是河道要留给航运。",
        "后来的检测证明顾承岳的判断是对的。",
    )
    assert asked(again, "reversed") == {"顾承岳是什么身份？": "桥梁工程师"}
    english = paragraphs(
        "The jury was chaired by Ines Varga, a structural engineer from Graz.",
        "Varga argued for the longer span and won the vote.",
        language="en",
    )
    assert "Who is Ines Varga?" in asked(english, "reversed") or "Who was Ines Varga?" in asked(
        english, "reversed"
    )


def test_the_programmes_host_is_no_role_to_ask_back() -> None:
    sentence = "本期节目由闻笛主持。"
    d = paragraphs(sentence)
    host = Person("闻笛", "栏目主理人", "metadata", sentence, Source("d", "", 1), "{}是栏目主理人")
    assert {x.question for x in drafts(d, [host]) if x.type == "reversed"} == set()
    podcast = Person("Ana Ruiz", "the podcast's host", "metadata", "x", Source("d", "", 1), "")
    assert not [x for x in drafts(paragraphs("Hi."), [podcast]) if x.type == "reversed"]


def test_a_frame_that_lost_its_name_gives_no_choice_item() -> None:
    text = (
        "# Notes\n\n## Sleep\n\n"
        + "".join(
            f"- {name}, a sleep researcher, ran the {n} lab.\n"
            for n, name in (("first", "Ana Ruiz"), ("second", "Tom Hale"), ("third", "Lia Moss"))
        )
        + "- Scored on the Dawn Scale — devised by **Per Lund**.\n"
    )
    d = parse_text(text, name="n", path="n.md")
    assert not [
        x.question
        for x in made(d)
        if x.type == "choice" and "[…]" not in x.question and "?" not in x.question
    ]


def test_a_nicknames_full_name_in_brackets_is_who_they_are_not_their_role() -> None:
    d = parse_text(
        "# 第 9 期：老码头的新生意\n\n嘉宾：老韦（韦志成，做了十年渡船生意的船老板）\n\n"
        "## 正文\n\n老韦：渡船一天跑六趟。\n",
        name="n",
    )
    roles = {p.name: p.role for p in extract_people.extract(d) if isinstance(p, Person)}
    assert roles.get("老韦") == "做了十年渡船生意的船老板"
    assert not any("韦志成" in q for q in asked(d))


def test_a_frame_opening_on_a_relative_clause_asks_nothing() -> None:
    sentence = 'Ned Pryce was what people named a "quiet hand" in the yard.'
    person = Person(
        "Ned Pryce", "", "deed", sentence, Source("d", "", 1), '{} was what people named a "quiet hand"'
    )
    assert asked_of(doc(("", [block(sentence, 1)]), language="en"), person) == {}


def test_a_role_that_ends_pointing_back_is_not_asked() -> None:
    notes = parse_text(
        "# Highlights\n\n- Marcus Hale, the Leeds printer who began it, shipped the first batch in 1841.\n"
        "- Hale kept every ledger; Hale wrote the rules down.\n",
        name="hl",
    )
    assert not any(x.answer.endswith(" it") or x.question.endswith("it?") for x in made(notes))


def test_what_befell_someone_is_no_post_to_ask_them_by() -> None:
    from quizgen.generate.people import question

    d = paragraphs("The cable opened in 1866.", language="en")
    knighted = Person("Ada Quill", "knighted (1871)", "apposition", "", Source("d", "", 1), "")
    assert question(d, knighted) == ""
    engineer = Person("Ada Quill", "lead surveyor for a cable firm", "apposition", "", Source("d", "", 1), "")
    assert question(d, engineer).startswith("Who ")


READING_CLUB = """【枫林读书会】第12期 整理稿
共读书目：《运河边的小镇》

主持：老刘（周立，中学地理老师）

老刘：那就开始，今天先聊书里的人物，每人五分钟。

小禾（研究生，读近代史方向）：我选船行老板。他看准了运河改道的时机，把船队卖给了铁路公司。

老刘：好，这个选得好。

{label}（退休会计）：我补充一下，书里说那次改道让镇上的码头一年少了一半的船。

小禾：对，码头的衰落就是从那一年开始的。

{name}：我再说一句，铁路通车以后，镇上的米价反而降了。

老刘：好，下一位。
"""


def test_a_voice_of_a_group_talk_called_by_a_friendly_name_is_not_asked_who_they_are() -> None:
    friendly = parse_text(READING_CLUB.format(label="梅姐", name="梅姐"), name="club", path="club.txt")
    assert friendly.index.has_turns
    roles = {x.answer for x in made(friendly)} | {x.question for x in made(friendly)}
    assert not any("退休会计" in r or "研究生" in r for r in roles)
    named = parse_text(READING_CLUB.format(label="陈建华", name="陈建华"), name="club", path="club.txt")
    assert any("退休会计" in x.answer or "退休会计" in x.question for x in made(named))


def _asked_as(question: str, answer: str, item_type: str = "basic") -> Draft:
    return Draft(
        kind="person",
        type=item_type,  # type: ignore[arg-type]
        anchor=question,
        question=question,
        answer=answer,
        explanation=question,
        source=Source(doc="notes", section="", line=3),
        fact=question,
    )


def test_a_bare_role_asked_for_its_holder_or_given_as_the_answer_is_not_asked() -> None:
    by_bare_title = people_items._by_bare_title
    assert by_bare_title(_asked_as("Who was the Dutch canal engineer?", "Jan Leeghwater"))
    assert by_bare_title(_asked_as("Who was the Dutch canal engineer?", "Jan Leeghwater", "choice"))
    assert by_bare_title(_asked_as("谁是主任？", "陈立"))
    assert by_bare_title(_asked_as("谁是设计师？", "陈立"))  # as 设计师是谁？
    assert by_bare_title(_asked_as("谁是外科医生？", "陈立"))
    assert not by_bare_title(_asked_as("谁是总工程师？", "陈立"))
    assert not by_bare_title(_asked_as("谁是城东小学的教导主任？", "陈立"))
    assert by_bare_title(_asked_as("陈立是什么身份？", "恩师", "reversed"))
    assert not by_bare_title(_asked_as("陈立是什么身份？", "城东小学的教导主任", "reversed"))
    assert not by_bare_title(
        _asked_as("Who was the Dutch canal engineer of the Beemster polder?", "Jan Leeghwater")
    )


def test_those_listed_under_a_heading_for_the_hosts_are_not_asked_about() -> None:
    notes = parse_text(
        "# 第8期：漆器怎么修\n\n## 嘉宾介绍\n\n"
        "**韩青禾**：某博物馆漆器修复师，从业十二年，修过上百件清代漆盒。\n\n"
        "**主播**\n- **阿宽**：前电视台记者，本期主持\n- **小禾**：插画师，本期负责提问\n\n"
        "## 内容\n\n韩青禾说，修一件漆盒通常要三个月。阿宽问为什么这么久，小禾也很好奇。\n",
        name="h",
        path="h.md",
    )
    asked = [d.question + d.answer for d in drafts(notes, extract_people.extract(notes))]
    assert any("韩青禾" in q for q in asked)
    assert not any("阿宽" in q or "小禾" in q for q in asked)


def test_a_cloze_whose_blank_is_the_shows_host_is_not_asked() -> None:
    from quizgen.generate import drafts_for

    notes = parse_text(
        "# 第9期：纸从哪里来\n\n## 嘉宾介绍\n\n**韩青禾**：某博物馆纸张修复师，从业十二年。\n\n"
        "**主播**\n- **阿宽**：前电视台记者，本期主持\n\n## 书单\n\n"
        "- 《纸上千年》，某学者著，讲古代造纸的原料和工序，阿宽推荐新手从这本读起\n"
        "- 《修书记》，韩青禾推荐，讲一个修复师三十年的工作日记\n",
        name="p",
        path="p.md",
    )
    answers = [d.answer for d in drafts_for(notes) if d.type == "cloze"]
    assert "阿宽" not in answers


def test_a_firms_name_run_on_from_its_place_is_asked_whole() -> None:
    d = paragraphs("“先把熟练工留住。”宁波市瑞丰缝纫设备有限公司总经理葛振东创办了一所技工学校。")
    assert asked(d) == {"哪位宁波市瑞丰缝纫设备有限公司总经理创办了一所技工学校？": "葛振东"}
    # with nothing done to ask by, who they are is the whole name too
    d = paragraphs("宁波市瑞丰缝纫设备有限公司总经理葛振东介绍了新厂的产能。")
    assert asked(d, "reversed") == {"葛振东是什么身份？": "宁波市瑞丰缝纫设备有限公司总经理"}


def test_someone_named_once_by_an_indefinite_role_is_not_asked_by_that_role_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(people_items, "RECURRING", 2)
    text = (
        '# The harbour scheme\n\nThe council approved the harbour scheme in May. "The tide will decide '
        'the cost," said Ilse Varnum, a hydrologist at Coldwater College. Piles go in next spring.\n'
    )
    assert "Who was the hydrologist at Coldwater College?" not in asked(parse_text(text, name="h"))
    # a role that picks out one person (the only …) still asks who held it
    unique = text.replace(
        "a hydrologist at Coldwater College", "a hydrologist and the only diver on the survey"
    )
    assert "Ilse Varnum" in asked(parse_text(unique, name="h")).values()


def test_a_rank_many_hold_is_not_who_someone_is() -> None:
    text = (
        "# Field notes\n\nThe survey was led by Harriet Vance, with PhD student Tomas Quill. "
        "Quill counted the nests at dawn. Quill also wrote the appendix.\n"
    )
    assert not any(
        a.lower().endswith("student") for a in asked(parse_text(text, name="f"), "reversed").values()
    )


def test_a_professional_grade_alone_is_not_who_someone_is() -> None:
    d = paragraphs("宋启明，高级工程师，现任某港口机械公司检测所所长。", "宋启明说吊臂最怕疲劳。")
    graded = Person("宋启明", "高级工程师", "apposition", "宋启明，高级工程师，现任…", Source("d", "", 1))
    assert people_items._reverse(d, graded) == ""
    posted = Person("宋启明", "某港口机械公司检测所所长", "apposition", "宋启明，…所长", Source("d", "", 1))
    assert people_items._reverse(d, posted) == "宋启明是什么身份？"


def test_a_role_ends_before_what_they_now_do_wherever_they_do_it() -> None:
    text = (
        "# Resilience workshop notes\n\n"
        "**Speaker:** Maren Ostby (ex-logistics planner, now teaches in Bergen)\n\n"
        "## Day one\n\nMaren Ostby says a second supplier is insurance. Ostby built a model in 2019.\n"
    )
    questions = [*asked(parse_text(text, name="f"), "basic"), *asked(parse_text(text, name="f"), "reversed")]
    assert not any("now teaches" in q for q in questions)


def test_the_hosts_own_past_in_the_host_field_is_not_asked() -> None:
    text = (
        "# 育儿播客笔记\n\n- 主持人：苏晓禾（前小学数学老师）\n- 嘉宾：韩立文 博士，某大学心理系\n\n"
        "## 要点\n\n韩立文说拖延分三种。苏晓禾追问了作业太多怎么办。\n"
    )
    questions = [*asked(parse_text(text, name="f"), "basic"), *asked(parse_text(text, name="f"), "reversed")]
    assert not any("前小学数学老师" in q for q in questions)


def test_the_hosts_past_named_inside_a_header_sentence_is_not_asked_either() -> None:
    text = (
        "# 电池播客笔记\n\n> 通勤路上听完。主持人：老周（前科技媒体编辑）\n\n"
        "## 要点\n\n- 老周追问量产时间\n- 自称一半学者，经常打断老周\n\n"
    )
    questions = [*asked(parse_text(text, name="f"), "basic"), *asked(parse_text(text, name="f"), "reversed")]
    assert not any("前科技媒体编辑" in q for q in questions)
