"""Metadata items: a question per field a reader should retain about the work (its guest, its
speaker), worded in the document's language, values as written, ids that follow the field and not
the value. Filing (the notes' own title, author, dates, links, programme, page counts, note-takers)
is not asked, nor a value the title already shows (a work named in 《》 in the title)."""

from __future__ import annotations

from dockit import block, document, ids, kept_drafts, section, seed_drafts

from quizgen.extract import meta
from quizgen.generate import generate
from quizgen.generate.meta import naming, question_en, question_zh
from quizgen.generate.quality import rejection
from quizgen.ingest import parse_text
from quizgen.model import Document, Meta, MetaField, Source


def questions(doc: Document) -> dict[str, str]:
    return {d.question: d.answer for d in kept_drafts(doc, "meta")}


def interview(guest: str = "王小明", title: str = "城市更新的慢功夫：访谈") -> Document:
    return document(
        title=title,
        metadata=(
            MetaField("作者", "李华", 3),
            MetaField("嘉宾", guest, 4),
            MetaField("日期", "2024-03-05", 5),
            MetaField("URL", "https://example.org/a", 6),
            MetaField("主持人", "张三", 7),
        ),
    )


def test_an_interview_asks_its_guest_not_its_author_host_date_or_link() -> None:
    # the notes' author is their note-taker; their date and link are filing
    assert questions(interview()) == {"这篇访谈的嘉宾是谁？": "王小明"}


def test_a_guest_the_title_already_names_is_not_asked() -> None:
    assert questions(interview(title="城市更新的慢功夫：王小明访谈")) == {}


def test_a_demonstrative_naming_the_document_passes_the_pronoun_gate() -> None:
    drafts = kept_drafts(interview(), "meta")
    assert drafts and all(rejection(draft) is None for draft in drafts)


def test_a_work_named_in_the_title_is_not_asked_nor_its_record() -> None:
    doc = document(
        title="《天工开物》读书笔记",
        metadata=(
            MetaField("作者", "宋应星", 3),
            MetaField("卷数", "3", 4),
            MetaField("成书年代", "明末", 5),
        ),
    )
    assert [m.field for m in meta.extract(doc)][:1] == ["work"]  # the work is found...
    # ...but the learner reads it in the title, and volumes and date are record; who made the work
    # is the work's fact, asked as for a title `X by Y` (an `作者：` field beside no work is a byline)
    assert questions(doc) == {"《天工开物》的作者是谁？": "宋应星"}
    byline = document(title="读书笔记", metadata=(MetaField("作者", "宋应星", 3),))
    assert questions(byline) == {}
    # the answer is the name, not the bio the header adds to it
    bio = document(
        title="《天工开物》读书笔记", metadata=(MetaField("作者", "宋应星（明末科学家，江西奉新人）", 3),)
    )
    assert questions(bio) == {"《天工开物》的作者是谁？": "宋应星"}
    # an article titled with a quotation names no work: its author field is its byline
    article = document(
        title='Marta Ruiz: "A building should be able to apologise"',
        language="en",
        metadata=(MetaField("Author", "Deniz Halloran", 3),),
    )
    assert questions(article) == {}


def test_a_work_title_names_the_subject_of_a_question() -> None:
    # the wording is kept for a work the title does not show (the author itself is not asked)
    author = Meta(field="author", key="作者", value="宋应星", source=Source(doc="notes", section="", line=3))
    doc = document(title="《天工开物》读书笔记")
    assert question_zh(author, naming(doc, meta.extract(doc))) == "《天工开物》的作者是谁？"
    en = document(title='Lecture notes: Darwin\'s "On the Origin of Species"', language="en")
    assert question_en(author, naming(en, meta.extract(en))) == 'Who wrote "On the Origin of Species"?'


def test_an_english_lecture_asks_its_speaker_not_its_date_or_host() -> None:
    doc = document(
        title="Lecture: How cities grow",
        metadata=(
            MetaField("Speaker", "Jane Jacobs", 3),
            MetaField("Date", "5 May 1961", 4),
            MetaField("Host", "Tom Lee", 5),
            MetaField("Journal", "none, it was a talk", 6),
            MetaField("Pages", "12", 7),
        ),
        language="en",
    )
    assert questions(doc) == {"Who gave this lecture?": "Jane Jacobs"}


