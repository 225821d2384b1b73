"""Which facts each claim row holds, including facts the analysis tied to no group."""

from __future__ import annotations

from dataclasses import replace

from reader.model import Analysis
from reader.ui.presenters.lookup import AnalysisLookup
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
        await pilot.press("n")  # the first stop (Bay Herald's reading order) is how long it burned
        assert view.current.key == group


def _without_group(fact_id: str) -> tuple[Analysis, tuple[str, ...]]:
    """The fixture with one divergent fact tied to no group and its group gone, so its
    values sit in paragraphs that no claim row holds; also those paragraphs' ids."""
    analysis, group = _ungrouped(fact_id)
    groups = tuple(g for g in analysis.groups if g.id != group)
    omissions = tuple(o for o in analysis.omissions if o.group != group)
    facts = tuple(f for f in analysis.facts if f.group != group)
    fact = next(f for f in facts if f.id == fact_id)
    analysis = replace(analysis, groups=groups, omissions=omissions, facts=facts)
    return analysis, tuple(v.paragraph for v in fact.values)


def test_a_divergent_value_outside_every_group_is_loose() -> None:
    analysis, paragraphs = _without_group("f2")
    lookup = AnalysisLookup.build(analysis)
    fact = next(f for f in analysis.facts if f.id == "f2")
    for value in fact.values:
        assert lookup.holds_loose_divergence(value.paragraph, value.start, value.end)
    assert not lookup.holds_loose_divergence(paragraphs[0], fact.values[0].end, 10**9)


def test_a_divergent_value_a_group_shows_is_not_loose() -> None:
    analysis, _group = _ungrouped("f2")
    lookup = AnalysisLookup.build(analysis)
    assert lookup.loose == {}


@pilot_test
async def test_n_stops_on_a_paragraph_row_holding_a_divergence_no_group_shows() -> None:
    analysis, paragraphs = _without_group("f2")
    async with fixture_app(analysis=analysis) as (_app, pilot, _screen, view):
        for _ in range(len(view.rows)):
            await pilot.press("n")
            if view.current.kind != "group":
                break
        assert view.current.kind == "single"
        assert view.current.key in paragraphs
