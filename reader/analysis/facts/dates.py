"""Dates as written in news copy, resolved to the days they can mean.

Absolute ("December 30", "31 December 2021", "Jan 02, 2022"), partial ("in January",
"early December") and relative ("on Thursday", "yesterday", "last week", "on New Year's
Eve"). Relative ones resolve against the source's publication date: a bare weekday is the
most recent such day on or before publication, or the next one when its clause speaks of
the future. What cannot be resolved keeps its constraint (a weekday, a month and day without
a year) so comparison can still tell "Thursday" agrees with "2021-12-30".
"""

from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from reader.analysis.facts import lexicon

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class DateSpec:
    """The set of days an expression can mean: a range, narrowed by a weekday or a day."""

    lo: date | None = None
    hi: date | None = None
    weekday: int | None = None  # 0 = Monday
    month: int | None = None  # for a month and day with no year known
    day: int | None = None
    slack: int = 0  # days of give on each side: 'next week' is loose talk, not a range

    @property
    def exact(self) -> date | None:
        return self.lo if self.lo is not None and self.lo == self.hi else None

    def admits(self, d: date) -> bool:
        give = timedelta(self.slack)
        if self.lo is not None and d < self.lo - give:
            return False
        if self.hi is not None and d > self.hi + give:
            return False
        if self.weekday is not None and d.weekday() != self.weekday:
            return False
        if self.month is not None and d.month != self.month:
            return False
        return self.day is None or d.day == self.day

    def label(self) -> str:
        """The normalised text: '2021-12-30', '2022-01', '--12-30', 'Thursday'."""
        if self.exact is not None:
            return self.exact.isoformat()
        if self.lo is not None and self.hi is not None:
            last = _cal.monthrange(self.lo.year, self.lo.month)[1]
            if self.lo.day == 1 and self.hi == self.lo.replace(day=last):
                return f"{self.lo.year:04d}-{self.lo.month:02d}"
            iso = self.lo.isocalendar()
            if self.lo.weekday() == 0 and (self.hi - self.lo).days == 6:
                return f"{iso.year:04d}-W{iso.week:02d}"
            return f"{self.lo.isoformat()}/{self.hi.isoformat()}"
        if self.month is not None and self.day is not None:
            return f"--{self.month:02d}-{self.day:02d}"
        if self.weekday is not None:
            return _WEEKDAY_NAMES[self.weekday]
        return "unresolved"


def compatible(a: DateSpec, b: DateSpec) -> bool:
    """Can both expressions mean the same day?"""
    for spec, other in ((a, b), (b, a)):
        if spec.exact is not None:
            return other.admits(spec.exact)
    lows = [s.lo - timedelta(s.slack) for s in (a, b) if s.lo is not None]
    highs = [s.hi + timedelta(s.slack) for s in (a, b) if s.hi is not None]
    lo = max(lows, default=None)
    hi = min(highs, default=None)
    if lo is not None and hi is not None:
        if lo > hi:
            return False
        if (hi - lo).days <= 800:
            return any(
                a.admits(lo + timedelta(n)) and b.admits(lo + timedelta(n))
                for n in range((hi - lo).days + 1)
            )
    if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
        return False
    if a.month is not None and b.month is not None and a.month != b.month:
        return False
    return a.day is None or b.day is None or a.day == b.day


@dataclass(frozen=True, slots=True)
class DateHit:
    start: int
    end: int
    spec: DateSpec


def _month_names() -> str:
    names = sorted(lexicon.calendar()["months"], key=len, reverse=True)
    return "|".join(n.capitalize() for n in names)


def _weekday_names() -> str:
    return "|".join(n.capitalize() for n in lexicon.calendar()["weekdays"])


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    mon, wd = _month_names(), _weekday_names()
    named = "|".join(re.escape(n) for n in sorted(lexicon.calendar()["named_days"], key=len)[::-1])
    return {
        "iso": re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
        "dmy_dots": re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"),
        "mdy": re.compile(
            rf"\b(?:({wd}),?\s+)?({mon})\.?,?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)"
            rf"(?:,?\s+(\d{{4}})\b)?(?:,\s*({wd})\b)?"
        ),
        "dmy": re.compile(
            rf"\b(?:({wd}),?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({mon})\b\.?"
            rf"(?:,?\s+(\d{{4}})\b)?"
        ),
        "month": re.compile(
            rf"(?:\b(in|since|until|by|from|of|as soon as|as early as|early|mid|late|end of)"
            rf"[\s-]+)?\b({mon})\b(?:\s+(\d{{4}})\b)?"
        ),
        "weekday": re.compile(rf"\b(?:(last|next|this|coming|past|previous)\s+)?({wd})\b"),
        "named": re.compile(rf"\b(?:on\s+)?({named})\b", re.I),
        "relative": re.compile(
            r"\b(the day before yesterday|yesterday|today|tomorrow|"
            r"(?:earlier |later )?(?:last|this|next) (?:week|month|year)|"
            r"(?:last|this|next) (?:weekend))\b",
            re.I,
        ),
    }


