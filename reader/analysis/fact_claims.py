"""Every divergent fact belongs to a claim: a divergence the fact finder raised outside any
group (a date told in two different sentences, a credit line) is filed under the group that
holds most of its values' paragraphs; when no group holds any of them, the paragraphs become
a claim of their own (never a paragraph already in a claim: one passage, one row).

The divergence is the unit a journalist works through (the Divergences screen, the export's
first list): a divergence with no claim had no row to jump to and no section in the export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.model import Fact, Group, Member, Source


def _number(group_id: str) -> int:
    digits = group_id.lstrip("g")
    return int(digits) if digits.isdigit() else 0


def _value_members(fact: Fact, sources: Sequence[Source]) -> tuple[Member, ...]:
    """One member per source: the paragraph of its first value, whole."""
    by_id = {s.id: s for s in sources}
    members: dict[str, Member] = {}
    for value in fact.values:
        source = by_id.get(value.source)
        if source is None or value.source in members:
            continue
        paragraph = source.paragraph(value.paragraph)
        members[value.source] = Member(value.source, paragraph.id, paragraph.start, paragraph.end)
    return tuple(members.values())


def claim_every_divergence(
    groups: Sequence[Group], facts: Sequence[Fact], sources: Sequence[Source]
) -> tuple[tuple[Group, ...], tuple[Fact, ...]]:
    """(groups, facts) where no divergent fact has ``group=None``; nothing else changes."""
    out_groups = list(groups)
    out_facts: list[Fact] = []
    next_number = max((_number(g.id) for g in groups), default=0) + 1
    for fact in facts:
        if not fact.divergent or fact.group is not None:
            out_facts.append(fact)
            continue
        spots = {(v.source, v.paragraph) for v in fact.values}
        best: Group | None = None
        best_held = 0
        for group in out_groups:
            held = len(spots & {(m.source, m.paragraph) for m in group.members})
            if held > best_held:
                best, best_held = group, held
        if best is not None:
            out_facts.append(replace(fact, group=best.id))
            continue
        group = Group(
            id=f"g{next_number}",
            members=_value_members(fact, sources),
            label=fact.subject,
            score=fact.confidence if fact.confidence is not None else 0.0,
        )
        next_number += 1
        out_groups.append(group)
        out_facts.append(replace(fact, group=group.id))
    return tuple(out_groups), tuple(out_facts)
