"""The one sentence splitter, and the one list of abbreviations a full stop follows without
ending a sentence (``reader/data/abbreviations.txt``).

A regex with an abbreviation list beats a general segmenter on news prose: it is full of
``U.S.``, ``Mr.``, ``Jan. 3``, initials and numbers like ``122,000``, and machine copy
glues sentences together (``weeks.Biden``). A sentence ends after ``.``, ``!``, ``?`` or
``…`` (and any closing quotes or brackets) before a capital or a digit, never after an
abbreviation or an initial, and at a blank line (a single line break is only wrapping).
Alignment (``reader.analysis.sentences``) also keeps a leading dateline out and cuts
sentences at semicolons; facts and framing take the sentences as they are.
"""

from __future__ import annotations

import re
from functools import cache

from reader.text import data

# A candidate end: terminal punctuation, any closing quotes or brackets, then either
# whitespace or (for run-together machine output) directly an upper-case letter.
_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s|[A-Z][a-z])")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_WORD_BEFORE = re.compile(r"([\w.\-']+)$")
_OPENER = re.compile(r"\s*[\"'\u201c\u2018(\[]?[A-Z0-9\u00C0-\u024F]")


@cache
def abbreviations() -> frozenset[str]:
    """Lower-case words, no final full stop: 'mr', 'gen', 'jan', 'u.s', 'a.m'."""
    return data.word_set("abbreviations.txt")


def is_abbreviation(word: str) -> bool:
    """Does a full stop after ``word`` leave the sentence open? Listed words, initials
    ('J.') and dotted letters ('U.S.', 'e.g.', 'a.m.')."""
    bare = word.rstrip(".").lower()
    if not bare:
        return False
    if len(bare) == 1 and bare.isalpha():
        return True  # an initial: "J. Smith"
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", bare):
        return True  # U.S, e.g, a.m
    return bare in abbreviations()


def sentence_spans(text: str, begin: int = 0) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` spans of the sentences of ``text[begin:]``, white space
    trimmed, empty ones left out."""
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text, begin):
        spans.extend(_split(text, block_start, block_end))
    return trimmed(text, spans)


def _blocks(text: str, begin: int) -> list[tuple[int, int]]:
    """The stretches of ``text[begin:]`` between blank lines."""
    out: list[tuple[int, int]] = []
    for match in _BLANK_LINE.finditer(text, begin):
        out.append((begin, match.start()))
        begin = match.end()
    out.append((begin, len(text)))
    return out


def _split(text: str, begin: int, stop_at: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in _END.finditer(text, begin, stop_at):
        end = match.end()
        stop = match.start()
        if text[stop] == "." and stop - begin < 2:
            continue
        word = _WORD_BEFORE.search(text, begin, stop + 1)
        glued = end < stop_at and not text[end].isspace()
        if text[match.start()] == "." and word and is_abbreviation(word.group(1)):
            continue
        if glued and (not word or not word.group(1).rstrip(".").islower()):
            continue  # "Co.Ltd" style joins are not boundaries; "weeks.Biden" is
        if not glued and not _OPENER.match(text, end, stop_at):
            continue
        spans.append((begin, end))
        begin = end
    spans.append((begin, stop_at))
    return spans


def trimmed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` without the white space at their ends; those left empty dropped."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out