def test_a_speaker_the_title_names_is_not_asked_whatever_role_the_field_adds() -> None:
    doc = document(
        title='Keynote notes: "Floods Are Local" — Prof. Lena Okoro',
        metadata=(MetaField("Speaker", "Prof. Lena Okoro — Head, Coastal Flood Group", 3),),
        language="en",
    )
    assert questions(doc) == {}


def test_notes_on_a_talk_ask_who_gave_the_talk_not_who_gave_the_notes() -> None:
    doc = document(
        title="Notes: Shade as infrastructure",
        metadata=(MetaField("Speaker", "Dr. Ana Ruiz, director of a heat lab", 3),),
        language="en",
    )
    assert questions(doc) == {
        "Who gave the talk these notes are about?": "Dr. Ana Ruiz, director of a heat lab"
    }


def test_an_episode_asks_its_guest_not_its_programme_issue_or_duration() -> None:
    doc = document(
        title="《城市夜话》第12期｜旧城改造的慢功夫",
        metadata=(MetaField("节目时长", "48分钟", 3), MetaField("本期嘉宾", "王小明", 4)),
    )
    assert questions(doc) == {"这期《城市夜话》的嘉宾是谁？": "王小明"}


def test_an_english_episode_title_line_asks_nothing_its_guest_is_asked() -> None:
    assert questions(document(title="City Talk, Episode 12: Why streets matter", language="en")) == {}
    doc = document(
        title="City Talk, Episode 12: Why streets matter",
        metadata=(MetaField("Guest", "Ann Lee", 3),),
        language="en",
    )
    assert questions(doc) == {"Who was the guest on this episode of City Talk?": "Ann Lee"}
    # a numbered meetup is a series of events: its issue is a talk given there, not an episode
    meetup = document(
        title="Harbour Data Meetup #9 -- talk notes",
        metadata=(MetaField("Speaker", "Ann Lee", 3),),
        language="en",
    )
    assert questions(meetup) == {"Who gave this talk at Harbour Data Meetup?": "Ann Lee"}


def test_a_metadata_title_and_length_are_not_asked() -> None:
    doc = document(
        section("About the paper", 2),
        metadata=(MetaField("Title", "Cybernetics", 3), MetaField("Length", "194 pages (first edition)", 4)),
        language="en",
    )
    assert questions(doc) == {}
    title = meta.extract(doc)[0]
    assert question_en(title, naming(doc, meta.extract(doc))) == "What is the title of the paper?"


def test_a_metadata_title_of_titled_notes_is_worded_as_the_original() -> None:
    doc = document(title="城市更新访谈读书笔记", metadata=(MetaField("标题", "Slow Renewal", 3),))
    assert questions(doc) == {}
    original = next(m for m in meta.extract(doc) if m.key)
    assert question_zh(original, naming(doc, meta.extract(doc))) == "这篇读书笔记所据原文的标题是什么？"


def test_plain_prose_yields_no_meta_items() -> None:
    prose = block("In May 1961 a goal was set for the decade.", 1, kind="paragraph")
    assert kept_drafts(document(preamble=(prose,), language="en"), "meta") == []


def test_changing_a_value_keeps_the_id() -> None:
    before = ids(interview(guest="王小明"), "meta")
    assert before and before == ids(interview(guest="王小明、陈立"), "meta")


def test_same_field_in_two_documents_gives_two_ids() -> None:
    one = ids(interview(), "meta")["basic:这篇访谈的嘉宾是谁？"]
    other = ids(
        document(name="other", title="另一篇访谈", metadata=(MetaField("嘉宾", "王小明", 3),)), "meta"
    )
    assert one != other["basic:这篇访谈的嘉宾是谁？"]


def test_sample_seeds_ask_no_filing() -> None:
    # the interview's metadata block holds its original title, interviewer, date and link; the
    # podcast names its programme in its opening lines: none of it is what the talk teaches
    assert seed_drafts("amodei-interview", "meta") == {}
    assert seed_drafts("amodei-podcast", "meta") == {}


