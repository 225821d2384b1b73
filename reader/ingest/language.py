"""Tell a source's language (ISO 639-1) by counting frequent function words.

The word lists live in ``reader/data/stopwords.json``. Too little text, or no clear winner,
gives ``None``: an unknown language is better than a wrong one.
"""

from __future__ import annotations

import re
from functools import cache

from reader.text.data import load_json

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MARGIN = 1.5
_SAMPLE_CHARS = 50_000  # plenty to tell a language; keeps huge sources cheap


@cache
def _lists() -> tuple[dict[str, frozenset[str]], int, float]:
    data = load_json("stopwords.json")
    lists = {lang: frozenset(words) for lang, words in data["stopwords"].items()}
    return lists, int(data["min_words"]), float(data["min_share"])


def detect_language(text: str) -> str | None:
    lists, min_words, min_share = _lists()
    words = [w.casefold() for w in _WORD.findall(text[:_SAMPLE_CHARS])]
    if len(words) < min_words:
        return None
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in lists.items()}
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < min_share * len(words) or top < _MARGIN * second:
        return None
    return best
