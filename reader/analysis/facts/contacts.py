"""Contact format facts: did the same parties speak by phone, by video, or meet in person?

Outlets often say how a contact took place ('a call by phone with the premier early in
March', 'the Varga-Keller video summit'). When two outlets describe the same contact (the same
parties, at times that can be the same) in different modes, one of them is wrong, and a
fact-checker wants to see it. The contract has no kind for a format, so the fact is a
``place`` fact (where the contact happened: on a phone line, over a video link, in one
room) whose subject names the slot: 'format of the Varga–Keller contact (2031-03-04)'.

The rules keep it conservative:

* only a mode phrase counts (contacts.json); a bare 'call', 'talks' or 'spoke' names none;
* a mention needs two parties (persons, else countries) tied to it: a compound right
  before it ('the Varga-Keller summit'), 'between X and Y' after it, else its clause;
* a mention needs a time precise enough to tell contacts apart (a day, or a period of at
  most two weeks): a date right after the phrase, a relative 'two days after the video
  summit' anchored on the one other date of the sentence, else the nearest date of its
  clause; a phrase that is only a point of reference ('after the video summit') takes no
  date from its sentence, and a date that dates a statement ('said on Monday') none;
* two mentions are one contact when their parties are the same and their times can be the
  same day; they diverge only when their modes differ, and not when a third mention shows
  a separate contact of the other mode in that window.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import cache

from reader.analysis.facts import lexicon
from reader.analysis.facts.context import said_when
from reader.analysis.facts.dates import DateSpec, compatible
from reader.analysis.facts.mention import Mention
from reader.analysis.facts.names import find_entities
from reader.analysis.facts.text import alternation, clauses, sentences
from reader.model import Fact, FactValue, Group, Source

_MAX_SPAN_DAYS = 14  # a period longer than two weeks may hold several contacts
_ADJACENT = re.compile(r"^\s*(?:on|of|in|at|held on)?\s*$", re.I)  # no comma: ', on May 2'
_NEGATION_REACH = 3  # words between a negation and the phrase it denies
_WORDING_GAP = 40  # a date this close after the phrase joins the wording shown
_COMPOUND = re.compile(r"(?:^|[\s(])((?:[A-Z][\w’'.]+\s*[-–—]\s*)+[A-Z][\w’'.]+)\s+$")
_POSSESSIVE = re.compile(r"[’']s?$")
_BETWEEN = re.compile(r"^\s+between\s+", re.I)

Keyed = tuple[tuple[int, int], Fact]


@dataclass(frozen=True, slots=True)
class Contact:
    """One mode phrase, tied to its parties and its time."""

    source: str
    paragraph: str
    start: int  # source offsets of the wording: the phrase with its parties and time
    end: int
    text: str
    mode: str  # canonical: phone | video | in person
    parties: frozenset[str]  # canonical persons, else countries
    when: DateSpec | None


@cache
def _mode_pattern() -> re.Pattern[str]:
    data = lexicon.contact_words()
    phrases = sorted(data.modes, key=len, reverse=True)
    body = "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", p)) for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


@cache
def _venue_pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in lexicon.contact_words().venue_heads)
    return re.compile(rf"\b(?:{heads})\s+in\s+", re.I)


@cache
def _reference_pattern() -> re.Pattern[str]:
    data = lexicon.contact_words()
    words = "|".join(re.escape(w) for w in data.reference_words)
    units = alternation(data.relative_units)
    return re.compile(rf"\b(?:(\w+)\s+({units})\s+)?({words})\s+(?:the\s+|a\s+|an\s+)?$", re.I)


def _mode_of(phrase: str) -> str:
    return lexicon.contact_words().modes[" ".join(re.split(r"[\s-]+", phrase.lower()))]


def _phrases(text: str) -> list[tuple[int, int, str]]:
    """Mode phrases in a paragraph: (start, end, mode). A venue ('talks in Geneva') counts
    only in a clause with no explicit phrase; a clause naming two modes counts for none."""
    found = [(m.start(), m.end(), _mode_of(m.group())) for m in _mode_pattern().finditer(text)]
    for m in _venue_pattern().finditer(text):
        after = find_entities(text[m.end() : m.end() + 40])
        city = next((e for e in after if e.start == 0 and e.kind == "place"), None)
        if city is not None and _place_type(city.name) == "city":
            found.append((m.start(), m.end() + city.end, "in person"))
    out: list[tuple[int, int, str]] = []
    for s_start, s_end in sentences(text):
        for c_start, c_end in clauses(text, s_start, s_end):
            inside = [f for f in found if c_start <= f[0] < c_end]
            explicit = [f for f in inside if not _venue_pattern().match(text, f[0])]
            chosen = explicit or inside
            if any(_negated(text, c_start, f[0]) for f in chosen):
                continue  # 'did not meet in person; they spoke by phone': say nothing
            if len({f[2] for f in chosen}) == 1:
                out.extend(chosen)
    return sorted(set(out))


@cache
def _negation_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in lexicon.contact_words().negations)
    return re.compile(rf"(?:\b|(?<=\w))(?:{words})\b(?:\W+\w+){{0,{_NEGATION_REACH}}}\W*$", re.I)


def _negated(text: str, clause_start: int, start: int) -> bool:
    """Does a negation stand a few words before the phrase, in its clause?"""
    return bool(_negation_pattern().search(text, clause_start, start))


def _place_type(name: str) -> str:
    return lexicon.place_types().get(name, "")


class _Reader:
    """Ties the phrases of one source to parties and times, from its mentions."""

    def __init__(
        self, source: Source, mentions: Sequence[Mention], canon: Mapping[str, str]
    ) -> None:
        self.source = source
        self.persons = [
            (m.start, m.end, canon.get(m.normalized, m.normalized))
            for m in mentions
            if m.kind == "person"
        ]
        self.dates = [m for m in mentions if m.kind == "date" and m.date is not None]
        self.by_surname: dict[str, str] = {}
        for _, _, name in self.persons:
            self.by_surname.setdefault(name.split()[-1].lower(), name)

    def contacts(self) -> list[Contact]:
        out: list[Contact] = []
        text = self.source.text
        for p in self.source.body:
            spans = sentences(p.text)
            for a, b, mode in _phrases(p.text):
                sentence = next(((x, y) for x, y in spans if x <= a < y), (0, len(p.text)))
                clause = next(
                    ((x, y) for x, y in clauses(p.text, *sentence) if x <= a < y), sentence
                )
                start, end = p.start + a, p.start + b
                c_start, c_end = p.start + clause[0], p.start + clause[1]
                parties, lo = self._parties(start, end, c_start, c_end)
                when, wording = self._when(start, end, p.start + sentence[0], p.start + sentence[1])
                lo, hi = min(lo, wording[0]), max(end, wording[1])
                out.append(Contact(self.source.id, p.id, lo, hi, text[lo:hi], mode, parties, when))
        return out

    def _who(self, start: int, end: int) -> frozenset[str]:
        people = {name for a, _, name in self.persons if start <= a < end}
        if len(people) >= 2:
            return frozenset(people)
        countries = {
            e.stands_for or e.name
            for e in find_entities(self.source.text[start:end])
            if _place_type(e.stands_for or e.name) == "country"
        }
        return frozenset(countries) if len(countries) >= 2 else frozenset(people)

    def _parties(
        self, start: int, end: int, c_start: int, c_end: int
    ) -> tuple[frozenset[str], int]:
        """The parties, and where the wording naming them starts ('the Varga-Keller ...')."""
        text = self.source.text
        compound = _COMPOUND.search(text[c_start:start])
        if compound is not None:
            names = set()
            for part in re.split(r"\s*[-–—]\s*", compound.group(1)):
                part = _POSSESSIVE.sub("", part)
                person = self.by_surname.get(part.lower())
                entry = lexicon.gazetteer().get(part)
                if person is not None:
                    names.add(person)
                elif entry is not None and _place_type(entry.stands_for or entry.name):
                    names.add(entry.stands_for or entry.name)
            return frozenset(names), c_start + compound.start(1)
        if _BETWEEN.match(text, end):
            return self._who(end, c_end), start
        return self._who(c_start, c_end), start

    def _when(
        self, start: int, end: int, s_start: int, s_end: int
    ) -> tuple[DateSpec | None, tuple[int, int]]:
        """The contact's time, and the span of its wording beyond the phrase (the date
        right after it, or the 'two days after' before it)."""
        text = self.source.text
        dates = [d for d in self.dates if s_start <= d.start < s_end and not said_when(text, d)]
        for d in dates:
            if d.start >= end and _ADJACENT.match(text[end : d.start]):
                return _usable(d.date), (start, d.end)
        head = _COMPOUND.sub(lambda m: " " * len(m.group()), text[s_start:start])
        reference = _reference_pattern().search(head)
        if reference is not None:
            return self._relative(reference, dates), (s_start + reference.start(), end)
        clause = [d for d in dates if d.clause[0] <= start < d.clause[1]]
        if not clause:
            return None, (start, end)
        nearest = min(clause, key=lambda d: min(abs(d.start - end), abs(start - d.end)))
        near_after = end <= nearest.start <= end + _WORDING_GAP
        return _usable(nearest.date), (start, nearest.end if near_after else end)

    def _relative(self, reference: re.Match[str], dates: list[Mention]) -> DateSpec | None:
        """'two days after the summit', anchored on the sentence's one exact date (a date
        right after the phrase, its own, was taken before)."""
        count, unit, word = reference.group(1), reference.group(2), reference.group(3).lower()
        data = lexicon.contact_words()
        if count is None or unit is None or word not in data.relative_shift:
            return None
        n = _count(count)
        anchors = [d for d in dates if d.date is not None and d.date.exact is not None]
        if n is None or len(anchors) != 1:
            return None
        exact = anchors[0].date.exact if anchors[0].date is not None else None
        if exact is None:
            return None
        day = exact + timedelta(n * data.relative_units[unit.lower()] * data.relative_shift[word])
        return DateSpec(lo=day, hi=day)


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    units: dict[str, int] = lexicon.number_words()["units"]
    value = units.get(word.lower())
    return int(value) if value is not None else None


def _usable(spec: DateSpec | None) -> DateSpec | None:
    """The time, when it is precise enough to tell one contact from another."""
    if spec is None:
        return None
    if spec.lo is not None and spec.hi is not None:
        width = (spec.hi - spec.lo).days + 1 + 2 * spec.slack
        return spec if width <= _MAX_SPAN_DAYS else None
    return spec if spec.month is not None and spec.day is not None else None


def _same_contact(a: Contact, b: Contact) -> bool:
    return (
        a.source != b.source
        and len(a.parties) >= 2
        and a.parties == b.parties
        and a.when is not None
        and b.when is not None
        and compatible(a.when, b.when)
    )


def _other_contact(a: Contact, b: Contact, everything: Sequence[Contact]) -> bool:
    """Does a third mention show a separate contact of b's mode in b's window, one that a's
    time rules out? Then b may well be about that one: 'a call in early December' next to
    'a call on December 2' and 'a video summit on December 7'."""
    if a.when is None or b.when is None:
        return False
    for c in everything:
        if c is a or c is b or c.mode != b.mode or c.parties != b.parties or c.when is None:
            continue
        if compatible(c.when, b.when) and not compatible(c.when, a.when):
            return True
    return False


def _clusters(found: list[Contact]) -> list[list[Contact]]:
    """Mentions of one contact: each joins the first cluster it matches with every member
    of another source; a source's own mentions join only when they agree with its others."""
    clusters: list[list[Contact]] = []
    for c in found:
        for cluster in clusters:
            others = [x for x in cluster if x.source != c.source]
            own = [x for x in cluster if x.source == c.source]
            if (
                others
                and all(_same_contact(c, x) for x in others)
                and all(x.mode == c.mode and x.parties == c.parties for x in own)
            ):
                cluster.append(c)
                break
        else:
            clusters.append([c])
    return [k for k in clusters if len({c.source for c in k}) >= 2]


