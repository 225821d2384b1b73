"""Split paragraphs into sentences that survive news prose.

A regex with an abbreviation list beats a general segmenter here: news text is full of
``U.S.``, ``Mr.``, ``Jan. 3``, initials, numbers like ``122,000`` and datelines such as
``KIEV, January 3. /TASS/.`` that a segmenter cuts into fragments. Measured on the seeds,
pysbd split every dateline into two to four pieces and missed a boundary with no space
after the period (``weeks.Biden``); this module keeps datelines whole and out of the
sentences, and finds that boundary. Every sentence keeps code-point offsets into its
source's text, so a group member can point at a sentence range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.model import Paragraph, Source
from reader.text.sentences import sentence_spans, trimmed

# Paragraph kinds whose sentences take part in alignment (boilerplate and datelines never do).
ALIGNED_KINDS = frozenset({"headline", "body", "quote-block"})

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATELINE = re.compile(
    r"[A-Z][A-Za-z'.\- ]{1,40}?(?:\s*\[[^\]\n]{1,40}\])?\s*[,.]\s*"
    rf"(?:{_MONTH}\.?,?\s*\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})"
    r"(?:\s*[.,]?\s*(?:/[^/\n]{1,20}/|\([^)\n]{1,40}\)|[A-Z]{2,10}"
    r"|[A-Z][a-z\u00C0-\u024F]+(?:\s[A-Z][a-z\u00C0-\u024F]+){0,3}(?=\.\s*$)))?"
    r"\s*(?:[.:\-\u2013\u2014]+\s+|[.]?\s*$)"
)
_SEMICOLON = re.compile(r";(?=\s)")
_CLAUSE_BREAK = re.compile(r"[,;](?=\s)")
_CLAUSE_WORDS = 5


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of one paragraph; ``start``/``end`` index the source's text."""

    source: str
    paragraph: str
    index: int  # 0-based position within its paragraph
    start: int
    end: int
    text: str


def dateline_length(text: str) -> int:
    """Length of a leading dateline (``PORTVALE, May 6 (Coast Times) -``), else 0."""
    match = _DATELINE.match(text)
    return match.end() if match and match.end() <= 90 else 0


def split_spans(text: str) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` spans of the sentences in ``text``, whitespace trimmed:
    the toolkit's sentences (``reader.text.sentences``) after any leading dateline, cut
    again at semicolons that join two full clauses."""
    return trimmed(text, _clauses(text, sentence_spans(text, dateline_length(text))))


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the clauses of one sentence, split at commas and semicolons.

    Alignment keeps sentences whole; clauses only let a sentence carrying two claims
    ("A fire tore through the quay on Monday, destroying 12 warehouses") also join the
    group of its second claim. A side of a few words ("officials said") is no clause.
    """
    return trimmed(text, _clauses(text, [(0, len(text))], _CLAUSE_BREAK))


def _clauses(
    text: str, spans: list[tuple[int, int]], breaks: re.Pattern[str] = _SEMICOLON
) -> list[tuple[int, int]]:
    """Split at ``breaks`` (semicolons) that join two full clauses (news writers chain
    claims that way).

    A list like "timber; grain; fertiliser" stays whole: both sides need a few words.
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        begin = start
        for match in breaks.finditer(text, start, end):
            before = text[begin : match.start()].split()
            after = text[match.end() : end].split()
            if len(before) >= _CLAUSE_WORDS and len(after) >= _CLAUSE_WORDS:
                out.append((begin, match.end()))
                begin = match.end()
        out.append((begin, end))
    return out


def paragraph_sentences(source_id: str, paragraph: Paragraph) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(
            source=source_id,
            paragraph=paragraph.id,
            index=i,
            start=paragraph.start + a,
            end=paragraph.start + b,
            text=paragraph.text[a:b],
        )
        for i, (a, b) in enumerate(split_spans(paragraph.text))
    )


def aligned_sentences(sources: tuple[Source, ...]) -> tuple[Sentence, ...]:
    """Every sentence that may align, in reading order of s1, then s2, ..."""
    out: list[Sentence] = []
    for source in sources:
        for paragraph in source.paragraphs:
            if paragraph.kind in ALIGNED_KINDS:
                out.extend(paragraph_sentences(source.id, paragraph))
    return tuple(out)
