"""Syncing a built deck into the store: upsert items by id, retire the ones that left the deck."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from quizgen.errors import QuizgenError
from quizgen.model import Item
from quizgen.store.records import SyncReport

_CONTENT = "kind, type, question, answer, explanation, choices, source_doc, source_section, source_line, data"


def _content(item: Item) -> tuple[Any, ...]:
    return (
        item.kind,
        item.type,
        item.question,
        item.answer,
        item.explanation,
        json.dumps(list(item.choices), ensure_ascii=False),
        item.source.doc,
        item.source.section,
        item.source.line,
        json.dumps(item.to_dict(), ensure_ascii=False, sort_keys=True),
    )


def sibling_key(item: Item) -> str:
    """The group of items that give each other away, so that one of them at most is new a day.

    Items of one source line, whatever their kind: a figure's basic, cloze and choice items share
    their anchor, but a person's question (`title|Anthropic CEO`) and its reverse
    (`person|who|达里奥·阿莫迪`) do not, and a line's claim cloze can answer its framework's reverse
    (人才密度) or its title the person question; so neither the anchor nor the kind is the key.
    An item with no line (0) is its own group. Migration 4 computes the same from stored rows.
    """
    if item.source.line > 0:
        return f"{item.source.doc}#{item.source.line}"
    return item.id


def ensure_deck(conn: sqlite3.Connection, deck: str, now_s: int) -> None:
    if conn.execute("INSERT OR IGNORE INTO decks (name, created_at) VALUES (?, ?)", (deck, now_s)).rowcount:
        conn.execute(
            "INSERT INTO deck_schedulers (deck, since, scheduler, options) "
            "SELECT name, created_at, scheduler, options FROM decks WHERE name = ?",
            (deck,),
        )


def sync_items(conn: sqlite3.Connection, deck: str, items: Sequence[Item], now_s: int) -> SyncReport:
    """Run inside a write transaction. Positions follow `items`' order (new items come in it)."""
    _check_ids(conn, deck, items)
    ensure_deck(conn, deck, now_s)
    existing = {
        row[0]: (row[1], row[2], row[3])
        for row in conn.execute(
            "SELECT i.id, c.data, i.position, i.retired_at FROM items AS i "
            "JOIN item_content AS c ON c.id = i.id WHERE i.deck = ?",
            (deck,),
        )
    }
    new_rows, new_content, moved, changed = [], [], [], []
    added = updated = restored = unchanged = 0
    for position, item in enumerate(items):
        content = _content(item)
        old = existing.get(item.id)
        if old is None:
            added += 1
            new_rows.append((item.id, deck, position, sibling_key(item), now_s, now_s))
            new_content.append((item.id, *content))
            continue
        old_data, old_position, retired_at = old
        is_changed = old_data != content[-1]
        if retired_at is not None:
            restored += 1
        elif is_changed:
            updated += 1
        else:
            unchanged += 1  # a move alone is not a change a learner would care about
        if is_changed:
            changed.append((*content, item.id))
        if is_changed or retired_at is not None or old_position != position:
            moved.append((position, now_s if is_changed else None, sibling_key(item), item.id))
    conn.executemany(
        "INSERT INTO items (id, deck, position, sibling, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        new_rows,
    )
    conn.executemany(f"INSERT INTO item_content (id, {_CONTENT}) VALUES ({', '.join('?' * 11)})", new_content)
    conn.executemany(
        "UPDATE items SET position = ?, updated_at = coalesce(?, updated_at), sibling = ?, retired_at = NULL "
        "WHERE id = ?",
        moved,
    )
    conn.executemany(f"UPDATE item_content SET ({_CONTENT}) = ({', '.join('?' * 10)}) WHERE id = ?", changed)
    present = {item.id for item in items}
    gone = [
        (now_s, i) for i, (_, _, retired_at) in existing.items() if i not in present and retired_at is None
    ]
    conn.executemany("UPDATE items SET retired_at = ? WHERE id = ?", gone)
    return SyncReport(deck, added, updated, len(gone), restored, unchanged)


def _check_ids(conn: sqlite3.Connection, deck: str, items: Sequence[Item]) -> None:
    if not deck.strip():
        raise QuizgenError("a deck needs a name to be stored")
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise QuizgenError(f"deck {deck!r}: item id {item.id} appears twice")
        seen.add(item.id)
    for start in range(0, len(items), 500):
        chunk = [item.id for item in items[start : start + 500]]
        marks = ", ".join("?" * len(chunk))
        clash = conn.execute(
            f"SELECT id, deck FROM items WHERE id IN ({marks}) AND deck != ? LIMIT 1", (*chunk, deck)
        ).fetchone()
        if clash:
            raise QuizgenError(f"deck {deck!r}: item id {clash[0]} already belongs to deck {clash[1]!r}")
