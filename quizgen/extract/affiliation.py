"""The organisation a person's role names: `松石茶铺创始人` -> `松石茶铺`, `Anthropic CEO` ->
`Anthropic`, `co-founder and CEO of Ferrobot` -> `Ferrobot`. A speaker's "we" (我们) is that
organisation. Only roles that belong to an organisation count (founder, CEO, 负责人…), never a
trade (`平民工匠`), and never a former one (`前CEO`, `former CEO`).
"""

from __future__ import annotations

import re

from quizgen.extract.lexicon import words

ORG_ROLES_ZH: tuple[str, ...] = tuple(
    sorted(
        words(
            """
    创始人 联合创始人 创办人 负责人 董事长 副董事长 总裁 副总裁 总经理 副总经理 经理 总监 主管 首席执行官
    首席技术官 首席运营官 首席财务官 首席科学家 CEO CTO CFO COO CIO 合伙人 店长 员工 院长 校长 主编 社长
    """
        ),
        key=len,
        reverse=True,
    )
)
# A department between the organisation and the role: `松石茶铺采购负责人`.
DEPARTMENTS_ZH = words(
    """
    供应链 技术 产品 市场 销售 研发 运营 财务 人力资源 人力 设计 品牌 战略 投资 公关 数据 法务 采购 客服
    业务 事业部 部门 团队 中国区 大中华区 区域
    """
)
ORG_ROLES_EN = words(
    """
    ceo cto cfo coo cio founder co-founder cofounder president chairman chairwoman chair director
    head chief owner partner manager executive vp svp evp md
    """
)
_ORG_EN = r"(?-i:[A-Z][\w&.'-]*(?:\s(?:[A-Z][\w&.'-]*|of|and|&))*)"
_OF_ORG = re.compile(rf"\b(?:{'|'.join(ORG_ROLES_EN)})\b[\w\s-]*?\b(?:of|at)\s+(?P<org>{_ORG_EN})\s*$", re.I)
_ORG_ROLE = re.compile(rf"^(?P<org>{_ORG_EN}?)(?:'s)?\s+(?:{'|'.join(ORG_ROLES_EN)})\s*$", re.I)
# Nouns a role may name that are no particular organisation: `门店店长`, `公司负责人`.
_GENERIC_ZH = frozenset(
    words("门店 店铺 分店 公司 企业 集团 本店 我司 团队 部门 学校 医院 工厂 品牌 总部 项目 机构 单位 本公司")
)
# `in the town of Y`, `, based in Y` closing a role: where the organisation is, not the organisation
_PLACE_TAIL = re.compile(
    r",?\s+(?:(?:based|located|headquartered)\s+)?in\s+"
    r"(?:the\s+(?:city|town|village|county|state|province|region|district)\s+of\s+)?"
    r"(?-i:[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)*)\s*$"
)
_BRACKET_TAIL = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
_FORMER = re.compile(r"^(?:前|原|曾任)|\b(?:former|ex-|then)\b", re.I)
_LATIN_OR_HAN = re.compile(r"[A-Za-z\u4e00-\u9fff]")


def organisation(role: str) -> str:
    """The organisation `role` names, or "" when it names none."""
    role = role.strip()
    if not role or _FORMER.search(role):
        return ""
    if re.search(r"[\u4e00-\u9fff]", role):
        return _organisation_zh(role)
    role = _PLACE_TAIL.sub("", role)  # co-founder of X Trust in the town of Y: the trust, not the town
    role = _BRACKET_TAIL.sub("", role)  # MD at Fjord Bikes (Bergen): where it is, in brackets
    m = _OF_ORG.search(role) or _ORG_ROLE.match(role)
    if not m:
        return ""
    org = re.sub(r"['’]s$", "", m.group("org").strip())
    return org if org.lower() not in ORG_ROLES_EN and not org.lower().startswith("the ") else ""


# A headline's verb before the organisation (对话衡木科技创始人, 专访…): the interview, not the name.
# (a verb, not a noun's first characters: 采访者 and 访谈录 keep theirs)
HEADLINE_VERBS_ZH = "对话|对谈|独家专访|专访|访谈|采访|走近|探访|揭秘|聊聊"  # 对话林若溪, 专访｜衡木科技
HEADLINE_VERB_ZH = re.compile(rf"^(?:{HEADLINE_VERBS_ZH})(?![者人录员稿])")


_JOINED_ROLES_ZH = re.compile(r"[兼、和及/]\s*$")


