"""Printable quiz sheets: numbered questions (lettered choices; a line, or a blank in the
sentence, for the rest), then the answer key with each answer's source on a page of its own.
HTML for printing (A4 or Letter, black and white, Chinese fonts; see sheet.css) and Markdown.
Every text from a document is escaped; the same sheet always renders to the same bytes."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files

from quizgen.model import Item

CLOZE_MARK = "[…]"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MD_BLANK = "\uff3f" * 4  # full-width low lines: a blank in raw and rendered Markdown alike, never syntax
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

LABELS = {
    "en": {
        "quiz": "Quiz",
        "questions": "{n} questions",
        "question": "{n} question",
        "name": "Name",
        "date": "Date",
        "score": "Score",
        "instructions": "Circle the letter of the one right answer; write the other answers on the line.",
        "key": "Answer key",
        "line": "line {n}",
        "seed": "seed {n}",
        "answer": "Answer",
        "colon": ": ",
    },
    "zh": {
        "quiz": "测验",
        "questions": "共 {n} 题",
        "question": "共 {n} 题",
        "name": "姓名",
        "date": "日期",
        "score": "得分",
        "instructions": "选择题圈出唯一正确的字母；其余各题把答案写在横线上。",
        "key": "参考答案",
        "line": "第 {n} 行",
        "seed": "种子 {n}",
        "answer": "答",
        "colon": "：",
    },
}


@dataclass(frozen=True, slots=True)
class Sheet:
    """What a sheet shows: a title (the deck's or the document's), the deck, the draw's seed
    (printed, so the same sheet can be made again; None for every item, not a draw) and the
    questions in order."""

    title: str
    deck: str
    seed: int | None
    items: tuple[Item, ...]

    def labels(self, words: dict[str, str]) -> tuple[str, ...]:
        """The deck, and the seed where the questions were drawn."""
        return (self.deck,) if self.seed is None else (self.deck, words["seed"].format(n=self.seed))


def language(items: tuple[Item, ...]) -> str:
    """`zh` when most of the questions' letters are Chinese characters, else `en`."""
    text = "".join(item.question for item in items)
    letters = sum(1 for char in text if char.isalpha())
    return "zh" if letters and len(_CJK.findall(text)) * 2 >= letters else "en"


def letter(index: int) -> str:
    return LETTERS[index]


def key_answer(item: Item) -> str:
    """The answer as the key gives it: a choice's letter and text, else the answer."""
    if item.choices and item.answer in item.choices:
        return f"{letter(item.choices.index(item.answer))}. {item.answer}"
    return item.answer


def source_text(item: Item, words: dict[str, str]) -> str:
    parts = [item.source.doc, item.source.section, words["line"].format(n=item.source.line)]
    return " · ".join(part for part in parts if part)


def _heading(sheet: Sheet) -> tuple[str, dict[str, str], str, str]:
    """The sheet's language, its labels, its title and the line under the title."""
    lang = language(sheet.items)
    words = LABELS[lang]
    title = f"{words['quiz']}: {sheet.title}" if lang == "en" else f"{sheet.title} {words['quiz']}"
    count = words["question" if len(sheet.items) == 1 else "questions"].format(n=len(sheet.items))
    return lang, words, title, " · ".join((count, *sheet.labels(words)))


# --- HTML ---------------------------------------------------------------------------------------


def _h(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=True)


def _h_prompt(item: Item) -> str:
    """The question, escaped, with a cloze's deletions drawn as blanks."""
    blank = '<span class="blank" aria-label="blank"></span>'
    return blank.join(_spaced(part, _h) for part in item.question.split(CLOZE_MARK))


def _spaced(part: str, escape: Callable[[str], str]) -> str:
    """A piece of a cloze question between blanks, escaped on one line, keeping a space that
    stood next to a blank (English words around it); Chinese text has none to keep."""
    before = " " if part[:1].isspace() else ""
    after = " " if part[-1:].isspace() and part.strip() else ""
    return f"{before}{escape(part)}{after}"


