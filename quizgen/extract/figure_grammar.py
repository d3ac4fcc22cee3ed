"""The patterns and word lists the figure scanner is made of: how numerals, units, hedges, dates,
ranges and changes are written in Chinese and English, and the contexts that make a number a label,
an ordinal, a formula or a modifier rather than a fact. Language-level only: nothing here names a
document's content.
"""

from __future__ import annotations

import re

from quizgen.extract.numbers import CN_DIGITS, CN_NUMERALS, DIGIT_WORDS_RE

# --- numerals ----------------------------------------------------------------------------------
AR = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
AR_START = r"(?<![A-Za-z0-9_.,])"
MAG_ZH = r"万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千"
MAG_EN = r"thousand|million|billion|trillion|bn"
CN = rf"[{CN_NUMERALS}]+"
# 嘉庆十七年, 万历元年: an era's name, two characters, before the year of it counted in numerals
ERA_COUNT_ZH = r"(?:元|[一二三四五六七八九十]{1,3})"
ERA_YEAR_ZH = rf"[\u4e00-\u9fff]{{2}}{ERA_COUNT_ZH}年"
# 零点八六, 四点二: a decimal read out (never 一点一滴 or 一点一点, a bit at a time)
CN_VAGUE = rf"(?:[数上](?=[十百千万亿])|几)?[{CN_NUMERALS}几]+(?:点[{CN_DIGITS}]+(?![点滴]))?"
_EN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_EN_ONES = "one|two|three|four|five|six|seven|eight|nine"
_EN_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
# a hundred and sixty, two hundred and five, a hundred eighty (as Americans say it): one numeral, not
# "sixty" after some words
_EN_HUNDREDS = (
    rf"(?:a|one|{_EN_ONES})\shundred"
    rf"(?:\s(?:and\s)?(?:(?:{_EN_TENS})(?:-(?:{_EN_ONES}))?|{_EN_TEENS}|{_EN_ONES})\b(?!-))"
)
EN_WORD = (
    rf"(?i:\b(?:{_EN_HUNDREDS}|(?:{_EN_TENS})(?:-(?:{_EN_ONES}))?|two|three|four|five|six|seven|eight|nine|"
    rf"(?:one|zero)(?=\spoint\s(?:{DIGIT_WORDS_RE})\b)|"  # one point two: a decimal, however "one" reads
    rf"{_EN_TEENS})(?:\s(?:hundred|thousand|million|billion))?(?:\sand\sa\shalf)?"
    # ninety-four point one: a decimal read out digit by digit
    rf"(?:\spoint(?:\s(?:{DIGIT_WORDS_RE}))+)?\b)"
)
NUM_ZH = rf"(?:{AR_START}(?:{AR})(?:\s?(?:{MAG_ZH}))?|{CN_VAGUE})"
# 一共 27 次, 用了 3 年: digits spaced from the Chinese measure word after them (the space many
# writers put between Latin and Chinese characters)
NUM_ZH_SPACED = rf"(?:{AR_START}(?:{AR})(?:\s?(?:{MAG_ZH}))?\s?|{CN_VAGUE})"
NUM_EN = rf"(?:{AR_START}(?:{AR})(?:\s(?:{MAG_EN})\b)?|{EN_WORD})"

