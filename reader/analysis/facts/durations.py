"""Durations ("50 minutes", "an hour and a half", "two and a half hours", "48 hours") as
ISO 8601 (PT50M, PT1H30M, PT2H30M, P2D), so outlets that count in different units agree."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reader.analysis.facts import lexicon
from reader.analysis.facts.numbers import find_numbers, qualify

_CALENDAR_UNITS = {"month": "M", "months": "M", "year": "Y", "years": "Y"}


@dataclass(frozen=True, slots=True)
class DurationHit:
    start: int
    end: int
    iso: str
    seconds: float | None  # None for months and years, which have no fixed length


@cache
def _unit_pattern() -> str:
    return "|".join(sorted((re.escape(u) for u in lexicon.duration_units()), key=len)[::-1])


@cache
def _article_pattern() -> re.Pattern[str]:
    units = _unit_pattern()
    return re.compile(
        rf"\b(?:(half|a quarter|quarter|three quarters)\s+(?:of\s+)?an?\s+({units})"
        rf"|an?\s+({units})\s+and\s+a\s+(half|quarter))\b"
        rf"|\b(?<!\d\s)(an?)\s+({units})\b(?!\s+(?:ago|later|earlier))",
        re.I,
    )


@cache
def _term_pattern() -> re.Pattern[str]:
    terms = sorted(lexicon.duration_terms(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")\b", re.I)


def iso_duration(seconds: float, *, days: bool = False) -> str:
    """Seconds -> ISO 8601. Minutes carry into hours (90 minutes is PT1H30M) but hours stay
    hours (52 hours is PT52H): whole days only when the text counts in days or weeks."""
    total = round(seconds)
    day_count, rest = divmod(total, 86400) if days else (0, total)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    out = "P" + (f"{day_count}D" if day_count else "")
    clock = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    clock += f"{secs}S" if secs else ""
    if clock:
        out += "T" + clock
    return out if out != "P" else "PT0S"


def _hit(start: int, end: int, amount: float, unit: str) -> DurationHit:
    unit = unit.lower()
    if unit in _CALENDAR_UNITS:
        n = int(amount) if amount == int(amount) else amount
        return DurationHit(start, end, f"P{n}{_CALENDAR_UNITS[unit]}", None)
    seconds = amount * lexicon.duration_units()[unit]
    days = unit.startswith(("day", "week"))
    return DurationHit(start, end, iso_duration(seconds, days=days), seconds)


def find_durations(text: str) -> list[DurationHit]:
    """Durations in ``text`` (offsets relative to it). Ages ("60 years old") are skipped."""
    units = lexicon.duration_units()
    hits: list[DurationHit] = []
    fractions = {"half": 0.5, "quarter": 0.25, "a quarter": 0.25, "three quarters": 0.75}
    for m in _article_pattern().finditer(text):
        if m.group(1):
            hits.append(_hit(m.start(), m.end(), fractions[m.group(1).lower()], m.group(2)))
        elif m.group(3):
            hits.append(_hit(m.start(), m.end(), 1 + fractions[m.group(4).lower()], m.group(3)))
        else:
            hits.append(_hit(m.start(), m.end(), 1, m.group(6)))
    for m in _term_pattern().finditer(text):
        start, _, _ = qualify(text, m.start(), 1.0)  # 'up to life in prison' is a bound
        hits.append(DurationHit(start, m.end(), lexicon.duration_terms()[m.group(1).lower()], None))
    for number in find_numbers(text):
        tail = re.match(
            rf"(?:\s+and\s+a\s+(half|quarter))?[\s-]+({_unit_pattern()})\b(?![\s-]+old)"
            r"(?:\s+and\s+(\d+)\s+(minutes?|seconds?))?",
            text[number.end :],
            re.I,
        )
        if not tail or any(h.start < number.end and number.start < h.end for h in hits):
            continue
        amount = number.value + (fractions[tail.group(1).lower()] if tail.group(1) else 0)
        hit = _hit(number.start, number.end + tail.end(), amount, tail.group(2))
        if tail.group(3) and hit.seconds is not None:
            extra = int(tail.group(3)) * units[tail.group(4).lower()]
            hit = DurationHit(hit.start, hit.end, iso_duration(hit.seconds + extra), None)
        if any(h.start < hit.end and hit.start < h.end for h in hits):
            continue
        hits.append(hit)
    return sorted(hits, key=lambda h: h.start)
