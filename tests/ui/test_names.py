"""What a source is called on screen when the outlet is unknown."""

from __future__ import annotations

from dataclasses import replace

from reader.model import ProvenanceLink, Source
from reader.ui.names import link_text, named, source_name
from tests.ui.fixture_analysis import fixture_analysis


def _source(path: str, outlet: str | None = None, title: str | None = None) -> Source:
    return Source("s2", path, "", "0" * 64, (), outlet=outlet, title=title)


def test_a_hashed_file_name_gives_way_to_the_headline() -> None:
    source = _source("seeds/001_dadee72a11a20077.txt", title="Ferry halted until Thursday")
    assert source_name(source) == "“Ferry halted until Thursday”"


def test_a_long_headline_is_cut_at_a_word() -> None:
    source = _source("-", title="Ferry halted until Thursday as islanders wait for news")
    assert source_name(source) == "“Ferry halted until Thursday…”"


def test_a_readable_file_name_stays() -> None:
    assert source_name(_source("set/coast-times.txt", title="Fire")) == "coast-times.txt"


def test_the_outlet_wins_over_everything() -> None:
    source = _source("seeds/001_dadee72a11a20077.txt", outlet="Coast Times", title="Fire")
    assert source_name(source) == "Coast Times"


def test_a_url_is_named_by_its_host() -> None:
    source = _source("https://www.example.org/news/1234abcd5678ef90", title="Fire")
    assert source_name(source) == "example.org"


def test_the_pane_header_says_no_outlet_instead_of_repeating_the_headline() -> None:
    source = _source("seeds/001_dadee72a11a20077.txt", title="Ferry halted")
    assert source_name(source, headline=False) == "no outlet"


def test_source_ids_in_a_note_become_names() -> None:
    analysis = fixture_analysis()
    first, second = analysis.sources[0], analysis.sources[1]
    analysis = replace(analysis, sources=(first, replace(second, outlet="Daily Wire")))
    note = named(f"{second.id} writes 'attacks'; {first.id} too", analysis)
    assert note == f"Daily Wire writes 'attacks'; {source_name(first)} too"


def test_a_shared_copy_note_naming_both_sources_is_not_repeated() -> None:
    analysis = fixture_analysis()
    a, b = analysis.sources[0], analysis.sources[1]
    link = ProvenanceLink(a.id, b.id, 0.18, "verbatim", f"{a.id} and {b.id} share 18%: one wire")
    line = link_text(link, analysis)
    assert line == f"≡ {source_name(a)} and {source_name(b)} share 18%: one wire (verbatim)"


def test_a_shared_copy_note_without_names_gets_them_in_front() -> None:
    analysis = fixture_analysis()
    a, b = analysis.sources[0], analysis.sources[1]
    line = link_text(ProvenanceLink(a.id, b.id, 0.4, "verbatim", "one wire"), analysis)
    assert line.startswith(f"≡ {source_name(a)} and {source_name(b)} share 40%")