def test_a_lecture_asks_its_speaker_not_who_compiled_the_notes() -> None:
    notes = document(
        title="城市规划讲座", metadata=(MetaField("主讲人", "陈立", 3), MetaField("整理", "小周", 4))
    )
    assert questions(notes) == {"这场讲座的主讲人是谁？": "陈立"}


def test_a_long_people_field_is_answered_by_the_names_without_their_asides() -> None:
    from quizgen.generate.meta import answer_of

    guests = Meta(
        field="guest",
        key="嘉宾",
        value="周砚（“青石巷”面馆老板，开店第九年）、林一帆（前外卖平台区域经理，现在做餐饮顾问）",
        source=Source(doc="notes", section="", line=4),
    )
    assert answer_of(guests, "zh") == "周砚、林一帆"
    speaker = Meta(
        field="speaker",
        key="Speaker",
        value="Dana Ruiz (head of research at a bike maker, formerly a rail engineer), with two colleagues",
        source=Source(doc="notes", section="", line=2),
    )
    assert answer_of(speaker, "en") == "Dana Ruiz, with two colleagues"

    def field(name: str, value: str) -> Meta:
        return Meta(field=name, key=name, value=value, source=Source(doc="notes", section="", line=2))

    # the name before a dash or before who they are; names listed, each short, all kept
    dashed = field("speaker", "Prof. Lena Okoro — Head, Coastal Flood Group; formerly at a port authority")
    assert answer_of(dashed, "en") == "Prof. Lena Okoro"
    assert answer_of(field("guest", "罗启明——某港口实验室主任"), "zh") == "罗启明"
    assert answer_of(field("guest", "柯远舟，某高校海洋研究所研究员，出过四次远洋科考"), "zh") == "柯远舟"
    assert answer_of(field("guest", "柯远舟，林一帆"), "zh") == "柯远舟，林一帆"


def test_a_course_lecture_does_not_ask_who_teaches_it() -> None:
    lecture = document(
        title="中国水利史 第6讲 运河与漕运（课堂笔记）", metadata=(MetaField("主讲人", "陈立老师", 3),)
    )
    assert questions(lecture) == {}
    english = document(
        title="HIST 2210 - Lecture 11: Canals and grain",
        metadata=(MetaField("Lecturer", "Dr. Ana Ruiz", 3),),
        language="en",
    )
    assert questions(english) == {}


def test_two_guests_are_asked_as_guests() -> None:
    doc = document(
        title="The Working River, Ep. 12: Locks",
        metadata=(MetaField("Guests", "Dr. Ana Reis and Tom Alder", 3),),
        language="en",
    )
    assert list(questions(doc)) == ["Who were the guests on this episode of The Working River?"]


def test_a_course_lectures_lecturer_is_asked_by_no_generator() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    text = (
        "# 中国水利史 第6讲 运河与漕运（课堂笔记）\n\n"
        "主讲人：陈立老师（水利学院副教授，研究明清河工）\n\n"
        "## 一、漕运的制度\n\n"
        "**漕运**：指王朝把征收的粮食经水路运往京城的制度。\n\n"
        "明代每年经运河北运的漕粮大约有 400 万石。\n"
    )
    doc = parse_text(text, name="lecture", path="lecture.md")
    answers = [item.answer for item in generate([doc], deck="d")]
    assert answers and not any("陈立" in a for a in answers)


def _titled(title: str, body: str = "Some notes on the book.") -> Document:
    from quizgen.ingest import parse_text

    return parse_text(f"# {title}\n\n{body}\n", name="notes", path="notes.md")


def test_a_title_naming_a_book_and_its_author_asks_who_wrote_it() -> None:
    # the book's author is the book's fact, not the notes' byline: asked though the title shows it
    assert questions(_titled("The Quiet Lathe by Hanne Solberg")) == {
        'Who wrote "The Quiet Lathe"?': "Hanne Solberg"
    }
    assert questions(_titled('Book notes: "Slow Rivers" by Dr. Omar Reyes — summary')) == {
        'Who wrote "Slow Rivers"?': "Dr. Omar Reyes"
    }
    assert questions(_titled("《水边的城》（陆明远 著）读书笔记", "城市和水的故事。")) == {
        "《水边的城》的作者是谁？": "陆明远"
    }