def _subject(values: list[Contact]) -> str:
    parties = sorted(values[0].parties)
    names = "–".join(p if _place_type(p) else p.split()[-1] for p in parties)  # no 'States'
    times = [v.when for v in values if v.when is not None]
    exact = [t for t in times if t.exact is not None]
    when = (exact or times)[0].label() if times else ""
    return f"format of the {names} contact ({when})" if when else f"format of the {names} contact"


def contact_facts(
    sources: Sequence[Source],
    groups: Sequence[Group],
    mentions: Mapping[str, Sequence[Mention]],
    canon: Mapping[str, str],
    order: Mapping[str, int],
) -> list[Keyed]:
    """One place fact per contact two or more outlets give a mode for: divergent when the
    modes differ."""
    found = [c for s in sources for c in _Reader(s, mentions[s.id], canon).contacts()]
    found = [c for c in found if len(c.parties) >= 2 and c.when is not None]
    out: list[Keyed] = []
    for cluster in _clusters(found):
        cluster.sort(key=lambda c: (order[c.source], c.start))
        values: list[Contact] = []
        for c in cluster:
            if not any(v.source == c.source and v.mode == c.mode for v in values):
                values.append(c)
        divergent = any(
            a.mode != b.mode and not _other_contact(a, b, found) and not _other_contact(b, a, found)
            for x, a in enumerate(values)
            for b in values[x + 1 :]
            if a.source != b.source
        )
        if not divergent and len({v.mode for v in values}) > 1:
            continue  # differing modes, but maybe two contacts: say nothing
        group = _group_of(values, groups)
        fact = Fact(
            "",
            "place",
            group,
            _subject(values),
            divergent,
            tuple(FactValue(v.source, v.paragraph, v.start, v.end, v.text, v.mode) for v in values),
        )
        out.append(((order[values[0].source], values[0].start), fact))
    return out


def _group_of(values: Sequence[Contact], groups: Sequence[Group]) -> str | None:
    """The first group whose members hold every value, if any."""
    for g in groups:
        if all(
            any(m.paragraph == v.paragraph and m.start <= v.start < m.end for m in g.members)
            for v in values
        ):
            return g.id
    return None
