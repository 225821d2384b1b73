"""The one rule for what a source is called when people read it (screen, briefing, export)."""

from __future__ import annotations

from reader.model import Analysis, Source
from reader.model.names import source_name, source_names, with_names

HASHED = "seeds/001_dadee72a11a20077.txt"


def _source(
    path: str, outlet: str | None = None, title: str | None = None, sid: str = "s2"
) -> Source:
    return Source(sid, path, "", "0" * 64, (), outlet=outlet, title=title)


def test_an_opaque_file_name_gives_way_to_the_headline_in_quotes() -> None:
    assert source_name(_source(HASHED, title="Ferry halted")) == "\u201cFerry halted\u201d"


def test_a_long_headline_is_cut_at_a_word() -> None:
    source = _source("-", title="Ferry halted until Thursday as islanders wait for news")
    assert source_name(source) == "\u201cFerry halted until Thursday\u2026\u201d"


def test_an_opaque_file_name_without_a_headline_stays() -> None:
    assert source_name(_source(HASHED)) == "001_dadee72a11a20077.txt"


def test_a_readable_file_name_is_kept() -> None:
    assert source_name(_source("set/coast-times.txt", title="Fire")) == "coast-times.txt"


def test_the_outlet_is_preferred_over_headline_and_file_name() -> None:
    assert source_name(_source(HASHED, outlet="Coast Times", title="Fire")) == "Coast Times"


def test_a_url_is_named_by_its_host() -> None:
    source = _source("https://www.example.org/news/1234abcd5678ef90", title="Fire")
    assert source_name(source) == "example.org"


def test_two_sources_with_one_name_get_their_place() -> None:
    sources = (
        _source("a.txt", outlet="Wire", sid="s1"),
        _source("b.txt", outlet="Post", sid="s2"),
        _source("c.txt", outlet="Wire", sid="s3"),
    )
    names = source_names(Analysis(sources=sources))
    assert names == {"s1": "Wire #1", "s2": "Post", "s3": "Wire #3"}


def test_source_ids_in_a_note_become_names_and_other_words_stay() -> None:
    note = with_names("s1 and s2 share 18%; s9 unknown", {"s1": "Wire", "s2": "Post"})
    assert note == "Wire and Post share 18%; s9 unknown"
