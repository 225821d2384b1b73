"""The framing lens: how each outlet tells the story, span by span and outlet by outlet.

``frame(sources, groups)`` marks hedges, loaded words, stance-bearing attribution verbs,
naming choices, scare quotes and intensifiers (lexicons in ``reader/data/lexicons``),
contrasts word choices inside aligned groups, lists who each source quotes, links sources
that share text, and sums it all up per outlet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.analysis.framing.attribution import attributions
from reader.analysis.framing.contrast import ContrastHit, contrasts
from reader.analysis.framing.lexicon import Lexicon, load_lexicon
from reader.analysis.framing.marks import Found, source_marks
from reader.analysis.framing.profiles import profile
from reader.analysis.framing.provenance import provenance
from reader.model import (
    Analysis,
    Attribution,
    FramingMark,
    Group,
    OutletProfile,
    ProvenanceLink,
    Source,
)

__all__ = ["FramingResult", "frame", "with_framing"]


@dataclass(frozen=True, slots=True)
class FramingResult:
    marks: tuple[FramingMark, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    provenance: tuple[ProvenanceLink, ...] = ()
    profiles: tuple[OutletProfile, ...] = ()


def _paragraph_of(source: Source, offset: int) -> str:
    for p in source.paragraphs:
        if p.start <= offset < p.end:
            return p.id
    return source.paragraphs[-1].id if source.paragraphs else ""


def _with_contrasts(
    sources: Sequence[Source], found: list[Found], hits: list[ContrastHit]
) -> list[FramingMark]:
    """Lexicon marks, each carrying a contrast where one was found at its span, plus a mark
    on the other side's word wherever no lexicon mark sits already."""
    by_span = {(f.mark.source, f.mark.start, f.mark.end): f.mark for f in found}
    by_id = {s.id: s for s in sources}
    extra: list[FramingMark] = []
    for hit in hits:
        key = (hit.source, hit.start, hit.end)
        existing = by_span.get(key)
        if existing is not None:
            if existing.contrast is None:
                by_span[key] = replace(
                    existing,
                    contrast=hit.contrast,
                    note=f"{existing.note}; {hit.other_source} writes '{hit.contrast}'",
                )
            continue
        entry = hit.entry
        other = next(
            (f.entry for f in found if f.entry and f.mark.term.lower() == hit.contrast.lower()),
            None,
        )
        category = entry.category if entry else (other.category if other else "loaded")
        note = (
            f"{entry.note}; {hit.other_source} writes '{hit.contrast}'"
            if entry and entry.mark
            else f"word choice: {hit.other_source} writes '{hit.contrast}' here"
        )
        extra.append(
            FramingMark(
                source=hit.source,
                paragraph=_paragraph_of(by_id[hit.source], hit.start),
                start=hit.start,
                end=hit.end,
                term=hit.term,
                category=category,
                note=note,
                neutral=entry.neutral if entry else None,
                contrast=hit.contrast,
            )
        )
    order = {s.id: i for i, s in enumerate(sources)}
    marks = list(by_span.values()) + extra
    return sorted(marks, key=lambda m: (order.get(m.source, 0), m.start, m.end))


def frame(
    sources: Sequence[Source], groups: Sequence[Group] = (), lexicon: Lexicon | None = None
) -> FramingResult:
    """The whole framing lens over one source set (pure: same input, same result)."""
    lex = lexicon or load_lexicon()
    found = {s.id: source_marks(s, lex) for s in sources}
    credited = {s.id: attributions(s, lex) for s in sources}
    hits = contrasts(list(sources), list(groups), lex)
    all_found = [f for s in sources for f in found[s.id]]
    return FramingResult(
        marks=tuple(_with_contrasts(sources, all_found, hits)),
        attributions=tuple(a for s in sources for a in credited[s.id]),
        provenance=tuple(provenance(list(sources))),
        profiles=tuple(profile(s, found[s.id], credited[s.id]) for s in sources),
    )


def with_framing(analysis: Analysis) -> Analysis:
    """The analysis with its framing fields filled from its sources and groups."""
    result = frame(analysis.sources, analysis.groups)
    return replace(
        analysis,
        framing=result.marks,
        attributions=result.attributions,
        provenance=result.provenance,
        profiles=result.profiles,
    )
