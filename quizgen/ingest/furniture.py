"""Page furniture, decided per line by general signals, each with the reason `inspect` shows.

Anywhere: images, link-only lines and lines that are mostly link text, rules and markers, comments
and link definitions, captions (led by `△`/`图`/`Figure`, or a short line right after an image),
calls to follow, subscribe or listen (markup stripped first). Near the edges: bylines and source
notes. After the body's last paragraph: end matter, a run of link lists, title-like lines and
short furniture, whatever its heading says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from quizgen.ingest import boilerplate
from quizgen.ingest.clean import display_width, ends_sentence, strip_markup
from quizgen.ingest.layout import name_like
from quizgen.ingest.shapes import shape

EDGE_LINES = 8  # bylines and source notes stand within this many content lines of either end

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>", re.IGNORECASE)
# [text](url), <a>text</a>, [[a note]] (a wiki link to another note)
_LINK = re.compile(
    r"(?<!!)\[([^\]]*)\]\(([^)]*)\)|<a\b[^>]*>(.*?)</a>|\[\[([^\]|]+)(?:\|[^\]]*)?\]\]", re.IGNORECASE
)
_BARE_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_COMMENT = re.compile(r"^<!--.*-->$")
_LINK_DEFINITION = re.compile(r"^\[[^\]]+\]:\s*\S+")
_CAPTION_LEAD = re.compile(
    r"^(?:[△▲▵▴↑⬆]|图\s*\d|图\s*[：:|｜]|(?:figure|fig\.|photo|image)s?\s*\d*\s*[：:.|]"
    r"|(?:图片|图源|题图|配图|封面)(?:来源|来自|[：:|｜]))",
    re.IGNORECASE,
)
# A byline names who wrote, edited or laid out the piece: a role word next to a separator or a name.
_ROLE = (
    r"(?:作者|文|撰文|撰稿|主笔|编辑|责编|责任编辑|主编|排版|校对|审校|审核|美编|视觉|设计|摄影|图|出品|出品人|策划"
    r"|监制|制作|整理|编译|翻译|译者|运营|记者|实习生|统筹)"
)
_BYLINE_ZH = re.compile(
    rf"^(?:{_ROLE}\s*[|｜/\uff0f:：丨]\s*\S.*|.*\S\s*[|｜/\uff0f丨]\s*{_ROLE}\s*[|｜/\uff0f:：丨]?.*)$"
)
_BYLINE_ROLE_AFTER = re.compile(rf"\S+\s+{_ROLE}(?:\s|$)")
_BYLINE_EN = re.compile(
    r"^(?:by|(?:written|posted|edited|words|photos?|reporting|interview|illustrations?) by)\s+"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*"
    r"(?:\s*[|,·—-]\s*.*|\s+on\s+.*)?$",
    re.IGNORECASE,
)
# A note about where the text was copied or first published from: archive and repost notes.
_SOURCE_NOTE = re.compile(
    r"备份|转载|首发|重发|原载|原文(?:链接|地址|发表)?|本文来源|来源\s*[|｜:：丨]|仅供(?:查阅|学习|参考)"
    r"|reprinted|republished|cross-?posted|originally (?:published|appeared)|archived (?:copy|from)",
    re.IGNORECASE,
)
_REFERENCE_LINKS = re.compile(r"^(?:\[[^\]]*\]\[[^\]]*\]\s*)+$")
_LIST_OR_HEADING = re.compile(r"^(?:#|[-*+]\s|\d)")
_EMPHASIS_ONLY = re.compile(r"^([*_])(?![*_\s])[^*_]+(?<!\s)\1$")
# an e-reader's line about a highlight rather than its text: `Your Highlight on page 4 | Location 50`,
# `Highlight id: 8f2c…`, `- Note @ 2023-05-01 12:30`
_HIGHLIGHT_LINE = re.compile(
    r"^[-*>\s]*(?:your\s+(?:highlight|note|bookmark)\b"
    r"|(?:highlight|note|annotation)\s*id\s*[:#]\s*[\w-]+$"
    r"|(?:location|loc\.)\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*[|·].*)?$"
    r"|(?:划线|高亮|笔记|想法|书签)\s*(?:id|编号)\s*[：:#]\s*[\w-]+$)",
    re.IGNORECASE,
)
_ALNUM = re.compile(r"[^\W_]")
_EMPTY_LINK = re.compile(r"\[\s*\]\([^)]*\)")
_STAFF_KEY = re.compile(
    r"(?:编辑|责编|策划|排版|校对|审校|审核|美编|视觉|设计|摄影|封面图?|配图|题图|出品|监制|制作|运营|统筹"
    r"|合作|投稿|联系|商务)$"
    # a programme's credits: who edited it and what music it plays (电影配乐：… stays a term)
    r"|^(?:本期)?(?:后期|剪辑|音乐|配乐|片头曲|片尾曲|(?:片头|片尾|片头片尾|背景)音乐|BGM)$"
    r"|^(?:editor|designer|photo(?:graph)?s?|cover(?: photo| image)?|illustrations?|contact|advertising"
    r"|sponsor|(?:theme|intro|outro|background) music|audio editing|sound mixing)$",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"(?<=[。！？!?])|(?<=[.;])\s+")
_TITLE_LIKE = re.compile(r"^[《「【“\"].+[》」】”\"]$")


def is_link_heavy(line: str) -> bool:
    """Links make up most of the line's text (a row of related articles, a menu)."""
    links = list(_LINK.finditer(line))
    if not links:
        return False
    text = strip_markup(_IMAGE.sub("", line))
    link_text = sum(
        len(m.group(0) if m.group(4) else strip_markup(m.group(1) or m.group(3) or "")) for m in links
    )
    if not text or link_text == 0:
        return not text.strip(" |｜·-—/")
    rest = len(text) - link_text
    return link_text >= 0.6 * len(text) or (len(links) >= 3 and rest < 20)


