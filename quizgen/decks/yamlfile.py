"""Reading a YAML file a user may have written by hand: every failure is one line naming the
file (and the line, for a syntax error); `shown` quotes a value of any size in a few words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quizgen.errors import MAX_SHOWN, QuizgenError, quoted


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
    except (ValueError, OverflowError, RecursionError) as exc:
        # a scalar YAML parses but Python cannot hold: a 5,000-digit integer, month 13
        reason = str(exc).split(";")[0][:100]
        raise QuizgenError(f"{path}: invalid YAML: a value that cannot be read ({reason})") from exc


def shown(value: Any) -> str:
    """`value`'s type and a repr cut short: an error message stays one short line whatever the
    value (a 10**7-element alias expansion, a self-containing list, a megabyte of text)."""
    return f"{type(value).__name__} {quoted(value)}"


def shown_key(key: Any) -> str:
    """A mapping key as a message names it: plain when it is short printable text, else quoted."""
    plain = isinstance(key, str) and len(key) <= MAX_SHOWN and key.isprintable()
    return key if plain else quoted(key)
