"""What a source is called on screen: the core rule, terminal-safe, with shared names told apart."""

from __future__ import annotations

from dataclasses import replace

from reader.model import Analysis, ProvenanceLink, Source
from reader.ui.presenters.names import fit_name, link_text, named, source_name
from tests.ui.fixture_analysis import fixture_analysis


def _name(path: str, outlet: str | None = None, title: str | None = None) -> str:
    source = Source("s2", path, "", "0" * 64, (), outlet=outlet, title=title)
    return source_name(Analysis(sources=(source,)), "s2")


def _with_outlets(*outlets: str) -> Analysis:
    analysis = fixture_analysis()
    return replace(
        analysis,
        sources=tuple(replace(s, outlet=o) for s, o in zip(analysis.sources, outlets, strict=False))
        + analysis.sources[len(outlets) :],
    )


def test_a_hashed_file_name_gives_way_to_the_headline() -> None:
    name = _name("seeds/001_dadee72a11a20077.txt", title="Ferry halted until Thursday")
    assert name == "“Ferry halted until Thursday”"


def test_a_long_headline_is_cut_at_a_word() -> None:
    name = _name("-", title="Ferry halted until Thursday as islanders wait for news")
    assert name == "“Ferry halted until Thursday…”"


def test_a_readable_file_name_stays() -> None:
    assert _name("set/coast-times.txt", title="Fire") == "coast-times.txt"


def test_the_outlet_wins_over_everything() -> None:
    name = _name("seeds/001_dadee72a11a20077.txt", outlet="Coast Times", title="Fire")
    assert name == "Coast Times"


def test_a_url_is_named_by_its_host() -> None:
    assert _name("https://www.example.org/news/1234abcd5678ef90", title="Fire") == "example.org"


def test_the_pane_header_gives_the_file_name_never_no_outlet() -> None:
    # the headline is on the header's next lines; "no outlet" told the reader nothing
    source = Source("s2", "seeds/001_dadee72a11a20077.txt", "", "0" * 64, (), title="Ferry")
    name = source_name(Analysis(sources=(source,)), "s2", headline=False)
    assert name == "001_dadee72a11a20077.txt"


def test_the_users_name_comes_first_everywhere() -> None:
    source = Source(
        "s2", "seeds/001_dadee72a11a20077.txt", "", "0" * 64, (), title="Ferry", name="Ferry Desk"
    )
    analysis = Analysis(sources=(source,))
    assert source_name(analysis, "s2") == "Ferry Desk"
    assert source_name(analysis, "s2", headline=False) == "Ferry Desk"


def test_two_sources_of_one_outlet_are_numbered_by_their_place() -> None:
    analysis = _with_outlets("Wire", "Coast Times", "Wire")
    names = [source_name(analysis, s.id) for s in analysis.sources[:3]]
    assert names == ["Wire #1", "Coast Times", "Wire #3"]


def test_two_unnamed_copies_keep_their_place_in_the_pane_header() -> None:
    analysis = fixture_analysis()
    hashed = [
        replace(s, outlet=None, path=f"{n:03}_dadee72a11a2007{n}.txt", title="Ferry halted")
        for n, s in enumerate(analysis.sources[:2], start=1)
    ]
    analysis = replace(analysis, sources=(*hashed, *analysis.sources[2:]))
    assert source_name(analysis, "s2", headline=False) == "002_dadee72a11a20072.txt #2"


def test_a_cut_name_keeps_its_place() -> None:
    assert fit_name("Harbour Wire Service #12", 12) == "Harbour… #12"


def test_a_name_that_fits_is_not_cut() -> None:
    assert fit_name("Wire #2", 7) == "Wire #2"


def test_a_cut_name_without_a_place_ends_in_an_ellipsis() -> None:
    assert fit_name("Harbour Wire Service", 8) == "Harbour…"


def test_a_cut_headline_keeps_its_closing_quote() -> None:
    assert fit_name("“Biden reiterated that the…”", 14) == "“Biden reite…”"


def test_a_cut_headline_keeps_its_closing_quote_and_its_place() -> None:
    assert fit_name("“Ferry halted until Thursday” #2", 14) == "“Ferry ha…” #2"


def test_source_ids_in_a_note_become_names() -> None:
    analysis = _with_outlets("Bay Herald", "Daily Wire")
    note = named("s2 writes 'attacks'; s1 too", analysis)
    assert note == "Daily Wire writes 'attacks'; Bay Herald too"


def test_source_ids_in_a_note_of_a_shared_outlet_carry_the_place() -> None:
    analysis = _with_outlets("Wire", "Wire")
    assert named("s2 writes 'attacks'", analysis) == "Wire #2 writes 'attacks'"


def test_a_shared_copy_note_naming_both_sources_is_not_repeated() -> None:
    analysis = fixture_analysis()
    a, b = analysis.sources[0], analysis.sources[1]
    link = ProvenanceLink(a.id, b.id, 0.18, "verbatim", f"{a.id} and {b.id} share 18%: one wire")
    line = link_text(link, analysis)
    assert line == "≡ Bay Herald and Coast Times share 18%: one wire (verbatim)"


def test_a_shared_copy_note_without_names_gets_them_in_front() -> None:
    analysis = fixture_analysis()
    a, b = analysis.sources[0], analysis.sources[1]
    line = link_text(ProvenanceLink(a.id, b.id, 0.4, "verbatim", "one wire"), analysis)
    assert line.startswith("≡ Bay Herald and Coast Times share 40%")


def test_short_names_are_distinct_even_when_two_headlines_start_alike() -> None:
    from reader.ui.presenters.names import short_names

    analysis = fixture_analysis()
    headlines = ["Biden: America will respond firmly", "Biden reiterated the support"]
    renamed = [
        replace(s, outlet=None, path=f"{n:03}_dadee72a11a2007{n}.txt", title=headlines[n - 1])
        for n, s in enumerate(analysis.sources[:2], start=1)
    ]
    analysis = replace(analysis, sources=(*renamed, *analysis.sources[2:]))
    for width in (6, 8, 12):
        short = short_names(analysis, width)
        assert len(set(short.values())) == len(short), short
        assert all(len(name) <= width for name in short.values()), short