def line_reason(line: str, previous: str) -> str:
    """Why a line is furniture wherever it stands ("" when it is not); `previous` is the content
    line before it (for a caption under an image)."""
    if _COMMENT.match(line):
        return "comment"
    if _LINK_DEFINITION.match(line):
        return "link definition"
    if _HIGHLIGHT_LINE.match(line):
        return "highlight id"
    without_images = _IMAGE.sub("", line).strip()
    if _IMAGE.search(line) and not _ALNUM.search(_EMPTY_LINK.sub("", without_images)):
        return "image"
    if boilerplate.IMAGE_OR_LINK_ONLY.match(without_images) or _REFERENCE_LINKS.match(without_images):
        return "link only"
    if boilerplate.is_furniture(line):
        return "marker"
    if _BARE_URL.fullmatch(line.strip("<>()（） ")):
        return "address"
    text = strip_markup(_IMAGE.sub("", line)).strip()
    if not text:
        return "image"
    if is_link_heavy(line):
        return "link density"
    if caption(line, text, previous):
        return "caption"
    if call_to_action(text):
        return "call to action"
    if _reactions_bar(text):
        return "reactions bar"
    if _HASHTAGS.match(text):
        return "hashtags"
    for reason, pattern in _PAGE_NOTES:
        if pattern.search(text):
            return reason
    if _AUTHOR_NOTE.match(line.strip()):
        return "author's note"
    if _PROMO_CODE.search(text) and _OFFER.search(text):
        return "promotion"
    if _SPONSOR_READ.search(text):
        return "sponsor read"
    if _AD_LABEL.match(text):
        return "advertisement"
    if _LINK_LABEL.match(text):
        return "link label"
    return ""


# 节目链接：在某平台搜“某节目”; Episode link: search for …: how to find a page or a show, by its label
# (a bare address after the label is the notes' metadata, `URL: https://…`)
_LINK_LABEL = re.compile(
    r"^\W*(?:[\u4e00-\u9fff]{0,4}链接|(?:[A-Za-z]+\s+)?(?:link|url))\s*[:：](?!\s*<?(?:https?://|www\.))",
    re.I,
)


# 【广告】全彩版限时特惠…; [Ad] Our new course…; Sponsored: …; [小程序] 某书房: a line the page marks
# as an advertisement, or a mini-program card linking to a shop
_AD_LABEL = re.compile(
    r"^\W*(?:[【\[\uff3b\u3014(（]\s*(?:广告|推广|赞助|小程序|ad|ads|advert(?:isement)?|sponsored|promoted)\s*[】\]\uff3d\u3015)）]"
    r"|(?:广告|推广|advertisement|sponsored)\s*[:：])",
    re.IGNORECASE,
)


