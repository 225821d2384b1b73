"""The one month and weekday table (``reader/data/months.json``), for every language it has.

Ingest reads datelines with every language's months (``month_numbers``: every spelling in
the case it must appear in); alignment and facts read English prose, so they take the
English months and weekday names from here too.
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


@cache
def month_numbers() -> dict[str, int]:
    """Every accepted spelling of every month (case as it must appear) -> month number."""
    every = data.load_json("months.json")
    capitalised_only = set(every["capitalised_only"])
    names: dict[str, int] = {}
    for language, table in every["months"].items():
        for name, number in table.items():
            forms = {name.capitalize(), name.upper()}
            if language not in capitalised_only:
                forms.add(name)
            for form in forms:
                names[form] = int(number)
    return names
