"""Words, sentences and quotation spans of a paragraph, with offsets into the paragraph text.

The framing lens reasons about neighbouring words (is "claims" after "the"?), sentences (is
there a speaker in the same sentence?) and quotation marks (is this phrase quoted?). These
helpers keep every span as local ``(start, end)`` offsets so marks map back to the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader.text.sentences import sentence_spans
from reader.text.tokens import Token

_TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*|[^\w\s]")

OPENING_DOUBLE = "“„«"


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``start``/``end`` span the marks, ``inner_*`` the quoted words."""

    start: int
    end: int
    inner_start: int
    inner_end: int


def tokenize(text: str) -> list[Token]:
    """Words (with inner apostrophes, hyphens and dots, as in "U.S.") and punctuation."""
    return list(_tokens(text))


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text))


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (the toolkit's splitter, ``reader.text.sentences``)."""
    return sentence_spans(text)


def _is_alnum(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()


_DOUBLE_MARKS = re.compile(r'["“„«”»]')
_SINGLE_MARKS = re.compile(r"['‘’]")


def quotes(text: str) -> list[Quote]:
    """Quotation spans in reading order (a fresh list; the scan itself is cached)."""
    return list(_quotes(text))


@lru_cache(maxsize=4096)
def _quotes(text: str) -> tuple[Quote, ...]:
    """Straight double quotes pair up left to right; curly ones open and close. A single
    quote opens only before a letter and after a non-letter, and closes only after a
    non-space and before a non-letter, so apostrophes in "Ukraine’s" or "don't" are never
    taken for quotes. Single quotes inside double quotes are left alone."""
    found: list[Quote] = []
    open_at: int | None = None
    for m in _DOUBLE_MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if ch in OPENING_DOUBLE or (ch == '"' and open_at is None):
            open_at = i
        elif open_at is not None:
            found.append(Quote(open_at, i + 1, open_at + 1, i))
            open_at = None
    inside = [(q.start, q.end) for q in found]
    single_open: int | None = None
    for m in _SINGLE_MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if any(s <= i < e for s, e in inside):
            continue
        if ch in "‘'" and not _is_alnum(text, i - 1) and _is_alnum(text, i + 1):
            single_open = i
        elif (
            ch in "’'"
            and single_open is not None
            and i > 0
            and not text[i - 1].isspace()
            and not _is_alnum(text, i + 1)
        ):
            if i - single_open <= 80:
                found.append(Quote(single_open, i + 1, single_open + 1, i))
            single_open = None
    return tuple(sorted(found, key=lambda q: q.start))


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text) if t.is_word]