# 本期节目由"途记"App赞助播出; This episode is brought to you by…: a sponsor's read, whoever reads it
_SPONSOR_READ = re.compile(
    r"由[^。，,]{1,24}(?:(?:赞助|冠名)(?:播出|支持)?|(?:支持|特约|独家)播出)|(?:赞助|支持|特约)播出"
    r"|本期(?:节目)?(?:的)?赞助商"
    r"|\b(?:this|today['’]s) (?:episode|show|podcast) is"
    r" (?:brought to you|sponsored|supported|presented) by\b"
    # Episode brought to you by …, Show sponsored by …: the note-taker's shorthand for the same read
    r"|^\W*(?:episode|show|podcast|ep\.?)\s+(?:is\s+)?(?:brought to you|sponsored)\s+by\b"
    r"|\btoday['’]s sponsor\b|\ba word from (?:our|today['’]s) sponsors?\b"
    # Support for this hour comes from …, And from …, offering …, a pledge drive: a station's
    # underwriters and its fund-raising
    r"|\bsupport\s+for\s+[^.]{2,60}?\s+comes\s+from\b|\bpledge\s+drive\b|\blistener[- ]supported\b"
    r"|^(?:[A-Z][A-Z ]{1,20}:\s*)?(?:and\s+)?(?:also\s+)?from\s+[A-Z][\w&'’ .-]{2,60},\s+"
    r"(?:offering|providing|makers?\s+of|home\s+of)\b"
    # Gridline readers get a free health check when they sign up: an offer to the audience
    r"|\b(?:readers|listeners|subscribers|viewers)\b[^.]{0,40}\b(?:get|receive|save|claim)\b[^.]{0,60}"
    r"\b(?:free|off|discount)\b",
    re.I,
)


