"""Language-level text helpers every extractor shares: language detection, sentence and clause
splitting, matching keys, and jieba segmentation that keeps protected spans (figures, names) whole.

jieba is imported lazily, once, with its start-up chatter silenced and its cache in the user's
cache directory.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from typing import Any

from quizgen.model import Language

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")

# A sentence ends at 。！？； (and ! ? . ; followed by a space or the end, for English: TL;DR is one
# word), keeping the
# closing quote or bracket with the sentence it closes.
_SENTENCE_END = re.compile(
    r"(?<=[。！？!?；])[”’」』）)]*|(?<=;)(?=\s|$)|(?<=[.])[”’\"')\]]*(?=\s+[A-Z“\"(]|\s*$)"
)
# A full stop after an initial or a common abbreviation does not end the sentence
# (`Mary K. Olsen`, `Dr. Smith`, `pp. 379`, `c. 1920`).
# c. 1920, ca. 1850, cf. …, approx. 40: a date's or a figure's hedge and a pointer, cut short
HEDGE_ABBREVIATIONS = ("c", "ca", "cf", "approx")
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(（])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|vs|v|al|No|pp|p|vol|Vol|Fig|fig|ed|eds|e\.g|i\.e|U\.S|etc"
    rf"|{'|'.join(HEDGE_ABBREVIATIONS)})\.$"
)
ABBREVIATION_REACH = 12  # longer than any match of the pattern: the search looks no further back
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?]")
# Someone's own words or a title: what resolving and reference checks leave as written.
# ⚠️ ❌ ✅ 💡 📝 ⭐: the signs a note or a heading is marked with (and the selector that makes one an emoji)
SIGN_CHARS = "\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff\ufe0f"
MARK_SIGN = re.compile(f"[{SIGN_CHARS}]")
QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|《[^》]*》|\"[^\"]*\"|‘[^’]*’")
_OPENS = {"“": "”", "「": "」", "『": "』"}


def inside_quotation(before: str) -> bool:
    """Whether text that follows `before` (its paragraph up to there) stands inside a quotation
    opened earlier and not yet closed: `"I'm not a tree-hugger," he says. "…my ground…"`."""
    if before.count('"') % 2:
        return True
    return any(before.count(o) > before.count(c) for o, c in _OPENS.items())


# Kin and close groups after a person: `他父亲` reads `阿莫迪的父亲` once 他 is named.
KIN_ZH = re.compile(r"(?:父亲|母亲|妹妹|姐姐|哥哥|弟弟|妻子|丈夫|儿子|女儿|家人|爸爸|妈妈|团队|公司|同事)")


def quoted_zh(name: str) -> str:
    """A name set in Chinese quotes for a question: “三步法”, but a name that already quotes its own
    words (“起—坐—走”三步法, 《慢读》笔记) as written, not in quotes twice (““起—坐—走”三步法”)."""
    return name if re.search(r"[“”「」《》]", name) else f"“{name}”"


def is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))


def detect_language(text: str) -> Language:
    """Chinese when CJK characters outnumber a fifth of the Latin words' letters, else English."""
    cjk = len(_CJK.findall(text))
    latin = sum(len(w) for w in _LATIN_WORD.findall(text))
    return "zh" if cjk * 5 >= latin and cjk > 0 else "en"


_PAIRS = {"“": "”", "「": "」", "『": "』", '"': '"'}


def without_stray_quote(text: str) -> str:
    """`text` without an opening quote mark that nothing closes: a sentence cut from a quotation
    that goes on after it ("I kept a fifth of every week free…" before "A fifth.")."""
    stripped = text.lstrip()
    opening = stripped[:1]
    closing = _PAIRS.get(opening)
    if closing is None:
        return text
    rest = stripped[1:]
    if (rest.count('"') % 2 == 0) if opening == '"' else closing not in rest:
        return rest.lstrip()
    return text


_BRACKETS = (("（", "）"), ("(", ")"), ("“", "”"), ("「", "」"), ("《", "》"), ("[", "]"))


def opens_a_bracket(text: str) -> bool:
    """Whether `text` leaves a round bracket open: what follows it stands inside the brackets."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def unbalanced(text: str) -> bool:
    """Whether a bracket or a quote opens or closes without its other half (a piece cut from its
    sentence); straight quotes pair with each other."""
    return any(text.count(a) != text.count(b) for a, b in _BRACKETS) or text.count('"') % 2 == 1


def ending_as_a_sentence(text: str) -> str:
    """`text` with a semicolon closing it read as the full stop it is once the sentence stands alone."""
    stripped = text.rstrip()
    if stripped.endswith("；"):
        return stripped[:-1] + "。"
    if stripped.endswith(";"):
        return stripped[:-1] + "."
    return text


_NOT_ALNUM = re.compile(r"[\W_]+")  # what str.isalnum() refuses, as one pattern (three times faster)


def normalize(text: str) -> str:
    """Width-fold (NFKC), lower-case and drop spaces and punctuation: the key for matching text."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).lower())


def ends_on_abbreviation(text: str, end: int) -> bool:
    """Whether the full stop ending at `end` is an initial's or an abbreviation's (Dr., e.g., pp.)."""
    return bool(_ABBREVIATION_END.search(text, max(0, end - ABBREVIATION_REACH), end))


