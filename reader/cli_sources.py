"""SOURCEs read and analysed for the command-line outputs (``report``, ``export``), with
every problem told on standard error as one inert line.

A path or a notice may hold escape sequences or a newline, so nothing reaches the terminal
without ``inert``; both outputs read the same way, so they warn and fail the same way.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from reader.model import Analysis, LoadResult
from reader.text.safe import inert


def say(message: str) -> None:
    """One inert line on standard error (a path may hold escape sequences)."""
    print(f"newsdiff: {inert(message, keep_newlines=False)}", file=sys.stderr)


def parse_dates(given: Sequence[str]) -> list[tuple[str, str]]:
    """``--date`` values as (source, YYYY-MM-DD) pairs; source '' for a bare date. Raises
    ValueError with a one-line reason for a malformed one."""
    out = []
    for spec in given:
        where, _, day = spec.rpartition("=")
        try:
            date.fromisoformat(day)
        except ValueError:
            raise ValueError(f"--date {spec!r}: give YYYY-MM-DD or SOURCE=YYYY-MM-DD") from None
        if len(day) != 10:
            raise ValueError(f"--date {spec!r}: give YYYY-MM-DD or SOURCE=YYYY-MM-DD")
        out.append((where, day))
    return out


def with_dates(loaded: LoadResult, dates: Sequence[tuple[str, str]]) -> LoadResult:
    """Sources with the publication date the user gave: ``SOURCE=DAY`` for the source whose
    path or file name is SOURCE, a bare ``DAY`` for every source that has none. A weekday is
    resolved only from a known publication date, so this is how an undated copy gets one."""
    sources = []
    used: set[str] = set()
    for source in loaded.sources:
        tail = source.path.rstrip("/").rsplit("/", 1)[-1]
        day = next(
            (d for w, d in dates if w and w in (source.path, tail, source.id)),
            None,
        )
        if day is not None:
            used.update(w for w, d in dates if w in (source.path, tail, source.id))
        elif source.published is None:
            day = next((d for w, d in dates if not w), None)
        sources.append(replace(source, published=day) if day else source)
    for where, _ in dates:
        if where and where not in used:
            say(f"--date {where}: no such source")
    return replace(loaded, sources=tuple(sources))


def analyse_sources(
    specs: Sequence[str],
    *,
    max_bytes: int,
    timeout: float,
    dates: Sequence[tuple[str, str]] = (),
    quiet: bool = True,
) -> tuple[Analysis, LoadResult] | None:
    """The analysis of the SOURCEs that could be read, with what was loaded; None (after
    saying so) when none could be read. ``dates``: the user's publication dates (--date).
    Unless ``quiet``, a progress bar shows on a terminal's standard error (``cli_progress``)."""
    from reader.analysis import analyze
    from reader.ingest import load_sources

    loaded = with_dates(load_sources(specs, max_bytes=max_bytes, timeout=timeout), dates)
    for problem in (*loaded.errors, *loaded.notices):
        say(str(problem))
    if not loaded.sources:
        say("no source could be read")
        return None
    from reader.cli_progress import progress_bar

    bar = None if quiet else progress_bar(sys.stderr, quiet=False)
    try:
        analysis = analyze(loaded.sources, errors=loaded.errors, progress=bar)
    finally:
        if bar is not None:
            bar.close()
    for notice in analysis.notices:
        say(notice)
    return analysis, loaded