# TA notes: slide figures checked…; 整理者注：…: who tidied the transcript says what they did to it
_TRANSCRIBERS_NOTE = re.compile(
    r"^(?:(?:TA|transcriber|transcription)['’]?s?\s+notes?\s*[:：]|整理者注|校对说明|转写说明)"
    # *Transcript of a recorded conversation… Lightly edited for length.*, *End of transcript. Runtime…*
    # (not a header's field saying so: **Format:** Video call, lightly edited for clarity)
    r"|^(?:transcript of\b|end of (?:the )?transcript\b)|^本文(?:根据|由)录音整理"
    r"|^(?![^:：]{1,24}[:：]).*\bedited for (?:length|clarity)\b",
    re.I,
)
# © 2024 The Ledger Ltd.; Copyright 2019; 版权所有; 转载请联系…，未经许可不得转载: the page's rights line
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s*\d{4}|copyright\b|all rights reserved)|版权所有"
    r"|未经(?:授权|许可|同意).{0,8}(?:转载|摘编|使用)|转载请(?:联系|注明|后台|私信)",
    re.I,
)
# 本文系「某号」原创，受访者未收取任何报酬; Not sponsored; not financial advice: what the page says of its
# own standing, not of its subject
_DISCLAIMER = re.compile(
    r"^\W*本文(?:为|系|是)[^。，,]{0,30}原创|(?:未|没有)(?:向[^。，,]{1,10})?(?:支付|收取)(?:任何|过)(?:费用|报酬)"
    r"|不构成(?:任何)?投资建议|^\W*(?:this (?:post|article|video|episode) is )?not sponsored\b"
    r"|\bno (?:payment|compensation) was (?:received|made|given)\b|\bnot (?:financial|investment) advice\b"
    # 【声明】以上仅供读者参考，不能代替门诊诊断; Disclaimer: not medical advice
    r"|^\W*(?:免责声明|声明|disclaimer)\W|仅供[\u4e00-\u9fff]{0,6}参考|不能(?:代替|替代)[^。]{0,6}(?:医生|医疗|诊断|治疗)"
    r"|\bnot (?:medical|legal) advice\b|\bnot a substitute for (?:professional )?(?:medical|legal)\b",
    re.I,
)
# 本文约3500字，阅读需要8分钟; 6 min read: what the page says of its own length
_READING_TIME = re.compile(
    r"^(?:本文|全文)(?:约|共|大约)?\s*[\d,]+\s*字[，,\s]*(?:预计)?阅读(?:需要|时间|约|大约)?|^\d{1,2}\s*min(?:ute)?s?\s+read\b",
    re.IGNORECASE,
)
# What a page or a transcript says of itself, not of its subject
# Export of highlights and notes — 38 highlights, 9 notes; 共 52 条划线，7 条想法: an e-reader export's
# count of what it holds
_EXPORT_COUNT = re.compile(
    r"\b\d+\s+highlights?\b.*\b\d+\s+notes?\b|\bexport(?:ed)?\s+(?:of\s+)?(?:highlights|annotations|notes)\b"
    r"|\d+\s*[条个处]\s*(?:划线|标注|高亮|书摘).*\d+\s*[条个处]\s*(?:想法|笔记|批注)|导出(?:的)?(?:划线|笔记|书摘)",
    re.I,
)
# 本周福利：留言区点赞前 3 名，送…门票 2 张; comment below to win two tickets: a giveaway to readers
_GIVEAWAY = re.compile(
    r"(?:福利|抽奖|留言区|评论区|点赞前|转发)[^。]*?(?:送|抽|赠)[^。]{0,30}?\d*\s*(?:张|份|本|个|名|套|盒)"
    r"|\bgiveaway\b|\b(?:comment|reply|share)\b[^.]{0,40}\bto win\b",
    re.I,
)
# 参考资料：本文部分数据由…提供; Sources: company filings…: where the piece's material came from
_SOURCES_NOTE = re.compile(
    r"^(?:参考资料|参考文献|资料来源|数据来源|图片来源|文献来源"
    r"|(?:data |image |photo )?sources|references|cite|citation|how to cite|引用格式)\s*[:：]",
    re.I,
)
# [1] 张某 等. 某题名[J]. 某期刊, 2013. / [2] Lee, K. et al. (2019) …: a reference list's entry, which
# cites a work (its kind in brackets, [J] a journal, [M] a book) and says nothing of the subject
_CITATION = re.compile(
    r"^\s*\[\d{1,3}\]\s*\S.*?(?:\[(?:J|M|C|D|N|R|S|P|Z|EB/OL|DB/OL)\]|\bet\s+al\.|\s等\s*[.\uff0e])"
)
# Correction, 10 May: The first version of…; 更正：; 整理于 2023.9.8; Notes written up on 3 May: what
# the page or the note-taker says of the text's own making, not of its subject
_MAKING_NOTE = re.compile(
    r"^(?:correction|clarification|update(?:d)?)\b[^.:：]{0,30}[:：]\s*(?:an?\s+)?(?:earlier|previous|this)\b"
    r"|^(?:更正|勘误)[：:]|^(?:整理于|记录于|写于|笔记整理于)"
    r"|^notes?\s+(?:written|typed|taken)\s+up\s+on\b"
    # Minutes taken by …, Secretary; 纪要整理：…: who wrote the record up, not what it records
    r"|^(?:draft\s+)?minutes\s+(?:submitted|taken|recorded|prepared|circulated)\s+by\b|^(?:纪要|会议记录)(?:整理|撰写)(?:人)?[：:]",
    re.I,
)
# 💬 40 条评论 · ⭐ 收藏 · 分享; Like · 14 comments · Share: the page's reactions bar, its buttons and
# their counts and nothing else
_REACTION = re.compile(
    r"赞同|点赞|赞|评论|收藏|分享|喜欢|转发|在看|感谢|举报"
    r"|\b(?:likes?|comments?|shares?|reposts?|retweets?|saves?|bookmarks?|claps?|replies|reply|views?"
    r"|upvotes?|downvotes?|points|awards?)\b",
    re.I,
)
_REACTION_FILLER = re.compile(r"[\W\d_条个万kKw]+")
_AGE = re.compile(r"\b\d+\s*[ymwdh]\b(?:\s+ago)?")  # 2y, 3d ago: how old the post is
# Posted by u/someone · 2y: a forum post's byline, said before its reactions
_POSTED_BY = re.compile(r"^\W*(?:posted|submitted)\s+by\s+u/\S+", re.I)
# Tags: #saas #founders: the post's hashtags
_HASHTAGS = re.compile(r"^\W*(?:(?:tags?|标签)\W*)?(?:#[\w\u4e00-\u9fff-]+[\s,，、]*){2,}$", re.I)


def _reactions_bar(text: str) -> bool:
    text = _AGE.sub(" ", _POSTED_BY.sub("", text))
    words = _REACTION.findall(text)
    rest = _REACTION_FILLER.sub("", _REACTION.sub("", text))
    return not rest and (len(words) >= 2 or (len(words) == 1 and bool(re.search(r"\d", text))))


