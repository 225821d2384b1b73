"""The one list of news outlets and agencies, ``reader/data/outlets.json``.

Ingest resolves a source's outlet and a dateline's agency from it (reader.ingest.outlets);
framing reads every name and alias as an agency that speaks, facts as a medium a statement
is relayed from.
"""

from __future__ import annotations

from functools import cache

from reader.text import data


@cache
def outlet_names() -> frozenset[str]:
    """Every outlet's canonical name and aliases, as written ('AP', 'Reuters', 'TASS')."""
    return frozenset(
        name
        for outlet in data.load_json("outlets.json")["outlets"]
        for name in (outlet["name"], *outlet["aliases"])
    )
