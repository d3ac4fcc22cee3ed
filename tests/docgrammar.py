"""A hypothesis grammar of the documents people feed quizgen: headings in every form ingest knows,
lists, speaker turns, front matter, tables, code, quotes, links, and figures of every kind
(zero, negative, huge, full-width, Chinese numerals, ranges, dates, times, versions), mixed with
noise (emoji, zero-width and control characters, very long lines, mixed scripts, empty sections).
Every piece is written here; none is taken from a real document."""

from __future__ import annotations

from hypothesis import strategies as st


def full_width(text: str) -> str:
    """ASCII letters, digits and signs in their full-width forms (as Chinese input methods type them)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# --- figures ------------------------------------------------------------------------------------

FIGURES = st.one_of(
    st.sampled_from(["0%", "0", "$0", "0元", "0.0%", "-0%", "零", "0 percent"]),
    st.integers(-1000, 1000).map(lambda n: f"{n}%"),
    st.integers(-(10**6), 10**6).map(str),
    st.integers(0, 10**40).map(lambda n: f"{n:,}"),  # huge, with thousands separators
    st.integers(0, 10**30).map(lambda n: f"${n}"),
    st.floats(-1e6, 1e6, allow_nan=False).map(lambda x: f"{x:.2f}%"),
    st.floats(allow_nan=True, allow_infinity=True).map(str),  # nan, inf, 1e+308
    st.sampled_from(["1234", "50%", "35亿元", "-3%", "0%", "1.5倍", "2024年"]).map(full_width),
    st.sampled_from(["三分之一", "两年", "十倍", "20万亿", "45亿美金", "一百二十", "零点五", "百分之零"]),
    st.sampled_from(["二〇二四年", "三成", "五百万人", "负百分之三", "半年", "十几个", "几千亿"]),
    st.tuples(
        st.integers(-50, 200), st.integers(-50, 200), st.sampled_from(["-", "–", "~", "至", " to "])
    ).map(lambda t: f"{t[0]}{t[2]}{t[1]}%"),
    st.sampled_from(
        ["从 0% 提升到 5%", "from $0 to $5", "0倍", "增长了 0 倍", "0分之一", "从零到一", "0 to 0"]
    ),
    st.sampled_from(["1" + "0" * 400, "1e400", "-1e400", "9" * 30 + "%", "一万亿亿亿", "0.000000001%"]),
    st.sampled_from(["$1.5 billion", "€3m", "¥100", "2 trillion dollars", "1e9", "10^6", "3.5x"]),
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: f"{d.year}年{d.month}月{d.day}日"),
    st.dates().map(lambda d: d.strftime("%B %d, %Y")),
    st.sampled_from(["10:30", "23:59:59", "下午3点", "凌晨两点半", "00:00", "3 p.m.", "Q3 2024", "FY2023"]),
    st.sampled_from(["v1.2.3", "Python 3.12", "GPT-4o", "iOS 17.0.1", "0.0.0", "2.0-beta", "H100"]),
)

SUBJECTS_ZH = ["收入", "利润", "用户数", "成本", "增长率", "这家公司", "毛利率", "市场份额", "他们", "团队"]
SUBJECTS_EN = ["Revenue", "Profit", "The company", "Users", "Costs", "Margin", "It", "Our team", "Growth"]
VERBS_ZH = ["增长了", "下降了", "达到", "约为", "从", "提升到", "占", "是", "只有", "超过"]
VERBS_EN = ["grew", "fell by", "reached", "was", "rose from", "is about", "hit", "dropped to", "stood at"]

WORDS = st.sampled_from(
    ["模型", "人才密度", "正和竞争", "竹编工艺", "指数曲线", "alignment", "scaling", "the market",
     "compute", "安全", "产品", "API", "Claude", "Anthropic", "learning", "贝叶斯", "复利"]
)  # fmt: skip


@st.composite
def figure_sentence(draw: st.DrawFn) -> str:
    """A sentence stating one or more figures: the kind of line figure items come from."""
    figures = draw(st.lists(FIGURES, min_size=1, max_size=4))
    if draw(st.booleans()):
        parts = [
            f"{draw(st.sampled_from(SUBJECTS_ZH))}{draw(st.sampled_from(VERBS_ZH))} {f}" for f in figures
        ]
        return "，".join(parts) + draw(st.sampled_from(["。", "！", "？", "", "……"]))
    parts = [f"{draw(st.sampled_from(SUBJECTS_EN))} {draw(st.sampled_from(VERBS_EN))} {f}" for f in figures]
    return ", ".join(parts) + draw(st.sampled_from([".", "!", "?", "", "..."]))


@st.composite
def prose(draw: st.DrawFn) -> str:
    """A sentence of words, a definition, a claim or a figure."""
    shape = draw(st.integers(0, 5))
    word = draw(WORDS)
    if shape == 0:
        return draw(figure_sentence())
    if shape == 1:
        return f"**{word}**：{draw(WORDS)}是指{draw(WORDS)}的能力。"
    if shape == 2:
        return f"{word} is the idea that {draw(WORDS)} matters more than {draw(WORDS)}."
    if shape == 3:
        return f"阿莫迪认为，{word}的核心是“{draw(WORDS)}”，不是{draw(WORDS)}。"
    if shape == 4:
        return " ".join(draw(st.lists(WORDS, min_size=1, max_size=12)))
    heads = draw(st.lists(st.sampled_from(["十", "五", "倍", "半", "三", "二十"]), min_size=2, max_size=14))
    return (
        "古人说，"
        + "、".join(f"{h}则{v}之" for h, v in zip(heads, "守退进攻追围分战击逃避留走停", strict=False))
        + "。"
    )


NOISE = st.one_of(
    st.sampled_from(["😀", "🚀🔥", "👨‍👩‍👧", "\u200b", "\u200d", "\ufeff", "\u00ad", "\u2028", "\u2029"]),
    st.sampled_from(["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\r", "\t"]),
    st.sampled_from(
        ["مرحبا بالعالم", "Привет мир", "नमस्ते", "こんにちは", "안녕하세요", "שלום", "\u202e!dlrow"]
    ),
    st.sampled_from(["e\u0301\u0301\u0301", "\uff21", "ﬁ", "①②③", "Ⅻ", "½", "²", "٣", "\u07c0"]),
    st.text(max_size=12),
)


@st.composite
def markup(draw: st.DrawFn) -> str:
    """Figures wrapped in inline markup or split across lines, subtitles, HTML, footnotes, rules."""
    figure, word = draw(FIGURES), draw(WORDS)
    return draw(
        st.sampled_from(
            [
                f"{word}达到 **{figure}**，{word}是 `{figure}`，见 [{figure}](https://example.org)。",
                f"{word} grew to\n{figure} in\nthe year.",  # hard-wrapped
                f"1\n00:00:01,000 --> 00:00:04,000\n{word}增长了 {figure}\n\n"
                "2\n00:00:05,000 --> 00:00:07,500\n好的",
                f"<p>{word} <b>{figure}</b></p><br/><script>x</script>",
                f"{word}[^1] 是 {figure}。\n\n[^1]: 注释 {figure}",
                "---",
                "***",
                f"$x^2 = {figure}$ and $$ {figure} $$",
                f"{word}{figure}{word}{figure}{word}" * 3,
                f"{figure}\n" * 5,
                f"說到{word}我們當時其實{figure}然後就這樣了對吧那個{word}",  # no punctuation (speech)
                f"“{word}”，他说，“是{figure}。”",
            ]
        )
    )


@st.composite
def heading(draw: st.DrawFn) -> str:
    title = draw(st.one_of(prose(), WORDS, FIGURES, st.just("")))
    form = draw(st.integers(0, 9))
    n = draw(st.integers(0, 12))
    cn = "一二三四五六七八九十"[n % 10]
    return [
        f"{'#' * draw(st.integers(1, 7))} {title}",
        f"{title}\n{'=' * draw(st.integers(1, 5))}",
        f"{title}\n{'-' * draw(st.integers(2, 5))}",
        f"{cn}、{title}",
        f"主题{cn}：{title}",
        f"第{cn}讲 {title}",
        f"{n:02d} {title}",
        f"**{title}**",
        f"（{cn}）{title}",
        f"Part {n}: {title}",
    ][form]


@st.composite
def block(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 14))
    if kind == 0:
        return draw(heading())
    if kind == 1:
        marker = draw(st.sampled_from(["- ", "* ", "+ ", "• ", "  - ", "    * ", "-"]))
        return "\n".join(marker + draw(prose()) for _ in range(draw(st.integers(1, 5))))
    if kind == 2:
        style = draw(st.sampled_from(["{}. ", "{}、", "（{}）", "({}) ", "{}) ", "①"]))
        start = draw(st.integers(0, 99))
        return "\n".join(style.format(start + i) + draw(prose()) for i in range(draw(st.integers(1, 5))))
    if kind == 3:
        speaker = draw(
            st.sampled_from(["主持人", "嘉宾", "Alice", "Q", "A", "**Bob King**", "[00:01:02] 王一"])
        )
        return f"{speaker}{draw(st.sampled_from(['：', ': ', ':']))}{draw(prose())}"
    if kind == 4:
        cols = draw(st.integers(1, 4))
        rows = [" | ".join(draw(st.lists(FIGURES | WORDS, min_size=cols, max_size=cols))) for _ in range(3)]
        return "\n".join([f"| {rows[0]} |", "|" + "---|" * cols, *(f"| {r} |" for r in rows[1:])])
    if kind == 5:
        fence = draw(st.sampled_from(["```", "~~~", "```python"]))
        closed = draw(st.booleans())
        return f"{fence}\n{draw(prose())}\nx = {draw(FIGURES)!r}\n" + ("```" if closed else "")
    if kind == 6:
        return "\n".join(draw(st.sampled_from(["> ", "> > ", ">"])) + draw(prose()) for _ in range(2))
    if kind == 7:
        url = draw(st.sampled_from(["https://example.org/a?b=1", "x.png", "", "<>", "javascript:0"]))
        return draw(
            st.sampled_from([f"[{draw(WORDS)}]({url})", f"![{draw(WORDS)}]({url})", url, f"[1]: {url}"])
        ) + draw(prose())
    if kind == 8:
        return "    " + draw(prose())  # indented code
    if kind == 9:  # a very long line
        return draw(prose()) * draw(st.integers(10, 60))
    if kind == 10:  # an empty section
        return draw(heading()) + "\n\n" + draw(heading())
    if kind == 11:
        return " ".join(draw(st.lists(FIGURES, min_size=1, max_size=30)))  # all numbers
    if kind == 14:
        return draw(markup())
    if kind == 12:
        return draw(prose()) + draw(NOISE) + draw(prose())
    return draw(prose())


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    fields = draw(
        st.lists(
            st.sampled_from(
                [
                    "title: 一次访谈",
                    "author: Alice King",
                    "date: 2024-03-05",
                    "tags: [a, b]",
                    "title:",
                    "speaker: 王一",
                    "date: not a date",
                    "title: [unclosed",
                    "source: https://example.org",
                    "title: !!binary aGk=",
                    "x: &a [*a]",
                    "0: 1",
                ]
            ),
            max_size=5,
        )
    )
    closing = draw(st.sampled_from(["---\n", "...\n", ""]))
    return "---\n" + "\n".join(fields) + "\n" + closing


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A whole document: maybe front matter, a title, blocks separated by blank lines or not."""
    head = draw(st.one_of(st.just(""), front_matter(), heading().map(lambda h: h + "\n\n")))
    count = draw(st.integers(1, 40))
    blocks = [draw(st.one_of(block(), block(), block(), NOISE)) for _ in range(count)]
    seps = draw(st.lists(st.sampled_from(["\n\n", "\n", "\n\n\n", "\r\n\r\n", "\n \n", "\u3000\n"]),
                         min_size=len(blocks), max_size=len(blocks)))  # fmt: skip
    return head + "".join(b + s for b, s in zip(blocks, seps, strict=True))
