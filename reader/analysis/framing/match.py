"""Find lexicon terms in a paragraph: every inflected form, on word boundaries, any case.

Homographs are settled with simple part-of-speech cues from the neighbouring words:
"claims" after a determiner or a common noun ("the claims", "insurance claims") is a noun,
not an attribution verb; "alleged" before a noun ("Russia's alleged preparations") is a
hedging adjective, while "prosecutors alleged that" is a reporting verb.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

from reader.analysis.framing.lexicon import Entry, Lexicon
from reader.analysis.framing.speakers import function_words, load_speakers
from reader.analysis.framing.text import tokenize
from reader.text.tokens import Token

_WORDLISTS = function_words()
DETERMINERS = _WORDLISTS["determiners"]
AUXILIARIES = _WORDLISTS["auxiliaries"]
PRONOUNS = _WORDLISTS["pronouns"]
PREPOSITIONS = _WORDLISTS["prepositions"]
_NOT_NOUNS = _WORDLISTS["not_nouns"]
_VERB_AFTER = _WORDLISTS["verb_after"]
_NOT_ATTRIBUTIVE_AFTER = _WORDLISTS["not_attributive_after"]
_PASSIVE = _WORDLISTS["passive"]
_DEMONYM_ENDINGS = tuple(sorted(_WORDLISTS["demonym_endings"]))
_SENTENCE_OPENERS = frozenset({".", "!", "?", '"', "“", "”", "\n", ":"})


@dataclass(frozen=True, slots=True)
class TermMatch:
    start: int  # offsets into the paragraph text
    end: int
    text: str  # the surface form as written
    entry: Entry


_WORDS = re.compile(r"\w+")


@cache
def _by_first_word(entries: tuple[Entry, ...]) -> dict[str, list[Entry]]:
    """First word of each surface form -> the entries with such a form, in lexicon order."""
    index: dict[str, list[Entry]] = {}
    for entry in entries:
        for first in {_WORDS.findall(form)[0] for form in entry.forms if _WORDS.search(form)}:
            index.setdefault(first, []).append(entry)
    return index


def _candidates(text: str, entries: tuple[Entry, ...]) -> list[Entry]:
    """The entries whose forms could start somewhere in ``text``: skip every other regex."""
    index = _by_first_word(entries)
    present = set(_WORDS.findall(text.lower()))
    chosen = {id(e) for word in present & index.keys() for e in index[word]}
    return [e for e in entries if id(e) in chosen]


@cache
def _pattern(entry: Entry) -> re.Pattern[str]:
    alternatives = []
    for form in sorted(entry.forms, key=len, reverse=True):
        escaped = re.escape(form).replace(r"\ ", r"\s+").replace(r"\-", r"[-‐‑–\s]?")
        alternatives.append(escaped.replace("'", "['’]"))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def _is_possessive(word: str) -> bool:
    return word.lower().endswith(("'s", "’s"))


def _is_demonym(word: str) -> bool:
    """Nationality adjectives ("Russian claims") modify a noun; they are no subject."""
    return word.endswith(_DEMONYM_ENDINGS)


def is_noun_use(
    prev: Token | None, following: Token | None, *, prev_starts_sentence: bool = False
) -> bool:
    """Whether a verb/noun homograph ("claims", "warning") is used as a noun here.

    A capitalised word before it is taken for a name ("Moscow claims"), unless it only
    starts the sentence ("Insurance claims rose").
    """
    if prev is None:
        return True
    word = prev.lower
    if word in AUXILIARIES or word in PRONOUNS or word in load_speakers().collectives:
        return False
    if word in DETERMINERS or _is_possessive(word):
        return True
    if prev.text[0].isupper() and not prev_starts_sentence and not _is_demonym(prev.text):
        return False
    if following is not None and following.lower in _VERB_AFTER:
        return False
    return prev.is_word


def is_attributive_use(prev: Token | None, following: Token | None) -> bool:
    """Whether "alleged" modifies a noun ("the alleged plot") rather than reports a charge."""
    if prev is not None and prev.lower in _PASSIVE:
        return True  # "it was alleged": impersonal, a hedge
    if following is None or following.lower in _NOT_ATTRIBUTIVE_AFTER:
        return False
    if prev is None:
        return True
    word = prev.lower
    if word in DETERMINERS or _is_possessive(word) or word in PREPOSITIONS:
        return True
    subject = word in PRONOUNS or word in load_speakers().collectives
    return not (subject or prev.text[0].isupper())


def is_before_noun(following: Token | None) -> bool:
    """Whether an adjective/noun homograph ("firm") stands before a noun it modifies."""
    if following is None or not following.is_word:
        return False
    word = following.lower
    return word not in _NOT_NOUNS and not word.endswith(("ed", "'s", "’s"))


def _starts(tokens: list[Token]) -> list[int]:
    return [t.start for t in tokens]


@dataclass(frozen=True, slots=True)
class _Context:
    prev: Token | None
    following: Token | None
    prev_starts_sentence: bool
    possessive: bool = False  # the match is followed by 's ("the firm's lawyers")


def _context(tokens: list[Token], start: int, end: int) -> _Context:
    starts = _starts(tokens)
    i = bisect_left(starts, start)
    j = bisect_left(starts, end)
    prev = tokens[i - 1] if i > 0 else None
    initial = i == 1 or (i >= 2 and tokens[i - 2].text in _SENTENCE_OPENERS)
    return _Context(prev, tokens[j] if j < len(tokens) else None, initial)


def _accepts(entry: Entry, surface: str, ctx: _Context) -> bool:
    form = surface.lower()
    prev, following = ctx.prev, ctx.following
    if prev is not None and prev.lower in entry.not_after:
        return False
    if following is not None and following.lower in entry.not_before:
        return False
    if entry.cue == "before-noun":
        return not ctx.possessive and is_before_noun(following)
    if entry.cue == "attributive":
        return is_attributive_use(prev, following)
    if entry.cue == "reporting":
        return following is not None and following.lower in _VERB_AFTER
    if entry.cue == "verb-use":
        noun = is_noun_use(prev, following, prev_starts_sentence=ctx.prev_starts_sentence)
        if form in entry.noun_forms and noun:
            return False
        if form in entry.adj_forms and is_attributive_use(prev, following):
            return False
    return True


def _without_overlaps(found: list[TermMatch]) -> list[TermMatch]:
    kept: list[TermMatch] = []
    for m in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def match_terms(
    text: str, lexicon: Lexicon, entries: tuple[Entry, ...] | None = None
) -> list[TermMatch]:
    """Every lexicon term in ``text`` (neutral reporting verbs included), longest first."""
    tokens = tokenize(text)
    found: list[TermMatch] = []
    for entry in _candidates(text, lexicon.entries if entries is None else entries):
        for m in _pattern(entry).finditer(text):
            ctx = _context(tokens, m.start(), m.end())
            if text[m.end() : m.end() + 2] in ("'s", "’s"):
                ctx = replace(ctx, possessive=True)
            if _accepts(entry, m.group(), ctx):
                found.append(TermMatch(m.start(), m.end(), m.group(), entry))
    return _without_overlaps(found)
