"""Bytes to text: UTF-8 (with or without BOM) or GB18030/GBK, detected strictly, with a check that
the result reads as text. Everything else (binary, empty, other encodings) is a `QuizgenError`
that names the file.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from quizgen.errors import QuizgenError

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# Unicode's control characters (Cc: C0, DEL and C1) but the layout ones above, found by one pattern
# (a check of each character's category took a quarter of a second per million characters)
_CONTROLS = re.compile(
    "["
    + "".join(
        re.escape(chr(c)) for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in _ALLOWED_CONTROLS
    )
    + "]"
)
# Characters a decoded text file should almost never contain: a GB18030 decode of bytes that were
# not GB18030 lands on these (private use, unassigned code points, supplementary planes other than
# the CJK extensions that GB18030 exists to carry).
_IMPLAUSIBLE_CATEGORIES = frozenset({"Co", "Cn", "Cs"})


def decode(data: bytes, name: str) -> str:
    """The text of a file's bytes; `name` is the file as the user wrote it, for error messages."""
    if not data.strip():
        raise QuizgenError(f"{name}: the file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise QuizgenError(f"{name}: UTF-16 text is not supported; save the file as UTF-8")
    if b"\x00" in data:
        raise QuizgenError(f"{name}: looks like a binary file (it contains NUL bytes), not text")
    text = _decode_known(data, name)
    _check_looks_like_text(text, name)
    return text


def _decode_known(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise QuizgenError(
                f"{name}: starts with a UTF-8 mark but is not valid UTF-8 ({exc.reason})"
            ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise QuizgenError(f"{name}: not text in UTF-8 or GB18030/GBK (or a binary file)") from None
    if _implausible_share(text) > 0.02:
        raise QuizgenError(f"{name}: not text in UTF-8 or GB18030/GBK (or a binary file)")
    return text


def _implausible_share(text: str) -> float:
    bad = sum(1 for ch in text if _implausible(ch))
    return bad / len(text)


def _implausible(ch: str) -> bool:
    code = ord(ch)
    if code > 0xFFFF and not 0x20000 <= code <= 0x3FFFF:
        return True
    return unicodedata.category(ch) in _IMPLAUSIBLE_CATEGORIES


def _check_looks_like_text(text: str, name: str) -> None:
    controls = len(_CONTROLS.findall(text))
    if controls > 0.02 * len(text):
        raise QuizgenError(f"{name}: looks like a binary file (mostly control characters), not text")
    if not text.strip():
        raise QuizgenError(f"{name}: the file is empty")
