"""Naming pairs the lexicon does not know: one name spelled two ways across the outlets.

Transliteration splits names the way Kiev/Kyiv, Kharkov/Kharkiv and Lugansk/Luhansk show:
vowels change, g becomes h, a doubled consonant goes single. Two capitalised words from
different sources whose consonant skeletons agree (vowels dropped, g folded into h, doubles
collapsed) and that are at most two edits apart are taken for one name in two spellings.
The form with a Russian-style trait (-ov/-ev for -iv, i for y, g for h, a doubled consonant)
gets a note saying so; otherwise both forms are plain spelling variants.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from reader.analysis.framing.lexicon import Lexicon
from reader.analysis.framing.speakers import load_speakers
from reader.analysis.framing.text import sentences, tokenize
from reader.model import Source

MIN_LENGTH = 5
MAX_EDITS = 2
_VOWELS = "aeiouy"


@dataclass(frozen=True, slots=True)
class Variant:
    form: str  # as the outlets capitalise it
    concept: str  # the form taken as neutral, used as the profile key
    note: str
    neutral: str | None  # the other spelling, when this one has a Russian-style trait


def _skeleton(word: str) -> str:
    w = word.lower().replace("g", "h")
    body = "".join(c for c in w[1:] if c not in _VOWELS)
    return re.sub(r"(.)\1+", r"\1", w[0] + body)


def _russian_style(a: str, b: str) -> bool:
    """Whether ``a`` shows a Russian-style transliteration trait where ``b`` does not."""
    x, y = a.lower(), b.lower()
    if re.search(r"[oe]v$", x) and y.endswith("iv"):
        return True
    if "g" in x and "h" in y and x.replace("g", "h") == y:
        return True
    if re.search(r"([^aeiouy])\1", x) and re.sub(r"([^aeiouy])\1", r"\1", x) == y:
        return True
    return len(x) == len(y) and any(c == "i" and d == "y" for c, d in zip(x, y, strict=True))


def _proper_nouns(source: Source) -> Counter[str]:
    """Capitalised words that appear at least once inside a sentence (not first)."""
    sp = load_speakers()
    found: Counter[str] = Counter()
    for paragraph in source.body:
        for start, end in sentences(paragraph.text):
            words = [t for t in tokenize(paragraph.text[start:end]) if t.is_word]
            for tok in words[1:]:
                word = tok.text.removesuffix("'s").removesuffix("’s")
                shaped = len(word) >= MIN_LENGTH and word[0].isupper() and word[1:].islower()
                if shaped and word not in sp.not_names and word not in sp.titles:
                    found[word] += 1
    return found


def naming_variants(sources: list[Source], lexicon: Lexicon) -> dict[str, Variant]:
    """Form -> variant, for names spelled two ways by different sources of the set."""
    used = {s.id: _proper_nouns(s) for s in sources}
    where: dict[str, set[str]] = {}
    for sid, words in used.items():
        for word in words:
            where.setdefault(word, set()).add(sid)
    variants: dict[str, Variant] = {}
    for a, b in combinations(sorted(where), 2):
        if a[0] != b[0] or _skeleton(a) != _skeleton(b) or len(_skeleton(a)) < 3:
            continue
        if Levenshtein.distance(a.lower(), b.lower()) > MAX_EDITS:
            continue
        if where[a] == where[b] or lexicon.lookup(a) or lexicon.lookup(b):
            continue
        old = a if _russian_style(a, b) else b if _russian_style(b, a) else None
        concept = b if old == a else a
        for form, other in ((a, b), (b, a)):
            if form == old:
                note = f"Russian-style spelling; also written {other}"
                variants[form] = Variant(form, concept, note, other)
            else:
                note = f"spelling differs between outlets; also written {other}"
                variants[form] = Variant(form, concept, note, None)
    return variants
