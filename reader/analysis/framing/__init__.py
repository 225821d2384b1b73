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
from reader.analysis.framing.scare_quotes import quoted_texts
from reader.analysis.framing.variants import naming_variants
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
    """The marks, each carrying the other outlet's term where a contrast was found at it.

    Only a side whose word is itself a marked lexicon term gets a mark: its neutral
    counterpart is named as ``contrast`` and is not marked ("said" never is)."""
    by_span = {(f.mark.source, f.mark.start, f.mark.end): f.mark for f in found}
    by_id = {s.id: s for s in sources}
    for hit in hits:
        if hit.entry is None or not hit.entry.mark:
            continue
        key = (hit.source, hit.start, hit.end)
        existing = by_span.get(key)
        if existing is not None and existing.contrast is not None:
            continue
        base = existing or FramingMark(
            source=hit.source,
            paragraph=_paragraph_of(by_id[hit.source], hit.start),
            start=hit.start,
            end=hit.end,
            term=hit.term,
            category=hit.entry.category,
            note=hit.entry.note,
            neutral=hit.entry.neutral,
        )
        by_span[key] = replace(
            base,
            contrast=hit.contrast,
            note=f"{base.note}; {hit.other_source} writes '{hit.contrast}'",
        )
    order = {s.id: i for i, s in enumerate(sources)}
    return sorted(by_span.values(), key=lambda m: (order.get(m.source, 0), m.start, m.end))


def frame(
    sources: Sequence[Source], groups: Sequence[Group] = (), lexicon: Lexicon | None = None
) -> FramingResult:
    """The whole framing lens over one source set (pure: same input, same result)."""
    lex = lexicon or load_lexicon()
    variants = naming_variants(list(sources), lex)
    quoted = {s.id: [q for p in s.body for q in quoted_texts(p.text)] for s in sources}
    found = {
        s.id: source_marks(
            s, lex, variants, [q for other, qs in quoted.items() if other != s.id for q in qs]
        )
        for s in sources
    }
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
