"""The words of a quote in one comparable form, and which differences are only of form.

Two outlets render one spoken sentence differently without changing a word of it: curly or
straight quotes, "They're" or "They are", "f***" or "f---", "year-end" or "year end", an
ellipsis where words were cut, an editor's "[the president]" in place of "he" or "(Russian
President Vladimir) Putin" where the speaker said "Putin" (nobody speaks parentheses). Before two
quotes are compared their words are brought to one form (``quote_tokens``), and a change
between them that is only one of these (``form_only``) is not a rewording.

Markers in the token list: ``…`` where words were cut (an ellipsis, or the attribution a
quote was split around), ``[]`` where an editor inserted words, ``x*`` for a censored word
that starts with x (``*`` when not even its first letter is printed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reader.analysis.facts.lexicon import quote_forms

GAP = "…"
BRACKET = "[]"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"'})
_LOOSE_CLITIC = re.compile(r"\w ?' (?:m|s|re|ve|ll|d|t)\b|\w n't\b", re.I)
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")
_BRACKETED = re.compile(r"\[[^\]]*\]|\([^()]*\)")  # an editor's [words] or (words)
# a word its outlet would not print: 'f***', 'f---', 's—t', '****', 'f**king'
_CENSORED = re.compile(r"\b([a-z]?)[a-z]*(?:\*+|-{2,}|[—–]+)[a-z]*(?![\w*])|(?<!\w)\*{2,}", re.I)
_TOKEN = re.compile(r"…|\[\]|[a-z]?\*|[a-z0-9]+(?:'[a-z]+)?|%")


def quote_tokens(text: str) -> list[str]:
    """The quote's words, lower case, in one comparable form (see the module doc)."""
    return list(_quote_tokens(text))


@lru_cache(maxsize=1 << 14)  # every quote is compared with every other of its bucket
def _quote_tokens(text: str) -> tuple[str, ...]:
    forms = quote_forms()
    text = text.translate(_APOSTROPHES)
    text = _LOOSE_CLITIC.sub(lambda m: m.group(0).replace(" ", ""), text)  # "I' m", "do n't"
    text = _ELLIPSIS.sub(f" {GAP} ", text)
    text = _BRACKETED.sub(f" {BRACKET} ", text)
    text = _CENSORED.sub(lambda m: f" {(m.group(1) or '').lower()}* ", text)
    text = text.lower().replace("per cent", "percent")
    out: list[str] = []
    for raw in _TOKEN.findall(text.replace("-", " ")):
        if raw in forms.censor_words:
            out.append("*")
        elif raw in forms.contractions:
            out.extend(forms.contractions[raw].split())
        else:
            out.extend(_expand(raw, forms.suffixes, forms.s_is_after))
    return tuple(forms.numbers.get(w, w) for w in out)


def _expand(word: str, suffixes: dict[str, str], s_is_after: frozenset[str]) -> list[str]:
    for tail, full in suffixes.items():
        if word.endswith(tail) and len(word) > len(tail):
            return [word[: -len(tail)], *full.split()]
    if word.endswith("'s"):
        head = word[:-2]
        return [head, "is"] if head in s_is_after else [head]  # a possessive keeps its noun
    return [word.strip("'")] if word.strip("'") else []


def is_marker(word: str) -> bool:
    return word in (GAP, BRACKET) or word.endswith("*")


def words_only(tokens: Sequence[str]) -> list[str]:
    """The tokens that are words (no cut, insertion or censoring marker)."""
    return [t for t in tokens if not is_marker(t)]


def form_only(own: Sequence[str], other: Sequence[str]) -> bool:
    """Is a change from ``own`` to ``other`` (the two sides of one diff step) only one of
    form? A cut or an editor's insertion on either side hides what stood there; censored
    words stand for words with their first letters; spacing ('year end' / 'yearend')."""
    if any(w in (GAP, BRACKET) for w in (*own, *other)):
        return True
    if "".join(own) == "".join(other):
        return True
    if own and len(own) == len(other):
        return all(_censor_fits(a, b) for a, b in zip(own, other, strict=True))
    return False


def _censor_fits(a: str, b: str) -> bool:
    if a == b:
        return True
    for c, word in ((a, b), (b, a)):
        if c.endswith("*") and not word.endswith("*"):
            return c == "*" or word.startswith(c[:-1])
    return a.endswith("*") and b.endswith("*")