# --- units ---------------------------------------------------------------------------------------
CURRENCY_ZH = "美元|美金|欧元|英镑|日元|韩元|港元|港币|澳元|加元|人民币|块钱|元"
CURRENCY_EN = "dollars|euros|pounds|yuan|yen|USD|RMB|EUR|GBP"
CURRENCY = re.compile(rf"{CURRENCY_ZH}|{CURRENCY_EN}|(?:US|HK|A|C|NZ)?[$€£¥￥]")
MEASURES_ZH = (
    "平方公里|平方千米|平方米|立方米|公里|千米|厘米|毫米|公顷|千克|公斤|毫克|千瓦时|千瓦|赫兹|比特|字节|人次|"
    # effort: 46人天 is one figure, not 46 people (not 人时: 约40人时开始限流 counts people)
    "人天|人日|人月|人年|周岁|虚岁|"
    "个|家|位|名|人|户|次|遍|趟|种|类|项|条|件|本|部|篇|章|卷|册|页|行|字|句|首|幅|张|台|辆|架|艘|座|所|栋|间|"
    "摄氏度|℃|层|块|片|颗|粒|只|头|匹|支|枝|把|杯|瓶|罐|份|票|款|套|批|组|队|场|届|期(?![间限望待])|轮|版|集|课|门|股|岁|钟|石|斗|丈|"
    "尺|寸|仞|亩|吨|斤|米|克|升|瓦|伏"
)
DURATION_ZH = (
    "个多?月|个半月|个半小时|个半钟头|个半星期|个星期|个小时|个钟头|个季度|"
    "个工作日|工作日|星期|小时|分钟|秒钟|周(?!岁)|天|年半?|秒"
)
DURATION_EN = r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century"
DURATION_ABBR_EN = r"hrs?|mins|min|secs?|wks?|yrs?|mos|h(?=\s|$|[,.;)])"
UNIT_ABBR_EN = (
    r"kg|km|cm|mm|mi|ft|lbs?|oz|mg|ml|Hz|kHz|MHz|GHz|dB|kW|MW|GW|kWh|mph|km/h|°C|°F|MB|GB|TB|KB|kB|"
    r"bps|kbps|Mbps|px|ms|ns|µs|sec|min|hrs?|mL|L|m|g|t|l|W|V"
)
# the units written close to their number (2.3m, 40kg, 2h); 500px and 3D are names
UNIT_CLOSE_EN = r"kg|km|cm|mm|mg|ml|mL|kWh|kW|MW|GW|GB|MB|TB|ft|mi|m|g|t|l|L"
UNIT_CHARS = set("年月日天周个成倍家人次种类项条件本部篇章卷册页行字名位元%")
_IRREGULAR_PLURALS = {
    "people",
    "feet",
    "men",
    "women",
    "children",
    "teeth",
    "mice",
    "geese",
    "staff",
    "personnel",
    "sheep",
    "deer",
    "fish",
    "aircraft",
    "crew",
    "cattle",
    "police",
}
_SINGULAR_UNITS = {
    "bit",
    "byte",
    "kilogram",
    "gram",
    "tonne",
    "ton",
    "metre",
    "meter",
    "kilometre",
    "kilometer",
    "mile",
    "foot",
    "inch",
    "pound",
    "ounce",
    "litre",
    "liter",
    "gallon",
    "hertz",
    "watt",
    "volt",
    "degree",
    "point",
    "person",
    "page",
    "word",
    "letter",
}
_NOT_PLURAL = {
    "is",
    "was",
    "has",
    "as",
    "this",
    "its",
    "his",
    "us",
    "thus",
    "plus",
    "minus",
    "versus",
    "less",
    "unless",
    "across",
    "always",
    "perhaps",
    "towards",
    "besides",
    "whereas",
    "does",
    "goes",
    "yes",
    "afterwards",
    "sometimes",
    "series",
    "news",
    "bus",
    "gas",
    "status",
    "class",
}

# --- hedges --------------------------------------------------------------------------------------
HEDGE_ZH = "大约|大概|约莫|约|将近|接近|近|超过|超|逾|不到|不足|至少|最多|高达|多达"
HEDGE_EN = (
    r"\b(?i:about|around|approximately|roughly|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|"
    r"under|at\s+least|at\s+most|up\s+to|some|close\s+to|just\s+over|just\s+under)"
)
WORD_TAIL_HEDGES = {"近", "约", "超"}
WORD_HEADS = set("最附接将临靠逼制节契条公大")  # 最近, 接近, 条约, 超 in 赶超
VERB_TAIL_HEDGES = {"不到", "不足"}
POST_HEDGE = r"左右|上下|以上|以下|以内|之内|出头|有余|\sor\sso\b|\sor\smore\b"

# --- dates ---------------------------------------------------------------------------------------
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")  # fmt: skip
_MONTHS = "|".join(MONTHS_EN)
YEAR_IN_DATE = re.compile(r"(?<!\d)\d{3,4}(?!\d)")
DURATION_TAILS = set("内里后前间来多之")


def month_of(text: str) -> int:
    """The month a date names (`2006年2月` -> 2, `20 July 1969` -> 7, `2025-07-30` -> 7), or 0."""
    for i, name in enumerate(MONTHS_EN):
        if name in text:
            return i + 1
    m = re.search(r"年(\d{1,2})月|^\d{4}[-/.](\d{1,2})", text)
    return int(m.group(1) or m.group(2)) if m else 0


