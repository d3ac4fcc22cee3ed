"""End to end on the sample seeds and the development documents: what structure comes out.

Every expectation here was checked by reading the document itself (line numbers are the file's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.ingest import read_document, read_paths
from quizgen.model import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEVSET = ROOT.parent / "shared" / "devset"

needs_devset = pytest.mark.skipif(not DEVSET.is_dir(), reason="development documents not present")


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


@needs_devset
def test_inline_speaker_podcast_structure() -> None:
    doc = doc_of(DEVSET / "zh_podcast_inline_speakers_fictional.txt")
    assert doc.title_line == 5
    assert doc.title.startswith("《新消费夜谈》第47期")
    assert [(m.key, m.line) for m in doc.metadata] == [("本期嘉宾", 7), ("节目时长", 8)]
    assert doc.metadata[1].value == "52分钟"
    assert doc.sections == ()
    turns = doc.preamble
    assert {b.kind for b in turns} == {"turn"}
    assert [(b.speaker, b.line) for b in turns[:2]] == [("主持人", 10), ("嘉宾（青禾茶饮创始人 林晓舟）", 11)]
    assert {b.speaker for b in turns} == {
        "主持人",
        "嘉宾（青禾茶饮创始人 林晓舟）",
        "嘉宾（青禾茶饮供应链负责人 周岚）",
    }
    wrapped = next(b for b in turns if b.line == 20)
    assert "融资3.5亿元，由一家消费基金领投" in wrapped.text
    assert all(b.line != 21 for b in turns)
    assert turns[-1].line == 45
    text = everything(doc)
    for furniture in ("点击上方蓝字", "qr.png", "扫码下载", "END", "点个在看"):
        assert furniture not in text


@needs_devset
def test_plain_english_prose_has_no_title_headings_or_metadata() -> None:
    doc = doc_of(DEVSET / "en_plain_prose_apollo.txt")
    assert doc.language == "en"
    assert (doc.title, doc.metadata, doc.sections) == ("", (), ())
    assert [b.line for b in doc.preamble] == [1, 3, 5, 7, 9, 11, 13, 15, 17]
    assert doc.preamble[0].text.startswith("In May 1961 President John F. Kennedy")


@needs_devset
def test_gbk_lecture_notes_structure() -> None:
    doc = doc_of(DEVSET / "zh_lecture_notes_gbk.txt")
    assert (doc.title, doc.title_line) == ("印刷术的历史（课堂笔记）", 1)
    assert [(m.key, m.value, m.line) for m in doc.metadata] == [
        ("课程", "中外科技史专题", 3),
        ("单元", "第四单元 书籍与印刷", 4),
        ("笔记范围", "第一讲至第五讲", 5),
    ]
    assert [(s.label, s.title, s.line) for s in doc.sections] == [
        ("第一讲", "印刷术出现之前", 7),
        ("第二讲", "雕版印刷", 14),
        ("第三讲", "活字印刷的发明与改进", 22),
        ("第四讲", "古腾堡与欧洲的印刷革命", 32),
        ("第五讲", "近现代的印刷技术", 39),
        ("", "术语表", 46),
    ]
    assert [b.label for b in doc.sections[2].blocks] == [str(n) for n in range(1, 9)]
    glossary = doc.sections[5].blocks
    assert [b.line for b in glossary[:9]] == list(range(47, 56))
    assert glossary[5].text == "摇篮本：1501年以前在欧洲印刷的早期印本。"


@needs_devset
def test_book_notes_structure() -> None:
    doc = doc_of(DEVSET / "zh_book_notes_sunzi.md")
    assert (doc.title, doc.title_line) == ("《孙子兵法》读书笔记", 1)
    assert [(m.key, m.value) for m in doc.metadata] == [
        ("书名", "孙子兵法"),
        ("作者", "孙武"),
        ("成书年代", "春秋末期，约公元前5世纪"),
        ("篇数", "13"),
        ("字数", "约6000字"),
    ]
    assert [s.label for s in doc.sections] == list("一二三四五六七八")
    assert (doc.sections[3].title, doc.sections[3].line) == ("形与势：先胜而后战", 34)
    concepts = doc.sections[2].blocks
    assert [(b.kind, b.line) for b in concepts] == [("paragraph", n) for n in range(24, 33)]
    assert concepts[2].text.startswith("庙算——")


@needs_devset
def test_english_talk_summary_structure() -> None:
    doc = doc_of(DEVSET / "en_talk_summary_shannon.md")
    assert doc.language == "en"
    assert doc.title == 'Lecture notes: Shannon\'s "A Mathematical Theory of Communication"'
    assert [(m.key, m.line) for m in doc.metadata] == [
        ("Title", 5),
        ("Author", 6),
        ("Journal", 7),
        ("Published", 8),
        ("Length", 9),
        ("Book edition", 10),
    ]
    assert doc.metadata[0].value == "A Mathematical Theory of Communication"
    assert [(s.title, s.line) for s in doc.sections] == [
        ("People mentioned", 12),
        ("The model of a communication system", 20),
        ("Key terms", 33),
        ("Numbers worth remembering", 42),
        ("Key takeaways", 51),
    ]
    (paragraph,) = doc.sections[1].blocks
    assert paragraph.line == 22
    assert "where a noise source adds random disturbances" in paragraph.text
    assert paragraph.text.endswith("not only for the one that is actually sent.")
    assert doc.sections[2].blocks[0].raw.startswith("**Bit**: the unit of information")
    assert [(b.kind, b.label) for b in doc.sections[4].blocks] == [("numbered", str(n)) for n in range(1, 6)]
