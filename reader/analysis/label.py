"""A group's label: its gist in a few words, for a list a reader scans.

The keywords are the content words most of the group's outlets share, preferring words
rare in the whole source set (``Geneva``, ``50 minutes``) over ones every passage uses
(``Biden``). The label is the shortest run of one member's own words, inside one clause of
one sentence, that carries most of those keywords ("towed the tanker Marisol Dawn"), so it
reads as a phrase in that outlet's order. A run that says what happened (it holds a shared
word in lower case: "towed", "tanker") beats one made of names alone ("NATO Secretary General
Jens Stoltenberg"), which a label never is when another run will do. When no run holds two
keywords, the keywords alone, in the order the first member uses them.

``label_options`` gives the next best phrases too, so that claims told in the same words can
be told apart (``reader.analysis.groups`` gives each claim the first one not taken).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from reader.analysis.normalize_text import fold_aliases, stop_words
from reader.analysis.sentences import split_spans
from reader.text.calendar import month_numbers
from reader.text.numbers import number_folds as number_words
from reader.text.words import stem

LABEL_WORDS = 4
PHRASE_KEYWORDS = 6
OPTIONS = 4  # phrases label_options offers at most
NAMES_AT_MOST = 0.75  # a run with more of its words names is a list of names
NAME_SHARE = 0.75  # a name counts for half a word in a run: a label says what, not only who
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F\-]+|\d[\d,.]*\d|\d")

PHRASE_WORDS = 8
_TOKEN = re.compile(r"[^\s]+")
_EDGE = "\"'“”‘’()[],;:.!?«»—–-…"
_CLAUSE_END = tuple(",;:)]")  # a token that ends with one of these ends its clause
_CLAUSE_OPEN = tuple("([")
_DASHES = frozenset({"-", "--", "—", "–"})


@dataclass(frozen=True, slots=True)
class _Token:
    surface: str
    key: str | None  # stem, or None for a word a label may not start or end on
    name: bool  # capitalised where a common word would not be (a name, a month, a title)
    ends_clause: bool  # the clause ends after this word


def _phrase_tokens(sentence: str, common: frozenset[str] = frozenset()) -> list[_Token]:
    """The words of a sentence; ``common``: words the texts also write in lower case, so a
    capital at the start of the sentence does not make them names."""
    stops = stop_words()
    numbers = number_words()
    out: list[_Token] = []
    for n, match in enumerate(_TOKEN.finditer(fold_aliases(sentence))):
        word = match.group()
        if word in _DASHES:
            if out:
                out[-1] = _Token(out[-1].surface, out[-1].key, out[-1].name, True)
            continue
        if word.startswith(_CLAUSE_OPEN) and out:
            out[-1] = _Token(out[-1].surface, out[-1].key, out[-1].name, True)
        surface = word.strip(_EDGE)
        after = word[word.find(surface) + len(surface) :] if surface else ""
        if "." in surface and after.startswith("."):
            surface += "."  # an abbreviation keeps its last dot: "a.m."
        if not surface:
            continue
        lowered = surface.lower()
        content = _WORD.fullmatch(surface) is not None and lowered not in stops
        content = content and lowered not in numbers and (len(surface) >= 3 or surface[0].isdigit())
        name = surface[0].isupper() and (n > 0 or lowered not in common)
        ends = word.rstrip("\"'“”‘’»").endswith(_CLAUSE_END)
        out.append(_Token(surface, stem(lowered) if content else None, name, ends))
    return out


def _words_around_figures(tokens: Sequence[_Token], start: int, end: int) -> str:
    """The phrase from ``start`` to ``end``, widened so a figure keeps its month or unit.

    "December 30" and "2 a.m." read as facts; "30" and "2" alone do not.
    """
    if (
        tokens[start].surface[0].isdigit()
        and start > 0
        and tokens[start - 1].surface in month_numbers()
    ):
        start -= 1
    dated = end > 0 and tokens[end - 1].surface in month_numbers()
    if (
        tokens[end].surface[0].isdigit()
        and not dated
        and end + 1 < len(tokens)
        and not tokens[end].ends_clause
    ):
        end += 1
    return " ".join(t.surface for t in tokens[start : end + 1])


def _inside_name(tokens: Sequence[_Token], at: int) -> bool:
    """Whether a run may not end at ``at`` (or start after it): a name goes on after it."""
    if at < 0 or at + 1 >= len(tokens):
        return False
    here, after = tokens[at], tokens[at + 1]
    return here.name and after.name and not here.ends_clause


def _lower_case_words(texts: Sequence[str]) -> frozenset[str]:
    return frozenset(m.group() for t in texts for m in _WORD.finditer(t) if m.group().islower())


def _phrases(texts: Sequence[str], weights: Mapping[str, float]) -> list[str]:
    """Runs of words, within one clause of one sentence, that carry the keywords; best first.

    A run starts on a keyword, ends on a content word, holds at most ``PHRASE_WORDS`` words,
    at least ``need`` keywords and two content words; it scores the share of the keywords'
    weight it covers, less a little for every word. Runs that say what happened come first:
    those with a keyword in lower case and no more than ``NAMES_AT_MOST`` of their words
    names, then those with any word in lower case, then lists of names.
    """
    total = sum(weights.values()) or 1.0
    common = _lower_case_words(texts)
    scored: dict[str, tuple[bool, int, int, float, int]] = {}
    for text in texts:
        for begin, end in split_spans(text):
            tokens = _phrase_tokens(text[begin:end], common)
            for start, first in enumerate(tokens):
                if first.key is None or _inside_name(tokens, start - 1):
                    continue
                opens = first.key in weights  # else the run must end on a keyword
                covered: dict[str, float] = {}  # keyword -> its weight here
                said = False  # a keyword in lower case
                words = names = 0  # content words, and how many of them are names
                for stop in range(start, min(start + PHRASE_WORDS, len(tokens))):
                    token = tokens[stop]
                    if token.key is not None:
                        words += 1
                        names += token.name
                        if token.key in weights:
                            share = weights[token.key] * (NAME_SHARE if token.name else 1.0)
                            covered[token.key] = max(covered.get(token.key, 0.0), share)
                            said = said or not token.name
                    ends = token.key in weights or opens
                    if token.key is not None and words >= 2 and covered and ends:
                        if _inside_name(tokens, stop):
                            continue
                        length = stop - start + 1
                        score = sum(covered.values()) / total - 0.03 * length
                        told = names <= NAMES_AT_MOST * words
                        tier = 2 if said and told else 1 if told and names < words else 0
                        phrase = _words_around_figures(tokens, start, stop)
                        candidate = (tier > 0, min(len(covered), 2), tier, score, -length)
                        if phrase not in scored or candidate > scored[phrase]:
                            scored[phrase] = candidate
                    if token.ends_clause:
                        break
    return sorted(scored, key=lambda p: scored[p], reverse=True)


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


def label_options(
    texts: Sequence[str],
    sources: Sequence[str],
    frequencies: Mapping[str, int] | None = None,
    total: int = 0,
) -> list[str]:
    """The best labels for a group whose members say ``texts`` (one per member, with its
    source), best first; never empty."""
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
    weights = {k: weight(k) for k in ranked[:PHRASE_KEYWORDS]}
    phrases = _phrases(texts, weights)
    if phrases:
        return phrases[:OPTIONS]
    chosen = set(ranked[:LABEL_WORDS])
    words: list[str] = []
    seen: set[str] = set()
    for text in texts:
        for key, surface in _words(text):
            if key in chosen and key not in seen:
                seen.add(key)
                words.append(surface)
    return [" ".join(words) if words else "(no shared words)"]


def label_for(
    texts: Sequence[str],
    sources: Sequence[str],
    frequencies: Mapping[str, int] | None = None,
    total: int = 0,
) -> str:
    """The best label for a group (``label_options``' first)."""
    return label_options(texts, sources, frequencies, total)[0]
