"""One list of divergences for the screen, the report and the export (issue 16 item 1)."""

from __future__ import annotations

from reader.export.markdown import export_markdown
from reader.export.notes import ExportNotes
from reader.report.divergences import OUTLIER, divergences
from reader.report.markdown_report import report_markdown
from tests.ui.fixture_analysis import fixture_analysis


def test_every_divergent_fact_is_one_row_with_every_outlets_value() -> None:
    analysis = fixture_analysis()
    rows = divergences(analysis)
    divergent = [f for f in analysis.facts if f.divergent]
    assert sorted(r.fact.id for r in rows) == sorted(f.id for f in divergent)
    for row in rows:
        shown = {(v.source, t) for v in row.values for t in v.texts}
        assert shown == {(v.source, v.text) for v in row.fact.values}


def test_the_outlier_is_the_value_most_outlets_do_not_give() -> None:
    analysis = fixture_analysis()
    for row in divergences(analysis):
        normal = {v.source: v.normalized.casefold() for v in reversed(row.fact.values)}
        for value in row.values:
            others = [n for s, n in normal.items() if s != value.source]
            if value.outlier:  # someone else's value is given by more outlets than this one
                mine = normal[value.source]
                assert sum(n != mine for n in others) > sum(n == mine for n in others)


def test_the_report_and_the_export_open_with_the_same_list() -> None:
    analysis = fixture_analysis()
    report = report_markdown(analysis)
    export = export_markdown(analysis, ExportNotes(), date="2031-05-07", title="Harbour fire")
    for text in (report, export):
        headings = [line for line in text.splitlines() if line.startswith("## ")]
        assert headings[0] == "## Divergences"
        table = text.split("## Divergences", 1)[1].split("\n## ", 1)[0]
        for fact in analysis.facts:
            if fact.divergent:
                assert all(v.text.split()[0] in table for v in fact.values), fact.id
    assert OUTLIER in report.split("## Sources")[0] or not any(
        v.outlier for r in divergences(analysis) for v in r.values
    )
