"""Small closed word lists the people and claims extractors key on: role nouns and titles,
kinship words, speech verbs, common surnames, and English words that never start a name.

General language only: nothing here may come from a particular document.
"""

from __future__ import annotations

import re
from functools import lru_cache


def words(text: str) -> list[str]:
    return text.split()


@lru_cache(maxsize=8192)
def zipf_en(word: str) -> float:
    """How common an English word is (wordfreq's Zipf scale: 7 for "the", 0 for a word it never saw)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


# the languages an English reader's notes most often quote (a grammar point's sample sentence)
_QUOTED_LANGUAGES = ("es", "fr", "de", "it", "pt")
RARE_IN_ENGLISH = 3.0  # Zipf: below it a word is rare in English text (pequeño 1.6, playa 3.2, dish 4.2)
FOREIGN_MARGIN = 1.0  # Zipf: how much more common another language must have a word for it to be its


@lru_cache(maxsize=4096)
def _foreign_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    own = zipf_en(word)
    return max(zipf_frequency(word, lang) for lang in _QUOTED_LANGUAGES) > own + FOREIGN_MARGIN


def in_another_language(text: str) -> bool:
    """Whether Latin-script `text` of two words or more is mostly another language's than English
    (Llegó, se sentó y pidió un café): most of its words far more common in Spanish, French, German,
    Italian or Portuguese. Other languages' word lists are read only for text whose words are mostly
    rare in English or accented, so English text costs no more than its own look-ups."""
    tokens = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    if len(tokens) < 2 or re.search(r"[\u3040-\u9fff]", text):
        return False
    odd = [w for w in tokens if not w.isascii() or zipf_en(w) < RARE_IN_ENGLISH]
    if 2 * len(odd) <= len(tokens):
        return False
    return 2 * sum(map(_foreign_word, tokens)) > len(tokens)


# Nouns that name what a person is or does; a name next to one is a person with that role.
ROLE_ZH: tuple[str, ...] = tuple(
    sorted(
        words(
            """
    创始人 联合创始人 创办人 负责人 主持人 主播 嘉宾 作者 译者 编者 主编 记者 编辑 工匠 匠人 教授
    副教授 讲师 老师 校长 院长 院士 研究员 学者 科学家 数学家 物理学家 化学家 生物学家 经济学家
    哲学家 思想家 历史学家 史学家 文学家 发明家 企业家 投资人 合伙人 董事长 总裁 总经理 经理 总监
    主管 首席执行官 首席技术官 首席科学家 工程师 设计师 建筑师 医生 律师 画家 诗人 作家 小说家 导演
    演员 歌手 教练 总统 副总统 总理 首相 主席 部长 市长 省长 州长 议员 大使 将军 元帅 统帅 皇帝 国王
    女王 君主 国君 诸侯 大名 宰相 丞相 太守 天皇 宇航员 航天员 飞行员 船长 大师 禅师 僧人 分析师
    研究者 编剧 制片人 出版人 书法家 天文学家 地质学家 统计学家 翻译家 架构师 程序员 顾问 专家 馆长
    所长 局长 主任 会长 理事长 店长 厂长 策展人 咨询师 CEO CTO CFO COO CIO
    教师 队长 组长 楼长 站长 村长 镇长 乡长 县长 委员 护士 护士长 村医 书记 社长 秘书长 理事 监事 干事 秘书
    社工 会计 出纳
    """
        ),
        key=len,
        reverse=True,
    )
)

# The small words a name's or a term's initials pass over (Objectives and Key Results, mean time to
# repair): articles, conjunctions and prepositions
SMALL_WORDS_EN = frozenset(
    {"the", "a", "an", "of", "and", "or", "for", "to", "in", "on", "by", "with", "at", "as"}
)

# Kinship and close relations: "他与妹妹 X", "his sister X".
RELATION_ZH: tuple[str, ...] = tuple(
    sorted(
        words(
            """
    妹妹 姐姐 哥哥 弟弟 父亲 母亲 爸爸 妈妈 妻子 丈夫 儿子 女儿 祖父 祖母 叔叔 伯父 舅舅 导师 老师
    学生 弟子 师父 搭档 同事 好友 朋友 合伙人
    """
        ),
        key=len,
        reverse=True,
    )
)
RELATION_EN = frozenset(
    words(
        """
    sister brother wife husband father mother son daughter uncle aunt cousin grandfather grandmother
    mentor student teacher colleague partner friend
    """
    )
)

# Verbs of saying and thinking: a sentence built on one is a claim, not a deed of the person.
SPEECH_ZH: tuple[str, ...] = tuple(
    sorted(
        words(
            """
    认为 指出 强调 主张 表示 坦言 解释 估算 估计 相信 觉得 认定 提出 回应 批评 承认 透露 介绍 谈到
    提到 直言 称 说 说道 补充 预测 预计 判断 断言 警告 呼吁 反驳 总结 回忆 希望 担心
    """
        ),
        key=len,
        reverse=True,
    )
)
SPEECH_EN = frozenset(
    words(
        """
    said says say argued argues argue believed believes thought thinks noted notes stressed stresses
    claimed claims told tells added adds explained explains
    """
    )
)

# Verbs only a person does (write, invent, preside, be born…): a name known by a deed alone must
# do one of these; a state or a workshop can print or use a thing, not annotate or preside.
HUMAN_DEEDS_ZH: tuple[str, ...] = tuple(
    words(
        """
    说 讲 写 著 撰 编 译 作注 注释 画 唱 演 发明 发现 创立 创办 创建 创作 首创 独创 设计 改进 改良 研制
    研究 主持 领导 率领 指挥 组织 负责 担任 出任 当选 提出 认为 主张 要求 建议 强调 反对 成长 出生 生于
    去世 逝世 病逝 娶 嫁 拜师 学习 求学 就读 毕业 讲学 献 上书 奏请 游历 访问 会见 参加 加入 推动 倡导
    资助 翻译 记载 记录 总结 命名 制定 编写 编纂 主编 校订 回忆 创业
    """
    )
)

# The most common single-character surnames (plus a few compound ones): a clause that opens
# with one of these may open with a person's name.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤毕祖岳文欧司诸上霍柳鲁葛乔庞殷"
    # rarer surnames that seldom open a common word (骆, 闵, 聂 …; never 凌 of 凌晨 or 杭 of 杭州)
    "骆闵邢阎俞施窦娄裴耿聂戚樊滕邝翟詹倪邬丘祁阮蒲晏伍卞穆萧禹狄臧茅虞柯缪嵇翁荀甄芮靳栾郜蔺胥姬郦"
    "雍濮瞿庾匡寇阙晁敖阚巢蒯竺谌邸岑褚钮傅饶"
)
# Two-character surnames, which jieba tags apart from the given name after them (欧阳 + 晓帆)
COMPOUND_SURNAMES = frozenset(
    words("欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 尉迟 夏侯 公孙 长孙 宇文 司徒 端木 独孤 南宫 西门")
)

ROLE_EN = frozenset(
    words(
        """
    engineer mathematician statistician geologist physicist chemist biologist economist historian
    philosopher scientist astronomer astronaut cosmonaut pilot director president founder co-founder
    cofounder ceo cto cfo cio coo vp svp evp chairman chairwoman chair professor lecturer teacher researcher
    author
    writer novelist poet journalist reporter editor host presenter interviewer anchor commentator
    analyst investor entrepreneur executive manager head chief leader officer senator governor
    minister ambassador king queen emperor general admiral commander captain colonel inventor
    architect designer artist painter composer musician singer actor actress programmer developer
    lawyer judge doctor physician surgeon psychologist linguist sociologist anthropologist
    archaeologist biographer critic curator diplomat explorer theorist neuroscientist strategist
    spokesman spokesperson secretary partner member employee colleague student mentor pioneer
    contractor builder banker merchant farmer soldier priest monk nun bishop sailor navigator
    mayor clerk worker craftsman printer publisher translator photographer filmmaker
    md owner proprietor
    nurse midwife paramedic coach chef baker potter carpenter blacksmith weaver conservator librarian
    consultant adviser advisor councillor producer broadcaster playwright dancer conductor accountant
    auditor trader broker planner surveyor mechanic warden ranger detective inspector sheriff constable
    sergeant lieutenant gardener brewer winemaker fisherman shepherd butler housekeeper apprentice tutor
    headteacher headmaster headmistress rabbi imam pastor vicar abbot
    """
    )
)
# ecologist, geographer, technician, archivist: nouns of a trade or a field by their ending; not
# the -ist words that name no one (checklist, playlist, persist, twist)
_ROLE_ENDING_EN = re.compile(r"(?:olog|ograph|onom)ists?$|ographers?$|icians?$|[a-z]{3}ists?$")
_NO_ONE_EN = re.compile(r"(?:[ykht]list|sist|xist|twist|wrist|heist|moist|joist|hoist|foist|christ)s?$")


def is_role_word(word: str) -> bool:
    """Whether an English word names a role (engineer, ecologist, technician): the list, or the
    ending of a trade's or a field's noun."""
    word = word.lower()
    return word in ROLE_EN or (bool(_ROLE_ENDING_EN.search(word)) and not _NO_ONE_EN.search(word))


# Titles written before a name: "Senator Mary K. Olsen".
TITLES_EN = frozenset(
    words(
        """
    President Senator Governor Dr Dr. Professor Prof. General Admiral Captain Colonel Commander King
    Queen Prince Princess Emperor Empress Pope Sir Lady Lord Chancellor Minister Secretary Judge
    Justice Mayor Chairman Astronaut Rev. Mr. Mrs. Ms.
    """
    )
)

# Capitalised words that begin sentences or name things, never a person's name.
NOT_NAME_EN = frozenset(
    words(
        """
    The A An In On At By For From With Without After Before During When While Where Which Who Whom
    Whose What Why How If Although Though Because As Since Until And But Or Nor So Yet Not No Every
    Each All Some Many Most Both This That These Those It Its He She They We I You His Her Their Our
    My Your Yourself Yourselves Myself Ourselves Themselves Itself Himself Herself Me Us Them
    There Here Then Now Today Across Among Between Into Over Under Above Below Of To Also
    Only Just Even Later Earlier Once Twice Key Note Notes See Title Author Journal January February
    March April May June July August September October November December Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday Is Are Was Were Be Been Do Does Did Has Have Had Can Could
    Would Should Shall Must Might Let Throughout Despite Besides Meanwhile Beyond Within Upon Unlike
    Toward Towards Against Along Around Behind Beside Inside Outside Whenever Wherever Whereas Unless
    Whether However Therefore Thus Still Perhaps Maybe Indeed Instead Otherwise Again Already Always
    Never Often Sometimes Usually Honestly Frankly Basically Actually Clearly Obviously Apparently
    Seriously Literally Personally Interestingly Surprisingly Luckily Fortunately Unfortunately
    Hopefully Ironically Notably Importantly Finally Eventually Initially Originally Recently Currently
    Admittedly Arguably Naturally Overall Anyway Sadly Oddly Weirdly Really Probably Definitely
    Motion Moved Seconded Second Carried Approved Passed Action Decision Agenda Minutes Present
    Absent Apologies Attendees Quorum Vote Voted
    Thanks Thank Cheers Hi Hello Hey Welcome Bye Goodbye Dear Congrats Congratulations Sorry Okay OK
    Yes Yeah Yep Oh Ah Um Uh Please Morning Evening Afternoon
    Email Emailed Call Ask Asked Text Texted Ping Pinged Message Remind Invite Contact Contacted
    """
    )
)
# First names that are everyday words too (Mark the date, Will it work?): never a person's short form
WORD_NAMES_EN = frozenset(
    words(
        """
    Mark Will Grace Hope Rose June May April August Faith Joy Bill Pat Sue Art Rich Frank Jack Sky
    Summer Dawn Ray Don Gene Guy Lily Ivy Holly Robin Jay Chance Drew Miles Wade Reed Chase Hunter
    Carol Penny Ruby Amber Crystal Daisy Iris Jade Pearl Autumn Winter Harmony Grant Bob Rob Nick
    """
    )
)
# The head words that end an organisation's name and no person's (ORG_EN adds Park, Post, Times,
# Street: words a surname or a place may also end on)
ORG_HEADS_EN = frozenset(
    words(
        """
    Lab Labs Laboratory Laboratories University College Institute Foundation Center Centre Press
    Company Corporation Inc Ltd Group Agency Association Society Council Committee Department Ministry
    Bank Fund Trust Museum Library Hospital Clinic School Academy Convention Conference Congress Assembly
    Summit Commission Board Authority Bureau Federation League Alliance Coalition
    """
    )
)
ORG_EN = ORG_HEADS_EN | frozenset(
    words(
        """
    Journal Corp Administration Office Program Programme Project Module Station
    Vehicle System Systems Network Service Services Times Post News Review Magazine
    Church Party Army Navy Force Forces Union States Kingdom Republic Empire Ocean Sea Moon
    Earth River Lake Mountain Mountains Valley Island Islands Bay Street Avenue Road Park Square
    Bridge Tower Hall House Court Theory Cape Mount Fort Port Saint Space Flight Technical Bible
    Code Award Prize Act Treaty War Revolution Age Era Street Airlines Motors Capital Ventures
    Textiles Foods Industries Holdings Partners Pharmaceuticals Energy Media Studios Games Robotics
    Logistics Analytics Software Solutions Consulting Therapeutics Materials Brands Stores Markets
    Barrier Dam Tunnel Canal Reservoir Railway Highway Motorway Viaduct Aqueduct Lighthouse Barrage
    Pier Wharf Quay Terminal Airport Observatory Telescope Reactor Ballroom Room Suite Auditorium Theatre
    Theater Pavilion Lobby Foyer Studio Gallery Workshop Cafe Café Bakery Shop Store Market Lane
    """
    )
)
NAME_PARTICLES_EN = frozenset(
    words(
        """
    von van de der den del della da di du la le bin ibn al
    """
    )
)

# English verbs in the past or present that can follow a subject (besides regular "-ed" forms).
IRREGULAR_PAST_EN = frozenset(
    words(
        """
    was were had became wrote took made led gave went came saw found flew began built brought held
    kept left met ran set spent stood told thought won drove chose grew knew put read rose sent sold
    taught understood lost paid fought bought caught fell felt heard hit hid laid lit meant rode
    rang sang sat shot shut slept spoke stole struck swam swore threw woke wore got did has is said
    """
    )
)
