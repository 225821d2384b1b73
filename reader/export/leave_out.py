"""An analysis without some of its sources (those the user marked discard), for an export.

The claims keep their ids (the export calls them as the app does); a claim that no longer
has two sources is left out, as is a fact left with fewer than two values. A divergent fact
whose remaining values all read the same is no longer divergent: the outlier was a source
left out. Nothing is recomputed: what stays is what the app shows for those sources.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from reader.model import Analysis, Fact


def without_sources(analysis: Analysis, left_out: Collection[str]) -> Analysis:
    """``analysis`` as if the sources with ids ``left_out`` were not in it (same object when
    none of them is)."""
    gone = {s.id for s in analysis.sources if s.id in left_out}
    if not gone:
        return analysis
    groups = []
    for group in analysis.groups:
        members = tuple(m for m in group.members if m.source not in gone)
        if len({m.source for m in members}) >= 2:
            groups.append(replace(group, members=members))
    kept = {g.id for g in groups}
    facts = [
        fact
        for fact in (_fact(f, gone) for f in analysis.facts)
        if fact is not None and (fact.group is None or fact.group in kept)
    ]
    omissions = []
    for omission in analysis.omissions:
        sources = tuple(s for s in omission.sources if s not in gone)
        if sources and omission.group in kept:
            omissions.append(replace(omission, sources=sources))
    stories = []
    for story in analysis.stories:
        sources = tuple(s for s in story.sources if s not in gone)
        if sources:
            stories.append(replace(story, sources=sources))
    return replace(
        analysis,
        sources=tuple(s for s in analysis.sources if s.id not in gone),
        groups=tuple(groups),
        facts=tuple(facts),
        omissions=tuple(omissions),
        framing=tuple(m for m in analysis.framing if m.source not in gone),
        attributions=tuple(a for a in analysis.attributions if a.source not in gone),
        provenance=tuple(p for p in analysis.provenance if gone.isdisjoint((p.a, p.b))),
        profiles=tuple(p for p in analysis.profiles if p.source not in gone),
        exclusives=tuple(e for e in analysis.exclusives if e.source not in gone),
        stories=tuple(stories),
        truncated=tuple(t for t in analysis.truncated if t.source not in gone),
    )


def _fact(fact: Fact, gone: set[str]) -> Fact | None:
    keep = [n for n, v in enumerate(fact.values) if v.source not in gone]
    if len(keep) == len(fact.values):
        return fact
    if len({fact.values[n].source for n in keep}) < 2:
        return None
    values = tuple(fact.values[n] for n in keep)
    words = fact.differing_words
    if len(words) == len(fact.values):
        words = tuple(words[n] for n in keep)
    divergent = fact.divergent and len({v.normalized for v in values}) > 1
    return replace(
        fact,
        values=values,
        differing_words=words,
        divergent=divergent,
        confidence=fact.confidence if divergent else None,
        evidence=fact.evidence if divergent else "",
        divergence=fact.divergence if divergent else "",
    )
