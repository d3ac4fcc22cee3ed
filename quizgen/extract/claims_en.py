"""Claims in English sentences: words someone said (`he said: "…"`), how a thing is described
(`is widely seen as a lucky break`), someone's point (`Marsh's point was that …`),
what the key to something is, reasons (`…, because …`) and the key clause of a takeaway.

Each rule returns (cue, prompt, answer, holder): `prompt` is the sentence up to the answer with
`{}` where the answer stood; `holder` is who said it, as written ("he" included).
"""

from __future__ import annotations

import re

from quizgen.extract.lexicon import IRREGULAR_PAST_EN, NOT_NAME_EN, words, zipf_en

Found = tuple[str, str, str, str]

_SAID = re.compile(
    r"\b(?P<who>[A-Z][a-z]+(?:\s[A-Z][a-z]+)*|he|she|they)\s+(?:said|says|declared|remarked|replied|added|"
    r"announced|wrote)\s*[:,]\s*(?P<open>[“\"])(?P<q>[^”\"]{6,200}?)[.,!?]?[”\"]"
)
DESCRIBED_AS = (
    r"(?:described|known|remembered|referred to|regarded|called|hailed|dubbed)\s+as|called|dubbed|nicknamed"
)
_DESCRIBED = re.compile(
    r"^(?P<subj>.+?)\s+(?:is|was|are|were|has been|have been)\s+"
    r"(?:(?:often|commonly|widely|usually|sometimes|generally|also|best|frequently|now)\s+)?"
    rf"(?:{DESCRIBED_AS})\s+(?P<ans>[^,.;:]{{3,80}})"
)
_POINT = re.compile(
    r"(?P<x>(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)*'s|[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s(?:author|speaker|lecturer)'s)\s"
    r"(?:(?:main|central|key|basic|whole|first)\s)?(?:point|argument|insight|conclusion|lesson|message|claim|"
    r"thesis|idea))\s(?P<be>was|is)\s+that\s+(?P<ans>.+)"
)
_KEY = re.compile(
    r"(?P<x>\b[Tt]he\s(?:key|core|heart|essence|secret|crux|root)\s(?:of|to|behind)\s[^,.;]+?)\s"
    r"(?P<be>is|was|lies in|lay in)\s+(?P<ans>[^.;]+)"
)
_BECAUSE = re.compile(r"(?P<what>[^.;]{10,}?),?\s+because\s+(?P<why>[^.;]+)")
_CLAUSE_END = re.compile(r";|:|,\s+(?:and|but|which|so|while|whereas|yet)\b|\s—\s|\.(?:\s|$)|$")
_LABEL = re.compile(
    r"^(?:In short|In summary|To sum up|Bottom line|Key takeaway|Takeaway|Conclusion|Lesson)[:,]\s*"
)
_REPORTING = {
    "argue": "argued|argues",
    "say": "said|says",
    "believe": "believes|believed",
    "conclude": "concluded|concludes",
    "warn": "warned|warns",
    "recommend": "recommended|recommends",
    "insist": "insisted|insists",
    "maintain": "maintained|maintains",
    "claim": "claimed|claims",
    "contend": "contended|contends",
    "stress": "stressed|stresses",
}
REPORTING_BASE = {form: base for base, forms in _REPORTING.items() for form in forms.split("|")}
_WEAK_REPORTING = {"say"}  # said that … is as often narrative as a claim
_HOLDER = r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}|[Tt]he\s(?:speaker|author|guest|host|lecturer|writer))"
_REPORTED = re.compile(
    rf"(?:^|[,;]\s*|\band\s)(?P<who>{_HOLDER})\s+(?:(?:also|rightly|repeatedly|firmly)\s+)?"
    rf"(?P<verb>{'|'.join(REPORTING_BASE)})\s+that\s+(?P<ans>[^.;]+)"
)
_SELF_REPORT = re.compile(r"^(?:he|she|they|I|we|it|there)\b|\bhad\b", re.I)
_REASON_CUT = re.compile(r"\s+(?:so that|because|since|unless)\b|,\s+(?:so|which|who)\b")
_LESSON = re.compile(
    r"^(?P<x>[Tt]he\s(?:key|main|central|core|big|biggest|real|first|chief)\s"
    r"(?:point|lesson|takeaway|idea|message|argument|claim|insight|thesis)(?:\s(?:of|from)\s[^,]+?)?)"
    r"\s(?P<be>is|was)\s+that\s+(?P<ans>.+)"
)
_REQUIRE = re.compile(
    r"^(?P<subj>(?!(?:It|This|That|They|He|She|There)\b)[A-Z][\w-]*(?:\s[\w-]+){0,5}?)\s+"
    r"(?P<adv>(?:now|also|still|often|usually|always)\s+)?(?P<verb>requires|require|required)\s+(?P<ans>[^.;]+)"
)
_CONTRAST = re.compile(
    r",\s+not\s+(?!(?:only|just|even|least|yet|always|because|that|to|in|at|for|with|by|on)\b)"
    r"(?P<y>[a-z][\w-]*(?:\s[\w-]+){0,3}?)(?=\s*(?:[,.;!]|$))"
)
_LINKS = {"that", "as", "is", "are", "was", "were", "and", "or", "but", "to", "of", "on", "in", "not", "than"}
_CHANGE = {
    "fell": "fall",
    "rose": "rise",
    "dropped": "drop",
    "grew": "grow",
    "increased": "increase",
    "decreased": "decrease",
    "declined": "decline",
    "climbed": "climb",
    "shrank": "shrink",
}
CHANGE_BASE = _CHANGE
_OUTCOME = re.compile(
    rf"^(?P<subj>[A-Z][\w-]*(?:\s[a-z][\w-]*){{0,4}}?)\s+(?P<verb>{'|'.join(_CHANGE)})\s+"
    r"(?P<ans>by\s+(?:half|two-thirds|three-quarters|a\s(?:third|quarter|fifth|tenth)|[a-z]+(?:-[a-z]+)?\s+percent))"
    r"(?P<rest>(?:\s[^.;,]+)?)(?=[.;,]|$)"
)
_ANAPHOR = re.compile(r"^(?P<det>The|This|That|These|Those)\s+(?P<noun>[a-z][\w-]*)$")
_PROPER = re.compile(r"\b[A-Z][a-zA-Z]+(?:\s(?:[A-Z][a-zA-Z]+|\d+))*\b")