def split_sentences(text: str) -> list[str]:
    """Split a block's text into sentences, keeping each sentence's punctuation."""
    return list(_sentences_of(text))


@lru_cache(maxsize=16384)
def _sentences_of(text: str) -> tuple[str, ...]:
    """The sentences of `text`, once per text: every extractor splits the same blocks."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if ends_on_abbreviation(text, end):
            continue
        if text[end : end + 1] == '"' and text.count('"', start, end) % 2:
            end += 1  # a straight quote after 。 closes the quote the sentence opened
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return tuple(out)


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause (between commas/semicolons) that contains sentence[start:end]."""
    left = 0
    for match in _CLAUSE_END.finditer(sentence, 0, start):
        left = match.end()
    right_match = _CLAUSE_END.search(sentence, end)
    right = right_match.start() if right_match else len(sentence)
    return left, right


def cache_dir() -> str:
    """Where quizgen keeps what it derives from its dictionaries (jieba's own cache beside ours)."""
    from platformdirs import user_cache_dir

    return user_cache_dir("quizgen")


@cache
def _jieba() -> Any:
    import logging
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba

        _import_posseg(jieba)  # the POS tagger alongside
    jieba.setLogLevel(logging.ERROR)
    folder = cache_dir()
    try:
        os.makedirs(folder, exist_ok=True)
        jieba.dt.tmp_dir = folder
    except OSError:
        pass  # jieba falls back to the system temp directory
    return jieba


def _import_posseg(jieba: Any) -> None:
    """Import `jieba.posseg` with its word-class table from a marshalled copy: on import it parses
    jieba's whole dictionary for it (a third of a second), which the copy loads in a tenth. The
    tagger reads the dictionary through its tokenizer's `get_dict_file`, shadowed with an empty
    file for the import and restored after."""
    import importlib
    import io

    source = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    table = _cached(source, "tags", lambda: None)
    if table is None:
        posseg = importlib.import_module("jieba.posseg")
        _cached(source, "tags", lambda: dict(posseg.dt.word_tag_tab))
        return
    jieba.dt.get_dict_file = lambda: io.BytesIO(b"")
    try:
        posseg = importlib.import_module("jieba.posseg")
    finally:
        del jieba.dt.get_dict_file
    posseg.dt.word_tag_tab = table


def _cached(source: str, name: str, build: Callable[[], Any]) -> Any:
    """What `build` derives from the file `source`, kept marshalled in the cache directory while
    the file's size and time match (a read-only cache: built again each time); `build` may
    return None to only look."""
    import marshal

    stat = os.stat(source)
    cached = os.path.join(cache_dir(), f"{name}.{stat.st_size}.{int(stat.st_mtime)}.marshal")
    try:
        with open(cached, "rb") as f:
            return marshal.loads(f.read())  # load(f) reads in small pieces: four times slower
    except (OSError, ValueError, EOFError, TypeError):
        pass
    built = build()
    if built is None:
        return None
    try:
        os.makedirs(os.path.dirname(cached), exist_ok=True)
        with open(cached + ".tmp", "wb") as f:
            marshal.dump(built, f)
        os.replace(cached + ".tmp", cached)
    except OSError:
        pass
    return built


@cache
def idf_table() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median: how rare a Chinese word is in general text. Parsed once
    and kept in the cache directory beside jieba's own, so `jieba.analyse`, which loads it on
    import with much else, is never imported."""
    source = os.path.join(os.path.dirname(_jieba().__file__), "analyse", "idf.txt")
    table, median = _cached(source, "idf", lambda: _parse_idf(source))
    return table, median


def _parse_idf(source: str) -> tuple[dict[str, float], float]:
    table = {}
    with open(source, encoding="utf-8") as f:
        for line in f:
            word, _, freq = line.strip().partition(" ")
            if word and freq:
                table[word] = float(freq)
    return table, sorted(table.values())[len(table) // 2]


def _pieces(text: str, protected: Sequence[tuple[int, int]]) -> Iterable[tuple[str, bool]]:
    """Yield (piece, is_protected) runs of `text`, protected spans whole."""
    pos = 0
    for start, end in sorted(protected):
        if start < pos:
            continue
        if start > pos:
            yield text[pos:start], False
        yield text[start:end], True
        pos = end
    if pos < len(text):
        yield text[pos:], False


def segment(text: str, protected: Sequence[tuple[int, int]] = ()) -> list[str]:
    """jieba's words for `text`, with each protected (start, end) span kept as one word."""
    jieba = _jieba()
    words: list[str] = []
    for piece, whole in _pieces(text, protected):
        if whole:
            words.append(piece)
        else:
            words.extend(w for w in jieba.lcut(piece) if w)
    return words


def tag(text: str, protected: Sequence[tuple[int, int]] = ()) -> list[tuple[str, str]]:
    """jieba's (word, part-of-speech) pairs; a protected span is tagged "x" (kept whole)."""
    jieba = _jieba()
    pairs: list[tuple[str, str]] = []
    for piece, whole in _pieces(text, protected):
        if whole:
            pairs.append((piece, "x"))
        else:
            pairs.extend((p.word, p.flag) for p in jieba.posseg.lcut(piece) if p.word)
    return pairs
