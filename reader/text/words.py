"""Words: the one stop list and the one stemmer every lens uses.

The stemmer is Snowball's English (Porter2) stemmer from ``snowballstemmer`` (which runs on
PyStemmer's C code when that is installed): "responded" and "responds" meet; "response",
"attention" and "attend" do not. The stop list is ``reader/data/stopwords.txt``: function
words only, no reporting verb ("said", "claimed" are words framing compares), no negation
or particle.
"""

from __future__ import annotations

from functools import cache, lru_cache

import snowballstemmer

from reader.text import data

_STEMMER = snowballstemmer.stemmer("english")


@cache
def stop_words() -> frozenset[str]:
    """Function words: articles, pronouns, auxiliaries, prepositions, conjunctions."""
    return data.word_set("stopwords.txt")


@cache
def weak_words() -> frozenset[str]:
    """Words too common to make two passages one claim though not function words: 'said',
    'according', negations, modals and particles (``reader/data/weak_words.txt``)."""
    return data.word_set("weak_words.txt")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball English stem of ``word`` (lower-cased; "’s" and "'s" left off)."""
    lowered = word.lower().replace("\u2019", "'")
    return str(_STEMMER.stemWord(lowered.removesuffix("'s")))


def stems(words: list[str] | tuple[str, ...]) -> list[str]:
    return [stem(w) for w in words]
