"""The five shared seeds, read at test time: segmentation, offsets, kinds and metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import load_sources
from reader.model import Source
from tests.conftest import SEEDS, SEEDS_MISSING


@pytest.fixture(scope="module")
def seeds() -> dict[str, Source]:
    if not SEEDS.is_dir():
        pytest.skip(SEEDS_MISSING)
    loaded = load_sources([str(SEEDS)])
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


EXPECTED_KINDS = {  # 1-based index -> kind; paragraphs not listed are body
    "000": {1: "boilerplate", 2: "headline"},
    "001": {1: "headline", 2: "dateline"},
    "002": {
        1: "headline",
        3: "boilerplate",
        5: "boilerplate",
        7: "quote-block",
        8: "boilerplate",
        9: "boilerplate",
        11: "boilerplate",
    },
    "003": {1: "headline", 7: "boilerplate", 11: "boilerplate", 12: "boilerplate"},
    "004": {1: "headline", 16: "boilerplate", 17: "boilerplate", 18: "boilerplate"},
}


@pytest.mark.parametrize("seed", sorted(EXPECTED_KINDS))
def test_paragraph_kinds(seeds: dict[str, Source], seed: str) -> None:
    kinds = {p.index: p.kind for p in seeds[seed].paragraphs if p.kind != "body"}
    assert kinds == EXPECTED_KINDS[seed]


def test_lone_section_labels_are_boilerplate(seeds: dict[str, Source]) -> None:
    labels = {p.text for p in seeds["002"].paragraphs if p.kind == "boilerplate"}
    assert {"Quote", "Details", "Add", "Context"} <= labels


def test_tweet_signature_is_boilerplate(seeds: dict[str, Source]) -> None:
    signature = seeds["002"].paragraphs[7]
    assert "(@" in signature.text and signature.kind == "boilerplate"


def test_trailing_page_clutter_is_boilerplate(seeds: dict[str, Source]) -> None:
    tail = [p.text for p in seeds["004"].paragraphs[-3:]]
    assert tail[0] == "Source link" and tail[1] == "Leave a Reply"
    assert all(p.kind == "boilerplate" for p in seeds["004"].paragraphs[-3:])
    assert seeds["003"].paragraphs[6].text.startswith("See also")


def test_tass_dateline_gives_outlet_and_date(seeds: dict[str, Source]) -> None:
    assert (seeds["000"].outlet, seeds["000"].published) == ("TASS", "2022-01-03")


def test_unn_dateline_gives_outlet_and_the_day_before_the_event(seeds: dict[str, Source]) -> None:
    assert (seeds["002"].outlet, seeds["002"].published) == ("UNN", "2021-12-31")


def test_own_date_line_gives_the_date(seeds: dict[str, Source]) -> None:
    assert seeds["001"].published == "2022-01-02"


def test_an_agency_named_in_the_body_is_not_the_outlet(seeds: dict[str, Source]) -> None:
    assert seeds["004"].outlet is None


def test_undated_seeds_stay_undated(seeds: dict[str, Source]) -> None:
    assert seeds["003"].published is None and seeds["004"].published is None


def test_titles_are_the_headlines(seeds: dict[str, Source]) -> None:
    for source in seeds.values():
        headline = next(p for p in source.paragraphs if p.kind == "headline")
        assert source.title == headline.text


def test_seeds_are_english(seeds: dict[str, Source]) -> None:
    assert {s.language for s in seeds.values()} == {"en"}
