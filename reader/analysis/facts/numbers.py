"""Numbers written in digits or words, with their qualifier and the noun they count.

"about 100,000 troops" -> 100000 (range 90000..110000) counting 'troops';
"more than a dozen" -> 12 (open range above); "twelve warehouses" -> 12 'buildings'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from reader.analysis.facts import lexicon
from reader.analysis.facts.text import tokens

_DIGITS = re.compile(
    r"(?<![\w@#:/.,])(?<![A-Za-z]-)(?<![A-Z]{2} )(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(million|billion|trillion|thousand|mln|bn|m|(?i:k))\b)?(?![\w:/]|[.,]\d)"
)
_ORDINAL_TAIL = re.compile(r"^(?:st|nd|rd|th)\b")


@dataclass(frozen=True, slots=True)
class NumberHit:
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    approximate: bool


@cache
def _qualifier_pattern() -> re.Pattern[str]:
    words = sorted(lexicon.qualifiers(), key=len, reverse=True)
    return re.compile(r"(?:^|\W)(" + "|".join(re.escape(w) for w in words) + r")\s+$", re.I)


def qualify(text: str, hit_start: int, value: float) -> tuple[int, float | None, float | None]:
    """Widen a value by the qualifier just before it; return the new start too."""
    match = _qualifier_pattern().search(text, max(0, hit_start - 30), hit_start)
    if not match:
        return hit_start, value, value
    low_f, high_f = lexicon.qualifiers()[match.group(1).lower()]
    return (
        match.start(1),
        value * low_f,
        None if high_f is None else value * high_f,
    )


@cache
def _number_starters() -> frozenset[str]:
    """First words of every number word or phrase: a cheap filter before the real parse."""
    data = lexicon.number_words()
    phrases = [*data["units"], *data["plural_multipliers"]]
    return frozenset(p.split()[0].split("-")[0] for p in phrases)


def _word_numbers(text: str) -> list[tuple[int, int, float, tuple[float, float] | None]]:
    """Runs of number words: 'twenty-five', 'a dozen', 'tens of thousands', 'one hundred'."""
    data = lexicon.number_words()
    units: dict[str, int] = data["units"]
    mults: dict[str, int] = data["multipliers"]
    plural: dict[str, list[int]] = data["plural_multipliers"]
    toks = tokens(text)
    out: list[tuple[int, int, float, tuple[float, float] | None]] = []
    i = 0
    starters = _number_starters()
    while i < len(toks):
        if toks[i].lower.split("-")[0] not in starters:
            i += 1
            continue
        # phrases of two to three words first ("a dozen", "tens of thousands")
        found = False
        for width in (3, 2):
            phrase = " ".join(t.lower for t in toks[i : i + width])
            if len(toks[i : i + width]) == width and phrase in plural:
                lo, hi = plural[phrase]
                out.append((toks[i].start, toks[i + width - 1].end, float(lo), (lo, hi)))
                i += width
                found = True
                break
            if len(toks[i : i + width]) == width and phrase in units:
                out.append((toks[i].start, toks[i + width - 1].end, float(units[phrase]), None))
                i += width
                found = True
                break
        if found:
            continue
        word = toks[i].lower
        if word in plural:
            lo, hi = plural[word]
            out.append((toks[i].start, toks[i].end, float(lo), (lo, hi)))
            i += 1
            continue
        parts = word.split("-")
        if len(parts) > 1 and parts[0] in units and not all(p in units for p in parts):
            first = toks[i].start + len(parts[0])  # 'six-month', 'three-judge': the six
            out.append((toks[i].start, first, float(units[parts[0]]), None))
            i += 1
            continue
        if not all(p in units for p in parts) or word in {"a", "dozen"}:
            i += 1
            continue
        total, current = 0, sum(units[p] for p in parts)
        start, end, j = toks[i].start, toks[i].end, i + 1
        while j < len(toks):
            w = toks[j].lower
            nxt = toks[j + 1].lower if j + 1 < len(toks) else ""
            if w in ("hundred",):
                current *= 100
            elif w == "dozen":
                current *= 12  # 'four dozen questions' are 48
            elif w in mults and w not in ("m", "k", "bn", "mln"):
                total += current * mults[w]
                current = 0
            elif w == "and" and nxt in units:
                pass
            elif all(p in units for p in w.split("-")) and w not in ("a", "dozen"):
                current += sum(units[p] for p in w.split("-"))
            else:
                break
            end = toks[j].end
            j += 1
        out.append((start, end, float(total + current), None))
        i = j
    return out


def find_numbers(text: str) -> list[NumberHit]:
    """Every number in ``text`` (offsets relative to it), qualifiers folded in."""
    return list(_find_numbers(text))


@lru_cache(maxsize=4096)
def _find_numbers(text: str) -> tuple[NumberHit, ...]:
    """Cached: numbers, durations and money all read the same paragraph's numbers."""
    hits: list[NumberHit] = []
    mults: dict[str, int] = lexicon.number_words()["multipliers"]
    for m in _DIGITS.finditer(text):
        if _ORDINAL_TAIL.match(text[m.end() :]):
            continue
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= mults[m.group(2).lower()]
        start, low, high = qualify(text, m.start(), value)
        hits.append(NumberHit(start, m.end(), value, low, high, low != high))
    for w_start, w_end, value, spread in _word_numbers(text):
        if any(h.start <= w_start < h.end for h in hits):
            continue
        start, low, high = qualify(text, w_start, value)
        if spread:
            low, high = float(spread[0]), float(spread[1])
        hits.append(NumberHit(start, w_end, value, low, high, spread is not None or low != high))
    return tuple(sorted(hits, key=lambda h: h.start))


