"""Every divergent fact belongs to a claim: a divergence the fact finder raised outside any
group (a date told in two different sentences, a credit line) is filed under the group whose
passages hold most of its values; when no passage holds one, the sentences that state the
values become a claim of their own (cut so they overlap no claim's passage: one passage, one
row), and the row that ``n`` and ``D`` stop at shows the values.

The divergence is the unit a journalist works through (the Divergences screen, the export's
first list): a divergence with no claim had no row to jump to and no section in the export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.model import Fact, FactValue, Group, Member, Source


def _number(group_id: str) -> int:
    digits = group_id.lstrip("g")
    return int(digits) if digits.isdigit() else 0


def _sentence(source: Source, value: FactValue, taken: Sequence[Member]) -> Member:
    """The sentence holding the value, cut back so it overlaps no passage of a claim."""
    paragraph = source.paragraph(value.paragraph)
    text = source.text
    start = paragraph.start
    for n in range(value.start - 1, paragraph.start, -1):
        if text[n - 1] in ".!?" and text[n].isspace():
            start = n + 1
            break
    end = paragraph.end
    for n in range(value.end, paragraph.end):
        if text[n] in ".!?" and (n + 1 == paragraph.end or text[n + 1].isspace()):
            end = n + 1
            break
    for m in taken:
        if m.source == value.source and m.paragraph == value.paragraph:
            if m.end <= value.start:
                start = max(start, m.end)
            elif m.start >= value.end:
                end = min(end, m.start)
    while start < value.start and text[start].isspace():
        start += 1
    return Member(value.source, paragraph.id, start, end)


def _shown(group: Group) -> list[Member]:
    """The passages a claim's row shows: the first member of each source (a second member
    of the same source sits in a row of its own, where a value in it is not seen)."""
    first: dict[str, Member] = {}
    for member in group.members:
        first.setdefault(member.source, member)
    return list(first.values())


def _holds(member: Member, value: FactValue) -> bool:
    return member.source == value.source and member.start < value.end and value.start < member.end


def claim_every_divergence(
    groups: Sequence[Group], facts: Sequence[Fact], sources: Sequence[Source]
) -> tuple[tuple[Group, ...], tuple[Fact, ...]]:
    """(groups, facts) where no divergent fact has ``group=None``; nothing else changes.

    A fact joins the group whose row's passages hold most of its values; when no row of a
    group holds one, each outlet's sentence with the value (never overlapping a claim's
    passage) becomes a member of a new group, labelled with the fact's subject.
    """
    by_id = {s.id: s for s in sources}
    out_groups = list(groups)
    out_facts: list[Fact] = []
    next_number = max((_number(g.id) for g in groups), default=0) + 1
    for fact in facts:
        if not fact.divergent or fact.group is not None:
            out_facts.append(fact)
            continue
        best: Group | None = None
        best_held = 0
        for group in out_groups:
            shown = _shown(group)
            held = sum(1 for v in fact.values if any(_holds(m, v) for m in shown))
            if held > best_held:
                best, best_held = group, held
        if best is not None:
            out_facts.append(replace(fact, group=best.id))
            continue
        taken = [m for g in out_groups for m in g.members]
        members: dict[str, Member] = {}
        for value in fact.values:
            if value.source in by_id and value.source not in members:
                members[value.source] = _sentence(by_id[value.source], value, taken)
        group = Group(
            id=f"g{next_number}",
            members=tuple(members.values()),
            label=fact.subject,
            score=fact.confidence if fact.confidence is not None else 0.0,
        )
        next_number += 1
        out_groups.append(group)
        out_facts.append(replace(fact, group=group.id))
    return tuple(out_groups), tuple(out_facts)
