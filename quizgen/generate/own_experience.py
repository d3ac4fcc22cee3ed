"""The note-taker's own experience: the items of a list they bring in in the first person (我已经
试了两周：, What I tried:), a paragraph they label as their own (**反思**：, My take:) and a section
headed so. A teacher asks what the work says; the reader's own trials and numbers (坚持了11天,
I've tried it twice) are no facts to learn, so neither a figure nor a term is asked from them.

In a conversation 我/I is a speaker, whose experience is the content: nothing is set aside there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from quizgen.extract.text import SIGN_CHARS
from quizgen.model import Block, Document

_FIRST_PERSON = re.compile(r"我(?!们)|\b(?:I|my|MY|me)(?:['’](?:m|ve|d|ll))?\b")  # MY NOTES AFTER:
_ANNOUNCES = re.compile(r"[:：]\s*$")
_OWN = (
    r"(?:反思|感想|心得|想法|批注|我的(?:整体|总体)?看法|我的(?:想法|感受|思考|实践|尝试|体会|做法|笔记|批注)|个人(?:感想|感受|感觉|体会|实践|尝试|想法|看法|理解|印象)|我的印象|(?:我)?自己的(?:想法|看法|理解|感受|体会|思考|例子|经历)|"
    r"我的[\u4e00-\u9fff]{0,4}?(?:试验|实验|记录|复盘|练习|体验)|"  # 我的理财实验, 我的种菜记录
    # 我的两点感受, 笔者的一些疑问, 整理者的反思: the note-taker's, with a count or a word between
    r"(?:我|自己|个人|整理者|笔者)的?(?:[一两二三四五几]点|一些|几个|小小的|零星)?"
    r"(?:想法|看法|感想|感受|思考|反思|体会|观察|碎碎念|疑问|待办)|碎碎念|"
    r"my (?:[\w-]+ ){0,2}?(?:take|opinions?|verdict|reactions?|thoughts|notes?|experiences?|"
    r"experiments?|results?|trials?|tests?|"
    r"attempts?|own)|"
    r"reflections?|personal (?:note|take)s?|(?:overall |first |general )?impressions?|"
    r"notes? to (?:self|myself)|"
    # the note-taker's to-do (Follow up: look for…, 待办：…)
    r"(?:to )?follow[- ]?ups?|to[- ]?dos?|action items?|next steps? for me|to try\b[^:：]{0,24}|"
    r"待办|跟进|待读|待查|想试试|"
    # what the reader means to do with it (我可以试的几件事, What I'll try at work)
    r"我(?:能|可以|要|想|打算|准备)(?:用上|用到|用|做|试|带走|落地|改)[^\s，,。：:]{0,6}|"
    r"(?:what|how) I(?:['’]ll| will| can| could| might| want to) "
    r"(?:use|apply|try|do|change|steal)\b[^:：]{0,24}|"
    # the transcriber's note (速记备注：本场在线峰值…, 整理者附记：…); an editor's 编者按 leads the article
    r"(?:速记|记录(?:者|人)?|整理(?:者|人)?|编者|编辑)(?:备注|附记|注|说明)|"
    # where the reader disagrees with the work (我不赞同的几点, 不太认同…, 吐槽, Where I disagree): their
    # view (not why they read it: a section so headed may retell how the work opens)
    r"(?:我(?:不太|不大|不)?(?:认同|同意|赞同)|(?:不太|不大)(?:认同|同意|赞同)|不(?:认同|赞同)|吐槽|槽点)"
    r"[^\s，,。：:]{0,6}|"
    r"where I (?:disagree|push back)|what I(?: would|['’]d)? (?:disagree with|argue with|didn't buy)|"
    r"my (?:quibbles|gripes|criticisms|doubts)|"
    # the note-taker stepping aside (Aside — …, Side note:, 题外话：)
    r"aside|side[- ]note|tangent|digression|旁注|题外话|插一句|顺便一提)"
)
# …and a line they mark as a margin note (Note:, NB:, [margin: …], 备注：; judges kept none of 4 items
# asked from such lines). A section headed Notes, or a Notes: line over a list, may hold the work's
# own content: a margin label claims its own line only, never a heading or the list below it.
_MARGIN = r"(?:notes?|nb|n\.b\.|margin(?:al)?(?: notes?)?|备注)"


def _label(words: str) -> re.Pattern[str]:
    # a pictograph may mark the label (> 📝 我的想法：), and an aside may follow its words before the
    # colon (*My take (on the train home):*)
    return re.compile(
        rf"^\s*(?:>+\s*)?(?:[-+•]\s+|\*\s+)?{_PICTOGRAPH}?(?:\*\*|__|\*|_)?\s*\[?{words}"
        r"(?:\s*[（(][^（()）]{0,40}[）)])?"
        r"\s*(?:[:：]\s*(?:\*\*|__|\*|_)|(?:\*\*|__|\*|_)?\s*(?:[:：]|\s[—–]\s|——))",
        re.I,
    )


_PICTOGRAPH = rf"(?:[{SIGN_CHARS}]+\s*)"
# > 💬 …, 💭 …: a speech or thought balloon opening a line marks the note-taker's comment (judges kept
# 1 of 7 items asked from such lines: a remark, a saying they single out, the count of comments)
_BALLOON = re.compile(r"^\s*(?:>+\s*)?[\U0001F4AC\U0001F4AD\U0001F5E8]\uFE0F?")


_OWN_LABEL = _label(_OWN)
_ASIDE_LABEL = _label(f"(?:{_OWN}|{_MARGIN})")
# (读后小结 & 吐槽, 总结 / 我的一点观察: a heading of two parts, the second the note-taker's own)
_OWN_HEADING = re.compile(
    rf"^\s*(?:[\d一二三四五六七八九十]+[.、)]\s*)?(?:[^/&\uff06|｜+\n]{{1,16}}?\s*[/&\uff06|｜+]\s*)?{_OWN}\b",
    re.I,
)
LIST_KINDS = frozenset({"bullet", "numbered"})
ASIDE_KINDS = frozenset({"figure", "framework"})  # what the note-taker's own lines are never asked for
LABELLED_ASIDE_KINDS = ASIDE_KINDS | {"claim"}  # … and a line they label as their own (My note: …)


def labelled_own_lines(doc: Document) -> frozenset[int]:
    """The lines the note-taker labels as their own (**反思**：, My note:) or sets under a heading of
    their own (个人感受, My take): their words, not the work's, so not even a claim is asked from
    them (judges kept 4 of 11 claims asked from such sections). (In a transcript, a speaker's turn
    is theirs; a line between turns, 速记备注：…, may be the transcriber's.)"""
    blocks = [*doc.preamble, *(b for s in doc.sections for b in s.blocks)]
    labelled = {b.line for b in blocks if _labelled(b, _ASIDE_LABEL) or _labelled(b, _BALLOON)}
    # … and the list such a label announces (整理者附记：then 1. … 2. …): its items are theirs too
    # (within its section: a heading ends the list)
    for part in (doc.preamble, *(s.blocks for s in doc.sections)):
        labelled |= _listed_under(
            part, lambda b: _labelled(b, _OWN_LABEL) and bool(_ANNOUNCES.search(b.text))
        )
    # (a section of a transcript headed as the note-taker's, 我的想法, holds their lines, not a turn)
    turns = {b.line for b in blocks if b.kind == "turn"} if doc.index.has_turns else set()
    return frozenset(labelled | (_own_sections(doc) - turns))


def _labelled(block: Block, label: re.Pattern[str]) -> bool:
    return block.kind != "turn" and bool(label.match(block.raw))


def own_lines(doc: Document) -> frozenset[int]:
    """The lines of the document that tell the note-taker's own experience."""
    if doc.index.has_turns:
        return frozenset()
    out = _own_sections(doc)
    for section in doc.sections:
        out |= {b.line for b in section.blocks if _ASIDE_LABEL.match(b.raw)}
        out |= _items_brought_in_by_me(section.blocks)
    out |= {b.line for b in doc.preamble if _ASIDE_LABEL.match(b.raw)}
    out |= _items_brought_in_by_me(doc.preamble)
    return frozenset(out)


def _own_sections(doc: Document) -> set[int]:
    """The lines of the sections headed as the note-taker's own (个人感受, My take), and of the
    sections below such a heading (### Experiment 1 under ## My kitchen experiments)."""
    out: set[int] = set()
    own_level = 0  # the level of the own section the sections below it belong to
    own_bold = False  # whether that section's heading is a bold line read as one (**个人感受**)
    for section in doc.sections:
        bold = bool(0 < section.line <= len(doc.lines) and _BOLD_LINE.match(doc.lines[section.line - 1]))
        # a bold label inside an own section headed as such (## 我的理财实验, then **第一周：**) stays in
        # it; a bold label after a bold own label (**个人感受**, then **延伸思考**) is its sibling
        inside = bold and not own_bold
        if own_level and section.level <= own_level and not inside:
            own_level = 0
        if not own_level and _OWN_HEADING.match(section.title):
            own_level, own_bold = section.level, bold
        if own_level:
            out |= {b.line for b in section.blocks}
    return out


# 第八—十一章（略读）, Chapters 9–12 (skimmed): the note-taker says they only skimmed what follows;
# 课前（闲聊）, 花絮, A tangent about microphones: they say what follows is side talk
_SKIMMED = re.compile(
    r"略读|粗读|跳读|粗看|快速翻|翻了翻|没细读|没细看|没仔细(?:读|看)|\bskim(?:med|ming)?\b|"
    r"(?<!\bhe )(?<!\bshe )(?<!\bthey )\bskipped\b|"  # (she skipped through it: the speaker went fast)
    r"闲聊|题外话|跑题|寒暄|花絮|可跳过|"
    r"\bsmall talk\b|\bbanter\b|\btangents?\b|\boff[- ]topic\b|\bdigressions?\b|\bbehind the scenes\b|"
    r"\bbloopers?\b",
    re.I,
)


# Related, 相关链接, 延伸, 下次会议, Next session: a section pointing away from the work, to other
# pieces or to the next meeting's plans (judges kept 1 of 12 items asked from such sections), and
# the note-taker's own bills (0 of 3)
_ELSEWHERE = re.compile(
    r"^\W*(?:[\d一二三四五六七八九十]+[.、)）]?\s*)?(?:相关(?:链接|推荐|阅读|资源|内容|文章)?|延伸(?:阅读|资料|资源)?|推荐(?:阅读|资源)|"
    r"下(?:次|期|周|回)(?:会议|课|课程|安排|活动|聚会|读书会|预告|计划|分享)?|(?:下期|下集)预告|"
    r"related(?: (?:links|reading|posts|articles|episodes|resources|content)| (?:on|from|at) .{1,40})?|"
    r"see also|"
    r"next (?:meeting|session|class|time|week|episode|month)|coming up next|"
    # 花销汇总, What we spent: the note-taker's own bills, no fact of the place or the work
    r"(?:花销|花费|开销|开支|账单)(?:汇总|明细|记录|清单|统计)?|"
    r"expenses|spending|what (?:I|we) spent|(?:trip )?costs? breakdown)"
    r"(?:\s*(?:[（(][^（()）]*[）)]|[&\uff06/|｜+、]\s*[^\s].{0,12}|[:：]))*\W*$",
    re.I,
)


def skimmed_lines(doc: Document) -> frozenset[int]:
    """The lines of a section whose heading says the note-taker only skimmed it or that it is side
    talk (闲聊, 花絮, a tangent), and of the sections below it: what the reader passed over is not
    what the work stresses to them (judges kept 1 of 5 items asked from skimmed sections, 3 of 8
    from side talk); and of a section that points elsewhere (Related, 下次会议)."""
    out: set[int] = set()
    level = 0
    for section in doc.sections:
        if level and section.level <= level:
            level = 0
        if not level and (_SKIMMED.search(section.title) or _ELSEWHERE.match(section.title)):
            level = section.level
        if level:
            out |= {b.line for b in section.blocks}
    return frozenset(out)


_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*[:：]?\s*$")


def _items_brought_in_by_me(blocks: Sequence[Block]) -> set[int]:
    return _listed_under(
        blocks,
        lambda b: bool(
            _ANNOUNCES.search(b.text) and _FIRST_PERSON.search(b.text) and not _CONTENT_LISTED.search(b.text)
        ),
    )


def _listed_under(blocks: Sequence[Block], announces: Callable[[Block], bool]) -> set[int]:
    """The lines of the list items that follow a block `announces` accepts, up to the next block
    that is no list item."""
    out: set[int] = set()
    listed = False
    for block in blocks:
        if block.kind in LIST_KINDS:
            if listed:
                out.add(block.line)
            continue
        listed = announces(block)
    return out


# The main terms I tried to get across:, 我总结的三个原则：: what the list holds is the work's
# content, however personally it is brought in (not What I tried:, 我试了两周：)
_CONTENT_LISTED = re.compile(
    r"\b(?:terms?|concepts?|ideas?|rules?|principles?|lessons?|takeaways?|laws?|definitions?|frameworks?|"
    r"models?|key points?|main points?|schools?|theories|theory|approaches|types|stages|causes|factors)\b"
    r"|概念|术语|原则|要点|观点|法则|规律|定律|框架|模型|学派|流派|理论|类型|阶段|成因|因素",
    re.I,
)