# Ana Ruiz covers schools and housing for the Courier. Write to her at …: a reporter's tagline
_REPORTER_TAGLINE = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\s+(?:covers|reports on|writes about|is a (?:staff |senior )?"
    r"(?:reporter|writer|correspondent|editor))\b.{0,120}\b(?:for|at)\s+(?:the\s+)?[A-Z]"
)
# *Ana Ruiz writes about the coast. Her new book appears in May.*: a whole line set in italics that
# opens on a name and what its writer does is the page's note on its author, outlet or none
_AUTHOR_NOTE = re.compile(
    r"^[*_][A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\s+(?:covers|reports on|writes about|writes on"
    r"|is a (?:[\w-]+ ){0,2}(?:reporter|writer|journalist|correspondent|editor|columnist|author)"
    r"|is the author of)\b[^*_]*[*_]$"
)
# Correction: An earlier version of this article misstated…; 更正：本文此前误将…: the page mending itself, the
# wrong figure with it (a note-taker's own "Correction: it was 1066" is content, and stays)
_CORRECTION = re.compile(
    r"^\W*(?:corrections?\s*[:：—–-]\s*)?(?:an? )?(?:earlier|previous) version "
    r"(?:of this (?:article|story|piece|post) )?"
    r"(?:said|stated|misstated|gave|misspelt|misspelled|reported|incorrectly|wrongly)"
    r"|^\W*this (?:article|story|piece|post) (?:was|has been) (?:amended|corrected|updated)"
    r"|^\W*(?:更正|勘误)(?:声明)?\s*[:：]\s*本文|^\W*本文(?:此前|原文)(?:误将|误写|有误)",
    re.I,
)
_PAGE_NOTES = (
    ("correction", _CORRECTION),
    ("reporter's tagline", _REPORTER_TAGLINE),
    ("note on the text's making", _MAKING_NOTE),
    ("export count", _EXPORT_COUNT),
    ("sources note", _SOURCES_NOTE),
    ("reference entry", _CITATION),
    ("giveaway", _GIVEAWAY),
    ("reading time", _READING_TIME),
    ("copyright", _COPYRIGHT),
    ("disclaimer", _DISCLAIMER),
    ("transcriber's note", _TRANSCRIBERS_NOTE),
)
# code LONGWAY for 15% off; 优惠码 XYZ: a sponsor's offer, however the read is worded
_PROMO_CODE = re.compile(r"\b(?i:code)\s+[A-Z0-9]{4,}\b|优惠码|折扣码|兑换码|邀请码|口令")  # Code SAVE20 too
_OFFER = re.compile(r"%|\bpercent\b|\boff\b|\bfree\b|\bdiscount\b|[减折送]|免费|领取", re.IGNORECASE)


# Acts that only furniture asks of a reader, named with their object: "you should listen to your
# customers" and "你要关注现金流" are the body's own advice.
_STRONG_CUE = re.compile(
    r"关注(?:我们|我|公众号|本号|账号|频道|「|“|《)|订阅(?:我们|本|频道|节目|专栏|号)|扫码|扫描二维码|二维码"
    r"|下载(?:app|客户端)|收听(?:本期|完整|节目|音频)|点赞|点个[「“]?在看|星标|置顶"
    r"|(?<![A-Za-z])(?:subscribe|newsletter|follow\s+(?:us|me)|listen\s+(?:on|to|in)\s+(?:the\s+|this\s+|our\s+)?"
    r"(?:full\s+)?(?:episode|podcast|show|audio|interview)|download\s+(?:the|our)\s+app)(?![a-z])",
    re.IGNORECASE,
)
# At the edges, where promotions stand, the acts alone will do (`…订阅更多好节目`, `join the club`).
_EDGE_CUE = re.compile(
    rf"{_STRONG_CUE.pattern}|加入|收听|收看|下载|(?<![A-Za-z])(?:app|join|listen|download|follow)(?![a-z])",
    re.IGNORECASE,
)


def call_to_action(text: str) -> bool:
    """Anywhere in the body: an imperative to follow, subscribe, scan or listen, or a short line
    speaking to the reader whose every sentence is about such an act. Sharing and recommending
    are left alone there: a body says "I share three ideas with you"."""
    if display_width(text) > 120:
        return False
    if boilerplate.IMPERATIVE.match(text):
        return True
    if not boilerplate.READER.search(text):
        return False
    sentences = _sentences(text)
    return bool(sentences) and all(_STRONG_CUE.search(s) for s in sentences)


