"""Shared fixtures: the path to the sample seeds. Tests read only what is in the repository."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis: CI runs a fixed, derandomised profile; `--hypothesis-profile=fuzz` (or
# QUIZGEN_HYPOTHESIS_PROFILE=fuzz) draws 1,000 fresh examples per property, on demand.
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]
settings.register_profile(
    "ci", max_examples=40, derandomize=True, deadline=None, suppress_health_check=_SLOW_OK
)
settings.register_profile("fuzz", max_examples=1000, deadline=None, suppress_health_check=_SLOW_OK)
settings.load_profile(os.environ.get("QUIZGEN_HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
