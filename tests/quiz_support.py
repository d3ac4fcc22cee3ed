"""Helpers for the quiz tests: a small deck over two themes and four kinds (one fact per item,
no answer given away by another question), a store with it, and the review tables read back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tui_support import DECK, NOW

from quizgen.model import Item, Source
from quizgen.quiz.draw import draw
from quizgen.quiz.run import Quiz
from quizgen.store import Store

THEME_1 = "主题一：商业模式"
THEME_2 = "主题二：人才"


def item(n: int, kind: str, type_: str, section: str, question: str, answer: str, **extra: object) -> Item:
    return Item(
        id=f"{DECK}-{n}",
        deck=DECK,
        kind=kind,
        type=type_,  # type: ignore[arg-type]
        question=question,
        answer=answer,
        explanation=str(extra.pop("explanation", f"原文第 {n} 句：{answer}。")),
        source=Source("talk", section, 10 * n),
        anchor=f"anchor-{n}",
        **extra,  # type: ignore[arg-type]
    )


# In document order. Asked as: 1, 2 (the choices), then 3, 4, 5 (typed).
QUIZ_ITEMS = (
    item(
        1,
        "figure",
        "choice",
        THEME_1,
        "阿莫迪估算，未来两年内模型性能停滞的概率约为多少？",
        "20-25%",
        choices=("10-15%", "20-25%", "30-35%", "40-45%"),
    ),
    item(
        2,
        "framework",
        "choice",
        THEME_2,
        "哪个心智模型是指：企业竞争力的核心在于顶尖人才的聚集与协作？",
        "人才密度优先",
        choices=("正和竞争", "指数曲线思维", "模型盈利视角", "人才密度优先"),
    ),
    item(3, "figure", "basic", THEME_1, "Anthropic 的年化收入大约是多少？", "200亿美元"),
    item(
        4,
        "claim",
        "cloze",
        THEME_2,
        "阿莫迪认为，决定 AI 公司竞争力的核心是[…]。",
        "人才密度",
        cloze="阿莫迪认为，决定 AI 公司竞争力的核心是{{c1::人才密度}}。",
    ),
    item(5, "person", "basic", THEME_2, "Anthropic 的 CEO 是谁？", "达里奥·阿莫迪"),
)
WRONG_CHOICE = "a"  # 正和竞争, for item 2


def make_quiz(seed: int = 7) -> Quiz:
    return Quiz(DECK, "decks/talk.yaml", seed, draw(QUIZ_ITEMS, 20, seed=seed))


def make_quiz_store(tmp_path: Path) -> Store:
    """The deck synced, item 2 reviewed yesterday (due in a few days), item 5 new."""
    store = Store.open(tmp_path / "quizgen.db")
    store.sync_deck(DECK, list(QUIZ_ITEMS), NOW.replace(day=1))
    store.record_answer("talk-2", 5, NOW.replace(day=8))
    store.record_answer("talk-2", 5, NOW.replace(day=9))  # I(2) = 6 days: due on the 15th
    return store


REVIEW_TABLES = ("decks", "deck_schedulers", "items", "item_content", "states", "reviews", "undos")


def review_tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table a review session reads or writes."""
    with sqlite3.connect(db) as conn:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in REVIEW_TABLES
        }