def caption(line: str, text: str, previous: str) -> bool:
    if display_width(text) > 100:
        return False
    if _CAPTION_LEAD.match(text):
        return True
    after_image = previous and _IMAGE.search(previous) and not strip_markup(_IMAGE.sub("", previous)).strip()
    inline = _IMAGE.match(line.lstrip("*_ "))  # the image and its caption on one line
    if not (after_image or inline) or display_width(text) > 50:
        return False
    return not ends_sentence(text) and not _LIST_OR_HEADING.match(line)


def edge_reason(text: str) -> str:
    """Furniture recognisable only near the document's top or bottom."""
    plain = strip_markup(text).strip(" _*")
    if boilerplate.BARE_ADDRESS.match(plain) or boilerplate.FURNITURE_WORD.match(plain):
        return "edge furniture"
    if _edge_call_to_action(plain):
        return "call to action"
    if display_width(plain) > 80:
        return ""
    bylined = _BYLINE_ZH.match(plain) or _BYLINE_EN.match(plain) or _byline_by_roles(plain)
    if bylined and not ends_sentence(plain):
        return "byline"
    if _EMPHASIS_ONLY.match(text.strip()) and name_like(plain) and display_width(plain) <= 24:
        return "byline"  # `*Jane Smith*` under a title: a name set apart, not a heading
    if _SOURCE_NOTE.search(plain):
        return "source note"
    return ""


def staff_credit(line: str) -> bool:
    """`编辑：…`, `Cover photo: …`, `商务合作：…`: who produced the page or how to reach them, not what
    the text is (its author, date and source stay metadata)."""
    key = strip_markup(line).split("：", 1)[0].split(":", 1)[0].strip(" *")
    return len(key) < len(line) and bool(_STAFF_KEY.search(key))


def _edge_call_to_action(text: str) -> bool:
    """Near the edges a call to action may also be a phrase only furniture uses (`推荐阅读`), two
    cue words in a short line, or a long line speaking to the reader about listening elsewhere."""
    width = display_width(text)
    if boilerplate.FURNITURE_PHRASE.search(text) and width <= 80:
        return True
    if (boilerplate.IMPERATIVE.match(text) and width <= 60) or call_to_action(text):
        return True
    if width <= 40 and len(boilerplate.CUE.findall(text)) >= 2:
        return True
    if width > 300 or not boilerplate.READER.search(text):
        return False  # a paragraph of the body, however it speaks to the reader
    sentences = _sentences(text)
    return bool(sentences) and all(_EDGE_CUE.search(s) for s in sentences)


def without_calls(line: str) -> tuple[str, str]:
    """A line of several sentences without those that are calls to action (`… Don't forget to
    subscribe if the show helps you. So, welcome.`), and what was cut ("" when nothing was)."""
    if len(line) > 2000 or not _STRONG_CUE.search(line):
        return line, ""
    sentences = _SENTENCE_BREAK.split(line)
    calls = [s for s in sentences if s.strip() and call_to_action(strip_markup(s).strip())]
    if not calls or len(calls) == len([s for s in sentences if s.strip()]):
        return line, ""
    kept = [s for s in sentences if s not in calls]
    joiner = " " if line.isascii() else ""
    return joiner.join(s.strip() for s in kept if s.strip()), " ".join(c.strip() for c in calls)


def _sentences(text: str) -> list[str]:
    """Sentences in Chinese or English (`. ` ends one too)."""
    return [s for s in _SENTENCE_BREAK.split(text) if s.strip()]


def _byline_by_roles(text: str) -> bool:
    """`刘某 主笔 / 王某 责编`: two or more name-and-role pairs."""
    return len(_BYLINE_ROLE_AFTER.findall(text)) >= 2 and not ends_sentence(text)


# a sponsor's read is an ad whoever voices it: the host's turn that reads it is dropped all the same
_READ_IN_TURNS = frozenset({"sponsor read", "promotion"})


