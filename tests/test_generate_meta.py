"""Metadata items: a question per field a reader should retain (the work, who wrote or speaks in it,
the programme, the journal, a title the notes quote), worded in the document's language, values as
written, ids that follow the field and not the value. Filing (the notes' own title, dates, links,
page counts, note-takers) is not asked."""

from __future__ import annotations

from dockit import block, document, ids, kept_drafts, section, seed_drafts

from quizgen.generate.quality import rejection
from quizgen.model import Document, MetaField


def questions(doc: Document) -> dict[str, str]:
    return {d.question: d.answer for d in kept_drafts(doc, "meta")}


def interview(date: str = "2024-03-05", author: str = "李华") -> Document:
    return document(
        title="城市更新的慢功夫：王小明访谈",
        metadata=(
            MetaField("作者", author, 3),
            MetaField("日期", date, 4),
            MetaField("URL", "https://example.org/a", 5),
        ),
    )


def test_chinese_fields_read_as_questions_about_the_document() -> None:
    # the notes' own title, their date and their link are filing, not facts to learn
    assert questions(interview()) == {"这篇访谈的作者是谁？": "李华"}


def test_a_demonstrative_naming_the_document_passes_the_pronoun_gate() -> None:
    for draft in kept_drafts(interview(), "meta"):
        assert rejection(draft) is None


def test_a_work_title_names_the_subject_of_other_fields() -> None:
    doc = document(
        title="《天工开物》读书笔记",
        metadata=(
            MetaField("作者", "宋应星", 3),
            MetaField("卷数", "3", 4),
            MetaField("成书年代", "明末", 5),
        ),
    )
    assert questions(doc) == {  # how many volumes, and when, are details of the book's record
        "这篇读书笔记讨论的是哪部作品？": "天工开物",
        "《天工开物》的作者是谁？": "宋应星",
    }


def test_english_fields_with_a_journal_and_a_publication_date() -> None:
    doc = document(
        title='Lecture notes: Darwin\'s "On the Origin of Species"',
        metadata=(
            MetaField("Author", "Charles Darwin", 3),
            MetaField("Publisher", "John Murray", 4),
            MetaField("Published", "24 November 1859, in London", 5),
            MetaField("Journal", "none, it was a book", 6),
            MetaField("Print run", "1,250 copies", 7),
            MetaField("Pages", "502", 8),
        ),
        language="en",
    )
    assert questions(doc) == {  # publisher, date, print run and pages are the book's record
        "Which work do these lecture notes discuss?": "On the Origin of Species",
        'Who wrote "On the Origin of Species"?': "Charles Darwin",
        'What journal did "On the Origin of Species" appear in?': "none, it was a book",
    }


def test_programme_issue_and_duration_of_an_episode() -> None:
    doc = document(
        title="《城市夜话》第12期｜旧城改造的慢功夫",
        metadata=(MetaField("节目时长", "48分钟", 3), MetaField("本期嘉宾", "王小明", 4)),
    )
    assert questions(doc) == {  # the issue number, the episode's own title and its length are filing
        "本期内容出自哪档节目？": "城市夜话",
        "这期《城市夜话》的嘉宾是谁？": "王小明",
    }


def test_an_english_episode_title_line() -> None:
    doc = document(title="City Talk, Episode 12: Why streets matter", language="en")
    assert questions(doc) == {"Which programme is this episode from?": "City Talk"}


def test_metadata_section_names_what_the_work_is() -> None:
    doc = document(
        section("About the paper", 2),
        metadata=(MetaField("Title", "Cybernetics", 3), MetaField("Length", "194 pages (first edition)", 4)),
        language="en",
    )
    assert questions(doc) == {"What is the title of the paper?": "Cybernetics"}  # not its length


def test_a_document_titled_in_its_own_right_asks_a_metadata_title_as_the_original() -> None:
    doc = document(title="城市更新访谈读书笔记", metadata=(MetaField("标题", "Slow Renewal", 3),))
    assert questions(doc)["这篇读书笔记所据原文的标题是什么？"] == "Slow Renewal"


def test_plain_prose_yields_no_meta_items() -> None:
    prose = block("In May 1961 a goal was set for the decade.", 1, kind="paragraph")
    assert kept_drafts(document(preamble=(prose,), language="en"), "meta") == []


def test_changing_a_value_keeps_the_id() -> None:
    assert ids(interview(author="李华"), "meta") == ids(interview(author="李华、王丽"), "meta")


def test_same_field_in_two_documents_gives_two_ids() -> None:
    one = ids(interview(), "meta")["basic:这篇访谈的作者是谁？"]
    other = ids(document(name="other", title="另一篇访谈", metadata=(MetaField("作者", "李华", 3),)), "meta")
    assert one != other["basic:这篇访谈的作者是谁？"]


def test_sample_seeds_metadata() -> None:
    interview = seed_drafts("amodei-interview", "meta")
    assert interview["这篇访谈的作者是谁？"] == "Alex Kantrowitz"
    assert "这篇访谈的日期是？" not in interview
    assert seed_drafts("amodei-podcast", "meta") == {"本期内容出自哪档节目？": "大科技播客"}


def test_a_book_notes_date_and_compiler_are_the_notes_own() -> None:
    notes = document(
        title="《山居杂记》读书笔记",
        metadata=(
            MetaField("作者", "陆景明", 3),
            MetaField("整理", "小周", 4),
            MetaField("日期", "2023-11-02", 5),
        ),
    )
    # the book's author is asked; who compiled the notes, and when, is about the notes, not the book
    assert questions(notes) == {
        "这篇读书笔记讨论的是哪部作品？": "山居杂记",
        "《山居杂记》的作者是谁？": "陆景明",
    }