_ALTERNATIVES = (
    ("url", r"(?:https?://|www\.)[^\s<>()（）\[\]]+|[\w.+-]+@[\w-]+\.[A-Za-z.]+"),
    ("iso", r"(?<![\d.])\d{4}(?P<isosep>[-/.])(?:0?[1-9]|1[0-2])(?P=isosep)(?:0?[1-9]|[12]\d|3[01])(?!\d)"),
    (
        "zhdate",
        r"(?:公元前?)?(?<!\d)\d{1,4}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号])?(?:上旬|中旬|下旬|[初底末中])?"
        r"|(?<!\d)\d{1,2}\s?月\s?\d{1,2}\s?[日号]",
    ),
    (
        "zhyear",
        r"(?:公元前?)?(?<![\d.])\d{1,2}世纪(?:\d0年代)?(?:初|末|中叶|上半叶|下半叶|前期|中期|后期)?"
        r"|(?<![\d.])\d0\s?年代"
        r"|(?<![一二三四五六七八九十百千万两\d])[二三四五六七八九]十年代"  # 七十年代: a decade, not 70 years
        r"|(?:公元前?)?(?<![\d.,])\d{3,4}\s?年(?:代|底|初(?![版稿次])|末|中(?![国华文西外方央东南北部层风毒学心间药医途断止标选奖签枪弹招计])|上半年|下半年|[春夏秋冬][季天]?(?!节))?",
    ),
    ("zhmonth", r"(?<![\d.])(?:1[0-2]|0?[1-9])月(?!份?[0-9])(?:上旬|中旬|下旬)?"),
    (
        "endate",
        rf"\b\d{{1,2}}\s(?:{_MONTHS})\s\d{{4}}\b|\b(?:{_MONTHS})\s\d{{1,2}},\s\d{{4}}\b"
        rf"|\b(?:{_MONTHS})\s\d{{4}}\b|\b\d{{1,2}}\s(?:{_MONTHS})\b|\b(?:{_MONTHS})\s\d{{1,2}}(?!\d)\b",
    ),
    ("decade", r"\b\d{3}0s\b"),
    (
        "money",
        # (¥ 586 万: a Chinese magnitude after a currency sign, a space either side)
        rf"(?:US|HK|A|C|NZ)?[$€£¥￥]\s?(?:{AR})(?:\s?(?:{MAG_EN})\b|(?:[kKMB]|m(?!\s?[²³2]))\b|\s?(?:{MAG_ZH}))?"
        rf"|{NUM_ZH}(?:多|余)?\s?(?:{MAG_ZH})?\s?(?:{CURRENCY_ZH})"
        rf"|{NUM_EN}\s(?:{CURRENCY_EN})\b",
    ),
    (
        "percent",
        rf"{AR_START}(?:{AR})\s?[%％]|{NUM_EN}\s(?:percent|per\scent)\b|百分之{CN}(?:点[{CN_DIGITS}]+)?"
        rf"|{NUM_ZH}\s?个?百分点|{NUM_EN}\spercentage\spoints?\b",
    ),
    (
        "multiple",
        rf"翻了?\s?{NUM_ZH}\s?倍|{NUM_ZH}(?:多|余)?\s?倍|翻了?一番|翻番|{NUM_EN}\stimes\b|{NUM_EN}-?fold\b"
        rf"|{AR_START}(?:{AR})\s?[x\u00d7](?![\w.\u00d7])"  # 2.7x, 10 times: not 3x3, not a 1920x1080 screen
        r"|(?i:\btwice\b)",
    ),
    (
        "share",
        # 单一成分, 统一成本: a word's 一 and a word's 成, no share between them
        rf"(?<![单统专唯同划整万])[一二三四五六七八九]成(?![为功立员熟果绩就长都人本型交年分品效形批套])|半数|一半|过半|大半|{CN}分之{CN}"
        r"|(?<!and\sa\s)(?i:\bhalf\b)(?=\sof\b)|\b(?:a|one|two)\s(?:third|quarter|fifth)s?\b(?=\sof\b)",
    ),
    ("ratio", rf"{AR_START}(?:{AR})\s?比\s?(?:{AR})(?!\d)|[{CN_DIGITS}十]+比[{CN_DIGITS}十]+"),
    (
        "zhdur",
        # (上半年, 下半天: a part of the year, no duration)
        rf"{NUM_ZH_SPACED}(?:多|余)?(?:{DURATION_ZH})(?:内|之内)?"
        r"|(?<![上下前后])半(?:年|天|个月|个小时|小时)(?:内|之内)?",
    ),
    (
        "endur",
        # 2h 15m, 1 hr 5 min: hours and minutes, one span of time; 25 min, 6 wks, 2 yrs written short
        rf"{AR_START}\d{{1,3}}\s?(?:h|hrs?)\s?\d{{1,2}}\s?(?:m|mins?)\b"
        rf"|{NUM_EN}\s(?:{DURATION_EN})\b|{AR_START}(?:{AR})\s?(?:{DURATION_ABBR_EN})\b",
    ),
    ("zhcount", rf"{NUM_ZH_SPACED}(?:多|余)?(?:{MEASURES_ZH})"),
    (
        "encount",
        # 2.3m, 40kg: a unit written close to its number
        rf"{NUM_EN}\s?(?:°C|°F|℃)|(?:{AR_START}(?:{AR}))(?:{UNIT_CLOSE_EN})[²³]?(?![\w/])"
        rf"|{NUM_EN}\s(?:(?:{UNIT_ABBR_EN})[²³]?(?![\w/])|[a-z][a-z-]*(?:\sper\s(?:(?:square|cubic)\s)?[a-z]+)?(?![\w²³]))",
    ),
    (
        "bare",
        # (囤了2万多: the 多 after a magnitude is the figure's own, not left outside a blank)
        rf"{AR_START}(?:{AR})(?:\s?(?:{MAG_ZH})(?:多(?![数少])|余(?!下))?)?(?![A-Za-z\d])|[数上]?[{CN_NUMERALS}]*[十百千万亿][{CN_NUMERALS}]*",
    ),
)
_CORE = "|".join(f"(?P<{name}>{pattern})" for name, pattern in _ALTERNATIVES)
ATOM = re.compile(rf"(?P<pre>(?:{HEDGE_ZH})\s?|{HEDGE_EN}\s+)?(?:{_CORE})(?:{POST_HEDGE})?")

