"""Match mentions of the same slot across sources and decide which facts diverge.

Conservative by design: a mention that finds no partner is not a divergence. Inside an
aligned group the bar to pair two values is lower (the aligner already says the passages
report the same claim); outside groups a pair needs the same event and the same people or
countries around it (dates, durations), the same counted thing in a like sentence
(numbers), or the same speaker (quotes).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from reader.analysis.facts import lexicon
from reader.analysis.facts.context import Context, ContextReader, same_slot
from reader.analysis.facts.dates import DateSpec, compatible, parse_published
from reader.analysis.facts.extract import extract_mentions, known_surnames, lower_vocabulary
from reader.analysis.facts.mention import Mention
from reader.analysis.facts.names import find_entities
from reader.analysis.facts.normalize import canonical_persons
from reader.analysis.facts.quotes_compare import quote_diff, quotes_match, shared_words
from reader.analysis.facts.spellings import person_facts, place_facts
from reader.model import Fact, FactValue, Group, Source

Pair = tuple[int, int]
_SLOT_KINDS = ("date", "time", "duration", "number", "quantity", "money")
_OFFSET = re.compile(r"^\s+(?:ago|later|earlier)\b", re.I)
_DATELINE = re.compile(r"^[A-Z][\w .,\[\]-]*[,.:]?\s*$")


def _groups_of(m: Mention, groups: Sequence[Group]) -> list[str]:
    return [
        g.id
        for g in groups
        for mem in g.members
        if mem.source == m.source
        and mem.paragraph == m.paragraph
        and mem.start <= m.start
        and m.end <= mem.end
    ]


def _comparable(m: Mention, source: Source) -> bool:
    """Skip values that are not claims: datelines, offsets ('three days after')."""
    if m.kind == "date":
        paragraph = source.paragraph(m.paragraph)
        if paragraph.kind == "dateline":
            return False
        line_start = source.text.rfind("\n", paragraph.start, m.start) + 1
        head = source.text[max(line_start, paragraph.start) : m.start]
        if len(head) < 40 and _DATELINE.match(head) and not re.search(r"\b[a-z]", head):
            places = [e for e in find_entities(head) if e.kind == "place"]
            if places or re.search(r"\b[A-Z]{3,}\b", head):
                return False  # 'KIEV, January 3.' says when the copy was filed
    if m.kind == "duration" and _OFFSET.match(source.text[m.end : m.end + 12]):
        return False
    if m.kind == "number" and m.unit in lexicon.counted_nouns().generic:
        before = source.text[max(0, m.start - 6) : m.start].lower()
        if re.search(r"\b(?:the|both|these|those)\s+$", before):
            return False  # 'the two leaders' points back at people, it counts nothing new
    return not (m.kind in ("number", "quantity") and m.unit.startswith("~"))


def _values_agree(a: Mention, b: Mention) -> bool:
    if a.kind == "date" and a.date is not None and b.date is not None:
        return compatible(a.date, b.date)
    if a.kind == "duration" and a.low is not None and b.low is not None:
        # 48 hours and two days are the same length; 'two days' is loose for 52 hours too
        return abs(a.low - b.low) <= max(_looseness(a), _looseness(b))
    if a.kind in ("number", "quantity", "money"):
        lo_a, hi_a = a.low if a.low is not None else 0.0, a.high
        lo_b, hi_b = b.low if b.low is not None else 0.0, b.high
        return (hi_b is None or lo_a <= hi_b) and (hi_a is None or lo_b <= hi_a)
    return a.normalized == b.normalized


def _single_figures(mentions: list[Mention]) -> frozenset[str]:
    """Counted classes for which every source that counts them gives one value, in two
    sources or more: then 'the number of rescuers' is one slot across the set."""
    generic = lexicon.counted_nouns().generic
    values: dict[str, dict[str, set[str]]] = {}
    for m in mentions:
        if m.kind == "number" and m.unit and not m.unit.startswith("~"):
            values.setdefault(m.unit, {}).setdefault(m.source, set()).add(m.normalized)
    return frozenset(
        unit
        for unit, by_source in values.items()
        if unit not in generic
        and len(by_source) >= 2
        and all(len(v) == 1 for v in by_source.values())
    )


def _vague(m: Mention) -> bool:
    """A period rather than a day: a week, a month, 'early December'."""
    spec = m.date
    return spec is not None and spec.lo is not None and spec.lo != spec.hi


def _far_apart(a: Mention, b: Mention) -> bool:
    """Values too far apart (2.5 times or more) to be two accounts of one figure."""
    if a.low is None or b.low is None or a.low <= 0 or b.low <= 0:
        return False
    return max(a.low, b.low) / min(a.low, b.low) >= 2.5


def _looseness(m: Mention) -> float:
    """Seconds of give in a duration: half a unit when the text counts in days or weeks."""
    return 43200.0 if m.normalized.startswith("P") and "D" in m.normalized.split("T")[0] else 0.0


def _pair(
    a: Mention,
    b: Mention,
    ca: Context,
    cb: Context,
    grouped: bool,
    sole: bool,
    single_figure: frozenset[str] = frozenset(),
) -> bool:
    """Do two mentions state the same slot? ``grouped``: they sit in one aligned group;
    ``sole``: each is the only value of its kind its source has in that group, so a
    differing value there cannot belong to another slot of the same passage."""
    if a.kind != b.kind or a.source == b.source:
        return False
    agree = _values_agree(a, b)
    near = len(ca.stems & cb.stems)
    if a.kind in ("date", "time", "duration"):
        if not same_slot(ca, cb, grouped=grouped):
            return False
        if agree:
            return True
        # Differing values need the same people and the same words around them: places
        # alone do not tell one contact from another, and 'the previous call between the
        # two presidents' is another call.
        same_people = bool(ca.persons) and ca.persons == cb.persons
        if ca.persons and cb.persons and not same_people:
            return False  # Blinken calling Stoltenberg is not Blinken calling Zelensky
        if ca.other_occurrence or cb.other_occurrence:
            return False  # 'the previous conversation was on December 9
        if _far_apart(a, b):
            return False  # 45 minutes and 52 hours measure different things
        same_event = bool(ca.events & cb.events)
        if a.kind == "date" and (_vague(a) or _vague(b)):
            return False  # 'next week' or 'early December' cannot contradict a day
            return (sole and same_event and near >= 2) or (same_people and near >= 3)
        return (sole and (same_event or near >= 2)) or (same_people and near >= 3)
    if a.unit != b.unit:
        return False
    if grouped and (agree or (sole and not _far_apart(a, b))):
        return True
    if ca.persons and cb.persons and not ca.persons & cb.persons:
        return False
    if a.unit in single_figure:
        return True  # each outlet gives one figure for it: 'rescuers', 'troops'
    shared = len((ca.stems & cb.stems) - {a.unit[:5]})
    return shared >= 3 and len(ca.places & cb.places) >= 1


def _names(ctx: Context, limit: int, *, places_first: bool = False) -> list[str]:
    """Who or where a slot is about, for its subject line: surnames, else places."""
    people = sorted(p.split()[-1] for p in ctx.persons)
    known = sorted(p for p in ctx.places if not p.startswith("~"))
    other = sorted(p[1:].capitalize() for p in ctx.places if p.startswith("~"))
    places = known + other
    return ((places or people) if places_first else (people or places))[:limit]


def _subject(kind: str, values: list[Mention], ctx: Context) -> str:
    event = ctx.event_word or "event"
    if event in ("phone", "telephone", "conversation", "spoke", "speak", "talked", "video call"):
        event = "call"
    between = "–".join(_names(ctx, 3))
    the = f"the {between} {event}" if between else f"the {event}"
    if kind in ("date", "time", "duration"):
        return f"{kind} of {the}"
    where = ", ".join(_names(ctx, 2, places_first=True))
    noun = values[0].unit
    return f"{noun} ({where})" if where else noun


def _refine(values: list[Mention]) -> list[str]:
    """Normalised text per value; a weekday or a yearless day a precise date of the same
    fact pins down is written as that date, so agreeing values read alike."""
    exact = [v.date.exact for v in values if v.date is not None and v.date.exact is not None]
    out = []
    for v in values:
        spec: DateSpec | None = v.date
        if spec is not None and spec.lo is None and spec.hi is None:
            fits = sorted({d for d in exact if d is not None and spec.admits(d)})
            if len(fits) == 1:
                out.append(fits[0].isoformat())
                continue
        out.append(v.normalized)
    return out


def _match(
    candidates: list[Mention], contexts: list[Context], memberships: list[list[str]]
) -> dict[tuple[int, int], float]:
    """Every cross-source pair that states the same slot, with the strength of the link.

    Only mentions of one kind (and one counted thing) are compared, so the work grows with
    the number of values of a kind, not with all mentions squared.
    """
    single_figure = _single_figures(candidates)
    per_group: dict[tuple[str, str, str], int] = {}
    for m, groups_of in zip(candidates, memberships, strict=True):
        for g in groups_of:
            key = (g, m.source, m.kind)
            per_group[key] = per_group.get(key, 0) + 1
    sole_in = [
        {g for g in groups_of if per_group[(g, m.source, m.kind)] == 1}
        for m, groups_of in zip(candidates, memberships, strict=True)
    ]
    matched: dict[tuple[int, int], float] = {}
    buckets: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(candidates):
        unit = m.unit if m.kind in ("number", "quantity", "money") else ""
        buckets.setdefault((m.kind, unit), []).append(i)
    pairs = (
        (i, j) for bucket in buckets.values() for x, i in enumerate(bucket) for j in bucket[x + 1 :]
    )
    for i, j in pairs:
        a, b = candidates[i], candidates[j]
        if a.source == b.source:
            continue
        shared = set(memberships[i]) & set(memberships[j])
        grouped = bool(shared)
        if a.kind == "quote":
            ok = quotes_match(a, b, grouped=grouped)
        else:
            sole = any(g in sole_in[i] and g in sole_in[j] for g in shared)
            ok = _pair(a, b, contexts[i], contexts[j], grouped, sole, single_figure)
        if ok and a.kind == "quote":
            longest = max(len(a.normalized.split()), len(b.normalized.split()))
            matched[(i, j)] = shared_words(a.normalized, b.normalized) / longest
        elif ok:
            near = len(contexts[i].stems & contexts[j].stems)
            matched[(i, j)] = near + (3 if grouped else 0) + (2 if _values_agree(a, b) else 0)
    return matched


def find_facts(sources: Sequence[Source], groups: Sequence[Group]) -> tuple[Fact, ...]:
    """Facts stated by two or more sources, divergent or agreeing, in a stable order."""
    common = lower_vocabulary(sources)
    surnames = known_surnames(sources, common)
    dated = sorted(d for d in (parse_published(s.published) for s in sources) if d is not None)
    hint = dated[len(dated) // 2] if dated else None  # the set's median publication date
    per_source = {
        s.id: extract_mentions(s, surnames=surnames, common=common, year_hint=hint) for s in sources
    }
    everything = [m for ms in per_source.values() for m in ms]
    canon = canonical_persons(everything)
    by_id = {s.id: s for s in sources}
    order = {s.id: i for i, s in enumerate(sources)}
    readers = {
        s.id: ContextReader(s, [m for m in per_source[s.id] if m.kind == "person"], canon, common)
        for s in sources
    }
    candidates = [
        m
        for m in everything
        if m.kind in (*_SLOT_KINDS, "quote") and _comparable(m, by_id[m.source])
    ]
    candidates = _dedupe_quotes(
        [
            replace(m, speaker=canon.get(m.speaker, m.speaker)) if m.kind == "quote" else m
            for m in candidates
        ]
    )
    contexts = [readers[m.source].of(m, exclude=(m.start, m.end)) for m in candidates]
    memberships = [_groups_of(m, groups) for m in candidates]
    matched = _match(candidates, contexts, memberships)
    clusters = _link(candidates, matched)
    facts: list[tuple[tuple[int, int], Fact]] = []
    for members in clusters:
        if len({candidates[i].source for i in members}) < 2:
            continue
        members.sort(key=lambda i: (order[candidates[i].source], candidates[i].start))
        values = [candidates[i] for i in members]
        shared_groups = set.intersection(*(set(memberships[i]) for i in members))
        group = (
            min(shared_groups, key=lambda g: [x.id for x in groups].index(g))
            if shared_groups
            else None
        )
        first = values[0]
        if first.kind == "quote":
            differing = quote_diff([v.normalized for v in values])
            stop = lexicon.stop_words()
            # 'the US' against 'US' is not a rewording: a content word must differ
            divergent = any(w not in stop for words in differing for w in words)
            speakers = sorted({v.speaker for v in values if v.speaker})
            subject = f"quote by {' / '.join(speakers)}" if speakers else "quote"
            fact = Fact(
                "", "quote", group, subject, divergent, _fact_values(values, None), differing
            )
        else:
            divergent = any(
                not _values_agree(a, b)
                for x, a in enumerate(values)
                for b in values[x + 1 :]
                if a.source != b.source
            )
            subject = _subject(first.kind, values, contexts[members[0]])
            fact = Fact(
                "", first.kind, group, subject, divergent, _fact_values(values, _refine(values))
            )
        facts.append(((order[first.source], first.start), fact))
    facts.extend(person_facts(everything, canon, order))
    facts.extend(place_facts(sources, everything, common, order))
    facts.sort(key=lambda item: (item[0], item[1].kind, item[1].subject))
    return tuple(replace(f, id=f"f{n}") for n, (_, f) in enumerate(facts, start=1))


def _dedupe_quotes(mentions: list[Mention]) -> list[Mention]:
    """One quote per source and wording: the one whose speaker is known, else the first."""
    best: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        if m.kind != "quote":
            continue
        key = (m.source, m.normalized.lower())
        if key not in best or (not best[key].speaker and m.speaker):
            best[key] = m
    keep = set(map(id, best.values()))
    return [m for m in mentions if m.kind != "quote" or id(m) in keep]


def _vouched(
    x: int, y: int, members: list[int], candidates: list[Mention], matched: Mapping[Pair, float]
) -> bool:
    """May two differing values that did not pair by themselves share a fact? Yes when x's
    source pairs with y elsewhere, or when y says the same as a member w that x pairs with
    (then y is in x's slot through w)."""

    def linked(i: int, j: int) -> bool:
        return (min(i, j), max(i, j)) in matched

    source = candidates[x].source
    for w in members:
        if w in (x, y):
            continue
        if candidates[w].source == source and linked(w, y):
            return True
        same = candidates[w].normalized == candidates[y].normalized  # not merely compatible
        if same and linked(x, w) and linked(w, y):
            return True
    return False


def _link(candidates: list[Mention], matched: dict[Pair, float]) -> list[list[int]]:
    """Clusters of mentions, merged strongest link first.

    Two clusters merge when at least half of their cross-source pairs match, and every
    pair that states different values pairs by itself or through another mention of the
    same source; quotes need every pair. Single links would chain: 'special nature' meets a
    long tweet that also holds 'unwavering support', and two quotes would become one fact.
    Two mentions of one source share a cluster only when they say the same thing.
    """
    clusters: dict[int, list[int]] = {i: [i] for i in range(len(candidates))}
    home = list(range(len(candidates)))
    for (i, j), _ in sorted(matched.items(), key=lambda item: (-item[1], item[0])):
        ci, cj = home[i], home[j]
        if ci == cj:
            continue
        a, b = clusters[ci], clusters[cj]
        cross = linked = 0
        clash = False
        for x in a:
            for y in b:
                mx, my = candidates[x], candidates[y]
                if mx.source == my.source:
                    clash = clash or mx.normalized != my.normalized
                    continue
                cross += 1
                paired = (min(x, y), max(x, y)) in matched
                linked += paired
                if not paired and not _values_agree(mx, my):
                    clash = clash or not _vouched(x, y, a + b, candidates, matched)
        quotes = candidates[i].kind == "quote"  # quotes link completely: no chains
        if clash or linked * 2 < cross or (quotes and linked < cross):
            continue
        clusters[ci] = a + b
        del clusters[cj]
        for y in b:
            home[y] = ci
    return [c for _, c in sorted(clusters.items())]


def _fact_values(values: list[Mention], normalized: list[str] | None) -> tuple[FactValue, ...]:
    return tuple(
        FactValue(
            v.source,
            v.paragraph,
            v.start,
            v.end,
            v.text,
            normalized[k] if normalized else v.normalized,
        )
        for k, v in enumerate(values)
    )
