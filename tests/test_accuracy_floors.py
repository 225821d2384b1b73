"""Accuracy may not fall: link F1 on every sample set, and on the real-news set when present.

Floors live in ``tests/accuracy_floors.json`` with where they were measured; a figure more than
``tolerance`` below its floor fails the build (issue 14 item 6).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from reader.eval import analyse_set, realnews, score
from tests.conftest import SEEDS, SEEDS_MISSING

ROOT = Path(__file__).resolve().parent.parent
FLOORS: dict[str, Any] = json.loads(
    (Path(__file__).with_name("accuracy_floors.json")).read_text(encoding="utf-8")
)
TOLERANCE = float(FLOORS["tolerance"])


def test_every_sample_set_has_a_floor() -> None:
    sets = {p.parent.name for p in (ROOT / "samples").glob("*/expected.json")}
    assert sets == set(FLOORS["samples"])


@pytest.mark.parametrize("name", sorted(FLOORS["samples"]))
def test_sample_link_f1_stays_above_its_floor(name: str) -> None:
    set_dir = ROOT / "samples" / name
    expected = json.loads((set_dir / "expected.json").read_text(encoding="utf-8"))
    result = score(analyse_set(set_dir), expected)
    floor = float(FLOORS["samples"][name]["link_f1"])
    assert result.f1 >= floor - TOLERANCE, (
        f"{name}: link F1 {result.f1:.3f} is below the floor {floor:.3f} - {TOLERANCE}"
    )


def _real_set() -> Path:
    where = os.environ.get("NEWSDIFF_REALDATA")
    if not where:
        pytest.skip("NEWSDIFF_REALDATA is not set (make realdata builds the real-news set)")
    data = Path(where)
    if not (data / "manifest.json").is_file():
        pytest.skip(f"no real-news set built at {data}")
    if not realnews.find_readings(data):
        pytest.skip("no readings in benchmarks/realdata/readings/ or the set's _readings/")
    return data


def test_real_news_link_f1_stays_above_its_floor() -> None:
    data = _real_set()
    result = realnews.evaluate(data)
    for row in result.rows:
        if row.events == 0:
            continue
        floor = float(FLOORS["realdata"][row.name]["link_f1"])
        assert row.link_f1 >= floor - TOLERANCE, (
            f"real-news {row.name}: link F1 {row.link_f1:.3f} is below {floor:.3f} - {TOLERANCE}"
        )


def test_seed_scores_stay_above_their_floors(tmp_path: Path) -> None:
    """The seeds scored against a reader's hand reading (benchmarks/seeds/seeds.json)."""
    if not SEEDS.is_dir():
        pytest.skip(SEEDS_MISSING)
    (tmp_path / "seeds").symlink_to(SEEDS, target_is_directory=True)
    manifest = {"events": [{"id": "seeds", "split": "dev"}]}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = realnews.evaluate(tmp_path, split="dev", readings_dir=ROOT / "benchmarks" / "seeds")
    assert not result.skipped, result.skipped
    (row,) = result.rows
    floors = FLOORS["seeds"]
    for name, figure in (("link_precision", row.link_precision), ("link_recall", row.link_recall)):
        floor = float(floors[name])
        assert figure >= floor - TOLERANCE, (
            f"seeds: {name} {figure} is below the floor {floor:.3f} - {TOLERANCE}"
        )
    assert row.look_alike_false_alarms <= int(floors["look_alike_false_alarms"])
