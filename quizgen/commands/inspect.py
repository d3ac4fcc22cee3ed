"""`quizgen inspect PATH…`: the document as quizgen read it — metadata, sections, body blocks with
their kind and line, and every piece left out with the reason. Where to look first when a
document gives odd items.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from quizgen.model import Block, Document, Section


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "inspect",
        help="show how quizgen reads a document: metadata, sections, blocks, tables and what was dropped",
        description="Print each document as quizgen understands it: its metadata, its sections, its "
        "body blocks (kind and line), its tables and every block left out as furniture, with the reason.",
    )
    parser.add_argument("paths", nargs="+", type=Path, help="seed files or directories of them")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.ingest import read_paths
    from quizgen.ingest.script import restore

    for n, doc in enumerate(read_paths(args.paths)):
        if n:
            sys.stdout.write("\n")
        sys.stdout.writelines(f"{line}\n" for line in describe(doc, restore(doc)))
    return 0


def describe(doc: Document, show: Callable[[str], str] = str) -> Iterator[str]:
    """The lines `inspect` prints for one document; `show` turns analysed text into the file's own
    characters (a Traditional Chinese file is analysed through a Simplified copy)."""
    script = f", {doc.script} script" if doc.script else ""
    yield f"document {doc.name} ({doc.path or 'text'}): language {doc.language}{script}"
    yield f"title: {show(doc.title) or '(none)'}" + (f"  [line {doc.title_line}]" if doc.title_line else "")
    yield f"metadata ({len(doc.metadata)}):"
    for meta in doc.metadata:
        yield f"  {meta.line:>5}  {show(meta.key)}: {show(meta.value)}"
    yield f"sections ({len(doc.sections)}):"
    for section in doc.sections:
        label = f"[{show(section.label)}] " if section.label else ""
        yield f"  {section.line:>5}  {'  ' * (section.level - 1)}{label}{show(section.title)}"
    yield f"blocks ({sum(1 for _ in doc.all_blocks())}):"
    current: Section | None = None
    for owner, block in doc.all_blocks():
        if owner is not current and owner is not None:
            yield f"  {owner.line:>5}  == {show(owner.title)}"
        current = owner
        yield f"  {block.line:>5}  {_kind(block):<9} {'  ' * block.depth}{show(block.text)}"
    yield f"tables ({len(doc.tables)}):"
    for table in doc.tables:
        yield f"  {table.line:>5}  {' | '.join(show(c) for c in table.header)}"
        for row in table.rows:
            yield f"  {row.line:>5}    {' | '.join(show(c) for c in row.cells)}"
    yield f"dropped ({len(doc.dropped)}):"
    for dropped in doc.dropped:
        yield f"  {dropped.line:>5}  {dropped.reason}: {dropped.text}"


def _kind(block: Block) -> str:
    if block.kind == "turn" and block.speaker:
        return f"turn ({block.speaker})"
    if block.kind == "numbered" and block.label:
        return f"numbered {block.label}"
    return block.kind