def clause(text: str, limit: int = 14) -> str:
    """The first clause of `text` (up to `;`, `:`, `, and …`, or the end), "" when over `limit` words."""
    m = _CLAUSE_END.search(text)
    head = text[: m.start() if m else len(text)].strip().rstrip(",")
    return head if 2 <= len(head.split()) <= limit else ""


def said(sentence: str) -> list[Found]:
    m = _SAID.search(sentence)
    if not m:
        return []
    answer = m.group("q").strip()
    return [("quote", sentence[: m.start("q")] + "{}", answer, m.group("who"))]


def _antecedent(before: str, people: set[str]) -> str:
    """The first proper name in the text before that is not a person (`Voyager 2`)."""
    for m in _PROPER.finditer(before):
        words = m.group().split()
        while words and words[0] in NOT_NAME_EN:
            words.pop(0)
        name = " ".join(words)
        if (
            name
            and name[0].isupper()
            and name not in people
            and not any(name in p or p in name for p in people)
        ):
            return name
    return ""


def described(sentence: str, before: str, people: set[str]) -> list[Found]:
    m = _DESCRIBED.match(sentence)
    if not m:
        return []
    answer = m.group("ans").strip()
    subj = m.group("subj")
    prompt = sentence[: m.start("ans")] + "{}"
    anaphor = _ANAPHOR.match(subj)
    name = _antecedent(before, people) if anaphor else ""
    if name:
        prompt = f"The {name} {anaphor.group('noun')}" + prompt[len(subj) :]  # type: ignore[union-attr]
    elif anaphor and anaphor.group("det") != "The":
        return []  # "This voyage" with nothing before it to say which
    elif re.match(r"(?:It|They|He|She)\b", subj):
        return []
    return [("described", prompt, answer, "")]


def point(sentence: str) -> list[Found]:
    out: list[Found] = []
    for rule in (_POINT, _KEY):
        m = rule.search(sentence)
        if m:
            answer = clause(m.group("ans"))
            if answer:
                out.append(("core", sentence[m.start("x") : m.start("ans")] + "{}", answer, ""))
    return out


# Especially to Rory, because …; Not too conservative, because …: a spoken answer's fragment, the
# rest of a sentence the question held; what it explains is not in it.
_FRAGMENT = re.compile(
    r"^\s*(?:especially|not|also|just|only|even|mostly|partly|probably|maybe|perhaps|mainly|largely|"
    r"to|for|with|in|on|at)\b(?:\s+\S+){0,4}\s*,?\s*$",
    re.I,
)


_FINITE = frozenset(
    words("is are was were has have had do does did can could will would should must may might 's 're 've")
)


def _verbless(what: str) -> bool:
    """Easier, in a grim way, because …: a few words with no verb to be explained (a verb is an
    auxiliary, a past form or a word in -s after the first)."""
    found = re.findall(r"[A-Za-z][\w']*", what)
    if len(found) > 5:
        return False
    lowered = [w.lower() for w in found]
    past = [w for w in lowered if w.endswith(("ed", "n't")) or w in IRREGULAR_PAST_EN or w in _FINITE]
    return not past and not any(w.endswith("s") for w in lowered[1:])


