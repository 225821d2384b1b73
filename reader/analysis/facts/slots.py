"""Do two mentions of different sources state the same slot?

Agreeing values pair on light evidence; differing values need more, because a false
divergence costs a reader's trust: the same people and words around them, or one aligned
group in which each is its source's only value of that kind, and never a value that is
another occurrence ('the previous call'), a vague period, or 2.5 times the other.
"""

from __future__ import annotations

import re

from reader.analysis.facts import lexicon
from reader.analysis.facts.context import Context, same_slot
from reader.analysis.facts.dates import compatible
from reader.analysis.facts.mention import Mention
from reader.text.thresholds import threshold
from reader.text.words import stem


def _weekday_only(m: Mention) -> str:
    """The weekday a date names when it names nothing else ('on Saturday', 'last Friday',
    'Saturday night'): such a value is compared as a weekday, whatever publication date
    resolved it, so two outlets' 'Saturday' never differ by the day each was stamped."""
    if re.search(r"\d", m.text):
        return ""
    words = set(re.findall(r"[a-z]+", m.text.lower()))
    days = [d for d in lexicon.calendar()["weekdays"] if d in words]
    months = [w for w in words if w in lexicon.calendar()["months"]]
    return days[0] if len(days) == 1 and not months else ""


TIME_SLACK = 15  # minutes: two clock times this close are one time written two ways


def _minutes(m: Mention) -> int | None:
    found = re.match(r"(\d{1,2}):(\d{2})", m.normalized)
    return int(found.group(1)) * 60 + int(found.group(2)) if found else None


def _bounded(m: Mention) -> bool:
    """Does a value open with a qualifier that makes it a bound or a guess ('up to')?"""
    return bool(_bound(m))


def _bound(m: Mention) -> str:
    """The qualifier a value opens with ('up to'), '' when none: two bounds of one kind
    ('up to 119 years', 'up to life in prison') state two maximums, and those compare."""
    text = m.text.lower()
    return max((q for q in lexicon.qualifiers() if text.startswith(q + " ")), key=len, default="")


def values_agree(a: Mention, b: Mention) -> bool:
    if a.kind == "date" and _weekday_only(a) and _weekday_only(b):
        return _weekday_only(a) == _weekday_only(b)
    if a.kind == "date" and a.date is not None and b.date is not None:
        return compatible(a.date, b.date)
    if a.kind == "duration" and (_bounded(a) or _bounded(b)) and _bound(a) != _bound(b):
        return True  # 'up to 119 years' is a bound another length need not contradict
    if a.kind == "duration" and a.low is not None and b.low is not None:
        # 48 hours and two days are the same length; 'two days' is loose for 52 hours too
        return abs(a.low - b.low) <= max(_looseness(a), _looseness(b))
    if a.kind == "time" and _minutes(a) is not None and _minutes(b) is not None:
        gap = abs((_minutes(a) or 0) - (_minutes(b) or 0))
        return min(gap, 1440 - gap) <= TIME_SLACK  # 'midnight' and '12:01 a.m.' are one time
    if a.unit == "tally" or b.unit == "tally":
        return a.normalized == b.normalized  # '348-77' is a tally, not a range to overlap
    if a.kind in ("number", "quantity", "money"):
        lo_a, hi_a = a.low if a.low is not None else 0.0, a.high
        lo_b, hi_b = b.low if b.low is not None else 0.0, b.high
        if _opposite_bounds(a, b):
            return False  # 'almost four dozen' and 'at least four dozen' meet only at 48
        if _rounds(a, b) or _rounds(b, a):
            return True  # '600 dead' is '612 dead' rounded
        if _about(a) and _about(b):
            # two guesses agree when one's figure is within the other's give: 'about 2,000
            # feet' (610 m) and 'some 700 metres' are two accounts, though their gives meet
            return _inside(_centre(a), b) or _inside(_centre(b), a)
        return (hi_b is None or lo_a <= hi_b) and (hi_a is None or lo_b <= hi_a)
    return a.normalized == b.normalized


def _about(m: Mention) -> bool:
    """Is a value a guess around its figure ('about 60', 'some 700 metres')?"""
    text = m.text.lower()
    return (
        m.low is not None
        and m.high is not None
        and any(
            text.startswith(q + " ") and lo < 1.0 < (hi or 0.0)
            for q, (lo, hi) in lexicon.qualifiers().items()
        )
    )


def _centre(m: Mention) -> float:
    return ((m.low or 0.0) + (m.high or 0.0)) / 2


def _inside(x: float, m: Mention) -> bool:
    return (m.low or 0.0) <= x <= (m.high if m.high is not None else x)


ROUND_SLACK = threshold("facts.round_slack")  # a round figure stands for any this close to it
FAR_APART = threshold("facts.far_apart")  # values this many times apart are two figures


def _rounds(a: Mention, b: Mention) -> bool:
    """Is ``a`` a round figure of a hundred or more with one significant digit (600, 3,000)
    that ``b``'s exact figure rounds to? Small counts and ages are written exactly."""
    fa, fb = _figure(a), _figure(b)
    if fa is None or fb is None or fa < 100 or a.low != a.high or b.low != b.high:
        return False
    digits = f"{int(fa)}" if fa == int(fa) else ""
    if not digits or digits.rstrip("0") != digits[0]:
        return False
    return abs(fa - fb) <= ROUND_SLACK * fa


