"""The reviewer's corrections to the alignment, applied on top of what the algorithm found.

A correction never names a group id (re-analysis renumbers groups): it holds the anchored
spans of the passages the reviewer pointed at, found again in the sources' current text with
the anchoring rules of ``reader.model.anchors``. The kinds:

* ``unlink`` (``passage``): the passage leaves every group holding it; a group left with a
  single outlet is no longer a shared claim and goes away.
* ``link`` (``passage``, ``other``): the other passage joins the passage's group (leaving its
  own); when neither is grouped the two start a new group.
* ``merge`` (``passage``, ``other``): the groups holding the two passages become one.
* ``split`` (``passage``): the group holding the passage is cut in two before that member
  (members in reading order); each part that keeps two outlets stays a group.

Corrections apply in the order they were made; undone ones are skipped. A group a correction
changed or made carries ``origin="reviewer"``. Facts, omissions and framing are recomputed on
the corrected groups, so every view and the report follow the reviewer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from rapidfuzz import fuzz

from reader.analysis.framing import with_framing
from reader.analysis.groups import VERBATIM
from reader.analysis.label import label_for, word_frequencies
from reader.analysis.omissions import find_omissions
from reader.model import Analysis, Fact, Group, Member, Source
from reader.model.anchors import SourceRecord, TextAnchor, reanchor
from reader.model.corrections import Correction

Span = tuple[str, int, int]  # (source id, start, end)


@dataclass(frozen=True, slots=True)
class Applied:
    """The corrected analysis and, per correction, whether it could be applied."""

    analysis: Analysis
    detached: tuple[str, ...] = ()  # ids of corrections whose passages were not found


def _place(anchor: TextAnchor, sources: Sequence[Source]) -> Span | None:
    """Where the anchor sits now: by content hash first, else by path; None when lost."""
    by_sha = next((s for s in sources if s.sha256 == anchor.source.sha256), None)
    source = by_sha or next(
        (s for s in sources if SourceRecord.of(s).path == anchor.source.path), None
    )
    if source is None:
        return None
    placed = reanchor(anchor, source.text)
    if placed.start is None or placed.end is None:
        return None
    return (source.id, placed.start, placed.end)


def _overlap(member: Member, span: Span) -> int:
    if member.source != span[0]:
        return 0
    return max(0, min(member.end, span[2]) - max(member.start, span[1]))


def _holding(groups: list[list[Member]], span: Span) -> int | None:
    """Index of the group whose member overlaps ``span`` most, else None."""
    best, best_overlap = None, 0
    for n, members in enumerate(groups):
        for member in members:
            size = _overlap(member, span)
            if size > best_overlap:
                best, best_overlap = n, size
    return best


def _member_at(span: Span, groups: list[list[Member]], sources: Sequence[Source]) -> Member:
    """The grouped member covering ``span``, else a member made of the span itself."""
    for members in groups:
        for member in members:
            if _overlap(member, span) > 0:
                return member
    source = next(s for s in sources if s.id == span[0])
    paragraph = next(
        (p for p in source.paragraphs if p.start <= span[1] < p.end), source.paragraphs[0]
    )
    return Member(span[0], paragraph.id, span[1], span[2])


def _drop_member(groups: list[list[Member]], span: Span) -> set[int]:
    touched: set[int] = set()
    for n, members in enumerate(groups):
        kept = [m for m in members if _overlap(m, span) == 0]
        if len(kept) != len(members):
            groups[n] = kept
            touched.add(n)
    return touched


def _apply_one(
    kind: str,
    spans: Sequence[Span],
    groups: list[list[Member]],
    sources: Sequence[Source],
) -> set[int]:
    """Edit ``groups`` in place; returns the indices of groups changed or made."""
    first = spans[0]
    if kind == "unlink":
        return _drop_member(groups, first)
    if kind == "split":
        n = _holding(groups, first)
        if n is None:
            return set()
        order = {s.id: k for k, s in enumerate(sources)}
        members = sorted(groups[n], key=lambda m: (order.get(m.source, 0), m.start))
        pivot = next(k for k, m in enumerate(members) if _overlap(m, first) > 0)
        if pivot == 0:
            return set()
        groups[n] = members[:pivot]
        groups.append(members[pivot:])
        return {n, len(groups) - 1}
    second = spans[1]
    a, b = _holding(groups, first), _holding(groups, second)
    if kind == "merge":
        if a is None or b is None or a == b:
            return set()
        groups[a] = groups[a] + groups[b]
        groups[b] = []
        return {a}
    # link
    if a is not None and a == b:
        return set()
    moved = _member_at(second, groups, sources)
    touched = _drop_member(groups, second)
    if a is None:
        groups.append([_member_at(first, groups, sources), moved])
        return touched | {len(groups) - 1}
    groups[a] = groups[a] + [moved]
    return touched | {a}


def _score(members: Sequence[Member], texts: dict[str, str]) -> tuple[float, bool]:
    """Mean cross-outlet similarity (0..1) and whether two members are near-verbatim."""
    ratios = [
        fuzz.token_set_ratio(
            texts[a.source][a.start : a.end].lower(), texts[b.source][b.start : b.end].lower()
        )
        for a, b in combinations(members, 2)
        if a.source != b.source
    ]
    if not ratios:
        return 0.0, False
    verbatim = any(
        fuzz.ratio(
            texts[a.source][a.start : a.end].lower(), texts[b.source][b.start : b.end].lower()
        )
        >= VERBATIM
        for a, b in combinations(members, 2)
        if a.source != b.source
    )
    return round(sum(ratios) / len(ratios) / 100.0, 3), verbatim


def _rebuild(
    analysis: Analysis, drafts: list[tuple[list[Member], Group | None]]
) -> tuple[Group, ...]:
    """Groups numbered ``g1..`` by first member in reading order, as the algorithm does."""
    sources = analysis.sources
    order = {s.id: n for n, s in enumerate(sources)}
    texts = {s.id: s.text for s in sources}
    kept = [(m, g) for m, g in drafts if len({x.source for x in m}) >= 2]
    kept.sort(key=lambda d: min((order[x.source], x.start) for x in d[0]))
    frequencies = word_frequencies(p.text for s in sources for p in s.body)
    total = sum(len(s.body) for s in sources)
    out: list[Group] = []
    for n, (members, original) in enumerate(kept, start=1):
        if original is not None:
            out.append(replace(original, id=f"g{n}"))
            continue
        ordered = tuple(sorted(members, key=lambda x: (order[x.source], x.start)))
        score, verbatim = _score(ordered, texts)
        label = label_for(
            [texts[x.source][x.start : x.end] for x in ordered],
            [x.source for x in ordered],
            frequencies,
            total,
        )
        out.append(Group(f"g{n}", ordered, label, score, verbatim, origin="reviewer"))
    return tuple(out)


def _facts(sources: Sequence[Source], groups: Sequence[Group]) -> tuple[Fact, ...]:
    from reader.analysis.facts import find_facts

    return tuple(find_facts(tuple(sources), tuple(groups)))


def _shape(groups: Sequence[Sequence[Member]]) -> frozenset[frozenset[tuple[str, int, int]]]:
    """The claims as sets of passages (a group of one outlet is no claim)."""
    return frozenset(
        frozenset((m.source, m.start, m.end) for m in members)
        for members in groups
        if len({m.source for m in members}) >= 2
    )


def would_change(analysis: Analysis, correction: Correction) -> bool:
    """Whether ``correction`` changes the claims of ``analysis`` (the analysis on screen,
    the corrections made so far applied): a merge of a claim with itself, a split before
    its first passage, a link already made or an unlink of an ungrouped passage does not,
    nor does one whose passages are not found."""
    spans = [_place(a, analysis.sources) for a in correction.anchors]
    placed = [s for s in spans if s is not None]
    if len(placed) != len(spans):
        return False
    groups = [list(g.members) for g in analysis.groups]
    before = _shape(groups)
    _apply_one(correction.kind, placed, groups, analysis.sources)
    return _shape(groups) != before


def apply_corrections(analysis: Analysis, corrections: Sequence[Correction]) -> Analysis:
    """The analysis as the reviewer corrected it; untouched when nothing applies."""
    return correct(analysis, corrections).analysis


def correct(analysis: Analysis, corrections: Sequence[Correction]) -> Applied:
    """``apply_corrections`` plus which corrections could not be placed (detached)."""
    active = [c for c in corrections if c.undone is None]
    if not active:
        return Applied(analysis)
    sources = analysis.sources
    groups = [list(g.members) for g in analysis.groups]
    originals: list[Group | None] = list(analysis.groups)
    touched: set[int] = set()
    detached: list[str] = []
    for correction in active:
        spans = [_place(a, sources) for a in correction.anchors]
        placed = [s for s in spans if s is not None]
        if len(placed) != len(spans):
            detached.append(correction.id)
            continue
        changed = _apply_one(correction.kind, placed, groups, sources)
        originals += [None] * (len(groups) - len(originals))
        touched |= changed
    if not touched:
        return Applied(analysis, tuple(detached))
    drafts = [(members, None if n in touched else originals[n]) for n, members in enumerate(groups)]
    new_groups = _rebuild(analysis, drafts)
    facts = _facts(sources, new_groups)
    corrected = replace(
        analysis,
        groups=new_groups,
        facts=facts,
        omissions=find_omissions(new_groups, sources, facts),
    )
    return Applied(with_framing(corrected), tuple(detached))
