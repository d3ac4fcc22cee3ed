"""An interview labelled only at its questions: items come from the answers, with I/my and 我
standing for the one interviewed, and none from the questions."""

from __future__ import annotations

import pytest

from quizgen.extract.personal import Voices, resolve_personal, third_person
from quizgen.generate import generate
from quizgen.ingest import parse_text
from quizgen.model import Item

EN = """# Interview with Marta Quell

Marta Quell, a marine biologist at the Halden Institute, talked to us about coral reefs.

Q: How did you start studying reefs?

My first research project measured coral bleaching in 2009.

Q: What is the biggest threat to reefs today?

My team found that bleaching doubled between 2010 and 2020.

Q: What does your survey team do each year?

I lead a survey team of twelve divers at the Halden Institute.
"""

ZH = """# 对话林若溪：把茶馆开进社区

问：你是怎么开始做茶馆的？

2015年我回到杭州，开了第一家溪山茶社。

问：疫情对茶社影响大吗？

影响很大。2020年我关闭了五家门店中的两家，但外卖业务增长了三倍。
"""


def items(text: str) -> list[Item]:
    return generate([parse_text(text, name="t")], "d")


def shown(item: Item) -> str:
    return " ".join((item.question, item.cloze, item.answer))


def test_items_from_the_answers_name_the_one_interviewed() -> None:
    made = items(EN)
    answers = [i for i in made if i.source.line > 5]
    assert answers, "the answers give items"
    assert all("Marta Quell" in i.question or "Marta Quell" in i.cloze for i in answers)
    assert not any(" I " in f" {shown(i)} " or "My " in shown(i) for i in made)


def test_the_answers_are_never_the_named_askers_words() -> None:
    text = EN.replace("Q: ", "Sam Harper: ")
    made = items(text)
    assert {i.question: i.answer for i in made}["Who interviewed Marta Quell?"] == "Sam Harper"
    assert not [shown(i) for i in made if "Sam Harper" in shown(i) and "interviewed" not in i.question]
    asked = {n for n, line in enumerate(text.split("\n"), start=1) if line.startswith("Sam Harper:")}
    assert not [
        i.question for i in made if i.source.line in asked and i.kind != "person"
    ]  # who asked: a fact


def test_chinese_answers_name_the_one_interviewed() -> None:
    made = [i for i in items(ZH) if i.source.line > 3]
    assert made, "the answers give items"
    assert all("林若溪" in i.question or "林若溪" in i.cloze for i in made)
    assert not any("我" in shown(i) for i in made)


UNNAMED_EN = """# A chat after the keynote

Q: How did you get into ceramics?

I threw my first pot in 1998, at a night class in Leeds.

Q: What changed your glazing?

My kiln partner and I switched to wood firing in 2011, which halved our fuel bill.
"""

UNNAMED_ZH = """# 一次关于古籍修复的访谈

问：您是怎么进入这一行的？

我2003年进了省图书馆的修复室，跟着老师傅学了整整六年。

问：修一册书要多久？

我修过最难的一册宋版书，前后用了十一个月。
"""


def test_an_interviewee_nobody_names_is_the_interviewee_on_the_card() -> None:
    english = " ".join(i.question for i in items(UNNAMED_EN))
    assert "The interviewee threw their first pot in […]" in english or (
        "The interviewee threw their first pot in 1998" in english
    ), english
    assert " I " not in f" {english} " and " my " not in f" {english} "
    chinese = " ".join(i.question for i in items(UNNAMED_ZH))
    assert "受访者" in chinese and "我" not in chinese, chinese


def _all_text(items: list[Item]) -> str:
    return "\n".join(f"{i.question} {i.answer} {i.cloze}" for i in items)


def test_first_person_inside_a_quotation_is_the_quoted_speaker_not_the_author() -> None:
    article = parse_text(
        "# How one farmer cut his fertilizer bill\n\n**Author:** Helga Marstrand\n\n"
        "Torvald Brekke farms 900 acres near Halden and switched to fungal inoculants in 2020.\n\n"
        '"I am not a scientist," Brekke says. "Twenty dollars an acre across my fields is real money. '
        'That is what sold me."\n',
        name="article",
    )
    text = _all_text(generate([article], "t"))
    assert "Helga Marstrand's fields" not in text and "Marstrand's fields" not in text


def test_generic_you_after_until_stays_you() -> None:
    voices = Voices(speaker="Renata Oduya", addressee="Ilse Vandermeer")
    said = (
        "It was about 70 percent accurate, which sounds fine until you realize that three in ten are wrong."
    )
    assert resolve_personal(said, voices, zh=False) == said
    assert resolve_personal("Unless you check the gauges, you lose the plot.", voices, zh=False).startswith(
        "Unless you check"
    )
    supposed = "Sailors are far more loyal to a brand than you'd think."
    assert resolve_personal(supposed, voices, zh=False) == supposed  # anyone's guess, not the host's
    assert "Ilse Vandermeer" in resolve_personal("You'd written to the mayor first.", voices, zh=False)


@pytest.mark.parametrize(
    ("said", "resolved"),
    [
        ("I didn't name it until much later.", "Renata Oduya didn't name it until much later."),
        ("I don't keep a diary.", "Renata Oduya doesn't keep a diary."),
        ("I haven't seen the data.", "Renata Oduya hasn't seen the data."),
        ("I really can't say.", "Renata Oduya really can't say."),
        (
            "Either I or he checks the gauges.",
            "Either Renata Oduya or he checks the gauges.",
        ),  # or is no verb
    ],
)
def test_a_negated_auxiliary_after_i_takes_the_third_person(said: str, resolved: str) -> None:
    assert resolve_personal(said, Voices(speaker="Renata Oduya"), zh=False) == resolved


