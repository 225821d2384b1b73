"""Clock times ("10:30", "3 p.m.", "noon") as 24-hour 'HH:MM'."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLOCK = re.compile(
    r"\b([01]?\d|2[0-3])(?::([0-5]\d)|\.([0-5]\d)(?=\s*[ap]\.?m\b))?\s*"
    r"(a\.?m\.?|p\.?m\.?)?(?![\w:])",
    re.I,
)
_NAMED = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}


@dataclass(frozen=True, slots=True)
class TimeHit:
    start: int
    end: int
    iso: str


def find_times(text: str) -> list[TimeHit]:
    """Times in ``text``: a colon time or an hour with am/pm; bare numbers are not times."""
    hits: list[TimeHit] = []
    for m in _CLOCK.finditer(text):
        minutes = m.group(2) or m.group(3)
        meridiem = (m.group(4) or "").lower().replace(".", "")
        if minutes is None and not meridiem:
            continue
        hour = int(m.group(1))
        if meridiem and not 1 <= hour <= 12:
            continue
        if meridiem == "pm" and hour != 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        end = m.end() if meridiem else m.start(4) if m.group(4) else m.end()
        hits.append(TimeHit(m.start(), end, f"{hour:02d}:{int(minutes or 0):02d}"))
    for m in re.finditer(r"\b(noon|midday|midnight)\b", text, re.I):
        hits.append(TimeHit(m.start(), m.end(), _NAMED[m.group(1).lower()]))
    return sorted(hits, key=lambda h: h.start)
