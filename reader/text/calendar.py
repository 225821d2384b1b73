"""The one month and weekday table (``reader/data/months.json``), for every language it has.

Ingest reads datelines with every language's months; alignment and facts read English
prose, so they take the English months and weekday names from here too.
"""

from __future__ import annotations

from functools import cache

from reader.text import data


@cache
def months(language: str = "en") -> dict[str, int]:
    """Lower-case month names and abbreviations of ``language`` -> month number (1-12)."""
    table: dict[str, int] = data.load_json("months.json")["months"][language]
    return dict(table)


@cache
def weekdays() -> dict[str, int]:
    """Lower-case English weekday names -> 0 (Monday) .. 6 (Sunday)."""
    table: dict[str, int] = data.load_json("months.json")["weekday_numbers"]
    return dict(table)
