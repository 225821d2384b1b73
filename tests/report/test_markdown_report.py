from __future__ import annotations

from pathlib import Path

from reader.model import Analysis, Fact, FactValue, Group, Member, Omission, ProvenanceLink
from reader.report.markdown_report import report_markdown
from tests.analysis.helpers import make_source


def analysis() -> Analysis:
    a = make_source("s1", ["Fire burned | for three hours \x1b]0;pwned\x07"])
    b = make_source("s2", ["The blaze burned four hours."])
    group = Group(
        "g1",
        (Member("s1", "s1:p1", 0, len(a.text)), Member("s2", "s2:p1", 0, len(b.text))),
        "burned hours",
        0.8,
    )
    fact = Fact(
        "f1",
        "duration",
        "g1",
        "how long the fire burned",
        True,
        (
            FactValue("s1", "s1:p1", 12, 27, "for three hours", "PT3H"),
            FactValue("s2", "s2:p1", 17, 27, "four hours", "PT4H"),
        ),
    )
    return Analysis(sources=(a, b), groups=(group,), facts=(fact,), omissions=(Omission("g1", ()),))


def test_divergent_facts_come_before_omissions_and_groups() -> None:
    text = report_markdown(analysis())
    assert text.index("## Divergent facts") < text.index("## Omissions")
    assert text.index("## Omissions") < text.index("## Aligned passages")
    assert "PT3H" in text and "PT4H" in text and "four hours" in text


def test_untrusted_text_is_inert_and_cannot_break_a_table() -> None:
    text = report_markdown(analysis())
    assert "\x1b" not in text and "\x07" not in text
    assert "burned \\| for" in text


def test_every_member_text_is_shown() -> None:
    text = report_markdown(analysis())
    assert "The blaze burned four hours." in text


def test_hostile_sample_briefing_carries_no_control_or_bidi_character(samples_dir: Path) -> None:
    from reader.analysis import analyze
    from reader.ingest import load_sources

    sources = load_sources([str(samples_dir / "hostile")]).sources
    text = report_markdown(analyze(sources))
    bad = [c for c in text if c != "\n" and (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0)]
    bad += [c for c in text if 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069]
    assert bad == []


def _outletless() -> Analysis:
    from dataclasses import replace

    base = analysis()
    a, b = base.sources
    a = replace(a, path="in/001_dadee72a11a20077.txt", outlet=None, title="Ferry halted")
    b = replace(b, path="https://www.example.org/x", outlet=None)
    link = ProvenanceLink("s1", "s2", 0.18, "verbatim", "s1 and s2 share 18% of their text")
    return replace(base, sources=(a, b), provenance=(link,))


def test_a_source_without_outlet_is_named_by_headline_or_host_not_file_or_id() -> None:
    text = report_markdown(_outletless())
    body = text.split("## Divergent facts")[1]
    assert "\u201cFerry halted\u201d" in body and "example.org" in body
    assert "dadee72a" not in body and "s1" not in body and "(s2)" not in body


def test_the_sources_table_keeps_id_and_path_for_citation() -> None:
    sources = report_markdown(_outletless()).split("## Divergent facts")[0]
    assert "| s1 | \u201cFerry halted\u201d |" in sources
    assert "001\\_dadee72a11a20077.txt" in sources


def test_a_shared_text_note_names_sources_not_ids() -> None:
    text = report_markdown(_outletless())
    assert "- \u201cFerry halted\u201d and example.org share 18% of their text" in text
