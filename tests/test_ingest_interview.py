"""Interviews where only the questions carry a label: the unlabelled paragraphs after a question
are the answerer's turns, not the questioner's, and not nobody's."""

from __future__ import annotations

from pathlib import Path

from quizgen.ingest import parse_text, read_document
from quizgen.model import Document


def parse(text: str) -> Document:
    return parse_text(text, name="t")


def paras(*paragraphs: str) -> Document:
    """A document of these paragraphs, a blank line between each."""
    return parse("\n\n".join(paragraphs) + "\n")


def said_by(doc: Document) -> list[str]:
    return [b.speaker for _, b in doc.all_blocks()]


def turns(doc: Document) -> list[tuple[str, str, str]]:
    """(kind, speaker, first words) of every body block."""
    return [(b.kind, b.speaker, b.text[:12]) for _, b in doc.all_blocks()]


EN = """# Interview with Marta Quell

Q: How did you start studying reefs?

I grew up on an island and snorkelled every day.

After my doctorate I joined a survey team.

Q: What worries you most?

I think warming water is the main threat.
"""


def test_unlabelled_paragraphs_after_a_labelled_question_are_the_answerers_turns() -> None:
    assert turns(parse(EN)) == [
        ("turn", "Q", "How did you "),
        ("turn", "Interviewee", "I grew up on"),
        ("turn", "Interviewee", "After my doc"),
        ("turn", "Q", "What worries"),
        ("turn", "Interviewee", "I think warm"),  # after the last question too
    ]


def test_chinese_questions_labelled_wen_give_the_answers_to_the_interviewee() -> None:
    d = paras(
        "# 对话林若溪",
        "问：你是怎么开始的？",
        "我大学学的是植物学。",
        "后来我开了茶社。",
        "问：疫情影响大吗？",
        "影响很大。",
    )
    assert turns(d) == [
        ("turn", "问", "你是怎么开始的？"),
        ("turn", "受访者", "我大学学的是植物学。"),
        ("turn", "受访者", "后来我开了茶社。"),
        ("turn", "问", "疫情影响大吗？"),
        ("turn", "受访者", "影响很大。"),
    ]


def test_a_host_role_label_asks_even_when_its_lines_are_not_questions() -> None:
    d = paras(
        "# 夜谈",
        "主持人：先请您介绍一下自己。",
        "我做了十年编辑。",
        "主持人：说说第一本书。",
        "那本书我改了三稿。",
    )
    assert said_by(d) == ["主持人", "受访者", "主持人", "受访者"]


def test_a_label_whose_every_line_is_a_question_is_the_asking_side() -> None:
    d = paras(
        "Notes", "Sam: Why did you leave the lab?", "I wanted to teach.", "Sam: Do you miss it?", "I miss it."
    )
    assert said_by(d) == ["Sam", "Interviewee", "Sam", "Interviewee"]


def test_bold_and_italic_question_labels_are_labels() -> None:
    bold = paras(
        "# Talk", "**Q:** Where did you grow up?", "I grew up in a port.", "**Q:** And then?", "I moved."
    )
    italic = paras(
        "# Talk",
        "*Interviewer:* **Where did you grow up?**",
        "In a port.",
        "*Interviewer:* **Then?**",
        "I moved.",
    )
    assert said_by(bold) == ["Q", "Interviewee", "Q", "Interviewee"]
    assert said_by(italic) == ["Interviewer", "Interviewee", "Interviewer", "Interviewee"]


def test_a_question_that_goes_on_in_a_second_paragraph_stays_the_askers() -> None:
    d = paras(
        "# Talk", "Q: You moved twice.", "Why again?", "I wanted the sea.", "Q: And now?", "I stay put."
    )
    assert said_by(d) == ["Q", "Q", "Interviewee", "Q", "Interviewee"]


def test_answers_written_in_the_third_person_are_plain_paragraphs() -> None:
    d = paras(
        "# Tides", "Q: What causes tides?", "The moon's pull.", "Q: How many a day?", "Two on most coasts."
    )
    assert [kind for kind, _, _ in turns(d)] == ["turn", "paragraph", "turn", "paragraph"]


def test_an_answer_stops_at_the_next_heading() -> None:
    d = paras(
        "# Talk",
        "Q: Where?",
        "I grew up by the sea.",
        "Q: Now?",
        "Inland.",
        "## Reading",
        "The survey report.",
    )
    assert turns(d)[-1] == ("paragraph", "", "The survey r")


def test_a_dialogue_labelled_on_both_sides_keeps_each_speakers_paragraphs() -> None:
    d = paras(
        "# 夜谈",
        "主持人：欢迎。你怎么开始的？",
        "我们先聊聊背景。",
        "嘉宾：我做了十年编辑。",
        "主持人：后来呢？",
        "嘉宾：开了书店。",
    )
    assert said_by(d) == ["主持人", "主持人", "嘉宾", "主持人", "嘉宾"]


def test_a_saved_blog_post_with_labelled_questions_gives_the_answers_away(tmp_path: Path) -> None:
    page = tmp_path / "post.html"
    page.write_text(
        "<html><head><title>Compilers, an interview</title></head><body><article>"
        "<h1>Compilers, an interview</h1>"
        "<p>We met a compiler engineer after her talk about register allocation last spring.</p>"
        "<div><p><em>Interviewer:</em> <strong>How did you first get into programming?</strong></p></div>"
        "<p>I wrote my first program at the age of nine on an old laptop at home.</p>"
        "<p>At university I studied physics and wrote a toy compiler at night.</p>"
        "<div><p><em>Interviewer:</em> <strong>What do you work on today?</strong></p></div>"
        "<p>I lead an optimisation team that rewrote the register allocator in 2021.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    found = [(kind, speaker) for kind, speaker, _ in turns(read_document(page))]
    assert found[-5:] == [
        ("turn", "Interviewer"),
        ("turn", "Interviewee"),
        ("turn", "Interviewee"),
        ("turn", "Interviewer"),
        ("turn", "Interviewee"),
    ]


def test_a_whole_bold_line_of_a_label_and_its_question_is_a_turn_not_a_heading() -> None:
    d = paras(
        "# Reefs",
        "**Q: Where did you grow up?**",
        "My home was a port.",
        "**Q: And now?**",
        "My home is inland.",
    )
    assert (d.sections, said_by(d)) == ((), ["Q", "Interviewee", "Q", "Interviewee"])


def test_a_bold_question_labelled_once_stays_a_heading() -> None:
    d = paras("# Reefs", "**Q: Where did reefs come from?**", "Reefs grew over millions of years.")
    assert [s.title for s in d.sections] == ["Q: Where did reefs come from?"]


def test_questions_numbered_in_their_labels_are_one_asking_label() -> None:
    d = paras(
        "# Reefs",
        "Q1: Tell us where you grew up.",
        "My home was a port.",
        "Q2: And now?",
        "My home is inland.",
    )
    assert said_by(d) == ["Q1", "Interviewee", "Q2", "Interviewee"]
    zh = paras("# 茶馆", "问1：你怎么开始的？", "我学的是植物学。", "问2：现在呢？", "我开了茶社。")
    assert said_by(zh) == ["问1", "受访者", "问2", "受访者"]