def format_number(value: float) -> str:
    """Canonical text of a number: '100000', '2.5'."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6g}"


def counted_noun(text: str, end: int) -> tuple[str, str, int]:
    """The noun a number counts, read right after ``end``: (kind, class, noun end).

    kind is 'number' for things counted (troops), 'quantity' for measures (km, percent),
    '' when nothing known follows.
    """
    nouns = lexicon.counted_nouns()
    after = tokens(text[end : end + 80], end)
    if text[end : end + 1] == "%":
        return "quantity", "%", end + 1  # '44%' is '44 percent'
    skipped = 0
    i = 0
    while i < len(after):
        for width in range(nouns.longest, 0, -1):
            phrase = " ".join(t.lower for t in after[i : i + width])
            if len(after[i : i + width]) != width:
                continue
            if phrase in nouns.measures:
                return "quantity", nouns.measures[phrase], after[i + width - 1].end
            if phrase in nouns.counted:
                return "number", nouns.counted[phrase], after[i + width - 1].end
        if after[i].lower in nouns.skip and skipped < 2:
            skipped += 1
            i += 1
            continue
        break
    return "", "", end


def measured_before(text: str, start: int) -> tuple[str, str]:
    """What a figure measures when the words right before it say so and nothing after it
    does ('aged 54', 'a magnitude of 5.9'): (kind, class), or ('', '')."""
    nouns = lexicon.counted_nouns()
    words = re.findall(r"[a-z]+", text[max(0, start - 24) : start].lower())
    for width in (3, 2, 1):
        if len(words) >= width and re.search(r"[a-zA-Z]\s+$", text[max(0, start - 3) : start]):
            phrase = " ".join(words[-width:])
            cls = nouns.before.get(phrase)
            if cls:
                return ("quantity" if cls in nouns.measures.values() else "number"), cls
    return "", ""


_CASUALTY_LINK = re.compile(r"^\s+(?:(?:were|was|have|had|been|are|reportedly)\s+){0,3}([a-z]+)")


def casualty_class(text: str, start: int, noun_end: int) -> str:
    """'dead' or 'injured' when a figure of people is one of the killed or hurt: a verb
    right before it ('killing 12', 'injuring dozens more') or a participle after its noun
    ('three people were injured', '50 were hurt'); '' otherwise."""
    nouns = lexicon.counted_nouns()
    before = re.search(r"([a-z]+)\s+$", text[max(0, start - 20) : start].lower())
    if before and before.group(1) in nouns.casualty_before:
        return nouns.casualty_before[before.group(1)]
    after = _CASUALTY_LINK.match(text[noun_end : noun_end + 60].lower())
    if after and after.group(1) in nouns.casualty_after:
        return nouns.casualty_after[after.group(1)]
    return ""


def in_base_measure(
    unit: str, low: float | None, high: float | None
) -> tuple[str, float | None, float | None]:
    """A measure in the base unit it is compared in ('200 ft' as metres), widened by one
    per cent for the rounding of a conversion; other measures unchanged."""
    conversion = lexicon.counted_nouns().conversions.get(unit)
    if conversion is None:
        return unit, low, high
    base, factor = conversion
    return (
        base,
        None if low is None else low * factor * 0.99,
        None if high is None else high * factor * 1.01,
    )


_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
_AGE_TAIL = r"^[\s-]*years?[\s-]old\s+"
_NAMED_AFTER = re.compile(rf"{_AGE_TAIL}(?:[a-z]+\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)")
_NOUN_AFTER = re.compile(rf"{_AGE_TAIL}(?:[A-Z][\w'’-]+\s+)*([a-z]+)")
_NAMED_BEFORE = re.compile(rf"({_NAME}),\s*$")
_NOUN_AGED = re.compile(r"\b([a-z]+)\s+aged\s+$")


def age_holder(text: str, start: int, end: int) -> str:
    """Whose age a figure gives, as a lower-case key: the name next to it ('John Jenkin,
    23', '23-year-old John Jenkin', 'her 20-year-old daughter Kathryn Jenkin'), else the
    noun it qualifies ('a 12-year-old girl', 'a man aged 54'); '' when none is written."""
    tail = text[end : end + 60]
    after = _NAMED_AFTER.match(tail)
    if after:
        return _key(after.group(1))
    named = _NAMED_BEFORE.search(text[max(0, start - 40) : start])
    if named and re.match(r"\s*(?:,|\)|$)", text[end : end + 3]):
        return _key(named.group(1))  # 'Kathryn Jenkin, 20,'
    noun = _NOUN_AFTER.match(tail)
    if noun:
        return noun.group(1)  # 'a 36-year-old Australian climber': the climber
    aged = _NOUN_AGED.search(text[max(0, start - 30) : start])
    return aged.group(1) if aged else ""


def _key(name: str) -> str:
    """A person's key: the last two words of the name ('Skipper Ada Lorne' -> 'ada lorne')."""
    return " ".join(name.split()[-2:]).lower()


def is_apposed_age(text: str, start: int, end: int) -> bool:
    """A bare figure set off by commas right after a name is that person's age ('Warren
    Jeffs, 55, was convicted')."""
    return bool(
        _NAMED_BEFORE.search(text[max(0, start - 40) : start])
        and re.match(r"\s*(?:,|\))", text[end : end + 3])
        and re.fullmatch(r"\d{1,3}", text[start:end])
    )


def percent_kind(text: str, start: int) -> str:
    """'%change' when a percentage is a change ('fell by 30 percent', 'rose 5%'), '%' when
    it is a share ('44 percent of voters'): a change is never compared with a share."""
    before = re.search(r"([a-z]+)\s+$", text[max(0, start - 16) : start].lower())
    change = before is not None and before.group(1) in lexicon.counted_nouns().change_words
    return "%change" if change else "%"
