"""SOURCEs read and analysed for the command-line outputs (``report``, ``export``), with
every problem told on standard error as one inert line.

A path or a notice may hold escape sequences or a newline, so nothing reaches the terminal
without ``inert``; both outputs read the same way, so they warn and fail the same way.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from reader.model import Analysis, LoadResult
from reader.text.safe import inert


def say(message: str) -> None:
    """One inert line on standard error (a path may hold escape sequences)."""
    print(f"newsdiff: {inert(message, keep_newlines=False)}", file=sys.stderr)


def analyse_sources(
    specs: Sequence[str], *, max_bytes: int, timeout: float
) -> tuple[Analysis, LoadResult] | None:
    """The analysis of the SOURCEs that could be read, with what was loaded; None (after
    saying so) when none could be read."""
    from reader.analysis import analyze
    from reader.ingest import load_sources

    loaded = load_sources(specs, max_bytes=max_bytes, timeout=timeout)
    for problem in (*loaded.errors, *loaded.notices):
        say(str(problem))
    if not loaded.sources:
        say("no source could be read")
        return None
    analysis = analyze(loaded.sources, errors=loaded.errors)
    for notice in analysis.notices:
        say(notice)
    return analysis, loaded
