"""The whole analysis on real text: the seeds (read at test time, never copied)."""

from __future__ import annotations

from pathlib import Path

from reader.analysis import analyze
from reader.ingest import load_sources


def test_seeds_boilerplate_never_joins_a_group(seeds_dir: Path) -> None:
    analysis = analyze(load_sources([str(seeds_dir)]).sources)
    kinds = {p.id: p.kind for s in analysis.sources for p in s.paragraphs}
    assert analysis.groups
    assert all(kinds[m.paragraph] != "boilerplate" for g in analysis.groups for m in g.members)


def test_seeds_groups_span_sources_and_stay_inside_their_paragraphs(seeds_dir: Path) -> None:
    analysis = analyze(load_sources([str(seeds_dir)]).sources)
    for group in analysis.groups:
        assert len({m.source for m in group.members}) >= 2
        for m in group.members:
            paragraph = analysis.source(m.source).paragraph(m.paragraph)
            assert paragraph.start <= m.start < m.end <= paragraph.end


def test_seeds_name_variants_meet_in_one_group(seeds_dir: Path) -> None:
    analysis = analyze(load_sources([str(seeds_dir)]).sources)
    texts = [
        " ".join(analysis.source(m.source).text[m.start : m.end] for m in g.members)
        for g in analysis.groups
    ]
    assert any("Zelenszkig" in t and "Zelensky" in t for t in texts)


def test_omissions_list_only_sources_outside_the_group(seeds_dir: Path) -> None:
    analysis = analyze(load_sources([str(seeds_dir)]).sources)
    members = {g.id: {m.source for m in g.members} for g in analysis.groups}
    for omission in analysis.omissions:
        assert omission.sources and not set(omission.sources) & members[omission.group]


def test_progress_reports_every_stage(seeds_dir: Path) -> None:
    seen: list[tuple[str, float]] = []
    analyze(load_sources([str(seeds_dir)]).sources, progress=lambda s, d: seen.append((s, d)))
    assert ("align", 1.0) in seen and ("omissions", 1.0) in seen
