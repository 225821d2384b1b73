"""Build annotation targets from what the user is looking at, and find them again.

The UI calls ``span_target`` for a passage, ``group_target`` for a claim and ``fact_target``
for a fact. After a re-analysis group and fact ids differ, so ``locate_group`` and
``locate_fact`` find the group/fact whose spans overlap most of the resolved anchors.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.model import Analysis, Fact, Group, Source
from reader.model.anchors import SourceRecord, TextAnchor, make_anchor
from reader.store.models import ResolvedAnnotation, Target


def _anchor(source: Source, start: int, end: int) -> TextAnchor:
    return make_anchor(SourceRecord.of(source), source.text, start, end)


def span_target(source: Source, start: int, end: int) -> Target:
    """A passage (a paragraph, a sentence, a selection) of one source."""
    return Target(kind="span", anchors=(_anchor(source, start, end),))


def group_target(analysis: Analysis, group: Group) -> Target:
    """A claim, held by its members' spans (not by ``group.id``, which re-analysis renumbers)."""
    anchors = tuple(_anchor(analysis.source(m.source), m.start, m.end) for m in group.members)
    return Target(kind="group", anchors=anchors, subject=group.label)


def fact_target(analysis: Analysis, fact: Fact) -> Target:
    """A fact, held by the spans of the values each source states."""
    anchors = tuple(_anchor(analysis.source(v.source), v.start, v.end) for v in fact.values)
    return Target(kind="fact", anchors=anchors, subject=f"{fact.kind}: {fact.subject}")


def _overlaps(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def _best(
    candidates: Sequence[tuple[str, Sequence[tuple[str, int, int]]]],
    spans: Sequence[tuple[str, int, int]],
) -> str | None:
    """The candidate id overlapping most spans; None when none overlaps half of them."""
    best_id: str | None = None
    best_hits = 0
    for candidate_id, candidate_spans in candidates:
        hits = sum(1 for s in spans if any(_overlaps(s, c) for c in candidate_spans))
        if hits > best_hits:
            best_id, best_hits = candidate_id, hits
    if best_id is None or best_hits * 2 < len(spans):
        return None
    return best_id


def locate_group(analysis: Analysis, resolved: ResolvedAnnotation) -> Group | None:
    """The group of ``analysis`` that the annotation's claim now corresponds to, if any."""
    spans = resolved.spans
    if resolved.annotation.target.kind != "group" or not spans:
        return None
    candidates = [(g.id, [(m.source, m.start, m.end) for m in g.members]) for g in analysis.groups]
    found = _best(candidates, spans)
    return analysis.group(found) if found else None


def locate_fact(analysis: Analysis, resolved: ResolvedAnnotation) -> Fact | None:
    """The fact of ``analysis`` whose value spans the annotation's anchors now overlap."""
    spans = resolved.spans
    if resolved.annotation.target.kind != "fact" or not spans:
        return None
    candidates = [(f.id, [(v.source, v.start, v.end) for v in f.values]) for f in analysis.facts]
    found = _best(candidates, spans)
    if found is None:
        return None
    return next(f for f in analysis.facts if f.id == found)


def overlapping(
    resolved: Sequence[ResolvedAnnotation], source_id: str, start: int, end: int
) -> tuple[ResolvedAnnotation, ...]:
    """The anchored notes touching ``source_id[start:end]``: what a passage's panel lists."""
    span = (source_id, start, end)
    return tuple(r for r in resolved if any(_overlaps(span, s) for s in r.spans))
