"""Items as plain data: a JSON array and a YAML list (the quiz sheet is `quizgen.quiz.sheet`)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from quizgen.model import Item


def to_json(items: Sequence[Item]) -> str:
    return json.dumps([i.to_dict() for i in items], ensure_ascii=False, indent=2) + "\n"


def to_yaml(items: Sequence[Item]) -> str:
    import yaml

    return str(yaml.safe_dump([i.to_dict() for i in items], allow_unicode=True, sort_keys=False, width=1000))