URL = re.compile(_ALTERNATIVES[0][1])
CLOCK = re.compile(r"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")  # 14:15, a time of day: no figure
AMOUNT_MAGNITUDE = re.compile(rf"\d\s?(?:{MAG_ZH})$|\d\s(?:{MAG_EN})$")
URL_HINT = re.compile(r"https?://|www\.|@")
SEED = re.compile(
    rf"[\d$€£¥￥{CN_NUMERALS}半翻]|{EN_WORD}|\b(?:{_MONTHS})\b|(?i:\b(?:twice|half|third|quarter|fifth)s?\b)"
)
LEAD_BEFORE = re.compile(
    # (US before a $ the seed search stops at: US$1,850 is one figure)
    rf"(?:(?:{HEDGE_ZH})\s?|{HEDGE_EN}\s+)?(?:(?:US|HK|A|C|NZ)?[$€£¥￥]\s?|\b(?:US|HK|A|C|NZ)|公元前?|\b(?:a|one|two)\s|[数上几])?$"
)
# 零点八六, 四点二: a decimal read out (never 一点一滴 or 一点一点, a bit at a time)
CN_DECIMAL = rf"[{CN_NUMERALS}]+(?:点[{CN_DIGITS}]+(?![点滴]))?"
NUMERAL = re.compile(rf"(?<![\d.])(?:{AR})|(?<![\d{CN_NUMERALS}])(?<!\d\s){CN_DECIMAL}|{EN_WORD}")
NUMERAL_WITH_MAGNITUDE = re.compile(
    rf"(?P<num>{AR}|{CN_DECIMAL}|{EN_WORD})(?:\s?(?P<mag>{MAG_ZH}|(?i:{MAG_EN})\b))?"
)

# --- joining ---------------------------------------------------------------------------------------
RANGE_KINDS = {"percent", "share", "money", "count", "duration", "year", "multiple", "date"}
RANGE_GAP = re.compile(r"\s*(?:-|–|—|\u2212|~|\uff5e|〜|到|至)\s*|\s+to\s+")
YEAR_PAIR_GAP = re.compile(r"\s+and\s+|\s*[和与、]\s*")
BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_CHANGE_VERBS = (
    "提升|提高|增长|增加|上升|上涨|跃升|飙升|攀升|扩大|下降|降低|下跌|减少|缩小|回落|缩减|涨|跌|升|降|增|减"
)
CHANGE_GAP = re.compile(rf"\s*(?:(?:{_CHANGE_VERBS})了?)?(?:到|至|为|成)了?\s*|\s+to\s+")
CHANGE_FROM = re.compile(r"从|由|\b[Ff]rom\s")
CHANGE_REACH = 10
CHANGE_FROM_ZERO = re.compile(rf"从(?:零|无|0)(?:{_CHANGE_VERBS})?了?(?:到|至)了?\s*$")
CLAUSE_END = re.compile(r"[，,；;。！？!?：:]")

