"""Lookups over one Analysis that the screens need on every repaint, built once.

The Analysis holds flat tuples; the compare view asks "which facts sit in this paragraph",
"is this group divergent", "who omits it" for every visible row, so those answers are
indexed here once instead of scanned per keypress.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from reader.model import Analysis, Exclusive, Fact, FactValue, FramingMark, Group


@dataclass(frozen=True, slots=True)
class PlacedValue:
    """A fact value with the fact it belongs to and its position among the values."""

    fact: Fact
    value: FactValue
    position: int

    @property
    def differing_words(self) -> tuple[str, ...]:
        words = self.fact.differing_words
        return words[self.position] if self.position < len(words) else ()


@dataclass(slots=True)
class AnalysisLookup:
    """Indexes over one analysis, built once, so that rendering a row never searches."""

    analysis: Analysis
    values_in: dict[str, list[PlacedValue]] = field(default_factory=dict)  # paragraph id ->
    framing_in: dict[str, list[FramingMark]] = field(default_factory=dict)  # paragraph id ->
    facts_of: dict[str, list[Fact]] = field(default_factory=dict)  # group id ->
    omitted_by: dict[str, tuple[str, ...]] = field(default_factory=dict)  # group id ->
    source_number: dict[str, int] = field(default_factory=dict)  # source id -> 1-based
    # paragraph id -> spans of divergent values that no group shows as divergent
    loose: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # paragraph id -> passages only that source reports
    exclusive_in: dict[str, list[Exclusive]] = field(default_factory=dict)

    @classmethod
    def build(cls, analysis: Analysis) -> AnalysisLookup:
        values: defaultdict[str, list[PlacedValue]] = defaultdict(list)
        framing: defaultdict[str, list[FramingMark]] = defaultdict(list)
        facts: defaultdict[str, list[Fact]] = defaultdict(list)
        loose: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        for fact in analysis.facts:
            if fact.group:
                facts[fact.group].append(fact)
            else:
                shown: set[FactValue] = set()
                for group_id, local in _within_groups(analysis, fact):
                    facts[group_id].append(local)
                    if local.divergent:
                        shown.update(local.values)
                if fact.divergent:
                    for value in fact.values:
                        if value not in shown:
                            loose[value.paragraph].append((value.start, value.end))
            for n, value in enumerate(fact.values):
                values[value.paragraph].append(PlacedValue(fact, value, n))
        for mark in analysis.framing:
            framing[mark.paragraph].append(mark)
        return cls(
            analysis=analysis,
            values_in=dict(values),
            framing_in=dict(framing),
            facts_of=dict(facts),
            omitted_by={o.group: o.sources for o in analysis.omissions},
            source_number={s.id: n for n, s in enumerate(analysis.sources, start=1)},
            loose=dict(loose),
            exclusive_in=_exclusives_by_paragraph(analysis),
        )

    def divergent_facts(self, group_id: str) -> list[Fact]:
        return [f for f in self.facts_of.get(group_id, []) if f.divergent]

    def is_divergent(self, group_id: str) -> bool:
        return any(f.divergent for f in self.facts_of.get(group_id, []))

    def holds_loose_divergence(self, paragraph_id: str, start: int, end: int) -> bool:
        """Whether this span holds a divergent value that no group row shows as divergent.

        A divergent fact tied to no group may have values in paragraphs that no group (or no
        group with a second value of it) claims: one outlet's "video summit" against another's
        call by phone, in a paragraph that aligns with nothing. ``n`` must still stop on the rows
        that hold those values, or the divergence is counted in the header but never shown.
        """
        return any(s < end and e > start for s, e in self.loose.get(paragraph_id, ()))

    def exclusives_at(self, paragraph_id: str, start: int, end: int) -> list[Exclusive]:
        """Passages of this span that only its source reports."""
        return [
            e for e in self.exclusive_in.get(paragraph_id, ()) if e.start < end and e.end > start
        ]

    def missing_from(self, group: Group) -> tuple[str, ...]:
        """Sources that do not report the group: the analysis's omissions for its own
        groups (an absent outlet that states the claim elsewhere omits nothing), else the
        absentees (a group the analysis does not hold)."""
        if group.id in self.omitted_by:
            return self.omitted_by[group.id]
        if any(g.id == group.id for g in self.analysis.groups) and self.analysis.omissions:
            return ()
        present = {m.source for m in group.members}
        return tuple(s.id for s in self.analysis.sources if s.id not in present)


def _exclusives_by_paragraph(analysis: Analysis) -> dict[str, list[Exclusive]]:
    out: defaultdict[str, list[Exclusive]] = defaultdict(list)
    for e in analysis.exclusives:
        out[e.paragraph].append(e)
    return dict(out)


def _within_groups(analysis: Analysis, fact: Fact) -> list[tuple[str, Fact]]:
    """A fact tied to no group, as each group it crosses sees it.

    The contract lets a fact span groups (``group`` null): three hours in one outlet's
    paragraph, four in another's. Each group that holds values of it from two or more
    sources gets the fact cut down to those values, divergent when the analysis found it
    divergent and its values differ there, so its row shows the divergence and ``n`` stops
    on it. Whether values differ is the analysis's decision, never re-made here: two quotes
    that differ by "the" are an agreeing fact and stay one.
    """
    out: list[tuple[str, Fact]] = []
    for group in analysis.groups:
        kept = [
            n
            for n, value in enumerate(fact.values)
            if any(
                m.source == value.source
                and m.paragraph == value.paragraph
                and value.start < m.end
                and value.end > m.start
                for m in group.members
            )
        ]
        values = tuple(fact.values[n] for n in kept)
        if len({v.source for v in values}) < 2:
            continue
        words = fact.differing_words
        local = replace(
            fact,
            group=group.id,
            values=values,
            divergent=fact.divergent and len({v.normalized for v in values}) > 1,
            differing_words=tuple(words[n] for n in kept) if len(words) == len(fact.values) else (),
        )
        out.append((group.id, local))
    return out
