"""Word lists the fact extractors read, loaded once from ``reader/data/facts/``.

They live in data files so a newsroom can add a title, an outlet or a currency without
touching code; every loader is cached, so the files are read once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from reader.text import calendar as text_calendar
from reader.text import data, words
from reader.text import numbers as text_numbers
from reader.text.outlets import outlet_names


def _json(name: str) -> dict[str, Any]:
    return data.load_json("facts", name)


def _lines(name: str) -> tuple[str, ...]:
    return data.lines("facts", name)


@cache
def number_words() -> dict[str, Any]:
    """The number-word table (reader.text.numbers), its multipliers with their abbreviations
    ('mln', 'bn', 'm', 'k') as the extractor reads them after a figure."""
    table = text_numbers.number_words()
    return {**table, "multipliers": {**table["multipliers"], **table["multiplier_abbreviations"]}}


@cache
def qualifiers() -> dict[str, tuple[float, float | None]]:
    raw = _json("qualifiers.json")
    return {
        k: (float(v[0]), None if v[1] is None else float(v[1]))
        for k, v in raw.items()
        if k[0] != "_"
    }


@cache
def calendar() -> dict[str, Any]:
    """Facts' calendar words (named and relative days, future markers) with the shared
    English months and weekdays (reader.text.calendar)."""
    return {
        **_json("calendar.json"),
        "months": text_calendar.months("en"),
        "weekdays": text_calendar.weekdays(),
    }


@cache
def duration_units() -> dict[str, int]:
    units: dict[str, int] = _json("durations.json")["units"]
    return units


@cache
def duration_terms() -> dict[str, str]:
    """Phrase -> the length it names ('life in prison' -> 'life')."""
    raw: dict[str, list[str]] = _json("durations.json")["terms"]
    return {phrase: term for term, phrases in raw.items() for phrase in phrases}


@cache
def money() -> dict[str, dict[str, str]]:
    raw = _json("money.json")
    return {"symbols": raw["symbols"], "names": raw["names"]}


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    name: str
    kind: str  # place | organization
    stands_for: str | None  # the country a capital or institution is a metonym for


@cache
def gazetteer() -> dict[str, GazetteerEntry]:
    """Alias as written -> entry (aliases, then demonyms marked by a leading '~')."""
    table: dict[str, GazetteerEntry] = {}
    for item in _json("gazetteer.json")["entries"]:
        entry = GazetteerEntry(item["name"], item["kind"], item.get("stands_for"))
        for alias in item["aliases"]:
            table.setdefault(alias, entry)
        for demonym in item.get("demonyms", ()):
            table.setdefault("~" + demonym, entry)
    return table


@cache
def titles() -> tuple[str, ...]:
    """Titles, longest first so 'Press Secretary' wins over 'Secretary'."""
    return tuple(sorted(set(_lines("titles.txt")), key=lambda t: (-len(t), t)))


@cache
def given_names() -> frozenset[str]:
    return frozenset(_lines("given_names.txt"))


@cache
def name_particles() -> frozenset[str]:
    return frozenset(_lines("name_particles.txt"))


@cache
def non_name_words() -> frozenset[str]:
    return frozenset(_lines("non_name_words.txt"))


@cache
def given_name_variants() -> dict[str, str]:
    """Given name -> a representative of its variant set (Volodymyr -> vladimir)."""
    out: dict[str, str] = {}
    for group in _json("given_name_variants.json")["groups"]:
        for name in group:
            out.setdefault(name, group[0])
    return out


@cache
def attribution_verbs() -> frozenset[str]:
    return frozenset(_lines("attribution_verbs.txt"))


@dataclass(frozen=True, slots=True)
class CountedNouns:
    counted: dict[str, str]  # noun phrase -> class ('soldiers' -> 'troops')
    measures: dict[str, str]  # unit phrase -> unit ('kilometres' -> 'km')
    skip: frozenset[str]  # words allowed between a number and its noun
    longest: int  # most words in one phrase
    generic: frozenset[str]  # classes counted for many reasons in one story (people)
    conversions: dict[str, tuple[str, float]]  # measure -> (base measure, factor): ft -> m
    before: dict[str, str]  # words right before a figure -> what it measures ('aged' -> age)
    casualty_before: dict[str, str]  # verb before a figure of people -> class ('killing')
    casualty_after: dict[str, str]  # participle after it -> class ('were injured')
    change_words: frozenset[str]  # words before a percentage that make it a change ('by')


@cache
def counted_nouns() -> CountedNouns:
    raw = _json("counted_nouns.json")
    counted = {noun: cls for cls, nouns in raw["classes"].items() for noun in nouns}
    measures = {unit: cls for cls, units in raw["measures"].items() for unit in units}
    longest = max(len(p.split()) for p in [*counted, *measures])
    verbs = raw["casualty_verbs"]
    return CountedNouns(
        counted,
        measures,
        frozenset(raw["skip_adjectives"]),
        longest,
        frozenset(raw["generic"]),
        {unit: (str(base), float(f)) for unit, (base, f) in raw["conversions"].items()},
        {w: cls for cls, words in raw["before"].items() for w in words},
        {w: cls for cls, forms in verbs.items() for w in forms["before"]},
        {w: cls for cls, forms in verbs.items() for w in forms["after"]},
        frozenset(raw["change_words"]),
    )


@cache
def event_words() -> dict[str, str]:
    """Event word -> event class ('telephone' -> 'call')."""
    raw = _json("events.json")
    return {word: cls for cls, words in raw["classes"].items() for word in words}


def stop_words() -> frozenset[str]:
    """The shared function words (reader/data/stopwords.txt)."""
    return words.stop_words()


@cache
def other_occurrence_words() -> frozenset[str]:
    """Words that mark another occurrence of an event ('the previous call')."""
    words: list[str] = _json("events.json")["other_occurrence"]
    return frozenset(words)


@dataclass(frozen=True, slots=True)
class AttributionWords:
    speaks_for: frozenset[str]  # title words: the person is the voice of the institution
    relay_words: tuple[str, ...]  # 'news agency': the credited body passes a statement on
    relay_names: frozenset[str]  # news media named outright ('TASS', 'MTI')
    cues: tuple[str, ...]  # 'according to', 'citing': the speaker is named next
    verbs: frozenset[str]  # speech verbs beyond attribution_verbs.txt ('reported')


@cache
def attribution_words() -> AttributionWords:
    raw = _json("attribution.json")
    return AttributionWords(
        speaks_for=frozenset(raw["speaks_for"]),
        relay_words=tuple(raw["relay_words"]),
        relay_names=outlet_names(),
        cues=tuple(raw["cues"]),
        verbs=frozenset(raw["verbs"]) | attribution_verbs(),
    )


@dataclass(frozen=True, slots=True)
class FormulaWords:
    heads: tuple[str, ...]  # 'principle', 'motto': nouns that name a formula
    links: tuple[str, ...]  # 'of', 'that': the words joining the head to the formula


@cache
def formula_words() -> FormulaWords:
    raw = _json("formulas.json")
    return FormulaWords(heads=tuple(raw["heads"]), links=tuple(raw["links"]))


@cache
def place_types() -> dict[str, str]:
    """Canonical place name -> its type (country, region, city, continent)."""
    return {
        item["name"]: item.get("type", "")
        for item in _json("gazetteer.json")["entries"]
        if item["kind"] == "place"
    }


@dataclass(frozen=True, slots=True)
class ContactWords:
    modes: dict[str, str]  # mode phrase, words joined by one space -> phone | video | in person
    venue_heads: tuple[str, ...]  # 'talks', 'met': in person when followed by 'in <city>'
    reference_words: tuple[str, ...]  # 'after', 'before': the phrase is a point of reference
    negations: tuple[str, ...]  # 'not', 'rather than': the contact did not take that form
    relative_units: dict[str, int]  # 'days', 'weeks' -> days in one ('two days after')
    relative_shift: dict[str, int]  # 'after' -> -1: the contact came before the anchor date


@cache
def contact_words() -> ContactWords:
    raw = _json("contacts.json")
    modes = {
        " ".join(re.split(r"[\s-]+", phrase)): mode
        for mode, phrases in raw["modes"].items()
        for phrase in phrases
    }
    return ContactWords(
        modes,
        tuple(raw["venue_heads"]),
        tuple(raw["reference_words"]),
        tuple(raw["negations"]),
        dict(raw["relative_units"]),
        dict(raw["relative_shift"]),
    )


@dataclass(frozen=True, slots=True)
class PlaceSlotWords:
    heads: dict[str, str]  # head noun -> slot class ('tensions' -> 'conflict')
    adjectives: tuple[str, ...]  # words allowed between a place and its head
    prepositions: tuple[str, ...]  # words joining a head to the place after it


@cache
def place_slot_words() -> PlaceSlotWords:
    raw = _json("place_slots.json")
    heads = {head: cls for cls, words in raw["classes"].items() for head in words}
    return PlaceSlotWords(heads, tuple(raw["adjectives"]), tuple(raw["prepositions"]))


@dataclass(frozen=True, slots=True)
class QuoteForms:
    contractions: dict[str, str]
    suffixes: dict[str, str]
    s_is_after: frozenset[str]
    censor_words: frozenset[str]
    numbers: dict[str, str]


@cache
def quote_forms() -> QuoteForms:
    raw = _json("quote_forms.json")
    return QuoteForms(
        contractions=dict(raw["contractions"]),
        suffixes=dict(raw["suffixes"]),
        s_is_after=frozenset(raw["s_is_after"]),
        censor_words=frozenset(raw["censor_words"]),
        numbers={**text_numbers.digit_words(), **raw["word_symbols"]},
    )
