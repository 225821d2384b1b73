"""What to call a source on screen, and source ids in the analysis's notes made readable.

A source without a known outlet used to be named by its file name; files saved from a
crawler are named by a hash ("001_dadee72a11a20077.txt"), which tells a reader nothing.
Such a source is named by the start of its headline instead, in quotes so it does not pass
for an outlet. The analysis writes notes for the JSON report with source ids ("s4 writes
'attacks'"); on screen those ids become the names the panes carry.
"""

from __future__ import annotations

from reader.model import Analysis, ProvenanceLink, Source
from reader.source_names import SOURCE_ID, has_opaque_name, with_names
from reader.source_names import source_name as core_source_name
from reader.textsafe import inert

NO_OUTLET = "no outlet"


def _plain(text: str) -> str:
    return inert(text, keep_newlines=False)


def source_name(source: Source, *, headline: bool = True) -> str:
    """The name ``reader.source_names`` gives, made terminal-safe (built from ``inert``).

    ``headline=False`` says "no outlet" instead of quoting the headline: for the pane
    header, whose next lines show the headline in full. Callers put it into rich Text as it is.
    """
    if not headline and has_opaque_name(source):
        return NO_OUTLET
    return _plain(core_source_name(source))


def named(text: str, analysis: Analysis) -> str:
    """``text`` (an analysis note) with every source id replaced by the source's name."""
    names = {s.id: source_name(s) for s in analysis.sources}
    return with_names(_plain(text), names)


def link_text(link: ProvenanceLink, analysis: Analysis) -> str:
    """One line for two sources sharing text: who, how much, why, without repeating itself.

    The analysis's note usually names both sources and the share already; when it does
    not, they are put in front.
    """
    note = named(link.note, analysis)
    if {link.a, link.b} <= set(SOURCE_ID.findall(link.note)):
        return f"≡ {note} ({link.kind})"
    a, b = (source_name(analysis.source(s)) for s in (link.a, link.b))
    return f"≡ {a} and {b} share {link.shared:.0%} of their text ({link.kind}): {note}"
