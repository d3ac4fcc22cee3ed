"""Which lines are page furniture rather than content, by general rules.

Anywhere: image-only and link-only lines, page and end markers, rules (`---`), lines without a
letter or digit. At the document's edges (its first and last few lines): calls to action that
speak to the reader about following, subscribing, scanning, downloading or listening elsewhere,
bare addresses, and a few words that only label furniture (`Logo`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from quizgen.ingest.clean import display_width

EDGE_LINES = 5  # how many non-blank lines at each end count as the document's edge

IMAGE_OR_LINK_ONLY = re.compile(
    r"^(?:!?\[[^\]]*\]\([^)]*\)\s*)+$|^<img\b[^>]*>$|^<a\b[^>]*>.*</a>$", re.IGNORECASE
)
_PAGE_MARKER = re.compile(
    r"^(?:第\s*\d+\s*页(?:\s*[/\uff0f,，]?\s*共\s*\d+\s*页)?"
    r"|(?:page|p\.|pg\.?)\s*\d+(?:\s*(?:of|/)\s*\d+)?"
    r"|[-–—]\s*\d+\s*[-–—]"
    r"|\d+\s*/\s*\d+)$",
    re.IGNORECASE,
)
_END_MARKER = re.compile(r"^[^\w]*(?:(?:the\s+)?end|(?:全文|本文)?完)[^\w]*$", re.IGNORECASE)
_ALNUM = re.compile(r"[^\W_]")
BARE_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
FURNITURE_WORD = re.compile(
    r"^[^\w]*(?:logo|banner|advertisement|sponsored|广告|封面|题图|配图|图片|image|photo)[^\w]*$",
    re.IGNORECASE,
)

# A call to action: an imperative opening, or a phrase that only furniture uses ...
IMPERATIVE = re.compile(
    # (after a pointing emoji or a bullet: 👆 点击关注, ▶ Subscribe)
    r"^(?:[^\w\s「“\"《(（\[]\s*)*(?:点击|长按|扫码|扫描|识别(?:图中)?二维码|戳|点个|记得|欢迎(?:关注|订阅|转发)|关注(?:我们|公众号|[「“\"《])"
    r"|follow\s+(?:us|me)|subscribe|download|click|tap|scan|sign\s+up|listen\s+(?:on|to|in)|read\s+more"
    r"|join\s+us|like\s+and)",
    re.IGNORECASE,
)
FURNITURE_PHRASE = re.compile(
    r"更多推荐|推荐阅读|往期推荐|相关推荐|往期回顾|精彩回顾|阅读原文|原文链接|下期见|more\s+from\s+us|related\s+posts"
    r"|leave\s+(?:us\s+)?a\s+(?:review|rating|comment)|rate\s+(?:and|&)\s+review|wherever\s+you\s+(?:get|listen)"
    # a programme's page: where to hear the episode a second time, or to save it
    r"|listen\s+again\s+(?:or|on|to\s+(?:the|this)\s+(?:podcast|episode|programme|program|show))\b"
    r"|download\s+(?:the|this)\s+(?:podcast|episode|programme|program|show)\b"
    # where to find the show: 可在小宇宙搜索「X」收听, search for "X" on …
    r"|搜索\s*[「“\"《][^」”\"》]{1,20}[」”\"》]\s*[，,]?\s*(?:收听|收看|观看|关注|订阅|每周.{1,2}更新|每(?:天|日)更新)"
    r"|search\s+for\s+[“\"][^”\"]{1,30}[”\"]\s+(?:on|in|wherever)\b"
    # 回复“圆桌二”获取: a keyword to send the account for the slides or the replay
    r"|回复\s*(?:[「“\"《][^」”\"》]{1,12}[」”\"》]|[A-Za-z0-9]{1,12})\s*(?:即可)?(?:获取|领取|查看|下载|获得)",
    re.IGNORECASE,
)
# ... or a line that speaks to the reader (你, 您, 大家, you) where every sentence is about these acts.
CUE = re.compile(
    r"关注|订阅|扫码|扫描|二维码|下载|收听|收看|点击|点赞|在看|转发|分享|推荐|加入|公众号|星标|置顶|留言|长按"
    r"|(?<![A-Za-z])(?:app|follow|subscribe|download|listen|scan|click|tap|share|sign\s+up|newsletter|join)"
    r"(?![a-z])",
    re.IGNORECASE,
)
READER = re.compile(r"你|您|大家|读者|听众|朋友们|(?<![A-Za-z])(?:you|your)(?![A-Za-z])", re.IGNORECASE)
SENTENCES = re.compile(r"[^。！？!?]+[。！？!?]*")


def is_furniture(line: str) -> bool:
    """A line that is never content wherever it stands (images, links, page/end markers, rules)."""
    if not line:
        return False
    if not _ALNUM.search(line):
        return True
    return bool(IMAGE_OR_LINK_ONLY.match(line) or _PAGE_MARKER.match(line) or _END_MARKER.match(line))


def is_call_to_action(line: str) -> bool:
    """A line that asks the reader to follow, subscribe, scan, download or listen elsewhere."""
    if FURNITURE_PHRASE.search(line) and display_width(line) <= 80:
        return True
    if IMPERATIVE.match(line) and display_width(line) <= 60:
        return True
    if display_width(line) <= 40 and len(CUE.findall(line)) >= 2:
        return True
    if not READER.search(line):
        return False
    sentences = [s for s in SENTENCES.findall(line) if s.strip()]
    return bool(sentences) and all(CUE.search(s) for s in sentences)


def is_edge_boilerplate(line: str) -> bool:
    """Furniture that is only recognisable by standing at the document's top or bottom."""
    return bool(BARE_ADDRESS.match(line) or FURNITURE_WORD.match(line)) or is_call_to_action(line)


def boilerplate_lines(lines: Sequence[str], protected: Callable[[int], bool]) -> frozenset[int]:
    """Indexes of the cleaned `lines` to drop; `protected(i)` vetoes a drop (e.g. a speaker's turn)."""
    dropped = {i for i, line in enumerate(lines) if is_furniture(line) and not protected(i)}
    content = [i for i, line in enumerate(lines) if line and i not in dropped]
    edges = content[:EDGE_LINES] + content[-EDGE_LINES:]
    dropped.update(i for i in edges if not protected(i) and is_edge_boilerplate(lines[i]))
    return frozenset(dropped)
