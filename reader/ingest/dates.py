"""Find calendar dates written in any of the common news formats, with or without a year.

"Jan 02, 2022", "Sunday, January 2, 2022", "31 December 2021", "December, 31st",
"January 3", "2022-01-02", "02.01.2022" (day first, as in Europe), "15/09/2013" or
"09/15/2013" (only when a number over 12 tells the day from the month). Month names come from
``reader/data/months.json``, so other languages are a data edit away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from reader.text.calendar import month_numbers
from reader.text.data import load_json


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in the text, at its offsets; the year may be left unsaid."""

    start: int
    end: int
    month: int
    day: int
    year: int | None

    def to_date(self, year: int | None = None) -> date | None:
        chosen = self.year if year is None else year
        if chosen is None:
            return None
        try:
            return date(chosen, self.month, self.day)
        except ValueError:
            return None


@cache
def _pattern() -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, month_numbers()), key=len, reverse=True))
    weekdays = "|".join(sorted(map(re.escape, load_json("months.json")["weekdays"]), key=len))
    month = rf"(?P<{{m}}>{months})\.?"
    day = r"(?P<{d}>[0-3]?\d)(?:st|nd|rd|th|-?го|-?е)?"
    year = r"(?P<{y}>(?:19|20)\d\d)"
    weekday = rf"(?:(?:{weekdays}),?\s+)?"
    forms = [
        # Month D, YYYY / Month D YYYY / Month, Dst
        weekday
        + month.format(m="m1")
        + r",?\s+"
        + day.format(d="d1")
        + r"\b(?:,?\s+"
        + year.format(y="y1")
        + r")?",
        # D Month YYYY / D Month
        weekday
        + day.format(d="d2")
        + r"\.?\s+(?:of\s+)?"
        + month.format(m="m2")
        + r"(?:,?\s+"
        + year.format(y="y2")
        + r")?",
        # ISO
        r"(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)",
        # DD.MM.YYYY, day first
        r"(?P<d4>[0-3]?\d)\.(?P<m4>[01]?\d)\.(?P<y4>(?:19|20)\d\d)",
        # DD/MM/YYYY or MM/DD/YYYY: read only when a number over 12 tells which is the day
        r"(?P<a5>[0-3]?\d)/(?P<b5>[0-3]?\d)/(?P<y5>(?:19|20)\d\d)",
    ]
    return re.compile(r"(?<![\w.])(?:" + "|".join(f"(?:{f})" for f in forms) + r")(?![\w])")


def _number(value: str) -> int:
    return month_numbers().get(value, 0) if not value.isdigit() else int(value)


_DIGIT = re.compile(r"\d")


def find_dates(text: str) -> list[DateMention]:
    """Every plausible calendar date in ``text``, in order."""
    found: list[DateMention] = []
    if not _DIGIT.search(text):  # every form holds a day number: most lines hold none
        return found
    for match in _pattern().finditer(text):
        groups = match.groupdict()
        for n in "1234":
            if groups.get(f"m{n}"):
                month = _number(groups[f"m{n}"])
                day = int(groups[f"d{n}"])
                raw_year = groups.get(f"y{n}")
                break
        else:
            first, second = int(groups["a5"]), int(groups["b5"])
            if (first > 12) == (second > 12):
                continue  # '03/04/2013' is April 3 in London and March 4 in New York
            day, month = (first, second) if first > 12 else (second, first)
            raw_year = groups["y5"]
        year = int(raw_year) if raw_year else None
        mention = DateMention(match.start(), match.end(), month, day, year)
        if 1 <= month <= 12 and 1 <= day <= 31 and mention.to_date(year or 2000) is not None:
            found.append(mention)
    return found


def years_mentioned(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)]


def infer_year(mention: DateMention, text: str) -> int | None:
    """A year for a date written without one, from the rest of the same source.

    The same month and day written in full elsewhere wins; otherwise the year that puts the
    date closest to the source's full dates; otherwise the most mentioned year.
    """
    if mention.year is not None:
        return mention.year
    full = [m for m in find_dates(text) if m.year is not None]
    for other in full:
        if (other.month, other.day) == (mention.month, mention.day):
            return other.year
    anchors = [d for d in (m.to_date() for m in full) if d is not None]
    if anchors:
        return closest_year(mention, anchors)
    years = years_mentioned(text)
    return max(set(years), key=years.count) if years else None


def closest_year(mention: DateMention, anchors: list[date]) -> int | None:
    """The year that puts ``mention`` nearest to any of ``anchors``."""
    best: tuple[int, int] | None = None
    for anchor in anchors:
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            candidate = mention.to_date(year)
            if candidate is None:
                continue
            distance = abs((candidate - anchor).days)
            if best is None or distance < best[0]:
                best = (distance, year)
    return best[1] if best else None
