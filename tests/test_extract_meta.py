"""Metadata extraction: fields normalised from their keys, and what a title line says by its shape."""

from __future__ import annotations

from dockit import block, document, section

from quizgen.extract.meta import extract, field_of, genre_of
from quizgen.model import MetaField


def facts(doc: object) -> list[tuple[str, str, str]]:
    return [(m.field, m.key, m.value) for m in extract(doc)]  # type: ignore[arg-type]


def test_keys_are_normalised_to_fields_exactly_or_by_their_ending() -> None:
    assert field_of("作者") == "author"
    assert field_of("Author") == "author"
    assert field_of("节目时长") == "duration"
    assert field_of("本期嘉宾") == "guest"
    assert field_of("Journal") == "journal"
    assert field_of("URL") == "url"
    assert field_of("来源", "https://example.org/a") == "url"
    assert field_of("来源", "校报") == "source"
    assert field_of("成书年代") == "other"
    # an English key's head noun comes before its phrase: the title printed in a brochure
    assert field_of("Title in the brochure") == "title"
    assert field_of("Date of the talk") == "date"
    assert field_of("Podcast") == "programme"
    # who passed the book on or read it aloud did not write it
    assert field_of("Recommended by") == "other"
    assert field_of("Translated by") == "translator"
    assert field_of("Written by") == "author"


def test_metadata_fields_keep_their_written_value_and_line() -> None:
    doc = document(
        title="城市更新访谈",
        metadata=(
            MetaField("作者", "王小明", 3),
            MetaField("日期", "2024-03-05", 4),
            MetaField("期数", "12", 5),
        ),
    )
    assert facts(doc) == [
        ("title", "", "城市更新访谈"),
        ("author", "作者", "王小明"),
        ("date", "日期", "2024-03-05"),
        ("episode", "期数", "12"),
    ]
    assert [m.source.line for m in extract(doc)] == [1, 3, 4, 5]


def test_a_quoted_work_in_the_title_is_the_answer_not_the_whole_title() -> None:
    zh = document(title="《天工开物》读书笔记")
    en = document(title='Lecture notes: Darwin\'s "On the Origin of Species"', language="en")
    assert facts(zh) == [("work", "", "天工开物")]
    assert facts(en) == [("work", "", "On the Origin of Species")]


def test_programme_and_issue_from_a_title_line() -> None:
    doc = document(title="《城市夜话》第12期｜旧城改造的慢功夫")
    assert facts(doc) == [
        ("programme", "", "城市夜话"),
        ("episode", "", "第12期"),
        ("title", "", "旧城改造的慢功夫"),
    ]


def test_a_programme_in_a_title_with_an_episode_number_keeps_no_brackets() -> None:
    doc = document(title="《夜航》EP.12｜冷柜生意的算术")
    assert [value for field, _, value in facts(doc) if field == "programme"] == ["夜航"]


def test_a_programme_quoted_in_a_labelled_title_is_the_quoted_name() -> None:
    doc = document(title='RAW TRANSCRIPT — "Night Shift" podcast, ep. 12 (lightly cleaned)', language="en")
    assert [value for field, _, value in facts(doc) if field == "programme"] == ["Night Shift"]


def test_a_programme_in_italics_or_after_the_notes_own_label_is_its_name() -> None:
    for title in (
        "Podcast notes — *Tidewater* ep. 31",
        "Podcast notes — Tidewater ep. 31",
        "Episode notes - Tidewater #31",
    ):
        doc = document(title=title, language="en")
        assert [value for field, _, value in facts(doc) if field == "programme"] == ["Tidewater"], title


def test_programme_named_in_an_opening_paragraph() -> None:
    intro = block("本期《城市夜话》请到了两位规划师。", 3, kind="paragraph")
    doc = document(section("背景", 2, intro))
    assert facts(doc) == [("programme", "", "城市夜话")]


def test_a_programme_deep_in_the_body_is_not_metadata() -> None:
    body = [block(f"第{i}段普通的内容。", 3 + i, kind="paragraph") for i in range(8)]
    body.append(
        block("后来有人在《城市夜话》里提到过这件事。本期《城市夜话》也谈到了。", 20, kind="paragraph")
    )
    assert facts(document(section("经过", 2, *body))) == []


