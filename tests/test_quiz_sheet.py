"""The printable quiz sheet: HTML that parses, every question once with its choices lettered,
the key (after a page break) matching the questions with each answer's source, everything from
the document escaped, the same seed giving the same bytes; and the same as Markdown."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

from quiz_support import QUIZ_ITEMS, THEME_1

from quizgen.model import Item, Source
from quizgen.quiz.draw import draw
from quizgen.quiz.sheet import MD_BLANK, Sheet, choice_columns, language, render_html, render_markdown

TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "section",
    "h1",
    "h2",
    "p",
    "div",
    "span",
    "ol",
    "li",
    "footer",
}
HOSTILE = "<script>alert('x')</script> & \"引号\" <b>粗</b> *星* _下_ [链](接) # | ` \\"


class SheetParser(HTMLParser):
    """Collects the questions and the key entries: each `li` with its texts by class."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.stack: list[tuple[str, str]] = []
        self.questions: list[dict[str, list[str]]] = []
        self.keys: list[dict[str, list[str]]] = []
        self.blanks = 0
        self.key_after_page_break = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        classes = dict(attrs).get("class") or ""
        if tag == "li" and "question" in classes.split():
            self.questions.append({})
        if tag == "li" and any(c == "key-list" for _, c in self.stack):
            self.keys.append({})
        if "blank" in classes.split():
            self.blanks += 1
        if tag == "section" and classes == "key":
            self.key_after_page_break = True  # sheet.css: .key { break-before: page }
        if tag not in ("meta",):
            self.stack.append((tag, classes))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        in_key = any(c == "key-list" for _, c in self.stack)
        target = self.keys if in_key else self.questions
        if not target or not any(t == "li" for t, _ in self.stack):
            return
        for _, classes in reversed(self.stack):
            for name in ("num", "prompt", "letter", "choice", "key-answer", "key-source", "key-quote"):
                if name in classes.split():
                    target[-1].setdefault(name, []).append(data)
                    return


def parse(text: str) -> SheetParser:
    parser = SheetParser()
    parser.feed(text)
    parser.close()
    return parser


def sheet(seed: int = 7, items: tuple[Item, ...] = QUIZ_ITEMS) -> Sheet:
    return Sheet("访谈：AI 的未来", "talk", seed, draw(items, 20, seed=seed))


def test_the_html_sheet_parses_with_every_question_once_and_its_choices_lettered() -> None:
    quiz = sheet()
    parsed = parse(render_html(quiz))
    assert parsed.tags <= TAGS
    assert [q["num"] for q in parsed.questions] == [[f"{n}."] for n in range(1, 6)]
    prompts = ["".join(q["prompt"]) for q in parsed.questions]
    assert prompts == [item.question.replace("[…]", "") for item in quiz.items]
    assert parsed.blanks == 1  # the cloze's deletion
    assert parsed.questions[0]["letter"] == ["A", "B", "C", "D"]
    assert parsed.questions[0]["choice"] == list(QUIZ_ITEMS[0].choices)
    assert all("choice" not in q for q in parsed.questions[2:])


def test_the_key_follows_a_page_break_and_matches_the_questions() -> None:
    quiz = sheet()
    parsed = parse(render_html(quiz))
    assert parsed.key_after_page_break
    assert [k["num"] for k in parsed.keys] == [[f"{n}."] for n in range(1, 6)]
    answers = ["".join(k["key-answer"]) for k in parsed.keys]
    assert answers == ["B. 20-25%", "D. 人才密度优先", "200亿美元", "人才密度", "达里奥·阿莫迪"]
    for key, item in zip(parsed.keys, quiz.items, strict=True):
        assert "".join(key["key-source"]) == f"talk · {item.source.section} · 第 {item.source.line} 行"
        assert "".join(key["key-quote"]) == item.explanation