def _year_for(month: int, day: int, published: date | None) -> int | None:
    """The year that puts month/day closest to publication (news rarely looks far away)."""
    if published is None:
        return None
    best: tuple[int, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            gap = abs((date(year, month, day) - published).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def _day(year: int | None, month: int, day: int, published: date | None) -> DateSpec | None:
    if year is None:
        year = _year_for(month, day, published)
    if year is None:
        if not 1 <= day <= 31:
            return None
        return DateSpec(month=month, day=day)
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return DateSpec(lo=d, hi=d)


def _month_range(year: int, month: int, part: str) -> DateSpec:
    last = _cal.monthrange(year, month)[1]
    first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}.get(
        part, (1, last)
    )
    return DateSpec(lo=date(year, month, first_day), hi=date(year, month, last_day))


def _weekday(weekday: int, modifier: str, future: bool, published: date | None) -> DateSpec:
    if published is None:
        return DateSpec(weekday=weekday)
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if modifier in ("next", "coming") or (future and modifier not in ("last", "past")):
        d = published + timedelta(ahead or (7 if modifier in ("next", "coming") else 0))
    elif modifier in ("last", "past", "previous"):
        d = published - timedelta(back or 7)
    else:
        d = published - timedelta(back)
    return DateSpec(lo=d, hi=d)


def _relative(phrase: str, published: date | None) -> DateSpec | None:
    if published is None:
        return None
    phrase = phrase.lower()
    days: dict[str, int] = lexicon.calendar()["relative_days"]
    if phrase in days:
        d = published + timedelta(days[phrase])
        return DateSpec(lo=d, hi=d)
    unit = phrase.rsplit(" ", 1)[1]
    shift = -1 if "last" in phrase else (1 if "next" in phrase else 0)
    if unit in ("week", "weekend"):
        monday = published - timedelta(published.weekday()) + timedelta(7 * shift)
        if unit == "weekend":
            return DateSpec(lo=monday + timedelta(5), hi=monday + timedelta(6))
        if phrase.startswith("earlier"):
            return DateSpec(lo=monday, hi=published)
        return DateSpec(lo=monday, hi=monday + timedelta(6))
    if unit == "month":
        month = published.month + shift
        year = published.year + (month - 1) // 12
        return _month_range(year, (month - 1) % 12 + 1, "")
    year = published.year + shift
    return DateSpec(lo=date(year, 1, 1), hi=date(year, 12, 31))


def find_dates(
    text: str, published: date | None, future: bool = False, year_hint: date | None = None
) -> list[DateHit]:
    """Dates in ``text`` (offsets relative to it); ``future`` when its clause looks ahead.

    ``year_hint`` (the other sources' publication date) only picks the year of a month and
    day when the source has no date of its own; weekdays and 'yesterday' stay unresolved.
    """
    near = published or year_hint
    months: dict[str, int] = lexicon.calendar()["months"]
    weekdays: dict[str, int] = lexicon.calendar()["weekdays"]
    pats = _patterns()
    hits: list[DateHit] = []

    def free(start: int, end: int) -> bool:
        return not any(h.start < end and start < h.end for h in hits)

    def add(start: int, end: int, spec: DateSpec | None) -> None:
        if spec is not None and free(start, end):
            hits.append(DateHit(start, end, spec))

    for m in pats["iso"].finditer(text):
        add(m.start(), m.end(), _day(int(m.group(1)), int(m.group(2)), int(m.group(3)), None))
    for m in pats["dmy_dots"].finditer(text):
        if 1 <= int(m.group(2)) <= 12:
            add(m.start(), m.end(), _day(int(m.group(3)), int(m.group(2)), int(m.group(1)), None))
    for m in pats["mdy"].finditer(text):
        year = int(m.group(4)) if m.group(4) else None
        add(m.start(), m.end(), _day(year, months[m.group(2).lower()], int(m.group(3)), near))
    for m in pats["dmy"].finditer(text):
        year = int(m.group(4)) if m.group(4) else None
        add(m.start(), m.end(), _day(year, months[m.group(3).lower()], int(m.group(2)), near))
    for m in pats["named"].finditer(text):
        month, day = lexicon.calendar()["named_days"][m.group(1).lower()]
        add(m.start(1), m.end(), _day(None, month, day, near))
    for m in pats["month"].finditer(text):
        name, lead = m.group(2), (m.group(1) or "").lower()
        bare = not (m.group(3) or lead)
        ambiguous = name.lower() in ("may", "march") and not m.group(3)
        if (bare or ambiguous) and not (lead and name.lower() != "may"):
            continue  # 'March' and 'May' are verbs too; a month alone needs 'in', 'early'...
        month = months[name.lower()]
        year = int(m.group(3)) if m.group(3) else _year_for(month, 15, near)
        if year is None:
            continue
        start = m.start(1) if lead in ("early", "mid", "late") else m.start(2)
        add(start, m.end(), _month_range(year, month, lead))
    for m in pats["weekday"].finditer(text):
        modifier = (m.group(1) or "").lower()
        spec = _weekday(weekdays[m.group(2).lower()], modifier, future, published)
        add(m.start(), m.end(), spec)
    for m in pats["relative"].finditer(text):
        relative = _relative(m.group(1), published)
        if relative is not None and relative.exact is None:
            relative = replace(relative, slack=3)
        add(m.start(), m.end(), relative)
    return sorted(hits, key=lambda h: h.start)


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
