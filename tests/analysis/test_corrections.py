"""The reviewer's corrections change the groups, and facts and omissions follow them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.analysis.corrections import apply_corrections
from reader.analysis.omissions import find_omissions
from reader.model import Analysis, Group, Member, Source
from reader.model.anchors import TextAnchor
from reader.model.corrections import Correction
from reader.store.targets import span_target
from tests.analysis.helpers import make_source

A = [
    "Harbour blaze burned for three hours overnight.",
    "Crews from four towns fought the flames at the quay.",
    "The mayor praised the volunteers on Tuesday.",
]
B = [
    "A fire at the harbour burned for four hours.",
    "Firefighters from four towns fought it at the quay.",
    "Weather was calm and dry all week long here.",
]
C = [
    "The harbour fire lasted three hours, officials said.",
    "Volunteers were praised by the mayor on Tuesday.",
]


def _sources() -> tuple[Source, ...]:
    out = []
    for n, paragraphs in enumerate((A, B, C), start=1):
        made = make_source(f"s{n}", paragraphs)
        out.append(replace(made, sha256=f"sha{n}", path=f"/tmp/story/s{n}.txt"))
    return tuple(out)


def _member(source: Source, index: int) -> Member:
    p = source.paragraphs[index - 1]
    return Member(source.id, p.id, p.start, p.end)


def _analysis() -> Analysis:
    s1, s2, s3 = _sources()
    groups = (
        Group("g1", (_member(s1, 1), _member(s2, 1), _member(s3, 1)), "harbour burned", 0.7),
        Group("g2", (_member(s1, 2), _member(s2, 2)), "four towns", 0.8),
    )
    return Analysis(
        sources=(s1, s2, s3), groups=groups, omissions=find_omissions(groups, (s1, s2, s3))
    )


def _anchor(source: Source, index: int) -> TextAnchor:
    p = source.paragraphs[index - 1]
    return span_target(source, p.start, p.end).anchors[0]


def _members(group: Group) -> set[tuple[str, str]]:
    return {(m.source, m.paragraph) for m in group.members}


def test_unlink_takes_the_passage_out_of_its_group_and_the_report_omits_it() -> None:
    analysis = _analysis()
    s3 = analysis.sources[2]
    out = apply_corrections(analysis, [Correction("c1", "unlink", _anchor(s3, 1))])
    first = out.groups[0]
    assert _members(first) == {("s1", "s1:p1"), ("s2", "s2:p1")}
    assert first.origin == "reviewer"
    assert any(o.group == first.id and "s3" in o.sources for o in out.omissions)


def test_unlinking_one_of_two_outlets_dissolves_the_group() -> None:
    analysis = _analysis()
    s2 = analysis.sources[1]
    out = apply_corrections(analysis, [Correction("c1", "unlink", _anchor(s2, 2))])
    assert len(out.groups) == 1
    assert out.groups[0].origin == "algorithm"


def test_link_adds_an_ungrouped_passage_to_the_focused_passages_group() -> None:
    analysis = _analysis()
    s1, _, s3 = analysis.sources
    out = apply_corrections(analysis, [Correction("c1", "link", _anchor(s1, 3), _anchor(s3, 2))])
    made = [g for g in out.groups if ("s3", "s3:p2") in _members(g)]
    assert len(made) == 1
    assert _members(made[0]) == {("s1", "s1:p3"), ("s3", "s3:p2")}
    assert made[0].origin == "reviewer"
    assert made[0].label


def test_merge_joins_two_groups_into_one() -> None:
    analysis = _analysis()
    s1, s2, _ = analysis.sources
    out = apply_corrections(analysis, [Correction("c1", "merge", _anchor(s1, 1), _anchor(s2, 2))])
    assert len(out.groups) == 1
    assert len(out.groups[0].members) == 5
    assert out.groups[0].origin == "reviewer"


def test_split_cuts_a_group_before_the_focused_member() -> None:
    analysis = _analysis()
    s2 = analysis.sources[1]
    out = apply_corrections(analysis, [Correction("c1", "split", _anchor(s2, 1))])
    # s1 alone is no shared claim; s2 and s3 stay together.
    holding = [g for g in out.groups if ("s2", "s2:p1") in _members(g)]
    assert _members(holding[0]) == {("s2", "s2:p1"), ("s3", "s3:p1")}
    assert all(("s1", "s1:p1") not in _members(g) for g in out.groups)


def test_facts_follow_the_corrected_groups() -> None:
    analysis = _analysis()
    s2 = analysis.sources[1]
    out = apply_corrections(analysis, [Correction("c1", "unlink", _anchor(s2, 1))])
    grouped = {g.id for g in out.groups}
    assert all(f.group is None or f.group in grouped for f in out.facts)
    divergent = [(v.source, v.paragraph) for f in out.facts if f.divergent for v in f.values]
    assert ("s2", "s2:p1") not in divergent


def test_an_undone_correction_changes_nothing() -> None:
    analysis = _analysis()
    s3 = analysis.sources[2]
    undone = Correction("c1", "unlink", _anchor(s3, 1), undone="2031-01-01T00:00:00")
    assert apply_corrections(analysis, [undone]) is analysis


def test_a_correction_stays_attached_when_an_unrelated_paragraph_is_edited() -> None:
    analysis = _analysis()
    s3 = analysis.sources[2]
    correction = Correction("c1", "unlink", _anchor(s3, 1))
    edited = make_source("s3", [C[0], "Volunteers were thanked by the mayor, who spoke Tuesday."])
    resaved = replace(edited, sha256="sha3-new", path=s3.path)
    sources = (*analysis.sources[:2], resaved)
    again = replace(
        analysis,
        sources=sources,
        groups=(
            Group(
                "g1",
                (
                    _member(sources[0], 1),
                    _member(sources[1], 1),
                    _member(resaved, 1),
                ),
                "harbour",
                0.7,
            ),
            analysis.groups[1],
        ),
    )
    out = apply_corrections(again, [correction])
    assert _members(out.groups[0]) == {("s1", "s1:p1"), ("s2", "s2:p1")}


def test_a_link_needs_its_second_passage() -> None:
    s1 = _sources()[0]
    with pytest.raises(ValueError):
        Correction("c1", "link", _anchor(s1, 1))
