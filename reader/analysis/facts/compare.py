"""Find the facts of a source set: extract, pair (slots.py), cluster (cluster.py), judge.

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
from reader.analysis.facts.attribution import attribution_facts, speaks_for
from reader.analysis.facts.cluster import link
from reader.analysis.facts.contacts import contact_facts
from reader.analysis.facts.context import Context, ContextReader
from reader.analysis.facts.dates import DateSpec, parse_published
from reader.analysis.facts.extract import extract_mentions, known_surnames, lower_vocabulary
from reader.analysis.facts.formulas import formula_facts
from reader.analysis.facts.mention import Mention
from reader.analysis.facts.names import find_entities
from reader.analysis.facts.normalize import canonical_persons
from reader.analysis.facts.place_slots import place_slot_facts
from reader.analysis.facts.quotes_compare import quote_diff, quotes_match, shared_words
from reader.analysis.facts.reference import reference_days
from reader.analysis.facts.relays import relay_facts
from reader.analysis.facts.roles import role_facts
from reader.analysis.facts.slots import (
    loose_restatements,
    same_slot_pair,
    single_figures,
    values_agree,
)
from reader.analysis.facts.spellings import person_facts, place_facts
from reader.model import Fact, FactValue, Group, Source
from reader.text.thresholds import threshold

# Figures this close are one figure rounded, not a difference of precision.
ROUNDING = threshold("facts.rounding")
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
    noun = values[0].unit.lstrip("+")
    if noun.startswith("age:"):
        return f"age of {noun[4:].title()}"
    noun = {"%change": "% change"}.get(noun, noun)
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
    candidates: list[Mention],
    contexts: list[Context],
    memberships: list[list[str]],
    voices: Mapping[str, str],
) -> dict[tuple[int, int], float]:
    """Every cross-source pair that states the same slot, with the strength of the link.

    Only mentions of one kind (and one counted thing) are compared, so the work grows with
    the number of values of a kind, not with all mentions squared.
    """
    single_figure = single_figures(candidates)
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
            ok = quotes_match(a, b, grouped=grouped, voices=voices)
        else:
            sole = any(g in sole_in[i] and g in sole_in[j] for g in shared)
            ok = same_slot_pair(a, b, contexts[i], contexts[j], grouped, sole, single_figure)
        if ok and a.kind == "quote":
            longest = max(len(a.normalized.split()), len(b.normalized.split()))
            matched[(i, j)] = shared_words(a.normalized, b.normalized) / longest
        elif ok:
            near = len(contexts[i].stems & contexts[j].stems)
            matched[(i, j)] = near + (3 if grouped else 0) + (2 if values_agree(a, b) else 0)
    return matched


def find_facts(sources: Sequence[Source], groups: Sequence[Group]) -> tuple[Fact, ...]:
    """Facts stated by two or more sources, divergent or agreeing, in a stable order."""
    common = lower_vocabulary(sources)
    surnames = known_surnames(sources, common)
    dated = sorted(d for d in (parse_published(s.published) for s in sources) if d is not None)
    hint = dated[len(dated) // 2] if dated else None  # the set's median publication date
    days = reference_days(sources)
    per_source = {
        s.id: extract_mentions(
            s, surnames=surnames, common=common, year_hint=hint, reference=days.get(s.id)
        )
        for s in sources
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
    loose = loose_restatements(candidates)
    candidates = [m for i, m in enumerate(candidates) if i not in loose]
    contexts = [readers[m.source].of(m, exclude=(m.start, m.end)) for m in candidates]
    memberships = [_groups_of(m, groups) for m in candidates]
    matched = _match(candidates, contexts, memberships, speaks_for(sources, per_source, canon))
    clusters = link(candidates, matched)
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
            differing = quote_diff([v.normalized for v in values], [v.source for v in values])
            stop = lexicon.stop_words()
            # 'the US' against 'US' is not a rewording: a content word must differ
            divergent = any(w not in stop for words in differing for w in words)
            speakers = sorted({v.speaker for v in values if v.speaker})
            subject = f"quote by {' / '.join(speakers)}" if speakers else "quote"
            fact = Fact(
                "", "quote", group, subject, divergent, _fact_values(values, None), differing
            )
            if divergent:
                fact = _quote_flag(fact, values, matched, members)
        else:
            divergent = any(
                not values_agree(a, b)
                for x, a in enumerate(values)
                for b in values[x + 1 :]
                if a.source != b.source
            )
            kind = "value"
            if not divergent and _holds_other(values):
                divergent, kind = True, "precision"
            subject = _subject(first.kind, values, contexts[members[0]])
            fact = Fact(
                "", first.kind, group, subject, divergent, _fact_values(values, _refine(values))
            )
            if divergent:
                fact = replace(
                    fact,
                    divergence=kind,
                    confidence=_confidence(first.kind, group is not None, kind),
                    evidence=_evidence(values, counted=first.kind in ("number", "quantity")),
                )
        facts.append(((order[first.source], first.start), fact))
    facts.extend(attribution_facts(sources, groups, per_source, canon, order))
    facts.extend(relay_facts(sources, groups, order))
    facts.extend(formula_facts(sources, groups, order))
    facts.extend(person_facts(everything, canon, order))
    facts.extend(place_facts(sources, everything, common, order))
    facts.extend(contact_facts(sources, groups, per_source, canon, order))
    facts.extend(place_slot_facts(sources, groups, per_source, common, order))
    facts.extend(role_facts(sources, per_source, canon, order))
    facts.sort(key=lambda item: (item[0], item[1].kind, item[1].subject))
    return tuple(replace(_flagged(f), id=f"f{n}") for n, (_, f) in enumerate(facts, start=1))


def _flagged(fact: Fact) -> Fact:
    """Every divergent fact carries its kind of difference, a confidence and its evidence;
    the detectors that do not set them (place slots, contact formats, formulas, relays) get
    the wordings side by side and the confidence of a pattern read in one claim."""
    if not fact.divergent or fact.divergence:
        return fact
    kind = {"quote": "wording", "attribution": "credit"}.get(fact.kind, "value")
    seen: dict[str, str] = {}
    for v in fact.values:
        seen.setdefault(v.source, " ".join(v.text.split()))
    evidence = " / ".join(f"{sid} '{text}'" for sid, text in seen.items())
    confidence = 0.7 if fact.group else 0.6
    return replace(fact, divergence=kind, confidence=confidence, evidence=evidence)


def _holds_other(values: list[Mention]) -> bool:
    """Do agreeing counts differ only in precision: one a bound or range that holds the
    other's different figure ('up to 1.6 million' against '1.5 million')?"""
    money = values[0].kind == "money"
    if values[0].kind not in ("number", "quantity", "money"):
        return False
    values = [v for v in values if re.search(r"\d", v.text)]  # 'tens of thousands' is vague
    split = [v.normalized.split(" ") for v in values]
    written = {parts[0 if money else -1] for parts in split if len(parts) > 1}
    if len(written) > 1:
        return False  # '36 mi' against '58 km': the figures are in different units
    points = {parts[-1 if money else 0].lstrip(">") for parts in split}
    bounded = any(v.low != v.high and re.search(r"\d", v.text) for v in values)
    if len(points) < 2 or not bounded:
        return False  # 'hundreds' against '612' is vague, not a bound
    figures = [float(p) for p in points if re.fullmatch(r"\d+(?:\.\d+)?", p)]
    top, bottom = max(figures, default=0.0), min(figures, default=0.0)
    return bool(top) and (top - bottom) / top > ROUNDING  # 'more than 20' and '21' agree