def cells(text: str) -> int:
    """How wide `text` prints, in half-width cells (a Chinese character takes two)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def choice_columns(choices: tuple[str, ...]) -> int:
    """Short choices side by side (4 or 2 to a row), long ones one to a line."""
    widest = max((cells(choice) for choice in choices), default=0)
    return 4 if widest <= 16 else 2 if widest <= 36 else 1


def _h_question(number: int, item: Item) -> str:
    body = [f'<p class="prompt">{_h_prompt(item)}</p>']
    if item.choices:
        body.append(f'<ol class="choices cols-{choice_columns(item.choices)}">')
        body.extend(
            f'<li><span class="letter">{letter(i)}</span><span class="choice">{_h(choice)}</span></li>'
            for i, choice in enumerate(item.choices)
        )
        body.append("</ol>")
    else:
        body.append('<div class="write"></div>')
    return (
        f'<li class="question" id="q{number}"><span class="num">{number}.</span>'
        f'<div class="body">{"".join(body)}</div></li>'
    )


def _h_key(number: int, item: Item, words: dict[str, str]) -> str:
    parts = [
        f'<div class="key-answer">{_h(key_answer(item))}</div>',
        f'<div class="key-source">{_h(source_text(item, words))}</div>',
    ]
    if item.explanation.strip() and item.explanation.strip() != item.answer.strip():
        parts.append(f'<div class="key-quote">{_h(item.explanation)}</div>')
    body = "".join(parts)
    return f'<li id="a{number}"><span class="num">{number}.</span><div class="body">{body}</div></li>'


def render_html(sheet: Sheet) -> str:
    lang, words, title, meta = _heading(sheet)
    css = files("quizgen.quiz").joinpath("sheet.css").read_text(encoding="utf-8")
    n = len(sheet.items)
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-Hans" if lang == "zh" else "en"}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(title)}</title>",
        f"<style>\n{css}</style>",
        "</head>",
        "<body>",
        '<section class="sheet">',
        f"<h1>{_h(title)}</h1>",
        f'<p class="meta">{_h(meta)}</p>',
        '<div class="fields">'
        f'<span>{words["name"]} <span class="line"></span></span>'
        f'<span>{words["date"]} <span class="line"></span></span>'
        f'<span class="score">{words["score"]} <span class="line"></span> / {n}</span></div>',
        f'<p class="instructions">{words["instructions"]}</p>',
        '<ol class="questions">',
        *(_h_question(number, item) for number, item in enumerate(sheet.items, 1)),
        "</ol>",
        "</section>",
        '<section class="key">',
        f"<h2>{words['key']}{words['colon']}{_h(sheet.title)}</h2>",
        '<ol class="key-list">',
        *(_h_key(number, item, words) for number, item in enumerate(sheet.items, 1)),
        "</ol>",
        f"<footer>{_h(' · '.join(('quizgen', *sheet.labels(words))))}</footer>",
        "</section>",
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"


# --- Markdown -----------------------------------------------------------------------------------


def md_escape(text: str) -> str:
    """`text` on one line, with every character Markdown could read as markup backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_question(number: int, item: Item, words: dict[str, str]) -> list[str]:
    prompt = MD_BLANK.join(_spaced(part, md_escape) for part in item.question.split(CLOZE_MARK))
    lines = [f"**{number}.** {prompt}", ""]
    if item.choices:
        lines.extend(f"- **{letter(i)}.** {md_escape(choice)}" for i, choice in enumerate(item.choices))
    else:
        lines.append(f"{words['answer']}{words['colon']}________________________________")
    return [*lines, ""]


def _md_key(number: int, item: Item, words: dict[str, str]) -> list[str]:
    lines = [f"**{number}.** {md_escape(key_answer(item))} — *{md_escape(source_text(item, words))}*", ""]
    if item.explanation.strip() and item.explanation.strip() != item.answer.strip():
        lines += [f"> {md_escape(item.explanation)}", ""]
    return lines


def render_markdown(sheet: Sheet) -> str:
    _, words, title, meta = _heading(sheet)
    n = len(sheet.items)
    lines = [
        f"# {md_escape(title)}",
        "",
        md_escape(meta),
        "",
        f"{words['name']}{words['colon']}________________  {words['date']}{words['colon']}____________  "
        f"{words['score']}{words['colon']}______ / {n}",
        "",
        f"*{words['instructions']}*",
        "",
    ]
    for number, item in enumerate(sheet.items, 1):
        lines += _md_question(number, item, words)
    lines += ['<div style="break-before: page; page-break-before: always"></div>', ""]
    lines += [f"## {words['key']}{words['colon']}{md_escape(sheet.title)}", ""]
    for number, item in enumerate(sheet.items, 1):
        lines += _md_key(number, item, words)
    return "\n".join(lines).rstrip("\n") + "\n"
