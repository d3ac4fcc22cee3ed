"""`quizgen generate PATH… [--format json|yaml|md] [-o FILE] [--deck NAME]`: items on stdout or in a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.model import Document, Item

FORMATS = ("json", "yaml", "md")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="generate study items from seed documents",
        description="Read seed documents (Markdown or plain text notes, Chinese or English) and print "
        "the study items made from them: questions with answers, clozes, choices, each with its "
        "source line. To make an Anki deck that updates in place, write a deck definition and use "
        "`quizgen build`.",
    )
    parser.add_argument("paths", nargs="+", type=Path, help="seed files (.md, .txt) or directories of them")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json or yaml: the items; md: a printable quiz sheet with an answer key (default: json)",
    )
    parser.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    parser.add_argument("--deck", default="quizgen", help="deck name the items belong to (default: quizgen)")
    parser.set_defaults(run=run)


def render(items: list[Item], docs: list[Document], deck: str, fmt: str) -> str:
    from quizgen.export import plain

    if fmt == "yaml":
        return plain.to_yaml(items)
    if fmt == "md":
        from quizgen.quiz.draw import draw
        from quizgen.quiz.sheet import Sheet, render_markdown

        title = docs[0].title if len(docs) == 1 and docs[0].title else deck
        # a sheet asks each fact once, and no question gives away another's answer
        asked = draw(items, len(items), seed=0) if items else ()
        return render_markdown(Sheet(title, deck, None, asked))
    return plain.to_json(items)


def run(args: argparse.Namespace) -> int:
    from quizgen.ingest import read_paths
    from quizgen.progress import generate_with_progress

    docs = read_paths(args.paths)
    items = generate_with_progress(docs, args.deck)
    text = render(items, docs, args.deck, args.format)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise QuizgenError(f"{args.output}: cannot write: {exc.strerror}") from exc
    print(f"{len(items)} items written to {args.output}", file=sys.stderr)
    return 0
