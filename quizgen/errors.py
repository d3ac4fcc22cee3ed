"""The one error type a user sees: a message they can act on (file, line, key), and `quoted`,
which keeps a value echoed in one short line whatever its size."""

from __future__ import annotations

import reprlib
from typing import Any

_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxlist, _SHORT.maxdict, _SHORT.maxtuple, _SHORT.maxset = 2, 4, 4, 4, 4
_SHORT.maxstring, _SHORT.maxother, _SHORT.maxlong = 60, 60, 40
MAX_SHOWN = 60  # characters of a string an error message echoes


class QuizgenError(Exception):
    """A problem with the user's input or environment; `cli` prints it as one line and exits 2."""


def quoted(value: Any) -> str:
    """`repr(value)`, cut short (a 10**7-element alias expansion, a megabyte of text)."""
    try:
        return _SHORT.repr(value)
    except ValueError:  # an integer past Python's digit limit for str()
        return "a very long number"
