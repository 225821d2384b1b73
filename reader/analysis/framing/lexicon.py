"""The framing lexicons (``reader/data/lexicons/*.json``), loaded once.

Each entry names a lemma or phrase and how it inflects; :func:`surface_forms` expands it to
every word form the matcher looks for, so the data files stay short ("invade" finds
"invades", "invading", "invasion"). Naming concepts list their spellings explicitly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from reader.model import FramingCategory
from reader.text import data

LEXICON_CATEGORIES: tuple[FramingCategory, ...] = (
    "hedge",
    "loaded",
    "attribution-verb",
    "intensifier",
)
_VOWELS = "aeiou"


@dataclass(frozen=True, slots=True, eq=False)
class Entry:
    """One lexicon entry; compared and hashed by identity (each is loaded once)."""

    term: str  # lemma or phrase, as a reader would look it up
    category: FramingCategory
    note: str
    forms: tuple[str, ...]  # every surface form, lower case
    neutral: str | None = None
    cue: str | None = None  # "verb-use" | "attributive": context test before marking
    noun_forms: tuple[str, ...] = ()  # forms that may be nouns ("claims")
    adj_forms: tuple[str, ...] = ()  # forms that may be attributive adjectives ("alleged")
    mark: bool = True  # False: a neutral reporting verb, used only to find speakers
    not_after: frozenset[str] = frozenset()  # neutral uses: "sanctions regime"
    not_before: frozenset[str] = frozenset()  # neutral uses: "Nazi Germany"
    concept: str | None = None  # naming: the neutral name this form refers to


@dataclass(frozen=True)
class Lexicon:
    basis: Mapping[str, str]  # category -> the published work it is based on
    entries: tuple[Entry, ...]
    index: Mapping[str, Entry] = field(default_factory=dict)  # surface form -> entry
    categories: Mapping[str, tuple[Entry, ...]] = field(default_factory=dict)

    def by_category(self, category: FramingCategory) -> tuple[Entry, ...]:
        """The entries of one category (the same tuple on every call, when loaded)."""
        if category in self.categories:
            return self.categories[category]
        return tuple(e for e in self.entries if e.category == category)

    def lookup(self, word: str) -> Entry | None:
        """The entry one of whose forms is ``word`` (case-insensitive), if any."""
        return self.index.get(word.lower())


def _verb_forms(lemma: str) -> list[str]:
    if lemma.endswith("e") and not lemma.endswith("ee"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    plural = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"
    forms = [lemma, plural, lemma + "ed", lemma + "ing"]
    short_final = lemma[-1:] not in _VOWELS + "wxy" and lemma[-2:-1] in _VOWELS
    if len(lemma) >= 3 and short_final and lemma[-3] not in _VOWELS:
        # admit -> admitted; a doubled form that never occurs costs nothing
        forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    return forms


def _noun_forms(lemma: str) -> list[str]:
    head, _, last = lemma.rpartition(" ")
    prefix = head + " " if head else ""
    if last.endswith("y") and last[-2:-1] not in _VOWELS:
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        plural = last + "es"
    else:
        plural = last + "s"
    return [lemma, prefix + plural]


def surface_forms(term: str, pos: str, extra: list[str], also: list[str]) -> tuple[str, ...]:
    """Every form of ``term`` for its part of speech, plus explicit and derived forms."""
    if pos == "verb":
        forms = _verb_forms(term)
    elif pos == "noun":
        forms = _noun_forms(term)
    elif pos == "fixed":
        forms = []
    else:
        forms = [term]
    for derived in also:
        forms += _noun_forms(derived)
    forms += extra
    seen: dict[str, None] = {}
    for form in forms:
        seen.setdefault(form.lower(), None)
    return tuple(seen)


def _entry(raw: dict[str, Any], category: FramingCategory) -> Entry:
    forms = surface_forms(
        raw["term"], raw.get("pos", "fixed"), list(raw.get("forms", [])), list(raw.get("also", []))
    )
    return Entry(
        term=raw["term"],
        category=category,
        note=raw["note"],
        forms=forms,
        neutral=raw.get("neutral"),
        cue=raw.get("cue"),
        noun_forms=tuple(f.lower() for f in raw.get("noun_forms", [])),
        adj_forms=tuple(f.lower() for f in raw.get("adj_forms", [])),
        mark=bool(raw.get("mark", True)),
        not_after=frozenset(w.lower() for w in raw.get("not_after", [])),
        not_before=frozenset(w.lower() for w in raw.get("not_before", [])),
    )


def _naming_entries(raw: dict[str, Any]) -> list[Entry]:
    entries: list[Entry] = []
    for concept in raw["concepts"]:
        neutral_forms = [f["form"] for f in concept["forms"] if f.get("neutral")]
        for form in concept["forms"]:
            entries.append(
                Entry(
                    term=form["form"],
                    category="naming",
                    note=form["note"],
                    forms=(form["form"].lower(),),
                    neutral=None if form.get("neutral") else (neutral_forms or [None])[0],
                    concept=concept["concept"],
                )
            )
    return entries


def _read(name: str) -> dict[str, Any]:
    return data.load_json("lexicons", f"{name}.json")


@cache
def load_lexicon() -> Lexicon:
    """All five lexicons: hedge, loaded, attribution-verb, intensifier and naming."""
    basis: dict[str, str] = {}
    entries: list[Entry] = []
    for category in LEXICON_CATEGORIES:
        raw = _read(category)
        basis[category] = raw["basis"]
        entries += [_entry(item, category) for item in raw["entries"]]
    naming = _read("naming")
    basis["naming"] = naming["basis"]
    entries += _naming_entries(naming)
    index: dict[str, Entry] = {}
    for entry in entries:
        for form in entry.forms:
            index.setdefault(form, entry)
    categories: dict[str, tuple[Entry, ...]] = {}
    for entry in entries:
        categories[entry.category] = (*categories.get(entry.category, ()), entry)
    return Lexicon(basis=basis, entries=tuple(entries), index=index, categories=categories)
