"""Read ingest's data files (patterns, outlets, months, stop words) once per process."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def load_data(name: str) -> dict[str, Any]:
    """The parsed JSON file ``reader/data/<name>``."""
    data: dict[str, Any] = json.loads((files("reader") / "data" / name).read_text(encoding="utf-8"))
    return data
