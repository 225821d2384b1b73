"""Does a source state a claim anywhere? One test shared by omissions and exclusives.

The aligner puts each passage in at most a few groups, and a paragraph it placed elsewhere
may still state a claim: an outlet is said to leave a claim out only when none of its
sentences (alone, or two neighbours together) shares most of the words of a sentence that
states the claim. The same test, turned round, finds exclusives: a sentence of one source
that no sentence of any other source states.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from reader.analysis.facts.text import tokens
from reader.analysis.sentences import Sentence, paragraph_sentences
from reader.model import Source
from reader.text.thresholds import threshold
from reader.text.words import stem, stop_words, weak_words

# What each means and what it was measured on: reader/data/thresholds.json.
MIN_SHARED = threshold("claims.min_shared")  # content stems a claim needs
STATE_SHARED = threshold("claims.state_shared")  # stems a sentence must share to state it
SHARE = threshold("claims.state_share")  # ...and this share of the smaller one's


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence (or two neighbours) of one source and its content stems."""

    source: str
    paragraph: str
    start: int
    end: int
    stems: frozenset[str]


def _stems(text: str) -> set[str]:
    drop = stop_words() | weak_words()
    return {stem(t.text) for t in tokens(text) if len(t.text) > 2 and t.lower not in drop}


def stems_of(text: str) -> frozenset[str]:
    """Content stems of a sentence (Snowball stems of its words past the stop and weak
    words, lower case), and again in capitals for the names in it (capitalised past the
    first word): 'BRASK'. Names count as words too (a headline capitalises every word)."""
    words = text.split()
    names = " ".join(w for n, w in enumerate(words) if n > 0 and w[:1].isupper())
    return frozenset(_stems(text)) | {s.upper() for s in _stems(names) if not s.isdigit()}


def claim_units(source: Source, start: int, end: int) -> list[frozenset[str]]:
    """The stems of each sentence of a member span (source offsets)."""
    out = []
    for p in source.paragraphs:
        if p.end <= start or p.start >= end:
            continue
        for s in paragraph_sentences(source.id, p):
            if s.start < end and start < s.end:
                out.append(stems_of(s.text))
    return out or [stems_of(source.text[start:end])]


def sentence_units(source: Source, *, pairs: bool = False) -> list[Unit]:
    """Each body sentence of the source; with ``pairs`` also every two neighbours joined
    (an outlet may state in two sentences what another states in one)."""
    out: list[Unit] = []
    for p in source.paragraphs:
        if p.kind not in ("body", "quote-block", "headline"):
            continue
        found: Sequence[Sentence] = paragraph_sentences(source.id, p)
        units = [Unit(source.id, p.id, s.start, s.end, stems_of(s.text)) for s in found]
        out.extend(units)
        if pairs:
            out.extend(
                Unit(source.id, p.id, a.start, b.end, a.stems | b.stems) for a, b in pairwise(units)
            )
    return out


@lru_cache(maxsize=1 << 16)  # called for every claim x sentence pair, on a few thousand sets
def words_of(stems: frozenset[str]) -> frozenset[str]:
    """The stems of words (names included, in lower case), without the capitalised copies."""
    return frozenset(s for s in stems if not s.isupper())


def states(claim: frozenset[str], unit: frozenset[str]) -> bool:
    """Does a sentence with stems ``unit`` state the claim of a sentence with ``claim``?
    Enough of its words, and one of its names when it has any ('Brask calls it the town's
    lifeline' is not 'Hale called it the town's lifeline')."""
    words_c, words_u = words_of(claim), words_of(unit)
    shared = len(words_c & words_u)
    if shared < STATE_SHARED or shared < SHARE * min(len(words_c), len(words_u)):
        return False
    names_c = {n.lower() for n in claim - words_c}
    return not names_c or bool(names_c & words_u)
