"""Helpers for the review app's tests: a small deck in a temporary store, a clock the test moves,
keys pressed as a user does, and the log read back from the store."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget

from quizgen.model import Item, Source
from quizgen.store import Store

CST = timezone(timedelta(hours=8))
NOW = datetime(2024, 3, 10, 10, 0, tzinfo=CST)  # study day 2024-03-10
DECK = "talk"
SIZE = (80, 24)


def basic(n: int, question: str, answer: str, explanation: str = "") -> Item:
    return Item(
        id=f"{DECK}-{n}",
        deck=DECK,
        kind="figure",
        type="basic",
        question=question,
        answer=answer,
        explanation=explanation or f"原文：{question.rstrip('？')}是{answer}。",
        source=Source("talk", "主题一：商业模式", 10 + n),
    )


def choice(n: int, question: str, answer: str, choices: tuple[str, ...]) -> Item:
    return replace(basic(n, question, answer), type="choice", choices=choices)


# The deck in build order (new items are shown in this order).
ITEMS = (
    basic(
        1, "Anthropic 的年化收入大约是多少？", "200亿美元", "据报道，Anthropic 的年化收入已达到 200 亿美元。"
    ),
    choice(2, "阿莫迪估算，未来两年内模型性能停滞的概率约为多少？", "20-25%", ("10-15%", "20-25%", "30-35%")),
    basic(3, "决定 AI 公司竞争力的核心是什么？", "人才密度"),
    basic(4, "Anthropic 的 CEO 是谁？", "达里奥·阿莫迪"),
    basic(5, "《Machines of Loving Grace》是谁写的文章？", "Dario Amodei"),
    basic(6, "阿莫迪认为强大的 AI 最早可能在哪一年出现？", "2026年"),
)


class Clock:
    """A clock that stands still until the test moves it."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_store(tmp_path: Path, items: tuple[Item, ...] = ITEMS) -> Store:
    store = Store.open(tmp_path / "quizgen.db")
    store.sync_deck(DECK, list(items), NOW)
    return store


@asynccontextmanager
async def running(app: App[None]) -> AsyncIterator[Pilot[None]]:
    """The app running headless at 80x24, once its first screen has settled."""
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        yield pilot


async def press(pilot: Pilot[None], *keys: str) -> None:
    """Press keys one by one (the Pilot lets the app finish with each, as a person would wait for
    the screen), then let the last one settle."""
    await pilot.press(*keys)
    await pilot.pause()


def text(app: App[None], selector: str) -> str:
    """The plain text a widget on the current screen shows."""
    widget: Widget = app.screen.query_one(selector)
    return str(widget.render())


def log(db: Path) -> list[tuple[str, int, str]]:
    """Every answer still standing (undone ones left out): (item, grade, kind), in order."""
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT item_id, grade, kind FROM answers ORDER BY id").fetchall()


def item_flags(db: Path, item_id: str) -> tuple[int, int | None]:
    """(suspended, buried_until) of an item."""
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT suspended, buried_until FROM items WHERE id = ?", (item_id,)).fetchone()
    return row[0], row[1]
