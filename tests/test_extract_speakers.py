"""Who answers when only the questions are labelled: the one the document says it interviews."""

from __future__ import annotations

from quizgen.extract.people import speaker_names
from quizgen.ingest import parse_text
from quizgen.model import Document

ANSWERS_EN = ["Q: How did you start?", "I grew up on an island.", "Q: And now?", "I teach diving."]
ANSWERS_ZH = ["问：你是怎么开始的？", "我大学学的是植物学。", "问：现在呢？", "我开了一家茶社。"]


def paras(*paragraphs: str) -> Document:
    return parse_text("\n\n".join(paragraphs) + "\n", name="t")


def answerer(doc: Document) -> str:
    label = "受访者" if doc.language == "zh" else "Interviewee"
    return speaker_names(doc).get(label, "")


def test_a_guest_field_names_the_answerer() -> None:
    assert answerer(paras("# 茶馆的生意", "嘉宾：林若溪（溪山茶社创始人）", *ANSWERS_ZH)) == "林若溪"


def test_the_title_names_the_one_interviewed() -> None:
    assert answerer(paras("# Interview with Marta Quell", *ANSWERS_EN)) == "Marta Quell"
    assert answerer(paras("# 对话林若溪：把茶馆开进社区", *ANSWERS_ZH)) == "林若溪"
    assert answerer(paras("# 林若溪专访", *ANSWERS_ZH)) == "林若溪"
    assert answerer(paras("# Interview: Marta Quell on reefs", *ANSWERS_EN)) == "Marta Quell"


def test_an_introduction_before_the_first_question_names_the_one_interviewed() -> None:
    intro = "Marta Quell, a marine biologist at the Halden Institute, talked to us about reefs."
    assert answerer(paras("# Reefs", intro, *ANSWERS_EN)) == "Marta Quell"
    assert (
        answerer(paras("# Reefs", "Last spring we talked to Marta Quell on her boat.", *ANSWERS_EN))
        == "Marta Quell"
    )
    assert answerer(paras("# 茶馆", "上个月，我们采访了溪山茶社的创始人林若溪。", *ANSWERS_ZH)) == "林若溪"
    assert answerer(paras("# 茶馆", "林若溪上个月接受了本刊的专访。", *ANSWERS_ZH)) == "林若溪"
    assert answerer(paras("# 茶馆", "本期的嘉宾是溪山茶社创始人林若溪。", *ANSWERS_ZH)) == "林若溪"


def test_the_author_answers_when_the_introduction_says_i_was_interviewed() -> None:
    front = "---\ntitle: Compilers\nauthor: Leo Brandt\n---"
    told = paras(front, "A few weeks ago I was interviewed following my talk on compilers.", *ANSWERS_EN)
    assert answerer(told) == "Leo Brandt"
    reported = paras(front, "We met a compiler engineer after her talk on compilers.", *ANSWERS_EN)
    assert answerer(reported) == ""  # the author asked; who answered, nobody says


def test_two_people_the_document_could_mean_name_nobody() -> None:
    intro = "Marta Quell and Tom Ashby talked to us about reefs."
    assert answerer(paras("# Interview with Marta Quell and Tom Ashby", intro, *ANSWERS_EN)) == ""
    assert answerer(paras("# 茶馆", "我们采访了林若溪和许棠。", *ANSWERS_ZH)) == ""


def test_an_a_label_takes_the_name_the_title_gives() -> None:
    d = paras(
        "# Interview with Marta Quell", "Q: How did you start?", "A: On an island.", "Q: Now?", "A: Diving."
    )
    assert speaker_names(d)["A"] == "Marta Quell"


def test_the_asker_is_never_named_as_the_answerer() -> None:
    front = "---\ntitle: Reefs\nauthor: Sam Harper\n---"
    intro = "Last week I sat down with a reef scientist."
    d = paras(front, intro, "Sam Harper: How did you start?", "I dived.", "Sam Harper: And now?", "I teach.")
    names = speaker_names(d)
    assert names.get("Sam Harper") == "Sam Harper"
    assert names.get("Interviewee", "") == ""


def test_a_stage_direction_in_a_labels_brackets_is_no_role() -> None:
    from quizgen.extract.speakers import parse_label

    assert parse_label("林晓舟（想了几秒）：") == ("林晓舟", "")
    assert parse_label("Jane Doe (laughs):") == ("Jane Doe", "")
    assert parse_label("程望舒（松石茶铺创始人）") == ("程望舒", "松石茶铺创始人")
    # what a student does as they speak in a lesson (at the board, hand up) is no role either
    assert parse_label("周明（板书）：") == ("周明", "")
    assert parse_label("陈雨（举手）：") == ("陈雨", "")
    assert parse_label("Tom Reyes (at the whiteboard):") == ("Tom Reyes", "")


