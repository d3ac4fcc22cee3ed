"""Reading a YAML file a user may have written by hand: every failure is one line naming the
file (and the line, for a syntax error)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quizgen.errors import QuizgenError


def read_yaml(path: Path) -> Any:
    import yaml

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError as exc:
        raise QuizgenError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise QuizgenError(f"{path}: not UTF-8 text") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise QuizgenError(f"{path}: {where}invalid YAML: {problem}") from exc