def test_a_title_with_by_in_another_sense_names_no_author() -> None:
    for title in ("Killed by Friendly Fire", "Stand by Me", "Talk by Dr. Ana Reis", "Notes by the sea"):
        assert [m.field for m in meta.extract(_titled(title)) if m.field == "author"] == [], title
    assert meta.work_and_author("《水边的城》读书笔记", "zh") is None  # a work, no maker
    assert meta.work_and_author("《原则》[美]瑞·达利欧 著", "zh") == (
        "原则",
        "瑞·达利欧",
    )  # the nationality tag goes


def test_an_author_field_of_notes_is_still_not_asked() -> None:
    doc = document(title="The Quiet Lathe", metadata=(MetaField("author", "Hanne Solberg", 3),))
    assert questions(doc) == {}


def test_a_books_fields_name_their_title_as_the_work_and_ask_who_wrote_it() -> None:
    from quizgen.ingest import parse_text

    front = "---\ntitle: The Long Quiet\nauthor: Mara Ellison\npublisher: Harrow & Finch\n---\n\n"
    body = "## 第一章\n\n作者认为，安静的时间是创造力的前提，每天至少要留出一段不被打扰的时间。\n"
    assert questions(parse_text(front + body, name="book", path="book.md")) == {
        "《The Long Quiet》的作者是谁？": "Mara Ellison"
    }
    # without a publisher, an author field is the note-taker's byline
    unpublished = front.replace("publisher: Harrow & Finch\n", "")
    assert questions(parse_text(unpublished + body, name="book", path="book.md")) == {}
    # the notes' own title (Reading notes on …) names no published work
    notes = front.replace("title: The Long Quiet", "title: Reading notes on a quiet book")
    assert questions(parse_text(notes + body, name="book", path="book.md")) == {}


def test_a_programmes_presenter_is_asked_as_who_presented_it() -> None:
    from quizgen.ingest import parse_text

    notes = (
        "# *The River That Returned* — notes\n\n**Channel:** Greenway Two\n**Presenter:** Mina Caldwell\n\n"
        "## The valley\n\nThe valley was drained for farmland in the 1850s and flooded again in 2019.\n"
    )
    asked = questions(parse_text(notes, name="doc", path="doc.md"))
    assert asked == {"Who presented the programme these notes are about?": "Mina Caldwell"}
    webinar = (
        'WEBINAR NOTES\nTitle: "Quiet Rivers"\nSeries: Riverside Forum, Session 3\n'
        "Presenter: Mina Caldwell\n\n"
        "The valley was drained for farmland in the 1850s and flooded again in 2019.\n"
    )
    asked = questions(parse_text(webinar, name="doc", path="doc.txt"))
    assert list(asked.values()) == ["Mina Caldwell"] and "presented" not in next(iter(asked))


def test_an_events_header_fields_are_metadata_not_terms() -> None:
    notes = (
        "# 培训笔记｜把复盘做扎实\n\n"
        "- **主办**：园区工会\n"
        "- **讲师**：韩青 老师\n"
        "  - 前某物流公司培训总监，带过十几个区域团队\n"
        "  - 2015年离职后专门讲课，风格是多提问、少讲道理\n"
        "- **地点**：园区2号楼 多功能厅\n\n"
        "> 个人备注：第二次参加这类培训。\n\n"
        "- **参训**：一线主管共24人\n\n"
        "## 模型一：三问复盘\n\n"
        "**复盘**：事后按目标、结果、原因三问回看一件事，找出下次能改的一处。\n"
    )
    items = generate([parse_text(notes, "training.md")], "d")
    answers = {i.answer for i in items} | {i.question for i in items}
    assert not [a for a in answers if a in {"地点", "主办", "参训"} or "多功能厅" in a]
    assert any(i.answer == "复盘" or "复盘" in i.question for i in items)


def test_a_visits_practical_fields_are_no_terms() -> None:
    notes = (
        "# 参观笔记：县漆器博物馆\n\n"
        "- 日期：周六上午\n"
        "  - 跟表姐一起去的\n"
        "- **门票**：凭身份证在服务台免费领取\n\n"
        "## 一号厅\n\n"
        "**脱胎**：先用泥塑成形，再裱上麻布和漆，干后去掉泥胎的做法。\n"
    )
    items = generate([parse_text(notes, "museum.md")], "d")
    assert not [i for i in items if i.answer == "门票" or "门票" in i.question]