def test_everything_from_the_document_is_escaped() -> None:
    hostile = tuple(
        replace(
            item,
            question=item.question + HOSTILE,
            choices=tuple(c + HOSTILE if c != item.answer else c for c in item.choices),
            explanation=HOSTILE,
            source=Source("talk", THEME_1 + HOSTILE, item.source.line),
        )
        for item in QUIZ_ITEMS
    )
    quiz = replace(sheet(items=hostile), title="<i>标题</i> & co", deck="a</title><b>")
    text = render_html(quiz)
    parsed = parse(text)
    assert parsed.tags <= TAGS
    assert "<script>" not in text and "<i>" not in text
    assert "".join(parsed.questions[0]["prompt"]) == QUIZ_ITEMS[0].question + HOSTILE
    assert "".join(parsed.questions[0]["choice"][:1]) == "10-15%" + HOSTILE
    assert "".join(parsed.keys[0]["key-quote"]) == HOSTILE


def test_the_same_seed_gives_the_same_sheet() -> None:
    assert render_html(sheet(3)) == render_html(sheet(3))
    assert render_markdown(sheet(3)) == render_markdown(sheet(3))
    assert "种子 3" in render_html(sheet(3))


def test_the_markdown_sheet_has_the_same_questions_and_key_after_a_page_break() -> None:
    quiz = sheet()
    text = render_markdown(quiz)
    head, key = text.split('<div style="break-before: page; page-break-before: always"></div>')
    assert re.findall(r"^\*\*(\d+)\.\*\* ", head, re.M) == ["1", "2", "3", "4", "5"]
    assert re.findall(r"^- \*\*([A-D])\.\*\* ", head, re.M) == ["A", "B", "C", "D"] * 2
    assert f"决定 AI 公司竞争力的核心是{MD_BLANK}。" in head
    assert head.count("答：____") == 3
    assert re.findall(r"^\*\*(\d+)\.\*\* (.+?) — ", key, re.M) == [
        ("1", "B. 20-25%"),
        ("2", "D. 人才密度优先"),
        ("3", "200亿美元"),
        ("4", "人才密度"),
        ("5", "达里奥·阿莫迪"),
    ]


def test_markdown_escapes_what_it_would_read_as_markup() -> None:
    item = replace(QUIZ_ITEMS[2], question="A *b* _c_ [d](e) <f> `g` # h | i & j\nk")
    text = render_markdown(Sheet("t", "talk", 1, (item,)))
    assert r"**1.** A \*b\* \_c\_ \[d\](e) \<f\> \`g\` \# h \| i \& j k" in text


def test_a_sheet_speaks_the_language_of_its_questions() -> None:
    english = tuple(replace(i, question="What did the talk say about growth?") for i in QUIZ_ITEMS)
    assert language(QUIZ_ITEMS) == "zh" and language(english) == "en"
    text = render_html(Sheet("Talk", "talk", 1, english))
    assert '<html lang="en">' in text and "Answer key: Talk" in text and "line 10" in text


def test_short_choices_sit_side_by_side_and_long_ones_one_to_a_line() -> None:
    assert choice_columns(("10-15%", "20-25%")) == 4
    assert choice_columns(("AI 行业竞争、资源与人才密度", "x")) == 2
    assert choice_columns(("生成式AI的商业模式:API赌注与千亿营收逻辑", "x")) == 1


def test_an_english_sheet_counts_one_question_in_the_singular() -> None:
    one = (replace(QUIZ_ITEMS[2], question="What did the talk say about growth?"),)
    two = (*one, replace(QUIZ_ITEMS[3], question="What did the talk say about risk?"))
    assert "1 question" in render_markdown(Sheet("Talk", "talk", 1, one))
    assert "1 questions" not in render_markdown(Sheet("Talk", "talk", 1, one))
    assert "2 questions" in render_html(Sheet("Talk", "talk", 1, two))


def test_english_cloze_blanks_keep_the_spaces_around_them() -> None:
    item = replace(QUIZ_ITEMS[2], question="Before the lab she had spent […] at the observatory.", choices=())
    markdown = render_markdown(Sheet("Talk", "talk", 1, (item,)))
    assert f"had spent {MD_BLANK} at the observatory." in markdown
    page = render_html(Sheet("Talk", "talk", 1, (item,)))
    assert 'had spent <span class="blank" aria-label="blank"></span> at the observatory.' in page
    chinese = replace(QUIZ_ITEMS[2], question="收入约占[…]，增长很快。", choices=())
    assert f"收入约占{MD_BLANK}，增长很快。" in render_markdown(Sheet("访谈", "talk", 1, (chinese,)))
