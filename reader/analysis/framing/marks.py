"""Lexicon, naming-variant and scare-quote marks for one source, with notes that say why.

Marks inside a quotation keep their category but say so in the note: the word is the
speaker's, and the outlet's choice was to quote it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from reader.analysis.framing.lexicon import Entry, Lexicon
from reader.analysis.framing.match import match_terms
from reader.analysis.framing.scare_quotes import NOTE as SCARE_NOTE
from reader.analysis.framing.scare_quotes import scare_quotes
from reader.analysis.framing.text import quotes
from reader.analysis.framing.variants import Variant
from reader.model import FramingMark, Paragraph, Source

IN_QUOTE = " (inside a quotation)"


@dataclass(frozen=True, slots=True)
class Found:
    """A mark and what lies behind it: its lexicon entry, or the naming concept."""

    mark: FramingMark
    entry: Entry | None
    quoted: bool = False  # inside a quotation: the speaker's word, not the outlet's
    concept: str | None = None  # naming: the neutral name this form refers to
    form: str | None = None  # naming: the form as the lexicon or the variant spells it


def _overlaps(found: list[Found], start: int, end: int) -> bool:
    return any(f.mark.start < end and start < f.mark.end for f in found)


def _variant_marks(
    source: Source, paragraph: Paragraph, variants: Mapping[str, Variant], taken: list[Found]
) -> list[Found]:
    found: list[Found] = []
    spans = quotes(paragraph.text)
    for variant in variants.values():
        pattern = re.compile(rf"(?<!\w){re.escape(variant.form)}(?!\w)", re.IGNORECASE)
        for m in pattern.finditer(paragraph.text):
            start, end = paragraph.start + m.start(), paragraph.start + m.end()
            if _overlaps(taken, start, end) or _overlaps(found, start, end):
                continue
            quoted = any(q.inner_start <= m.start() and m.end() <= q.inner_end for q in spans)
            mark = FramingMark(
                source=source.id,
                paragraph=paragraph.id,
                start=start,
                end=end,
                term=m.group(),
                category="naming",
                note=variant.note + (IN_QUOTE if quoted else ""),
                neutral=variant.neutral,
            )
            found.append(Found(mark, None, quoted, variant.concept, variant.form))
    return found


def source_marks(
    source: Source,
    lexicon: Lexicon,
    variants: Mapping[str, Variant] | None = None,
    elsewhere: Iterable[str] = (),
) -> list[Found]:
    """Every framing mark in the source's non-boilerplate paragraphs, in reading order.

    ``variants``: naming variants found across the set; ``elsewhere``: the wording of the
    other sources' quotations (a short quote of words another outlet quotes is no scare
    quote).
    """
    others = list(elsewhere)
    found: list[Found] = []
    for paragraph in source.body:
        text = paragraph.text
        matches = match_terms(text, lexicon)
        spans = quotes(text)
        here: list[Found] = []
        for m in matches:
            if not m.entry.mark:
                continue
            quoted = any(q.inner_start <= m.start and m.end <= q.inner_end for q in spans)
            mark = FramingMark(
                source=source.id,
                paragraph=paragraph.id,
                start=paragraph.start + m.start,
                end=paragraph.start + m.end,
                term=m.text,
                category=m.entry.category,
                note=m.entry.note + (IN_QUOTE if quoted else ""),
                neutral=m.entry.neutral,
            )
            here.append(Found(mark, m.entry, quoted, m.entry.concept, m.entry.term))
        here += _variant_marks(source, paragraph, variants or {}, here)
        reporting = [m for m in matches if m.entry.category == "attribution-verb"]
        for sq in scare_quotes(text, reporting, others):
            mark = FramingMark(
                source=source.id,
                paragraph=paragraph.id,
                start=paragraph.start + sq.start,
                end=paragraph.start + sq.end,
                term=sq.text,
                category="scare-quote",
                note=SCARE_NOTE,
            )
            here.append(Found(mark, None))
        found += here
    return sorted(found, key=lambda f: (f.mark.start, f.mark.end))