def reasons(
    lines: Sequence[str], protected: Callable[[int], bool], metadata: Callable[[int], bool] = lambda i: False
) -> dict[int, str]:
    """Index -> reason for every cleaned line to drop; `protected(i)` vetoes a drop (a speaker's turn),
    `metadata(i)` one at the edges (`Author: …` is metadata, not a byline to lose)."""
    out: dict[int, str] = {}
    previous = ""
    for i, line in enumerate(lines):
        if not line:
            continue
        reason = line_reason(line, previous)
        if reason and (not protected(i) or reason in _READ_IN_TURNS):
            out[i] = reason
        previous = line
    content = [i for i, line in enumerate(lines) if line and out.get(i, "caption") == "caption"]
    for i in content[:EDGE_LINES] + content[-EDGE_LINES:]:
        reason = "byline" if staff_credit(lines[i]) else "" if metadata(i) else edge_reason(lines[i])
        if reason and (not protected(i) or lines[i].startswith("#")):
            out[i] = reason
    out.update(end_matter(lines, out, protected))
    out.update(other_pieces(lines, out, protected))
    out.update(comment_section(lines, out, protected))
    out.update(show_information(lines, out, protected))
    out.update(sources_list(lines, out))
    out.update(list_headings(lines, out))
    return out


# The heading of the readers' comments under a post (精选留言, 评论区, 3 Comments, Leave a Reply). A bare
# 评论 or "Comments" may be the note-taker's own; a count or a reader's word makes it the readers'.
_COMMENTS_HEADING = re.compile(
    r"(?:(?:精选|热门|读者|网友|全部|最新)(?:留言|评论)|留言(?:精选|区)?|评论区|写留言)\s*(?:[（(]?\d+[)）]?)?"
    r"|(?:\d+\s+(?:comments?|responses?|replies|thoughts)|reader\s+comments|comments\s*\(\d+\)"
    r"|leave\s+a\s+(?:reply|comment)|join\s+the\s+(?:discussion|conversation))(?:\s.*)?",
    re.IGNORECASE,
)