# 创始合伙人, 执行董事长, 资深总监: what kind of role it is, no part of the organisation's name
_ROLE_MODIFIER_ZH = re.compile(r"(?:创始|联合|执行|管理|常务|高级|资深|首席|普通|有限|副|代理|名誉)+$")


def _without_role_zh(role: str) -> str:
    """What stands before the role words a title ends with, all of them and their modifiers
    (禾感科技创始人兼CEO, 禾感科技创始合伙人 -> 禾感科技), or "" where it ends with none."""
    head = next((role[: -len(r)] for r in ORG_ROLES_ZH if role.endswith(r)), "")
    while head and _JOINED_ROLES_ZH.search(head):
        joined = _JOINED_ROLES_ZH.sub("", head)
        head = next((joined[: -len(r)] for r in ORG_ROLES_ZH if joined.endswith(r)), "")
    return _ROLE_MODIFIER_ZH.sub("", head)


def _organisation_zh(role: str) -> str:
    head = _without_role_zh(role)
    head = HEADLINE_VERB_ZH.sub("", head.rstrip(" 的"))
    for department in sorted(DEPARTMENTS_ZH, key=len, reverse=True):
        if head.endswith(department) and len(head) > len(department) + 1:
            head = head[: -len(department)].rstrip(" 的")
            break
    if _HAN_SPACE_HAN.search(head):  # 恒驰汽车 产品规划(总监): a space sets the department apart
        head = head.rsplit(None, 1)[0]
    if len(_LATIN_OR_HAN.findall(head)) < 2 or re.search(r"[，,、。（）()]", head) or head in _GENERIC_ZH:
        return ""
    return head


_HAN_SPACE_HAN = re.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")


# 他创立的“麦芽小筑”, 我一手创立的「青瓦书屋」; Dana Reyes, who founded Northwind Labs: the organisation a
# founding deed names, the speaker's own whatever role the page gives them
_FOUNDED_ZH = (
    r"(?:一手|亲手|自己)?(?:创办|创立|创建|开办)(?:了)?的?\s*[“「\"](?P<org>[^”」\"，。]{2,12})[”」\"]"
)
_FOUNDING_EN = r"co-?founded|founded|started|set\s+up|launched|runs?|owns?|heads?"
_FOUNDED_EN = rf"(?:,\s*who\s+|\s+)(?:{_FOUNDING_EN})\s+(?P<org>{_ORG_EN})"
# Dana Reyes, founder & MD, Northwind Labs; …, owner and CEO of Northwind Labs: the roles an
# apposition gives, then the organisation they belong to
_ROLES_EN = rf"(?:(?:managing|executive|general|founding)\s+)?(?:{'|'.join(ORG_ROLES_EN)})"
_TITLED_EN = re.compile(
    rf",\s+(?:the\s+)?{_ROLES_EN}(?:\s*(?:&|and|/|,)\s*{_ROLES_EN})*\s*(?:,\s*|\s+(?:of|at)\s+)(?P<org>{_ORG_EN})",
    re.I,
)
_THIRD_ZH = "她|他"
_THIRD_EN = r"[Ss]he|[Hh]e"


def _without_full_stop(org: str) -> str:
    """Fjord Bikes. ending its sentence is Fjord Bikes; Harbour Tools Co. keeps its abbreviation's stop."""
    if org.endswith(".") and not re.search(r"\b(?:Co|Inc|Ltd|Corp|Bros|Assn|Dept)\.$", org):
        return org[:-1]
    return org


def founded(texts: list[str], name: str, own_turns: list[str], zh: bool) -> str:
    """The organisation `name` founded or runs by a deed the page tells: said of them by name (or by
    he or she after their name in the same paragraph; or in an apposition of their roles, X, founder
    and MD, Y), or by themself in their own turns (我创办的…, I founded …); "" when none is told."""
    founding = _FOUNDED_ZH if zh else _FOUNDED_EN
    first = "我" if zh else r"\bI"
    for text in own_turns:
        if found := re.search(rf"{first}{founding}", text):
            return found["org"].strip()
    for text in texts:
        at = text.find(name)
        if at < 0:
            continue
        who = rf"(?:{re.escape(name)}|{_THIRD_ZH if zh else _THIRD_EN})"
        if found := re.search(rf"{who}{founding}", text[at:]):
            return _without_full_stop(found["org"].strip())
        if not zh and (found := _TITLED_EN.match(text, at + len(name))):
            return _without_full_stop(found["org"].strip())
    return ""
