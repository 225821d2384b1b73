"""Read the bundled data files under ``reader/data/`` once per process.

Every module that reads a word list, a pattern table or a lexicon goes through these
loaders, so a data file is parsed one way (UTF-8, ``#`` comment lines and blank lines
left out of line lists) and cached once.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any


def data_file(*parts: str) -> Traversable:
    """The bundled file ``reader/data/<parts...>``."""
    place = files("reader") / "data"
    for part in parts:
        place = place / part
    return place


@cache
def read_text(*parts: str) -> str:
    """The text of ``reader/data/<parts...>``."""
    return data_file(*parts).read_text(encoding="utf-8")


@cache
def load_json(*parts: str) -> dict[str, Any]:
    """The parsed JSON object in ``reader/data/<parts...>`` (shared: do not mutate it)."""
    loaded: dict[str, Any] = json.loads(read_text(*parts))
    return loaded


@cache
def lines(*parts: str) -> tuple[str, ...]:
    """The stripped lines of a list file, blank lines and ``#`` comments left out."""
    out = []
    for line in read_text(*parts).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def word_set(*parts: str) -> frozenset[str]:
    """A list file of one word or phrase a line, lower-cased."""
    return frozenset(line.lower() for line in lines(*parts))
