"""The words that only tie a sentence to the one before it (所以, 但是, 三是, So, In this case,):
a stem stands without them."""

from __future__ import annotations

import re

# A word that only ties the sentence to the one before it (所以, 但是, So, But): the statement stands
# without it. A subordinator (如果, 虽然, if, when) is no such word: its clause needs its main clause.
_TIE_ZH = re.compile(
    r"^(?:所以|因此|因而|于是|但是|但|可是|然而|不过|而且|并且|另外|此外|同时|然后|那么|其实|事实上|实际上|"
    r"换句话说|也就是说|总之|总而言之|简单来说|简而言之|当然|首先|其次|最后(?![的一两二三四五六七八九十几个位次年天期批轮场])|第[一二三四五六七八九十]+(?=[，,、])|"
    r"[一二三四五六七八九十]是(?=[^，,。]{4})|其[一二三四五])[，,、\s]*"
)
_TIE_EN = re.compile(
    r"^(?:so|but|and|also|however|therefore|thus|hence|moreover|furthermore|besides|indeed|in fact|"
    r"in other words|in short|in summary|(?:first|second|third|finally)(?=,)|overall|of course|"
    r"(?:one|two|three|four|five|six)(?=,))\b[,\s]*",  # Two, price caps on resale …: a counted point
    re.I,
)
# An opening phrase that points back at what came before (在这种情况下，/ 对于这一点，/ In this case,)
# names no condition of its own: the statement after it stands alone.
_BACK_ZH = re.compile(
    r"^(?:正是|也是|就是|正|也)?(?:(?:在|针对|对于|面对|基于|就|从|按照|根据)[^，,。]{0,6})?(?:这|那|此)[^，,。]{0,6}[，,]\s*"
)
_BACK_EN = re.compile(
    r"^(?:in|for|with|because of|given|on|at)\s+(?:this|that|these|those)\b[^,]{0,20},\s*", re.I
)
MIN_REST_ZH, MIN_REST_EN = 10, 6  # what must be left of the sentence


def without_ties(sentence: str, zh: bool) -> str:
    """The sentence without the words that tie it to the one before (所以, 但, In this case,),
    capitalised again where English; unchanged when too little would be left."""
    text = sentence.strip()
    for _ in range(3):  # 所以其实, But in this case,
        cut = (_TIE_ZH if zh else _TIE_EN).sub("", text, count=1)
        cut = (_BACK_ZH if zh else _BACK_EN).sub("", cut, count=1)
        if cut == text:
            break
        text = cut
    if text == sentence.strip() or (len(text) < MIN_REST_ZH if zh else len(text.split()) < MIN_REST_EN):
        return sentence.strip()
    return text if zh else text[:1].upper() + text[1:]