def _confidence(kind: str, grouped: bool, divergence: str) -> float:
    """How sure a flag is: values the aligner put in one claim are surer than values paired
    by their context alone; a difference of precision is never an error."""
    base = 0.8 if grouped else 0.65
    if kind in ("number", "quantity", "money", "duration", "time"):
        base += 0.1
    return round(base - (0.2 if divergence == "precision" else 0.0), 2)


def _evidence(values: list[Mention], *, counted: bool) -> str:
    """The wordings side by side, one per source, with the counted noun."""
    seen: dict[str, str] = {}
    for v in values:
        seen.setdefault(v.source, v.text)
    text = " / ".join(f"{sid} '{' '.join(t.split())}'" for sid, t in seen.items())
    unit = values[0].unit.lstrip("~+")
    return f"{text}; counting {unit}" if counted and unit else text


def _quote_flag(
    fact: Fact,
    values: list[Mention],
    matched: Mapping[tuple[int, int], float],
    members: list[int],
) -> Fact:
    """A quote flag's evidence: the speaker and the words that differ per source; its
    confidence: how much of the shorter rendering the two share."""
    speaker = next((v.speaker for v in values if v.speaker), "")
    words = " / ".join(
        f"{v.source} '{' '.join(d)}'"
        for v, d in zip(values, fact.differing_words, strict=False)
        if d
    )
    links = [matched.get((min(i, j), max(i, j)), 0.0) for i in members for j in members if i < j]
    share = max(links, default=0.0)
    return replace(
        fact,
        divergence="wording",
        confidence=round(min(0.95, 0.5 + share / 2), 2),
        evidence=f"said by {speaker}; words that differ: {words}" if speaker else words,
    )


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
