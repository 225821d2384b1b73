from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = (ROOT / ".." / "shared" / "seeds").resolve()
SAMPLES = ROOT / "samples"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"the shared seeds are missing: {SEEDS}")
    return SEEDS


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES
