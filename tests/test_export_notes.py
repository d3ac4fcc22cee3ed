"""Items become valid Anki notes: escaped fields, validated clozes and choices, clean tags,
fixed note types and deck ids."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest
from ankikit import BUSINESS, INTERVIEW, hand_items

from quizgen.errors import QuizgenError
from quizgen.export.notes import content_key, deck_id, note_for, tags_for
from quizgen.export.notetypes import BASIC, CHOICE, CLOZE, NOTE_TYPES, css
from quizgen.model import Item, Source


def item(item_id: str) -> Item:
    return next(i for i in hand_items() if i.id == item_id)


def field(note_item: Item, name: str) -> str:
    note = note_for(note_item)
    return note.fields[note.note_type.field_index(name)]


def test_html_special_characters_are_escaped_in_every_text_field() -> None:
    basic = item("qg-basic-html")
    question = 'What does &lt;b&gt;talent density&lt;/b&gt; mean at a "mission-first" lab?'
    assert field(basic, "Question") == question
    answer = "Top people gathered &amp; working together (quality &gt; headcount &lt; 2x)"
    assert field(basic, "Answer") == answer
    assert "&amp;" in field(basic, "Source") and "<b>" not in field(basic, "Question")


def test_line_breaks_in_text_become_html_breaks() -> None:
    multi = dataclasses.replace(item("qg-person"), explanation="first line\nsecond line")
    assert field(multi, "Explanation") == "first line<br>second line"


def test_source_field_names_document_and_section_but_not_the_line() -> None:
    # a line number shifts when a paragraph above is deleted; in a field it would "change" the note
    source = field(item("qg-cloze-one"), "Source")
    assert INTERVIEW in source and BUSINESS in source and "31" not in source and "line" not in source


def test_sort_field_is_the_question() -> None:
    assert note_for(item("qg-person")).sort_field == "Who interviews Dario Amodei in the podcast?"
    assert note_for(item("qg-choice")).sort_field == "Anthropic 已筹集了多少资金？"


@pytest.mark.parametrize(
    ("cloze", "problem"),
    [
        ("没有任何删除的句子。", "no {{c1::…}} deletion"),
        ("只有 {{c2::第二个}} 删除。", "not 1..1"),
        ("{{c1::一}} 和 {{c3::三}}", "not 1..2"),
        ("空的 {{c1:: }} 删除", "empty or nested"),
        ("嵌套 {{c1::外 {{c2::内}} }} 删除", "empty or nested"),
        ("多余的 }} 括号 {{c1::答案}}", "unbalanced"),
    ],
)
def test_invalid_cloze_is_rejected_naming_the_item_and_its_source(cloze: str, problem: str) -> None:
    bad = dataclasses.replace(item("qg-cloze-one"), cloze=cloze)
    with pytest.raises(QuizgenError) as exc:
        note_for(bad)
    assert "qg-cloze-one" in str(exc.value) and f"{INTERVIEW}:31" in str(exc.value)
    assert problem in str(exc.value)


def test_cloze_makes_one_card_per_distinct_deletion_number() -> None:
    assert note_for(item("qg-cloze-one")).cards == 1
    assert note_for(item("qg-cloze-two")).cards == 2
    repeated = dataclasses.replace(item("qg-cloze-two"), cloze="{{c1::甲}}、{{c1::乙}} 与 {{c2::丙}}")
    assert note_for(repeated).cards == 2


def test_cloze_hint_syntax_is_accepted() -> None:
    hinted = dataclasses.replace(item("qg-cloze-one"), cloze="约 {{c1::60-75%::百分比}} 来自 API")
    assert note_for(hinted).cards == 1


def test_only_an_item_tagged_for_it_gets_the_optional_reverse_card() -> None:
    assert field(item("qg-basic-html"), "Reverse") and note_for(item("qg-basic-html")).cards == 2
    assert field(item("qg-person"), "Reverse") == "" and note_for(item("qg-person")).cards == 1
    assert note_for(item("qg-basic-html")).note_type is BASIC is note_for(item("qg-person")).note_type


def test_a_reversed_item_is_one_card_asking_its_own_definition_to_term_question() -> None:
    reversed_item = item("qg-reversed")
    assert note_for(reversed_item).cards == 1 and field(reversed_item, "Reverse") == ""
    assert field(reversed_item, "Question") == "哪个概念是指：以负责任的做法带动整个行业提升安全标准？"


def test_choice_lists_every_choice_and_marks_only_the_answer() -> None:
    choices = field(item("qg-choice"), "Choices")
    assert choices.count("<li") == 4
    assert choices.count('class="qz-correct"') == 1
    assert '<li class="qz-correct">近 200 亿美元</li>' in choices


@pytest.mark.parametrize(
    ("choices", "answer", "problem"),
    [
        (("甲", "乙"), "丙", "not among its choices"),
        (("甲", "甲", "乙"), "甲", "distinct"),
        (("甲",), "甲", "at least two"),
    ],
)
def test_malformed_choice_item_is_rejected(choices: tuple[str, ...], answer: str, problem: str) -> None:
    bad = dataclasses.replace(item("qg-choice"), choices=choices, answer=answer)
    with pytest.raises(QuizgenError, match=problem):
        note_for(bad)


def test_empty_question_is_rejected_rather_than_making_a_blank_card() -> None:
    with pytest.raises(QuizgenError, match="empty question"):
        note_for(dataclasses.replace(item("qg-person"), question="  "))


def test_tags_carry_kind_document_and_theme_without_spaces() -> None:
    assert tags_for(item("qg-cloze-one")) == (
        "quizgen::doc::amodei-interview",
        "quizgen::kind::figure",
        f"quizgen::theme::{BUSINESS}",
    )
    tags = tags_for(item("qg-basic-html"))
    assert "quizgen::theme::Teams_&_culture" in tags  # both the derived and the item's own tag
    assert "quizgen::extra_tag" in tags and "quizgen::card::reverse" in tags
    assert len(tags) == len(set(tags)) and not any(" " in t for t in tags)


def test_a_preamble_item_has_no_theme_tag_and_a_retired_one_is_tagged() -> None:
    assert not any("theme::" in t for t in tags_for(item("qg-person")))
    assert "quizgen::retired" in tags_for(item("qg-person"), retired=True)


def test_note_guid_is_the_item_id() -> None:
    assert [note_for(i).guid for i in hand_items()] == [i.id for i in hand_items()]


def test_content_key_follows_the_note_content_not_its_time() -> None:
    one = item("qg-person")
    assert content_key(note_for(one, mod=1)) == content_key(note_for(one, mod=2))
    other = dataclasses.replace(one, answer="Someone else")
    assert content_key(note_for(one)) != content_key(note_for(other))
    assert content_key(note_for(one)) != content_key(note_for(one, retired=True))


def test_deck_id_is_derived_from_the_name_and_fixed() -> None:
    name = "Dario Amodei::Interview"
    expected = (1 << 30) + int(hashlib.sha256(name.encode()).hexdigest()[:16], 16) % (1 << 30)
    assert deck_id(name) == expected == 1_104_754_512
    assert deck_id("Dario Amodei::Podcast") != deck_id(name)


# Anki refuses to update notes whose note type's fields or templates changed under the same id.
TAIL = ("Explanation", "Source", "Hint", "Context", "Media", "Extra", "ItemId")
# This table is the contract: change a note type only by giving it a new id (README, "Anki").
FROZEN = {
    1_839_464_101: (
        "quizgen basic (optional reversed card) v1",
        ("Question", "Answer", "Reverse", *TAIL),
        ("Question → Answer", "Answer → Question (when Reverse is set)"),
    ),
    1_839_464_102: (
        "quizgen cloze v1",
        ("Text", "Answer", *TAIL),
        ("Cloze",),
    ),
    1_839_464_103: (
        "quizgen multiple choice v1",
        ("Question", "Choices", "Answer", *TAIL),
        ("Choose the answer",),
    ),
}


def test_note_types_keep_their_ids_names_fields_and_templates() -> None:
    actual = {t.id: (t.name, t.fields, tuple(x.name for x in t.templates)) for t in NOTE_TYPES}
    assert actual == FROZEN
    assert (BASIC.kind, CLOZE.kind, CHOICE.kind) == ("standard", "cloze", "standard")


def test_stylesheet_covers_night_mode_and_chinese_fonts() -> None:
    sheet = css()
    assert ".nightMode" in sheet and ".night_mode" in sheet
    assert "Noto Sans CJK SC" in sheet and "PingFang SC" in sheet and "Microsoft YaHei" in sheet


def test_every_item_field_reaches_a_field_of_its_note() -> None:
    for one in hand_items():
        note = note_for(one)
        assert len(note.fields) == len(note.note_type.fields)
        assert note.fields[note.note_type.field_index("ItemId")] == one.id


def test_empty_source_section_and_line_are_left_out() -> None:
    bare = dataclasses.replace(item("qg-person"), source=Source("notes", "", 0))
    assert field(bare, "Source") == '<span class="qz-doc">notes</span>'