def test_we_two_is_the_speakers_not_their_company() -> None:
    voices = Voices(speaker="邵予安", own_org="寒枝科技")
    said = "我们俩吵了五年，公司还在。"
    assert resolve_personal(said, voices, zh=True) == said


def test_we_before_the_noun_that_ends_the_organisations_name_is_said_once() -> None:
    voices = Voices(speaker="邵予安", own_org="城东口腔诊所")
    said = "我们诊所上个月换了两台牙椅。"
    assert resolve_personal(said, voices, zh=True) == "城东口腔诊所上个月换了两台牙椅。"
    assert resolve_personal("我们去年搬了家。", voices, zh=True) == "城东口腔诊所去年搬了家。"


def test_someone_elses_thought_in_their_own_first_person_stays_theirs() -> None:
    voices = Voices(speaker="程晓雨")
    thought = "很多人心里想的是，我要是不去，这张年卡的钱就白花了。"
    assert resolve_personal(thought, voices, zh=True) == thought
    assert resolve_personal("我觉得这张年卡的钱已经花出去了。", voices, zh=True).startswith("程晓雨觉得")


def test_you_before_a_present_verb_ending_like_a_past_one_is_anyone() -> None:
    voices = Voices(speaker="Renata Oduya", addressee="Ilse Vandermeer")
    said = "Tree rings help, but for the year of the flood itself you need the silt layers."
    assert resolve_personal(said, voices, zh=False) == said  # need is no past form: anyone, now
    assert third_person("need") == "needs" and third_person("proceed") == "proceeds"


_CALL_IN = """THE GREEN HOUR — gardening call-in

[00:00:15] RUTH AMARI: Hello and welcome to the Green Hour. I'm Ruth Amari, with Owen Marsh in the studio.

[00:00:40] OWEN MARSH: Hello Ruth, and hello to the gardeners listening.

[00:01:05] RUTH AMARI: We have our first caller.

[00:01:10] CALLER (JIN): My roses are leggy. My neighbour prunes hard. My husband trims lightly.

[00:01:30] RUTH AMARI: A garden quarrel, lovely.

[00:01:35] OWEN MARSH: Your neighbour is doing a HARD CUT. Your husband is doing a LIGHT TRIM.

[00:02:10] CALLER (JIN): Thank you both.

[00:02:20] RUTH AMARI: Owen, what goes in a new bed first?

[00:02:30] OWEN MARSH: Compost before plants, every time, and water it in.

[00:03:00] RUTH AMARI: And slugs?

[00:03:10] OWEN MARSH: Go out at dusk with a torch, and pick them off.
"""


def test_you_in_a_three_way_talk_is_the_one_whose_turns_stand_on_both_sides_or_nobody() -> None:
    from quizgen.extract.people import analyse

    voices = analyse(parse_text(_CALL_IN, name="t", path="t.txt")).cast.voices
    assert voices[13].addressee == ""  # after the host's aside, to the caller: not the host
    assert voices[19].addressee == "Ruth Amari"  # between two of her questions: hers


def test_your_wife_in_a_stem_is_someones_whom_it_does_not_name() -> None:
    from quizgen.generate.references import as_generic_you, reference_problem

    assert reference_problem(as_generic_you("Your husband is doing a […], in spring."))
    assert reference_problem(as_generic_you("Water your seedlings every […] days.")) is None


@pytest.mark.parametrize(
    ("said", "resolved"),
    [
        (
            "We sell the kit we designed, and we ship it free.",
            "Corvane Tools sells the kit it designed, and it ships it free.",
        ),
        (
            "I think I was wrong, and I'm sorry my crew paid for it.",
            "Mira Sandoval thinks they were wrong, and they are sorry their crew paid for it.",
        ),
        ("I wasn't sure I'd won.", "Mira Sandoval wasn't sure they had won."),
        ("Our prices rose. Our staff stayed.", "Corvane Tools's prices rose. Corvane Tools's staff stayed."),
        (
            "I left in May. I've never been back.",
            "Mira Sandoval left in May. Mira Sandoval has never been back.",
        ),
    ],
)
def test_a_speaker_or_their_firm_named_once_in_a_sentence_is_a_pronoun_after(
    said: str, resolved: str
) -> None:
    voices = Voices(speaker="Mira Sandoval", addressee="Theo Park", own_org="Corvane Tools")
    assert resolve_personal(said, voices, zh=False) == resolved


def _own_orgs(text: str) -> dict[str, str]:
    from quizgen.extract.people import analyse

    doc = parse_text(text, name="t")
    return {v.speaker: v.own_org for v in analyse(doc).cast.voices.values()}


def test_the_firm_a_host_says_the_guest_runs_is_the_guests_we() -> None:
    said = _own_orgs(
        "SHOP TALK — Episode 9\n\n"
        "LENA: I'm Lena Marsh, here with Oskar Brandt, who runs Fjellborg Bikes.\n\n"
        "OSKAR: Thanks Lena. We have three shops now.\n\nLENA: And staff?\n\nOSKAR: We employ twelve.\n"
    )
    assert said["Oskar Brandt"] == "Fjellborg Bikes"


def test_the_firm_after_a_guests_roles_in_the_header_is_their_we() -> None:
    said = _own_orgs(
        "SHOP TALK — Episode 10\n\nGuest: Oskar Brandt, founder & MD, Fjellborg Bikes (Bergen)\n\n"
        "LENA: Welcome, Oskar Brandt.\n\nOSKAR: Thanks. We have three shops.\n\n"
        "LENA: Staff?\n\nOSKAR: We employ twelve.\n"
    )
    assert said["Oskar Brandt"] == "Fjellborg Bikes"
