"""Which quotes of different outlets are the same words, and which words differ.

Two quotes match when their content words largely overlap (four-letter stems, so
'respond' meets 'response' and 'walked' meets 'walking') and their speakers do not clash.
Only the stretch both quotes cover is compared: an outlet that quotes less of a statement
has not reworded it.
"""

from __future__ import annotations

import difflib
import re

from reader.analysis.facts import lexicon
from reader.analysis.facts.mention import Mention
from reader.analysis.facts.text import content_stems

_WORD = re.compile(r"[\w’'@-]+")
_SHORT = 4  # words: a short quote
_LONGER = 3  # times longer: a long statement the short quote may be taken from


def _overlap(a: str, b: str) -> float:
    """Share of the shorter quote's content words the other has: four-letter stems, but
    five-letter ones must overlap too ('consider' is not 'consequences')."""
    stop = lexicon.stop_words()
    sa, sb = content_stems(a, stop, 4), content_stems(b, stop, 4)
    if len(sa) < 2 and len(sb) < 2:
        return 0.0
    fa, fb = content_stems(a, stop, 5), content_stems(b, stop, 5)
    if len(fa & fb) < 0.3 * min(len(fa), len(fb)):
        return 0.0
    return len(sa & sb) / max(1, min(len(sa), len(sb)))


def shared_words(a: str, b: str) -> int:
    """Words two quotes share in the same order (difflib matching blocks)."""
    matcher = difflib.SequenceMatcher(a=_words(a), b=_words(b), autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def quotes_match(a: Mention, b: Mention, *, grouped: bool) -> bool:
    persons = a.unit == "person" and b.unit == "person"
    if persons and a.speaker != b.speaker:
        return False
    shorter = min(len(_words(a.normalized)), len(_words(b.normalized)))
    longer = max(len(_words(a.normalized)), len(_words(b.normalized)))
    share = shared_words(a.normalized, b.normalized) / max(1, shorter)
    if shorter > 4 and share < 0.6:
        # Long quotes must run alike, not just share a stock phrase. A translation of one
        # quote by the same speaker, in one aligned group, keeps its length and some order.
        translated = grouped and persons and share >= 0.4 and shorter >= 0.6 * longer
        if not translated:
            return False
    if shorter <= _SHORT and longer >= _LONGER * shorter:
        # a few words against a long statement: they must all be in it ('the unwavering
        # support' in the tweet), not just share a word ('support') with it
        stop = lexicon.stop_words()
        short, long = sorted((a.normalized, b.normalized), key=lambda t: len(_words(t)))
        return content_stems(short, stop, 4) <= content_stems(long, stop, 4)
    overlap = _overlap(a.normalized, b.normalized)
    if grouped:
        return overlap >= 0.5
    if persons:
        return overlap >= 0.5
    return overlap >= 0.8


def _words(text: str) -> list[str]:
    return [w.lower().strip("’'") for w in _WORD.findall(text)]


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
        out.extend(own[i1:i2])
    return out


def quote_diff(texts: list[str]) -> tuple[tuple[str, ...], ...]:
    """Per quote, the words no other quote of the fact has in the same place.

    A short quote set against a long one ('firm support' vs '... unwavering support of ...')
    is compared over the long one's matching stretch, widened by the short one's length.
    """
    words = [_words(t) for t in texts]
    result: list[tuple[str, ...]] = []
    for k, own in enumerate(words):
        differing: list[str] = []
        for n, other in enumerate(words):
            if n == k:
                continue
            for word in _differing(own, other) + _edge_words(own, other):
                if word not in differing:
                    differing.append(word)
        result.append(tuple(differing))
    return tuple(result)


def _edge_words(own: list[str], other: list[str]) -> list[str]:
    """Words at a short quote's edges with no counterpart where it sits in a longer one:
    'firm' in 'firm support' against 'the unwavering support', and 'unwavering' back."""
    matcher = difflib.SequenceMatcher(a=own, b=other, autojunk=False)
    blocks = [blk for blk in matcher.get_matching_blocks() if blk.size]
    if not blocks:
        return []
    first, last = blocks[0], blocks[-1]
    out: list[str] = []
    if len(own) > len(other):  # the words of the long quote facing the short one's edges
        if first.b > 0 and first.a > 0:
            out.extend(own[max(0, first.a - first.b) : first.a])
        tail_other = len(other) - (last.b + last.size)
        tail_own = last.a + last.size
        if tail_other > 0 and tail_own < len(own):
            out.extend(own[tail_own : tail_own + tail_other])
        return out
    if first.a > 0 and first.b > 0:
        out.extend(own[: first.a])
    tail_own = last.a + last.size
    if tail_own < len(own) and last.b + last.size < len(other):
        out.extend(own[tail_own:])
    return out