def test_genre_word_in_brackets_is_dropped_from_the_title() -> None:
    doc = document(title="印染技术的演变（课堂笔记）")
    assert facts(doc) == [("title", "", "印染技术的演变")]
    assert genre_of(doc) == "课堂笔记"


def test_plain_prose_has_no_metadata_and_a_sentence_is_not_a_title() -> None:
    prose = block("In May 1961 a goal was set.", 1, kind="paragraph")
    assert facts(document(preamble=(prose,), language="en")) == []
    assert facts(document(title="In May 1961 the president asked Congress for money.", language="en")) == []


def test_the_same_value_from_title_and_metadata_is_kept_once() -> None:
    doc = document(title="《天工开物》读书笔记", metadata=(MetaField("书名", "天工开物", 3),))
    assert facts(doc) == [("work", "", "天工开物")]


def test_metadata_after_a_content_section_is_not_filed_under_it() -> None:
    from quizgen.ingest.parse import parse_text

    text = (
        "# 城市更新访谈\n\n**资金从哪里来**\n\n- 社会资本正在以多种方式进入旧城改造。\n\n"
        "**基本信息**\n\n- 作者：王小明\n- 日期：2024-03-05\n"
    )
    doc = parse_text(text, "notes.md")
    sections = {m.field: m.source.section for m in extract(doc) if m.field in {"author", "date"}}
    assert sections == {"author": "", "date": ""}


def test_a_programme_field_holding_more_than_its_name_is_the_title_in_its_marks() -> None:
    from quizgen.extract.meta import extract as meta_extract
    from quizgen.ingest import parse_text

    doc = parse_text(
        "# 播客笔记\n\n- 节目：《灶台边》，主持人：老纪，做了十来年探店栏目\n- 嘉宾：邹宛平\n\n正文。\n",
        name="p",
    )
    assert [m.value for m in meta_extract(doc) if m.field == "programme"] == ["灶台边"]


def test_a_programme_field_saying_where_and_how_long_names_no_programme() -> None:
    from quizgen.extract.meta import extract as meta_extract
    from quizgen.ingest import parse_text

    noted = parse_text(
        "# 看片笔记\n\n- 节目：两个平台都能看，时长 40 分钟\n- 嘉宾：邹宛平\n\n正文。\n", name="p"
    )
    assert [m.value for m in meta_extract(noted) if m.field == "programme"] == []
    named = parse_text("# 看片笔记\n\n- 节目：灶台边\n- 嘉宾：邹宛平\n\n正文。\n", name="p")
    assert [m.value for m in meta_extract(named) if m.field == "programme"] == ["灶台边"]


def test_who_organised_or_hosted_an_event_is_not_its_author() -> None:
    from quizgen.extract.meta import field_of

    assert field_of("Organised by") not in {"author", "speaker"}
    assert field_of("Hosted by") not in {"author", "speaker"}
    assert field_of("Written by") == "author"
    assert field_of("by") == "author"


def test_a_work_whose_title_holds_the_word_author_names_no_author_by_it() -> None:
    from quizgen.extract.meta import work_and_author

    assert work_and_author("《致作者的十封信》摘录", "zh") is None
    assert work_and_author("《慢读》作者：林舟", "zh") == ("慢读", "林舟")
    # which part of the work the notes cover, in brackets, is no one who made it
    assert work_and_author("观后记：《潮声》（第1–4集）", "zh") is None
    assert work_and_author("读书笔记：《长河》（上册）", "zh") is None
    assert work_and_author("观片记录｜《远山》（共6集）", "zh") is None  # how many parts it has
    assert work_and_author("《城南小记》（林海月）", "zh") == ("城南小记", "林海月")


def test_a_book_notes_label_set_off_by_a_dash_is_no_part_of_the_work() -> None:
    en = document(title="Book notes — Salt Roads: A Life at Sea by Ida Marlowe Penn", language="en")
    assert facts(en) == [("work", "", "Salt Roads: A Life at Sea"), ("author", "", "Ida Marlowe Penn")]


def test_a_reviews_label_is_no_part_of_the_work_it_reviews() -> None:
    # the work is the book; the question built on it asks who wrote the book, not the review
    en = document(title="Review: Salt Roads by Ida Marlowe Penn", language="en")
    assert facts(en) == [("work", "", "Salt Roads"), ("author", "", "Ida Marlowe Penn")]
