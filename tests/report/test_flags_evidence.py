"""The issue 15 fields of the report: spelling notes, exclusives, evidence and confidence."""

from __future__ import annotations

import json

from reader.analysis.facts import find_facts
from reader.model import Analysis, Exclusive, Fact, FactValue
from reader.report.json_report import report_json
from reader.report.markdown_report import report_markdown
from tests.analysis.helpers import make_source


def _analysis() -> Analysis:
    a = make_source("s1", ["Mayor Edda Marlow opened the bridge.", "Only here: lorries wait."])
    b = make_source("s2", ["Mayor Eda Marlow opened the bridge."])
    spelled = Fact(
        "f1",
        "person",
        None,
        "Edda Marlow",
        False,
        (
            FactValue("s1", "s1:p1", 6, 17, "Edda Marlow", "Edda Marlow"),
            FactValue("s2", "s2:p1", 6, 16, "Eda Marlow", "Edda Marlow"),
        ),
        spelling_differs=True,
    )
    bound = Fact(
        "f2",
        "number",
        None,
        "lorries",
        True,
        (
            FactValue("s1", "s1:p2", 0, 5, "up to 40", "40"),
            FactValue("s2", "s2:p1", 0, 5, "35", "35"),
        ),
        confidence=0.7,
        evidence="s1 'up to 40 lorries' holds s2 '35 lorries'",
        divergence="precision",
    )
    p2 = a.paragraphs[1]
    only = Exclusive("s1", p2.id, p2.start, p2.end, "only s1 reports this")
    return Analysis(sources=(a, b), facts=(spelled, bound), exclusives=(only,))


def test_json_carries_spelling_exclusives_and_evidence() -> None:
    report = json.loads(report_json(_analysis()))
    person, number = report["facts"]
    assert person["spelling_differs"] is True and not person["divergent"]
    assert number["divergence"] == "precision" and number["confidence"] == 0.7
    assert number["evidence"] == "s1.txt 'up to 40 lorries' holds s2.txt '35 lorries'"
    (only,) = report["exclusives"]
    assert (only["source"], only["paragraph"], only["note"]) == (
        "s1",
        "s1:p2",
        "only s1.txt reports this",
    )


def test_markdown_lists_names_spelled_differently_and_what_only_one_outlet_reports() -> None:
    text = report_markdown(_analysis())
    assert "## Names spelled differently" in text
    assert "- Edda Marlow (person): s1.txt: Edda Marlow; s2.txt: Eda Marlow" in text
    assert "## Only one outlet reports" in text
    assert "Only here: lorries wait." in text
    assert "A difference of precision" in text and "(confidence 0.70)" in text


def test_spelling_variants_of_one_person_are_one_quiet_fact() -> None:
    a = make_source("s1", ["Mayor Vicente Orlo closed the quay on Monday."])
    b = make_source("s2", ["Mayor Vincente Orlo closed the quay on Monday."])
    c = make_source("s3", ["Mayor Vicente Orlo said the quay was shut."])
    facts = [f for f in find_facts([a, b, c], []) if f.kind == "person"]
    assert [(f.spelling_differs, f.divergent) for f in facts] == [(True, False)]
    assert {v.text for v in facts[0].values} == {"Vicente Orlo", "Vincente Orlo"}
    assert facts[0].subject == "Vicente Orlo"  # the form most outlets use