def test_a_first_name_in_capitals_is_the_person_the_header_names_in_full() -> None:
    doc = parse_text(
        "Episode 58\n\n"
        '"Rocks and Rain" — with Priya Vantongeren, co-founder & CEO of Basaltine\n'
        "Host: Declan Murrow\n\n"
        "DECLAN: Welcome back. I'm here with Priya.\n\nPRIYA: Thanks. We spread rock on farms.\n\n"
        "DECLAN: How much?\n\nPRIYA: About 20 tons a hectare.\n",
        name="t",
    )
    assert speaker_names(doc) == {"DECLAN": "Declan Murrow", "PRIYA": "Priya Vantongeren"}
    # the host's line is a field of its own, not the end of the line above it
    assert any(b.text == "Host: Declan Murrow" for _, b in doc.all_blocks())


def test_a_capitals_label_may_shorten_the_first_name() -> None:
    doc = parse_text(
        "Episode 12\n\nNORA: Welcome. My guest is Tejaswini Raman, CEO of Crateline Freight.\n\n"
        "TEJ: Thanks. We run trucks.\n\nNORA: How many?\n\nTEJ: About 140.\n",
        name="t",
    )
    assert speaker_names(doc)["TEJ"] == "Tejaswini Raman"


def test_a_capitals_label_may_be_a_names_initials() -> None:
    doc = parse_text(
        "# Mara Odell on twelve years of Tidewell\n\n## Where did you train?\n\n"
        "**MO:** I cooked in Leeds for six years.\n\n## What is next?\n\n**MO:** A second room.\n",
        name="t",
    )
    assert speaker_names(doc) == {"MO": "Mara Odell"}


def test_a_capitals_label_two_people_could_answer_to_names_nobody() -> None:
    doc = parse_text(
        "Notes\n\nWith Anna Berg and Anna Holt.\n\nANNA: Hello.\n\nMARK: Hi.\n\nANNA: Bye.\n\nMARK: Bye.\n",
        name="t",
    )
    assert "ANNA" not in speaker_names(doc)


def test_a_full_name_in_capitals_is_that_name() -> None:
    doc = parse_text(
        'Episode 47: "Water" — with Dr. Imogen Castellanos\n[Auto-generated transcript, lightly edited]\n\n'
        "MARCUS OYELARAN: Welcome. I'm Marcus Oyelaran.\n\nDR. IMOGEN CASTELLANOS: Thanks, Marcus.\n\n"
        "MARCUS OYELARAN: How did it start?\n\nDR. IMOGEN CASTELLANOS: In our lab, by accident.\n",
        name="t",
    )
    assert speaker_names(doc) == {
        "MARCUS OYELARAN": "Marcus Oyelaran",
        "DR. IMOGEN CASTELLANOS": "Imogen Castellanos",
    }
    # a note all in brackets stands alone, not wrapped onto the header above it
    assert any(b.text == "[Auto-generated transcript, lightly edited]" for _, b in doc.all_blocks())


def test_a_greeting_before_a_first_name_is_no_one_elses_full_name() -> None:
    doc = parse_text(
        "SHOP TALK — Episode 9\n\n"
        "LENA: I'm Lena Marsh, here with Oskar Brandt, who runs Fjellborg Bikes.\n\n"
        "OSKAR: Thanks Lena, good to be here.\n\nLENA: Cheers Oskar. How many shops?\n\n"
        "OSKAR: We have three shops now.\n",
        name="t",
    )
    assert speaker_names(doc) == {"LENA": "Lena Marsh", "OSKAR": "Oskar Brandt"}


def test_a_capitals_label_named_only_by_its_first_name_is_that_name() -> None:
    doc = parse_text(
        "Book circle — May meeting\n\nPresent: Inge (host), Ravi, Tom. Audience questions at the end.\n\n"
        "INGE: Let's start with the ending.\n\nRAVI: I hated it.\n\nTOM: I loved it.\n\n"
        "INGE: Why?\n\nRAVI: Too neat.\n\nTOM: Neat is fine.\n\n"
        "AUDIENCE: What about the title?\n\nINGE: Good one.\n\nAUDIENCE: And the cover?\n",
        name="t",
    )
    assert speaker_names(doc) == {"INGE": "Inge", "RAVI": "Ravi", "TOM": "Tom"}  # a crowd is nobody
