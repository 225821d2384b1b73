"""What to call a source on screen, and source ids in the analysis's notes made readable.

One rule for the screen, the briefing and the export (``reader.model.names``): the outlet,
a URL's host, or the headline when the file name is a hash; two sources with one name get
their place ("Wire #1", "Wire #2"), so a name always says which pane it means. The
analysis writes its notes with source ids ("s4 writes 'attacks'"); on screen those ids
become the names the panes carry.
"""

from __future__ import annotations

from collections import Counter

from reader.model import Analysis, ProvenanceLink
from reader.model.names import SOURCE_ID, has_opaque_name, names_of, with_names
from reader.model.names import source_name as core_source_name
from reader.text.safe import inert


def _plain(text: str) -> str:
    return inert(text, keep_newlines=False)


def source_name(analysis: Analysis, source_id: str, *, headline: bool = True) -> str:
    """The name of one source of ``analysis``, as the briefing and the export call it.

    ``headline=False`` gives the file name instead of quoting the headline: for the pane
    header, whose next lines show the headline in full (a shared name keeps its "#N").
    Never "no outlet": r in the sources screen gives a source the name the user wants.
    Callers put it into rich Text as it is.
    """
    name = names_of(analysis)[source_id]
    source = analysis.source(source_id)
    if not headline and has_opaque_name(source):
        place = name.removeprefix(_plain(core_source_name(source)))
        tail = source.path.rstrip("/").rsplit("/", 1)[-1] or source.path
        return _plain(tail) + place
    return name


def fit_name(name: str, width: int) -> str:
    """``name`` cut to ``width`` with an ellipsis, keeping what tells it apart at its end.

    A shared name keeps its "#N", a quoted headline its closing quote (without it, a cut
    headline reads as an outlet's name).
    """
    if len(name) <= width:
        return name
    base, hash_mark, place = name.rpartition(" #")
    tail = f" #{place}" if hash_mark and place.isdigit() else ""
    base = base if tail else name
    if base.startswith("\u201c") and base.endswith("\u201d"):
        base, tail = base[:-1].removesuffix("\u2026"), "\u201d" + tail
    return base[: max(width - len(tail) - 1, 1)].rstrip() + "\u2026" + tail


def short_names(analysis: Analysis, width: int) -> dict[str, str]:
    """Each source's name cut to ``width``, distinct from each other: two names that cut
    to the same text (two headlines starting "Biden") keep their place ("“Bi…” #4")."""
    names = names_of(analysis)
    fitted = {sid: fit_name(name, width) for sid, name in names.items()}
    counts = Counter(fitted.values())
    return {
        s.id: fit_name(f"{names[s.id]} #{n}", width)
        if counts[fitted[s.id]] > 1 and not names[s.id].endswith(f" #{n}")
        else fitted[s.id]
        for n, s in enumerate(analysis.sources, start=1)
    }


def named(text: str, analysis: Analysis) -> str:
    """``text`` (an analysis note) with every source id replaced by the source's name."""
    return with_names(_plain(text), names_of(analysis))


def link_text(link: ProvenanceLink, analysis: Analysis) -> str:
    """One line for two sources sharing text: who, how much, why, without repeating itself.

    The analysis's note usually names both sources and the share already; when it does
    not, they are put in front.
    """
    note = named(link.note, analysis)
    if {link.a, link.b} <= set(SOURCE_ID.findall(link.note)):
        return f"≡ {note} ({link.kind})"
    a, b = (source_name(analysis, s) for s in (link.a, link.b))
    return f"≡ {a} and {b} share {link.shared:.0%} of their text ({link.kind}): {note}"
