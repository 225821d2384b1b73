"""What a value is about: the people, places and event words around it.

Two outlets' dates belong to the same slot when they sit next to the same event ('call',
'talks') between the same people or countries; a sentence with neither ('It lasted 50
minutes.') borrows them from the sentence before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.facts import lexicon
from reader.analysis.facts.mention import Mention
from reader.analysis.facts.names import find_entities, find_other_names
from reader.analysis.facts.text import content_stems, sentences
from reader.model import Source
from reader.text.thresholds import threshold

PLACES_SHARED = threshold("facts.places_shared")  # share of named places two mentions share


@dataclass(frozen=True, slots=True)
class Context:
    persons: frozenset[str]  # canonical names
    places: frozenset[str]  # countries and bodies, metonyms folded (Moscow -> Russia)
    events: frozenset[str]  # event classes
    stems: frozenset[str]  # content-word stems of the sentence
    event_word: str  # the first event word as written, for the subject line
    other_occurrence: bool = False  # 'the previous call', 'similar remarks': another event


def _events(text: str) -> tuple[set[str], str]:
    """Event classes named in ``text`` and the first event word as written."""
    table = lexicon.event_words()
    lower = text.lower()
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", lower))
    found: list[tuple[int, str]] = []
    for entry in table:
        match = re.search(rf"\b{re.escape(entry)}\b", lower) if entry in lower else None
        if match and (" " in entry or entry in words):
            found.append((match.start(), entry))
    found.sort()
    return {table[e] for _, e in found}, (found[0][1] if found else "")


def said_when(text: str, mention: Mention) -> bool:
    """Does a date sit right next to an attribution verb ('on Monday said', 'told reporters
    on Friday')? Then it dates the statement, not the event the statement is about."""
    verbs = lexicon.attribution_verbs()
    window = text[max(0, mention.start - 30) : mention.start]
    before = [w.lower() for w in re.findall(r"[A-Za-z]+", window)][-3:]
    after = [w.lower() for w in re.findall(r"[A-Za-z]+", text[mention.end : mention.end + 30])[:1]]
    if any(w in verbs for w in after):
        return True
    said = [k for k, w in enumerate(before) if w in verbs]
    # 'reported that on December 30, ...' dates what was reported, not the report
    return bool(said) and "that" not in before[said[-1] :]


class ContextReader:
    """Builds the Context of any mention of one source, from its person mentions."""

    def __init__(
        self,
        source: Source,
        persons: list[Mention],
        canon: dict[str, str],
        common: frozenset[str] = frozenset(),
    ) -> None:
        self.source = source
        self.common = common
        self.persons = [(m.start, m.end, canon.get(m.normalized, m.normalized)) for m in persons]
        self.sentences: list[tuple[int, int]] = []
        for p in source.body:
            self.sentences.extend((p.start + a, p.start + b) for a, b in sentences(p.text))

    def _who(self, start: int, end: int) -> tuple[set[str], set[str]]:
        people = {name for a, _, name in self.persons if start <= a < end}
        places: set[str] = set()
        chunk = self.source.text[start:end]
        entities = find_entities(chunk)
        for e in entities:
            places.add(e.stands_for or e.name)
        taken = [(a - start, b - start) for a, b, _ in self.persons if start <= a < end]
        taken += [(e.start, e.end) for e in entities]
        places |= {"~" + word.lower() for _, _, word in find_other_names(chunk, taken, self.common)}
        return people, places

    def of(self, mention: Mention, *, exclude: tuple[int, int] | None = None) -> Context:
        text = self.source.text
        spans = [mention.clause, mention.sentence]
        index = next((i for i, s in enumerate(self.sentences) if s == mention.sentence), None)
        if index is not None and index > 0:
            previous = self.sentences[index - 1]
            if previous[1] <= mention.sentence[0]:
                spans.append(previous)
        people: set[str] = set()
        places: set[str] = set()
        events: set[str] = set()
        word = ""
        for start, end in spans:
            if not people and not places:
                people, places = self._who(start, end)
            if not events:
                events, word = _events(text[start:end])
            if (people or places) and events:
                break
        a, b = mention.sentence
        body = text[a:b]
        if exclude is not None:
            body = text[a : exclude[0]] + " " + text[exclude[1] : b]
        stems = content_stems(body, lexicon.stop_words())
        if mention.kind in ("date", "time") and said_when(text, mention):
            events, word = {"statement"}, "statement"  # 'on Monday said': when it was said
        clause = text[mention.clause[0] : mention.clause[1]].lower()
        other = bool(set(re.findall(r"[a-z]+", clause)) & lexicon.other_occurrence_words())
        return Context(
            frozenset(people),
            frozenset(places),
            frozenset(events),
            frozenset(stems),
            word,
            other,
        )


def same_slot(a: Context, b: Context, *, grouped: bool) -> bool:
    """Do two dates (times, durations) plausibly describe the same event?"""
    if grouped:
        # The aligner already says both passages report one claim: the same kind of event
        # (or none named on either side) and no clash of people is enough.
        if a.events and b.events and not a.events & b.events:
            return False
        return not (a.persons and b.persons and not a.persons & b.persons)
    if not a.events & b.events:
        return False
    if not (a.persons or a.places or b.persons or b.places):
        return len(a.stems & b.stems) >= 2  # nobody named on either side: the words decide
    if a.persons and b.persons:
        if a.persons != b.persons:
            return False
        if len(a.persons) >= 2 or grouped:
            return True
    small, large = sorted((a.places, b.places), key=len)
    shared = small & large
    if grouped:
        return len(shared) >= 1
    if len(shared) < 2:
        return False
    return shared == small or len(shared) / len(small | large) >= PLACES_SHARED
