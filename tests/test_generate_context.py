"""A cloze's heading as its context: set before a stem that leaves out what it is about."""

from __future__ import annotations

import pytest

from quizgen.generate import generate
from quizgen.generate.context import in_context, subject_of
from quizgen.generate.draft import Draft
from quizgen.ingest import parse_text
from quizgen.model import Source


def cloze(stem: str, answer: str, section: str, kind: str = "figure") -> Draft:
    return Draft(
        kind=kind,
        type="cloze",
        anchor="a",
        question=stem,
        answer=answer,
        explanation=stem.replace("[…]", answer),
        source=Source("d", section, 3),
        fact="f",
        cloze=stem.replace("[…]", "{{c1::" + answer + "}}"),
    )


@pytest.mark.parametrize(
    ("section", "subject"),
    [
        ("长乐宫灯", "长乐宫灯"),
        ("2. 长乐宫灯（西汉）", "长乐宫灯"),
        ("第三站：长乐宫灯", "长乐宫灯"),
        ("Ch 4 – The Salt Road", "The Salt Road"),
        ("Stop 2 - Harbour Wall (1820) → now a café", "Harbour Wall"),
        ("Quillwort", "Quillwort"),
        ("时间线", ""),  # a common noun's label, no name in it
        ("Decisions", ""),
        ("Study list", ""),
        ("PARTIAL NOTES", ""),
        ("S / Sort + Score", ""),  # a mnemonic's letter and its step
        ("Saving Isn't Sacrifice", ""),  # a chapter's claim
        ("Key takeaways", ""),
        ("小结", ""),
        ("Why did the canal fail?", ""),
        ("[00:12 — intro music]", ""),
        ("我的困惑", ""),
        ("Misc / random", ""),
        ("家庭与事业的平衡", ""),  # a theme's phrase, not a thing's name
        ("Figures to remember", ""),
        ("Why the mill closed", ""),
        ("How the committee reached its decision after three long evenings of argument", ""),
        ("3. 关于益生菌（评论区问得最多）", "益生菌"),  # 关于 X: what the section is about
        ("关于年夜饭的讲究", ""),  # a phrase, not a thing
        ("医生最推荐的：ACT（接纳承诺疗法）", "ACT"),  # a label and the name it gives
        ("我的问题：ACT", ""),  # the note-taker's own label
        ("编辑 孟晓岚", ""),  # a byline's credit (a text's dashes under it make it a heading)
        ("记者 沈远 / 文", ""),
        ("Edited by Ilse Varn", ""),
    ],
)
def test_only_a_heading_that_names_a_subject_is_one(section: str, subject: str) -> None:
    assert subject_of(section) == subject


def test_a_stem_that_leaves_its_subject_to_the_heading_gets_it_before_it() -> None:
    zh = in_context(cloze("[…]在城西古井里发现，灯座刻着铭文。", "1972年", "长乐宫灯"))
    assert zh.question == "长乐宫灯——[…]在城西古井里发现，灯座刻着铭文。"
    assert zh.cloze == "长乐宫灯——{{c1::1972年}}在城西古井里发现，灯座刻着铭文。"
    en = in_context(cloze("Most carts took […] to reach the coast.", "nine days", "The Salt Road"))
    assert en.question == "The Salt Road — Most carts took […] to reach the coast."


def test_an_acronym_named_by_the_heading_goes_before_a_chinese_stem() -> None:
    zh = in_context(cloze("有效率约[…]，停下以后效果还在。", "六成", "医生最推荐的：ACT（接纳承诺疗法）"))
    assert zh.question == "ACT——有效率约[…]，停下以后效果还在。"
    # an English heading that is no acronym stays off a Chinese stem
    assert in_context(cloze("有效率约[…]，停下以后效果还在。", "六成", "The Salt Road")).question.startswith(
        "有效率"
    )


