"""What to call a source on screen, and source ids in the analysis's notes made readable.

A source without a known outlet used to be named by its file name; files saved from a
crawler are named by a hash ("001_dadee72a11a20077.txt"), which tells a reader nothing.
Such a source is named by the start of its headline instead, in quotes so it does not pass
for an outlet. The analysis writes notes for the JSON report with source ids ("s4 writes
'attacks'"); on screen those ids become the names the panes carry.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from reader.model import Analysis, ProvenanceLink, Source
from reader.textsafe import inert

NO_OUTLET = "no outlet"
NAME_WIDTH = 28  # a headline used as a name is cut to this many characters
_OPAQUE = re.compile(r"[0-9a-f]{8,}|^[\W\d_]*$", re.IGNORECASE)
_SOURCE_ID = re.compile(r"\bs\d+\b")


def _plain(text: str) -> str:
    return inert(text, keep_newlines=False)


def _headline(title: str) -> str:
    out = ""
    for word in title.split():
        if len(out) + len(word) + 1 > NAME_WIDTH:
            return f"“{out or word[: NAME_WIDTH - 1]}…”"
        out = f"{out} {word}".strip()
    return f"“{out}”"


def source_name(source: Source, *, headline: bool = True) -> str:
    """The outlet; else a URL's host; else the file name, or the headline when that is opaque.

    ``headline=False`` says "no outlet" instead of quoting the headline: for the pane
    header, whose next lines show the headline in full. Terminal-safe (built from
    ``inert``): callers put it into rich Text as it is.
    """
    if source.outlet:
        return _plain(source.outlet)
    if source.path.startswith(("http://", "https://")):
        host = urlsplit(source.path).hostname or source.path
        return _plain(host.removeprefix("www."))
    tail = source.path.rstrip("/").rsplit("/", 1)[-1] or source.path
    stem = tail.rsplit(".", 1)[0] if "." in tail else tail
    if _OPAQUE.search(stem) and source.title and source.title.strip():
        return _plain(_headline(source.title)) if headline else NO_OUTLET
    return _plain(tail)


def named(text: str, analysis: Analysis) -> str:
    """``text`` (an analysis note) with every source id replaced by the source's name."""
    names = {s.id: source_name(s) for s in analysis.sources}
    return _SOURCE_ID.sub(lambda m: names.get(m.group(0), m.group(0)), _plain(text))


def link_text(link: ProvenanceLink, analysis: Analysis) -> str:
    """One line for two sources sharing text: who, how much, why, without repeating itself.

    The analysis's note usually names both sources and the share already; when it does
    not, they are put in front.
    """
    note = named(link.note, analysis)
    if {link.a, link.b} <= set(_SOURCE_ID.findall(link.note)):
        return f"≡ {note} ({link.kind})"
    a, b = (source_name(analysis.source(s)) for s in (link.a, link.b))
    return f"≡ {a} and {b} share {link.shared:.0%} of their text ({link.kind}): {note}"
