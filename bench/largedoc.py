"""One large document of a given size, for the scaling benchmarks: Chinese from varied copies of
the sample seeds joined into one file, English from sentence templates written here.

Both vary what they repeat (numbers perturbed, blocks shuffled, names and words drawn at random),
so a benchmark measures the work on new text, not what a cache remembers from the last copy.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _perturbed(text: str, rng: random.Random) -> str:
    return re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 9)), text)


def zh_document(target_chars: int, seed: int = 7) -> str:
    """The seeds, copied with numbers perturbed and body blocks shuffled, joined into one document
    (the first copy keeps its title and opening; later copies add only their bodies)."""
    rng = random.Random(seed)
    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    parts: list[str] = []
    total = 0
    while total < target_chars:
        blocks = _perturbed(samples[len(parts) % len(samples)], rng).split("\n\n")
        head, body = blocks[:2], blocks[2:]
        rng.shuffle(body)
        part = "\n\n".join(head + body if not parts else body)
        parts.append(part)
        total += len(part) + 2
    return "\n\n".join(parts)[:target_chars]


FIRST = [
    "Ada",
    "Basil",
    "Carmen",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hiro",
    "Ingrid",
    "Jonas",
    "Kira",
    "Lucas",
    "Mira",
    "Nadia",
    "Omar",
    "Priya",
]
LAST = [
    "Abbott",
    "Brennan",
    "Castillo",
    "Duarte",
    "Eriksen",
    "Fujita",
    "Garber",
    "Holm",
    "Ivanova",
    "Jansen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
]
ORGS = [
    "Northwind",
    "Lattice",
    "Corvid",
    "Helix",
    "Meridian",
    "Quarry",
    "Solstice",
    "Tessellate",
    "Umber",
    "Vantage",
    "Wexford",
]
ROLES = ("chief executive", "head of research", "product lead", "chief economist", "founder", "editor")
TOPICS = (
    "attention",
    "compound interest",
    "deliberate practice",
    "feedback loops",
    "habit stacking",
    "network effects",
    "opportunity cost",
    "second-order thinking",
    "sleep debt",
    "working memory",
    "supply chains",
    "open source",
)
NOUNS = [
    "teams",
    "budgets",
    "models",
    "habits",
    "readers",
    "markets",
    "schools",
    "cities",
    "engineers",
    "farmers",
    "clinics",
    "startups",
]
VERBS = [
    "improve",
    "slow",
    "reshape",
    "reward",
    "punish",
    "simplify",
    "stretch",
    "protect",
    "distort",
    "reveal",
]
ADJS = ["small", "steady", "hidden", "costly", "fragile", "durable", "obvious", "patient", "rapid", "careful"]
PLACES = ["Lisbon", "Osaka", "Nairobi", "Toronto", "Oslo", "Lima", "Hanoi", "Perth", "Tbilisi", "Quito"]


class _English:
    """Sentences of the shapes English notes are written in, from random words."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, words: tuple[str, ...] | list[str]) -> str:
        return self.rng.choice(words)

    def person(self) -> str:
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def sentence(self) -> str:
        r, p = self.rng, self.pick
        shapes = (
            lambda: (
                f"{self.person()}, {p(ROLES)} at {p(ORGS)}, argues that {p(TOPICS)} "
                f"can {p(VERBS)} {p(NOUNS)}."
            ),
            lambda: (
                f"Revenue at {p(ORGS)} grew {r.randint(1, 95)}% in {r.randint(1990, 2030)}, "
                f"to ${r.randint(2, 900)} million."
            ),
            lambda: f"The {p(ADJS)} part of {p(TOPICS)} is that it tends to {p(VERBS)} {p(NOUNS)} over time.",
            lambda: (
                f"In {p(PLACES)}, {r.randint(2, 90)} {p(NOUNS)} out of {r.randint(100, 400)} "
                f"reported that {p(TOPICS)} had changed how they work."
            ),
            lambda: f"{p(TOPICS).capitalize()} is the habit of asking what {p(NOUNS)} will do next.",
            lambda: f"It took {r.randint(2, 40)} years for {p(NOUNS)} in {p(PLACES)} to see the effect.",
            lambda: (
                f"According to {self.person()}, the {p(ADJS)} way to {p(VERBS)} {p(NOUNS)} "
                f"is to start with {p(TOPICS)}."
            ),
            lambda: f"Costs fell by {r.randint(2, 9)} times once {p(NOUNS)} stopped chasing {p(TOPICS)}.",
            lambda: (
                f"Most {p(NOUNS)} underestimate {p(TOPICS)}, not because it is {p(ADJS)}, "
                f"but because it is {p(ADJS)}."
            ),
        )
        return r.choice(shapes)()

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 6)))

    def section(self, number: int) -> str:
        r = self.rng
        lines = [f"## Part {number}: {self.pick(TOPICS).title()} and {self.pick(NOUNS)}", ""]
        for _ in range(r.randint(2, 5)):
            shape = r.random()
            if shape < 0.5:
                lines += [self.paragraph(), ""]
            elif shape < 0.8:
                lines += [*(f"- {self.sentence()}" for _ in range(r.randint(2, 5))), ""]
            else:
                for _ in range(r.randint(2, 4)):
                    lines += [f"{self.person()}: {self.paragraph()}", ""]
        return "\n".join(lines)


def en_document(target_chars: int, seed: int = 7) -> str:
    """Notes in English: a title, metadata, then numbered parts of paragraphs, bullets and turns."""
    english = _English(random.Random(seed))
    parts = [f"# Notes on {english.pick(TOPICS)}\n\nAuthor: {english.person()}\nDate: 2024-05-01\n"]
    total = len(parts[0])
    while total < target_chars:
        parts.append(english.section(len(parts)))
        total += len(parts[-1]) + 1
    return "\n".join(parts)[:target_chars]


def one_paragraph(target_chars: int, seed: int = 7) -> str:
    """The seeds' prose as a single block (no blank line), the shape speech-recognition gives."""
    text = zh_document(target_chars * 2, seed)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return "".join(lines)[:target_chars]
