"""How much of each source the analysis reads: all of it for articles, a bounded prefix for
anything far larger (a 10 MB line, a book pasted as one source).

Alignment compares every sentence with every other, and attribution and fact extraction
look back over a whole sentence or paragraph for each verb or value: their cost grows
faster than the text. Articles are a few thousand characters; these caps sit far above
them, so real coverage is analysed whole and a hostile or mistaken input still finishes in
seconds. The analysed view keeps every id and offset (a capped paragraph is a prefix of
itself), so what the analysis finds indexes the full text the report and the UI show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.analysis.sentences import ALIGNED_KINDS, paragraph_sentences
from reader.model import Paragraph, Source, Truncation

# No news paragraph comes near this; one unbroken line of megabytes does.
MAX_PARAGRAPH_CHARS = 10_000
# About a hundred long articles, analysed in well under a minute.
MAX_ANALYSED_CHARS = 500_000
# Alignment works by blocks (sentence_scores, paragraph_claims: memory follows the block and
# at most 256 MB of kept scores, not the square of the sentences), so this budget bounds time,
# not memory: analysis time grows about with the square of the sentences. 4,000 reads 80
# articles of 40 paragraphs (3,742 sentences) whole; at 2,500 they were cut to two thirds and
# link F1 on them fell from 0.83 to 0.73 (benchmarks.scale, ferry-80). Text of very short
# sentences (a transcript, a live blog) reaches it with a tenth of the character budget.
MAX_ANALYSED_SENTENCES = 4_000


@dataclass(frozen=True, slots=True)
class Budgeted:
    sources: tuple[Source, ...]  # what the analysis reads
    notices: tuple[str, ...]  # one line per source that is not read whole
    truncated: tuple[Truncation, ...] = ()  # the same, for the report and the app


def _allowances(sizes: Sequence[int], total: int) -> list[int]:
    """Share ``total`` out: small sources get all they need, large ones split the rest."""
    allowance = [0] * len(sizes)
    left = total
    order = sorted(range(len(sizes)), key=lambda i: sizes[i])
    for rank, i in enumerate(order):
        share = left // (len(sizes) - rank)
        allowance[i] = min(sizes[i], share)
        left -= allowance[i]
    return allowance


def _capped(paragraph: Paragraph, length: int) -> Paragraph:
    if paragraph.end - paragraph.start <= length:
        return paragraph
    return replace(paragraph, end=paragraph.start + length, text=paragraph.text[:length])


def _prefix(source: Source, allowance: int) -> Source:
    kept: list[Paragraph] = []
    left = allowance
    for paragraph in source.paragraphs:
        if left <= 0:
            break
        kept.append(_capped(paragraph, min(left, MAX_PARAGRAPH_CHARS)))
        left -= kept[-1].end - kept[-1].start
    return replace(source, paragraphs=tuple(kept))


def _size(source: Source) -> int:
    return sum(min(p.end - p.start, MAX_PARAGRAPH_CHARS) for p in source.paragraphs)


def _sentence_counts(source: Source) -> list[int]:
    """Sentences the aligner reads in each paragraph of ``source``."""
    return [
        len(paragraph_sentences(source.id, p)) if p.kind in ALIGNED_KINDS else 0
        for p in source.paragraphs
    ]


def _first_sentences(source: Source, counts: Sequence[int], allowance: int) -> Source:
    """The paragraphs of ``source`` whose sentences fit in ``allowance`` (whole paragraphs;
    paragraphs the aligner does not read cost nothing)."""
    kept: list[Paragraph] = []
    left = allowance
    for paragraph, count in zip(source.paragraphs, counts, strict=True):
        if count > left:
            break
        kept.append(paragraph)
        left -= count
    return replace(source, paragraphs=tuple(kept))


def within_budget(
    sources: Sequence[Source],
    *,
    total: int = MAX_ANALYSED_CHARS,
    sentences: int = MAX_ANALYSED_SENTENCES,
) -> Budgeted:
    """The sources as the analysis should read them, and what the user should be told."""
    sizes = [_size(s) for s in sources]
    allowances = _allowances(sizes, total)
    out = [_prefix(s, a) for s, a in zip(sources, allowances, strict=True)]
    reason = [
        f"paragraphs up to {MAX_PARAGRAPH_CHARS:,} characters, {total:,} for the whole set"
    ] * len(out)
    counts = [_sentence_counts(s) for s in out]
    if sum(map(sum, counts)) > sentences:
        shares = _allowances([sum(c) for c in counts], sentences)
        for k, (source, share) in enumerate(zip(out, shares, strict=True)):
            if share < sum(counts[k]):
                out[k] = _first_sentences(source, counts[k], share)
                reason[k] = f"{sentences:,} sentences for the whole set"
    notices: list[str] = []
    truncated: list[Truncation] = []
    for source, analysed, why in zip(sources, out, reason, strict=True):
        read = sum(p.end - p.start for p in analysed.paragraphs)
        whole = sum(p.end - p.start for p in source.paragraphs)
        if read < whole:
            notices.append(
                f"{source.path}: too long to compare whole; only {read:,} of its {whole:,} "
                f"characters are analysed ({why})"
            )
            truncated.append(Truncation(source.id, read, whole, why))
    return Budgeted(tuple(out), tuple(notices), tuple(truncated))
