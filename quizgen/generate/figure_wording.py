"""How a figure is asked: the part of its sentence that states it (the figure's clause, with the
context before it that names its subject; side remarks after it cut off), turned into a question by
putting 多少/什么时候/哪一年/多久/几倍 (how many/how much/what year …) where the figure stood, and into
a cloze with the figure deleted whole. Pure string work over a `Figure`; no segmentation.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from quizgen.extract.figure_scan import end_of_change
from quizgen.generate import figure_words as w
from quizgen.model import Figure

MAX_ZH = 45  # characters of context a Chinese question keeps before its figure
MAX_EN = 200
# An ASCII comma separates clauses unless it groups thousands (18,000): a digit before, three after.
_COMMA = r"(?<!\d),|,(?!\d{3}(?!\d))"
_ZH_DELIM = re.compile(rf"[，；;：:。！？!?]|{_COMMA}|——")
_ZH_SOFT = re.compile(rf"[，；;]|{_COMMA}")
_EN_HARD = re.compile(r"[;:!?]|,\s(?=(?:and|but|or|so|while|which|who|whose|where|when|because|although|"
                      r"though|a|an|the|as|after|before|making|leaving|bringing|ending|with)\b)")  # fmt: skip
_EN_HARD_OR_COMMA = re.compile(r"[;:!?,]")
_EN_CONJ_CUT = re.compile(r"(?:,\s(?:and|but|so|while|yet)\s|;\s)")
_ZH_PRONOUN_LEAD = re.compile(r"^(?:他们|她们|它们|他|她|它)[\u4e00-\u9fff]{1,3}[，,]")
# Connectives of the language (not phrases of any one document) that open a clause the question
# leaves out.
_ZH_DISCOURSE = re.compile(
    r"^(?:另外|此外|比如说?|例如|当然|其实|事实上|总之|因此|所以|然而|不过|同时|首先|其次|再次|最后|"
    r"另一方面|换句话说|也就是说|简单来说|总的来说|具体来说|说到底)[，,]\s*"
)
_EN_DISCOURSE = re.compile(
    r"^(?:However|Moreover|In fact|Indeed|Also|Still|Meanwhile|Thus|Therefore|So|Then),\s"
)
_TIME_PREP = re.compile(r"^(In|On|By|During|Since|Until|Before|After|Around|About)\s$")
_COLON = re.compile(r"[：:；;]")
_NOUN_TAIL_ZH = re.compile(r"(?:背后|之后|以后|以来|期间|之前)的[\u4e00-\u9fffA-Za-z]{1,10}")
_GLOSSARY_TERM = re.compile(r"^([^，,。：:；;\s]{1,6})[：:]$")
_GLOSS_LEAD = re.compile(r"^(?:是|在|于|从|到|自|至)")
_TRAILING = re.compile(r"[\s，,、；;：:.。…!！?？—]+$")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…+)\s*$")


@dataclass(frozen=True, slots=True)
class Wording:
    """A figure's question (for basic and choice items), its answer, and its cloze."""

    question: str
    answer: str
    cloze: str  # Anki text: …{{c1::figure}}…
    masked: str  # the cloze as a learner reads it: …[…]…


def content(text: str) -> int:
    """How many word characters (Han or Latin letters) `text` has."""
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z]", text))


def _words(text: str) -> int:
    return len(re.findall(r"[A-Za-z]+", text))


def _asked(fig: Figure) -> tuple[int, int]:
    """Offsets (in the sentence) of what the question asks: a change's end point, else the figure."""
    if fig.kind == "change":
        start, end = end_of_change(fig.text)
        return fig.start + start, fig.start + end
    return fig.start, fig.end


def answer_text(fig: Figure) -> str:
    a, b = _asked(fig)
    return fig.sentence[a:b]


def _is_gloss(fig: Figure) -> bool:
    s = fig.sentence
    return fig.start > 0 and s[fig.start - 1] in "（(" and s[fig.end : fig.end + 1] in {"）", ")"}


# --- the span of the sentence that states the fact -------------------------------------------------


def _next_end(s: str, pos: int, zh: bool) -> int:
    m = (_ZH_DELIM if zh else _EN_HARD).search(s, pos)
    return m.start() if m else len(s)


def _sentence_end(s: str) -> int:
    body = _ELLIPSIS.sub("", s.rstrip())
    return len(body.rstrip("。！？!?.")) if body else 0


