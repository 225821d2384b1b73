from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI replays the same examples every run (a red CI must be reproducible); developers'
# runs stay random and keep exploring, and what they find goes into a unit test.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = (ROOT / ".." / "shared" / "seeds").resolve()
SAMPLES = ROOT / "samples"
# The seeds are real articles kept beside the repository, never in it; a bare clone skips
# the tests that read them and says why.
SEEDS_MISSING = f"the shared seed articles are not beside this clone ({SEEDS} is absent)"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(SEEDS_MISSING)
    return SEEDS


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(autouse=True)
def _exports_in_a_temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app offers exports in the user's documents folder: never the tester's own."""
    monkeypatch.setenv("NEWSDIFF_EXPORT_DIR", str(tmp_path / "exports"))
