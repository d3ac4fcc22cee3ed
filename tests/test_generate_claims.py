"""Claim items: a question where the claim's shape gives one, the answer blanked in its sentence,
and nothing the quality gate (or a teacher) would reject."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from quizgen.extract import claims as extract_claims
from quizgen.generate.claims import drafts
from quizgen.generate.draft import Draft
from quizgen.generate.quality import rejection
from quizgen.generate.references import opens_with_pronoun, reference_problem
from quizgen.generate.stems import stem_problem
from quizgen.model import Document
from tests.handmade import block, doc, paragraphs
from tests.written import WRITTEN

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def made(d: Document) -> list[Draft]:
    return drafts(d, extract_claims.extract(d))


def asked(d: Document, kind: str = "basic") -> dict[str, str]:
    return {x.question: x.answer for x in made(d) if x.type == kind}


def test_core_claim_is_asked_with_its_holder_and_answered_without_quotes() -> None:
    d = paragraphs("学者林若溪研究书店。她认为，经营的核心是“复购率”（repeat rate），即老顾客回来的比例。")
    assert asked(d) == {"林若溪认为，经营的核心是什么？": "复购率（repeat rate）"}
    (cloze,) = [x for x in made(d) if x.type == "cloze"]
    assert cloze.question == "林若溪认为，经营的核心是[…]，即老顾客回来的比例。"
    assert cloze.cloze == "林若溪认为，经营的核心是{{c1::“复购率”（repeat rate）}}，即老顾客回来的比例。"


def test_core_stated_after_the_answer_reads_as_a_question() -> None:
    d = paragraphs("学者林若溪强调“耐心”是手艺人的根本。")
    assert asked(d) == {"学者林若溪强调，什么是手艺人的根本？": "耐心"}


def test_reasons_are_asked_with_why_or_as_the_reason() -> None:
    d = paragraphs(
        "学者林若溪解释，小书店亏损主要是因为房租上涨太快。", "城里的读者越来越少，这是书店外迁的主要原因。"
    )
    assert asked(d) == {
        "为什么小书店亏损？": "房租上涨太快",
        "书店外迁的主要原因是什么？": "城里的读者越来越少",
    }


def test_saying_gets_a_question_and_a_cloze_with_the_work_named() -> None:
    d = doc(
        ("经营", [block("最常被引用的一句是「慢即是快，少即是多」：意思是少犯错。", 3)]),
        metadata=(("书名", "开店笔记"),),
    )
    assert asked(d) == {"《开店笔记》中最常被引用的一句是什么？": "慢即是快，少即是多"}
    assert asked(d, "cloze") == {
        "《开店笔记》中最常被引用的一句是「[…]」：意思是少犯错。": "慢即是快，少即是多"
    }


def test_a_plain_quote_is_only_a_cloze() -> None:
    d = paragraphs("1998年起，老街改造完成，老街从此“告别脏乱差，迎来书与茶”。")
    assert asked(d) == {}
    assert asked(d, "cloze") == {"1998年起，老街改造完成，老街从此“[…]”。": "告别脏乱差，迎来书与茶"}


def test_what_a_speaker_keeps_saying() -> None:
    turns = [
        block("你们看重什么？", 3, "主持人"),
        block("我一直跟店员说，先把一家店做好。", 4, "嘉宾（山海书店创始人 郑远航）"),
    ]
    assert asked(doc(("", turns))) == {"郑远航一直跟店员说什么？": "先把一家店做好"}


def test_english_quote_on_an_occasion_keeps_the_occasion() -> None:
    d = paragraphs(
        'Rosa Lind opened the lab in 1990. When Lind cut the ribbon she said: "Science is a shared house."',
        language="en",
    )
    assert asked(d) == {"When Lind cut the ribbon, what did she say?": "Science is a shared house"}


def test_whole_book_in_a_question_names_the_work() -> None:
    d = doc(("小结", [block("全书的底线是诚实：不懂就说不懂。", 3)]), metadata=(("书名", "开店笔记"),))
    assert asked(d) == {"《开店笔记》全书的底线是什么？": "诚实"}


def test_english_quote_occasion_drops_relative_time() -> None:
    d = paragraphs(
        'Rosa Lind opened the lab. When Lind cut the ribbon an hour later she said: "Science is shared."',
        language="en",
    )
    assert asked(d) == {"When Lind cut the ribbon, what did she say?": "Science is shared"}


def test_english_described_and_point_questions() -> None:
    d = paragraphs(
        "Not every voyage went well. Voyage 7 lost a mast in April 1901."
        " The voyage is often described as a glorious mistake.",
        "Lind's point was that a lab is a habit, not a building: people make it.",
        language="en",
    )
    assert asked(d) == {
        "How is the Voyage 7 voyage often described?": "a glorious mistake",
        "What was Lind's point?": "a lab is a habit, not a building",
    }


def test_english_called_asks_what() -> None:
    d = paragraphs("The bridge is often called the eighth wonder of the city.", language="en")
    assert asked(d) == {"What is the bridge often called?": "the eighth wonder of the city"}


def test_english_takeaway_by_its_number_and_as_a_cloze() -> None:
    points = [
        block(
            "Every lab has a budget: below it, work can go on; above it, nothing helps.",
            3,
            kind="numbered",
            label="1",
        ),
        block("Curiosity is a habit, not a gift, and it can be trained.", 4, kind="numbered", label="2"),
    ]
    d = doc(("Key takeaways", points), language="en")
    assert asked(d) == {'What does point 2 of "Key takeaways" say?': "Curiosity is a habit, not a gift"}
    assert asked(d, "cloze") == {  # the sentence alone: a "Key takeaways — " lead read as part of it
        "Every lab has a budget: […].": "below it, work can go on",
        "[…], and it can be trained.": "Curiosity is a habit, not a gift",
        "Curiosity is […], not a gift, and it can be trained.": "a habit",
    }


def test_english_reason_is_a_cloze_only() -> None:
    d = paragraphs("The second lab closed after a year, because the grant was never renewed.", language="en")
    assert asked(d) == {}
    assert asked(d, "cloze") == {
        "The second lab closed after a year, because […].": "the grant was never renewed"
    }


def test_every_claim_draft_on_the_samples_and_written_documents_passes_the_gate() -> None:
    from quizgen.ingest import read_document

    paths = sorted(SEEDS.glob("*.txt")) + list(WRITTEN)
    for path in paths:
        for draft in made(read_document(path)):
            # a sentence that itself leans on its context (`on that line`, 这部书…) is the gate's to
            # drop, and so is a stem of the wrong shape (a clause in the blank, an opening
            # connective: `stems`), whichever reason the gate gives first
            leans = reference_problem(draft.explanation) is not None or opens_with_pronoun(draft.explanation)
            reason = rejection(draft)
            assert reason is None or leans or stem_problem(draft) is not None, (
                path.name,
                draft.question,
                reason,
            )


def test_sample_claims() -> None:
    from quizgen.ingest import read_document

    got = asked(read_document(SEEDS / "amodei-interview.txt"))
    assert got["阿莫迪认为，决定 AI 公司竞争力的核心是什么？"] == "人才密度（talent density）"
    assert got["为什么AI 公司表面上“亏损”？"] == "持续投入新模型的训练，而单个模型本身往往是盈利的"


def test_english_reported_claim_is_asked_by_its_holder_and_verb() -> None:
    d = paragraphs(
        "Mara Voss studies ports. Voss argues that tariffs matter less than queue times.", language="en"
    )
    assert asked(d) == {"What does Voss argue?": "tariffs matter less than queue times"}


def test_english_requirement_asks_what_is_required_or_what_to_do() -> None:
    d = paragraphs(
        "Insurers now require a second pilot for night arrivals."
        " New rules require captains to log every delay.",
        language="en",
    )
    assert asked(d) == {
        "What do insurers now require?": "a second pilot for night arrivals",
        "What do new rules require captains to do?": "log every delay",
    }


def test_english_lesson_without_an_owner_names_the_document() -> None:
    d = replace(
        paragraphs("The main lesson is that small ports adapt faster than big ones.", language="en"),
        title="Harbour Notes",
    )
    assert asked(d) == {
        'What is the main lesson of "Harbour Notes"?': "small ports adapt faster than big ones"
    }


def test_english_same_question_for_two_claims_is_left_to_the_clozes() -> None:
    d = paragraphs(
        "Mara Voss studies ports. Voss argued that tariffs matter less than queue times."
        " Later Voss argued that cranes age faster than ships.",
        language="en",
    )
    assert asked(d) == {}


def test_english_outcome_asks_how_much_with_its_occasion() -> None:
    d = paragraphs("Delays fell by a third after the port opened at night.", language="en")
    assert asked(d) == {"How much did delays fall after the port opened at night?": "by a third"}


def test_english_takeaway_contrast_is_a_cloze_of_the_sentence_alone() -> None:
    d = doc(("Key takeaways", [block("Treat the harbour as a market, not a depot.", 3)]), language="en")
    assert asked(d) == {}
    assert asked(d, "cloze") == {"Treat the harbour as […], not a depot.": "a market"}


def test_a_why_is_not_asked_of_a_speakers_reply_only_its_sentence_is() -> None:
    said = "书店外迁主要是因为房租上涨太快。"
    assert asked(paragraphs(said)) == {"为什么书店外迁？": "房租上涨太快"}  # the document's own reasoning
    turns = [block("你们为什么搬到郊区？", 3, "主持人"), block(said, 4, "嘉宾（山海书店创始人 郑远航）")]
    reply = doc(("", turns))
    assert asked(reply) == {}  # a reply's "because" is talk, not a reason to learn
    assert asked(reply, "cloze") == {"书店外迁主要是因为[…]。": "房租上涨太快"}


def test_english_the_speaker_and_the_chapter_are_named_by_the_documents_title() -> None:
    d = replace(
        paragraphs(
            "The speaker argued that small ports adapt faster than big ones."
            " The central idea of the chapter is that tides set the schedule.",
            language="en",
        ),
        title="Harbour Notes",
    )
    assert asked(d) == {
        'What did the speaker argue in "Harbour Notes"?': "small ports adapt faster than big ones",
        'What is the central idea of "Harbour Notes"?': "tides set the schedule",
    }


def test_the_work_the_notes_are_about_is_never_a_blank() -> None:
    from quizgen.generate import drafts_for
    from quizgen.ingest import parse_text

    for said in (
        "读书会上吵得最凶的是《雾港书简》的结尾。",
        "主讲人说，《雾港书简》真正的主角是那座港口。",
    ):
        notes = parse_text(f"# 《雾港书简》读书会第9期 分享笔记\n\n## 分享\n\n{said}\n", name="t")
        assert not [d for d in drafts_for(notes) if d.type == "cloze" and d.answer == "雾港书简"], said
    other = parse_text(
        "# 读书会第9期 分享笔记\n\n## 分享\n\n读书会上吵得最凶的是《雾港书简》的结尾。\n", name="t"
    )
    assert [d for d in drafts_for(other) if d.type == "cloze" and d.answer == "雾港书简"]  # a work it names


def test_a_counted_member_split_off_its_list_is_blanked_without_its_count() -> None:
    d = paragraphs(
        "茶园选在山的北坡，一是避开午后的烈日，叶子长得慢；二是北坡雾气重，“云里长叶，雾里采茶”，香气更足。"
    )
    clozes = asked(d, "cloze")
    assert "北坡雾气重，“[…]”，香气更足。" in clozes
    assert not any(q.startswith("二是") for q in clozes)
