"""A group's label: its gist in a few words, for a list a reader scans.

The keywords are the content words most of the group's outlets share, preferring words
rare in the whole source set (``Geneva``, ``50 minutes``) over ones every passage uses
(``Biden``). The label is the shortest run of one member's own words that carries most of
those keywords ("towed the tanker Marisol Dawn"), so it reads as a phrase; when no run holds
two keywords, the keywords alone, in the order the first member uses them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from reader.analysis.normalize_text import fold_aliases, stop_words
from reader.analysis.sentences import split_spans
from reader.text.calendar import month_numbers
from reader.text.numbers import number_folds as number_words
from reader.text.words import stem

LABEL_WORDS = 4
PHRASE_KEYWORDS = 6
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F\-]+|\d[\d,.]*\d|\d")

PHRASE_WORDS = 8
_TOKEN = re.compile(r"[^\s]+")
_EDGE = "\"'“”‘’()[],;:.!?«»—–-…"


def _phrase_tokens(sentence: str) -> list[tuple[str, str | None]]:
    """(surface word, stem key or None for a word a label may not start or end on)."""
    stops = stop_words()
    numbers = number_words()
    out: list[tuple[str, str | None]] = []
    for match in _TOKEN.finditer(fold_aliases(sentence)):
        word = match.group()
        surface = word.strip(_EDGE)
        after = word[word.find(surface) + len(surface) :] if surface else ""
        if "." in surface and after.startswith("."):
            surface += "."  # an abbreviation keeps its last dot: "a.m."
        if not surface:
            continue
        lowered = surface.lower()
        content = _WORD.fullmatch(surface) is not None and lowered not in stops
        content = content and lowered not in numbers and (len(surface) >= 3 or surface[0].isdigit())
        out.append((surface, stem(lowered) if content else None))
    return out


def _words_around_figures(tokens: Sequence[tuple[str, str | None]], start: int, end: int) -> str:
    """The phrase from ``start`` to ``end``, widened so a figure keeps its month or unit.

    "December 30" and "2 a.m." read as facts; "30" and "2" alone do not.
    """
    if tokens[start][0][0].isdigit() and start > 0 and tokens[start - 1][0] in month_numbers():
        start -= 1
    dated = end > 0 and tokens[end - 1][0] in month_numbers()
    if tokens[end][0][0].isdigit() and not dated and end + 1 < len(tokens):
        end += 1
    return " ".join(surface for surface, _ in tokens[start : end + 1])


def _best_phrase(texts: Sequence[str], weights: Mapping[str, float]) -> str | None:
    """The shortest run of words, within one sentence, that carries most of the weight.

    A run starts and ends on a content word and holds at most ``PHRASE_WORDS`` words; it
    scores the share of the keywords' weight it covers, less a little for every word.
    """
    total = sum(weights.values()) or 1.0
    best: tuple[float, int, str] | None = None
    for text in texts:
        for begin, end in split_spans(text):
            sentence = text[begin:end]
            tokens = _phrase_tokens(sentence)
            for start, (_, key) in enumerate(tokens):
                if key is None:
                    continue
                covered: set[str] = set()
                for end in range(start, min(start + PHRASE_WORDS, len(tokens))):
                    end_key = tokens[end][1]
                    if end_key is None:
                        continue
                    if end_key in weights:
                        covered.add(end_key)
                    if len(covered) < 2 or key not in weights or end_key not in weights:
                        continue
                    length = end - start + 1
                    score = sum(weights[k] for k in covered) / total - 0.03 * length
                    phrase = _words_around_figures(tokens, start, end)
                    candidate = (score, -length, phrase)
                    if best is None or candidate[:2] > best[:2]:
                        best = candidate
    return best[2] if best else None


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
    ranked = sorted(shared, key=lambda k: (-weight(k), k))
    phrase = _best_phrase(texts, {k: weight(k) for k in ranked[:PHRASE_KEYWORDS]})
    if phrase is not None:
        return phrase
    chosen = set(ranked[:LABEL_WORDS])
    words: list[str] = []
    seen: set[str] = set()
    for text in texts:
        for key, surface in _words(text):
            if key in chosen and key not in seen:
                seen.add(key)
                words.append(surface)
    return " ".join(words) if words else "(no shared words)"
