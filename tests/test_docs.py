"""The project's documents stand on their own: the README names nothing outside the repository,
and ARCHITECTURE.md covers every package module."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_points_to_nothing_outside_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme and "DESIGN.md" not in readme
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        if not target.startswith(("http://", "https://")):
            assert (ROOT / target).exists(), target


def test_architecture_names_every_module_of_the_package() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert "ARCHITECTURE.md" in (ROOT / "README.md").read_text(encoding="utf-8")
    package = ROOT / "quizgen"
    modules = [p.name for p in package.iterdir() if p.is_dir() and (p / "__init__.py").exists()]
    modules += [p.name for p in package.glob("*.py") if p.stem not in {"__init__", "__main__"}]
    missing = [m for m in sorted(modules) if f"`{m}/`" not in text and f"`{m}`" not in text]
    assert missing == []
