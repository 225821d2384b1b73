"""The five shared seeds, read at test time: segmentation, offsets, kinds and metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import load_sources
from reader.model import Source


@pytest.fixture(scope="module")
def seeds() -> dict[str, Source]:
    root = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
    if not root.is_dir():
        pytest.fail(f"the shared seeds are missing: {root}")
    loaded = load_sources([str(root.resolve())])
    assert loaded.errors == ()
    return {Path(s.path).name[:3]: s for s in loaded.sources}


def raw_text(source: Source) -> str:
    with open(source.path, encoding="utf-8") as handle:  # text mode: universal newlines
        return handle.read()


EXPECTED_COUNTS = {"000": 8, "001": 12, "002": 15, "003": 12, "004": 18}
EXPECTED_STYLE = {
    "000": "blank-line",
    "001": "line",
    "002": "blank-line",
    "003": "blank-line",
    "004": "blank-line",
}


def test_all_five_seeds_load(seeds: dict[str, Source]) -> None:
    assert sorted(seeds) == sorted(EXPECTED_COUNTS)
    assert [s.id for s in sorted(seeds.values(), key=lambda s: s.path)] == [
        "s1",
        "s2",
        "s3",
        "s4",
        "s5",
    ]


@pytest.mark.parametrize("seed", sorted(EXPECTED_COUNTS))
def test_paragraph_count_and_style(seeds: dict[str, Source], seed: str) -> None:
    source = seeds[seed]
    assert len(source.paragraphs) == EXPECTED_COUNTS[seed]
    assert source.segmentation == EXPECTED_STYLE[seed]


@pytest.mark.parametrize("seed", sorted(EXPECTED_COUNTS))
def test_text_is_the_decoded_slice_and_line_is_right(seeds: dict[str, Source], seed: str) -> None:
    source = seeds[seed]
    decoded = raw_text(source)
    assert source.text == decoded
    lines = decoded.split("\n")
    for paragraph in source.paragraphs:
        assert paragraph.text == decoded[paragraph.start : paragraph.end]
        assert lines[paragraph.line - 1].lstrip().startswith(paragraph.text.split("\n")[0])


def test_every_line_of_a_seed_is_its_own_paragraph(seeds: dict[str, Source]) -> None:
    for source in seeds.values():
        non_blank = [line.strip() for line in raw_text(source).split("\n") if line.strip()]
        assert [p.text for p in source.paragraphs] == non_blank
