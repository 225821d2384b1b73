"""The framing lens against the planted truth of the bundled sample sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.analysis import analyze
from reader.ingest import load_sources
from reader.model import Analysis

MIN_RECALL = 0.9


def _sets(samples: Path) -> list[Path]:
    return sorted(p for p in samples.iterdir() if (p / "expected.json").is_file())


def _analysed(folder: Path) -> tuple[Analysis, dict[str, object]]:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return analyze(load_sources([str(folder)]).sources), expected


def _where(analysis: Analysis) -> tuple[dict[str, str], dict[str, int]]:
    files = {s.id: Path(s.path).name for s in analysis.sources}
    index = {p.id: p.index for s in analysis.sources for p in s.paragraphs}
    return files, index


def test_planted_framing_marks_are_found(samples_dir: Path) -> None:
    wanted = found = 0
    for folder in _sets(samples_dir):
        analysis, expected = _analysed(folder)
        files, index = _where(analysis)
        got = {
            (files[m.source], index[m.paragraph], m.term.strip("“”\"'‘’").lower(), m.category)
            for m in analysis.framing
        }
        for planted in expected.get("framing", []):  # type: ignore[attr-defined]
            wanted += 1
            key = (
                planted["file"],
                planted["paragraph"],
                planted["term"].lower(),
                planted["category"],
            )
            found += key in got
    if not wanted:
        pytest.skip("no sample set plants framing marks")
    assert found / wanted >= MIN_RECALL


def test_planted_non_framing_is_not_marked(samples_dir: Path) -> None:
    for folder in _sets(samples_dir):
        analysis, expected = _analysed(folder)
        files, index = _where(analysis)
        for item in expected.get("not_framing", []):  # type: ignore[attr-defined]
            for m in analysis.framing:
                same_place = (files[m.source], index[m.paragraph]) == (
                    item["file"],
                    item["paragraph"],
                )
                assert not (same_place and item["term"].lower() in m.term.lower()), item


def test_planted_provenance_is_found_and_nothing_else(samples_dir: Path) -> None:
    for folder in _sets(samples_dir):
        analysis, expected = _analysed(folder)
        if "provenance" not in expected:
            continue  # the set makes no claim about shared text
        files, _ = _where(analysis)
        got = {(frozenset((files[p.a], files[p.b])), p.kind) for p in analysis.provenance}
        want = {
            (frozenset((p["a"], p["b"])), p["kind"])
            for p in expected.get("provenance", [])  # type: ignore[attr-defined]
        }
        assert got == want, folder.name