# --- enumerations of numeric clauses -----------------------------------------------------------------
_HAN = r"\u4e00-\u9fff"
_ENUM_ITEM = rf"[{CN_NUMERALS}倍半]{{1,3}}"
ENUMERATION = re.compile(
    rf"(?<![{CN_NUMERALS}{_HAN}])(?P<head>{_ENUM_ITEM})(?P<link>[{_HAN}])[{_HAN}]{{1,3}}"
    rf"(?:、{_ENUM_ITEM}(?P=link)[{_HAN}]{{1,3}})+"
)
ENUM_HEAD = re.compile(rf"(?:^|(?<=、)){_ENUM_ITEM}")

# --- what is not a fact --------------------------------------------------------------------------------
CJK = re.compile(rf"[{_HAN}]")
BARE_YEAR = re.compile(r"1\d{3}|20\d{2}|2100")
ORDINAL_BEFORE = re.compile(r"(?:第\s?|No\.\s?|no\.\s?|#)$")
_LABEL_WORDS = (
    r"volume|vol\.|pp?\.|pages?|chapter|ch\.|section|sec\.|part|figure|fig\.|table|step|level|version|ver\.|"
    r"v\.|number|episode|ep\.|season|room|route|grade|item|verse|issue|phase|stage|type|model|class|mark|"
    r"series|generation|gen|article|rule|line|lesson|unit|week|day|session"
)
LABEL_WORD_BEFORE = re.compile(rf"\b(?:{_LABEL_WORDS})\s$", re.I)
_YEAR_OF_LIFE_BEFORE = re.compile(r"\b(?:year|month)\s~?$", re.I)
CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][A-Za-z]*)[\s-]?$")
_NOT_LABEL_CAPS = {
    "In",
    "On",
    "By",
    "At",
    "From",
    "About",
    "Around",
    "Nearly",
    "Over",
    "Some",
    "Only",
    "Almost",
    "Roughly",
    "Approximately",
    "Since",
    "Until",
    "After",
    "Before",
    "During",
    "Between",
    "Across",
    "For",
    "Of",
    "With",
    "To",
    "The",
    "A",
    "An",
    "And",
    "Or",
    "But",
    "Then",
    "When",
    "While",
    "All",
    "Every",
    "Each",
    "Just",
    "More",
    "Less",
    "Than",
    "Up",
    "Under",
    "Its",
    "Their",
    "His",
    "Her",
    "Our",
    "Your",
    "My",
    "Another",
    "First",
    "Last",
    "Through",
    "Within",
    "Per",
    "Circa",
    "Ca",
    "AD",
    "BC",
    "BCE",
    "CE",
    "US",
    "USD",
}
LETTER_GLUED_BEFORE = re.compile(r"[A-Za-z][-_]?$")
ZH_LABEL_AFTER = re.compile(r"^号")
ERA_GLOSS_AFTER = re.compile(r"^[（(]\s*(?:公元前?)?\d{1,4}")  # 咸通九年（868年）: a reign's year, glossed
# 868 年（咸通九年）: the reign's year glossing the year before it, no span of years
ERA_GLOSS_BEFORE = re.compile(r"(?:公元前?)?\d{1,4}\s*年?\s*[（(]\s*[\u4e00-\u9fff]{2}$")
LIST_GAP = re.compile(r",\s*|\s+and\s+|\s*、\s*|\s*&\s*|\s*和\s*")
PLAIN_NUMBER = re.compile(rf"\d+|[{CN_NUMERALS}]+")
LIST_MARK = re.compile(r"\s*[、.\uff0e)）](?!\d)")
FORMULA_NEAR = re.compile(r"[=+*/^<>≤≥±\u00d7÷₀-₉⁰-⁹Σ∑√]")
EN_ASIDE = re.compile(r"\(")
# (24 hrs before the launch, 2 days after it: a lead time or a lag is a figure; before or after with
# nothing after it dates by the time before, as ago does)
RELATIVE_AFTER = re.compile(
    r"(?:前|后|以前|以后|之前|之后|以来)|\s(?:ago|later|earlier)\b|\s(?:before|after)\b(?=\s*(?:[,.;:!?)—–]|$))"
)
# 他前两年天天在跑步, 近两年房价…: "some years back", "lately" opening a clause, no span to learn
# (项目前两年亏了 counts the project's first two years: a noun before 前 makes it a figure, and so
# does a label's colon: 做法：前两年先…)
RELATIVE_BEFORE_ZH = re.compile(r"(?:^|[，,。；;！？!?\s（(]|我|他|她|我们|他们|她们)(?:前|近)$")
COUPLE_ZH = re.compile(r"^两(?:个)?(?:年|月|天|周|星期)$")
# `that` before a figure is mostly the conjunction (`found that 90% of them`), not a determiner.
_MODIFIER_BEFORE = re.compile(r"\b(?:a|an|the|this|each|every|its|their|his|her)\s$", re.I)
_NOUN_AFTER = re.compile(r"^\s(?!of\b)[a-z]")
_HYPHEN_AFTER = re.compile(r"^-[A-Za-z]")
_VAGUE = re.compile(rf"几|(?<!半)数|^(?:约|大约|近|超过?)?上[十百千万亿]|(?:^|[^\d{CN_DIGITS}])[百千万亿]")
_QUOTES = (("《", "》"), ("“", "”"), ("「", "」"), ("『", "』"), ('"', '"'))


