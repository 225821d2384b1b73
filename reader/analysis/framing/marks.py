"""Lexicon and scare-quote marks for one source, with notes that say why.

Marks inside a quotation keep their category but say so in the note: the word is the
speaker's, and the outlet's choice was to quote it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.framing.lexicon import Entry, Lexicon
from reader.analysis.framing.match import match_terms
from reader.analysis.framing.scare_quotes import NOTE as SCARE_NOTE
from reader.analysis.framing.scare_quotes import scare_quotes
from reader.analysis.framing.text import quotes
from reader.model import FramingMark, Source

IN_QUOTE = " (inside a quotation)"


@dataclass(frozen=True, slots=True)
class Found:
    """A mark and the lexicon entry behind it (None for scare quotes)."""

    mark: FramingMark
    entry: Entry | None
    quoted: bool = False  # inside a quotation: the speaker's word, not the outlet's


def source_marks(source: Source, lexicon: Lexicon) -> list[Found]:
    """Every framing mark in the source's non-boilerplate paragraphs, in reading order."""
    found: list[Found] = []
    for paragraph in source.body:
        text = paragraph.text
        matches = match_terms(text, lexicon)
        spans = quotes(text)
        for m in matches:
            if not m.entry.mark:
                continue
            quoted = any(q.inner_start <= m.start and m.end <= q.inner_end for q in spans)
            found.append(
                Found(
                    FramingMark(
                        source=source.id,
                        paragraph=paragraph.id,
                        start=paragraph.start + m.start,
                        end=paragraph.start + m.end,
                        term=m.text,
                        category=m.entry.category,
                        note=m.entry.note + (IN_QUOTE if quoted else ""),
                        neutral=m.entry.neutral,
                    ),
                    m.entry,
                    quoted,
                )
            )
        reporting = [m for m in matches if m.entry.category == "attribution-verb"]
        for sq in scare_quotes(text, reporting):
            found.append(
                Found(
                    FramingMark(
                        source=source.id,
                        paragraph=paragraph.id,
                        start=paragraph.start + sq.start,
                        end=paragraph.start + sq.end,
                        term=sq.text,
                        category="scare-quote",
                        note=SCARE_NOTE,
                    ),
                    None,
                )
            )
    return sorted(found, key=lambda f: (f.mark.start, f.mark.end))
