"""Whether a text states a figure whole: the leak check for figure answers, in a stem of the item's
own or of another item kept beside it (0% is not in 40%, nor 12% in 2.12%, nor 2000 in
"January 01, 2000" read as one number).
"""

from __future__ import annotations

import re
import unicodedata


def states_figure(text: str, figure: str) -> bool:
    """Whether `figure` stands whole in `text`, compared width-folded and without spaces."""
    return _holds_number(_soft(text), _soft(figure))


def _soft(text: str) -> str:
    """Width-folded, lower-cased, without spaces; a comma followed by a space (which no thousands
    separator has: "January 01, 999") kept apart from one inside a number (1,000)."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"\s+", "", re.sub(r",\s+", ";", folded))


def _holds_number(text: str, key: str) -> bool:
    """Whether the figure `key` stands whole in `text` (0% is not in 40%, nor 12% in 2.12%): a
    whole sentence asked as a cloze keeps its other figures."""
    start = text.find(key)
    while start >= 0:
        end = start + len(key)
        before = text[max(0, start - 2) : start]
        within = bool(re.search(r"\d[.,]?$", before)) and key[0].isdigit()
        # 1,000 goes on; "January 01, 2000" does not (a comma then four digits is a new number)
        goes_on = bool(re.match(r"\.?\d|,\d{3}(?!\d)", text[end : end + 5])) and key[-1].isdigit()
        if not within and not goes_on:
            return True
        start = text.find(key, start + 1)
    return False
