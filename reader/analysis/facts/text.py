"""Small text helpers the extractors share: words with offsets, sentences, clauses.

Sentences come from the toolkit's one splitter (``reader.text.sentences``); facts need
sentence and clause bounds to read the context around a value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from reader.text.sentences import sentence_spans
from reader.text.tokens import Token
from reader.text.words import stem

# Zero-width characters (U+200B-U+200D, U+2060) may sit inside a word in hostile copy.
WORD = re.compile(
    r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſА-я][\w'’.\u200b-\u200d\u2060-]*[\w]|[A-Za-zÀ-ÖØ-öø-ÿА-я]|\d[\d,.]*\d|\d"
)
INVISIBLE = re.compile(r"[\u200b-\u200d\u2060]")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|\s+—\s+|\s+-\s+")


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Words and numbers with their offsets (shifted by ``offset``)."""
    if offset == 0:
        return list(_tokens(text))
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in WORD.finditer(text)]


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.start(), m.end(), m.group()) for m in WORD.finditer(text))


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans in ``text`` (the toolkit's splitter, ``reader.text.sentences``)."""
    return sentence_spans(text)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one sentence span at semicolons, dashes and ', and' joins."""
    out: list[tuple[int, int]] = []
    pos = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if text[pos : match.start()].strip():
            out.append(_trim(text, pos, match.start()))
        pos = match.end()
    if text[pos:end].strip():
        out.append(_trim(text, pos, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def content_stems(text: str, stop: frozenset[str]) -> set[str]:
    """The toolkit's stems (Snowball English, ``reader.text.words.stem``) of the content
    words: 'respond' ~ 'response'."""
    return {stem(t.lower) for t in tokens(text) if t.lower not in stop and len(t.text) > 2}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first, so that 'armed conflict'
    matches whole before 'armed' can."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