def fact_end(fig: Figure, start: int, zh: bool) -> int:
    s, a, b = fig.sentence, fig.start, fig.end
    stop = _sentence_end(s)
    right = min(_next_end(s, b, zh), stop)
    thin = content(s[start:a]) < (2 if zh else 3)
    if (thin or _is_gloss(fig)) and content(s[b:right]) < 2 and right < stop and s[right] not in "。！？!?":
        right = min(
            _next_end(s, right + 1, zh), stop
        )  # 1972年，山东…出土了竹简: the clause is the figure alone
    if right < stop and s[right] in "：:" and content(s[start:a] + s[b:right]) < 6:
        right = stop  # 全书五章依次为：选址、备料…: what follows the colon is the statement
    return right


def context_start(fig: Figure, zh: bool) -> int:
    s, a = fig.sentence, fig.start
    start = 0
    lead = _ZH_PRONOUN_LEAD.match(s) if zh else None
    if lead and lead.end() <= a:
        start = lead.end()  # 他估算，… : drop an attribution nobody resolved
    for colon in sorted((m.start() for m in _COLON.finditer(s, start, a)), reverse=True):
        if _names_own_subject(s[colon + 1 : a], zh):
            start = colon + 1  # the part after a colon names its own subject
            break
    marker = w.scenario_start(s, a)
    if marker is not None:
        start = max(start, marker)
    start = _skip_space(s, start, a)
    discourse = (_ZH_DISCOURSE if zh else _EN_DISCOURSE).match(s, start)
    if discourse and discourse.end() <= a:
        start = discourse.end()
    return _skip_space(s, _shorten(s, start, a, zh), a)


def _names_own_subject(text: str, zh: bool) -> bool:
    if zh:
        return max((content(piece) for piece in re.split(r"[，,、]", text)), default=0) >= 4
    return _words(text) >= 3


def _shorten(s: str, start: int, a: int, zh: bool) -> int:
    """Drop whole clauses from the front while the context is longer than a card should be."""
    limit = MAX_ZH if zh else MAX_EN
    cuts = [_ZH_SOFT] if zh else [_EN_CONJ_CUT]
    for cut in cuts:
        while a - start > limit:
            m = cut.search(s, start, a)
            if not m:
                break
            start = m.end()
    return start


def _skip_space(s: str, start: int, a: int) -> int:
    while start < a and s[start] in " ，,、；;：:—":
        start += 1
    return start


# --- questions and clozes -----------------------------------------------------------------------------


def _gloss_question(fig: Figure) -> str | None:
    """唐咸通九年（868年） -> 唐咸通九年是公元哪一年？"""
    if not _is_gloss(fig) or w.base_kind(fig) not in {"year", "date"}:
        return None
    s = fig.sentence
    left = max((m.end() for m in _ZH_DELIM.finditer(s, 0, fig.start - 1)), default=0)
    phrase = _GLOSS_LEAD.sub("", s[left : fig.start - 1].strip())
    if content(phrase) < 2:
        return None
    return f"{phrase}是公元{'哪几年' if fig.kind == 'range' else '哪一年'}？"


def _leading_time_zh(fig: Figure, start: int, end: int, wh: str, hedge: str) -> str | None:
    """1972年，山东…出土了竹简 -> 山东…出土了竹简，是在哪一年？"""
    s = fig.sentence
    if (
        w.base_kind(fig) not in {"year", "date"}
        or fig.start != start
        or s[fig.end : fig.end + 1] not in {"，", ","}
    ):
        return None
    rest = s[fig.end + 1 : end].strip()
    if content(rest) < 4:
        return None
    return f"{rest}，{'大约' if hedge else ''}是在{wh}？"


def question_zh(fig: Figure, start: int, end: int) -> str:
    s = fig.sentence
    a, b = _asked(fig)
    hedge, core, post = w.split_figure(s[a:b])
    before, after = s[start:a], s[b:end]
    if _NOUN_TAIL_ZH.fullmatch(after.strip()):
        after = ""  # 涨到30亿美元背后的运营逻辑: ask where it rose to, not about the logic behind it
    if fig.kind == "ratio" and "、" in fig.text:
        return _TRAILING.sub("", before) + "，具体是怎样的？"
    wh = w.wh_zh(fig, core, after, before.rstrip())
    special = _gloss_question(fig) or _leading_time_zh(fig, start, end, wh, hedge)
    if special:
        return special
    hedge = hedge.strip()
    if hedge == "约" and w.base_kind(fig) in {"year", "date"}:
        hedge = "大约"
    term = _GLOSSARY_TERM.match(before)
    if term:
        before = f"{term.group(1)}是指"
    text = f"{before.rstrip()}{hedge}{wh}{post}{after.lstrip()}"
    return _TRAILING.sub("", text) + "？"


