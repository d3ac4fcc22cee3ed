"""Helpers shared by the store tests: small items, a fixed clock in UTC+8, a store in a temp dir."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from quizgen.model import Item, Source
from quizgen.store import Store

CST = timezone(timedelta(hours=8))
NOW = datetime(2024, 3, 10, 10, 0, tzinfo=CST)  # study day 2024-03-10


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    """A time in March 2024, UTC+8."""
    return datetime(2024, 3, day, hour, minute, tzinfo=CST)


def make_item(n: int, deck: str = "talk", answer: str = "") -> Item:
    return Item(
        id=f"{deck}-{n:03d}",
        deck=deck,
        kind="figure",
        type="choice" if n % 2 else "basic",
        question=f"问题 {n}：营收是多少？",
        answer=answer or f"{n} 亿美元",
        explanation=f"营收达到 {n} 亿美元。",
        source=Source("talk", "主题一", n + 1),
        tags=("quizgen",),
        choices=(f"{n} 亿美元", f"{n + 1} 亿美元") if n % 2 else (),
    )


def make_items(count: int, deck: str = "talk") -> list[Item]:
    return [make_item(n, deck) for n in range(count)]


def new_store(tmp_path: Path, count: int = 5, deck: str = "talk") -> Store:
    store = Store.open(tmp_path / "quizgen.db")
    store.sync_deck(deck, make_items(count, deck), NOW)
    return store
