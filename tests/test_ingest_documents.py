"""End to end on the sample seeds and the documents under tests/data: what structure comes out.

Every expectation here was checked by reading the document itself (line numbers are the file's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.ingest import read_document, read_paths
from quizgen.model import Document
from tests.written import BOOK_NOTES, LECTURE_GBK, PLAIN_PROSE, PODCAST, TALK_SUMMARY

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def doc_of(path: Path) -> Document:
    return read_document(path)


def everything(doc: Document) -> str:
    return "\n".join([doc.title, *(s.title for s in doc.sections), *(b.raw for _, b in doc.all_blocks())])


def test_seed_directory_reads_both_samples_in_order() -> None:
    assert [d.name for d in read_paths([SEEDS])] == ["amodei-interview", "amodei-podcast"]


def test_interview_seed_structure() -> None:
    doc = doc_of(SEEDS / "amodei-interview.txt")
    assert doc.language == "zh"
    assert doc.title.startswith("人工智能的加速与风险")
    assert doc.title_line == 1
    assert [(s.label, s.line) for s in doc.sections] == [
        ("", 5),
        ("主题一", 13),
        ("主题二", 22),
        ("主题三", 31),
        ("主题四", 40),
        ("主题五", 48),
        ("主题六", 57),
        ("", 66),
    ]
    assert doc.sections[0].title == "概述"
    assert doc.sections[1].title == "AI 技术的指数级进步与社会影响"
    assert doc.sections[3].title == "商业模式、盈利与定价策略"
    assert doc.sections[7].title == "框架与心智模型（Framework & Mindset）"
    assert [(m.key, m.value, m.line) for m in doc.metadata] == [
        ("标题", "Anthropic CEO Dario Amodei: AI’s Potential, OpenAI Rivalry, GenAI Business, Doomerism", 79),
        ("作者", "Alex Kantrowitz", 80),
        ("日期", "2025-07-30", 81),
        ("URL", "https://www.youtube.com/watch?v=mYDSSRS-B5U", 82),
    ]
    frameworks = doc.sections[7].blocks
    assert [b.line for b in frameworks] == list(range(68, 74))
    assert frameworks[1].raw.startswith("**人才密度优先**：")
    assert frameworks[1].text.startswith("人才密度优先：")
    assert all(b.kind == "bullet" for b in doc.sections[1].blocks)


def test_podcast_seed_structure() -> None:
    doc = doc_of(SEEDS / "amodei-podcast.txt")
    assert doc.title == ""
    assert [(s.label, s.title, s.line) for s in doc.sections] == [
        ("", "核心要点", 3),
        ("", "背景", 12),
        ("01", "紧迫的时间线:指数增长下的双重危机", 17),
        ("02", "生成式AI的商业模式:API赌注与千亿营收逻辑", 38),
        ("03", "安全与伦理:父亲之死激发的技术使命", 65),
        ("04", "万亿资本下的安全困局", 92),
        ("", "尾声:在加速与刹车间寻找平衡", 116),
    ]
    assert [(b.kind, b.label, b.line) for b in doc.sections[0].blocks] == [
        ("numbered", "1", 5),
        ("numbered", "2", 7),
        ("numbered", "3", 9),
    ]
    turns = [b for s in doc.sections[2:] for b in s.blocks]
    assert {b.kind for b in turns} == {"turn"}
    assert {b.speaker for b in turns} == {"Reed Albergotti", "达里奥·阿莫迪"}
    assert (turns[0].speaker, turns[0].line) == ("Reed Albergotti", 20)
    assert turns[-1].line == 125
    text = everything(doc)
    for furniture in ("Bayt", "Logo", "更多推荐", "2048"):
        assert furniture not in text


def test_inline_speaker_podcast_structure() -> None:
    doc = doc_of(PODCAST)
    assert doc.title_line == 5
    assert doc.title.startswith("《星空下》第8期")
    assert [(m.key, m.line) for m in doc.metadata] == [("本期嘉宾", 7), ("节目时长", 8)]
    assert doc.metadata[1].value == "38分钟"
    assert doc.sections == ()
    turns = doc.preamble
    assert {b.kind for b in turns} == {"turn"}
    assert [(b.speaker, b.line) for b in turns[:2]] == [("主持人", 10), ("嘉宾（云岭天文台研究员 何曼）", 11)]
    assert {b.speaker for b in turns} == {
        "主持人",
        "嘉宾（云岭天文台研究员 何曼）",
        "嘉宾（“巡天者”志愿者项目负责人 罗川）",
    }
    wrapped = next(b for b in turns if b.line == 19)
    assert "总投资约1.5亿元，计划2028年建成" in wrapped.text
    assert all(b.line != 20 for b in turns)
    assert turns[-1].line == 26
    text = everything(doc)
    for furniture in ("二维码", "code.jpg", "阅读原文", "完 —", "点赞"):
        assert furniture not in text


def test_plain_english_prose_has_no_title_headings_or_metadata() -> None:
    doc = doc_of(PLAIN_PROSE)
    assert doc.language == "en"
    assert (doc.title, doc.metadata, doc.sections) == ("", (), ())
    assert [b.line for b in doc.preamble] == [1, 3, 5, 7, 9, 11, 13, 15, 17]
    assert doc.preamble[0].text.startswith("In 1881 a French company led by Ferdinand de Lesseps")


def test_gbk_lecture_notes_structure() -> None:
    with pytest.raises(UnicodeDecodeError):
        LECTURE_GBK.read_bytes().decode("utf-8")
    doc = doc_of(LECTURE_GBK)
    assert (doc.title, doc.title_line) == ("中国古代水利工程听课笔记", 1)
    assert [(m.key, m.value, m.line) for m in doc.metadata] == [
        ("课程", "中国古代工程技术史", 3),
        ("单元", "第三单元 治水与通航", 4),
        ("主讲", "工程史教研室", 5),
    ]
    assert [(s.label, s.title, s.line) for s in doc.sections] == [
        ("第一讲", "都江堰", 7),
        ("第二讲", "灵渠与郑国渠", 14),
        ("第三讲", "大运河", 21),
        ("第四讲", "治河思想", 28),
        ("", "术语表", 33),
    ]
    assert [b.label for b in doc.sections[0].blocks] == [str(n) for n in range(1, 6)]
    glossary = doc.sections[4].blocks
    assert [b.line for b in glossary] == list(range(34, 42))
    assert glossary[4].text == "陡门：古代运河上的闸门，用来节制水位，帮助船只上下。"


def test_book_notes_structure() -> None:
    doc = doc_of(BOOK_NOTES)
    assert (doc.title, doc.title_line) == ("《茶经》读书笔记", 1)
    assert [(m.key, m.value) for m in doc.metadata] == [
        ("书名", "茶经"),
        ("作者", "陆羽"),
        ("成书时间", "唐代中期，约公元780年"),
        ("卷数", "3"),
        ("字数", "约7000字"),
    ]
    assert [s.label for s in doc.sections] == list("一二三四五六")
    assert (doc.sections[3].title, doc.sections[3].line) == ("煮水与择水", 31)
    concepts = doc.sections[2].blocks
    assert [(b.kind, b.line) for b in concepts] == [("paragraph", n) for n in range(24, 30)]
    assert concepts[0].raw.startswith("**煎茶法**：") and concepts[0].text.startswith("煎茶法：")
    assert concepts[3].text.startswith("精行俭德——")


def test_english_talk_summary_structure() -> None:
    doc = doc_of(TALK_SUMMARY)
    assert doc.language == "en"
    assert doc.title == 'Talk notes: "Power from the Moon\'s pull" by Ines Varga'
    assert [(m.key, m.line) for m in doc.metadata] == [
        ("Title", 5),
        ("Speaker", 6),
        ("Event", 7),
        ("Date", 8),
        ("Length", 9),
    ]
    assert doc.metadata[0].value == "Power from the Moon's pull"
    assert [(s.title, s.line) for s in doc.sections] == [
        ("Who is who", 11),
        ("How a tidal stream turbine works", 18),
        ("Glossary", 27),
        ("Figures from the talk", 34),
        ("Key takeaways", 41),
    ]
    (paragraph,) = doc.sections[1].blocks
    assert paragraph.line == 20
    assert "turning a rotor that drives a generator" in paragraph.text
    assert paragraph.text.endswith("where it is stepped up for the grid.")
    assert doc.sections[2].blocks[0].raw.startswith("**Tidal range**: the difference in height")
    assert [(b.kind, b.label) for b in doc.sections[4].blocks] == [("numbered", str(n)) for n in range(1, 5)]
