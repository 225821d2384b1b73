"""Every tunable threshold of alignment and facts, from one table: ``reader/data/thresholds.json``.

Each entry holds the value, what it means and the data it was measured on (``measured_on``),
so a reader sees which figures rest on the samples, which on the real-news dev events and
which on no measurement at all (a premise of the method). Modules read their constants here
at import: ``LINK = threshold("align.link")``.
"""

from __future__ import annotations

from functools import cache

from reader.text import data


@cache
def _table() -> dict[str, float]:
    out: dict[str, float] = {}
    for section, entries in data.load_json("thresholds.json").items():
        if section.startswith("_"):
            continue
        for name, entry in entries.items():
            out[f"{section}.{name}"] = float(entry["value"])
    return out


def threshold(key: str) -> float:
    """The value of ``section.name`` in the thresholds table (KeyError when absent)."""
    return _table()[key]


def measured_on(key: str) -> str:
    section, _, name = key.partition(".")
    return str(data.load_json("thresholds.json")[section][name]["measured_on"])
