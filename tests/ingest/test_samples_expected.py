"""The loader against the planted truth of every bundled sample set (samples/*/expected.json):
paragraph counts, kinds, format, segmentation and metadata of every source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.ingest import load_sources

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SETS = sorted(p for p in SAMPLES.iterdir() if (p / "expected.json").is_file())
FIELDS = ("outlet", "published", "title", "byline", "language", "format", "segmentation")


def cases() -> list[tuple[Path, str]]:
    found = []
    for folder in SETS:
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        found += [(folder, name) for name in expected["sources"]]
    return found


@pytest.mark.parametrize(("folder", "name"), cases(), ids=lambda v: getattr(v, "name", v))
def test_source_matches_expected(folder: Path, name: str) -> None:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["sources"][name]
    loaded = load_sources([str(folder)])
    assert loaded.errors == ()
    source = next(s for s in loaded.sources if Path(s.path).name == name)
    got = {field: getattr(source, field) for field in FIELDS if field in expected}
    assert got == {field: expected[field] for field in got}
    assert len(source.paragraphs) == expected["paragraphs"]
    kinds = {str(p.index): p.kind for p in source.paragraphs if p.kind != "body"}
    assert kinds == expected.get("kinds", {})
    for p in source.paragraphs:
        assert p.text == source.text[p.start : p.end]