def _opposite_bounds(a: Mention, b: Mention) -> bool:
    """Is one value a bound from below and the other from above of the same figure ('more
    than 100' and 'fewer than 100')? They share only the figure, which neither states."""
    if a.low is None or b.low is None or a.low == a.high or b.low == b.high:
        return False
    below = [m for m in (a, b) if m.high is None or m.low == _figure(m)]
    above = [
        m
        for m in (a, b)
        if m.high is not None and m.low is not None and m.high == _figure(m) and m.low < m.high
    ]
    if len(below) != 1 or len(above) != 1 or below[0] is above[0]:
        return False
    return _figure(a) == _figure(b)


def _figure(m: Mention) -> float | None:
    """The figure a number states, read from its normalised form ('>48' -> 48)."""
    found = re.match(r">?(\d+(?:\.\d+)?)(?:\s|$)", m.normalized)
    return float(found.group(1)) if found else None


def single_figures(mentions: list[Mention]) -> frozenset[str]:
    """Counted classes for which every source that counts them gives one value, in two
    sources or more: then 'the number of rescuers' is one slot across the set."""
    generic = lexicon.counted_nouns().generic
    values: dict[str, dict[str, set[str]]] = {}
    for m in mentions:
        if m.kind == "number" and m.unit and not m.unit.startswith("~"):
            values.setdefault(m.unit, {}).setdefault(m.source, set()).add(m.normalized)
    return frozenset(
        unit
        for unit, by_source in values.items()
        if unit not in generic
        and not (unit.startswith("age:") and " " not in unit)  # 'a 47-year-old man': which?
        and len(by_source) >= 2
        and all(len(v) == 1 for v in by_source.values())
    )


def _vague(m: Mention) -> bool:
    """A period rather than a day: a week, a month, 'early December'."""
    spec = m.date
    return spec is not None and spec.lo is not None and spec.lo != spec.hi


def _far_apart(a: Mention, b: Mention) -> bool:
    """Values too far apart (2.5 times or more) to be two accounts of one figure."""
    if a.low is None or b.low is None or a.low <= 0 or b.low <= 0:
        return False
    return max(a.low, b.low) / min(a.low, b.low) >= FAR_APART


def _looseness(m: Mention) -> float:
    """Seconds of give in a duration: half a unit when the text counts in days or weeks."""
    return 43200.0 if m.normalized.startswith("P") and "D" in m.normalized.split("T")[0] else 0.0


def same_slot_pair(
    a: Mention,
    b: Mention,
    ca: Context,
    cb: Context,
    grouped: bool,
    sole: bool,
    single_figure: frozenset[str] = frozenset(),
) -> bool:
    """Do two mentions state the same slot? ``grouped``: they sit in one aligned group;
    ``sole``: each is the only value of its kind its source has in that group, so a
    differing value there cannot belong to another slot of the same passage."""
    if a.kind != b.kind or a.source == b.source:
        return False
    agree = values_agree(a, b)
    near = len(ca.stems & cb.stems)
    if a.kind in ("date", "time", "duration"):
        if not same_slot(ca, cb, grouped=grouped):
            return False
        if agree:
            return True
        # Differing values need the same people and the same words around them: places
        # alone do not tell one contact from another, and 'the previous call between the
        # two presidents' is another call.
        same_people = bool(ca.persons) and ca.persons == cb.persons
        if ca.persons and cb.persons and not same_people:
            return False  # Blinken calling Stoltenberg is not Blinken calling Zelensky
        if ca.other_occurrence or cb.other_occurrence:
            return False  # 'the previous conversation was on December 9
        if _far_apart(a, b):
            return False  # 45 minutes and 52 hours measure different things
        same_event = bool(ca.events & cb.events)
        if a.kind == "date" and (_vague(a) or _vague(b)):
            return False  # 'next week' or 'early December' cannot contradict a day
        if a.kind == "date":
            # Two days of one event: only inside one aligned claim, each its source's only
            # date there, with the same event named ('died Saturday' is not 'found Tuesday',
            # 'the Senate on Wednesday' is not 'the House on Thursday').
            return grouped and sole and same_event
        return (sole and (same_event or near >= 2)) or (same_people and near >= 3)
    if a.unit != b.unit:
        return False
    if a.unit.startswith("%") and not agree and near < 4:
        return False  # shares of different wholes sit side by side in one claim
    if grouped and (agree or (sole and not _far_apart(a, b))):
        return True
    if not agree and a.kind in ("quantity", "money"):
        return False  # distances, shares and sums outside one claim measure many things
    if ca.persons and cb.persons and not ca.persons & cb.persons:
        return False
    if a.unit.startswith("+") or a.unit == "tally":
        # a noun the table does not know ('stores', 'rifles') or a tally: outside one claim
        # only when each outlet gives one figure for it and the sentences share words
        return a.unit in single_figure and len(ca.stems & cb.stems) >= 3
    if a.unit in single_figure:
        # each outlet gives one figure for it ('rescuers', 'troops'); figures far apart
        # need like sentences too, or 'five killed at a mall in Utah' meets 'one dead'
        return agree or near >= 3 or not _far_apart(a, b)
    shared = len((ca.stems & cb.stems) - {stem(a.unit)})
    return shared >= 3 and len(ca.places & cb.places) >= 1


def loose_restatements(mentions: list[Mention]) -> set[int]:
    """Indexes of durations counted loosely (in days) that restate an exact one of the same
    sentence: 'after 52 hours underground, ending two days of waiting' states one length,
    so the day count must not stand as a second value of the source in that slot."""
    durations = [(i, m) for i, m in enumerate(mentions) if m.kind == "duration"]
    out: set[int] = set()
    for i, m in durations:
        if not _looseness(m):
            continue
        for _, n in durations:
            exact = not _looseness(n)
            if exact and n.source == m.source and n.sentence == m.sentence and values_agree(m, n):
                out.add(i)
                break
    return out