def named_unit(noun: str) -> bool:
    """Whether the noun is a unit by name (kg, people, feet), not only by a plural's -s."""
    head = noun.split()[0] if noun else ""
    word = head.lower()
    return (
        bool(re.fullmatch(rf"(?:{UNIT_ABBR_EN})[²³]?", head))
        or word in _IRREGULAR_PLURALS
        or word in _SINGULAR_UNITS
    )


def is_count_noun(noun: str) -> bool:
    """`astronauts`, `people`, `kg`, `bits per second`: a unit an English count can end with."""
    if named_unit(noun):  # kg, km², mL, people, feet
        return True
    word = (noun.split()[0] if noun else "").lower()
    return (
        word.endswith("s")
        and len(word) > 2
        and word not in _NOT_PLURAL
        and not word.endswith(("ss", "us", "ous", "is", "ys"))
    )


def days_per(unit: str) -> float | None:
    """How many days one `unit` of a duration lasts (`个月` -> 30, `weeks` -> 7)."""
    unit = unit.lower().lstrip("多")
    table = (
        ("年", 365.0),
        ("季度", 91.0),
        ("月", 30.0),
        ("周", 7.0),
        ("星期", 7.0),
        ("工作日", 1.0),
        ("天", 1.0),
        ("小时", 1 / 24),
        ("钟头", 1 / 24),
        ("分钟", 1 / 1440),
        ("秒", 1 / 86400),
        ("centur", 36500.0),
        ("decade", 3650.0),
        ("year", 365.0),
        ("month", 30.0),
        ("week", 7.0),
        ("day", 1.0),
        ("hour", 1 / 24),
        ("minute", 1 / 1440),
        ("second", 1 / 86400),
        ("hr", 1 / 24),
        ("min", 1 / 1440),
        ("sec", 1 / 86400),
        ("wk", 7.0),
        ("yr", 365.0),
        ("mo", 30.0),
        ("h", 1 / 24),
    )
    return next((days for key, days in table if key in unit), None)


def is_vague(text: str) -> bool:
    """数万亿, 上千, 几个, 千亿 (a magnitude with no count before it): an order of magnitude, not a figure."""
    core = re.sub(rf"^(?:{HEDGE_ZH})", "", text)
    if "分之" in core:
        return "几" in core  # 千分之三 is a share; 几分之一 is not one
    if _TENS_AND_SOME.fullmatch(core):
        return False  # 十几个亿, 十几万: between ten and twenty of a magnitude, a figure all the same
    if _NUMERALS_TO_A_MAGNITUDE.fullmatch(core):
        return False  # 两百万, 三千五百万: numerals counting the magnitude, not 千亿 alone
    return bool(_VAGUE.search(core)) and not re.search(r"\d", core)