def because(sentence: str) -> list[Found]:
    if "because" not in sentence:  # the pattern tries every start of a long sentence before failing
        return []
    m = _BECAUSE.search(sentence)
    if not m or _FRAGMENT.match(m.group("what")) or _verbless(m.group("what")):
        return []
    answer = clause(m.group("why"))
    return [("reason", sentence[: m.start("why")] + "{}", answer, "")] if answer else []


def _short(text: str, limit: int = 12) -> str:
    """The first clause of `text`, stopping before a reason (`so that …`, `because …`)."""
    m = _REASON_CUT.search(text)
    return clause(text[: m.start()] if m else text, limit)


def reported(sentence: str, people: set[str]) -> list[Found]:
    """Someone's claim in a that-clause after a verb of arguing (`Hart argues that X`), said by a
    person the document names or by its speaker/author. `said that` with a clause about the
    speaker's own doings (`he had changed banks`) is narrative."""
    m = _REPORTED.search(sentence)
    if not m:
        return []
    words = m.group("who").split()
    who = next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in people), "")
    if not who and words[0].lower() == "the":
        who = m.group("who")
    if not who:
        return []
    body = m.group("ans").strip()
    if REPORTING_BASE[m.group("verb")] in _WEAK_REPORTING and _SELF_REPORT.search(body):
        return []
    answer = _short(body)
    if not answer or len(answer.split()) < 3:
        return []
    start = m.end("who") - len(who)
    return [("reported", sentence[start : m.start("ans")] + "{}", answer, who)]


def lesson(sentence: str) -> list[Found]:
    """`The main lesson (of X) is that Y`."""
    m = _LESSON.match(sentence)
    answer = _short(m.group("ans")) if m else ""
    return [("core", sentence[: m.start("ans")] + "{}", answer, "")] if m and answer else []


def requirement(sentence: str) -> list[Found]:
    """What a rule or a thing requires (`EU regulators now require an exit plan`)."""
    m = _REQUIRE.match(sentence)
    answer = _short(m.group("ans")) if m else ""
    return [("required", sentence[: m.start("ans")] + "{}", answer, "")] if m and answer else []


EVERYDAY_WORD = 5.2  # Zipf: good 6.1, hard 5.5, fine 5.2 are guessed; product 5.0, systems 5.1 are the point


def contrast(sentence: str) -> list[Found]:
    """`X, not Y`: X, as many words as Y has, is the point the sentence makes against Y
    (`Fund the migration as a product, not a project`)."""
    m = _CONTRAST.search(sentence)
    if not m:
        return []
    if re.fullmatch(r"\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten", m.group("y")):
        return []  # `one team, not three`: the count is not the phrase's last word
    words = sentence[: m.start()].split()
    x = words[-len(m.group("y").split()) :]
    if len(words) < len(x) + 1 or any(w.lower() in _LINKS or not re.fullmatch(r"[\w-]+", w) for w in x):
        return []
    if len(x) == 1 and zipf_en(x[0].lower()) >= EVERYDAY_WORD:
        return []  # Tone is [good], not preachy: one everyday word, guessed
    answer = " ".join(x)
    start = m.start() - len(answer)
    return [("contrast", sentence[:start] + "{}" + sentence[m.start() :], answer, "")]


def outcome(sentence: str) -> list[Found]:
    """How much a thing changed, in words (`Outages fell by half after …`); changes in digits are
    the figures' items."""
    m = _OUTCOME.match(sentence)
    if not m or m.group("subj").split()[0] in {"It", "This", "That", "They", "There"}:
        return []
    return [("outcome", sentence[: m.start("ans")] + "{}" + sentence[m.end("ans") :], m.group("ans"), "")]


_COLON = re.compile(r":(?!\d)")


def takeaway(sentence: str, in_summary: bool) -> list[Found]:
    label = _LABEL.match(sentence)
    if not (in_summary or label):
        return []
    start = label.end() if label else 0
    colon = next((m.start() for m in _COLON.finditer(sentence, start)), -1)  # not 8:30 or 1:2
    if colon > 0 and len(sentence[start:colon].split()) >= 2:
        answer = clause(sentence[colon + 1 :])
        at = sentence.find(answer, colon) if answer else -1
        return [("takeaway", sentence[:at] + "{}", answer, "")] if at > 0 else []
    answer = clause(sentence[start:])
    return [("takeaway", sentence[:start] + "{}", answer, "")] if answer and len(answer.split()) >= 3 else []


def claims(sentence: str, in_summary: bool, before: str = "", people: set[str] | None = None) -> list[Found]:
    """Every (cue, prompt, answer, holder) the rules find in one sentence."""
    found = (
        said(sentence)
        + described(sentence, before, people or set())
        + point(sentence)
        + reported(sentence, people or set())
        + lesson(sentence)
        + requirement(sentence)
        + because(sentence)
    )
    return found or outcome(sentence) or contrast(sentence) + takeaway(sentence, in_summary)
