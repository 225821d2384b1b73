"""Place slot facts: where one claim sets its event, as each outlet names the place.

Two outlets report that the US backs easing 'tensions in the Donbas'; a third, in the same
claim, speaks of 'the Donetsk conflict'. The place in that slot is a checkable detail. The
rules keep it conservative:

* only inside one aligned group, only in its members' sentences, and only a place in a
  slot: after a head noun and 'in' ('tensions in X', 'talks in X') or right before one
  ('the X armed conflict'); the heads fold into classes (place_slots.json), so 'tensions'
  and 'conflict' are one slot;
* an outlet naming two or more places in the slot gives a list: the others naming one of
  them omit the rest, they do not contradict it, so the slot is left alone;
* every outlet compared names exactly one place, and of the same type (a country is not
  compared with a region, nor a region with a city): 'eastern Ukraine' or 'Ukraine' is
  less precise than 'the Donbas', not different;
* spellings of one place are one value (gazetteer aliases, and names that read alike:
  Dravnik / Dravnyk).

The fact is a ``place`` fact, divergent when the places differ.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from reader.analysis.facts import lexicon
from reader.analysis.facts.mention import Mention
from reader.analysis.facts.names import find_entities, find_other_names
from reader.analysis.facts.spellings import spelled_alike
from reader.analysis.facts.text import alternation, sentences
from reader.model import Fact, FactValue, Group, Source

Keyed = tuple[tuple[int, int], Fact]
_LIST_LINK = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)(?:(?:in|at)\s+)?(?:the\s+)?"
)
_POSSESSOR = re.compile(r"['’]s?\b")  # 'Moscow's view': the place owns, it does not locate


@dataclass(frozen=True, slots=True)
class SlotPlace:
    """A place named in a slot: 'tensions in the Donbas' -> (conflict, Donbas)."""

    source: str
    paragraph: str
    start: int  # source offsets of the slot's wording ('tensions in the Donbass')
    end: int
    text: str
    name: str  # canonical: the gazetteer name, or the name as written when unknown
    kind: str  # country | region | city | continent | unknown
    slot: str  # the head's class
    head: str  # the head as written, lower case


@cache
def _after_head() -> re.Pattern[str]:
    words = lexicon.place_slot_words()
    preps = "|".join(re.escape(p) for p in words.prepositions)
    return re.compile(rf"\b({alternation(words.heads)})\s+(?:{preps})\s+(?:the\s+)?$", re.I)


@cache
def _before_head() -> re.Pattern[str]:
    words = lexicon.place_slot_words()
    adjectives = "|".join(re.escape(a) for a in words.adjectives)
    return re.compile(rf"\s+(?:(?:{adjectives})\s+){{0,2}}({alternation(words.heads)})\b", re.I)


def slot_places(
    text: str, persons: Sequence[tuple[int, int]], common: frozenset[str]
) -> list[tuple[int, int, str, str, str, str]]:
    """Places in a slot in ``text``: (start, end, canonical name, type, slot, head), where
    start and end span the slot's wording ('tensions in the Donbass', 'Donetsk armed
    conflict'), so a reader sees the place in its slot; a place listed after another
    ('in X and Y') spans its own name."""
    words = lexicon.place_slot_words()
    entities = find_entities(text)
    places = [(e.start, e.end, e.name, lexicon.place_types().get(e.name, "")) for e in entities]
    places = [p for p in places if p[3]]  # organisations and demonyms are no places
    taken = [*persons, *((e.start, e.end) for e in entities)]
    places += [(a, b, w, "unknown") for a, b, w in find_other_names(text, taken, common)]
    places.sort()
    out: list[tuple[int, int, str, str, str, str]] = []
    for a, b, name, kind in places:
        head = None
        if out and out[-1][1] <= a and _LIST_LINK.fullmatch(text, out[-1][1], a) is not None:
            out.append((a, b, name, kind, out[-1][4], out[-1][5]))  # 'in X and Y': a list
            continue
        if _POSSESSOR.match(text, b):
            continue
        window = max(0, a - 40)
        before = _after_head().search(text[window:a])
        if before is not None:
            head, a = before.group(1).lower(), window + before.start(1)
        elif kind != "unknown":  # 'the Holt plan': an unknown name before a noun is no place
            after = _before_head().match(text, b)
            if after is not None:
                head, b = after.group(1).lower(), after.end(1)
        if head is not None:
            out.append((a, b, name, kind, words.heads[head], head))
    return out


def _member_places(
    source: Source,
    member_paragraph: str,
    start: int,
    end: int,
    persons: Sequence[tuple[int, int]],
    common: frozenset[str],
) -> list[SlotPlace]:
    para = source.paragraph(member_paragraph)
    out = []
    for a, b in sentences(para.text):
        if not (para.start + a < end and start < para.start + b):
            continue
        chunk = para.text[a:b]
        base = para.start + a
        own = [(x - base, y - base) for x, y in persons if base <= x < para.start + b]
        for x, y, name, kind, slot, head in slot_places(chunk, own, common):
            out.append(
                SlotPlace(
                    source.id, para.id, base + x, base + y, chunk[x:y], name, kind, slot, head
                )
            )
    return out


def _same_place(a: SlotPlace, b: SlotPlace) -> bool:
    if a.kind == "unknown" and b.kind == "unknown":
        return a.name == b.name or spelled_alike(a.name, b.name)
    return a.name == b.name


def place_slot_facts(
    sources: Sequence[Source],
    groups: Sequence[Group],
    mentions: Mapping[str, Sequence[Mention]],
    common: frozenset[str],
    order: Mapping[str, int],
) -> list[Keyed]:
    """One place fact per group and slot in which two or more outlets each name one place."""
    by_id = {s.id: s for s in sources}
    persons = {
        sid: [(m.start, m.end) for m in ms if m.kind == "person"] for sid, ms in mentions.items()
    }
    seen: set[frozenset[tuple[str, int]]] = set()
    out: list[Keyed] = []
    for g in groups:
        found: dict[str, dict[str, list[SlotPlace]]] = {}  # slot -> source -> places
        for m in g.members:
            for place in _member_places(
                by_id[m.source], m.paragraph, m.start, m.end, persons[m.source], common
            ):
                found.setdefault(place.slot, {}).setdefault(m.source, []).append(place)
        for slot in sorted(found):
            made = _fact(g.id, found[slot], order, seen)
            if made is not None:
                out.append(made)
    return out


def _fact(
    group: str,
    per_source: Mapping[str, list[SlotPlace]],
    order: Mapping[str, int],
    seen: set[frozenset[tuple[str, int]]],
) -> Keyed | None:
    """The fact of one slot in one group, or None when it cannot be compared."""
    values: list[SlotPlace] = []
    for sid in sorted(per_source, key=lambda s: order[s]):
        places = sorted(per_source[sid], key=lambda p: p.start)
        if any(not _same_place(places[0], p) for p in places[1:]):
            return None  # a list of places: the others omit some, they do not contradict
        values.append(places[0])
    key = frozenset((v.source, v.start) for v in values)
    if len(values) < 2 or len({v.kind for v in values}) > 1 or key in seen:
        return None
    seen.add(key)
    divergent = any(not _same_place(values[0], v) for v in values[1:])
    names = [_spelling(v, values) for v in values]
    heads = " / ".join(dict.fromkeys(v.head for v in values))
    fact = Fact(
        "",
        "place",
        group,
        f"place of the {heads}",
        divergent,
        tuple(
            FactValue(v.source, v.paragraph, v.start, v.end, v.text, name)
            for v, name in zip(values, names, strict=True)
        ),
    )
    return (order[values[0].source], values[0].start), fact


def _spelling(value: SlotPlace, values: Sequence[SlotPlace]) -> str:
    """The normalised name: the gazetteer's, or for a name it does not know the spelling
    most outlets use among those alike (the first one on a tie): 'Lusia' reads 'Lussia'."""
    if value.kind != "unknown":
        return value.name
    alike = [v.name for v in values if _same_place(value, v)]
    return max(dict.fromkeys(alike), key=alike.count)
