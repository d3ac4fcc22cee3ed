"""Items as plain text: a JSON array, a YAML list, and a readable Markdown quiz sheet."""

from __future__ import annotations

import json
from collections.abc import Sequence

from quizgen.model import Item

LETTERS = "ABCDEFGH"


def to_json(items: Sequence[Item]) -> str:
    return json.dumps([i.to_dict() for i in items], ensure_ascii=False, indent=2) + "\n"


def to_yaml(items: Sequence[Item]) -> str:
    import yaml

    return str(yaml.safe_dump([i.to_dict() for i in items], allow_unicode=True, sort_keys=False, width=1000))


def _source_note(item: Item) -> str:
    where = f"{item.source.doc}, line {item.source.line}"
    return f"{where} ({item.source.section})" if item.source.section else where


def to_markdown(items: Sequence[Item], title: str = "Quiz") -> str:
    """Numbered questions (lettered choices for choice items), then the answer key with sources."""
    lines = [f"# {title}", ""]
    for number, item in enumerate(items, 1):
        lines.append(f"{number}. {item.question}")
        lines.extend(f"   - {LETTERS[i]}. {choice}" for i, choice in enumerate(item.choices))
        lines.append("")
    lines += ["---", "", "## Answers", ""]
    for number, item in enumerate(items, 1):
        answer = item.answer
        if item.choices and item.answer in item.choices:
            answer = f"{LETTERS[item.choices.index(item.answer)]}. {answer}"
        lines.append(f"{number}. {answer} — {_source_note(item)}")
    return "\n".join(lines) + "\n"
