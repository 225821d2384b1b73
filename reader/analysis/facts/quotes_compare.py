"""Which quotes of different outlets are the same words, and which words differ.

Two quotes match when their content words largely overlap (four-letter stems, so
'respond' meets 'response' and 'walked' meets 'walking') and their speakers do not clash.
Only the stretch both quotes cover is compared: an outlet that quotes less of a statement
has not reworded it. Words are compared in one form (quote_words.py): contractions,
censoring, hyphenation, curly quotes, cuts and an editor's brackets are not rewordings.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from reader.analysis.facts import lexicon
from reader.analysis.facts.mention import Mention
from reader.analysis.facts.quote_words import form_only, is_marker, quote_tokens, words_only
from reader.analysis.facts.text import tokens
from reader.text.thresholds import threshold

# What each means and what it was measured on: reader/data/thresholds.json.
_PREFIX_SHARE = threshold("quotes.prefix_share")
_ORDERED_SHARE = threshold("quotes.ordered_share")
_TRANSLATED_SHARE = threshold("quotes.translated_share")
_TRANSLATED_LENGTH = threshold("quotes.translated_length")
_OVERLAP_GROUPED = threshold("quotes.overlap_grouped")
_OVERLAP_PERSON = threshold("quotes.overlap_person")
_OVERLAP_OTHER = threshold("quotes.overlap_other")
_SAME_WORDS = threshold("quotes.same_words")
_SHORT = 4  # words: a short quote
_LONGER = 3  # times longer: a long statement the short quote may be taken from


def _overlap(a: str, b: str) -> float:
    """Share of the shorter quote's content words the other has: four-letter prefixes, but
    five-letter ones must overlap too ('consider' is not 'consequences').

    Prefixes, not the toolkit's stemmer: a quote retold in other words often changes a
    word's class ('respond decisively', 'a firm response'), which Snowball keeps apart
    ('respond', 'respons')."""
    stop = lexicon.stop_words()
    sa, sb = _prefixes(a, stop, 4), _prefixes(b, stop, 4)
    if len(sa) < 2 and len(sb) < 2:
        return 0.0
    fa, fb = _prefixes(a, stop, 5), _prefixes(b, stop, 5)
    if len(fa & fb) < _PREFIX_SHARE * min(len(fa), len(fb)):
        return 0.0
    return len(sa & sb) / max(1, min(len(sa), len(sb)))


def _prefixes(text: str, stop: frozenset[str], width: int) -> set[str]:
    """The first ``width`` letters of the content words of ``text``."""
    return {t.lower[:width] for t in tokens(text) if t.lower not in stop and len(t.text) > 2}


def shared_words(a: str, b: str) -> int:
    """Words two quotes share in the same order (difflib matching blocks)."""
    matcher = difflib.SequenceMatcher(a=_words(a), b=_words(b), autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def quotes_match(
    a: Mention, b: Mention, *, grouped: bool, voices: Mapping[str, str] | None = None
) -> bool:
    """Are two quotes the same words of the same speaker? Both speakers must be known: an
    uncertain speaker means no comparison, not a guess. A person who speaks for a body
    ('Press Secretary Jen Psaki' of the White House) is that body here (``voices``)."""
    if not a.speaker or not b.speaker:
        return False
    voice = voices or {}
    if voice.get(a.speaker, a.speaker) != voice.get(b.speaker, b.speaker):
        return False
    persons = a.unit == "person" and b.unit == "person"
    shorter = min(len(_plain(a.normalized)), len(_plain(b.normalized)))
    longer = max(len(_plain(a.normalized)), len(_plain(b.normalized)))
    share = shared_words(a.normalized, b.normalized) / max(1, shorter)
    if shorter > _SHORT and share < _ORDERED_SHARE:
        # Long quotes must run alike, not just share a stock phrase. A translation of one
        # quote by the same speaker, in one aligned group, keeps its length and some order.
        translated = (
            grouped
            and persons
            and share >= _TRANSLATED_SHARE
            and shorter >= _TRANSLATED_LENGTH * longer
        )
        if not translated:
            return False
    if shorter <= _SHORT and longer >= _LONGER * shorter:
        # a few words against a long statement: they must all be in it ('the unwavering
        # support' in the tweet), not just share a word ('support') with it
        stop = lexicon.stop_words()
        short, long = sorted((a.normalized, b.normalized), key=lambda t: len(_plain(t)))
        return _prefixes(short, stop, 4) <= _prefixes(long, stop, 4)
    overlap = _overlap(a.normalized, b.normalized)
    if grouped:
        return overlap >= _OVERLAP_GROUPED
    if persons:
        return overlap >= _OVERLAP_PERSON
    return overlap >= _OVERLAP_OTHER


def _words(text: str) -> list[str]:
    return quote_tokens(text)


def _plain(text: str) -> list[str]:
    return words_only(quote_tokens(text))


def _differing(own: list[str], other: list[str]) -> list[str]:
    """Words of ``own`` that ``other`` words differently, inside the stretch both cover."""
    matcher = difflib.SequenceMatcher(a=own, b=other, autojunk=False)
    blocks = [blk for blk in matcher.get_matching_blocks() if blk.size]
    if not blocks:
        return list(own)  # not one word in common: 'respond decisively' / 'a firm response'
    out: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        outer = i2 <= blocks[0].a or i1 >= blocks[-1].a + blocks[-1].size
        other_outer = j2 <= blocks[0].b or j1 >= blocks[-1].b + blocks[-1].size
        if outer or other_outer:
            continue  # one quote runs on where the other stopped
        if form_only(own[i1:i2], other[j1:j2]):
            continue  # 'they're' / 'they are', 'f***' / 'f---', a cut, an editor's bracket
        out.extend(w for w in own[i1:i2] if not is_marker(w))
    return out


def quote_diff(texts: list[str], sources: list[str] | None = None) -> tuple[tuple[str, ...], ...]:
    """Per quote, the words no other outlet's quote of the fact has in the same place
    (two excerpts of one outlet, such as the halves of a split quote, are not compared).

    A short quote set against a long one ('firm support' vs '... unwavering support of ...')
    is compared over the long one's matching stretch, widened by the short one's length.
    """
    words = [_words(t) for t in texts]
    result: list[tuple[str, ...]] = []
    for k, own in enumerate(words):
        differing: list[str] = []
        for n, other in enumerate(words):
            if n == k or (sources is not None and sources[n] == sources[k]):
                continue
            if not _related(texts[k], texts[n]):
                continue  # another part of the statement, linked through a third quote
            for word in _differing(own, other) + _edge_words(own, other):
                if is_marker(word):
                    continue
                if word not in differing:
                    differing.append(word)
        result.append(tuple(differing))
    return tuple(result)


def _related(a: str, b: str) -> bool:
    """Do two quotes render the same words at all (a word in common, or most stems)?"""
    return shared_words(a, b) > 0 or _overlap(a, b) >= _SAME_WORDS


def _edge_words(own: list[str], other: list[str]) -> list[str]:
    """Words at a short quote's edges with no counterpart where it sits in a longer one:
    'firm' in 'firm support' against 'the unwavering support', and 'unwavering' back."""
    matcher = difflib.SequenceMatcher(a=own, b=other, autojunk=False)
    blocks = [blk for blk in matcher.get_matching_blocks() if blk.size]
    if not blocks:
        return []
    first, last = blocks[0], blocks[-1]
    out: list[str] = []

    def add(mine: list[str], facing: list[str]) -> None:
        if not form_only(mine, facing):
            out.extend(mine)

    if len(own) > len(other):  # the words of the long quote facing the short one's edges
        if first.b > 0 and first.a > 0:
            add(own[max(0, first.a - first.b) : first.a], other[: first.b])
        tail_other = len(other) - (last.b + last.size)
        tail_own = last.a + last.size
        if tail_other > 0 and tail_own < len(own):
            add(own[tail_own : tail_own + tail_other], other[last.b + last.size :])
        return out
    if first.a > 0 and first.b > 0:
        add(own[: first.a], other[max(0, first.b - first.a) : first.b])
    tail_own = last.a + last.size
    if tail_own < len(own) and last.b + last.size < len(other):
        tail = len(own) - tail_own
        add(own[tail_own:], other[last.b + last.size : last.b + last.size + tail])
    return out
