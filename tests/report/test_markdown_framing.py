from __future__ import annotations

from reader.analysis.framing import with_framing
from reader.model import Analysis
from reader.report import report_dict, report_markdown
from tests.analysis.framing.helpers import make_source

WIRE = [
    "Harbour officials closed the northern pier after a crane collapsed on Tuesday morning.",
    "Two dock workers were taken to the city hospital with minor injuries, the port said.",
]


def _analysis() -> Analysis:
    a = make_source("s1", *WIRE, "Talks in Kiev ended.", outlet="Coast \x1b]0;pwn\x07Times")
    b = make_source("s2", *WIRE, "The regime denied it.", outlet="Daily Wire")
    return with_framing(Analysis(sources=(a, b)))


def test_markdown_briefing_has_a_framing_section_with_profiles_and_shared_text() -> None:
    text = report_markdown(_analysis())
    assert "## Framing" in text
    assert "| s1 | Coast" in text
    assert "likely one wire source" in text


def test_markdown_framing_section_keeps_untrusted_text_inert() -> None:
    assert "\x1b" not in report_markdown(_analysis())


def test_json_report_lists_attributions_with_offsets() -> None:
    first = report_dict(_analysis())["attributions"][0]
    assert first == {
        "source": "s1",
        "paragraph": "s1:p1",
        "start": 0,
        "end": len(WIRE[0]),
        "who": "",
        "verb": None,
        "kind": "unattributed",
    }
