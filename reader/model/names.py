"""What to call a source for a reader: one rule for the screen, the briefing and the export.

A source without a known outlet used to be named by its file name; files saved from a
crawler are named by a hash ("001_dadee72a11a20077.txt"), which tells a reader nothing, and
an internal id ("s2") tells less. Such a source is named by the start of its headline, in
quotes so it does not pass for an outlet; a URL by its host. The analysis writes its notes
with source ids; every text meant for people (the screen, the briefing, the JSON report's
``note`` strings) swaps them for these names, while id fields stay ids. Plain text out:
each caller escapes for its own medium.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from urllib.parse import urlsplit

from reader.model import Analysis, Source
from reader.text.safe import inert

NAME_WIDTH = 28  # a headline used as a name is cut to this many characters
_OPAQUE = re.compile(r"[0-9a-f]{8,}|^[\W\d_]*$", re.IGNORECASE)
SOURCE_ID = re.compile(r"\bs\d+\b")

# The names of the analysis last asked about: screens ask once per cell, the sources rarely
# change, and Analysis (it holds dicts) cannot key a functools cache.
_last: tuple[Analysis, dict[str, str]] | None = None


def _headline(title: str) -> str:
    out = ""
    for word in title.split():
        if len(out) + len(word) + 1 > NAME_WIDTH:
            return f"\u201c{out or word[: NAME_WIDTH - 1]}\u2026\u201d"
        out = f"{out} {word}".strip()
    return f"\u201c{out}\u201d"


def has_opaque_name(source: Source) -> bool:
    """True when neither outlet nor URL names the source and its file name is a hash."""
    if source.name or source.outlet or source.path.startswith(("http://", "https://")):
        return False
    tail = source.path.rstrip("/").rsplit("/", 1)[-1] or source.path
    stem = tail.rsplit(".", 1)[0] if "." in tail else tail
    return bool(_OPAQUE.search(stem) and source.title and source.title.strip())


def source_name(source: Source) -> str:
    """The user's name for it; else the outlet; else a URL's host; else the file name, or
    the headline when that is opaque."""
    if source.name:
        return source.name
    if source.outlet:
        return source.outlet
    if source.path.startswith(("http://", "https://")):
        host = urlsplit(source.path).hostname or source.path
        return host.removeprefix("www.")
    if has_opaque_name(source):
        return _headline(source.title or "")
    return source.path.rstrip("/").rsplit("/", 1)[-1] or source.path


def source_names(analysis: Analysis) -> dict[str, str]:
    """Each source id's name; two sources with one name get their place ("Wire #2", "Wire #4")."""
    names = {s.id: source_name(s) for s in analysis.sources}
    counts = Counter(names.values())
    return {
        s.id: f"{names[s.id]} #{n}" if counts[names[s.id]] > 1 else names[s.id]
        for n, s in enumerate(analysis.sources, start=1)
    }


def with_user_names(analysis: Analysis, names: Mapping[str, str]) -> Analysis:
    """``analysis`` with each source carrying the user's name for it (``names``: by id);
    the same object when no name changes."""
    if all(s.name == names.get(s.id) for s in analysis.sources):
        return analysis
    sources = tuple(replace(s, name=names.get(s.id)) for s in analysis.sources)
    return replace(analysis, sources=sources)


def with_names(text: str, names: dict[str, str]) -> str:
    """``text`` (an analysis note) with every known source id replaced by its name."""
    return SOURCE_ID.sub(lambda m: names.get(m.group(0), m.group(0)), text)


def names_of(analysis: Analysis) -> dict[str, str]:
    """Each source id's terminal-safe name (``source_names``, control characters made
    visible): what the screens and the notes show."""
    global _last
    if _last is None or _last[0] is not analysis:
        names = source_names(analysis)
        _last = (analysis, {sid: inert(n, keep_newlines=False) for sid, n in names.items()})
    return _last[1]