def comment_section(
    lines: Sequence[str], dropped: dict[int, str], protected: Callable[[int], bool]
) -> dict[int, str]:
    """Readers' comments under a post: from a short comments heading in the document's second half
    to its end, what strangers wrote is not what the piece says."""
    content = [i for i, line in enumerate(lines) if line and i not in dropped]
    # the heading itself may already be dropped (as a title under 往期推荐): it still opens the comments
    for i in range(content[len(content) // 2] if content else len(lines), len(lines)):
        if not lines[i]:
            continue
        text = strip_markup(lines[i]).lstrip("#*>-+ ").strip().rstrip("：:").strip()
        heading = lines[i].startswith("#") or not protected(i)
        if heading and _short_label(text) and _COMMENTS_HEADING.fullmatch(text):
            return {j: "comments" for j in range(i, len(lines)) if lines[j] and j not in dropped}
    return {}


# 【节目信息】, 关于本节目：, About the show, Where to listen: the label over a programme's own card (when
# it airs, where to hear it, whom to write to, who made it)
_SHOW_INFO_LABEL = re.compile(
    r"(?:节目信息|节目简介|关于(?:本|这档)?节目|收听(?:方式|渠道)|本期制作|制作团队|制作人员"
    r"|show\s+info(?:rmation)?|about\s+(?:the|this)\s+(?:show|podcast|programme)|where\s+to\s+listen"
    r"|(?:show|episode)\s+credits|credits)",
    re.IGNORECASE,
)
SHOW_CARD_LINES = 8  # lines a programme's card runs to under its label


def show_information(
    lines: Sequence[str], dropped: dict[int, str], protected: Callable[[int], bool]
) -> dict[int, str]:
    """A programme's card in the document's second half: its label and the lines under it, up to a
    blank line or a heading, say how the show is made and heard, not what it said."""
    content = [i for i, line in enumerate(lines) if line and i not in dropped]
    out: dict[int, str] = {}
    for i in range(content[len(content) // 2] if content else len(lines), len(lines)):
        text = strip_markup(lines[i]).strip("#*>-+【】[] ").strip().rstrip("：:").strip()
        if not lines[i] or protected(i) or not _short_label(text) or not _SHOW_INFO_LABEL.fullmatch(text):
            continue
        out[i] = "show information"
        for j in range(i + 1, min(i + 1 + SHOW_CARD_LINES, len(lines))):
            if not lines[j] or lines[j].startswith("#") or protected(j):
                break
            out[j] = "show information"
    return out


_LISTED = frozenset({"bullet", "numbered"})
_BRACKETED_NUMBER = re.compile(r"^\s*[\[\uff3b]\d{1,3}[\]\uff3d]\s*\S")  # [1] …, which shape() reads as text


def sources_list(lines: Sequence[str], dropped: dict[int, str]) -> dict[int, str]:
    """The entries listed under a bare sources label (参考资料： over 1. 某著：《…》, References:
    over - Lee (2019) …): each cites a work the piece drew on and says nothing of its subject."""
    out: dict[int, str] = {}
    listing = False
    for i, line in enumerate(lines):
        if not line:
            continue
        if dropped.get(i) == "sources note":
            listing = not _SOURCES_NOTE.sub("", strip_markup(line).strip()).strip()
            continue
        if listing and i not in dropped and (shape(line).kind in _LISTED or _BRACKETED_NUMBER.match(line)):
            out[i] = "reference entry"
        else:
            listing = False
    return out


# A label over the titles of other pieces (▼ 往期推荐, 推荐阅读：, Related posts, More from us)
_OTHER_PIECES_LABEL = re.compile(
    r"^[^\w]*(?:更多推荐|推荐阅读|往期推荐|相关推荐|往期回顾|精彩回顾|相关阅读|延伸阅读|往期精选|"
    r"related\s+(?:posts|articles|reading|stories)|more\s+from\s+us|you\s+might\s+also\s+like|read\s+next)"
    r"[^\w]*$",
    re.IGNORECASE,
)


def other_pieces(
    lines: Sequence[str], dropped: dict[int, str], protected: Callable[[int], bool]
) -> dict[int, str]:
    """The titles listed under a label for other pieces (▼ 往期推荐 over · 对话…：一年飞出…): up
    to the first line that reads as a sentence of the body, they name articles, not facts."""
    out: dict[int, str] = {}
    listing = False
    for i, line in enumerate(lines):
        if not line:
            continue
        text = strip_markup(line).lstrip("#*>-+·•・▪◆▶►0123456789.、 )）").strip()
        if _OTHER_PIECES_LABEL.match(text):
            listing = True
            continue
        if not listing or i in dropped:
            continue
        if protected(i) or line.startswith("#") or not _a_title(text):
            listing = False
            continue
        out[i] = "title of another piece"
    return out


def _a_title(text: str) -> bool:
    """A line shaped like an article's title: short, no full stop inside or at its end (a headline
    may ask or exclaim: 这家店为何排长队？)."""
    return 0 < display_width(text) <= 80 and not re.search(r"[。；;]|\.$", text)


def list_headings(lines: Sequence[str], dropped: dict[int, str]) -> dict[int, str]:
    """The label over a run of two or more link lines (`Table of contents`, `推荐阅读：`): it heads
    nothing once the links are gone."""
    out: dict[int, str] = {}
    label = -1  # the last content line kept, while no link line has followed it
    run = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        if dropped.get(i) in _LINKISH:
            run += 1
            if run == 2 and label >= 0:
                out[label] = "link list heading"
            continue
        if i in dropped:
            continue
        text = strip_markup(line).lstrip("#*-+ ").strip()
        label = i if _short_label(text) and text else -1
        run = 0
    return out


def end_matter(
    lines: Sequence[str], dropped: dict[int, str], protected: Callable[[int], bool]
) -> dict[int, str]:
    """The tail after the body's last paragraph, read upwards: furniture, link lists and titles of
    other pieces, and a short line (a heading, a label) standing right above such a list. It is end
    matter when it holds two link lines or more."""
    tail: list[int] = []
    links = 0
    below_is_list = False  # the content line below is a link or a title of another piece
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line:
            continue
        text = strip_markup(line).lstrip("#*-+0123456789.、 )）").strip()
        if i in dropped:
            below_is_list = dropped[i] in _LINKISH
            links += below_is_list
        elif protected(i) and not line.startswith("#"):
            break
        elif _TITLE_LIKE.match(text):
            below_is_list = True
            links += 1
        elif not (below_is_list and _short_label(text)):
            break
        tail.append(i)
    if links < 2:
        return {}
    return {i: "end matter" for i in tail if i not in dropped}


_LINKISH = frozenset({"link only", "link density"})


def _short_label(text: str) -> bool:
    """A heading word or a label (`Related reading`, `推荐阅读：`), not a sentence of the body."""
    if not text:
        return True
    return display_width(text) <= 40 and not re.search(r"[。！？!?；;]", text) and not text.endswith(".")