def question_en(fig: Figure, start: int, end: int) -> str:
    s = fig.sentence
    a, b = _asked(fig)
    hedge, core, post = w.split_figure(s[a:b])
    if hedge.strip().lower() == "some":
        hedge = ""  # "cost some how much" reads badly; "cost how much" asks the same
    wh = w.wh_en(fig, core)
    prep = _TIME_PREP.match(s[start:a])
    if prep and w.base_kind(fig) in {"year", "date"} and fig.kind != "change":
        rest = _TRAILING.sub("", s[b:end].lstrip(", "))
        if _words(rest) >= 3:
            return f"{rest[0].upper()}{rest[1:]} {prep.group(1).lower()} {wh}?"
    text = _TRAILING.sub("", f"{s[start:a]}{hedge}{wh}{post}{s[b:end]}")
    return f"{text[0].upper()}{text[1:]}?"


def cloze_of(fig: Figure, start: int, end: int, zh: bool) -> tuple[str, str]:
    s = fig.sentence
    tail = _TRAILING.sub("", s[fig.end : end]) if end > fig.end else ""
    close = "。" if zh else "."
    head = s[start : fig.start]
    if not zh and head:
        head = head[0].upper() + head[1:]
    return f"{head}{{{{c1::{fig.text}}}}}{tail}{close}", f"{head}[…]{tail}{close}"


def wording(
    fig: Figure, zh: bool, lead: str = "", proper: Collection[str] | None = None, start: int | None = None
) -> Wording:
    """The question and cloze for `fig`; `lead` (据韩语桐，/ In the example, …) opens both;
    `proper` are the words the document capitalises mid-sentence (an English opener not among
    them loses its capital after a lead); `start` overrides where the stated part begins."""
    start = context_start(fig, zh) if start is None else start
    end = fact_end(fig, start, zh)
    question = question_zh(fig, start, end) if zh else question_en(fig, start, end)
    cloze, masked = cloze_of(fig, start, end, zh)
    if lead:
        keep = zh or lead.rstrip().endswith((".", "?", "!"))  # a borrowed sentence ends before it
        question = lead + (question if keep else w.lower_opener(question, proper))
        cloze = lead + (cloze if keep else w.lower_opener(cloze, proper))
        masked = lead + (masked if keep else w.lower_opener(masked, proper))
    return Wording(question=question, answer=answer_text(fig), cloze=cloze, masked=masked)


_CONTINUES_ZH = re.compile(r"(?:并且|而且|并|且|还|又|同时|随后|后来|进而|从而)(?=[\u4e00-\u9fff])")
_CONTINUES_EN = re.compile(r"(?:and|but|then)\s+(?:later\s+|also\s+)?(?=[a-z]+ed\b)")


def continued_clause(fig: Figure, zh: bool) -> int | None:
    """Where the figure's clause goes on after `并`/`and` when its subject was cut off with the
    head of the sentence (`…，并预测营收两年内…`: who predicts?); None when nothing was cut."""
    start = context_start(fig, zh)
    if start == 0:
        return None
    s = fig.sentence
    clause = max(
        (m.end() for m in (_ZH_SOFT if zh else _EN_HARD_OR_COMMA).finditer(s, 0, fig.start)), default=0
    )
    clause = _skip_space(s, clause, fig.start)
    m = (_CONTINUES_ZH if zh else _CONTINUES_EN).match(s, clause)
    return m.end() if m else None


def body_of(fig: Figure, zh: bool) -> str:
    """The stated part of the sentence, as the question would open without any lead."""
    start = context_start(fig, zh)
    return fig.sentence[start:]


def joint_wording(
    first: Figure, second: Figure, zh: bool, lead: str, proper: Collection[str] | None = None
) -> tuple[str, str] | None:
    """Two figures of one worked example asked together (`…训练多少成本的模型，2024年创收多少钱？`)
    as (question, answer `1亿美元；2亿美元`); None unless they stand in neighbouring clauses."""
    s = first.sentence
    start = context_start(first, zh)
    end = fact_end(second, start, zh)
    between = s[first.end : second.start]
    if not start <= first.start < first.end <= second.start < second.end <= end:
        return None
    if len((_ZH_DELIM if zh else _EN_HARD).findall(between)) > 1 or ("；" in between or ";" in between):
        return None
    pieces, pos = [], start
    for fig in (first, second):
        hedge, core, post = w.split_figure(fig.text)
        before = s[pos : fig.start]
        if zh:
            pieces += [
                before.rstrip(),
                hedge.strip(),
                w.wh_zh(fig, core, s[fig.end : end], before.rstrip()),
                post,
            ]
        else:
            pieces += [before, hedge, w.wh_en(fig, core), post]
        pos = fig.end
    text = _TRAILING.sub("", "".join(pieces) + s[pos:end])
    if zh:
        return f"{lead}{text}？", f"{first.text}；{second.text}"
    return f"{lead}{w.lower_opener(text, proper) if lead else text}?", f"{first.text}; {second.text}"
