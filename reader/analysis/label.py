"""A group's label: its gist in a few words, for a list a reader scans.

The words chosen are the content words most of the group's outlets share, preferring
words rare in the whole source set (``Geneva``, ``50 minutes``) over ones every passage
uses (``Biden``). They appear in the order the first member uses them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from reader.analysis.normalize_text import fold_aliases, number_words, stem, stop_words

LABEL_WORDS = 4
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F\-]+|\d[\d,.]*\d|\d")


def _words(text: str) -> list[tuple[str, str]]:
    """(stem key, surface word) for each content word of ``text``.

    Number words are left out ("twelve" says little without its noun); digits stay.
    """
    stops = stop_words()
    numbers = number_words()
    text = fold_aliases(text)
    out: list[tuple[str, str]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        lowered = word.lower()
        if lowered in stops or lowered in numbers or (len(word) < 3 and not word[0].isdigit()):
            continue
        out.append((stem(lowered), word))
    return out


def word_frequencies(texts: Iterable[str]) -> Counter[str]:
    """In how many of ``texts`` each stem appears (the set-wide rarity of a word)."""
    frequencies: Counter[str] = Counter()
    for text in texts:
        frequencies.update({key for key, _ in _words(text)})
    return frequencies


def label_for(
    texts: Sequence[str],
    sources: Sequence[str],
    frequencies: Mapping[str, int] | None = None,
    total: int = 0,
) -> str:
    sharing: dict[str, set[str]] = {}
    for text, source in zip(texts, sources, strict=True):
        for key, _ in _words(text):
            sharing.setdefault(key, set()).add(source)
    frequencies = frequencies or {}
    total = max(total, 1)

    def weight(key: str) -> float:
        rarity = math.log((total + 1) / (frequencies.get(key, 0) + 1)) + 1.0
        return len(sharing[key]) * rarity

    shared = [k for k in sharing if len(sharing[k]) >= 2] or list(sharing)
    chosen = set(sorted(shared, key=lambda k: (-weight(k), k))[:LABEL_WORDS])
    words: list[str] = []
    seen: set[str] = set()
    for text in texts:
        for key, surface in _words(text):
            if key in chosen and key not in seen:
                seen.add(key)
                words.append(surface)
    return " ".join(words) if words else "(no shared words)"
