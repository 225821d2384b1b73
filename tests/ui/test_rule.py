"""The rule above a claim says which outlets omit it: by name, or by pane number if narrow."""

from __future__ import annotations

from rich.style import Style

from reader.ui.presenters.lookup import AnalysisLookup
from reader.ui.presenters.names import source_name
from reader.ui.presenters.rows import build_rows
from reader.ui.presenters.rule import RowMarks, rule_text
from tests.ui.fixture_analysis import fixture_analysis


def _rule(key: str, width: int) -> tuple[str, str, str]:
    """The rule's text, then the omitting outlets as pane numbers and as names."""
    analysis = fixture_analysis()
    lookup = AnalysisLookup.build(analysis)
    row = next(r for r in build_rows(analysis) if r.key == key)
    assert row.group is not None
    missing = lookup.missing_from(row.group)
    text = rule_text(row, lookup, RowMarks(), width, Style(), lambda _n: Style(), False)
    numbers = ", ".join(f"#{lookup.source_number[s]}" for s in missing)
    names = ", ".join(source_name(analysis, s) for s in missing)
    return text.plain, numbers, names


def test_a_wide_rule_names_the_outlets_that_omit_the_claim() -> None:
    plain, numbers, names = _rule("g7", 160)
    assert f"○ not in {names} ─" in plain
    assert numbers not in plain


def test_a_narrow_rule_gives_their_pane_numbers_and_keeps_the_label() -> None:
    plain, numbers, _names = _rule("g7", 40)
    assert f"○ not in {numbers} ─" in plain
    assert "tanker" in plain
