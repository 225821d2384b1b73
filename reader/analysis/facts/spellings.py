"""Names the outlets spell differently: one person or place, never a divergence.

'Anthony Brinken' and 'Antony Blinken' are one person; 'Dravnik' and 'Dravnyk' one
district. These facts list every spelling so a reader sees who wrote what.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from reader.analysis.facts.mention import Mention
from reader.analysis.facts.names import find_entities, find_other_names
from reader.model import Fact, FactValue, Source
from reader.text.thresholds import threshold

PLACE_SIMILARITY = 100.0 * threshold("spelling.place")

Keyed = tuple[tuple[int, int], Fact]


def person_facts(
    mentions: Sequence[Mention], canon: Mapping[str, str], order: Mapping[str, int]
) -> list[Keyed]:
    """One fact per person written differently by different outlets."""
    people: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind == "person":
            people.setdefault(canon.get(m.normalized, m.normalized), []).append(m)
    out = []
    for name, ms in people.items():
        ms.sort(key=lambda m: (order[m.source], m.start))
        values = _first_of_each(ms)
        full = {m.text for m in values if " " in m.text}
        if len({m.source for m in values}) < 2 or len({m.text for m in values}) < 2:
            continue
        if len(full) < 2:
            continue
        fact_values = tuple(
            FactValue(m.source, m.paragraph, m.start, m.end, m.text, name) for m in values
        )
        key = (order[values[0].source], values[0].start)
        out.append((key, Fact("", "person", None, name, False, fact_values, spelling_differs=True)))
    return out


def _first_of_each(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[str, str]] = set()
    out = []
    for m in mentions:
        if (m.source, m.text) not in seen:
            seen.add((m.source, m.text))
            out.append(m)
    return out


def place_facts(
    sources: Sequence[Source],
    mentions: Sequence[Mention],
    common: frozenset[str],
    order: Mapping[str, int],
) -> list[Keyed]:
    """One fact per place name spelled differently across outlets: gazetteer aliases
    (Kiev / Kyiv) and unknown capitalised names that read alike (Dravnik / Dravnyk)."""
    found: list[tuple[str, str, int, int, str]] = []  # source, paragraph, start, end, text
    persons = [(m.source, m.start, m.end) for m in mentions if m.kind == "person"]
    for source in sources:
        for p in source.body:
            taken = [(a - p.start, b - p.start) for s, a, b in persons if s == source.id]
            taken += [(e.start, e.end) for e in find_entities(p.text)]
            for a, b, word in find_other_names(p.text, taken, common):
                found.append((source.id, p.id, p.start + a, p.start + b, word))
    out: list[Keyed] = []
    spellings = sorted({f[4] for f in found})
    families: list[list[str]] = []
    for word in spellings:
        home = next((f for f in families if any(spelled_alike(word, w) for w in f)), None)
        if home is None:
            families.append([word])
        else:
            home.append(word)
    for family in families:
        hits = sorted((f for f in found if f[4] in family), key=lambda f: (order[f[0]], f[2]))
        if len(family) < 2 or len({f[0] for f in hits}) < 2:
            continue
        counts = Counter(f[4] for f in hits)
        name = min(counts, key=lambda w: (-counts[w], w))
        seen: set[tuple[str, str]] = set()
        values = []
        for s, para, a, b, word in hits:
            if (s, word) not in seen:
                seen.add((s, word))
                values.append(FactValue(s, para, a, b, word, name))
        key = (order[values[0].source], values[0].start)
        out.append(
            (key, Fact("", "place", None, name, False, tuple(values), spelling_differs=True))
        )
    return out


def spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one unknown name: same first letter, long enough, close enough."""
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and fuzz.ratio(a, b) >= PLACE_SIMILARITY
