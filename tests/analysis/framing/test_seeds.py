"""The framing lens on the five real seed articles (read at test time, never copied)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from reader.analysis import analyze
from reader.analysis.framing import FramingResult, frame
from reader.ingest import load_sources
from reader.model import FramingMark, Source


@cache
def _framed(seeds: Path) -> tuple[dict[str, Source], FramingResult]:
    sources = load_sources([str(seeds)]).sources
    by_prefix = {Path(s.path).name[:3]: s for s in sources}
    return by_prefix, frame(sources)


@pytest.fixture
def seeds(seeds_dir: Path) -> tuple[dict[str, Source], FramingResult]:
    return _framed(seeds_dir)


def _marks(
    seeds: tuple[dict[str, Source], FramingResult], prefix: str, category: str
) -> list[FramingMark]:
    sources, result = seeds
    sid = sources[prefix].id
    return [m for m in result.marks if m.source == sid and m.category == category]


def test_tass_report_uses_russian_derived_names(seeds) -> None:  # type: ignore[no-untyped-def]
    naming = {m.term.lower(): m for m in _marks(seeds, "000", "naming")}
    assert "kiev" in naming and "donbass" in naming
    assert naming["kiev"].neutral == "Kyiv"
    assert "Russian-derived" in naming["donbass"].note


def test_neutral_spelling_is_marked_as_a_neutral_naming_choice(seeds) -> None:  # type: ignore[no-untyped-def]
    names = [m for m in _marks(seeds, "001", "naming") if m.term.startswith("Volodymyr")]
    assert names and all("neutral" in m.note and m.neutral is None for m in names)


def test_alleged_is_marked_as_a_hedge(seeds) -> None:  # type: ignore[no-untyped-def]
    assert [m.term for m in _marks(seeds, "001", "hedge")] == ["alleged"]


def test_aggression_is_marked_as_loaded(seeds) -> None:  # type: ignore[no-untyped-def]
    for prefix in ("002", "004"):
        assert "aggression" in [m.term for m in _marks(seeds, prefix, "loaded")]


def test_intensifiers_are_marked(seeds) -> None:  # type: ignore[no-untyped-def]
    assert {"unwavering", "decisively"} <= {m.term for m in _marks(seeds, "000", "intensifier")}
    assert "firmly" in {m.term for m in _marks(seeds, "003", "intensifier")}
    assert "decisively" in {m.term for m in _marks(seeds, "004", "intensifier")}


def test_reports_quoting_one_statement_are_linked_as_one_primary_source(seeds) -> None:  # type: ignore[no-untyped-def]
    sources, result = seeds
    pair = {sources["000"].id, sources["001"].id}
    [link] = [link for link in result.provenance if {link.a, link.b} == pair]
    assert link.kind == "verbatim" and "quoted statements" in link.note


def test_the_two_translated_hungarian_origin_reports_do_not_share_provenance(seeds) -> None:  # type: ignore[no-untyped-def]
    # 003 is an MTI dispatch, 004 retells a US wire story (Psaki, Price, Wilmington):
    # they share a republishing template, not their reporting.
    sources, result = seeds
    pair = {sources["003"].id, sources["004"].id}
    assert [link for link in result.provenance if {link.a, link.b} == pair] == []


def test_tass_profile_differs_from_every_other_outlet(seeds) -> None:  # type: ignore[no-untyped-def]
    sources, result = seeds
    profiles = {p.source: p for p in result.profiles}
    tass = profiles[sources["000"].id]
    assert {
        "Kyiv": "Kiev",
        "Donbas": "Donbass",
        "Volodymyr Zelensky": "Vladimir Zelensky",
    }.items() <= tass.naming.items()
    assert tass.per_thousand["own-voice"] == 0.0
    assert tass.per_thousand["attribution-verb"] == 0.0
    for prefix in ("001", "002", "003", "004"):
        other = profiles[sources[prefix].id]
        assert other.per_thousand["own-voice"] > 0.0
        assert other.naming != tass.naming


def test_profiles_name_whom_each_outlet_quotes(seeds) -> None:  # type: ignore[no-untyped-def]
    sources, result = seeds
    profiles = {p.source: p for p in result.profiles}
    assert "Dmitry Peskov" in profiles[sources["000"].id].quoted
    assert "Jen Psaki" in profiles[sources["001"].id].quoted
    assert "MTI" in profiles[sources["003"].id].quoted


def test_every_mark_spells_its_term_inside_its_paragraph(seeds) -> None:  # type: ignore[no-untyped-def]
    sources, result = seeds
    by_id = {s.id: s for s in sources.values()}
    for mark in result.marks:
        source = by_id[mark.source]
        paragraph = source.paragraph(mark.paragraph)
        assert source.text[mark.start : mark.end] == mark.term
        assert paragraph.start <= mark.start < mark.end <= paragraph.end
        assert mark.note


def test_every_attribution_lies_inside_its_paragraph(seeds) -> None:  # type: ignore[no-untyped-def]
    sources, result = seeds
    by_id = {s.id: s for s in sources.values()}
    for a in result.attributions:
        paragraph = by_id[a.source].paragraph(a.paragraph)
        assert paragraph.start <= a.start < a.end <= paragraph.end


def test_aligned_seed_groups_yield_contrasting_word_choices(seeds_dir: Path) -> None:
    analysis = analyze(load_sources([str(seeds_dir)]).sources)
    contrasts = [m for m in analysis.framing if m.contrast is not None]
    assert contrasts, "the seeds phrase one threat as 'invades' and as 'attacks'"
    for mark in contrasts:
        assert mark.contrast.lower() != mark.term.lower()
        assert analysis.source(mark.source).text[mark.start : mark.end] == mark.term