def test_no_heading_is_set_where_the_stem_names_it_or_it_gives_the_answer_away() -> None:
    named = cloze("The road's carts took […] to reach the coast.", "nine days", "The Salt Road")
    assert in_context(named) == named  # the stem says what it is about
    person = cloze("Most carts Ada Lind hired took […] to reach the coast.", "nine days", "The Salt Road")
    assert in_context(person) == person  # a name in the stem is its subject
    leaked = cloze("Carts carried […] inland for three centuries.", "salt", "The Salt Road")
    assert in_context(leaked) == leaked  # the heading holds the answer
    dashed = cloze("Most carts took […] — longer in a wet year.", "nine days", "The Salt Road")
    assert in_context(dashed) == dashed  # no chain of dashes
    term = cloze("[…] are glazed twice.", "Tiles", "Roof work", kind="framework")
    assert in_context(term) == term  # a term's cloze asks the term, its line names nothing else
    lamp = cloze("[…]在城西古井里发现，灯座刻着铭文。", "1972年", "长乐宫灯")
    assert in_context(lamp, asked={"长乐宫灯"}) == lamp  # another item asks which lamp it is
    turn = cloze("老葛反驳说店里不打折，是[…]选择的。", "主动", "王晓雯")
    assert in_context(turn) == turn  # whose turn it is, not whom the line is about


@pytest.mark.parametrize(
    ("section", "stem"),
    [
        # a king's sword, a marquis's cauldron: a name ending on the thing it names is no person's
        # section, and a stem naming whoever found it is still about the thing
        ("楚王熊章剑", "[…]，张平在一座小墓里发现了它。"),
        ("齐侯田午鼎", "[…]，张平在一座小墓里发现了它。"),
        # a place's last parts the tagger takes for names (…寿县望山, …常德明月山) name no one: a
        # line under someone's heading that names nobody else is theirs
        ("王晓雯", "[…]，她去了安徽寿县望山。"),
        ("王晓雯", "[…]，她去了湖南常德明月山。"),
    ],
)
def test_a_thing_named_after_someone_and_a_run_of_place_names_are_no_persons(section: str, stem: str) -> None:
    assert in_context(cloze(stem, "1965年", section)).question == f"{section}——{stem}"


def test_the_heading_reaches_the_generated_item() -> None:
    doc = parse_text(
        "# 博物馆笔记\n\n## 长乐宫灯\n\n- 1972年在城西古井里发现，灯座刻着十二个字的铭文。\n",
        name="museum",
    )
    questions = [i.question for i in generate([doc], "deck") if i.type == "cloze"]
    assert any(q.startswith("长乐宫灯——") for q in questions), questions


# --- a term asked by a short meaning -----------------------------------------------------------


def asked_by(meaning_zh_or_en: str, term: str, section: str) -> Draft:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in meaning_zh_or_en)
    stem = f"哪个概念是指：{meaning_zh_or_en}？" if zh else f"Which term means: {meaning_zh_or_en}?"
    return Draft(
        kind="framework",
        type="reversed",
        anchor="a",
        question=stem,
        answer=term,
        explanation=f"{term}：{meaning_zh_or_en}",
        source=Source("d", section, 3),
        fact="f",
    )


def test_a_term_asked_by_a_few_words_is_asked_within_its_heading() -> None:
    assert in_context(asked_by("火力猛，烟有点呛", "松木", "3.2 柴火")).question == (
        "在“柴火”中，哪个概念是指：火力猛，烟有点呛？"
    )
    assert in_context(asked_by("the quiet part of the bar", "Rest", "Reading a score")).question == (
        'In "Reading a score", which term means: the quiet part of the bar?'
    )


def test_a_long_meaning_or_a_heading_that_gives_the_term_or_is_the_writers_own_stays_bare() -> None:
    long = asked_by("把木料先放进窑里烘三天，再拿出来自然晾干一个月", "窑干", "木料处理")
    assert in_context(long) == long  # the meaning says enough on its own
    for draft in (
        asked_by("火力猛，烟有点呛", "松木", "松木和杉木"),  # the heading names the term
        asked_by("the quiet part of the bar", "Rest", "Phrases I mix up"),  # the writer's own
        asked_by("火力猛，烟有点呛", "松木", "笔记"),  # a heading over any notes
    ):
        assert in_context(draft) == draft, draft.source.section
    assert in_context(asked_by("火力猛，烟有点呛", "松木", "柴火"), asked={"柴火"}).question.startswith("哪")


def test_a_short_meaning_reaches_the_generated_item_within_its_heading() -> None:
    doc = parse_text(
        "# 烧窑笔记\n\n## 柴火\n\n- **松木**：火力猛，烟有点呛\n- **杉木**：火软，适合收尾\n"
        "- **果木**：烟香，贵，少用\n",
        name="kiln",
    )
    questions = [i.question for i in generate([doc], "deck") if i.type == "reversed"]
    assert questions and all(q.startswith("在“柴火”中，") for q in questions), questions