def test_a_programme_named_with_its_episode_after_a_tag_asks_this_episodes_guests(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from quizgen.ingest import read_document

    path = tmp_path / "n.txt"
    path.write_text(
        "【文字稿】《河边夜谈》第 31 期：渡口的新生意\n嘉宾：老韦（做了十年渡船生意的船老板）\n\n"
        "渡船一天跑六趟。老韦说渡口要改。\n",
        encoding="utf-8",
    )
    from quizgen.extract import extract

    notes = read_document(path)
    named = naming(notes, extract(notes))
    assert (named.subject, named.programme) == ("这期《河边夜谈》", "河边夜谈")
    guest = Meta("guest", "嘉宾", "老韦", Source("n", "", 2))
    assert question_zh(guest, named) == "这期《河边夜谈》的嘉宾是谁？"


def test_a_title_field_already_in_title_marks_is_not_marked_twice() -> None:
    notes = document(
        title="缓存设计笔记",
        metadata=(MetaField("题目", "《一次宕机之后》", 3), MetaField("讲者", "陈立", 4)),
    )
    assert questions(notes) == {"《一次宕机之后》的主讲人是谁？": "陈立"}


def test_an_author_field_saying_what_the_author_is_names_nobody() -> None:
    text = (
        "# 读书笔记｜《河流的账本》\n\n- 作者：荷兰水利学家，在报纸上写过一个专栏\n- 读完时间：3月\n\n"
        "## 第一章\n\n书里说，河道上每一座闸都是一本账。\n"
    )
    assert not [a for a in questions(parse_text(text, name="r")).values() if "水利学家" in a]
    named = text.replace("荷兰水利学家，", "范德堡，荷兰水利学家，")
    assert "范德堡" in questions(parse_text(named, name="r")).values()


def test_a_guest_field_answers_with_the_name_not_the_title_and_post_after_it() -> None:
    doc = parse_text(
        "# 睡个好觉 · 收听笔记\n\n- 嘉宾：**钱思远** 医生，某医院呼吸科 主治医师（看了十年门诊）\n\n"
        "## 要点\n\n钱思远说午睡不要超过半小时。\n",
        name="t",
    )
    assert questions(doc) == {"这份笔记所记节目的嘉宾是谁？": "钱思远"}  # notes had no guest; the show had


def test_a_speaker_field_answers_with_the_bold_name_and_not_the_department_before_it() -> None:
    doc = parse_text(
        "# 康复讲座听课笔记\n\n- 主讲：市中医院康复科 **汪一帆 副主任医师**\n\n"
        "## 要点\n\n汪一帆说久坐一小时就该起身走走。\n",
        name="t",
    )
    assert set(questions(doc).values()) == {"汪一帆"}


def test_the_books_authors_the_opening_prose_names_are_asked_and_the_byline_is_not() -> None:
    doc = parse_text(
        "Title: 读书笔记：Quiet Harbour - A Life at Sea\nAuthor: tidewatcher\n\n"
        "前阵子在旧书摊买到这本书。本书由Ines Korr和Pavel Drozd合著，以船长自述为主，穿插采访。"
        "以下是我印象深的几处：\n\n## 出海\n\n船长说第一年的冬天最难熬。\n",
        name="t",
    )
    assert questions(doc) == {"《Quiet Harbour》的作者是谁？": "Ines Korr和Pavel Drozd"}


def test_a_books_author_named_in_prose_of_notes_naming_no_work_is_asked_as_the_books() -> None:
    doc = parse_text(
        "# 周末随手记\n\nThe book was written by Ines Korr and Pavel Drozd. It follows one harbour "
        "master through forty winters.\n\n## Ice\n\nThe harbour froze over in most winters.\n",
        name="t",
    )
    authors = {q: a for q, a in questions(doc).items() if "wrote" in q or "谁写" in q}
    assert list(authors.values()) == ["Ines Korr and Pavel Drozd"]
    assert all("book" in q or "书" in q for q in authors)
