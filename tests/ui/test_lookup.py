"""Which facts each claim row holds, including facts the analysis tied to no group."""

from __future__ import annotations

from dataclasses import replace

from reader.model import Analysis
from reader.ui.lookup import AnalysisLookup
from tests.ui.conftest import fixture_app, pilot_test
from tests.ui.fixture_analysis import fixture_analysis


def _ungrouped(fact_id: str, keep: int | None = None) -> tuple[Analysis, str]:
    """The fixture with one fact's group set to null (and only its first ``keep`` values)."""
    analysis = fixture_analysis()
    fact = next(f for f in analysis.facts if f.id == fact_id)
    assert fact.group is not None
    loose = replace(fact, group=None, values=fact.values[:keep])
    facts = tuple(loose if f.id == fact_id else f for f in analysis.facts)
    return replace(analysis, facts=facts), fact.group


def test_a_divergent_fact_without_a_group_marks_the_group_holding_its_values() -> None:
    analysis, group = _ungrouped("f2")
    lookup = AnalysisLookup.build(analysis)
    assert lookup.is_divergent(group)
    assert [f.kind for f in lookup.divergent_facts(group)] == ["duration"]


def test_values_that_agree_inside_a_group_do_not_make_it_divergent() -> None:
    analysis, group = _ungrouped("f1", keep=4)  # the four values saying twelve
    lookup = AnalysisLookup.build(analysis)
    assert not lookup.is_divergent(group)
    assert [f.kind for f in lookup.facts_of[group]] == ["number"]


def test_a_fact_the_analysis_found_agreeing_stays_agreeing_in_each_group() -> None:
    # values whose wording differs by a function word ("the US" / "US") are one quote to
    # the analysis; the row must not re-decide that from the raw strings
    analysis, group = _ungrouped("f2")
    fact = next(f for f in analysis.facts if f.id == "f2")
    agreeing = replace(fact, divergent=False)
    analysis = replace(
        analysis, facts=tuple(agreeing if f.id == "f2" else f for f in analysis.facts)
    )
    assert len({v.normalized for v in agreeing.values}) > 1
    lookup = AnalysisLookup.build(analysis)
    assert not lookup.is_divergent(group)
    assert [f.kind for f in lookup.facts_of[group]] == ["duration"]


@pilot_test
async def test_n_stops_on_a_divergence_the_analysis_tied_to_no_group() -> None:
    analysis, group = _ungrouped("f2")
    async with fixture_app(analysis=analysis) as (_app, pilot, _screen, view):
        await pilot.press("n", "n")  # the first stop is the warehouse count
        assert view.current.key == group
