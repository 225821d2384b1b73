"""The JSON report's ``note`` strings are prose: sources by name there, ids in the id fields."""

from __future__ import annotations

from typing import Any

from reader.model import Analysis, FramingMark, ProvenanceLink
from reader.report import report_dict, report_markdown
from tests.analysis.framing.helpers import make_source

TEXT = "The mayor said firmly that the port would reopen on Wednesday."


def _report(*outlets: str) -> dict[str, Any]:
    return report_dict(_analysis(*outlets))


def _analysis(*outlets: str) -> Analysis:
    sources = tuple(
        make_source(f"s{n}", TEXT, outlet=outlet) for n, outlet in enumerate(outlets, start=1)
    )
    start = TEXT.index("firmly")
    mark = FramingMark(
        "s1", "s1:p1", start, start + 6, "firmly", "intensifier", "emphatic; s2 writes 'said'"
    )
    link = ProvenanceLink("s1", "s2", 0.18, "verbatim", "s1 and s2 share 18% of their text")
    return Analysis(sources=sources, framing=(mark,), provenance=(link,))


def test_a_framing_note_names_the_other_outlet() -> None:
    mark = _report("Coast Times", "Daily Wire")["framing"][0]
    assert mark["note"] == "emphatic; Daily Wire writes 'said'"


def test_a_framing_mark_keeps_its_source_id() -> None:
    assert _report("Coast Times", "Daily Wire")["framing"][0]["source"] == "s1"


def test_a_shared_text_note_names_both_outlets_and_keeps_the_ids() -> None:
    link = _report("Coast Times", "Daily Wire")["provenance"][0]
    assert link["note"] == "Coast Times and Daily Wire share 18% of their text"
    assert (link["a"], link["b"]) == ("s1", "s2")


def test_two_sources_of_one_outlet_are_told_apart_in_notes() -> None:
    link = _report("Wire", "Wire")["provenance"][0]
    assert link["note"] == "Wire #1 and Wire #2 share 18% of their text"


def test_the_briefing_names_the_sources_of_a_shared_text_note() -> None:
    text = report_markdown(_analysis("Coast Times", "Daily Wire"))
    assert "Coast Times and Daily Wire share 18%" in text