_TENS_AND_SOME = re.compile(r"十几(?:个)?(?:万亿|亿|万)(?:元|块)?")
_NUMERALS_TO_A_MAGNITUDE = re.compile(rf"[{CN_DIGITS}十][{CN_DIGITS}十百千万亿]*[万亿](?:元|块)?")


def is_label(before: str, after: str, text: str) -> bool:
    """GPT-3, Claude 3.5, Voyager 2, volume 27, 3号: a name's number, not a quantity."""
    if text[:1].isdigit() and LETTER_GLUED_BEFORE.search(before):
        return True
    if text[:1].isdigit() and LABEL_WORD_BEFORE.search(before):
        return True
    if _YEAR_OF_LIFE_BEFORE.search(before) and re.match(r"\d{1,2}(?!\d)", text):
        return True  # a roof at year ~10 of its life, by year 12: which year of it, not how many
    capital = CAPITAL_WORD_BEFORE.search(before) if text[:1].isdigit() else None
    if capital and capital.group(1) not in _NOT_LABEL_CAPS and capital.group(1) not in MONTHS_EN:
        return not _verb_form(capital.group(1))
    return bool(ZH_LABEL_AFTER.match(after))


COMMON_VERB_FORM = 4.5  # Zipf: Getting, Adding are verbs opening a sentence; Boeing (3.8) names a thing


def _verb_form(word: str) -> bool:
    """Getting [1 percent] better, Adding [2 cups]: a capitalised verb opening the sentence, no name."""
    from quizgen.extract.lexicon import zipf_en

    return word.endswith(("ing", "ed")) and zipf_en(word.lower()) >= COMMON_VERB_FORM


_VALUED_BEFORE_ZH = re.compile(r"(?:价值|市值|估值|总值)(?:约|近|超过?)?$")


def is_modifier(before: str, after: str, kind: str, unit: str) -> bool:
    """`the 1949 book`, `a 3,000 Hz line`, `a trillion-dollar company`, `价值20万亿美元的产业`: a
    figure describing a noun."""
    if _HYPHEN_AFTER.match(after) or (_VALUED_BEFORE_ZH.search(before) and after.startswith("的")):
        return True
    ends_in_noun = kind == "count" and not re.fullmatch(
        rf"(?:{UNIT_ABBR_EN})[²³]?", unit.split()[0] if unit else ""
    )
    return bool(_MODIFIER_BEFORE.search(before) and _NOUN_AFTER.match(after)) and not ends_in_noun


def inside_title(text: str, start: int, end: int) -> bool:
    """Inside 《…》, or inside a short quoted name (“42行圣经”): part of a name, not a figure."""
    for left, right in _QUOTES:
        open_at = text.rfind(left, 0, start)
        if open_at < 0:
            continue
        close_at = text.find(right, end)
        if close_at < 0 or text.rfind(right, open_at + 1, start) >= 0:
            continue
        inner = text[open_at + 1 : close_at]
        if left == "《" or (len(inner) <= 10 and not re.search(r"[，,。；;：:！？!?\s]", inner)):
            return True
    return False


_ANAPHOR_ZH = re.compile(r"(?:这|那)$")
_ANAPHOR_EN = re.compile(r"\b(?:the|these|those)\s$", re.I)


def is_anaphor(before: str, kind: str) -> bool:
    """这90个书架, 那半年, the six bridges: a figure pointing back at one already given."""
    return bool(_ANAPHOR_ZH.search(before)) or (kind == "count" and bool(_ANAPHOR_EN.search(before)))


def is_article_one(text: str, kind: str) -> bool:
    """一家, 一年, 1钟, 1美元: "one" as an article or a unit of comparison, not a figure to learn."""
    if kind in {"share", "multiple", "date", "year", "percent", "range", "change", "ratio"}:
        return False
    core = re.sub(rf"^(?:{HEDGE_ZH})", "", text).strip()
    core = re.sub(rf"^{HEDGE_EN}\s+", "", core)
    if re.match(r"^一(?![十百千万亿\d点两二三])", core):  # (一两百万, 一二十个: one or two hundred…)
        return True
    if re.match(r"^1\D+\d", core):
        return False  # 1 hr 20 min, 1年零3个月: one unit and more of the next, a span to learn
    return bool(re.match(r"^\$?1(?![\d.,])(?!\s?(?:万|亿|千|thousand|million|billion|trillion))", core))
