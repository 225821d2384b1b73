"""Give a year to dates that a source writes without one, from the other sources of the set.

A wire dateline such as ``KIEV, January 3.`` carries no year, and sometimes nothing else in
the piece does. Sources about one event are published within days of each other, so the year
that puts the date nearest the others' publication dates is the one meant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from reader.ingest.dates import DateMention, closest_year
from reader.model import Source


def fill_missing_years(built: Sequence[tuple[Source, DateMention | None]]) -> tuple[Source, ...]:
    anchors = [date.fromisoformat(s.published) for s, _ in built if s.published]
    filled: list[Source] = []
    for source, undated in built:
        if source.published is None and undated is not None and anchors:
            year = closest_year(undated, anchors)
            day = undated.to_date(year) if year is not None else None
            if day is not None:
                source = replace(source, published=day.isoformat())
        filled.append(source)
    return tuple(filled)
