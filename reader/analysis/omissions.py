"""What each outlet leaves out: per group, the sources that report nothing of it.

A source with no body at all (nothing but headline, dateline and boilerplate, or a page
whose extraction failed) is not counted as omitting anything: it reports nothing at all.
Nor is a source one of whose sentences states the claim, wherever the aligner put it
(claims.py): every passage of the outlet is checked, not only the group's members. A group
too small to say what its claim is (fewer than three words in common) has no omissions; a
group a reviewer made or corrected keeps the plain rule (whoever is not in it omits it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.analysis.claims import (
    MIN_SHARED,
    STATE_SHARED,
    Unit,
    claim_units,
    sentence_units,
    states,
    words_of,
)
from reader.model import Fact, Group, Omission, Source

_BODY_KINDS = frozenset({"body", "quote-block"})


def find_omissions(
    groups: Sequence[Group], sources: Sequence[Source], facts: Sequence[Fact] = ()
) -> tuple[Omission, ...]:
    with_body = [s.id for s in sources if any(p.kind in _BODY_KINDS for p in s.paragraphs)]
    by_id = {s.id: s for s in sources}
    units = {sid: _Passages(sentence_units(by_id[sid], pairs=True)) for sid in with_body}
    out: list[Omission] = []
    for group in groups:
        present = {m.source for m in group.members} | _valued(group, facts)
        members = _cores(
            [
                (m.source, claim_units(by_id[m.source], m.start, m.end))
                for m in group.members
                if m.source in by_id
            ]
        )
        if group.origin == "reviewer":  # a reviewer's group says itself who reports it
            missing = tuple(s for s in with_body if s not in present)
            if missing:
                out.append(Omission(group=group.id, sources=missing))
            continue
        if not any(len(words_of(c)) >= MIN_SHARED for claims in members for c in claims):
            continue  # too few words in common to say what the claim is, or who leaves it out
        missing = tuple(
            s for s in with_body if s not in present and not _states_group(members, units[s])
        )
        if missing:
            out.append(Omission(group=group.id, sources=missing))
    return tuple(out)


def _cores(
    members: Sequence[tuple[str, list[frozenset[str]]]],
) -> list[list[frozenset[str]]]:
    """Each member's sentences cut down to the words another outlet's member shares: what
    the group says in common, not what each passage says besides ('the mayor's economic
    lifeline' told inside sentences about other things)."""
    out = []
    for source, claims in members:
        others = frozenset().union(*(c for s, cs in members if s != source for c in cs))
        out.append([c & others for c in claims])
    return out


class _Passages:
    """A source's passages, indexed by their words: a claim is checked only against the
    passages that share enough of its words to state it (``STATE_SHARED``), found through
    the index instead of by trying every passage of the source."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self.units = list(units)
        self.holding: dict[str, list[int]] = {}
        for k, unit in enumerate(self.units):
            for word in words_of(unit.stems):
                self.holding.setdefault(word, []).append(k)

    def sharing(self, claim: frozenset[str]) -> list[Unit]:
        """The passages sharing at least ``STATE_SHARED`` (and at least one) of the claim's
        words, in reading order: no other passage can state it."""
        counts: Counter[int] = Counter()
        for word in words_of(claim):
            counts.update(self.holding.get(word, ()))
        return [self.units[k] for k in sorted(counts) if counts[k] >= max(STATE_SHARED, 1)]


def _states_group(members: Sequence[Sequence[frozenset[str]]], units: _Passages) -> bool:
    """Does a source state what most of a group's members state? A loose group may join
    two claims, and telling one of them is not telling the one most members tell."""
    told = sum(1 for claims in members if _told(claims, units))
    return told * 2 > len(members)


def _told(claims: Sequence[frozenset[str]], units: _Passages) -> bool:
    """Does some passage of a source state more than half of one member's sentences? A
    member of two sentences may carry two claims, and telling one of them is not telling
    the claim the group stands for."""
    told = sum(1 for c in claims if any(states(c, u.stems) for u in units.sharing(c)))
    return told * 2 > len(claims)


_SLOT_FACTS = frozenset({"number", "quantity", "money"})


def _valued(group: Group, facts: Sequence[Fact]) -> set[str]:
    """Sources that give a value for a figure the group's passages state: a fact pairs a
    value inside two of its members with theirs, so they report the claim in other words
    ('80 wounded' in a long sentence about the damage)."""
    out: set[str] = set()
    for fact in facts:
        if fact.kind not in _SLOT_FACTS:
            continue
        inside = {
            v.source
            for v in fact.values
            for m in group.members
            if v.source == m.source and v.paragraph == m.paragraph and m.start <= v.start < m.end
        }
        if len(inside) >= 2:
            out |= {v.source for v in fact.values}
    return out
