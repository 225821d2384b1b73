"""Numbers as real prose writes them, beyond one figure and a known noun.

* ranges: 'between 60 and 100 rioters', 'from 500,000 to 1.6 million', '40 percent to 70
  percent', '2-3 days' -> one value holding both ends (normalised '60-100');
* vote tallies and scores: '348-77', '97 to 1' in a sentence about a vote -> '348-77',
  compared as written, never as a range;
* fractions in words: 'two-thirds of homes', 'a two-thirds majority' -> 66.7 percent;
* the noun a figure counts when the counted-noun table does not know it: '3,400 stores',
  'six AK-47 rifles', 'four strong aftershocks' -> 'stores', 'rifles', 'aftershocks'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

from reader.analysis.facts.numbers import NumberHit, find_numbers, format_number
from reader.analysis.facts.text import tokens
from reader.text import data
from reader.text.words import stop_words


@dataclass(frozen=True, slots=True)
class FormHit:
    start: int
    end: int
    kind: str  # range | tally | fraction
    normalized: str
    low: float | None
    high: float | None
    tail: int  # where the counted noun may start (after the last figure and its unit)


@cache
def _forms() -> dict[str, Any]:
    return data.load_json("facts", "number_forms.json")


@cache
def _vote_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(_forms()["vote_words"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.I)


@cache
def _fraction_pattern() -> re.Pattern[str]:
    table = _forms()["fractions"]
    words = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    heads = "|".join(_forms()["fraction_heads"])
    return re.compile(rf"\b({words})\b(?=\s+(?:of\b|(?:{heads})\b))", re.I)


_PERCENT = r"(?:\s*%|\s+per\s?cent\b)?"
_TALLY = re.compile(
    r"(?<![\w.,$-])(\d{1,3})\s*(?:-|–|—|\bto\b)\s*(\d{1,3})(?![\w%-]|[.,]\d|\s*per)"
)
_JOIN = re.compile(rf"^({_PERCENT})\s*(?:-|–|to|and)\s*$", re.I)
_STARTER_REACH = 12


def find_forms(text: str) -> list[FormHit]:
    """Ranges, tallies and fractions in ``text`` (offsets relative to it), in order."""
    out: list[FormHit] = []
    for m in _TALLY.finditer(text):
        sentence = _sentence_around(text, m.start(), m.end())
        if _vote_pattern().search(sentence):
            a, b = m.group(1), m.group(2)
            out.append(FormHit(m.start(), m.end(), "tally", f"{a}-{b}", None, None, m.end()))
    hits = find_numbers(text)
    for h1, h2 in pairwise(hits):
        if any(f.start <= h1.start < f.end for f in out):
            continue
        join = _JOIN.match(text[h1.end : h2.start])
        if not join or h2.start - h1.end > 16 or h1.value >= h2.value:
            continue
        start = _starter(text, h1)
        connector = text[h1.end : h2.start].strip().lower()
        if connector.endswith("and") and start == h1.start:
            continue  # '60 and 100' without 'between' is two figures, not a range
        pct = re.match(_PERCENT, text[h2.end :])
        end = h2.end + (pct.end() if pct and pct.end() else 0)
        low = h1.low if h1.low is not None else h1.value
        high = h2.high
        normalized = f"{format_number(h1.value)}-{format_number(h2.value)}"
        out.append(FormHit(start, end, "range", normalized, low, high, h2.end))
    for m in _fraction_pattern().finditer(text):
        if any(f.start <= m.start() < f.end for f in out):
            continue
        share = float(_forms()["fractions"][m.group(1).lower()])
        normalized = f"{format_number(share)} %"
        out.append(FormHit(m.start(), m.end(), "fraction", normalized, share, share, m.end()))
    return sorted(out, key=lambda f: f.start)


def _starter(text: str, hit: NumberHit) -> int:
    before = text[max(0, hit.start - _STARTER_REACH) : hit.start]
    words = "|".join(_forms()["range_starters"])
    found = re.search(rf"\b({words})\s+$", before, re.I)
    return hit.start - len(before) + found.start(1) if found else hit.start


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = text.find(". ", end)
    return text[left + 1 : right if right >= 0 else len(text)]


def open_noun(text: str, end: int) -> str:
    """The plural noun a figure ending at ``end`` counts, read past at most two modifiers
    ('six AK-47 rifles', 'four strong aftershocks'); '' when none follows."""
    forms = _forms()
    skip = frozenset(forms["not_counted"])
    plurals = frozenset(forms["irregular_plurals"])
    stop = stop_words()
    after = tokens(text[end : end + 60])
    if not after or not re.match(r"^[\s-]*$", text[end : end + after[0].start]):
        return ""
    for n, t in enumerate(after[: forms["modifiers"] + 1]):
        word = t.text
        if word.lower() in stop or word.lower() in skip:
            return ""
        if word.isalpha() and word.islower() and (_plural(word) or word in plurals):
            return word
        model = word.isdigit() and n > 0 and after[n - 1].text.isupper()  # 'AK 47'
        if n and not (word[:1].isupper() or "-" in word or word.isalpha() or model):
            return ""
    return ""


def _plural(word: str) -> bool:
    return (
        len(word) >= 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous", "ics"))
    )
