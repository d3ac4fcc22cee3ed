"""Shared fixtures: paths to the sample seeds and the development documents."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEVSET = ROOT.parent / "shared" / "devset"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
