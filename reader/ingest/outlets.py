"""Known outlets (``reader/data/outlets.json``): canonical names by alias and by web host."""

from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

from reader.text.data import load_json


@cache
def _by_alias() -> dict[str, str]:
    table: dict[str, str] = {}
    for outlet in load_json("outlets.json")["outlets"]:
        for alias in [outlet["name"], *outlet["aliases"]]:
            table[alias.casefold()] = outlet["name"]
    return table


@cache
def _by_host() -> dict[str, str]:
    return {
        host.casefold(): outlet["name"]
        for outlet in load_json("outlets.json")["outlets"]
        for host in outlet["hosts"]
    }


def known_outlet(name: str) -> str | None:
    """The canonical name when ``name`` is a known outlet or one of its spellings."""
    return _by_alias().get(" ".join(name.split()).casefold())


def canonical_outlet(name: str) -> str:
    """Known spellings become the canonical name; anything else is kept as written."""
    cleaned = " ".join(name.split())
    return known_outlet(cleaned) or cleaned


def host_of(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").casefold()
    return host.removeprefix("www.") or None


def outlet_from_url(url: str) -> str | None:
    """The outlet a URL belongs to: a known host (or its parent domain), else the host."""
    host = host_of(url)
    if host is None:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        known = _by_host().get(".".join(parts[i:]))
        if known:
            return known
    return host
